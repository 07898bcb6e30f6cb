"""The ``formslim`` command: a thin layer over the library API.

Exit codes: 0 — every file was read; 1 — some file could not be read (the others are reported);
2 — wrong usage (unknown option, missing path); 3 — nothing could be read at all.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import FormslimError
from .parse import read_package
from .report import inventory

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3


def _progress(enabled: bool):
    if not enabled or not sys.stderr.isatty():
        return None
    return lambda name: click.echo(f"reading {name}", err=True)


def _write(text: str, output: str | None) -> None:
    if output:
        out = Path(output)
        if out.exists() and out.is_dir():
            raise click.ClickException(f"{output}: is a folder, give a file name")
        out.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="formslim")
def main() -> None:
    """formslim: find the paperwork an application package can do without."""


@main.command("fields")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@click.option("--quiet", is_flag=True, help="No progress or problem lines on stderr.")
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
def fields_cmd(paths: tuple[str, ...], fmt: str, output: str | None, quiet: bool, debug: bool) -> None:
    """List every field of the documents in PATHS (files, or folders read as one package each).

    One line per unreadable file goes to stderr; the other files are still read.
    """
    try:
        package = read_package(paths, progress=_progress(not quiet))
    except FormslimError as exc:
        if debug:
            raise
        raise click.ClickException(str(exc)) from None
    if not quiet:
        for p in package.problems:
            click.echo(f"Error: {p}", err=True)
    writer = {"table": inventory.to_table, "csv": inventory.to_csv, "json": inventory.to_json}[fmt]
    _write(writer(package), output)
    if package.problems:
        sys.exit(EXIT_NOTHING if not package.documents else EXIT_PARTIAL)


if __name__ == "__main__":  # pragma: no cover
    main()

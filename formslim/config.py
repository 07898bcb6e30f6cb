"""User defaults: ``formslim.toml`` in the working folder, else in the user's config folder.

::

    [defaults]          # every command that has the option
    target = 0.6
    lang = "ko"
    tariff = 25000
    cache = "/srv/formslim/cache.sqlite"

    [batch]             # one command
    jobs = 8

The command line wins over the file; the file over formslim's own defaults. Unknown keys and wrong types
are one clear error, never silently ignored.
"""
from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Optional

from .errors import FormslimError

#: the keys a config may set, with their type, and the commands that take them
KEYS = {"target": (float, ("analyze", "batch", "compare")), "tariff": (float, ("analyze", "batch")),
        "lang": (str, ("analyze", "batch")), "jobs": (int, ("batch",)),
        "cache": (str, ("fields", "match", "graph", "analyze", "batch", "compare", "diff"))}
COMMANDS = ("fields", "match", "graph", "analyze", "batch", "compare", "diff", "eval-pairs")
#: how a key is named among a command's parameters
PARAM = {"cache": "cache_path"}


def config_file(explicit: Optional[str] = None) -> Optional[Path]:
    if explicit:
        return Path(explicit)
    here = Path("formslim.toml")
    if here.is_file():
        return here
    base = os.environ.get("XDG_CONFIG_HOME") or (Path.home() / ".config")
    user = Path(base) / "formslim" / "formslim.toml"
    return user if user.is_file() else None


def load_config(explicit: Optional[str] = None) -> dict:
    """click's ``default_map``: command → {parameter: value}."""
    path = config_file(explicit)
    if path is None:
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise FormslimError(f"{path}: cannot read the config ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise FormslimError(f"{path}: the config is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise FormslimError(f"{path}: not valid TOML ({exc})") from None
    out: dict[str, dict] = {}
    for table, values in data.items():
        if table != "defaults" and table not in COMMANDS:
            raise FormslimError(f"{path}: unknown table [{table}] (use [defaults] or a command: {', '.join(COMMANDS)})")
        if not isinstance(values, dict):
            raise FormslimError(f"{path}: [{table}] must be a table")
        for key, value in values.items():
            if key not in KEYS:
                raise FormslimError(f"{path}: [{table}] {key}: unknown key (known: {', '.join(sorted(KEYS))})")
            kind, commands = KEYS[key]
            if kind is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if not isinstance(value, kind) or isinstance(value, bool):
                raise FormslimError(f"{path}: [{table}] {key}: expected {kind.__name__}, not {type(value).__name__}")
            if key == "target" and not 0 <= value <= 1:
                raise FormslimError(f"{path}: [{table}] target: must be between 0 and 1")
            if key == "lang" and value not in ("ko", "en"):
                raise FormslimError(f"{path}: [{table}] lang: 'ko' or 'en'")
            for cmd in (commands if table == "defaults" else (table,)):
                if cmd in commands:
                    out.setdefault(cmd, {})[PARAM.get(key, key)] = value
    return out

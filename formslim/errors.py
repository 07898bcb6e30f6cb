"""The one exception type formslim raises for problems with an input file."""
from __future__ import annotations


class FormslimError(Exception):
    """A problem with the tool's input or use, told in one line."""


class InputFileError(FormslimError):
    """A file that cannot be read. ``code`` is one of: encrypted, corrupt, empty, unsupported,
    too_large, not_found."""

    def __init__(self, file: str, code: str, message: str) -> None:
        message = " ".join(str(message).split())  # one line, whatever a library put in it
        super().__init__(f"{file}: {message}")
        self.file = file
        self.code = code
        self.message = message

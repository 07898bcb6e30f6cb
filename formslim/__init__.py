"""formslim — find the paperwork an application package can do without.

The pipeline: parse → fields → match → graph → reduce → report. Today's public API covers the first
two stages::

    from formslim import read_package, read_document
    package = read_package(["sample_forms/kr-sme-support"])
    for field in package.fields:
        print(field.location.file, field.label, field.kind)
"""
__version__ = "0.1.0"

from .errors import FormslimError, InputFileError  # noqa: E402
from .model import Document, Field, Location, Package, Problem  # noqa: E402
from .parse import read_document, read_package  # noqa: E402

__all__ = ["Document", "Field", "FormslimError", "InputFileError", "Location", "Package", "Problem",
           "read_document", "read_package", "__version__"]

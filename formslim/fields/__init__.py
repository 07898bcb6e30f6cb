"""Stage 2 — fields: find what an applicant is asked to provide in a document's layout."""
from .detect import detect_fields

__all__ = ["detect_fields"]

"""Stage 3 — match: which fields ask for the same datum, which are derivable, with evidence."""
from .compare import compare
from .derive import derive, printed_agreements
from .link import MatchResult, match_package
from .reading import Reading, read_label

__all__ = ["MatchResult", "Reading", "compare", "derive", "match_package", "printed_agreements", "read_label"]

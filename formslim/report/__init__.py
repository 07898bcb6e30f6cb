"""Stage 6 — report: write what the pipeline found (today: the field inventory)."""

"""Read-only data for the exports: one query per sheet, and the overview figures."""

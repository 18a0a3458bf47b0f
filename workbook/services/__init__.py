"""Use cases. The only code that opens sessions; returns frozen rows and ChangeSets."""

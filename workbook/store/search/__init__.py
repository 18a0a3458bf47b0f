"""Full-text search over the workbook: one index behind one interface (index.py), its SQLite
implementation (sqlite_fts.py); team mode adds one for PostgreSQL."""

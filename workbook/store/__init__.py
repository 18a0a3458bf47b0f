"""Persistence: engine and pragmas, SQLModel tables, migrations. The only SQLite-aware code."""

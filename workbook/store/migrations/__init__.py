"""Alembic migrations: run at open, after a backup (workbook.store.migrate)."""

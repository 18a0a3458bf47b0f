"""Which database a command opens."""

from __future__ import annotations

from pathlib import Path

from workbook.store.database import Database, open_database


def open_existing(path: Path) -> Database:
    """check, backup and export never create a database where there was none."""
    if not path.exists():
        raise FileNotFoundError(2, "no such file", str(path))
    return open_database(path)

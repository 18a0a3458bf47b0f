"""Where data lives by default: the platform's per-user data directory."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

from workbook import APP_ID

DEFAULT_FILE_NAME = "workbook.sqlite3"


def default_database_path() -> Path:
    return user_data_path(APP_ID, appauthor=False) / DEFAULT_FILE_NAME

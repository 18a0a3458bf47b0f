"""How a workbook file can be opened: for writing, or only for reading, and by which means.

SQLite in WAL mode needs to create NAME-wal and NAME-shm beside the file even to read it, so
a file in a folder the user cannot write to can only be read as "immutable" (SQLite then
ignores any -wal file, hence only when there is none with content)."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path


class Access(StrEnum):
    read_write = "read_write"
    # Writable file opened by a command that must change nothing (check, export, --dry-run):
    # a normal connection, so it cleans up its -wal file on close, but PRAGMA query_only.
    query_only = "query_only"
    read_only = "read_only"  # SQLite's mode=ro: the file or the folder is not writable
    immutable = "immutable"  # the folder is not writable and no -wal file exists

    @property
    def writes(self) -> bool:
        return self is Access.read_write


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def has_wal_content(path: Path) -> bool:
    """True when NAME-wal holds changes not yet merged into the file itself."""
    try:
        return wal_path(path).stat().st_size > 0
    except FileNotFoundError:
        return False


def folder_writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK)


def writable(path: Path) -> bool:
    """Can this program change the file? SQLite needs the folder too (for NAME-wal)."""
    return os.access(path, os.W_OK) and folder_writable(path)


def reading_access(path: Path) -> Access:
    """The way to read an existing file without changing it."""
    if writable(path):
        return Access.query_only
    if not folder_writable(path) and not has_wal_content(path):
        return Access.immutable
    return Access.read_only

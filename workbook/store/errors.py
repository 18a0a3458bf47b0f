"""Why a write did not reach the file, as one exception the UI and the command line can word.

SQLite reports a read-only file, a full disk, a lock held too long by another program and
I/O trouble through error codes on sqlite3.OperationalError (wrapped by SQLAlchemy). Writes go
through write_errors(), which turns exactly those into WriteFailed; everything else (a
constraint, a bug in a query) passes on unchanged."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path


class WriteProblem(StrEnum):
    read_only = "read_only"
    disk_full = "disk_full"
    busy = "busy"
    io = "io"


_MESSAGES = {
    WriteProblem.read_only: "the database is read-only (no permission to change the file "
    "or its folder)",
    WriteProblem.disk_full: "the disk is full",
    WriteProblem.busy: "the database is busy: another program is writing to it",
    WriteProblem.io: "the file could not be written (input/output error)",
}

# Primary SQLite result codes (the low byte of an extended code).
_BY_CODE = {
    sqlite3.SQLITE_READONLY: WriteProblem.read_only,
    sqlite3.SQLITE_PERM: WriteProblem.read_only,
    sqlite3.SQLITE_FULL: WriteProblem.disk_full,
    sqlite3.SQLITE_BUSY: WriteProblem.busy,
    sqlite3.SQLITE_LOCKED: WriteProblem.busy,
    sqlite3.SQLITE_IOERR: WriteProblem.io,
    sqlite3.SQLITE_CANTOPEN: WriteProblem.io,  # the file vanished or its -wal cannot be made
}
_DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


class WriteFailed(Exception):
    """A write was refused by the file system or another program; nothing of it was saved.
    The UI words `reason` in the user's language; str() is the English one-liner."""

    def __init__(self, reason: WriteProblem, path: Path | None = None, detail: str = "") -> None:
        self.reason = reason
        self.path = path
        self.detail = detail
        where = f"{path}: " if path is not None else ""
        super().__init__(f"{where}{_MESSAGES[reason]}" + (f" ({detail})" if detail else ""))


def write_problem(error: BaseException) -> WriteProblem | None:
    """The known reason a write failed, or None when the error is something else."""
    wrapped = getattr(error, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's error
    if isinstance(wrapped, sqlite3.Error):
        return write_problem(wrapped)
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        return None if code is None else _BY_CODE.get(code & 0xFF)
    if isinstance(error, OSError):
        if isinstance(error, PermissionError):
            return WriteProblem.read_only
        return WriteProblem.disk_full if error.errno in _DISK_FULL else None
    return None


@contextmanager
def write_errors(path: Path) -> Iterator[None]:
    """Turn the failures of a write to the database at `path` into WriteFailed."""
    # Here, not at the top: the window imports WriteFailed before SQLAlchemy may load.
    from sqlalchemy import exc

    try:
        yield
    except (sqlite3.Error, exc.DBAPIError, OSError) as error:
        reason = write_problem(error)
        if reason is None:
            raise
        raise WriteFailed(reason, path) from error

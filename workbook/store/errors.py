"""Why a write did not reach the file, as one exception the UI and the command line can word.

SQLite reports a read-only file, a full disk, a lock held too long by another program and
I/O trouble through error codes on sqlite3.OperationalError (wrapped by SQLAlchemy); a
PostgreSQL server through SQLSTATEs on psycopg's errors. Writes go through write_errors(),
which turns exactly those into WriteFailed; everything else (a constraint, a bug in a query)
passes on unchanged."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window imports this before SQLAlchemy (which locations needs) loads
    from workbook.store.locations import Location


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
# SQLSTATE classes and codes of a PostgreSQL server (read without importing psycopg, which the
# window loads only for a server).
_BY_SQLSTATE = {
    "25006": WriteProblem.read_only,  # read_only_sql_transaction
    "42501": WriteProblem.read_only,  # insufficient_privilege
    "53100": WriteProblem.disk_full,
    "55P03": WriteProblem.busy,  # lock_not_available: a colleague holds the row past lock_timeout
    "40001": WriteProblem.busy,  # serialization_failure
    "40P01": WriteProblem.busy,  # deadlock_detected
    "57014": WriteProblem.busy,  # query_canceled (statement_timeout)
}
_SERVER_MESSAGES = {
    WriteProblem.read_only: "the database is read-only for this user (no permission to change it)",
    WriteProblem.disk_full: "the server's disk is full",
    WriteProblem.busy: "the database is busy: a colleague is changing the same rows",
    WriteProblem.io: "the connection to the server was lost; nothing of this change was saved",
}
_DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


class WriteFailed(Exception):
    """A write was refused by the file system or another program; nothing of it was saved.
    The UI words `reason` in the user's language; str() is the English one-liner."""

    def __init__(
        self, reason: WriteProblem, path: Location | None = None, detail: str = ""
    ) -> None:
        self.reason = reason
        self.path = path
        self.detail = detail
        where = f"{path}: " if path is not None else ""
        wording = _MESSAGES if path is None or isinstance(path, Path) else _SERVER_MESSAGES
        super().__init__(f"{where}{wording[reason]}" + (f" ({detail})" if detail else ""))


def write_problem(error: BaseException) -> WriteProblem | None:
    """The known reason a write failed, or None when the error is something else."""
    wrapped = getattr(error, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's error
    if isinstance(wrapped, Exception):
        return write_problem(wrapped)
    sqlstate = getattr(error, "sqlstate", None)  # psycopg's errors
    if isinstance(sqlstate, str):
        return _BY_SQLSTATE.get(sqlstate, WriteProblem.io if sqlstate.startswith("08") else None)
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        return None if code is None else _BY_CODE.get(code & 0xFF)
    if isinstance(error, OSError):
        if isinstance(error, PermissionError):
            return WriteProblem.read_only
        return WriteProblem.disk_full if error.errno in _DISK_FULL else None
    return None


@contextmanager
def write_errors(path: Location) -> Iterator[None]:
    """Turn the failures of a write to the database at `path` into WriteFailed."""
    # Here, not at the top: the window imports WriteFailed before SQLAlchemy may load.
    from sqlalchemy import exc

    try:
        yield
    except (sqlite3.Error, exc.DBAPIError, OSError) as error:
        if isinstance(error, exc.DBAPIError) and error.connection_invalidated:
            raise WriteFailed(WriteProblem.io, path) from error
        reason = write_problem(error)
        if reason is None:
            raise
        raise WriteFailed(reason, path) from error

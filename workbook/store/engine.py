"""The SQLAlchemy engine for a workbook file, with the pragmas every connection needs."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, exc
from sqlalchemy.engine import Connection

from workbook.store.access import Access
from workbook.store.connection import CommitHooks, connect

BUSY_TIMEOUT_MS = 5000
# Each connection's page cache, in KiB (SQLite's default is 2 MiB). The lists read a table's
# rows in index order, so a page comes back again and again: at 2 MiB a sort or a filter of
# the journal or the engagements of a 5000-client file (150 MiB) rereads them from the
# operating system each time. Pages are held only once read, so a small file costs no more.
CACHE_KIB = 64 * 1024
# For a read that visits each page once (an export's sheet, the page check at opening): SQLite's
# own size. Its pages do not come back; kept, they would only hold up to CACHE_KIB of memory
# per connection (the status workbook of that file peaked 115 MB higher).
ONE_PASS_KIB = 2 * 1024
# What reading a damaged file can fail with, whichever layer noticed (for callers without
# SQLAlchemy of their own, like the command line).
READ_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, exc.DBAPIError)
# Execution option a session sets to take the write lock at BEGIN (see write_engine()).
_WRITE = "workbook_write"


@dataclass(frozen=True)
class Patience:
    """How long a write waits for another program's write lock (instead of BUSY_TIMEOUT_MS),
    and whom it tells once the wait becomes noticeable (the command line: one line)."""

    timeout_ms: int
    on_wait: Callable[[], None]
    notice_after_ms: int = 500


def make_engine(
    path: Path,
    access: Access = Access.read_write,
    patience: Patience | None = None,
    hooks: CommitHooks | None = None,
) -> Engine:
    # The URL only names the file (logs, repr); the creator opens it, so no URL parsing of it.
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, creator=functools.partial(connect, path, access, hooks))
    event.listen(engine, "connect", functools.partial(_configure_connection, access=access))
    event.listen(engine, "begin", functools.partial(_begin, patience=patience))
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine, but transactions start with BEGIN IMMEDIATE.

    A deferred transaction that reads first and writes later can fail with SQLITE_BUSY halfway
    when another process writes; taking the lock up front makes busy_timeout apply instead."""
    return engine.execution_options(**{_WRITE: True})


def _configure_connection(
    dbapi_connection: sqlite3.Connection, _record: Any, *, access: Access
) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own would be deferred only).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    if access.writes:  # a file opened only to read is read in the journal mode it has
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.close()


@contextmanager
def one_pass(connection: Connection) -> Iterator[None]:
    """Around a read that passes over its rows once: the connection's page cache is SQLite's
    small default meanwhile (lowering it frees what it held), and large again after. Nothing
    to do on a server."""
    if connection.dialect.name != "sqlite":
        yield
        return
    connection.exec_driver_sql(f"PRAGMA cache_size=-{ONE_PASS_KIB}")
    try:
        yield
    finally:
        # An interrupted fetch (Ctrl+C, SIGTERM) invalidates the connection: it is discarded,
        # cache and all, and a statement on it would replace the interrupt with an error.
        if not connection.invalidated:
            connection.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")


def _begin(connection: Connection, *, patience: Patience | None) -> None:
    immediate = connection.get_execution_options().get(_WRITE, False)
    if not immediate:
        connection.exec_driver_sql("BEGIN")
        return
    if patience is None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        _begin_patiently(connection, patience)
    hooks = getattr(connection.connection.dbapi_connection, "hooks", None)
    if hooks is not None:
        hooks.fire_writing()


def _begin_patiently(connection: Connection, patience: Patience) -> None:
    """BEGIN IMMEDIATE that says so when it has to wait for the write lock, then waits on."""
    try:
        connection.exec_driver_sql(f"PRAGMA busy_timeout={patience.notice_after_ms}")
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except exc.OperationalError as error:
            if getattr(error.orig, "sqlite_errorcode", 0) & 0xFF != sqlite3.SQLITE_BUSY:
                raise
        patience.on_wait()
        rest = max(patience.timeout_ms - patience.notice_after_ms, 0)
        connection.exec_driver_sql(f"PRAGMA busy_timeout={rest}")
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    finally:
        connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

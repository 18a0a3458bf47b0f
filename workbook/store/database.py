"""Open a workbook: a file (identify it, back it up and migrate it, or refuse it untouched) or
a database on a PostgreSQL server (store.server)."""

from __future__ import annotations

import errno
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, exc

from workbook.store.access import (
    Access,
    folder_writable,
    has_wal_content,
    reading_access,
    wal_path,
    writable,
)
from workbook.store.backups import backup, migration_backup_path, newest_sound_backup
from workbook.store.connection import CommitHooks, connect
from workbook.store.engine import Patience, make_engine, one_pass, write_engine
from workbook.store.errors import WriteFailed, WriteProblem, write_errors, write_problem
from workbook.store.header import APPLICATION_ID, DatabaseRefused, Header, Refusal, read_header
from workbook.store.locations import Location, ServerAddress
from workbook.store.migrate import SCHEMA_VERSION, MigrationBroke, upgrade
from workbook.store.search.index import SearchIndex
from workbook.store.search.postgres_fts import PostgresIndex
from workbook.store.search.sqlite_fts import Fts5Index
from workbook.store.server.engine import shut

# While a file's pages are read (quick_check), the caller's other work at opening
# (app.open_workspace: importing SQLModel, the models and the services) runs beside it.
Meanwhile = Callable[[], object]


@dataclass(frozen=True)
class Database:
    location: Location
    engine: Engine
    # Engine whose transactions begin with BEGIN IMMEDIATE; services write through it.
    writer: Engine
    # Backup written before a migration at this open, if there was one.
    migration_backup: Path | None = None
    access: Access = Access.read_write
    # Run after each commit of this program's connections (see store.watch).
    commit_hooks: CommitHooks = field(default_factory=CommitHooks)
    # Full-text search over every entity, kept current by the database itself.
    search: SearchIndex = field(default_factory=Fts5Index)

    @property
    def path(self) -> Path:
        """The file; what only a file has (the window's lock and watcher, file backups) asks
        for it."""
        if not isinstance(self.location, Path):
            raise TypeError(f"{self.location} is a server database, not a file")
        return self.location

    @property
    def read_only(self) -> bool:
        return not self.access.writes

    def close(self) -> None:
        if isinstance(self.location, ServerAddress):
            shut(self.engine)
        else:
            self.engine.dispose()


def open_database(
    location: Location,
    *,
    read_only: bool = False,
    patience: Patience | None = None,
    meanwhile: Meanwhile | None = None,
) -> Database:
    """Open `location` for the services: a file, or a database on a server
    (store.server.opening: the same refusals, ServerUnavailable when it cannot be reached).
    `meanwhile` runs while a file's pages are checked (SQLite reads them without the GIL),
    before anything is written to it; otherwise before opening."""
    if isinstance(location, ServerAddress):
        from workbook.store.server.opening import open_server  # SQLModel and the models

        if meanwhile is not None:
            meanwhile()
        lock_timeout = patience.timeout_ms if patience is not None else None
        engine = open_server(location, read_only=read_only, lock_timeout_ms=lock_timeout)
        access = Access.query_only if read_only else Access.read_write
        return Database(location, engine, engine, access=access, search=PostgresIndex())
    return _open_file(location, read_only=read_only, patience=patience, meanwhile=meanwhile)


def _open_file(
    path: Path, *, read_only: bool, patience: Patience | None, meanwhile: Meanwhile | None
) -> Database:
    """Open `path` for the services, creating it when it does not exist (unless `read_only`).

    `read_only` opens an existing file without changing it (no migration, no backup, no
    write); a file that needs a schema upgrade is then refused as Refusal.outdated. Raises
    DatabaseRefused for files that are not ours or not usable, WriteFailed when a file to be
    written cannot be (read-only, disk full, busy), FileNotFoundError when `read_only` and the
    file does not exist. `patience`: how long writes wait for another program (see engine)."""
    path = path.expanduser().resolve()
    header = read_header(path)
    if header is None:
        if read_only:
            raise FileNotFoundError(errno.ENOENT, "no such file", str(path))
        if meanwhile is not None:
            meanwhile()
        return _create(path, patience)
    if not read_only and not writable(path):
        raise WriteFailed(WriteProblem.read_only, path)
    access = reading_access(path) if read_only else Access.read_write
    version = schema_version(path, header)
    if version > SCHEMA_VERSION:
        raise DatabaseRefused(path, Refusal.newer, f"schema {version}")
    if version < SCHEMA_VERSION and read_only:
        raise DatabaseRefused(path, Refusal.outdated, f"schema {version}")
    backup_path = None
    if version < SCHEMA_VERSION:
        backup_path = backup(path, migration_backup_path(path, version), overwrite=True)
    hooks = CommitHooks()
    engine = make_engine(path, access, patience, hooks)
    try:
        if backup_path is not None:
            if meanwhile is not None:
                meanwhile()
            upgrade(engine)
        else:
            _probe(path, engine, meanwhile)
        if access.writes:  # read-only: the index is whatever the file holds
            _index_current(engine)
    except (sqlite3.DatabaseError, exc.DBAPIError, MigrationBroke) as error:
        engine.dispose()
        raise _refusal(path, error) from error
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine, write_engine(engine), backup_path, access, hooks)


def schema_version(path: Path, header: Header) -> int:
    """The schema version SQLite sees. The header alone misses a newer version committed to
    NAME-wal but not yet copied into the file; then SQLite is asked, read-only, so a file
    refused for it stays untouched."""
    if not has_wal_content(path):
        return header.user_version
    try:
        connection = connect(path, Access.read_only)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise _refusal(path, error) from error
    if application_id != APPLICATION_ID:
        raise DatabaseRefused(path, Refusal.foreign)
    return version


def _create(path: Path, patience: Patience | None) -> Database:
    """A new, migrated file; when that fails (a full disk), nothing of it is left behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not folder_writable(path):
        raise WriteFailed(WriteProblem.read_only, path)
    engine: Engine | None = None
    hooks = CommitHooks()
    try:
        with write_errors(path):
            _create_empty(path)
            engine = make_engine(path, Access.read_write, patience, hooks)
            upgrade(engine)
            _index_current(engine)
    except BaseException:
        if engine is not None:
            engine.dispose()
        for created in (path, wal_path(path), path.with_name(path.name + "-shm")):
            created.unlink(missing_ok=True)
        raise
    return Database(path, engine, write_engine(engine), commit_hooks=hooks)


def _index_current(engine: Engine) -> None:
    """The search index's triggers as this code defines them (rebuilt when they changed)."""
    with write_engine(engine).begin() as connection:
        Fts5Index().ensure_current(connection)


def _create_empty(path: Path) -> None:
    connection = sqlite3.connect(path)  # a plain file name: taken as it is, never as a URI
    try:
        connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.commit()
    finally:
        connection.close()


def _probe(path: Path, engine: Engine, meanwhile: Meanwhile | None) -> None:
    """Read every page once (quick_check: ~0.3 s for 175 MB, in the opening worker) so a
    damaged file is refused at open, not by a traceback when a tab loads. `meanwhile` runs
    beside it, in this thread; the check's thread is always waited for, and nothing writes
    before it passed."""
    check = _PageCheck(engine)
    try:
        if meanwhile is not None:
            meanwhile()
    finally:
        found = check.result()
    if found != ["ok"]:
        raise DatabaseRefused(path, Refusal.corrupt, found[0], backup=newest_sound_backup(path))


class _PageCheck:
    """PRAGMA quick_check in a thread of its own: what it found, or the error it raised."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._found: list[str] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="quick_check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with self._engine.connect() as connection, one_pass(connection):
                rows = connection.exec_driver_sql("PRAGMA quick_check")
                self._found = [row[0] for row in rows]
        except BaseException as error:  # handed to the opening thread, which refuses the file
            self._error = error

    def result(self) -> list[str]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._found


def _refusal(path: Path, error: BaseException) -> Exception:
    """What a failure of SQLite at open means: busy, read-only or full is a WriteFailed;
    other trouble of the operating system is "unreadable"; anything else is damage."""
    reason = write_problem(error)
    if reason is not None and reason is not WriteProblem.io:
        return WriteFailed(reason, path)
    original = error.orig if isinstance(error, exc.DBAPIError) else error
    if isinstance(original, sqlite3.OperationalError):
        return DatabaseRefused(path, Refusal.unreadable, str(original))
    return DatabaseRefused(path, Refusal.corrupt, str(original), backup=newest_sound_backup(path))

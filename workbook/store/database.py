"""Open a workbook file: identify it, back it up and migrate it, or refuse it untouched."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, exc

from workbook.store.engine import make_engine, write_engine
from workbook.store.header import APPLICATION_ID, DatabaseRefused, Refusal, read_header
from workbook.store.migrate import SCHEMA_VERSION, MigrationBroke, upgrade
from workbook.store.search.index import SearchIndex
from workbook.store.search.sqlite_fts import Fts5Index


@dataclass(frozen=True)
class Database:
    path: Path
    engine: Engine
    # Engine whose transactions begin with BEGIN IMMEDIATE; services write through it.
    writer: Engine
    # Backup written before a migration at this open, if there was one.
    migration_backup: Path | None = None
    # Full-text search over every entity, kept current by the database itself.
    search: SearchIndex = field(default_factory=Fts5Index)

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path) -> Database:
    path = path.expanduser().resolve()
    header = read_header(path)
    if header is not None and header.user_version > SCHEMA_VERSION:
        raise DatabaseRefused(path, Refusal.newer, f"schema {header.user_version}")
    backup_path = None
    if header is None:
        path.parent.mkdir(parents=True, exist_ok=True)
        _create_empty(path)
    elif header.user_version < SCHEMA_VERSION:
        backup_path = backup(path, _migration_backup_name(path, header.user_version))
    engine = make_engine(path)
    try:
        if header is None or header.user_version < SCHEMA_VERSION:
            upgrade(engine)
        else:
            _probe(engine)
        search = Fts5Index()
        with write_engine(engine).begin() as connection:
            search.ensure_current(connection)
    except (sqlite3.DatabaseError, exc.DBAPIError, MigrationBroke) as error:
        engine.dispose()
        # "locked" or I/O trouble is not damage; anything else SQLite rejects is.
        operational = isinstance(error, sqlite3.OperationalError | exc.OperationalError)
        reason = Refusal.unreadable if operational else Refusal.corrupt
        raise DatabaseRefused(path, reason, str(getattr(error, "orig", error))) from error
    return Database(path, engine, write_engine(engine), backup_path, search)


def backup(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API, written beside then moved in place."""
    target = target.expanduser().resolve()
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def default_backup_path(path: Path) -> Path:
    stamp = datetime.now(UTC).astimezone().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}-backup-{stamp}{path.suffix}")


def check_integrity(database: Database) -> list[str]:
    """Problems SQLite's integrity and foreign-key checks find; empty when the file is sound."""
    with database.engine.connect() as connection:
        problems = [
            row[0]
            for row in connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
            if row[0] != "ok"
        ]
        problems += [
            f"foreign key: {row[0]} row {row[1]} -> {row[2]}"
            for row in connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        ]
    return problems


def _create_empty(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.commit()
    finally:
        connection.close()


def _probe(engine: Engine) -> None:
    """Touch the schema once so a damaged file is refused at open, not at the first query."""
    with engine.connect() as connection:
        connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()


def _migration_backup_name(path: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.name}.schema{version}-{stamp}.bak")

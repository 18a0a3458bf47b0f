"""Backups beside a workbook file: writing one, finding the newest sound one, restoring it.

Two kinds live beside NAME.sqlite3: NAME.sqlite3.schemaN-DATE.bak, written before a schema
upgrade, and NAME-backup-DATE.sqlite3, written by File ▸ Back up now and `main.py backup`."""

from __future__ import annotations

import glob
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from workbook.files.atomic import ExportError, ExportProblem, atomic_write
from workbook.files.targets import guard_target
from workbook.store.access import reading_access, wal_path
from workbook.store.connection import connect
from workbook.store.errors import WriteProblem, write_problem
from workbook.store.header import DatabaseRefused, read_header
from workbook.store.migrate import SCHEMA_VERSION


def backup(source: Path, target: Path, *, overwrite: bool = False) -> Path:
    """A consistent copy through SQLite's online backup API, written beside the target and
    moved into place; a failure leaves nothing behind. Never onto `source` itself; an existing
    target is replaced only with `overwrite`. Raises ExportError."""
    source, target = source.absolute(), target.expanduser().absolute()
    guard_target(target, protected=[source], overwrite=overwrite, spare_databases=False)
    atomic_write(target, lambda temporary: _copy(source, temporary, target))
    return target


def default_backup_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}-backup-{_stamp(local=True)}{path.suffix}")


def migration_backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.schema{version}-{_stamp()}.bak")


def backups_beside(path: Path) -> list[Path]:
    """Backups of `path` of both kinds, newest first."""
    found = {
        *path.parent.glob(f"{glob.escape(path.name)}.schema*-*.bak"),
        *path.parent.glob(f"{glob.escape(path.stem)}-backup-*{glob.escape(path.suffix)}"),
    }
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def newest_sound_backup(path: Path) -> Path | None:
    """The newest backup that is ours, not newer than this version and passes quick_check."""
    return next((candidate for candidate in backups_beside(path) if _sound(candidate)), None)


def restore_backup(path: Path, source: Path, *, keep_replaced: bool = True) -> Path | None:
    """Put a copy of the backup `source` in place of `path`. The file it replaces is kept as
    NAME.damaged-DATE (with its -wal and -shm) and that name returned; with `keep_replaced`
    False (its state is saved elsewhere already) it is deleted once the copy is in place."""
    kept = path.with_name(f"{path.name}.damaged-{_stamp(local=True)}")
    moved = [(p, kept.with_name(kept.name + p.name[len(path.name) :])) for p in _with_wal(path)]
    for current, aside in moved:
        current.rename(aside)
    try:
        backup(source, path)
    except BaseException:
        for current, aside in moved:
            aside.rename(current)
        raise
    if keep_replaced:
        return kept
    for _current, aside in moved:
        aside.unlink()
    return None


def is_sound(candidate: Path) -> bool:
    """Ours, not newer than this version, and passing quick_check."""
    return _sound(candidate)


def _copy(source: Path, temporary: Path, target: Path) -> None:
    src = connect(source, reading_access(source))
    try:
        dst = sqlite3.connect(temporary)
        try:
            dst.execute("PRAGMA journal_mode=OFF")  # a failed copy is deleted, not rolled back
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as error:
        if write_problem(error) is WriteProblem.disk_full:
            raise ExportError(ExportProblem.disk_full, target) from error
        raise
    finally:
        src.close()


def _sound(candidate: Path) -> bool:
    try:
        header = read_header(candidate)
        if header is None or header.user_version > SCHEMA_VERSION:
            return False
        connection = connect(candidate, reading_access(candidate))
        try:
            return connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        finally:
            connection.close()
    except (DatabaseRefused, sqlite3.Error, OSError):
        return False


def _with_wal(path: Path) -> list[Path]:
    companions = (path, wal_path(path), path.with_name(path.name + "-shm"))
    return [p for p in companions if p.exists()]


def _stamp(*, local: bool = False) -> str:
    now = datetime.now(UTC)
    return (now.astimezone() if local else now).strftime("%Y%m%d-%H%M%S")

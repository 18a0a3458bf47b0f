"""One instance per database: a QLockFile beside it, taken over when its owner has died."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from workbook.store.header import DatabaseRefused, Refusal


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def acquire(database: Path, *, read_only: bool = False) -> QLockFile | None:
    """The lock for `database`. A file opened read-only in a folder where no lock file can be
    created is opened without one (None): it cannot be changed from here anyway."""
    database.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(database)))
    # Held for the whole session, so never stale by age; Qt still takes over a lock whose
    # process no longer runs on this host (a crashed earlier start).
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        if lock.error() != QLockFile.LockError.LockFailedError:
            if read_only:
                return None
            raise DatabaseRefused(database, Refusal.unreadable, "cannot create the lock file")
        info = lock.getLockInfo()
        pid = info[1] if isinstance(info, tuple) and info and info[0] else None
        detail = f"process {pid}" if pid else ""
        raise DatabaseRefused(database, Refusal.locked, detail)
    return lock

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
    if lock.tryLock(0) or _taken_over(lock):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        if read_only:
            return None
        raise DatabaseRefused(database, Refusal.unreadable, "cannot create the lock file")
    info = lock.getLockInfo()  # PySide6: (pid, host name, app name)
    pid = info[0] if isinstance(info, tuple) and info else None
    raise DatabaseRefused(database, Refusal.locked, f"process {pid}" if pid else "")


def _taken_over(lock: QLockFile) -> bool:
    """Qt judges a lock by the process id written in it: after a restart that id often names a
    running program again (in a container even this one), and the dead window's lock would be
    refused for good. The holder's file lock is what counts: removeStaleLockFile() succeeds
    only when no living process holds it."""
    return (
        lock.error() == QLockFile.LockError.LockFailedError
        and lock.removeStaleLockFile()
        and lock.tryLock(0)
    )

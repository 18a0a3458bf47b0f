"""One instance per database: a QLockFile beside it, taken over when its owner has died."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from workbook.store.header import DatabaseRefused, Refusal


class HeldLock:
    """A taken QLockFile, until release(). PySide6 6.12's QLockFile.unlock() and
    setStaleLockTime() each drop a reference to None they never took: enough of them and the
    interpreter aborts at exit ("deallocating None"). So neither is called: the lock is
    released by letting go of the object, whose destructor deletes the lock file."""

    def __init__(self, lock: QLockFile) -> None:
        self._lock: QLockFile | None = lock

    def release(self) -> None:
        self._lock = None


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def acquire(database: Path, *, read_only: bool = False) -> HeldLock | None:
    """The lock for `database`. A file opened read-only in a folder where no lock file can be
    created is opened without one (None): it cannot be changed from here anyway."""
    database.parent.mkdir(parents=True, exist_ok=True)
    # Qt's default stale time (30 s) is harmless for a lock held all session: a lock whose
    # holder lives is never removed, as the holder keeps the lock file itself locked.
    lock = QLockFile(str(lock_path(database)))
    if lock.tryLock(0) or _taken_over(lock):
        return HeldLock(lock)
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

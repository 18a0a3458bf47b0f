"""Writing a file so that it is either entirely new or untouched (DESIGN.md §3 habit 11).

The content goes to a temporary file (.NAME-xxxxxxxx.xlsx.partial, see files.partial) in the
target's own folder (same file system, so the final rename is atomic), is flushed to disk, and
replaces the target in one os.replace. A failure or a cancellation at any point removes the
temporary file and leaves an earlier target as it was."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from workbook.files.partial import Partial, create_beside, remove_stale


class ExportProblem(StrEnum):
    target_locked = "target_locked"  # open in another program, or no permission to write
    folder_missing = "folder_missing"
    cancelled = "cancelled"
    disk_full = "disk_full"
    is_source = "is_source"  # the file being read (the open database) or one of its companions
    is_database = "is_database"
    exists = "exists"  # another kind of file, replaced only when asked to (see files.targets)


_DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_MESSAGES = {
    ExportProblem.target_locked: "cannot write here: the file is open in another program "
    "or the folder or file is read-only",
    ExportProblem.folder_missing: "the folder does not exist",
    ExportProblem.cancelled: "export cancelled; any earlier file is unchanged",
    ExportProblem.disk_full: "the disk is full",
    ExportProblem.is_source: "this is the database itself; choose another file",
    ExportProblem.is_database: "the file is a database; it is never replaced by a copy or export",
    ExportProblem.exists: "the file already exists (--force replaces it)",
}


class ExportError(Exception):
    """Why an export did not produce its file. The UI words `reason` in the user's language;
    str() is the English one-liner the command line prints."""

    def __init__(self, reason: ExportProblem, path: Path | None = None) -> None:
        self.reason = reason
        self.path = path
        where = f"{path}: " if path is not None else ""
        super().__init__(f"{where}{_MESSAGES[reason]}")


def atomic_write(target: Path, write: Callable[[Path], None]) -> None:
    """Call write(temporary path) and move the result to `target` once it is complete.
    Partial files a killed earlier run left in the folder are removed first."""
    target = Path(target)
    _refuse_unwritable(target)
    remove_stale(target.parent)
    partial = _temporary_beside(target)
    try:
        _keep_mode(target, partial.path)
        write(partial.path)
        _flush_to_disk(partial.path)
        partial.release()
        os.replace(partial.path, target)
    except BaseException as error:  # cancellation and Ctrl+C too: never leave a .partial
        partial.release()
        partial.path.unlink(missing_ok=True)
        problem = _problem(error, target)
        if problem is None:
            raise
        raise ExportError(problem, target) from error
    _flush_folder(target.parent)


def _refuse_unwritable(target: Path) -> None:
    if not target.parent.is_dir():
        raise ExportError(ExportProblem.folder_missing, target)
    # os.replace would happily swap out a read-only file on POSIX; the user protected it.
    if target.is_dir() or (target.exists() and not os.access(target, os.W_OK)):
        raise ExportError(ExportProblem.target_locked, target)


def _temporary_beside(target: Path) -> Partial:
    try:
        return create_beside(target)
    except OSError as error:
        problem = _problem(error, target)
        if problem is None:
            raise
        raise ExportError(problem, target) from error


def _keep_mode(target: Path, temporary: Path) -> None:
    """A replaced file keeps the permissions its owner gave it."""
    if target.exists():
        os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))


def _flush_to_disk(path: Path) -> None:
    with path.open("r+b") as stream:  # Windows' fsync needs a handle open for writing
        os.fsync(stream.fileno())


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open folders for this."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _problem(error: BaseException, target: Path) -> ExportProblem | None:
    """The known cause of a failure, or None for anything else (passed on unchanged)."""
    if isinstance(error, ExportError):
        return error.reason
    if isinstance(error, PermissionError):
        return ExportProblem.target_locked
    if isinstance(error, FileNotFoundError) and not target.parent.is_dir():
        return ExportProblem.folder_missing
    if isinstance(error, OSError) and error.errno in _DISK_FULL:
        return ExportProblem.disk_full
    return None

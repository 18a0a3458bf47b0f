"""The temporary files atomic writes use, and the removal of those a killed run left behind.

A partial file is named .STEM-xxxxxxxx.SUFFIX.partial and held while it is written: locked
with flock on POSIX, kept open on Windows (which refuses to delete an open file). A later
run can then tell a stale one (its writer was killed, SIGKILL or a power cut) from one that
another export is still writing, and removes only the stale ones."""

from __future__ import annotations

import os
import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: an open handle keeps the file from being deleted instead
    fcntl = None  # type: ignore[assignment]

_NEW_FILE_MODE = 0o666  # less the umask, as open() does
_OURS = re.compile(r"\..+-[0-9a-f]{8}(\.[^.]+)?\.partial")
# A file this young may have been created a moment ago and not be locked yet.
_GRACE_SECONDS = 2.0


@dataclass
class Partial:
    path: Path
    _handle: int | None

    def release(self) -> None:
        """Let go of the file (before it is moved into place: Windows cannot rename it open)."""
        if self._handle is not None:
            os.close(self._handle)
            self._handle = None


def create_beside(target: Path) -> Partial:
    """An empty new file next to `target`, held until released. Not tempfile.mkstemp: its
    files are private (0600), and an export on a shared drive would then be unreadable for
    the colleagues it is for; O_EXCL with 0666 lets the user's umask decide."""
    for _ in range(100):
        name = f".{target.stem}-{secrets.token_hex(4)}{target.suffix}.partial"
        path = target.with_name(name)
        try:
            handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, _NEW_FILE_MODE)
        except FileExistsError:
            continue
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return Partial(path, handle)
    raise FileExistsError(17, "no free temporary name", str(target.parent))


def remove_stale(folder: Path) -> list[Path]:
    """Remove the partial files in `folder` that nobody holds any more; returns them."""
    removed = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        if _OURS.fullmatch(entry.name) and _older_than_grace(entry, now) and _claim(entry.path):
            removed.append(Path(entry.path))
    return removed


def _older_than_grace(entry: os.DirEntry[str], now: float) -> bool:
    try:
        return entry.is_file(follow_symlinks=False) and (
            now - entry.stat(follow_symlinks=False).st_mtime > _GRACE_SECONDS
        )
    except OSError:
        return False


def _claim(path: str) -> bool:
    """Delete `path` if no writer holds it."""
    if fcntl is None:
        try:
            os.unlink(path)  # refused while another process has it open
        except OSError:
            return False
        return True
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.unlink(path)
    except OSError:  # held by a writer (BlockingIOError), or not ours to delete
        return False
    finally:
        os.close(handle)
    return True

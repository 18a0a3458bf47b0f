"""Which files a write may replace: never a database, never the file being read, and an
existing file of another kind only when the user said so (issue 9, point 1)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from workbook.files.atomic import ExportError, ExportProblem

SQLITE_MAGIC = b"SQLite format 3\x00"
ZIP_MAGIC = b"PK\x03\x04"  # .xlsx is a zip archive
# Files SQLite keeps beside a database; replacing one of them damages it.
_COMPANIONS = ("-wal", "-shm", "-journal", ".lock")


def guard_target(
    target: Path,
    *,
    protected: Iterable[Path] = (),
    overwrite: bool = False,
    replaceable: tuple[str, bytes] | None = None,
    spare_databases: bool = True,
) -> None:
    """Raise ExportError when writing `target` would destroy something.

    `protected`: files being read (the open database); neither they nor their SQLite
    companions are ever replaced. Any other SQLite file is refused too (`spare_databases`;
    a backup may replace one when asked to). An existing file of another kind needs
    `overwrite`, unless it matches `replaceable` (suffix, leading bytes): a file of the kind
    being written, e.g. an earlier export."""
    for source in protected:
        if _is_or_belongs_to(target, source):
            raise ExportError(ExportProblem.is_source, target)
    if not target.is_file():
        return
    head = _head(target)
    if spare_databases and head.startswith(SQLITE_MAGIC):
        raise ExportError(ExportProblem.is_database, target)
    if overwrite or _matches(target, head, replaceable):
        return
    raise ExportError(ExportProblem.exists, target)


def _is_or_belongs_to(target: Path, source: Path) -> bool:
    target, source = target.absolute(), source.absolute()
    names = {source.name} | {source.name + suffix for suffix in _COMPANIONS}
    if target.parent == source.parent and target.name in names:
        return True
    try:  # the same file under another name: a link, or another spelling of the path
        return target.exists() and os.path.samefile(target, source)
    except OSError:
        return False


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(len(SQLITE_MAGIC))
    except OSError:
        return b""  # unreadable: atomic_write says why it cannot be replaced


def _matches(target: Path, head: bytes, replaceable: tuple[str, bytes] | None) -> bool:
    if replaceable is None:
        return False
    suffix, magic = replaceable
    return target.suffix.lower() == suffix and (head.startswith(magic) or not head)

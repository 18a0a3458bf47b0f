"""Backups in the folder `backups` beside a workbook: the automatic ones (on close, and at most
every 30 minutes while the data changes), rotated by domain.backup_rotation, and the copy of the
current state a restore takes first, which is kept until deleted by hand. The restore dialog
lists these together with the backups written beside the file (store.backups)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from workbook.domain.backup_rotation import ROTATION, Rotation, to_keep
from workbook.store.backups import backup, backups_beside, is_sound, restore_backup
from workbook.store.header import DatabaseRefused, Refusal

FOLDER = "backups"
_STAMP = "%Y%m%d-%H%M%S"
_BEFORE_RESTORE = "before-restore"


class BackupKind(StrEnum):
    automatic = "automatic"
    before_restore = "before_restore"  # the state a restore replaced
    by_hand = "by_hand"  # File ▸ Back up now, main.py backup
    before_upgrade = "before_upgrade"  # written before a schema upgrade


@dataclass(frozen=True)
class StoredBackup:
    path: Path
    kind: BackupKind
    taken_at: datetime  # local time the copy was written
    size: int  # bytes


def backups_folder(path: Path) -> Path:
    return path.parent / FOLDER


def automatic_backup(
    path: Path, *, now: datetime | None = None, rotation: Rotation = ROTATION
) -> Path:
    """A consistent copy of `path` (SQLite's backup API) as backups/NAME-DATE.sqlite3, then the
    automatic backups that fell out of the rotation are deleted. Raises ExportError."""
    moment = (now or datetime.now()).replace(microsecond=0)
    target = backup(path, _in_folder(path, moment.strftime(_STAMP)), overwrite=True)
    rotate(path, rotation)
    return target


def backup_before_restore(path: Path) -> Path:
    """The current state, kept beside the automatic backups but never rotated out."""
    stamp = datetime.now().strftime(_STAMP)
    return backup(path, _in_folder(path, f"{_BEFORE_RESTORE}-{stamp}"), overwrite=True)


def rotate(path: Path, rotation: Rotation = ROTATION) -> list[Path]:
    """Delete the automatic backups of `path` the rotation no longer keeps; returns them."""
    taken = _automatic(path)
    kept = to_keep(list(taken), rotation)
    gone = [file for moment, file in taken.items() if moment not in kept]
    for file in gone:
        file.unlink(missing_ok=True)
    return gone


def stored_backups(path: Path) -> list[StoredBackup]:
    """Every backup of `path`, newest first: the folder's and those beside the file. The folder's
    are dated by their names (copying the folder keeps them right), the others by the file."""
    found: dict[Path, tuple[BackupKind, datetime | None]] = {
        file: (BackupKind.automatic, moment) for moment, file in _automatic(path).items()
    }
    for stamp, file in _stamped(path, _BEFORE_RESTORE + "-").items():
        found[file] = (BackupKind.before_restore, stamp)
    for file in backups_beside(path):
        kind = BackupKind.by_hand if file.suffix == path.suffix else BackupKind.before_upgrade
        found[file] = (kind, None)
    listed = []
    for file, (kind, named) in found.items():
        try:
            info = file.stat()
        except OSError:  # deleted meanwhile
            continue
        taken = named or datetime.fromtimestamp(info.st_mtime).replace(microsecond=0)
        listed.append(StoredBackup(file, kind, taken, info.st_size))
    return sorted(listed, key=lambda b: b.taken_at, reverse=True)


def _in_folder(path: Path, tail: str) -> Path:
    folder = backups_folder(path)
    folder.mkdir(exist_ok=True)
    return folder / f"{path.stem}-{tail}{path.suffix}"


def _automatic(path: Path) -> dict[datetime, Path]:
    return _stamped(path, "")


def _stamped(path: Path, tag: str) -> dict[datetime, Path]:
    """The folder's backups of `path` named NAME-{tag}DATE.suffix, by that date."""
    pattern = re.compile(
        rf"{re.escape(path.stem)}-{re.escape(tag)}(\d{{8}}-\d{{6}}){re.escape(path.suffix)}"
    )
    return {
        datetime.strptime(match.group(1), _STAMP): file
        for file in _listing(path)
        if (match := pattern.fullmatch(file.name))
    }


def _listing(path: Path) -> list[Path]:
    folder = backups_folder(path)
    return [file for file in folder.iterdir() if file.is_file()] if folder.is_dir() else []


def restore_in_place(path: Path, source: Path) -> Path:
    """File ▸ Restore from backup: the current state of `path` is copied into the backups
    folder first, then the backup `source` takes its place; returns that copy. A damaged
    backup is refused before anything changes."""
    if not is_sound(source):
        raise DatabaseRefused(source, Refusal.corrupt, "the backup does not pass the check")
    saved = backup_before_restore(path)
    restore_backup(path, source, keep_replaced=False)
    return saved

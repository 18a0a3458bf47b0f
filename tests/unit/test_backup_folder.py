"""Automatic backups in the backups folder beside the workbook: consistent copies, rotated
(12 daily, 10 weekly, 9 monthly), listed with the other backups; a restore saves the current
state first and refuses a damaged backup untouched."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.corrupt import wreck_table
from tests.factories import add_client_to_file, client_names_in_file
from workbook.store.backup_folder import (
    BackupKind,
    automatic_backup,
    backups_folder,
    restore_in_place,
    stored_backups,
)
from workbook.store.backups import backup, default_backup_path
from workbook.store.header import DatabaseRefused

NOW = datetime(2026, 12, 2, 17, 30)


def test_an_automatic_backup_is_a_consistent_copy_in_the_backups_folder(db_path: Path) -> None:
    add_client_to_file(db_path, "Kühne Logistik")
    copy = automatic_backup(db_path, now=NOW)
    assert copy == backups_folder(db_path) / "workbook-20261202-173000.sqlite3"
    assert copy.parent == db_path.parent / "backups"
    assert client_names_in_file(copy) == ["Kühne Logistik"]


def test_automatic_backups_rotate_out_and_others_stay(db_path: Path) -> None:
    add_client_to_file(db_path, "Kühne Logistik")
    by_hand = backup(db_path, default_backup_path(db_path))
    for day in range(250, -1, -1):  # a backup every day for more than nine months
        automatic_backup(db_path, now=NOW - timedelta(days=day))
    automatic = [b for b in stored_backups(db_path) if b.kind is BackupKind.automatic]
    # The 12 days up to today, the 7 Sundays of the weeks before them, and the ends of the 7
    # months before November (November's and December's last backups are among the 12 days).
    assert len(automatic) == 12 + 7 + 7
    assert min(b.taken_at for b in automatic).date() == date(2026, 4, 30)
    assert by_hand.exists()  # rotation is for the automatic ones only


def test_the_list_has_every_kind_with_date_and_size(db_path: Path) -> None:
    add_client_to_file(db_path, "Kühne Logistik")
    automatic_backup(db_path)
    by_hand = backup(db_path, default_backup_path(db_path))
    listed = stored_backups(db_path)
    assert {b.kind for b in listed} == {BackupKind.automatic, BackupKind.by_hand}
    assert listed[0].taken_at >= listed[-1].taken_at
    (hand,) = (b for b in listed if b.kind is BackupKind.by_hand)
    assert (hand.path, hand.size) == (by_hand, by_hand.stat().st_size)
    assert abs(hand.taken_at - datetime.now()) < timedelta(minutes=1)


def test_a_restore_saves_the_current_state_first(db_path: Path) -> None:
    add_client_to_file(db_path, "Kühne Logistik")
    older = automatic_backup(db_path, now=NOW)
    add_client_to_file(db_path, "Weiß & Söhne")
    saved = restore_in_place(db_path, older)
    assert client_names_in_file(db_path) == ["Kühne Logistik"]
    assert sorted(client_names_in_file(saved)) == ["Kühne Logistik", "Weiß & Söhne"]
    (before,) = (b for b in stored_backups(db_path) if b.kind is BackupKind.before_restore)
    assert before.path == saved
    assert not list(db_path.parent.glob("*.damaged-*"))  # its state lives on in `saved`
    automatic_backup(db_path, now=NOW + timedelta(minutes=1))
    assert saved.exists()  # never rotated out


def test_a_damaged_backup_is_refused_and_nothing_changes(db_path: Path, tmp_path: Path) -> None:
    add_client_to_file(db_path, "Kühne Logistik")
    broken = tmp_path / "broken.sqlite3"
    shutil.copyfile(automatic_backup(db_path, now=NOW), broken)
    wreck_table(broken, "client")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseRefused):
        restore_in_place(db_path, broken)
    assert db_path.read_bytes() == before
    assert not [b for b in stored_backups(db_path) if b.kind is BackupKind.before_restore]

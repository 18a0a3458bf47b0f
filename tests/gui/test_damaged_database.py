"""A damaged database is refused by the window with a message that offers the newest sound
backup; restoring it keeps the damaged file (issue 9, point 3)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.corrupt import break_utf8, wreck_table
from tests.factories import add_client_to_file
from workbook.cli.main import main
from workbook.store.backups import backup, default_backup_path
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "kunden.sqlite3"
    assert main(["demo", "--db", str(path), "--clients", "3"]) == 0
    add_client_to_file(path, "Nach dem Backup GmbH")
    wreck_table(path, "contact")
    return path


def _names(window: MainWindow) -> list[str]:
    tab = window.clients_tab
    assert tab is not None
    return [tab.model.row_at(row).name for row in range(tab.model.rowCount())]


def test_a_damaged_file_is_refused_and_its_backup_restored(
    window: MainWindow, qtbot: QtBot, damaged: Path, on_dialog: Callable[..., None]
) -> None:
    # A backup from before the last client was added, then the file was damaged.
    clean = damaged.with_name("clean.sqlite3")
    assert main(["demo", "--db", str(clean), "--clients", "3"]) == 0
    saved = backup(clean, default_backup_path(damaged))
    clean.unlink()
    seen: list[str] = []

    def restore(box: QMessageBox) -> None:
        seen.append(f"{box.text()}\n{box.informativeText()}")
        button = box.findChild(object, "restoreBackup")
        assert button is not None
        button.click()  # type: ignore[attr-defined]

    on_dialog(restore, QMessageBox)
    before = window.database
    assert not window.open_database(damaged, wait=True)
    assert window.database is before  # nothing changed while the question was open
    qtbot.waitUntil(lambda: window.database is not None and window.database.path == damaged)
    assert seen[0].startswith("The database file is damaged.")
    assert f"The newest sound backup beside it:\n{saved.name} (saved " in seen[0]
    assert "Nach dem Backup GmbH" not in _names(window)  # the backup's clients
    assert len(_names(window)) == 3
    kept = [p.name for p in damaged.parent.glob("kunden.sqlite3.damaged-*")]
    assert len(kept) == 1  # the damaged file is kept, not deleted


def test_a_damaged_file_without_a_backup_is_refused(
    window: MainWindow, damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    before = damaged.read_bytes()
    assert not window.open_database(damaged, wait=True)
    assert shown[0].startswith("The database file is damaged.")
    assert shown[0].endswith("No sound backup was found beside it.")
    assert damaged.read_bytes() == before


def test_text_that_is_not_utf8_is_shown_with_replacement_characters(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "text.sqlite3"
    add_client_to_file(path, "Zzyzx Rösterei")
    break_utf8(path, "Zzyzx Rösterei")
    assert window.open_database(path, wait=True)
    assert _names(window) == ["\ufffd\ufffdyzx Rösterei"]
    tab = window.clients_tab
    assert tab is not None
    assert tab.detail.facts.title.text() == "\ufffd\ufffdyzx Rösterei"

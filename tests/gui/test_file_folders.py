"""File dialogs open in the user's documents folder, then in the folder last used, never in
the folder the app was started from."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from workbook.ui.common import file_folders
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_documents_first_then_the_last_folder(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_folders, "_last", [])
    monkeypatch.chdir(tmp_path)  # where the app was started: never offered
    asked: list[str] = []
    answers = [str(tmp_path / "Berichte" / "Status.xlsx"), ""]

    def save(_parent: object, _title: str, where: str, *_args: object) -> tuple[str, str]:
        asked.append(where)
        return answers.pop(0), ""

    def open_(_parent: object, _title: str, where: str, *_args: object) -> tuple[str, str]:
        asked.append(where)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_)
    (tmp_path / "Berichte").mkdir()
    with qtbot.waitSignal(window.exports.finished, timeout=30000):
        window.menus.export_status.trigger()
    window.menus.export_status.trigger()
    window.menus.import_file.trigger()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(asked[0]).parent == Path(documents)
    assert Path(asked[1]).parent == tmp_path / "Berichte"
    assert Path(asked[2]) == tmp_path / "Berichte"

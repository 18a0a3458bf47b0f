"""Dialogs that open a file start in the user's documents folder, then in the folder last used,
never in the folder the app was started from."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from workbook.ui.common import file_folders
from workbook.ui.common.export_folder import documents_folder
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
OnDialog = Callable[..., None]


def test_documents_first_then_the_last_folder(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    on_dialog: OnDialog,
) -> None:  # fmt: skip
    monkeypatch.setattr(file_folders, "_last", [])
    monkeypatch.chdir(tmp_path)  # where the app was started: never offered
    lists = tmp_path / "Listen"
    lists.mkdir()
    (lists / "kunden.csv").write_text("Name;Branche\nNordlicht AG;Logistik\n", encoding="utf-8")
    asked: list[str] = []
    answers = [str(lists / "kunden.csv"), ""]

    def open_(_parent: object, _title: str, where: str, *_args: object) -> tuple[str, str]:
        asked.append(where)
        return answers.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_)
    on_dialog(QDialog.reject)
    window.menus.import_file.trigger()
    window.menus.import_file.trigger()
    assert [Path(where) for where in asked] == [documents_folder(), lists]

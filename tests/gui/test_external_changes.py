"""The window shows what another program writes to its file, e.g. `main.py import` while it
is open, and does not mistake its own edits for such news (issue 9, point 9)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.factories import make_client
from tests.users import ROOT
from workbook.domain.changes import ChangeSet, Entity
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def _names(window: MainWindow) -> list[str]:
    tab = window.clients_tab
    assert tab is not None
    return [tab.model.row_at(row).name for row in range(tab.model.rowCount())]


def _import_elsewhere(db: Path, tmp_path: Path, *names: str) -> None:
    csv = tmp_path / "clients.csv"
    csv.write_text("Name\n" + "".join(f"{name}\n" for name in names), encoding="utf-8")
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", "--db", str(db), str(csv)],
        check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


def test_rows_imported_by_the_command_line_appear(
    window: MainWindow, qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    assert _names(window) == []
    _import_elsewhere(db_path, tmp_path, "Zander KG", "Bäckerei Größl")
    qtbot.waitUntil(lambda: _names(window) == ["Bäckerei Größl", "Zander KG"], timeout=6000)
    assert window.statusBar().currentMessage() == ("Updated with changes made by another program")


def test_own_edits_are_not_taken_for_news(window: MainWindow, qtbot: QtBot) -> None:
    assert window.database is not None
    seen: list[ChangeSet] = []
    window.data_changed.connect(seen.append)
    created = make_client(window.database.workspace.clients, "Eigene GmbH")
    window.apply_changes(ChangeSet.of(Entity.client, created_id=created))
    with qtbot.waitSignal(window.external.polled) as polled:
        window.external.poll()
    assert polled.args == [False]
    assert seen == [ChangeSet.of(Entity.client, created_id=created)]  # no refresh of everything
    assert _names(window) == ["Eigene GmbH"]

"""What the user sized stays so on the next run: the engagement window and the Clients tab's
split between list and pane come back from the same settings file (the main window's geometry:
test_main_window)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from tests.engagement_factories import make_engagement
from tests.factories import make_client
from tests.gui.editors import the_editor
from workbook.app import build_window
from workbook.ui.common.i18n import Translations
from workbook.ui.shell.main_window import MainWindow
from workbook.ui.shell.settings import Settings

pytestmark = pytest.mark.gui


@pytest.fixture
def next_run(
    qtbot: QtBot, db_path: Path, settings: Settings, translations: Translations
) -> Iterator[list[MainWindow]]:
    """The window of the next start, built on demand over the same database and settings."""
    made: list[MainWindow] = []
    yield made
    for window in made:
        window.close()


def _start(made: list[MainWindow], qtbot: QtBot, db_path: Path, settings: Settings,
           translations: Translations) -> MainWindow:  # fmt: skip
    window = build_window(settings, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_database(db_path, wait=True)
    made.append(window)
    return window


def _splitter(window: MainWindow) -> QSplitter:
    tab = window.clients_tab
    assert tab is not None
    window.tabs.setCurrentWidget(tab)
    return tab.findChild(QSplitter, "clientsSplit")


def _list_share(split: QSplitter) -> float:
    first, second = split.sizes()
    return first / (first + second)


def test_the_editor_and_the_split_come_back_as_the_user_left_them(
    window: MainWindow, qtbot: QtBot, db_path: Path, settings: Settings,
    translations: Translations, next_run: list[MainWindow],
) -> None:  # fmt: skip
    assert window.database is not None
    workspace = window.database.workspace
    engagement = make_engagement(
        workspace.engagements, make_client(workspace.clients, "Bäckerei Größl"), "Kassensystem"
    )
    split = _splitter(window)
    split.setSizes([300, 440])
    split.splitterMoved.emit(300, 1)  # as a drag of the handle says it
    share = _list_share(split)
    window.navigator.open_engagement(engagement)
    editor = the_editor(window)
    editor.resize(1111, 777)
    editor.close()
    window.close()

    settings.sync()
    # the next start reads the file anew: nothing kept in this process counts
    settings = Settings(QSettings(settings.file_name(), QSettings.Format.IniFormat))
    assert settings.window_size("engagement") == QSize(1111, 777)
    again = _start(next_run, qtbot, db_path, settings, translations)
    # the same share of the width (the test screen may give the window another width)
    assert _list_share(_splitter(again)) == pytest.approx(share, abs=0.02)
    again.navigator.open_engagement(engagement)
    assert the_editor(again).size().toTuple() == (1111, 777)

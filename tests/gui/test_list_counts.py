"""Every list says how many rows its filters find, beside the list: a short first page counts
itself, a full one is counted in SQL after it shows; in German after a switch at run time."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from tests.engagement_factories import make_change, make_engagement
from tests.factories import make_client
from tests.gui.keyboard import type_text
from workbook.domain.changes import ChangeSet
from workbook.services.journal.shapes import JournalInput
from workbook.ui.common.list_tab import ListTab
from workbook.ui.common.table_model import PAGE
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def _tab(window: MainWindow, key: str) -> ListTab[object]:
    tab = window.feature_tabs[key]
    assert isinstance(tab, ListTab)
    window.tabs.setCurrentWidget(tab)
    return tab


def _counts(window: MainWindow) -> dict[str, str]:
    keys = ("clients", "engagements", "changes", "support", "journal")
    return {key: _tab(window, key).count.text() for key in keys}


def test_every_list_says_how_many_rows_it_shows(window: MainWindow, qtbot: QtBot) -> None:
    assert window.database is not None
    workspace = window.database.workspace
    kuehne = make_client(workspace.clients, "Kühne Zahntechnik")
    make_client(workspace.clients, "Müller & Söhne GmbH")
    engagement_id = make_engagement(workspace.engagements, kuehne, "Laborsoftware")
    make_change(workspace.changes, engagement_id)
    workspace.journal.add(kuehne, JournalInput(date.today(), summary="Rückruf"))
    window.apply_changes(ChangeSet.everything())
    expected = {
        "clients": "Clients: 2",
        "engagements": "Engagements: 1",
        "changes": "Change requests: 1",
        "support": "Support plans: 0",
        "journal": "Entries: 1",
    }
    qtbot.waitUntil(lambda: _counts(window) == expected)
    clients = _tab(window, "clients")
    type_text(qtbot, clients.filter, "kühne")
    qtbot.waitUntil(lambda: clients.count.text() == "Clients: 1")
    window.switch_language("de")
    qtbot.waitUntil(
        lambda: (
            _counts(window)
            == {
                "clients": "Kunden: 1",
                "engagements": "Aufträge: 1",
                "changes": "Änderungswünsche: 1",
                "support": "Supportvereinbarungen: 0",
                "journal": "Einträge: 1",
            }
        )
    )


def test_a_list_longer_than_its_first_page_is_counted_in_full(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.database is not None
    workspace = window.database.workspace
    client_id = make_client(workspace.clients, "Kühne Zahntechnik")
    for n in range(PAGE + 2):
        workspace.journal.add(client_id, JournalInput(date.today(), summary=f"Anruf {n}"))
    workspace.journal.add(client_id, JournalInput(date.today(), summary="Rückruf Frau Kühne"))
    journal = _tab(window, "journal")
    window.apply_changes(ChangeSet.everything())
    qtbot.waitUntil(lambda: journal.count.text() == f"Entries: {PAGE + 3}")
    assert journal.model.rowCount() == PAGE  # the rest arrives as the view scrolls
    type_text(qtbot, journal.filter, "Rückruf")
    qtbot.waitUntil(lambda: journal.count.text() == "Entries: 1")

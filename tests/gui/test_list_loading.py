"""How every list loads: off the UI thread with the previous page shown meanwhile, the newest
answer only, page by page as the view scrolls, one touched row re-read in place, and the
columns each list shows chosen in the header's menu and remembered."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.engagement_factories import make_change, make_engagement
from tests.factories import make_client
from workbook.app import build_window
from workbook.services.journal.shapes import JournalInput
from workbook.services.support.shapes import SupportPlanInput
from workbook.ui.clients.tab import ClientsTab
from workbook.ui.common import list_tab, table_model
from workbook.ui.common.i18n import Translations
from workbook.ui.common.list_tab import ListTab
from workbook.ui.shell.main_window import MainWindow
from workbook.ui.shell.settings import Settings

pytestmark = pytest.mark.gui


def _clients_tab(window: MainWindow) -> ClientsTab:
    assert window.clients_tab is not None
    return window.clients_tab


def _names(tab: ClientsTab) -> list[str]:
    return [tab.model.index(row, 0).data() for row in range(tab.model.rowCount())]


def _with_clients(window: MainWindow, *names: str) -> ClientsTab:
    assert window.database is not None
    for name in names:
        make_client(window.database.workspace.clients, name)
    tab = _clients_tab(window)
    tab.reload()
    return tab


def _all_answers_in() -> None:
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()


def test_the_previous_page_stays_until_the_next_one_arrives(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = _with_clients(window, "Alpha AG", "Beta GmbH", "Gamma KG")
    tab.loader.settle_ms = 0  # as if every query were slow
    tab.filter.setText("beta")
    tab.apply_filter()
    # asked, not answered yet: the list shows what it showed, the pointer says it is busy
    assert _names(tab) == ["Alpha AG", "Beta GmbH", "Gamma KG"]
    assert tab.loader.busy
    assert tab.view.viewport().cursor().shape() == Qt.CursorShape.BusyCursor
    qtbot.waitUntil(lambda: _names(tab) == ["Beta GmbH"])
    assert not tab.loader.busy
    assert tab.view.viewport().cursor().shape() == Qt.CursorShape.ArrowCursor
    assert tab.selected_id() == tab.model.row_at(0).id  # type: ignore[union-attr]


def test_only_the_newest_answer_is_shown(window: MainWindow, qtbot: QtBot) -> None:
    tab = _with_clients(window, "Alpha AG", "Beta GmbH", "Gamma KG")
    tab.loader.settle_ms = 0
    shown: list[list[str]] = []
    tab.model.modelReset.connect(lambda: shown.append(_names(tab)))
    for typed in ("a", "al", "gam"):  # three keystrokes, each asking before the last answered
        tab.filter.setText(typed)
        tab.apply_filter()
    _all_answers_in()
    qtbot.waitUntil(lambda: not tab.loader.busy)
    _all_answers_in()
    assert shown == [["Gamma KG"]]


def test_a_selection_asked_for_while_loading_waits_for_the_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = _with_clients(window, "Alpha AG", "Beta GmbH")
    assert window.database is not None
    created = make_client(window.database.workspace.clients, "Delta SE")
    tab.loader.settle_ms = 0
    tab.reload()
    tab.select(created)  # not in the rows shown yet
    qtbot.waitUntil(lambda: not tab.loader.busy)
    assert tab.selected_id() == created


def test_rows_arrive_page_by_page_as_the_view_scrolls(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    for module in (table_model, list_tab):
        monkeypatch.setattr(module, "PAGE", 50)
    window.resize(1280, 800)  # some 30 rows in view: the first page fills more than that
    tab = _with_clients(window, *(f"Kunde {n:03d}" for n in range(120)))
    assert tab.model.rowCount() == 50  # the first page only
    assert tab.model.canFetchMore()
    end = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(tab.view, Qt.Key.Key_End, end)  # the view asks for more at the end
    qtbot.waitUntil(lambda: tab.model.rowCount() > 50)  # another page, or two
    qtbot.wait(50)  # the view lays the new rows out before it scrolls to them
    qtbot.keyClick(tab.view, Qt.Key.Key_End, end)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 120)
    assert not tab.model.canFetchMore()
    assert _names(tab)[-1] == "Kunde 119"


def test_an_edited_row_is_read_again_in_its_place(window: MainWindow, qtbot: QtBot) -> None:
    tab = _with_clients(window, "Alpha AG", "Beta GmbH", "Gamma KG")
    assert window.database is not None
    clients = window.database.workspace.clients
    beta = clients.list(dataclasses.replace(tab._query, text="beta"))[0]
    resets: list[int] = []
    changed: list[int] = []
    tab.model.modelReset.connect(lambda: resets.append(1))
    tab.model.dataChanged.connect(lambda first, _last: changed.append(first.row()))
    detail = clients.get(beta.id)
    data = dataclasses.replace(detail.as_input(), name="Zeta GmbH", tags="Bestand")
    tab.context.run("Rename", lambda: clients.update(beta.id, data, version=detail.version))
    # the one row, where it stood (no re-sort until the next reload), and nothing else
    assert resets == []
    assert changed == [1]
    assert _names(tab) == ["Alpha AG", "Zeta GmbH", "Gamma KG"]
    renamed = tab.model.row_at(1)
    assert renamed is not None
    assert renamed.tags == "Bestand"
    # a write that adds a row reloads the list
    tab.context.run("New", lambda: clients.create(dataclasses.replace(data, name="Aaron OHG")))
    assert resets == [1]
    assert _names(tab) == ["Aaron OHG", "Alpha AG", "Gamma KG", "Zeta GmbH"]


def test_a_row_that_leaves_the_filter_leaves_the_list(window: MainWindow) -> None:
    tab = _with_clients(window, "Alpha AG", "Beta GmbH")
    assert window.database is not None
    clients = window.database.workspace.clients
    alpha = tab.model.row_at(0)
    assert alpha is not None
    version = clients.get(alpha.id).version
    tab.context.run("Archive", lambda: clients.archive(alpha.id, version=version))
    assert _names(tab) == ["Beta GmbH"]


def _shown_keys(tab: ListTab[object]) -> list[str]:
    header = tab.view.horizontalHeader()
    keys = [tab.model.column_key(n) for n in range(tab.model.columnCount())]
    return [key for n, key in enumerate(keys) if not header.isSectionHidden(n)]


def test_every_list_fits_1280_pixels_at_first(window: MainWindow, qtbot: QtBot) -> None:
    assert window.database is not None
    workspace = window.database.workspace
    long = "Informationssicherheit nach ISO 27001 vorbereiten und im Betrieb verankern"
    client = make_client(workspace.clients, "Weißenfels Architekten PartGmbB & Co. KG")
    engagement = make_engagement(workspace.engagements, client, long)
    make_change(workspace.changes, engagement, long)
    workspace.journal.add(client, JournalInput(date.today(), summary=long))
    workspace.support.add_plan(SupportPlanInput(client, long, date.today()))
    window.resize(1280, 800)
    too_wide = {}
    for key, tab in window.feature_tabs.items():
        if not isinstance(tab, ListTab):
            continue
        window.tabs.setCurrentWidget(tab)
        tab.reload()
        qtbot.waitUntil(tab.view.isVisible)
        header = tab.view.horizontalHeader()
        shown = [n for n in range(header.count()) if not header.isSectionHidden(n)]
        last = shown[-1]  # it stretches over what is left
        needed = sum(header.sectionSize(n) for n in shown if n != last)
        needed += header.sectionSizeHint(last)
        if needed > tab.view.viewport().width():
            too_wide[key] = (needed, tab.view.viewport().width())
    assert too_wide == {}


def test_the_columns_chosen_are_remembered(
    window: MainWindow, qtbot: QtBot, settings: Settings, translations: Translations,
    db_path: Path,
) -> None:  # fmt: skip
    tab = window.engagements_tab
    assert tab is not None
    assert "billing_model" not in _shown_keys(tab)  # too wide for 1280 pixels at first
    menu = tab.columns.menu()
    entries = {action.objectName(): action for action in menu.actions()}
    assert entries["column_billing_model"].text() == "Billing"
    entries["column_billing_model"].trigger()  # shown
    entries["column_reference"].trigger()  # hidden
    assert "billing_model" in _shown_keys(tab)
    assert "reference" not in _shown_keys(tab)
    window.close()
    again = build_window(settings, translations)
    qtbot.addWidget(again)
    again.show()
    assert again.open_database(db_path, wait=True)
    tab = again.engagements_tab
    assert tab is not None
    assert "billing_model" in _shown_keys(tab)
    assert "reference" not in _shown_keys(tab)
    again.close()


def test_the_last_shown_column_cannot_be_hidden(window: MainWindow) -> None:
    tab = _clients_tab(window)
    keys = _shown_keys(tab)  # type: ignore[arg-type]
    for key in keys[1:]:
        tab.columns.set_shown(key, False)
    assert _shown_keys(tab) == keys[:1]  # type: ignore[arg-type]
    (only,) = [a for a in tab.columns.menu().actions() if a.isChecked()]
    assert not only.isEnabled()
    tab.columns.set_shown(keys[0], False)
    assert _shown_keys(tab) == keys[:1]  # type: ignore[arg-type]


def test_typing_asks_once_when_the_typing_pauses(window: MainWindow, qtbot: QtBot) -> None:
    tab = _with_clients(window, "Alpha AG", "Beta GmbH", "Gamma KG")
    tab.loader.settle_ms = 0
    shown: list[list[str]] = []
    tab.model.modelReset.connect(lambda: shown.append(_names(tab)))
    tab.filter_timer.setInterval(2000)  # a pause however slowly this busy machine types
    tab.filter.setFocus()
    qtbot.keyClicks(tab.filter, "gamma")  # five keys, each before the pause is over
    assert shown == []  # nothing asked while typing: the keys never wait for the database
    qtbot.waitUntil(lambda: shown == [["Gamma KG"]], timeout=5000)


def test_the_next_rows_are_fetched_off_the_ui_thread_once(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    for module in (table_model, list_tab):
        monkeypatch.setattr(module, "PAGE", 50)
    window.resize(1280, 800)
    tab = _with_clients(window, *(f"Kunde {n:03d}" for n in range(120)))
    tab.model.batches.settle_ms = 0  # as if every batch were slow
    tab.model.fetchMore()
    assert tab.model.rowCount() == 50  # asked, not arrived: scrolling goes on meanwhile
    assert not tab.model.canFetchMore()  # the same rows are not asked for twice
    qtbot.waitUntil(lambda: tab.model.rowCount() == 100)
    tab.model.fetchMore()
    tab.reload()  # the list is replaced before the batch arrives: it is dropped
    _all_answers_in()
    assert _names(tab) == [f"Kunde {n:03d}" for n in range(50)]

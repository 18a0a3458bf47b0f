"""Drive the Clients tab like a user: keyboard, form, undo, archive, contacts, language."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.factories import make_client, make_contact
from tests.gui.keyboard import type_text
from workbook.services.clients.shapes import ClientQuery
from workbook.ui.clients.tab import ClientsTab
from workbook.ui.common.i18n import format_date
from workbook.ui.common.record_dialog import RecordDialog
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
OnDialog = Callable[[Callable[[QDialog], None]], None]


def _tab(window: MainWindow) -> ClientsTab:
    assert window.clients_tab is not None
    return window.clients_tab


def _visible_names(tab: ClientsTab) -> list[str]:
    model = tab.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _db_names(window: MainWindow, *, archived: bool = False) -> list[str]:
    assert window.database is not None
    clients = window.database.workspace.clients
    return [row.name for row in clients.list(ClientQuery(include_archived=archived))]


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _type_client(qtbot: QtBot, name: str) -> Callable[[QDialog], None]:
    def fill(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "name"), name)
        type_text(qtbot, dialog.findChild(QLineEdit, "industry"), "Maschinenbau")
        _ok(dialog)

    return fill


def test_empty_database_shows_how_to_start(window: MainWindow) -> None:
    tab = _tab(window)
    assert tab.stack.currentWidget() is tab.empty
    assert "Ctrl+N" in tab.empty.text()


def test_create_client_with_ctrl_n_then_undo_and_redo(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    tab = _tab(window)
    qtbot.waitUntil(tab.filter.hasFocus)  # the empty tab puts the cursor in the filter
    on_dialog(_type_client(qtbot, "Müller & Söhne GmbH"))
    qtbot.keyClick(tab.filter, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert _visible_names(tab) == ["Müller & Söhne GmbH"]
    assert _db_names(window) == ["Müller & Söhne GmbH"]
    assert tab.detail.facts.title.text() == "Müller & Söhne GmbH"

    window.activateWindow()  # offscreen has no window manager to hand activation back
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _visible_names(tab) == []
    assert _db_names(window) == []
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, redo)
    assert _db_names(window) == ["Müller & Söhne GmbH"]
    assert _visible_names(tab) == ["Müller & Söhne GmbH"]


def test_invalid_input_shows_message_at_the_field_and_saves_nothing(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    assert window.database is not None
    make_client(window.database.workspace.clients, "Bäckerei Größl")
    seen: dict[str, object] = {}

    def submit_duplicate(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        _ok(dialog)  # empty name
        seen["empty"] = dialog.form.error_text("name")
        type_text(qtbot, dialog.findChild(QLineEdit, "name"), "bäckerei größl")
        _ok(dialog)
        seen["duplicate"] = dialog.form.error_text("name")
        seen["still_open"] = dialog.isVisible()
        seen["image"] = dialog.grab()
        dialog.reject()

    on_dialog(submit_duplicate)
    _tab(window).new_action.trigger()
    assert seen["empty"] == "Please fill in this field."
    assert seen["duplicate"] == "An active client with this name already exists."
    assert seen["still_open"] is True
    assert _db_names(window) == ["Bäckerei Größl"]
    assert window.undo_stack.count() == 0


def test_archive_hides_and_restore_brings_back(window: MainWindow, qtbot: QtBot) -> None:
    assert window.database is not None
    make_client(window.database.workspace.clients, "Alt KG")
    tab = _tab(window)
    tab.reload()
    tab.select(1)
    tab.take_focus()
    qtbot.waitUntil(tab.view.hasFocus)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert _visible_names(tab) == []
    assert _db_names(window) == []
    assert _db_names(window, archived=True) == ["Alt KG"]

    qtbot.mouseClick(tab.show_archived, Qt.MouseButton.LeftButton)
    assert _visible_names(tab) == ["Alt KG"]
    tab.select(1)
    assert tab.detail.facts.badge.isVisible()
    assert tab.archive_action.text() == "&Restore"
    tab.archive_action.trigger()
    assert _db_names(window) == ["Alt KG"]
    assert not tab.detail.facts.badge.isVisible()
    window.undo_action.trigger()  # undo the restore: archived again
    assert _db_names(window) == []


def test_add_and_remove_contact(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.database is not None
    make_client(window.database.workspace.clients, "Acme Ltd")
    tab = _tab(window)
    tab.reload()
    tab.select(1)
    assert tab.detail.contacts.no_contacts.isVisible()

    def fill(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "name"), "Özlem Yılmaz")
        type_text(qtbot, dialog.findChild(QLineEdit, "email"), "oezlem@acme")
        _ok(dialog)  # refused: no dot in the domain
        assert dialog.isVisible()
        type_text(qtbot, dialog.findChild(QLineEdit, "email"), ".co.uk")
        _ok(dialog)

    on_dialog(fill)
    qtbot.mouseClick(tab.detail.findChild(QPushButton, "addContact"), Qt.MouseButton.LeftButton)
    contacts = tab.detail.contacts.contacts
    assert contacts.count() == 1
    assert contacts.item(0).text() == "Özlem Yılmaz\noezlem@acme.co.uk"
    assert window.database.workspace.clients.get(1).contacts[0].name == "Özlem Yılmaz"

    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    tab.detail.contacts.select_contact(1)
    qtbot.mouseClick(tab.detail.contacts.remove_button, Qt.MouseButton.LeftButton)
    assert contacts.count() == 0
    window.undo_action.trigger()
    assert contacts.count() == 1
    assert window.database.workspace.clients.contact(1).email == "oezlem@acme.co.uk"


def test_filter_narrows_the_list_in_sql(window: MainWindow, qtbot: QtBot) -> None:
    assert window.database is not None
    clients = window.database.workspace.clients
    make_client(clients, "Müller GmbH")
    make_contact(clients, make_client(clients, "Acme Ltd"), "Jürgen Weiß")
    tab = _tab(window)
    tab.reload()
    type_text(qtbot, tab.filter, "jürgen")
    qtbot.waitUntil(lambda: _visible_names(tab) == ["Acme Ltd"])
    tab.filter.clear()
    type_text(qtbot, tab.filter, "nobody")
    qtbot.waitUntil(lambda: tab.stack.currentWidget() is tab.empty)
    assert "nobody" in tab.empty.text()


def test_sort_by_header_click(window: MainWindow, qtbot: QtBot) -> None:
    assert window.database is not None
    clients = window.database.workspace.clients
    make_client(clients, "Alpha", industry="Zoll")
    make_client(clients, "Beta", industry="Agentur")
    tab = _tab(window)
    tab.reload()
    tab.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _visible_names(tab) == ["Beta", "Alpha"]
    tab.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _visible_names(tab) == ["Beta", "Alpha"]


def test_switch_to_german_relabels_everything(window: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(window)
    window.menus.language_actions["de"].trigger()
    qtbot.waitUntil(lambda: window.menus.file.title() == "&Datei")  # LanguageChange is posted
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "&Kunden"
    assert tab.model.headerData(1, Qt.Orientation.Horizontal) == "Branche"
    assert tab.new_action.text() == "&Neuer Kunde…"
    assert window._deps.settings.language == "de"
    window.menus.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(window.tabs.indexOf(tab)) == "&Clients")


def test_silent_clients_are_flagged_and_archived_ones_muted(window: MainWindow) -> None:
    from datetime import date, timedelta

    from PySide6.QtGui import QColor, QFont

    from workbook.domain.enums import JournalKind
    from workbook.services.sessions import writing
    from workbook.store.models import JournalEntry

    assert window.database is not None
    clients = window.database.workspace.clients
    silent = make_client(clients, "Stille GmbH", feedback_interval_days=14)
    recent = make_client(clients, "Rege AG", feedback_interval_days=14)
    old = make_client(clients, "Alt KG")
    clients.archive(old, version=1)
    with writing(window.database.database) as session:
        for client_id, days in ((silent, 40), (recent, 3)):
            session.add(JournalEntry(client_id=client_id, kind=JournalKind.call,
                                     occurred_on=date.today() - timedelta(days=days)))  # fmt: skip
    tab = _tab(window)
    tab.show_archived.setChecked(True)
    model = tab.model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    days = model.column_index("days_since_feedback")
    silent_days = model.index(rows["Stille GmbH"], days)
    assert silent_days.data() == "40"
    red = silent_days.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(red, QColor)
    assert red.name() == "#b3261e"
    tip = silent_days.data(Qt.ItemDataRole.ToolTipRole)
    assert "every 14 days" in tip
    assert format_date(date.today() - timedelta(days=40)) in tip
    assert model.index(rows["Rege AG"], days).data(Qt.ItemDataRole.ForegroundRole) is None
    font = model.index(rows["Alt KG"], 0).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.italic()
    tab.select(silent)
    assert "follow up!" in tab.detail.findChild(QLabel, "detail_interval").text()


def test_the_headers_explain_the_red_days_and_the_last_contact(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = _tab(window)

    def tip(key: str) -> str:
        column = tab.model.column_index(key)
        return str(
            tab.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        )

    assert "red" in tip("days_since_feedback")
    assert "journal" in tip("last_contact")
    window.switch_language("de")
    qtbot.wait(10)
    assert "rot" in tip("days_since_feedback")
    assert "Journal" in tip("last_contact")


def test_undo_over_a_change_made_elsewhere_is_refused_with_a_message(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    """Another window (or a colleague) renamed the client after our edit: Ctrl+Z must not
    overwrite that. One message, their name stays, and the step leaves the undo stack."""
    assert window.database is not None
    clients = window.database.workspace.clients
    client_id = make_client(clients, "Alt GmbH")
    tab = _tab(window)
    tab.reload()
    tab.select(client_id)

    def rename(dialog: QDialog) -> None:
        name = dialog.findChild(QLineEdit, "name")
        name.selectAll()
        type_text(qtbot, name, "Meins GmbH")
        _ok(dialog)

    on_dialog(rename)
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    assert _db_names(window) == ["Meins GmbH"]
    elsewhere = clients.get(client_id)
    clients.update(client_id, dataclasses.replace(elsewhere.as_input(), name="Von nebenan"),
                   version=elsewhere.version)  # fmt: skip
    told: list[str] = []

    def read_and_close(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        told.append(dialog.text())
        dialog.accept()

    on_dialog(read_and_close, QMessageBox)
    steps = window.undo_stack.count()
    window.undo_stack.undo()
    assert len(told) == 1
    assert "changed in the meantime" in told[0]
    assert _db_names(window) == ["Von nebenan"]
    assert _visible_names(tab) == ["Von nebenan"]  # the list shows the current state
    assert window.undo_stack.count() == steps - 1


def test_editing_a_client_keeps_and_shows_its_company_email_and_phone(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    """A client imported with a general inbox and a switchboard number: editing its industry
    must not wipe them, and the form shows them (checked like a contact's)."""
    assert window.database is not None
    clients = window.database.workspace.clients
    client_id = make_client(
        clients, "Nordlicht AG", email="info@nordlicht.example", phone="+49 40 123456"
    )
    tab = _tab(window)
    tab.reload()
    tab.select(client_id)
    seen: dict[str, object] = {}

    def refuse_then_change(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        email = dialog.findChild(QLineEdit, "email")
        seen["shown"] = (email.text(), dialog.findChild(QLineEdit, "phone").text())
        email.clear()
        type_text(qtbot, email, "info(at)nordlicht")
        _ok(dialog)
        seen["refused"] = dialog.form.error_text("email")
        email.clear()
        type_text(qtbot, email, "hallo@nordlicht.example")
        type_text(qtbot, dialog.findChild(QLineEdit, "industry"), "Logistik")
        _ok(dialog)

    on_dialog(refuse_then_change)
    tab.edit_action.trigger()
    assert seen["shown"] == ("info@nordlicht.example", "+49 40 123456")
    assert tab.detail.facts.values["email"].text() == "hallo@nordlicht.example"
    assert tab.detail.facts.values["phone"].text() == "+49 40 123456"
    assert seen["refused"] == "This is not an e-mail address (name@example.com)."
    stored = clients.get(client_id)
    assert (stored.industry, stored.email, stored.phone) == (
        "Logistik",
        "hallo@nordlicht.example",
        "+49 40 123456",
    )


def test_the_empty_list_says_archived_clients_are_hidden(window: MainWindow, qtbot: QtBot) -> None:
    assert window.database is not None
    make_client(window.database.workspace.clients, "Alt KG")
    tab = _tab(window)
    tab.reload()
    tab.select(1)
    tab.archive_action.trigger()
    assert tab.stack.currentWidget() is tab.empty
    assert tab.empty.text() == (
        "No active clients. Archived clients are hidden: tick “Show archived” to see them,\n"
        "or press Ctrl+N to create a client."
    )
    type_text(qtbot, tab.filter, "alt")
    tab.apply_filter()
    assert tab.empty.text() == (
        "No client matches “alt”.\nArchived ones are hidden: tick “Show archived” to include them."
    )
    qtbot.mouseClick(tab.show_archived, Qt.MouseButton.LeftButton)
    assert _visible_names(tab) == ["Alt KG"]


def test_the_pane_says_yesterday_not_one_days_ago(window: MainWindow) -> None:
    from datetime import date, timedelta

    from workbook.domain.enums import JournalKind
    from workbook.services.journal.shapes import JournalInput

    assert window.database is not None
    workspace = window.database.workspace
    client = make_client(workspace.clients, "Alt KG", feedback_interval_days=14)
    yesterday = date.today() - timedelta(days=1)
    workspace.journal.add(client, JournalInput(yesterday, JournalKind.feedback, "Gut"))
    tab = _tab(window)
    tab.reload()
    tab.select(client)
    assert tab.detail.facts.values["interval"].text() == "every 14 days · last yesterday"


def test_ctrl_z_takes_back_a_create_and_two_renames_one_by_one_and_redoes_them(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    """Each undo counts the client's version on; the step before must still undo."""
    tab = _tab(window)
    qtbot.waitUntil(tab.filter.hasFocus)
    on_dialog(_type_client(qtbot, "Kühne Logistik"))
    qtbot.keyClick(tab.filter, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    def rename(to: str) -> Callable[[QDialog], None]:
        def fill(dialog: QDialog) -> None:
            name = dialog.findChild(QLineEdit, "name")
            name.selectAll()
            type_text(qtbot, name, to)
            _ok(dialog)

        return fill

    assert window.database is not None
    (created,) = window.database.workspace.clients.list(ClientQuery())
    tab.select(created.id)
    for to in ("Kühne + Nagel", "Kühne & Nagel AG"):
        window.activateWindow()  # offscreen has no window manager to hand activation back
        qtbot.waitUntil(window.isActiveWindow)
        on_dialog(rename(to))
        qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    assert _db_names(window) == ["Kühne & Nagel AG"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    undo, redo = (
        Qt.KeyboardModifier.ControlModifier,
        (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    )
    seen = []
    for _ in range(3):
        qtbot.keyClick(tab.view, Qt.Key.Key_Z, undo)
        seen.append(_visible_names(tab))
    assert seen == [["Kühne + Nagel"], ["Kühne Logistik"], []]
    assert _db_names(window) == []
    seen = []
    for _ in range(3):
        qtbot.keyClick(tab.view, Qt.Key.Key_Z, redo)
        seen.append(_db_names(window))
    assert seen == [["Kühne Logistik"], ["Kühne + Nagel"], ["Kühne & Nagel AG"]]
    assert _visible_names(tab) == ["Kühne & Nagel AG"]

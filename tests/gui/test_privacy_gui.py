"""Data protection in the window (issue 15, point 7): a client's or a contact's personal data
exported as a workbook, and erased only once the name is typed; both in the audit table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.engagement_factories import make_engagement, make_goal
from tests.factories import make_client, make_contact
from workbook.domain.changes import ChangeSet
from workbook.domain.enums import AuditAction
from workbook.services.clients.shapes import ClientQuery
from workbook.services.journal.shapes import JournalInput
from workbook.ui.clients.privacy import ErasureDialog
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def filled(window: MainWindow) -> dict[str, int]:
    assert window.database is not None
    workspace = window.database.workspace
    client = make_client(workspace.clients, "Bäckerei Größl", notes="intern: zahlt spät")
    signer = make_contact(workspace.clients, client, "Jürgen Weiß", notes="mag kurze Mails")
    loner = make_contact(workspace.clients, client, "Eva Ohnebezug")
    engagement = make_engagement(workspace.engagements, client, "Schichtplanung")
    make_goal(workspace.agreements, engagement, "Pläne digital", signed_off_by_id=signer,
              signed_off_on=date(2026, 11, 2))  # fmt: skip
    workspace.journal.add(client, JournalInput(date(2026, 11, 2), summary="Sehr zufrieden"))
    other = make_client(workspace.clients, "Andere GmbH")
    window.apply_changes(ChangeSet.everything())
    tab = window.clients_tab
    assert tab is not None
    tab.select(client)
    return {"client": client, "signer": signer, "loner": loner, "other": other}


def _type_and_erase(typed: list[str]) -> Callable[[ErasureDialog], None]:
    def handle(dialog: ErasureDialog) -> None:
        for text in typed:
            dialog.typed.clear()
            dialog.typed.insert(text)  # as typed (QTest.keyClicks aborts on "ö" here)
            if not dialog.erase_button.isEnabled():
                continue
            dialog.erase_button.click()
            return
        dialog.reject()

    return handle


def test_a_client_is_erased_only_once_its_name_is_typed(
    window: MainWindow, filled: dict[str, int], on_dialog: Callable[..., None]
) -> None:
    assert window.database is not None
    workspace = window.database.workspace
    tab = window.clients_tab
    assert tab is not None
    tab.client_actions.archive_client(filled["other"])  # a step to undo
    assert window.undo_stack.count() == 1
    tab.select(filled["client"])
    on_dialog(_type_and_erase(["Bäckerei", "bäckerei größl"]), ErasureDialog)
    tab.erase_action.trigger()
    assert workspace.clients.count(ClientQuery(include_archived=True)) == 2  # not typed exactly
    on_dialog(_type_and_erase(["Bäckerei Größl"]), ErasureDialog)
    tab.erase_action.trigger()
    names = [r.name for r in workspace.clients.list(ClientQuery(include_archived=True))]
    assert names == ["Andere GmbH"]
    assert tab.model.rowCount() == 0  # the other client is archived, this one gone
    assert window.undo_stack.count() == 0  # no earlier step can bring erased data back
    assert [e.action for e in workspace.privacy.audit()] == [AuditAction.erase]
    assert "Bäckerei Größl erased." in window.statusBar().currentMessage()


def test_a_contact_named_by_a_goal_is_anonymised_from_the_contacts_pane(
    window: MainWindow, filled: dict[str, int], on_dialog: Callable[..., None]
) -> None:
    assert window.database is not None
    workspace = window.database.workspace
    tab = window.clients_tab
    assert tab is not None
    contacts = tab.detail.contacts
    contacts.select_contact(filled["signer"])
    on_dialog(_type_and_erase(["Jürgen Weiß"]), ErasureDialog)
    contacts.erase_action.trigger()
    assert workspace.clients.contact(filled["signer"]).name == "—"
    contacts.select_contact(filled["loner"])
    on_dialog(_type_and_erase(["Eva Ohnebezug"]), ErasureDialog)
    contacts.erase_action.trigger()
    remaining = [c.name for c in workspace.clients.get(filled["client"]).contacts]
    assert remaining == ["—"]
    assert [e.action for e in workspace.privacy.audit()] == [
        AuditAction.anonymise, AuditAction.erase,
    ]  # fmt: skip


@pytest.mark.parametrize("who", ["client", "contact"])
def test_personal_data_is_exported_as_a_workbook_and_audited(
    window: MainWindow, qtbot: QtBot, filled: dict[str, int], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, who: str,
) -> None:  # fmt: skip
    assert window.database is not None
    tab = window.clients_tab
    assert tab is not None
    target = tmp_path / "auskunft.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    with qtbot.waitSignal(window.runners.exports.finished, timeout=30_000):
        if who == "client":
            tab.personal_data_action.trigger()
        else:
            tab.detail.contacts.select_contact(filled["signer"])
            tab.detail.contacts.export_action.trigger()
    book = load_workbook(target, read_only=True)
    texts = {str(cell) for sheet in book.worksheets for row in sheet.values for cell in row}
    if who == "client":
        assert {"intern: zahlt spät", "mag kurze Mails", "Sehr zufrieden"} <= texts
    else:
        assert book.sheetnames == ["Contacts", "Named in"]
        assert {"mag kurze Mails", "Pläne digital"} <= texts
        assert "intern: zahlt spät" not in texts
    book.close()
    (event,) = window.database.workspace.privacy.audit()
    assert (event.action, event.subject) == (AuditAction.export, who)

"""Data protection: everything about a person exported (and audited), erased for good — a client
with all its rows, a contact removed or anonymised where others name it — with no name in the
audit; and `main.py erase`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import func, select

from tests.engagement_factories import make_engagement, make_goal
from tests.factories import make_client, make_contact
from workbook.cli.main import main
from workbook.domain.enums import AuditAction, NamedAs
from workbook.services.clients.shapes import ClientQuery
from workbook.services.engagements.shapes import EngagementQuery
from workbook.services.errors import NotFound
from workbook.services.journal.shapes import JournalInput
from workbook.services.journal.writes import insert_entries
from workbook.services.sessions import reading, writing
from workbook.services.workspace import Workspace, build_workspace
from workbook.spreadsheets.export.book import ExportOptions
from workbook.spreadsheets.export.personal_data import write_client_data, write_contact_data
from workbook.store.database import Database
from workbook.store.models import AuditEvent, Contact, Engagement, Goal, JournalEntry

DAY = date(2026, 11, 2)


@pytest.fixture
def workspace(database: Database) -> Workspace:
    return build_workspace(database)


@pytest.fixture
def client_id(workspace: Workspace, database: Database) -> int:
    client = make_client(workspace.clients, "Bäckerei Größl", notes="intern: zahlt spät")
    signer = make_contact(workspace.clients, client, "Jürgen Weiß", notes="mag kurze Mails")
    make_contact(workspace.clients, client, "Eva Ohnebezug")
    engagement = make_engagement(workspace.engagements, client, "Schichtplanung")
    make_goal(workspace.agreements, engagement, "Pläne digital", signed_off_by_id=signer,
              signed_off_on=DAY)  # fmt: skip
    with writing(database) as session:
        insert_entries(session, [(client, JournalInput(DAY, summary="Feedback: sehr zufrieden"))])
    return client


def _count(database: Database, table: type) -> int:
    with reading(database) as session:
        return int(session.execute(select(func.count()).select_from(table)).scalar_one())


def _contact(workspace: Workspace, client_id: int, name: str) -> int:
    return next(c.id for c in workspace.clients.get(client_id).contacts if c.name == name)


def test_erasing_a_client_removes_every_row_of_it_and_audits_without_names(
    workspace: Workspace, database: Database, client_id: int
) -> None:
    other = make_client(workspace.clients, "Andere GmbH")
    erased = workspace.privacy.erase_client(client_id)
    assert erased.rows >= 5  # contacts, engagement, its answers and goal, the journal entry
    assert [row.id for row in workspace.clients.list(ClientQuery(include_archived=True))] == [other]
    for table in (Contact, Engagement, Goal, JournalEntry):
        assert _count(database, table) == 0
    assert workspace.search.search("größl") == []  # the index forgot it too
    (event,) = workspace.privacy.audit()
    assert (event.action, event.subject, event.subject_id) == (
        AuditAction.erase, "client", client_id,
    )  # fmt: skip
    with reading(database) as session:
        stored = session.execute(select(AuditEvent)).scalar_one()
        assert "Größl" not in repr(stored.model_dump())


def test_a_contact_others_name_is_anonymised_the_others_removed(
    workspace: Workspace, client_id: int
) -> None:
    signer = _contact(workspace, client_id, "Jürgen Weiß")
    loner = _contact(workspace, client_id, "Eva Ohnebezug")
    (mention,) = workspace.privacy.mentions(signer)
    assert (mention.role, mention.title) == (NamedAs.signed_off, "Pläne digital")
    kept = workspace.privacy.erase_contact(signer)
    assert (kept.anonymised, kept.rows) == (True, 1)
    anonymous = workspace.clients.contact(signer)
    assert (anonymous.name, anonymous.notes, anonymous.email) == ("—", "", "")
    (engagement,) = workspace.engagements.list(EngagementQuery(client_id=client_id))
    (goal,) = workspace.agreements.goals(engagement.id)
    assert goal.signed_off_by_id == signer  # the goal keeps its sign-off history
    removed = workspace.privacy.erase_contact(loner)
    assert removed.anonymised is False
    with pytest.raises(NotFound):
        workspace.clients.contact(loner)
    assert [e.action for e in workspace.privacy.audit()] == [
        AuditAction.anonymise, AuditAction.erase,
    ]  # fmt: skip


def test_personal_data_of_a_client_holds_its_internal_notes_and_journal(
    workspace: Workspace, client_id: int, tmp_path: Path
) -> None:
    target = tmp_path / "daten.xlsx"
    summary = write_client_data(
        workspace.reports, workspace.privacy, target, client_id, ExportOptions(today=DAY)
    )
    book = load_workbook(target, read_only=True)
    assert {"Clients", "Contacts", "Journal"} <= set(book.sheetnames)
    texts = {str(cell) for sheet in book.worksheets for row in sheet.values for cell in row}
    assert {"intern: zahlt spät", "mag kurze Mails", "Feedback: sehr zufrieden"} <= texts
    clients = list(book["Clients"].values)
    assert len(clients) == 2  # the header and this one client only
    assert [e.action for e in workspace.privacy.audit()] == [AuditAction.export]
    assert workspace.privacy.audit()[0].rows == summary.rows


def test_personal_data_of_a_contact_lists_where_it_is_named(
    workspace: Workspace, client_id: int, tmp_path: Path
) -> None:
    signer = _contact(workspace, client_id, "Jürgen Weiß")
    target = tmp_path / "kontakt.xlsx"
    write_contact_data(
        workspace.reports, workspace.privacy, target, signer, ExportOptions(today=DAY)
    )
    book = load_workbook(target, read_only=True)
    assert book.sheetnames == ["Contacts", "Named in"]
    contact_rows = list(book["Contacts"].values)
    assert len(contact_rows) == 2
    assert "mag kurze Mails" in contact_rows[1]
    named = list(book["Named in"].values)
    assert "Pläne digital" in named[1]
    assert "Signed off" in named[1]


def test_erase_on_the_command_line_needs_yes(
    workspace: Workspace, client_id: int, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["erase", "--db", str(db_path), "--client", "bäckerei größl"]) == 2
    assert "cannot be undone" in capsys.readouterr().err
    assert workspace.clients.get(client_id).name == "Bäckerei Größl"
    assert main(["erase", "--db", str(db_path), "--client", "BÄCKEREI GRÖSSL", "--yes"]) == 0
    assert "erased client" in capsys.readouterr().out
    assert workspace.clients.count(ClientQuery(include_archived=True)) == 0
    assert main(["erase", "--db", str(db_path), "--client", "Niemand", "--yes"]) == 2
    assert main(["erase", "--db", str(db_path), "--contact", "999", "--yes"]) == 2
    assert capsys.readouterr().err.count("error:") == 2

"""Client service on a real temporary database: validation, listing in SQL, archive, contacts."""

from __future__ import annotations

from datetime import date

import pytest

from tests.engagement_factories import make_engagement, make_goal
from tests.factories import make_client, make_contact
from workbook.domain.changes import Entity
from workbook.domain.validation import Problem, ValidationError
from workbook.services.agreements.service import AgreementService
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientInput, ClientQuery, ClientSort, ContactInput
from workbook.services.engagements.service import EngagementService
from workbook.services.errors import Conflict
from workbook.services.journal.shapes import JournalInput
from workbook.services.journal.writes import insert_entries
from workbook.services.sessions import writing


def _names(clients: ClientService, query: ClientQuery) -> list[str]:
    return [row.name for row in clients.list(query)]


def test_create_returns_changeset_with_new_id(clients: ClientService) -> None:
    written = clients.create(ClientInput(name="  Bäckerei   Größl ", tags="Bio, bio, Berlin"))
    assert written.changes.touches(Entity.client)
    detail = clients.get(written.created_id or 0)
    assert detail.name == "Bäckerei Größl"
    assert detail.tags == "Bio, Berlin"


@pytest.mark.parametrize(
    ("data", "field", "problem"),
    [
        (ClientInput(name="   "), "name", Problem.required),
        (ClientInput(name="x" * 201), "name", Problem.too_long),
        (ClientInput(name="Ok", website="not a site"), "website", Problem.url),
        (
            ClientInput(name="Ok", feedback_interval_days=0),
            "feedback_interval_days",
            Problem.out_of_range,
        ),
    ],
)
def test_invalid_client_is_refused_and_nothing_saved(
    clients: ClientService, data: ClientInput, field: str, problem: Problem
) -> None:
    with pytest.raises(ValidationError) as refused:
        clients.create(data)
    assert refused.value.by_field() == {field: problem}
    assert clients.count(ClientQuery(include_archived=True)) == 0


def test_name_unique_among_active_clients_ignoring_case(clients: ClientService) -> None:
    first = make_client(clients, "Müller GmbH")
    with pytest.raises(ValidationError) as refused:
        clients.create(ClientInput(name="MÜLLER gmbh"))
    assert refused.value.by_field() == {"name": Problem.duplicate}
    clients.archive(first, version=1)
    second = make_client(clients, "Müller GmbH")  # the archived one no longer blocks the name
    with pytest.raises(ValidationError):
        clients.unarchive(first, version=2)  # …but now it cannot come back under the same name
    clients.archive(second, version=1)
    clients.unarchive(first, version=2)
    assert clients.get(first).archived_at is None


def test_renaming_onto_an_active_name_is_the_field_message(clients: ClientService) -> None:
    """The unique index backs the rule: its refusal reads as the form's duplicate message."""
    make_client(clients, "Müller GmbH")
    other = make_client(clients, "Schmidt KG")
    with pytest.raises(ValidationError) as refused:
        clients.update(other, ClientInput(name="müller gmbh"), version=1)
    assert refused.value.by_field() == {"name": Problem.duplicate}
    assert clients.get(other).name == "Schmidt KG"


def test_archived_clients_hidden_unless_asked_for(clients: ClientService) -> None:
    make_client(clients, "Aktiv AG")
    clients.archive(make_client(clients, "Alt KG"), version=1)
    assert _names(clients, ClientQuery()) == ["Aktiv AG"]
    assert _names(clients, ClientQuery(include_archived=True)) == ["Aktiv AG", "Alt KG"]
    assert clients.count(ClientQuery()) == 1


def test_filter_matches_name_case_insensitively_industry_tags_and_contacts(
    clients: ClientService,
) -> None:
    muller = make_client(clients, "Müller GmbH", industry="Maschinenbau")
    make_client(clients, "Acme Ltd", tags="export, 100%")
    make_contact(clients, muller, "Özlem Yılmaz")
    assert _names(clients, ClientQuery(text="MÜLLER")) == ["Müller GmbH"]
    assert _names(clients, ClientQuery(text="maschinen")) == ["Müller GmbH"]
    assert _names(clients, ClientQuery(text="Özlem")) == ["Müller GmbH"]
    assert _names(clients, ClientQuery(text="100%")) == ["Acme Ltd"]
    assert _names(clients, ClientQuery(text="%")) == ["Acme Ltd"]  # % is literal, not a wildcard


def test_list_columns_and_sorting_in_sql(clients: ClientService, database) -> None:  # type: ignore[no-untyped-def]
    a = make_client(clients, "Alpha")
    b = make_client(clients, "beta")
    make_contact(clients, b, "Zoe", is_primary=True)
    make_contact(clients, b, "Adam")
    engagements = EngagementService(database)
    make_engagement(engagements, b, "One")
    make_engagement(engagements, b, "Two")
    with writing(database) as session:
        insert_entries(session, [(a, JournalInput(date(2026, 3, 1), summary="Call"))])
        insert_entries(session, [(a, JournalInput(date(2026, 5, 2), summary="Visit"))])
    rows = {row.name: row for row in clients.list(ClientQuery())}
    assert rows["beta"].engagements == 2
    assert rows["beta"].primary_contact == "Zoe"
    assert rows["Alpha"].last_contact == date(2026, 5, 2)
    assert _names(clients, ClientQuery(sort=ClientSort.name)) == ["Alpha", "beta"]
    assert _names(clients, ClientQuery(sort=ClientSort.engagements, descending=True)) == [
        "beta",
        "Alpha",
    ]
    # clients never contacted sort last in either direction
    assert _names(clients, ClientQuery(sort=ClientSort.last_contact))[-1] == "beta"
    assert _names(clients, ClientQuery(sort=ClientSort.last_contact, descending=True))[-1] == "beta"


def test_paging_is_stable(clients: ClientService) -> None:
    for number in range(25):
        make_client(clients, f"Kunde {number:02d}")
    query = ClientQuery()
    pages = [clients.list(query, offset=offset, limit=10) for offset in (0, 10, 20)]
    names = [row.name for page in pages for row in page]
    assert names == sorted(names)
    assert len(set(names)) == 25


def test_contacts_validation_and_single_primary(clients: ClientService) -> None:
    client = make_client(clients)
    with pytest.raises(ValidationError) as refused:
        clients.add_contact(client, ContactInput(name="", email="nope", phone="call me"))
    assert refused.value.by_field() == {
        "name": Problem.required,
        "email": Problem.email,
        "phone": Problem.phone,
    }
    first = make_contact(clients, client, "Anna", is_primary=True, phone="+49 (0)30 123-45")
    second = make_contact(clients, client, "Bernd", is_primary=True, email="b@example.de")
    assert not clients.contact(first).is_primary
    assert clients.contact(second).is_primary
    clients.remove_contact(second, version=1)
    assert [c.name for c in clients.get(client).contacts] == ["Anna"]


def test_undo_of_a_removal_brings_the_contact_back_under_its_id(clients: ClientService) -> None:
    client = make_client(clients)
    contact = make_contact(clients, client, "Anna")
    before = clients.contact(contact)
    removed = clients.remove_contact(contact, version=1)
    assert clients.get(client).contacts == ()
    removed.undo()
    back = clients.contact(contact)
    assert back.as_input() == before.as_input()
    assert back.version == before.version + 1  # whoever held the old version must re-read


def test_undo_of_removing_a_signer_names_the_contact_on_the_goal_again(
    clients: ClientService,
    database,  # type: ignore[no-untyped-def]
) -> None:
    client = make_client(clients)
    signer = make_contact(clients, client, "Anna")
    engagement = make_engagement(EngagementService(database), client)
    agreements = AgreementService(database)
    goal = make_goal(
        agreements, engagement, signed_off_by_id=signer, signed_off_on=date(2026, 11, 2)
    )
    removed = clients.remove_contact(signer, version=1)
    assert agreements.goal(goal).signed_off_by_id is None  # the database cleared the link
    removed.undo()
    assert agreements.goal(goal).signed_off_by_id == signer


def test_undo_of_making_a_contact_primary_gives_the_flag_back(clients: ClientService) -> None:
    client = make_client(clients)
    anna = make_contact(clients, client, "Anna", is_primary=True)
    bernd = make_contact(clients, client, "Bernd")
    promoted = clients.update_contact(bernd, ContactInput("Bernd", is_primary=True), version=1)
    assert not clients.contact(anna).is_primary
    redo = promoted.undo()
    assert clients.contact(anna).is_primary
    assert not clients.contact(bernd).is_primary
    redo.undo()
    assert clients.contact(bernd).is_primary
    assert not clients.contact(anna).is_primary


def test_undo_and_redo_of_an_edit(clients: ClientService) -> None:
    client = make_client(clients, "Alt GmbH")
    edited = clients.update(client, ClientInput(name="Neu GmbH"), version=1)
    redo = edited.undo()
    assert clients.get(client).name == "Alt GmbH"
    redo.undo()
    assert clients.get(client).name == "Neu GmbH"
    assert clients.get(client).version == 4


def test_a_save_over_a_change_made_since_is_refused(clients: ClientService) -> None:
    """Another window saved in between: the stale save writes nothing (no last-writer-wins)."""
    client = make_client(clients, "Alt GmbH")
    seen = clients.get(client)
    clients.update(client, ClientInput(name="Von nebenan"), version=seen.version)
    with pytest.raises(Conflict):
        clients.update(client, ClientInput(name="Meins"), version=seen.version)
    assert clients.get(client).name == "Von nebenan"


def test_undo_never_overwrites_a_later_change(clients: ClientService) -> None:
    client = make_client(clients, "Alt GmbH")
    mine = clients.update(client, ClientInput(name="Meins GmbH"), version=1)
    clients.update(client, ClientInput(name="Von nebenan"), version=2)  # someone else, later
    with pytest.raises(Conflict):
        mine.undo()
    assert clients.get(client).name == "Von nebenan"


def test_undo_of_a_create_removes_it_and_redo_brings_it_back_under_its_id(
    clients: ClientService,
) -> None:
    created = clients.create(ClientInput(name="Neu GmbH"))
    redo = created.undo()
    assert clients.count(ClientQuery(include_archived=True)) == 0
    redo.undo()
    assert clients.get(created.created_id or 0).name == "Neu GmbH"


def test_undo_of_a_create_refuses_once_something_hangs_on_the_client(
    clients: ClientService,
) -> None:
    created = clients.create(ClientInput(name="Neu GmbH"))
    make_contact(clients, created.created_id or 0, "Von nebenan")
    with pytest.raises(Conflict):
        created.undo()
    assert clients.get(created.created_id or 0).contacts[0].name == "Von nebenan"

"""Client service on a real temporary database: validation, listing in SQL, archive, contacts."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import make_client, make_contact
from workbook.domain.changes import Entity
from workbook.domain.validation import Problem, ValidationError
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientInput, ClientQuery, ClientSort, ContactInput
from workbook.services.sessions import writing
from workbook.store.models import Engagement, JournalEntry


def _names(clients: ClientService, query: ClientQuery) -> list[str]:
    return [row.name for row in clients.list(query)]


def test_create_returns_changeset_with_new_id(clients: ClientService) -> None:
    changes = clients.create(ClientInput(name="  Bäckerei   Größl ", tags="Bio, bio, Berlin"))
    assert changes.touches(Entity.client)
    detail = clients.get(changes.created_id or 0)
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
    clients.archive(first)
    second = make_client(clients, "Müller GmbH")  # the archived one no longer blocks the name
    with pytest.raises(ValidationError):
        clients.restore(first)  # …but now it cannot come back under the same name
    clients.archive(second)
    clients.restore(first)
    assert clients.get(first).archived_at is None


def test_archived_clients_hidden_unless_asked_for(clients: ClientService) -> None:
    make_client(clients, "Aktiv AG")
    clients.archive(make_client(clients, "Alt KG"))
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
    with writing(database) as session:
        session.add(Engagement(client_id=b, title="One"))
        session.add(Engagement(client_id=b, title="Two"))
        session.add(JournalEntry(client_id=a, occurred_on=date(2026, 3, 1), summary="Call"))
        session.add(JournalEntry(client_id=a, occurred_on=date(2026, 5, 2), summary="Visit"))
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
    clients.remove_contact(second)
    assert [c.name for c in clients.get(client).contacts] == ["Anna"]


def test_removed_contact_comes_back_under_its_id(clients: ClientService) -> None:
    client = make_client(clients)
    contact = make_contact(clients, client, "Anna")
    snapshot = clients.contact(contact)
    clients.remove_contact(contact)
    clients.add_contact(client, snapshot.as_input(), contact_id=contact)
    assert clients.contact(contact) == snapshot


def test_erase_then_recreate_keeps_the_id(clients: ClientService) -> None:
    data = ClientInput(name="Neu GmbH")
    created = clients.create(data).created_id
    clients.erase(created or 0)
    assert clients.count(ClientQuery(include_archived=True)) == 0
    assert clients.create(data, client_id=created).created_id == created

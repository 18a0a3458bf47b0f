"""Two people on one database (two programs, each with its own connection): a save over a
colleague's later change is refused, the colleague's fields can be named, and the user's edit
put on top of theirs loses neither. Undo never takes back a colleague's later change."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from tests.engagement_factories import make_engagement
from tests.factories import make_client
from workbook.domain.edits import changed_fields, reapplied
from workbook.services.clients.shapes import ClientInput
from workbook.services.errors import Conflict
from workbook.services.workspace import Workspace, build_workspace
from workbook.store.database import Database, open_database
from workbook.store.locations import location


@pytest.fixture
def colleague(database: Database, db_location: str) -> Iterator[Workspace]:
    """A second program on the same database: its own connections and undo memory."""
    other = open_database(location(db_location))
    yield build_workspace(other)
    other.close()


@pytest.fixture
def mine(database: Database) -> Workspace:
    return build_workspace(database)


def test_a_stale_save_is_refused_and_the_edit_goes_on_top_of_theirs(
    mine: Workspace, colleague: Workspace
) -> None:
    client = make_client(mine.clients, "Alt GmbH", phone="030 1")
    opened = mine.clients.get(client)  # the user's form is filled from this
    theirs = replace(colleague.clients.get(client).as_input(), name="Neu GmbH", phone="030 2")
    colleague.clients.update(client, theirs, version=opened.version)
    my_edit = replace(opened.as_input(), notes="Rückruf am Montag")
    with pytest.raises(Conflict) as refused:
        mine.clients.update(client, my_edit, version=opened.version)
    assert refused.value.entity == "client"
    assert mine.clients.get(client).name == "Neu GmbH"  # nothing of the stale save written

    current = mine.clients.get(client)
    assert changed_fields(opened.as_input(), current.as_input()) == ["name", "phone"]
    again = reapplied(my_edit, opened.as_input(), current.as_input())
    mine.clients.update(client, again, version=current.version)
    saved = colleague.clients.get(client)
    assert (saved.name, saved.phone, saved.notes) == ("Neu GmbH", "030 2", "Rückruf am Montag")


def test_the_same_on_an_engagement(mine: Workspace, colleague: Workspace) -> None:
    engagement = make_engagement(mine.engagements, make_client(mine.clients))
    opened = mine.engagements.get(engagement)
    colleague.engagements.update(
        engagement, replace(opened.as_input(), subject="Einkauf neu"), version=opened.version
    )
    my_edit = replace(opened.as_input(), goal_statement="Bestellungen in zwei Tagen")
    with pytest.raises(Conflict):
        mine.engagements.update(engagement, my_edit, version=opened.version)
    current = mine.engagements.get(engagement)
    assert changed_fields(opened.as_input(), current.as_input()) == ["subject"]
    mine.engagements.update(
        engagement, reapplied(my_edit, opened.as_input(), current.as_input()),
        version=current.version,
    )  # fmt: skip
    saved = colleague.engagements.get(engagement)
    assert (saved.subject, saved.goal_statement) == ("Einkauf neu", "Bestellungen in zwei Tagen")


def test_undo_refuses_over_a_colleagues_later_change(mine: Workspace, colleague: Workspace) -> None:
    client = make_client(mine.clients, "Alt GmbH")
    edited = mine.clients.update(client, ClientInput(name="Meins GmbH"), version=1)
    later = colleague.clients.get(client)
    colleague.clients.update(client, replace(later.as_input(), phone="030 9"), version=2)
    with pytest.raises(Conflict):
        edited.undo()
    after = colleague.clients.get(client)
    assert (after.name, after.phone) == ("Meins GmbH", "030 9")


def test_undo_of_a_create_refuses_once_a_colleague_edited_the_row(
    mine: Workspace, colleague: Workspace
) -> None:
    created = mine.clients.create(ClientInput(name="Neu GmbH"))
    client = created.created_id or 0
    colleague.clients.update(client, ClientInput(name="Neu GmbH", phone="030 5"), version=1)
    with pytest.raises(Conflict):
        created.undo()
    assert colleague.clients.get(client).phone == "030 5"


def test_reapplied_keeps_only_what_the_user_changed() -> None:
    before = ClientInput(name="A", phone="1", notes="x")
    theirs = ClientInput(name="B", phone="2", notes="x")
    mine = ClientInput(name="A", phone="3", notes="y")
    assert reapplied(mine, before, theirs) == ClientInput(name="B", phone="3", notes="y")

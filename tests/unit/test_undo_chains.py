"""Several steps on one row undo one after another, and redo again, as the undo stack does.

Each undo counts the row's version on; the step before it must still be undone, since the row
holds exactly what that step left. A change made elsewhere in between is still refused."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from tests.engagement_factories import make_engagement, make_goal
from tests.factories import make_client, make_contact
from workbook.domain.enums import EngagementStatus, JournalKind, SupportPeriod
from workbook.services.agreements.service import AgreementService
from workbook.services.agreements.shapes import GoalInput, ScopeItemInput, WishInput
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientInput, ClientQuery, ContactInput
from workbook.services.engagements.service import EngagementService
from workbook.services.errors import Conflict
from workbook.services.handover.service import HandoverService
from workbook.services.handover.shapes import MilestoneInput
from workbook.services.journal.service import JournalService
from workbook.services.journal.shapes import JournalInput
from workbook.services.support.service import SupportService
from workbook.services.support.shapes import SupportEntryInput, SupportPlanInput
from workbook.services.written import Written
from workbook.store.database import Database

TODAY = date(2026, 12, 1)
Step = Callable[[int], Written]  # the row's current version -> the write


def run_chain(steps: list[Step], start_version: int, read: Callable[[], Any]) -> None:
    """Runs the steps, undoes all of them newest first, then redoes all of them, checking
    after each undo and redo that the row reads as it did at that point."""
    seen = [read()]
    done: list[Written] = []
    version = start_version
    for step in steps:
        written = step(version)
        version = written.version or version + 1
        done.append(written)
        seen.append(read())
    redos: list[Written] = []
    for index in reversed(range(len(done))):
        redos.append(done[index].undo())
        assert read() == seen[index]
    for index, redo in enumerate(reversed(redos)):
        redo.undo()
        assert read() == seen[index + 1]


def test_a_client_edited_twice_undoes_both_edits_and_redoes_them(clients: ClientService) -> None:
    client_id = make_client(clients, "Müller & Söhne GmbH")

    def renamed(name: str) -> Step:
        return lambda v: clients.update(client_id, ClientInput(name=name), version=v)

    def read() -> Any:
        detail = clients.get(client_id)
        return detail.name, detail.archived_at is not None

    run_chain(
        [
            renamed("Müller AG"),
            renamed("Müller & Partner"),
            lambda v: clients.archive(client_id, version=v),
            renamed("Müller Holding"),
        ],
        clients.get(client_id).version,
        read,
    )


def test_a_created_and_edited_client_undoes_the_edit_then_the_create(
    clients: ClientService,
) -> None:
    created = clients.create(ClientInput(name="Kühne Logistik"))
    client_id = created.created_id
    assert client_id is not None
    edited = clients.update(client_id, ClientInput(name="Kühne + Nagel"), version=1)
    edited.undo()
    created.undo()
    assert clients.list(ClientQuery(include_archived=True)) == []


def test_a_change_made_elsewhere_between_two_undos_is_still_refused(
    clients: ClientService,
) -> None:
    client_id = make_client(clients, "Müller & Söhne GmbH")
    first = clients.update(client_id, ClientInput(name="Müller AG"), version=1)
    second = clients.update(client_id, ClientInput(name="Müller & Partner"), version=2)
    second.undo()
    # somebody else (another window, the command line) writes in between
    clients.update(client_id, ClientInput(name="Müller International"), version=4)
    with pytest.raises(Conflict):
        first.undo()
    assert clients.get(client_id).name == "Müller International"


def test_a_contact_edited_twice_and_removed_undoes_all_three(clients: ClientService) -> None:
    client_id = make_client(clients)
    contact_id = make_contact(clients, client_id, "Jürgen Weiß")

    def edit(role: str) -> Step:
        return lambda v: clients.update_contact(
            contact_id, ContactInput(name="Jürgen Weiß", role=role), version=v
        )

    def read() -> Any:
        found = [c for c in clients.get(client_id).contacts if c.id == contact_id]
        return [(c.role, c.version > 0) for c in found]

    run_chain(
        [
            edit("Einkauf"),
            edit("Leitung Einkauf"),
            lambda v: clients.remove_contact(contact_id, version=v),
        ],
        clients.contact(contact_id).version,
        read,
    )


@pytest.fixture
def engagement_id(engagements: EngagementService, client_id: int) -> int:
    return make_engagement(engagements, client_id, "Prozessanalyse Einkauf")


def test_an_engagement_edited_and_moved_on_undoes_step_by_step(
    engagements: EngagementService, engagement_id: int
) -> None:
    def retitled(title: str) -> Step:
        def step(version: int) -> Written:
            data = replace(engagements.get(engagement_id).as_input(), title=title)
            return engagements.update(engagement_id, data, version=version)

        return step

    def read() -> Any:
        detail = engagements.get(engagement_id)
        return detail.title, detail.status

    run_chain(
        [
            retitled("Prozessanalyse Einkauf und Lager"),
            lambda v: engagements.transition(engagement_id, EngagementStatus.clarifying, version=v),
            retitled("Prozessanalyse Lager"),
        ],
        engagements.get(engagement_id).version,
        read,
    )


def test_wishes_goals_and_service_items_edited_twice_undo_both_edits(
    agreements: AgreementService, engagement_id: int
) -> None:
    wish_id = agreements.add_wish(engagement_id, WishInput("Schnellere Freigaben")).created_id
    goal_id = make_goal(agreements, engagement_id, "Durchlaufzeit halbieren")
    item_id = agreements.add_scope_item(engagement_id, ScopeItemInput("Ist-Analyse")).created_id
    assert wish_id is not None
    assert item_id is not None

    run_chain(
        [
            lambda v, t=text: agreements.update_wish(wish_id, WishInput(t), version=v)
            for text in ("Freigaben in einem Tag", "Freigaben am selben Tag")
        ],
        1,
        lambda: agreements.wish(wish_id).text,
    )
    run_chain(
        [
            lambda v, t=title: agreements.update_goal(goal_id, GoalInput(t), version=v)
            for title in ("Durchlaufzeit dritteln", "Durchlaufzeit vierteln")
        ],
        1,
        lambda: agreements.goal(goal_id, today=TODAY).title,
    )
    run_chain(
        [
            lambda v, h=hours: agreements.update_scope_item(
                item_id, ScopeItemInput("Ist-Analyse", estimated_hours=Decimal(h)), version=v
            )
            for hours in ("8", "12.5")
        ],
        1,
        lambda: agreements.scope_item(item_id).estimated_hours,
    )


def test_a_milestone_edited_and_done_undoes_both(
    handover: HandoverService, engagement_id: int
) -> None:
    added = handover.add_milestone(engagement_id, MilestoneInput("Rechnungsprüfung"), today=TODAY)
    milestone_id = added.created_id
    assert milestone_id is not None

    def read() -> Any:
        row = handover.milestone(milestone_id, today=TODAY)
        return row.topic, row.status, row.done_on

    run_chain(
        [
            lambda v: handover.update_milestone(
                milestone_id, MilestoneInput("Rechnungsprüfung im ERP"), version=v, today=TODAY
            ),
            lambda v: handover.mark_done(milestone_id, version=v, today=TODAY),
        ],
        1,
        read,
    )


def test_a_support_plan_and_its_entry_edited_and_ended_undo_step_by_step(
    database: Database, client_id: int
) -> None:
    support = SupportService(database)
    plan = SupportPlanInput(
        client_id, "Premium-Betreuung", date(2026, 1, 1), period=SupportPeriod.year
    )
    plan_id = support.add_plan(plan).created_id
    assert plan_id is not None
    entry = SupportEntryInput(date(2026, 11, 3), Decimal("1.5"))
    entry_id = support.add_entry(plan_id, entry, today=TODAY).created_id
    assert entry_id is not None

    def read_plan() -> Any:
        row = support.plan(plan_id, today=TODAY)
        return row.name, row.status, row.ends_on

    run_chain(
        [
            lambda v: support.update_plan(
                plan_id, replace(plan, name="Basis-Betreuung"), version=v
            ),
            lambda v: support.end_plan(plan_id, date(2026, 11, 30), version=v),
        ],
        1,
        read_plan,
    )
    run_chain(
        [
            lambda v, h=hours: support.update_entry(
                entry_id, replace(entry, hours=Decimal(h)), version=v, today=TODAY
            )
            for hours in ("2", "2.25")
        ],
        1,
        lambda: support.entry(entry_id).hours,
    )


def test_a_journal_entry_edited_done_and_snoozed_undoes_step_by_step(
    database: Database, client_id: int
) -> None:
    journal = JournalService(database)
    entry = JournalInput(
        date(2026, 11, 20), JournalKind.call, "Rückruf", follow_up_on=date(2026, 11, 27)
    )
    entry_id = journal.add(client_id, entry, today=TODAY).created_id
    assert entry_id is not None

    def read() -> Any:
        row = journal.entry(entry_id, today=TODAY)
        return row.summary, row.follow_up_on, row.follow_up_done

    run_chain(
        [
            lambda v: journal.update(
                entry_id, replace(entry, summary="Rückruf Einkauf"), version=v, today=TODAY
            ),
            lambda v: journal.mark_follow_up_done(entry_id, version=v),
            lambda v: journal.mark_follow_up_done(entry_id, version=v, done=False),
            lambda v: journal.snooze_follow_up(entry_id, 7, version=v, today=TODAY),
        ],
        1,
        read,
    )

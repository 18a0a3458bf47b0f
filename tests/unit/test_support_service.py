"""Support plans and their entries on a real temporary database: figures, validation, undo,
filters, and what the Today list and the Overview read."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from tests.engagement_factories import make_engagement
from tests.factories import make_client
from workbook.domain.changes import Entity
from workbook.domain.enums import SupportEntryKind, SupportPeriod, SupportPlanStatus
from workbook.domain.validation import Problem, ValidationError
from workbook.services.clients.service import ClientService
from workbook.services.engagements.service import EngagementService
from workbook.services.errors import Conflict
from workbook.services.support.service import SupportService
from workbook.services.support.shapes import (
    SupportEntryInput,
    SupportPlanInput,
    SupportQuery,
    SupportSort,
)
from workbook.services.workspace import build_workspace
from workbook.store.database import Database

TODAY = date(2026, 12, 1)
D = Decimal
ACTIVE = SupportPlanStatus.active


@pytest.fixture
def support(database: Database) -> SupportService:
    return SupportService(database)


def _yearly(client_id: int, **fields: object) -> SupportPlanInput:
    """The issue's example: yearly from 1 Jan 2025, renews, 90 days' notice."""
    values: dict[str, object] = {
        "name": "Wartung & Pflege", "starts_on": date(2025, 1, 1), "auto_renew": True,
        "notice_days": 90, "period": SupportPeriod.year, "included_hours": D(40),
        "status": ACTIVE, **fields,
    }  # fmt: skip
    return SupportPlanInput(client_id, **values)  # type: ignore[arg-type]


def _add(support: SupportService, data: SupportPlanInput) -> int:
    written = support.add_plan(data)
    assert written.created_id is not None
    return written.created_id


def _log(support: SupportService, plan_id: int, day: date, hours: str) -> int:
    written = support.add_entry(plan_id, SupportEntryInput(day, D(hours)), today=TODAY)
    assert written.created_id is not None
    return written.created_id


def _problems(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, Problem]:
    return error.value.by_field()


# -- the figures a plan carries ----------------------------------------------------------------


def test_a_renewing_plan_shows_its_current_term_and_the_next_notice(
    support: SupportService, client_id: int
) -> None:
    plan_id = _add(support, _yearly(client_id))
    row = support.plan(plan_id, today=TODAY)
    assert (row.term_starts_on, row.term_ends_on) == (date(2026, 1, 1), date(2026, 12, 31))
    assert row.notice_deadline == date(2026, 10, 2)
    assert row.next_notice_deadline == date(2027, 10, 2)
    assert (row.period_starts_on, row.period_ends_on) == (date(2026, 1, 1), date(2026, 12, 31))
    assert row.client_name == "Müller & Söhne GmbH"
    assert row.used_hours == 0


def test_hours_in_the_current_period_and_beyond_the_included(
    support: SupportService, client_id: int
) -> None:
    plan_id = _add(support, _yearly(client_id, period=SupportPeriod.month, included_hours=D(4)))
    _log(support, plan_id, date(2026, 11, 30), "9")  # the previous month
    _log(support, plan_id, date(2026, 12, 1), "2.5")
    row = support.plan(plan_id, today=TODAY)
    assert (row.used_hours, row.hours_beyond) == (D("2.5"), None)
    _log(support, plan_id, date(2026, 12, 1), "3")
    row = support.plan(plan_id, today=TODAY)
    assert (row.used_hours, row.hours_beyond) == (D("5.5"), D("1.5"))
    assert support.over_included(today=TODAY) == [row]


def test_a_draft_or_ended_plan_has_no_hours_this_period(
    support: SupportService, client_id: int
) -> None:
    plan_id = _add(support, _yearly(client_id, status=SupportPlanStatus.draft))
    _log(support, plan_id, TODAY, "1")
    row = support.plan(plan_id, today=TODAY)
    assert (row.used_hours, row.period_starts_on) == (None, None)
    assert row.term_ends_on == date(2026, 12, 31)  # planned terms still show


# -- validation --------------------------------------------------------------------------------


def test_invalid_plans_are_refused_at_their_fields(
    support: SupportService, client_id: int, clients: ClientService
) -> None:
    other = make_client(clients, "Andere AG")
    other_engagement = make_engagement(EngagementService(support._db), other)
    bad = dataclasses.replace(
        _yearly(client_id),
        name="  ",
        ends_on=date(2025, 1, 1),
        notice_days=-1,
        engagement_id=other_engagement,
        included_hours=D(-4),
    )
    with pytest.raises(ValidationError) as refused:
        support.add_plan(bad)
    assert _problems(refused) == {
        "name": Problem.required,
        "ends_on": Problem.not_after_start,
        "notice_days": Problem.out_of_range,
        "engagement_id": Problem.out_of_range,
        "included_hours": Problem.out_of_range,
    }
    assert support.count(SupportQuery()) == 0


@pytest.mark.parametrize(
    ("day", "hours", "problem"),
    [
        (TODAY, "0", Problem.not_positive),
        (TODAY, "-1", Problem.not_positive),
        (date(2026, 12, 2), "1", Problem.in_future),
    ],
)
def test_an_entry_needs_hours_and_a_day_that_has_come(
    support: SupportService, client_id: int, day: date, hours: str, problem: Problem
) -> None:
    plan_id = _add(support, _yearly(client_id))
    with pytest.raises(ValidationError) as refused:
        support.add_entry(plan_id, SupportEntryInput(day, D(hours)), today=TODAY)
    assert list(_problems(refused).values()) == [problem]
    assert support.entries(plan_id) == []


# -- undo --------------------------------------------------------------------------------------


def test_edit_end_and_their_undo(support: SupportService, client_id: int) -> None:
    plan_id = _add(support, _yearly(client_id))
    row = support.plan(plan_id, today=TODAY)
    edited = support.update_plan(
        plan_id, dataclasses.replace(row.as_input(), notice_days=30), version=row.version
    )
    assert edited.changes.touches(Entity.support_plan)
    assert support.plan(plan_id, today=TODAY).next_notice_deadline == date(2026, 12, 1)
    edited.undo()
    row = support.plan(plan_id, today=TODAY)
    assert row.notice_days == 90
    ended = support.end_plan(plan_id, date(2026, 12, 31), version=row.version)
    row = support.plan(plan_id, today=TODAY)
    assert (row.status, row.ends_on, row.term_ends_on) == (
        SupportPlanStatus.ended,
        date(2026, 12, 31),
        None,
    )
    ended.undo()
    row = support.plan(plan_id, today=TODAY)
    assert (row.status, row.ends_on) == (ACTIVE, None)


def test_ending_before_the_start_is_refused(support: SupportService, client_id: int) -> None:
    plan_id = _add(support, _yearly(client_id))
    with pytest.raises(ValidationError):
        support.end_plan(plan_id, date(2024, 12, 31), version=1)


def test_creating_is_undone_unless_hours_were_logged_since(
    support: SupportService, client_id: int
) -> None:
    created = support.add_plan(_yearly(client_id))
    assert created.created_id is not None
    redo = created.undo()
    assert support.count(SupportQuery()) == 0
    again = redo.undo()
    assert support.count(SupportQuery()) == 1
    _log(support, created.created_id, TODAY, "1")
    with pytest.raises(Conflict):
        again.undo()
    assert support.count(SupportQuery()) == 1


def test_entry_edit_and_removal_are_undone(support: SupportService, client_id: int) -> None:
    plan_id = _add(support, _yearly(client_id))
    entry_id = _log(support, plan_id, date(2026, 11, 2), "1")
    entry = support.entry(entry_id)
    changed = SupportEntryInput(date(2026, 11, 3), D(2), SupportEntryKind.incident, "Absturz")
    edited = support.update_entry(entry_id, changed, version=entry.version, today=TODAY)
    assert support.entry(entry_id).description == "Absturz"
    edited.undo()
    entry = support.entry(entry_id)
    assert (entry.occurred_on, entry.hours, entry.kind) == (
        date(2026, 11, 2),
        D(1),
        SupportEntryKind.question,
    )
    removed = support.remove_entry(entry_id, version=entry.version)
    assert support.entries(plan_id) == []
    removed.undo()
    assert [e.id for e in support.entries(plan_id)] == [entry_id]


def test_a_stale_version_is_refused(support: SupportService, client_id: int) -> None:
    plan_id = _add(support, _yearly(client_id))
    support.update_plan(plan_id, _yearly(client_id, name="Neu"), version=1)
    with pytest.raises(Conflict):
        support.update_plan(plan_id, _yearly(client_id, name="Alt"), version=1)


# -- the list ----------------------------------------------------------------------------------


def test_filter_by_client_status_and_words_sorted_in_sql(
    support: SupportService, client_id: int, clients: ClientService
) -> None:
    other = make_client(clients, "Zeta AG")
    _add(support, _yearly(client_id, name="Basis"))
    _add(support, _yearly(other, name="Premium"))
    _add(support, _yearly(other, name="Alt", status=SupportPlanStatus.ended))
    names = lambda query: [r.name for r in support.list(query, today=TODAY)]  # noqa: E731
    assert names(SupportQuery()) == ["Basis", "Premium", "Alt"]  # by client, then start
    assert names(SupportQuery(client_id=other)) == ["Premium", "Alt"]
    assert names(SupportQuery(status=ACTIVE)) == ["Basis", "Premium"]
    assert names(SupportQuery(text="zeta prem")) == ["Premium"]
    assert names(SupportQuery(sort=SupportSort.name, descending=True)) == [
        "Premium",
        "Basis",
        "Alt",
    ]
    assert support.count(SupportQuery(client_id=other)) == 2


def test_notices_due_within_the_warning_days(support: SupportService, client_id: int) -> None:
    soon = _add(support, _yearly(client_id, notice_days=20))  # 11 Dec 2026
    _add(support, _yearly(client_id, notice_days=90))  # 2 Oct 2027
    _add(support, _yearly(client_id, notice_days=20, status=SupportPlanStatus.draft))
    assert [r.id for r in support.notices_due(today=TODAY)] == [soon]
    assert [r.id for r in support.notices_due(today=TODAY, within_days=10)] == []


def test_the_overview_counts_the_renewed_term(database: Database, client_id: int) -> None:
    workspace = build_workspace(database)
    plan_id = _add(workspace.support, _yearly(client_id))
    _log(workspace.support, plan_id, TODAY, "3")
    _log(workspace.support, plan_id, date(2025, 12, 31), "5")  # the year before
    (line,) = workspace.reports.overview(today=TODAY)
    assert line.next_deadline == date(2027, 10, 2)  # not the passed 2 Oct 2026
    assert (line.support_used, line.support_included) == (D(3), D(40))

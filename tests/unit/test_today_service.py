"""The Today list on a real temporary database, with a fixed day: each section's rule and its
boundaries (due today, 7 days exactly, a notice deadline passed yesterday), and the calendar's
events."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.engagement_factories import make_acceptable, make_change, make_engagement, make_goal
from tests.factories import make_client
from workbook.demo.generator import fill_demo
from workbook.domain.enums import (
    BillingModel,
    ChangeStatus,
    EngagementStatus,
    GoalStatus,
    JournalKind,
    MilestoneStatus,
    SupportPeriod,
    SupportPlanStatus,
)
from workbook.services.handover.shapes import MilestoneInput
from workbook.services.journal.shapes import JournalInput
from workbook.services.support.shapes import SupportEntryInput, SupportPlanInput
from workbook.services.today.shapes import EventKind, Opens, Section, TodayTerms
from workbook.services.workspace import Workspace, build_workspace
from workbook.store.database import Database

TODAY = date(2026, 12, 2)
D = Decimal
S = EngagementStatus


@pytest.fixture
def workspace(database: Database) -> Workspace:
    workspace = build_workspace(database)
    workspace.clarification.ensure_seeded()
    return workspace


def _items(workspace: Workspace, section: Section, **terms: object) -> list[tuple[str, int | None]]:
    found = workspace.today.section(section, TodayTerms(TODAY, **terms))  # type: ignore[arg-type]
    return [(item.title, item.days_late) for item in found.items]


def _day(days: int) -> date:
    return TODAY + timedelta(days=days)


def _active(workspace: Workspace, client_id: int, title: str = "Einkauf", **fields: object) -> int:
    engagement_id = make_engagement(workspace.engagements, client_id, title, **fields)
    make_acceptable(workspace.clarification, workspace.agreements, engagement_id)
    for target in (S.clarifying, S.accepted, S.active):
        version = workspace.engagements.get(engagement_id).version
        workspace.engagements.transition(engagement_id, target, version=version, today=TODAY)
    return engagement_id


def _note(workspace: Workspace, client_id: int, summary: str, **fields: object) -> int:
    values: dict[str, object] = {"occurred_on": _day(-30), "kind": JournalKind.note, **fields}
    data = JournalInput(summary=summary, **values)  # type: ignore[arg-type]
    written = workspace.journal.add(client_id, data, today=TODAY)
    assert written.created_id is not None
    return written.created_id


# -- follow-ups ----------------------------------------------------------------------------------


def test_follow_ups_due_today_or_late_count_and_tomorrow_does_not(workspace: Workspace) -> None:
    client_id = make_client(workspace.clients, "Bäckerei Weiß")
    _note(workspace, client_id, "heute", follow_up_on=TODAY)
    _note(workspace, client_id, "gestern", follow_up_on=_day(-1))
    _note(workspace, client_id, "morgen", follow_up_on=_day(1))
    _note(workspace, client_id, "erledigt", follow_up_on=_day(-3), follow_up_done=True)
    assert _items(workspace, Section.follow_ups) == [("gestern", 1), ("heute", 0)]


def test_a_follow_up_marked_done_leaves_and_its_undo_brings_it_back(
    workspace: Workspace,
) -> None:
    client_id = make_client(workspace.clients)
    entry_id = _note(workspace, client_id, "Angebot nachfassen", follow_up_on=TODAY)
    (item,) = workspace.today.section(Section.follow_ups, TodayTerms(TODAY)).items
    assert (item.opens, item.row_id, item.client_name) == (
        Opens.journal_entry, entry_id, "Müller & Söhne GmbH",
    )  # fmt: skip
    written = workspace.journal.mark_follow_up_done(entry_id, version=item.version)
    assert _items(workspace, Section.follow_ups) == []
    written.undo()
    assert _items(workspace, Section.follow_ups) == [("Angebot nachfassen", 0)]


def test_a_follow_up_snoozed_a_week_leaves_until_then(workspace: Workspace) -> None:
    client_id = make_client(workspace.clients)
    entry_id = _note(workspace, client_id, "Rückruf", follow_up_on=_day(-2))
    workspace.journal.snooze_follow_up(entry_id, 7, version=1, today=TODAY)
    assert _items(workspace, Section.follow_ups) == []
    later = workspace.today.section(Section.follow_ups, TodayTerms(_day(7))).items
    assert [(i.title, i.on) for i in later] == [("Rückruf", _day(7))]


# -- knowledge transfer --------------------------------------------------------------------------


def test_milestones_due_within_7_days_exactly_or_late_and_not_handed_over(
    workspace: Workspace,
) -> None:
    engagement_id = _active(workspace, make_client(workspace.clients))
    for topic, days, status in (
        ("in 7 Tagen", 7, MilestoneStatus.planned),
        ("in 8 Tagen", 8, MilestoneStatus.planned),
        ("heute", 0, MilestoneStatus.in_progress),
        ("überfällig", -4, MilestoneStatus.at_risk),
        ("erledigt", -4, MilestoneStatus.done),
        ("ohne Datum", None, MilestoneStatus.planned),
    ):
        planned = None if days is None else _day(days)
        data = MilestoneInput(topic, planned_on=planned, status=status)
        workspace.handover.add_milestone(engagement_id, data, today=TODAY)
    assert _items(workspace, Section.milestones) == [
        ("überfällig", 4), ("heute", 0), ("in 7 Tagen", -7),
    ]  # fmt: skip


def test_milestones_of_an_inquiry_are_not_due_yet(workspace: Workspace) -> None:
    engagement_id = make_engagement(workspace.engagements, make_client(workspace.clients))
    workspace.handover.add_milestone(
        engagement_id, MilestoneInput("Schulung", planned_on=TODAY), today=TODAY
    )
    assert _items(workspace, Section.milestones) == []


def test_a_handover_near_its_date_with_little_verified_is_at_risk(workspace: Workspace) -> None:
    client_id = make_client(workspace.clients)
    near = _active(workspace, client_id, "Nah", self_sufficient_on=_day(30))
    _active(workspace, client_id, "Fern", self_sufficient_on=_day(31))
    workspace.handover.add_milestone(near, MilestoneInput("Schulung"), today=TODAY)
    (item,) = workspace.today.section(Section.handover_risks, TodayTerms(TODAY)).items
    assert (item.title, item.on, item.days_late, item.figure) == ("Nah", _day(30), -30, 0)
    assert (item.opens, item.row_id, item.client_id) == (Opens.engagement, near, client_id)


# -- support -------------------------------------------------------------------------------------


def _plan(workspace: Workspace, client_id: int, name: str, **fields: object) -> int:
    values: dict[str, object] = {
        "auto_renew": True, "status": SupportPlanStatus.active, "period": SupportPeriod.month,
        **fields,
    }  # fmt: skip
    written = workspace.support.add_plan(SupportPlanInput(client_id, name, **values))  # type: ignore[arg-type]
    assert written.created_id is not None
    return written.created_id


def test_notice_deadlines_within_the_warning_days(workspace: Workspace) -> None:
    client_id = make_client(workspace.clients)
    # Terms of a year from 1 Jan: 31 Dec 2026 - 29 days' notice = 2 Dec (today).
    _plan(workspace, client_id, "heute fällig", starts_on=date(2026, 1, 1),
          period=SupportPeriod.year, notice_days=29)  # fmt: skip
    # … 30 days' notice: the deadline was yesterday; the next one is a year away.
    _plan(workspace, client_id, "gestern verpasst", starts_on=date(2026, 1, 1),
          period=SupportPeriod.year, notice_days=30)  # fmt: skip
    # Monthly from 1 Jan, 30 days' notice: the December term's deadline was yesterday too; the
    # January term's (31 Jan - 30 days = 1 Jan) is 30 days ahead: not within 30 days, within 31.
    _plan(workspace, client_id, "monatlich", starts_on=date(2026, 1, 1), notice_days=30)
    found = workspace.today.section(Section.notices, TodayTerms(TODAY)).items
    assert [(i.title, i.on, i.days_late) for i in found] == [("heute fällig", TODAY, 0)]
    assert _items(workspace, Section.notices, notice_warning_days=31) == [
        ("heute fällig", 0), ("monatlich", -30),
    ]  # fmt: skip


def test_plans_over_their_included_hours_this_period(workspace: Workspace) -> None:
    client_id = make_client(workspace.clients)
    over = _plan(workspace, client_id, "Wartung", starts_on=date(2026, 1, 1), included_hours=D(4))
    within = _plan(workspace, client_id, "Hotline", starts_on=date(2026, 1, 1),
                   included_hours=D(4))  # fmt: skip
    for plan_id, hours in ((over, "3"), (over, "2.5"), (within, "4")):
        workspace.support.add_entry(plan_id, SupportEntryInput(TODAY, D(hours)), today=TODAY)
    workspace.support.add_entry(over, SupportEntryInput(_day(-2), D(9)), today=TODAY)  # November
    (item,) = workspace.today.section(Section.over_hours, TodayTerms(TODAY)).items
    assert (item.title, item.figure, item.on) == ("Wartung", D("1.5"), date(2026, 12, 31))
    assert (item.opens, item.row_id) == (Opens.support_plan, over)


# -- scope creep and costs the client was not told ----------------------------------------------


def test_scope_creep_over_the_threshold_and_untold_costs(workspace: Workspace) -> None:
    client_id = make_client(workspace.clients)
    over = _active(workspace, client_id, "Über", budget_hours=D(100))
    at = _active(workspace, client_id, "Genau", budget_hours=D(100))
    approved = ChangeStatus.approved
    make_change(workspace.changes, over, "Feld", today=_day(-5), effort_hours=D(11),
                status=approved, decided_on=_day(-5))  # fmt: skip
    make_change(workspace.changes, at, "Logo", today=TODAY, effort_hours=D(10), status=approved,
                decided_on=TODAY, client_informed_on=TODAY)  # fmt: skip
    assert _items(workspace, Section.scope_creep) == [("Über", None)]
    (creep,) = workspace.today.section(Section.scope_creep, TodayTerms(TODAY)).items
    assert creep.figure == 11  # 11 h on a budget of 100 h
    assert _items(workspace, Section.scope_creep, scope_creep_threshold=D("0.05")) == [
        ("Über", None), ("Genau", None),
    ]  # fmt: skip
    (untold,) = workspace.today.section(Section.untold_costs, TodayTerms(TODAY)).items
    assert (untold.title, untold.figure, untold.days_late) == ("Feld", D("1320.00"), 5)


def test_scope_creep_is_over_only_beyond_the_threshold_on_either_basis(
    workspace: Workspace,
) -> None:
    """Decided in SQL, exactly: 10 h on 80 h and 125 EUR on a fixed 1,000 EUR are both 12.5 %."""
    client_id = make_client(workspace.clients)
    hours = _active(workspace, client_id, "Stunden", budget_hours=D(80))
    fixed = _active(workspace, client_id, "Pauschal", billing_model=BillingModel.fixed,
                    fixed_price=D(1000))  # fmt: skip
    for engagement_id, fields in ((hours, {"effort_hours": D(10)}),
                                  (fixed, {"effort_hours": D(1), "cost": D(125),
                                           "cost_is_manual": True})):  # fmt: skip
        make_change(workspace.changes, engagement_id, "Mehr", today=TODAY,
                    status=ChangeStatus.approved, decided_on=TODAY, client_informed_on=TODAY,
                    **fields)  # fmt: skip
    assert _items(workspace, Section.scope_creep, scope_creep_threshold=D("0.125")) == []
    over = workspace.today.section(Section.scope_creep, TodayTerms(TODAY, D("0.124"))).items
    assert sorted((item.title, item.figure) for item in over) == [
        ("Pauschal", 12), ("Stunden", 12),
    ]  # fmt: skip


# -- clients, clarification, goals ---------------------------------------------------------------


def test_clients_silent_longer_than_their_interval(workspace: Workspace) -> None:
    silent = make_client(workspace.clients, "Still GmbH", feedback_interval_days=21)
    make_client(workspace.clients, "Nie gehört")  # never heard from: nothing to count from
    just = make_client(workspace.clients, "Gerade noch", feedback_interval_days=21)
    _note(workspace, silent, "Telefonat", kind=JournalKind.call, occurred_on=_day(-22))
    _note(workspace, just, "Telefonat", kind=JournalKind.call, occurred_on=_day(-21))
    _note(workspace, just, "Notiz mit Note", occurred_on=_day(-40), satisfaction=4)
    (item,) = workspace.today.section(Section.silent_clients, TodayTerms(TODAY)).items
    assert (item.title, item.on, item.days_late, item.figure) == ("Still GmbH", _day(-1), 1, 22)
    assert (item.opens, item.row_id) == (Opens.client, silent)


def test_incomplete_clarification_of_inquiries_oldest_first(workspace: Workspace) -> None:
    client_id = make_client(workspace.clients)
    first = make_engagement(workspace.engagements, client_id, "Erste Anfrage")
    make_engagement(workspace.engagements, client_id, "Zweite Anfrage")
    done = make_engagement(workspace.engagements, client_id, "Geklärt")
    make_acceptable(workspace.clarification, workspace.agreements, done)
    found = workspace.today.section(Section.clarification, TodayTerms(TODAY)).items
    assert [i.title for i in found] == ["Erste Anfrage", "Zweite Anfrage"]
    assert (found[0].row_id, found[0].figure) == (first, 0)


def test_goals_past_their_target_date_and_still_open(workspace: Workspace) -> None:
    engagement_id = _active(workspace, make_client(workspace.clients))
    agreements = workspace.agreements
    make_goal(agreements, engagement_id, "gestern", target_date=_day(-1), status=GoalStatus.agreed)
    make_goal(agreements, engagement_id, "heute", target_date=TODAY, status=GoalStatus.agreed)
    make_goal(agreements, engagement_id, "verfehlt", target_date=_day(-9), status=GoalStatus.missed)
    assert _items(workspace, Section.overdue_goals) == [("gestern", 1)]


def test_every_section_is_listed_and_a_long_one_says_how_many(workspace: Workspace) -> None:
    client_id = make_client(workspace.clients)
    for n in range(4):
        _note(workspace, client_id, f"Nachfassen {n}", follow_up_on=_day(-n))
    sections = workspace.today.sections(TodayTerms(TODAY), limit=3)
    assert [s.section for s in sections] == list(Section)
    follow_ups = sections[0]
    assert (follow_ups.count, follow_ups.more, follow_ups.total) == (3, True, None)
    assert all(s.count == 0 and not s.more for s in sections[1:])
    counted = workspace.today.counted(sections, TodayTerms(TODAY))
    assert (counted[0].count, counted[0].total) == (3, 4)  # the items stay, the total is all
    assert counted[1:] == sections[1:]  # those that show everything are not read again


def test_the_totals_are_what_every_section_lists_without_a_limit(database: Database) -> None:
    fill_demo(database, clients=40, today=TODAY)
    today = build_workspace(database).today
    terms = TodayTerms(TODAY)
    shown = today.sections(terms, limit=1)
    listed = {s: today.section(s, terms, limit=100_000).count for s in Section}
    assert sum(1 for s in shown if s.more) >= 8  # the demo fills nearly every section
    totals = {s.section: s.total for s in today.counted(shown, terms)}
    assert totals == {s.section: listed[s.section] if s.more else None for s in shown}


# -- the calendar --------------------------------------------------------------------------------


def test_the_calendar_has_every_kind_of_date(workspace: Workspace) -> None:
    client_id = make_client(workspace.clients)
    other = make_client(workspace.clients, "Andere AG")
    engagement_id = _active(workspace, client_id, self_sufficient_on=_day(60))
    _note(workspace, client_id, "Nachfassen", follow_up_on=_day(3))
    _note(workspace, other, "Fremd", follow_up_on=_day(3))
    workspace.handover.add_milestone(
        engagement_id, MilestoneInput("Schulung", planned_on=_day(10)), today=TODAY
    )
    make_goal(workspace.agreements, engagement_id, "Ziel", target_date=_day(20),
              status=GoalStatus.agreed)  # fmt: skip
    _plan(workspace, client_id, "Wartung", starts_on=date(2026, 1, 1),
          period=SupportPeriod.year, notice_days=29)  # fmt: skip
    events = workspace.today.calendar(today=TODAY, client_id=client_id)
    assert [(e.kind, e.on, e.title) for e in events] == [
        (EventKind.notice_deadline, TODAY, "Wartung"),
        (EventKind.follow_up, _day(3), "Nachfassen"),
        (EventKind.milestone, _day(10), "Schulung"),
        (EventKind.goal, _day(20), "Ziel"),
        (EventKind.self_sufficiency, _day(60), "Einkauf"),
    ]
    assert len(workspace.today.calendar(today=TODAY)) == 6


def test_satisfaction_per_month_of_all_clients_and_of_one(workspace: Workspace) -> None:
    one = make_client(workspace.clients, "Eins")
    two = make_client(workspace.clients, "Zwei")
    _note(workspace, one, "a", occurred_on=date(2026, 11, 3), satisfaction=4)
    _note(workspace, two, "b", occurred_on=date(2026, 11, 20), satisfaction=1)
    _note(workspace, one, "c", occurred_on=date(2026, 10, 9), satisfaction=5)
    _note(workspace, one, "ohne", occurred_on=date(2026, 10, 9))
    every = workspace.today.satisfaction()
    assert [(m.month, m.average, m.count) for m in every] == [
        (date(2026, 10, 1), D("5.00"), 1), (date(2026, 11, 1), D("2.50"), 2),
    ]  # fmt: skip
    assert [m.average for m in workspace.today.satisfaction(two)] == [D("1.00")]

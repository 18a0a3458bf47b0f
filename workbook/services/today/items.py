"""The Today items from the rows each section's statement reads (queries.STATEMENTS): plain
Python over plain rows, read by attribute. The service shapes SQLAlchemy's rows with these
functions, the first look (first_look.py) the rows sqlite3 reads before SQLAlchemy has loaded:
one shaping, whichever read."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from workbook.domain.completeness import Completeness
from workbook.domain.enums import MilestoneStatus
from workbook.domain.feedback import days_since, feedback_due_on
from workbook.domain.handover import milestone_due_soon
from workbook.services.changes.creep_rows import creep_of
from workbook.services.handover.risk_rows import risk_row
from workbook.services.journal.entry_rows import journal_row
from workbook.services.support.plan_rows import plan_row
from workbook.services.support.shapes import SupportPlanRow
from workbook.services.today.shapes import Opens, Section, TodayItem, TodaySection, TodayTerms

SECTION_LIMIT = 200  # items a section shows; `counted` tells how many there are beyond
Rows = Sequence[Any]
Shaper = Callable[[Rows, TodayTerms], list[TodayItem]]


def section_of(section: Section, items: list[TodayItem], limit: int) -> TodaySection:
    """The first `limit` items, from a read of `limit` + 1: whether there are more."""
    return TodaySection(section, tuple(items[:limit]), more=len(items) > limit)


def _late(on: date | None, today: date) -> int | None:
    return None if on is None else (today - on).days


def _follow_ups(rows: Rows, terms: TodayTerms) -> list[TodayItem]:
    today = terms.today
    entries = [journal_row(r, today) for r in rows]
    return [
        TodayItem(
            Section.follow_ups, e.client_id, e.client_name, e.summary, e.follow_up_on,
            _late(e.follow_up_on, today), Opens.journal_entry, e.id, e.engagement_id,
            e.engagement_reference, version=e.version,
        )
        for e in entries
    ]  # fmt: skip


def _milestones(rows: Rows, terms: TodayTerms) -> list[TodayItem]:
    return [
        _engagement_item(Section.milestones, r, terms.today)
        for r in rows
        if milestone_due_soon(MilestoneStatus(r.status), r.due_on, terms.today)
    ]


def _handover_risks(rows: Rows, terms: TodayTerms) -> list[TodayItem]:
    risks = [risk_row(r, terms.today, terms.handover) for r in rows]
    return [
        TodayItem(
            Section.handover_risks, r.client_id, r.client_name, r.engagement_title,
            r.readiness.self_sufficient_on, _late(r.readiness.self_sufficient_on, terms.today),
            Opens.engagement, r.engagement_id, r.engagement_id, r.engagement_reference,
            figure=None if r.readiness.percent is None else Decimal(r.readiness.percent),
        )
        for r in risks
    ]  # fmt: skip


def _notices(rows: Rows, terms: TodayTerms) -> list[TodayItem]:
    plans = [plan_row(r, r.used_hours, terms.today) for r in rows]
    return [_plan_item(Section.notices, p, p.next_notice_deadline, terms.today) for p in plans]


def _over_hours(rows: Rows, terms: TodayTerms) -> list[TodayItem]:
    plans = [plan_row(r, r.used_hours, terms.today) for r in rows]
    # the period's last day: nothing is late, the hours run on until then
    return [
        replace(
            _plan_item(Section.over_hours, p, p.period_ends_on, terms.today, p.hours_beyond),
            days_late=None,
        )
        for p in plans
    ]


def _scope_creep(rows: Rows, terms: TodayTerms) -> list[TodayItem]:
    items = []
    for r in rows:
        creep = creep_of(r, terms.scope_creep_threshold)
        items.append(
            TodayItem(
                Section.scope_creep, r.client_id, r.client_name, r.title, None, None,
                Opens.engagement, r.id, r.id, r.engagement_reference,
                figure=None if creep.percent is None else Decimal(creep.percent),
            )
        )  # fmt: skip
    return items


def _untold_costs(rows: Rows, terms: TodayTerms) -> list[TodayItem]:
    return [
        _engagement_item(Section.untold_costs, r, terms.today, figure=r.cost, currency=r.currency)
        for r in rows
    ]


def _silent_clients(rows: Rows, terms: TodayTerms) -> list[TodayItem]:
    today = terms.today
    items = []
    for r in rows:
        due = feedback_due_on(r.last, r.feedback_interval_days)
        items.append(
            TodayItem(
                Section.silent_clients, r.id, r.name, r.name, due, _late(due, today),
                Opens.client, r.id, figure=Decimal(days_since(r.last, today) or 0),
            )
        )  # fmt: skip
    return items


def _clarification(rows: Rows, terms: TodayTerms) -> list[TodayItem]:
    return [
        TodayItem(
            Section.clarification, r.client_id, r.client_name, r.title, r.created_at.date(),
            _late(r.created_at.date(), terms.today), Opens.engagement, r.id, r.id,
            r.engagement_reference,
            figure=Decimal(Completeness(r.answered, r.required).percent),
        )
        for r in rows
    ]  # fmt: skip


def _overdue_goals(rows: Rows, terms: TodayTerms) -> list[TodayItem]:
    return [_engagement_item(Section.overdue_goals, r, terms.today) for r in rows]


ITEMS: dict[Section, Shaper] = {
    Section.follow_ups: _follow_ups,
    Section.milestones: _milestones,
    Section.handover_risks: _handover_risks,
    Section.notices: _notices,
    Section.over_hours: _over_hours,
    Section.scope_creep: _scope_creep,
    Section.untold_costs: _untold_costs,
    Section.silent_clients: _silent_clients,
    Section.clarification: _clarification,
    Section.overdue_goals: _overdue_goals,
}


def _engagement_item(section: Section, r: Any, today: date, **extra: Any) -> TodayItem:
    """From a row under an engagement (a milestone, change request or goal: its id) with the
    engagement's columns (queries._of_engagement), its title and the day it is due on (due_on)."""
    return TodayItem(
        section, r.client_id, r.client_name, r.title, r.due_on, _late(r.due_on, today),
        Opens.engagement, r.engagement_id, r.engagement_id, r.engagement_reference,
        item_id=r.id, **extra,
    )  # fmt: skip


def _plan_item(
    section: Section,
    plan: SupportPlanRow,
    on: date | None,
    today: date,
    figure: Decimal | None = None,
) -> TodayItem:
    return TodayItem(
        section, plan.client_id, plan.client_name, plan.name, on, _late(on, today),
        Opens.support_plan, plan.id, plan.engagement_id, plan.engagement_reference,
        figure=figure,
    )  # fmt: skip

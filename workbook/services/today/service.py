"""The day's list (Today): what needs the consultant, across clients, in sections — and the
same dates as calendar events.

Read-only. Each section asks the area that owns its rule (journal follow-ups, support notices
and hours, handover risk) or selects in SQL what the domain's rule flags (workbook.domain:
handover, scope_creep, feedback, goals); nothing here decides a rule of its own. Every section
reads at most `limit` items and says whether there were more; `counted` then says how many."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.sql import Select

from workbook.domain.enums import MilestoneStatus, SupportPlanStatus
from workbook.domain.feedback import (
    MonthScore,
    days_since,
    feedback_due_on,
    monthly_satisfaction,
)
from workbook.domain.handover import milestone_due_soon
from workbook.services.changes.creep import creep_of
from workbook.services.engagements.shapes import Completeness
from workbook.services.handover.service import HandoverService
from workbook.services.journal.service import JournalService
from workbook.services.journal.shapes import JournalQuery
from workbook.services.paging import counted
from workbook.services.sessions import reading
from workbook.services.support.service import SupportService
from workbook.services.support.shapes import SupportPlanRow, SupportQuery
from workbook.services.today import queries
from workbook.services.today.shapes import (
    CalendarEvent,
    EventKind,
    Opens,
    Section,
    TodayItem,
    TodaySection,
    TodayTerms,
)
from workbook.store.database import Database

SECTION_LIMIT = 200  # items a section shows; `counted` tells how many there are beyond
# A section's SQL runs outside the GIL, the shaping of its rows inside: two readers overlap
# one's query with the other's rows (the day's ten sections 162 → 113 ms at 5,000 clients on
# two cores; a third or fourth reader only contended, 140–150 ms).
_READERS = 2
_Reader = Callable[[TodayTerms, int], list[TodayItem]]
_Counter = Callable[[TodayTerms], int]


def _late(on: date | None, today: date) -> int | None:
    return None if on is None else (today - on).days


class TodayService:
    def __init__(
        self,
        database: Database,
        journal: JournalService,
        support: SupportService,
        handover: HandoverService,
    ) -> None:
        self._db = database
        self._journal = journal
        self._support = support
        self._handover = handover
        self._readers: dict[Section, _Reader] = {
            Section.follow_ups: self._follow_ups,
            Section.milestones: self._milestones,
            Section.handover_risks: self._handover_risks,
            Section.notices: self._notices,
            Section.over_hours: self._over_hours,
            Section.scope_creep: self._scope_creep,
            Section.untold_costs: self._untold_costs,
            Section.silent_clients: self._silent_clients,
            Section.clarification: self._clarification,
            Section.overdue_goals: self._overdue_goals,
        }
        # How many each section has in all: its reader's query, counted in SQL.
        self._counters: dict[Section, _Counter] = {
            Section.follow_ups: lambda t: journal.follow_ups_due_count(today=t.today),
            Section.milestones: lambda t: self._count(queries.milestones_due(t.today, None)),
            Section.handover_risks: lambda t: handover.at_risk_counted(
                today=t.today, terms=t.handover, limit=1
            )[1],
            Section.notices: lambda t: support.notices_due_count(
                today=t.today, within_days=t.notice_warning_days
            ),
            Section.over_hours: lambda t: support.over_included_count(today=t.today),
            Section.scope_creep: lambda t: self._count(
                queries.creep_over(t.scope_creep_threshold, None)
            ),
            Section.untold_costs: lambda t: self._count(queries.untold_changes(None)),
            Section.silent_clients: lambda t: self._count(queries.silent_clients(t.today, None)),
            Section.clarification: lambda t: self._count(queries.clarification_open(None)),
            Section.overdue_goals: lambda t: self._count(queries.goals_overdue(t.today, None)),
        }

    def sections(self, terms: TodayTerms, *, limit: int = SECTION_LIMIT) -> list[TodaySection]:
        """Every section, in order, empty ones included; read by two threads, each over a
        connection of its own."""
        with ThreadPoolExecutor(_READERS, thread_name_prefix="today") as pool:
            return list(pool.map(lambda s: self.section(s, terms, limit=limit), Section))

    def section(
        self, section: Section, terms: TodayTerms, *, limit: int = SECTION_LIMIT
    ) -> TodaySection:
        found = self._readers[section](terms, limit + 1)
        return TodaySection(section, tuple(found[:limit]), more=len(found) > limit)

    def counted(self, sections: list[TodaySection], terms: TodayTerms) -> list[TodaySection]:
        """`sections` with the total of each that has more than it shows: the query its items
        came from, counted in SQL (every section's rule is decided there). Asked after the
        items are shown."""
        return [
            replace(s, total=self._counters[s.section](terms)) if s.more else s for s in sections
        ]

    # -- the sections ----------------------------------------------------------------------------

    def _follow_ups(self, terms: TodayTerms, limit: int) -> list[TodayItem]:
        today = terms.today
        return [
            TodayItem(
                Section.follow_ups, e.client_id, e.client_name, e.summary, e.follow_up_on,
                _late(e.follow_up_on, today), Opens.journal_entry, e.id, e.engagement_id,
                e.engagement_reference, version=e.version,
            )
            for e in self._journal.follow_ups_due(today=today, limit=limit)
        ]  # fmt: skip

    def _milestones(self, terms: TodayTerms, limit: int) -> list[TodayItem]:
        return [
            _engagement_item(Section.milestones, r, terms.today)
            for r in self._rows(queries.milestones_due(terms.today, limit))
            if milestone_due_soon(MilestoneStatus(r.status), r.due_on, terms.today)
        ]

    def _handover_risks(self, terms: TodayTerms, limit: int) -> list[TodayItem]:
        risks = self._handover.at_risk(today=terms.today, terms=terms.handover, limit=limit)
        return [
            TodayItem(
                Section.handover_risks, r.client_id, r.client_name, r.engagement_title,
                r.readiness.self_sufficient_on, _late(r.readiness.self_sufficient_on, terms.today),
                Opens.engagement, r.engagement_id, r.engagement_id, r.engagement_reference,
                figure=None if r.readiness.percent is None else Decimal(r.readiness.percent),
            )
            for r in risks
        ]  # fmt: skip

    def _notices(self, terms: TodayTerms, limit: int) -> list[TodayItem]:
        plans = self._support.notices_due(
            today=terms.today, within_days=terms.notice_warning_days, limit=limit
        )
        return [_plan_item(Section.notices, p, p.next_notice_deadline, terms.today) for p in plans]

    def _over_hours(self, terms: TodayTerms, limit: int) -> list[TodayItem]:
        plans = self._support.over_included(today=terms.today, limit=limit)
        # the period's last day: nothing is late, the hours run on until then
        return [
            replace(
                _plan_item(Section.over_hours, p, p.period_ends_on, terms.today, p.hours_beyond),
                days_late=None,
            )
            for p in plans
        ]

    def _scope_creep(self, terms: TodayTerms, limit: int) -> list[TodayItem]:
        rows = self._rows(queries.creep_over(terms.scope_creep_threshold, limit))
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

    def _untold_costs(self, terms: TodayTerms, limit: int) -> list[TodayItem]:
        return [
            _engagement_item(Section.untold_costs, r, terms.today, figure=r.cost,
                             currency=r.currency)
            for r in self._rows(queries.untold_changes(limit))
        ]  # fmt: skip

    def _silent_clients(self, terms: TodayTerms, limit: int) -> list[TodayItem]:
        today = terms.today
        items = []
        for r in self._rows(queries.silent_clients(today, limit)):
            due = feedback_due_on(r.last, r.feedback_interval_days)
            items.append(
                TodayItem(
                    Section.silent_clients, r.id, r.name, r.name, due, _late(due, today),
                    Opens.client, r.id, figure=Decimal(days_since(r.last, today) or 0),
                )
            )  # fmt: skip
        return items

    def _clarification(self, terms: TodayTerms, limit: int) -> list[TodayItem]:
        with reading(self._db) as session:
            found = list(session.execute(queries.clarification_open(limit)))
        return [
            TodayItem(
                Section.clarification, r.client_id, r.client_name, r.title, r.created_at.date(),
                _late(r.created_at.date(), terms.today), Opens.engagement, r.id, r.id,
                r.engagement_reference,
                figure=Decimal(Completeness(r.answered, r.required).percent),
            )
            for r in found
        ]  # fmt: skip

    def _overdue_goals(self, terms: TodayTerms, limit: int) -> list[TodayItem]:
        rows = self._rows(queries.goals_overdue(terms.today, limit))
        return [_engagement_item(Section.overdue_goals, r, terms.today) for r in rows]

    def _count(self, statement: Select[Any]) -> int:
        with reading(self._db) as session:
            return int(session.execute(counted(statement)).scalar_one())

    def _rows(self, statement: Select[Any]) -> list[Any]:
        with reading(self._db) as session:
            return list(session.execute(statement))

    # -- the charts ------------------------------------------------------------------------------

    def satisfaction(self, client_id: int | None = None) -> list[MonthScore]:
        """The satisfaction scores of the journal, averaged per month (of one client, or of
        all)."""
        with reading(self._db) as session:
            scores = [(r.occurred_on, r.satisfaction)
                      for r in session.execute(queries.satisfaction_scores(client_id))]  # fmt: skip
        return monthly_satisfaction(scores)

    # -- the calendar ----------------------------------------------------------------------------

    def calendar(self, *, today: date, client_id: int | None = None) -> list[CalendarEvent]:
        """Open follow-ups, planned milestones not yet done, open goals' target dates, the
        self-sufficiency dates of engagements heading for handover and the next notice
        deadline of each renewing active plan; by day."""
        events = self._follow_up_events(today, client_id) + self._notice_events(today, client_id)
        for kind, statement in (
            (EventKind.milestone, queries.planned_milestones(client_id)),
            (EventKind.goal, queries.goal_targets(client_id)),
            (EventKind.self_sufficiency, queries.self_sufficiency_dates(client_id)),
        ):
            events += [
                CalendarEvent(kind, r.id, r.due_on, r.client_name, r.engagement_reference, r.title)
                for r in self._rows(statement)
            ]
        return sorted(events, key=lambda e: (e.on, e.client_name, e.kind, e.row_id))

    def _follow_up_events(self, today: date, client_id: int | None) -> list[CalendarEvent]:
        query = JournalQuery(client_id=client_id, open_follow_ups=True)
        return [
            CalendarEvent(
                EventKind.follow_up,
                e.id,
                e.follow_up_on,
                e.client_name,
                e.engagement_reference,
                e.summary,
            )
            for e in self._journal.list(query, today=today, limit=None)
            if e.follow_up_on is not None
        ]

    def _notice_events(self, today: date, client_id: int | None) -> list[CalendarEvent]:
        query = SupportQuery(client_id=client_id, status=SupportPlanStatus.active)
        return [
            CalendarEvent(
                EventKind.notice_deadline,
                p.id,
                p.next_notice_deadline,
                p.client_name,
                p.engagement_reference,
                p.name,
            )
            for p in self._support.list(query, today=today, limit=None)
            if p.next_notice_deadline is not None
        ]


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

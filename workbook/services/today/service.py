"""The day's list (Today): what needs the consultant, across clients, in sections — and the
same dates as calendar events.

Read-only. Each section reads its statement (queries.STATEMENTS: the area's that owns its rule
— journal follow-ups, support notices and hours, handover risk — or a select of what the
domain's rule flags: handover, scope_creep, feedback, goals) and shapes the rows (items.ITEMS);
nothing here decides a rule of its own. Every section reads at most `limit` items and says
whether there were more; `counted` then says how many."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy.sql import Select

from workbook.domain.enums import SupportPlanStatus
from workbook.domain.feedback import MonthScore, monthly_satisfaction
from workbook.services.handover.service import HandoverService
from workbook.services.journal.service import JournalService
from workbook.services.journal.shapes import JournalQuery
from workbook.services.paging import counted
from workbook.services.sessions import reading
from workbook.services.support.service import SupportService
from workbook.services.support.shapes import SupportQuery
from workbook.services.today import queries
from workbook.services.today.items import ITEMS, SECTION_LIMIT, section_of
from workbook.services.today.shapes import (
    CalendarEvent,
    EventKind,
    Section,
    TodaySection,
    TodayTerms,
)
from workbook.store.database import Database

# A section's SQL runs outside the GIL, the shaping of its rows inside: two readers overlap
# one's query with the other's rows (the day's ten sections 162 → 113 ms at 5,000 clients on
# two cores; a third or fourth reader only contended, 140–150 ms).
_READERS = 2
_Counter = Callable[[TodayTerms], int]


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
        found = self._rows(queries.STATEMENTS[section](terms, limit + 1))
        return section_of(section, ITEMS[section](found, terms), limit)

    def counted(self, sections: list[TodaySection], terms: TodayTerms) -> list[TodaySection]:
        """`sections` with the total of each that has more than it shows: the query its items
        came from, counted in SQL (every section's rule is decided there). Asked after the
        items are shown."""
        return [
            replace(s, total=self._counters[s.section](terms)) if s.more else s for s in sections
        ]

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

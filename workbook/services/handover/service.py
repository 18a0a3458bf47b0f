"""Knowledge transfer: an engagement's milestones (add, edit, reorder, remove, mark done,
verify and sign off), its readiness, and the handover review across clients.

Every write returns a Written whose undo() is its inverse (workbook.services.written)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from datetime import date

from sqlalchemy import func, select
from sqlmodel import Session, col

from workbook.domain import handover
from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.enums import MilestoneStatus
from workbook.services import rows
from workbook.services.errors import NotFound
from workbook.services.handover.queries import (
    HANDING_OVER,
    at_risk_select,
    first_pages_select,
    milestones_select,
    review_conditions,
    review_page_select,
    tally_columns,
    tally_sql,
    tally_subquery,
    window_rank,
)
from workbook.services.handover.risk_rows import readiness_of, risk_row
from workbook.services.handover.rules import (
    clean_milestone,
    milestone_input,
    milestone_row,
    milestone_values,
    validate_milestone,
)
from workbook.services.handover.shapes import (
    MilestoneInput,
    MilestoneRow,
    Readiness,
    ReviewQuery,
    RiskRow,
    SignOffInput,
)
from workbook.services.ordering import STEP, reorder
from workbook.services.record_writes import added, removed
from workbook.services.sessions import reading, writing
from workbook.services.written import Written
from workbook.store.database import Database
from workbook.store.models import Client, Engagement, Milestone

# Milestones change the engagement's readiness (the engagements list, the editor's header).
_MILESTONES = (Entity.milestone, Entity.engagement)
Terms = handover.HandoverTerms
# What one reload of the review reads: the handovers at risk and how many, the count per due
# window, each window's first page.
ReviewAnswer = tuple[
    tuple[list[RiskRow], int],
    dict[handover.DueWindow, int],
    dict[handover.DueWindow, list[MilestoneRow]],
]


class HandoverService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- one engagement ------------------------------------------------------------------------

    def milestones(self, engagement_id: int, *, today: date | None = None) -> list[MilestoneRow]:
        """In the agreed order."""
        statement = (
            milestones_select()
            .where(col(Milestone.engagement_id) == engagement_id)
            .order_by(col(Milestone.position), col(Milestone.id))
        )
        day = today or date.today()
        with reading(self._db) as session:
            return [milestone_row(row, day) for row in session.execute(statement)]

    def milestone(self, milestone_id: int, *, today: date | None = None) -> MilestoneRow:
        statement = milestones_select().where(col(Milestone.id) == milestone_id)
        with reading(self._db) as session:
            found = session.execute(statement).first()
        if found is None:
            raise NotFound(milestone_id, Entity.milestone)
        return milestone_row(found, today or date.today())

    def readiness(
        self,
        engagement_id: int,
        *,
        today: date | None = None,
        terms: Terms = handover.DEFAULT_TERMS,
    ) -> Readiness:
        day = today or date.today()
        tally = tally_subquery(day)
        statement = (
            select(
                col(Engagement.status),
                col(Engagement.self_sufficient_on),
                *tally_columns(tally_sql(tally)),
            )
            .outerjoin(tally, tally.c.engagement_id == Engagement.id)
            .where(col(Engagement.id) == engagement_id)
        )
        with reading(self._db) as session:
            _engagement(session, engagement_id)
            return readiness_of(session.execute(statement).one(), day, terms)

    # -- writing -------------------------------------------------------------------------------

    def add_milestone(
        self, engagement_id: int, data: MilestoneInput, *, today: date | None = None
    ) -> Written:
        """Added at the end of the agreed order."""
        day = today or date.today()
        data = clean_milestone(data, day)
        with writing(self._db) as session:
            engagement = _engagement(session, engagement_id)
            validate_milestone(session, engagement, data, day)
            milestone = Milestone(
                engagement_id=engagement_id,
                position=_end_of_list(session, engagement_id),
                **milestone_values(data),
            )
            return added(session, milestone, _MILESTONES, self.remove_milestone)

    def update_milestone(
        self, milestone_id: int, data: MilestoneInput, *, version: int, today: date | None = None
    ) -> Written:
        day = today or date.today()
        data = clean_milestone(data, day)
        with writing(self._db) as session:
            milestone = rows.lock(session, Milestone, milestone_id, Entity.milestone, version)
            engagement = _engagement(session, milestone.engagement_id)
            validate_milestone(session, engagement, data, day)
            before = milestone_input(milestone)
            rows.assign(milestone, milestone_values(data))
            after = milestone.version
        return Written(
            ChangeSet.of(*_MILESTONES, version=after),
            lambda: self.update_milestone(milestone_id, before, version=after, today=day),
        )

    def remove_milestone(self, milestone_id: int, *, version: int) -> Written:
        return removed(
            self._db, Milestone, Entity.milestone, milestone_id, version, _MILESTONES,
            self.remove_milestone,
        )  # fmt: skip

    def move_milestone(self, milestone_id: int, delta: int) -> Written:
        """Moves within its engagement's order; an empty ChangeSet means it was already at
        that end (then there is nothing to undo)."""
        with writing(self._db) as session:
            milestone = rows.load(session, Milestone, milestone_id, Entity.milestone)
            siblings = session.execute(
                select(Milestone)
                .where(col(Milestone.engagement_id) == milestone.engagement_id)
                .order_by(col(Milestone.position), col(Milestone.id))
            ).scalars()
            moved = reorder(list(siblings), milestone_id, delta)
        return Written(
            ChangeSet.of(Entity.milestone) if moved else ChangeSet(),
            lambda: self.move_milestone(milestone_id, -delta),
        )

    def mark_done(self, milestone_id: int, *, version: int, today: date | None = None) -> Written:
        """Done today (unless a day is recorded already); a done or verified one stays as it is
        (nothing to undo then)."""
        day = today or date.today()
        current = self.milestone(milestone_id, today=day)
        if current.status in handover.SETTLED_MILESTONES:
            return _nothing()
        data = dataclasses.replace(
            current.as_input(), status=MilestoneStatus.done, done_on=current.done_on or day
        )
        return self.update_milestone(milestone_id, data, version=version, today=day)

    def verify(
        self,
        milestone_id: int,
        sign_off: SignOffInput,
        *,
        version: int,
        today: date | None = None,
    ) -> Written:
        """Verified and signed off: refused (ValidationError) without how it was verified and
        who signed it off; the sign-off day defaults to today."""
        day = today or date.today()
        current = self.milestone(milestone_id, today=day)
        data = dataclasses.replace(
            current.as_input(),
            status=MilestoneStatus.verified,
            verification=sign_off.verification,
            signed_off_by_id=sign_off.signed_off_by_id,
            signed_off_on=sign_off.signed_off_on,
        )
        return self.update_milestone(milestone_id, data, version=version, today=day)

    # -- the handover review across clients ----------------------------------------------------

    def review(
        self,
        query: ReviewQuery,
        window: handover.DueWindow,
        *,
        offset: int = 0,
        limit: int = 500,
        today: date | None = None,
    ) -> list[MilestoneRow]:
        """One due window's milestones of engagements heading for handover, in SQL order."""
        day = today or date.today()
        statement = review_page_select(query, window, day, offset=offset, limit=limit)
        with reading(self._db) as session:
            return [milestone_row(row, day) for row in session.execute(statement)]

    def review_first_pages(
        self,
        query: ReviewQuery,
        windows: Iterable[handover.DueWindow],
        *,
        limit: int,
        today: date | None = None,
    ) -> dict[handover.DueWindow, list[MilestoneRow]]:
        """The first `limit` milestones of each of `windows`, as review() pages them, in one
        query (numbered per window in SQL); a window without milestones maps to []."""
        day = today or date.today()
        asked = list(windows)
        pages: dict[handover.DueWindow, list[MilestoneRow]] = {window: [] for window in asked}
        if not asked:
            return pages
        statement = first_pages_select(query, tuple(asked), day, limit=limit)
        with reading(self._db) as session:
            for row in session.execute(statement):
                pages[handover.WINDOW_ORDER[row.window_rank]].append(milestone_row(row, day))
        return pages

    def review_answer(
        self,
        query: ReviewQuery,
        *,
        today: date,
        terms: Terms,
        risks_limit: int,
        page_limit: int,
        closed: frozenset[handover.DueWindow] = frozenset(),
        risks: tuple[list[RiskRow], int] | None = None,
        counts: dict[handover.DueWindow, int] | None = None,
    ) -> ReviewAnswer:
        """What the review shows: the handovers at risk with how many there are, the count per
        due window and the first page of each window with milestones but not `closed`;
        `risks` and `counts` kept from an answer before are not read again. The risks are read
        in a thread of their own beside the counts and pages (a reload at 5,000 clients: ~39 →
        ~28 ms)."""
        with ThreadPoolExecutor(1, thread_name_prefix="review") as beside:
            asked = None
            if risks is None:
                asked = beside.submit(
                    self.at_risk_counted,
                    client_id=query.client_id, terms=terms, today=today, limit=risks_limit,
                )  # fmt: skip
            if counts is None:
                counts = self.review_counts(query, today=today)
            shown = [window for window, count in counts.items() if count and window not in closed]
            pages = self.review_first_pages(query, shown, limit=page_limit, today=today)
            if asked is not None:
                risks = asked.result()
        assert risks is not None  # kept from before, or read beside
        return risks, counts, pages

    def review_counts(
        self, query: ReviewQuery, *, today: date | None = None
    ) -> dict[handover.DueWindow, int]:
        """How many milestones stand in each due window (every window, zeros included)."""
        rank = window_rank(today or date.today()).label("rank")
        # joined with only what the conditions need: the milestones' columns, not their names
        statement = (
            select(rank, func.count())
            .select_from(Milestone)
            .join(Engagement, col(Engagement.id) == Milestone.engagement_id)
            .where(*review_conditions(query))
            .group_by(rank)
        )
        with reading(self._db) as session:
            counted = {int(r): int(n) for r, n in session.execute(statement)}
        return {w: counted.get(i, 0) for i, w in enumerate(handover.WINDOW_ORDER)}

    def review_clients(self) -> list[tuple[int, str]]:
        """The clients with engagements heading for handover (the review's client filter)."""
        statement = (
            select(col(Client.id), col(Client.name))
            .where(
                col(Client.id).in_(
                    select(col(Engagement.client_id)).where(
                        col(Engagement.status).in_(HANDING_OVER)
                    )
                )
            )
            .order_by(col(Client.name_key), col(Client.id))
        )
        with reading(self._db) as session:
            return [(row.id, row.name) for row in session.execute(statement)]

    def at_risk(
        self,
        *,
        client_id: int | None = None,
        today: date | None = None,
        terms: Terms = handover.DEFAULT_TERMS,
        limit: int | None = None,
    ) -> list[RiskRow]:
        """Engagements whose handover is at risk, the nearest self-sufficiency date first
        (the first `limit` of them, if given)."""
        return self.at_risk_counted(client_id=client_id, today=today, terms=terms, limit=limit)[0]

    def at_risk_counted(
        self,
        *,
        client_id: int | None = None,
        today: date | None = None,
        terms: Terms = handover.DEFAULT_TERMS,
        limit: int | None = None,
    ) -> tuple[list[RiskRow], int]:
        """at_risk(), and how many there are in all, in one query (a window count over the
        rows before the limit, read off the first row: so `limit` at least 1)."""
        day = today or date.today()
        statement = at_risk_select(client_id, terms, day, limit=limit)
        with reading(self._db) as session:
            found = session.execute(statement).all()
        risks = [risk_row(row, day, terms) for row in found]
        return risks, int(found[0].total) if found else 0


def _engagement(session: Session, engagement_id: int) -> Engagement:
    return rows.load(session, Engagement, engagement_id, Entity.engagement)


def _nothing() -> Written:
    return Written(ChangeSet(), _nothing)


def _end_of_list(session: Session, engagement_id: int) -> int:
    last = session.execute(
        select(func.max(Milestone.position)).where(col(Milestone.engagement_id) == engagement_id)
    ).scalar_one()
    return 0 if last is None else int(last) + STEP

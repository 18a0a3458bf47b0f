"""Change requests: list them across engagements, log, edit, move them along their workflow,
remove them, measure the scope creep they add, and tell the client what they cost.

Every write returns a Written whose undo() is its inverse (workbook.services.written)."""

from __future__ import annotations

import builtins
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from workbook.domain import change_requests as flow
from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.enums import BillingModel, ChangeStatus
from workbook.domain.scope_creep import SCOPE_CREEP_THRESHOLD, bearer
from workbook.services import rows
from workbook.services.changes.creep import creep_columns
from workbook.services.changes.creep_rows import creep_of
from workbook.services.changes.notices import notice_facts
from workbook.services.changes.queries import change_rows_select, count_select, listed_select
from workbook.services.changes.rules import (
    change_row,
    change_values,
    clean_change,
    input_of,
    validate_change,
)
from workbook.services.changes.shapes import (
    ChangeQuery,
    ChangeRequestInput,
    ChangeRequestRow,
    Meter,
    NoticeFacts,
)
from workbook.services.errors import NotFound
from workbook.services.paging import paged
from workbook.services.sessions import reading, writing
from workbook.services.written import Written
from workbook.store.database import Database
from workbook.store.models import ChangeRequest, Engagement

# The Engagements list refreshes on change requests too (its scope-creep columns); naming the
# engagement would reload the clients list as well, for nothing it shows.
_CHANGED = (Entity.change_request,)
# A consultant has tens of engagements with changes; the chooser lists this many at most.
ENGAGEMENT_CHOICES = 2000


class ChangeRequestService:
    # list() is the usual name for the list view's query; builtins.list spells the type.
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reading -----------------------------------------------------------------------------

    def list(
        self, query: ChangeQuery, *, offset: int = 0, limit: int = 500
    ) -> list[ChangeRequestRow]:
        statement = paged(listed_select(query), ChangeRequest.id, offset=offset, limit=limit)
        with reading(self._db) as session:
            return [change_row(row) for row in session.execute(statement)]

    def count(self, query: ChangeQuery) -> int:
        with reading(self._db) as session:
            return int(session.execute(count_select(query)).scalar_one())

    def of_engagement(self, engagement_id: int) -> builtins.list[ChangeRequestRow]:
        """In the order they came in."""
        query = ChangeQuery(engagement_id=engagement_id, descending=False)
        with reading(self._db) as session:
            return [change_row(row) for row in session.execute(listed_select(query))]

    def get(self, change_id: int) -> ChangeRequestRow:
        statement = change_rows_select().where(col(ChangeRequest.id) == change_id)
        with reading(self._db) as session:
            found = session.execute(statement).first()
        if found is None:
            raise NotFound(change_id, Entity.change_request)
        return change_row(found)

    def engagement_choices(self, client_id: int | None = None) -> builtins.list[tuple[int, str]]:
        """Engagements with change requests, as "reference – title", by reference."""
        statement = (
            select(col(Engagement.id), col(Engagement.reference), col(Engagement.title))
            .where(col(Engagement.id).in_(select(col(ChangeRequest.engagement_id))))
            .order_by(col(Engagement.reference))
            .limit(ENGAGEMENT_CHOICES)
        )
        if client_id is not None:
            statement = statement.where(col(Engagement.client_id) == client_id)
        with reading(self._db) as session:
            return [(r.id, f"{r.reference} – {r.title}") for r in session.execute(statement)]

    def meter(self, engagement_id: int, *, threshold: Decimal = SCOPE_CREEP_THRESHOLD) -> Meter:
        statement = select(
            col(Engagement.billing_model),
            col(Engagement.currency),
            col(Engagement.budget_hours),
            col(Engagement.fixed_price),
            *creep_columns(),
        ).where(col(Engagement.id) == engagement_id)
        pending = select(func.count()).where(
            col(ChangeRequest.engagement_id) == engagement_id,
            col(ChangeRequest.status).in_(sorted(s.value for s in flow.PENDING)),
        )
        with reading(self._db) as session:
            found = session.execute(statement).first()
            if found is None:
                raise NotFound(engagement_id, Entity.engagement)
            waiting = int(session.execute(pending).scalar_one())
        return Meter(
            engagement_id,
            creep_of(found, threshold),
            bearer(BillingModel(found.billing_model)),
            found.currency,
            waiting,
        )

    def notice(self, engagement_id: int) -> NoticeFacts:
        """What the cost notice to the client says (workbook.presentation.notice words it)."""
        with reading(self._db) as session:
            return notice_facts(session, engagement_id)

    # -- writing -----------------------------------------------------------------------------

    def add(
        self, engagement_id: int, data: ChangeRequestInput, *, today: date | None = None
    ) -> Written:
        day = today or date.today()
        with writing(self._db) as session:
            engagement = _engagement(session, engagement_id)
            data = clean_change(data, engagement, day)
            validate_change(session, engagement, data, None, day)
            change = ChangeRequest(engagement_id=engagement_id, **change_values(data))
            session.add(change)
            session.flush()
            assert change.id is not None
            change_id = change.id
        return Written(
            ChangeSet.of(*_CHANGED, created_id=change_id, version=1),
            lambda: self.remove(change_id, version=1),
        )

    def update(
        self,
        change_id: int,
        data: ChangeRequestInput,
        *,
        version: int,
        today: date | None = None,
    ) -> Written:
        return self._update(change_id, data, version, today or date.today())

    def _update(self, change_id: int, data: ChangeRequestInput, version: int, day: date) -> Written:
        with writing(self._db) as session:
            change = _lock(session, change_id, version)
            engagement = _engagement(session, change.engagement_id)
            data = clean_change(data, engagement, day)
            validate_change(session, engagement, data, ChangeStatus(change.status), day)
            before = input_of(change)
            rows.assign(change, change_values(data))
            after = change.version
        return Written(
            ChangeSet.of(*_CHANGED, version=after, updated=(Entity.change_request, change_id)),
            lambda: self._update(change_id, before, after, day),
        )

    def step(
        self,
        change_id: int,
        target: ChangeStatus,
        *,
        version: int,
        today: date | None = None,
    ) -> Written:
        """One step of the workflow (Approve, Reject, Done…): the status, and the dates that
        come with it (workbook.domain.change_requests.settled)."""
        day = today or date.today()
        current = self.get(change_id)
        data = replace(current.as_input(), status=target)
        data = data.with_dates(flow.settled(target, data.dates, day))
        return self._update(change_id, data, version, day)

    def remove(self, change_id: int, *, version: int) -> Written:
        with writing(self._db) as session:
            change = _lock(session, change_id, version)
            saved = rows.snapshot(change)
            session.delete(change)

        def put_back() -> Written:
            with writing(self._db) as session:
                restored = rows.restore(session, ChangeRequest, saved, Entity.change_request)
            return Written(
                ChangeSet.of(*_CHANGED, version=restored),
                lambda: self.remove(change_id, version=restored),
            )

        return Written(ChangeSet.of(*_CHANGED), put_back)

    def mark_told(
        self,
        told: builtins.list[tuple[int, int]],
        *,
        today: date | None = None,
    ) -> Written:
        """The client has been told (the cost notice went out): each (id, version) gets
        today as client informed on, an estimate becomes "client informed"; one step."""
        day = today or date.today()
        return self._set_told([(change_id, version, {"client_informed_on": day})
                               for change_id, version in told])  # fmt: skip

    def _set_told(self, items: builtins.list[tuple[int, int, dict[str, Any]]]) -> Written:
        """items: (id, version, the values to set; without a status the notice's)."""
        undo: builtins.list[tuple[int, int, dict[str, Any]]] = []
        with writing(self._db) as session:
            for change_id, version, values in items:
                change = _lock(session, change_id, version)
                before = {"client_informed_on": change.client_informed_on, "status": change.status}
                status = flow.informed_status(ChangeStatus(change.status)).value
                told = {"status": status, **values}
                rows.assign(change, told)
                undo.append((change_id, change.version, before))
        return Written(ChangeSet.of(*_CHANGED), lambda: self._set_told(undo))


def _lock(session: Session, change_id: int, version: int) -> ChangeRequest:
    return rows.lock(session, ChangeRequest, change_id, Entity.change_request, version)


def _engagement(session: Session, engagement_id: int) -> Engagement:
    return rows.load(session, Engagement, engagement_id, Entity.engagement)

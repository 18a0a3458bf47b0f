"""Support plans and their entries: list, read, create, edit, end, and take any of it back;
what the Today list asks for (notice deadlines coming up, plans over their hours).

Every write returns a Written whose undo() is its inverse, checked against the rows' versions
(workbook.services.written)."""

from __future__ import annotations

import builtins
from datetime import date, timedelta
from typing import Any

from sqlalchemy.sql import Select
from sqlmodel import Session, col

from workbook.domain import support_terms as st
from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.enums import SupportEntryKind, SupportPeriod, SupportPlanStatus
from workbook.domain.validation import FieldError, Problem, ValidationError
from workbook.services import rows
from workbook.services.errors import Conflict, NotFound
from workbook.services.paging import counted, paged
from workbook.services.record_writes import added, removed
from workbook.services.sessions import reading, writing
from workbook.services.support.plan_rows import plan_row
from workbook.services.support.queries import (
    entries_select,
    plans_count_select,
    plans_list_select,
    plans_select,
)
from workbook.services.support.rules import (
    clean_entry,
    clean_plan,
    entry_problems,
    entry_row,
    entry_values,
    plan_values,
    validate_plan,
)
from workbook.services.support.shapes import (
    SupportEntryInput,
    SupportEntryRow,
    SupportPlanInput,
    SupportPlanRow,
    SupportQuery,
)
from workbook.services.support.term_columns import (
    period_bounds,
    plan_notices,
    plan_periods,
    used_hours,
)
from workbook.services.written import Written
from workbook.store.database import Database
from workbook.store.models import Client, SupportEntry, SupportPlan

_PLANS = (Entity.support_plan,)
# An entry changes its plan's hours in the current period.
_ENTRIES = (Entity.support_entry, Entity.support_plan)


class SupportService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- plans: reading --------------------------------------------------------------------------

    def list(
        self, query: SupportQuery, *, today: date, offset: int = 0, limit: int | None = 500
    ) -> builtins.list[SupportPlanRow]:
        """`limit` None: every plan (SQLite's LIMIT -1 is an error on PostgreSQL)."""
        statement = paged(plans_list_select(query), SupportPlan.id, offset=offset, limit=limit)
        with reading(self._db) as session:
            return _plan_rows(session, statement, today)

    def count(self, query: SupportQuery) -> int:
        with reading(self._db) as session:
            return int(session.execute(plans_count_select(query)).scalar_one())

    def plan(self, plan_id: int, *, today: date) -> SupportPlanRow:
        statement = plans_select().where(col(SupportPlan.id) == plan_id)
        with reading(self._db) as session:
            found = _plan_rows(session, statement, today)
        if not found:
            raise NotFound(plan_id, Entity.support_plan)
        return found[0]

    def plans_of(self, client_id: int | None, *, today: date) -> builtins.list[SupportPlanRow]:
        """Every plan (of one client, or of all), by client and start: the export sheet."""
        return self.list(SupportQuery(client_id=client_id), today=today, limit=None)

    # -- plans: what the Today list needs --------------------------------------------------------

    def notices_due(
        self,
        *,
        today: date,
        within_days: int = st.NOTICE_WARNING_DAYS,
        limit: int | None = None,
    ) -> builtins.list[SupportPlanRow]:
        """Active plans whose next notice deadline falls within `within_days` (today included),
        soonest first: give notice by then, or the plan renews; `limit`: the first so many.
        The deadlines are worked out, filtered and sorted in SQL (term_columns)."""
        statement = notices_page_select(today, within_days, limit)
        with reading(self._db) as session:
            return [plan_row(r, r.used_hours, today) for r in session.execute(statement)]

    def notices_due_count(self, *, today: date, within_days: int = st.NOTICE_WARNING_DAYS) -> int:
        """How many notices_due() there are in all."""
        with reading(self._db) as session:
            return int(
                session.execute(counted(notices_due_select(today, within_days))).scalar_one()
            )

    def over_included(
        self, *, today: date, limit: int | None = None
    ) -> builtins.list[SupportPlanRow]:
        """Active plans that used more than their included hours in the current period, the
        most over first (the first `limit`); counted, filtered and sorted in SQL."""
        statement = over_included_select(today).limit(limit)
        with reading(self._db) as session:
            return [plan_row(r, r.used_hours, today) for r in session.execute(statement)]

    def over_included_count(self, *, today: date) -> int:
        """How many over_included() there are in all."""
        with reading(self._db) as session:
            return int(session.execute(counted(over_included_select(today))).scalar_one())

    # -- plans: writing ----------------------------------------------------------------------------

    def add_plan(self, data: SupportPlanInput) -> Written:
        data = clean_plan(data)
        with writing(self._db) as session:
            validate_plan(session, data, current_client_id=None)
            return added(session, SupportPlan(**plan_values(data)), _PLANS, self._erase_plan)

    def update_plan(self, plan_id: int, data: SupportPlanInput, *, version: int) -> Written:
        data = clean_plan(data)
        with writing(self._db) as session:
            plan = rows.lock(session, SupportPlan, plan_id, Entity.support_plan, version)
            validate_plan(session, data, current_client_id=plan.client_id)
            before = _plan_input(plan)
            rows.assign(plan, plan_values(data))
            after = plan.version
        return Written(
            ChangeSet.of(*_PLANS, version=after, updated=(Entity.support_plan, plan_id)),
            lambda: self.update_plan(plan_id, before, version=after),
        )

    def end_plan(self, plan_id: int, ends_on: date, *, version: int) -> Written:
        """The plan ends on `ends_on` (its last day): status ended; the undo restores both."""
        with writing(self._db) as session:
            plan = rows.lock(session, SupportPlan, plan_id, Entity.support_plan, version)
            if ends_on <= plan.starts_on:
                raise ValidationError([FieldError("ends_on", Problem.not_after_start)])
            before = _plan_input(plan)
            rows.assign(plan, {"ends_on": ends_on, "status": SupportPlanStatus.ended.value})
            after = plan.version
        return Written(
            ChangeSet.of(*_PLANS, version=after, updated=(Entity.support_plan, plan_id)),
            lambda: self.update_plan(plan_id, before, version=after),
        )

    def _erase_plan(self, plan_id: int, *, version: int) -> Written:
        """Takes back a create: refused once entries were logged on the plan."""
        with writing(self._db) as session:
            plan = rows.lock(session, SupportPlan, plan_id, Entity.support_plan, version)
            if rows.has_dependents(session, "support_plan", plan_id):
                raise Conflict(Entity.support_plan, plan_id)
            saved = rows.snapshot(plan)
            session.delete(plan)
        return Written(ChangeSet.of(*_PLANS), lambda: self._put_back_plan(saved))

    def _put_back_plan(self, saved: rows.Snapshot) -> Written:
        with writing(self._db) as session:
            restored = rows.restore(session, SupportPlan, saved, Entity.support_plan)
        return Written(
            ChangeSet.of(*_PLANS, version=restored),
            lambda: self._erase_plan(saved.row_id, version=restored),
        )

    # -- entries -----------------------------------------------------------------------------------

    def entries(self, plan_id: int) -> builtins.list[SupportEntryRow]:
        """Newest first."""
        statement = (
            entries_select()
            .where(col(SupportEntry.plan_id) == plan_id)
            .order_by(col(SupportEntry.occurred_on).desc(), col(SupportEntry.id).desc())
        )
        with reading(self._db) as session:
            return [entry_row(row) for row in session.execute(statement)]

    def entry(self, entry_id: int) -> SupportEntryRow:
        statement = entries_select().where(col(SupportEntry.id) == entry_id)
        with reading(self._db) as session:
            found = session.execute(statement).first()
        if found is None:
            raise NotFound(entry_id, Entity.support_entry)
        return entry_row(found)

    def add_entry(
        self, plan_id: int, data: SupportEntryInput, *, today: date | None = None
    ) -> Written:
        data = _checked_entry(data, today)
        with writing(self._db) as session:
            rows.load(session, SupportPlan, plan_id, Entity.support_plan)
            entry = SupportEntry(plan_id=plan_id, **entry_values(data))
            return added(session, entry, _ENTRIES, self.remove_entry)

    def update_entry(
        self, entry_id: int, data: SupportEntryInput, *, version: int, today: date | None = None
    ) -> Written:
        data = _checked_entry(data, today)
        with writing(self._db) as session:
            entry = rows.lock(session, SupportEntry, entry_id, Entity.support_entry, version)
            before = _entry_input(entry)
            rows.assign(entry, entry_values(data))
            after = entry.version
        # The value the undo writes back was accepted when it was written: its day is no
        # "future" to refuse, even if the clock disagrees (another machine, a test's today).
        return Written(
            ChangeSet.of(*_ENTRIES, version=after),
            lambda: self.update_entry(entry_id, before, version=after, today=before.occurred_on),
        )

    def remove_entry(self, entry_id: int, *, version: int) -> Written:
        return removed(
            self._db, SupportEntry, Entity.support_entry, entry_id, version, _ENTRIES,
            self.remove_entry,
        )  # fmt: skip


def notices_page_select(today: date, within_days: int, limit: int | None) -> Select[Any]:
    """The first `limit` of notices_due_select(), with the hours of their current period (for
    the plans listed only)."""
    due = notices_due_select(today, within_days)
    return paged(due, SupportPlan.id, offset=0, limit=limit).add_columns(
        used_hours(*period_bounds(today)).label("used_hours")
    )


def notices_due_select(today: date, within_days: int) -> Select[Any]:
    """Active plans whose next notice deadline comes before today + `within_days`, soonest
    first."""
    notices = plan_notices(today)
    deadline = notices.c.next_notice_deadline
    return (
        plans_select()
        .join(notices, notices.c.plan_id == SupportPlan.id)
        .where(deadline < today + timedelta(days=within_days))
        .order_by(deadline, col(Client.name_key), col(SupportPlan.id))
    )


def over_included_select(today: date) -> Select[Any]:
    """Active plans over their included hours this period, with those hours, the most over
    first."""
    periods = plan_periods(today, col(SupportPlan.included_hours).is_not(None))
    used = used_hours(periods.c.period_starts_on, periods.c.period_end)
    return (
        plans_select()
        .add_columns(used.label("used_hours"))
        .join(periods, periods.c.plan_id == SupportPlan.id)
        .where(used > SupportPlan.included_hours)
        .order_by((used - SupportPlan.included_hours).desc(), col(Client.name_key),
                  col(SupportPlan.id))
    )  # fmt: skip


def _plan_rows(session: Session, statement: Select[Any], today: date) -> list[SupportPlanRow]:
    """The plans of `statement` with the hours of their current period, summed per row in the
    same query (plan_row keeps them for active plans only)."""
    statement = statement.add_columns(used_hours(*period_bounds(today)).label("used_hours"))
    return [plan_row(row, row.used_hours, today) for row in session.execute(statement)]


def _checked_entry(data: SupportEntryInput, today: date | None) -> SupportEntryInput:
    data = clean_entry(data)
    if errors := entry_problems(data, today or date.today()):
        raise ValidationError(errors)
    return data


def _plan_input(plan: SupportPlan) -> SupportPlanInput:
    values = {name: getattr(plan, name) for name in SupportPlanInput.__dataclass_fields__}
    values.update(period=SupportPeriod(plan.period), status=SupportPlanStatus(plan.status))
    return SupportPlanInput(**values)


def _entry_input(entry: SupportEntry) -> SupportEntryInput:
    values = {name: getattr(entry, name) for name in SupportEntryInput.__dataclass_fields__}
    return SupportEntryInput(**{**values, "kind": SupportEntryKind(entry.kind)})

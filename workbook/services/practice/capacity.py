"""The load an accept decision looks at: the booked engagements and the one being accepted as
planned work (dates, planned hours), spread by workbook.domain.capacity."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlmodel import Session, col

from workbook.domain import capacity as cap
from workbook.domain.changes import Entity
from workbook.services.changes.creep import added_hours, in_scope_hours
from workbook.services.errors import NotFound
from workbook.services.practice.shapes import AcceptCheck, DayOffRow, NeedRow
from workbook.store.models import Engagement

_BOOKED = tuple(sorted(status.value for status in cap.BOOKED_STATUSES))


def planned_hours(row: Any) -> Decimal | None:
    """Budget hours, else the in-scope items' hours, plus the approved and done changes'
    effort; None when no hours were agreed at all."""
    base = row.budget_hours or Decimal(row.scope_hours or 0)
    return base + Decimal(row.added_hours or 0) if base else None


def booked_work(session: Session, engagement_id: int) -> list[tuple[cap.PlannedWork, str]]:
    """The booked engagements and `engagement_id`, that one first, each with its label
    ("2026-014 Title")."""
    statement = select(
        col(Engagement.id), col(Engagement.reference), col(Engagement.title),
        col(Engagement.starts_on), col(Engagement.ends_on), col(Engagement.budget_hours),
        in_scope_hours().label("scope_hours"),
        added_hours().label("added_hours"),
    ).where(
        or_(col(Engagement.id) == engagement_id, col(Engagement.status).in_(_BOOKED))
    )  # fmt: skip
    found = [
        (
            cap.PlannedWork(row.id, row.title, row.starts_on, row.ends_on, planned_hours(row)),
            f"{row.reference} {row.title}",
        )
        for row in session.execute(statement)
    ]
    return sorted(found, key=lambda pair: (pair[0].engagement_id != engagement_id, pair[1]))


def accept_check(
    session: Session,
    engagement_id: int,
    gaps: tuple[NeedRow, ...],
    hours_per_week: Decimal | None,
    days_off: Sequence[DayOffRow],
    today: date,
) -> AcceptCheck:
    work = booked_work(session, engagement_id)
    titles = {item.engagement_id: label for item, label in work}
    planned = [item for item, _ in work]
    if not planned or planned[0].engagement_id != engagement_id:
        raise NotFound(engagement_id, Entity.engagement)
    this = planned[0]
    load = cap.load_by_month(
        planned,
        cap.months_to_show(this, today),
        today=today,
        hours_per_week=hours_per_week or Decimal(0),
        days_off=[cap.DaysOff(day.starts_on, day.ends_on) for day in days_off],
    )
    return AcceptCheck(gaps, load, titles, hours_per_week)

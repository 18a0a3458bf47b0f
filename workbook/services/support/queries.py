"""The SQL of support plans and entries: the plans list (filter, sort and page in the
database), the entries of a plan, and the hours each plan used in its current period."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.sql import Select
from sqlmodel import Session, col

from workbook.domain import support_terms as st
from workbook.domain.enums import SupportPeriod, SupportPlanStatus
from workbook.domain.names import fold
from workbook.services.located import CLIENT_NAME
from workbook.services.rows import CHUNK, columns
from workbook.services.support.shapes import SupportQuery, SupportSort
from workbook.services.text_filter import contains, contains_folded
from workbook.store.models import Client, Engagement, SupportEntry, SupportPlan


def plans_select() -> Select[Any]:
    """Every plan with its client's name, its engagement's reference and title, and the
    engagement's currency (EUR without an engagement)."""
    return (
        select(
            *columns(SupportPlan),
            CLIENT_NAME,
            func.coalesce(Engagement.reference, "").label("engagement_reference"),
            func.coalesce(Engagement.title, "").label("engagement_title"),
            func.coalesce(Engagement.currency, "EUR").label("currency"),
        )
        .select_from(SupportPlan)
        .join(Client, col(Client.id) == SupportPlan.client_id)
        .outerjoin(Engagement, col(Engagement.id) == SupportPlan.engagement_id)
    )


def _filter(query: SupportQuery) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = []
    if query.ids is not None:
        conditions.append(col(SupportPlan.id).in_(sorted(query.ids)))
    if query.client_id is not None:
        conditions.append(col(SupportPlan.client_id) == query.client_id)
    if query.status is not None:
        conditions.append(col(SupportPlan.status) == query.status.value)
    for word in query.text.split():
        conditions.append(
            or_(contains(SupportPlan.name, word), contains_folded(Client.name_key, fold(word)))
        )
    return and_(true(), *conditions)


_SORT_KEYS: dict[SupportSort, Any] = {
    SupportSort.client: col(Client.name_key),
    SupportSort.name: func.lower(SupportPlan.name),
    SupportSort.status: col(SupportPlan.status),
    SupportSort.period: col(SupportPlan.period),
    SupportSort.included_hours: col(SupportPlan.included_hours),
    SupportSort.starts_on: col(SupportPlan.starts_on),
    SupportSort.ends_on: col(SupportPlan.ends_on),
    SupportSort.price_per_period: col(SupportPlan.price_per_period),
}


def plans_list_select(query: SupportQuery) -> Select[Any]:
    key = _SORT_KEYS[query.sort]
    order = (key.desc() if query.descending else key.asc()).nulls_last()
    # ties: by client, then the start, then id — a stable order between pages
    return (
        plans_select()
        .where(_filter(query))
        .order_by(order, col(Client.name_key), col(SupportPlan.starts_on), col(SupportPlan.id))
    )


def plans_count_select(query: SupportQuery) -> Select[Any]:
    return (
        select(func.count())
        .select_from(SupportPlan)
        .join(Client, col(Client.id) == SupportPlan.client_id)
        .where(_filter(query))
    )


def entries_select() -> Select[Any]:
    return (
        select(*columns(SupportEntry), col(SupportPlan.name).label("plan_name"), CLIENT_NAME)
        .select_from(SupportEntry)
        .join(SupportPlan, col(SupportPlan.id) == SupportEntry.plan_id)
        .join(Client, col(Client.id) == SupportPlan.client_id)
    )


def period_hours(session: Session, plans: Sequence[Any], today: date) -> dict[int, Decimal]:
    """Hours each active plan used in its current period, summed in the database: one query
    per distinct period (plans that started on the same day share one), CHUNK plans each."""
    by_bounds: dict[tuple[date, date], list[int]] = {}
    for plan in plans:
        if plan.status == SupportPlanStatus.active.value:
            bounds = st.current_period(plan.starts_on, SupportPeriod(plan.period), today)
            by_bounds.setdefault(bounds, []).append(plan.id)
    used = {plan_id: Decimal(0) for ids in by_bounds.values() for plan_id in ids}
    for (first, end), ids in by_bounds.items():
        for start in range(0, len(ids), CHUNK):
            statement = (
                select(col(SupportEntry.plan_id), func.sum(SupportEntry.hours).label("hours"))
                .where(
                    col(SupportEntry.plan_id).in_(ids[start : start + CHUNK]),
                    col(SupportEntry.occurred_on) >= first,
                    col(SupportEntry.occurred_on) < end,
                )
                .group_by(col(SupportEntry.plan_id))
            )
            for row in session.execute(statement):
                used[row.plan_id] = Decimal(row.hours or 0)
    return used

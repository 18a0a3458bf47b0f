"""The engagements list as one SQL query, and the derived figures it shows (agreed goals,
the handover tally) as grouped subqueries the services share; completeness reads the count
each engagement keeps (store.answered)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select, true
from sqlalchemy.sql import Select, Subquery
from sqlmodel import col

from workbook.domain.completeness import Completeness
from workbook.domain.enums import BillingModel, EngagementStatus, GoalStatus
from workbook.domain.handover import engagement_risk
from workbook.domain.names import fold
from workbook.domain.status_flow import STATUS_ORDER
from workbook.services.changes.creep import (
    added_cost,
    added_hours,
    creep_columns,
    share_key,
)
from workbook.services.changes.creep_rows import creep_of
from workbook.services.engagements.shapes import (
    EngagementQuery,
    EngagementRow,
    EngagementSort,
)
from workbook.services.handover.queries import (
    TallySql,
    at_risk_condition,
    tally_columns,
    tally_of_engagement,
    tally_sql,
    tally_subquery,
)
from workbook.services.handover.risk_rows import tally_of
from workbook.services.text_filter import contains, contains_folded
from workbook.store.answered import counts_required
from workbook.store.models import ClarificationQuestion, Client, Engagement, Goal
from workbook.store.ordering import text_order

AGREED_GOAL_STATUSES = (GoalStatus.agreed.value, GoalStatus.achieved.value)


def required_count() -> Any:
    """How many questions completeness is measured against: required and still active."""
    return (
        select(func.count())
        .select_from(ClarificationQuestion)
        .where(counts_required())
        .scalar_subquery()
    )


def agreed_goals() -> Subquery:
    return (
        select(col(Goal.engagement_id), func.count().label("n"))
        .where(col(Goal.status).in_(AGREED_GOAL_STATUSES))
        .group_by(col(Goal.engagement_id))
        .subquery()
    )


def facts_select(engagement_id: int) -> Select[Any]:
    """answered, required, agreed: what the status flow needs to judge one engagement."""
    goals = agreed_goals()
    return (
        select(
            col(Engagement.answered_required).label("answered"),
            required_count().label("required"),
            func.coalesce(goals.c.n, 0).label("agreed"),
        )
        .select_from(Engagement)
        .outerjoin(goals, goals.c.engagement_id == Engagement.id)
        .where(col(Engagement.id) == engagement_id)
    )


def _filter(query: EngagementQuery) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = []
    if query.ids is not None:
        conditions.append(col(Engagement.id).in_(sorted(query.ids)))
    if query.client_id is not None:
        conditions.append(col(Engagement.client_id) == query.client_id)
    if query.statuses:
        conditions.append(col(Engagement.status).in_(sorted(s.value for s in query.statuses)))
    for word in query.text.split():
        conditions.append(
            or_(
                contains(Engagement.title, word),
                contains(Engagement.reference, word),
                # name_key is folded in Python (case and accents), so non-ASCII letters match too
                contains_folded(Client.name_key, fold(word)),
            )
        )
    return and_(true(), *conditions)


def _status_rank() -> Any:
    return case(
        {status.value: rank for rank, status in enumerate(STATUS_ORDER)},
        value=Engagement.status,
        else_=len(STATUS_ORDER),
    )


@dataclass(frozen=True)
class _Figures:
    """The derived figures of an engagement as SQL: grouped subqueries joined once (every
    engagement, the export) or correlated subqueries (a page of the list). (The answered
    required questions are no figure: each row keeps their count, store.answered.)"""

    agreed: Any  # agreed or achieved goals
    tally: TallySql


def _grouped(today: date) -> tuple[_Figures, list[tuple[Subquery, Any]]]:
    goals, tally = agreed_goals(), tally_subquery(today)
    joins = [
        (goals, goals.c.engagement_id == Engagement.id),
        (tally, tally.c.engagement_id == Engagement.id),
    ]
    figures = _Figures(func.coalesce(goals.c.n, 0), tally_sql(tally))
    return figures, joins


def _correlated(today: date) -> _Figures:
    agreed = (
        select(func.count())
        .where(col(Goal.engagement_id) == Engagement.id, col(Goal.status).in_(AGREED_GOAL_STATUSES))
        .correlate_except(Goal)
        .scalar_subquery()
    )
    return _Figures(agreed, tally_of_engagement(Engagement.id, today))


def _sort_key(query: EngagementQuery, figures: _Figures) -> Any:
    today = query.today or date.today()
    tally = figures.tally
    if query.sort == EngagementSort.readiness:
        return tally.verified_weight * 1.0 / func.nullif(tally.total_weight, 0)
    if query.sort == EngagementSort.handover_at_risk:
        return case((at_risk_condition(tally, query.handover, today), 1), else_=0)
    sort_keys: dict[EngagementSort, Any] = {
        EngagementSort.client: Client.name_key,
        EngagementSort.reference: Engagement.reference,
        EngagementSort.title_text: text_order(Engagement.title),
        EngagementSort.status: _status_rank(),
        EngagementSort.billing_model: Engagement.billing_model,
        # The required count is the same for every engagement, so the answered count
        # orders exactly like the percentage (and from its index).
        EngagementSort.completeness: Engagement.answered_required,
        EngagementSort.agreed_goals: figures.agreed,
        EngagementSort.starts_on: Engagement.starts_on,
        EngagementSort.self_sufficient_on: Engagement.self_sufficient_on,
        EngagementSort.added_hours: added_hours(),
        EngagementSort.added_cost: added_cost(),
        EngagementSort.creep_share: share_key(),
    }
    return sort_keys[query.sort]


def _row_columns(figures: _Figures) -> list[Any]:
    return [
        col(Engagement.id),
        col(Engagement.client_id),
        col(Client.name).label("client_name"),
        col(Engagement.reference),
        col(Engagement.title),
        col(Engagement.status),
        col(Engagement.billing_model),
        col(Engagement.answered_required).label("answered"),
        required_count().label("required"),
        func.coalesce(figures.agreed, 0).label("agreed"),
        col(Engagement.starts_on),
        col(Engagement.self_sufficient_on),
        *tally_columns(figures.tally),
        col(Engagement.currency),
        col(Engagement.budget_hours),
        col(Engagement.fixed_price),
    ]


def engagement_rows_select(query: EngagementQuery) -> Select[Any]:
    """Every engagement the query finds, with its figures from one grouped pass per figure
    (the export reads them all; a page of the list reads engagement_page_select)."""
    figures, joins = _grouped(query.today or date.today())
    key = _sort_key(query, figures)
    statement = (
        select(*_row_columns(figures), key.label("sort_key"))
        .select_from(Engagement)
        .join(Client, col(Client.id) == Engagement.client_id)
    )
    for subquery, on in joins:
        statement = statement.outerjoin(subquery, on)
    # the id keeps the order stable between pages when sort keys tie
    return statement.where(_filter(query)).order_by(
        _ordered(key, query.descending), col(Engagement.id)
    )


def engagement_page_select(query: EngagementQuery, *, offset: int, limit: int) -> Select[Any]:
    """One page of the list: first the ids in order, from only what the filter and the sort
    key need, then every figure for the rows of that page alone (at 200k rows the figures of
    every engagement cost a hundred times the page)."""
    figures = _correlated(query.today or date.today())
    # ordered by the label: the key's subqueries run once per engagement, not again to sort
    key = _sort_key(query, figures).label("sort_key")
    page = (
        select(col(Engagement.id).label("id"), key)
        .select_from(Engagement)
        .join(Client, col(Client.id) == Engagement.client_id)
        .where(_filter(query))
        .order_by(_ordered(key, query.descending), col(Engagement.id))
        .offset(offset)
        .limit(limit)
        .subquery("page")
    )
    return (
        select(*_row_columns(figures), page.c.sort_key, *creep_columns(Engagement.id))
        .select_from(page)
        .join(Engagement, col(Engagement.id) == page.c.id)
        .join(Client, col(Client.id) == Engagement.client_id)
        .order_by(_ordered(page.c.sort_key, query.descending), page.c.id)
    )


def _ordered(key: Any, descending: bool) -> Any:
    return key.desc().nulls_last() if descending else key.asc().nulls_last()


def with_scope_creep(rows: Select[Any], query: EngagementQuery) -> Select[Any]:
    """The page of rows first, then the scope creep of those (correlated subqueries for the
    page, not for every engagement the sort walks), in the page's order."""
    page = rows.subquery("page")
    return select(page, *creep_columns(page.c.id)).order_by(
        _ordered(page.c.sort_key, query.descending), page.c.id
    )


def count_select(query: EngagementQuery) -> Select[Any]:
    return (
        select(func.count())
        .select_from(Engagement)
        .join(Client, col(Client.id) == Engagement.client_id)
        .where(_filter(query))
    )


def to_row(row: Any, query: EngagementQuery) -> EngagementRow:
    status = EngagementStatus(row.status)
    facts = tally_of(row)
    today = query.today or date.today()
    risk = engagement_risk(status, facts, row.self_sufficient_on, today, query.handover)
    return EngagementRow(
        id=row.id,
        client_id=row.client_id,
        client_name=row.client_name,
        reference=row.reference,
        title=row.title,
        status=status,
        billing_model=BillingModel(row.billing_model),
        # the percentage is rounded in one place (Completeness) for list and detail alike
        completeness=Completeness(row.answered, row.required).percent,
        agreed_goals=row.agreed,
        starts_on=row.starts_on,
        self_sufficient_on=row.self_sufficient_on,
        readiness=None if facts.share is None else round(100 * facts.share),
        handover_at_risk=risk.at_risk,
        scope_creep=creep_of(row, query.scope_creep_threshold),
        currency=row.currency,
    )

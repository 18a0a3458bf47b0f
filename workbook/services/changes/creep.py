"""Scope creep in SQL: per engagement, the totals of its approved and done change requests and
what was agreed, as correlated subqueries (computed for the rows of a page only, unless the
list is sorted by them), and the share as a sort key that orders like the domain's figure.

The figure itself always comes from workbook.domain.scope_creep.measure, for a list, one
engagement's meter and the status workbook alike."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Float, and_, case, cast, func, select
from sqlmodel import col

from workbook.domain.scope_creep import (
    COUNTED_CHANGES,
    SCOPE_CREEP_THRESHOLD,
    BudgetFacts,
    ScopeCreep,
    measure,
)
from workbook.store.models import ChangeRequest, Engagement, ScopeItem

_COUNTED = tuple(sorted(status.value for status in COUNTED_CHANGES))


def _per_engagement(value: Any, table: Any, *conditions: Any) -> Any:
    return (
        select(value)
        .where(table.engagement_id == Engagement.id, *conditions)
        .correlate(Engagement)
        .scalar_subquery()
    )


def _counted_sum(column: Any) -> Any:
    counted = col(ChangeRequest.status).in_(_COUNTED)
    return _per_engagement(func.coalesce(func.sum(column), 0), ChangeRequest, counted)


def _untold() -> Any:
    return _per_engagement(
        func.count(),
        ChangeRequest,
        col(ChangeRequest.status).in_(_COUNTED),
        col(ChangeRequest.cost) > 0,
        col(ChangeRequest.client_informed_on).is_(None),
    )


def _in_scope_sum(column: Any) -> Any:
    return _per_engagement(func.coalesce(func.sum(column), 0), ScopeItem, col(ScopeItem.in_scope))


def added_hours() -> Any:
    return _counted_sum(ChangeRequest.effort_hours)


def added_cost() -> Any:
    return _counted_sum(ChangeRequest.cost)


def creep_columns() -> list[Any]:
    """What creep_of() reads, to add to a select over Engagement."""
    return [
        col(Engagement.budget_hours),
        col(Engagement.fixed_price),
        added_hours().label("added_hours"),
        added_cost().label("added_cost"),
        _untold().label("untold"),
        _in_scope_sum(ScopeItem.estimated_hours).label("scope_hours"),
        _in_scope_sum(ScopeItem.price).label("scope_price"),
    ]


def share_key() -> Any:
    """Sorts like ScopeCreep.share (basis_of's order: budget hours, in-scope hours, fixed
    price, in-scope price); NULL where nothing was agreed. Amounts are stored as hundredths,
    so their ratios are the ratios of the amounts."""
    hours_base = func.coalesce(
        func.nullif(Engagement.budget_hours, 0), _in_scope_sum(ScopeItem.estimated_hours)
    )
    price_base = func.coalesce(
        func.nullif(Engagement.fixed_price, 0), _in_scope_sum(ScopeItem.price)
    )
    return case(
        (hours_base > 0, cast(added_hours(), Float) / hours_base),
        (and_(price_base > 0), cast(added_cost(), Float) / price_base),
        else_=None,
    )


def creep_of(row: Any, threshold: Decimal = SCOPE_CREEP_THRESHOLD) -> ScopeCreep:
    """From a result row with creep_columns()."""
    budget = BudgetFacts(
        budget_hours=row.budget_hours,
        in_scope_hours=Decimal(row.scope_hours or 0),
        fixed_price=row.fixed_price,
        in_scope_price=Decimal(row.scope_price or 0),
    )
    return measure(
        budget, Decimal(row.added_hours or 0), Decimal(row.added_cost or 0), int(row.untold),
        threshold,
    )  # fmt: skip

"""Scope creep in SQL: per engagement, the totals of its approved and done change requests and
what was agreed, as correlated subqueries (a list adds them to its page of rows, not to every
engagement), and the share as a sort key that orders like the domain's figure.

The figure itself always comes from workbook.domain.scope_creep.measure, for a list, one
engagement's meter and the status workbook alike."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Float,
    and_,
    case,
    cast,
    false,
    func,
    literal,
    select,
    type_coerce,
)
from sqlmodel import col

from workbook.domain.scope_creep import (
    COUNTED_CHANGES,
)
from workbook.store.models import ChangeRequest, Engagement, ScopeItem

COUNTED = tuple(sorted(status.value for status in COUNTED_CHANGES))


def _per_engagement(value: Any, table: Any, engagement_id: Any, *conditions: Any) -> Any:
    """A scalar subquery over `table` for the engagement whose id `engagement_id` is (a column
    of the enclosing query: Engagement.id, or the id of a page of engagements)."""
    return (
        select(value)
        .where(table.engagement_id == engagement_id, *conditions)
        .correlate_except(table)
        .scalar_subquery()
    )


def _counted_sum(column: Any, engagement_id: Any) -> Any:
    counted = col(ChangeRequest.status).in_(COUNTED)
    return _per_engagement(
        func.coalesce(func.sum(column), 0), ChangeRequest, engagement_id, counted
    )


def untold_condition() -> ColumnElement[bool]:
    """workbook.domain.scope_creep.untold_cost as SQL: counted work with a cost never told."""
    return and_(
        col(ChangeRequest.status).in_(COUNTED),
        col(ChangeRequest.cost) > 0,
        col(ChangeRequest.client_informed_on).is_(None),
    )


def _untold(engagement_id: Any) -> Any:
    return _per_engagement(func.count(), ChangeRequest, engagement_id, untold_condition())


def _in_scope_sum(column: Any, engagement_id: Any) -> Any:
    total = func.coalesce(func.sum(column), 0)
    return _per_engagement(total, ScopeItem, engagement_id, col(ScopeItem.in_scope))


def added_hours(engagement_id: Any = Engagement.id) -> Any:
    return _counted_sum(ChangeRequest.effort_hours, engagement_id)


def in_scope_hours(engagement_id: Any = Engagement.id) -> Any:
    return _in_scope_sum(ScopeItem.estimated_hours, engagement_id)


def added_cost(engagement_id: Any = Engagement.id) -> Any:
    return _counted_sum(ChangeRequest.cost, engagement_id)


def creep_columns(engagement_id: Any = Engagement.id) -> list[Any]:
    """The totals creep_of() reads besides budget_hours and fixed_price."""
    return [
        added_hours(engagement_id).label("added_hours"),
        added_cost(engagement_id).label("added_cost"),
        _untold(engagement_id).label("untold"),
        in_scope_hours(engagement_id).label("scope_hours"),
        _in_scope_sum(ScopeItem.price, engagement_id).label("scope_price"),
    ]


def _bases(engagement_id: Any) -> tuple[Any, Any]:
    """What the counted hours, and else the counted cost, are measured against (basis_of's
    order: budget hours, in-scope hours; fixed price, in-scope price), in hundredths."""
    hours_base = func.coalesce(
        func.nullif(Engagement.budget_hours, 0),
        _in_scope_sum(ScopeItem.estimated_hours, engagement_id),
    )
    price_base = func.coalesce(
        func.nullif(Engagement.fixed_price, 0), _in_scope_sum(ScopeItem.price, engagement_id)
    )
    return hours_base, price_base


def share_key() -> Any:
    """Sorts like ScopeCreep.share; NULL where nothing was agreed. Amounts are stored as
    hundredths, so their ratios are the ratios of the amounts."""
    hours_base, price_base = _bases(Engagement.id)
    return case(
        (hours_base > 0, cast(added_hours(), Float) / hours_base),
        (price_base > 0, cast(added_cost(), Float) / price_base),
        else_=None,
    )


def over_threshold(threshold: Decimal) -> ColumnElement[bool]:
    """ScopeCreep.over as SQL (share > threshold) for the engagement of the enclosing query:
    added > threshold × basis, compared exactly in whole hundredths (threshold as a fraction;
    type_coerce keeps the stored integers from being converted as amounts again)."""
    numerator, denominator = (literal(n, BigInteger) for n in threshold.as_integer_ratio())
    hours_base, price_base = (type_coerce(base, BigInteger) for base in _bases(Engagement.id))
    hours, cost = type_coerce(added_hours(), BigInteger), type_coerce(added_cost(), BigInteger)
    return case(
        (hours_base > 0, hours * denominator > hours_base * numerator),
        (price_base > 0, cost * denominator > price_base * numerator),
        else_=false(),
    )

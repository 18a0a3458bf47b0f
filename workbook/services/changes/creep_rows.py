"""An engagement's scope creep from a result row with creep.creep_columns(): plain Python (the
domain's measure), so that rows read without SQLAlchemy (Today's first look) are measured by
the same function."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from workbook.domain.scope_creep import SCOPE_CREEP_THRESHOLD, BudgetFacts, ScopeCreep, measure


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

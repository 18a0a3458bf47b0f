"""Support plans in reports: the entries that burn their hours, and a plan's facts for
workbook.domain.figures."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from workbook.domain import support_terms as st
from workbook.domain.enums import SupportPeriod, SupportPlanStatus
from workbook.store.models import SupportEntry, SupportPlan


def plan_entries(
    session: Session, client_id: int | None, *, active_only: bool = False
) -> dict[int, list[tuple[date, Decimal]]]:
    """(day, hours) of every support entry per plan, in one query (no IN list of plan ids:
    that would hit SQLite's variable limit on very large workbooks)."""
    statement = select(
        col(SupportEntry.plan_id), col(SupportEntry.occurred_on), col(SupportEntry.hours)
    ).join(SupportPlan, col(SupportPlan.id) == SupportEntry.plan_id)
    if active_only:
        statement = statement.where(col(SupportPlan.status) == SupportPlanStatus.active.value)
    if client_id is not None:
        statement = statement.where(col(SupportPlan.client_id) == client_id)
    entries: dict[int, list[tuple[date, Decimal]]] = defaultdict(list)
    for row in session.execute(statement):
        entries[row.plan_id].append((row.occurred_on, row.hours))
    return entries


def plan_facts_of(plan: Any) -> st.SupportPlanFacts:
    """Works on a SupportPlan object and on a result row with the same column names."""
    return st.SupportPlanFacts(
        starts_on=plan.starts_on,
        ends_on=plan.ends_on,
        auto_renew=plan.auto_renew,
        notice_days=plan.notice_days,
        period=SupportPeriod(plan.period),
        included_hours=plan.included_hours,
        status=SupportPlanStatus(plan.status),
    )

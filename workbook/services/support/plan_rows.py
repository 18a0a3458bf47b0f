"""A support plan's read row, with its term, notice deadlines and the hours of its current
period worked out by the domain: plain Python over any row with the plan's column names (a
SupportPlan, a SQLAlchemy row, or one of Today's first look)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from workbook.domain import support_terms as st
from workbook.domain.enums import SupportPeriod, SupportPlanStatus
from workbook.services.support.shapes import SupportPlanRow
from workbook.services.where_from import where_from


def plan_facts(plan: Any) -> st.SupportPlanFacts:
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


def plan_row(r: Any, used: Decimal | None, today: date) -> SupportPlanRow:
    """From a SupportPlan's columns, where it belongs (where_from) and its currency; `used`:
    the hours of the current period (None unless the plan is active)."""
    facts = plan_facts(r)
    term = st.current_term(facts, today)
    notice = st.notice(facts, today)
    active = facts.status is SupportPlanStatus.active
    period = st.current_period(facts.starts_on, facts.period, today) if active else None
    return SupportPlanRow(
        client_id=r.client_id,
        name=r.name,
        starts_on=r.starts_on,
        engagement_id=r.engagement_id,
        ends_on=r.ends_on,
        auto_renew=r.auto_renew,
        notice_days=r.notice_days,
        period=facts.period,
        included_hours=r.included_hours,
        response_time_hours=r.response_time_hours,
        service_hours=r.service_hours,
        channels=r.channels,
        updates_policy=r.updates_policy,
        price_per_period=r.price_per_period,
        status=facts.status,
        id=r.id,
        version=r.version,
        currency=r.currency or "EUR",
        term_starts_on=None if term is None else term.starts_on,
        term_ends_on=None if term is None else term.ends_on,
        notice_deadline=None if notice is None else notice.deadline,
        next_notice_deadline=None if notice is None else notice.next_deadline,
        period_starts_on=None if period is None else period[0],
        period_ends_on=None if period is None else date.fromordinal(period[1].toordinal() - 1),
        used_hours=used if active else None,
        hours_beyond=st.hours_beyond(used, r.included_hours) if active else None,
        **where_from(r),
    )

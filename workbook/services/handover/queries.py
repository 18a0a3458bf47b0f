"""The SQL of the knowledge transfer: milestones with their people and where they belong, the
per-engagement tally that readiness and risk are computed from, and the due windows — so the
engagements list and the handover review sort and group in the database."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, not_, or_, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql import Select, Subquery
from sqlmodel import col

from workbook.domain import handover
from workbook.domain.enums import MilestoneStatus
from workbook.services.handover.shapes import ReviewQuery, ReviewSort
from workbook.services.located import CLIENT_NAME, ENGAGEMENT_REFERENCE, ENGAGEMENT_TITLE
from workbook.services.rows import columns
from workbook.store.models import Client, Contact, Engagement, Milestone
from workbook.store.ordering import text_order

_SETTLED = [status.value for status in handover.SETTLED_MILESTONES]
HANDING_OVER = [status.value for status in handover.HANDING_OVER]


def milestones_select() -> Select[Any]:
    """Every column of a milestone, its receiver's and signer's names, client and engagement."""
    receiver, signer = aliased(Contact), aliased(Contact)
    return (
        select(
            *columns(Milestone),
            col(receiver.name).label("receiver"),
            col(signer.name).label("signed_off_by"),
            CLIENT_NAME,
            ENGAGEMENT_REFERENCE,
            ENGAGEMENT_TITLE,
        )
        .select_from(Milestone)
        .join(Engagement, col(Engagement.id) == Milestone.engagement_id)
        .join(Client, col(Client.id) == Engagement.client_id)
        .outerjoin(receiver, col(receiver.id) == Milestone.receiver_id)
        .outerjoin(signer, col(signer.id) == Milestone.signed_off_by_id)
    )


def _settled() -> ColumnElement[bool]:
    return col(Milestone.status).in_(_SETTLED)


def tally_subquery(today: date) -> Subquery:
    """Per engagement: weights (all and verified), overdue and flagged milestones — the
    facts of workbook.domain.handover.Tally, summed in SQL."""
    weight = case((col(Milestone.weight) > 0, col(Milestone.weight)), else_=0)
    verified = col(Milestone.status) == MilestoneStatus.verified.value
    overdue = and_(col(Milestone.planned_on) < today, not_(_settled()))
    flagged = col(Milestone.status) == MilestoneStatus.at_risk.value
    return (
        select(
            col(Milestone.engagement_id),
            func.sum(weight).label("total_weight"),
            func.sum(case((verified, weight), else_=0)).label("verified_weight"),
            func.sum(case((overdue, 1), else_=0)).label("overdue"),
            func.sum(case((flagged, 1), else_=0)).label("flagged"),
        )
        .group_by(col(Milestone.engagement_id))
        .subquery()
    )


def tally_columns(tally: Subquery) -> list[Any]:
    """The tally as result columns of a query joined to it (0 without milestones)."""
    names = ("total_weight", "verified_weight", "overdue", "flagged")
    return [func.coalesce(tally.c[name], 0).label(name) for name in names]


def tally_of(row: Any) -> handover.Tally:
    return handover.Tally(
        int(row.total_weight), int(row.verified_weight), int(row.overdue), int(row.flagged)
    )


def at_risk_condition(
    tally: Subquery, terms: handover.HandoverTerms, today: date
) -> ColumnElement[bool]:
    """workbook.domain.handover.engagement_risk(…).at_risk as SQL, for sorting by it."""
    total = func.coalesce(tally.c.total_weight, 0)
    verified = func.coalesce(tally.c.verified_weight, 0)
    near = and_(
        col(Engagement.self_sufficient_on).is_not(None),
        col(Engagement.self_sufficient_on) <= today + timedelta(days=terms.horizon_days),
        or_(total == 0, verified * 100 < literal(terms.minimum_percent) * total),
    )
    others = or_(func.coalesce(tally.c.overdue, 0) > 0, func.coalesce(tally.c.flagged, 0) > 0)
    return and_(col(Engagement.status).in_(HANDING_OVER), or_(near, others))


def window_rank(today: date) -> Any:
    """The due window's place in workbook.domain.handover.WINDOW_ORDER, as SQL."""
    bounds = handover.window_bounds(today)
    planned = col(Milestone.planned_on)
    rank = {window: index for index, window in enumerate(handover.WINDOW_ORDER)}
    return case(
        (_settled(), rank[handover.DueWindow.done]),
        (planned.is_(None), rank[handover.DueWindow.later]),
        (planned < today, rank[handover.DueWindow.overdue]),
        (planned <= bounds.week_end, rank[handover.DueWindow.this_week]),
        (planned <= bounds.near_end, rank[handover.DueWindow.next_30_days]),
        else_=rank[handover.DueWindow.later],
    )


def review_order(statement: Select[Any], query: ReviewQuery) -> Select[Any]:
    """The review's chosen sort (then planned day and id, so pages never overlap)."""
    selected = statement.selected_columns
    keys: dict[ReviewSort, Any] = {
        ReviewSort.planned_on: col(Milestone.planned_on),
        ReviewSort.client: col(Client.name_key),
        ReviewSort.reference: col(Engagement.reference),
        ReviewSort.topic: text_order(Milestone.topic),
        ReviewSort.method: col(Milestone.method),
        ReviewSort.receiver: text_order(selected.receiver),
        ReviewSort.status: col(Milestone.status),
        ReviewSort.weight: col(Milestone.weight),
    }
    key = keys[query.sort]
    order = key.desc().nulls_last() if query.descending else key.asc().nulls_last()
    return statement.order_by(
        order, col(Milestone.planned_on).asc().nulls_last(), col(Milestone.id)
    )


def window_condition(window: handover.DueWindow, today: date) -> ColumnElement[bool]:
    """The milestones in one due window, as ranges of the planned day (the index serves it)."""
    bounds = handover.window_bounds(today)
    planned = col(Milestone.planned_on)
    if window is handover.DueWindow.done:
        return _settled()
    ranges = {
        handover.DueWindow.overdue: planned < today,
        handover.DueWindow.this_week: and_(planned >= today, planned <= bounds.week_end),
        handover.DueWindow.next_30_days: and_(
            planned > bounds.week_end, planned <= bounds.near_end
        ),
        handover.DueWindow.later: or_(planned.is_(None), planned > bounds.near_end),
    }
    return and_(not_(_settled()), ranges[window])

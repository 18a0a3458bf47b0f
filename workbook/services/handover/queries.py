"""The SQL of the knowledge transfer: milestones with their people and where they belong, the
per-engagement tally that readiness and risk are computed from, and the due windows — so the
engagements list and the handover review sort and group in the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, not_, or_, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql import Select, Subquery
from sqlalchemy.sql.elements import Label
from sqlmodel import col

from workbook.domain import handover
from workbook.domain.enums import MilestoneStatus
from workbook.services.handover.shapes import ReviewQuery, ReviewSort
from workbook.services.located import CLIENT_NAME, ENGAGEMENT_REFERENCE, ENGAGEMENT_TITLE
from workbook.services.rows import columns
from workbook.store.models import Client, Contact, Engagement, Milestone
from workbook.store.ordering import text_order

# Sorted: a frozenset's order changes from one process to the next, and with it the SQL
# (Today's statements are compiled ahead: services.today.prepare)
SETTLED = sorted(status.value for status in handover.SETTLED_MILESTONES)
HANDING_OVER = sorted(status.value for status in handover.HANDING_OVER)


# What milestone_row reads of a milestone: not the bookkeeping times, each of which would
# cost a parse per row read (a first page of the review reads up to 250 rows).
_READ = [column for column in columns(Milestone) if column.key not in {"created_at", "updated_at"}]


def milestones_select() -> Select[Any]:
    """A milestone's columns (those milestone_row reads), its receiver's and signer's names,
    client and engagement."""
    receiver, signer = aliased(Contact), aliased(Contact)
    return (
        select(
            *_READ,
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
    return col(Milestone.status).in_(SETTLED)


def _overdue(today: date) -> ColumnElement[bool]:
    return and_(col(Milestone.planned_on) < today, not_(_settled()))


def _flagged() -> ColumnElement[bool]:
    return col(Milestone.status) == MilestoneStatus.at_risk.value


def _tally_sums(today: date) -> list[Any]:
    """Weights (all and verified), overdue and flagged milestones — the facts of
    workbook.domain.handover.Tally, summed in SQL."""
    weight = case((col(Milestone.weight) > 0, col(Milestone.weight)), else_=0)
    verified = col(Milestone.status) == MilestoneStatus.verified.value
    return [
        func.sum(weight).label("total_weight"),
        func.sum(case((verified, weight), else_=0)).label("verified_weight"),
        func.sum(case((_overdue(today), 1), else_=0)).label("overdue"),
        func.sum(case((_flagged(), 1), else_=0)).label("flagged"),
    ]


_TALLY = ("total_weight", "verified_weight", "overdue", "flagged")


@dataclass(frozen=True)
class TallySql:
    """The tally's four figures as SQL expressions (NULL without milestones)."""

    total_weight: Any
    verified_weight: Any
    overdue: Any
    flagged: Any


def tally_subquery(today: date) -> Subquery:
    """Per engagement, the tally in one grouped pass (for every engagement at once)."""
    return (
        select(col(Milestone.engagement_id), *_tally_sums(today))
        .group_by(col(Milestone.engagement_id))
        .subquery()
    )


def tally_sql(tally: Subquery) -> TallySql:
    return TallySql(*(tally.c[name] for name in _TALLY))


def tally_of_engagement(engagement_id: Any, today: date) -> TallySql:
    """The tally of the engagement whose id `engagement_id` is, as correlated subqueries: for
    a page of rows, not every engagement."""

    def one(total: Any) -> Any:
        return (
            select(total)
            .where(col(Milestone.engagement_id) == engagement_id)
            .correlate_except(Milestone)
            .scalar_subquery()
        )

    return TallySql(*(one(total) for total in _tally_sums(today)))


def tally_columns(tally: TallySql) -> list[Any]:
    """The tally as result columns (0 without milestones)."""
    return [func.coalesce(getattr(tally, name), 0).label(name) for name in _TALLY]


def at_risk_condition(
    tally: TallySql, terms: handover.HandoverTerms, today: date
) -> ColumnElement[bool]:
    """workbook.domain.handover.engagement_risk(…).at_risk as SQL, for sorting by it. The
    weights are summed only for the engagements due soon; an overdue or flagged milestone is
    looked for (EXISTS stops at the first) rather than counted, so that most engagements cost
    one look into their milestones, not four sums."""
    total = func.coalesce(tally.total_weight, 0)
    verified = func.coalesce(tally.verified_weight, 0)
    near = and_(
        col(Engagement.self_sufficient_on).is_not(None),
        col(Engagement.self_sufficient_on) <= today + timedelta(days=terms.horizon_days),
        or_(total == 0, verified * 100 < literal(terms.minimum_percent) * total),
    )
    # EXISTS of the id (which the index holds), not of every column: the look reads the
    # milestone index alone, not the rows behind it
    late_or_flagged = (
        select(col(Milestone.id))
        .where(col(Milestone.engagement_id) == Engagement.id, or_(_overdue(today), _flagged()))
        .correlate_except(Milestone)
        .exists()
    )
    return and_(col(Engagement.status).in_(HANDING_OVER), or_(near, late_or_flagged))


# A reload of the review asks the same selects again and again: each is built once per its
# arguments (building one cost ~1.5 ms of Python next to 7-20 ms of SQL; a built select is
# immutable). The last 64 are kept: one per sort, filter and day asked.
_built = lru_cache(maxsize=64)


@_built
def at_risk_select(
    client_id: int | None, terms: handover.HandoverTerms, today: date, *, limit: int | None
) -> Select[Any]:
    """The engagements whose handover is at risk, the nearest self-sufficiency date first,
    with their tally and how many there are in all (a window count over the rows before the
    limit). First the ids of the page (the status is checked before any milestone is looked
    at), then the tally and the names for the rows of that page alone."""
    conditions = [at_risk_condition(tally_of_engagement(Engagement.id, today), terms, today)]
    if client_id is not None:
        conditions.append(col(Engagement.client_id) == client_id)
    due: Label[Any] = col(Engagement.self_sufficient_on).label("due")
    name_key: Label[Any] = col(Client.name_key).label("name_key")
    page = (
        select(col(Engagement.id).label("id"), due, name_key, func.count().over().label("total"))
        .join(Client, col(Client.id) == Engagement.client_id)
        .where(*conditions)
        .order_by(due.asc().nulls_last(), name_key, col(Engagement.id))
        .limit(limit)
        .subquery("page")
    )
    return (
        select(
            col(Engagement.id),
            CLIENT_NAME,
            col(Engagement.client_id),
            col(Engagement.reference),
            col(Engagement.title),
            col(Engagement.status),
            col(Engagement.self_sufficient_on),
            *tally_columns(tally_of_engagement(Engagement.id, today)),
            page.c.total,
        )
        .select_from(page)
        .join(Engagement, col(Engagement.id) == page.c.id)
        .join(Client, col(Client.id) == Engagement.client_id)
        .order_by(page.c.due.asc().nulls_last(), page.c.name_key, page.c.id)
    )


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


def _page_ids(query: ReviewQuery, *conditions: ColumnElement[bool]) -> tuple[Select[Any], Any]:
    """The ids of the review's milestones that meet `conditions`, joined with only what the
    filter and the sort need, and the sort key (labelled sort_key in the select)."""
    receiver = aliased(Contact)
    keys: dict[ReviewSort, Any] = {
        ReviewSort.planned_on: col(Milestone.planned_on),
        ReviewSort.client: col(Client.name_key),
        ReviewSort.reference: col(Engagement.reference),
        ReviewSort.topic: text_order(Milestone.topic),
        ReviewSort.method: col(Milestone.method),
        ReviewSort.receiver: text_order(receiver.name),
        ReviewSort.status: col(Milestone.status),
        ReviewSort.weight: col(Milestone.weight),
    }
    key = keys[query.sort]
    ids = (
        select(col(Milestone.id).label("id"), key.label("sort_key"))
        .select_from(Milestone)
        .join(Engagement, col(Engagement.id) == Milestone.engagement_id)
        .where(*review_conditions(query), *conditions)
    )
    if query.sort == ReviewSort.client:
        ids = ids.join(Client, col(Client.id) == Engagement.client_id)
    if query.sort == ReviewSort.receiver:
        ids = ids.outerjoin(receiver, col(receiver.id) == Milestone.receiver_id)
    return ids, key


def review_page_select(
    query: ReviewQuery, window: handover.DueWindow, today: date, *, offset: int, limit: int
) -> Select[Any]:
    """One page of a due window in the review's chosen sort (then planned day and id, so
    pages never overlap): first the milestones' ids, then every column for the rows of the
    page alone."""
    ids, _key = _page_ids(query, window_condition(window, today))
    page = (
        ids.order_by(*_review_order(ids.selected_columns.sort_key, query.descending))
        .offset(offset)
        .limit(limit)
        .subquery("page")
    )
    return (
        milestones_select()
        .join(page, page.c.id == Milestone.id)
        .order_by(*_review_order(page.c.sort_key, query.descending))
    )


@_built
def first_pages_select(
    query: ReviewQuery, windows: tuple[handover.DueWindow, ...], today: date, *, limit: int
) -> Select[Any]:
    """The first `limit` milestones of each of `windows` at once, as review_page_select pages
    them: numbered per window (row_number over the window's rank) in the same order, then
    every column for the rows numbered up to `limit`; with their window_rank."""
    rank = window_rank(today)
    ranks = [handover.WINDOW_ORDER.index(window) for window in windows]
    ids, key = _page_ids(query, rank.in_(ranks))
    place = func.row_number().over(partition_by=rank, order_by=_review_order(key, query.descending))
    numbered = ids.add_columns(rank.label("window_rank"), place.label("place")).subquery("numbered")
    return (
        milestones_select()
        .add_columns(numbered.c.window_rank)
        .join(numbered, numbered.c.id == Milestone.id)
        .where(numbered.c.place <= limit)
        .order_by(numbered.c.window_rank, numbered.c.place)
    )


def _review_order(key: Any, descending: bool) -> list[Any]:
    order = key.desc().nulls_last() if descending else key.asc().nulls_last()
    return [order, col(Milestone.planned_on).asc().nulls_last(), col(Milestone.id)]


def review_conditions(query: ReviewQuery) -> list[ColumnElement[bool]]:
    """The milestones the review shows: of engagements heading for handover, filtered."""
    conditions: list[ColumnElement[bool]] = [col(Engagement.status).in_(HANDING_OVER)]
    if query.client_id is not None:
        conditions.append(col(Engagement.client_id) == query.client_id)
    if query.status is not None:
        conditions.append(col(Milestone.status) == query.status.value)
    return conditions


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

"""Change requests as one SQL query for every list: the editor's page, the Changes tab across
engagements and the export sheet — joined with their client, engagement, the contact who asked
and the catalogue item they touch; filtered, sorted and paged in the database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select, true
from sqlalchemy.sql import Select
from sqlmodel import col

from workbook.domain.change_requests import STATUS_ORDER
from workbook.domain.names import fold
from workbook.services.changes.shapes import ChangeQuery, ChangeSort
from workbook.services.located import CLIENT_NAME, ENGAGEMENT_REFERENCE, ENGAGEMENT_TITLE
from workbook.services.rows import columns
from workbook.services.text_filter import contains, contains_folded
from workbook.store.models import ChangeRequest, Client, Contact, Engagement, ScopeItem

REQUESTED_BY = func.coalesce(Contact.name, ChangeRequest.requested_by_text)


def change_rows_select() -> Select[Any]:
    """Every change request with what its row shows; narrow it with where()."""
    return (
        select(
            *columns(ChangeRequest),
            col(Engagement.client_id),
            col(Engagement.currency),
            col(Engagement.billing_model),
            CLIENT_NAME,
            ENGAGEMENT_REFERENCE,
            ENGAGEMENT_TITLE,
            func.coalesce(REQUESTED_BY, "").label("requested_by"),
            func.coalesce(ScopeItem.title, "").label("scope_item_title"),
            col(ScopeItem.in_scope).label("scope_item_in_scope"),
        )
        .select_from(ChangeRequest)
        .join(Engagement, col(Engagement.id) == ChangeRequest.engagement_id)
        .join(Client, col(Client.id) == Engagement.client_id)
        .outerjoin(Contact, col(Contact.id) == ChangeRequest.requested_by_id)
        .outerjoin(ScopeItem, col(ScopeItem.id) == ChangeRequest.scope_item_id)
    )


def _filter(query: ChangeQuery) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = []
    if query.ids is not None:
        conditions.append(col(ChangeRequest.id).in_(sorted(query.ids)))
    if query.client_id is not None:
        conditions.append(col(Engagement.client_id) == query.client_id)
    if query.engagement_id is not None:
        conditions.append(col(ChangeRequest.engagement_id) == query.engagement_id)
    if query.statuses:
        conditions.append(col(ChangeRequest.status).in_(sorted(s.value for s in query.statuses)))
    if query.kind is not None:
        conditions.append(col(ChangeRequest.kind) == query.kind.value)
    for word in query.text.split():
        conditions.append(
            or_(
                contains(ChangeRequest.title, word),
                contains(ChangeRequest.department, word),
                contains(Contact.name, word),
                contains(ChangeRequest.requested_by_text, word),
                contains(Engagement.reference, word),
                contains(Engagement.title, word),
                contains_folded(Client.name_key, fold(word)),
            )
        )
    return and_(true(), *conditions)


def _status_rank() -> Any:
    return case(
        {status.value: rank for rank, status in enumerate(STATUS_ORDER)},
        value=ChangeRequest.status,
        else_=len(STATUS_ORDER),
    )


def _sort_key(sort: ChangeSort) -> Any:
    keys: dict[ChangeSort, Any] = {
        ChangeSort.client: Client.name_key,
        ChangeSort.reference: Engagement.reference,
        ChangeSort.title_text: func.lower(ChangeRequest.title),
        ChangeSort.kind: ChangeRequest.kind,
        ChangeSort.requested_on: ChangeRequest.requested_on,
        ChangeSort.status: _status_rank(),
        ChangeSort.effort_hours: ChangeRequest.effort_hours,
        ChangeSort.cost: ChangeRequest.cost,
        ChangeSort.client_informed_on: ChangeRequest.client_informed_on,
    }
    return keys[sort]


def listed_select(query: ChangeQuery) -> Select[Any]:
    key = _sort_key(query.sort)
    order = key.desc().nulls_last() if query.descending else key.asc().nulls_last()
    # the id keeps the order stable between pages when sort keys tie
    tie = col(ChangeRequest.id).desc() if query.descending else col(ChangeRequest.id)
    return change_rows_select().where(_filter(query)).order_by(order, tie)


def count_select(query: ChangeQuery) -> Select[Any]:
    return (
        select(func.count())
        .select_from(ChangeRequest)
        .join(Engagement, col(Engagement.id) == ChangeRequest.engagement_id)
        .join(Client, col(Client.id) == Engagement.client_id)
        .outerjoin(Contact, col(Contact.id) == ChangeRequest.requested_by_id)
        .where(_filter(query))
    )

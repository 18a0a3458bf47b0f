"""The SQL of the journal: every entry with where it belongs, filtered, sorted and paged in the
database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.sql import Select
from sqlmodel import col

from workbook.domain.names import fold
from workbook.services.journal.shapes import JournalQuery, JournalSort
from workbook.services.located import CLIENT_NAME
from workbook.services.rows import columns
from workbook.services.text_filter import contains, contains_folded
from workbook.store.models import Client, Engagement, JournalEntry
from workbook.store.ordering import scanned_order, text_order


def entries_select() -> Select[Any]:
    return (
        select(
            *columns(JournalEntry),
            CLIENT_NAME,
            func.coalesce(Engagement.reference, "").label("engagement_reference"),
            func.coalesce(Engagement.title, "").label("engagement_title"),
        )
        .select_from(JournalEntry)
        .join(Client, col(Client.id) == JournalEntry.client_id)
        .outerjoin(Engagement, col(Engagement.id) == JournalEntry.engagement_id)
    )


def open_follow_up() -> ColumnElement[bool]:
    return and_(col(JournalEntry.follow_up_on).is_not(None), ~col(JournalEntry.follow_up_done))


def _filter(query: JournalQuery) -> ColumnElement[bool]:
    entry = JournalEntry
    conditions: list[ColumnElement[bool]] = []
    if query.ids is not None:
        conditions.append(col(entry.id).in_(sorted(query.ids)))
    if query.client_id is not None:
        conditions.append(col(entry.client_id) == query.client_id)
    if query.kinds:
        conditions.append(col(entry.kind).in_(sorted(kind.value for kind in query.kinds)))
    if query.occurred_from is not None:
        conditions.append(col(entry.occurred_on) >= query.occurred_from)
    if query.occurred_to is not None:
        conditions.append(col(entry.occurred_on) <= query.occurred_to)
    if query.open_follow_ups:
        conditions.append(open_follow_up())
    for word in query.text.split():
        conditions.append(
            or_(
                contains(entry.summary, word),
                contains(entry.details, word),
                contains_folded(Client.name_key, fold(word)),
            )
        )
    return and_(true(), *conditions)


_SORT_KEYS: dict[JournalSort, Any] = {
    JournalSort.occurred_on: col(JournalEntry.occurred_on),
    JournalSort.client: col(Client.name_key),
    JournalSort.kind: col(JournalEntry.kind),
    JournalSort.summary: text_order(JournalEntry.summary),
    JournalSort.satisfaction: col(JournalEntry.satisfaction),
    JournalSort.follow_up_on: col(JournalEntry.follow_up_on),
}


def list_select(query: JournalQuery) -> Select[Any]:
    key = _SORT_KEYS[query.sort]
    if query.text.split():  # words no index finds: a walk of the key's index may read it all
        key = scanned_order(key)
    order = (key.desc() if query.descending else key.asc()).nulls_last()
    # ties: newest first, then the later entered — the same order on every page
    tiebreak = (col(JournalEntry.occurred_on).desc(), col(JournalEntry.id).desc())
    return entries_select().where(_filter(query)).order_by(order, *tiebreak)


def count_select(query: JournalQuery) -> Select[Any]:
    return (
        select(func.count())
        .select_from(JournalEntry)
        .join(Client, col(Client.id) == JournalEntry.client_id)
        .where(_filter(query))
    )

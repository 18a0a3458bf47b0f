"""The clients list as one SQL query: filter, sort and page in the database, not in Qt."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.sql import Select
from sqlmodel import col

from workbook.domain.enums import FEEDBACK_KINDS
from workbook.domain.feedback import days_since
from workbook.domain.names import fold
from workbook.services.clients.shapes import ClientQuery, ClientRow, ClientSort
from workbook.services.text_filter import contains, contains_folded
from workbook.store.models import Client, Contact, Engagement, JournalEntry


def _filter(query: ClientQuery) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = []
    if query.ids is not None:
        conditions.append(col(Client.id).in_(sorted(query.ids)))
    if not query.include_archived:
        conditions.append(col(Client.archived_at).is_(None))
    for word in query.text.split():
        # IN over one pass of the contacts, not EXISTS per client: 200k clients stay quick.
        contact_matches = col(Client.id).in_(
            select(col(Contact.client_id)).where(contains(Contact.name, word))
        )
        conditions.append(
            or_(
                # name_key is folded in Python (case, accents): "muller" finds "Müller" (SQLite's
                # lower() only folds ASCII).
                contains_folded(Client.name_key, fold(word)),
                contains(Client.industry, word),
                contains(Client.tags, word),
                contact_matches,
            )
        )
    return and_(true(), *conditions)


def _figures() -> dict[str, Any]:
    """What a client's row shows beside its own columns, as correlated subqueries."""
    engagement_count = (
        select(func.count())
        .where(col(Engagement.client_id) == Client.id)
        .correlate(Client)
        .scalar_subquery()
    )
    last_contact = (
        select(func.max(JournalEntry.occurred_on))
        .where(col(JournalEntry.client_id) == Client.id)
        .correlate(Client)
        .scalar_subquery()
    )
    last_feedback = (
        select(func.max(JournalEntry.occurred_on))
        .where(
            col(JournalEntry.client_id) == Client.id,
            or_(
                col(JournalEntry.kind).in_([kind.value for kind in FEEDBACK_KINDS]),
                col(JournalEntry.satisfaction).is_not(None),
            ),
        )
        .correlate(Client)
        .scalar_subquery()
    )
    primary = (
        select(col(Contact.name))
        .where(col(Contact.client_id) == Client.id, col(Contact.is_primary))
        .order_by(col(Contact.id))
        .limit(1)
        .scalar_subquery()
    )
    return {
        "primary": func.coalesce(primary, ""),
        "engagements": engagement_count,
        "last": last_contact,
        "last_feedback": last_feedback,
    }


def _sort_key(query: ClientQuery, figures: dict[str, Any]) -> Any:
    sort_keys: dict[ClientSort, Any] = {
        ClientSort.name: col(Client.name_key),
        ClientSort.industry: func.lower(Client.industry),
        ClientSort.primary_contact: func.lower(figures["primary"]),
        ClientSort.engagements: figures["engagements"],
        ClientSort.last_contact: figures["last"],
        # more days since = an older last feedback: the order of the dates, turned round
        ClientSort.days_since_feedback: figures["last_feedback"],
        ClientSort.tags: func.lower(Client.tags),
    }
    return sort_keys[query.sort]


def _order(query: ClientQuery, key: Any, name_key: Any, client_id: Any) -> list[Any]:
    descending = query.descending != (query.sort == ClientSort.days_since_feedback)
    order = key.desc() if descending else key.asc()
    if query.sort in _DATES:  # never contacted, never heard from: last, in either direction
        order = order.nulls_last()
    # ties by name, then id: a stable order between pages (and the index order for names)
    if query.sort == ClientSort.name:
        return [order, client_id.desc() if query.descending else client_id]
    return [order, name_key, client_id]


def client_page_select(query: ClientQuery, *, offset: int, limit: int) -> Select[Any]:
    """One page of the clients list. First the page's ids in order, computing only the sort
    key for every client (sorted by name, SQLite walks the name index and stops after one
    page); then the contact, counts and dates for the rows of that page alone."""
    figures = _figures()
    # ordered by the label: the key's subquery runs once per client, not again for the order
    key = _sort_key(query, figures).label("sort_key")
    page = (
        select(col(Client.id).label("id"), col(Client.name_key), key)
        .where(_filter(query))
        .order_by(*_order(query, key, col(Client.name_key), col(Client.id)))
        .offset(offset)
        .limit(limit)
        .subquery("page")
    )
    return (
        select(
            col(Client.id),
            col(Client.name),
            col(Client.industry),
            figures["primary"].label("primary_contact"),
            figures["engagements"].label("engagements"),
            figures["last"].label("last"),
            figures["last_feedback"].label("last_feedback"),
            col(Client.feedback_interval_days),
            col(Client.tags),
            col(Client.archived_at).is_not(None).label("archived"),
        )
        .select_from(page)
        .join(Client, col(Client.id) == page.c.id)
        .order_by(*_order(query, page.c.sort_key, page.c.name_key, page.c.id))
    )


def count_select(query: ClientQuery) -> Select[Any]:
    return select(func.count()).select_from(Client).where(_filter(query))


_DATES = (ClientSort.last_contact, ClientSort.days_since_feedback)


def to_row(row: Any, today: date) -> ClientRow:
    return ClientRow(
        id=row.id,
        name=row.name,
        industry=row.industry,
        primary_contact=row.primary_contact,
        engagements=row.engagements,
        last_contact=row.last,
        last_feedback=row.last_feedback,
        feedback_interval_days=row.feedback_interval_days,
        days_since_feedback=days_since(row.last_feedback, today),
        tags=row.tags,
        archived=bool(row.archived),
    )

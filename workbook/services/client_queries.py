"""The clients list as one SQL query: filter, sort and page in the database, not in Qt."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select, true
from sqlalchemy.sql import Select
from sqlmodel import col

from workbook.domain.names import fold
from workbook.services.client_shapes import ClientQuery, ClientRow, ClientSort
from workbook.store.models import Client, Contact, Engagement, JournalEntry


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filter(query: ClientQuery) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = []
    if not query.include_archived:
        conditions.append(col(Client.archived_at).is_(None))
    for word in query.text.split():
        pattern = f"%{_escape_like(word)}%"
        folded = f"%{_escape_like(fold(word))}%"
        contact_matches = exists().where(
            col(Contact.client_id) == Client.id, col(Contact.name).ilike(pattern, escape="\\")
        )
        conditions.append(
            or_(
                # name_key is folded in Python (case, accents): "muller" finds "Müller" (SQLite's
                # lower() only folds ASCII).
                col(Client.name_key).like(folded, escape="\\"),
                col(Client.industry).ilike(pattern, escape="\\"),
                col(Client.tags).ilike(pattern, escape="\\"),
                contact_matches,
            )
        )
    return and_(true(), *conditions)


def client_rows_select(query: ClientQuery) -> Select[Any]:
    engagements = (
        select(col(Engagement.client_id), func.count().label("n"))
        .group_by(col(Engagement.client_id))
        .subquery()
    )
    last_contact = (
        select(col(JournalEntry.client_id), func.max(JournalEntry.occurred_on).label("last"))
        .group_by(col(JournalEntry.client_id))
        .subquery()
    )
    primary = (
        select(col(Contact.name))
        .where(col(Contact.client_id) == Client.id, col(Contact.is_primary))
        .order_by(col(Contact.id))
        .limit(1)
        .scalar_subquery()
    )
    engagement_count = func.coalesce(engagements.c.n, 0)
    sort_keys: dict[ClientSort, Any] = {
        ClientSort.name: Client.name_key,
        ClientSort.industry: func.lower(Client.industry),
        ClientSort.primary_contact: func.lower(func.coalesce(primary, "")),
        ClientSort.engagements: engagement_count,
        ClientSort.last_contact: last_contact.c.last,
        ClientSort.tags: func.lower(Client.tags),
    }
    key = sort_keys[query.sort]
    order = key.desc().nulls_last() if query.descending else key.asc().nulls_last()
    return (
        select(
            col(Client.id),
            col(Client.name),
            col(Client.industry),
            func.coalesce(primary, "").label("primary_contact"),
            engagement_count.label("engagements"),
            last_contact.c.last,
            col(Client.tags),
            col(Client.archived_at).is_not(None).label("archived"),
        )
        .outerjoin(engagements, engagements.c.client_id == Client.id)
        .outerjoin(last_contact, last_contact.c.client_id == Client.id)
        .where(_filter(query))
        # the id keeps the order stable between pages when sort keys tie
        .order_by(order, col(Client.name_key), col(Client.id))
    )


def count_select(query: ClientQuery) -> Select[Any]:
    return select(func.count()).select_from(Client).where(_filter(query))


def to_row(row: Any) -> ClientRow:
    return ClientRow(
        id=row.id,
        name=row.name,
        industry=row.industry,
        primary_contact=row.primary_contact,
        engagements=row.engagements,
        last_contact=row.last,
        tags=row.tags,
        archived=bool(row.archived),
    )

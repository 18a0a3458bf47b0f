"""Search over every entity through the store's index (workbook.store.search): results as you
type, grouped by type (clients first), each with its client and engagement, so the window can
open it where it is edited."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, literal, select
from sqlmodel import col

from workbook.domain.changes import Entity
from workbook.services.search.shapes import SearchGroup, SearchResult
from workbook.services.sessions import reading
from workbook.store.database import Database
from workbook.store.models import (
    ChangeRequest,
    ClarificationAnswer,
    Client,
    Contact,
    Engagement,
    Goal,
    JournalEntry,
    Milestone,
    ScopeItem,
    SupportEntry,
    SupportPlan,
    Wish,
)
from workbook.store.search.documents import DOCUMENTS
from workbook.store.search.index import Described, Found

SEARCHED = 2000  # matches ranked and counted; beyond that a sample, the counts lower bounds
PER_GROUP = 8  # shown per type; the rest is counted
ORDER = tuple(document.entity for document in DOCUMENTS)
_UNDER_ENGAGEMENT: dict[Entity, Any] = {
    Entity.clarification: ClarificationAnswer,
    Entity.wish: Wish,
    Entity.goal: Goal,
    Entity.scope_item: ScopeItem,
    Entity.change_request: ChangeRequest,
    Entity.milestone: Milestone,
}


class SearchService:
    def __init__(self, database: Database, *, searched: int = SEARCHED) -> None:
        self._db = database
        self._searched = searched

    def search(self, text: str, *, per_group: int = PER_GROUP) -> list[SearchGroup]:
        words = text.split()
        with reading(self._db) as session:
            connection = session.connection()
            matches = self._db.search.match(connection, words, self._searched)
            by_entity: defaultdict[Entity, list[Found]] = defaultdict(list)
            for found in matches.found:
                by_entity[found.entity].append(found)
            shown = {entity: found[:per_group] for entity, found in by_entity.items()}
            texts = self._db.search.describe(
                connection, [hit for hits in shown.values() for hit in hits], words
            )
            groups = []
            for entity in ORDER:
                hits = [hit for hit in shown.get(entity, ()) if hit in texts]
                if hits:
                    places = _places(session, entity, [hit.row_id for hit in hits])
                    results = tuple(
                        _result(hit, texts[hit], places.get(hit.row_id)) for hit in hits
                    )
                    more = len(by_entity[entity]) - len(hits)
                    groups.append(SearchGroup(entity, results, more, matches.capped))
            return groups


def _result(hit: Found, text: Described, place: Any) -> SearchResult:
    return SearchResult(
        entity=hit.entity,
        row_id=hit.row_id,
        title=text.title,
        snippet=text.snippet,
        client_id=place.client_id if place else None,
        client_name=place.client_name if place else "",
        engagement_id=place.engagement_id if place else None,
        engagement_reference=(place.engagement_reference or "") if place else "",
        client_archived=bool(place and place.archived_at is not None),
    )


def _places(session: Any, entity: Entity, ids: Sequence[int]) -> dict[int, Any]:
    """row id → its client (id, name, archived) and engagement (id, reference)."""
    statement = _place_select(entity).where(col(_row_id(entity)).in_(ids))
    return {row.row_id: row for row in session.execute(statement)}


def _row_id(entity: Entity) -> Any:
    tables = {Entity.client: Client, Entity.contact: Contact, Entity.engagement: Engagement,
              Entity.support_plan: SupportPlan, Entity.support_entry: SupportEntry,
              Entity.journal: JournalEntry, **_UNDER_ENGAGEMENT}  # fmt: skip
    return tables[entity].id


def _place_select(entity: Entity) -> Select[Any]:
    client: tuple[Any, ...] = (
        col(Client.id).label("client_id"), col(Client.name).label("client_name"),
        col(Client.archived_at),
    )  # fmt: skip
    engagement: tuple[Any, ...] = (
        col(Engagement.id).label("engagement_id"),
        col(Engagement.reference).label("engagement_reference"),
    )
    row_id = _row_id(entity).label("row_id")
    if entity is Entity.client:
        return select(row_id, *client, *_none_engagement())
    if entity is Entity.contact:
        return select(row_id, *client, *_none_engagement()).join(
            Client, col(Client.id) == Contact.client_id
        )
    if entity is Entity.engagement:
        return select(row_id, *client, *engagement).join(
            Client, col(Client.id) == Engagement.client_id
        )
    if entity in _UNDER_ENGAGEMENT:
        table = _UNDER_ENGAGEMENT[entity]
        return (
            select(row_id, *client, *engagement)
            .select_from(table)
            .join(Engagement, col(Engagement.id) == table.engagement_id)
            .join(Client, col(Client.id) == Engagement.client_id)
        )
    if entity is Entity.support_entry:
        return (
            select(row_id, *client, *engagement)
            .select_from(SupportEntry)
            .join(SupportPlan, col(SupportPlan.id) == SupportEntry.plan_id)
            .join(Client, col(Client.id) == SupportPlan.client_id)
            .outerjoin(Engagement, col(Engagement.id) == SupportPlan.engagement_id)
        )
    table = SupportPlan if entity is Entity.support_plan else JournalEntry
    return (
        select(row_id, *client, *engagement)
        .select_from(table)
        .join(Client, col(Client.id) == table.client_id)
        .outerjoin(Engagement, col(Engagement.id) == table.engagement_id)
    )


def _none_engagement() -> tuple[Any, ...]:
    return (literal(None).label("engagement_id"), literal("").label("engagement_reference"))

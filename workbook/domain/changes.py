"""ChangeSet: what a write touched, so each view refreshes only when it cares (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Entity(StrEnum):
    client = "client"
    contact = "contact"
    engagement = "engagement"
    clarification = "clarification"
    wish = "wish"
    goal = "goal"
    scope_item = "scope_item"
    change_request = "change_request"
    milestone = "milestone"
    support_plan = "support_plan"
    support_entry = "support_entry"
    journal = "journal"
    # your practice: the profile, competences and days off
    practice = "practice"


@dataclass(frozen=True)
class ChangeSet:
    entities: frozenset[Entity] = field(default_factory=frozenset)
    # The id a create produced (the caller selects the new row).
    created_id: int | None = None
    # The written row's version afterwards: what its next save or undo must name.
    version: int | None = None
    # The one row an update changed in place (no row came or went): a list showing that
    # entity re-reads this row instead of reloading every row (200k clients).
    updated: tuple[Entity, int] | None = None

    @classmethod
    def of(
        cls, *entities: Entity, created_id: int | None = None, version: int | None = None,
        updated: tuple[Entity, int] | None = None,
    ) -> ChangeSet:  # fmt: skip
        return cls(frozenset(entities), created_id, version, updated)

    @classmethod
    def everything(cls) -> ChangeSet:
        return cls(frozenset(Entity))

    def merge(self, other: ChangeSet) -> ChangeSet:
        """Both changes as one (the first one's created id and version are kept; the updated
        row only when both updated the same one)."""
        updated = self.updated if self.updated == other.updated else None
        return ChangeSet(self.entities | other.entities, self.created_id, self.version, updated)

    def touches(self, *entities: Entity) -> bool:
        return not self.entities.isdisjoint(entities)

    def updated_only(self, entity: Entity) -> int | None:
        """The id of the one `entity` row this change updated in place, when it touched
        nothing else; None when a list showing `entity` must reload."""
        if self.updated is None or self.entities != {entity} or self.updated[0] is not entity:
            return None
        return self.updated[1]

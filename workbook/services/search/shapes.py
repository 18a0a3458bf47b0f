"""Search results: one per row found, grouped by what it is."""

from __future__ import annotations

from dataclasses import dataclass

from workbook.domain.changes import Entity


@dataclass(frozen=True)
class SearchResult:
    entity: Entity
    row_id: int
    title: str  # the row's own text ("" for an answer or a support entry: see snippet)
    # a few words around the match; the matched words between MARK_START and MARK_END
    snippet: str
    client_id: int | None
    client_name: str
    engagement_id: int | None = None
    engagement_reference: str = ""
    client_archived: bool = False


@dataclass(frozen=True)
class SearchGroup:
    entity: Entity
    results: tuple[SearchResult, ...]
    more: int = 0  # found beyond what the group shows
    # So many rows matched that only a sample was looked at: `more` is a lower bound.
    at_least: bool = False

    def counted(self, number: int) -> str:
        """A count of this group as shown: "12", or "12+" when it is a lower bound."""
        return f"{number}+" if self.at_least else str(number)

    @property
    def total(self) -> int:
        return len(self.results) + self.more

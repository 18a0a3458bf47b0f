"""The one interface of the search index: what a match returns, and how the index is kept
current and rebuilt. Implementations are dialect-specific (sqlite_fts.py).

Searching is two steps so that a keystroke costs little however much matches: `match` finds
which rows match (ids only, best first), `describe` reads the text of the few rows shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Connection

from workbook.domain.changes import Entity


@dataclass(frozen=True)
class Found:
    entity: Entity
    row_id: int


@dataclass(frozen=True)
class Matches:
    found: tuple[Found, ...]  # best first
    # More than the limit matched: `found` holds the first `limit` of them, those whose title
    # matches first, not ranked; counts taken from it are lower bounds.
    capped: bool = False


@dataclass(frozen=True)
class Described:
    title: str  # the row's own text
    snippet: str  # a few words of its text around the match; matches between MARK_START/END


class SearchIndex(Protocol):
    def ensure_current(self, connection: Connection) -> bool:
        """Make the index follow every write (and hold every row) for this version of the
        code; True when it had to be (re)built."""

    def bulk(self, connection: Connection) -> AbstractContextManager[Callable[[], None]]:
        """Around inserting many rows in this transaction (only inserts): their documents are
        indexed at the end, all at once, or earlier whenever the callable it gives is called
        (the rows inserted by then; it may run in another thread while this one uses no
        connection)."""

    def rebuild(self, connection: Connection) -> int:
        """Index every row from scratch; returns how many documents it holds."""

    def match(self, connection: Connection, words: Sequence[str], limit: int) -> Matches:
        """Rows with, for each of `words`, a word starting with it (case, accents and German
        spellings ignored), best first; at most `limit`."""

    def describe(
        self, connection: Connection, found: Sequence[Found], words: Sequence[str]
    ) -> dict[Found, Described]:
        """The title and a snippet around `words` of each of `found` (rows since deleted
        are left out)."""

"""The one interface of the search index: what a match returns, and how the index is kept
current and rebuilt. Implementations are dialect-specific (sqlite_fts.py)."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Connection

from workbook.domain.changes import Entity


@dataclass(frozen=True)
class Hit:
    entity: Entity
    row_id: int
    title: str  # the row's own text
    snippet: str  # a few words of its text around the match; matches between MARK_START/END


class SearchIndex(Protocol):
    def ensure_current(self, connection: Connection) -> bool:
        """Make the index follow every write (and hold every row) for this version of the
        code; True when it had to be (re)built."""

    def bulk(self, connection: Connection) -> AbstractContextManager[None]:
        """Around inserting many rows in this transaction (only inserts): their documents are
        indexed at the end, all at once."""

    def rebuild(self, connection: Connection) -> int:
        """Index every row from scratch; returns how many documents it holds."""

    def match(self, connection: Connection, words: Sequence[str], limit: int) -> list[Hit]:
        """Documents with, for each of `words`, a word starting with it (case, accents and
        German spellings ignored), best first."""

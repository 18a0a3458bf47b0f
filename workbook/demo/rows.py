"""Collecting demo rows: explicit ids, round-robin choices and the facts children depend on.

Rows are plain dicts with ids assigned here, collected per table and bulk-inserted by demo.py:
that keeps 10k+ demo clients fast (no ORM unit of work, no round trip per row for its id)."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from workbook.domain.enums import EngagementStatus

T = TypeVar("T")
S = EngagementStatus
FLOW = (S.inquiry, S.clarifying, S.accepted, S.active, S.handover, S.support, S.closed)


def stamp(day: date) -> datetime:
    return datetime.combine(day, time(9, 30), tzinfo=UTC)


@dataclass
class DemoRows:
    """Random source, id counters and the rows collected for the next bulk insert."""

    rng: random.Random
    today: date
    next_ids: dict[str, int]
    # active clarification questions: (id, required, key)
    questions: tuple[tuple[int, bool, str], ...]
    rows: defaultdict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    turns: Counter[str] = field(default_factory=Counter)

    def reserve(self, table: str) -> int:
        row_id = self.next_ids[table]
        self.next_ids[table] = row_id + 1
        return row_id

    def add(self, table: str, day: date, row_id: int | None = None, **values: Any) -> int:
        row_id = self.reserve(table) if row_id is None else row_id
        moment = stamp(min(day, self.today))
        self.rows[table].append(
            {"id": row_id, "created_at": moment, "updated_at": moment, **values}
        )
        return row_id

    def turn(self, key: str, options: Sequence[T]) -> T:
        """Round-robin instead of random, so every value shows up even in a small demo."""
        count = self.turns[key]
        self.turns[key] = count + 1
        return options[count % len(options)]

    def between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, max((last - first).days, 0)))

    def ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def take(self) -> dict[str, list[dict[str, Any]]]:
        taken, self.rows = self.rows, defaultdict(list)
        return taken


@dataclass(frozen=True)
class Party:
    """The client an engagement belongs to, with its contacts (and their departments)."""

    id: int
    contacts: tuple[int, ...]
    departments: tuple[str, ...]

    def contact(self, rng: random.Random) -> int | None:
        return rng.choice(self.contacts) if self.contacts else None


@dataclass(frozen=True)
class Plan:
    """One engagement's facts its children depend on."""

    id: int
    status: EngagementStatus
    stage: int
    days: tuple[date, ...]  # date of each step of the status path, first = inquiry
    rate: Decimal
    start: date | None
    end: date | None
    override: bool

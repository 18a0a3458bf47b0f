"""Collecting demo rows: placeholders for ids, round-robin choices and the facts children
depend on.

Rows are tuples collected per table (its columns named by the first row) and bulk-inserted by
the generator, parents first: a row's Ref stands for its id until the database assigns it, and
its children hold the Ref until then. That keeps 10k+ demo clients fast (no ORM unit of work,
no dict or round trip per row) without inventing ids the database did not give."""

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


@dataclass(eq=False, slots=True)
class Ref:
    """A collected row's id, known once the row is inserted; `serial` counts the rows of its
    table in this run (for choices that must not depend on the database's ids)."""

    table: str
    serial: int
    id: int | None = None


@dataclass
class DemoRows:
    """Random source, placeholders and the rows collected for the next bulk insert."""

    rng: random.Random
    today: date
    # active clarification questions: (id, required, key)
    questions: tuple[tuple[int, bool, str], ...]
    rows: defaultdict[str, list[tuple[Any, ...]]] = field(default_factory=lambda: defaultdict(list))
    # the columns each table's rows give as keywords to add()
    _names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _stamps: dict[date, datetime] = field(default_factory=dict)
    turns: Counter[str] = field(default_factory=Counter)
    serials: Counter[str] = field(default_factory=Counter)
    # engagement references handed out per year ("2026-014")
    numbered: Counter[int] = field(default_factory=Counter)

    def reserve(self, table: str) -> Ref:
        serial = self.serials[table] + 1
        self.serials[table] = serial
        return Ref(table, serial)

    def add(self, table: str, day: date, ref: Ref | None = None, **values: Any) -> Ref:
        """Collect a row; values may hold the Refs of rows collected before (its parents).
        Every row of a table names the same columns in the same order."""
        if ref is None:
            ref = self.reserve(table)
        if day > self.today:
            day = self.today
        moment = self._stamps.get(day)
        if moment is None:
            moment = self._stamps[day] = stamp(day)
        names = tuple(values)
        if self._names.setdefault(table, names) != names:
            raise ValueError(f"{table}: columns {names} instead of {self._names[table]}")
        self.rows[table].append((ref, moment, moment, *values.values()))
        return ref

    def reference(self, day: date) -> str:
        """The next engagement reference of the year the engagement came in (a demo starts
        in a workbook without engagements: demo refuses one with clients)."""
        self.numbered[day.year] += 1
        return f"{day.year}-{self.numbered[day.year]:03d}"

    def turn(self, key: str, options: Sequence[T]) -> T:
        """Round-robin instead of random, so every value shows up even in a small demo."""
        count = self.turns[key]
        self.turns[key] = count + 1
        return options[count % len(options)]

    def between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, max((last - first).days, 0)))

    def ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def columns(self, table: str) -> tuple[str, ...]:
        """The table's columns, in the order of its tuples (after the row's own Ref)."""
        return ("created_at", "updated_at", *self._names[table])

    def take(self) -> dict[str, list[tuple[Any, ...]]]:
        taken, self.rows = self.rows, defaultdict(list)
        return taken


@dataclass(frozen=True)
class Party:
    """The client an engagement belongs to, with its contacts (and their departments)."""

    id: Ref
    contacts: tuple[Ref, ...]
    departments: tuple[str, ...]

    def contact(self, rng: random.Random) -> Ref | None:
        return rng.choice(self.contacts) if self.contacts else None


@dataclass(frozen=True)
class Plan:
    """One engagement's facts its children depend on."""

    id: Ref
    status: EngagementStatus
    stage: int
    days: tuple[date, ...]  # date of each step of the status path, first = inquiry
    rate: Decimal
    start: date | None
    end: date | None
    override: bool

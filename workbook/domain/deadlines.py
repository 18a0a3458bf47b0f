"""The next deadline among an engagement's dates (DESIGN.md §1), for the Overview.

The other derived figures have their own modules: handover readiness (domain.handover), scope
creep (domain.scope_creep), feedback (domain.feedback), support terms (domain.support_terms).
Pure functions over small frozen facts; `today` is always passed in, so a report, a test and
the UI on the same day agree."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Deadline:
    on: date
    what: str


def next_deadline(candidates: Iterable[Deadline]) -> Deadline | None:
    """The earliest pending deadline — overdue ones included, they are the most urgent."""
    return min(candidates, key=lambda d: (d.on, d.what), default=None)

"""Today's first look: the day's sections read by sqlite3 through statements compiled ahead
(store.prepared, the set "today"), shaped by the service's own functions (items.ITEMS) — so
the window shows the day before SQLAlchemy and the models have loaded, which at start-up take
longer than everything else together. It reads what TodayService.sections reads (a test
compares them, day by day); the window reads the day again through the service once the
workbook is open. Nothing here imports SQLAlchemy (an import contract keeps it so)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from workbook.domain.handover import DUE_SOON_DAYS
from workbook.domain.support_terms import month_parts
from workbook.services.today.shapes import Section, TodaySection, TodayTerms
from workbook.store.prepared import load, read

PREPARED = "today"  # store/compiled/today.json, written by services.today.prepare


def term_values(terms: TodayTerms) -> dict[str, object]:
    """What the statements take of the terms: the day, and what their SQLAlchemy statements
    work out from the terms in Python before binding it (services.today.prepare finds each
    among their parameters)."""
    today = terms.today
    months, day, length = month_parts(today)
    numerator, denominator = terms.scope_creep_threshold.as_integer_ratio()
    return {
        "today": today,
        "due_soon_until": today + timedelta(days=DUE_SOON_DAYS),
        "horizon_until": today + timedelta(days=terms.handover.horizon_days),
        "notices_until": today + timedelta(days=terms.notice_warning_days),
        "minimum_percent": terms.handover.minimum_percent,
        "month_count": months,
        "day_of_month": day,
        "month_length": length,
        "threshold_numerator": numerator,
        "threshold_denominator": denominator,
    }


def first_look(path: Path, terms: TodayTerms) -> list[TodaySection] | None:
    """Every section as TodayService.sections(terms) gives it, or None when the file cannot
    be read this way (not a workbook of this schema version, damaged: the opening says why)."""

    def shaped(name: str, rows: list[Any]) -> TodaySection:
        # The shaping's modules (the areas' row shapes: ~25 ms) load in the reading threads,
        # once the first query is under way, not before the first one starts.
        from workbook.services.today.items import ITEMS, SECTION_LIMIT, section_of

        section = Section(name)
        return section_of(section, ITEMS[section](rows, terms), SECTION_LIMIT)

    found = read(path, load(PREPARED), term_values(terms), shaped)
    return None if found is None else [found[section.value] for section in Section]

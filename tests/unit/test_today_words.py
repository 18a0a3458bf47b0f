"""How a Today item reads: its figure in the words of its section."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from workbook.presentation.today import counted_title, what_text
from workbook.services.today.shapes import Opens, Section, TodayItem, TodaySection


def _untold(cost: str) -> TodayItem:
    return TodayItem(
        Section.untold_costs, 1, "Stadtwerke Süderbrück GmbH", "Mehrsprachigkeit",
        date(2026, 10, 10), 53, Opens.engagement, 7, engagement_id=7,
        engagement_reference="2026-007", figure=Decimal(cost), currency="EUR",
    )  # fmt: skip


def _words(_context: str, source: str) -> str:
    return source


def test_money_shows_its_cents_and_hours_only_the_decimals_they_have() -> None:
    assert (
        what_text(_untold("232.50"), _words) == "2026-007 · Mehrsprachigkeit — 232.50 EUR not told"
    )
    assert (
        what_text(_untold("3660"), _words) == "2026-007 · Mehrsprachigkeit — 3660.00 EUR not told"
    )
    over = TodayItem(
        Section.over_hours, 1, "Grünwald Bio-Hof eG", "Wartungsvertrag", date(2026, 12, 19),
        None, Opens.support_plan, 3, figure=Decimal("1.50"),
    )  # fmt: skip
    assert what_text(over, _words) == "Wartungsvertrag — 1.5 h over the included hours"


def test_a_count_says_how_many_there_are_when_a_section_shows_only_the_first() -> None:
    item = _untold("10")
    assert counted_title(TodaySection(Section.untold_costs, (item,)), _words) == (
        "Change costs the client was not told (1)"
    )
    long = TodaySection(Section.untold_costs, (item,) * 200, more=True)
    assert counted_title(long, _words) == "Change costs the client was not told (200+)"
    counted = TodaySection(Section.untold_costs, (item,) * 200, more=True, total=3195)
    assert counted_title(counted, _words) == (
        "Change costs the client was not told (3195, first 200 shown)"
    )

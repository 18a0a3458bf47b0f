"""How a Today item reads: its figure in the words of its section."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from workbook.presentation.today import what_text
from workbook.services.today.shapes import Opens, Section, TodayItem


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

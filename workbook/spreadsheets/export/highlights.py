"""Conditional formatting of the sheets: overdue in red, at risk in amber.

A rule is an Excel formula over the first data row (relative row, absolute column), written
with the export day as a constant rather than TODAY(): the workbook is a snapshot, and its
colours agree with its figures (days since feedback, "Overdue" flags) however late it is
opened."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum, StrEnum
from typing import Any

from openpyxl.formatting.rule import FormulaRule  # type: ignore[import-untyped]
from openpyxl.styles import Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from workbook.presentation.columns import Column
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.spreadsheets.export.xlsx_safe import CHECK_MARK

Translate = Callable[[str, str], str]


class Tone(Enum):
    """Excel's own "light red fill with dark red text" and "yellow fill with dark yellow text"."""

    overdue = ("FFC7CE", "9C0006")
    at_risk = ("FFEB9C", "9C5700")


@dataclass(frozen=True)
class Refs:
    """What a rule's formula may refer to, already in Excel syntax."""

    letters: dict[str, str]  # column key → column letter
    today: date
    translate: Translate

    def __getitem__(self, key: str) -> str:
        return f"${self.letters[key]}2"

    @property
    def day(self) -> str:
        return f"DATE({self.today.year},{self.today.month},{self.today.day})"

    @property
    def yes(self) -> str:
        return _quoted(CHECK_MARK)

    def label(self, value: StrEnum) -> str:
        return _quoted(self.translate(LABELS, label(value)))

    def past(self, key: str) -> str:
        """A date in this column lies before the export day."""
        return f"AND(ISNUMBER({self[key]}),{self[key]}<{self.day})"

    def within(self, key: str, days: int) -> str:
        """A date in this column lies from the export day to `days` days after it."""
        cell = self[key]
        return f"AND(ISNUMBER({cell}),{cell}>={self.day},{cell}<{self.day}+{days})"

    def flagged(self, key: str) -> str:
        return f"{self[key]}={self.yes}"

    def exceeds(self, key: str, limit_key: str) -> str:
        a, b = self[key], self[limit_key]
        return f"AND(ISNUMBER({a}),ISNUMBER({b}),{a}>{b})"


@dataclass(frozen=True)
class Highlight:
    column: str  # key of the column that is coloured
    tone: Tone
    when: Callable[[Refs], str]


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def add_highlights(
    worksheet: Any,
    columns: Sequence[Column[Any]],
    highlights: Sequence[Highlight],
    *,
    rows: int,
    today: date,
    translate: Translate,
) -> None:
    """Rules in order of importance: the first that holds for a cell wins (stopIfTrue)."""
    letters = {column.key: get_column_letter(i) for i, column in enumerate(columns, 1)}
    refs = Refs(letters, today, translate)
    last = max(rows + 1, 2)
    for highlight in highlights:
        fill, text = highlight.tone.value
        rule = FormulaRule(
            formula=[highlight.when(refs)],
            fill=PatternFill(start_color=fill, end_color=fill, fill_type="solid"),
            font=Font(color=text),
            stopIfTrue=True,
        )
        letter = letters[highlight.column]
        worksheet.conditional_formatting.add(f"{letter}2:{letter}{last}", rule)

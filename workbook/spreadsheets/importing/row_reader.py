"""Reading one row's mapped cells as typed values, collecting a RowError for each cell that
cannot be read or breaks a domain rule."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, tzinfo
from functools import cache
from typing import Any, TypeVar

from workbook.domain.enums import JournalKind
from workbook.domain.validation import FieldError, Problem
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.presentation.ts_reader import available_languages, translator_from_ts
from workbook.spreadsheets.importing.fields import normalize, separator
from workbook.spreadsheets.importing.problems import CellProblem, RowError
from workbook.spreadsheets.importing.values import (
    as_text,
    is_empty,
    parse_date,
    parse_flag,
    parse_int,
    parse_moment,
    to_utc,
)

T = TypeVar("T")


class RowReader:
    def __init__(
        self,
        row: tuple[object, ...],
        columns: Mapping[str, Sequence[int]],
        zone: tzinfo | None = None,
    ) -> None:
        """`columns`: field key → its columns (fields.combined); several are read joined."""
        self._row = row
        self._columns = columns
        self._zone = zone
        self.errors: list[RowError] = []

    def empty(self) -> bool:
        return all(is_empty(self._row[i]) for indices in self._columns.values() for i in indices)

    def raw(self, key: str) -> object:
        """The cell as read; the filled cells of a combined field joined as text."""
        cells = [self._row[index] for index in self._columns.get(key, ())]
        filled = [cell for cell in cells if not is_empty(cell)]
        if len(filled) < 2:
            return filled[0] if filled else None
        return separator(key).join(as_text(cell).strip() for cell in filled)

    def given(self, key: str) -> bool:
        return not is_empty(self.raw(key))

    def text(self, key: str) -> str:
        return "" if is_empty(self.raw(key)) else as_text(self.raw(key))

    def integer(self, key: str) -> int | None:
        return self._parse(key, parse_int, Problem.number)

    def day(self, key: str) -> date | None:
        return self._parse(key, parse_date, CellProblem.date)

    def moment(self, key: str) -> datetime | None:
        moment = self._parse(key, parse_moment, CellProblem.date)
        return None if moment is None else to_utc(moment, self._zone)

    def flag(self, key: str) -> bool:
        return bool(self._parse(key, parse_flag, CellProblem.choice))

    def journal_kind(self, key: str) -> JournalKind:
        found = self._parse(key, lambda value: journal_kinds()[normalize(as_text(value))],
                            CellProblem.choice)  # fmt: skip
        return found or JournalKind.note

    def error(self, field: str, problem: Problem | CellProblem) -> None:
        self.errors.append(RowError(field, problem))

    def add(self, found: list[FieldError], prefix: str = "") -> None:
        """Keep a service rule's field errors as this row's, their fields under `prefix` (a
        flat client list's contact fields are "contact_name", …)."""
        self.errors.extend(RowError(prefix + error.field, error.problem) for error in found)

    def _parse(self, key: str, parser: Callable[[object], T], problem: Any) -> T | None:
        value = self.raw(key)
        if is_empty(value):
            return None
        try:
            return parser(value)
        except (ValueError, KeyError, OverflowError):
            self.error(key, problem)
            return None


@cache
def journal_kinds() -> dict[str, JournalKind]:
    """Normalized value or label, in English and every translated language → kind."""
    translators = [translator_from_ts(language=code) for code in available_languages()]
    found: dict[str, JournalKind] = {}
    for kind in JournalKind:
        found[normalize(kind.value)] = kind
        found.update((normalize(t(LABELS, label(kind))), kind) for t in translators)
    return found

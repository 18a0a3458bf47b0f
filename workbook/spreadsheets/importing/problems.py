"""Why a file or an import is refused, and what is wrong with one cell of a row."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workbook.domain.validation import Problem


class ImportProblem(StrEnum):
    not_spreadsheet = "not_spreadsheet"  # neither an office file calamine reads nor CSV text
    too_large = "too_large"  # zip/XML bomb guard, too many rows
    wrong_encoding = "wrong_encoding"  # CSV that is neither UTF-8 nor UTF-16 with BOM
    empty = "empty"  # no header row
    unknown_sheet = "unknown_sheet"
    has_errors = "has_errors"  # commit of a preview whose rows have errors
    stale = "stale"  # the database changed since the preview (name taken, client gone)


class ImportRefused(Exception):
    """Nothing was read or written; `reason` is the code the UI words, `detail` the specifics."""

    def __init__(self, reason: ImportProblem, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else str(reason))
        self.reason = reason
        self.detail = detail


class CellProblem(StrEnum):
    """Problems only an import has, beside the domain's validation.Problem codes."""

    date = "date"  # not a date (or date and time) we can read
    choice = "choice"  # not one of the values, labels or yes/no words we know
    unknown_client = "unknown_client"
    ambiguous_client = "ambiguous_client"  # only archived clients of that name, several
    conflict = "conflict"  # differs from an earlier row of the same client
    # already in the workbook (importing the same file twice must not double anything)
    contact_exists = "contact_exists"
    entry_exists = "entry_exists"


@dataclass(frozen=True)
class RowError:
    """Shaped like validation.FieldError, with the import's extra codes allowed."""

    field: str
    problem: Problem | CellProblem

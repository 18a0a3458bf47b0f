"""The status workbook (File → Export status workbook…, `main.py export`): an Overview sheet
with the derived figures per client, then one sheet per entity, every client included."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo
from decimal import Decimal
from pathlib import Path

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.domain.scope_creep import SCOPE_CREEP_THRESHOLD
from workbook.services.reports.service import ReportService
from workbook.spreadsheets.export.book import (
    Book,
    ExportOptions,
    ExportSummary,
    SheetSummary,
    no_translation,
    write_book,
)
from workbook.spreadsheets.export.cell_maker import Translate
from workbook.spreadsheets.export.sheets import CONTEXT, STATUS_SHEETS, Scope

__all__ = ["ExportSummary", "SheetSummary", "write_status_workbook"]

TITLE = QT_TRANSLATE_NOOP("Export", "Status workbook")


def write_status_workbook(
    reports: ReportService,
    target: Path,
    *,
    translate: Translate = no_translation,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
    language: str = "en",
    author: str | None = None,
    zone: tzinfo | None = None,
    overwrite: bool = False,
    scope_creep_threshold: Decimal = SCOPE_CREEP_THRESHOLD,
) -> ExportSummary:
    """Write the workbook to `target` atomically; raises ExportError (cancelled, target locked,
    folder missing, disk full, the target is the database or another one, or an existing file
    that is not a workbook without `overwrite`) with any earlier file at `target` left as it was.

    `translate(context, text)` words headers, sheet names and labels; `language` picks the
    clarification questions' text (en/de); `zone` is for tests (None: the local zone);
    `scope_creep_threshold` is the share of the budget above which scope creep warns."""
    options = ExportOptions(
        translate, progress, cancelled, today or date.today(), language, author, zone, overwrite
    )
    book = Book(
        title=translate(CONTEXT, TITLE),
        sheets=STATUS_SHEETS,
        scope=Scope(None, options.today, language, scope_creep_threshold),
    )
    return write_book(reports, Path(target), book, options)

"""The frame the exports share: a write-only workbook with document properties, each sheet's
rows streamed from its query into the sheet (one row in memory at a time), written into a
temporary file and moved into place (workbook.files.atomic)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]

from workbook import APP_NAME
from workbook.files.atomic import atomic_write
from workbook.files.targets import ZIP_MAGIC, guard_target
from workbook.presentation.wording import format_day
from workbook.services.reports.service import ReportService
from workbook.spreadsheets.export.cell_maker import Translate
from workbook.spreadsheets.export.print_setup import PrintFrame, print_frame
from workbook.spreadsheets.export.sheet_writer import Progress, SheetContext, write_sheet
from workbook.spreadsheets.export.sheets import CONTEXT, Scope, Sheet

SHEET_NAME_MAX = 31  # Excel's limit
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


def no_translation(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class ExportOptions:
    translate: Translate = no_translation
    progress: Callable[[int, int], None] | None = None  # (rows written, rows in all)
    cancelled: Callable[[], bool] | None = None
    today: date = field(default_factory=date.today)
    language: str = "en"
    author: str | None = None  # None: the practice's name, else the app's
    zone: tzinfo | None = None  # for datetimes; None: this computer's zone
    # Replace an existing target that is not a workbook (the user confirmed it); a database
    # is never replaced (workbook.files.targets).
    overwrite: bool = False
    frame: PrintFrame | None = None  # set by write_book: the practice's name, the pages, the date


@dataclass(frozen=True)
class SheetSummary:
    key: str
    title: str  # as it appears in the workbook (translated)
    rows: int  # data rows, the header not counted
    cut: int = 0  # rows left out beyond Excel's 1,048,575 data rows per sheet


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    sheets: tuple[SheetSummary, ...]

    @property
    def rows(self) -> int:
        return sum(sheet.rows for sheet in self.sheets)

    def rows_of(self, key: str) -> int:
        return next(sheet.rows for sheet in self.sheets if sheet.key == key)


@dataclass(frozen=True)
class Book:
    title: str  # document title, already translated
    sheets: tuple[Sheet, ...]
    scope: Scope
    # Writes sheets before the data sheets (the dossier's cover), given every sheet's rows.
    front: Callable[[Any, Mapping[str, Sequence[Any]]], None] | None = None


def write_book(
    service: ReportService, target: Path, book: Book, options: ExportOptions
) -> ExportSummary:
    """Never replaces the database the rows come from (service.source), nor any other."""
    guard_target(
        target,
        protected=[service.source],
        overwrite=options.overwrite,
        replaceable=(".xlsx", ZIP_MAGIC),
    )
    progress = Progress(0, options.progress, options.cancelled)
    practice = service.practice()
    author = options.author or practice.author or APP_NAME
    frame = print_frame(
        options.translate, practice.sender, options.today,
        format_day(options.today, options.language),
    )  # fmt: skip
    data: dict[str, list[Any]] | None = None
    if book.front is None:
        # Each sheet streams from its query while it is written; only the totals come first.
        progress.total = sum(sheet.count(service, book.scope) for sheet in book.sheets)
    else:  # one client's rows, small: the front sheet lists some of them before the sheets
        data = _fetched(service, book, progress)
        progress.total = sum(len(rows) for rows in data.values())

    def rows_of(sheet: Sheet) -> Iterable[Any]:
        return sheet.fetch(service, book.scope) if data is None else data[sheet.key]

    progress.checkpoint()
    written: list[SheetSummary] = []

    def write(path: Path) -> None:
        written.clear()
        workbook = Workbook(write_only=True)
        try:
            framed = replace(options, author=author, frame=frame)
            _properties(workbook, book.title, framed)
            if book.front is not None and data is not None:
                book.front(workbook, data)
            _write_sheets(workbook, book, rows_of, framed, progress, written)
            workbook.save(path)
        except BaseException:
            _discard(workbook)
            raise

    atomic_write(target, write)
    return ExportSummary(Path(target), tuple(written))


def _fetched(service: ReportService, book: Book, progress: Progress) -> dict[str, list[Any]]:
    data = {}
    for sheet in book.sheets:
        progress.stop_if_cancelled()  # between queries; nothing to report before the total
        data[sheet.key] = list(sheet.fetch(service, book.scope))
    return data


def _write_sheets(
    workbook: Any,
    book: Book,
    rows_of: Callable[[Sheet], Iterable[Any]],
    options: ExportOptions,
    progress: Progress,
    written: list[SheetSummary],
) -> None:
    context = SheetContext(options.translate, options.today, options.zone, progress, options.frame)
    titles = sheet_titles([options.translate(CONTEXT, s.title) for s in book.sheets])
    for sheet, title in zip(book.sheets, titles, strict=True):
        rows = rows_of(sheet)
        try:
            count, cut = write_sheet(workbook, sheet, title, rows, context)
        finally:  # a query left half read (cancelled) gives its connection back now
            close = getattr(rows, "close", None)
            if close is not None:
                close()
        written.append(SheetSummary(sheet.key, title, count, cut))
        progress.checkpoint()


def _discard(workbook: Any) -> None:
    """Finish and delete the temporary files openpyxl streams write-only sheets into. Left to
    the garbage collector, an abandoned sheet is closed after its file (an error report) and
    its temporary file stays until the program exits. openpyxl has no public way to abandon
    a write-only workbook, hence its sheets' `_writer`."""
    for worksheet in workbook.worksheets:
        writer = getattr(worksheet, "_writer", None)
        if writer is None:  # nothing written yet
            continue
        if not worksheet.closed:
            # A sheet interrupted mid-row (Ctrl+C, SIGTERM) cannot finish: its generator is
            # spent (StopIteration). It is being thrown away anyway; the file goes below.
            with contextlib.suppress(Exception):
                worksheet.close()
        if Path(writer.out).exists():
            writer.cleanup()


def _properties(workbook: Any, title: str, options: ExportOptions) -> None:
    properties = workbook.properties
    properties.title = title
    properties.creator = options.author
    properties.lastModifiedBy = options.author
    properties.created = datetime.now(UTC).replace(tzinfo=None)  # the file format wants UTC
    properties.language = options.language
    properties.description = f"{APP_NAME}, {options.today.isoformat()}"


def sheet_titles(titles: Sequence[str]) -> list[str]:
    """Valid, distinct sheet names: no []:*?/\\, at most 31 characters, no quote at the ends."""
    seen: set[str] = set()
    result = []
    for index, title in enumerate(titles, 1):
        base = _NOT_IN_SHEET_NAMES.sub(" ", title).strip().strip("'")[:SHEET_NAME_MAX]
        name, number = base or f"Sheet{index}", 2
        while name.casefold() in seen:
            suffix = f" ({number})"
            name, number = base[: SHEET_NAME_MAX - len(suffix)] + suffix, number + 1
        seen.add(name.casefold())
        result.append(name)
    return result

"""The client dossier (`main.py export --client NAME`): one workbook about one client, to hand
to the client — a cover sheet that summarises it, then that client's rows of every entity."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping, Sequence
from datetime import date, tzinfo
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.worksheet.cell_range import CellRange  # type: ignore[import-untyped]

from workbook.domain.enums import ChangeStatus
from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.presentation import report_columns as sc
from workbook.presentation.columns import CONTEXT as COLUMNS
from workbook.presentation.columns import ENGAGEMENT_COLUMNS, Column, Kind
from workbook.services.clients.shapes import ClientDetail
from workbook.services.practice.shapes import Profile
from workbook.services.reports.service import ReportService
from workbook.services.reports.shapes import OverviewLine
from workbook.spreadsheets.export.book import (
    Book,
    ExportOptions,
    ExportSummary,
    no_translation,
    write_book,
)
from workbook.spreadsheets.export.cell_maker import CellMaker, Translate, style_id
from workbook.spreadsheets.export.cover_logo import add_logo
from workbook.spreadsheets.export.print_setup import set_up_printing
from workbook.spreadsheets.export.row_stream import Row, XCell, text, write_rows
from workbook.spreadsheets.export.sheets import CONTACTS, CONTEXT, DOSSIER_SHEETS, Scope
from workbook.spreadsheets.export.xlsx_safe import safe_scalar

TITLE = QT_TRANSLATE_NOOP("Export", "Client dossier")
COVER = QT_TRANSLATE_NOOP("Export", "Cover")
CONTENTS = QT_TRANSLATE_NOOP(
    "Export",
    "What we agreed and did together: your details and contacts, the engagements with their "
    "clarification, wishes, goals and service catalogue, change requests, milestones and "
    "support. Our internal notes and our journal of contacts are not part of this dossier.",
)
PREPARED_BY = QT_TRANSLATE_NOOP("Export", "Prepared by")
YOUR_CONSULTANT = QT_TRANSLATE_NOOP("Export", "Your consultant")
# Change requests still waiting for the client's decision.
OPEN_CHANGES = frozenset({ChangeStatus.open, ChangeStatus.estimated, ChangeStatus.client_informed})
_COVER_WIDTHS = (30, 30, 16, 16, 14, 16)
_LINE_POINTS = 15  # the height of a line of 11-point text


def _lines_in(words: str, width: int) -> int:
    """The lines `words` take wrapped at `width` characters, their own line breaks kept."""
    chars = max(width - 2, 1)  # the cell's padding
    return sum(max(1, len(textwrap.wrap(part, chars))) for part in words.splitlines()) or 1


class UnknownClient(LookupError):
    """No client has this name."""


def write_client_dossier(
    reports: ReportService,
    target: Path,
    client: str | int,
    *,
    translate: Translate = no_translation,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
    language: str = "en",
    author: str | None = None,
    zone: tzinfo | None = None,
    overwrite: bool = False,
) -> ExportSummary:
    """Like write_status_workbook, for one client: its id (the app, which knows which of two
    namesakes is meant), or its name (the CLI: any case, the active one before an archived
    namesake). Raises UnknownClient when there is none."""
    service = reports
    client_id = client if isinstance(client, int) else service.find_client(client)
    if client_id is None:
        raise UnknownClient(str(client))
    options = ExportOptions(
        translate, progress, cancelled, today or date.today(), language, author, zone, overwrite
    )
    found = service.client(client_id)
    overview = service.overview(client_id, today=options.today)
    practice = service.practice()

    def cover(workbook: Any, data: Mapping[str, Sequence[Any]]) -> None:
        sheet = _Cover(workbook.create_sheet(_title(translate, COVER)), options)
        sheet.write(found, overview[0] if overview else None, data, practice)
        sheet.close()

    book = Book(
        title=f"{translate(CONTEXT, TITLE)} – {found.name}",
        sheets=DOSSIER_SHEETS,
        scope=Scope(client_id, options.today, language),
        front=cover,
    )
    return write_book(service, Path(target), book, options)


def _title(translate: Translate, text: str) -> str:
    return translate(CONTEXT, text)[:31] or text


def _pick(columns: Sequence[Column[Any]], *keys: str) -> tuple[Column[Any], ...]:
    by_key = {column.key: column for column in columns}
    return tuple(by_key[key] for key in keys)


# What the cover lists of each sheet: the shared specs, fewer columns.
_SECTIONS: tuple[tuple[str, str, tuple[Column[Any], ...]], ...] = (
    (QT_TRANSLATE_NOOP("Export", "Contacts"), "contacts",
     _pick(CONTACTS.columns, "name", "role", "department", "email", "phone")),
    (QT_TRANSLATE_NOOP("Export", "Engagements"), "engagements",
     _pick(ENGAGEMENT_COLUMNS, "title", "status", "completeness", "agreed_goals", "starts_on",
           "self_sufficient_on")),
    (QT_TRANSLATE_NOOP("Export", "Goals"), "goals",
     _pick(sc.GOAL_COLUMNS, "engagement", "title", "status", "target_date", "target_value")),
    (QT_TRANSLATE_NOOP("Export", "Open change requests"), "open_changes",
     _pick(sc.CHANGE_COLUMNS, "engagement", "title", "status", "effort_hours", "cost")),
    (QT_TRANSLATE_NOOP("Export", "Support plans"), "support_plans",
     _pick(sc.SUPPORT_PLAN_COLUMNS, "name", "status", "period", "used_hours", "included_hours",
           "next_notice_deadline")),
)  # fmt: skip


class _Cover:
    """A summary page: facts as label/value pairs, then short lists under bold headings. Long
    text wraps within the six columns, in rows made as tall as it needs: text running on past
    the last column would widen the printed page and shrink all of it."""

    def __init__(self, worksheet: Any, options: ExportOptions) -> None:
        self._ws = worksheet
        self._tr = options.translate
        self._today = options.today
        self._frame = options.frame
        self._cells = CellMaker(worksheet, options.translate, options.zone)
        self._lines: list[Row] = []
        self._title = style_id(worksheet, font=Font(bold=True, size=16))
        wrapped = Alignment(vertical="top", wrap_text=True)
        self._label = style_id(worksheet, font=Font(bold=True), alignment=wrapped)
        self._note = style_id(worksheet, font=Font(italic=True), alignment=wrapped)
        self._heading = style_id(
            worksheet, font=Font(bold=True, size=12, color="FFFFFF"),
            fill=PatternFill(start_color="4472C4", end_color="4472C4", fill_type="solid"),
        )  # fmt: skip
        self._layout()

    def _layout(self) -> None:
        for index, width in enumerate(_COVER_WIDTHS):
            self._ws.column_dimensions["ABCDEF"[index]].width = width
        set_up_printing(self._ws, self._frame, portrait=True)

    def write(
        self,
        client: ClientDetail,
        figures: OverviewLine | None,
        data: Mapping[str, Sequence[Any]],
        practice: Profile,
    ) -> None:
        add_logo(self._ws, practice.logo, practice.logo_type)
        self._row(self._text(client.name, self._title))
        self._fact(QT_TRANSLATE_NOOP("Export", "Client dossier as of"), self._today, Kind.date)
        if not practice.is_blank:
            self._fact(PREPARED_BY, practice.sender)
        contents = self._tr(CONTEXT, CONTENTS)
        self._row(self._text(contents, self._note))
        self._span(1, contents)
        self._row()
        self._fact(QT_TRANSLATE_NOOP("Export", "Industry"), client.industry)
        self._fact(QT_TRANSLATE_NOOP("Export", "Address"), client.address, Kind.long_text)
        self._fact(QT_TRANSLATE_NOOP("Export", "Website"), client.website)
        self._fact(QT_TRANSLATE_NOOP("Export", "Tags"), client.tags)
        self._figures(figures)
        lists = {
            **data,
            "open_changes": [c for c in data["change_requests"] if c.status in OPEN_CHANGES],
        }
        for heading, key, columns in _SECTIONS:
            self._section(heading, columns, lists[key])
        self._practice(practice)

    def _practice(self, practice: Profile) -> None:
        """Who the dossier comes from, how to reach them, and the practice's own words."""
        if practice.is_blank:
            return
        self._row()
        heading = self._tr(CONTEXT, YOUR_CONSULTANT)
        self._row(*(self._text(heading if i == 0 else "", self._heading) for i in range(4)))
        self._fact(QT_TRANSLATE_NOOP("Export", "Consultant"), practice.sender)
        self._fact(QT_TRANSLATE_NOOP("Export", "Address"), practice.address, Kind.long_text)
        for label, value in (
            (QT_TRANSLATE_NOOP("Export", "E-mail"), practice.email),
            (QT_TRANSLATE_NOOP("Export", "Phone"), practice.phone),
            (QT_TRANSLATE_NOOP("Export", "Website"), practice.website),
            (QT_TRANSLATE_NOOP("Export", "VAT id"), practice.vat_id),
            (QT_TRANSLATE_NOOP("Export", "What working with me brings"), practice.brings),
            (QT_TRANSLATE_NOOP("Export", "What it takes"), practice.takes),
            (QT_TRANSLATE_NOOP("Export", "How I define success"), practice.success),
        ):
            if value:
                self._fact(label, value, Kind.long_text)

    def _figures(self, figures: OverviewLine | None) -> None:
        if figures is None:
            return
        # The feedback figures come from the journal, the consultant's own: not shown here.
        self._fact(
            QT_TRANSLATE_NOOP("Export", "Support hours used"), figures.support_used, Kind.hours
        )
        self._fact(
            QT_TRANSLATE_NOOP("Export", "Support hours included"),
            figures.support_included,
            Kind.hours,
        )

    def _fact(self, label: str, value: Any, kind: Kind = Kind.text) -> None:
        words = self._tr(CONTEXT, label)
        self._row(self._text(words, self._label), self._cells.cell(value, kind))
        lines = _lines_in(words, _COVER_WIDTHS[0])
        if kind is Kind.long_text and value:
            lines = max(lines, self._span(2, str(value)))
        self._fit(lines)

    def _span(self, first: int, words: str) -> int:
        """The last row's cell in column `first` over the columns up to the last, as tall as
        `words` need there; returns their lines."""
        row = len(self._lines)
        last = len(_COVER_WIDTHS)
        self._ws.merged_cells.add(CellRange(min_col=first, min_row=row, max_col=last, max_row=row))
        lines = _lines_in(words, sum(_COVER_WIDTHS[first - 1 :]))
        self._fit(lines)
        return lines

    def _fit(self, lines: int) -> None:
        if lines > 1:
            self._ws.row_dimensions[len(self._lines)].height = _LINE_POINTS * lines

    def _section(self, heading: str, columns: Sequence[Column[Any]], rows: Sequence[Any]) -> None:
        self._row()
        title = self._tr(CONTEXT, heading)
        self._row(
            *(self._text(title if i == 0 else "", self._heading) for i in range(len(columns)))
        )
        headers = [self._tr(COLUMNS, c.header) for c in columns]
        self._row(*(self._cells.header(header) for header in headers))
        # a section has at most as many columns as the cover
        widths = zip(headers, _COVER_WIDTHS, strict=False)
        self._fit(max(_lines_in(header, width) for header, width in widths))
        for row in rows:
            currency = getattr(row, "currency", "EUR")
            self._row(*(self._cells.cell(c.value(row), c.kind, currency) for c in columns))
        if not rows:
            self._row(self._cells.cell("–", Kind.text))

    def close(self) -> None:
        write_rows(self._ws, self._lines)

    def _text(self, words: str, style: int) -> XCell:
        return text(safe_scalar(words), style)

    def _row(self, *cells: XCell | None) -> None:
        self._lines.append(cells)

"""The status workbook and the client dossier, read back with openpyxl and python-calamine and
compared with the database: sheets, row counts, headers, values, types and the finished look."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select
from sqlmodel import SQLModel, col

from tests.factories import make_client, make_contact
from workbook.demo import text as demo_text
from workbook.demo.generator import fill_demo
from workbook.presentation.columns import Kind
from workbook.presentation.labels import label
from workbook.presentation.ts_reader import translator_from_ts
from workbook.services.clients.service import ClientService
from workbook.services.reports.service import ReportService
from workbook.services.sessions import reading
from workbook.services.workspace import build_workspace
from workbook.spreadsheets.export.dossier import UnknownClient, write_client_dossier
from workbook.spreadsheets.export.print_setup import CHARACTER_POINTS
from workbook.spreadsheets.export.sheets import STATUS_SHEETS, Sheet
from workbook.spreadsheets.export.status_workbook import ExportSummary, write_status_workbook
from workbook.spreadsheets.export.xlsx_safe import MAX_CELL_TEXT, TRUNCATION_MARKER
from workbook.store.database import Database, open_database
from workbook.store.models import Client

TODAY = date(2026, 11, 25)
ZONE = timezone(timedelta(hours=1))  # a fixed zone, so the test does not depend on the machine
TRICKY_NAMES = ("=SUM(A1)", "+49 tel", "@foo", "-1")
BELL = "Bell\x07 & Co"
LONG_NOTE = ("Notiz zum Projekt. " * 2200)[:40_000]
HYPERLINK = '=HYPERLINK("http://example.com","click")'
# sheet key → table whose rows it lists (the Overview lists active clients)
TABLES = {
    "clients": "client",
    "contacts": "contact",
    "engagements": "engagement",
    "clarification": "clarification_answer",
    "wishes": "wish",
    "goals": "goal",
    "service_catalogue": "scope_item",
    "change_requests": "change_request",
    "milestones": "milestone",
    "support_plans": "support_plan",
    "support_entries": "support_entry",
    "journal": "journal_entry",
}
HIGHLIGHTED = {
    "overview",
    "engagements",
    "clients",
    "goals",
    "change_requests",
    "milestones",
    "support_plans",
    "journal",
}


@dataclass(frozen=True)
class Exported:
    database: Database
    english: ExportSummary
    german: ExportSummary
    progress: list[tuple[int, int]]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    folder = tmp_path_factory.mktemp("export")
    database = open_database(folder / "demo.sqlite3")
    fill_demo(database, clients=12, today=TODAY)
    _add_tricky_clients(ClientService(database))
    progress: list[tuple[int, int]] = []
    reports = build_workspace(database).reports
    english = write_status_workbook(
        reports, folder / "en.xlsx", today=TODAY, zone=ZONE,
        progress=lambda done, total: progress.append((done, total)),
    )  # fmt: skip
    german = write_status_workbook(
        reports, folder / "de.xlsx", today=TODAY, zone=ZONE, language="de",
        translate=translator_from_ts(language="de"),
    )  # fmt: skip
    yield Exported(database, english, german, progress)
    database.close()


def _add_tricky_clients(clients: ClientService) -> None:
    for name in TRICKY_NAMES:
        make_client(clients, name, notes=f"{name} again")
    client_id = make_client(clients, BELL, notes=LONG_NOTE)
    make_contact(clients, client_id, HYPERLINK, phone="+49 30 1234")


def _reports(exported: Exported) -> ReportService:
    return build_workspace(exported.database).reports


def _count(database: Database, table: str) -> int:
    with reading(database) as session:
        statement = select(func.count()).select_from(SQLModel.metadata.tables[table])
        return int(session.execute(statement).scalar_one())


def _active_clients(database: Database) -> int:
    with reading(database) as session:
        statement = select(func.count()).where(col(Client.archived_at).is_(None))
        return int(session.execute(statement.select_from(Client)).scalar_one())


def _openpyxl(summary: ExportSummary) -> Any:
    return openpyxl.load_workbook(summary.path)


def _calamine(summary: ExportSummary, title: str) -> list[list[Any]]:
    rows: list[list[Any]] = (
        CalamineWorkbook.from_path(str(summary.path)).get_sheet_by_name(title).to_python()
    )
    return rows


def _cells(worksheet: Any, index: int) -> tuple[Any, ...]:
    """Column `index` (1-based) of an openpyxl worksheet, the header included."""
    return next(iter(worksheet.iter_cols(index, index)))


def _header_index(worksheet: Any, header: str) -> int:
    """0-based index of the column headed `header` (columns move as sheets grow)."""
    return [cell.value for cell in worksheet[1]].index(header)


def _column(rows: list[list[Any]], index: int) -> list[Any]:
    return [row[index] for row in rows[1:]]


# -- sheets and rows -----------------------------------------------------------------------------


def test_sheet_names_in_order(exported: Exported) -> None:
    expected = [
        "Overview", "Clients", "Contacts", "Engagements", "Clarification", "Wishes", "Goals",
        "Service catalogue", "Change requests", "Milestones", "Support plans",
        "Support entries", "Journal",
    ]  # fmt: skip
    assert [sheet.title for sheet in exported.english.sheets] == expected
    assert _openpyxl(exported.english).sheetnames == expected
    assert CalamineWorkbook.from_path(str(exported.english.path)).sheet_names == expected


def test_row_counts_match_the_database(exported: Exported) -> None:
    counts = {key: _count(exported.database, table) for key, table in TABLES.items()}
    counts["overview"] = _active_clients(exported.database)
    workbook = _openpyxl(exported.english)
    for sheet in exported.english.sheets:
        assert sheet.rows == counts[sheet.key] > 0, sheet.key
        assert workbook[sheet.title].max_row - 1 == counts[sheet.key], sheet.key
        assert len(_calamine(exported.english, sheet.title)) - 1 == counts[sheet.key], sheet.key


def test_progress_ends_at_the_total(exported: Exported) -> None:
    done = [step for step, _ in exported.progress]
    assert done == sorted(done)
    assert exported.progress[-1] == (exported.english.rows, exported.english.rows)


# -- headers -------------------------------------------------------------------------------------


@pytest.mark.parametrize("sheet", STATUS_SHEETS, ids=lambda s: s.key)
def test_headers_are_the_column_specs(exported: Exported, sheet: Sheet) -> None:
    title = next(s.title for s in exported.english.sheets if s.key == sheet.key)
    headers = [column.header for column in sheet.columns]
    assert [c.value for c in _openpyxl(exported.english)[title][1]] == headers
    assert _calamine(exported.english, title)[0] == headers


def test_german_headers_sheet_names_and_questions(exported: Exported) -> None:
    translate = translator_from_ts(language="de")
    workbook = _openpyxl(exported.german)
    expected_titles = [translate("Export", sheet.title) for sheet in STATUS_SHEETS]
    assert workbook.sheetnames == expected_titles
    clients = next(s for s in exported.german.sheets if s.key == "clients")
    headers = [c.value for c in workbook[clients.title][1]]
    assert headers[:2] == ["Name", "Branche"]  # translated in the shipped .ts
    assert headers == [translate("Columns", c.header) for c in STATUS_SHEETS[1].columns]
    clarification = next(s for s in exported.german.sheets if s.key == "clarification")
    table = _calamine(exported.german, clarification.title)
    questions = _column(table, table[0].index(translate("Columns", "Question")))
    assert any(question.startswith("Worum geht es") for question in questions)


# -- values and types ----------------------------------------------------------------------------


def test_engagement_values_match_the_service(exported: Exported) -> None:
    rows = _reports(exported).engagements()
    sheet = _openpyxl(exported.english)["Engagements"]
    calamine = _calamine(exported.english, "Engagements")[1:]
    for index, row in enumerate(rows):
        cells = sheet[index + 2]
        assert [c.value for c in cells[:3]] == [row.client_name, row.reference, row.title]
        assert [c.value for c in cells[3:5]] == [label(row.status), label(row.billing_model)]
        creep = row.scope_creep
        assert calamine[index][5:7] == [float(creep.hours), float(creep.cost)]
        share = "No budget agreed" if creep.share is None else pytest.approx(creep.percent / 100)
        assert cells[7].value == share
        assert cells[8].value == (label(row.creep_bearer) if row.creep_bearer else None)
        assert cells[9].value == pytest.approx(row.completeness / 100)
        assert cells[9].number_format == "0%"
        assert calamine[index][10] == row.agreed_goals
        assert calamine[index][11] == (row.starts_on or "")
        # the flags that repeat a highlight, last
        assert calamine[index][-2:] == [
            "✓" if creep.flagged else "",
            "✓" if row.handover_at_risk else "",
        ]


def test_money_hours_and_percent_have_formats(exported: Exported) -> None:
    lines = _reports(exported).scope_items()
    sheet = _openpyxl(exported.english)["Service catalogue"]
    headers = [cell.value for cell in sheet[1]]
    hours_column, price_column = headers.index("Hours") + 1, headers.index("Price") + 1
    for index, line in enumerate(lines, 2):
        hours, price = sheet.cell(index, hours_column), sheet.cell(index, price_column)
        if line.price is not None:
            assert price.value == float(line.price)
            assert price.number_format == '#,##0.00 "€"'
            assert hours.value == float(line.estimated_hours or 0)
            assert hours.number_format == "#,##0.00"
        else:
            assert price.value is None


@pytest.mark.parametrize("sheet", STATUS_SHEETS, ids=lambda s: s.key)
def test_every_cell_has_its_columns_type(exported: Exported, sheet: Sheet) -> None:
    title = next(s.title for s in exported.english.sheets if s.key == sheet.key)
    worksheet = _openpyxl(exported.english)[title]
    values = _calamine(exported.english, title)
    for index, column in enumerate(sheet.columns):
        cells = _cells(worksheet, index + 1)[1:]
        for cell, value in zip(cells, _column(values, index), strict=True):
            if cell.value is None:
                assert value == ""
                continue
            _check_type(column.kind, cell, value)


def _check_type(kind: Kind, cell: Any, value: Any) -> None:
    if kind is Kind.date:
        assert cell.is_date
        assert type(value) is date
    elif kind is Kind.datetime:
        assert cell.is_date
        assert isinstance(value, datetime)
    elif kind is Kind.money:
        assert cell.data_type == "n"
        assert "€" in cell.number_format
    elif kind is Kind.hours:
        assert cell.data_type == "n"
        assert cell.number_format == "#,##0.00"
    elif kind is Kind.percent:
        assert cell.data_type == "n"
        assert cell.number_format == "0%"
    elif kind is Kind.integer:
        assert cell.data_type == "n"
        assert value == int(value)
    else:  # text, long text, labels, check marks: always string cells
        assert cell.data_type == "s"
        assert isinstance(value, str)
        assert value == cell.value


def test_datetimes_are_local_wall_clock_time(exported: Exported) -> None:
    clients = _reports(exported).clients(today=TODAY)
    stored = {e.archived_at for _, e in clients if e.archived_at is not None}
    assert stored
    sheet = _openpyxl(exported.english)["Clients"]
    shown = {cell.value for cell in _cells(sheet, _header_index(sheet, "Archived on") + 1)[1:]}
    shown -= {None}
    assert shown == {s.replace(tzinfo=UTC).astimezone(ZONE).replace(tzinfo=None) for s in stored}


# -- safety --------------------------------------------------------------------------------------


def test_formulas_and_signs_stay_text(exported: Exported) -> None:
    sheet = _openpyxl(exported.english)["Clients"]
    names = {c.value: c for c in _cells(sheet, 1)}
    calamine = set(_column(_calamine(exported.english, "Clients"), 0))
    for name in TRICKY_NAMES:
        assert names[name].data_type == "s"
        assert name in calamine
    column = _header_index(sheet, "Notes")
    notes = {c.value: c.data_type for c in _cells(sheet, column + 1)}
    assert notes[demo_text.FORMULA_NOTE] == "s"
    assert demo_text.FORMULA_NOTE in _column(_calamine(exported.english, "Clients"), column)
    journal_sheet = _calamine(exported.english, "Journal")
    journal = _column(journal_sheet, journal_sheet[0].index("Summary"))
    assert demo_text.FORMULA_SUMMARY in journal
    assert demo_text.AT_SUMMARY in journal
    assert demo_text.PLUS_SUMMARY in journal
    assert HYPERLINK in _column(_calamine(exported.english, "Contacts"), 1)


def test_control_characters_removed_and_long_text_cut(exported: Exported) -> None:
    rows = _calamine(exported.english, "Clients")
    sheet = _openpyxl(exported.english)["Clients"]
    notes = _header_index(sheet, "Notes")
    bell = next(row for row in rows if row[0].startswith("Bell"))
    assert bell[0] == "Bell & Co"
    assert len(bell[notes]) == MAX_CELL_TEXT
    assert bell[notes].endswith(TRUNCATION_MARKER)
    assert bell[notes].startswith(LONG_NOTE[:1000])
    cell = next(c for c in _cells(sheet, notes + 1) if str(c.value).startswith("Notiz"))
    assert cell.value == bell[notes]


# -- finished look -------------------------------------------------------------------------------


@pytest.mark.parametrize("sheet", STATUS_SHEETS, ids=lambda s: s.key)
def test_finished_look(exported: Exported, sheet: Sheet) -> None:
    title = next(s.title for s in exported.english.sheets if s.key == sheet.key)
    worksheet = _openpyxl(exported.english)[title]
    assert worksheet.freeze_panes in {"A2", "B2"}
    (table,) = worksheet.tables.values()
    assert table.ref.startswith("A1:")
    assert table.autoFilter is not None
    assert all(cell.font.bold for cell in worksheet[1])
    for index, column in enumerate(sheet.columns, 1):
        letter = openpyxl.utils.get_column_letter(index)
        assert 6 <= worksheet.column_dimensions[letter].width <= 61
        filled = [c for c in _cells(worksheet, index)[1:] if c.value is not None]
        if column.kind is Kind.long_text and filled:
            assert filled[0].alignment.wrap_text
    has_rules = len(worksheet.conditional_formatting) > 0
    assert has_rules == (sheet.key in HIGHLIGHTED)


# More columns than an A4 page holds at 8 points, however narrow their words wrap: they print
# one page wide all the same, smaller (the German engagements by their long headers).
TOO_WIDE = {("english", "change_requests"), ("english", "support_plans"),
            ("german", "change_requests"), ("german", "support_plans"),
            ("german", "engagements")}  # fmt: skip


def _printed_columns(worksheet: Any) -> int:
    if not worksheet.print_area:
        return int(worksheet.max_column)
    last = worksheet.print_area.split(":")[-1].replace("$", "").rstrip("0123456789")
    return int(openpyxl.utils.column_index_from_string(last))


def _print_points(worksheet: Any) -> float:
    """The size the cells' Calibri 11 prints at, worked out from the read-back set-up: A4
    landscape less the side margins, one page wide, scaled in whole percent rounded down."""
    margins = worksheet.page_margins
    page = (297 / 25.4 - margins.left - margins.right) * 72
    columns = range(1, _printed_columns(worksheet) + 1)
    letters = [openpyxl.utils.get_column_letter(index) for index in columns]
    width = sum(worksheet.column_dimensions[letter].width for letter in letters)
    scale = min(1.0, math.floor(100 * page / (width * CHARACTER_POINTS)) / 100)
    return 11 * scale


@pytest.mark.parametrize("language", ["english", "german"])
def test_every_sheet_prints_at_8_points_or_more(exported: Exported, language: str) -> None:
    summary = getattr(exported, language)
    book = _openpyxl(summary)
    for sheet in summary.sheets:
        worksheet = book[sheet.title]
        assert (worksheet.page_setup.orientation, worksheet.page_setup.fitToWidth) == (
            "landscape", 1,
        )  # fmt: skip
        smallest = 5.5 if (language, sheet.key) in TOO_WIDE else 8.0  # 3.5 before
        assert _print_points(worksheet) >= smallest, sheet.title


def test_flags_that_repeat_a_highlight_leave_a_crowded_page_not_the_sheet(
    exported: Exported,
) -> None:
    overview = _openpyxl(exported.german)["Übersicht"]
    headers = [cell.value for cell in overview[1]]
    assert headers[-2:] == ["Übergabe gefährdet", "Umfangswarnung"]  # in the sheet, last
    assert _printed_columns(overview) == len(headers) - 2  # not on the printed page
    english = _openpyxl(exported.english)["Overview"]
    assert not english.print_area  # narrow enough with them: printed


def test_wrapped_text_gets_rows_tall_enough(exported: Exported) -> None:
    sheet = _openpyxl(exported.english)["Clarification"]
    question = _header_index(sheet, "Question") + 1
    width = sheet.column_dimensions[openpyxl.utils.get_column_letter(question)].width
    cells = _cells(sheet, question)[1:]
    long_one = next(cell for cell in cells if len(str(cell.value)) > 2 * width)
    assert long_one.alignment.wrap_text
    assert sheet.row_dimensions[long_one.row].height >= 45  # three lines or more


def test_highlights_use_the_export_day(exported: Exported) -> None:
    worksheet = _openpyxl(exported.english)["Overview"]
    formulas = [rule.formula[0] for cf in worksheet.conditional_formatting for rule in cf.rules]
    assert any("DATE(2026,11,25)" in formula for formula in formulas)


def test_document_properties(exported: Exported) -> None:
    properties = _openpyxl(exported.english).properties
    assert properties.title == "Status workbook"
    assert properties.creator == "Anna Berger"  # the demo practice
    assert abs(properties.created - datetime.now(UTC).replace(tzinfo=None)) < timedelta(minutes=5)


# -- the client dossier --------------------------------------------------------------------------


def test_dossier_has_a_cover_and_only_that_clients_rows(exported: Exported, tmp_path: Path) -> None:
    name = "Northbridge Analytics Ltd"
    summary = write_client_dossier(
        _reports(exported), tmp_path / "dossier.xlsx", name.upper(), today=TODAY
    )
    workbook = _openpyxl(summary)
    assert workbook.sheetnames[0] == "Cover"
    assert workbook.sheetnames[1:] == [sheet.title for sheet in summary.sheets]
    assert workbook.properties.title == f"Client dossier – {name}"
    cover = list(workbook["Cover"].iter_rows(values_only=True))
    assert cover[0][0] == name
    assert any(row[0] == "Open change requests" for row in cover)
    for sheet in summary.sheets:
        rows = _calamine(summary, sheet.title)[1:]
        assert len(rows) == sheet.rows
        assert {row[0] for row in rows} <= {name}  # every sheet starts with the client
    assert summary.rows_of("contacts") > 0
    assert "journal" not in {sheet.key for sheet in summary.sheets}  # internal notes stay home


def test_the_dossier_leaves_the_consultants_own_notes_out(tmp_path: Path) -> None:
    """Contact notes, client notes, satisfaction and the journal are the consultant's; the
    status workbook keeps them, the dossier for the client does not, and says so."""
    from workbook.domain.enums import JournalKind
    from workbook.services.journal.shapes import JournalInput

    database = open_database(tmp_path / "w.sqlite3")
    workspace = build_workspace(database)
    client_id = make_client(workspace.clients, "Beispiel GmbH", notes="Zahlt spät")
    make_contact(workspace.clients, client_id, "Jana Roth", notes="Mag kurze E-Mails")
    workspace.journal.add(
        client_id, JournalInput(TODAY, JournalKind.feedback, "Anruf", satisfaction=2), today=TODAY
    )
    dossier = write_client_dossier(workspace.reports, tmp_path / "d.xlsx", client_id, today=TODAY)
    book = _openpyxl(dossier)
    cells = [str(value) for sheet in book for row in sheet.iter_rows(values_only=True)
             for value in row if value is not None]  # fmt: skip
    assert not [text for text in cells if "Mag kurze" in text or "Zahlt spät" in text]
    assert "Notes" not in [cell.value for cell in book["Contacts"][1]]
    assert "Days since feedback" not in cells
    cover = [row[0] for row in book["Cover"].iter_rows(values_only=True) if row[0]]
    assert any("not part of this dossier" in str(text) for text in cover), cover

    status = write_status_workbook(workspace.reports, tmp_path / "s.xlsx", today=TODAY, zone=ZONE)
    contacts = _openpyxl(status)["Contacts"]
    notes = _header_index(contacts, "Notes")
    assert [row[notes] for row in contacts.iter_rows(min_row=2, values_only=True)] == [
        "Mag kurze E-Mails"
    ]
    database.close()


def test_dossier_of_an_unknown_client(exported: Exported, tmp_path: Path) -> None:
    with pytest.raises(UnknownClient):
        write_client_dossier(_reports(exported), tmp_path / "x.xlsx", "Nobody GmbH", today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_support_figures_match_the_calculation_by_hand(tmp_path: Path) -> None:
    """The issue's example: yearly from 1 Jan 2025, renews, 90 days' notice, 40 hours a year,
    exported on 1 Dec 2026. The term runs 1 Jan – 31 Dec 2026; its notice deadline was
    31 Dec 2026 − 90 days = 2 Oct 2026 (passed), so the next is 31 Dec 2027 − 90 = 2 Oct 2027;
    the hours of this term's period are 2.5 + 3 = 5.5 (the 5 of 31 Dec 2025 were last year's)."""
    from decimal import Decimal

    from workbook.domain.enums import SupportPeriod, SupportPlanStatus
    from workbook.services.support.shapes import SupportEntryInput, SupportPlanInput

    day = date(2026, 12, 1)
    database = open_database(tmp_path / "w.sqlite3")
    workspace = build_workspace(database)
    client_id = make_client(workspace.clients, "Beispiel GmbH")
    plan = SupportPlanInput(
        client_id, "Wartung", date(2025, 1, 1), auto_renew=True, notice_days=90,
        period=SupportPeriod.year, included_hours=Decimal(40), status=SupportPlanStatus.active,
    )  # fmt: skip
    plan_id = workspace.support.add_plan(plan).created_id
    assert plan_id is not None
    for on, hours in ((date(2025, 12, 31), "5"), (date(2026, 3, 1), "2.5"), (day, "3")):
        workspace.support.add_entry(plan_id, SupportEntryInput(on, Decimal(hours)), today=day)
    summary = write_status_workbook(workspace.reports, tmp_path / "s.xlsx", today=day, zone=ZONE)
    sheet = _openpyxl(summary)["Support plans"]
    header = [cell.value for cell in sheet[1]]
    row = {key: cell.value for key, cell in zip(header, sheet[2], strict=True)}
    assert row["Term ends"].date() == date(2026, 12, 31)
    assert row["Give notice by"].date() == date(2027, 10, 2)
    assert (row["Used this period"], row["Included hours"], row["Hours beyond"]) == (5.5, 40, None)
    overview = _openpyxl(summary)["Overview"]
    header = [cell.value for cell in overview[1]]
    line = {key: cell.value for key, cell in zip(header, overview[2], strict=True)}
    assert line["Next deadline"].date() == date(2027, 10, 2)
    assert line["Support hours used"] == 5.5
    database.close()

"""Status workbook export of a 2,000-client demo against a bare openpyxl write-only workbook with
the same number of cells (median of several runs). Run with `make bench`; prints ratios."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from workbook.demo.generator import fill_demo
from workbook.services.workspace import build_workspace
from workbook.spreadsheets.export.book import ExportSummary
from workbook.spreadsheets.export.sheets import STATUS_SHEETS, Scope
from workbook.spreadsheets.export.status_workbook import write_status_workbook
from workbook.store.database import Database, open_database

CLIENTS = 2000
RUNS = 3
TODAY = date(2026, 11, 25)
# A mix like the real sheets': mostly text, some numbers and dates.
_VALUES = ("Einführung eines CRM-Systems", 42, 1234.5, date(2026, 11, 25), "Controlling")


def _median(action: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _bare(path: Path, shape: list[tuple[str, int, int]]) -> None:
    workbook = Workbook(write_only=True)
    for title, rows, columns in shape:
        sheet = workbook.create_sheet(title)
        for index in range(rows + 1):
            sheet.append([_VALUES[(index + c) % len(_VALUES)] for c in range(columns)])
    workbook.save(path)


def _queries(database: Database) -> None:
    service, scope = build_workspace(database).reports, Scope(None, TODAY, "en")
    for sheet in STATUS_SHEETS:
        sheet.fetch(service, scope)


def test_export_ratio(tmp_path: Path) -> None:
    database = open_database(tmp_path / "demo.sqlite3")
    reports = build_workspace(database).reports
    try:
        fill_demo(database, clients=CLIENTS, today=TODAY)
        summaries: list[ExportSummary] = []
        ours = _median(
            lambda: summaries.append(
                write_status_workbook(reports, tmp_path / "status.xlsx", today=TODAY)
            )
        )
        queries = _median(lambda: _queries(database))
    finally:
        database.close()
    widths = {sheet.key: len(sheet.columns) for sheet in STATUS_SHEETS}
    shape = [(s.title, s.rows, widths[s.key]) for s in summaries[-1].sheets]
    cells = sum((rows + 1) * columns for _, rows, columns in shape)
    bare = _median(lambda: _bare(tmp_path / "bare.xlsx", shape))
    size = (tmp_path / "status.xlsx").stat().st_size / (tmp_path / "bare.xlsx").stat().st_size
    print(
        f"\nstatus workbook: {ours / bare:.1f}x bare openpyxl write_only ({cells:,} cells, "
        f"{CLIENTS:,} clients, median of {RUNS})"
        f"\n  of which database queries: {queries / bare:.1f}x"
        f"\n  file size: {size:.1f}x"
    )

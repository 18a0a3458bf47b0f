"""Run in a fresh interpreter by the export benchmark: one export, or the bare openpyxl
write-only workbook of the same shape, timed; prints JSON with the seconds, the peak resident
memory of the process and (for ours) the shape of the sheets.

`python -m tests.benchmarks.export_probe status DB OUT`, `… dossier DB OUT CLIENT`,
`… bare SHAPE_JSON OUT`."""

from __future__ import annotations

import json
import resource
import sys
import time
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 25)
# A mix like the real sheets': mostly text, some numbers and dates.
_VALUES = ("Einführung eines CRM-Systems", 42, 1234.5, TODAY, "Controlling")


def _peak_mb() -> float:
    """The process's peak resident memory. Linux's ru_maxrss keeps the parent's from before
    exec (the test runner's), so its VmHWM where there is one."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _ours(kind: str, db: str, out: str, client: str = "") -> dict[str, object]:
    from workbook.services.workspace import build_workspace
    from workbook.spreadsheets.export.dossier import write_client_dossier
    from workbook.spreadsheets.export.sheets import DOSSIER_SHEETS, STATUS_SHEETS
    from workbook.spreadsheets.export.status_workbook import write_status_workbook
    from workbook.store.database import open_database

    database = open_database(Path(db), read_only=True)
    reports = build_workspace(database).reports
    before = _peak_mb()
    start = time.perf_counter()
    if kind == "status":
        summary = write_status_workbook(reports, Path(out), today=TODAY, overwrite=True)
        sheets = STATUS_SHEETS
    else:
        summary = write_client_dossier(reports, Path(out), client, today=TODAY, overwrite=True)
        sheets = DOSSIER_SHEETS
    took = time.perf_counter() - start
    database.close()
    widths = {sheet.key: len(sheet.columns) for sheet in sheets}
    shape = [(s.title, s.rows, widths[s.key]) for s in summary.sheets]
    return {"seconds": took, "peak_mb": _peak_mb(), "before_mb": before, "shape": shape}


def _bare(shape_json: str, out: str) -> dict[str, object]:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    shape = json.loads(shape_json)
    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    for title, rows, columns in shape:
        sheet = workbook.create_sheet(title)
        for index in range(rows + 1):
            sheet.append([_VALUES[(index + c) % len(_VALUES)] for c in range(columns)])
    workbook.save(out)
    return {"seconds": time.perf_counter() - start, "peak_mb": _peak_mb()}


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    print(json.dumps(_bare(*rest) if mode == "bare" else _ours(mode, *rest)))

"""The status workbook and a client dossier of a `demo --clients 5000` database, against a bare
openpyxl write-only workbook with the same sheets, rows and columns, each run in a fresh
interpreter (export_probe) so its peak memory is its own; medians of several runs, ours and
bare taking turns. Goals (#15): the status workbook ≤ 1.2× the bare one's time and ≤ its
peak memory + 100 MB; a dossier ≤ 1 s."""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
STATUS_RUNS = 3
DOSSIER_RUNS = 5


def _probe(*args: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.export_probe", *args],
        capture_output=True, text=True, check=True, env=env, cwd=ROOT,
    ).stdout  # fmt: skip
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


Results = list[dict[str, Any]]


def _runs(ours: list[str], out: Path, runs: int) -> tuple[Results, Results]:
    """Ours and the bare workbook of the shape ours wrote, taking turns."""
    mine, bare = [], []
    for _ in range(runs):
        mine.append(_probe(*ours))
        shape = json.dumps(mine[-1]["shape"])
        bare.append(_probe("bare", shape, str(out.with_suffix(".bare.xlsx"))))
    return mine, bare


def _median(results: Results, key: str) -> float:
    return statistics.median(float(result[key]) for result in results)


def _cells(shape: list[list[Any]]) -> int:
    return sum((rows + 1) * columns for _, rows, columns in shape)


def _busiest_client(db: Path) -> str:
    """The client with the most clarification answers (the biggest sheet of a dossier)."""
    connection = sqlite3.connect(db)
    try:
        (name,) = connection.execute(
            "SELECT c.name FROM client c JOIN engagement e ON e.client_id = c.id "
            "JOIN clarification_answer a ON a.engagement_id = e.id "
            "GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1"
        ).fetchone()
        return str(name)
    finally:
        connection.close()


@pytest.mark.timeout(1800)  # several full exports of 300,000 rows, in fresh interpreters
def test_status_workbook_against_bare_openpyxl(demo_5000: Path, tmp_path: Path) -> None:
    out = tmp_path / "status.xlsx"
    mine, bare = _runs(["status", str(demo_5000), str(out)], out, STATUS_RUNS)
    took, base = _median(mine, "seconds"), _median(bare, "seconds")
    peak, base_peak = _median(mine, "peak_mb"), _median(bare, "peak_mb")
    size = out.stat().st_size / out.with_suffix(".bare.xlsx").stat().st_size
    print(
        f"\nstatus workbook, 5,000 clients ({_cells(mine[-1]['shape']):,} cells, median of "
        f"{STATUS_RUNS}): {took / base:.2f}x bare openpyxl write-only ({took:.1f} s / {base:.1f} s;"
        f" goal 1.2x)"
        f"\n  peak memory: {peak:.0f} MB = bare {base_peak:.0f} MB + {peak - base_peak:.0f} MB "
        f"(goal + 100 MB; of ours {_median(mine, 'before_mb'):.0f} MB before the export)"
        f"\n  file size: {size:.2f}x"
    )


def test_client_dossier(demo_5000: Path, tmp_path: Path) -> None:
    out = tmp_path / "dossier.xlsx"
    client = _busiest_client(demo_5000)
    mine, bare = _runs(["dossier", str(demo_5000), str(out), client], out, DOSSIER_RUNS)
    took, base = _median(mine, "seconds"), _median(bare, "seconds")
    print(
        f"\nclient dossier of the busiest client at 5,000 clients ({_cells(mine[-1]['shape']):,} "
        f"cells, median of {DOSSIER_RUNS}): {took * 1000:.0f} ms (goal 1 s) = {took / base:.1f}x "
        f"a bare openpyxl write-only workbook of its sheets ({base * 1000:.0f} ms)"
    )

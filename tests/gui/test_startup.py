"""The window paints before the database stack (SQLAlchemy, SQLModel, alembic) or openpyxl load;
the first tab shows its data before the other tabs, the charts or the engagement editor load —
and, on a workbook the first look can read, before the database stack loads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.gui


def _ready(database: Path, settings: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    probe = ROOT / "tests" / "benchmarks" / "startup_probe.py"
    out = subprocess.run(
        [sys.executable, str(probe), "ready", str(database), str(settings)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_first_paint_imports_nothing_heavy(tmp_path: Path) -> None:
    result = _ready(tmp_path / "w.sqlite3", tmp_path / "s.ini")  # a new file: no first look
    assert result["heavy_before_paint"] == []
    assert result["ready"] > result["paint"]  # type: ignore[operator]  # and it did open
    # the first tab's data shows before the other tabs, the charts or the editor are imported
    assert result["deferred_before_data"] == []


def test_the_first_look_shows_the_day_before_the_database_stack_loads(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "main.py", "demo", "--db", str(database), "--clients", "3"],
        check=True, cwd=ROOT, capture_output=True,
    )  # fmt: skip
    result = _ready(database, tmp_path / "s.ini")
    assert result["stack_before_data"] == []
    assert result["deferred_before_data"] == []
    assert result["paint"] < result["ready"] < result["opened"]  # type: ignore[operator]

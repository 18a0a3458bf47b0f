"""The window paints before the database stack (SQLAlchemy, SQLModel, alembic) or openpyxl load;
the first tab shows its data before the other tabs, the charts or the engagement editor load."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.gui


def test_first_paint_imports_nothing_heavy(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    probe = ROOT / "tests" / "benchmarks" / "startup_probe.py"
    out = subprocess.run(
        [sys.executable, str(probe), "ready", str(tmp_path / "w.sqlite3"), str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert result["heavy_before_paint"] == []
    assert result["ready"] > result["paint"]  # and the database did open afterwards
    # the first tab's data shows before the other tabs, the charts or the editor are imported
    assert result["deferred_before_data"] == []

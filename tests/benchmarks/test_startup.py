"""Start-up against an empty QMainWindow, each in a fresh interpreter (median of several runs),
on a `demo --clients 5000` database. Goals (#15): first paint ≤ 2.0×, data shown ≤ 4×. Data
shown is the first tab's first look (Today read by sqlite3 before SQLAlchemy loads); the
database is open later."""

from __future__ import annotations

import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("startup_probe.py")
RUNS = 15


def _run(mode: str, db: Path, settings: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, str(PROBE), mode, str(db), str(settings)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_startup_ratio(demo_5000: Path, tmp_path: Path) -> None:
    # Our modules as an installed copy has them, byte-compiled (pip and the distributions'
    # packages compile at install; a checkout caches on its first run). Without this, where
    # PYTHONDONTWRITEBYTECODE is set, every probe compiled each module it imports again —
    # a cost the empty QMainWindow, whose Qt and stdlib ship compiled, never pays.
    assert compileall.compile_dir(ROOT / "workbook", quiet=1)
    db = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_5000, db)  # opening writes (the catalogue, the lock): a copy of its own
    settings = tmp_path / "settings.ini"
    baseline, paint, ready, opened, stack = [], [], [], [], []
    for _ in range(RUNS):
        baseline.append(_run("baseline", db, settings)["paint"])
        paint.append(_run("paint", db, settings)["paint"])
        times = _run("ready", db, settings)
        ready.append(times["ready"])
        opened.append(times["opened"])
        stack.append(_run("stack", db, settings)["stack"])
    base = statistics.median(baseline)
    print(
        f"\nstart-up (median of {RUNS}, offscreen): empty QMainWindow {base * 1000:.0f} ms = 1.00"
        f"\n  our window painted: {statistics.median(paint) / base:.2f}x"
        f"\n  data shown, the first tab's first look (5,000 clients): "
        f"{statistics.median(ready) / base:.2f}x (goal 4)"
        f"\n  database open: {statistics.median(opened) / base:.2f}x, of which importing "
        f"SQLAlchemy, SQLModel, the models and the first tab's services "
        f"{statistics.median(stack) / base:.2f}x"
    )
    assert _run("paint", db, settings)["heavy_before_paint"] == []

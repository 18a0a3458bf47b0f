"""No debris: an export that is killed leaves a partial file that the next run removes, one that
is stopped (SIGTERM, Ctrl+C) or fails removes its own at once, and a partial file another
export is still writing is left alone (issue 9, point 8)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.users import ROOT
from workbook.cli.main import main
from workbook.files.partial import create_beside, remove_stale


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "workbook.sqlite3"
    assert main(["demo", "--db", str(path), "--clients", "250"]) == 0
    return path


def _partials(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


def _export_until_partial(db: Path, out: Path) -> subprocess.Popen[str]:
    """An export in another process, stopped once its partial file exists."""
    export = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "export", "--db", str(db), "--out", str(out)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not _partials(out.parent):
        assert export.poll() is None, "the export ended before it could be stopped"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    return export


def test_the_partial_file_of_a_killed_export_goes_with_the_next_run(
    big_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "status.xlsx"
    export = _export_until_partial(big_db, out)
    export.kill()
    export.communicate()
    left = _partials(tmp_path)
    assert len(left) == 1  # SIGKILL: nothing can clean up
    time.sleep(2.1)  # older than the grace a brand-new partial file gets
    assert main(["export", "--db", str(big_db), "--out", str(out)]) == 0
    assert _partials(tmp_path) == []
    assert out.exists()


def test_a_terminated_export_removes_its_partial_file(big_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "status.xlsx"
    export = _export_until_partial(big_db, out)
    export.send_signal(signal.SIGTERM)
    _, err = export.communicate()
    assert export.returncode == 130, err
    assert err == "error: interrupted; nothing was changed\n"
    assert list(tmp_path.iterdir()) == []


def test_a_partial_file_being_written_is_left_alone(tmp_path: Path) -> None:
    partial = create_beside(tmp_path / "status.xlsx")
    old = time.time() - 3600  # even an old one: its writer holds it
    os.utime(partial.path, (old, old))
    assert remove_stale(tmp_path) == []
    assert partial.path.exists()
    partial.release()  # the writer died
    assert remove_stale(tmp_path) == [partial.path]
    assert list(tmp_path.iterdir()) == []


def test_only_our_partial_files_are_removed(tmp_path: Path) -> None:
    theirs = [tmp_path / name for name in ("notes.partial", ".notes-xyz.txt.partial", "a.part")]
    for path in theirs:
        path.write_text("someone else's")
        os.utime(path, (0, 0))
    assert remove_stale(tmp_path) == []
    assert all(path.exists() for path in theirs)

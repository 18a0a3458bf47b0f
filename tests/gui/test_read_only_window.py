"""A database the user cannot write opens read-only: the title and the status bar say so, and
nothing offers to edit (issue 9, point 5), nor to repair a wrong count (Check database). Run
as an unprivileged user (read_only_probe.py)."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.users import ROOT, environment, unprivileged_ids
from workbook.cli.main import main

pytestmark = pytest.mark.gui

NOTHING_TO_EDIT = {
    "new client": False,
    "edit client": False,
    "archive client": False,
    "add contact": False,
    "export dossier": True,  # reading is fine
    "import": False,
    "new engagement": False,
    "journal entry (Ctrl+J)": False,
    "new journal entry in the pane": False,
    **{f"changes {name}": False
       for name in ("new_action", "edit_action", "remove_action", "inform_action")},
    **{f"support {name}": False
       for name in ("new_action", "edit_action", "end_action", "log_action")},
    "support quick entry": False,
    **{f"journal {name}": False
       for name in ("new_action", "edit_action", "remove_action", "done_action")},
    "handover done_action": False,
    "handover verify_action": False,
}  # fmt: skip


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _probe(db: Path, home: Path) -> dict[str, object]:
    uid, gid = unprivileged_ids()
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    if uid >= 0:
        os.chown(runtime, uid, gid)
    env = {**environment(home), "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "gui" / "read_only_probe.py"), str(db),
         str(home / "settings.ini"), str(uid), str(gid)],
        capture_output=True, text=True, env=env, cwd=home, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def _demo(path: Path) -> Path:
    path.parent.mkdir(exist_ok=True)
    assert main(["demo", "--db", str(path), "--clients", "3"]) == 0
    return path


def _miscount(db: Path) -> None:
    """A stored count of answered questions another program changed without the triggers
    (what Check database offers to repair where the database can be written)."""
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE engagement SET answered_required = answered_required + 5")
    connection.close()


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_database_that_cannot_be_written_opens_read_only(open_folder: Path, what: str) -> None:
    db = _demo(open_folder / "shared" / "workbook.sqlite3")
    _miscount(db)
    if what == "file":
        db.chmod(0o444)
        db.parent.chmod(0o777)
    else:
        db.chmod(0o666)
        db.parent.chmod(0o555)
    before = _digest(db)
    seen = _probe(db, open_folder)
    assert seen["warnings"] == []
    assert seen["opened"] is True
    assert seen["title"] == "workbook.sqlite3 (read-only) — Client Workbook"
    assert seen["badge"] == "Read-only"
    assert seen["status"] == (
        "Opened workbook.sqlite3 read-only: the file or its folder cannot be written"
    )
    assert seen["clients"] == 3
    assert seen["enabled"] == NOTHING_TO_EDIT
    assert seen["undo steps"] == 0  # Del and Ctrl+N did nothing
    assert seen["editor"] == {
        "writable fields": 0,
        "status steps": 0,
        "save shown": False,
        "add wish shown": False,
        "add change shown": False,
        "add milestone shown": False,
        "add needed competence shown": False,
    }
    assert seen["check"] == {
        "summary": (
            "<b>workbook.sqlite3: some engagements show a wrong count of answered questions.</b>"
            "<br>The count is kept beside the answers for the engagements list (“Clarified”) "
            "and no longer matches them; the answers themselves are intact. This window can "
            "only read the database; opened where it can be written, Repair counts them again."
        ),
        "repair offered": False,
    }
    assert _digest(db) == before

"""Write failures on the command line are one sentence, never a traceback: a read-only file or
folder (checked as an unprivileged user), a full disk (a small tmpfs), a missing folder, and
another program holding the write lock (issue 9, point 5)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.users import Outcome, run_cli, run_on_small_disk
from workbook.cli import paths
from workbook.cli.main import main
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientQuery
from workbook.store.database import open_database

CSV = "Name;Branche\nZander KG;Handel\n"


def _demo(path: Path, clients: int = 3) -> Path:
    path.parent.mkdir(exist_ok=True)
    assert main(["demo", "--db", str(path), "--clients", str(clients)]) == 0
    return path


def _one_sentence(outcome: Outcome, code: int = 2) -> str:
    assert outcome.code == code, outcome
    assert "Traceback" not in outcome.err
    assert outcome.err.count("\n") == 1, outcome.err
    return outcome.err


def _reads_work(db: Path, folder: Path) -> None:
    checked = run_cli(["check", "--db", str(db)], home=folder)
    assert (checked.code, checked.err) == (0, ""), checked
    out = folder / "status.xlsx"
    exported = run_cli(["export", "--db", str(db), "--out", str(out)], home=folder)
    assert exported.code == 0, exported
    assert out.stat().st_size > 0


def test_read_only_file_is_read_but_not_written(open_folder: Path) -> None:
    db = _demo(open_folder / "workbook.sqlite3")
    db.chmod(0o444)
    (open_folder / "new.csv").write_text(CSV, encoding="utf-8")
    _reads_work(db, open_folder)
    imported = run_cli(["import", "--db", str(db), str(open_folder / "new.csv")], home=open_folder)
    assert "the database is read-only" in _one_sentence(imported)


def test_read_only_folder_is_read_but_not_written(open_folder: Path) -> None:
    folder = open_folder / "shared"
    db = _demo(folder / "workbook.sqlite3")
    db.chmod(0o666)  # the file could be written, but SQLite needs the folder for its -wal
    folder.chmod(0o555)
    (open_folder / "new.csv").write_text(CSV, encoding="utf-8")
    _reads_work(db, open_folder)
    imported = run_cli(["import", "--db", str(db), str(open_folder / "new.csv")], home=open_folder)
    err = _one_sentence(imported)
    assert "the database is read-only" in err
    assert "cannot be read" not in err
    created = run_cli(["demo", "--db", str(folder / "new.sqlite3")], home=open_folder)
    assert "read-only" in _one_sentence(created)
    assert sorted(p.name for p in folder.iterdir()) == ["workbook.sqlite3"]


def test_backup_into_a_missing_folder(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _demo(db_path)
    capsys.readouterr()
    assert main(["backup", "--db", str(db_path), "--out", "/nonexistent/b"]) == 2
    assert capsys.readouterr().err == "error: /nonexistent/b: the folder does not exist\n"


def test_demo_on_a_full_disk_leaves_nothing() -> None:
    outcome, left = run_on_small_disk(
        400, ["demo", "--db", "{disk}/workbook.sqlite3", "--clients", "500"]
    )
    assert "the disk is full" in _one_sentence(outcome)
    assert left == []


def test_backup_on_a_full_disk_leaves_nothing(tmp_path: Path) -> None:
    db = _demo(tmp_path / "workbook.sqlite3", clients=200)  # about 3 MB
    outcome, left = run_on_small_disk(
        1000, ["backup", "--db", str(db), "--out", "{disk}/copy.sqlite3"]
    )
    assert "the disk is full" in _one_sentence(outcome)
    assert left == []


def test_import_on_a_full_disk_changes_nothing(tmp_path: Path) -> None:
    db = _demo(tmp_path / "workbook.sqlite3", clients=0)  # about 290 KB
    rows = "".join(f"Client {n:05};Handel;{'x' * 400}\n" for n in range(3000))
    csv = tmp_path / "many.csv"
    csv.write_text("Name;Branche;Notizen\n" + rows, encoding="utf-8")
    outcome, left = run_on_small_disk(
        600,
        ["import", "--db", "{disk}/workbook.sqlite3", str(csv)],
        files=[(db, "workbook.sqlite3")],
    )
    assert outcome.err.endswith("the disk is full\n"), outcome
    assert outcome.code == 2
    assert "Traceback" not in outcome.err
    assert "workbook.sqlite3" in left


def _hold_write_lock(db: Path, seconds: float) -> subprocess.Popen[str]:
    """Another program in the middle of a long write (BEGIN IMMEDIATE held for `seconds`)."""
    code = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "print('locked', flush=True)\n"
        "time.sleep(float(sys.argv[2]))\n"
        "c.execute('ROLLBACK')\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(db), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "locked\n"
    return holder


def test_import_waits_for_another_program_then_writes(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _demo(db_path, clients=0)
    csv = tmp_path / "new.csv"
    csv.write_text(CSV, encoding="utf-8")
    holder = _hold_write_lock(db_path, 2.5)
    try:
        capsys.readouterr()
        assert main(["import", "--db", str(db_path), str(csv)]) == 0
    finally:
        holder.communicate()
    err = capsys.readouterr().err
    assert err == "waiting for another program to finish writing to the database…\n"
    database = open_database(db_path)
    try:
        assert ClientService(database).count(ClientQuery()) == 1
    finally:
        database.close()


def test_import_gives_up_on_a_lock_held_too_long_with_a_sentence(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _demo(db_path, clients=0)
    csv = tmp_path / "new.csv"
    csv.write_text(CSV, encoding="utf-8")
    monkeypatch.setattr(paths, "BUSY_TIMEOUT_MS", 1500)  # 30 s in real use
    holder = _hold_write_lock(db_path, 4)
    try:
        capsys.readouterr()
        assert main(["import", "--db", str(db_path), str(csv)]) == 2
    finally:
        holder.communicate()
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "waiting for another program to finish writing to the database…",
        f"error: {db_path}: the database is busy: another program is writing to it",
    ]

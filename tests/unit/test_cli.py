"""The command line runs without Qt and speaks in exit codes 0 / 1 / 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbook.cli.main import main

ROOT = Path(__file__).resolve().parents[2]


def test_check_on_a_sound_database(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--db", str(db_path), "--clients", "3"]) == 0
    assert main(["check", "--db", str(db_path)]) == 0
    assert "ok" in capsys.readouterr().out


def test_demo_refuses_a_database_with_clients(db_path: Path) -> None:
    assert main(["demo", "--db", str(db_path), "--clients", "2"]) == 0
    assert main(["demo", "--db", str(db_path)]) == 2


def test_check_finds_broken_foreign_keys(db_path: Path) -> None:
    import sqlite3

    assert main(["demo", "--db", str(db_path), "--clients", "2"]) == 0
    connection = sqlite3.connect(db_path)
    connection.execute(
        "INSERT INTO contact (created_at, updated_at, client_id, name, role, department, email, "
        "phone, is_primary, notes) VALUES ('2026-01-01', '2026-01-01', 999, 'x', '', '', '', '', "
        "0, '')"
    )
    connection.commit()
    connection.close()
    assert main(["check", "--db", str(db_path)]) == 1


@pytest.mark.parametrize("command", ["check", "backup"])
def test_refused_file_exits_2_with_one_line(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database")
    assert main([command, "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "not a SQLite database" in err
    assert path.read_text() == "not a database"


def test_missing_file_is_not_created_by_check(tmp_path: Path) -> None:
    path = tmp_path / "missing.sqlite3"
    assert main(["check", "--db", str(path)]) == 2
    assert not path.exists()


def test_backup_writes_a_copy(db_path: Path, tmp_path: Path) -> None:
    assert main(["demo", "--db", str(db_path), "--clients", "2"]) == 0
    target = tmp_path / "copy.sqlite3"
    assert main(["backup", "--db", str(db_path), "--out", str(target)]) == 0
    assert main(["check", "--db", str(target)]) == 0


def test_usage_error_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["demo"])
    assert exited.value.code == 2
    assert capsys.readouterr().err == (
        "error: the following arguments are required: --db (see: main.py demo --help)\n"
    )


def test_help_keeps_the_long_form(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["demo", "--help"])
    assert exited.value.code == 0
    assert "--clients" in capsys.readouterr().out


@pytest.mark.parametrize("count", ["99999999999999999999", "100001", "-1", "many"])
def test_demo_client_count_is_bounded(
    tmp_path: Path, count: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite3"
    with pytest.raises(SystemExit) as exited:
        main(["demo", "--db", str(path), "--clients", count])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("error: argument --clients: ")
    assert not path.exists()


def _main_py(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["frobnicate"], "error: unknown command 'frobnicate' (commands: demo, check, backup"),
        (["--db", "x.sqlite3", "frobnicate"], "error: unknown command 'frobnicate'"),
        (["--db", "x.sqlite3", "check"], "error: 'check' must be the first word"),
        (["--lang", "fr"], "error: argument --lang: invalid choice: 'fr'"),
    ],
    ids=["unknown", "after-an-option", "misplaced-command", "app-usage"],
)
def test_main_py_refuses_what_is_no_command_without_starting_the_window(
    tmp_path: Path, args: list[str], message: str
) -> None:
    done = _main_py(*args)  # would block in the window's event loop if it started it
    assert done.returncode == 2
    assert done.stderr.startswith(message)
    assert done.stderr.count("\n") == 1
    assert done.stdout == ""


def test_command_line_never_imports_qt(db_path: Path) -> None:
    code = "\n".join(
        [
            "import sys, runpy",
            "sys.argv = ['main.py', 'demo', '--db', sys.argv[1], '--clients', '2']",
            "try: runpy.run_path('main.py', run_name='__main__')",
            "except SystemExit as e: code = e.code",
            "assert code == 0, code",
            "assert not [m for m in sys.modules if m.startswith('PySide6')]",
        ]
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", code, str(db_path)], cwd=ROOT, check=True, env=env)

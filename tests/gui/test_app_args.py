"""The app's own command line: --db and --lang, with Qt's options passed through."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbook.app import parse_args
from workbook.store.locations import ServerAddress

pytestmark = pytest.mark.gui


def test_db_and_lang() -> None:
    args = parse_args(["--db", "kunden.sqlite3", "--lang", "de", "-platform", "offscreen"])
    assert args.db == Path("kunden.sqlite3")
    assert args.lang == "de"


def test_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(["--lang", "fr"])
    assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_a_server_url_names_the_server_never_a_file() -> None:
    """(A file of that name would make a folder named "postgresql:".)"""
    args = parse_args(["--db", "postgresql://anna@server/workbook"])
    assert isinstance(args.db, ServerAddress)
    assert str(args.db) == "postgresql://anna@server/workbook"


def test_a_server_url_with_the_password_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(["--db", "postgresql://anna:geheim@server/workbook"])
    assert exited.value.code == 2
    assert "the URL must not contain the password" in capsys.readouterr().err


def test_startup_probe_prints_both_moments_and_quits(tmp_path: Path) -> None:
    """`--startup-probe` opens the window, waits for the first tab's data, prints JSON, exits 0."""
    import json
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    db = tmp_path / "probe.sqlite3"
    subprocess.run([sys.executable, "main.py", "demo", "--db", str(db), "--clients", "3"],
                   check=True, cwd=root, capture_output=True)  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path)}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "main.py", "--db", str(db), "--startup-probe"],
        cwd=root, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    times = json.loads(done.stdout.strip().splitlines()[-1])
    assert 0 < times["first_paint_ms"] <= times["data_shown_ms"]

"""The app's own command line: --db and --lang, with Qt's options passed through."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbook.app import parse_args

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

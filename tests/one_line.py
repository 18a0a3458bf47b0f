"""A command that is refused says so in one line on stderr and exits 2."""

from __future__ import annotations

import pytest

from workbook.cli.main import main


def refused(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """The one line `main.py args` writes to stderr (what it wrote before is dropped)."""
    capsys.readouterr()
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    return err

"""Usage errors as one line, and what main.py's words ask for. Light on purpose: main.py and
the app import it before anything else has loaded."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import NoReturn

from workbook.cli.outcome import UNUSABLE


class OneLineParser(argparse.ArgumentParser):
    """A usage error is one line that says what is wrong and where the long form is."""

    def error(self, message: str) -> NoReturn:
        self.exit(UNUSABLE, f"error: {message} (see: {self.prog} --help)\n")


def stray_word(args: Sequence[str], commands: Sequence[str]) -> str | None:
    """The message for a word the app would start and silently ignore (`main.py frobnicate`),
    or None. A word right after an option is its value (--db PATH, Qt's -platform NAME); a
    sub-command is only one as the first word."""
    for index, arg in enumerate(args):
        if arg == "--":
            return None
        if arg.startswith("-"):
            continue
        before = args[index - 1] if index else ""
        if before.startswith("-") and "=" not in before:
            continue
        if arg in commands:
            return f"error: {arg!r} must be the first word: main.py {arg} …"
        return (
            f"error: unknown command {arg!r} (commands: {', '.join(commands)}; "
            "the app takes --db PATH and --lang de|en)"
        )
    return None

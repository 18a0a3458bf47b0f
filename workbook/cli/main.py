"""Command line without Qt: demo data, integrity check, backup, Excel export and import.

Exit codes: 0 ok, 1 a problem was found, 2 usage error, unusable input or a write that
failed (one line on stderr, never a traceback). Each group of sub-commands is a module with
register(); COMMAND_GROUPS lists them."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence
from typing import NoReturn

from workbook import APP_NAME, CLI_COMMANDS, __version__
from workbook.cli import changes, database, handover, privacy, search, spreadsheets, today
from workbook.cli.outcome import INTERRUPTED, OK, CommandFailed, fail
from workbook.cli.paths import with_remembered_password
from workbook.cli.printer import Printer
from workbook.cli.usage import OneLineParser
from workbook.files.atomic import ExportError
from workbook.store.engine import READ_ERRORS
from workbook.store.errors import WriteFailed
from workbook.store.header import DatabaseRefused
from workbook.store.server.opening import ServerUnavailable

COMMAND_GROUPS = (database, spreadsheets, changes, handover, search, privacy, today)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="main.py", description=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="|".join(CLI_COMMANDS))
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str], *, printer: Printer | None = None) -> int:
    """`printer` renders documents to PDF: Qt's, lent by workbook.app to the commands that
    print (workbook.PRINTING_COMMANDS); the others never need it."""
    args = build_parser().parse_args(argv)
    args.printer = printer
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        return _run(args)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run(args: argparse.Namespace) -> int:
    try:
        return with_remembered_password(args)
    except BrokenPipeError:
        # The reader went away (`… | head`): nothing left to tell anyone.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OK
    except CommandFailed as failure:
        return fail(str(failure), failure.code)
    except (DatabaseRefused, WriteFailed, ExportError, ServerUnavailable) as refusal:
        return fail(str(refusal))
    except READ_ERRORS as error:
        # Only a damaged file gets here: reading it failed halfway (open checks most of it).
        detail = getattr(error, "orig", error)
        return fail(f"the database could not be read ({detail}); main.py check lists problems")
    except OSError as error:
        return fail(f"{error.filename or ''}: {error.strerror}")
    except KeyboardInterrupt:
        return fail("interrupted; nothing was changed", INTERRUPTED)


def _interrupt(_signal: int, _frame: object) -> NoReturn:
    """SIGTERM (kill, a closing terminal) unwinds like Ctrl+C, so every half-written file is
    removed on the way out instead of being left as debris."""
    raise KeyboardInterrupt

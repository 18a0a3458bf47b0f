"""Command line without Qt: demo data, integrity check, backup, Excel export and import.

Exit codes: 0 ok, 1 a problem was found, 2 usage error or unreadable input (one line on stderr).
Each group of sub-commands is a module with register(); COMMAND_GROUPS lists them.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from workbook import APP_NAME, CLI_COMMANDS, __version__
from workbook.cli import changes, database, spreadsheets
from workbook.cli.outcome import CommandFailed, fail
from workbook.store.header import DatabaseRefused

COMMAND_GROUPS = (database, spreadsheets, changes)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="|".join(CLI_COMMANDS))
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except CommandFailed as failure:
        return fail(str(failure), failure.code)
    except DatabaseRefused as refusal:
        return fail(str(refusal))
    except OSError as error:
        return fail(f"{error.filename or ''}: {error.strerror}")

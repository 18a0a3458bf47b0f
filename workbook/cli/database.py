"""Sub-commands on the database file itself: demo, check, backup."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbook.cli.outcome import OK, PROBLEM, fail
from workbook.cli.paths import open_existing
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientQuery
from workbook.services.workspace import build_workspace
from workbook.store.database import (
    Database,
    backup,
    check_integrity,
    default_backup_path,
    open_database,
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser("demo", help="write realistic demo data into a new database")
    demo.add_argument("--db", type=Path, required=True)
    demo.add_argument("--clients", type=_positive, default=12)
    demo.set_defaults(run=_demo)
    check = commands.add_parser("check", help="integrity and schema check; exit 1 on problems")
    check.add_argument("--db", type=Path, required=True)
    check.add_argument("--repair", action="store_true", help="rebuild the search index too")
    check.set_defaults(run=_check)
    backup_cmd = commands.add_parser("backup", help="consistent copy of a database")
    backup_cmd.add_argument("--db", type=Path, required=True)
    backup_cmd.add_argument("--out", type=Path)
    backup_cmd.set_defaults(run=_backup)


def _demo(args: argparse.Namespace) -> int:
    from workbook.demo.generator import fill_demo

    database = open_database(args.db)
    try:
        if _has_clients(database):
            return fail(f"{database.path}: already contains clients; choose a new file")
        counts = fill_demo(database, clients=args.clients)
    finally:
        database.close()
    print(", ".join(f"{table}: {count}" for table, count in counts.items()))
    return OK


def _check(args: argparse.Namespace) -> int:
    database = open_existing(args.db)
    try:
        problems = check_integrity(database)
        if args.repair and not problems:
            indexed = build_workspace(database).search.rebuild()
            print(f"search index rebuilt: {indexed} entries")
    finally:
        database.close()
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{database.path}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
    return PROBLEM if problems else OK


def _backup(args: argparse.Namespace) -> int:
    database = open_existing(args.db)
    database.close()
    target = backup(database.path, args.out or default_backup_path(database.path))
    print(target)
    return OK


def _has_clients(database: Database) -> bool:
    return ClientService(database).count(ClientQuery(include_archived=True)) > 0


def _positive(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value

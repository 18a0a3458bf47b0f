"""Sub-commands on the database itself: demo, check, backup."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from workbook.cli.outcome import OK, PROBLEM, fail
from workbook.cli.paths import database_location, open_for_writing
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientQuery
from workbook.services.repair import rebuild_search_and_recount
from workbook.store.backups import backup, default_backup_path
from workbook.store.check import check_location, mendable
from workbook.store.database import Database
from workbook.store.header import read_header
from workbook.store.locations import ServerAddress

MAX_DEMO_CLIENTS = 100_000  # ~1.5 GB and a few minutes; more is a typo, not a demo


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser("demo", help="write realistic demo data into a new database")
    demo.add_argument("--db", type=database_location, required=True)
    demo.add_argument(
        "--clients", type=_client_count, default=12, help=f"0 to {MAX_DEMO_CLIENTS:,}"
    )
    demo.set_defaults(run=_demo)
    check = commands.add_parser("check", help="integrity and schema check; exit 1 on problems")
    check.add_argument("--db", type=database_location, required=True)
    check.add_argument(
        "--repair",
        action="store_true",
        help="then rebuild the search index and recount answered questions",
    )
    check.set_defaults(run=_check)
    backup_cmd = commands.add_parser(
        "backup", help="consistent copy of a database (of a server's: pg_dump's custom format)"
    )
    backup_cmd.add_argument("--db", type=database_location, required=True)
    backup_cmd.add_argument("--out", type=Path)
    backup_cmd.add_argument("--force", action="store_true", help="replace an existing --out")
    backup_cmd.set_defaults(run=_backup)


def _demo(args: argparse.Namespace) -> int:
    from workbook.demo.generator import fill_demo

    created = isinstance(args.db, Path) and not args.db.exists()
    database = open_for_writing(args.db)
    try:
        if _has_clients(database):
            return fail(f"{database.location}: already contains clients; choose a new database")
        counts = fill_demo(database, clients=args.clients)
    except BaseException:
        database.close()
        if created:  # a failed demo (a full disk) leaves no half-filled file behind
            _remove_with_companions(database.path)
        raise
    finally:
        database.close()
    print(", ".join(f"{table}: {count}" for table, count in counts.items()))
    return OK


def _check(args: argparse.Namespace) -> int:
    problems = check_location(args.db)
    for problem in problems:
        print(problem, file=sys.stderr)
    checked = args.db.expanduser().resolve() if isinstance(args.db, Path) else args.db
    print(f"{checked}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
    # a damaged file is not patched up (restore a backup); a wrong count is mended
    if not args.repair or not mendable(problems):
        return PROBLEM if problems else OK
    database = open_for_writing(args.db)
    try:
        rebuilt = rebuild_search_and_recount(database)
    finally:
        database.close()
    print(f"search index rebuilt: {rebuilt.indexed} entries")
    print(f"answered questions recounted: {rebuilt.recounted} engagement(s) corrected")
    return OK


def _backup(args: argparse.Namespace) -> int:
    if isinstance(args.db, ServerAddress):
        return _dump(args.db, args.out, force=args.force)
    source = args.db.expanduser().resolve()
    if read_header(source) is None:  # refuses what is not ours; any schema is copied as it is
        raise FileNotFoundError(2, "no such file", str(source))
    if args.out is None:
        target = backup(source, default_backup_path(source), overwrite=True)
    else:
        target = backup(source, args.out, overwrite=args.force)
    print(target)
    return OK


def _dump(address: ServerAddress, out: Path | None, *, force: bool) -> int:
    """What the window's Back up now writes for a server database (store.server.dump); by
    default today's, in the current folder, replacing one made earlier today."""
    from workbook.store.server.dump import DumpFailed, dump, dump_name, pg_dump_program
    from workbook.store.server.opening import refuse_foreign

    program = pg_dump_program()
    if program is None:
        return fail(
            "backing up a server database needs PostgreSQL's pg_dump, which is not installed on "
            "this computer (Debian: postgresql-client)",
            PROBLEM,
        )
    refuse_foreign(address)  # as a file's backup refuses a file that is not ours
    target = (out or Path(dump_name(address, date.today()))).expanduser().absolute()
    try:
        print(dump(address, target, overwrite=force or out is None, program=program))
    except DumpFailed as failed:
        return fail(f"{address}: pg_dump could not back up the database: {failed}")
    return OK


def _has_clients(database: Database) -> bool:
    return ClientService(database).count(ClientQuery(include_archived=True)) > 0


def _remove_with_companions(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _client_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 0 <= value <= MAX_DEMO_CLIENTS:
        raise argparse.ArgumentTypeError(f"must be from 0 to {MAX_DEMO_CLIENTS:,}")
    return value

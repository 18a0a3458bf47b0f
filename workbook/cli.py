"""Command line without Qt: demo data, integrity check, backup, Excel export and import.

Exit codes: 0 ok, 1 a problem was found, 2 usage error or unreadable input (one line on stderr).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from workbook import APP_NAME, CLI_COMMANDS, __version__
from workbook.services.client_shapes import ClientQuery
from workbook.services.clients import ClientService
from workbook.store.database import (
    Database,
    backup,
    check_integrity,
    default_backup_path,
    open_database,
)
from workbook.store.header import DatabaseRefused

if TYPE_CHECKING:  # the importer is loaded by its command only
    from workbook.export.importing.fields import ImportKind
    from workbook.export.importing.reading import RawTable

OK, PROBLEM, UNUSABLE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="|".join(CLI_COMMANDS))
    demo = commands.add_parser("demo", help="write realistic demo data into a new database")
    demo.add_argument("--db", type=Path, required=True)
    demo.add_argument("--clients", type=_positive, default=12)
    check = commands.add_parser("check", help="integrity and schema check; exit 1 on problems")
    check.add_argument("--db", type=Path, required=True)
    backup_cmd = commands.add_parser("backup", help="consistent copy of a database")
    backup_cmd.add_argument("--db", type=Path, required=True)
    backup_cmd.add_argument("--out", type=Path)
    export = commands.add_parser("export", help="status workbook, or one client's dossier (.xlsx)")
    export.add_argument("--db", type=Path, required=True)
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--client", help="name of the client for a dossier")
    export.add_argument("--lang", choices=("en", "de"), default="en")
    import_cmd = commands.add_parser("import", help="clients, contacts or journal (.xlsx, .csv)")
    import_cmd.add_argument("--db", type=Path, required=True)
    import_cmd.add_argument("file", type=Path, metavar="FILE")
    import_cmd.add_argument("--kind", choices=("clients", "contacts", "journal"), default="clients")
    import_cmd.add_argument("--sheet", help="sheet to read (default: the first)")
    import_cmd.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    return parser


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "demo": _demo,
        "check": _check,
        "backup": _backup,
        "export": _export,
        "import": _import,
    }
    try:
        return handlers[args.command](args)
    except DatabaseRefused as refusal:
        return _fail(str(refusal))
    except OSError as error:
        return _fail(f"{error.filename or ''}: {error.strerror}")


def _demo(args: argparse.Namespace) -> int:
    from workbook.services.demo import fill_demo

    database = open_database(args.db)
    try:
        if _has_clients(database):
            return _fail(f"{database.path}: already contains clients; choose a new file")
        counts = fill_demo(database, clients=args.clients)
    finally:
        database.close()
    print(", ".join(f"{table}: {count}" for table, count in counts.items()))
    return OK


def _check(args: argparse.Namespace) -> int:
    database = _open_existing(args.db)
    try:
        problems = check_integrity(database)
    finally:
        database.close()
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{database.path}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
    return PROBLEM if problems else OK


def _backup(args: argparse.Namespace) -> int:
    database = _open_existing(args.db)
    database.close()
    target = backup(database.path, args.out or default_backup_path(database.path))
    print(target)
    return OK


def _export(args: argparse.Namespace) -> int:
    # Imported here: openpyxl is only needed by this command.
    from workbook.export.atomic import ExportError
    from workbook.export.dossier import UnknownClient, write_client_dossier
    from workbook.export.status_workbook import write_status_workbook
    from workbook.export.ts_reader import translator_from_ts

    database = _open_existing(args.db)
    translate = translator_from_ts(language=args.lang)
    try:
        if args.client is None:
            summary = write_status_workbook(
                database, args.out, translate=translate, language=args.lang
            )
        else:
            summary = write_client_dossier(
                database, args.out, args.client, translate=translate, language=args.lang
            )
    except UnknownClient:
        return _fail(f"no client named {args.client!r}")
    except ExportError as error:
        return _fail(str(error))
    finally:
        database.close()
    print(f"{summary.path}: {len(summary.sheets)} sheets, {summary.rows} rows")
    return OK


def _import(args: argparse.Namespace) -> int:
    """Exit 1 when rows have errors (nothing written); a dry run never creates the database."""
    from workbook.export.importing.fields import ImportKind, auto_map
    from workbook.export.importing.problems import ImportRefused
    from workbook.export.importing.reading import read_table

    try:
        table = read_table(args.file, args.sheet)
    except ImportRefused as refusal:
        return _fail(f"{args.file}: {refusal}")
    kind = ImportKind(args.kind)
    mapping = auto_map(table.headers, kind)
    database = _open_existing(args.db) if args.dry_run else open_database(args.db)
    try:
        return _import_into(database, table, mapping, kind, dry_run=args.dry_run)
    except ImportRefused as refusal:
        return _fail(str(refusal))
    finally:
        database.close()


def _import_into(
    database: Database, table: RawTable, mapping: dict[int, str], kind: ImportKind, *, dry_run: bool
) -> int:
    from workbook.export.importing.commit import ImportService
    from workbook.export.importing.preview import build_preview
    from workbook.export.importing.report import describe, imported

    preview = build_preview(database, table, mapping, kind)
    for line in describe(preview):
        print(line)
    if preview.has_errors:
        print(f"{preview.error_count} row(s) with errors; nothing imported")
        return PROBLEM
    if dry_run:
        print(f"dry run: {preview.ok_count} row(s) ok; nothing imported")
        return OK
    print(imported(ImportService(database).commit(preview)))
    return OK


def _open_existing(path: Path) -> Database:
    """check, backup and export never create a database where there was none."""
    if not path.exists():
        raise FileNotFoundError(2, "no such file", str(path))
    return open_database(path)


def _has_clients(database: Database) -> bool:
    return ClientService(database).count(ClientQuery(include_archived=True)) > 0


def _positive(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return UNUSABLE

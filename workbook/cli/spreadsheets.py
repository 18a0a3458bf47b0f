"""Sub-commands for spreadsheets: export (status workbook, dossier) and import."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workbook.cli.outcome import OK, PROBLEM, fail
from workbook.cli.paths import database_location, open_for_reading, open_for_writing
from workbook.services.errors import BatchRefused
from workbook.services.workspace import build_workspace

if TYPE_CHECKING:  # the importer is loaded by its command only
    from workbook.services.importing.service import ImportService
    from workbook.spreadsheets.importing.fields import ImportKind
    from workbook.spreadsheets.importing.reading import RawTable


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export", help="status workbook, or one client's dossier (.xlsx)")
    export.add_argument("--db", type=database_location, required=True)
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--client", help="name of the client for a dossier")
    export.add_argument("--lang", choices=("en", "de"), default="en")
    export.add_argument(
        "--force", action="store_true", help="replace an existing --out that is not a workbook"
    )
    export.set_defaults(run=_export)
    import_cmd = commands.add_parser("import", help="clients, contacts or journal (.xlsx, .csv)")
    import_cmd.add_argument("--db", type=database_location, required=True)
    import_cmd.add_argument("file", type=Path, metavar="FILE")
    import_cmd.add_argument("--kind", choices=("clients", "contacts", "journal"), default="clients")
    import_cmd.add_argument("--sheet", help="sheet to read (default: the first)")
    import_cmd.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    import_cmd.add_argument(
        "--update",
        action="store_true",
        help="update clients that exist (same name): fill in the fields the file has values "
        "for, add their new contacts; without it such rows are errors",
    )
    import_cmd.set_defaults(run=_import)


def _export(args: argparse.Namespace) -> int:
    # Imported here: openpyxl is only needed by this command.
    from workbook.files.atomic import ExportError
    from workbook.presentation.ts_reader import translator_from_ts
    from workbook.spreadsheets.export.dossier import UnknownClient, write_client_dossier
    from workbook.spreadsheets.export.status_workbook import write_status_workbook

    database = open_for_reading(args.db)
    reports = build_workspace(database).reports
    translate = translator_from_ts(language=args.lang)
    try:
        if args.client is None:
            summary = write_status_workbook(
                reports, args.out, translate=translate, language=args.lang, overwrite=args.force
            )
        else:
            summary = write_client_dossier(
                reports, args.out, args.client,
                translate=translate, language=args.lang, overwrite=args.force,
            )  # fmt: skip
    except UnknownClient:
        return fail(f"no client named {args.client!r}")
    except ExportError as error:
        return fail(str(error))
    finally:
        database.close()
    print(f"{summary.path}: {len(summary.sheets)} sheets, {summary.rows} rows")
    return OK


def _import(args: argparse.Namespace) -> int:
    """Exit 1 when rows have errors (nothing written); a dry run never creates the database."""
    from workbook.spreadsheets.importing.fields import ImportKind, auto_map
    from workbook.spreadsheets.importing.problems import ImportRefused
    from workbook.spreadsheets.importing.reading import read_table

    try:
        table = read_table(args.file, args.sheet)
    except ImportRefused as refusal:
        return fail(f"{args.file}: {refusal}")
    kind = ImportKind(args.kind)
    mapping = auto_map(table.headers, kind)
    database = open_for_reading(args.db) if args.dry_run else open_for_writing(args.db)
    try:
        imports = build_workspace(database).imports
        return _import_into(imports, table, mapping, kind, dry_run=args.dry_run, update=args.update)
    except (ImportRefused, BatchRefused) as refusal:
        return fail(str(refusal))
    finally:
        database.close()


def _import_into(
    imports: ImportService,
    table: RawTable,
    mapping: dict[int, str],
    kind: ImportKind,
    *,
    dry_run: bool,
    update: bool,
) -> int:
    from workbook.spreadsheets.importing.preview import build_preview
    from workbook.spreadsheets.importing.report import describe, imported

    preview = build_preview(imports, table, mapping, kind, update=update)
    for line in describe(preview):
        print(line)
    if preview.has_errors:
        print(f"{preview.error_count} row(s) with errors; nothing imported")
        return PROBLEM
    if dry_run:
        print(f"dry run: {preview.ok_count} row(s) ok; nothing imported")
        return OK
    print(imported(imports.commit(preview.batch()).counts))
    return OK

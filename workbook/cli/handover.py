"""Sub-command for the knowledge transfer: the handover protocol of one engagement as a PDF."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from workbook.cli.outcome import OK, CommandFailed
from workbook.cli.paths import open_for_reading
from workbook.services.workspace import build_workspace


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    protocol = commands.add_parser(
        "protocol", help="handover protocol of one engagement, to sign together (.pdf)"
    )
    protocol.add_argument("--db", type=Path, required=True)
    protocol.add_argument("--engagement", required=True, metavar="REF", help="e.g. 2026-014")
    protocol.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    protocol.add_argument(
        "--lang", choices=("en", "de"), help="default: the client's language, else English"
    )
    protocol.set_defaults(run=_protocol)


def _protocol(args: argparse.Namespace) -> int:
    from workbook.documents.protocol import (
        gather,
        protocol_html,
        protocol_language,
        protocol_title,
    )
    from workbook.files.atomic import ExportError
    from workbook.presentation.ts_reader import translator_from_ts

    if args.printer is None:
        raise CommandFailed("the protocol is printed by Qt: run it as `python main.py protocol`")
    database = open_for_reading(args.db)
    try:
        workspace = build_workspace(database)
        engagement_id = workspace.engagements.find_reference(args.engagement)
        if engagement_id is None:
            raise CommandFailed(f"no engagement with the reference {args.engagement!r}")
        data = gather(workspace, engagement_id, date.today())
    finally:
        database.close()
    language = protocol_language(data.client, args.lang, "en")
    translate = translator_from_ts(language=language)
    try:
        args.printer(protocol_html(data, language, translate), protocol_title(data, translate),
                     args.out, author=data.practice.author)  # fmt: skip
    except ExportError as error:
        raise CommandFailed(str(error)) from error
    print(f"{args.out}: handover protocol of {data.engagement.reference} ({language})")
    return OK

"""Sub-commands on change requests: the cost notice to the client (it prints, it sets nothing)."""

from __future__ import annotations

import argparse
from pathlib import Path

from workbook.cli.outcome import OK, PROBLEM, fail
from workbook.cli.paths import open_for_reading
from workbook.presentation.notice import LANGUAGES, compose_notice, notice_language
from workbook.services.workspace import build_workspace


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    notice = commands.add_parser(
        "notice", help="print the cost notice of an engagement's changes not yet told"
    )
    notice.add_argument("--db", type=Path, required=True)
    notice.add_argument("--engagement", required=True, metavar="REF", help="e.g. 2026-014")
    notice.add_argument(
        "--lang", choices=LANGUAGES, help="default: the client's language, else English"
    )
    notice.set_defaults(run=_notice)


def _notice(args: argparse.Namespace) -> int:
    """Exit 1 when there is nothing to tell (nothing printed on stdout)."""
    database = open_for_reading(args.db)
    try:
        workspace = build_workspace(database)
        engagement_id = workspace.engagements.find_reference(args.engagement)
        if engagement_id is None:
            return fail(f"no engagement with reference {args.engagement!r}")
        facts = workspace.changes.notice(engagement_id)
        signature = workspace.practice.profile().signature
    finally:
        database.close()
    if not facts.lines:
        return fail(f"{facts.engagement_reference}: nothing to tell, every estimate is told",
                    PROBLEM)  # fmt: skip
    language = args.lang or notice_language(facts.language, "en")
    notice = compose_notice(facts, language, sender=signature)
    recipient = f"{facts.recipient_name} <{notice.recipient}>" if notice.recipient else ""
    print(f"To: {recipient}".rstrip())
    print(f"Subject: {notice.subject}\n")
    print(notice.body, end="")
    return OK

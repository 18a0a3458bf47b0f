"""`erase`: a client with everything that hangs on it, or one contact — for a data-protection
request. It cannot be undone, so it asks for --yes; backups keep older copies until they
rotate out."""

from __future__ import annotations

import argparse

from workbook.cli.outcome import OK, CommandFailed
from workbook.cli.paths import database_location, open_for_writing
from workbook.services.errors import NotFound
from workbook.services.workspace import build_workspace


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    erase = commands.add_parser("erase", help="erase a client or a contact for good (GDPR)")
    erase.add_argument("--db", type=database_location, required=True)
    who = erase.add_mutually_exclusive_group(required=True)
    who.add_argument("--client", metavar="NAME", help="the client (any case)")
    who.add_argument("--contact", metavar="ID", type=int, help="the contact's id")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    erase.set_defaults(run=_erase)


def _erase(args: argparse.Namespace) -> int:
    if not args.yes:
        raise CommandFailed("erasing cannot be undone; add --yes to confirm")
    database = open_for_writing(args.db)
    try:
        workspace = build_workspace(database)
        if args.client is not None:
            client_id = workspace.reports.find_client(args.client)
            if client_id is None:
                raise CommandFailed(f"no client named {args.client!r}")
            erased = workspace.privacy.erase_client(client_id)
            print(f"erased client {args.client!r} with {erased.rows} row(s) of its data")
        else:
            try:
                erased = workspace.privacy.erase_contact(args.contact)
            except NotFound as missing:
                raise CommandFailed(f"no contact with id {args.contact}") from missing
            if erased.anonymised:
                print(f"contact {args.contact} anonymised: {erased.rows} row(s) still name it")
            else:
                print(f"erased contact {args.contact}")
    finally:
        database.close()
    return OK

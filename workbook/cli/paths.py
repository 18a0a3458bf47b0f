"""Which database a command opens, and how: --db is a file or a server URL."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from workbook.store.database import Database, open_database
from workbook.store.engine import Patience
from workbook.store.locations import BadAddress, Location, ServerAddress, location
from workbook.store.server.opening import Login, ServerUnavailable

# A command is not in a hurry: it waits this long for the window or another command to finish
# a write (the window itself gives up after store.engine.BUSY_TIMEOUT_MS).
BUSY_TIMEOUT_MS = 30_000


def database_location(text: str) -> Location:
    """argparse type of --db: a server URL (postgresql://user@host/dbname; the password in
    PGPASSWORD or ~/.pgpass), else a file."""
    try:
        return location(text)
    except BadAddress as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def with_remembered_password(args: argparse.Namespace) -> int:
    """Run the command; when its server wants a password that neither PGPASSWORD nor ~/.pgpass
    holds, run it again with the one the window's "Remember the password" kept in the keyring
    (if any: without a keyring, or none kept, the refusal stands). Nothing has happened before
    the first connection fails, so running again is safe; the keyring, which takes a while to
    load, is asked only then."""
    try:
        return int(args.run(args))
    except ServerUnavailable as unavailable:
        address = getattr(args, "db", None)
        if unavailable.login is not Login.password_needed or not isinstance(address, ServerAddress):
            raise
        from workbook.store.server.passwords import remembered

        password = remembered(address)
        if password is None:
            raise
        args.db = address.with_password(password)
        return int(args.run(args))


def open_for_reading(path: Location) -> Database:
    """export and --dry-run: an existing file, read as it is (never created,
    migrated or backed up)."""
    return open_database(path, read_only=True)


def open_for_writing(path: Location) -> Database:
    """demo and import: created when missing, upgraded (after a backup) when older; writes
    wait up to BUSY_TIMEOUT_MS for another program (on a server: for a row a colleague holds),
    saying so once (on a file)."""
    return open_database(path, patience=Patience(BUSY_TIMEOUT_MS, _say_waiting()))


def _say_waiting() -> Callable[[], None]:
    said: list[bool] = []

    def say() -> None:
        if not said:
            print("waiting for another program to finish writing to the database…", file=sys.stderr)
            said.append(True)

    return say

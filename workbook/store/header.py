"""Identify a database file from its 100-byte header, before SQLite touches it.

Reading the header ourselves means a refused file is never opened by SQLite, so it cannot be
changed (no journal, no WAL, no schema probe). A database on a server has no header: it says
what it is in a table of its own (IDENTITY_TABLE, store.server.identity)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window imports this before SQLAlchemy (which locations needs) loads
    from workbook.store.locations import Location

# "CLWB": our PRAGMA application_id, so we never adopt another program's SQLite file.
APPLICATION_ID = 0x434C5742
# On a server: one row with APPLICATION_ID and the schema version (SQLite's user_version).
IDENTITY_TABLE = "workbook_identity"
# A server database's count of committed writes (store.server.changes); no model table either.
COUNTER_TABLE = "workbook_changes"
_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100


class Refusal(StrEnum):
    empty = "empty"
    not_sqlite = "not_sqlite"
    foreign = "foreign"
    newer = "newer"
    outdated = "outdated"  # older schema, and the file was opened only to be read
    corrupt = "corrupt"
    unreadable = "unreadable"
    locked = "locked"


_MESSAGES = {
    Refusal.empty: "the file is empty (0 bytes), not a Client Workbook database",
    Refusal.not_sqlite: "the file is not a SQLite database",
    Refusal.foreign: "the file is a SQLite database of another application",
    Refusal.newer: "the database was written by a newer version of Client Workbook",
    Refusal.outdated: "the database needs an upgrade to this version's schema; opening it "
    "in the app does that (after a backup)",
    Refusal.corrupt: "the database file is damaged",
    Refusal.unreadable: "the file cannot be read",
    Refusal.locked: "the database is in use by another program",
}
# What differs when the database is on a server (no file, no header).
_SERVER_MESSAGES = {
    Refusal.empty: "the database is empty: it holds no Client Workbook data",
    Refusal.foreign: "the database holds tables of another application",
    Refusal.outdated: "the database needs an upgrade to this version's schema; opening it "
    "for writing (the app, import, demo) does that",
}


class DatabaseRefused(Exception):
    """The file is not ours, or not usable; it has been left untouched."""

    def __init__(
        self, path: Location, reason: Refusal, detail: str = "", *, backup: Path | None = None
    ) -> None:
        self.path = path
        self.reason = reason
        self.detail = detail
        # For a damaged file: the newest backup beside it that is sound, to offer instead.
        self.backup = backup
        wording = _MESSAGES if isinstance(path, Path) else {**_MESSAGES, **_SERVER_MESSAGES}
        message = f"{path}: {wording[reason]}" + (f" ({detail})" if detail else "")
        if backup is not None:
            message += f"; newest sound backup: {backup}"
        super().__init__(message)


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int


def read_header(path: Path) -> Header | None:
    """None when the file does not exist yet; raises DatabaseRefused when it is not ours."""
    try:
        with path.open("rb") as stream:
            head = stream.read(_HEADER_SIZE)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise DatabaseRefused(path, Refusal.unreadable, error.strerror or "") from error
    if not head:
        raise DatabaseRefused(path, Refusal.empty)
    if len(head) < _HEADER_SIZE or not head.startswith(_MAGIC):
        raise DatabaseRefused(path, Refusal.not_sqlite)
    header = Header(
        application_id=int.from_bytes(head[68:72], "big"),
        user_version=int.from_bytes(head[60:64], "big"),
    )
    if header.application_id != APPLICATION_ID:
        raise DatabaseRefused(path, Refusal.foreign)
    return header

"""What a server database is, before anything is changed in it: ours (and at which schema
version), empty (to be made ours), or another application's (refused untouched).

A file says so in its header; a server database in one row of IDENTITY_TABLE, written in the
same transaction as the first migration."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from workbook.store.header import APPLICATION_ID, IDENTITY_TABLE, DatabaseRefused, Refusal
from workbook.store.locations import ServerAddress

# One row at most: the key can only be true.
_CREATE = (
    f"CREATE TABLE {IDENTITY_TABLE} (one boolean PRIMARY KEY DEFAULT true CHECK (one), "
    "application_id bigint NOT NULL, schema_version integer NOT NULL)"
)


@dataclass(frozen=True)
class Identity:
    schema_version: int | None  # None: the database is empty, nothing of anyone's in it


def identify(connection: Connection, address: ServerAddress) -> Identity:
    """Raises DatabaseRefused when the database holds another application's tables."""
    ours = connection.execute(text("SELECT to_regclass(:name)"), {"name": IDENTITY_TABLE})
    if ours.scalar_one() is None:
        tables = connection.execute(
            text(
                "SELECT count(*) FROM information_schema.tables "
                "WHERE table_schema = current_schema()"
            )
        ).scalar_one()
        if tables:
            raise DatabaseRefused(address, Refusal.foreign, f"{tables} tables, none of ours")
        return Identity(None)
    row = connection.execute(
        text(f"SELECT application_id, schema_version FROM {IDENTITY_TABLE}")
    ).one_or_none()
    if row is None or row.application_id != APPLICATION_ID:
        raise DatabaseRefused(address, Refusal.foreign)
    return Identity(int(row.schema_version))


def claim(connection: Connection) -> None:
    """Make an empty database ours, at schema 0; the migrations then record their version."""
    connection.exec_driver_sql(_CREATE)
    connection.execute(
        text(f"INSERT INTO {IDENTITY_TABLE} (application_id, schema_version) VALUES (:id, 0)"),
        {"id": APPLICATION_ID},
    )

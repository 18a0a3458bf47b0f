"""Alembic, driven from code: the schema is migrated at open, never by hand."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from workbook.store.header import APPLICATION_ID, COUNTER_TABLE, IDENTITY_TABLE
from workbook.store.search.sqlite_fts import is_search_table

if TYPE_CHECKING:  # alembic loads only when a file actually needs migrating (it costs ~100 ms)
    from alembic.config import Config

# PRAGMA user_version (on a server: the identity table's schema_version) after the newest
# migration. Bump it with every new alembic revision
# (a unit test checks that the two agree).
SCHEMA_VERSION = 12


def compared(obj: object, name: str | None, type_: str, reflected: bool, other: object) -> bool:
    """What schema comparisons look at: the model tables, not the search index's nor the
    server database's identity and change counter."""
    return not (
        type_ == "table"
        and name is not None
        and (is_search_table(name) or name in (IDENTITY_TABLE, COUNTER_TABLE))
    )


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "workbook.store:migrations")
    return config


class MigrationBroke(Exception):
    """A migration left rows pointing at rows that are not there; nothing was committed."""


@contextmanager
def migrating(engine: Engine) -> Iterator[Connection]:
    """A transaction for schema changes, with SQLite's foreign keys off while it runs.

    Batch mode rebuilds a table (create a copy, drop the old one, rename): with foreign keys
    on, dropping the old table would delete every row that refers to it through ON DELETE
    CASCADE. The pragma cannot change inside a transaction, so it is set on the raw
    connection first; the references are checked before the commit.

    On PostgreSQL, DDL is transactional and nothing is rebuilt: one transaction, holding a lock
    that makes a colleague's app opening the same database at that moment wait, then find it
    migrated."""
    if engine.dialect.name != "sqlite":
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": APPLICATION_ID})
            yield connection
        return
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                yield connection
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationBroke(f"{len(broken)} rows refer to missing rows")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def upgrade(engine: Engine) -> None:
    with migrating(engine) as connection:
        upgrade_in(connection)


def upgrade_in(connection: Connection) -> None:
    """The migrations up to the newest, inside a transaction of migrating()."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    if connection.dialect.name == "sqlite":
        # user_version is what read_header() checks before SQLite opens the file.
        connection.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
    else:
        connection.execute(
            text(f"UPDATE {IDENTITY_TABLE} SET schema_version = :v"), {"v": SCHEMA_VERSION}
        )

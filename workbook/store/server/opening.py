"""Open a database on a PostgreSQL server: connect, identify it, make an empty one ours or
migrate an older one, or refuse it untouched (another application's tables, a newer schema).

There is no file to back up before a migration here; the server's own backups (pg_dump) are
the administrator's."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum

from sqlalchemy import Engine, exc

from workbook.store.access import Access
from workbook.store.header import DatabaseRefused, Refusal
from workbook.store.locations import ServerAddress
from workbook.store.migrate import SCHEMA_VERSION, migrating, upgrade_in
from workbook.store.search.postgres_fts import PostgresIndex
from workbook.store.server.engine import make_server_engine
from workbook.store.server.identity import claim, identify

NO_PASSWORD = "no password supplied"
_WRONG_PASSWORD = "password authentication failed"


class Login(Enum):
    """Why a connection failed, as far as the window words it apart."""

    password_needed = "password_needed"  # none typed, none in PGPASSWORD or ~/.pgpass
    password_refused = "password_refused"  # or the user: the server does not say which
    other = "other"  # not reached, no such database or user, … (libpq's words in the detail)


class ServerUnavailable(Exception):
    """The server could not be reached or refused the login; nothing was changed."""

    def __init__(self, address: ServerAddress, detail: str, login: Login = Login.other) -> None:
        self.address = address
        self.detail = detail
        self.login = login
        super().__init__(f"{address}: cannot connect to the server: {detail}")


def open_server(
    address: ServerAddress, *, read_only: bool = False, lock_timeout_ms: int | None = None
) -> Engine:
    """An engine on `address`, whose database is ours at this version's schema afterwards.
    `read_only`: nothing is created or migrated (an empty or older database is refused)."""
    access = Access.query_only if read_only else Access.read_write
    engine = make_server_engine(address, access, lock_timeout_ms)
    with reaching(address, engine):
        if read_only:
            with engine.connect() as connection:
                readable(address, identify(connection, address).schema_version)
        else:
            with migrating(engine) as connection:
                version = identify(connection, address).schema_version
                if version is None:
                    claim(connection)
                if version is None or version < SCHEMA_VERSION:
                    upgrade_in(connection)
                elif version > SCHEMA_VERSION:
                    raise DatabaseRefused(address, Refusal.newer, f"schema {version}")
                PostgresIndex().ensure_current(connection)
    return engine


def refuse_foreign(address: ServerAddress) -> None:
    """Before something reads the database whole (a backup): refuses another application's
    tables or none of ours, as opening does; any schema version of ours passes (a backup
    copies it as it is), and nothing is written."""
    engine = make_server_engine(address, Access.query_only, None)
    try:
        with reaching(address, engine), engine.connect() as connection:
            if identify(connection, address).schema_version is None:
                raise DatabaseRefused(address, Refusal.empty)
    finally:
        engine.dispose()


@contextmanager
def reaching(address: ServerAddress, engine: Engine) -> Iterator[None]:
    """Around the first use of `engine`: a server that cannot be reached, or refuses the
    login, becomes ServerUnavailable; on any failure the engine is disposed of."""
    try:
        yield
    except exc.OperationalError as error:
        engine.dispose()
        if error.connection_invalidated or _at_connect(error):
            raise unavailable(address, str(error.orig)) from error
        raise
    except BaseException:
        engine.dispose()
        raise


def readable(address: ServerAddress, version: int | None) -> None:
    """Refuses a database that cannot be read as it is: empty, newer or older."""
    if version is None:
        raise DatabaseRefused(address, Refusal.empty)
    if version > SCHEMA_VERSION:
        raise DatabaseRefused(address, Refusal.newer, f"schema {version}")
    if version < SCHEMA_VERSION:
        raise DatabaseRefused(address, Refusal.outdated, f"schema {version}")


def _at_connect(error: exc.OperationalError) -> bool:
    """psycopg raises OperationalError without a SQLSTATE when the connection itself failed."""
    return getattr(error.orig, "sqlstate", None) is None


def unavailable(address: ServerAddress, said: str) -> ServerUnavailable:
    """What libpq said (here, or in pg_dump) when it could not connect, as one sentence."""
    if NO_PASSWORD in said:
        reason = "a password is needed: set PGPASSWORD or put it in ~/.pgpass"
        return ServerUnavailable(address, reason, Login.password_needed)
    first = said.strip().splitlines()[0] if said.strip() else "no answer"
    login = Login.password_refused if _WRONG_PASSWORD in said else Login.other
    return ServerUnavailable(address, first, login)

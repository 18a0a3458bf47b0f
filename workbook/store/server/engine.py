"""The SQLAlchemy engine for a database on a PostgreSQL server (psycopg 3).

Every connection works in UTC, as the file does (timestamps are stored as naive UTC; the
server's own time zone would shift them), and waits at most a while for a row a colleague
holds locked instead of for ever. A connection that only reads is read-only on the server
too, so a command that must change nothing cannot."""

from __future__ import annotations

from typing import Any
from weakref import WeakSet

from sqlalchemy import Engine, create_engine, event

from workbook import APP_NAME
from workbook.store.access import Access
from workbook.store.locations import ServerAddress

# How long a write waits for a row a colleague has locked (the window: a save in flight),
# unless the caller is patient (the command line).
LOCK_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 10


def make_server_engine(
    address: ServerAddress, access: Access = Access.read_write, lock_timeout_ms: int | None = None
) -> Engine:
    settings = {"timezone": "UTC", "lock_timeout": str(lock_timeout_ms or LOCK_TIMEOUT_MS)}
    if not access.writes:
        settings["default_transaction_read_only"] = "on"
    options = " ".join(f"-c {name}={value}" for name, value in settings.items())
    connect_args: dict[str, object] = {
        "options": options, "application_name": APP_NAME, "connect_timeout": CONNECT_TIMEOUT_S
    }  # fmt: skip
    if address.password is not None:  # else libpq's PGPASSWORD or ~/.pgpass
        connect_args["password"] = address.password
    engine = create_engine(
        address.url,
        connect_args=connect_args,
        pool_pre_ping=True,  # a connection the server closed (restart, idle timeout) is replaced
    )  # fmt: skip
    event.listen(engine, "checkin", _close_when_shut(engine))
    return engine


# Engines closed for good (shut): a connection handed back to one is closed on the spot.
_SHUT: WeakSet[Engine] = WeakSet()


def shut(engine: Engine) -> None:
    """Close every connection, also those a worker hands back later (a list still loading as
    the window closes): the pool would keep those, and only the garbage collector close them."""
    _SHUT.add(engine)
    engine.dispose()


def _close_when_shut(engine: Engine) -> Any:
    def checked_in(dbapi_connection: Any, _record: Any) -> None:
        if engine in _SHUT and dbapi_connection is not None:
            dbapi_connection.close()

    return checked_in

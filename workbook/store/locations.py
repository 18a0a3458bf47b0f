"""Where a workbook lives: a file (the default, offline) or a database on a PostgreSQL server
(team mode), as given after --db.

A server is named by a URL, postgresql://user@host[:port]/dbname. It never carries the
password: that comes from PGPASSWORD or ~/.pgpass (libpq reads both), so it is neither in the
shell's history nor in the settings file — or, typed into File ▸ Connect to server…, travels
beside the URL (ServerAddress.password) straight to the driver."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window asks is_server_url() before SQLAlchemy loads
    from sqlalchemy import URL

_SCHEMES = ("postgresql", "postgres")
DRIVER = "postgresql+psycopg"


class BadAddress(ValueError):
    """A --db that looks like a server URL but cannot be used as one (one sentence)."""


@dataclass(frozen=True)
class ServerAddress:
    url: URL  # without a password, for the psycopg driver
    # Typed in the window; never part of the URL, the text, the repr or what equals what.
    password: str | None = field(default=None, repr=False, compare=False)

    def with_password(self, password: str | None) -> ServerAddress:
        return replace(self, password=password)

    @property
    def database(self) -> str:
        return self.url.database or ""

    def __str__(self) -> str:
        return self.url.set(drivername="postgresql").render_as_string()


Location = Path | ServerAddress


def shown_name(location: Location) -> str:
    """What the window calls a database: a file by its name, a server's by its address."""
    return location.name if isinstance(location, Path) else str(location)


def is_server_url(text: str) -> bool:
    scheme, separator, _ = text.partition("://")
    return bool(separator) and scheme.lower() in _SCHEMES


def server_address(text: str) -> ServerAddress:
    """The server a URL names; raises BadAddress for one that is incomplete or has a password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text)
    except ArgumentError as error:
        raise BadAddress(
            f"{text!r} is not a server URL like postgresql://user@host/dbname"
        ) from error
    if url.password is not None:
        raise BadAddress("the URL must not contain the password: put it in PGPASSWORD or ~/.pgpass")
    if not url.database:
        raise BadAddress(f"{text!r} names no database: postgresql://user@host/dbname")
    return ServerAddress(url.set(drivername=DRIVER))


def server_at(host: str, port: int, database: str, user: str) -> ServerAddress:
    """The server a form names, part by part (nothing in them can break the URL)."""
    from sqlalchemy import URL

    return ServerAddress(URL.create(DRIVER, username=user, host=host, port=port, database=database))


def location(text: str) -> Location:
    """What --db names: a server URL, else a file path."""
    return server_address(text) if is_server_url(text) else Path(text)

"""A throw-away PostgreSQL server for the tests: initdb into a temporary folder, pg_ctl start on
a free local port, stopped and removed at the end of the run.

PostgreSQL refuses to run as root, so when the suite runs as root (CI) the cluster belongs to
the unprivileged user the other tests use (tests.users: nobody). The binaries are Debian's
postgresql package (.ci/run installs it); without them the tests that need a server fail and
say so, rather than pass by being skipped."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import count
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy import URL

from tests.users import unprivileged_ids

ADMIN = "suite"  # the cluster's superuser: trusted from the loopback, like the test roles
SECRET_USER, SECRET_PASSWORD = "guarded", "s3cret/pass"  # the one role that needs a password
_NEEDED = ("initdb", "pg_ctl", "postgres")
_MISSING = (
    "PostgreSQL server binaries ({names}) not found (pg_config --bindir, "
    "/usr/lib/postgresql/*/bin): install Debian's postgresql and postgresql-contrib packages "
    "(.ci/run does) to run the tests marked postgres"
)


def server_binaries() -> Path | None:
    """The folder with initdb, pg_ctl and postgres: pg_config's, else the newest Debian one."""
    candidates = []
    pg_config = shutil.which("pg_config")
    if pg_config is not None:
        done = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        if done.returncode == 0:
            candidates.append(Path(done.stdout.strip()))
    versions = glob.glob("/usr/lib/postgresql/*/bin")
    candidates += sorted(
        (Path(v) for v in versions), key=lambda p: int(p.parent.name), reverse=True
    )
    return next((c for c in candidates if all((c / n).exists() for n in _NEEDED)), None)


def missing_message() -> str:
    return _MISSING.format(names=", ".join(_NEEDED))


@dataclass
class Server:
    host: str
    port: int
    _names: Iterator[int]

    def url(self, database: str, user: str = ADMIN) -> str:
        """What a user types after --db; built from its parts, never glued together."""
        built = URL.create("postgresql", username=user, host=self.host, port=self.port,
                           database=database)  # fmt: skip
        return built.render_as_string(hide_password=False)

    def admin(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(host=self.host, port=self.port, user=ADMIN, dbname=database,
                               autocommit=True)  # fmt: skip

    @contextmanager
    def database(self, owner: str = ADMIN) -> Iterator[str]:
        """A new, empty database (its name) for one test; dropped afterwards. Its text order
        is German, as on an office's server, not the byte order SQLite compares in."""
        name = f"test_{next(self._names)}"
        with self.admin() as connection:
            connection.execute(
                sql.SQL(
                    "CREATE DATABASE {} OWNER {} TEMPLATE template0 LOCALE_PROVIDER icu "
                    "ICU_LOCALE 'de-DE' LOCALE 'C.UTF-8'"
                ).format(sql.Identifier(name), sql.Identifier(owner))
            )
        try:
            yield name
        finally:
            with self.admin() as connection:
                connection.execute(
                    sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name))
                )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_owner(uid: int, gid: int) -> dict[str, object]:
    """subprocess arguments that run a command as the cluster's owner (nothing when not root)."""
    return {} if uid < 0 else {"user": uid, "group": gid, "extra_groups": []}


_HBA = f"""\
# Only the loopback and the folder's socket; one role needs its password (scram).
local all all trust
host all {SECRET_USER} 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
"""


@contextmanager
def running_server() -> Iterator[Server]:
    binaries = server_binaries()
    if binaries is None:
        raise LookupError(missing_message())
    uid, gid = unprivileged_ids()
    owner = _as_owner(uid, gid)
    folder = Path(tempfile.mkdtemp(prefix="workbook-postgres-"))
    data, log = folder / "data", folder / "server.log"
    if uid >= 0:
        os.chown(folder, uid, gid)
    env = {**os.environ, "LC_ALL": "C.UTF-8", "TZ": "Europe/Berlin"}  # not UTC on purpose
    port = _free_port()
    try:
        subprocess.run(
            [binaries / "initdb", "-D", data, "-U", ADMIN, "-E", "UTF8", "--locale=C.UTF-8",
             "--auth=trust", "--no-sync"],
            check=True, capture_output=True, cwd=folder, env=env, **owner,  # type: ignore[call-overload]
        )  # fmt: skip
        (data / "pg_hba.conf").write_text(_HBA)
        options = (
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c timezone=Europe/Berlin"
        )
        subprocess.run(
            [binaries / "pg_ctl", "start", "-D", data, "-l", log, "-w", "-t", "60", "-o", options],
            check=True, capture_output=True, cwd=folder, env=env, **owner,  # type: ignore[call-overload]
        )  # fmt: skip
        server = Server("127.0.0.1", port, count(1))
        try:
            with server.admin() as connection:
                connection.execute(
                    sql.SQL("CREATE ROLE {} LOGIN CREATEDB PASSWORD {}").format(
                        sql.Identifier(SECRET_USER), sql.Literal(SECRET_PASSWORD)
                    )
                )
            yield server
        finally:
            subprocess.run(
                [binaries / "pg_ctl", "stop", "-D", data, "-m", "immediate", "-w"],
                check=False, capture_output=True, cwd=folder, env=env, **owner,  # type: ignore[call-overload]
            )  # fmt: skip
    except subprocess.CalledProcessError as error:
        logged = log.read_text(errors="replace") if log.exists() else ""
        raise RuntimeError(f"PostgreSQL did not start: {error.stderr!r} {logged}") from error
    finally:
        shutil.rmtree(folder, ignore_errors=True)

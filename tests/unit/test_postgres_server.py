"""The suite's own PostgreSQL server (tests.postgres): it runs, not as root, with unaccent."""

from __future__ import annotations

import os

import psycopg
import pytest

from tests.postgres import SECRET_PASSWORD, SECRET_USER, Server

pytestmark = pytest.mark.postgres


def test_the_server_runs_unprivileged_with_what_the_store_needs(postgres_server: Server) -> None:
    with postgres_server.database() as name, postgres_server.admin(name) as connection:
        connection.execute("CREATE EXTENSION unaccent")
        assert connection.execute("SELECT unaccent('Kühne Straße')").fetchone() == (
            "Kuhne Strasse",
        )
        (pid,) = connection.execute("SELECT pg_backend_pid()").fetchone() or (0,)
        assert os.stat(f"/proc/{pid}").st_uid != 0  # PostgreSQL refuses root; so would we


def test_one_role_needs_its_password(postgres_server: Server) -> None:
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(host=postgres_server.host, port=postgres_server.port, user=SECRET_USER,
                        dbname="postgres")  # fmt: skip
    with psycopg.connect(host=postgres_server.host, port=postgres_server.port, user=SECRET_USER,
                         password=SECRET_PASSWORD, dbname="postgres") as connection:  # fmt: skip
        assert connection.execute("SELECT current_user").fetchone() == (SECRET_USER,)

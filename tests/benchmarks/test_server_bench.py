"""Team mode, measured (issue 16.7): the Clients list's first page and a save on PostgreSQL
over the loopback (the suite's throw-away cluster, tests/postgres.py), as ratios to the same
service calls on a file in the same run. Both hold the same demo data, written by the same
fill_demo; the server's text order is German (ICU), as on an office's server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from tests.benchmarks.conftest import TODAY, median_ms
from tests.benchmarks.list_cases import PAGE
from tests.postgres import Server
from workbook.demo.generator import fill_demo
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientInput, ClientQuery, ClientSort
from workbook.store.database import Database, open_database
from workbook.store.locations import location

CLIENTS = 2000
RUNS = 11


@dataclass
class Saving:
    """One client saved again and again, each save with the version the last one left (as the
    form does: it saves what it read)."""

    clients: ClientService
    client_id: int
    data: ClientInput
    version: int
    saves: int = 0

    def save(self) -> None:
        self.saves += 1
        edited = replace(self.data, notes=f"Gespräch {self.saves}")
        written = self.clients.update(self.client_id, edited, version=self.version)
        assert written.version is not None
        self.version = written.version


def _saving(clients: ClientService) -> Saving:
    (row,) = clients.list(ClientQuery(), limit=1, today=TODAY)
    detail = clients.get(row.id)
    return Saving(clients, row.id, detail.as_input(), detail.version)


@pytest.fixture
def both(tmp_path: Path, postgres_server: Server) -> Iterator[dict[str, Database]]:
    """The same demo data in a file and in a database on the server."""
    with postgres_server.database() as name:
        opened = {
            "SQLite": open_database(location(str(tmp_path / "demo.sqlite3"))),
            "PostgreSQL": open_database(location(postgres_server.url(name))),
        }
        try:
            for database in opened.values():
                fill_demo(database, clients=CLIENTS, today=TODAY)
            yield opened
        finally:
            for database in opened.values():
                database.close()


@pytest.mark.timeout(900)  # the demo data written to the server takes a minute on its own
def test_clients_list_and_a_save_on_the_server(both: dict[str, Database]) -> None:
    def cases(clients: ClientService) -> dict[str, Callable[[], object]]:
        saving = _saving(clients)
        last_contact = ClientQuery(sort=ClientSort.last_contact, descending=True)
        return {
            "Clients list, first page": lambda: clients.list(
                ClientQuery(), limit=PAGE, today=TODAY
            ),
            "Clients list, by last contact": lambda: clients.list(
                last_contact, limit=PAGE, today=TODAY
            ),
            "count for the status bar": lambda: clients.count(ClientQuery()),
            "save one client": saving.save,
        }

    measured = {}
    for backend, database in both.items():
        work = cases(ClientService(database))
        for action in work.values():  # warm: the server's plans and caches, as after a while
            action()
        measured[backend] = {label: median_ms(action, RUNS) for label, action in work.items()}
    file, server = measured["SQLite"], measured["PostgreSQL"]
    print(
        f"\nteam mode, {CLIENTS} demo clients, PostgreSQL on the loopback / SQLite file "
        f"(median of {RUNS}, same run):"
    )
    for label in file:
        print(f"  {label}: {server[label] / file[label]:.1f}x")

"""Small builders for test data through the services (never raw SQL)."""

from __future__ import annotations

from pathlib import Path

from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientInput, ContactInput


def make_client(clients: ClientService, name: str = "Müller & Söhne GmbH", **fields: object) -> int:
    changes = clients.create(ClientInput(name=name, **fields))  # type: ignore[arg-type]
    assert changes.created_id is not None
    return changes.created_id


def make_contact(
    clients: ClientService, client_id: int, name: str = "Jürgen Weiß", **fields: object
) -> int:
    changes = clients.add_contact(client_id, ContactInput(name=name, **fields))  # type: ignore[arg-type]
    assert changes.created_id is not None
    return changes.created_id


def add_client_to_file(path: Path, name: str) -> int:
    """A client in the database file at `path` (created if need be), which is closed again."""
    from workbook.store.database import open_database

    database = open_database(path)
    try:
        return make_client(ClientService(database), name)
    finally:
        database.close()


def client_names_in_file(path: Path) -> list[str]:
    """The names of every client in the database file at `path`, read without changing it."""
    from workbook.services.clients.shapes import ClientQuery
    from workbook.store.database import open_database

    database = open_database(path, read_only=True)
    try:
        query = ClientQuery(include_archived=True)
        return [row.name for row in ClientService(database).list(query, limit=100_000)]
    finally:
        database.close()

"""Small builders for test data through the services (never raw SQL)."""

from __future__ import annotations

from workbook.services.client_shapes import ClientInput, ContactInput
from workbook.services.clients import ClientService


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

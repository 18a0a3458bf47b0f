"""What a write says it changed: the lists re-read one updated row, or reload."""

from __future__ import annotations

import dataclasses

from tests.factories import make_client
from workbook.domain.changes import ChangeSet, Entity
from workbook.services.clients.service import ClientService


def test_an_update_names_its_row_and_only_that_row_is_re_read() -> None:
    updated = ChangeSet.of(Entity.client, updated=(Entity.client, 7))
    assert updated.updated_only(Entity.client) == 7
    assert updated.updated_only(Entity.engagement) is None  # another list: it reloads
    wider = ChangeSet.of(Entity.client, Entity.contact, updated=(Entity.client, 7))
    assert wider.updated_only(Entity.client) is None  # more than the row changed
    assert ChangeSet.of(Entity.client).updated_only(Entity.client) is None


def test_merged_changes_keep_the_row_only_when_both_name_it() -> None:
    seven = ChangeSet.of(Entity.client, updated=(Entity.client, 7))
    eight = ChangeSet.of(Entity.client, updated=(Entity.client, 8))
    assert seven.merge(seven).updated_only(Entity.client) == 7
    assert seven.merge(eight).updated_only(Entity.client) is None


def test_client_writes_name_the_client_they_updated(clients: ClientService) -> None:
    client_id = make_client(clients, "Müller & Söhne GmbH")
    detail = clients.get(client_id)
    renamed = dataclasses.replace(detail.as_input(), name="Müller GmbH")
    written = clients.update(client_id, renamed, version=detail.version)
    assert written.changes.updated_only(Entity.client) == client_id
    assert written.undo().changes.updated_only(Entity.client) == client_id
    archived = clients.archive(client_id, version=clients.get(client_id).version)
    assert archived.changes.updated_only(Entity.client) == client_id
    created = clients.create(dataclasses.replace(renamed, name="Neu AG"))
    assert created.changes.updated_only(Entity.client) is None  # a new row: lists reload

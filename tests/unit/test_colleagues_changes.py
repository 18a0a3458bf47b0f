"""The window's change watcher on both backends (store.watch.watcher_for): a colleague's
commit — another program on the same file or server — is news once, and only once it is
committed; this program's own commits, in any thread, are not."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from tests.factories import make_client
from workbook.services.clients.service import ClientService
from workbook.services.sessions import writing
from workbook.store.database import Database, open_database
from workbook.store.locations import location
from workbook.store.models import Client
from workbook.store.watch import Watcher, watcher_for


@pytest.fixture
def watcher(database: Database) -> Iterator[Watcher]:
    watcher = watcher_for(database)
    yield watcher
    watcher.close()


@pytest.fixture
def colleague(database: Database, db_location: str) -> Iterator[Database]:
    other = open_database(location(db_location))
    yield other
    other.close()


def test_a_colleagues_commit_is_news_once(watcher: Watcher, colleague: Database) -> None:
    assert not watcher.changed()
    make_client(ClientService(colleague), "Zander KG")
    assert watcher.changed()
    assert not watcher.changed()


def test_own_commits_in_any_thread_are_not_news(watcher: Watcher, database: Database) -> None:
    clients = ClientService(database)
    make_client(clients, "Bäckerei Größl")
    thread = threading.Thread(target=make_client, args=(clients, "Zander KG"))
    thread.start()
    thread.join()
    assert not watcher.changed()


def test_a_colleagues_write_is_news_when_committed_not_before(
    watcher: Watcher, colleague: Database
) -> None:
    with writing(colleague) as session:
        session.add(Client(name="Zander KG", name_key="zander kg"))
        session.flush()
        assert not watcher.changed()  # a refresh now would not show it
    assert watcher.changed()


def test_own_and_colleagues_commits_together_are_news(
    watcher: Watcher, database: Database, colleague: Database
) -> None:
    make_client(ClientService(database), "Eigene GmbH")
    make_client(ClientService(colleague), "Zander KG")
    make_client(ClientService(database), "Noch eine GmbH")
    assert watcher.changed()

"""Noticing what another program (the command line, a script, a colleague) commits to an open
database: `watcher_for` gives the file's or the server's (store.server.changes) watcher.

SQLite's PRAGMA data_version changes, for one connection, whenever any *other* connection
commits. The watcher keeps its own connection for just that, so asking costs microseconds.
This program's own connections are other connections too: they tell the watcher after each
commit (store.connection.CommitHooks), so only other programs' commits are reported."""

from __future__ import annotations

import sqlite3
import threading
from typing import Protocol

from workbook.store.access import reading_access
from workbook.store.connection import connect
from workbook.store.database import Database
from workbook.store.locations import ServerAddress
from workbook.store.server.changes import ServerChangeWatcher


class Watcher(Protocol):
    def changed(self) -> bool:
        """Has another program committed since the last call? (False when it cannot tell
        just now: asked again next time.)"""
        ...

    def close(self) -> None: ...


def watcher_for(database: Database) -> Watcher:
    if isinstance(database.location, ServerAddress):
        return ServerChangeWatcher(database.engine)
    return ChangeWatcher(database)


class ChangeWatcher:
    def __init__(self, database: Database) -> None:
        self._hooks = database.commit_hooks
        self._connection = connect(database.path, reading_access(database.path))
        self._lock = threading.Lock()  # a commit in a worker thread absorbs while the UI asks
        self._seen = self._version()
        self._pending = False  # news found as this program began a write
        self._hooks.add(self._absorb, began_writing=self._look_first)

    def changed(self) -> bool:
        """Has another program committed since the last call? A file busy being checkpointed,
        or gone, has no news just now."""
        with self._lock:
            try:
                version = self._version()
            except sqlite3.Error:
                return False
            changed = self._pending or version != self._seen
            self._seen, self._pending = version, False
        return changed

    def close(self) -> None:
        self._hooks.remove(self._absorb, began_writing=self._look_first)
        with self._lock:
            self._connection.close()

    def _look_first(self) -> None:
        """This program holds the write lock now, so nobody else commits until its commit:
        what changed before is other programs' news, which _absorb must not swallow."""
        with self._lock:
            version = self._version()
            self._pending = self._pending or version != self._seen
            self._seen = version

    def _absorb(self) -> None:
        """This program's own commit, just done: not news to report."""
        with self._lock:
            self._seen = self._version()

    def _version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

"""Noticing what another program (the command line, a script) commits to an open file.

SQLite's PRAGMA data_version changes, for one connection, whenever any *other* connection
commits. The watcher keeps its own connection for just that, so asking costs microseconds.
This program's own connections are other connections too: they tell the watcher after each
commit (store.engine.CommitHooks), so only other programs' commits are reported."""

from __future__ import annotations

import threading

from workbook.store.access import reading_access
from workbook.store.database import Database
from workbook.store.engine import connect


class ChangeWatcher:
    def __init__(self, database: Database) -> None:
        self._hooks = database.commit_hooks
        self._connection = connect(database.path, reading_access(database.path))
        self._lock = threading.Lock()  # a commit in a worker thread absorbs while the UI asks
        self._seen = self._version()
        self._hooks.add(self._absorb)

    def changed(self) -> bool:
        """Has another program committed since the last call?"""
        with self._lock:
            version = self._version()
            changed, self._seen = version != self._seen, version
        return changed

    def close(self) -> None:
        self._hooks.remove(self._absorb)
        with self._lock:
            self._connection.close()

    def _absorb(self) -> None:
        """This program's own commit, just done: not news to report."""
        with self._lock:
            self._seen = self._version()

    def _version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

"""The window follows what other programs commit to its file (`main.py import` while the
window is open): a cheap check every POLL_MS, then one refresh of every view."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:  # the store loads after the first paint
    from workbook.store.database import Database
    from workbook.store.watch import ChangeWatcher

POLL_MS = 2000


class ExternalChanges(QObject):
    def __init__(self, parent: QObject, on_change: Callable[[], None]) -> None:
        super().__init__(parent)
        self._on_change = on_change
        self._watcher: ChangeWatcher | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.poll)

    def watch(self, database: Database) -> None:
        from workbook.store.watch import ChangeWatcher

        self.stop()
        self._watcher = ChangeWatcher(database)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None

    def poll(self) -> None:
        if self._watcher is None:
            return
        try:
            changed = self._watcher.changed()
        except sqlite3.Error:  # the file is busy being checkpointed, or gone: ask next time
            return
        if changed:
            self._on_change()

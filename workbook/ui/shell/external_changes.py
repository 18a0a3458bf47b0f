"""The window follows what other programs commit to its database (`main.py import` while the
window is open, a colleague on the same server): a check every POLL_MS, in a worker (on a
server it is a round trip), then one refresh of every view, which keep their selection."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from workbook.ui.common import worker

if TYPE_CHECKING:  # the store loads after the first paint
    from workbook.store.database import Database
    from workbook.store.watch import Watcher

POLL_MS = 2000


class ExternalChanges(QObject):
    # Each answer, once handled: whether another program had committed (for tests).
    polled = Signal(bool)

    def __init__(self, parent: QObject, on_change: Callable[[], None]) -> None:
        super().__init__(parent)
        self._on_change = on_change
        self._watcher: Watcher | None = None
        self._asking: worker.Job | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.poll)

    def watch(self, database: Database) -> None:
        from workbook.store.watch import watcher_for

        self.stop()
        self._watcher = watcher_for(database)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None

    def poll(self) -> None:
        """Ask, unless the last question is still out (a slow server)."""
        watcher = self._watcher
        if watcher is None or self._asking is not None:
            return
        self._asking = worker.start(
            watcher.changed,
            lambda changed: self._answered(watcher, bool(changed)),
            lambda _error: self._answered(watcher, False),
        )

    def _answered(self, watcher: Watcher, changed: bool) -> None:
        self._asking = None
        if watcher is not self._watcher:  # the database was closed (or another opened) since
            return
        if changed:
            self._on_change()
        self.polled.emit(changed)

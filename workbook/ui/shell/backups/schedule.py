"""Automatic backups of the open workbook: when it is closed, and at most every 30 minutes
while its data changes — this program's own commits (in any thread) and those the window
notices from other programs. The copy runs in a worker thread, never on the UI thread; how
many copies stay is read from the settings at each backup (Preferences ▸ Backups)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

from workbook.ui.common import worker

if TYPE_CHECKING:
    from workbook.domain.backup_rotation import Rotation
    from workbook.store.database import Database

INTERVAL_MS = 30 * 60 * 1000


class BackedUp(Protocol):
    """The open workbook as the schedule needs it (window_parts.OpenDatabase)."""

    database: Database

    @property
    def on_server(self) -> bool: ...

    def automatic_backup(self, rotation: Rotation) -> Path: ...


class BackupSchedule(QObject):
    # Emitted by the commit hook, which runs in whichever thread committed.
    _committed = Signal()
    _settled = Signal()  # a backup finished or failed (in the UI thread)

    def __init__(
        self, parent: QObject, status: Callable[[str], None], rotation: Callable[[], Rotation]
    ) -> None:
        super().__init__(parent)
        self._status = status
        self._rotation = rotation
        self._open: BackedUp | None = None
        self._dirty = False
        self._last = 0.0  # time.monotonic() of the last backup (or of opening)
        self._jobs: list[worker.Job] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._due)
        self._committed.connect(self.changed)

    def watch(self, opened: BackedUp) -> None:
        """Nothing to do read-only, nor on a server: its backups are the administrator's
        (pg_dump), and the settings' backup folder is this computer's."""
        self.stop()
        if opened.database.read_only or opened.on_server:
            return
        self._open, self._dirty, self._last = opened, False, time.monotonic()
        opened.database.commit_hooks.add(self._on_commit)

    def changed(self) -> None:
        """The data changed: a backup is due once the interval since the last one is over."""
        if self._open is None:
            return
        self._dirty = True
        if not self._timer.isActive():
            passed_ms = (time.monotonic() - self._last) * 1000
            self._timer.start(max(0, int(INTERVAL_MS - passed_ms)))

    def stop(self, *, back_up: bool = True) -> None:
        """The workbook closes: a last backup when anything changed since the previous one
        (unless `back_up` is False: the caller copies it itself)."""
        self._timer.stop()
        if self._open is None:
            return
        opened, self._open = self._open, None
        opened.database.commit_hooks.remove(self._on_commit)
        if self._dirty and back_up:
            self._start(opened)

    def wait(self) -> None:
        """Until every backup started has finished (the app is about to quit, or a restore
        is about to replace the file); the event loop runs on meanwhile."""
        loop = QEventLoop()
        self._settled.connect(loop.quit)
        while self._jobs:  # each job's outcome arrives as an event of this loop
            loop.exec()
        self._settled.disconnect(loop.quit)

    def _on_commit(self) -> None:
        with contextlib.suppress(RuntimeError):  # the window is gone already
            self._committed.emit()

    def _due(self) -> None:
        if self._open is not None and self._dirty:
            self._start(self._open)

    def _start(self, opened: BackedUp) -> None:
        self._dirty, self._last = False, time.monotonic()
        job: worker.Job

        def done(target: Path) -> None:
            self._jobs.remove(job)
            self._status(self.tr("Automatic backup saved as %1").replace("%1", target.name))
            self._settled.emit()

        def failed(error: Exception) -> None:
            from workbook.ui.spreadsheets.export_runner import problem_text

            self._jobs.remove(job)
            if self._open is opened:
                self._dirty = True  # tried again at the next change
            failure = self.tr("Automatic backup failed: %1").replace("%1", problem_text(error))
            self._status(failure)
            self._settled.emit()

        rotation = self._rotation()  # read here, on the UI thread
        job = worker.start(lambda: opened.automatic_backup(rotation), done, failed)
        self._jobs.append(job)

"""Run slow work off the UI thread; results come back as queued signals."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported to the UI, which words it
            self._emit(self.signals.failed, error)
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: SignalInstance, value: object) -> None:
        # The window that asked may have closed while the work ran: then there is nobody to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


# Every job started, until its outcome has been delivered on the UI thread: its signals object
# goes with it, and one destroyed while the worker still emits on it brings the process down.
# Kept here so that no caller has to hold its jobs.
_RUNNING: set[Job] = set()


def start(
    work: Callable[[], Any],
    on_finished: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
) -> Job:
    job = Job(work)
    _RUNNING.add(job)
    for signal, handler in ((job.signals.finished, on_finished), (job.signals.failed, on_failed)):
        signal.connect(lambda _outcome: _RUNNING.discard(job))
        signal.connect(handler)
    QThreadPool.globalInstance().start(job)
    return job

"""A list's query off the UI thread: the newest request wins, older answers are dropped.

A query that answers within SETTLE_MS is shown on the spot (a small workbook behaves as if
nothing were asynchronous, and the UI thread waits no longer than a frame); a slower one is
shown when it arrives, and until then the list keeps what it showed."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from workbook.ui.common import worker

T = TypeVar("T")
SETTLE_MS = 40  # how long the UI thread waits for an answer before it carries on


class PageLoader(QObject, Generic[T]):
    busy_changed = Signal(bool)  # a query is running whose answer is still to be shown
    # A query (or showing its answer) failed after load() returned: nobody up the stack
    # could catch it, so it is told here (see tell_failures).
    failed = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._generation = 0
        self._shown = 0  # the newest generation whose answer was shown
        self._waiting = False  # busy_changed(True) was told
        self.settle_ms = SETTLE_MS  # 0: never wait, every answer comes as a signal
        self.answered = False  # an answer was shown: the list has something to show

    def tell_failures(
        self, first: Callable[[Exception], None], later: Callable[[Exception], None]
    ) -> None:
        """Failures that arrive late go to `first` while nothing was shown yet (the file
        cannot answer the list's query), to `later` after that."""
        self.failed.connect(lambda error: (later if self.answered else first)(error))

    @property
    def busy(self) -> bool:
        return self._shown != self._generation

    def load(self, work: Callable[[], T], show: Callable[[T], None]) -> None:
        """Run `work` in the thread pool and hand its answer to `show` on the UI thread —
        unless another load was asked for in the meantime."""
        self._generation += 1
        generation = self._generation
        answered = threading.Event()
        outcome: list[tuple[bool, Any]] = []

        def run() -> None:
            try:
                outcome.append((True, work()))
            except Exception as error:  # raised again on the UI thread, as a synchronous load
                outcome.append((False, error))
            answered.set()

        def arrived(_: object) -> None:
            if generation == self._generation and self._shown != generation:
                try:
                    self._deliver(generation, outcome, show)
                except Exception as error:  # in a slot: raised further it would be unhandled
                    self.failed.emit(error)

        worker.start(run, arrived, lambda _: None)
        if self.settle_ms > 0 and answered.wait(self.settle_ms / 1000):
            self._deliver(generation, outcome, show)
        elif not self._waiting:
            self._waiting = True
            self.busy_changed.emit(True)

    def _deliver(
        self, generation: int, outcome: list[tuple[bool, Any]], show: Callable[[T], None]
    ) -> None:
        self._shown = generation
        if self._waiting:
            self._waiting = False
            self.busy_changed.emit(False)
        succeeded, value = outcome[0]
        if not succeeded:
            raise value
        show(value)
        self.answered = True

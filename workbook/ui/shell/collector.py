"""Python's cycle collector, run on the UI thread only.

The collector runs in whichever thread happens to allocate when a generation fills up — with
lists and Today read in worker threads, often one of those. Collecting a cycle that holds a
widget there destroys the widget in the wrong thread: its timers are stopped from the worker
("QBasicTimer::stop: Failed"), and the event loop later crashes on them. So the automatic
collection is switched off, and the UI thread collects with the same thresholds instead, a
few times a second (the recipe Anki and other PyQt programs use)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations that are full, as the automatic collector would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

"""The day shown before the workbook has opened: at start-up the opening worker, once it holds
the file's lock, reads Today through sqlite3 alone (services.today.first_look) and the window
shows it while SQLAlchemy, the models and the services load; the Today tab then reads the day
again through them. A file it cannot read this way shows nothing early: the opening tells why
it did not open, or shows the tabs as ever."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from workbook.services.today.shapes import TodaySection, TodayTerms
    from workbook.ui.common.context import Preferences
    from workbook.ui.shell.tabs import FeatureTabs

# How long the worker waits for the day to show before it loads the rest: its imports would
# hold the GIL while the UI thread builds and paints the tab (which then took 290 ms, not 70).
_PATIENCE_S = 2.0


class FirstLook(QObject):
    # from the opening worker: the file, its sections (or None), a latch
    _read = Signal(object, object, object)

    def __init__(
        self, features: FeatureTabs, wanted: Callable[[], bool], shown: Callable[[Path], None]
    ) -> None:
        """`wanted`: whether the opening that read it is still under way with nothing open
        (it may have failed or been abandoned meanwhile); `shown`: the day of that file shows
        (the tabs come to the front)."""
        super().__init__(features)
        self._features, self._wanted, self._shown = features, wanted, shown
        self._read.connect(self._arrived)  # queued: emitted in the worker

    def reader(self, preferences: Preferences) -> Callable[[Path], None]:
        """What the opening worker calls with the file it has locked. Meanwhile, once the
        worker has started, the tab is built here (the worker's queries leave the GIL free)."""
        from workbook.ui.today.terms import day_terms

        terms = day_terms(preferences, date.today())  # the settings, read on the UI thread
        QTimer.singleShot(0, self._features.prepare_first_look)

        def glimpse(path: Path) -> None:
            painted = threading.Event()
            self._read.emit(path, _looked(path, terms), painted)
            painted.wait(_PATIENCE_S)

        return glimpse

    def _arrived(
        self, path: Path, sections: list[TodaySection] | None, painted: threading.Event
    ) -> None:
        if sections is not None and self._wanted() and self._features.show_first_look(sections):
            self._shown(path)
        QTimer.singleShot(0, painted.set)  # once the tab has painted


def _looked(path: Path, terms: TodayTerms) -> list[TodaySection] | None:
    """The first look is a courtesy: whatever keeps it from reading (its compiled statements
    unreadable to this user, say) leaves the day to the opening, which never fails for it."""
    try:
        from workbook.services.today.first_look import first_look

        return first_look(path, terms)
    except Exception:  # the opening reads the day, and tells what is wrong
        return None

"""The Qt binding itself, where a release of it broke what the app relies on.

PySide6 6.12.0 hands back an empty QVariant as None without counting the reference: every
`currentData()` of an "All clients" entry, every `data()` of a role not set, took one from
None's count, and after some thousands the interpreter aborted ("deallocating None"). The
window makes such calls on every filter change, so a long day's work would end in a crash."""

from __future__ import annotations

import gc
import sys
import weakref

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem

pytestmark = pytest.mark.gui
CALLS = 500


@pytest.mark.usefixtures("qapp")
def test_an_empty_value_read_from_qt_keeps_none_alive() -> None:
    combo = QComboBox()
    combo.addItem("All clients", None)
    listing = QListWidget()
    item = QListWidgetItem("Müller & Söhne GmbH", listing)
    action = QAction()
    reads = (
        combo.currentData,
        lambda: item.data(Qt.ItemDataRole.UserRole),
        lambda: listing.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole),
        action.data,
    )
    for read in reads:
        before = sys.getrefcount(None)
        results = [read() for _ in range(CALLS)]
        assert results == [None] * CALLS
        del results
        assert sys.getrefcount(None) >= before - 10  # a few borrowed elsewhere meanwhile


def test_cycles_are_collected_on_the_ui_thread_only(qapp: object) -> None:
    """Worker threads allocate too: the automatic collector would destroy a widget held in a
    cycle there. It stays off; MainThreadCollector collects when a generation is full."""
    from workbook.ui.shell.collector import MainThreadCollector

    assert not gc.isenabled()  # app.py and the tests' set-up install the collector
    collector = MainThreadCollector(QObject())
    cycle: list[object] = []
    cycle.append(cycle)
    alive = weakref.ref(Cycle(cycle))
    for _ in range(gc.get_threshold()[0] + 1):
        Cycle([])  # fill the youngest generation past its threshold
    assert alive() is not None  # nothing collected it behind our back
    collector.check()
    assert alive() is None


class Cycle:
    def __init__(self, other: object) -> None:
        self.me = self
        self.other = other

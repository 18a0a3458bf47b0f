"""The Qt binding itself, where a release of it broke what the app relies on.

PySide6 6.12.0 hands back an empty QVariant as None without counting the reference: every
`currentData()` of an "All clients" entry, every `data()` of a role not set, took one from
None's count, and after some thousands the interpreter aborted ("deallocating None"). The
window makes such calls on every filter change, so a long day's work would end in a crash."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
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

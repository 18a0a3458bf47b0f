"""Every tab of the window on a `demo --clients 5000` database, until its first page shows
(offscreen, rendered into a pixmap): built anew (its constructor loads its first page, or a
worker does: then until its `loaded`), and
switched to once built; against switching to an empty tab in the same window, same run.
Goal (#15): every tab paints within 0.5 s."""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from workbook.app import build_window
from workbook.ui.common.i18n import Translations
from workbook.ui.shell.settings import Settings
from workbook.ui.shell.tabs import TABS

RUNS = 5
GOAL_MS = 500


def _median_ms(action: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def test_every_tab_until_its_first_page_shows(
    qtbot: QtBot, qapp: QApplication, demo_5000: Path, tmp_path: Path
) -> None:
    db = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_5000, db)
    translations = Translations()
    translations.switch("en")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = build_window(settings, translations)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.open_database(db, wait=True)
    qapp.processEvents()
    empty = QWidget()
    window.tabs.addTab(empty, "empty")

    def show(widget: QWidget) -> None:
        window.tabs.setCurrentWidget(widget)
        qapp.processEvents()
        widget.grab()  # paints it now

    first = window.feature_tabs[TABS[0].key]

    def switched_ms(widget: QWidget) -> float:
        times: list[float] = []
        for _ in range(RUNS):
            window.tabs.setCurrentWidget(first if widget is empty else empty)
            qapp.processEvents()
            start = time.perf_counter()
            show(widget)
            times.append(time.perf_counter() - start)
        return statistics.median(times) * 1000

    def built_ms(index: int) -> float:
        spec = TABS[index]

        def build() -> None:
            assert window.context is not None
            tab = spec.make(window.context)
            window.tabs.addTab(tab, spec.key)
            loaded = getattr(tab, "loaded", None)  # a tab reading in a worker (Today)
            if loaded is not None:
                with qtbot.waitSignal(loaded, timeout=60_000):
                    pass
            show(tab)
            window.tabs.removeTab(window.tabs.indexOf(tab))
            tab.deleteLater()

        return _median_ms(build)

    base = switched_ms(empty)
    print(f"\ntabs at 5,000 clients (median of {RUNS}): switching to an empty tab {base:.1f} ms")
    worst = 0.0
    for index, spec in enumerate(TABS):
        built = built_ms(index)
        switched = switched_ms(window.feature_tabs[spec.key])
        worst = max(worst, built)
        print(
            f"  {spec.key}: built and painted {built:.0f} ms = {built / base:.0f}x, "
            f"switched to {switched:.1f} ms = {switched / base:.1f}x"
        )
    print(f"  slowest first page {worst:.0f} ms (goal {GOAL_MS} ms)")
    window.close()

"""Run in a fresh interpreter by the start-up benchmark and test: prints timings as JSON.

Modes: `baseline` (an empty QMainWindow), `paint` (our window up to its first paint), `ready`
(until the first tab shows data of the database — its first look, read without SQLAlchemy,
where the file allows — and `opened`, until the database is open), `stack` (only the imports
the opening worker needs before the services' first read: SQLAlchemy, SQLModel, the models and
the first tab's services — the floor under `opened`)."""

from __future__ import annotations

import json
import sys
import time

START = time.perf_counter()
# What the first paint does without: the database stack, the spreadsheets, the charts, and
# what only the tabs, a menu's action or the first search results use.
AFTER_PAINT = (
    "sqlalchemy",
    "sqlmodel",
    "openpyxl",
    "alembic",
    "PySide6.QtCharts",
    "icalendar",
    "workbook.ui.common.context",
    "workbook.ui.common.messages",
    "workbook.ui.common.undo_texts",
    "workbook.ui.shell.refusals",
    "workbook.ui.shell.backups.actions",
    "workbook.ui.spreadsheets.export_runner",
    "workbook.ui.spreadsheets.import_runner",
    "workbook.ui.spreadsheets.calendar_export",
    "workbook.presentation.labels",
    "workbook.domain.handover",
    "workbook.domain.support_terms",
    "workbook.domain.scope_creep",
)
# What the first look shows the day without, on a workbook it can read (store.prepared).
STACK = ("sqlalchemy", "sqlmodel", "alembic", "workbook.store.models")
# What waits until the first tab shows its data: the other tabs (and their lists' machinery),
# the charts, the editor.
DEFERRED = (
    "PySide6.QtCharts",
    "workbook.ui.engagements.editor",
    "workbook.ui.clients.tab",
    "workbook.ui.journal.tab",
    "workbook.ui.support.tab",
    "workbook.ui.common.list_tab",
)


def main(mode: str, db: str, settings_path: str) -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    result: dict[str, object] = {}
    if mode == "stack":  # after Qt, as in the window: PySide6 hooks every later import
        import workbook.app

        began = time.perf_counter()
        import workbook.store.database

        workbook.app._load_services()
        print(json.dumps({"stack": time.perf_counter() - began}))
        return
    if mode == "baseline":
        window = QMainWindow()
    else:
        from workbook.app import build_window
        from workbook.ui.common.i18n import Translations
        from workbook.ui.shell.settings import Settings

        translations = Translations()
        translations.switch("en")
        settings = Settings(QSettings(settings_path, QSettings.Format.IniFormat))
        settings.practice_asked = True  # the first start's question would wait for a click
        window = build_window(settings, translations)

    def painted() -> None:
        result["paint"] = time.perf_counter() - START
        result["heavy_before_paint"] = sorted(m for m in AFTER_PAINT if m in sys.modules)
        if mode == "ready":
            from pathlib import Path

            def shown() -> None:  # the first tab shows data: its first look, or its first page
                result.setdefault("ready", time.perf_counter() - START)
                result["deferred_before_data"] = sorted(m for m in DEFERRED if m in sys.modules)
                result["stack_before_data"] = sorted(m for m in STACK if m in sys.modules)
                if "opened" in result:
                    app.quit()

            def opened(ok: bool) -> None:
                result["opened"] = time.perf_counter() - START
                if "ready" in result or not ok:
                    app.quit()

            window.features.first_page_shown.connect(shown)  # type: ignore[attr-defined]
            window.open_finished.connect(opened)  # type: ignore[attr-defined]
            window.open_database(Path(db))  # type: ignore[attr-defined]
        else:
            app.quit()

    window.show()
    QTimer.singleShot(0, painted)
    app.exec()
    window.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main(*sys.argv[1:4])

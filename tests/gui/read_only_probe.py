"""The real window on a database the user cannot write, run by test_read_only_window.py in a
process of its own: Qt and the app load as root, then root's privileges are dropped (when
given a user id) before the database opens, so file permissions apply as for any user.
Prints what the user sees, as JSON, on its last line."""

from __future__ import annotations

import importlib
import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton

from workbook.app import build_window
from workbook.ui.common import page_loader
from workbook.ui.common.i18n import Translations
from workbook.ui.shell.settings import Settings

# Everything opening and showing a database imports; nothing can be loaded after the switch.
PRELOAD = (
    "sqlalchemy.dialects.sqlite",
    "workbook.store.database",
    "workbook.store.backups",
    "workbook.services.agreements.service",
    "workbook.services.clarification.service",
    "workbook.services.clients.service",
    "workbook.services.engagements.service",
    "workbook.ui.clients.tab",
    "workbook.ui.engagements.tab",
    "workbook.ui.engagements.editor",
    "workbook.store.check",  # with what its checks import when they run
    "alembic.autogenerate",
    "alembic.migration",
    "alembic.script",
    "workbook.ui.shell.backups.actions",
    "workbook.ui.shell.backups.check_report",
    "concurrent.futures.thread",  # the Today sections' and the first look's readers
    "workbook.services.today.first_look",
)


def main(db: Path, settings_file: Path, uid: int, gid: int) -> dict[str, object]:
    warnings: list[str] = []

    def on_message(kind: QtMsgType, _context: object, text: str) -> None:
        if kind != QtMsgType.QtDebugMsg and "propagateSizeHints" not in text:
            warnings.append(text)

    qInstallMessageHandler(on_message)
    # every list waits for its page, however busy the machine (as in tests/gui/conftest.py)
    page_loader.SETTLE_MS = 10_000
    app = QApplication(["probe", "-platform", "offscreen"])
    for name in PRELOAD:
        importlib.import_module(name)
    translations = Translations()
    translations.switch("en")
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = build_window(settings, translations)
    window.show()
    if uid >= 0:
        os.setgroups([])
        os.setgid(gid)
        os.setuid(uid)
    opened = window.open_database(db, wait=True)
    report: dict[str, object] = {"opened": opened, "warnings": warnings}
    if opened:
        report |= _what_the_user_sees(window)
    window.close()
    app.processEvents()
    return report


def _what_the_user_sees(window: object) -> dict[str, object]:
    from workbook.ui.engagements.editor import EngagementEditor
    from workbook.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    clients, engagements = window.clients_tab, window.engagements_tab
    assert clients is not None
    assert engagements is not None
    seen: dict[str, object] = {
        "title": window.windowTitle(),
        "status": window.statusBar().currentMessage(),
        "badge": window.read_only_label.text() if window.read_only_label.isVisible() else "",
        "clients": clients.model.rowCount(),
        "enabled": {
            "new client": clients.new_action.isEnabled(),
            "edit client": clients.edit_action.isEnabled(),
            "archive client": clients.archive_action.isEnabled(),
            "add contact": clients.detail.contacts.add_button.isEnabled(),
            "export dossier": clients.dossier_action.isEnabled(),
            "import": window.menus.import_file.isEnabled(),
            "new engagement": engagements.new_action.isEnabled(),
            "journal entry (Ctrl+J)": window.journal_action.isEnabled(),
            "new journal entry in the pane": clients.findChild(
                QPushButton, "addJournalEntry"
            ).isVisibleTo(clients),
            **_other_tabs(window),
        },
    }
    clients.view.setFocus()
    QTest.keyClick(clients.view, Qt.Key.Key_Delete)  # archive, were it allowed
    QTest.keyClick(clients.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    seen["undo steps"] = window.undo_stack.count()
    engagements.reload()
    engagement_id = engagements.model.row_id(engagements.model.row_at(0))
    editor = EngagementEditor(window, engagements.context, engagement_id)
    overview = editor.page("overview")
    seen["editor"] = {
        "writable fields": sum(
            1
            for edit in overview.findChildren(QLineEdit)
            if edit.isEnabled() and not edit.isReadOnly()
        ),
        "status steps": sum(
            1 for b in editor.findChildren(QPushButton) if b.objectName()[:3] == "to_"
        ),
        "save shown": overview.save_button.isVisibleTo(editor),
        "add wish shown": editor.page("wishes").wants.add_button.isVisibleTo(editor),
        "add change shown": editor.page("changes").panel.add_button.isVisibleTo(editor),
        "add milestone shown": editor.page("knowledge_transfer").panel.add_button.isVisibleTo(
            editor
        ),
        "add needed competence shown": editor.page("clarification").needs.add_button.isVisibleTo(
            editor
        ),
    }
    editor.done(0)
    seen["check"] = _check_report(window)
    return seen


def _check_report(window: object) -> dict[str, object]:
    """Help ▸ Check database: what its report says and offers."""
    from workbook.ui.shell.backups.check_report import CheckReport
    from workbook.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    found: dict[str, object] = {}

    def look() -> None:  # in the report's own event loop (exec)
        report = QApplication.activeModalWidget()
        if isinstance(report, QMessageBox):  # the check failed: its sentence, not a report
            found["summary"] = report.text()
            report.close()
            return
        if not isinstance(report, CheckReport):
            QTimer.singleShot(20, look)
            return
        found["summary"] = report.summary.text()
        found["repair offered"] = report.repair_button.isVisibleTo(report)
        report.reject()

    QTimer.singleShot(20, look)
    window.menus.check_database.trigger()
    deadline = time.monotonic() + 60
    while "summary" not in found and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    return found


def _other_tabs(window: object) -> dict[str, bool]:
    """The write actions of the tabs across clients, each with a row selected."""
    from workbook.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    tabs = window.feature_tabs
    enabled: dict[str, bool] = {}
    for key, names in {
        "changes": ("new_action", "edit_action", "remove_action", "inform_action"),
        "support": ("new_action", "edit_action", "end_action", "log_action"),
        "journal": ("new_action", "edit_action", "remove_action", "done_action"),
    }.items():
        tab = tabs[key]
        tab.reload()  # type: ignore[attr-defined]
        tab.view.selectRow(0)  # type: ignore[attr-defined]
        for name in names:
            enabled[f"{key} {name}"] = getattr(tab, name).isEnabled()
    support = tabs["support"]
    enabled["support quick entry"] = support.detail.quick.isVisibleTo(support)  # type: ignore[attr-defined]
    from workbook.domain.handover import WINDOW_ORDER
    from workbook.ui.handover.tab import HandoverTab

    handover = tabs["handover"]
    assert isinstance(handover, HandoverTab)
    handover.reload()
    found = (handover.model.child(window, 0) for window in WINDOW_ORDER)
    handover.view.setCurrentIndex(next(index for index in found if index.isValid()))
    assert handover.selected() is not None
    for name in ("done_action", "verify_action"):
        enabled[f"handover {name}"] = getattr(handover, name).isEnabled()
    return enabled


if __name__ == "__main__":
    result = main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    print(json.dumps(result))

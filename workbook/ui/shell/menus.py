"""The main window's menus: built once, retranslated on language change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from workbook.ui.common import named
from workbook.ui.common.i18n import LANGUAGES


class Menus:
    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        bar = window.menuBar()
        self.file = named(QMenu(window), "fileMenu")
        self.edit = named(QMenu(window), "editMenu")
        self.view = named(QMenu(window), "viewMenu")
        self.help = named(QMenu(window), "helpMenu")
        for menu in (self.file, self.edit, self.view, self.help):
            bar.addMenu(menu)
        self.new_database = self._add(self.file, "newDatabase", "Ctrl+Shift+N")
        self.open_database = self._add(self.file, "openDatabase", QKeySequence.StandardKey.Open)
        self.connect_server = self._add(self.file, "connectServer", "")
        self.recent = named(QMenu(window), "recentMenu")
        self.file.addMenu(self.recent)
        self.backup = self._add(self.file, "backupNow", "Ctrl+Shift+B")
        self.restore_backup = self._add(self.file, "restoreBackup", "")
        self.file.addSeparator()
        self.export_status = self._add(self.file, "exportStatus", "Ctrl+E")
        self.export_calendar = self._add(self.file, "exportCalendar", "")
        self.import_file = self._add(self.file, "importFile", "Ctrl+I")
        self.file.addSeparator()
        self.quit = self._add(self.file, "quit", QKeySequence.StandardKey.Quit)
        self.language = named(QMenu(window), "languageMenu")
        self.view.addMenu(self.language)
        self.language_group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = self.language.addAction("")
            action.setCheckable(True)
            action.setData(code)
            action.setObjectName(f"language_{code}")
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.check_database = self._add(self.help, "checkDatabase", "")
        self.about = self._add(self.help, "about", QKeySequence.StandardKey.HelpContents)
        # Placed at the end of the Edit menu by the window: every setting, in one dialog.
        self.preferences = named(QAction(window), "preferences")
        self.preferences.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

    @staticmethod
    def _add(menu: QMenu, name: str, shortcut: str | QKeySequence.StandardKey) -> QAction:
        action = menu.addAction("")
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        return action

    def fill_edit(
        self, undo_stack: QUndoStack, quick_journal_entry: Callable[[], None]
    ) -> tuple[QAction, QAction, QAction]:
        """The Edit menu: undo and redo of the window's stack; Ctrl+J, a contact recorded from
        anywhere in the window about what is selected (off until a database is open; the
        window words it); Preferences."""
        window = self._window
        undo = undo_stack.createUndoAction(window)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = undo_stack.createRedoAction(window)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        journal = named(QAction(window), "quickJournalEntry")
        journal.setShortcut(QKeySequence("Ctrl+J"))
        journal.triggered.connect(quick_journal_entry)
        journal.setEnabled(False)
        for action in (undo, redo, None, journal, None, self.preferences):
            if action is None:
                self.edit.addSeparator()
            else:
                self.edit.addAction(action)
        return undo, redo, journal

    def follow(self, *, is_open: bool, a_file: bool, writable: bool) -> None:
        """What the open database allows: importing where it can be written; restoring for a
        file only (a server's backups are pg_dump's, restored by whoever runs it)."""
        self.import_file.setEnabled(writable)
        self.backup.setEnabled(is_open)
        self.restore_backup.setEnabled(a_file and writable)
        self.check_database.setEnabled(is_open)
        self.export_calendar.setEnabled(is_open)

    def retranslate(self) -> None:
        self.file.setTitle(QCoreApplication.translate("Menus", "&File"))
        self.edit.setTitle(QCoreApplication.translate("Menus", "&Edit"))
        self.view.setTitle(QCoreApplication.translate("Menus", "&View"))
        self.help.setTitle(QCoreApplication.translate("Menus", "&Help"))
        self.new_database.setText(QCoreApplication.translate("Menus", "&New database…"))
        self.open_database.setText(QCoreApplication.translate("Menus", "&Open…"))
        self.connect_server.setText(QCoreApplication.translate("Menus", "Connect to &server…"))
        self.recent.setTitle(QCoreApplication.translate("Menus", "Open &recent"))
        self.backup.setText(QCoreApplication.translate("Menus", "&Back up now"))
        self.restore_backup.setText(QCoreApplication.translate("Menus", "Res&tore from backup…"))
        self.check_database.setText(QCoreApplication.translate("Menus", "&Check database…"))
        self.export_status.setText(QCoreApplication.translate("Menus", "&Export status workbook…"))
        self.export_calendar.setText(QCoreApplication.translate("Menus", "Export &calendar…"))
        self.import_file.setText(QCoreApplication.translate("Menus", "&Import…"))
        self.quit.setText(QCoreApplication.translate("Menus", "&Quit"))
        self.language.setTitle(QCoreApplication.translate("Menus", "&Language"))
        # Language names stay in their own language, so a user can always find theirs.
        self.language_actions["en"].setText("English")
        self.language_actions["de"].setText("Deutsch")
        self.about.setText(QCoreApplication.translate("Menus", "&About Client Workbook"))
        self.preferences.setText(QCoreApplication.translate("Menus", "&Preferences…"))

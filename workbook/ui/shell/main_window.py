"""The main window: tabs over the open database, menus, undo, status bar."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from workbook import APP_NAME
from workbook.domain.changes import ChangeSet
from workbook.ui.common import named
from workbook.ui.common.tone import Tone
from workbook.ui.search.field import SearchField
from workbook.ui.shell.backups.schedule import BackupSchedule
from workbook.ui.shell.external_changes import ExternalChanges
from workbook.ui.shell.file_actions import FileActions
from workbook.ui.shell.first_look import FirstLook
from workbook.ui.shell.menu_runners import MenuRunners
from workbook.ui.shell.menus import Menus
from workbook.ui.shell.navigation import WindowNavigator
from workbook.ui.shell.opening import Opening, asks_for_password, wait_for
from workbook.ui.shell.preferences.actions import PreferencesActions
from workbook.ui.shell.settings import Settings
from workbook.ui.shell.shortcut_keys import WindowShortcutsFirst
from workbook.ui.shell.tabs import FeatureTabs
from workbook.ui.shell.window_parts import OpenDatabase, WindowDeps

if TYPE_CHECKING:
    from workbook.services.workspace import Workspace
    from workbook.store.locations import Location
    from workbook.ui.clients.tab import ClientsTab
    from workbook.ui.common.context import TabContext
    from workbook.ui.engagements.tab import EngagementsTab
    from workbook.ui.journal.tab import JournalTab
    from workbook.ui.support.tab import SupportTab

STATUS_TIMEOUT_MS = 6000


class MainWindow(QMainWindow):
    data_changed = Signal(object)  # ChangeSet
    open_finished = Signal(bool)

    def __init__(self, deps: WindowDeps) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self._deps = deps
        self.database: OpenDatabase | None = None
        self._opening: Opening | None = None
        self.external = ExternalChanges(self, self._changed_elsewhere)
        self.backups = BackupSchedule(self, self.show_status, lambda: deps.settings.backup_rotation)
        self._restoring: Path | None = None  # reopened as it was when a restore fails
        self._looking_at: Path | None = None  # the file whose day shows while it opens
        self.setWindowIcon(deps.icon)
        self.undo_stack = QUndoStack(self)
        self.runners = MenuRunners(
            self,
            self.undo_stack,
            export_folder=lambda: deps.settings.export_folder,
            show_status=self.show_status,
            apply_changes=self.apply_changes,
            tell_refusal=self.tell_refusal,
            restore_backup=self.restore_backup,
        )
        self.tabs = named(QTabWidget(), "mainTabs")
        self.tabs.setDocumentMode(True)
        self.features = FeatureTabs(self.tabs, self.data_changed, self._not_shown)
        self.navigator = WindowNavigator(self)
        self.search = SearchField(self, navigate=self.navigator)
        self.search_action = named(QAction(self), "searchEverything")
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.search.start)
        self.addAction(self.search_action)
        self.placeholder = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "noDatabase")
        self.central = QStackedWidget()
        self.central.addWidget(self.placeholder)
        self.central.addWidget(self.tabs)
        self.setCentralWidget(self.central)
        self.first_look = FirstLook(
            self.features,
            wanted=lambda: self._opening is not None and self.database is None,
            shown=self._show_first_look,
        )
        self.menus = Menus(self)
        self.menuBar().setCornerWidget(self.search, Qt.Corner.TopRightCorner)
        self.undo_action, self.redo_action, self.journal_action = self.menus.fill_edit(
            self.undo_stack, self.navigator.quick_journal_entry
        )
        self.db_label = named(QLabel(), "databaseLabel")
        self.read_only_label = named(QLabel(), "readOnlyLabel")
        self.read_only_label.setStyleSheet(f"{Tone.at_risk.style()} font-weight: 600;")
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.file_actions = FileActions(self)
        self.preference_actions = PreferencesActions(self)
        self.menus.language_actions[deps.translations.language].setChecked(True)
        self.menus.language_group.triggered.connect(
            lambda action: self.switch_language(action.data())
        )
        self._shortcuts_first = WindowShortcutsFirst(self, self.tabs)  # filters from _show_tabs
        self.retranslate()
        if deps.settings.geometry is not None:
            self.restoreGeometry(deps.settings.geometry)
        else:
            self.resize(1200, 760)

    def retranslate(self) -> None:
        self.menus.retranslate()
        self.journal_action.setText(self.tr("New &journal entry…"))
        self.placeholder.setText(
            self.tr("No database is open.\nUse File ▸ New database… or File ▸ Open…")
        )
        self.features.retranslate()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- database ----------------------------------------------------------------------------

    def open_database(
        self,
        location: Location,
        *,
        wait: bool = False,
        restore_from: Path | None = None,
        replaces_sound: bool = False,
        failed: Callable[[Exception], None] | None = None,
    ) -> bool:
        """Open and show a file or a server's database in a worker (imports, checks, a
        migration and its backup can take a while); on refusal tell the user and keep what was
        open. `wait` blocks until done (tests, scripts); returns whether `location` is the open
        database then. `restore_from`: a backup to put in place of a damaged file first (or of
        a sound one, `replaces_sound`: see OpenWorkspace). `failed`: who tells the user why it
        did not open instead of a message box (the Connect to server dialog, in itself)."""
        if isinstance(location, Path):
            location = location.expanduser().resolve()
        if self.database is not None and self.database.location == location:
            return True
        if not self._close_editors():
            return False
        if self._opening is None:
            self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", str(location)))
            # With nothing open (start-up), a file's day shows before the workbook has opened.
            early = self.database is None and isinstance(location, Path) and restore_from is None
            glimpse = self.first_look.reader(self._deps.settings) if early else None
            self._opening = Opening(
                lambda: self._deps.open_database(
                    location, restore_from, replaces_sound=replaces_sound, glimpse=glimpse
                ),
                self._opened,
                lambda error: self._open_failed(location, error, failed),
            )
        if wait:
            if self._opening is not None:
                wait_for(self.open_finished)
            self.features.build_remaining()  # callers that wait look at any tab next
        return self.database is not None and self.database.location == location

    def abandon_opening(self) -> None:
        """The opening under way is dropped (Cancel while connecting); what was open stays."""
        if self._opening is not None:
            self._opening.abandon()
            self._opening = None
            self._drop_first_look()
            self.statusBar().clearMessage()
            self.open_finished.emit(False)

    def _opened(self, opened: OpenDatabase) -> None:
        self._opening = None
        self._looking_at = None
        if self.database is not None:  # else the tabs may hold its first look: they keep it
            self._close_database()
        self.database = opened
        try:
            self._show_tabs(opened.workspace)
        except Exception as error:  # a query the file cannot answer (edited by another tool)
            self._not_shown(error)
            return
        self._deps.settings.remember_database(opened.location)
        self.external.watch(opened.database)
        self.backups.watch(opened)
        if opened.on_server:
            opened_text = self.tr("Opened %1 on the server; colleagues' changes show as they save")
        elif opened.database.read_only:
            opened_text = self.tr("Opened %1 read-only: the file or its folder cannot be written")
        elif self._restoring is not None:
            opened_text = self.tr(
                "Restored %1 from the backup; its state before is in the backups folder"
            )
        else:
            opened_text = self.tr("Opened %1")
        self._restoring = None
        self.statusBar().showMessage(
            opened_text.replace("%1", _short_name(opened)), STATUS_TIMEOUT_MS
        )
        self.open_finished.emit(True)

    def _not_shown(self, error: Exception) -> None:
        """The file opened but a tab could not be built or its list not read: closed again
        (lock released), told in one sentence, and whoever waits for the opening learns it
        failed. Told once: other lists may fail the same way before the file is closed."""
        from workbook.ui.common.messages import database_said

        if self.database is None:
            return
        self._close_database()
        self.statusBar().clearMessage()
        reason = database_said(error)
        QMessageBox.critical(
            self,
            self.tr("Cannot open database"),
            self.tr("The database could not be shown: %1.").replace("%1", reason.rstrip(".")),
        )
        self.open_finished.emit(False)

    def _open_failed(
        self, location: Location, error: Exception, tell: Callable[[Exception], None] | None
    ) -> None:
        self._opening = None
        self._drop_first_look()
        self.statusBar().clearMessage()
        restore = None
        if tell is not None:
            tell(error)
        elif isinstance(location, Path) or not asks_for_password(error):
            from workbook.ui.shell.refusals import explain_refusal

            restore = explain_refusal(self, error)
        else:  # a remembered server without its password at hand: asked for, once all know
            QTimer.singleShot(0, lambda: self.file_actions.connect_to_server(location, error))
        self.open_finished.emit(False)
        reopen, self._restoring = self._restoring, None
        if restore is not None:
            self.open_database(location, restore_from=restore)
        elif reopen is not None:  # nothing was replaced: the workbook as it was
            self.open_database(reopen)

    def _show_tabs(self, workspace: Workspace) -> None:
        """The first tab is built here, after the first paint (the tabs pull in the features),
        and shows its first page; the others follow (FeatureTabs)."""
        from workbook.ui.common.context import TabContext

        context = TabContext(
            workspace,
            self.undo_stack,
            self.apply_changes,
            self.show_status,
            self.data_changed,
            navigate=self.navigator,
            refused=self.tell_refusal,
            unreadable=self._not_shown,
            read_only=self.read_only,
            preferences=self._deps.settings,
            columns=self._deps.settings,
            layout=self._deps.settings,
        )
        first = self.features.show(context)
        self.central.setCurrentWidget(self.tabs)
        # Filtering every event of the application from Python makes PySide create the Python
        # types of whatever the events go to (~140 enums, ~40 ms, on the first events): done
        # once there is something to filter for — the tabs, the fields and the enabled search
        # — not before the first paint. Installed again, it stays installed once.
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self._shortcuts_first)
        self.search.set_service(workspace.search)
        self.journal_action.setEnabled(not self.read_only)
        self.retranslate()
        first.take_focus()
        QTimer.singleShot(0, self.preference_actions.ask_about_practice)  # after the tabs painted

    def _show_first_look(self, path: Path) -> None:
        """The day of `path` shows while it opens: the title and the status bar name it."""
        self._looking_at = path
        self.central.setCurrentWidget(self.tabs)
        self._update_title()

    def _drop_first_look(self) -> None:
        """The opening failed or was abandoned: a day shown before it goes."""
        self._looking_at = None
        if self.database is None:
            self.features.close()
            self.central.setCurrentWidget(self.placeholder)
            self._update_title()

    def _close_database(self, *, back_up: bool = True) -> None:
        self.features.close()
        self.external.stop()
        self.backups.stop(back_up=back_up)
        self.undo_stack.clear()
        self.search.set_service(None)
        self.journal_action.setEnabled(False)
        if self.database is not None:
            self.database.close()
            self.database = None
        self.central.setCurrentWidget(self.placeholder)

    @property
    def context(self) -> TabContext | None:
        return self.features.context

    @property
    def feature_tabs(self) -> dict[str, QWidget]:
        """The tabs built so far, by key (tabs.TABS)."""
        return self.features.built

    @property
    def clients_tab(self) -> ClientsTab | None:
        return self.features.get("clients")  # type: ignore[return-value]

    @property
    def engagements_tab(self) -> EngagementsTab | None:
        return self.features.get("engagements")  # type: ignore[return-value]

    @property
    def journal_tab(self) -> JournalTab | None:
        return self.features.get("journal")  # type: ignore[return-value]

    @property
    def support_tab(self) -> SupportTab | None:
        return self.features.get("support")  # type: ignore[return-value]

    def apply_changes(self, changes: ChangeSet) -> None:
        self.data_changed.emit(changes)

    def tell_refusal(self, error: Exception) -> None:
        """A write or an undo the services refused: one sentence; the data is unchanged."""
        from workbook.ui.common.messages import failure_text

        QMessageBox.warning(self, self.tr("Not done"), failure_text(error))

    def _changed_elsewhere(self) -> None:
        self.backups.changed()
        self.data_changed.emit(ChangeSet.everything())
        if self.database is not None and self.database.on_server:
            self.show_status(self.tr("Updated with changes saved by a colleague or elsewhere"))
        else:
            self.show_status(self.tr("Updated with changes made by another program"))

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    @property
    def opening(self) -> bool:
        return self._opening is not None

    @property
    def settings(self) -> Settings:
        return self._deps.settings

    @property
    def language(self) -> str:
        return self._deps.translations.language

    @property
    def read_only(self) -> bool:
        return self.database is not None and self.database.database.read_only

    def _update_title(self) -> None:
        name, where = "", self.tr("No database")
        if self.database is not None:
            name, where = _short_name(self.database), str(self.database.location)
        elif self._looking_at is not None:
            name, where = self._looking_at.name, str(self._looking_at)
        if name and self.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{name} — {APP_NAME}" if name else APP_NAME)
        self.db_label.setText(where)
        self.read_only_label.setText(self.tr("Read-only") if self.read_only else "")
        self.read_only_label.setVisible(self.read_only)
        database = self.database
        self.menus.follow(
            is_open=database is not None,
            a_file=database is not None and not database.on_server,
            writable=database is not None and not self.read_only,
        )

    def restore_backup(self, path: Path, backup: Path) -> None:
        """Close the workbook (its last automatic backup finished), put `backup` in its place
        — its current state copied into the backups folder first — and open it again."""
        self._close_database(back_up=False)  # the restore copies the current state itself
        self.backups.wait()
        self._restoring = path
        self.open_database(path, restore_from=backup, replaces_sound=True)

    def switch_language(self, language: str) -> None:
        from workbook.ui.common.undo_texts import retranslate_steps

        before = self._deps.translations.language
        self._deps.translations.switch(language)
        retranslate_steps(self.undo_stack, before)
        self.statusBar().clearMessage()  # a message of the moment, in the other language
        self._deps.settings.language = language
        self.menus.language_actions[language].setChecked(True)

    def _close_editors(self) -> bool:
        """The engagement windows over this database; False when the user keeps one open.
        None can be open before the editor was ever imported: opening a file at start-up does
        not import it."""
        if "workbook.ui.engagements.editor" not in sys.modules:
            return True
        from workbook.ui.engagements.editor import close_editors

        return close_editors(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_editors():
            event.ignore()
            return
        self._deps.settings.geometry = self.saveGeometry()
        self._deps.settings.sync()
        self._close_database()
        self.backups.wait()  # the last automatic backup, in its worker
        super().closeEvent(event)


def _short_name(opened: OpenDatabase) -> str:
    """The file's name, or the server database's address (user@host/dbname)."""
    return str(opened.location) if opened.on_server else opened.path.name

"""The main window: tabs over the open database, menus, undo, status bar."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from workbook import APP_NAME, __version__
from workbook.domain.changes import ChangeSet, Entity
from workbook.ui.common import file_folders, named, worker
from workbook.ui.common.context import Selection, ShowsSelection, TabContext
from workbook.ui.common.i18n import Translations
from workbook.ui.common.messages import failure_text
from workbook.ui.common.tone import Tone
from workbook.ui.common.undo_texts import retranslate_steps
from workbook.ui.search.field import SearchField
from workbook.ui.shell.backups.actions import BackupActions
from workbook.ui.shell.backups.schedule import BackupSchedule
from workbook.ui.shell.external_changes import ExternalChanges
from workbook.ui.shell.menus import Menus
from workbook.ui.shell.refusals import explain_refusal
from workbook.ui.shell.settings import Settings
from workbook.ui.shell.shortcut_keys import WindowShortcutsFirst
from workbook.ui.shell.tabs import TABS, FeatureTab, TabSpec
from workbook.ui.spreadsheets.calendar_export import CalendarExport
from workbook.ui.spreadsheets.export_runner import ExportRunner
from workbook.ui.spreadsheets.export_runner import problem_text as export_problem_text
from workbook.ui.spreadsheets.import_runner import ImportRunner

if TYPE_CHECKING:
    from workbook.services.workspace import Workspace
    from workbook.store.database import Database
    from workbook.ui.clients.tab import ClientsTab
    from workbook.ui.engagements.tab import EngagementsTab
    from workbook.ui.journal.tab import JournalTab
    from workbook.ui.support.tab import SupportTab

FILE_FILTER = "Client Workbook (*.sqlite3);;*"
STATUS_TIMEOUT_MS = 6000
# What the warning settings govern: scope creep, handover risk, notice deadlines, feedback.
WARNED_ABOUT = (Entity.change_request, Entity.milestone, Entity.engagement, Entity.support_plan)


class OpenDatabase(Protocol):
    path: Path
    workspace: Workspace
    database: Database

    def backup_now(self) -> Path: ...
    def automatic_backup(self) -> Path: ...
    def close(self) -> None: ...


class OpenWorkspace(Protocol):
    """Opens (and locks) a database file, after restoring `restore_from` in its place if
    given (`replaces_sound`: the current file's state is copied into the backups folder first
    instead of being kept as damaged); raises DatabaseRefused or WriteFailed. Wired in app.py."""

    def __call__(
        self, path: Path, restore_from: Path | None = None, *, replaces_sound: bool = False
    ) -> OpenDatabase: ...


@dataclass(frozen=True)
class WindowDeps:
    settings: Settings
    translations: Translations
    open_database: OpenWorkspace
    icon: QIcon


class MainWindow(QMainWindow):
    data_changed = Signal(object)  # ChangeSet
    open_finished = Signal(bool)
    _more_tabs = Signal()  # queued: the next tab is built on the next turn of the event loop

    def __init__(self, deps: WindowDeps) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self._deps = deps
        self.database: OpenDatabase | None = None
        self.feature_tabs: dict[str, QWidget] = {}
        # While a database is open: how its tabs are made, and the ones not built yet (the
        # first tab shows first; the others are built after it, or at once when asked for).
        self.context: TabContext | None = None
        self._unbuilt: list[TabSpec] = []
        self._more_tabs.connect(self._build_next_tab, Qt.ConnectionType.QueuedConnection)
        self._opening: worker.Job | None = None
        self.exports = ExportRunner(self, self.show_status, lambda: deps.settings.export_folder)
        self.calendar_export = CalendarExport(
            self, self.show_status, lambda: deps.settings.export_folder
        )
        self.external = ExternalChanges(self, self._changed_elsewhere)
        self.backups = BackupSchedule(self, self.show_status)
        self.backup_actions = BackupActions(self, self.restore_backup, self.show_status)
        self._restoring: Path | None = None  # reopened as it was when a restore fails
        self.setWindowIcon(deps.icon)
        self.undo_stack = QUndoStack(self)
        self.imports = ImportRunner(
            self, self.undo_stack, self.apply_changes, self.show_status, self.tell_refusal
        )
        self.tabs = named(QTabWidget(), "mainTabs")
        self.tabs.setDocumentMode(True)
        self.search = SearchField(self, navigate=self)
        self.search_action = named(QAction(self), "searchEverything")
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.search.start)
        self.addAction(self.search_action)
        self.placeholder = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "noDatabase")
        self.central = QStackedWidget()
        self.central.addWidget(self.placeholder)
        self.central.addWidget(self.tabs)
        self.setCentralWidget(self.central)
        self.menus = Menus(self)
        self.menuBar().setCornerWidget(self.search, Qt.Corner.TopRightCorner)
        self._add_undo_actions()
        self._add_journal_action()
        self.db_label = named(QLabel(), "databaseLabel")
        self.read_only_label = named(QLabel(), "readOnlyLabel")
        self.read_only_label.setStyleSheet(f"{Tone.at_risk.style()} font-weight: 600;")
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self._connect_menus()
        self._shortcuts_first = WindowShortcutsFirst(self, self.tabs)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self._shortcuts_first)
        self.retranslate()
        if deps.settings.geometry is not None:
            self.restoreGeometry(deps.settings.geometry)
        else:
            self.resize(1200, 760)

    # -- set-up ------------------------------------------------------------------------------

    def _add_undo_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.menus.edit.addAction(self.undo_action)
        self.menus.edit.addAction(self.redo_action)

    def _add_journal_action(self) -> None:
        """Ctrl+J records a contact from anywhere in the window, about what is selected."""
        self.journal_action = QAction(self)
        self.journal_action.setObjectName("quickJournalEntry")
        self.journal_action.setShortcut(QKeySequence("Ctrl+J"))
        self.journal_action.triggered.connect(self.quick_journal_entry)
        self.journal_action.setEnabled(False)  # until a database is open
        self.menus.edit.addSeparator()
        self.menus.edit.addAction(self.journal_action)
        self.menus.edit.addSeparator()
        self.menus.edit.addAction(self.menus.preferences)

    def _connect_menus(self) -> None:
        menus = self.menus
        menus.new_database.triggered.connect(self._new_database)
        menus.open_database.triggered.connect(self._open_dialog)
        menus.backup.triggered.connect(self.back_up_now)
        menus.restore_backup.triggered.connect(self._restore_dialog)
        menus.check_database.triggered.connect(self._check_database)
        menus.export_status.triggered.connect(self.export_status)
        menus.export_calendar.triggered.connect(self.export_calendar)
        menus.import_file.triggered.connect(self.import_file)
        menus.quit.triggered.connect(self.close)
        menus.about.triggered.connect(self._about)
        menus.preferences.triggered.connect(lambda: self.edit_preferences())
        menus.recent.aboutToShow.connect(self._fill_recent)
        menus.language_actions[self._deps.translations.language].setChecked(True)
        menus.language_group.triggered.connect(lambda action: self.switch_language(action.data()))

    def retranslate(self) -> None:
        self.menus.retranslate()
        self.journal_action.setText(self.tr("New &journal entry…"))
        self.placeholder.setText(
            self.tr("No database is open.\nUse File ▸ New database… or File ▸ Open…")
        )
        for spec in TABS:
            if (tab := self.feature_tabs.get(spec.key)) is not None:
                title = QCoreApplication.translate("MainWindow", spec.title)
                self.tabs.setTabText(self.tabs.indexOf(tab), title)
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- database ----------------------------------------------------------------------------

    def open_database(
        self,
        path: Path,
        *,
        wait: bool = False,
        restore_from: Path | None = None,
        replaces_sound: bool = False,
    ) -> bool:
        """Open and show `path` in a worker (imports, checks, a migration and its backup can
        take a while); on refusal tell the user and keep what was open. `wait` blocks until
        done (tests, scripts); returns whether `path` is the open database then.
        `restore_from`: a backup to put in place of a damaged `path` first (or of a sound one,
        `replaces_sound`: see OpenWorkspace)."""
        path = path.expanduser().resolve()
        if self.database is not None and self.database.path == path:
            return True
        if not self._close_editors():
            return False
        if self._opening is None:
            self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", str(path)))
            self._opening = worker.start(
                lambda: self._deps.open_database(path, restore_from, replaces_sound=replaces_sound),
                self._opened,
                lambda error: self._open_failed(path, error),
            )
        if wait:
            loop = QEventLoop()
            self.open_finished.connect(loop.quit)
            if self._opening is not None:
                loop.exec()
            self.open_finished.disconnect(loop.quit)
            self._build_remaining_tabs()  # callers that wait look at any tab next
        return self.database is not None and self.database.path == path

    def _opened(self, opened: OpenDatabase) -> None:
        self._opening = None
        self._close_database()
        self.database = opened
        try:
            self._show_tabs(opened.workspace)
        except Exception as error:  # a query the file cannot answer (edited by another tool)
            self._not_shown(error)
            return
        self._deps.settings.remember_database(opened.path)
        self.external.watch(opened.database)
        self.backups.watch(opened)
        if opened.database.read_only:
            opened_text = self.tr("Opened %1 read-only: the file or its folder cannot be written")
        elif self._restoring is not None:
            opened_text = self.tr(
                "Restored %1 from the backup; its state before is in the backups folder"
            )
        else:
            opened_text = self.tr("Opened %1")
        self._restoring = None
        self.statusBar().showMessage(opened_text.replace("%1", opened.path.name), STATUS_TIMEOUT_MS)
        self.open_finished.emit(True)

    def _not_shown(self, error: Exception) -> None:
        """The file opened but a tab could not be built or its list not read: closed again
        (lock released), told in one sentence, and whoever waits for the opening learns it
        failed. Told once: other lists may fail the same way before the file is closed."""
        if self.database is None:
            return
        self._close_database()
        self.statusBar().clearMessage()
        reason = str(getattr(error, "orig", None) or error).splitlines()[0]
        QMessageBox.critical(
            self,
            self.tr("Cannot open database"),
            self.tr("The database could not be shown: %1.").replace("%1", reason.rstrip(".")),
        )
        self.open_finished.emit(False)

    def _open_failed(self, path: Path, error: Exception) -> None:
        self._opening = None
        self.statusBar().clearMessage()
        restore = explain_refusal(self, error)
        self.open_finished.emit(False)
        reopen, self._restoring = self._restoring, None
        if restore is not None:
            self.open_database(path, restore_from=restore)
        elif reopen is not None:  # nothing was replaced: the workbook as it was
            self.open_database(reopen)

    def _show_tabs(self, workspace: Workspace) -> None:
        """The first tab is built here, after the first paint (the tabs pull in the features),
        and shows its first page; the others follow one per turn of the event loop, so that
        page paints before their imports and queries run."""
        self.context = TabContext(
            workspace,
            self.undo_stack,
            self.apply_changes,
            self.show_status,
            self.data_changed,
            navigate=self,
            refused=self.tell_refusal,
            unreadable=self._not_shown,
            read_only=self.read_only,
            preferences=self._deps.settings,
            columns=self._deps.settings,
        )
        self._unbuilt = list(TABS)
        self._build(TABS[0])
        self.central.setCurrentWidget(self.tabs)
        self.search.set_service(workspace.search)
        self.journal_action.setEnabled(not self.read_only)
        self.retranslate()
        self._feature(TABS[0].key).take_focus()
        self._more_tabs.emit()
        QTimer.singleShot(0, self.ask_about_practice)  # after the tabs painted

    def _build_next_tab(self) -> None:
        if self._unbuilt:
            self._build_or_close(self._unbuilt[0])
        if self._unbuilt:
            self._more_tabs.emit()

    def _build_remaining_tabs(self) -> None:
        while self._unbuilt:
            self._build_or_close(self._unbuilt[0])

    def _build_or_close(self, spec: TabSpec) -> QWidget | None:
        """A tab after the first, built in a slot or on demand: a failure (a query the file
        cannot answer) closes the file, told in one sentence, instead of going unhandled."""
        try:
            return self._build(spec)
        except Exception as error:
            self._not_shown(error)
            return None

    def _build(self, spec: TabSpec) -> QWidget:
        """Build `spec`'s tab in its place among the tabs built so far."""
        assert self.context is not None
        self._unbuilt.remove(spec)
        tab = spec.make(self.context)
        self.data_changed.connect(tab.refresh)  # type: ignore[attr-defined]
        place = sum(1 for other in TABS[: TABS.index(spec)] if other.key in self.feature_tabs)
        self.tabs.insertTab(place, tab, QCoreApplication.translate("MainWindow", spec.title))
        self.feature_tabs[spec.key] = tab
        return tab

    def _close_database(self, *, back_up: bool = True) -> None:
        self._unbuilt.clear()
        self.context = None
        self.external.stop()
        self.backups.stop(back_up=back_up)
        self.undo_stack.clear()
        self.search.set_service(None)
        for tab in self.feature_tabs.values():
            self.data_changed.disconnect(tab.refresh)  # type: ignore[attr-defined]
            self.tabs.removeTab(self.tabs.indexOf(tab))
            tab.deleteLater()
        self.feature_tabs.clear()
        self.journal_action.setEnabled(False)
        if self.database is not None:
            self.database.close()
            self.database = None
        self.central.setCurrentWidget(self.placeholder)

    def _feature(self, key: str) -> FeatureTab:
        return self._tab(key)  # type: ignore[return-value]

    def _tab(self, key: str) -> QWidget | None:
        """The tab, built now if it is still to come; None without a database."""
        if key not in self.feature_tabs:
            spec = next((spec for spec in self._unbuilt if spec.key == key), None)
            return None if spec is None else self._build_or_close(spec)
        return self.feature_tabs[key]

    @property
    def clients_tab(self) -> ClientsTab | None:
        return self._tab("clients")  # type: ignore[return-value]

    @property
    def engagements_tab(self) -> EngagementsTab | None:
        return self._tab("engagements")  # type: ignore[return-value]

    @property
    def journal_tab(self) -> JournalTab | None:
        return self._tab("journal")  # type: ignore[return-value]

    @property
    def support_tab(self) -> SupportTab | None:
        return self._tab("support")  # type: ignore[return-value]

    # -- navigation between the features (ui.common.context.Navigator) ------------------------

    def quick_journal_entry(self) -> None:
        """A journal entry about the client (and engagement) selected in the current tab."""
        tab = self.tabs.currentWidget()
        selected = tab.current_selection() if isinstance(tab, ShowsSelection) else Selection()
        self.add_journal_entry(selected.client_id, selected.engagement_id)

    def add_journal_entry(self, client_id: int | None, engagement_id: int | None) -> None:
        if self.journal_tab is not None:
            self.journal_tab.actions_.add(client_id, engagement_id)

    def edit_journal_entry(self, entry_id: int) -> None:
        if self.journal_tab is not None:
            self.journal_tab.actions_.edit(entry_id)

    def toggle_follow_up(self, entry_id: int) -> None:
        if self.journal_tab is not None:
            self.journal_tab.actions_.toggle_follow_up(entry_id)

    def show_support_plans(self, client_id: int, plan_id: int | None = None) -> None:
        tab = self.support_tab
        assert tab is not None
        self.tabs.setCurrentWidget(tab)
        tab.show_client(client_id, plan_id)

    def show_client_journal(self, client_id: int) -> None:
        assert self.journal_tab is not None
        self.journal_tab.show_client(client_id)
        self.tabs.setCurrentWidget(self.journal_tab)
        self.journal_tab.take_focus()

    def open_engagement(self, engagement_id: int, page: str | None = None) -> None:
        from workbook.ui.engagements.editor import open_editor

        assert self.engagements_tab is not None
        open_editor(self, self.engagements_tab.context, engagement_id, page=page)

    def show_client(self, client_id: int, contact_id: int | None = None) -> None:
        assert self.clients_tab is not None
        self.tabs.setCurrentWidget(self.clients_tab)
        self.clients_tab.show_client(client_id, contact_id)

    def show_client_engagements(self, client_id: int) -> None:
        assert self.engagements_tab is not None
        self.engagements_tab.show_client(client_id)
        self.tabs.setCurrentWidget(self.engagements_tab)
        self.engagements_tab.take_focus()

    def apply_changes(self, changes: ChangeSet) -> None:
        self.data_changed.emit(changes)

    def tell_refusal(self, error: Exception) -> None:
        """A write or an undo the services refused: one sentence; the data is unchanged."""
        QMessageBox.warning(self, self.tr("Not done"), failure_text(error))

    def _changed_elsewhere(self) -> None:
        self.backups.changed()
        self.data_changed.emit(ChangeSet.everything())
        self.show_status(self.tr("Updated with changes made by another program"))

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    @property
    def read_only(self) -> bool:
        return self.database is not None and self.database.database.read_only

    def _update_title(self) -> None:
        name = self.database.path.name if self.database else ""
        if name and self.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{name} — {APP_NAME}" if name else APP_NAME)
        self.db_label.setText(str(self.database.path) if self.database else self.tr("No database"))
        self.read_only_label.setText(self.tr("Read-only") if self.read_only else "")
        self.read_only_label.setVisible(self.read_only)
        self.menus.import_file.setEnabled(self.database is not None and not self.read_only)
        self.menus.restore_backup.setEnabled(self.database is not None and not self.read_only)
        self.menus.check_database.setEnabled(self.database is not None)
        self.menus.export_calendar.setEnabled(self.database is not None)

    # -- menu actions ------------------------------------------------------------------------

    def _new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            file_folders.suggested("workbook.sqlite3"),
            FILE_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not file_folders.chosen(path):
            return
        if Path(path).exists():
            QMessageBox.warning(
                self,
                self.tr("New database"),
                self.tr("%1 already exists. Use File ▸ Open… to open it.").replace("%1", path),
            )
            return
        self.open_database(Path(path))

    def _open_dialog(self) -> None:
        folder = str(file_folders.start_folder())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), folder, FILE_FILTER)
        if file_folders.chosen(path):
            self.open_database(Path(path))

    def _fill_recent(self) -> None:
        self.menus.recent.clear()
        for path in self._deps.settings.recent_databases:
            action = self.menus.recent.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_database(p))
        if self.menus.recent.isEmpty():
            self.menus.recent.addAction(self.tr("(none)")).setEnabled(False)

    def back_up_now(self) -> None:
        database = self.database
        if database is None:
            return
        self.show_status(self.tr("Backing up…"))
        worker.start(database.backup_now, self._backup_done, self._backup_failed)

    def _restore_dialog(self) -> None:
        if self.database is not None and not self.read_only:
            self.backup_actions.restore_from_backup(self.database.path)

    def restore_backup(self, path: Path, backup: Path) -> None:
        """Close the workbook (its last automatic backup finished), put `backup` in its place
        — its current state copied into the backups folder first — and open it again."""
        self._close_database(back_up=False)  # the restore copies the current state itself
        self.backups.wait()
        self._restoring = path
        self.open_database(path, restore_from=backup, replaces_sound=True)

    def _check_database(self) -> None:
        if self.database is not None:
            self.backup_actions.check_database(self.database.path)

    def export_status(self) -> None:
        if self.database is not None:
            threshold = self._deps.settings.scope_creep_threshold
            self.exports.export_status(self.database.workspace.reports, threshold)

    def export_calendar(self) -> None:
        if self.database is not None:
            self.calendar_export.ask_and_export(self.database.workspace, self.database.path)

    def import_file(self) -> None:
        if self.database is not None:
            self.imports.ask_and_import(self.database.workspace.imports)

    def export_dossier(self, client_id: int, name: str) -> None:
        if self.database is not None:
            self.exports.export_dossier(self.database.workspace.reports, client_id, name)

    def export_personal_data(self, subject_id: int, name: str, *, contact: bool = False) -> None:
        if self.database is not None:
            workspace = self.database.workspace
            self.exports.export_personal_data(
                workspace.reports, workspace.privacy, subject_id, name, contact=contact
            )

    def _backup_done(self, target: Path) -> None:
        self.show_status(self.tr("Backup saved as %1").replace("%1", str(target)))

    def _backup_failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Backup failed"), export_problem_text(error))

    def switch_language(self, language: str) -> None:
        before = self._deps.translations.language
        self._deps.translations.switch(language)
        retranslate_steps(self.undo_stack, before)
        self.statusBar().clearMessage()  # a message of the moment, in the other language
        self._deps.settings.language = language
        self.menus.language_actions[language].setChecked(True)

    def edit_preferences(self, page: str | None = None) -> None:
        """Every setting in one dialog; the views showing what a changed setting governs
        reload. The practice's pages only while a database is open."""
        from workbook.ui.shell.preferences.dialog import PreferencesDialog
        from workbook.ui.shell.preferences.settings_pages import current

        settings = self._deps.settings
        before = current(settings, self._deps.translations.language)
        dialog = PreferencesDialog(self, before, self.context if self.database else None)
        if page is not None:
            dialog.show_page(page)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        after = dialog.chosen
        settings.feedback_interval_days = after.feedback_interval_days
        settings.export_folder = after.export_folder
        settings.scope_creep_threshold = after.scope_creep_threshold
        settings.handover_terms = after.handover_terms
        settings.notice_warning_days = after.notice_warning_days
        if after.language != before.language:
            self.switch_language(after.language)
        if after != before:
            self.apply_changes(ChangeSet.of(*WARNED_ABOUT))

    def ask_about_practice(self) -> None:
        """On the first start with an empty profile, offer to fill it in; "Later" is fine
        (Edit ▸ Preferences… ▸ Your practice at any time). Asked once."""
        settings = self._deps.settings
        if settings.practice_asked or self.database is None or self.read_only:
            return
        settings.practice_asked = True
        if not self.database.workspace.practice.profile().is_blank:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Your practice"),
            self.tr("Tell Client Workbook about your practice?"),
            parent=self,
        )
        box.setObjectName("askAboutPractice")
        box.setInformativeText(
            self.tr("Your name and address go on the dossier, the cost notice and the handover "
                    "protocol; your competences and hours a week show when you accept an "
                    "engagement.")
        )  # fmt: skip
        now = box.addButton(self.tr("Fill in now…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is now:
            from workbook.ui.shell.preferences.dialog import Page

            self.edit_preferences(Page.practice)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Client Workbook"),
            self.tr(
                "<h3>Client Workbook %1</h3><p>Client dossiers, order clarification, agreed goals "
                "and handover for independent consultants. Works fully offline.</p>"
            ).replace("%1", __version__),
        )

    def _close_editors(self) -> bool:
        """The engagement windows over this database; False when the user keeps one open."""
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

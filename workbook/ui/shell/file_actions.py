"""What the File and Help menus do: new, open and recent databases, backing up and checking,
exports and imports of the open database, About."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from workbook import __version__
from workbook.ui.common import file_folders, worker
from workbook.ui.common.export_folder import suggested_path

if TYPE_CHECKING:
    from workbook.store.locations import ServerAddress
    from workbook.ui.shell.window_parts import OpenDatabase, ShellWindow

FILE_FILTER = "Client Workbook (*.sqlite3);;*"


class FileActions(QObject):
    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window.window())
        self._window = window
        menus = window.menus
        menus.new_database.triggered.connect(self.new_database)
        menus.open_database.triggered.connect(self.open_database)
        menus.connect_server.triggered.connect(lambda: self.connect_to_server())
        menus.recent.aboutToShow.connect(self._fill_recent)
        menus.backup.triggered.connect(self.back_up_now)
        menus.restore_backup.triggered.connect(self.restore_from_backup)
        menus.check_database.triggered.connect(self.check_database)
        menus.export_status.triggered.connect(self.export_status)
        menus.export_calendar.triggered.connect(self.export_calendar)
        menus.import_file.triggered.connect(self.import_file)
        menus.quit.triggered.connect(window.close)
        menus.about.triggered.connect(self.about)

    def new_database(self) -> None:
        window = self._window
        path, _ = QFileDialog.getSaveFileName(
            window.window(),
            self.tr("New database"),
            file_folders.suggested("workbook.sqlite3"),
            FILE_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not file_folders.chosen(path):
            return
        if Path(path).exists():
            QMessageBox.warning(
                window.window(),
                self.tr("New database"),
                self.tr("%1 already exists. Use File ▸ Open… to open it.").replace("%1", path),
            )
            return
        window.open_database(Path(path))

    def open_database(self) -> None:
        folder = str(file_folders.start_folder())
        path, _ = QFileDialog.getOpenFileName(
            self._window.window(), self.tr("Open database"), folder, FILE_FILTER
        )
        if file_folders.chosen(path):
            self._window.open_database(Path(path))

    def connect_to_server(
        self, address: ServerAddress | None = None, failure: Exception | None = None
    ) -> None:
        """The dialog, empty or filled in with `address` and why it did not open (`failure`)."""
        from workbook.ui.shell.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self._window, address)
        if failure is not None:
            dialog.show_failure(failure)
        opened = dialog.exec() == ConnectDialog.DialogCode.Accepted
        dialog.deleteLater()
        address, password = dialog.address, dialog.password.text()
        if opened and address is not None and password and dialog.keyring_available:
            self._keep_password(address, password if dialog.remember.isChecked() else None)

    def _keep_password(self, address: ServerAddress, password: str | None) -> None:
        """In the keyring (`password` None: none kept any more), in a worker: a locked
        keyring may ask to be unlocked."""
        from workbook.store.server.passwords import forget, remember

        work = (
            functools.partial(remember, address, password)
            if password
            else functools.partial(forget, address)
        )
        worker.start(work, lambda _none: None, self._password_not_kept)

    def _password_not_kept(self, error: Exception) -> None:
        self._window.show_status(
            self.tr("The password could not be kept in the keyring: %1.").replace(
                "%1", str(error).rstrip(".") or type(error).__name__
            )
        )

    def _fill_recent(self) -> None:
        recent = self._window.menus.recent
        recent.clear()
        for path in self._window.settings.recent_databases:
            action = recent.addAction(str(path))  # a server's URL, without the password
            action.triggered.connect(lambda _=False, p=path: self._window.open_database(p))
        if recent.isEmpty():
            recent.addAction(self.tr("(none)")).setEnabled(False)

    def back_up_now(self) -> None:
        """A file: a copy beside it. A server database: pg_dump's, to a file the user names."""
        database = self._window.database
        if database is None:
            return
        work: Callable[[], Path] = database.backup_now
        if database.on_server:
            target = self._server_backup_target(database)
            if target is None:
                return
            work = functools.partial(database.dump_to, target)
        self._window.show_status(self.tr("Backing up…"))
        worker.start(work, self._backup_done, self._backup_failed)

    def _server_backup_target(self, database: OpenDatabase) -> Path | None:
        from workbook.store.locations import ServerAddress
        from workbook.store.server.dump import SUFFIX, dump_name, pg_dump_program

        parent = self._window.window()
        if pg_dump_program() is None:
            QMessageBox.information(parent, self.tr("Back up now"), self.tr(
                "Backing up a server database needs PostgreSQL's pg_dump, which is not "
                "installed on this computer (Debian: postgresql-client). Whoever runs the "
                "server can back it up with pg_dump instead.",
            ))  # fmt: skip
            return None
        assert isinstance(database.location, ServerAddress)
        name = dump_name(database.location, date.today())
        path, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Back up the server database"),
            suggested_path(self._window.settings.export_folder, name),
            self.tr("PostgreSQL backup (*.dump)"),
        )  # fmt: skip
        if not path:
            return None
        return Path(path) if path.endswith(SUFFIX) else Path(path + SUFFIX)

    def _backup_done(self, target: Path) -> None:
        self._window.show_status(self.tr("Backup saved as %1").replace("%1", str(target)))

    def _backup_failed(self, error: Exception) -> None:
        from workbook.store.server.dump import DumpFailed
        from workbook.ui.spreadsheets.export_runner import problem_text as export_problem_text

        text = export_problem_text(error)
        if isinstance(error, DumpFailed):
            text = self.tr("pg_dump could not back up the database: %1.").replace(
                "%1", str(error).rstrip(".")
            )
        QMessageBox.warning(self._window.window(), self.tr("Backup failed"), text)

    def restore_from_backup(self) -> None:
        window = self._window
        if window.database is not None and not window.read_only:
            window.runners.backup_actions.restore_from_backup(window.database.path)

    def check_database(self) -> None:
        opened = self._window.database
        if opened is not None:
            self._window.runners.backup_actions.check_database(
                opened.database, lambda: self._window.database is opened
            )

    def export_status(self) -> None:
        window = self._window
        if window.database is not None:
            threshold = window.settings.scope_creep_threshold
            window.runners.exports.export_status(window.database.workspace.reports, threshold)

    def export_calendar(self) -> None:
        window = self._window
        if window.database is not None:
            opened = window.database
            source = None if opened.on_server else opened.path  # never written over
            window.runners.calendar_export.ask_and_export(opened.workspace, source)

    def import_file(self) -> None:
        if self._window.database is not None:
            self._window.runners.imports.ask_and_import(self._window.database.workspace.imports)

    def export_dossier(self, client_id: int, name: str) -> None:
        window = self._window
        if window.database is not None:
            reports = window.database.workspace.reports
            window.runners.exports.export_dossier(reports, client_id, name)

    def export_personal_data(self, subject_id: int, name: str, *, contact: bool = False) -> None:
        window = self._window
        if window.database is not None:
            workspace = window.database.workspace
            window.runners.exports.export_personal_data(
                workspace.reports, workspace.privacy, subject_id, name, contact=contact
            )

    def about(self) -> None:
        QMessageBox.about(
            self._window.window(),
            self.tr("About Client Workbook"),
            self.tr(
                "<h3>Client Workbook %1</h3><p>Client dossiers, order clarification, agreed goals "
                "and handover for independent consultants. Works fully offline.</p>"
            ).replace("%1", __version__),
        )

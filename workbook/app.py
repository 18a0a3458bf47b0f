"""Composition root: settings, translations, window; the database opens once the window shows.

SQLAlchemy, SQLModel and alembic load only inside open_workspace(), after the first paint."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from workbook import APP_ID, APP_NAME, CLI_COMMANDS, RESOURCES, __version__, process_age_ms
from workbook.cli.usage import OneLineParser
from workbook.store.locations import BadAddress, Location, ServerAddress, is_server_url
from workbook.ui.common.i18n import LANGUAGES, Translations, system_language
from workbook.ui.shell.collector import MainThreadCollector
from workbook.ui.shell.main_window import MainWindow
from workbook.ui.shell.settings import Settings
from workbook.ui.shell.window_parts import WindowDeps

if TYPE_CHECKING:
    from workbook.domain.backup_rotation import Rotation
    from workbook.services.workspace import Workspace
    from workbook.store.database import Database
    from workbook.ui.shell.lock import HeldLock

ICON = RESOURCES / "icons" / "app.svg"


@dataclass
class OpenedDatabase:
    location: Location
    workspace: Workspace
    database: Database
    lock: HeldLock | None  # None: a server, or read-only in a folder that cannot hold a lock

    @property
    def path(self) -> Path:
        """The file; what only a file has (its backups, restoring, checking it) asks for it."""
        return self.database.path

    @property
    def on_server(self) -> bool:
        return not isinstance(self.location, Path)

    def backup_now(self) -> Path:
        from workbook.store.backups import backup, default_backup_path

        return backup(self.path, default_backup_path(self.path), overwrite=True)

    def dump_to(self, target: Path) -> Path:
        """A server database's backup by pg_dump (store.server.dump)."""
        from workbook.store.server.dump import dump

        assert isinstance(self.location, ServerAddress)
        return dump(self.location, target, overwrite=True)  # the save dialog asked

    def automatic_backup(self, rotation: Rotation) -> Path:
        from workbook.store.backup_folder import automatic_backup

        return automatic_backup(self.path, rotation=rotation)

    def close(self) -> None:
        self.database.close()
        if self.lock is not None:
            self.lock.release()


def open_workspace(
    location: Location,
    restore_from: Path | None = None,
    *,
    replaces_sound: bool = False,
    glimpse: Callable[[Path], None] | None = None,
) -> OpenedDatabase:
    """Lock and open a file (in the window's opening worker), or open a database on a server
    (no lock: colleagues work on it at the same time). A file this user cannot write (or whose
    folder they cannot) opens read-only. `restore_from`: a backup to put in place of a damaged
    file first (the damaged one is kept beside it) — or, `replaces_sound`, of a sound one,
    whose state is copied into the backups folder first (File ▸ Restore from backup).
    `glimpse`: called with a file once it is locked, before SQLAlchemy loads (the first look)."""
    if isinstance(location, ServerAddress):
        from workbook.store.database import open_database
        from workbook.store.server.passwords import remembered

        if location.password is None:  # not typed: the keyring's, else PGPASSWORD or ~/.pgpass
            location = location.with_password(remembered(location))
        database = open_database(location, meanwhile=_load_services)
        return OpenedDatabase(location, _opened_workspace(database), database, None)
    path = location
    from workbook.store.access import writable
    from workbook.ui.shell.lock import acquire

    read_only = path.exists() and not writable(path)
    lock = acquire(path, read_only=read_only)
    try:
        if glimpse is not None and restore_from is None:
            glimpse(path)
        from workbook.store.backup_folder import restore_in_place
        from workbook.store.backups import restore_backup
        from workbook.store.database import open_database

        if restore_from is not None:
            (restore_in_place if replaces_sound else restore_backup)(path, restore_from)
        database = open_database(path, read_only=read_only, meanwhile=_load_services)
        workspace = _opened_workspace(database)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return OpenedDatabase(database.path, workspace, database, lock)


def _load_services() -> None:
    """What opening uses at once — the catalogue's seeding, and the services of the first
    tab's page (Today), with SQLModel and the models — imported while SQLite checks the
    file's pages in a thread of its own."""
    import workbook.services.clarification.service
    import workbook.services.today.service  # noqa: F401


def _opened_workspace(database: Database) -> Workspace:
    try:
        return _workspace(database)  # seeding the catalogue can fail (disk full)
    except BaseException:
        database.close()
        raise


def _workspace(database: Database) -> Workspace:
    from workbook.services.workspace import build_workspace

    workspace = build_workspace(database)
    if not database.read_only:
        workspace.clarification.ensure_seeded()  # a new workbook starts with the catalogue
    return workspace


def build_window(settings: Settings, translations: Translations) -> MainWindow:
    deps = WindowDeps(settings, translations, open_workspace, QIcon(str(ICON)))
    return MainWindow(deps)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = OneLineParser(
        prog="main.py",
        description=f"{APP_NAME} {__version__}. Sub-commands without a window: "
        f"{', '.join(CLI_COMMANDS)} (python main.py demo --help).",
    )
    parser.add_argument(
        "--db",
        type=_database_location,
        help="database file (default: the last one opened), or postgresql://USER@HOST/DBNAME",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="user interface language")
    parser.add_argument(
        "--startup-probe",
        action="store_true",
        help="print the ms from process start to the first paint and to data shown (JSON), quit",
    )
    # Qt's own options (e.g. -platform offscreen) pass through to QApplication.
    args, _qt_options = parser.parse_known_args(argv)
    return args


def _database_location(text: str) -> Location:
    if not is_server_url(text):
        return Path(text)
    from workbook.store.locations import server_address  # SQLAlchemy's URL parser

    try:
        return server_address(text)
    except BadAddress as bad:
        raise argparse.ArgumentTypeError(str(bad)) from bad


def main(argv: Sequence[str]) -> int:
    from workbook.ui.shell.fonts import keep_accents_inside  # the style: before the window

    args = parse_args(argv[1:])
    app = QApplication(list(argv))
    app.setOrganizationName(APP_ID)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(ICON)))
    keep_accents_inside(app)
    MainThreadCollector(app)  # the app's child: it lives as long as the app
    settings = Settings(QSettings())
    translations = Translations()
    translations.switch(args.lang or settings.language or system_language())
    window = build_window(settings, translations)
    window.show()
    path = args.db or settings.last_database or _default_database()
    # Kept while the app runs: Qt holds its slots only weakly.
    probe = StartupProbe(window, path) if args.startup_probe else None
    if probe is None:
        # Zero-delay timer: runs once the event loop has shown (painted) the window.
        QTimer.singleShot(0, lambda: window.open_database(path))
    return app.exec()


class StartupProbe:
    """--startup-probe: the window's first paint, the moment the first tab shows data of the
    workbook (its first look, or its first page once open) and the moment the workbook has
    opened, in ms since the process started, as one JSON line; then the app quits (exit 0, or
    1 when the database could not be opened)."""

    def __init__(self, window: MainWindow, path: Location) -> None:
        self._window = window
        self._times: dict[str, float] = {}
        self._opened: bool | None = None  # how the opening ended, once it has
        self._reported = False
        window.features.first_page_shown.connect(self._shown)
        window.open_finished.connect(self._finished)
        QTimer.singleShot(0, lambda: self._painted(path))

    def _painted(self, path: Location) -> None:
        self._times["first_paint_ms"] = process_age_ms()
        self._window.open_database(path)

    def _shown(self) -> None:
        self._times.setdefault("data_shown_ms", process_age_ms())
        self._report()

    def _finished(self, ok: bool) -> None:
        if self._opened is None:
            self._opened = ok
            self._times["opened_ms"] = process_age_ms()
            self._report()

    def _report(self) -> None:
        """Once the opening has ended and, when it succeeded, the first tab shows its data."""
        if self._reported or self._opened is None:
            return
        if self._opened and "data_shown_ms" not in self._times:
            return
        self._reported = True
        print(json.dumps({key: round(value, 1) for key, value in self._times.items()}))
        QApplication.exit(0 if self._opened else 1)


def printing_command(argv: Sequence[str]) -> int:
    """A sub-command that writes a PDF (`protocol`): workbook.cli parses the arguments and
    gathers the data without Qt; Qt's text document renders it, on the offscreen platform."""
    from workbook.cli.main import main as cli_main
    from workbook.ui.printing.protocol_pdf import write_pdf

    return cli_main(argv, printer=write_pdf)


def _default_database() -> Path:
    from workbook.store.paths import default_database_path

    return default_database_path()

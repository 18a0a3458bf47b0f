"""Composition root: settings, translations, window; the database opens once the window shows.

SQLAlchemy, SQLModel and alembic load only inside open_workspace(), after the first paint."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from workbook import APP_ID, APP_NAME, RESOURCES, __version__
from workbook.ui.common.i18n import LANGUAGES, Translations, system_language
from workbook.ui.shell.lock import acquire
from workbook.ui.shell.main_window import MainWindow, WindowDeps
from workbook.ui.shell.settings import Settings

if TYPE_CHECKING:
    from workbook.services.workspace import Workspace
    from workbook.store.database import Database

ICON = RESOURCES / "icons" / "app.svg"


@dataclass
class OpenedDatabase:
    path: Path
    workspace: Workspace
    database: Database
    lock: QLockFile

    def backup_now(self) -> Path:
        from workbook.store.database import backup, default_backup_path

        return backup(self.path, default_backup_path(self.path))

    def close(self) -> None:
        self.database.close()
        self.lock.unlock()


def open_workspace(path: Path) -> OpenedDatabase:
    lock = acquire(path)
    try:
        from workbook.store.database import open_database

        database = open_database(path)
    except BaseException:
        lock.unlock()
        raise
    return OpenedDatabase(database.path, _workspace(database), database, lock)


def _workspace(database: Database) -> Workspace:
    from workbook.services.workspace import build_workspace

    workspace = build_workspace(database)
    workspace.clarification.ensure_seeded()  # a new workbook starts with the question catalogue
    return workspace


def build_window(settings: Settings, translations: Translations) -> MainWindow:
    deps = WindowDeps(settings, translations, open_workspace, QIcon(str(ICON)))
    return MainWindow(deps)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description=f"{APP_NAME} {__version__}. Sub-commands without a window: demo, check, "
        "backup (python main.py demo --help).",
    )
    parser.add_argument("--db", type=Path, help="database file (default: the last one opened)")
    parser.add_argument("--lang", choices=LANGUAGES, help="user interface language")
    # Qt's own options (e.g. -platform offscreen) pass through to QApplication.
    args, _qt_options = parser.parse_known_args(argv)
    return args


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv[1:])
    app = QApplication(list(argv))
    app.setOrganizationName(APP_ID)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(ICON)))
    settings = Settings(QSettings())
    translations = Translations()
    translations.switch(args.lang or settings.language or system_language())
    window = build_window(settings, translations)
    window.show()
    path = args.db or settings.last_database or _default_database()
    # Zero-delay timer: runs once the event loop has shown (painted) the window.
    QTimer.singleShot(0, lambda: window.open_database(path))
    return app.exec()


def printing_command(argv: Sequence[str]) -> int:
    """A sub-command that writes a PDF (`protocol`): workbook.cli parses the arguments and
    gathers the data without Qt; Qt's text document renders it, on the offscreen platform."""
    from workbook.cli.main import main as cli_main
    from workbook.ui.printing.protocol_pdf import write_pdf

    return cli_main(argv, printer=write_pdf)


def _default_database() -> Path:
    from workbook.store.paths import default_database_path

    return default_database_path()

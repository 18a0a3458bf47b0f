"""What the main window is given (WindowDeps, wired in app.py) and what the window's parts
(the File and Help actions, the navigator, the Preferences actions) use of it. ShellWindow is a
Protocol because main_window builds these parts: they see the window through it, never import
it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QTabWidget, QWidget

    from workbook.domain.backup_rotation import Rotation
    from workbook.domain.changes import ChangeSet
    from workbook.services.workspace import Workspace
    from workbook.store.database import Database
    from workbook.store.locations import Location
    from workbook.ui.clients.tab import ClientsTab
    from workbook.ui.common.context import TabContext
    from workbook.ui.common.i18n import Translations
    from workbook.ui.engagements.tab import EngagementsTab
    from workbook.ui.journal.tab import JournalTab
    from workbook.ui.shell.menu_runners import MenuRunners
    from workbook.ui.shell.menus import Menus
    from workbook.ui.shell.settings import Settings
    from workbook.ui.support.tab import SupportTab


class OpenDatabase(Protocol):
    location: Location
    workspace: Workspace
    database: Database

    @property
    def path(self) -> Path:
        """The file (raises TypeError for a server database)."""
        ...

    @property
    def on_server(self) -> bool: ...

    def backup_now(self) -> Path: ...
    def dump_to(self, target: Path) -> Path: ...
    def automatic_backup(self, rotation: Rotation) -> Path: ...
    def close(self) -> None: ...


class PersonalExports(Protocol):
    """The exports the views ask for through the navigator (file_actions.FileActions)."""

    def export_dossier(self, client_id: int, name: str) -> None: ...
    def export_personal_data(
        self, subject_id: int, name: str, *, contact: bool = False
    ) -> None: ...


class ShellWindow(Protocol):
    database: OpenDatabase | None
    menus: Menus
    tabs: QTabWidget
    open_finished: SignalInstance  # with whether an opening succeeded
    runners: MenuRunners  # built when first asked for (after the first paint)

    def window(self) -> QWidget:
        """The window as the parent of the parts' dialogs (QWidget.window)."""
        ...

    @property
    def file_actions(self) -> PersonalExports: ...
    @property
    def settings(self) -> Settings: ...
    @property
    def language(self) -> str: ...
    @property
    def read_only(self) -> bool: ...
    @property
    def context(self) -> TabContext | None: ...
    @property
    def clients_tab(self) -> ClientsTab | None: ...
    @property
    def engagements_tab(self) -> EngagementsTab | None: ...
    @property
    def journal_tab(self) -> JournalTab | None: ...
    @property
    def support_tab(self) -> SupportTab | None: ...

    def open_database(
        self, location: Location, *, failed: Callable[[Exception], None] | None = None
    ) -> bool: ...
    @property
    def opening(self) -> bool:
        """Whether a database is being opened in a worker just now."""
        ...

    def abandon_opening(self) -> None: ...

    def show_status(self, text: str) -> None: ...
    def apply_changes(self, changes: ChangeSet) -> None: ...
    def switch_language(self, language: str) -> None: ...
    def close(self) -> bool: ...


class OpenWorkspace(Protocol):
    """Opens (and locks) a database file, after restoring `restore_from` in its place if
    given (`replaces_sound`: the current file's state is copied into the backups folder first
    instead of being kept as damaged), or a database on a server; raises DatabaseRefused,
    WriteFailed or ServerUnavailable. `glimpse` is given the file once it is locked, before
    the rest loads (the first look, ui.shell.first_look). Wired in app.py."""

    def __call__(
        self,
        location: Location,
        restore_from: Path | None = None,
        *,
        replaces_sound: bool = False,
        glimpse: Callable[[Path], None] | None = None,
    ) -> OpenDatabase: ...


@dataclass(frozen=True)
class WindowDeps:
    settings: Settings
    translations: Translations
    open_database: OpenWorkspace
    icon: QIcon

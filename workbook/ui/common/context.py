"""What a view needs from the window: the services, the undo stack, where to report changes and
refusals, and how to reach the other features."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QUndoStack

from workbook.domain.changes import ChangeSet
from workbook.domain.support_terms import NOTICE_WARNING_DAYS
from workbook.services.errors import REFUSALS
from workbook.ui.common import undo

if TYPE_CHECKING:  # the services pull in SQLAlchemy, which loads only after the window paints
    from workbook.services.workspace import Workspace
    from workbook.services.written import Written


class Navigator(Protocol):
    """Going from one feature's view to another's, and what the window does for all of them:
    the window knows every feature, the features only this (so they stay independent)."""

    def open_engagement(self, engagement_id: int) -> None: ...
    def show_client_engagements(self, client_id: int) -> None: ...
    def export_dossier(self, client_id: int, name: str) -> None: ...
    def add_journal_entry(self, client_id: int | None, engagement_id: int | None) -> None: ...
    def edit_journal_entry(self, entry_id: int) -> None: ...
    def toggle_follow_up(self, entry_id: int) -> None: ...
    def show_client_journal(self, client_id: int) -> None: ...


@dataclass(frozen=True)
class Selection:
    """What the user has selected in a view: the client (and engagement) a window-wide action
    such as a quick journal entry (Ctrl+J) is about."""

    client_id: int | None = None
    engagement_id: int | None = None


@runtime_checkable
class ShowsSelection(Protocol):
    """A tab that can say which client (and engagement) is selected in it."""

    def current_selection(self) -> Selection: ...


@dataclass(frozen=True)
class TabContext:
    workspace: Workspace
    undo_stack: QUndoStack
    notify: Callable[[ChangeSet], None]
    status: Callable[[str], None]
    # The window's data_changed signal, for views that live outside the tabs (the editor).
    data_changed: SignalInstance
    navigate: Navigator
    # Tells the user, in one sentence, why a write or an undo was refused.
    refused: Callable[[Exception], None]
    # How many days ahead a support plan's notice deadline is warned about: the user's
    # setting, read when a view shows it.
    notice_warning_days: Callable[[], int] = lambda: NOTICE_WARNING_DAYS

    def run(self, text: str, write: Callable[[], Written]) -> Written:
        """`write` as one undoable step called `text`; raises (and records nothing) when the
        service refuses it, e.g. ValidationError for a form to show at its fields."""
        return undo.run(self.undo_stack, text, write, self.notify, self.refused)

    def attempt(self, text: str, write: Callable[[], Written]) -> Written | None:
        """`write` as one undoable step, for actions without a form: a refusal is told in a
        message and nothing else happens (None)."""
        try:
            return self.run(text, write)
        except REFUSALS as error:
            self.refused(error)
            return None

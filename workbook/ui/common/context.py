"""What a view needs from the window: the services, the undo stack, where to report changes and
refusals, and how to reach the other features."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QUndoStack

from workbook.domain.changes import ChangeSet
from workbook.domain.feedback import FEEDBACK_INTERVAL_DAYS
from workbook.domain.handover import DEFAULT_TERMS, HandoverTerms
from workbook.domain.scope_creep import SCOPE_CREEP_THRESHOLD
from workbook.domain.support_terms import NOTICE_WARNING_DAYS
from workbook.services.errors import REFUSALS
from workbook.ui.common import undo
from workbook.ui.common.column_choice import ColumnMemory, ForgetfulColumns

if TYPE_CHECKING:  # the services pull in SQLAlchemy, which loads only after the window paints
    from workbook.services.workspace import Workspace
    from workbook.services.written import Written


class Navigator(Protocol):
    """Going from one feature's view to another's, and what the window does for all of them:
    the window knows every feature, the features only this (so they stay independent)."""

    def open_engagement(
        self, engagement_id: int, page: str | None = None, item: int | None = None
    ) -> None:
        """The engagement editor, on `page` (a key of its PAGES) when given, with the row
        `item` of what that page lists selected (the milestone, the goal, …)."""

    def show_client(self, client_id: int, contact_id: int | None = None) -> None: ...
    def show_client_engagements(self, client_id: int) -> None: ...
    def export_dossier(self, client_id: int, name: str) -> None: ...
    def export_personal_data(self, subject_id: int, name: str, *, contact: bool = False) -> None:
        """Everything stored about the client (or the contact), for a data-protection request."""

    def add_journal_entry(self, client_id: int | None, engagement_id: int | None) -> None: ...
    def edit_journal_entry(self, entry_id: int) -> None: ...
    def toggle_follow_up(self, entry_id: int) -> None: ...
    def show_client_journal(self, client_id: int) -> None: ...
    def show_support_plans(self, client_id: int, plan_id: int | None = None) -> None:
        """The Support tab narrowed to the client's plans, `plan_id` selected when given."""


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


class Preferences(Protocol):
    """The user's settings the views need (the window's Settings provides them)."""

    @property
    def scope_creep_threshold(self) -> Decimal: ...
    @property
    def handover_terms(self) -> HandoverTerms: ...
    @property
    def notice_warning_days(self) -> int:
        """How many days ahead a support plan's notice deadline is warned about."""

    @property
    def feedback_interval_days(self) -> int:
        """The feedback interval a new client starts with."""

    @property
    def export_folder(self) -> Path | None:
        """Where exports are suggested to go; None: the Documents folder."""


@dataclass(frozen=True)
class Defaults:
    scope_creep_threshold: Decimal = SCOPE_CREEP_THRESHOLD
    handover_terms: HandoverTerms = DEFAULT_TERMS
    notice_warning_days: int = NOTICE_WARNING_DAYS
    feedback_interval_days: int = FEEDBACK_INTERVAL_DAYS
    export_folder: Path | None = None


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
    # A list's first query failed (a file another tool edited): the window closes the file
    # and tells why in one sentence.
    unreadable: Callable[[Exception], None]
    preferences: Preferences = Defaults()

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

    # The file or its folder cannot be written: views show, nothing offers to edit.
    read_only: bool = False
    # Which columns each list shows (the window's settings remember them).
    columns: ColumnMemory = field(default_factory=ForgetfulColumns)

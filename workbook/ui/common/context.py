"""What a tab needs from the window: services, the undo stack, and where to report changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QUndoStack

from workbook.domain.changes import ChangeSet

if TYPE_CHECKING:  # the services pull in SQLAlchemy, which loads only after the window paints
    from workbook.services.agreements.service import AgreementService
    from workbook.services.clarification.service import ClarificationService
    from workbook.services.clients.service import ClientService
    from workbook.services.engagements.service import EngagementService


@dataclass(frozen=True)
class Workspace:
    """The services of one open database; built in app.py, replaced when another is opened."""

    clients: ClientService
    engagements: EngagementService
    clarification: ClarificationService
    agreements: AgreementService


class Navigator(Protocol):
    """Going from one feature's view to another's: the window knows them all, the features
    only this (so they stay independent of each other)."""

    def open_engagement(self, engagement_id: int) -> None: ...
    def show_client_engagements(self, client_id: int) -> None: ...


@dataclass(frozen=True)
class TabContext:
    workspace: Workspace
    undo_stack: QUndoStack
    notify: Callable[[ChangeSet], None]
    status: Callable[[str], None]
    # The window's data_changed signal, for views that live outside the tabs (the editor).
    data_changed: SignalInstance
    navigate: Navigator
    # The file or its folder cannot be written: views show, nothing offers to edit.
    read_only: bool = False

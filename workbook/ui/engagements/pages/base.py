"""What every page of the engagement editor is: one engagement's part, reloaded when a change
touches what it shows, and a chance to save pending typing before the user leaves it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QWidget

from workbook.domain.changes import ChangeSet, Entity
from workbook.ui.common.context import TabContext
from workbook.ui.common.list_panel import ListPanel

if TYPE_CHECKING:
    from workbook.ui.common.context import Workspace


class EngagementPage(QWidget):
    entities: tuple[Entity, ...] = ()

    def __init__(self, context: TabContext, engagement_id: int) -> None:
        super().__init__()
        self.context = context
        self.engagement_id = engagement_id

    @property
    def workspace(self) -> Workspace:
        return self.context.workspace

    def refresh(self, changes: ChangeSet) -> None:
        if changes.touches(*self.entities):
            self.reload()

    def leave(self) -> bool:
        """Save what is typed but not saved yet; False when it cannot be saved (its fields say
        why, and keep the typing). Pages that save each edit at once have nothing pending."""
        return True

    def unsaved(self) -> bool:
        """Typing that is saved only on request (a form with a Save button) and not yet."""
        return False

    def unsaved_question(self) -> str:
        """What closing the editor asks about the unsaved typing (save it?)."""
        return ""

    def show_item(self, row_id: int | None) -> None:
        """Select the row `row_id` in the page's list that shows it, with the focus there:
        where Today, the search and the other tabs open one milestone, goal or change. Else
        (None, or gone) the focus goes to the page's first list, or its first field: opened
        on a page, its keys work at once, not the page tabs'."""
        panels = self.findChildren(ListPanel)
        for panel in panels:
            if row_id is not None and panel.select(row_id):
                panel.view.setFocus()
                return
        fields = (w for w in self.findChildren(QWidget)
                  if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus)  # fmt: skip
        first = panels[0].view if panels else next(fields, None)
        if first is not None:
            first.setFocus()

    def reload(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

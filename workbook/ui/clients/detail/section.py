"""What a section of the client pane is: it shows one client (or nothing) and follows the
language; it loads what it needs through the services."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QListWidget, QWidget

from workbook.domain.changes import ChangeSet, Entity
from workbook.services.clients.shapes import ClientDetail, ClientRow
from workbook.ui.common.context import TabContext


class DetailSection(QWidget):
    # Changes to these refresh the section while its client is shown.
    entities: tuple[Entity, ...] = ()

    def __init__(self, context: TabContext) -> None:
        super().__init__()
        self.context = context
        self.client: ClientDetail | None = None
        self.row: ClientRow | None = None

    def show_client(self, client: ClientDetail | None, row: ClientRow | None) -> None:
        self.client, self.row = client, row
        self.reload()

    def refresh(self, changes: ChangeSet) -> None:
        if self.client is not None and changes.touches(*self.entities):
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def heading() -> QLabel:
    label = QLabel()
    label.setStyleSheet("font-weight: 600;")
    return label


def rows_height(view: QListWidget, most: int) -> int:
    """The height that shows the first `most` rows of `view` whole (at least one row's)."""
    rows = range(min(max(view.count(), 1), most))
    inner = sum(view.sizeHintForRow(row) + 2 * view.spacing() for row in rows)
    return inner + 2 * view.frameWidth()

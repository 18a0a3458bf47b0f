"""The client's engagements, each with its status and clarification; Enter opens one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from workbook.domain.changes import Entity
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.services.engagements.shapes import EngagementQuery
from workbook.ui.clients.detail.section import DetailSection, heading, rows_height
from workbook.ui.common import named
from workbook.ui.common.context import TabContext

translate = QCoreApplication.translate  # lupdate recognises calls named "translate"
SHOWN = 4  # engagements in view; a client with more scrolls, or opens the Engagements tab


class EngagementsSection(DetailSection):
    open_engagement = Signal(int)
    show_engagements = Signal(int)  # client id: list them in the Engagements tab
    entities = (Entity.engagement, Entity.clarification, Entity.goal)

    def __init__(self, context: TabContext) -> None:
        super().__init__(context)
        self.heading = heading()
        self.engagements = named(QListWidget(), "clientEngagements")
        self.engagements.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.engagements.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.engagements.itemActivated.connect(
            lambda item: self.open_engagement.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.all_engagements = named(QPushButton(), "showEngagements")
        self.all_engagements.clicked.connect(self._show_all)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_engagements)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.engagements)
        layout.addLayout(buttons)
        self.retranslate()

    def _show_all(self) -> None:
        if self.client is not None:
            self.show_engagements.emit(self.client.id)

    def reload(self) -> None:
        self.engagements.clear()
        if self.client is None:
            return
        query = EngagementQuery(client_id=self.client.id)
        rows = self.context.workspace.engagements.list(query)
        for row in rows:
            status = QCoreApplication.translate(LABELS, label(row.status))
            text = f"{row.reference} · {status} · {row.completeness} % · {row.title}"
            item = QListWidgetItem(text)
            item.setToolTip(row.title)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.engagements.addItem(item)
        if not rows:
            self.engagements.addItem(translate("ClientDetailPane", "No engagements yet."))
            self.engagements.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        # as tall as its engagements, up to four: the room below goes to the journal
        self.engagements.setFixedHeight(rows_height(self.engagements, SHOWN))

    def retranslate(self) -> None:
        self.heading.setText(translate("ClientDetailPane", "Engagements"))
        self.all_engagements.setText(translate("ClientDetailPane", "Show in Engagements tab"))
        self.reload()

"""The engagement's history: every status change with its date, reason and override flag."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from workbook.domain.changes import Entity
from workbook.presentation.agreement_columns import HISTORY_COLUMNS
from workbook.ui.common.context import TabContext
from workbook.ui.common.list_panel import ListPanel
from workbook.ui.engagements.pages.base import EngagementPage


class HistoryPage(EngagementPage):
    entities = (Entity.engagement,)

    def __init__(self, context: TabContext, engagement_id: int) -> None:
        super().__init__(context, engagement_id)
        self.panel = ListPanel("history", HISTORY_COLUMNS, lambda r: r.id, editable=False)
        QVBoxLayout(self).addWidget(self.panel)
        self.retranslate()

    def reload(self) -> None:
        self.panel.set_rows(self.workspace.engagements.history(self.engagement_id))

    def retranslate(self) -> None:
        self.panel.set_texts(
            empty=self.tr("No status changes yet: the engagement is still an inquiry."),
            add="",
            edit="",
            remove="",
        )
        self.reload()

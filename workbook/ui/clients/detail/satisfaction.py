"""The client's satisfaction over time: the journal's scores averaged per month, as a line —
or a sentence when the client has given none. QtCharts loads with the first client shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout

from workbook.domain.changes import Entity
from workbook.ui.clients.detail.section import DetailSection, heading
from workbook.ui.common.context import TabContext

if TYPE_CHECKING:
    from workbook.ui.common.charts import ChartPane

CHART_HEIGHT = 120  # pixels at least: months and scores stay readable
SATISFACTION_RANGE = (1.0, 5.0)


class SatisfactionSection(DetailSection):
    entities = (Entity.journal,)

    def __init__(self, context: TabContext) -> None:
        super().__init__(context)
        self.heading = heading()
        self.pane: ChartPane | None = None  # made with the first client shown
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.heading)
        self.retranslate()

    def reload(self) -> None:
        if self.client is None:
            return
        from workbook.ui.common.charts import ChartPane, line_chart, monthly_points

        if self.pane is None:
            self.pane = ChartPane("clientSatisfaction")
            self.pane.setMinimumHeight(CHART_HEIGHT)
            self._layout.addWidget(self.pane)
        months = self.context.workspace.today.satisfaction(self.client.id)
        if not months:
            self.pane.show_text(self.tr("No satisfaction score from this client yet."))
            return
        chart = line_chart(monthly_points(months), "", self.tr("Score"), SATISFACTION_RANGE)
        self.pane.show_chart(chart)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Satisfaction over time (average per month)"))
        self.reload()

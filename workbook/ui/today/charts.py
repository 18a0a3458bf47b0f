"""The Today tab's charts: satisfaction over time across clients, and readiness and scope
creep of the active engagements as bars coloured by the user's thresholds. Read in a worker;
each says in a sentence when there is nothing to draw."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget

from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.feedback import MonthScore
from workbook.domain.handover import HANDING_OVER
from workbook.services.engagements.shapes import EngagementQuery, EngagementRow, EngagementSort
from workbook.ui.common import worker
from workbook.ui.common.charts import (
    MAX_BARS,
    Bar,
    ChartPane,
    bar_chart,
    line_chart,
    monthly_points,
    warning_color,
)
from workbook.ui.common.context import TabContext

SATISFACTION_RANGE = (1.0, 5.0)
_REFRESHED_BY = (Entity.journal, Entity.milestone, Entity.change_request, Entity.engagement,
                 Entity.scope_item)  # fmt: skip


@dataclass(frozen=True)
class ChartData:
    satisfaction: list[MonthScore]
    least_ready: list[EngagementRow]  # heading for handover, the lowest readiness first
    most_creep: list[EngagementRow]  # the highest scope creep first


class TodayCharts(QTabWidget):
    def __init__(self, context: TabContext) -> None:
        super().__init__()
        self.setObjectName("todayCharts")
        self.context = context
        self.satisfaction = ChartPane("satisfaction")
        self.readiness = ChartPane("readiness")
        self.creep = ChartPane("scopeCreep")
        for pane in (self.satisfaction, self.readiness, self.creep):
            self.addTab(pane, "")
        self._data: ChartData | None = None
        self._job: worker.Job | None = None
        self._again = False
        self.retranslate()
        self.reload()

    def _read(self) -> ChartData:
        """Of the engagements heading for handover (accepted, active, in handover): the
        least ready and those with the most scope creep."""
        workspace, preferences = self.context.workspace, self.context.preferences

        def first(sort: EngagementSort, descending: bool) -> list[EngagementRow]:
            query = EngagementQuery(
                statuses=frozenset(HANDING_OVER), sort=sort, descending=descending,
                today=date.today(), handover=preferences.handover_terms,
                scope_creep_threshold=preferences.scope_creep_threshold,
            )  # fmt: skip
            return workspace.engagements.list(query, limit=MAX_BARS)

        ready = [r for r in first(EngagementSort.readiness, False) if r.readiness is not None]
        creep = [
            r for r in first(EngagementSort.creep_share, True) if r.scope_creep.share is not None
        ]
        return ChartData(
            workspace.today.satisfaction(),
            sorted(ready, key=lambda r: (r.readiness or 0, r.reference))[:MAX_BARS],
            sorted(creep, key=lambda r: (-(r.scope_creep.share or 0), r.reference))[:MAX_BARS],
        )

    def reload(self) -> None:
        if self._job is not None:
            self._again = True
            return
        self._job = worker.start(self._read, self._show, self._failed)

    def _show(self, data: ChartData) -> None:
        self._job = None
        if self._again:
            self._again = False
            self.reload()
            return
        self._data = data
        self._draw()

    def _failed(self, error: Exception) -> None:
        """In the status bar, not a dialog: the next change reads the charts again."""
        self._job = None
        self._again = False
        self.context.status(self.tr("The charts could not be read: %1").replace(
            "%1", str(error)))  # fmt: skip

    def refresh(self, changes: ChangeSet) -> None:
        if changes.touches(*_REFRESHED_BY):
            self.reload()

    def _draw(self) -> None:
        data = self._data
        if data is None:
            return
        if data.satisfaction:
            self.satisfaction.show_chart(line_chart(
                monthly_points(data.satisfaction),
                self.tr("Satisfaction over time, all clients (average per month)"),
                self.tr("Satisfaction (1–5)"), SATISFACTION_RANGE,
            ))  # fmt: skip
        else:
            self.satisfaction.show_text(self.tr("No satisfaction scores in the journal yet."))
        minimum = self.context.preferences.handover_terms.minimum_percent
        if data.least_ready:
            bars = [Bar(r.reference, float(r.readiness or 0), (r.readiness or 0) < minimum)
                    for r in data.least_ready]  # fmt: skip
            title = self.tr("Readiness in delivery, lowest first (red below %1 %)")
            self.readiness.show_chart(bar_chart(
                bars, title.replace("%1", str(minimum)), self.tr("Readiness (%)"),
                warning_color(),
            ))  # fmt: skip
        else:
            self.readiness.show_text(
                self.tr("No engagement in delivery has knowledge-transfer milestones yet.")
            )
        if data.most_creep:
            bars = [Bar(r.reference, float(r.scope_creep.percent or 0), r.scope_creep.over)
                    for r in data.most_creep]  # fmt: skip
            threshold = round(100 * self.context.preferences.scope_creep_threshold)
            title = self.tr("Scope creep in delivery, highest first (red above %1 %)")
            self.creep.show_chart(bar_chart(
                bars, title.replace("%1", str(threshold)), self.tr("Scope creep (%)"),
                warning_color(),
            ))  # fmt: skip
        else:
            self.creep.show_text(self.tr("No engagement in delivery has an agreed budget yet."))

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("Satisfaction"))
        self.setTabText(1, self.tr("Readiness"))
        self.setTabText(2, self.tr("Scope creep"))
        self._draw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

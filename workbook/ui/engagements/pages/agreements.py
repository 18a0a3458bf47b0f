"""Editor pages over what is agreed: wishes (wants and needs apart), goals, service catalogue."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from workbook.domain.changes import Entity
from workbook.domain.enums import GoalStatus, WishKind
from workbook.presentation.agreement_columns import (
    GOAL_COLUMNS,
    SCOPE_COLUMNS,
    WISH_COLUMNS,
)
from workbook.services.agreements.shapes import GoalRow, WishInput
from workbook.ui.common.context import TabContext
from workbook.ui.common.list_panel import ListPanel
from workbook.ui.common.tone import Tone
from workbook.ui.engagements.pages.base import EngagementPage
from workbook.ui.engagements.record_kinds import (
    goal_kind,
    goal_texts,
    scope_kind,
    scope_texts,
    wish_kind,
    wish_texts,
)
from workbook.ui.engagements.records import RecordCommands


def _wire(
    panel: ListPanel,
    commands: RecordCommands,
    engagement_id: int,
    add: Callable[[], object] | None = None,
) -> None:
    panel.signals.add.connect(add or (lambda: commands.add(engagement_id)))
    panel.signals.edit.connect(lambda row_id: commands.edit(engagement_id, row_id))
    panel.signals.remove.connect(lambda row_id: commands.remove(engagement_id, row_id))


class WishesPage(EngagementPage):
    """What the client wants beside what the client needs; "both" shows on both sides."""

    entities = (Entity.wish, Entity.goal)

    def __init__(self, context: TabContext, engagement_id: int) -> None:
        super().__init__(context, engagement_id)
        self.commands = RecordCommands(self, context, wish_kind(self.workspace), wish_texts)
        # Which side a wish is on says want or need; "both" stands on both sides.
        # Two lists side by side have little width: the rationale shows in the wish's dialog.
        columns = tuple(c for c in WISH_COLUMNS if c.key not in ("kind", "rationale"))
        editable = not context.read_only
        self.wants = ListPanel("wants", columns, lambda r: r.id, stretch="text", editable=editable)
        self.needs = ListPanel("needs", columns, lambda r: r.id, stretch="text", editable=editable)
        _wire(self.wants, self.commands, engagement_id, lambda: self._add(WishKind.want))
        _wire(self.needs, self.commands, engagement_id, lambda: self._add(WishKind.need))
        layout = QHBoxLayout(self)
        layout.addWidget(self.wants)
        layout.addWidget(self.needs)
        self.retranslate()
        self.reload()

    def _add(self, kind: WishKind) -> None:
        self.commands.add(self.engagement_id, WishInput(text="", kind=kind))

    def reload(self) -> None:
        wishes = self.workspace.agreements.wishes(self.engagement_id)
        self.wants.set_rows([w for w in wishes if w.kind in (WishKind.want, WishKind.both)])
        self.needs.set_rows([w for w in wishes if w.kind in (WishKind.need, WishKind.both)])

    def retranslate(self) -> None:
        self.wants.set_texts(
            heading=self.tr("What the client wants"),
            empty=self.tr("No wishes yet. What does the client ask for?"),
            add=self.tr("Add &want…"),
            edit=self.tr("Edit…"),
            remove=self.tr("Remove"),
        )
        self.needs.set_texts(
            heading=self.tr("What the client needs"),
            empty=self.tr("No needs yet. What does the client really need to reach the goal?"),
            add=self.tr("Add &need…"),
            edit=self.tr("Edit…"),
            remove=self.tr("Remove"),
        )


def _goal_tone(goal: GoalRow, _column: str) -> Tone | None:
    if goal.status in (GoalStatus.dropped, GoalStatus.missed):
        return Tone.muted
    return Tone.overdue if goal.overdue else None


class GoalsPage(EngagementPage):
    entities = (Entity.goal, Entity.contact)

    def __init__(self, context: TabContext, engagement_id: int) -> None:
        super().__init__(context, engagement_id)
        self.commands = RecordCommands(self, context, goal_kind(self.workspace), goal_texts)
        self.panel = ListPanel(
            "goals", GOAL_COLUMNS, lambda r: r.id, tone=_goal_tone, editable=not context.read_only
        )
        _wire(self.panel, self.commands, engagement_id)
        QVBoxLayout(self).addWidget(self.panel)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        goals = self.workspace.agreements.goals(self.engagement_id)
        self.panel.set_rows(goals)
        overdue = sum(goal.overdue for goal in goals)
        self.panel.footer.setText(
            self.tr("Overdue: %1").replace("%1", str(overdue)) if overdue else ""
        )
        self.panel.footer.setStyleSheet(Tone.overdue.style())

    def retranslate(self) -> None:
        self.panel.set_texts(
            empty=self.tr("No goals yet. Agree concrete goals with success criteria."),
            add=self.tr("&Add goal…"),
            edit=self.tr("Edit…"),
            remove=self.tr("Remove"),
        )
        self.reload()


class ScopePage(EngagementPage):
    """The service catalogue: what is in scope, what is explicitly not, and the sums."""

    entities = (Entity.scope_item, Entity.engagement)

    def __init__(self, context: TabContext, engagement_id: int) -> None:
        super().__init__(context, engagement_id)
        self.commands = RecordCommands(self, context, scope_kind(self.workspace), scope_texts)
        self.panel = ListPanel(
            "scope", SCOPE_COLUMNS, lambda r: r.id,
            tone=lambda item, _column: None if item.in_scope else Tone.muted,
            editable=not context.read_only,
        )  # fmt: skip
        _wire(self.panel, self.commands, engagement_id)
        QVBoxLayout(self).addWidget(self.panel)
        self.retranslate()

    def reload(self) -> None:
        self.panel.set_rows(self.workspace.agreements.scope_items(self.engagement_id))
        totals = self.workspace.agreements.scope_totals(self.engagement_id)
        currency = self.workspace.engagements.get(self.engagement_id).currency
        hours = _number(totals.hours, 1) + " h"  # as the Hours column shows them
        if totals.budget_hours is not None:
            hours = self.tr("%1 h of %2 h budget").replace("%1", _number(totals.hours, 1))
            hours = hours.replace("%2", _number(totals.budget_hours, 1))
        money = f"{_number(totals.price)} {currency}"
        if totals.fixed_price is not None:
            money = self.tr("%1 of %2 fixed price").replace("%1", money)
            money = money.replace("%2", f"{_number(totals.fixed_price)} {currency}")
        over = (totals.budget_hours is not None and totals.hours > totals.budget_hours) or (
            totals.fixed_price is not None and totals.price > totals.fixed_price
        )
        self.panel.footer.setText(self.tr("In scope: %1").replace("%1", f"{hours} · {money}"))
        self.panel.footer.setStyleSheet(Tone.at_risk.style() if over else "")

    def retranslate(self) -> None:
        self.panel.set_texts(
            empty=self.tr(
                "The service catalogue is empty. List what you deliver – and what "
                "you explicitly do not."
            ),
            add=self.tr("&Add service…"),
            edit=self.tr("Edit…"),
            remove=self.tr("Remove"),
        )
        self.reload()


def _number(value: Decimal, places: int = 2) -> str:
    return QLocale().toString(float(value), "f", places)

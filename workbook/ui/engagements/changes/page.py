"""The engagement editor's Changes page: the scope-creep meter over the engagement's change
requests, with their workflow (approve, reject, done) and the cost notice to the client."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QVBoxLayout

from workbook.domain.change_requests import awaits_notice
from workbook.domain.changes import Entity
from workbook.domain.enums import ChangeStatus
from workbook.presentation.change_columns import CHANGE_COLUMNS
from workbook.services.changes.shapes import ChangeRequestRow
from workbook.ui.common import named
from workbook.ui.common.context import TabContext
from workbook.ui.common.list_panel import ListPanel
from workbook.ui.common.tone import Tone
from workbook.ui.engagements.changes.actions import STEPS, ChangeActions, can_step, step_text
from workbook.ui.engagements.changes.meter import ScopeCreepMeter
from workbook.ui.engagements.pages.base import EngagementPage


def change_tone(row: ChangeRequestRow, column: str) -> Tone | None:
    """Rejected requests greyed; cost not told, or touching an exclusion, amber."""
    if row.status is ChangeStatus.rejected:
        return Tone.muted
    if column == "flags" and row.flags:
        return Tone.at_risk
    if column == "cost" and row.uninformed:
        return Tone.at_risk
    return None


class ChangesPage(EngagementPage):
    # The meter reads the budget (engagement) and the catalogue (scope items).
    entities = (Entity.change_request, Entity.engagement, Entity.scope_item, Entity.contact)

    def __init__(self, context: TabContext, engagement_id: int) -> None:
        super().__init__(context, engagement_id)
        self.change_actions = ChangeActions(self, context)
        self.meter = ScopeCreepMeter()
        writable = not context.read_only  # a file that cannot be written offers no edits
        self.panel = ListPanel("changes", CHANGE_COLUMNS, lambda r: r.id, tone=change_tone,
                               stretch="title", editable=writable)  # fmt: skip
        self.panel.signals.add.connect(lambda: self.change_actions.add(engagement_id))
        self.panel.signals.edit.connect(lambda _id: self._with_selected(self.change_actions.edit))
        self.panel.signals.remove.connect(
            lambda _id: self._with_selected(self.change_actions.remove)
        )
        self.step_buttons = {target: self._step_button(target) for target in STEPS}
        self.inform_button = named(QPushButton(), "informClient")
        self.inform_button.clicked.connect(lambda: self.change_actions.inform(engagement_id))
        if writable:
            self.panel.add_buttons(*self.step_buttons.values(), self.inform_button)
            self._add_shortcuts()
        self.panel.view.selectionModel().selectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.meter)
        layout.addWidget(self.panel, 1)
        self.retranslate()

    def _step_button(self, target: ChangeStatus) -> QPushButton:
        button = named(QPushButton(), f"step_{target.value}")
        button.clicked.connect(
            lambda: self._with_selected(lambda row: self.change_actions.step(row, target))
        )
        return button

    def _add_shortcuts(self) -> None:
        """Ctrl+N, F2 and Del while this page is shown, wherever the focus is in the editor
        (on the page's tab, say); Enter edits in the list. A hidden page's shortcuts sleep."""
        panel = self.panel
        for name, keys, button in (
            ("newChange", QKeySequence.StandardKey.New, panel.add_button),
            ("editChange", QKeySequence(Qt.Key.Key_F2), panel.edit_button),
            ("removeChange", QKeySequence.StandardKey.Delete, panel.remove_button),
        ):
            action = named(QAction(self), name)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(button.click)
            self.addAction(action)

    def selected(self) -> ChangeRequestRow | None:
        rows = self.panel.view.selectionModel().selectedRows()
        return self.panel.model.row_at(rows[0].row()) if rows else None

    def _with_selected(self, act: Callable[[ChangeRequestRow], object]) -> None:
        row = self.selected()
        if row is not None:
            act(row)

    def _update_buttons(self) -> None:
        row = self.selected()
        for target, button in self.step_buttons.items():
            button.setEnabled(can_step(row, target))

    def reload(self) -> None:
        workspace, threshold = self.workspace, self.context.preferences.scope_creep_threshold
        rows = workspace.changes.of_engagement(self.engagement_id)
        self.panel.set_rows(rows)
        self.meter.show_meter(workspace.changes.meter(self.engagement_id, threshold=threshold),
                              threshold)  # fmt: skip
        untold = any(awaits_notice(row.status, row.client_informed_on) for row in rows)
        self.inform_button.setEnabled(untold)
        self._update_buttons()

    def retranslate(self) -> None:
        self.panel.set_texts(
            empty=self.tr(
                "No change requests yet. When the client asks for more, log it here "
                "(Ctrl+N): what it costs, and who carries it."
            ),
            add=self.tr("&Log change request…"),
            edit=self.tr("Edit…"),
            remove=self.tr("Remove"),
        )
        for target, button in self.step_buttons.items():
            button.setText(step_text(target))
        self.inform_button.setText(self.tr("&Inform client…"))
        self.inform_button.setToolTip(
            self.tr("The cost of the changes not yet told, as an e-mail to the client")
        )
        self.reload()

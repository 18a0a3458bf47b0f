"""Overview page: subject, goal, sense and benefit, approach, billing and dates."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.validation import ValidationError
from workbook.services.engagements.shapes import EngagementDetail, EngagementInput
from workbook.services.errors import REFUSALS, Conflict
from workbook.ui.common.conflicts import EditBase, settle
from workbook.ui.common.context import TabContext
from workbook.ui.common.fields import ReferenceField
from workbook.ui.common.record_form import RecordForm
from workbook.ui.engagements.commands import EngagementCommands
from workbook.ui.engagements.overview_fields import (
    link_billing,
    make_engagement_input,
    overview_fields,
)
from workbook.ui.engagements.pages.base import EngagementPage


class OverviewPage(EngagementPage):
    entities = (Entity.engagement,)

    def __init__(self, context: TabContext, engagement_id: int) -> None:
        super().__init__(context, engagement_id)
        self._commands = EngagementCommands(self, context)
        self.form: RecordForm[EngagementInput] = RecordForm(
            overview_fields(self._commands.client_choices()), make_engagement_input
        )
        link_billing(self.form)
        self.form.set_read_only(context.read_only)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        rows = QVBoxLayout(inner)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.form)
        rows.addStretch(1)  # room to spare stays below the form, not between its rows
        scroll.setWidget(inner)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveOverview")
        self.revert_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        # Enter in a field saves; it must never be Revert that throws the typing away.
        self.save_button.setDefault(True)
        self.revert_button.setAutoDefault(False)
        self.revert_button.clicked.connect(self.reload)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        for button in (self.revert_button, self.save_button):
            button.setVisible(not context.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def reload(self) -> None:
        def read() -> EngagementDetail:
            return self.workspace.engagements.get(self.engagement_id)

        shown = read()
        self._shown: EditBase[EngagementInput] = EditBase.of(read, shown)
        if shown.client_archived:  # not among the choices, but it must show
            client = self.form.field("client_id")
            assert isinstance(client, ReferenceField)
            client.include(
                shown.client_id, self.tr("%1 (archived)").replace("%1", shown.client_name)
            )
        self.form.fill(shown)

    def refresh(self, changes: ChangeSet) -> None:
        """Follow the database (undo, answers given on the Clarification page), but never over
        typing that is not saved yet."""
        if changes.touches(*self.entities) and not self._edited():
            self.reload()

    def _edited(self) -> bool:
        try:
            return self.form.value() != self._shown.values
        except ValidationError:  # something unreadable is typed: certainly edited
            return True

    def leave(self) -> bool:
        return self.save()

    def unsaved(self) -> bool:
        return self._edited()

    def unsaved_question(self) -> str:
        return self.tr("The overview has changes that are not saved yet. Save them?")

    def save(self) -> bool:
        """True when saved (or nothing changed); False shows the problems at the fields, or
        says why the save was refused, keeping everything typed."""
        try:
            data = self.form.value()
            if data != self._shown.values:
                self._commands.update(self.engagement_id, data, version=self._shown.version)
                self.reload()  # shows the saved (cleaned) values; nothing is pending now
        except ValidationError as refused:
            self.form.show_problems(refused.by_field())
            return False
        except Conflict as conflict:  # somebody saved in between: the typing stays
            settle(self, conflict, self.form, data, self._shown)
            return False
        except REFUSALS as refused:
            self.context.refused(refused)
            return False
        self.form.show_problems({})
        return True

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setToolTip(self.tr("Save the overview (Ctrl+S)"))
        self.revert_button.setText(self.tr("Re&vert"))
        self.form.relabel(overview_fields(self._commands.client_choices()))
        self.reload()

"""Preferences ▸ Capacity: the hours a week you have for client work, and your days off. The
accept dialog spreads your booked engagements over them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from workbook.services.practice.shapes import DayOffInput, DayOffRow
from workbook.ui.common.conflicts import EditBase
from workbook.ui.common.context import TabContext
from workbook.ui.common.fields import AmountField, DateField, Field, LineField
from workbook.ui.common.i18n import format_date
from workbook.ui.common.record_dialog import RecordDialog
from workbook.ui.common.record_form import RecordForm
from workbook.ui.practice.rows_editor import RowsEditor

if TYPE_CHECKING:
    from workbook.services.practice.service import PracticeService


def _day_off(values: dict[str, Any]) -> DayOffInput:
    # An empty date reads as None; the service asks for both, so an empty one is a problem there.
    today = date.today()
    return DayOffInput(values["starts_on"] or today, values["ends_on"] or today, values["note"])


def day_off_dialog(
    parent: QWidget, submit: Callable[[DayOffInput], object], initial: DayOffInput,
    edited: EditBase[DayOffInput] | None = None,
) -> RecordDialog:  # fmt: skip
    translate = QCoreApplication.translate
    fields: list[tuple[Field, str]] = [
        (DateField("starts_on"), translate("CapacityPage", "&From:")),
        (DateField("ends_on"), translate("CapacityPage", "&To (included):")),
        (
            LineField("note", translate("CapacityPage", "e.g. holiday")),
            translate("CapacityPage", "&Note:"),
        ),
    ]
    dialog = RecordDialog(
        parent, translate("CapacityPage", "Days off"), fields, _day_off, submit, initial, edited
    )
    dialog.setObjectName("DayOffDialog")
    return dialog


class DaysOffEditor(RowsEditor):
    def __init__(self, context: TabContext) -> None:
        super().__init__("daysOff", 3, stretch=2)
        self.context = context
        self._rows: dict[int, DayOffRow] = {}
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Note")])
        self.reload()

    @property
    def _service(self) -> PracticeService:
        return self.context.workspace.practice

    def reload(self) -> None:
        rows = self._service.days_off()
        self._rows = {row.id: row for row in rows}
        self.show_rows(
            [(row.id, [format_date(row.starts_on), format_date(row.ends_on), row.note])
             for row in rows],
            self.tr("No days off entered: every weekday counts as working time."),
        )  # fmt: skip

    def add(self) -> None:
        def submit(data: DayOffInput) -> None:
            written = self.context.run(
                self.tr("Add days off"), lambda: self._service.add_day_off(data)
            )
            self.reload()
            if written.created_id is not None:
                self.select(written.created_id)

        start = date.today() + timedelta(days=7)
        day_off_dialog(self, submit, DayOffInput(start, start + timedelta(days=4))).exec()

    def edit(self) -> None:
        row = self._rows.get(self.current_id() or -1)
        if row is None:
            return

        before = EditBase.of(lambda: self._service.day_off(row.id), row)

        def submit(data: DayOffInput) -> None:
            self.context.run(
                self.tr("Edit days off"),
                lambda: self._service.update_day_off(row.id, data, version=before.version),
            )
            self.reload()

        day_off_dialog(self, submit, before.values, before).exec()

    def remove(self) -> None:
        row = self._rows.get(self.current_id() or -1)
        if row is None:
            return
        question = self.tr("Remove the days off from %1 to %2?")
        question = question.replace("%1", format_date(row.starts_on))
        question = question.replace("%2", format_date(row.ends_on))
        if QMessageBox.question(self, self.tr("Remove days off"), question) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        self.context.attempt(
            self.tr("Remove days off"),
            lambda: self._service.remove_day_off(row.id, version=row.version),
        )
        self.reload()


class CapacityPage(QWidget):
    def __init__(self, context: TabContext) -> None:
        super().__init__()
        self.setObjectName("CapacityPage")
        self.hours = AmountField("hours_per_week", self.tr("e.g. 32"))
        self.hours.widget.setMaximumWidth(160)
        self.form: RecordForm[dict[str, Any]] = RecordForm(
            [(self.hours, self.tr("&Hours a week for client work:"))], dict
        )
        note = QLabel(
            self.tr(
                "Spread over Monday to Friday. The accept dialog compares the remaining budget "
                "hours of your accepted and active engagements, spread over their remaining "
                "time, with these hours, month by month."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        self.days_off = DaysOffEditor(context)
        heading = QLabel(self.tr("Days off"))
        heading.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.days_off, 1)

"""Create or edit a client."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from workbook.domain.validation import FEEDBACK_INTERVAL_RANGE
from workbook.services.client_shapes import ClientInput
from workbook.ui.dialogs.edit_dialog import EditDialog
from workbook.ui.widgets import named


class ClientDialog(EditDialog[ClientInput]):
    def __init__(
        self,
        parent: QWidget | None,
        submit: Callable[[ClientInput], object],
        initial: ClientInput | None = None,
    ) -> None:
        super().__init__(parent, submit)
        self.setObjectName("ClientDialog")
        self.name = named(QLineEdit(), "name")
        self.industry = named(QLineEdit(), "industry")
        self.address = named(QPlainTextEdit(), "address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.website = named(QLineEdit(), "website")
        self.tags = named(QLineEdit(), "tags")
        self.interval = named(QSpinBox(), "feedback_interval_days")
        self.interval.setRange(*FEEDBACK_INTERVAL_RANGE)
        self.notes = named(QPlainTextEdit(), "notes")
        self.notes.setTabChangesFocus(True)
        for key, editor in (
            ("name", self.name),
            ("industry", self.industry),
            ("address", self.address),
            ("website", self.website),
            ("tags", self.tags),
            ("feedback_interval_days", self.interval),
            ("notes", self.notes),
        ):
            self.form.add(key, editor)
        self._translate(editing=initial is not None)
        self._fill(initial or ClientInput(name=""))
        self.resize(560, 520)

    def _translate(self, *, editing: bool) -> None:
        self.setWindowTitle(self.tr("Edit client") if editing else self.tr("New client"))
        self.form.set_label("name", self.tr("&Name:"))
        self.form.set_label("industry", self.tr("&Industry:"))
        self.form.set_label("address", self.tr("&Address:"))
        self.form.set_label("website", self.tr("&Website:"))
        self.form.set_label("tags", self.tr("&Tags:"))
        self.form.set_label("feedback_interval_days", self.tr("&Feedback every:"))
        self.form.set_label("notes", self.tr("N&otes:"))
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. key account, Berlin"))
        self.interval.setSuffix(self.tr(" days"))
        self.interval.setToolTip(
            self.tr("Warn when this client has not been heard from for longer than this.")
        )

    def _fill(self, data: ClientInput) -> None:
        self.name.setText(data.name)
        self.industry.setText(data.industry)
        self.address.setPlainText(data.address)
        self.website.setText(data.website)
        self.tags.setText(data.tags)
        self.interval.setValue(data.feedback_interval_days)
        self.notes.setPlainText(data.notes)

    def value(self) -> ClientInput:
        return ClientInput(
            name=self.name.text(),
            industry=self.industry.text(),
            address=self.address.toPlainText(),
            website=self.website.text(),
            notes=self.notes.toPlainText(),
            tags=self.tags.text(),
            feedback_interval_days=self.interval.value(),
        )

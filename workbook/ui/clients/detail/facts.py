"""The client's own facts: name, archive badge, industry, address, website, the company's own
e-mail and phone, tags, the feedback interval with how long the client has been silent, and
the internal notes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QPlainTextEdit, QVBoxLayout

from workbook.domain.changes import Entity
from workbook.services.clients.shapes import ClientDetail
from workbook.ui.clients.detail.section import DetailSection
from workbook.ui.common import named
from workbook.ui.common.context import TabContext
from workbook.ui.common.tone import Tone

translate = QCoreApplication.translate  # lupdate recognises calls named "translate"
NOTE_LINES = 5  # longer notes scroll in their place
_KEYS = ("industry", "address", "website", "email", "phone", "tags", "interval")


class FactsSection(DetailSection):
    entities = (Entity.client, Entity.journal)

    def __init__(self, context: TabContext) -> None:
        super().__init__(context)
        self.title = named(QLabel(), "clientTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.badge = named(QLabel(), "archivedBadge")
        self.badge.setStyleSheet(f"{Tone.at_risk.style()} font-weight: 600;")
        self.fields = QFormLayout()
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        for key in _KEYS:
            self._add_value(key)
        self.notes = named(NotesView(), "detail_notes")
        self._labels["notes"] = QLabel()
        self.fields.addRow(self._labels["notes"], self.notes)
        website = self.values["website"]
        website.setTextFormat(Qt.TextFormat.RichText)
        website.setOpenExternalLinks(True)
        website.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.badge)
        layout.addLayout(self.fields)
        self.retranslate()

    def _add_value(self, key: str) -> None:
        value = named(QLabel(), f"detail_{key}")
        value.setWordWrap(True)
        # Client data is shown as typed: "<b>" in a note must not turn into markup.
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.values[key] = value
        self._labels[key] = QLabel()
        self.fields.addRow(self._labels[key], value)

    def reload(self) -> None:
        client = self.client
        self.title.setText(client.name if client else "")
        self.badge.setVisible(bool(client and client.archived_at))
        if client is None:
            for value in self.values.values():
                value.clear()
            self.notes.clear()
            return
        dash = "–"
        self.values["industry"].setText(client.industry or dash)
        self.values["address"].setText(client.address or dash)
        self.values["website"].setText(_link(client.website) or dash)
        for key in ("email", "phone"):  # most clients have none: no rows of dashes then
            value = getattr(client, key)
            self.values[key].setText(value)
            self.fields.setRowVisible(self.values[key], bool(value))
        self.values["tags"].setText(client.tags or dash)
        self.notes.setPlainText(client.notes)
        self.fields.setRowVisible(self.notes, bool(client.notes))
        self._show_feedback(client)

    def _show_feedback(self, client: ClientDetail) -> None:
        """How long the client has been silent, against the interval agreed with them."""
        row, label = self.row, self.values["interval"]
        every = translate("ClientDetailPane", "every %1 days").replace(
            "%1", QLocale().toString(client.feedback_interval_days)
        )
        days = row.days_since_feedback if row else None
        if days is None:
            text = translate("ClientDetailPane", "%1 · none recorded yet").replace("%1", every)
        elif days == 0:
            text = translate("ClientDetailPane", "%1 · last today").replace("%1", every)
        elif days == 1:
            text = translate("ClientDetailPane", "%1 · last yesterday").replace("%1", every)
        else:
            text = translate("ClientDetailPane", "%1 · last %2 days ago")
            text = text.replace("%1", every).replace("%2", QLocale().toString(days))
        overdue = row is not None and row.feedback_overdue
        if overdue:
            text += " – " + translate("ClientDetailPane", "follow up!")
        label.setText(text)
        label.setStyleSheet(Tone.overdue.style() if overdue else "")

    def retranslate(self) -> None:
        texts = {
            "industry": translate("ClientDetailPane", "Industry:"),
            "address": translate("ClientDetailPane", "Address:"),
            "website": translate("ClientDetailPane", "Website:"),
            "email": translate("ClientDetailPane", "E-mail:"),
            "phone": translate("ClientDetailPane", "Phone:"),
            "tags": translate("ClientDetailPane", "Tags:"),
            "interval": translate("ClientDetailPane", "Feedback:"),
            "notes": translate("ClientDetailPane", "Notes:"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.badge.setText(translate("ClientDetailPane", "Archived"))
        self.reload()


class NotesView(QPlainTextEdit):
    """The notes, read-only, as tall as their wrapped lines up to NOTE_LINES (then they
    scroll): a one-line note leaves no blank box under it."""

    def __init__(self) -> None:
        super().__init__(readOnly=True)
        # no frame or field background, so it does not look like something to type in
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.document().setDocumentMargin(0)  # its text in line with the other values
        self.textChanged.connect(self._fit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _fit(self) -> None:
        margin = 2 * int(self.document().documentMargin())
        width = self.width() - margin - self.verticalScrollBar().sizeHint().width()
        wrapped = self.fontMetrics().boundingRect(
            QRect(0, 0, max(width, 1), 1 << 20), Qt.TextFlag.TextWordWrap, self.toPlainText()
        )
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(min(wrapped.height(), NOTE_LINES * line) + margin + 2)


def _link(website: str) -> str:
    if not website:
        return ""
    href = website if "://" in website else f"https://{website}"
    return f'<a href="{escape(href)}">{escape(website)}</a>'

"""The right-hand pane of the Clients tab: the client's fields and contacts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.services.clients.shapes import ClientDetail, ClientRow
from workbook.services.engagements.shapes import EngagementRow
from workbook.ui.clients.contact_list import ContactList
from workbook.ui.common import named
from workbook.ui.common.display import Tone


class ClientDetailPane(QWidget):
    add_contact = Signal()
    open_engagement = Signal(int)
    show_engagements = Signal(int)  # client id: list them in the Engagements tab
    edit_contact = Signal(int)
    remove_contact = Signal(int)

    def __init__(self, *, editable: bool = True) -> None:
        super().__init__()
        self.setObjectName("ClientDetailPane")
        self._editable = editable  # False for a read-only database: contacts are shown only
        self._client: ClientDetail | None = None
        self._row: ClientRow | None = None
        self.title = named(QLabel(), "clientTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.badge = named(QLabel(), "archivedBadge")
        self.badge.setStyleSheet("color: #8a5a00; font-weight: 600;")
        self.fields = QFormLayout()
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._values: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        for key in ("industry", "address", "website", "tags", "interval"):
            value = named(QLabel(), f"detail_{key}")
            value.setWordWrap(True)
            # Client data is shown as typed: "<b>" in a note must not turn into markup.
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label = QLabel()
            self._values[key] = value
            self._labels[key] = label
            self.fields.addRow(label, value)
        self.notes = named(QPlainTextEdit(readOnly=True), "detail_notes")
        self.notes.setMaximumHeight(100)
        # read-only: no frame or field background, so it does not look like something to type in
        self.notes.setFrameShape(QFrame.Shape.NoFrame)
        self.notes.viewport().setAutoFillBackground(False)
        self._labels["notes"] = QLabel()
        self.fields.addRow(self._labels["notes"], self.notes)
        self._values["website"].setTextFormat(Qt.TextFormat.RichText)
        self._values["website"].setOpenExternalLinks(True)
        self._values["website"].setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
        )
        self.contacts_heading = QLabel()
        self.contacts_heading.setStyleSheet("font-weight: 600;")
        self.contacts = ContactList()
        self.contacts.itemActivated.connect(lambda _item: self._activated())
        self.no_contacts = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "noContacts")
        self.no_contacts.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = named(QPushButton(), "addContact")
        self.edit_button = named(QPushButton(), "editContact")
        self.remove_button = named(QPushButton(), "removeContact")
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_contact))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_contact))
        self.contacts.itemSelectionChanged.connect(self._update_buttons)
        self.engagements_heading = QLabel()
        self.engagements_heading.setStyleSheet("font-weight: 600;")
        self.engagements = named(QListWidget(), "clientEngagements")
        self.engagements.setMaximumHeight(110)
        self.engagements.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.engagements.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.engagements.itemActivated.connect(
            lambda item: self.open_engagement.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.all_engagements = named(QPushButton(), "showEngagements")
        self.all_engagements.clicked.connect(
            lambda: self._client and self.show_engagements.emit(self._client.id)
        )
        engagement_buttons = QHBoxLayout()
        engagement_buttons.addWidget(self.all_engagements)
        engagement_buttons.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # Nothing selected: one hint instead of a pane of empty, greyed-out fields.
        self.body = QWidget()
        self.hint = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "detailHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.pages = QStackedLayout(self)
        self.pages.addWidget(self.body)
        self.pages.addWidget(self.hint)
        layout = QVBoxLayout(self.body)
        layout.addWidget(self.title)
        layout.addWidget(self.badge)
        layout.addLayout(self.fields)
        layout.addSpacing(8)
        layout.addWidget(self.contacts_heading)
        layout.addWidget(self.contacts, 1)
        layout.addWidget(self.no_contacts, 1)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(self.engagements_heading)
        layout.addWidget(self.engagements)
        layout.addLayout(engagement_buttons)
        self.retranslate()
        self.show_client(None)

    def show_client(self, client: ClientDetail | None) -> None:
        self._client = client
        self.pages.setCurrentWidget(self.body if client is not None else self.hint)
        self.title.setText(client.name if client else "")
        self.badge.setVisible(bool(client and client.archived_at))
        if client is not None:
            self._fill(client)
        else:
            for value in self._values.values():
                value.clear()
            self.notes.clear()
        rows = client.contacts if client else ()
        self.contacts.show_contacts(rows)
        self.contacts.setVisible(bool(rows))
        self.no_contacts.setVisible(not rows)
        self._update_buttons()

    def show_engagement_list(self, rows: Sequence[EngagementRow]) -> None:
        self.engagements.clear()
        for row in rows:
            status = QCoreApplication.translate(LABELS, label(row.status))
            item = QListWidgetItem(f"{status} · {row.completeness} % · {row.title}")
            item.setToolTip(row.title)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.engagements.addItem(item)
        if not rows and self._client is not None:
            self.engagements.addItem(self.tr("No engagements yet."))
            self.engagements.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def show_feedback(self, row: ClientRow | None) -> None:
        """How long the client has been silent, against the interval agreed with them."""
        self._row = row
        self._show_feedback()

    def _show_feedback(self) -> None:
        client, row = self._client, self._row
        label = self._values["interval"]
        if client is None:
            return
        every = self.tr("every %1 days").replace(
            "%1", QLocale().toString(client.feedback_interval_days)
        )
        days = row.feedback_days(date.today()) if row else None
        if days is None:
            text = self.tr("%1 · none recorded yet").replace("%1", every)
        else:
            text = self.tr("%1 · last %2 days ago").replace("%1", every).replace("%2", str(days))
        overdue = row is not None and row.feedback_overdue(date.today())
        label.setText(text + (" – " + self.tr("follow up!") if overdue else ""))
        label.setStyleSheet(f"color: {Tone.overdue.value};" if overdue else "")

    def select_contact(self, contact_id: int) -> None:
        self.contacts.select(contact_id)

    def retranslate(self) -> None:
        texts = {
            "industry": self.tr("Industry:"),
            "address": self.tr("Address:"),
            "website": self.tr("Website:"),
            "tags": self.tr("Tags:"),
            "interval": self.tr("Feedback:"),
            "notes": self.tr("Notes:"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.badge.setText(self.tr("Archived"))
        self.contacts_heading.setText(self.tr("Contacts"))
        self.engagements_heading.setText(self.tr("Engagements"))
        self.all_engagements.setText(self.tr("Show in Engagements tab"))
        self.no_contacts.setText(self.tr("No contacts yet. Add the people you work with."))
        self.hint.setText(self.tr("Select a client to see its details and contacts."))
        # Short labels: they sit right under the "Contacts" heading.
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.contacts.retranslate()
        if self._client is not None:
            self._fill(self._client)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill(self, client: ClientDetail) -> None:
        dash = "–"
        self._values["industry"].setText(client.industry or dash)
        self._values["address"].setText(client.address or dash)
        website = client.website
        href = website if "://" in website else f"https://{website}"
        link = f'<a href="{escape(href)}">{escape(website)}</a>'
        self._values["website"].setText(link if website else dash)
        self._values["tags"].setText(client.tags or dash)
        self._show_feedback()
        self.notes.setPlainText(client.notes)

    def _activated(self) -> None:
        if self._editable:
            self._emit(self.edit_contact)

    def _emit(self, signal: SignalInstance) -> None:
        contact_id = self.contacts.selected_id()
        if contact_id is not None:
            signal.emit(contact_id)

    def _update_buttons(self) -> None:
        has_selection = self.contacts.selected_id() is not None
        self.add_button.setEnabled(self._editable)
        self.edit_button.setEnabled(has_selection and self._editable)
        self.remove_button.setEnabled(has_selection and self._editable)

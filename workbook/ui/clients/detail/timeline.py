"""The client's journal as a timeline, newest first: day, kind, satisfaction and summary of
each entry, its follow-up and whether it is late. New entries come from the journal's own
form (Ctrl+J), reached through the window like marking a follow-up done."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from workbook.domain.changes import Entity
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.services.journal.shapes import JournalRow
from workbook.ui.clients.detail.section import DetailSection, heading
from workbook.ui.common import named
from workbook.ui.common.context import TabContext
from workbook.ui.common.i18n import format_date
from workbook.ui.common.tone import Tone

translate = QCoreApplication.translate  # lupdate recognises calls named "translate"
_ID = Qt.ItemDataRole.UserRole


def stars(satisfaction: int) -> str:
    return "★" * satisfaction + "☆" * (5 - satisfaction)


class TimelineSection(DetailSection):
    entities = (Entity.journal,)

    def __init__(self, context: TabContext) -> None:
        super().__init__(context)
        self.heading = heading()
        self.entries = named(QListWidget(), "timeline")
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries.setAlternatingRowColors(True)
        self.entries.setWordWrap(True)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.setMinimumHeight(120)
        self.entries.itemActivated.connect(lambda _item: self._edit())
        self.entries.itemSelectionChanged.connect(self._update_buttons)
        self.empty = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "noJournal")
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.empty.setWordWrap(True)
        self.add_button = named(QPushButton(), "addJournalEntry")
        self.edit_button = named(QPushButton(), "editJournalEntry")
        self.done_button = named(QPushButton(), "followUpDone")
        self.all_button = named(QPushButton(), "showJournal")
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.done_button.clicked.connect(self._done)
        self.all_button.clicked.connect(self._show_all)
        self._rows: dict[int, JournalRow] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        layout.addWidget(self.heading)
        layout.addWidget(self.entries, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        for button in (self.add_button, self.edit_button, self.done_button):
            buttons.addWidget(button)
            if context.read_only:  # a file that cannot be written offers no edits
                button.hide()
        buttons.addStretch(1)
        buttons.addWidget(self.all_button)
        self.retranslate()

    def reload(self) -> None:
        selected = self.selected_id()
        self.entries.clear()
        rows = []
        if self.client is not None:
            rows = self.context.workspace.journal.timeline(self.client.id, today=date.today())
        self._rows = {row.id: row for row in rows}
        for row in rows:
            item = QListWidgetItem(self._card(row))
            item.setData(_ID, row.id)
            item.setToolTip(self._tip(row))
            if row.overdue:
                item.setForeground(Tone.overdue.color())
            self.entries.addItem(item)
            if row.id == selected:
                item.setSelected(True)
        self.entries.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._update_buttons()

    @staticmethod
    def _card(row: JournalRow) -> str:
        """One line per entry (two with a follow-up): the pane has little height to spare."""
        first = [format_date(row.occurred_on), translate(LABELS, label(row.kind))]
        if row.satisfaction is not None:
            first.append(stars(row.satisfaction))
        lines = [" · ".join([*first, row.summary])]
        if row.follow_up_on is not None:
            day = format_date(row.follow_up_on)
            if row.follow_up_done:
                follow = translate("ClientDetailPane", "✓ followed up (due %1)")
            elif row.overdue:
                follow = translate("ClientDetailPane", "⚑ follow up by %1 – overdue")
            else:
                follow = translate("ClientDetailPane", "⚑ follow up by %1")
            lines.append("    " + follow.replace("%1", day))
        return "\n".join(lines)

    @staticmethod
    def _tip(row: JournalRow) -> str:
        where = " ".join(part for part in (row.engagement_reference, row.engagement_title) if part)
        return "\n\n".join(part for part in (where, row.details[:1000]) if part)

    def selected_id(self) -> int | None:
        items = self.entries.selectedItems()
        return int(items[0].data(_ID)) if items else None

    def select(self, entry_id: int) -> None:
        for index in range(self.entries.count()):
            if self.entries.item(index).data(_ID) == entry_id:
                self.entries.setCurrentRow(index)

    def _update_buttons(self) -> None:
        row = self._rows.get(self.selected_id() or 0)
        self.edit_button.setEnabled(row is not None)
        self.done_button.setEnabled(row is not None and row.follow_up_on is not None)
        done = row is not None and row.follow_up_done
        self.done_button.setText(
            translate("ClientDetailPane", "Follow-up &open again")
            if done
            else translate("ClientDetailPane", "Follow-up &done")
        )

    def _add(self) -> None:
        if self.client is not None:
            self.context.navigate.add_journal_entry(self.client.id, None)

    def _edit(self) -> None:
        if (entry_id := self.selected_id()) is not None:
            self.context.navigate.edit_journal_entry(entry_id)

    def _done(self) -> None:
        if (entry_id := self.selected_id()) is not None:
            self.context.navigate.toggle_follow_up(entry_id)

    def _show_all(self) -> None:
        if self.client is not None:
            self.context.navigate.show_client_journal(self.client.id)

    def retranslate(self) -> None:
        self.heading.setText(translate("ClientDetailPane", "Journal"))
        self.empty.setText(
            translate("ClientDetailPane", "Nothing recorded yet. Ctrl+J records a contact.")
        )
        self.add_button.setText(translate("ClientDetailPane", "New journal en&try…"))
        self.add_button.setToolTip(translate("ClientDetailPane", "Record a contact (Ctrl+J)"))
        self.edit_button.setText(translate("ClientDetailPane", "Edit…"))
        self.all_button.setText(translate("ClientDetailPane", "Show in Journal tab"))
        self.reload()

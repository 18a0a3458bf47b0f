"""Journal tab: every journal entry across clients, newest first, filtered by client, kinds
(several at once), a range of days and words — filtered, sorted and paged in SQL."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout

from workbook.domain.changes import ChangeSet, Entity
from workbook.presentation.journal_columns import JOURNAL_LIST_COLUMNS
from workbook.services.journal.shapes import JournalQuery, JournalRow, JournalSort
from workbook.ui.common import named
from workbook.ui.common.choosers import ClientFilter
from workbook.ui.common.context import Selection, TabContext
from workbook.ui.common.list_tab import ListTab
from workbook.ui.common.table_model import FetchPage
from workbook.ui.common.tone import Tone
from workbook.ui.journal.actions import JournalActions
from workbook.ui.journal.filters import DayFilter, KindFilter


def _tone(row: JournalRow, column: str) -> Tone | None:
    if column == "follow_up_on" and row.overdue:
        return Tone.overdue  # the follow-up date has passed and it is not done
    if column == "follow_up_on" and row.follow_up_done:
        return Tone.muted
    return None


def _tip(row: JournalRow, column: str) -> str | None:
    """The details behind a one-line summary."""
    return row.details[:1000] if column == "summary" and row.details else None


class JournalTab(ListTab[JournalRow]):
    def __init__(self, context: TabContext) -> None:
        super().__init__("journal", context, JOURNAL_LIST_COLUMNS, lambda r: r.id, _tone, _tip)
        self._query = JournalQuery()  # newest first
        header = self.view.horizontalHeader()
        header.blockSignals(True)  # the indicator only: the query sorts so already
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.blockSignals(False)
        self.actions_ = JournalActions(self, context)
        self.client_filter = ClientFilter("journalClientFilter", context.workspace)
        self.client_filter.activated.connect(self.apply_filter)
        self.kinds = KindFilter()
        self.kinds.changed.connect(self.apply_filter)
        self.occurred_from = DayFilter("journalFrom")
        self.occurred_to = DayFilter("journalTo")
        for day in (self.occurred_from, self.occurred_to):
            day.day_changed.connect(self.apply_filter)
        self.open_only = named(QCheckBox(), "openFollowUps")
        self.open_only.toggled.connect(self.apply_filter)
        self.new_action = self.add_action("newEntry", QKeySequence.StandardKey.New, self._create)
        entries = self.actions_
        self.edit_action = self.add_action(
            "editEntry", QKeySequence(Qt.Key.Key_F2), self.for_selected(entries.edit)
        )
        self.remove_action = self.add_action(
            "removeEntry", QKeySequence.StandardKey.Delete, self.for_selected(entries.remove)
        )
        self.done_action = self.add_action(
            "followUpDone", QKeySequence("Ctrl+D"), self.for_selected(entries.toggle_follow_up)
        )
        self.view.activated.connect(lambda _index: self.edit_action.trigger())
        layout = QVBoxLayout(self)
        actions = (self.new_action, self.edit_action, self.remove_action, self.done_action)
        layout.addLayout(self.toolbar(actions, self.client_filter))
        layout.addLayout(self._filter_row())
        layout.addWidget(self.stack, 1)
        self.retranslate()
        self.reload()

    def _filter_row(self) -> QHBoxLayout:
        self.kinds_label = QLabel()
        self.from_label = QLabel()
        self.from_label.setBuddy(self.occurred_from)
        self.to_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.kinds_label)
        row.addWidget(self.kinds)
        row.addSpacing(16)
        row.addWidget(self.from_label)
        row.addWidget(self.occurred_from)
        row.addWidget(self.to_label)
        row.addWidget(self.occurred_to)
        row.addSpacing(16)
        row.addWidget(self.open_only)
        row.addStretch(1)
        row.addWidget(self.count)
        return row

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New entry…"))
        self.new_action.setToolTip(
            self.tr("Record a meeting, call, e-mail or feedback (Ctrl+N; Ctrl+J anywhere)")
        )
        self.edit_action.setText(self.tr("Ed&it…"))
        self.edit_action.setToolTip(self.tr("Edit the selected entry (F2 or Enter)"))
        self.remove_action.setText(self.tr("&Remove"))
        self.remove_action.setToolTip(self.tr("Remove the selected entry (Del)"))
        self.done_action.setText(self.tr("Follow-up &done"))
        self.done_action.setToolTip(
            self.tr("Mark the selected entry's follow-up done, or open again (Ctrl+D)")
        )
        self.filter.setPlaceholderText(self.tr("Filter by summary, details or client (Ctrl+F)"))
        self.kinds_label.setText(self.tr("Kinds:"))
        self.kinds.setToolTip(self.tr("Show only these kinds; none pressed shows every kind"))
        self.from_label.setText(self.tr("Fro&m:"))
        self.to_label.setText(self.tr("to"))
        self.open_only.setText(self.tr("Open follow-ups &only"))
        self.kinds.retranslate()  # the day fields follow the language themselves
        self.client_filter.refill()
        super().retranslate()

    # -- data --------------------------------------------------------------------------------

    def refresh(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.client):
            self.client_filter.refill()
        if changes.touches(Entity.client, Entity.engagement, Entity.journal):
            self.refresh_or_reload(changes, Entity.journal)

    def counter(self) -> Callable[[], int]:
        query, journal = self._query, self.context.workspace.journal
        return lambda: journal.count(query)

    def count_text(self, count: int) -> str:
        return self.tr("Entries: %1").replace("%1", str(count))

    def fetch(self, ids: frozenset[int] | None = None) -> FetchPage[JournalRow]:
        query = dataclasses.replace(self._query, ids=ids)
        journal, today = self.context.workspace.journal, date.today()
        return lambda offset, limit: journal.list(query, today=today, offset=offset, limit=limit)

    def sort_by(self, key: str, descending: bool) -> None:
        self._query = dataclasses.replace(self._query, sort=JournalSort(key), descending=descending)
        self.reload()

    def apply_filter(self) -> None:
        self._query = dataclasses.replace(
            self._query,
            client_id=self.client_filter.client_id(),
            kinds=self.kinds.kinds(),
            occurred_from=self.occurred_from.day(),
            occurred_to=self.occurred_to.day(),
            open_follow_ups=self.open_only.isChecked(),
            text=self.filter.text(),
        )
        self.reload()

    def show_client(self, client_id: int) -> None:
        """Narrow the list to one client (from the client's timeline)."""
        self.client_filter.choose(client_id)
        self.apply_filter()

    def selection_changed(self) -> None:
        row = self.selected_row()
        writable = not self.context.read_only  # a file that cannot be written offers no edits
        self.new_action.setEnabled(writable)
        for action in (self.edit_action, self.remove_action):
            action.setEnabled(row is not None and writable)
        self.done_action.setEnabled(writable and row is not None and row.follow_up_on is not None)

    def current_selection(self) -> Selection:
        row = self.selected_row()
        if row is None:
            return Selection(self._query.client_id)
        return Selection(row.client_id, row.engagement_id)

    def empty_text(self) -> str:
        if self._query != JournalQuery(sort=self._query.sort, descending=self._query.descending):
            return self.tr("No journal entry matches these filters.")
        return self.tr(
            "The journal is empty.\nPress Ctrl+J anywhere to record a meeting, call or feedback."
        )

    # -- actions -----------------------------------------------------------------------------

    def _create(self) -> None:
        selection = self.current_selection()
        created = self.actions_.add(selection.client_id, None)
        if created is not None:
            self.select(created)

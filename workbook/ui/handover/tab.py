"""Handover review: every milestone of the engagements that are accepted, active or in handover,
across clients, grouped by due window and sorted in SQL; the handovers at risk above them.

Keys on the selected milestone: Ctrl+D marks it done, Ctrl+Shift+D verifies and signs it off,
Enter or F2 opens its engagement on the Knowledge transfer page."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.enums import MilestoneStatus
from workbook.domain.handover import SETTLED_MILESTONES, WINDOW_ORDER, DueWindow
from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.presentation.handover_columns import REVIEW_COLUMNS
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.services.handover.shapes import MilestoneRow, ReviewQuery, ReviewSort
from workbook.ui.common import named
from workbook.ui.common.column_choice import ColumnChooser
from workbook.ui.common.context import TabContext
from workbook.ui.common.page_loader import PageLoader
from workbook.ui.common.tab_actions import tab_action
from workbook.ui.common.tone import Tone
from workbook.ui.common.trees import set_up_grouped_tree
from workbook.ui.handover.kept_answer import KeptAnswer
from workbook.ui.handover.review_model import PAGE, FetchWindow, ReviewModel
from workbook.ui.handover.risks import risk_panel
from workbook.ui.handover.sign_off import sign_off_dialog

if TYPE_CHECKING:  # the services load after the first paint
    from workbook.services.handover.service import ReviewAnswer

KNOWLEDGE_TRANSFER = "knowledge_transfer"  # the editor page milestones are kept on
_WINDOW_TITLES = {
    DueWindow.overdue: QT_TRANSLATE_NOOP("HandoverTab", "Overdue (%1)"),
    DueWindow.this_week: QT_TRANSLATE_NOOP("HandoverTab", "This week (%1)"),
    DueWindow.next_30_days: QT_TRANSLATE_NOOP("HandoverTab", "Next 30 days (%1)"),
    DueWindow.later: QT_TRANSLATE_NOOP("HandoverTab", "Later or not planned (%1)"),
    DueWindow.done: QT_TRANSLATE_NOOP("HandoverTab", "Done (%1)"),
}
_REFRESHED_BY = (Entity.milestone, Entity.engagement, Entity.client, Entity.contact)
RISKS_SHOWN = 100  # the handovers at risk listed above the review (the heading counts all)
CLOSED_AT_FIRST = frozenset({DueWindow.done})  # until opened: no first page read for it


def _window_title(window: DueWindow, count: int) -> str:
    text = QCoreApplication.translate("HandoverTab", _WINDOW_TITLES[window])
    return text.replace("%1", str(count))


def _tone(milestone: MilestoneRow) -> Tone | None:
    if milestone.overdue:
        return Tone.overdue
    return Tone.at_risk if milestone.status is MilestoneStatus.at_risk else None


class HandoverTab(QWidget):
    def __init__(self, context: TabContext) -> None:
        super().__init__()
        self.setObjectName("handover")
        self.context = context
        self._query = ReviewQuery()
        self._closed = set(CLOSED_AT_FIRST)  # windows the user keeps closed
        self.model = ReviewModel(REVIEW_COLUMNS, _window_title, _tone)
        self.loader: PageLoader[ReviewAnswer] = PageLoader(self)
        self.loader.tell_failures(context.unreadable, context.refused)
        self._at_risk = 0  # handovers at risk, counted with the last reload
        # The last answer's risks and counts while the data is unchanged (None after a
        # change): a sort reads the first pages alone, half of what a reload reads.
        self._kept: KeptAnswer | None = None
        self.view = named(QTreeView(), "handoverView")
        self._setup_view()
        self.model.on_sort(self._sort_by)  # after the view's first sort: no query before
        self.columns = ColumnChooser(
            self.view.header(), [c.key for c in REVIEW_COLUMNS], "handover", context.columns,
            fixed=frozenset({REVIEW_COLUMNS[0].key}),  # the topic column holds the windows
        )  # fmt: skip
        self.risks = risk_panel()
        self.risks.signals.edit.connect(self._open_engagement)
        self.client_filter = named(QComboBox(), "handoverClientFilter")
        self.client_filter.setMinimumContentsLength(18)
        self.status_filter = named(QComboBox(), "handoverStatusFilter")
        for combo in (self.client_filter, self.status_filter):
            combo.activated.connect(self.apply_filter)
        self.done_action = tab_action(self, "markDone", QKeySequence("Ctrl+D"), self.mark_done)
        self.verify_action = tab_action(
            self, "verifyMilestone", QKeySequence("Ctrl+Shift+D"), self.verify
        )
        self.open_action = tab_action(self, "openMilestone", QKeySequence(Qt.Key.Key_F2), self.open)
        self.empty = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "handoverEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); font-size: 12pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self._lay_out()
        self.retranslate()
        self.reload()

    def _setup_view(self) -> None:
        view = self.view
        set_up_grouped_tree(view, self.model)
        view.setSortingEnabled(True)
        view.sortByColumn(REVIEW_COLUMNS.index(_column(ReviewSort.planned_on)),
                          Qt.SortOrder.AscendingOrder)  # fmt: skip
        view.activated.connect(lambda _index: self.open())
        view.expanded.connect(lambda index: self._closed.discard(self._window_at(index)))
        view.collapsed.connect(lambda index: self._closed.add(self._window_at(index)))
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        view.header().setStretchLastSection(False)
        view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the topic
        self._fitted = False

    def _lay_out(self) -> None:
        toolbar = QHBoxLayout()
        for action in (self.done_action, self.verify_action, self.open_action):
            button = named(QToolButton(), f"{action.objectName()}Button")
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.client_filter)
        toolbar.addWidget(self.status_filter)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.risks)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 3)
        split.setSizes([180, 420])  # five handovers at risk before the list scrolls
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(split, 1)

    # -- data ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Query the risks and the review again, off the UI thread (page_loader): what is
        shown stays until the answer arrives."""
        self._kept = None  # also when an earlier answer is still to come: it is dropped
        self._load()

    def _load(self) -> None:
        handover, query, day = self.context.workspace.handover, self._query, date.today()
        kept_risks = self._kept.risks_for(query, day) if self._kept else None
        kept_counts = self._kept.counts_for(query, day) if self._kept else None
        terms = self.context.preferences.handover_terms
        closed = frozenset(self._closed)

        def fetch(window: DueWindow, offset: int, limit: int) -> Sequence[MilestoneRow]:
            return handover.review(query, window, offset=offset, limit=limit, today=day)

        def work() -> ReviewAnswer:  # a closed window fetches its rows when it is opened
            return handover.review_answer(
                query, today=day, terms=terms, risks_limit=RISKS_SHOWN, page_limit=PAGE,
                closed=closed, risks=kept_risks, counts=kept_counts,
            )  # fmt: skip

        self.loader.load(
            work, lambda answer: self._show(answer, fetch, KeptAnswer(day, query, *answer[:2]))
        )

    def _show(self, answer: ReviewAnswer, fetch: FetchWindow, kept: KeptAnswer) -> None:
        selected, place = self.selected(), self.view.currentIndex().row()
        (risks, self._at_risk), counts, pages = answer
        self._kept = kept
        self.risks.set_rows(risks)
        self._show_risk_heading()
        self.model.show(counts, pages, fetch)
        for window in self.model.windows():
            self.view.setExpanded(self.model.group_index(window), window not in self._closed)
        self.view.setFirstColumnSpanned(0, QModelIndex(), False)
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        if not self._fitted and self.model.rowCount():
            self._fit_columns()
        if selected is not None:
            self._reselect(selected, place)
        self.stack.setCurrentWidget(self.view if self.model.rowCount() else self.empty)
        self.empty.setText(self._empty_text())
        self._update_actions()

    def _fit_columns(self) -> None:
        """As wide as the shown rows need, never narrower than the header, at most twice the
        column's width; later loads keep the widths (no jumping while filtering)."""
        char = self.view.fontMetrics().averageCharWidth()
        header = self.view.header()
        for number, column in enumerate(REVIEW_COLUMNS[1:], 1):
            spec = column.width * char
            wanted = min(max(spec, self.view.sizeHintForColumn(number)), 2 * spec)
            self.view.setColumnWidth(number, max(wanted, header.sectionSizeHint(number) + char))
        self._fitted = True

    def refresh(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.client, Entity.engagement):
            self._fill_client_filter()
        if changes.touches(*_REFRESHED_BY):
            self.reload()

    def _show_risk_heading(self) -> None:
        count, shown = self._at_risk, self.risks.model.rowCount()
        if count > shown:
            text = self.tr("Handovers at risk (%1, the nearest %2 shown)")
            text = text.replace("%1", str(count)).replace("%2", str(shown))
        elif count:
            text = self.tr("Handovers at risk (%1)").replace("%1", str(count))
        else:
            text = self.tr("No handover is at risk.")
        self.risks.heading.setText(text)
        self.risks.heading.setStyleSheet(
            Tone.at_risk.style() + " font-weight: 600;" if count else "font-weight: 600;"
        )
        self.risks.heading.show()
        self.risks.stack.setVisible(count > 0)

    def _sort_by(self, key: str, descending: bool) -> None:
        self._query = dataclasses.replace(self._query, sort=ReviewSort(key), descending=descending)
        self._load()

    def apply_filter(self) -> None:
        status = self.status_filter.currentData()
        self._query = dataclasses.replace(
            self._query,
            client_id=self.client_filter.currentData(),
            status=MilestoneStatus(status) if status else None,
        )
        self._load()  # what the filters left as it was is kept (KeptAnswer)

    def _empty_text(self) -> str:
        if self._query.client_id is not None or self._query.status is not None:
            return self.tr("No milestone matches these filters.")
        return self.tr(
            "Nothing to review: no engagement that is accepted, active or in handover has "
            "knowledge-transfer milestones yet.\nPlan them on the engagement's Knowledge "
            "transfer page."
        )

    # -- selection -----------------------------------------------------------------------------

    def selected(self) -> MilestoneRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.milestone(rows[0]) if rows else None

    def select(self, milestone_id: int) -> bool:
        index = self.model.find(milestone_id)
        if index.isValid():
            self.view.setExpanded(index.parent(), True)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        return index.isValid()

    def _reselect(self, before: MilestoneRow, place: int) -> None:
        """The same milestone where it still stands in its window, else its neighbour there,
        else the first of a later window: a milestone marked done moves on to Done, and the
        next one to review is up."""
        index = self.model.find(before.id)
        found = self.model.milestone(index)
        if found is None or found.window is not before.window:
            index = self.model.child(before.window, place)
        later = WINDOW_ORDER[WINDOW_ORDER.index(before.window) + 1 :]
        for window in later:  # its window emptied: the first of the next one
            if index.isValid():
                break
            index = self.model.child(window, 0)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _window_at(self, index: QModelIndex) -> DueWindow:
        return self.model.windows()[index.row()]

    def _update_actions(self) -> None:
        milestone = self.selected()
        writable = not self.context.read_only  # a file that cannot be written offers no edits
        self.open_action.setEnabled(milestone is not None)
        self.verify_action.setEnabled(milestone is not None and writable)
        settled = milestone is None or milestone.status in SETTLED_MILESTONES
        self.done_action.setEnabled(writable and not settled)

    def take_focus(self) -> None:
        self.view.setFocus()

    # -- actions -------------------------------------------------------------------------------

    def mark_done(self) -> None:
        milestone = self.selected()
        if milestone is None or milestone.status in (
            MilestoneStatus.done,
            MilestoneStatus.verified,
        ):
            return
        self.context.attempt(
            self.tr("Mark “%1” done").replace("%1", milestone.topic),
            lambda: self.context.workspace.handover.mark_done(
                milestone.id, version=milestone.version
            ),
        )

    def verify(self) -> None:
        milestone = self.selected()
        if milestone is None:
            return
        contacts = self._contacts(milestone.engagement_id)
        sign_off_dialog(self, self.context, milestone, contacts).exec()

    def open(self) -> None:
        milestone = self.selected()
        if milestone is not None:
            self._open_engagement(milestone.engagement_id, milestone.id)

    def _open_engagement(self, engagement_id: int, milestone_id: int | None = None) -> None:
        self.context.navigate.open_engagement(
            engagement_id, page=KNOWLEDGE_TRANSFER, item=milestone_id
        )

    def _contacts(self, engagement_id: int) -> list[tuple[int, str]]:
        workspace = self.context.workspace
        client_id = workspace.engagements.get(engagement_id).client_id
        return [(c.id, c.name) for c in workspace.clients.get(client_id).contacts]

    # -- words ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.done_action.setText(self.tr("&Mark done"))
        self.done_action.setToolTip(self.tr("The selected milestone is done today (Ctrl+D)"))
        self.verify_action.setText(self.tr("Verify && &sign off…"))
        self.verify_action.setToolTip(
            self.tr("How the client showed it can do it alone, and who signed off (Ctrl+Shift+D)")
        )
        self.open_action.setText(self.tr("&Open engagement"))
        self.open_action.setToolTip(
            self.tr("The milestone's engagement, on its Knowledge transfer page (Enter or F2)")
        )
        self.risks.set_texts(empty="", add="", edit="", remove="")
        self._fill_client_filter()
        self._fill_status_filter()
        self.model.retranslate()
        self._show_risk_heading()
        self.empty.setText(self._empty_text())

    def _fill_client_filter(self) -> None:
        current = self.client_filter.currentData()
        self.client_filter.clear()
        self.client_filter.addItem(self.tr("All clients"), None)
        for client_id, name in self.context.workspace.handover.review_clients():
            self.client_filter.addItem(name, client_id)
        self.client_filter.setCurrentIndex(max(0, self.client_filter.findData(current)))

    def _fill_status_filter(self) -> None:
        current = self.status_filter.currentData()
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in MilestoneStatus:
            self.status_filter.addItem(QCoreApplication.translate(LABELS, label(status)), status)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _column(sort: ReviewSort) -> object:
    return next(column for column in REVIEW_COLUMNS if column.sort == sort)

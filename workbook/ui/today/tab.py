"""Today: what needs the consultant, across clients, in sections (workbook.services.today).

The sections are read off the UI thread and shown when they arrive; every ChangeSet reloads
them (no polling). At start-up the tab can show the day's first look before the workbook is open
(the window builds it without a context, then attach()es the context: until then nothing acts
on the items). Keys on the selected item: Enter (or a double click) opens it where it is
edited; on a follow-up Ctrl+D marks it done and Ctrl+L snoozes it by a week, both undoable."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.changes import ChangeSet, Entity
from workbook.services.today.shapes import Opens, Section, TodayItem, TodaySection, TodayTerms
from workbook.ui.common import named, worker
from workbook.ui.common.context import Selection, TabContext
from workbook.ui.common.tab_actions import tab_action
from workbook.ui.common.trees import set_up_grouped_tree
from workbook.ui.today.model import TodayModel
from workbook.ui.today.terms import day_terms

if TYPE_CHECKING:  # QtCharts loads after the first paint
    from workbook.ui.today.charts import TodayCharts

SNOOZE_DAYS = 7
# The engagement editor's page each section's item is edited on (ui.engagements.editor.PAGES).
_PAGES = {
    Section.milestones: "knowledge_transfer",
    Section.handover_risks: "knowledge_transfer",
    Section.scope_creep: "changes",
    Section.untold_costs: "changes",
    Section.clarification: "clarification",
    Section.overdue_goals: "goals",
}
# A change to one row of these shows as an item of that section (its key names the row): after
# it — an undo that brings a follow-up back — that item is the one selected.
_ITEM_OF = {Entity.journal: Section.follow_ups}
# The most average characters of client, date and how late: a name's letters are wider than
# the average character (a client name of 31 letters took 35 of them).
_WIDTHS = {0: 40, 2: 18, 3: 24}
# Rows a column's fit looks at: about twice those a full-height window shows (~30). Qt's
# default, 1,000 of the ~2,000 items of a busy day, took 74 ms on the UI thread before the day
# showed; 150 rows ~25 ms, 60 ~12 ms.
_FIT_ROWS = 60


class TodayTab(QWidget):
    loaded = Signal()  # the sections are shown (tests wait for it)
    counted = Signal()  # and the long ones' totals too

    def __init__(self, context: TabContext | None) -> None:
        """`context` None: the day's first look (show_first_look), until attach()."""
        super().__init__()
        self.setObjectName("today")
        self._context = context
        self._closed: set[Section] = set()  # sections the user keeps closed
        self._job: worker.Job | None = None
        self._again = False  # a change came while the sections were read: read once more
        self._stale = False  # changed while another tab was shown: read when shown again
        self._read = False  # the sections were read once: the file can answer their queries
        self._touched: tuple[Section, int] | None = None  # the item a change wrote, to select
        self.day = date.today()
        self.charts: TodayCharts | None = None  # built after the first paint
        self.heading = named(QLabel(), "todayHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.model = TodayModel()
        self.view = named(QTreeView(), "todayView")
        self._setup_view()
        self.open_action = tab_action(self, "openTodayItem", QKeySequence(Qt.Key.Key_F2), self.open)
        self.done_action = tab_action(self, "followUpDone", QKeySequence("Ctrl+D"), self.mark_done)
        self.snooze_action = tab_action(self, "snoozeFollowUp", QKeySequence("Ctrl+L"), self.snooze)
        self._lay_out()
        self.retranslate()
        if context is not None:
            self.reload()

    @property
    def context(self) -> TabContext:
        assert self._context is not None, "the first look has no context before attach()"
        return self._context

    def show_first_look(self, sections: list[TodaySection]) -> None:
        """The day as read before the workbook opened (services.today.first_look)."""
        self._present(sections)
        self.loaded.emit()

    def attach(self, context: TabContext) -> None:
        """The workbook is open: its items can be acted on, and the day is read through the
        services (what changed since the first look, a migration say, shows)."""
        self._context = context
        self._update_actions()
        self.reload()

    def _setup_view(self) -> None:
        view = self.view
        set_up_grouped_tree(view, self.model)
        view.activated.connect(lambda _index: self.open())  # Enter, or a double click
        # An item's figure ends its text ("… — readiness 50 %"): a cut one keeps its end.
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.expanded.connect(lambda index: self._closed.discard(self.model.section_at(index)))
        view.collapsed.connect(lambda index: self._closed.add(self.model.section_at(index)))
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # what it is
        header.setResizeContentsPrecision(_FIT_ROWS)
        self._fitted = False

    def _fit_columns(self) -> None:
        """Client, date and how late as wide as their longest text among the rows in view
        and around them (at most a limit); what it is takes the rest. Later loads keep the
        widths: nothing jumps."""
        char = self.view.fontMetrics().averageCharWidth()
        for column, limit in _WIDTHS.items():
            wanted = max(
                self.view.sizeHintForColumn(column), self.view.header().sectionSizeHint(column)
            )
            # the client's name is indented below its section: the limit is for the name
            indented = self.view.indentation() if column == 0 else 0
            self.view.setColumnWidth(column, min(wanted + char, limit * char + indented))
        self._fitted = True

    def _lay_out(self) -> None:
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.heading)
        toolbar.addStretch(1)
        for action in (self.open_action, self.done_action, self.snooze_action):
            button = named(QToolButton(), f"{action.objectName()}Button")
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            toolbar.addWidget(button)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.view)
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        # The list first, the buttons above it after: Tab goes from the list to what acts on
        # its item (in the order they were laid out, Tab from the list left the tab)
        layout.addWidget(self.split, 1)
        layout.insertLayout(0, toolbar)

    def showEvent(self, event: QShowEvent) -> None:
        """The charts once the tab is on screen and its sections show: QtCharts and the
        charts' queries come after the list (they would hold up the start). What changed while
        another tab was shown (or a new day that began) is read now."""
        super().showEvent(event)
        if self.charts is None and self._read:
            QTimer.singleShot(0, self, self._add_charts)  # dropped should the tab go first
        if self._context is not None and (self._stale or self.day != date.today()):
            self._stale = False
            self.reload()
            if self.charts is not None:
                self.charts.reload()

    def _add_charts(self) -> None:
        if self.charts is not None:
            return
        from workbook.ui.today.charts import TodayCharts

        self.charts = TodayCharts(self.context)
        self.split.addWidget(self.charts)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 1)
        width = self.split.width()
        self.split.setSizes([width * 2 // 3, width - width * 2 // 3])

    # -- data ----------------------------------------------------------------------------------

    def _terms(self) -> TodayTerms:
        return day_terms(self.context.preferences, self.day)

    def reload(self) -> None:
        """Reads the sections in a worker; a reload asked for meanwhile reads them again."""
        if self._job is not None:
            self._again = True
            return
        self.day = date.today()
        terms, service = self._terms(), self.context.workspace.today
        self._job = worker.start(lambda: service.sections(terms), self._show, self._failed)

    def _show(self, sections: list[TodaySection]) -> None:
        if self._read_again():
            return
        self._present(sections)
        if not self._read and self.isVisible():
            QTimer.singleShot(0, self, self._add_charts)  # after the sections painted
        self._read = True
        self.loaded.emit()
        self._count(sections)

    def _present(self, sections: list[TodaySection]) -> None:
        selected, place = self.selected(), self.view.currentIndex().row()
        self.model.load(sections)
        self._open_sections()
        if not self._fitted and any(section.items for section in sections):
            self._fit_columns()
        touched, self._touched = self._touched, None
        # the row a change wrote when it is listed (an undo brought it back), else as before
        if touched is None or not self.select(*touched):
            if selected is not None:
                self._reselect(selected, place)
            else:
                self._select_first()
        self._show_heading()
        self._update_actions()

    def _count(self, sections: list[TodaySection]) -> None:
        """The totals of the sections that show only their first items, after those painted;
        the job stands for the read, so a change meanwhile reads everything again."""
        if not any(section.more for section in sections):
            self.counted.emit()
            return
        terms, service = self._terms(), self.context.workspace.today
        self._job = worker.start(
            lambda: service.counted(sections, terms), self._show_totals, self._failed
        )

    def _show_totals(self, sections: list[TodaySection]) -> None:
        if self._read_again():
            return
        self.model.count(sections)
        self.counted.emit()

    def _read_again(self) -> bool:
        """The job has ended; True when a change came meanwhile and the sections are being
        read again (what the job found is out of date)."""
        self._job = None
        if not self._again:
            return False
        self._again = False
        self.reload()
        return True

    def _failed(self, error: Exception) -> None:
        """The first time, the file cannot answer the queries (another tool edited it): the
        window closes it. Later in the status bar, not a dialog: the next change reads the
        list again."""
        self._job = None
        self._again = False
        if not self._read:
            self.context.unreadable(error)
            return
        self.context.status(self.tr("The list for today could not be read: %1").replace(
            "%1", str(error)))  # fmt: skip

    def _open_sections(self) -> None:
        """Headings across the row; sections with items open unless the user closed them."""
        sections = self.model.sections()
        for row in range(len(sections)):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        # One layout of the tree: a section opened at a time laid all of it out again each
        # time (90 ms for ten sections of a busy day, on the UI thread). Silenced: these are
        # not the user's openings and closings, which _closed keeps.
        with QSignalBlocker(self.view):
            self.view.expandAll()
            for section in sections:
                if not section.items or section.section in self._closed:
                    self.view.collapse(self.model.heading(section.section))

    def refresh(self, changes: ChangeSet) -> None:
        """Every area feeds a section: any change reads them again — at once while the tab is
        shown, else when it is shown next (no reading for nobody while other tabs write)."""
        if not changes.entities:
            return
        if not self.isVisible():
            self._stale = True
            return
        updated = changes.updated
        self._touched = None
        if updated is not None and updated[0] in _ITEM_OF:
            self._touched = (_ITEM_OF[updated[0]], updated[1])
        self.reload()
        if self.charts is not None:
            self.charts.refresh(changes)

    # -- selection -----------------------------------------------------------------------------

    def selected(self) -> TodayItem | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item(rows[0]) if rows else None

    def select(self, section: Section, row_id: int) -> bool:
        """The item of `section` whose key (TodayItem.key) names `row_id`."""
        index = self.model.find((section, row_id))
        if index.isValid():
            self.view.setExpanded(index.parent(), True)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        return index.isValid()

    def _select_first(self) -> None:
        """The day's first item, so Enter and the keys work at once (not the heading above)."""
        for section in self.model.sections():
            if section.items and section.section not in self._closed:
                self.view.setCurrentIndex(self.model.child(section.section, 0))
                return

    def _reselect(self, before: TodayItem, place: int) -> None:
        """The same item, else the one now in its place in its section (a follow-up marked
        done leaves; the next one is up)."""
        index = self.model.find(before.key)
        if not index.isValid():
            index = self.model.child(before.section, place)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def current_selection(self) -> Selection:
        """The selected item's client and engagement (Ctrl+J records a contact about them)."""
        item = self.selected()
        if item is None:
            return Selection()
        return Selection(item.client_id, item.engagement_id)

    def _update_actions(self) -> None:
        item = None if self._context is None else self.selected()
        self.open_action.setEnabled(item is not None)
        follow_up = item is not None and item.section is Section.follow_ups
        writable = follow_up and not self.context.read_only
        self.done_action.setEnabled(writable)
        self.snooze_action.setEnabled(writable)

    def take_focus(self) -> None:
        self.view.setFocus()

    # -- actions -------------------------------------------------------------------------------

    def open(self) -> None:
        """Where the item is edited: the journal entry, the engagement's page, the plan, the
        client."""
        item = self.selected()
        if item is None or self._context is None:  # Enter on the first look
            return
        navigate = self.context.navigate
        if item.opens is Opens.journal_entry:
            navigate.edit_journal_entry(item.row_id)
        elif item.opens is Opens.engagement:
            navigate.open_engagement(item.row_id, page=_PAGES.get(item.section), item=item.item_id)
        elif item.opens is Opens.support_plan:
            navigate.show_support_plans(item.client_id, item.row_id)
        else:
            navigate.show_client(item.client_id)

    def mark_done(self) -> None:
        item = self._follow_up()
        if item is not None:
            self.context.attempt(
                self.tr("Follow-up done: %1").replace("%1", item.title),
                lambda: self.context.workspace.journal.mark_follow_up_done(
                    item.row_id, version=item.version
                ),
            )

    def snooze(self) -> None:
        item = self._follow_up()
        if item is not None:
            self.context.attempt(
                self.tr("Follow-up a week later: %1").replace("%1", item.title),
                lambda: self.context.workspace.journal.snooze_follow_up(
                    item.row_id, SNOOZE_DAYS, version=item.version
                ),
            )

    def _follow_up(self) -> TodayItem | None:
        item = self.selected()
        if item is None or item.section is not Section.follow_ups or self.context.read_only:
            return None
        return item

    # -- words ---------------------------------------------------------------------------------

    def _show_heading(self) -> None:
        qdate = QDate(self.day.year, self.day.month, self.day.day)
        day = QLocale().toString(qdate, QLocale.FormatType.LongFormat)
        self.heading.setText(self.tr("Today, %1").replace("%1", day))

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("&Open"))
        self.open_action.setToolTip(
            self.tr("Open the selected item where it is edited (Enter or F2)")
        )
        self.done_action.setText(self.tr("Follow-up &done"))
        self.done_action.setToolTip(self.tr("The selected follow-up is done (Ctrl+D)"))
        self.snooze_action.setText(self.tr("A &week later"))
        self.snooze_action.setToolTip(
            self.tr("Remind of the selected follow-up again in a week (Ctrl+L)")
        )
        self.model.retranslate()
        self._show_heading()
        self._open_sections()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

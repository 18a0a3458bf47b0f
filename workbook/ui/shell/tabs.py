"""The window's tabs, in order, and their building. A feature's tab is one entry here: built
once a database is open, handed the TabContext, and sent every ChangeSet (its refresh())."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QTabWidget, QWidget

from workbook.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # what the tabs are handed comes with the features: after the first paint
    from workbook.domain.changes import ChangeSet
    from workbook.services.today.shapes import TodaySection
    from workbook.ui.common.context import TabContext


class FeatureTab(Protocol):
    def refresh(self, changes: ChangeSet) -> None: ...
    def take_focus(self) -> None: ...


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str  # English source with its mnemonic, translated in context "MainWindow"
    make: Callable[[TabContext], QWidget]


# The tabs import their feature only when built: after the first paint.
def _today(context: TabContext) -> QWidget:
    from workbook.ui.today.tab import TodayTab

    return TodayTab(context)


def _clients(context: TabContext) -> QWidget:
    from workbook.ui.clients.tab import ClientsTab

    return ClientsTab(context)


def _engagements(context: TabContext) -> QWidget:
    from workbook.ui.engagements.tab import EngagementsTab

    return EngagementsTab(context)


def _handover(context: TabContext) -> QWidget:
    from workbook.ui.handover.tab import HandoverTab

    return HandoverTab(context)


def _changes(context: TabContext) -> QWidget:
    from workbook.ui.engagements.changes.tab import ChangesTab

    return ChangesTab(context)


def _support(context: TabContext) -> QWidget:
    from workbook.ui.support.tab import SupportTab

    return SupportTab(context)


def _journal(context: TabContext) -> QWidget:
    from workbook.ui.journal.tab import JournalTab

    return JournalTab(context)


TABS: tuple[TabSpec, ...] = (
    TabSpec("today", QT_TRANSLATE_NOOP("MainWindow", "Toda&y"), _today),
    TabSpec("clients", QT_TRANSLATE_NOOP("MainWindow", "&Clients"), _clients),
    TabSpec("engagements", QT_TRANSLATE_NOOP("MainWindow", "En&gagements"), _engagements),
    TabSpec("handover", QT_TRANSLATE_NOOP("MainWindow", "Handover &review"), _handover),
    TabSpec("changes", QT_TRANSLATE_NOOP("MainWindow", "Change re&quests"), _changes),
    TabSpec("support", QT_TRANSLATE_NOOP("MainWindow", "&Support"), _support),
    TabSpec("journal", QT_TRANSLATE_NOOP("MainWindow", "&Journal"), _journal),
)


class FeatureTabs(QObject):
    """The tabs of the open database. The first is built at once and shows its first page; the
    others follow one per turn of the event loop once that page shows (a first tab that reads
    in a worker says so with its `loaded` signal: until then their imports and queries would
    hold up the UI thread and the worker), or at once when one is asked for."""

    _more = Signal()  # queued: the next tab is built on the next turn of the event loop
    # The first tab shows data of the workbook being opened: its first look, or its first page
    # once open (once per workbook; the start-up probe waits for it).
    first_page_shown = Signal()

    def __init__(
        self,
        widget: QTabWidget,
        data_changed: SignalInstance,
        unreadable: Callable[[Exception], None],
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self.built: dict[str, QWidget] = {}
        self.context: TabContext | None = None  # while a database is open
        self._unbuilt: list[TabSpec] = []
        self._data_changed = data_changed
        self._unreadable = unreadable
        self._first_look: QWidget | None = None  # Today before the workbook is open
        self._announced = False
        self._more.connect(self._build_next, Qt.ConnectionType.QueuedConnection)

    def prepare_first_look(self) -> None:
        """The Today tab for a first look, built while its day is read (not shown yet)."""
        if self._first_look is None and not self.built:
            from workbook.ui.today.tab import TodayTab

            assert TABS[0].key == "today"
            self._first_look = TodayTab(None)

    def show_first_look(self, sections: list[TodaySection]) -> bool:
        """Before the workbook is open: the Today tab with the day its first look read
        (services.today.first_look), nothing acting on it until show() gives it the context.
        False when tabs are shown already."""
        if self.built or self.widget.count():
            return False
        self.prepare_first_look()
        tab = self._first_look
        assert tab is not None
        tab.show_first_look(sections)  # type: ignore[attr-defined]
        self.widget.insertTab(0, tab, QCoreApplication.translate("MainWindow", TABS[0].title))
        self._announce()
        return True

    def show(self, context: TabContext) -> FeatureTab:
        """Build the first tab over `context` (a failure propagates: nothing is shown yet) and
        queue the others."""
        self.context = context
        self._unbuilt = list(TABS)
        first = self._build(TABS[0]) if self._first_look is None else self._adopt_first_look()
        loaded: SignalInstance | None = getattr(first, "loaded", None)
        if loaded is None:
            self._announce()
            self._more.emit()
        else:
            loaded.connect(self._first_shown)
        return first  # type: ignore[return-value]

    def _adopt_first_look(self) -> QWidget:
        """The first look's tab becomes the first tab (placed now if its day never came): it
        reads the day through the services."""
        tab, self._first_look = self._first_look, None
        assert tab is not None
        assert self.context is not None
        if self.widget.indexOf(tab) < 0:
            self.widget.insertTab(0, tab, QCoreApplication.translate("MainWindow", TABS[0].title))
        self._unbuilt.remove(TABS[0])
        self._data_changed.connect(tab.refresh)  # type: ignore[attr-defined]
        self.built[TABS[0].key] = tab
        tab.attach(self.context)  # type: ignore[attr-defined]
        return tab

    def _announce(self) -> None:
        if not self._announced:
            self._announced = True
            self.first_page_shown.emit()

    def _first_shown(self) -> None:
        """The first tab shows its data: build the others now (once, not on every reload)."""
        first = self.built.get(TABS[0].key)
        if first is not None:
            first.loaded.disconnect(self._first_shown)  # type: ignore[attr-defined]
        self._announce()
        self._more.emit()

    def get(self, key: str) -> QWidget | None:
        """The tab, built now if it is still to come; None without a database."""
        if key not in self.built:
            spec = next((spec for spec in self._unbuilt if spec.key == key), None)
            return None if spec is None else self._build_or_close(spec)
        return self.built[key]

    def build_remaining(self) -> None:
        while self._unbuilt:
            self._build_or_close(self._unbuilt[0])

    def retranslate(self) -> None:
        for spec in TABS:
            tab = self.built.get(spec.key) or (self._first_look if spec is TABS[0] else None)
            if tab is not None and self.widget.indexOf(tab) >= 0:
                title = QCoreApplication.translate("MainWindow", spec.title)
                self.widget.setTabText(self.widget.indexOf(tab), title)

    def close(self) -> None:
        """The tabs of the workbook that was open, or the first look of one that did not open."""
        self._unbuilt.clear()
        self.context = None
        self._announced = False
        if self._first_look is not None:  # shown, or only built
            if (place := self.widget.indexOf(self._first_look)) >= 0:
                self.widget.removeTab(place)
            self._first_look.deleteLater()
            self._first_look = None
        for tab in self.built.values():
            self._data_changed.disconnect(tab.refresh)  # type: ignore[attr-defined]
            self.widget.removeTab(self.widget.indexOf(tab))
            tab.deleteLater()
        self.built.clear()

    def _build_next(self) -> None:
        if self._unbuilt:
            self._build_or_close(self._unbuilt[0])
        if self._unbuilt:
            self._more.emit()

    def _build_or_close(self, spec: TabSpec) -> QWidget | None:
        """A tab after the first, built in a slot or on demand: a failure (a query the file
        cannot answer) closes the file, told in one sentence, instead of going unhandled."""
        try:
            return self._build(spec)
        except Exception as error:
            self._unreadable(error)
            return None

    def _build(self, spec: TabSpec) -> QWidget:
        """Build `spec`'s tab in its place among the tabs built so far."""
        assert self.context is not None
        self._unbuilt.remove(spec)
        tab = spec.make(self.context)
        self._data_changed.connect(tab.refresh)  # type: ignore[attr-defined]
        place = sum(1 for other in TABS[: TABS.index(spec)] if other.key in self.built)
        title = QCoreApplication.translate("MainWindow", spec.title)
        self.widget.insertTab(place, tab, title)
        self.built[spec.key] = tab
        return tab

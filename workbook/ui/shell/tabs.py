"""The window's tabs, in order. A feature's tab is one entry here: the window builds it once a
database is open, hands it the TabContext, and sends it every ChangeSet (its refresh())."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QWidget

from workbook.domain.changes import ChangeSet
from workbook.domain.i18n import QT_TRANSLATE_NOOP
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

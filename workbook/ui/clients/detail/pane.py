"""The right-hand pane of the Clients tab: one section after the other (SECTIONS), each showing
a part of the selected client; a hint when no client is selected."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QStackedLayout, QTabWidget, QVBoxLayout, QWidget

from workbook.domain.changes import ChangeSet
from workbook.services.clients.shapes import ClientDetail, ClientRow
from workbook.ui.clients.detail.contacts import ContactsSection
from workbook.ui.clients.detail.engagements import EngagementsSection
from workbook.ui.clients.detail.facts import FactsSection
from workbook.ui.clients.detail.satisfaction import SatisfactionSection
from workbook.ui.clients.detail.section import DetailSection
from workbook.ui.clients.detail.timeline import TimelineSection
from workbook.ui.common import named
from workbook.ui.common.context import TabContext

# (section, stretch) in the order they stand; a new part of the pane is one more entry.
SECTIONS: tuple[tuple[Callable[[TabContext], DetailSection], int], ...] = (
    (FactsSection, 0),
    (ContactsSection, 1),
    (EngagementsSection, 0),
    (TimelineSection, 1),
    (SatisfactionSection, 1),
)
# Sections that share one place as tabs (the journal and its scores over time): the pane fits
# the window's height.
TABBED = (TimelineSection, SatisfactionSection)
_GAP = 8  # pixels between sections
S = TypeVar("S", bound=DetailSection)


class ClientDetailPane(QWidget):
    def __init__(self, context: TabContext) -> None:
        super().__init__()
        self.setObjectName("ClientDetailPane")
        self.sections = [make(context) for make, _ in SECTIONS]
        self.facts = self._section(FactsSection)
        self.contacts = self._section(ContactsSection)
        self.engagements = self._section(EngagementsSection)
        self.body = QWidget()
        self.tabbed = named(QTabWidget(), "clientJournalTabs")
        layout = QVBoxLayout(self.body)
        for index, (section, (_, stretch)) in enumerate(zip(self.sections, SECTIONS, strict=True)):
            placed: QWidget = section
            if isinstance(section, TABBED):
                section.heading.hide()  # the tab says it
                self.tabbed.addTab(section, "")
                if self.tabbed.count() > 1:
                    continue
                placed = self.tabbed  # the tabs stand where the first of them would
            if index:
                layout.addSpacing(_GAP)
            layout.addWidget(placed, stretch)
        # Nothing selected: one hint instead of a pane of empty, greyed-out fields.
        self.hint = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "detailHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.pages = QStackedLayout(self)
        self.pages.addWidget(self.body)
        self.pages.addWidget(self.hint)
        self.retranslate()
        self.show_client(None, None)

    def _section(self, kind: type[S]) -> S:
        return next(section for section in self.sections if isinstance(section, kind))

    def show_client(self, client: ClientDetail | None, row: ClientRow | None) -> None:
        self.pages.setCurrentWidget(self.body if client is not None else self.hint)
        for section in self.sections:
            section.show_client(client, row)

    def refresh(self, changes: ChangeSet) -> None:
        for section in self.sections:
            section.refresh(changes)

    def retranslate(self) -> None:
        self.tabbed.setTabText(0, QCoreApplication.translate("ClientDetailPane", "Journal"))
        self.tabbed.setTabText(1, QCoreApplication.translate("ClientDetailPane", "Satisfaction"))
        self.hint.setText(
            QCoreApplication.translate(
                "ClientDetailPane", "Select a client to see its details and contacts."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""Knowledge transfer page: the milestones up to the day the client runs the processes alone,
in the agreed order (drag, or Alt+Up/Alt+Down), with readiness, the date and the days left."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from workbook.documents.protocol import gather, protocol_html, protocol_language, protocol_title
from workbook.domain.changes import Entity
from workbook.domain.enums import MilestoneStatus
from workbook.files.atomic import ExportError
from workbook.presentation.handover_columns import MILESTONE_COLUMNS
from workbook.presentation.handover_words import days_left_text, readiness_text, risk_text
from workbook.presentation.ts_reader import translator_from_ts
from workbook.services.handover.shapes import MilestoneRow, Readiness
from workbook.ui.common import named
from workbook.ui.common.context import TabContext
from workbook.ui.common.export_folder import suggested_path
from workbook.ui.common.fields import DateField
from workbook.ui.common.i18n import current_language, format_date
from workbook.ui.common.list_panel import ListPanel
from workbook.ui.common.record_dialog import RecordDialog
from workbook.ui.common.tone import Tone
from workbook.ui.engagements.milestone_kind import milestone_kind, milestone_texts
from workbook.ui.engagements.pages.base import EngagementPage
from workbook.ui.engagements.records import RecordCommands
from workbook.ui.printing.protocol_pdf import pdf_problem_text, print_with_dialog, write_pdf


def _file_name(title: str) -> str:
    """The title as a file name: no characters that some file systems refuse."""
    return re.sub(r'[\\/:*?"<>|]+', "-", title).strip()


def _tone(milestone: MilestoneRow, _column: str) -> Tone | None:
    if milestone.overdue:
        return Tone.overdue
    return Tone.at_risk if milestone.status is MilestoneStatus.at_risk else None


class KnowledgeTransferPage(EngagementPage):
    entities = (Entity.milestone, Entity.engagement, Entity.contact)

    def __init__(self, context: TabContext, engagement_id: int) -> None:
        super().__init__(context, engagement_id)
        kind = milestone_kind(self.workspace)
        self.commands = RecordCommands(self, context, kind, milestone_texts)
        self.bar = named(QProgressBar(), "readinessBar")
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(True)
        self.readiness_label = QLabel()
        self.date_label = named(QLabel(), "selfSufficiency")
        self.date_button = named(QPushButton(), "changeSelfSufficiency")
        self.date_button.setAutoDefault(False)
        self.date_button.clicked.connect(self._change_date)
        self.print_button = named(QPushButton(), "printProtocol")
        self.pdf_button = named(QPushButton(), "saveProtocol")
        for button, slot in ((self.print_button, self._print), (self.pdf_button, self._save_pdf)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        self.risk = named(QLabel(), "handoverRisk")
        self.risk.setWordWrap(True)
        self.risk.setStyleSheet(Tone.at_risk.style() + " font-weight: 600;")
        writable = not context.read_only  # a file that cannot be written offers no edits
        if not writable:
            self.date_button.hide()
        self.panel = ListPanel(
            "milestones", MILESTONE_COLUMNS, lambda r: r.id, tone=_tone, movable=True,
            editable=writable,
        )  # fmt: skip
        self.panel.signals.add.connect(lambda: self.commands.add(engagement_id))
        self.panel.signals.edit.connect(lambda row_id: self.commands.edit(engagement_id, row_id))
        self.panel.signals.remove.connect(
            lambda row_id: self.commands.remove(engagement_id, row_id)
        )
        self.panel.signals.move.connect(self._move)
        header = QGridLayout()
        header.addWidget(self.readiness_label, 0, 0)
        header.addWidget(self.bar, 0, 1)
        header.addWidget(self.print_button, 0, 2)
        header.addWidget(self.pdf_button, 0, 3)
        when = QHBoxLayout()
        when.addWidget(self.date_label)
        when.addWidget(self.date_button)
        when.addStretch(1)
        header.addLayout(when, 1, 0, 1, 4)
        header.addWidget(self.risk, 2, 0, 1, 4)
        header.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.panel, 1)
        self.retranslate()

    def reload(self) -> None:
        self.panel.set_rows(self.workspace.handover.milestones(self.engagement_id))
        self._show(self.workspace.handover.readiness(
            self.engagement_id, terms=self.context.preferences.handover_terms
        ))  # fmt: skip

    def _show(self, readiness: Readiness) -> None:
        translate = QCoreApplication.translate
        self.bar.setValue(readiness.percent or 0)
        self.bar.setFormat(readiness_text(readiness.percent, translate))
        day = readiness.self_sufficient_on
        if day is None:
            self.date_label.setText(self.tr("No self-sufficiency date agreed yet."))
        else:
            text = self.tr("Self-sufficient from %1 – %2").replace("%1", format_date(day))
            self.date_label.setText(
                text.replace("%2", days_left_text(readiness.days_left, translate))
            )
        at_risk = readiness.risk.at_risk
        self.risk.setText(
            self.tr("At risk: %1").replace("%1", risk_text(readiness, translate)) if at_risk else ""
        )
        self.risk.setVisible(at_risk)

    def _move(self, milestone_id: int, places: int) -> None:
        self.context.attempt(
            self.tr("Reorder milestones"),
            lambda: self.workspace.handover.move_milestone(milestone_id, places),
        )
        self.panel.select(milestone_id)

    def _change_date(self) -> None:
        engagements = self.workspace.engagements
        shown = engagements.get(self.engagement_id)

        def submit(day: date | None) -> None:
            data = dataclasses.replace(shown.as_input(), self_sufficient_on=day)
            self.context.run(
                self.tr("Set the self-sufficiency date"),
                lambda: engagements.update(self.engagement_id, data, version=shown.version),
            )

        def make(values: dict[str, Any]) -> date | None:
            day: date | None = values["self_sufficient_on"]
            return day

        field = DateField("self_sufficient_on")
        label = self.tr("Self-sufficient &from:")
        dialog = RecordDialog(
            self, self.tr("Self-sufficiency date"), [(field, label)], make, submit
        )
        dialog.setObjectName("SelfSufficiencyDialog")
        field.set(shown.self_sufficient_on)
        dialog.exec()

    # -- the handover protocol ----------------------------------------------------------------

    def _protocol(self) -> tuple[str, str]:
        """HTML and title, in the client's language (else the window's)."""
        data = gather(self.workspace, self.engagement_id, date.today())
        language = protocol_language(data.client, None, current_language())
        translate = translator_from_ts(language=language)
        return protocol_html(data, language, translate), protocol_title(data, translate)

    def _print(self) -> None:
        html, title = self._protocol()
        print_with_dialog(self, html, title)

    def _save_pdf(self) -> None:
        html, title = self._protocol()
        folder = self.context.preferences.export_folder
        suggested = suggested_path(folder, f"{_file_name(title)}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save handover protocol as PDF"), suggested, self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        target = Path(path).with_suffix(".pdf")
        try:
            author = self.workspace.practice.profile().author
            write_pdf(html, title, target, author=author)
        except ExportError as error:
            QMessageBox.warning(self, self.tr("Not saved"), pdf_problem_text(error))
            return
        self.context.status(self.tr("Handover protocol saved as %1").replace("%1", str(target)))

    def retranslate(self) -> None:
        self.readiness_label.setText(self.tr("Readiness:"))
        self.print_button.setText(self.tr("&Print protocol…"))
        self.pdf_button.setText(self.tr("Save protocol as PD&F…"))
        self.pdf_button.setToolTip(
            self.tr("The handover protocol to sign together, in the client's language")
        )
        self.date_button.setText(self.tr("Change &date…"))
        self.date_button.setToolTip(
            self.tr("The day from which the client runs the processes without you")
        )
        self.panel.set_texts(
            empty=self.tr(
                "No milestones yet. Plan what the client must be able to do alone, "
                "and how it will show it."
            ),
            add=self.tr("&Add milestone…"),
            edit=self.tr("Edit…"),
            remove=self.tr("Remove"),
            up=self.tr("Move &up"),
            down=self.tr("Move do&wn"),
        )
        self.reload()

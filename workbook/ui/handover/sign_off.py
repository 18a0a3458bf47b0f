"""Verify & sign off: how the client showed it can do it alone, who signed it off, and when."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workbook.services.handover.shapes import MilestoneRow, SignOffInput
from workbook.ui.common.context import TabContext
from workbook.ui.common.fields import DateField, ReferenceField, TextField
from workbook.ui.common.record_dialog import RecordDialog

translate = QCoreApplication.translate  # lupdate recognises calls named "translate"


def sign_off_dialog(
    parent: QWidget, context: TabContext, milestone: MilestoneRow, contacts: list[tuple[int, str]]
) -> RecordDialog:
    """Refused at the fields without a verification text or a signing contact."""
    workspace = context.workspace
    fields = [
        (
            TextField("verification", 4),
            translate("SignOffDialog", "&How did the client show it can do this alone?"),
        ),
        (
            ReferenceField("signed_off_by_id", contacts, translate("SignOffDialog", "– choose –")),
            translate("SignOffDialog", "Signed off &by:"),
        ),
        (DateField("signed_off_on"), translate("SignOffDialog", "Signed off &on:")),
    ]

    def make(values: dict[str, Any]) -> SignOffInput:
        return SignOffInput(**values)

    def submit(data: SignOffInput) -> None:
        text = translate("SignOffDialog", "Verify and sign off “%1”").replace("%1", milestone.topic)
        context.run(
            text,
            lambda: workspace.handover.verify(milestone.id, data, version=milestone.version),
        )

    title = translate("SignOffDialog", "Verify and sign off: %1").replace("%1", milestone.topic)
    initial = SignOffInput(
        milestone.verification,
        milestone.signed_off_by_id,
        milestone.signed_off_on or date.today(),
    )
    dialog = RecordDialog(parent, title, fields, make, submit, initial)
    dialog.setObjectName("SignOffDialog")
    return dialog

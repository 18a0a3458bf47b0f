"""Knowledge-transfer milestones as a RecordKind: their form, words and service calls."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workbook.domain.enums import MilestoneMethod, MilestoneStatus
from workbook.domain.handover import WEIGHT_RANGE
from workbook.services.handover.shapes import MilestoneInput, MilestoneRow
from workbook.ui.common.fields import (
    ChoiceField,
    DateField,
    Field,
    LineField,
    NumberField,
    ReferenceField,
    TextField,
)
from workbook.ui.engagements.records import KindTexts, RecordKind

if TYPE_CHECKING:
    from workbook.services.workspace import Workspace

translate = QCoreApplication.translate  # lupdate recognises calls named "translate"


def client_contacts(workspace: Workspace, engagement_id: int) -> list[tuple[int, str]]:
    """The people on the client's side: who receives a topic, who signs it off."""
    client_id = workspace.engagements.get(engagement_id).client_id
    return [(c.id, c.name) for c in workspace.clients.get(client_id).contacts]


def milestone_kind(workspace: Workspace) -> RecordKind[MilestoneRow, MilestoneInput]:
    handover = workspace.handover

    def fields(engagement_id: int) -> Sequence[tuple[Field, str]]:
        contacts = client_contacts(workspace, engagement_id)
        nobody = translate("MilestoneFields", "– nobody –")
        return [
            (LineField("topic"), translate("MilestoneFields", "&Topic:")),
            (
                ChoiceField("method", list(MilestoneMethod)),
                translate("MilestoneFields", "&Method:"),
            ),
            (
                ReferenceField("receiver_id", contacts, nobody),
                translate("MilestoneFields", "&Receiver:"),
            ),
            (DateField("planned_on"), translate("MilestoneFields", "&Planned on:")),
            (
                ChoiceField("status", list(MilestoneStatus)),
                translate("MilestoneFields", "St&atus:"),
            ),
            (DateField("done_on"), translate("MilestoneFields", "&Done on:")),
            (NumberField("weight", WEIGHT_RANGE), translate("MilestoneFields", "&Weight:")),
            (
                TextField("verification"),
                translate("MilestoneFields", "&Verification (how the client showed it):"),
            ),
            (
                ReferenceField("signed_off_by_id", contacts, nobody),
                translate("MilestoneFields", "Signed off &by:"),
            ),
            (DateField("signed_off_on"), translate("MilestoneFields", "Signed o&ff on:")),
        ]

    return RecordKind(
        fields,
        MilestoneInput(topic=""),
        lambda values: MilestoneInput(**values),
        handover.milestone,
        MilestoneRow.as_input,
        lambda d: d.topic,
        handover.add_milestone,
        handover.update_milestone,
        handover.remove_milestone,
    )


def milestone_texts() -> KindTexts:
    return KindTexts(
        new=translate("MilestoneFields", "New milestone"),
        edit=translate("MilestoneFields", "Edit milestone"),
        add_command=translate("MilestoneFields", "Add milestone “%1”"),
        edit_command=translate("MilestoneFields", "Edit milestone “%1”"),
        remove_command=translate("MilestoneFields", "Remove milestone “%1”"),
        remove_question=translate("MilestoneFields", "Remove the milestone “%1”?"),
    )

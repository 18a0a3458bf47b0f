"""The three kinds of rows an engagement owns, as RecordKinds: fields, words, service calls."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from workbook.domain.enums import GoalStatus, WishKind, WishStatus
from workbook.services.agreements.shapes import (
    GoalInput,
    GoalRow,
    ScopeItemInput,
    ScopeItemRow,
    WishInput,
    WishRow,
)
from workbook.ui.common.fields import (
    AmountField,
    CheckField,
    ChoiceField,
    DateField,
    Field,
    LineField,
    ReferenceField,
    TextField,
)
from workbook.ui.engagements.records import KindTexts, RecordKind

if TYPE_CHECKING:
    from workbook.services.workspace import Workspace

translate = QCoreApplication.translate  # lupdate recognises calls named "translate"


def wish_kind(workspace: Workspace) -> RecordKind[WishRow, WishInput]:
    agreements = workspace.agreements

    def fields(engagement_id: int) -> Sequence[tuple[Field, str]]:
        goals = [(goal.id, goal.title) for goal in agreements.goals(engagement_id)]
        return [
            (TextField("text"), translate("WishFields", "&Wish:")),
            (ChoiceField("kind", list(WishKind)), translate("WishFields", "&Kind:")),
            (TextField("rationale"), translate("WishFields", "&Rationale:")),
            (ChoiceField("status", list(WishStatus)), translate("WishFields", "&Status:")),
            (
                ReferenceField("goal_id", goals, translate("WishFields", "– no goal yet –")),
                translate("WishFields", "Served by &goal:"),
            ),
        ]

    return RecordKind(
        fields,
        WishInput(text=""),
        _make(WishInput),
        agreements.wish,
        WishRow.as_input,
        lambda d: _short(d.text),
        agreements.add_wish,
        agreements.update_wish,
        agreements.remove_wish,
    )


def goal_kind(workspace: Workspace) -> RecordKind[GoalRow, GoalInput]:
    agreements = workspace.agreements

    def fields(engagement_id: int) -> Sequence[tuple[Field, str]]:
        client_id = workspace.engagements.get(engagement_id).client_id
        contacts = [(c.id, c.name) for c in workspace.clients.get(client_id).contacts]
        return [
            (LineField("title"), translate("GoalFields", "&Goal:")),
            (TextField("success_criterion"), translate("GoalFields", "&Success criterion:")),
            (LineField("measure"), translate("GoalFields", "&Measure:")),
            (LineField("target_value"), translate("GoalFields", "Target &value:")),
            (DateField("target_date"), translate("GoalFields", "&Target date:")),
            (ChoiceField("status", list(GoalStatus)), translate("GoalFields", "St&atus:")),
            (DateField("agreed_on"), translate("GoalFields", "Agreed &on:")),
            (
                ReferenceField("signed_off_by_id", contacts, translate("GoalFields", "– nobody –")),
                translate("GoalFields", "Signed off &by:"),
            ),
            (DateField("signed_off_on"), translate("GoalFields", "Signed o&ff on:")),
            (TextField("evidence"), translate("GoalFields", "&Evidence:")),
        ]

    return RecordKind(
        fields, GoalInput(title=""), _make(GoalInput), agreements.goal, GoalRow.as_input,
        lambda d: d.title, agreements.add_goal, agreements.update_goal, agreements.remove_goal,
    )  # fmt: skip


def scope_kind(workspace: Workspace) -> RecordKind[ScopeItemRow, ScopeItemInput]:
    agreements = workspace.agreements

    def fields(_engagement_id: int) -> Sequence[tuple[Field, str]]:
        return [
            (LineField("title"), translate("ScopeFields", "&Service:")),
            (TextField("description"), translate("ScopeFields", "&Description:")),
            (
                CheckField(
                    "in_scope",
                    translate(
                        "ScopeFields",
                        "&Part of the agreed catalogue (unticked: explicitly excluded)",
                    ),
                ),
                translate("ScopeFields", "In scope:"),
            ),
            (AmountField("estimated_hours"), translate("ScopeFields", "Estimated &hours:")),
            (AmountField("price"), translate("ScopeFields", "&Price:")),
        ]

    return RecordKind(
        fields,
        ScopeItemInput(title=""),
        _make(ScopeItemInput),
        agreements.scope_item,
        ScopeItemRow.as_input,
        lambda d: d.title,
        agreements.add_scope_item,
        agreements.update_scope_item,
        agreements.remove_scope_item,
    )


def wish_texts() -> KindTexts:
    return KindTexts(
        new=translate("WishFields", "New wish"),
        edit=translate("WishFields", "Edit wish"),
        add_command=translate("WishFields", "Add wish “%1”"),
        edit_command=translate("WishFields", "Edit wish “%1”"),
        remove_command=translate("WishFields", "Remove wish “%1”"),
        remove_question=translate("WishFields", "Remove the wish “%1”?"),
    )


def goal_texts() -> KindTexts:
    return KindTexts(
        new=translate("GoalFields", "New goal"),
        edit=translate("GoalFields", "Edit goal"),
        add_command=translate("GoalFields", "Add goal “%1”"),
        edit_command=translate("GoalFields", "Edit goal “%1”"),
        remove_command=translate("GoalFields", "Remove goal “%1”"),
        remove_question=translate("GoalFields", "Remove the goal “%1”?"),
    )


def scope_texts() -> KindTexts:
    return KindTexts(
        new=translate("ScopeFields", "New service"),
        edit=translate("ScopeFields", "Edit service"),
        add_command=translate("ScopeFields", "Add service “%1”"),
        edit_command=translate("ScopeFields", "Edit service “%1”"),
        remove_command=translate("ScopeFields", "Remove service “%1”"),
        remove_question=translate("ScopeFields", "Remove “%1” from the service catalogue?"),
    )


def _make(shape: type) -> Any:
    return lambda values: shape(**values)


def _short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"

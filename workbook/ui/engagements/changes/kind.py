"""A change request as a RecordKind (its form's fields, words and service calls), and the form's
live rules: the cost follows effort × rate until typed, the status dates its steps, a chosen
contact stands for the name and brings the department."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QWidget

from workbook.domain import change_requests as flow
from workbook.domain.enums import ChangeKind, ChangeStatus
from workbook.domain.validation import ValidationError
from workbook.services.changes.shapes import ChangeRequestInput, ChangeRequestRow
from workbook.ui.common.conflicts import EditBase
from workbook.ui.common.context import TabContext
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
from workbook.ui.common.record_dialog import RecordDialog
from workbook.ui.engagements.records import KindTexts, RecordCommands, RecordKind

if TYPE_CHECKING:
    from workbook.services.workspace import Workspace

translate = QCoreApplication.translate  # lupdate recognises calls named "translate"


class CostField(AmountField):
    """Empty while the cost follows effort × rate; the placeholder shows what that comes to."""

    def show_automatic(self, cost: Decimal | None, rate: Decimal | None, currency: str) -> None:
        if cost is not None:
            text = translate("ChangeFields", "automatic: %1 %2").replace("%1", _number(cost))
            self.edit.setPlaceholderText(text.replace("%2", currency))
        elif rate is None:
            self.edit.setPlaceholderText(translate("ChangeFields", "no rate agreed: type a cost"))
        else:
            self.edit.setPlaceholderText(translate("ChangeFields", "follows effort × rate"))


def _number(value: Decimal) -> str:
    return QLocale().toString(float(value), "f", 2)


def change_kind(workspace: Workspace) -> RecordKind[ChangeRequestRow, ChangeRequestInput]:
    changes = workspace.changes

    def fields(engagement_id: int) -> Sequence[tuple[Field, str]]:
        client_id = workspace.engagements.get(engagement_id).client_id
        contacts = [(c.id, c.name) for c in workspace.clients.get(client_id).contacts]
        excluded = translate("ChangeFields", "%1 (excluded)")
        items = [
            (item.id, item.title if item.in_scope else excluded.replace("%1", item.title))
            for item in workspace.agreements.scope_items(engagement_id)
        ]
        return _fields(contacts, items)

    return RecordKind(
        fields,
        ChangeRequestInput(title="", requested_on=date.today()),
        _make,
        changes.get,
        form_input,
        lambda data: data.title,
        lambda engagement_id, data: changes.add(engagement_id, data),
        changes.update,
        changes.remove,
    )


def _fields(
    contacts: Sequence[tuple[int, str]], items: Sequence[tuple[int, str]]
) -> list[tuple[Field, str]]:
    someone = translate("ChangeFields", "– someone else (type the name below) –")
    billable = CheckField("billable", translate("ChangeFields", "Bi&llable to the client"))
    return [
        (LineField("title"), translate("ChangeFields", "&Title:")),
        (TextField("description", 2), translate("ChangeFields", "Desc&ription:")),
        (ChoiceField("kind", list(ChangeKind)), translate("ChangeFields", "&Kind:")),
        (ReferenceField("requested_by_id", contacts, someone),
         translate("ChangeFields", "Requested &by:")),
        (LineField("requested_by_text", translate("ChangeFields", "e.g. call via reception")),
         translate("ChangeFields", "Or na&me:")),
        (LineField("department"), translate("ChangeFields", "De&partment:")),
        (DateField("requested_on"), translate("ChangeFields", "Re&quested on:")),
        (ReferenceField("scope_item_id", items, translate("ChangeFields", "– none –")),
         translate("ChangeFields", "Touches &service:")),
        (AmountField("effort_hours", translate("ChangeFields", "hours")),
         translate("ChangeFields", "&Effort:")),
        (CostField("cost"), translate("ChangeFields", "&Cost:")),
        (billable, ""),
        (ChoiceField("status", list(ChangeStatus)), translate("ChangeFields", "St&atus:")),
        (DateField("estimated_on"), translate("ChangeFields", "Estimated o&n:")),
        (DateField("client_informed_on"), translate("ChangeFields", "Client &informed on:")),
        (DateField("decided_on"), translate("ChangeFields", "&Decided on:")),
        (DateField("done_on"), translate("ChangeFields", "D&one on:")),
        (TextField("decision_note", 2), translate("ChangeFields", "Note on t&he decision:")),
    ]  # fmt: skip


def _make(values: dict[str, Any]) -> ChangeRequestInput:
    """An empty cost field means "follow effort × rate"; a typed one is kept."""
    return ChangeRequestInput(**values, cost_is_manual=values["cost"] is not None)


def form_input(row: ChangeRequestRow) -> ChangeRequestInput:
    """What the form shows: a cost that follows the rate stays out of the cost field."""
    data = row.as_input()
    return data if data.cost_is_manual else dataclasses.replace(data, cost=None)


def change_texts() -> KindTexts:
    return KindTexts(
        new=translate("ChangeFields", "New change request"),
        edit=translate("ChangeFields", "Edit change request"),
        add_command=translate("ChangeFields", "Log change request “%1”"),
        edit_command=translate("ChangeFields", "Edit change request “%1”"),
        remove_command=translate("ChangeFields", "Remove change request “%1”"),
        remove_question=translate("ChangeFields", "Remove the change request “%1”?"),
    )


class ChangeCommands(RecordCommands[ChangeRequestRow, ChangeRequestInput]):
    """Add, edit, remove (RecordCommands), each dialog with the form's live rules."""

    def __init__(self, parent: QWidget, context: TabContext) -> None:
        super().__init__(parent, context, change_kind(context.workspace), change_texts)
        self._workspace = context.workspace

    def _dialog(
        self,
        engagement_id: int,
        title: str,
        submit: Callable[[ChangeRequestInput], object],
        initial: ChangeRequestInput | None,
        base: EditBase[ChangeRequestInput] | None = None,
    ) -> RecordDialog:
        engagement = self._workspace.engagements.get(engagement_id)
        title = f"{title} – {engagement.reference} {engagement.title}"
        dialog = super()._dialog(engagement_id, title, submit, initial, base)
        dialog.setObjectName("ChangeRequestDialog")
        rate = flow.rate_for_changes(
            engagement.billing_model, engagement.hourly_rate, engagement.change_rate
        )
        LiveRules(dialog, rate, engagement.currency, self._contacts(engagement.client_id))
        return dialog

    def _contacts(self, client_id: int) -> dict[int, str]:
        """Each contact's department, to fill in when the contact is chosen."""
        return {c.id: c.department for c in self._workspace.clients.get(client_id).contacts}


class LiveRules(QObject):
    """What the form does while the user types, so what is saved is what was seen. Lives as
    long as its dialog (a child of it)."""

    def __init__(
        self,
        dialog: RecordDialog,
        rate: Decimal | None,
        currency: str,
        departments: dict[int, str],
    ) -> None:
        super().__init__(dialog)
        form = self._form = dialog.form
        self._rate = rate
        self._currency = currency
        self._departments = departments
        self._status = form.field("status")
        self._effort = form.field("effort_hours")
        assert isinstance(self._status, ChoiceField)
        assert isinstance(self._effort, AmountField)
        self._status.combo.currentIndexChanged.connect(self._status_changed)
        self._effort.edit.textEdited.connect(self._effort_changed)
        contact = form.field("requested_by_id")
        assert isinstance(contact, ReferenceField)
        contact.combo.currentIndexChanged.connect(self._contact_changed)
        self._show_cost()
        self._enable_dates()
        self._contact_changed()

    def _hours(self) -> Decimal | None:
        try:
            hours: Decimal | None = self._effort.get()
        except ValidationError:  # still typing ("2,"); the field says so on saving
            return None
        return hours

    def _show_cost(self) -> None:
        cost = self._form.field("cost")
        assert isinstance(cost, CostField)
        cost.show_automatic(
            flow.default_cost(self._hours(), self._rate), self._rate, self._currency
        )

    def _effort_changed(self) -> None:
        """An effort typed for an open request is its estimate."""
        self._show_cost()
        if self._hours() is not None and self._status.get() is ChangeStatus.open:
            self._status.set(ChangeStatus.estimated)

    def _status_changed(self) -> None:
        """The step reached gets today's date where it has none; steps left lose theirs."""
        dates = flow.StepDates(**{name: self._form.field(name).get() for name in flow.DATE_FIELDS})
        settled = flow.settled(self._status.get(), dates, date.today())
        for name in flow.DATE_FIELDS:
            self._form.field(name).set(getattr(settled, name))
        self._enable_dates()

    def _enable_dates(self) -> None:
        allowed = flow.allowed_dates(self._status.get())
        for name in flow.DATE_FIELDS:
            self._form.field(name).widget.setEnabled(name in allowed)

    def _contact_changed(self) -> None:
        contact_id = self._form.field("requested_by_id").get()
        name = self._form.field("requested_by_text")
        name.widget.setEnabled(contact_id is None)
        if contact_id is None:
            return
        name.set("")
        department = self._form.field("department")
        if not department.get() and self._departments.get(contact_id):
            department.set(self._departments[contact_id])

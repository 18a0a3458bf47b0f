"""The form of a support plan (new and edit), and the one of ending it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSpinBox, QWidget

from workbook.domain.enums import SupportPeriod, SupportPlanStatus
from workbook.services.support.rules import NOTICE_DAYS_RANGE, RESPONSE_TIME_RANGE
from workbook.services.support.shapes import SupportPlanInput
from workbook.ui.common.choosers import follow_client
from workbook.ui.common.conflicts import EditBase
from workbook.ui.common.fields import (
    AmountField,
    CheckField,
    ChoiceField,
    DateField,
    Field,
    LineField,
    NumberField,
    ReferenceField,
    TextField,
)
from workbook.ui.common.record_dialog import RecordDialog

if TYPE_CHECKING:
    from workbook.services.workspace import Workspace

translate = QCoreApplication.translate  # lupdate recognises calls named "translate"


class OptionalCountField(Field):
    """A whole number that may be left out: the spin box's lowest value, shown as "–"."""

    def __init__(self, key: str, bounds: tuple[int, int], suffix: str = "") -> None:
        self.spin = QSpinBox()
        self.spin.setRange(bounds[0] - 1, bounds[1])
        self.spin.setSpecialValueText("–")
        self.spin.setSuffix(suffix)
        super().__init__(key, self.spin)

    def get(self) -> int | None:
        value = self.spin.value()
        return None if value == self.spin.minimum() else value

    def set(self, value: Any) -> None:
        self.spin.setValue(self.spin.minimum() if value is None else int(value))


def plan_dialog(
    parent: QWidget,
    workspace: Workspace,
    clients: Sequence[tuple[int, str]],
    submit: Callable[[SupportPlanInput], object],
    initial: SupportPlanInput,
    *,
    new: bool,
    base: EditBase[SupportPlanInput] | None = None,
) -> RecordDialog:
    client = ReferenceField("client_id", clients, translate("PlanDialog", "– choose a client –"))
    engagement = ReferenceField("engagement_id", (), translate("PlanDialog", "– none –"))
    fields: list[tuple[Field, str]] = [
        (client, translate("PlanDialog", "&Client:")),
        (engagement, translate("PlanDialog", "En&gagement:")),
        (LineField("name", translate("PlanDialog", "e.g. Maintenance & care")),
         translate("PlanDialog", "&Name:")),
        (ChoiceField("status", list(SupportPlanStatus)), translate("PlanDialog", "&Status:")),
        (DateField("starts_on"), translate("PlanDialog", "S&tarts on:")),
        (DateField("ends_on"), translate("PlanDialog", "&End of first term:")),
        (CheckField("auto_renew", translate("PlanDialog", "Runs on period by period until "
                                            "notice is given")),
         translate("PlanDialog", "&Renews:")),
        (ChoiceField("period", list(SupportPeriod)), translate("PlanDialog", "&Period:")),
        (NumberField("notice_days", NOTICE_DAYS_RANGE, translate("PlanDialog", " days")),
         translate("PlanDialog", "N&otice:")),
        (AmountField("included_hours", translate("PlanDialog", "hours per period")),
         translate("PlanDialog", "&Included hours:")),
        (AmountField("price_per_period", translate("PlanDialog", "per period")),
         translate("PlanDialog", "Price per perio&d:")),
        (OptionalCountField("response_time_hours", RESPONSE_TIME_RANGE,
                            translate("PlanDialog", " hours")),
         translate("PlanDialog", "Response ti&me:")),
        (LineField("service_hours", translate("PlanDialog", "e.g. Mon–Fri 9:00–17:00")),
         translate("PlanDialog", "Service &hours:")),
        (LineField("channels", translate("PlanDialog", "e.g. e-mail, phone, remote session")),
         translate("PlanDialog", "Ch&annels:")),
        (TextField("updates_policy", 3), translate("PlanDialog", "&Updates and upgrades:")),
    ]  # fmt: skip
    title = (
        translate("PlanDialog", "New support plan")
        if new
        else translate("PlanDialog", "Edit support plan")
    )
    dialog = RecordDialog(parent, title, fields, _make_plan, submit, None, base)
    dialog.setObjectName("PlanDialog")

    client.set(initial.client_id)
    follow_client(workspace, client, engagement, translate("PlanDialog", "– none –"))
    dialog.form.fill(initial)
    return dialog


def _make_plan(values: dict[str, Any]) -> SupportPlanInput:
    # No client chosen: 0 is no client's id, so the service names the field that is missing.
    return SupportPlanInput(**{**values, "client_id": values["client_id"] or 0})


def end_dialog(
    parent: QWidget, name: str, last_day: date, submit: Callable[[date | None], object]
) -> RecordDialog:
    """Asks for the plan's last day (the end of its current term, suggested)."""
    fields: list[tuple[Field, str]] = [
        (DateField("ends_on"), translate("PlanDialog", "&Last day:")),
    ]
    dialog = RecordDialog(
        parent,
        translate("PlanDialog", "End support plan %1").replace("%1", name),
        fields,
        lambda values: values["ends_on"],
        submit,
        None,
    )
    dialog.form.field("ends_on").set(last_day)
    dialog.setObjectName("EndPlanDialog")
    return dialog

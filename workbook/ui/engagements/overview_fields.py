"""The fields of an engagement's overview, shared by the New dialog and the Overview page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from workbook.domain.enums import BillingModel
from workbook.services.engagements.shapes import EngagementInput
from workbook.ui.common.fields import (
    AmountField,
    ChoiceField,
    DateField,
    Field,
    LineField,
    ReferenceField,
    TextField,
    beside,
)
from workbook.ui.common.record_form import RecordForm


def overview_fields(clients: Sequence[tuple[int, str]]) -> list[tuple[Field, str]]:
    translate = QCoreApplication.translate  # lupdate recognises calls named "translate"
    return [
        (
            ReferenceField(
                "client_id", clients, translate("EngagementFields", "– choose a client –")
            ),
            translate("EngagementFields", "&Client:"),
        ),
        (
            LineField("title", translate("EngagementFields", "e.g. ERP selection 2027")),
            translate("EngagementFields", "&Title:"),
        ),
        (
            LineField("reference", translate("EngagementFields", "given on saving, e.g. 2026-014")),
            translate("EngagementFields", "Refere&nce:"),
        ),
        (TextField("subject"), translate("EngagementFields", "&Subject of the work:")),
        (TextField("goal_statement"), translate("EngagementFields", "&Goal:")),
        (TextField("sense_and_benefit"), translate("EngagementFields", "Sense and &benefit:")),
        (TextField("approach"), translate("EngagementFields", "&Approach (who does what):")),
        (
            ChoiceField("billing_model", list(BillingModel)),
            translate("EngagementFields", "Bi&lling:"),
        ),
        (beside(LineField("currency", "EUR")), translate("EngagementFields", "C&urrency:")),
        (
            AmountField("hourly_rate", translate("EngagementFields", "per hour")),
            translate("EngagementFields", "Hourly &rate:"),
        ),
        (
            beside(
                AmountField(
                    "fixed_price", translate("EngagementFields", "for the whole engagement")
                )
            ),
            translate("EngagementFields", "&Fixed price:"),
        ),
        (
            AmountField("change_rate", translate("EngagementFields", "per hour of change work")),
            translate("EngagementFields", "Hourl&y rate for changes:"),
        ),
        (
            beside(AmountField("budget_hours", translate("EngagementFields", "hours"))),
            translate("EngagementFields", "Budget &hours:"),
        ),
        (DateField("starts_on"), translate("EngagementFields", "S&tart:")),
        (beside(DateField("ends_on")), translate("EngagementFields", "&End:")),
        (
            DateField("self_sufficient_on"),
            translate("EngagementFields", "Self-sufficient fr&om:"),
        ),
    ]


def link_billing(form: RecordForm[Any]) -> None:
    """Only the amounts the billing model uses are editable: a rate, or a fixed price and the
    rate that changes to it are charged at."""
    billing = form.field("billing_model")
    rate, price = form.field("hourly_rate"), form.field("fixed_price")
    change_rate = form.field("change_rate")

    def update() -> None:
        hourly = billing.get() == BillingModel.hourly
        rate.widget.setEnabled(hourly)
        price.widget.setEnabled(not hourly)
        change_rate.widget.setEnabled(not hourly)

    assert isinstance(billing, ChoiceField)
    billing.combo.currentIndexChanged.connect(update)
    update()


def make_engagement_input(values: dict[str, Any]) -> EngagementInput:
    return EngagementInput(
        **{**values, "client_id": values["client_id"] or 0, "currency": values["currency"] or "EUR"}
    )

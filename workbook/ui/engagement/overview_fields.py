"""The fields of an engagement's overview, shared by the New dialog and the Overview page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from workbook.domain.enums import BillingModel
from workbook.services.engagement_shapes import EngagementInput
from workbook.ui.widgets.fields import (
    AmountField,
    ChoiceField,
    DateField,
    Field,
    LineField,
    ReferenceField,
    TextField,
)


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
        (TextField("subject", 56), translate("EngagementFields", "&Subject of the work:")),
        (TextField("goal_statement", 56), translate("EngagementFields", "&Goal:")),
        (TextField("sense_and_benefit", 56), translate("EngagementFields", "Sense and &benefit:")),
        (TextField("approach", 56), translate("EngagementFields", "&Approach (who does what):")),
        (
            ChoiceField("billing_model", list(BillingModel)),
            translate("EngagementFields", "Bi&lling:"),
        ),
        (AmountField("hourly_rate"), translate("EngagementFields", "Hourly &rate:")),
        (AmountField("fixed_price"), translate("EngagementFields", "&Fixed price:")),
        (AmountField("budget_hours"), translate("EngagementFields", "Budget &hours:")),
        (LineField("currency", "EUR"), translate("EngagementFields", "C&urrency:")),
        (DateField("starts_on"), translate("EngagementFields", "S&tart:")),
        (DateField("ends_on"), translate("EngagementFields", "&End:")),
        (
            DateField("self_sufficient_on"),
            translate("EngagementFields", "Client runs it &alone from:"),
        ),
    ]


def make_engagement_input(values: dict[str, Any]) -> EngagementInput:
    return EngagementInput(
        **{**values, "client_id": values["client_id"] or 0, "currency": values["currency"] or "EUR"}
    )

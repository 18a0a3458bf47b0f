"""Result rows of workbook.services.reports.queries turned into frozen report lines: stored
strings become StrEnum members, per-row flags come from workbook.domain rules."""

from __future__ import annotations

from typing import Any

from workbook.services.reports.shapes import ClarificationLine


def clarification_line(r: Any, language: str) -> ClarificationLine:
    german = language == "de" and r.text_de.strip()
    return ClarificationLine(
        client_name=r.client_name,
        engagement_reference=r.engagement_reference,
        engagement_title=r.engagement_title,
        question=r.text_de if german else r.text_en,
        required=r.required,
        answer=r.answer,
        answered_on=r.answered_on,
    )

"""The clarification catalogue in the UI language: section names and question texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.services.clarification.shapes import QuestionRow
from workbook.ui.common.i18n import current_language

_SECTIONS = {
    "subject": QT_TRANSLATE_NOOP("Sections", "Subject of the work"),
    "goal": QT_TRANSLATE_NOOP("Sections", "Goal, sense and benefit"),
    "approach": QT_TRANSLATE_NOOP("Sections", "How we get there together"),
    "wishes": QT_TRANSLATE_NOOP("Sections", "Wishes, latitude and limits"),
    "value": QT_TRANSLATE_NOOP("Sections", "Value and consequences"),
    "quality": QT_TRANSLATE_NOOP("Sections", "Quality, efficiency, security, reliability"),
    "commercial": QT_TRANSLATE_NOOP("Sections", "Price and performance"),
    "relationship": QT_TRANSLATE_NOOP("Sections", "Working relationship"),
    "aftercare": QT_TRANSLATE_NOOP("Sections", "Support and after-sales"),
    "success": QT_TRANSLATE_NOOP("Sections", "Success for both sides"),
}


def section_title(key: str) -> str:
    """A user-made section shows as the user typed it."""
    source = _SECTIONS.get(key)
    return QCoreApplication.translate("Sections", source) if source else key


def known_sections() -> list[str]:
    return list(_SECTIONS)


def question_text(question: QuestionRow) -> str:
    return question.text_de if current_language() == "de" else question.text_en

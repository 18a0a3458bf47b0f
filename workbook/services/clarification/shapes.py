"""Input and read shapes of the clarification catalogue and its answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class QuestionInput:
    section: str
    text_en: str
    text_de: str
    required: bool = False


@dataclass(frozen=True)
class QuestionRow(QuestionInput):
    id: int = 0
    key: str = ""
    position: int = 0
    active: bool = True
    version: int = 1

    def as_input(self) -> QuestionInput:
        return QuestionInput(self.section, self.text_en, self.text_de, self.required)


@dataclass(frozen=True)
class AnswerRow:
    """A question of the catalogue with this engagement's answer ("" when unanswered)."""

    question: QuestionRow
    answer: str
    answered_on: date | None

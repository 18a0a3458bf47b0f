"""How far an engagement's clarification has come: its required questions answered."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Completeness:
    answered_required: int
    required: int

    @property
    def percent(self) -> int:
        return 100 if self.required == 0 else round(100 * self.answered_required / self.required)

    @property
    def complete(self) -> bool:
        return self.answered_required >= self.required

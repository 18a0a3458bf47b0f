"""What the handover review's last answer read, kept for the next load: a sort or a change of
filter reads again only what it changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from workbook.domain.handover import DueWindow
from workbook.services.handover.shapes import ReviewQuery, RiskRow


@dataclass(frozen=True)
class KeptAnswer:
    """What the last answer read, for the next load to keep what still holds: the risks depend
    on the client filter and the day alone, the windows' counts also on the status filter —
    neither on the sort."""

    day: date  # the day the due windows were counted for
    query: ReviewQuery
    risks: tuple[list[RiskRow], int]
    counts: dict[DueWindow, int]

    def risks_for(self, query: ReviewQuery, day: date) -> tuple[list[RiskRow], int] | None:
        return self.risks if (self.day, self.query.client_id) == (day, query.client_id) else None

    def counts_for(self, query: ReviewQuery, day: date) -> dict[DueWindow, int] | None:
        same = (self.day, self.query.client_id, self.query.status)
        return self.counts if same == (day, query.client_id, query.status) else None

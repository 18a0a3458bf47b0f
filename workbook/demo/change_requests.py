"""Demo change requests: running work alternates between the chaos of the issue (a tiny change,
outdated sample documents, another department — above the scope-creep warning, partly untold)
and a few ordinary requests. Every step is dated in order, as the workflow dates it; costs are
effort × the rate for changes, now and then typed (rounded down as a gesture).

Draws from a random source of its own (seeded once from the demo's), so what is generated here
does not shift the rest of the demo."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_DOWN, Decimal
from typing import Any

from workbook.demo import work_text as text
from workbook.demo.rows import DemoRows, Party, Plan
from workbook.domain.enums import ChangeKind, ChangeStatus

C = ChangeStatus
_LATE = (C.approved, C.done, C.rejected)
# Each enum as a tuple once: made anew for every row, they cost more than the rest of a turn.
_KINDS, _STATUSES = tuple(ChangeKind), tuple(C)
_HALF = Decimal("0.5")
_NOTES = {
    C.approved: "Per E-Mail genehmigt.",
    C.rejected: "Kunde verzichtet vorerst darauf.",
    C.done: "Umgesetzt und abgenommen.",
}
# (kind, title, description, share of the budget hours, status, client told): 11 % approved
# or done, above the 10 % warning; the sample documents never told, the department still to tell.
_CHAOS = (
    (ChangeKind.small_change, "Nur eine kleine Änderung im Formular",
     "Feld „Kostenstelle“ ergänzen und Pflichtfelder neu ordnen.", Decimal("0.03"), C.done, True),
    (ChangeKind.outdated_material, "Musterunterlagen veraltet",
     "Die gelieferten Musterdokumente sind mehrere Jahre alt; Vorlagen und Beispiele neu "
     "aufnehmen.", Decimal("0.08"), C.approved, False),
    (ChangeKind.new_stakeholder, "Abteilung Vertrieb Süd einbinden",
     "Vertrieb Süd soll in die Planung einbezogen werden: zusätzliche Abstimmungsrunden.",
     Decimal("0.05"), C.estimated, False),
)  # fmt: skip


@dataclass(frozen=True)
class Terms:
    """What change work of an engagement costs, and the hours agreed."""

    rate: Decimal  # per hour of change work (the change rate under a fixed price)
    budget_hours: Decimal


@dataclass
class _Requests:
    rows: DemoRows
    party: Party
    plan: Plan
    terms: Terms
    rng: random.Random

    def chaos(self) -> None:
        asked = self.asked_on()
        for kind, title, description, share, status, told in _CHAOS:
            # up to the next half hour, so the shares add up to at least 11 %
            halves = (self.terms.budget_hours * share / _HALF).quantize(Decimal(1), ROUND_CEILING)
            self.add((kind, title, description), status, halves * _HALF, told, asked)
            asked = min(asked + timedelta(days=self.rng.randint(1, 2)), self.rows.today)

    def ordinary(self) -> None:
        rows, rng, late = self.rows, self.rng, self.plan.stage >= 5
        low, high = {2: (0, 1), 3: (1, 3), 4: (1, 3)}.get(self.plan.stage, (1, 3))
        for _ in range(rng.randint(low, high)):
            kind = rows.turn("change_kind", _KINDS)
            status = rows.turn("change_late" if late else "change", _LATE if late else _STATUSES)
            hours = None if status is C.open else Decimal(rng.randrange(2, 24)) * _HALF
            # Some approved work has cost nobody told the client: the scope-creep warning case.
            told = status not in (C.open, C.estimated) and rng.random() < 0.75
            title, description = rng.choice(text.CHANGES[kind.value])
            self.add((kind, title, description), status, hours, told, self.asked_on())

    def asked_on(self) -> date:
        """After the acceptance, before the work ended; long enough ago for every step."""
        today, first = self.rows.today, self.plan.days[2]
        last = max(min(self.plan.end or today, today) - timedelta(days=20), first)
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def add(
        self,
        what: tuple[ChangeKind, str, str],
        status: ChangeStatus,
        hours: Decimal | None,
        told: bool,
        asked: date,
    ) -> None:
        kind, title, description = what
        contacts = self.party.contacts
        who = self.rng.randrange(len(contacts)) if contacts else None
        cost = None if hours is None else (hours * self.terms.rate).quantize(Decimal("0.01"))
        typed = cost is not None and self.rows.turn("typed_cost", (False,) * 4 + (True,))
        self.rows.add(
            "change_request",
            asked,
            engagement_id=self.plan.id,
            title=title,
            description=description,
            requested_by_id=None if who is None else contacts[who],
            requested_by_text="" if who is not None else "Anruf über die Zentrale",
            department="" if who is None else self.party.departments[who],
            kind=kind.value,
            requested_on=asked,
            effort_hours=hours,
            cost=cost.quantize(Decimal("1E2"), ROUND_DOWN) if typed and cost else cost,
            cost_is_manual=typed,
            billable=self.rng.random() < 0.8,
            status=status.value,
            decision_note=_NOTES.get(status, ""),
            **self.dates(asked, status, told),
        )

    def dates(self, asked: date, status: ChangeStatus, told: bool) -> dict[str, Any]:
        """Each step a few days after the one before (never after today), as the status says."""
        day = asked

        def later(low: int, high: int) -> date:
            nonlocal day
            day = min(day + timedelta(days=self.rng.randint(low, high)), self.rows.today)
            return day

        estimated = later(1, 2) if status is not C.open else None
        informed = later(1, 3) if estimated and (told or status is C.client_informed) else None
        decided = later(1, 4) if status in (C.approved, C.rejected, C.done) else None
        done = later(2, 5) if status is C.done else None
        return {"estimated_on": estimated, "client_informed_on": informed,
                "decided_on": decided, "done_on": done}  # fmt: skip


def add_change_requests(rows: DemoRows, party: Party, plan: Plan, terms: Terms) -> None:
    if plan.stage < 2:
        return
    requests = _Requests(rows, party, plan, terms, random.Random(rows.rng.getrandbits(32)))
    if plan.stage in (3, 4) and rows.turn("change_story", (True, False)):
        requests.chaos()
    else:
        requests.ordinary()

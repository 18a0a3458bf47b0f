"""The cost notice: a short, polite e-mail in the client's language telling what the changes
not yet told cost — each with its effort and cost, their total, all changes of the engagement
so far and, for hourly work, that these costs arise from the changes.

Qt-free, so the window (copy, mailto:) and `main.py notice` print the same words. The texts
are translated from the .ts file in the language asked for, which need not be the window's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from workbook.domain.enums import BillingModel, ChangeStatus
from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.presentation.ts_reader import translator_from_ts
from workbook.services.changes.shapes import NoticeFacts, NoticeLine, Totals

Translate = Callable[[str, str], str]
CONTEXT = "Notice"  # lupdate needs the literal in each QT_TRANSLATE_NOOP below
LANGUAGES = ("en", "de")

SUBJECT = QT_TRANSLATE_NOOP("Notice", "Changes in “%1” (%2): effort and cost")
DEAR = QT_TRANSLATE_NOOP("Notice", "Dear %1,")
DEAR_ANYONE = QT_TRANSLATE_NOOP("Notice", "Dear Sir or Madam,")
INTRO = QT_TRANSLATE_NOOP(
    "Notice",
    "Thank you for your requests in our engagement “%1” (%2). So that you always know where "
    "you stand, here is what the following changes mean in effort and cost:",
)
LINE = QT_TRANSLATE_NOOP("Notice", "%1 (requested on %2): %3")
APPROVED = QT_TRANSLATE_NOOP("Notice", "%1 – already approved")
DONE = QT_TRANSLATE_NOOP("Notice", "%1 – already carried out")
NOT_CHARGED = QT_TRANSLATE_NOOP("Notice", "%1 – not charged to you")
THESE = QT_TRANSLATE_NOOP("Notice", "Total of these changes: %1.")
THESE_CHARGED = QT_TRANSLATE_NOOP(
    "Notice", "Total of these changes: %1, of which %2 are charged to you."
)
RUNNING = QT_TRANSLATE_NOOP("Notice", "All changes in this engagement so far, these included: %1.")
HOURLY = QT_TRANSLATE_NOOP(
    "Notice",
    "As this engagement is billed by the hour, these costs arise from the changes, on top of "
    "the agreed scope of work.",
)
CLOSING = QT_TRANSLATE_NOOP(
    "Notice", "If you have any questions or would like to talk the changes over, just let me know."
)
REGARDS = QT_TRANSLATE_NOOP("Notice", "Kind regards")
HOURS = QT_TRANSLATE_NOOP("Notice", "%1 h")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


@dataclass(frozen=True)
class Notice:
    subject: str
    body: str
    recipient: str  # the e-mail address to write to, "" when none is known
    language: str


def notice_language(client_language: str, fallback: str) -> str:
    """The client's language; without one, `fallback` (the window's, or English)."""
    if client_language in LANGUAGES:
        return client_language
    return fallback if fallback in LANGUAGES else "en"


def compose_notice(facts: NoticeFacts, language: str, *, sender: str = "") -> Notice:
    """The notice in `language` ("de" or "en"); `sender` signs it when given."""
    words = _Words(translator_from_ts(language=language), language, facts.currency)
    intro = words.fill(INTRO, facts.engagement_title, facts.engagement_reference)
    dear = words.fill(DEAR, facts.recipient_name) if facts.recipient_name else words(DEAR_ANYONE)
    these = words.fill(THESE, words.totals(facts.these))
    if facts.these.charged != facts.these.cost:  # some the consultant takes on himself
        these = words.fill(
            THESE_CHARGED, words.totals(facts.these), words.money(facts.these.charged)
        )
    running = words.fill(RUNNING, words.totals(facts.running))
    listed = "\n".join(f"- {words.line(line)}" for line in facts.lines)
    paragraphs = [dear, intro, listed, f"{these}\n{running}"]
    if facts.billing_model is BillingModel.hourly:
        paragraphs.append(words(HOURLY))
    paragraphs += [words(CLOSING), "\n".join(filter(None, (words(REGARDS), sender.strip())))]
    subject = words.fill(SUBJECT, facts.engagement_title, facts.engagement_reference)
    return Notice(subject, "\n\n".join(paragraphs) + "\n", facts.recipient_email, language)


class _Words:
    """Translated templates, and numbers and dates as the language writes them."""

    def __init__(self, translate: Translate, language: str, currency: str) -> None:
        self._translate = translate
        self._german = language == "de"
        self._currency = currency

    def __call__(self, source: str) -> str:
        return self._translate(CONTEXT, source)

    def fill(self, source: str, *values: str) -> str:
        text = self(source)
        # from the highest number down: "%1" must not eat the start of "%10"
        for number in range(len(values), 0, -1):
            text = text.replace(f"%{number}", values[number - 1])
        return text

    def line(self, line: NoticeLine) -> str:
        effort = self.effort(line.effort_hours or Decimal(0), line.cost)
        text = self.fill(LINE, line.title, self.day(line.requested_on), effort)
        marks = {ChangeStatus.approved: APPROVED, ChangeStatus.done: DONE}
        if line.status in marks:
            text = self.fill(marks[line.status], text)
        return text if line.billable else self.fill(NOT_CHARGED, text)

    def totals(self, totals: Totals) -> str:
        return self.effort(totals.hours, totals.cost)

    def effort(self, hours: Decimal, cost: Decimal | None) -> str:
        spent = self.fill(HOURS, self.number(hours, minimum=0))
        return spent if cost is None else f"{spent}, {self.money(cost)}"

    def money(self, amount: Decimal) -> str:
        return f"{self.number(amount, minimum=2)} {self._currency}"

    def number(self, value: Decimal, *, minimum: int) -> str:
        """Thousands grouped, at least `minimum` and at most two decimals (2.5, 1,234.50)."""
        text = f"{value:,.2f}"
        whole, decimals = text.split(".")
        decimals = decimals.rstrip("0").ljust(minimum, "0")
        if self._german:
            whole = whole.replace(",", ".")
        point = "," if self._german else "."
        return f"{whole}{point}{decimals}" if decimals else whole

    def day(self, value: date) -> str:
        if self._german:
            return f"{value:%d.%m.%Y}"
        return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"

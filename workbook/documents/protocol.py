"""The handover protocol: what client and consultant sign together when the client takes the
business processes over — goals with their evidence, every knowledge-transfer milestone with how
it was verified and who signed it off, what is still open, the self-sufficiency date, the support
that follows, and two signature lines. In the client's language.

gather() reads it from the services; protocol_html() words it as HTML that Qt's text document
paginates and prints (workbook.ui.printing)."""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from html import escape

from workbook.domain.enums import GoalStatus, MilestoneStatus
from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.presentation.wording import format_day, format_number
from workbook.services.agreements.shapes import GoalRow
from workbook.services.clients.shapes import ClientDetail
from workbook.services.engagements.shapes import EngagementDetail
from workbook.services.handover.shapes import MilestoneRow, Readiness
from workbook.services.practice.shapes import Profile
from workbook.services.support.shapes import SupportPlanRow
from workbook.services.workspace import Workspace

Translate = Callable[[str, str], str]
CONTEXT = "Protocol"
# Goals that were agreed: the ones a handover reports on (proposed and dropped ones were not).
_REPORTED_GOALS = frozenset({GoalStatus.agreed, GoalStatus.achieved, GoalStatus.missed})
TITLE = QT_TRANSLATE_NOOP("Protocol", "Handover protocol")
LOGO_HEIGHT = 48  # pixels of the letterhead's logo, its width in proportion


@dataclass(frozen=True)
class ProtocolData:
    client: ClientDetail
    engagement: EngagementDetail
    goals: tuple[GoalRow, ...]
    milestones: tuple[MilestoneRow, ...]
    readiness: Readiness
    support: tuple[SupportPlanRow, ...]  # the plans that follow this engagement
    today: date
    practice: Profile = field(
        default_factory=Profile
    )  # the consultant: the header and the signature line


def gather(workspace: Workspace, engagement_id: int, today: date) -> ProtocolData:
    engagement = workspace.engagements.get(engagement_id)
    client = workspace.clients.get(engagement.client_id)
    goals = workspace.agreements.goals(engagement_id, today=today)
    plans = workspace.support.plans_of(engagement.client_id, today=today)
    return ProtocolData(
        client=client,
        engagement=engagement,
        goals=tuple(goal for goal in goals if goal.status in _REPORTED_GOALS),
        milestones=tuple(workspace.handover.milestones(engagement_id, today=today)),
        readiness=workspace.handover.readiness(engagement_id, today=today),
        support=tuple(p for p in plans if p.engagement_id == engagement_id),
        today=today,
        practice=workspace.practice.profile(),
    )


def protocol_language(client: ClientDetail, chosen: str | None, fallback: str) -> str:
    """The language asked for, else the client's, else the app's (or the command line's)."""
    return chosen or client.language or fallback


def protocol_title(data: ProtocolData, translate: Translate) -> str:
    heading = translate(CONTEXT, TITLE)
    return f"{heading} {data.engagement.reference} – {data.engagement.title}"


class _Writer:
    def __init__(self, data: ProtocolData, language: str, translate: Translate) -> None:
        self.data = data
        self.language = language
        self._translate = translate
        self.parts: list[str] = []

    def t(self, source: str) -> str:
        return escape(self._translate(CONTEXT, source))

    def label(self, value: GoalStatus | MilestoneStatus | object) -> str:
        return escape(self._translate(LABELS, label(value)))  # type: ignore[arg-type]

    def day(self, value: date | None) -> str:
        return format_day(value, self.language) or "–"

    def heading(self, text: str) -> None:
        self.parts.append(f"<h2>{text}</h2>")

    def paragraph(self, text: str) -> None:
        self.parts.append(f"<p>{text}</p>")

    def table(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]
    ) -> None:
        """`widths`: each column's share of the line, in percent."""
        head = "".join(
            f'<th align="left" width="{w}%">{h}</th>' for h, w in zip(headers, widths, strict=True)
        )
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        self.parts.append(
            '<table width="100%" border="1" cellspacing="0" cellpadding="4" '
            f'style="border-collapse: collapse;"><thead><tr>{head}</tr></thead>{body}</table>'
        )


def protocol_html(data: ProtocolData, language: str, translate: Translate) -> str:
    writer = _Writer(data, language, translate)
    _cover(writer)
    _goals(writer)
    _milestones(writer)
    _open_items(writer)
    _self_sufficiency(writer)
    _support(writer)
    _signatures(writer)
    body = "\n".join(writer.parts)
    return (
        '<html><head><meta charset="utf-8"><style>'
        "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; } "
        "th { background-color: #eeeeee; } td, th { font-size: 8.5pt; }"
        f"</style></head><body>{body}</body></html>"
    )


def _cover(w: _Writer) -> None:
    data = w.data
    engagement, client = data.engagement, data.client
    _letterhead(w, data.practice)
    w.parts.append(f"<h1>{w.t(TITLE)}</h1>")
    w.parts.append(f"<p><b>{escape(engagement.reference)} – {escape(engagement.title)}</b></p>")
    readiness = data.readiness.percent
    facts = [
        (w.t(QT_TRANSLATE_NOOP("Protocol", "Client")), _client_lines(client)),
        (w.t(QT_TRANSLATE_NOOP("Protocol", "Engagement")),
         f"{escape(engagement.reference)} – {escape(engagement.title)}"),
        (w.t(QT_TRANSLATE_NOOP("Protocol", "Consultant")), escape(data.practice.sender) or "–"),
        (w.t(QT_TRANSLATE_NOOP("Protocol", "Self-sufficient from")),
         w.day(engagement.self_sufficient_on)),
        (w.t(QT_TRANSLATE_NOOP("Protocol", "Readiness")),
         "–" if readiness is None else f"{readiness} %"),
        (w.t(QT_TRANSLATE_NOOP("Protocol", "Date of this protocol")), w.day(data.today)),
    ]  # fmt: skip
    rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in facts)
    w.parts.append(f'<table cellspacing="0" cellpadding="3">{rows}</table>')


def _letterhead(w: _Writer, practice: Profile) -> None:
    """Who the protocol comes from, at the top right: name and company, address, contact."""
    if practice.is_blank:
        return
    lines = [f"<b>{escape(practice.sender)}</b>", *map(escape, practice.contact_lines)]
    if practice.logo:  # inline, so the one HTML string is the whole document
        kind = "svg+xml" if practice.logo_type == "svg" else "png"
        data = base64.b64encode(practice.logo).decode("ascii")
        lines.insert(0, f'<img src="data:image/{kind};base64,{data}" height="{LOGO_HEIGHT}">')
    w.parts.append(f'<p align="right" style="font-size: 8.5pt;">{"<br>".join(lines)}</p>')


def _client_lines(client: ClientDetail) -> str:
    lines = [client.name, *client.address.splitlines()]
    return "<br>".join(escape(line) for line in lines if line.strip())


def _goals(w: _Writer) -> None:
    w.heading(w.t(QT_TRANSLATE_NOOP("Protocol", "Agreed goals")))
    if not w.data.goals:
        w.paragraph(w.t(QT_TRANSLATE_NOOP("Protocol", "No goals were agreed.")))
        return
    headers = [w.t(s) for s in (
        QT_TRANSLATE_NOOP("Protocol", "Goal"),
        QT_TRANSLATE_NOOP("Protocol", "Success criterion"),
        QT_TRANSLATE_NOOP("Protocol", "Status"),
        QT_TRANSLATE_NOOP("Protocol", "Evidence"),
    )]  # fmt: skip
    rows = [
        [escape(g.title), escape(g.success_criterion), w.label(g.status), escape(g.evidence)]
        for g in w.data.goals
    ]
    w.table(headers, rows, (24, 28, 14, 34))


def _milestones(w: _Writer) -> None:
    w.heading(w.t(QT_TRANSLATE_NOOP("Protocol", "Knowledge transfer")))
    if not w.data.milestones:
        w.paragraph(w.t(QT_TRANSLATE_NOOP("Protocol", "No milestones were planned.")))
        return
    headers = [w.t(s) for s in (
        QT_TRANSLATE_NOOP("Protocol", "No."),
        QT_TRANSLATE_NOOP("Protocol", "Topic"),
        QT_TRANSLATE_NOOP("Protocol", "Method"),
        QT_TRANSLATE_NOOP("Protocol", "Receiver"),
        QT_TRANSLATE_NOOP("Protocol", "Status"),
        QT_TRANSLATE_NOOP("Protocol", "Verification"),
        QT_TRANSLATE_NOOP("Protocol", "Signed off"),
    )]  # fmt: skip
    rows = [
        [
            str(number), escape(m.topic), w.label(m.method), escape(m.receiver),
            w.label(m.status), escape(m.verification), _signed(w, m),
        ]
        for number, m in enumerate(w.data.milestones, 1)
    ]  # fmt: skip
    w.table(headers, rows, (5, 18, 16, 14, 12, 19, 16))


def _signed(w: _Writer, milestone: MilestoneRow) -> str:
    if not milestone.signed_off_by:
        return ""
    return f"{escape(milestone.signed_off_by)}, {w.day(milestone.signed_off_on)}"


def _open_items(w: _Writer) -> None:
    w.heading(w.t(QT_TRANSLATE_NOOP("Protocol", "Open items")))
    open_milestones = [m for m in w.data.milestones if m.status is not MilestoneStatus.verified]
    open_goals = [g for g in w.data.goals if g.status is GoalStatus.agreed]
    if not open_milestones and not open_goals:
        w.paragraph(w.t(QT_TRANSLATE_NOOP(
            "Protocol", "None: every milestone is verified and every goal settled."
        )))  # fmt: skip
        return
    items = [f"{escape(m.topic)} – {_open_state(w, m)}" for m in open_milestones]
    goal = w.t(QT_TRANSLATE_NOOP("Protocol", "Goal not yet reached: %1"))
    items += [goal.replace("%1", escape(g.title)) for g in open_goals]
    w.parts.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")


def _open_state(w: _Writer, milestone: MilestoneRow) -> str:
    if milestone.status is MilestoneStatus.done:
        text = w.t(QT_TRANSLATE_NOOP("Protocol", "done on %1, not yet verified and signed off"))
        return text.replace("%1", w.day(milestone.done_on))
    state = w.label(milestone.status)
    if milestone.planned_on is None:
        return state
    planned = w.t(QT_TRANSLATE_NOOP("Protocol", "%1, planned for %2"))
    return planned.replace("%1", state).replace("%2", w.day(milestone.planned_on))


def _self_sufficiency(w: _Writer) -> None:
    w.heading(w.t(QT_TRANSLATE_NOOP("Protocol", "Self-sufficiency")))
    day = w.data.engagement.self_sufficient_on
    if day is None:
        w.paragraph(w.t(QT_TRANSLATE_NOOP("Protocol", "No self-sufficiency date is agreed yet.")))
        return
    text = w.t(QT_TRANSLATE_NOOP(
        "Protocol",
        "From %1, %2 runs the business processes named above on its own, without the "
        "consultant's assistance.",
    ))  # fmt: skip
    w.paragraph(
        text.replace("%1", f"<b>{w.day(day)}</b>").replace("%2", escape(w.data.client.name))
    )


def _support(w: _Writer) -> None:
    if not w.data.support:
        return
    w.heading(w.t(QT_TRANSLATE_NOOP("Protocol", "Support that follows")))
    for plan in w.data.support:
        facts = [
            (QT_TRANSLATE_NOOP("Protocol", "Plan"), escape(plan.name)),
            (QT_TRANSLATE_NOOP("Protocol", "From"), w.day(plan.starts_on)),
            (QT_TRANSLATE_NOOP("Protocol", "Until"), w.day(plan.ends_on)),
            (QT_TRANSLATE_NOOP("Protocol", "Period"), w.label(plan.period)),
            (QT_TRANSLATE_NOOP("Protocol", "Included hours per period"),
             "" if plan.included_hours is None
             else format_number(plan.included_hours, w.language, 1)),
            (QT_TRANSLATE_NOOP("Protocol", "Response time (hours)"),
             "" if plan.response_time_hours is None else str(plan.response_time_hours)),
            (QT_TRANSLATE_NOOP("Protocol", "Service hours"), escape(plan.service_hours)),
            (QT_TRANSLATE_NOOP("Protocol", "Channels"), escape(plan.channels)),
        ]  # fmt: skip
        rows = "".join(
            f"<tr><td><b>{w.t(k)}</b></td><td>{v}</td></tr>" for k, v in facts if v and v != "–"
        )
        w.parts.append(f'<table cellspacing="0" cellpadding="3">{rows}</table>')


def _signatures(w: _Writer) -> None:
    client, practice = w.data.client, w.data.practice
    primary = next((c.name for c in client.contacts if c.is_primary), "")
    place = w.t(QT_TRANSLATE_NOOP("Protocol", "Place, date"))
    signature = w.t(QT_TRANSLATE_NOOP("Protocol", "Signature"))
    line = "_" * 34
    sides = [
        (
            w.t(QT_TRANSLATE_NOOP("Protocol", "For the client")),
            escape(client.name),
            escape(primary),
        ),
        (
            w.t(QT_TRANSLATE_NOOP("Protocol", "Consultant")),
            escape(practice.company or practice.name),
            escape(practice.name if practice.company else ""),
        ),
    ]
    cells = "".join(
        f'<td width="50%"><b>{who}</b><br>{name}<br><br><br>{line}<br>{place}'
        f"<br><br><br>{line}<br>{signature}" + (f" ({person})" if person else "") + "</td>"
        for who, name, person in sides
    )  # fmt: skip
    w.heading(w.t(QT_TRANSLATE_NOOP("Protocol", "Signatures")))
    w.parts.append(f'<table width="100%" cellspacing="0" cellpadding="8"><tr>{cells}</tr></table>')

"""Closed vocabularies of the domain. Values are stored in the database as these strings."""

from enum import StrEnum


class EngagementStatus(StrEnum):
    inquiry = "inquiry"
    clarifying = "clarifying"
    accepted = "accepted"
    declined = "declined"
    active = "active"
    handover = "handover"
    support = "support"
    closed = "closed"


class CompetenceLevel(StrEnum):
    """How well the consultant masters a competence (strongest first)."""

    expert = "expert"
    solid = "solid"
    basic = "basic"


class BillingModel(StrEnum):
    hourly = "hourly"
    fixed = "fixed"


class WishKind(StrEnum):
    want = "want"
    need = "need"
    both = "both"


class WishStatus(StrEnum):
    open = "open"
    adopted = "adopted"
    rejected = "rejected"


class GoalStatus(StrEnum):
    proposed = "proposed"
    agreed = "agreed"
    achieved = "achieved"
    missed = "missed"
    dropped = "dropped"


class ChangeKind(StrEnum):
    small_change = "small_change"
    outdated_material = "outdated_material"
    new_stakeholder = "new_stakeholder"
    new_requirement = "new_requirement"
    other = "other"


class ChangeStatus(StrEnum):
    open = "open"
    estimated = "estimated"
    client_informed = "client_informed"
    approved = "approved"
    rejected = "rejected"
    done = "done"


class MilestoneMethod(StrEnum):
    workshop = "workshop"
    side_by_side = "side_by_side"
    shadowing = "shadowing"
    training = "training"
    documentation = "documentation"
    review = "review"


class MilestoneStatus(StrEnum):
    planned = "planned"
    in_progress = "in_progress"
    done = "done"
    verified = "verified"
    at_risk = "at_risk"


class SupportPeriod(StrEnum):
    month = "month"
    quarter = "quarter"
    year = "year"


class SupportPlanStatus(StrEnum):
    draft = "draft"
    active = "active"
    ended = "ended"


class SupportEntryKind(StrEnum):
    incident = "incident"
    question = "question"
    update = "update"
    upgrade = "upgrade"


class JournalKind(StrEnum):
    meeting = "meeting"
    call = "call"
    email = "email"
    feedback = "feedback"
    workshop = "workshop"
    note = "note"


# Journal kinds that count as hearing from the client (DESIGN.md: days since last feedback).
FEEDBACK_KINDS = frozenset({JournalKind.meeting, JournalKind.call, JournalKind.feedback})


class AuditAction(StrEnum):
    """Data-protection actions the audit table records."""

    export = "export"  # everything stored about a person, handed out
    erase = "erase"  # removed with everything hanging on it
    anonymise = "anonymise"  # kept as a nameless row because others refer to it


class NamedAs(StrEnum):
    """How a row names a contact (the column that points at it)."""

    signed_off = "signed_off_by_id"
    receiver = "receiver_id"
    requested = "requested_by_id"

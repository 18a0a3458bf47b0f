"""What the search index holds: per table, the text a row is found by.

Each indexed row becomes one document with a title (what a result shows first) and a body (the
rest of its text); a query matches either."""

from __future__ import annotations

from dataclasses import dataclass

from workbook.domain.changes import Entity


@dataclass(frozen=True)
class Document:
    entity: Entity
    code: int  # 1–15: the index's rowid is id * 16 + code, so a row's document is found at once
    table: str
    title: tuple[str, ...]  # columns joined with a space
    body: tuple[str, ...]

    def rowid(self, row_id: int) -> int:
        return row_id * SLOTS + self.code


SLOTS = 16

DOCUMENTS: tuple[Document, ...] = (
    Document(Entity.client, 1, "client", ("name",),
             ("industry", "address", "website", "email", "phone", "tags", "notes")),
    Document(Entity.contact, 2, "contact", ("name",),
             ("role", "department", "email", "phone", "notes")),
    Document(Entity.engagement, 3, "engagement", ("reference", "title"),
             ("subject", "goal_statement", "sense_and_benefit", "approach", "decision_reason")),
    Document(Entity.clarification, 4, "clarification_answer", (), ("answer",)),
    Document(Entity.wish, 5, "wish", ("text",), ("rationale",)),
    Document(Entity.goal, 6, "goal", ("title",),
             ("success_criterion", "measure", "target_value", "evidence")),
    Document(Entity.scope_item, 7, "scope_item", ("title",), ("description",)),
    Document(Entity.change_request, 8, "change_request", ("title",),
             ("description", "requested_by_text", "department", "decision_note")),
    Document(Entity.milestone, 9, "milestone", ("topic",), ("verification",)),
    Document(Entity.support_plan, 10, "support_plan", ("name",),
             ("service_hours", "channels", "updates_policy")),
    Document(Entity.support_entry, 11, "support_entry", (), ("description",)),
    Document(Entity.journal, 12, "journal_entry", ("summary",), ("details",)),
)  # fmt: skip
BY_CODE = {document.code: document for document in DOCUMENTS}
BY_ENTITY = {document.entity: document for document in DOCUMENTS}

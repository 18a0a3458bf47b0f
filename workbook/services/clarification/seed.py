"""Seeding the clarification catalogue into a workbook."""

from __future__ import annotations

from sqlmodel import Session, select

from workbook.domain.catalogue import CATALOGUE
from workbook.store.models import ClarificationQuestion


def ensure_catalogue(session: Session) -> int:
    """Insert the seed questions whose key is missing; return how many were inserted.

    Matching on the key only keeps the user's edits to seeded questions (wording, position,
    deactivation); a deleted seed question comes back, so the UI should deactivate instead."""
    existing = set(session.exec(select(ClarificationQuestion.key)).all())
    missing = [
        ClarificationQuestion(
            section=seed.section,
            key=seed.key,
            text_en=seed.text_en,
            text_de=seed.text_de,
            position=index * 10,
            required=seed.required,
        )
        for index, seed in enumerate(CATALOGUE)
        if seed.key not in existing
    ]
    session.add_all(missing)
    session.flush()
    return len(missing)

"""store.matching.ilike: the filters' case-insensitive "contains" finds on each backend
exactly what SQLAlchemy's ilike() found (on SQLite it skips lower(), which folds A–Z only,
as SQLite's LIKE does by itself)."""

from __future__ import annotations

import pytest
from sqlalchemy import literal, select

from workbook.store.database import Database
from workbook.store.matching import ilike

TEXTS = ["Formular", "FORMULAR", "Müller GmbH", "MÜLLER", "straße", "100% sicher", "a_b", "ab"]
PATTERNS = ["%form%", "%ÜLL%", "%üll%", "%STRASSE%", "%SS%", "%\\%%", "%\\_%", "%", "%zzqx%"]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_ilike_finds_what_sqlalchemy_ilike_found(database: Database, pattern: str) -> None:
    with database.engine.connect() as connection:
        for text in TEXTS:
            value = literal(text)
            ours, theirs = connection.execute(
                select(ilike(value, pattern), value.ilike(pattern, escape="\\"))
            ).one()
            assert bool(ours) == bool(theirs), (text, pattern)

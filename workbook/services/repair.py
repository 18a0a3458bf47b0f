"""What `main.py check --repair` and the window's Help ▸ Check database ▸ Repair mend: what
the database derives from the user's rows and keeps beside them — the search index and each
engagement's count of answered required questions (store.answered) — made anew from those
rows. Both in one transaction: a failure leaves them as they were. The user's rows are only
read."""

from __future__ import annotations

from dataclasses import dataclass

from workbook.domain.changes import ChangeSet, Entity
from workbook.store import answered
from workbook.store.database import Database
from workbook.store.errors import write_errors

# The stored counts show in the engagements list (and Today's) and on the clarification page.
_COUNTS = ChangeSet.of(Entity.engagement, Entity.clarification)


@dataclass(frozen=True)
class Rebuilt:
    indexed: int  # entries the search index holds now
    recounted: int  # engagements whose stored count was wrong
    changes: ChangeSet  # what the window's tabs refresh (nothing when no count was wrong)


def rebuild_search_and_recount(database: Database) -> Rebuilt:
    """Raises WriteFailed when the database cannot be written (read-only, busy, disk full)."""
    with write_errors(database.location), database.writer.begin() as connection:
        indexed = database.search.rebuild(connection)
        recounted = int(connection.execute(answered.recount()).rowcount)
    return Rebuilt(indexed, recounted, _COUNTS if recounted else ChangeSet())

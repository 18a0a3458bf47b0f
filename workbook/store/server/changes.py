"""Noticing what colleagues commit to a server database, without mistaking this program's own
commits for news.

Every transaction that writes to one of our tables takes the next number of one counter row
(COUNTER_TABLE), once, and keeps it for the transaction in a setting. The triggers doing so
are deferred constraint triggers: they run at the commit, so the counter row is locked only
while a transaction commits, and the numbers are taken in the order the transactions become
visible — a watcher that reads the counter at n has seen every transaction up to n committed,
and none is counted before its changes can be read. (A plain trigger would count at the first
statement: a poll between that and a slow import's commit would refresh too early and then
never again for it.)

Migration 0010 makes the counter and the triggers, and each later one that adds a table gives
it its trigger: a server database has them as it has its tables, by the same migrations.

This program's connections fire their triggers just before they commit and note the number
they took; the watcher reports only numbers nobody here took."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Connection, Engine, event, exc, text
from sqlmodel import SQLModel

import workbook.store.models  # noqa: F401  (registers every table on SQLModel.metadata)
from workbook.store.header import COUNTER_TABLE

_TRIGGER_PREFIX = "workbook_changes_"
_TAKEN = "workbook.change"  # the number this transaction took, once it wrote


def counting_problems(connection: Connection) -> list[str]:
    """What `check` says when colleagues' windows would miss changes: the counter or a model
    table's trigger is missing (none on a database the migrations made)."""
    if connection.execute(text("SELECT to_regclass(:t)"), {"t": COUNTER_TABLE}).scalar() is None:
        return [f"change counting: the table {COUNTER_TABLE} is missing"]
    counted = connection.execute(
        text(
            "SELECT tgrelid::regclass::text FROM pg_trigger "
            "WHERE NOT tgisinternal AND tgname LIKE :prefix"
        ),
        {"prefix": f"{_TRIGGER_PREFIX}%"},
    ).scalars()
    return [
        f"change counting: table {table} has no trigger: other windows would not see its changes"
        for table in sorted(set(SQLModel.metadata.tables) - set(counted))
    ]


class ServerChangeWatcher:
    """Has a colleague committed since the last call? Asked in a worker: it is a round trip."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()  # commits in any thread note their numbers
        self._own: set[int] = set()
        self._seen = self._counted()
        event.listen(engine, "commit", self._note_own)

    def changed(self) -> bool:
        """True when a transaction that is not this program's committed since the last call.
        A server that cannot be reached just now has no news; it is asked again next time."""
        try:
            counted = self._counted()
        except exc.DBAPIError:
            return False
        with self._lock:
            own = {number for number in self._own if self._seen < number <= counted}
            foreign = counted - self._seen - len(own)
            self._own -= {number for number in self._own if number <= counted}
            self._seen = max(self._seen, counted)
        return foreign > 0

    def close(self) -> None:
        event.remove(self._engine, "commit", self._note_own)

    def _counted(self) -> int:
        with self._engine.connect() as connection:
            counted = connection.exec_driver_sql(f"SELECT counted FROM {COUNTER_TABLE}")
            return int(counted.scalar_one())

    def _note_own(self, connection: Connection) -> None:
        """Before this program's commit: run the deferred triggers now, and note the number
        they took (none when the transaction wrote nothing of ours)."""
        cursor: Any = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(f"SELECT current_setting('{_TAKEN}', true)")
            taken = cursor.fetchone()[0]
        finally:
            cursor.close()
        if taken:
            with self._lock:
                self._own.add(int(taken))

"""change counter on PostgreSQL: what the team watcher (store.server.changes) asks to notice a
colleague's commit, made by the migrations as every other part of the schema

One counter row, and a deferred constraint trigger on each table that takes its next number
once per writing transaction, at the commit (store.server.changes says why deferred). Earlier
versions made these at every open; the statements below keep what such a database has (its
count included).

PostgreSQL only: a file is watched through SQLite's PRAGMA data_version, which changes for a
connection whenever another one commits, with no table or trigger of ours; a counter there
would only cost every write an update. The schema comparison leaves the counter out on both.

A later revision that adds a table gives it such a trigger too (a unit test checks that every
model table on a migrated server database has one).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# Frozen copies: the names store.server.changes reads, and the tables of this revision.
_COUNTER = "workbook_changes"
_FUNCTION = "workbook_count_change"
_TRIGGER_PREFIX = "workbook_changes_"
_TAKEN = "workbook.change"  # the setting that holds the number this transaction took
_TABLES = (
    "audit_event", "change_request", "clarification_answer", "clarification_question", "client",
    "competence", "contact", "day_off", "engagement", "engagement_competence", "goal",
    "journal_entry", "milestone", "practice_profile", "scope_item", "status_change",
    "support_entry", "support_plan", "wish",
)  # fmt: skip

_CREATE = (
    f"CREATE TABLE IF NOT EXISTS {_COUNTER} (one boolean PRIMARY KEY DEFAULT true "
    "CHECK (one), counted bigint NOT NULL)",
    f"INSERT INTO {_COUNTER} (counted) VALUES (0) ON CONFLICT DO NOTHING",
    f"""CREATE OR REPLACE FUNCTION {_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    taken bigint;
BEGIN
    IF coalesce(current_setting('{_TAKEN}', true), '') = '' THEN
        UPDATE {_COUNTER} SET counted = counted + 1 RETURNING counted INTO taken;
        PERFORM set_config('{_TAKEN}', taken::text, true);
    END IF;
    RETURN NULL;
END $$""",
)


def _trigger(table: str) -> tuple[str, str]:
    trigger = f"{_TRIGGER_PREFIX}{table}"
    return (
        f"DROP TRIGGER IF EXISTS {trigger} ON {table}",
        f"CREATE CONSTRAINT TRIGGER {trigger} AFTER INSERT OR UPDATE OR DELETE ON {table} "
        f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {_FUNCTION}()",
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _CREATE:
        op.execute(statement)
    for table in _TABLES:
        for statement in _trigger(table):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION {_FUNCTION} CASCADE")  # the triggers go with it
    op.execute(f"DROP TABLE {_COUNTER}")

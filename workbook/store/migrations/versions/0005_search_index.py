"""search index: one FTS5 table over the text of every entity

Its triggers (and its first filling) come from workbook.store.search at every open, so they
always follow the code's documents.DOCUMENTS; this revision creates the table only. On
PostgreSQL, which has no FTS5, the index (search.postgres_fts) is made entirely at open.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Frozen copy: the table as this revision creates it.
_CREATE = (
    "CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, row_id UNINDEXED, "
    "title, body, tokenize = 'unicode61 remove_diacritics 2')"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(_CREATE)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    names = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
    ).scalars()
    for name in list(names):
        op.execute(f'DROP TRIGGER "{name}"')
    op.execute("DROP TABLE search_index")

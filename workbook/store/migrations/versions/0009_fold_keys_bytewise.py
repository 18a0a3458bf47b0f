"""fold keys compared byte by byte on PostgreSQL, as on SQLite: the same list order on both

A server database compares text in its locale ("a b" after "ab"); the client name keys are
already folded (case, accents), so they take the "C" collation, and their indexes with them.
Nothing changes in a SQLite file.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute('ALTER TABLE client ALTER COLUMN name_key TYPE varchar COLLATE "C"')


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute('ALTER TABLE client ALTER COLUMN name_key TYPE varchar COLLATE "default"')

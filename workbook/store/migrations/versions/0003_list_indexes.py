"""indexes for the clients list at 200k rows: active clients by name, last contact per client

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_client_active_order", "client", ["archived_at", "name_key"])
    op.create_index("ix_journal_client_occurred", "journal_entry", ["client_id", "occurred_on"])


def downgrade() -> None:
    op.drop_index("ix_journal_client_occurred", "journal_entry")
    op.drop_index("ix_client_active_order", "client")

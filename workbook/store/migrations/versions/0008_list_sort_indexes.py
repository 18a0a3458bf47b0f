"""indexes for the lists' sort keys at 200k rows: the last feedback and the primary contact
of each client, and the hours of a support plan's period, read from an index alone
(covering), not from the table rows

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The newest entry of a client, and the newest feedback (kind, satisfaction) among them:
    # the old (client_id, occurred_on) index is this one's prefix, so it goes.
    op.create_index(
        "ix_journal_client_feedback",
        "journal_entry",
        ["client_id", "occurred_on", "kind", "satisfaction"],
    )
    op.drop_index("ix_journal_client_occurred", "journal_entry")
    op.create_index(
        "ix_contact_client_primary", "contact", ["client_id", "is_primary", "id", "name"]
    )
    op.create_index(
        "ix_support_entry_plan_day", "support_entry", ["plan_id", "occurred_on", "hours"]
    )


def downgrade() -> None:
    op.drop_index("ix_support_entry_plan_day", "support_entry")
    op.drop_index("ix_contact_client_primary", "contact")
    op.create_index("ix_journal_client_occurred", "journal_entry", ["client_id", "occurred_on"])
    op.drop_index("ix_journal_client_feedback", "journal_entry")

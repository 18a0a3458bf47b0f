"""the handover review's milestones read from an index alone: per engagement, the status,
planned day and weight it counts and tallies them by (covering); the old index of
engagement_id alone is this one's prefix, so it goes

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_milestone_review", "milestone", ["engagement_id", "status", "planned_on", "weight"]
    )
    op.drop_index("ix_milestone_engagement_id", "milestone")


def downgrade() -> None:
    op.create_index("ix_milestone_engagement_id", "milestone", ["engagement_id"])
    op.drop_index("ix_milestone_review", "milestone")

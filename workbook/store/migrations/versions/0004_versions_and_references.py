"""row versions, engagement references, company e-mail/phone/language, change and milestone fields

Every row gets a version counter (checked by saves and undo). Engagements get their reference
(Auftragsnummer, "2026-014"): existing ones are numbered per year of creation in id order.
Clients get the company's own e-mail and phone and the language of texts sent to them. Change
requests get the dates of their workflow, a manual-cost flag and a link to the service item
they touch; engagements a rate for change work under a fixed price; milestones a position.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Frozen list: the tables as they were at this revision.
_TABLES = (
    "client",
    "contact",
    "journal_entry",
    "engagement",
    "status_change",
    "clarification_question",
    "clarification_answer",
    "goal",
    "wish",
    "scope_item",
    "change_request",
    "milestone",
    "support_plan",
    "support_entry",
)
_ENGAGEMENT = sa.table(
    "engagement",
    sa.column("id", sa.Integer),
    sa.column("created_at", sa.DateTime),
    sa.column("reference", sa.String),
)


def _number_engagements() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(_ENGAGEMENT.c.id, _ENGAGEMENT.c.created_at).order_by(_ENGAGEMENT.c.id)
    ).all()
    counters: defaultdict[int, int] = defaultdict(int)
    for row in rows:
        year = row.created_at.year
        counters[year] += 1
        connection.execute(
            sa.update(_ENGAGEMENT)
            .where(_ENGAGEMENT.c.id == row.id)
            .values(reference=f"{year}-{counters[year]:03d}")
        )


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
    with op.batch_alter_table("client") as batch_op:
        for name, length in (("email", 320), ("phone", 60), ("language", 2)):
            batch_op.add_column(
                sa.Column(name, sa.String(length=length), nullable=False, server_default="")
            )
    with op.batch_alter_table("engagement") as batch_op:
        batch_op.add_column(sa.Column("reference", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("change_rate", sa.BigInteger(), nullable=True))
    _number_engagements()
    with op.batch_alter_table("engagement") as batch_op:
        batch_op.alter_column("reference", existing_type=sa.String(length=20), nullable=False)
        batch_op.create_unique_constraint("uq_engagement_reference", ["reference"])
    with op.batch_alter_table("change_request") as batch_op:
        batch_op.add_column(
            sa.Column("cost_is_manual", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("estimated_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("done_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("scope_item_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_change_request_scope_item_id", ["scope_item_id"])
        batch_op.create_foreign_key(
            "fk_change_request_scope_item", "scope_item", ["scope_item_id"], ["id"],
            ondelete="SET NULL",
        )  # fmt: skip
    with op.batch_alter_table("milestone") as batch_op:
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("milestone") as batch_op:
        batch_op.drop_column("position")
    with op.batch_alter_table("change_request") as batch_op:
        batch_op.drop_constraint("fk_change_request_scope_item", type_="foreignkey")
        batch_op.drop_index("ix_change_request_scope_item_id")
        for name in ("scope_item_id", "done_on", "estimated_on", "cost_is_manual"):
            batch_op.drop_column(name)
    with op.batch_alter_table("engagement") as batch_op:
        batch_op.drop_constraint("uq_engagement_reference", type_="unique")
        batch_op.drop_column("change_rate")
        batch_op.drop_column("reference")
    with op.batch_alter_table("client") as batch_op:
        for name in ("language", "phone", "email"):
            batch_op.drop_column(name)
    for table in _TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("version")

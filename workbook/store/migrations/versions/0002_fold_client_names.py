"""fold client name keys: accents and case ignored when names sort, match and must be unique

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_CLIENT = sa.table(
    "client",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("name_key", sa.String),
    sa.column("archived_at", sa.DateTime),
)


def _rekey(key_of) -> None:  # type: ignore[no-untyped-def]
    """Recompute every key; where two active clients would now collide, the later one keeps its
    old key, so the unique index holds and no data is touched beyond the key."""
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(_CLIENT.c.id, _CLIENT.c.name, _CLIENT.c.name_key, _CLIENT.c.archived_at).order_by(
            _CLIENT.c.id
        )
    ).all()
    active_keys: set[str] = set()
    for row in rows:
        key = key_of(row.name)
        if row.archived_at is None:
            if key in active_keys:
                key = row.name_key
            active_keys.add(key)
        if key != row.name_key:
            connection.execute(
                sa.update(_CLIENT).where(_CLIENT.c.id == row.id).values(name_key=key)
            )


def upgrade() -> None:
    # A frozen copy of workbook.domain.names.fold: a migration must not change with the code.
    import unicodedata

    def fold(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        bare = "".join(char for char in decomposed if not unicodedata.combining(char))
        return " ".join(bare.split())

    _rekey(fold)


def downgrade() -> None:
    _rekey(str.casefold)

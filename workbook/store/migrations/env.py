"""Alembic environment: always called from workbook.store.migrate with an open connection."""

from alembic import context
from sqlmodel import SQLModel

import workbook.store.models  # noqa: F401  (registers every table on the metadata)
from workbook.store.migrate import compared

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    render_as_batch=True,
    include_object=compared,
)
with context.begin_transaction():
    context.run_migrations()

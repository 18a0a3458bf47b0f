"""Alembic, driven from code: the schema is migrated at open, never by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine

if TYPE_CHECKING:  # alembic loads only when a file actually needs migrating (it costs ~100 ms)
    from alembic.config import Config

# PRAGMA user_version after the newest migration. Bump it with every new alembic revision
# (a unit test checks that the two agree).
SCHEMA_VERSION = 3


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "workbook.store:migrations")
    return config


def upgrade(engine: Engine) -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        # user_version is what read_header() checks before SQLite opens the file.
        connection.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")

"""`main.py check`: every problem a file (or a server database) has, as readable lines,
without changing it.

The file is read as it is (no migration, no backup): SQLite's integrity and foreign-key checks,
the schema against this version's models, text that is not valid UTF-8 (shown as U+FFFD
everywhere else, named here by table, row and column), and the counts of answered questions
the engagements keep (which check --repair recounts: RECOUNTABLE). A check that SQLite
cannot finish on a damaged page is repeated table by table, so the lines say where the
damage is."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, exc

from workbook.store.access import Access, reading_access
from workbook.store.answered import miscounted
from workbook.store.database import Database, schema_version
from workbook.store.engine import make_engine
from workbook.store.header import DatabaseRefused, Refusal, read_header
from workbook.store.locations import Location, ServerAddress
from workbook.store.migrate import SCHEMA_VERSION, alembic_config, compared
from workbook.store.search.sqlite_fts import is_search_table
from workbook.store.server.changes import counting_problems
from workbook.store.server.engine import make_server_engine
from workbook.store.server.identity import identify
from workbook.store.server.opening import reaching

# A check of one table (None: of the whole file); returns its problems.
TableCheck = Callable[[Connection, str | None], list[str]]

# How the problem check --repair mends begins (the others need a backup restored).
RECOUNTABLE = "answered questions:"
_NAMED = 5  # engagements named in that line; the rest are counted


def mendable(problems: Sequence[str]) -> bool:
    """Whether check --repair (and the window's Repair) mends every one of `problems`: only
    wrong counts of answered questions, which it counts again; anything else needs a backup
    restored. True for none, when there is nothing to mend."""
    return all(problem.startswith(RECOUNTABLE) for problem in problems)


def check_file(path: Path) -> list[str]:
    """Problems found in the file at `path`; empty when it is sound. Raises DatabaseRefused
    for a file that is not ours at all, or from a newer version."""
    path = path.expanduser().resolve()
    header = read_header(path)
    if header is None:
        raise FileNotFoundError(2, "no such file", str(path))
    version = schema_version(path, header)
    if version > SCHEMA_VERSION:
        raise DatabaseRefused(path, Refusal.newer, f"schema {version}")
    problems = []
    if version < SCHEMA_VERSION:
        problems.append(
            f"{_older(version)}: opening the file in the app upgrades it (after a backup)"
        )
    engine = make_engine(path, reading_access(path))
    try:
        with engine.connect() as connection:
            problems += _problems(connection, schema=version == SCHEMA_VERSION)
    finally:
        engine.dispose()
    return list(dict.fromkeys(problems))


def check_location(location: Location) -> list[str]:
    """check_file, or check_server for a database on a server."""
    if isinstance(location, ServerAddress):
        return check_server(location)
    return check_file(location)


def check_server(address: ServerAddress) -> list[str]:
    """Problems of a database on a server, read without changing it: its alembic revision and
    schema against this version's, references the server was told not to check, and the
    change counting colleagues' windows rely on (the server itself keeps pages, checked
    references and encodings sound)."""
    engine = make_server_engine(address, Access.query_only)
    with reaching(address, engine), engine.connect() as connection:
        version = identify(connection, address).schema_version
        if version is None:
            raise DatabaseRefused(address, Refusal.empty)
        if version > SCHEMA_VERSION:
            raise DatabaseRefused(address, Refusal.newer, f"schema {version}")
        if version < SCHEMA_VERSION:
            return [f"{_older(version)}: opening it for writing upgrades it"]
        problems = [
            *revision_problems(connection),
            *schema_problems(connection),
            *unvalidated_references(connection),
            *counting_problems(connection),
            *answered_problems(connection),
        ]
    engine.dispose()
    return problems


def revision_problems(connection: Connection) -> list[str]:
    """The migrations' own record against the newest revision this version has (a database
    whose schema version and alembic revision disagree was changed by hand)."""
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    found = MigrationContext.configure(connection).get_current_revision()
    newest = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if found == newest:
        return []
    return [f"schema: alembic revision {found or 'none'}, this version's is {newest}"]


def unvalidated_references(connection: Connection) -> list[str]:
    """Foreign keys added NOT VALID on a server: the rows from before were never checked."""
    rows = connection.exec_driver_sql(
        "SELECT conrelid::regclass::text, conname FROM pg_constraint "
        "WHERE contype = 'f' AND NOT convalidated ORDER BY 1, 2"
    )
    return [
        f"foreign key: {name} of {table} is not validated: older rows may refer to missing rows"
        for table, name in rows
    ]


def _older(version: int) -> str:
    return f"schema {version} is older than this version's {SCHEMA_VERSION}"


def check_integrity(database: Database) -> list[str]:
    """SQLite's own checks on an open database; empty when the file is sound."""
    with database.engine.connect() as connection:
        return integrity_problems(connection, None) + foreign_key_problems(connection, None)


def _problems(connection: Connection, *, schema: bool) -> list[str]:
    try:
        tables = _tables(connection)
    except (sqlite3.DatabaseError, exc.DBAPIError) as error:
        return [f"integrity: the list of tables cannot be read ({_reason(error)})"]
    problems = []
    for label, check in _TABLE_CHECKS:
        problems += _each_table(check, label, connection, tables)
    if schema:
        problems += _guarded(lambda: schema_problems(connection), "schema: cannot be compared")
        # not RECOUNTABLE: answers that cannot be read are not mended by counting them again
        uncounted = "integrity: the answered questions cannot be counted"
        problems += _guarded(lambda: answered_problems(connection), uncounted)
    return problems


def answered_problems(connection: Connection) -> list[str]:
    """Engagements whose stored count of answered required questions (the list's
    "Clarified") is not what their answers say, in one line."""
    wrong = miscounted(connection)
    if not wrong:
        return []
    named = ", ".join(wrong[:_NAMED]) + (
        f" and {len(wrong) - _NAMED} more" if len(wrong) > _NAMED else ""
    )
    return [
        f"{RECOUNTABLE} {len(wrong)} engagement(s) store another count than their answers give "
        f"({named}): check --repair recounts them"
    ]


def integrity_problems(connection: Connection, table: str | None) -> list[str]:
    pragma = "PRAGMA integrity_check" + (f'("{table}")' if table else "")
    rows = connection.exec_driver_sql(pragma).fetchall()
    return [f"integrity: {row[0]}" for row in rows if row[0] != "ok"]


def foreign_key_problems(connection: Connection, table: str | None) -> list[str]:
    pragma = "PRAGMA foreign_key_check" + (f'("{table}")' if table else "")
    return [
        f"foreign key: {row[0]} row {row[1]} refers to a missing {row[2]}"
        for row in connection.exec_driver_sql(pragma).fetchall()
    ]


def undecodable_text(connection: Connection, table: str | None) -> list[str]:
    tables = [table] if table else _tables(connection)
    return [problem for name in tables for problem in _undecodable_in(connection, name)]


_TABLE_CHECKS: tuple[tuple[str, TableCheck], ...] = (
    ("integrity: table %s cannot be read", integrity_problems),
    ("foreign key: table %s cannot be checked", foreign_key_problems),
    ("text: table %s cannot be read", undecodable_text),
)


def schema_problems(connection: Connection) -> list[str]:
    """Differences between the tables in the file and this version's models."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    import workbook.store.models  # noqa: F401  (registers every table on the metadata)

    opts = {"compare_type": True, "include_object": compared}
    context = MigrationContext.configure(connection, opts=opts)
    return [f"schema: {_describe(diff)}" for diff in compare_metadata(context, SQLModel.metadata)]


def _undecodable_in(connection: Connection, table: str) -> list[str]:
    columns = [row[1] for row in connection.exec_driver_sql(f'PRAGMA table_info("{table}")')]
    # Text as its raw bytes: the connection itself would already have replaced what is broken.
    selected = ", ".join(
        f"""CASE WHEN typeof("{column}") = 'text' THEN CAST("{column}" AS BLOB) END"""
        for column in columns
    )
    problems = []
    for rowid, *values in connection.exec_driver_sql(f'SELECT rowid, {selected} FROM "{table}"'):
        for column, value in zip(columns, values, strict=True):
            if value is not None and not _is_utf8(value):
                problems.append(
                    f"text: {table} row {rowid}, column {column}: not valid UTF-8 "
                    "(shown and exported with \ufffd)"
                )
    return problems


def _each_table(
    check: TableCheck, label: str, connection: Connection, tables: list[str]
) -> list[str]:
    """The whole file at once; when SQLite cannot finish that, each table on its own."""
    try:
        return check(connection, None)
    except (sqlite3.DatabaseError, exc.DBAPIError):
        pass
    problems = []
    for table in tables:
        problems += _guarded(functools.partial(check, connection, table), label % table)
    return problems


def _guarded(check: Callable[[], list[str]], failed: str) -> list[str]:
    try:
        return check()
    except (sqlite3.DatabaseError, exc.DBAPIError) as error:
        return [f"{failed} ({_reason(error)})"]


def _tables(connection: Connection) -> list[str]:
    names = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).scalars()
    # The search index's own tables hold no text of the user's; it is checked by rebuilding.
    return [name for name in names if not is_search_table(name)]


def _reason(error: BaseException) -> str:
    return str(getattr(error, "orig", None) or error)


def _is_utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _describe(diff: Any) -> str:
    first = diff[0] if isinstance(diff, list) else diff
    operation, *parts = first
    names = [getattr(part, "name", part) for part in parts]
    return " ".join([operation.replace("_", " "), *(str(n) for n in names if isinstance(n, str))])

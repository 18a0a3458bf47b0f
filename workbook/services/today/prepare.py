"""Writes store/compiled/today.json — Today's statements (queries.STATEMENTS) compiled for
SQLite, for the first look (first_look.py) — and tells whether the file is current.

`python -m workbook.services.today.prepare` after a change to any of them (a test fails until
then). Each statement is compiled for three sets of unusual terms: the SQL must come out the
same; a parameter whose value is the same in all three is a constant; one that follows one of
first_look.term_values in all three is that value; anything else is refused, naming the
statement (a value worked out from the terms that term_values does not know yet)."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, DateTime
from sqlalchemy.dialects import sqlite
from sqlalchemy.sql import Select
from sqlalchemy.types import TypeEngine
from sqlmodel.sql.sqltypes import UTCDateTime

from workbook.domain.handover import HandoverTerms
from workbook.files.atomic import atomic_write
from workbook.services.today.first_look import PREPARED, term_values
from workbook.services.today.items import SECTION_LIMIT
from workbook.services.today.queries import STATEMENTS
from workbook.services.today.shapes import TodayTerms
from workbook.store.migrate import SCHEMA_VERSION
from workbook.store.models.base import Cents
from workbook.store.prepared import PreparedSet, Statement, bind_value, set_path

# Terms no statement would hold as constants, each value unlike the others' (and unlike them
# after the statements' own arithmetic), so that a parameter is matched to one term value.
MARKERS = (
    TodayTerms(date(2391, 7, 29), Decimal("0.173"), HandoverTerms(47, 83), 19),
    TodayTerms(date(2388, 2, 11), Decimal("0.0917"), HandoverTerms(61, 71), 23),
    TodayTerms(date(2395, 10, 30), Decimal("0.259"), HandoverTerms(53, 89), 37),
)
_DIALECT = sqlite.dialect()
_CONVERSIONS: tuple[tuple[type[TypeEngine[Any]], str], ...] = (
    (Cents, "cents"),
    (UTCDateTime, "utc_datetime"),
    (DateTime, "datetime"),
    (Date, "date"),
    (Boolean, "bool"),
)


class NotPreparable(Exception):
    """A statement cannot be compiled ahead: what and why."""


def prepared() -> PreparedSet:
    return PreparedSet(
        SCHEMA_VERSION,
        {section.value: _statement(section.value, build) for section, build in STATEMENTS.items()},
    )


def _statement(name: str, build: Any) -> Statement:
    statements: list[Select[Any]] = [build(terms, SECTION_LIMIT + 1) for terms in MARKERS]
    compiled = [_compiled(statement) for statement in statements]
    sqls = {sql for sql, _values in compiled}
    if len(sqls) != 1:
        raise NotPreparable(f"{name}: its SQL depends on the terms")
    values = [term_values(terms) for terms in MARKERS]
    parameters = []
    for position, seen in enumerate(zip(*(bound for _sql, bound in compiled), strict=True)):
        if len(set(map(repr, seen))) == 1:
            parameters.append(("value", seen[0]))
            continue
        names = [key for key in values[0] if [bind_value(v[key]) for v in values] == list(seen)]
        if len(names) != 1:
            raise NotPreparable(
                f"{name}: parameter {position + 1} ({seen}) is worked out from the terms in a "
                "way first_look.term_values does not know"
                if not names
                else f"{name}: parameter {position + 1} is any of {names}: change MARKERS"
            )
        parameters.append(("term", names[0]))
    return Statement(sqls.pop(), tuple(parameters), _columns(name, statements[0]))


def _compiled(statement: Select[Any]) -> tuple[str, list[Any]]:
    """The SQL, and its parameters in order as SQLAlchemy binds them on SQLite."""
    compiled = statement.compile(dialect=_DIALECT, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    processors = compiled._bind_processors  # what execution applies to each
    assert compiled.positiontup is not None
    bound = []
    for key in compiled.positiontup:
        process: Any = processors.get(key)
        bound.append(params[key] if process is None else process(params[key]))
    return str(compiled), bound


def _columns(name: str, statement: Select[Any]) -> tuple[tuple[str, str], ...]:
    keys = list(statement.selected_columns.keys())
    if len(set(keys)) != len(keys) or not all(key.isidentifier() for key in keys):
        raise NotPreparable(f"{name}: result columns need distinct names: {keys}")
    return tuple(
        (key, _conversion(name, key, column.type))
        for key, column in zip(keys, statement.selected_columns, strict=True)
    )


def _conversion(name: str, key: str, kind: TypeEngine[Any]) -> str:
    """How SQLAlchemy turns the column's SQLite value into Python (store.prepared.CONVERSIONS)."""
    for sql_type, conversion in _CONVERSIONS:  # the decorators before the types they wrap
        if isinstance(kind, sql_type):
            return conversion
    if kind.dialect_impl(_DIALECT).result_processor(_DIALECT, None) is None:
        return "plain"
    raise NotPreparable(f"{name}: no conversion for column {key} of type {kind!r}")


def main() -> int:
    try:
        text = prepared().as_json() + "\n"
    except NotPreparable as refused:
        print(f"Cannot prepare Today's statements: {refused}", file=sys.stderr)
        return 1

    def write(temporary: Path) -> None:
        temporary.write_text(text, encoding="utf-8")

    atomic_write(set_path(PREPARED), write)
    print(f"Wrote {set_path(PREPARED)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

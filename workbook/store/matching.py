"""Case-insensitive "contains" tests for the lists' filters, as cheap as each database allows.

ilike() renders lower(x) LIKE lower(p) on SQLite. SQLite's LIKE already ignores the case of
A–Z, and of A–Z only, which is all its lower() folds too: so on a file that is x LIKE p,
without lower-casing each row's text first (a filter that matches nothing reads every
journal entry's details). Elsewhere it is ilike() as it was."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import NullType

ESCAPE = "\\"


class ilike(FunctionElement[Any]):  # noqa: N801  (reads as the SQL operator it is)
    """`column` ILIKE `pattern` (a LIKE pattern escaped with a backslash), in parentheses.

    Of no type: a Boolean one would be compared with 1 on SQLite (no boolean of its own)."""

    type = NullType()
    inherit_cache = True


@compiles(ilike)
def _ilike(element: ilike, compiler: Any, **kw: Any) -> str:
    column, pattern = element.clauses.clauses
    return f"({compiler.process(column.ilike(pattern, escape=ESCAPE), **kw)})"


@compiles(ilike, "sqlite")
def _like(element: ilike, compiler: Any, **kw: Any) -> str:
    column, pattern = element.clauses.clauses
    return f"({compiler.process(column.like(pattern, escape=ESCAPE), **kw)})"

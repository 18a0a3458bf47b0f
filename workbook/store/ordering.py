"""Text in the order the lists show it, the same on a file and on a server.

SQLite compares text byte by byte (UTF-8, so by code point); a PostgreSQL database compares in
the collation it was created with (a German or English locale puts "a b" after "ab", "Äpfel"
beside "apfel"). The fold keys (Client.name_key, domain.names.fold) already ignore case and
accents, so they are compared byte by byte on the server too (their columns are COLLATE "C",
migration 0009). Other text sorts case-insensitively through text_order(): SQLite's lower(),
which folds A–Z only, and on PostgreSQL exactly that, byte by byte — the same order on both.
Stored fold keys for those columns would sort accents right on both; that takes a migration
per column and has not been needed for the ASCII-heavy titles yet.

scanned_order() keeps SQLite from walking an index in a sort key's order where a scan and a
sort cost less: under a typed filter, which may match few rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# The type of a fold key's column: compared byte by byte on PostgreSQL, as on SQLite.
FOLD_KEY = String().with_variant(postgresql.VARCHAR(collation="C"), "postgresql")


class text_order(FunctionElement[str]):  # noqa: N801  (reads as the SQL function it is)
    """`column`, lower-cased A–Z only, compared byte by byte: an ORDER BY key."""

    type = String()
    inherit_cache = True


@compiles(text_order)
def _lower(element: text_order, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(text_order, "postgresql")
def _lower_bytewise(element: text_order, compiler: Any, **kw: Any) -> str:
    text = compiler.process(element.clauses, **kw)
    return f"translate({text}, '{_UPPER}', '{_UPPER.lower()}') COLLATE \"C\""


class scanned_order(FunctionElement[Any]):  # noqa: N801  (reads as the SQL it renders)
    """`column` as an ORDER BY key that SQLite sorts after a scan instead of walking the
    column's index row by row: a unary plus, which keeps the value and the collation but is
    no index column any more.

    A walk stops after a page when most rows match; when few or none do, it walks every row
    out of storage order, each looked up with its joins — at 5,000 clients 74 ms against 15 ms
    for the scan and sort of the journal under a word that matches nothing. PostgreSQL chooses
    from its statistics: the column as it is."""

    inherit_cache = True


@compiles(scanned_order)
def _as_is(element: scanned_order, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(scanned_order, "sqlite")
def _unary_plus(element: scanned_order, compiler: Any, **kw: Any) -> str:
    return f"+{compiler.process(element.clauses, **kw)}"

"""Two people edited one record: what the other one changed, and the user's edit on top of it.

A form remembers the values it was filled from (`before`). When its save is refused because
a colleague saved first (`theirs`), the fields that differ between the two are what the
colleague changed; the fields where the form differs from `before` are the user's edit. Put
the user's edit on top of theirs and neither is lost: fields only the colleague touched keep
the colleague's value, fields the user touched keep the user's."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")


def _values(record: Any) -> dict[str, Any]:
    return {field.name: getattr(record, field.name) for field in dataclasses.fields(record)}


def changed_fields(before: Any, after: Any) -> list[str]:
    """The names of the fields whose values differ, in the record's field order."""
    old, new = _values(before), _values(after)
    return [name for name in old if old[name] != new[name]]


def reapplied(mine: T, before: T, theirs: T) -> T:
    """`theirs` with every field the user changed from `before` set to the user's value."""
    edited = {name: getattr(mine, name) for name in changed_fields(before, mine)}
    return dataclasses.replace(theirs, **edited)  # type: ignore[type-var]

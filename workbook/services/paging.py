"""One page of a list query: the page's ids first, then its rows in full."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.sql import Select


def paged(listed: Select[Any], row_id: Any, *, offset: int, limit: int | None) -> Select[Any]:
    """The page of `listed` (filtered and ordered) from `offset`, at most `limit` rows.

    The ids are sorted out with the ids alone — the sort holds an id and its keys, not whole
    rows with their texts and joined names — then only the page's rows are read in full and
    put in the same order. limit None: every row from `offset`."""
    if limit is None:
        return listed.offset(offset)
    ids = listed.with_only_columns(row_id).offset(offset).limit(limit)
    return listed.where(row_id.in_(ids))


def counted(listed: Select[Any]) -> Select[Any]:
    """How many rows `listed` has in all: its order and limit dropped, counted in SQL."""
    return select(func.count()).select_from(listed.order_by(None).limit(None).subquery())

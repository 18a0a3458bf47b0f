"""Where a row belongs, read off a result row that joined the client and the engagement
(services.located's columns): plain Python, so that rows read without SQLAlchemy (the first
look of Today) are shaped by the same functions."""

from __future__ import annotations

from typing import Any

_NAMES = ("client_name", "engagement_reference", "engagement_title")


def where_from(r: Any) -> dict[str, str]:
    return {name: getattr(r, name, "") or "" for name in _NAMES}

"""Where a row belongs, for lists and sheets across clients: the client's name and the
engagement's reference and title, taken from a result row that joined them (blank otherwise)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.sql.elements import Label
from sqlmodel import col

from workbook.store.models import Client, Engagement

CLIENT_NAME: Label[str] = col(Client.name).label("client_name")
ENGAGEMENT_REFERENCE: Label[str] = col(Engagement.reference).label("engagement_reference")
ENGAGEMENT_TITLE: Label[str] = col(Engagement.title).label("engagement_title")
_NAMES = ("client_name", "engagement_reference", "engagement_title")


def where_from(r: Any) -> dict[str, str]:
    return {name: getattr(r, name, "") or "" for name in _NAMES}

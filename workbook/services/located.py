"""Where a row belongs, for lists and sheets across clients: the client's name and the
engagement's reference and title as result columns (services.where_from reads them off a row,
blank where the row has none)."""

from __future__ import annotations

from sqlalchemy.sql.elements import Label
from sqlmodel import col

from workbook.store.models import Client, Engagement

CLIENT_NAME: Label[str] = col(Client.name).label("client_name")
ENGAGEMENT_REFERENCE: Label[str] = col(Engagement.reference).label("engagement_reference")
ENGAGEMENT_TITLE: Label[str] = col(Engagement.title).label("engagement_title")

"""Columns every table shares. Timestamps are aware UTC (stored as naive UTC); the UI shows
them in local time."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from sqlalchemy import BigInteger, String
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


def utc_now() -> datetime:
    return datetime.now(UTC)


class Row(SQLModel):
    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utc_now, nullable=False)
    updated_at: datetime = Field(default_factory=utc_now, nullable=False)
    # Counts the writes to this row. A save or an undo names the version it read and is
    # refused when the row has moved on since (a colleague, another window, the CLI), so
    # nobody's work is overwritten silently (workbook.services.rows).
    version: int = Field(default=1, nullable=False, sa_column_kwargs={"server_default": "1"})


class Cents(TypeDecorator[Decimal]):
    """Money and hours as exact decimals with two places, stored as integer hundredths.

    SQLite has no decimal type (SQLAlchemy would round-trip through float); integers are exact,
    sort correctly in SQL and port to PostgreSQL unchanged."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> int | None:
        if value is None:
            return None
        return int((Decimal(value) * 100).to_integral_value(ROUND_HALF_UP))

    def process_result_value(self, value: int | None, dialect: Any) -> Decimal | None:
        return None if value is None else Decimal(value) / 100


def string(default: str = "", length: int | None = None) -> Any:
    """A non-null text column; empty string rather than NULL keeps filters and exports simple."""
    return Field(default=default, nullable=False, sa_type=String(length) if length else String)


def choice(default: str) -> Any:
    """An enum stored as its string value: readable in SQL and portable to PostgreSQL."""
    return Field(default=default, nullable=False, sa_type=String(24), index=True)


def amount(default: Decimal | None = None, *, nullable: bool = True) -> Any:
    return Field(default=default, nullable=nullable, sa_type=Cents)


def parent(
    table: str, *, optional: bool = False, cascade: bool = True, indexed: bool = True
) -> Any:
    """A foreign key; children go with their parent, optional links are cleared instead.
    `indexed` False where a wider index of the table starts with this column."""
    ondelete: Literal["CASCADE", "SET NULL", "RESTRICT"] = (
        "SET NULL" if optional else ("CASCADE" if cascade else "RESTRICT")
    )
    return Field(
        default=None,
        foreign_key=f"{table}.id",
        ondelete=ondelete,
        nullable=optional,
        index=indexed,
    )

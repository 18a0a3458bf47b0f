"""One typed wrapper over QSettings: the only place that knows the keys (Frescobaldi)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from workbook.domain.support_terms import NOTICE_WARNING_DAYS

RECENT_LIMIT = 8
NOTICE_WARNING_RANGE = (1, 365)  # days ahead a support plan's notice deadline is warned about


class Settings:
    def __init__(self, store: QSettings) -> None:
        # Tests pass a QSettings on a temporary ini file; the app passes the user's settings.
        self._store = store

    @property
    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def language(self) -> str | None:
        value = self._store.value("ui/language")
        return str(value) if value else None

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value)

    @property
    def notice_warning_days(self) -> int:
        """How many days ahead a support plan's notice deadline is warned about."""
        return self._number(
            "support/notice_warning_days", NOTICE_WARNING_DAYS, NOTICE_WARNING_RANGE
        )

    @notice_warning_days.setter
    def notice_warning_days(self, value: int) -> None:
        self._store.setValue("support/notice_warning_days", int(value))

    def _number(self, key: str, default: int, bounds: tuple[int, int]) -> int:
        """A whole number in bounds; a value edited by hand into something else is ignored."""
        try:
            value = int(str(self._store.value(key, default)))
        except ValueError:
            return default
        low, high = bounds
        return value if low <= value <= high else default

    @property
    def last_database(self) -> Path | None:
        value = self._store.value("database/last")
        return Path(str(value)) if value else None

    @property
    def recent_databases(self) -> list[Path]:
        value = self._store.value("database/recent") or []
        items = [value] if isinstance(value, str) else list(value)  # one entry reads as str
        return [Path(str(item)) for item in items]

    def remember_database(self, path: Path) -> None:
        """Most recent first, without duplicates; also becomes the database opened next start."""
        recent = [path, *(p for p in self.recent_databases if p != path)][:RECENT_LIMIT]
        self._store.setValue("database/last", str(path))
        self._store.setValue("database/recent", [str(p) for p in recent])

    def sync(self) -> None:
        self._store.sync()

"""One typed wrapper over QSettings: the only place that knows the keys (Frescobaldi)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize

from workbook.store.locations import BadAddress, Location, location

if TYPE_CHECKING:
    from workbook.domain.backup_rotation import Rotation
    from workbook.domain.handover import HandoverTerms

RECENT_LIMIT = 8
HORIZON_RANGE = (1, 365)  # days before the self-sufficiency date a low readiness is a risk
MINIMUM_RANGE = (0, 100)  # percent
THRESHOLD_RANGE = (1, 100)  # percent of the budget
NOTICE_WARNING_RANGE = (1, 365)  # days ahead a support plan's notice deadline is warned about
# How many automatic backups of each kind stay. At least one daily: the backup just taken
# must never rotate out at once.
DAILY_BACKUPS_RANGE = (1, 365)
WEEKLY_BACKUPS_RANGE = (0, 260)
MONTHLY_BACKUPS_RANGE = (0, 120)


class Settings:
    """The user's settings. The window's first paint reads its geometry and language; the
    defaults of the rest come from the domain modules, imported when a setting is read."""

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
    def scope_creep_threshold(self) -> Decimal:
        """Scope creep warns above this share of the agreed budget (0.10 = 10 %)."""
        from workbook.domain.scope_creep import SCOPE_CREEP_THRESHOLD

        default = int(SCOPE_CREEP_THRESHOLD * 100)
        try:
            percent = int(str(self._store.value("scope_creep/threshold_percent", default)))
        except ValueError:  # edited by hand into something else
            percent = default
        low, high = THRESHOLD_RANGE
        return Decimal(min(max(percent, low), high)) / 100

    @scope_creep_threshold.setter
    def scope_creep_threshold(self, value: Decimal) -> None:
        self._store.setValue("scope_creep/threshold_percent", int(value * 100))

    @property
    def notice_warning_days(self) -> int:
        """How many days ahead a support plan's notice deadline is warned about."""
        from workbook.domain.support_terms import NOTICE_WARNING_DAYS

        return self._number(
            "support/notice_warning_days", NOTICE_WARNING_DAYS, NOTICE_WARNING_RANGE
        )

    @notice_warning_days.setter
    def notice_warning_days(self, value: int) -> None:
        self._store.setValue("support/notice_warning_days", int(value))

    @property
    def feedback_interval_days(self) -> int:
        """The feedback interval a new client starts with."""
        from workbook.domain.feedback import FEEDBACK_INTERVAL_DAYS
        from workbook.domain.validation import FEEDBACK_INTERVAL_RANGE

        return self._number(
            "clients/feedback_interval_days", FEEDBACK_INTERVAL_DAYS, FEEDBACK_INTERVAL_RANGE
        )

    @feedback_interval_days.setter
    def feedback_interval_days(self, value: int) -> None:
        self._store.setValue("clients/feedback_interval_days", int(value))

    @property
    def export_folder(self) -> Path | None:
        """Where exports are suggested to go; None: the Documents folder."""
        value = self._store.value("export/folder")
        return Path(str(value)) if value else None

    @export_folder.setter
    def export_folder(self, value: Path | None) -> None:
        if value is None:
            self._store.remove("export/folder")
        else:
            self._store.setValue("export/folder", str(value))

    @property
    def practice_asked(self) -> bool:
        """Whether the first start asked about the practice already (asked once, "Later" ok)."""
        return str(self._store.value("practice/asked", "false")).lower() == "true"

    @practice_asked.setter
    def practice_asked(self, value: bool) -> None:
        self._store.setValue("practice/asked", bool(value))

    @property
    def last_database(self) -> Location | None:
        value = self._store.value("database/last")
        return _location(str(value)) if value else None

    @property
    def recent_databases(self) -> list[Location]:
        value = self._store.value("database/recent") or []
        items = [value] if isinstance(value, str) else list(value)  # one entry reads as str
        return [found for item in items if (found := _location(str(item))) is not None]

    def remember_database(self, location: Location) -> None:
        """Most recent first, without duplicates; also becomes the database opened next start.
        A server is kept as its URL, which never holds the password (store.locations)."""
        recent = [location, *(p for p in self.recent_databases if p != location)][:RECENT_LIMIT]
        self._store.setValue("database/last", str(location))
        self._store.setValue("database/recent", [str(p) for p in recent])

    @property
    def handover_terms(self) -> HandoverTerms:
        """When a handover counts as at risk; the defaults (30 days, 80 %) until changed."""
        from workbook.domain.handover import DEFAULT_TERMS, HandoverTerms

        return HandoverTerms(
            horizon_days=self._number(
                "handover/horizon_days", DEFAULT_TERMS.horizon_days, HORIZON_RANGE
            ),
            minimum_percent=self._number(
                "handover/minimum_percent", DEFAULT_TERMS.minimum_percent, MINIMUM_RANGE
            ),
        )

    @handover_terms.setter
    def handover_terms(self, terms: HandoverTerms) -> None:
        self._store.setValue("handover/horizon_days", terms.horizon_days)
        self._store.setValue("handover/minimum_percent", terms.minimum_percent)

    @property
    def backup_rotation(self) -> Rotation:
        """How many daily, weekly and monthly automatic backups stay (12, 10, 9 until changed)."""
        from workbook.domain.backup_rotation import ROTATION, Rotation

        return Rotation(
            daily=self._number("backups/daily", ROTATION.daily, DAILY_BACKUPS_RANGE),
            weekly=self._number("backups/weekly", ROTATION.weekly, WEEKLY_BACKUPS_RANGE),
            monthly=self._number("backups/monthly", ROTATION.monthly, MONTHLY_BACKUPS_RANGE),
        )

    @backup_rotation.setter
    def backup_rotation(self, rotation: Rotation) -> None:
        self._store.setValue("backups/daily", rotation.daily)
        self._store.setValue("backups/weekly", rotation.weekly)
        self._store.setValue("backups/monthly", rotation.monthly)

    def hidden_columns(self, list_name: str) -> frozenset[str] | None:
        """The columns the user hid in a list (ui.common.column_choice); None: never chose."""
        value = self._store.value(f"columns/{list_name}_hidden")
        if value is None:
            return None
        return frozenset(key for key in str(value).split(",") if key)

    def remember_hidden_columns(self, list_name: str, keys: frozenset[str]) -> None:
        # a string, not a list: an empty choice ("show all") must differ from no choice
        self._store.setValue(f"columns/{list_name}_hidden", ",".join(sorted(keys)))

    def window_size(self, name: str) -> QSize | None:
        """The size the user last left a window at (ui.common.layout_memory)."""
        value = self._store.value(f"layout/{name}_size")
        return value if isinstance(value, QSize) and not value.isEmpty() else None

    def remember_window_size(self, name: str, size: QSize) -> None:
        self._store.setValue(f"layout/{name}_size", size)

    def splitter_state(self, name: str) -> QByteArray | None:
        value = self._store.value(f"layout/{name}_split")
        return value if isinstance(value, QByteArray) else None

    def remember_splitter_state(self, name: str, state: QByteArray) -> None:
        self._store.setValue(f"layout/{name}_split", state)

    def _number(self, key: str, default: int, bounds: tuple[int, int]) -> int:
        """A whole number in bounds; a value edited by hand into something else is ignored."""
        try:
            value = int(str(self._store.value(key, default)))
        except ValueError:
            return default
        low, high = bounds
        return value if low <= value <= high else default

    def file_name(self) -> str:
        return self._store.fileName()

    def sync(self) -> None:
        self._store.sync()


def _location(text: str) -> Location | None:
    """A remembered file or server URL; None for a URL edited by hand into something unusable."""
    try:
        return location(text)
    except BadAddress:
        return None

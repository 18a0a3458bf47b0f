"""A save refused because someone else saved the same record first (services' Conflict).

The form keeps the user's edit. The user is told in one sentence what the other one changed,
and may load the other version: the form then shows it with the user's edit put back on top
(domain.edits), and the next save names the version loaded — so it is a save over their
version the user has seen, never over one they have not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from workbook.domain.changes import Entity
from workbook.domain.edits import changed_fields, reapplied
from workbook.services.errors import REFUSALS, Conflict
from workbook.ui.common.messages import failure_text

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Versioned(Protocol[T_co]):
    """A read shape: what a form edits of it, and the version a save must name."""

    @property
    def version(self) -> int: ...

    def as_input(self) -> T_co: ...


class EditForm(Protocol):
    """What settling needs of a form: its fields' labels and being filled — a RecordForm, or
    a FormGroup of those that together edit one record."""

    def has_field(self, key: str) -> bool: ...

    def label_text(self, key: str) -> str: ...

    def fill(self, record: Any) -> None: ...


class EditBase(Generic[T]):
    """What an edit form was filled from — the record's values and version — read again when
    its save is refused. `read` gives both; `shown`: what it just gave, when the caller read
    the record already."""

    def __init__(
        self, read: Callable[[], tuple[T, int]], shown: tuple[T, int] | None = None
    ) -> None:
        self.read = read
        self.adopt(*(shown if shown is not None else read()))

    @classmethod
    def of(cls, read: Callable[[], Versioned[T]], shown: Versioned[T] | None = None) -> EditBase[T]:
        """Over a read shape that knows its input (`as_input()`) and version."""

        def values(row: Versioned[T]) -> tuple[T, int]:
            return row.as_input(), row.version

        return cls(lambda: values(read()), values(shown) if shown is not None else None)

    def adopt(self, values: T, version: int) -> None:
        self.values = values
        self.version = version


def conflict_text(entity: Entity, changed: list[str]) -> str:
    """One sentence on what the other one changed, one on what the user can do."""
    translate = QCoreApplication.translate
    named = {
        Entity.client: translate("Conflicts", "Someone else changed this client since you "
                                 "opened it: %1."),
        Entity.contact: translate("Conflicts", "Someone else changed this contact since you "
                                  "opened it: %1."),
        Entity.engagement: translate("Conflicts", "Someone else changed this engagement since "
                                     "you opened it: %1."),
    }  # fmt: skip
    if changed:
        first = named.get(
            entity, translate("Conflicts", "Someone else changed this since you opened it: %1.")
        ).replace("%1", ", ".join(changed))
    else:  # a column this form does not show, or a step such as archiving
        first = translate("Conflicts", "Someone else saved this since you opened it.")
    then = translate(
        "Conflicts", "Your edits are still in the form; load their version to see theirs with "
        "your edits on top, then save again.",
    )  # fmt: skip
    return f"{first} {then}"


def settle(parent: QWidget, conflict: Conflict, form: EditForm, mine: T, base: EditBase[T]) -> None:
    """Tell what changed since `base` and offer to load the other version into `form`, with
    `mine` (the edit that was refused) on top. Declined, the form keeps `mine` and `base`
    stays: the next save is refused again rather than overwriting what the user did not see."""
    title = parent.window().windowTitle()
    try:
        theirs, version = base.read()
    except REFUSALS as gone:  # removed meanwhile: nothing to load
        QMessageBox.warning(parent, title, failure_text(gone))
        return
    changed = [form.label_text(name) for name in changed_fields(base.values, theirs)
               if form.has_field(name)]  # fmt: skip
    box = QMessageBox(QMessageBox.Icon.Warning, title, conflict_text(conflict.entity, changed))
    box.setParent(parent, box.windowFlags())
    box.setObjectName("conflictMessage")
    load = box.addButton(
        QCoreApplication.translate("Conflicts", "&Load their version"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    load.setObjectName("loadTheirVersion")
    box.addButton(
        QCoreApplication.translate("Conflicts", "&Keep my form as it is"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(load)
    box.exec()
    if box.clickedButton() is load:
        form.fill(reapplied(mine, base.values, theirs))
        base.adopt(theirs, version)

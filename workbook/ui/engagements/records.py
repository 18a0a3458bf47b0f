"""Add / edit / remove for the rows an engagement owns (wishes, goals, service catalogue),
each one undoable command, through one generic controller instead of three copies."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from workbook.services.written import Written
from workbook.ui.common.conflicts import EditBase
from workbook.ui.common.context import TabContext
from workbook.ui.common.fields import Field
from workbook.ui.common.record_dialog import RecordDialog

I = TypeVar("I")  # noqa: E741  (input shape)


class Versioned(Protocol):
    @property
    def version(self) -> int: ...


V = TypeVar("V", bound=Versioned)


@dataclass(frozen=True)
class RecordKind(Generic[V, I]):
    """How to build, read and write one kind of row of an engagement."""

    fields: Callable[[int], Sequence[tuple[Field, str]]]  # engagement id -> form fields
    blank: I  # what a new row starts with (the input shape's defaults)
    make: Callable[[dict[str, Any]], I]
    get: Callable[[int], V]
    as_input: Callable[[V], I]
    title_of: Callable[[I], str]
    add: Callable[[int, I], Written]  # (engagement, data)
    update: Callable[..., Written]  # (row id, data, version=…)
    remove: Callable[..., Written]  # (row id, version=…)


@dataclass(frozen=True)
class KindTexts:
    """Translated words for one kind: dialog titles, undo texts, the removal question."""

    new: str
    edit: str
    add_command: str  # "%1" = the row's title
    edit_command: str
    remove_command: str
    remove_question: str


class RecordCommands(QObject, Generic[V, I]):
    def __init__(
        self,
        parent: QWidget,
        context: TabContext,
        kind: RecordKind[V, I],
        texts: Callable[[], KindTexts],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._context = context
        self._kind = kind
        self._texts = texts

    def add(self, engagement_id: int, initial: I | None = None) -> int | None:
        created: list[int] = []
        texts = self._texts()

        def submit(data: I) -> None:
            text = texts.add_command.replace("%1", self._kind.title_of(data))
            written = self._context.run(text, lambda: self._kind.add(engagement_id, data))
            assert written.created_id is not None
            created.append(written.created_id)

        self._dialog(engagement_id, texts.new, submit, initial or self._kind.blank).exec()
        return created[0] if created else None

    def edit(self, engagement_id: int, row_id: int) -> None:
        texts = self._texts()

        def read() -> tuple[I, int]:
            row = self._kind.get(row_id)
            return self._kind.as_input(row), row.version

        before = EditBase(read)
        title = self._kind.title_of(before.values)

        def submit(data: I) -> None:
            text = texts.edit_command.replace("%1", title)
            self._context.run(text, lambda: self._kind.update(row_id, data, version=before.version))

        self._dialog(engagement_id, texts.edit, submit, None, before).exec()

    def remove(self, engagement_id: int, row_id: int) -> None:
        texts = self._texts()
        row = self._kind.get(row_id)
        title = self._kind.title_of(self._kind.as_input(row))
        answer = QMessageBox.question(
            self._parent,
            texts.remove_command.replace("%1", title),
            texts.remove_question.replace("%1", title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._context.attempt(
                texts.remove_command.replace("%1", title),
                lambda: self._kind.remove(row_id, version=row.version),
            )

    def _dialog(
        self,
        engagement_id: int,
        title: str,
        submit: Callable[[I], object],
        initial: I | None,
        base: EditBase[I] | None = None,
    ) -> RecordDialog:
        fields = self._kind.fields(engagement_id)
        dialog = RecordDialog(self._parent, title, fields, self._kind.make, submit, initial, base)
        dialog.setObjectName("RecordDialog")
        return dialog

"""The engagement windows the main window has open (the editor is not modal)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workbook.ui.engagements.editor import EngagementEditor


def open_editors(window: QWidget) -> list[EngagementEditor]:
    return [editor for editor in window.findChildren(EngagementEditor) if editor.isVisible()]


def the_editor(window: QWidget) -> EngagementEditor:
    """The one engagement window open, e.g. after Enter on an engagement."""
    (editor,) = open_editors(window)
    return editor

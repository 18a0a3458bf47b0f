"""What a printing command is handed to turn a document into a PDF: (html, title, target)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol


class Printer(Protocol):
    def __call__(self, html: str, title: str, target: Path, *, author: str = "") -> None:
        """`author`: the document's author property (the practice)."""

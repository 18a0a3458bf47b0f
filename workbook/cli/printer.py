"""What a printing command is handed to turn a document into a PDF: (html, title, target)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

Printer = Callable[[str, str, Path], None]

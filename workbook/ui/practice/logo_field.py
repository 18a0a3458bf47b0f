"""The practice's logo: a PNG or SVG picked from a file, shown small, removable. The size is
checked before the file is read (the service checks size and kind again)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from workbook.domain.validation import FieldError, Problem, ValidationError
from workbook.services.practice.rules import LOGO_MAX_BYTES
from workbook.ui.common import named
from workbook.ui.common.fields import Field

PREVIEW_HEIGHT = 48
translate = QCoreApplication.translate


class LogoField(Field):
    def __init__(self, key: str) -> None:
        box = QWidget()
        self.preview = named(QLabel(), "logoPreview")
        self.preview.setFixedSize(160, PREVIEW_HEIGHT)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.choose = named(QPushButton(), "chooseLogo")
        self.remove = named(QPushButton(), "removeLogo")
        self.choose.clicked.connect(self._choose)
        self.remove.clicked.connect(lambda: self.set(None))
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addWidget(self.choose)
        layout.addWidget(self.remove)
        layout.addStretch(1)
        self._data: bytes | None = None
        self._too_large = False
        super().__init__(key, box)
        self.retranslate()

    def retranslate(self) -> None:
        self.choose.setText(translate("LogoField", "&Choose…"))
        self.remove.setText(translate("LogoField", "Remove"))
        if self._data is None:
            self.preview.setText(translate("LogoField", "no logo"))

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.widget,
            translate("LogoField", "Choose a logo"),
            "",
            translate("LogoField", "Images (*.png *.svg)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Take the file at `path`; one that is too large is refused when the form is read."""
        self._too_large = path.stat().st_size > LOGO_MAX_BYTES
        self.set(None if self._too_large else path.read_bytes())

    def get(self) -> bytes | None:
        if self._too_large:
            raise ValidationError([FieldError(self.key, Problem.file_too_large)])
        return self._data

    def set(self, value: Any) -> None:
        self._data = bytes(value) if value else None
        if value is not None:
            self._too_large = False
        pixmap = QPixmap()
        if self._data and pixmap.loadFromData(QByteArray(self._data)):
            self.preview.setPixmap(
                pixmap.scaledToHeight(PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(
                translate("LogoField", "no logo")
                if self._data is None
                else translate("LogoField", "logo")
            )
        self.remove.setEnabled(self._data is not None)

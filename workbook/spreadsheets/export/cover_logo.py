"""The practice's logo at the top right of the dossier's cover.

openpyxl's Image reads a picture through Pillow, which the project does not install (it would
be there for this alone): a PNG's size is in its header, and its bytes go into the workbook as
they are, so Image only needs its size and its bytes. An SVG logo stays off the cover: a
workbook program shows SVG only in recent versions, and without a PNG beside it not at all."""

from __future__ import annotations

import struct
from typing import Any

from openpyxl.drawing.image import Image  # type: ignore[import-untyped]

HEIGHT_PIXELS = 56  # the cover's first three rows: the client's name, the date, who prepared it
ANCHOR = "E1"  # right of the facts in columns A and B
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's header chunk (which the format puts first); None when
    `data` is no PNG or its header is damaged."""
    if not data.startswith(_PNG_SIGNATURE) or data[12:16] != b"IHDR" or len(data) < 24:
        return None
    width, height = struct.unpack(">II", data[16:24])
    return (width, height) if width and height else None


class _Logo(Image):
    def __init__(self, png: bytes, size: tuple[int, int]) -> None:
        # Not Image.__init__: it would open the picture with Pillow to learn what we know.
        self.ref = png
        self.format = "png"
        width, height = size
        self.height = HEIGHT_PIXELS
        self.width = max(1, round(width * HEIGHT_PIXELS / height))
        self.anchor = ANCHOR

    def _data(self) -> bytes:
        return bytes(self.ref)


def add_logo(worksheet: Any, logo: bytes | None, logo_type: str) -> None:
    """Put a PNG `logo` on the (write-only, not yet closed) `worksheet`; anything else is left
    off (see the module's note)."""
    if not logo or logo_type != "png":
        return
    size = png_size(logo)
    if size is not None:
        worksheet.add_image(_Logo(logo, size))

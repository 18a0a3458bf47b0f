"""Zip and XML bomb guard for office files, run before calamine opens them.

A zip-based spreadsheet (.xlsx, .ods) is checked from its directory without unpacking: the
declared sizes must stay within limits and no large member may be compressed suspiciously well.
The XML parts' first bytes must not declare a DOCTYPE or ENTITY: spreadsheets never need one,
and entity expansion ("billion laughs") is the classic XML bomb."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from workbook.spreadsheets.importing.problems import ImportProblem, ImportRefused

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 100
# Below this a member cannot bomb anything, however well it compresses (empty styled rows do).
RATIO_FLOOR = 1024 * 1024
MAX_MEMBERS = 10_000
SCAN_BYTES = 4096
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_DECLARATIONS = tuple(
    word.encode(encoding)
    for word in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("ascii", "utf-16-le", "utf-16-be")
)


def check_zip(path: Path) -> None:
    """Raise ImportRefused (not_spreadsheet, too_large) unless the archive is safe to open."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_sizes(members)
            for member in members:
                if member.filename.lower().endswith(_XML_SUFFIXES):
                    _check_declarations(archive, member)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as error:
        # RuntimeError: an encrypted member; NotImplementedError: an unknown compression
        raise ImportRefused(ImportProblem.not_spreadsheet, str(error)) from error


def _check_sizes(members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise ImportRefused(ImportProblem.too_large, f"{len(members)} parts in the archive")
    total = sum(member.file_size for member in members)
    if total > MAX_UNCOMPRESSED:
        raise ImportRefused(ImportProblem.too_large, f"{total} bytes uncompressed")
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            detail = f"{member.filename} compressed {ratio:.0f}:1"
            raise ImportRefused(ImportProblem.too_large, detail)


def _check_declarations(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    with archive.open(member) as stream:
        head = stream.read(SCAN_BYTES).upper()
    if any(word in head for word in _DECLARATIONS):
        detail = f"DOCTYPE or ENTITY declaration in {member.filename}"
        raise ImportRefused(ImportProblem.too_large, detail)

"""CSV files: encoding check, delimiter sniffing, records with their line numbers.

Only UTF-8 (with or without BOM) and UTF-16 with BOM are read. Guessing a legacy code page
(cp1252, latin-1) would turn "Müller" silently into "MÃ¼ller" or worse, so such files are
refused and the user re-saves them as UTF-8."""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
from collections.abc import Iterator
from itertools import islice

from workbook.spreadsheets.importing.problems import ImportProblem, ImportRefused

DELIMITERS = (",", ";", "\t")
SNIFF_CHARS = 64 * 1024
SNIFF_RECORDS = 20


def decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[len(codecs.BOM_UTF8) :], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16")  # reads the BOM for the byte order and drops it
    if b"\x00" in data:  # binary: an image, an archive, a database, UTF-16 without BOM
        raise ImportRefused(ImportProblem.not_spreadsheet, "binary data")
    return _decode(data, "utf-8")


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        detail = f"not {encoding.upper()} at byte {error.start}"
        raise ImportRefused(ImportProblem.wrong_encoding, detail) from error


def sniff_delimiter(text: str) -> str:
    """The delimiter under which the first records agree best on a column count above one;
    "," when nothing splits (a single column)."""
    sample = text[:SNIFF_CHARS]
    best, best_score = ",", (0, 1)
    for delimiter in DELIMITERS:
        score = _score(sample, delimiter)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _score(sample: str, delimiter: str) -> tuple[int, int]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    widths: list[int] = []
    # csv.Error: a quoted field cut off by the sample's end; the records before it still count
    with contextlib.suppress(csv.Error):
        for record in islice(reader, SNIFF_RECORDS):
            if any(cell.strip() for cell in record):
                widths.append(len(record))
    if not widths or widths[0] < 2:
        return (0, 1)
    return (sum(width == widths[0] for width in widths), widths[0])


def records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(first line of the record, its fields); quoted fields may span lines."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        while True:
            line = reader.line_num + 1
            try:
                record = next(reader)
            except StopIteration:
                return
            yield line, record
    except csv.Error as error:  # NUL characters, a field beyond the csv module's limit
        raise ImportRefused(ImportProblem.not_spreadsheet, str(error)) from error

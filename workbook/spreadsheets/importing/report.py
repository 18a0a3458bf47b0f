"""A preview and an import result in plain English lines, for the command line."""

from __future__ import annotations

from workbook.services.importing.shapes import ImportCounts
from workbook.spreadsheets.importing.fields import ImportKind
from workbook.spreadsheets.importing.shapes import ImportPreview, RowAction


def describe(preview: ImportPreview) -> list[str]:
    """The mapping used, the columns left out, then "line N: field: problem" per error."""
    lines = [f"{preview.kind} from {len(preview.rows)} row(s); columns:"]
    for index, header in enumerate(preview.headers):
        key = preview.mapping.get(index)
        if key is not None:
            lines.append(f"  {header or f'column {index + 1}'!r} -> {key}")
    ignored = [h for i, h in enumerate(preview.headers) if h and i not in preview.mapping]
    if ignored:
        lines.append(f"  ignored: {', '.join(repr(header) for header in ignored)}")
    for row in preview.rows:
        lines.extend(f"line {row.line}: {error.field}: {error.problem}" for error in row.errors)
        if row.repeats is not None:
            lines.append(f"line {row.line}: repeats line {row.repeats}; imported once")
    if preview.kind is ImportKind.clients:
        lines.append("rows: " + ", ".join(f"{preview.count(a)} {a}" for a in RowAction))
    if taken := preview.taken_count:
        lines.append(f"{taken} row(s) name a client that exists; --update updates them")
    return lines


def imported(counts: ImportCounts) -> str:
    return (
        f"imported: {counts.clients} client(s), {counts.contacts} contact(s), "
        f"{counts.entries} journal entry(ies); updated {counts.updated} client(s)"
    )

"""A preview and an import result in plain English lines, for the command line."""

from __future__ import annotations

from workbook.spreadsheets.importing.commit import ImportResult
from workbook.spreadsheets.importing.shapes import ImportPreview


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
    lines.extend(
        f"line {row.line}: {error.field}: {error.problem}"
        for row in preview.rows
        for error in row.errors
    )
    return lines


def imported(result: ImportResult) -> str:
    return (
        f"imported: {len(result.client_ids)} client(s), {len(result.contact_ids)} contact(s), "
        f"{len(result.journal_ids)} journal entry(ies)"
    )

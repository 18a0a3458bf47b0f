"""`search`: everything that mentions the words, grouped by type, for people or as JSON."""

from __future__ import annotations

import argparse
import json

from workbook.cli.outcome import OK
from workbook.cli.paths import database_location, open_for_reading
from workbook.domain.changes import Entity
from workbook.presentation.labels import label
from workbook.services.search.shapes import SearchGroup, SearchResult
from workbook.services.workspace import build_workspace
from workbook.store.search.marks import MARK_END, MARK_START


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    search = commands.add_parser("search", help="find clients, engagements, notes … by words")
    search.add_argument("--db", type=database_location, required=True)
    search.add_argument("query", nargs="+", metavar="WORD", help="words; each matches a prefix")
    search.add_argument("--json", action="store_true", help="a JSON list instead of text")
    search.set_defaults(run=_search)


def _search(args: argparse.Namespace) -> int:
    database = open_for_reading(args.db)
    try:
        groups = build_workspace(database).search.search(" ".join(args.query))
    finally:
        database.close()
    if args.json:
        print(json.dumps([_item(r) for g in groups for r in g.results], ensure_ascii=False))
    else:
        for line in _lines(groups):
            print(line)
    return OK


def _lines(groups: list[SearchGroup]) -> list[str]:
    if not groups:
        return ["nothing found"]
    lines = []
    for group in groups:
        lines.append(f"{label(group.entity)} ({group.counted(group.total)})")
        lines.extend(f"  {_line(result)}" for result in group.results)
        if group.more:
            lines.append(f"  … and {group.counted(group.more)} more")
    return lines


def _line(result: SearchResult) -> str:
    """What was found (the match in brackets), then where it belongs unless it is the client."""
    snippet = _marked(result.snippet, "[", "]")
    text = snippet if _marked(result.snippet, "", "") == result.title else result.title
    if text != snippet:
        text = f"{text}: {snippet}" if text else snippet
    where = [] if result.entity is Entity.client else [result.client_name]
    where += [result.engagement_reference] if result.engagement_reference else []
    return f"{text}  ({' · '.join(where)})" if where else text


def _item(result: SearchResult) -> dict[str, object]:
    return {
        "type": result.entity.value,
        "id": result.row_id,
        "title": result.title,
        "snippet": _marked(result.snippet, "", ""),
        "client": result.client_name,
        "client_id": result.client_id,
        "engagement": result.engagement_reference,
        "engagement_id": result.engagement_id,
    }


def _marked(snippet: str, start: str, end: str) -> str:
    return snippet.replace(MARK_START, start).replace(MARK_END, end)

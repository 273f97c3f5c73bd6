"""Print the README's and docs/evaluation.md's accuracy tables as Markdown (team tool).

Run after ``scripts/score_sets.py TAG ...`` has written its reports:
``.venv/bin/python scripts/markdown_tables.py TAG SET [SET ...]`` prints one table of entity
value F1 (strict span F1 in brackets) per label and one of event fields, news items and the
QUANTITY link accuracy, one column per set, read from ``/tmp/ev_TAG_SET.json``.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from score_sets import entity_f1, event_score, report_path

LABELS = ("COUNTRY", "ORG", "LOC", "NORP", "SUBSTANCE", "OPERATION", "DATE", "QUANTITY", "ALL")
EVENT_FIELDS = (("events (f1)", "events", "f1"), ("type (accuracy)", "type", "accuracy"),
                ("dates (accuracy)", "dates", "accuracy"), ("seizures (f1)", "seizures", "f1"),
                ("countries (f1)", "countries", "f1"), ("organizers (f1)", "organizers", "f1"),
                ("participants (f1)", "participants", "f1"),
                ("location (f1)", "location", "f1"), ("counts (f1)", "counts", "f1"))


def percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def entity_cell(system: dict[str, Any], label: str) -> str:
    value, strict = entity_f1(system, label), entity_f1(system, label, "strict")
    return "—" if value is None else f"{percent(value)} ({percent(strict)})"


def event_cell(system: dict[str, Any], field: str, measure: str) -> str:
    return percent(event_score(system, field, measure))


def table(header: str, columns: list[str], rows: list[tuple[str, list[str]]]) -> str:
    lines = [f"| {header} | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    lines += [f"| {name} | " + " | ".join(cells) + " |" for name, cells in rows]
    return "\n".join(lines)


def main(tag: str, sets: list[str]) -> None:
    systems = [json.loads(report_path(tag, name).read_text("utf-8"))["systems"]["pressparse"]
               for name in sets]
    print(table("label", sets, [(label, [entity_cell(s, label) for s in systems])
                                for label in LABELS]))
    print()
    rows = [(name, [event_cell(s, field, measure) for s in systems])
            for name, field, measure in EVENT_FIELDS]
    rows += [("news items F1 (exact)", [percent(s["items"]["f1"]) for s in systems]),
             ("news items F1 (80 % overlap)", [percent(s["items_overlap"]["f1"]) for s in systems]),
             ("QUANTITY link acc", [percent(s["entities"]["QUANTITY"].get("link_accuracy"))
                                    for s in systems])]
    print(table("event field", sets, rows))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])

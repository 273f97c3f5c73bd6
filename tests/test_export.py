"""The flat seizure export (one row per seizure)."""

from __future__ import annotations

import csv
import io

from pressparse.export import SEIZURE_COLUMNS, seizure_rows
from pressparse.schema import Document, Entity, Event, Item, Seizure

TEXT = ("Operation Steppe Gate ended. Police seized more than 40 kg of heroin. "
        "In Osh, officers found 12 kg of opium.")


def _span(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


def _document(include_text: bool) -> Document:
    heroin, opium = _span("more than 40 kg"), _span("12 kg")
    osh = _span("Osh")
    operation = Event(
        id="doc#0:e1", type="operation", name="Steppe Gate", start_date="2024-06-03",
        end_date="2024-06-07",
        location={"text": "Kyrgyzstan", "label": "COUNTRY",
                  "normalized": {"iso2": "KG", "iso3": "KGZ", "name": "Kyrgyzstan"}},
        seizures=[Seizure(substance="heroin", value=40, unit="kg", kg=40,
                          qualifier="more_than", start=heroin[0], end=heroin[1])])
    local = Event(
        id="doc#0:e2", type="seizure", part_of="doc#0:e1",
        location={"text": "Osh", "label": "LOC", "start": osh[0], "end": osh[1],
                  "normalized": {"name": "Osh", "country_iso2": "KG"}},
        seizures=[Seizure(substance="opium", value=12, unit="kg", kg=12, start=opium[0],
                          end=opium[1], country_iso2="KG",
                          location={"text": "Osh", "label": "LOC",
                                    "normalized": {"name": "Osh", "country_iso2": "KG"}})])
    entities = [Entity(label="QUANTITY", text=TEXT[a:b], start=a, end=b)
                for a, b in (heroin, opium)]
    return Document(id="doc", pressparse_version="test", text=TEXT if include_text else None,
                    items=[Item(start=0, end=len(TEXT), entities=entities,
                                events=[operation, local])])


def test_one_row_per_seizure_with_parent_name_and_country() -> None:
    # the operation's total has no country of its own; the local result has its own
    rows = list(seizure_rows(_document(include_text=False)))
    assert [tuple(row) for row in rows] == [SEIZURE_COLUMNS, SEIZURE_COLUMNS]
    picked = [(r["event_id"], r["event_name"], r["event_type"], r["part_of"], r["country_iso2"],
               r["location"], r["substance"], r["kg"], r["qualifier"], r["evidence"])
              for r in rows]
    assert picked == [
        ("doc#0:e1", "Steppe Gate", "operation", None, None, "Kyrgyzstan", "heroin", 40,
         "more_than", "more than 40 kg"),
        ("doc#0:e2", "Steppe Gate", "seizure", "doc#0:e1", "KG", "Osh", "opium", 12,
         "exact", "12 kg"),
    ]


def test_evidence_from_the_text_when_included() -> None:
    rows = list(seizure_rows(_document(include_text=True)))
    assert [r["evidence"] for r in rows] == ["more than 40 kg", "12 kg"]


def test_rows_write_as_csv() -> None:
    handle = io.StringIO()
    writer = csv.DictWriter(handle, fieldnames=list(SEIZURE_COLUMNS))
    writer.writeheader()
    writer.writerows(seizure_rows(_document(include_text=False)))
    lines = handle.getvalue().splitlines()
    assert lines[0].split(",")[:4] == ["document_id", "item_index", "event_id", "event_name"]
    assert len(lines) == 3


def test_document_without_events_has_no_rows() -> None:
    assert list(seizure_rows(Document(id="x", pressparse_version="test"))) == []

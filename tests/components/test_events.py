"""The pressparse_events component: factory, data loading, doc._.events, serialization."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from pressparse.pipeline import build_blank
from pressparse.schema import Event
from pressparse.spans import Candidate, add_entities

TEXT = ("From 3 to 7 June 2024, the operation \"Steppe Gate\" of the CSTO was held in Almaty. "
        "Police seized more than 40 kg of heroin.")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_blank(("pressparse_events",))


def _doc(nlp: Language):
    doc = nlp.make_doc(TEXT)

    def at(surface: str) -> tuple[int, int]:
        start = TEXT.index(surface)
        return start, start + len(surface)

    add_entities(doc, [
        Candidate(*at("3 to 7 June 2024"), "DATE",
                  {"start": "2024-06-03", "end": "2024-06-07", "kind": "range",
                   "precision": "day"}),
        Candidate(*at("Steppe Gate"), "OPERATION", {"name": "Steppe Gate"}),
        Candidate(*at("CSTO"), "ORG", {"name": "Collective Security Treaty Organization",
                                       "acronym": "CSTO"}),
        Candidate(*at("Almaty"), "LOC", {"name": "Almaty", "country_iso2": "KZ"}),
        Candidate(*at("more than 40 kg"), "QUANTITY",
                  {"value": 40, "unit": "kg", "kind": "mass", "kg": 40,
                   "qualifier": "more_than", "what": "heroin"}),
        Candidate(*at("heroin"), "SUBSTANCE", {"name": "heroin", "class": "opioid"}),
    ])
    return doc


def _summary(events: list[dict]) -> list[tuple]:
    return [(e["id"], e["type"], e["name"], e["start_date"], e["end_date"],
             e["location"]["text"], [o["text"] for o in e["organizers"]],
             [(s["substance"], s["kg"]) for s in e["seizures"]]) for e in events]


EXPECTED = [("e1", "operation", "Steppe Gate", "2024-06-03", "2024-06-07", "Almaty", ["CSTO"],
             [("heroin", 40)])]


def test_component_sets_doc_events(nlp: Language) -> None:
    doc = nlp.get_pipe("pressparse_events")(_doc(nlp))
    assert _summary(doc._.events) == EXPECTED
    for event in doc._.events:
        Event.model_validate(event)


def test_no_entities_no_cues_no_events(nlp: Language) -> None:
    doc = nlp("The weather was fine on the coast.")
    assert doc._.events == []


def test_pipeline_directory_round_trip(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipe")
    assert (tmp_path / "pipe" / "pressparse_events" / "event_cues.jsonl").is_file()
    loaded = spacy.load(tmp_path / "pipe")
    doc = loaded.get_pipe("pressparse_events")(_doc(loaded))
    assert _summary(doc._.events) == EXPECTED


def test_added_cue_is_a_one_line_data_change(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipe")
    cues = tmp_path / "pipe" / "pressparse_events" / "event_cues.jsonl"
    with cues.open("a", encoding="utf-8") as handle:
        handle.write('{"type": "meeting", "phrase": "huddle", "weight": 5.0}\n')
    loaded = spacy.load(tmp_path / "pipe")
    doc = loaded("The chiefs held a huddle on border security.")
    assert [e["type"] for e in doc._.events] == ["meeting"]

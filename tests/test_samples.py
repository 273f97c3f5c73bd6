"""The annotated evaluation set in samples/: every gold file is valid and consistent."""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import itertools
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from pressparse.schema import Document

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SPLITS = tuple(sorted(p.name for p in (SAMPLES / "ann").iterdir() if p.is_dir()))
TEXTS = sorted(p for split in SPLITS for p in (SAMPLES / split).glob("*.txt"))
GOLDS = sorted(p for split in SPLITS for p in (SAMPLES / split).glob("*.gold.json"))
SOURCES = sorted((SAMPLES / "ann").glob("*/*.ann"))
HELPER = Path(__file__).resolve().parents[1] / "scripts" / "annotate_helper.py"


@functools.cache
def load_helper() -> ModuleType:
    """scripts/annotate_helper.py, imported from its path (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("annotate_helper", HELPER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def load(gold_path: Path) -> tuple[Document, str]:
    doc = Document.model_validate(json.loads(gold_path.read_text("utf-8")))
    text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
    return doc, text_path.read_text("utf-8")


def iso(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def test_enough_samples_in_both_splits() -> None:
    dev = list((SAMPLES / "dev").glob("*.gold.json"))
    test = list((SAMPLES / "test").glob("*.gold.json"))
    assert len(dev) >= 25 and len(test) >= 25


@pytest.mark.parametrize("text_path", TEXTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_text_has_gold(text_path: Path) -> None:
    assert text_path.with_name(text_path.stem + ".gold.json").exists()


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_is_consistent(gold_path: Path) -> None:
    doc, text = load(gold_path)
    split = gold_path.parent.name
    assert doc.id == gold_path.name.removesuffix(".gold.json")
    assert doc.source == f"samples/{split}/{doc.id}.txt"
    if doc.published:
        iso(doc.published)
    assert doc.items, "a document has at least one item"
    previous_end = 0
    event_ids: list[str] = []
    for item in doc.items:
        assert previous_end <= item.start < item.end <= len(text)
        previous_end = item.end
        if item.title:
            assert item.title in text[item.start:item.end]
        for entity in item.entities:
            assert item.start <= entity.start < entity.end <= item.end
            assert text[entity.start:entity.end] == entity.text
            assert entity.normalized, f"{entity.text!r} has no normalized value"
            if entity.label == "DATE":
                assert iso(entity.normalized["start"]) <= iso(entity.normalized["end"])
            if entity.label == "QUANTITY" and entity.normalized["kind"] == "mass":
                assert entity.normalized["value"] is None or entity.normalized["kg"] is not None
        spans = sorted((e.start, e.end) for e in item.entities)
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start, "entities must not overlap"
        for event in item.events:
            assert event.id
            event_ids.append(event.id)
            if event.start_date and event.end_date:
                assert iso(event.start_date) <= iso(event.end_date)
            for value in (event.start_date, event.end_date):
                if value:
                    iso(value)
            for start, end in event.evidence:
                assert 0 <= start < end <= len(text)
            for amount in [*event.seizures, *event.counts]:
                assert item.start <= amount.start < amount.end <= item.end
    assert len(event_ids) == len(set(event_ids)), "event ids are unique per document"
    for event in doc.events:
        for other in [event.part_of, *event.same_as]:
            assert other is None or other in event_ids


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_files_are_built_from_their_sources(source: Path) -> None:
    """Gold files are generated from samples/ann; nobody edits the JSON by hand."""
    _, text, gold = load_helper().render(source)
    target = SAMPLES / source.parent.name
    assert (target / f"{source.stem}.txt").read_text("utf-8") == text
    assert (target / f"{source.stem}.gold.json").read_text("utf-8") == gold


def test_every_gold_file_has_a_source() -> None:
    stems = {(p.parent.name, p.stem) for p in SOURCES}
    golds = {(p.parent.name, p.name.removesuffix(".gold.json")) for p in GOLDS}
    assert golds == stems


@pytest.mark.parametrize(
    ("source", "text", "surfaces"),
    [
        # a mark over a word hyphenated at the line end: the text keeps the break
        ("of [[tra-\nmadol|S=tramadol/opioid]] in a bag.\n", "of tra-\nmadol in a bag.\n",
         ["tra-\nmadol"]),
        ("in [[the pre-\nvious year|D=2023^]] and [[2024|D=2024]]\n",
         "in the pre-\nvious year and 2024\n", ["the pre-\nvious year", "2024"]),
        # no mark opened at the line end: lines stay as they are
        ("a [[2024|D=2024]] b\n[[2025|D=2025]]\n", "a 2024 b\n2025\n", ["2024", "2025"]),
    ],
)
def test_helper_mark_over_one_line_break(source: str, text: str, surfaces: list[str]) -> None:
    parsed = load_helper().parse_source(source)
    assert parsed.text == text
    assert [mark.text for mark in parsed.marks] == surfaces
    assert [parsed.text[mark.start:mark.end] for mark in parsed.marks] == surfaces

"""Readers for Label Studio, doccano, Prodigy and DocBin: round trips and real export shapes."""

from __future__ import annotations

import copy
import warnings
from pathlib import Path

import orjson
import pytest
from eval_helpers import FIXTURES, GOLD_DIR

from pressparse.evaluate.corpus import AnnotationError, AnnotationWarning, EvalDoc
from pressparse.evaluate.readers import (
    LabelMap,
    read_annotations,
    to_docbin,
    to_doccano,
    to_labelstudio,
    to_prodigy,
)
from pressparse.evaluate.scoring import score_system


def native_gold() -> list[EvalDoc]:
    docs = read_annotations(GOLD_DIR)
    assert len(docs) == 3
    return docs


def imperfect_predictions(gold: list[EvalDoc]) -> list[EvalDoc]:
    """A prediction with misses, a wrong value, a shifted span and a wrong event date."""
    pred = copy.deepcopy(gold)
    first = pred[0]
    first.entities = first.entities[1:]
    if first.events:
        first.events[0] = first.events[0].model_copy(update={"end_date": "1999-01-01"})
    second = pred[1]
    second.entities[0] = second.entities[0].model_copy(
        update={"normalized": {"name": "something else", "iso2": "ZZ"}})
    second.entities[-1] = second.entities[-1].model_copy(
        update={"start": second.entities[-1].start + 1})
    return pred


def scores(gold: list[EvalDoc], pred: list[EvalDoc]) -> dict:
    """Entity and event scores (annotation tools' formats carry no news-item segmentation)."""
    by_id = {p.id: p for p in pred}
    result = score_system("x", gold, [by_id[g.id] for g in gold]).as_dict()
    for segmentation in ("items", "items_overlap"):
        result.pop(segmentation)
    return result


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))
    return path


@pytest.mark.parametrize("fmt", ["labelstudio", "doccano", "prodigy", "docbin"])
def test_round_trip_scores_identically(fmt: str, tmp_path: Path) -> None:
    gold = native_gold()
    if fmt == "labelstudio":
        path = tmp_path / "export.json"
        path.write_bytes(orjson.dumps(to_labelstudio(gold)))
    elif fmt == "doccano":
        path = write_jsonl(tmp_path / "all.jsonl", to_doccano(gold))
    elif fmt == "prodigy":
        path = write_jsonl(tmp_path / "db-out.jsonl", to_prodigy(gold))
    else:
        path = tmp_path / "gold.spacy"
        to_docbin(gold).to_disk(path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a clean round trip warns about nothing
        read_back = read_annotations(path, fmt)
    assert [d.id for d in read_back] == [d.id for d in gold]
    for original, copied in zip(gold, read_back, strict=True):
        assert copied.text == original.text
        assert copied.entities == original.entities
        assert copied.events == original.events
    pred = imperfect_predictions(gold)
    native_scores = scores(gold, pred)
    assert native_scores["entities"]["ALL"]["strict"]["f1"] < 1.0
    assert scores(read_back, pred) == native_scores


def test_label_studio_export_with_label_map() -> None:
    with pytest.warns(AnnotationWarning) as caught:
        docs = read_annotations(FIXTURES / "labelstudio_export.json", "labelstudio",
                                LabelMap.from_file(FIXTURES / "label_map.json"))
    osh, kaunas = docs
    assert [(e.label, e.text) for e in osh.entities] == [
        ("LOC", "Osh"), ("QUANTITY", "3 kg"), ("SUBSTANCE", "heroin"),
        ("ORG", "Drug Control Agency")]
    assert osh.entities[0].normalized == {"name": "Osh", "country_iso2": "KG"}
    assert osh.events is None  # spans only: events not annotated
    # the cancelled annotation is ignored; the cut span is widened to the token
    assert [(e.label, e.text) for e in kaunas.entities] == [
        ("NORP", "Lithuanian"), ("ORG", "Europol"), ("QUANTITY", "40 kg"),
        ("SUBSTANCE", "amphetamine"), ("LOC", "Kaunas")]
    messages = [str(w.message) for w in caught]
    assert any("'amphetami'" in m and "aligned to" in m for m in messages)


def test_doccano_both_shapes_trims_whitespace_and_drops_mapped_out_labels() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        lagos, kaunas = read_annotations(FIXTURES / "doccano.jsonl", "doccano",
                                         LabelMap.from_file(FIXTURES / "label_map.json"))
    assert [(e.label, e.text) for e in lagos.entities] == [
        ("LOC", "Lagos"), ("QUANTITY", "2 tonnes"), ("SUBSTANCE", "cannabis"), ("ORG", "NDLEA")]
    assert [(e.label, e.text) for e in kaunas.entities] == [("ORG", "Europol"), ("LOC", "Kaunas")]


def test_unmapped_foreign_labels_are_dropped_with_a_warning() -> None:
    with pytest.warns(AnnotationWarning, match=r"City \(1\).*|Drug \(1\)"):
        docs = read_annotations(FIXTURES / "doccano.jsonl", "doccano")
    assert docs[0].entities == []


def test_prodigy_keeps_accepted_examples_and_span_values() -> None:
    docs = read_annotations(FIXTURES / "prodigy.jsonl", "prodigy",
                            LabelMap.from_file(FIXTURES / "label_map.json"))
    assert [d.id for d in docs] == ["osh-courier"]
    assert docs[0].entities[1].normalized == {"name": "heroin", "class": "opioid"}


def test_docbin_reads_plain_spacy_entities(tmp_path: Path) -> None:
    import spacy

    nlp = spacy.blank("en")
    spacy_doc = nlp("Officers in Quetta seized 90 kg of opium.")
    spacy_doc.ents = [spacy_doc.char_span(12, 18, label="GPE"),
                      spacy_doc.char_span(26, 31, label="QUANTITY")]
    from spacy.tokens import DocBin

    DocBin(docs=[spacy_doc]).to_disk(tmp_path / "x.spacy")
    (doc,) = read_annotations(tmp_path / "x.spacy", "auto", LabelMap({"GPE": "LOC"}))
    assert [(e.label, e.text) for e in doc.entities] == [("LOC", "Quetta"),
                                                          ("QUANTITY", "90 kg")]


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"City": "CITY"}, "not one of"),
        (["City"], "JSON object"),
    ],
)
def test_bad_label_maps_are_refused(mapping: object, message: str, tmp_path: Path) -> None:
    path = tmp_path / "map.json"
    path.write_bytes(orjson.dumps(mapping))
    with pytest.raises(AnnotationError, match=message):
        LabelMap.from_file(path)


def test_spans_outside_the_text_are_dropped_with_a_warning(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", [{"text": "Short text.", "label": [[3, 40, "ORG"]]}])
    with pytest.warns(AnnotationWarning, match="outside the text"):
        (doc,) = read_annotations(path, "doccano")
    assert doc.entities == []


SAMPLES_DEV = Path(__file__).resolve().parents[2] / "samples" / "dev"


@pytest.mark.parametrize("fmt", ["labelstudio", "doccano"])
def test_three_project_samples_round_trip(fmt: str, tmp_path: Path) -> None:
    files = sorted(SAMPLES_DEV.glob("*.gold.json"))[:3]
    if len(files) < 3:
        pytest.skip("samples/dev has fewer than three annotated texts")
    from pressparse.evaluate.corpus import read_gold_file

    gold = [read_gold_file(file) for file in files]
    if fmt == "labelstudio":
        path = tmp_path / "export.json"
        path.write_bytes(orjson.dumps(to_labelstudio(gold)))
    else:
        path = write_jsonl(tmp_path / "all.jsonl", to_doccano(gold))
    read_back = read_annotations(path, fmt)
    pred = imperfect_predictions(gold)
    assert scores(read_back, pred) == scores(gold, pred)


ALIGN_TEXT = "MOSCOW, 4 June. /TASS/. Border guards seized 7.5 kg of methamphetamine."


@pytest.mark.parametrize(
    ("surface", "cut", "expected", "warns"),
    [
        ("Border guards", (0, 0), "Border guards", False),
        (" Border guards ", (0, 0), "Border guards", False),  # outer spaces trimmed silently
        ("TASS", (0, 0), "TASS", False),  # next to punctuation: kept though not a token edge
        ("methamphetamine", (4, 0), "methamphetamine", True),  # starts inside the word
        ("methamphetamine", (0, 3), "methamphetamine", True),  # ends inside the word
        ("7.5 kg", (0, 1), "7.5 kg", True),
        ("MOSCOW", (0, 0), "MOSCOW", False),
    ],
)
def test_alignment_to_token_boundaries(surface: str, cut: tuple[int, int], expected: str,
                                       warns: bool) -> None:
    from pressparse.evaluate.readers.align import align_span

    start = ALIGN_TEXT.index(surface.strip()) - (1 if surface.startswith(" ") else 0)
    end = start + len(surface)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        aligned = align_span("d", ALIGN_TEXT, start + cut[0], end - cut[1], "X")
    assert aligned is not None
    assert ALIGN_TEXT[aligned[0]:aligned[1]] == expected
    assert bool(caught) is warns

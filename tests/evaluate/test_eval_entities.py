"""Entity scores on tiny hand-made gold/prediction pairs with known counts."""

from __future__ import annotations

import pytest
from eval_helpers import doc, ent

from pressparse.evaluate.entities import score_entities, total
from pressparse.evaluate.errors import ErrorEntry

TEXT = ("Customs officers of Kazakhstan and the OSCE met in Almaty on 3 May 2021 and seized "
        "12 kg of opium.")
KZ = {"iso2": "KZ", "iso3": "KAZ", "name": "Kazakhstan"}
KG = {"iso2": "KG", "iso3": "KGZ", "name": "Kyrgyzstan"}
OSCE = {"name": "Organization for Security and Co-operation in Europe"}
MAY3 = {"start": "2021-05-03", "end": "2021-05-03"}
KG12 = {"value": 12, "unit": "kg", "kind": "mass", "kg": 12, "qualifier": "exact"}


def gold_entities() -> list:
    return [
        ent(TEXT, "Kazakhstan", "COUNTRY", KZ),
        ent(TEXT, "the OSCE", "ORG", OSCE),
        ent(TEXT, "Almaty", "LOC", {"name": "Almaty"}),
        ent(TEXT, "3 May 2021", "DATE", MAY3),
        ent(TEXT, "12 kg", "QUANTITY", KG12),
        ent(TEXT, "opium", "SUBSTANCE", {"name": "opium", "class": "opioid"}),
    ]


# (case, predicted entities, {label: (strict tp, fp, fn), (overlap tp, fp, fn), (value tp, fp, fn)})
CASES = [
    ("perfect", gold_entities(), {
        "COUNTRY": ((1, 0, 0), (1, 0, 0), (1, 0, 0)),
        "ORG": ((1, 0, 0), (1, 0, 0), (1, 0, 0)),
    }),
    ("nothing predicted", [], {
        "COUNTRY": ((0, 0, 1), (0, 0, 1), (0, 0, 1)),
        "DATE": ((0, 0, 1), (0, 0, 1), (0, 0, 1)),
    }),
    ("boundary: OSCE without the article", [
        ent(TEXT, "OSCE", "ORG", OSCE),
    ], {"ORG": ((0, 1, 1), (1, 0, 0), (0, 1, 1))}),
    ("wrong iso code on the right span", [
        ent(TEXT, "Kazakhstan", "COUNTRY", KG),
    ], {"COUNTRY": ((1, 0, 0), (1, 0, 0), (0, 1, 1))}),
    ("wrong label on the right span", [
        ent(TEXT, "Almaty", "ORG", {"name": "Almaty"}),
    ], {"LOC": ((0, 0, 1), (0, 0, 1), (0, 0, 1)), "ORG": ((0, 1, 1), (0, 1, 1), (0, 1, 1))}),
    ("spurious extra entity", [
        *gold_entities(), ent(TEXT, "Customs", "ORG", {"name": "Customs"}),
    ], {"ORG": ((1, 1, 0), (1, 1, 0), (1, 1, 0)), "COUNTRY": ((1, 0, 0), (1, 0, 0), (1, 0, 0))}),
    ("quantity with the wrong qualifier", [
        ent(TEXT, "12 kg", "QUANTITY", {**KG12, "qualifier": "about"}),
    ], {"QUANTITY": ((1, 0, 0), (1, 0, 0), (0, 1, 1))}),
    ("date cut short, value still right", [
        ent(TEXT, "3 May 2021", "DATE", MAY3, cut=(0, 5)),
    ], {"DATE": ((0, 1, 1), (1, 0, 0), (0, 1, 1))}),
    ("two predictions overlapping one gold pair once", [
        ent(TEXT, "3 May", "DATE", MAY3), ent(TEXT, "2021", "DATE", None),
    ], {"DATE": ((0, 2, 1), (1, 1, 0), (0, 2, 1))}),
]


@pytest.mark.parametrize(("case", "predicted", "expected"), CASES, ids=[c[0] for c in CASES])
def test_entity_counts(case: str, predicted: list, expected: dict) -> None:
    scores = score_entities(doc(TEXT, gold_entities()), doc(TEXT, predicted))
    for label, (strict, overlap, value) in expected.items():
        s = scores[label]
        assert (s.strict.tp, s.strict.fp, s.strict.fn) == strict, (case, label, "strict")
        assert (s.overlap.tp, s.overlap.fp, s.overlap.fn) == overlap, (case, label, "overlap")
        assert (s.value.tp, s.value.fp, s.value.fn) == value, (case, label, "value")


@pytest.mark.parametrize(
    ("predicted", "precision", "recall", "f1"),
    [
        (gold_entities(), 1.0, 1.0, 1.0),
        (gold_entities()[:3], 1.0, 0.5, 2 / 3),
        ([*gold_entities()[:4], ent(TEXT, "Customs", "ORG"), ent(TEXT, "officers", "ORG")],
         4 / 6, 4 / 6, 4 / 6),
    ],
)
def test_micro_average(predicted: list, precision: float, recall: float, f1: float) -> None:
    overall = total(score_entities(doc(TEXT, gold_entities()), doc(TEXT, predicted))).strict
    assert overall.precision == pytest.approx(precision)
    assert overall.recall == pytest.approx(recall)
    assert overall.f1 == pytest.approx(f1)


def test_value_accuracy_is_judged_on_overlapping_pairs() -> None:
    predicted = [
        ent(TEXT, "Kazakhstan", "COUNTRY", KG),  # wrong code
        ent(TEXT, "OSCE", "ORG", OSCE),  # short span, right name
        ent(TEXT, "Almaty", "LOC", None),  # no value
    ]
    scores = score_entities(doc(TEXT, gold_entities()), doc(TEXT, predicted))
    assert (scores["COUNTRY"].value_judged, scores["COUNTRY"].value_correct) == (1, 0)
    assert (scores["ORG"].value_judged, scores["ORG"].value_correct) == (1, 1)
    assert scores["LOC"].value_accuracy == 0.0
    assert scores["DATE"].value_accuracy is None


def test_errors_name_kind_and_context() -> None:
    errors: list[ErrorEntry] = []
    predicted = [ent(TEXT, "Kazakhstan", "COUNTRY", KG), ent(TEXT, "OSCE", "ORG", OSCE)]
    score_entities(doc(TEXT, gold_entities()[:2]), doc(TEXT, predicted), errors)
    found = {(e.kind, e.label, e.text) for e in errors}
    assert found == {("value", "COUNTRY", "Kazakhstan"), ("FN", "ORG", "the OSCE"),
                     ("FP", "ORG", "OSCE")}
    value_error = next(e for e in errors if e.kind == "value")
    assert (value_error.gold, value_error.pred) == ("iso2=KZ", "iso2=KG")
    fp = next(e for e in errors if e.kind == "FP")
    assert "the OSCE" in fp.note


def test_labels_never_annotated_in_gold_are_not_scored() -> None:
    from pressparse.evaluate.scoring import score_system

    predicted = [*gold_entities(), ent(TEXT, "Customs officers", "PERSON")]
    result = score_system("p", [doc(TEXT, gold_entities())], [doc(TEXT, predicted)])
    assert "PERSON" not in result.entities
    assert result.entity_rows()["ALL"].strict.f1 == 1.0
    assert "PERSON (1)" in result.note


@pytest.mark.parametrize(
    ("what", "judged", "correct"),
    [("opium", 1, 1), ("Opium ", 1, 1), ("heroin", 1, 0), (None, 1, 0)],
)
def test_quantity_link_accuracy(what: str | None, judged: int, correct: int) -> None:
    gold = [ent(TEXT, "12 kg", "QUANTITY", {**KG12, "what": "opium"})]
    pred = [ent(TEXT, "12 kg", "QUANTITY", {**KG12, "what": what})]
    errors: list[ErrorEntry] = []
    s = score_entities(doc(TEXT, gold), doc(TEXT, pred), errors)["QUANTITY"]
    assert (s.link_judged, s.link_correct) == (judged, correct)
    assert s.value.tp == 1  # the link is scored apart from the value
    assert len(errors) == judged - correct

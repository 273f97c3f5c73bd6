"""DATE quality on the annotated dev samples: spans and normalized start/end.

The samples do not annotate durations, sets and times of day (samples/README.md), so those
kinds (the evaluator's list in evaluate/fields.json) are left out of the comparison. Only dev
is used here; test scores are reported, never tuned on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pressparse

DEV = Path(__file__).resolve().parents[2] / "samples" / "dev"
DEV_F1_FLOOR = 0.93  # measured 0.939 on 75 dev texts, 0.947 on 93
DEV_EXACT_FLOOR = 0.97
FIELDS = Path(pressparse.__file__).with_name("evaluate") / "fields.json"
UNANNOTATED_KINDS = tuple(json.loads(FIELDS.read_text())["unannotated"]["DATE"]["kind"])


def score(split: Path) -> tuple[int, int, int, int]:
    """(true positives, false positives, false negatives, exact start/end among the TPs), with
    the whole pipeline (references from datelines and neighbouring items, as in use)."""
    tp = fp = fn = exact = 0
    for gold_path in sorted(split.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(
            encoding="utf-8")
        published = gold.get("published")
        expected = {(e["start"], e["end"]): e["normalized"] for item in gold["items"]
                    for e in item["entities"] if e["label"] == "DATE"}
        document = pressparse.extract(raw, published=published[:10] if published else None)
        found = {(e.start, e.end): e.normalized for item in document.items
                 for e in item.entities if e.label == "DATE"
                 and (e.normalized or {}).get("kind") not in UNANNOTATED_KINDS}
        for span, value in found.items():
            if span in expected:
                tp += 1
                want = expected[span]
                exact += (want["start"], want["end"]) == (value["start"], value["end"])
            else:
                fp += 1
        fn += sum(1 for span in expected if span not in found)
    return tp, fp, fn, exact


@pytest.mark.skipif(not any(DEV.glob("*.gold.json")), reason="no annotated samples")
def test_dev_date_f1_and_exact_values() -> None:
    """A floor under today's dev score, not the issue target (DATE F1 >= 0.95, checked by
    ``make eval``): dev grew with publishers the rules were not written for (d36-d75), where
    span conventions differ ("yesterday afternoon", a weekday before a date in a header)."""
    tp, fp, fn, exact = score(DEV)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= DEV_F1_FLOOR, (tp, fp, fn)
    assert exact / tp >= DEV_EXACT_FLOOR, (exact, tp)

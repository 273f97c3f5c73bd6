"""Entity scores per label: strict spans, overlapping spans, and normalized values."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..schema import Entity
from .corpus import EvalDoc
from .errors import ErrorEntry
from .matching import PRF
from .values import describe_value, is_scored, link_key, values_equal, what_agrees


@dataclass
class LabelScores:
    """Scores of one entity label.

    ``strict``: same start, end and label. ``overlap``: same label, overlapping characters,
    paired one to one. ``value``: strict span *and* normalized value right (the score the
    targets speak of). ``value_judged``/``value_correct``: overlap pairs whose gold has a
    value, and those of them the prediction got right (value accuracy).
    """

    strict: PRF = field(default_factory=PRF)
    overlap: PRF = field(default_factory=PRF)
    value: PRF = field(default_factory=PRF)
    value_judged: int = 0
    value_correct: int = 0
    link_judged: int = 0
    link_correct: int = 0

    @property
    def value_accuracy(self) -> float | None:
        return self.value_correct / self.value_judged if self.value_judged else None

    @property
    def link_accuracy(self) -> float | None:
        """Of strict pairs whose gold names what it is linked to, the share linked right."""
        return self.link_correct / self.link_judged if self.link_judged else None

    def add(self, other: LabelScores) -> None:
        self.strict.add(other.strict)
        self.overlap.add(other.overlap)
        self.value.add(other.value)
        self.value_judged += other.value_judged
        self.value_correct += other.value_correct
        self.link_judged += other.link_judged
        self.link_correct += other.link_correct

    def as_dict(self) -> dict[str, Any]:
        accuracy, link = self.value_accuracy, self.link_accuracy
        result: dict[str, Any] = {
            "gold": self.strict.support, "pred": self.strict.tp + self.strict.fp,
            "strict": self.strict.as_dict(), "overlap": self.overlap.as_dict(),
            "value": self.value.as_dict(), "value_judged": self.value_judged,
            "value_correct": self.value_correct,
            "value_accuracy": None if accuracy is None else round(accuracy, 4)}
        if self.link_judged:
            result.update(link_judged=self.link_judged, link_correct=self.link_correct,
                          link_accuracy=None if link is None else round(link, 4))
        return result


ALL = "ALL"


def _overlap(a: Entity, b: Entity) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _overlap_pairs(gold: list[Entity], pred: list[Entity]) -> list[tuple[Entity, Entity]]:
    """Same-label pairs, strict matches first, then greedily by overlapping length."""
    pairs: list[tuple[Entity, Entity]] = []
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    by_span = {(p.start, p.end, p.label): j for j, p in enumerate(pred)}
    for i, g in enumerate(gold):
        j = by_span.get((g.start, g.end, g.label))
        if j is not None and j not in used_pred:
            pairs.append((g, pred[j]))
            used_gold.add(i)
            used_pred.add(j)
    candidates = sorted(
        ((_overlap(g, p), i, j) for i, g in enumerate(gold) if i not in used_gold
         for j, p in enumerate(pred) if j not in used_pred and p.label == g.label
         and _overlap(g, p) > 0),
        reverse=True,
    )
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            pairs.append((gold[i], pred[j]))
            used_gold.add(i)
            used_pred.add(j)
    return pairs


def _note_for_unmatched(ent: Entity, others: list[Entity], side: str) -> str:
    """Why an unmatched entity did not match: the nearest entity on the other side."""
    for other in others:
        if (other.start, other.end) == (ent.start, ent.end):
            return f"{side} labels this span {other.label}"
    for other in others:
        if _overlap(ent, other) > 0:
            return (f"overlaps {side} {other.label} [{other.start}:{other.end}] "
                    f"{other.text!r}")
    return ""


def _count_link(scores: LabelScores, gold: Entity, pred: Entity, doc_id: str,
                errors: list[ErrorEntry] | None) -> None:
    """Judge the link (e.g. QUANTITY ``what``) of a strict pair whose gold states one."""
    key = link_key(gold.label)
    target = (gold.normalized or {}).get(key) if key else None
    if not key or not target:
        return
    scores.link_judged += 1
    found = (pred.normalized or {}).get(key)
    if what_agrees(target, found):
        scores.link_correct += 1
    elif errors is not None:
        errors.append(ErrorEntry(doc_id, "entity", "value", gold.label, pred.text, pred.start,
                                 pred.end, gold=f"{key}={target}", pred=f"{key}={found}",
                                 note=f"{key} link"))


def score_entities(gold: EvalDoc, pred: EvalDoc,
                   errors: list[ErrorEntry] | None = None) -> dict[str, LabelScores]:
    """Per-label scores for one document pair; appends its errors to ``errors``."""
    scores: dict[str, LabelScores] = defaultdict(LabelScores)
    gold_ents = [e for e in gold.entities if is_scored(e.label, e.normalized)]
    pred_ents = [e for e in pred.entities if is_scored(e.label, e.normalized)]
    for label in {e.label for e in gold_ents} | {e.label for e in pred_ents}:
        scores[label]  # every label seen gets a row
    gold_spans = {(e.start, e.end, e.label): e for e in gold_ents}
    pred_spans = {(e.start, e.end, e.label): e for e in pred_ents}
    for key, ent in gold_spans.items():
        s = scores[ent.label]
        if key in pred_spans:
            s.strict.tp += 1
            _count_link(s, ent, pred_spans[key], gold.id, errors)
            if values_equal(ent.label, ent.normalized, pred_spans[key].normalized):
                s.value.tp += 1
            else:
                s.value.fp += 1
                s.value.fn += 1
        else:
            s.strict.fn += 1
            s.value.fn += 1
            if errors is not None:
                errors.append(ErrorEntry(
                    gold.id, "entity", "FN", ent.label, ent.text, ent.start, ent.end,
                    gold=describe_value(ent.label, ent.normalized),
                    note=_note_for_unmatched(ent, pred_ents, "predicted")))
    for key, ent in pred_spans.items():
        if key not in gold_spans:
            scores[ent.label].strict.fp += 1
            scores[ent.label].value.fp += 1
            if errors is not None:
                errors.append(ErrorEntry(
                    gold.id, "entity", "FP", ent.label, ent.text, ent.start, ent.end,
                    pred=describe_value(ent.label, ent.normalized),
                    note=_note_for_unmatched(ent, gold_ents, "gold")))
    pairs = _overlap_pairs(list(gold_spans.values()), list(pred_spans.values()))
    matched_gold: dict[str, int] = defaultdict(int)
    for g, p in pairs:
        s = scores[g.label]
        matched_gold[g.label] += 1
        if g.normalized is None:
            continue
        s.value_judged += 1
        if values_equal(g.label, g.normalized, p.normalized):
            s.value_correct += 1
        elif errors is not None:
            errors.append(ErrorEntry(
                gold.id, "entity", "value", g.label, p.text, p.start, p.end,
                gold=describe_value(g.label, g.normalized),
                pred=describe_value(g.label, p.normalized),
                note="" if (g.start, g.end) == (p.start, p.end)
                else f"gold span [{g.start}:{g.end}] {g.text!r}"))
    gold_count: dict[str, int] = defaultdict(int)
    pred_count: dict[str, int] = defaultdict(int)
    for ent in gold_spans.values():
        gold_count[ent.label] += 1
    for ent in pred_spans.values():
        pred_count[ent.label] += 1
    for label, s in scores.items():
        s.overlap.tp = matched_gold[label]
        s.overlap.fn = gold_count[label] - matched_gold[label]
        s.overlap.fp = pred_count[label] - matched_gold[label]
    return dict(scores)


def total(scores: dict[str, LabelScores]) -> LabelScores:
    """Micro-averaged scores over all labels."""
    result = LabelScores()
    for label, s in scores.items():
        if label != ALL:
            result.add(s)
    return result

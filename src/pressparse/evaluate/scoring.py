"""Scoring a whole system (pressparse or a baseline) on a gold corpus."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from .corpus import EvalDoc
from .entities import ALL, LabelScores, score_entities, total
from .errors import ErrorEntry
from .events import EVENT_FIELDS, score_events
from .matching import PRF


@dataclass
class SystemResult:
    """Everything one system scored: per-label, per-field, per-document errors, timing."""

    name: str
    entities: dict[str, LabelScores] = field(default_factory=dict)
    events: dict[str, PRF] = field(default_factory=dict)
    items: PRF | None = None  # news-item segmentation: exact (start, end) matches
    items_overlap: PRF | None = None  # the same, one-to-one at character IoU >= ITEM_IOU
    errors: list[ErrorEntry] = field(default_factory=list)
    predictions: dict[str, EvalDoc] = field(default_factory=dict)
    documents: int = 0
    event_documents: int = 0
    seconds: float | None = None
    predicts_events: bool = True
    note: str = ""

    def entity_rows(self) -> dict[str, LabelScores]:
        """Per-label scores in label order, plus the micro-averaged ``ALL`` row."""
        rows = {label: self.entities[label] for label in sorted(self.entities)}
        rows[ALL] = total(self.entities)
        return rows

    def errors_for(self, doc_id: str) -> list[ErrorEntry]:
        return [error for error in self.errors if error.doc_id == doc_id]

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "documents": self.documents,
            "event_documents": self.event_documents,
            "seconds": None if self.seconds is None else round(self.seconds, 3),
            "note": self.note,
            "entities": {label: s.as_dict() for label, s in self.entity_rows().items()},
            "events": ({name: prf.as_dict() for name, prf in self.events.items()}
                       if self.predicts_events else None),
            "items": None if self.items is None else self.items.as_dict(),
            "items_overlap": (None if self.items_overlap is None
                              else self.items_overlap.as_dict()),
            "per_document": self.per_document(),
            "errors": [error.as_dict() for error in self.errors],
        }

    def per_document(self) -> list[dict[str, Any]]:
        """Error counts per document and kind, worst documents first."""
        counts: dict[str, Counter[str]] = {doc_id: Counter() for doc_id in self.predictions}
        for error in self.errors:
            counts.setdefault(error.doc_id, Counter())[f"{error.scope}_{error.kind}"] += 1
        rows = [{"id": doc_id, "errors": sum(c.values()), **dict(sorted(c.items()))}
                for doc_id, c in counts.items()]
        return sorted(rows, key=lambda row: -row["errors"])


def _annotated_only(gold: list[EvalDoc], pred: list[EvalDoc]) -> tuple[list[EvalDoc], str]:
    """Predictions without entities of labels the gold corpus never annotates (e.g. PERSON)."""
    annotated = {e.label for doc in gold for e in doc.entities}
    ignored: Counter[str] = Counter(
        e.label for doc in pred for e in doc.entities if e.label not in annotated)
    if not ignored:
        return pred, ""
    kept = [replace(doc, entities=[e for e in doc.entities if e.label in annotated])
            for doc in pred]
    listed = ", ".join(f"{label} ({n})" for label, n in ignored.most_common())
    return kept, f"not scored (no gold annotation of these labels): {listed}"


def score_items(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> PRF:
    """News-item segmentation of one document: an item counts when both its offsets match."""
    hits = len(set(gold) & set(pred))
    return PRF(tp=hits, fp=len(set(pred)) - hits, fn=len(set(gold)) - hits)


ITEM_IOU = 0.8  # share of the union two items must have in common to be the same item


def span_iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Characters two spans share over the characters either covers."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return shared / union if shared > 0 and union > 0 else 0.0


def score_items_overlap(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> PRF:
    """Segmentation forgiving of edges: gold and predicted items pair one-to-one (best
    overlap first) when they share at least ``ITEM_IOU`` of their union, so an item that
    kept a page header or a sign-off still counts, while a merged or split item does not."""
    pairs = sorted(((span_iou(g, p), gi, pi) for gi, g in enumerate(set(gold))
                    for pi, p in enumerate(set(pred))), reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for iou, gi, pi in pairs:
        if iou >= ITEM_IOU and gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
    hits = len(used_gold)
    return PRF(tp=hits, fp=len(set(pred)) - hits, fn=len(set(gold)) - hits)


def score_system(name: str, gold: list[EvalDoc], pred: list[EvalDoc], *,
                 predicts_events: bool = True, seconds: float | None = None,
                 note: str = "") -> SystemResult:
    """Score aligned lists of gold and predicted documents (same order, same texts).

    Predicted entities whose label never occurs in the gold corpus are left out (the note
    says which), so an unannotated label does not count as false positives.
    """
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold documents but {len(pred)} predictions")
    pred, ignored = _annotated_only(gold, pred)
    note = "; ".join(filter(None, [note, ignored]))
    entities: dict[str, LabelScores] = defaultdict(LabelScores)
    events = {name: PRF() for name in EVENT_FIELDS}
    errors: list[ErrorEntry] = []
    event_documents = 0
    items: PRF | None = None
    items_overlap: PRF | None = None
    for g, p in zip(gold, pred, strict=True):
        if g.items is not None and p.items is not None:
            items = items or PRF()
            items.add(score_items(g.items, p.items))
            items_overlap = items_overlap or PRF()
            items_overlap.add(score_items_overlap(g.items, p.items))
        for label, s in score_entities(g, p, errors).items():
            entities[label].add(s)
        if predicts_events and g.events is not None:
            event_documents += 1
            for field_name, prf in score_events(g, p, errors).items():
                events[field_name].add(prf)
    return SystemResult(name=name, entities=dict(entities), events=events, errors=errors,
                        predictions={g.id: p for g, p in zip(gold, pred, strict=True)},
                        documents=len(gold),
                        event_documents=event_documents, seconds=seconds, items=items,
                        items_overlap=items_overlap,
                        predicts_events=predicts_events, note=note)

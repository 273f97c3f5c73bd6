"""Event scores: events paired one to one, then each field scored as slot filling.

Scalar fields (type, name, dates, location): a pair agreeing is a true positive; a pair
disagreeing is a false positive *and* a false negative; a value on one side only is a false
positive or a false negative. Their accuracy is counted on paired events whose gold has the
field (``judged``) and those the prediction got right (``correct``). List fields (organizers,
participants, observers, countries, seizures, counts) pair their elements one to one inside
paired events. Elements and values of unpaired events count entirely as false positives
(predicted) or false negatives (gold).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..schema import Count, EntityRef, Event, Seizure
from .corpus import EvalDoc
from .errors import ErrorEntry
from .matching import PRF, match_lists
from .values import (
    body_name_key,
    country_iso,
    fields_config,
    normalize_text,
    numbers_equal,
    what_agrees,
)

SCALAR_FIELDS = ("type", "name", "start_date", "end_date", "dates", "location")
LIST_FIELDS = ("organizers", "participants", "observers", "countries", "seizures", "counts")
EVENT_FIELDS = ("events", *SCALAR_FIELDS, *LIST_FIELDS)


def ref_key(ref: EntityRef | None) -> tuple[str, str] | None:
    """What identifies a participant/location: ISO code, canonical name, else the text."""
    if ref is None:
        return None
    value = ref.normalized or {}
    if ref.label in ("COUNTRY", "NORP"):
        # a hand-written gold role may give the country by name only
        iso2 = value.get("iso2") or country_iso(str(value.get("name") or ref.text))
        if iso2:
            return ("COUNTRY", str(iso2).upper())
    compare = body_name_key if ref.label == "ORG" else normalize_text
    if value.get("name"):
        return (ref.label, compare(value["name"]))
    return (ref.label, compare(ref.text))


def _scalar(event: Event, name: str) -> Any:
    if name == "location":
        return ref_key(event.location)
    if name == "name":
        return normalize_text(event.name) if event.name else None
    if name == "dates":
        if event.start_date is None and event.end_date is None:
            return None
        return (event.start_date, event.end_date)
    return getattr(event, name)


@dataclass(frozen=True)
class RefItem:
    """A participant/observer/organizer key with the offsets of its mention (if given)."""

    key: tuple[str, str]
    start: int | None = None
    end: int | None = None


def _ref_items(event: Event, name: str) -> list[RefItem]:
    if name == "countries":
        found = []
        for role in ("participants", "observers"):
            for ref in getattr(event, role):
                key = ref_key(ref)
                if key and key[0] == "COUNTRY":
                    found.append(RefItem((role, key[1]), ref.start, ref.end))
        return found
    return [RefItem(key, ref.start, ref.end)
            for ref in getattr(event, name) if (key := ref_key(ref))]


def _refs(event: Event, name: str) -> list[tuple[str, str]]:
    return [item.key for item in _ref_items(event, name)]


def seizures_agree(gold: Seizure, pred: Seizure) -> bool:
    """Same substance and the same mass in kg (within tolerance); value+unit when no kg."""
    if normalize_text(gold.substance) != normalize_text(pred.substance):
        return False
    tol = fields_config().seizure_kg_rel_tol
    if gold.kg is not None or pred.kg is not None:
        return numbers_equal(gold.kg, pred.kg, tol)
    return (numbers_equal(gold.value, pred.value, tol)
            and normalize_text(gold.unit) == normalize_text(pred.unit))


def counts_agree(gold: Count, pred: Count) -> bool:
    """Same value and the same thing counted (category when both have one)."""
    if not numbers_equal(gold.value, pred.value, fields_config().number_rel_tol):
        return False
    if gold.category and pred.category:
        return normalize_text(gold.category) == normalize_text(pred.category)
    return what_agrees(gold.what, pred.what)


def _spans_overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> bool:
    return any(min(e1, e2) > max(s1, s2) for s1, e1 in a for s2, e2 in b)


def pair_score(gold: Event, pred: Event, gold_item: tuple[int, int] | None,
               pred_item: tuple[int, int] | None) -> float | None:
    """How well two events correspond; ``None`` when they must not be paired.

    Pairable when their evidence overlaps, their names agree, they share a seizure, or they
    have the same type in overlapping items (news items of a dump).
    """
    evidence = bool(gold.evidence and pred.evidence
                    and _spans_overlap(gold.evidence, pred.evidence))
    named = bool(gold.name and pred.name
                 and normalize_text(gold.name) == normalize_text(pred.name))
    seized = any(seizures_agree(g, p) for g in gold.seizures for p in pred.seizures)
    same_item = bool(gold_item and pred_item and _spans_overlap([gold_item], [pred_item]))
    same_type = gold.type == pred.type
    if not (evidence or named or seized or (same_type and same_item)):
        return None
    score = 3.0 * evidence + 3.0 * named + 1.0 * seized + 1.0 * same_type + 0.5 * same_item
    for field_name in ("start_date", "end_date", "location"):
        g, p = _scalar(gold, field_name), _scalar(pred, field_name)
        score += 1.0 if g is not None and g == p else 0.0
    g_refs, p_refs = Counter(_refs(gold, "participants")), Counter(_refs(pred, "participants"))
    union = sum((g_refs | p_refs).values())
    if union:
        score += sum((g_refs & p_refs).values()) / union
    return score


@dataclass
class EventPair:
    """A paired gold and predicted event (either may be None when unpaired)."""

    gold: Event | None
    pred: Event | None


def pair_events(gold: EvalDoc, pred: EvalDoc) -> list[EventPair]:
    """Pair the documents' events one to one (maximum total pair score)."""
    gold_events, pred_events = gold.events or [], pred.events or []
    gold_items = gold.event_items or [None] * len(gold_events)
    pred_items = pred.event_items or [None] * len(pred_events)
    matrix = [[pair_score(g, p, gi, pi) for p, pi in zip(pred_events, pred_items, strict=False)]
              for g, gi in zip(gold_events, gold_items, strict=False)]
    pairs = match_lists(range(len(gold_events)), range(len(pred_events)),
                        lambda i, j: matrix[i][j])
    paired_gold = {i for i, _ in pairs}
    paired_pred = {j for _, j in pairs}
    result = [EventPair(gold_events[i], pred_events[j]) for i, j in pairs]
    result += [EventPair(g, None) for i, g in enumerate(gold_events) if i not in paired_gold]
    result += [EventPair(None, p) for j, p in enumerate(pred_events) if j not in paired_pred]
    return result


def _event_span(event: Event | None) -> tuple[int | None, int | None]:
    """The first evidence span (the event's first mention), for showing it in context."""
    if event is None or not event.evidence:
        return None, None
    return min(event.evidence)


def describe_event(event: Event | None) -> str:
    """``type 'name' start..end @location``, for error lists."""
    if event is None:
        return "—"
    parts = [event.type]
    if event.name:
        parts.append(repr(event.name))
    if event.start_date or event.end_date:
        parts.append(f"{event.start_date or '?'}..{event.end_date or '?'}")
    if event.location:
        parts.append(f"@{event.location.text}")
    return " ".join(parts)


def _list_items(event: Event, name: str) -> list[Any]:
    if name in ("seizures", "counts"):
        return list(getattr(event, name))
    return _ref_items(event, name)


def _describe_item(item: Any) -> str:
    if isinstance(item, Seizure):
        amount = f"{item.kg:g} kg" if item.kg is not None else f"{item.value} {item.unit or ''}"
        return f"{item.substance or '?'} {amount.strip()}"
    if isinstance(item, Count):
        return f"{item.value:g} {item.what}" if item.value is not None else item.what
    if isinstance(item, RefItem):
        return ":".join(str(part) for part in item.key)
    return str(item)


def _item_agreement(name: str) -> Callable[[Any, Any], float | None]:
    if name == "seizures":
        return lambda g, p: 1.0 if seizures_agree(g, p) else None
    if name == "counts":
        return lambda g, p: 1.0 if counts_agree(g, p) else None
    return lambda g, p: 1.0 if g.key == p.key else None


def score_events(gold: EvalDoc, pred: EvalDoc,
                 errors: list[ErrorEntry] | None = None) -> dict[str, PRF]:
    """Per-field scores for one document pair (empty when gold has no event annotation)."""
    scores = {name: PRF() for name in EVENT_FIELDS}
    if gold.events is None:
        return {}
    for pair in pair_events(gold, pred):
        g, p = pair.gold, pair.pred
        start, end = _event_span(g) if g is not None else _event_span(p)
        text = gold.text[start:end] if start is not None else ""

        def report(kind: str, field_name: str, gold_text: str | None, pred_text: str | None,
                   note: str = "", *, start: int | None = start, end: int | None = end,
                   text: str = text) -> None:
            if errors is not None:
                errors.append(ErrorEntry(gold.id, "event", kind, field_name, text, start, end,
                                         gold=gold_text, pred=pred_text, note=note))

        if g is not None and p is not None:
            scores["events"].tp += 1
        elif g is not None:
            scores["events"].fn += 1
            report("FN", "events", describe_event(g), None, "no predicted event pairs with it")
        else:
            scores["events"].fp += 1
            report("FP", "events", None, describe_event(p), "no gold event pairs with it")
        context = describe_event(g if g is not None else p)
        for name in SCALAR_FIELDS:
            gv = _scalar(g, name) if g is not None else None
            pv = _scalar(p, name) if p is not None else None
            s = scores[name]
            if g is not None and p is not None and gv is not None:
                s.judged += 1
                s.correct += gv == pv
            if gv is not None and gv == pv:
                s.tp += 1
                continue
            if gv is not None:
                s.fn += 1
            if pv is not None:
                s.fp += 1
            if g is not None and p is not None and (gv is not None or pv is not None):
                kind = "value" if gv is not None and pv is not None else (
                    "FN" if gv is not None else "FP")
                report(kind, name, _describe_scalar(name, gv), _describe_scalar(name, pv), context)
        for name in LIST_FIELDS:
            g_items = _list_items(g, name) if g is not None else []
            p_items = _list_items(p, name) if p is not None else []
            pairs = match_lists(g_items, p_items, _item_agreement(name))
            s = scores[name]
            s.tp += len(pairs)
            s.fn += len(g_items) - len(pairs)
            s.fp += len(p_items) - len(pairs)
            if g is None or p is None:
                continue  # the unpaired event itself is already listed
            paired_g = {i for i, _ in pairs}
            paired_p = {j for _, j in pairs}
            for i, item in enumerate(g_items):
                if i not in paired_g:
                    report("FN", name, _describe_item(item), None, context,
                           **_item_location(item, start, end, gold.text))
            for j, item in enumerate(p_items):
                if j not in paired_p:
                    report("FP", name, None, _describe_item(item), context,
                           **_item_location(item, start, end, gold.text))
    return scores


def _item_location(item: Any, start: int | None, end: int | None,
                   text: str) -> dict[str, Any]:
    if isinstance(item, Seizure | Count) or (
            isinstance(item, RefItem) and item.start is not None and item.end is not None):
        return {"start": item.start, "end": item.end, "text": text[item.start:item.end]}
    return {"start": start, "end": end, "text": text[start:end] if start is not None else ""}


def _describe_scalar(name: str, value: Any) -> str | None:
    if value is None:
        return None
    if name == "dates":
        return f"{value[0] or '?'}..{value[1] or '?'}"
    if name == "location":
        return f"{value[0]}:{value[1]}"
    return str(value)

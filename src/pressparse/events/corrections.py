"""Corrected figures: a later line of a release that replaces a figure it gave before ("Update:
the net weight is 46.2 kg, not 46.8 kg as first reported"). The new figure stands in the old
one's place (its event, its substance or counted noun); neither figure of the correction line is
a result of its own."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from .mentions import Mention
from .results import kind_alternatives

CORRECTION_CUES_FILE = "correction_cues.jsonl"
REPLACED_GAP_CHARS = 60  # how far the new figure's clause may run before "not <old figure>"
_VALUE_KEYS = ("kg", "value", "low", "high")


class Corrections(NamedTuple):
    """The figures a release corrects: the old figure's start -> the new figure, and the starts
    of the figures of the correction lines (no results of their own)."""

    replaced_by: dict[int, Mention]
    in_corrections: frozenset[int]

    def figure(self, mention: Mention) -> tuple[dict[str, Any], Mention]:
        """The value and the span that stand for a QUANTITY ``mention``: the new figure's
        when a correction line replaces it ("46.2 kg, not 46.8 kg"), else its own."""
        new = self.replaced_by.get(mention.start)
        return (corrected_values(mention, new), new) if new else (mention.normalized, mention)


NO_CORRECTIONS = Corrections({}, frozenset())


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A correction cue anywhere; the gap from a new figure to the old one it replaces."""
    cue = re.compile(rf"(?<![a-z])(?:{kind_alternatives(CORRECTION_CUES_FILE, 'cue')})(?![a-z])",
                     re.IGNORECASE)
    replaced = re.compile(
        rf"[^.;\n\d]{{0,{REPLACED_GAP_CHARS}}}?(?<![a-z])"
        rf"(?:{kind_alternatives(CORRECTION_CUES_FILE, 'replaced')})\s+(?:the\s+)?$",
        re.IGNORECASE)
    return cue, replaced


def _same_figure(a: Mention, b: Mention) -> bool:
    """The same amount: by mass when both are weighed, else the same value of the same kind
    in the same unit or with no unit written on one of them ("96,500 tablets" ... "not
    96,500"; a bare "5" is no "5 kg")."""
    if a.normalized.get("kg") is not None and b.normalized.get("kg") is not None:
        return bool(abs(a.normalized["kg"] - b.normalized["kg"]) < 1e-9)
    units = {a.normalized.get("unit"), b.normalized.get("unit")} - {None}
    return (a.normalized.get("value") == b.normalized.get("value") and len(units) <= 1
            and a.normalized.get("kind") == b.normalized.get("kind"))


def corrections(text: str, quantities: Sequence[Mention],
                sentences: Sequence[tuple[int, int]]) -> Corrections:
    """The corrections of an item whose QUANTITY mentions (in text order) are ``quantities``:
    a new figure followed by "not"/"instead of" and an old one, in a sentence holding a
    correction cue or right after one ("The correct figure is 2.4 tonnes, not 4.2 tonnes"),
    replaces the same old figure given earlier in the item."""
    cue, replaced = _patterns()
    replaced_by: dict[int, Mention] = {}
    in_corrections: set[int] = set()
    for new, old in itertools.pairwise(quantities):
        if (new.sentence != old.sentence or not text[new.end : old.start].strip()
                or not replaced.fullmatch(text, new.end, old.start)):
            continue
        first = sentences[max(0, new.sentence - 1)][0]
        if not cue.search(text, first, sentences[new.sentence][1]):
            continue
        earlier = [q for q in quantities if q.sentence < new.sentence and _same_figure(q, old)]
        if not earlier:
            continue
        in_corrections.update((new.start, old.start))
        for figure in earlier:
            replaced_by[figure.start] = new
    return Corrections(replaced_by, frozenset(in_corrections))


def corrected_values(original: Mention, new: Mention) -> dict[str, Any]:
    """The original figure's normalized value with the new figure's amount; a new figure
    without a unit of its own ("should read 2.4, not 4.2 tonnes") is in the original's unit."""
    old, fixed = original.normalized, new.normalized
    values = {key: fixed.get(key) for key in _VALUE_KEYS}
    if not fixed.get("unit") and old.get("kg") and old.get("value") and fixed.get("value"):
        values["kg"] = old["kg"] / old["value"] * fixed["value"]
    return {**old, **values, "unit": fixed.get("unit") or old.get("unit"),
            "qualifier": fixed.get("qualifier")}

"""Countries, organizations, places, substances and demonyms from gazetteer files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..entities.gazetteer_data import PLACE_HEAD, GazetteerData
from ..entities.phrases import Match
from ..entities.place_grammar import KnownSpan
from ..spans import Candidate, add_entities
from .base import DataComponent

PLACE_PRIORITY = -1  # a listed place wins a tie with a grammar place


class Gazetteer(DataComponent):
    """Countries, organizations, places, substances and demonyms from gazetteer files.

    Names match case-insensitively but must keep the capitals of the listed form ("china"
    is no country, "CHINA" in a headline is); acronyms match case-sensitively. Overlaps are
    resolved by :func:`pressparse.spans.add_entities` (longest span, then label priority), so
    a country inside an organization's name is not reported on its own.
    """

    factory = "pressparse_gazetteer"
    data: GazetteerData

    def load(self, data_dir: Path) -> None:
        self.data = GazetteerData(self.nlp, data_dir)

    def candidates(self, doc: Doc) -> list[Candidate]:
        """Every gazetteer match and grammar place as a candidate (before overlap resolution).

        Grammar places come first so that on an equal span their reading wins ("Tver" in "the
        Tver and Kaluga regions" is Tver Oblast, not the city).
        """
        matches = substances_after_amounts(doc, list(self.data.index.matches(doc)),
                                           self.data.amount_words)
        matches = [m for m in matches if m.entry.label != "LOC" or not in_compound(doc, m)]
        heads = [(0, m.start, m.end) for m in matches if m.entry.label == PLACE_HEAD]
        matches = [m for m in matches if m.entry.label != PLACE_HEAD] if heads else matches
        found = [self._candidate(doc, m.start, m.end, m.entry.label, dict(m.entry.normalized),
                                 m.entry.priority) for m in matches]
        if heads and self.data.places is not None:
            known = [KnownSpan(m.start, m.end, m.entry.label, m.entry.normalized)
                     for m in matches]
            found = [self._candidate(doc, p.start, p.end, "LOC", p.value, PLACE_PRIORITY)
                     for p in self.data.places.find(doc, known, heads)] + found
        return first_per_span(prefer_named_countries(found))

    @staticmethod
    def _candidate(doc: Doc, start: int, end: int, label: str, value: dict[str, Any],
                   priority: int) -> Candidate:
        first, last = doc[start], doc[end - 1]
        return Candidate(first.idx, last.idx + len(last.text), label, value, priority)

    def process(self, doc: Doc) -> Doc:
        return add_entities(doc, self.candidates(doc))


def in_compound(doc: Doc, match: Match) -> bool:
    """A place name glued by a hyphen to another capitalized name is only part of a name no
    list knows ("Kara" in "the village of Kara-Bak")."""
    start, end = match.start, match.end
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper():
        return True
    return start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
        and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper()


def substances_after_amounts(doc: Doc, matches: list[Match],
                             amount_words: frozenset[str]) -> list[Match]:
    """A span that is a substance and also a body or a place is the substance after an amount
    ("2,480 kg of ICE", "kilos of 'ice'"): its other readings are dropped there."""
    substance_spans = {(m.start, m.end) for m in matches if m.entry.label == "SUBSTANCE"}
    if not substance_spans or not amount_words:
        return matches
    shared = {(m.start, m.end) for m in matches if m.entry.label not in {"SUBSTANCE", PLACE_HEAD}
              and (m.start, m.end) in substance_spans}
    if not shared:
        return matches
    drop = {span for span in shared if _after_amount(doc, span[0], amount_words)}
    return [m for m in matches
            if m.entry.label == "SUBSTANCE" or (m.start, m.end) not in drop]


def _after_amount(doc: Doc, start: int, amount_words: frozenset[str]) -> bool:
    i = start - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in amount_words


def prefer_named_countries(candidates: list[Candidate]) -> list[Candidate]:
    """Listed places in a country the text names come first ("Hamilton, Canada"); otherwise
    the order stays (most populous first). Stable, so ties keep their order."""
    named = {(c.normalized or {}).get("iso2") for c in candidates
             if c.label in {"COUNTRY", "NORP"}}
    if not named:
        return candidates
    return sorted(candidates, key=lambda c: c.label == "LOC" and bool((c.normalized or {})
                  .get("id")) and (c.normalized or {}).get("country_iso2") not in named)


def first_per_span(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per span and label, the first: entries are listed best first (the most
    populous "St. Petersburg"), and ``add_entities`` keeps one value per span and label."""
    seen: set[tuple[int, int, str]] = set()
    kept: list[Candidate] = []
    for candidate in candidates:
        key = (candidate.start, candidate.end, candidate.label)
        if key not in seen:
            seen.add(key)
            kept.append(candidate)
    return kept


@Language.factory("pressparse_gazetteer", default_config={"data_dir": None})
def make_gazetteer(nlp: Language, name: str, data_dir: str | None) -> Gazetteer:
    return Gazetteer(nlp, name, data_dir)

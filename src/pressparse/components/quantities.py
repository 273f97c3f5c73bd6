"""QUANTITY entities: amounts with units, qualifiers and what was counted, normalized.

Runs after the gazetteer, organization and date components: it never proposes a
quantity overlapping their DATE/ORG/OPERATION/LOC/PERSON/SUBSTANCE entities, and it
links measures to SUBSTANCE entities already in ``doc.ents``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..extensions import VALUES_KEY, doc_text, home_country
from ..measure.lexicon import load_lexicon
from ..measure.numbers import NUMBER_STYLE_KEY
from ..measure.qualifiers import SIGN_CHANGES
from ..measure.scanner import QuantityScanner, SubstanceMention
from ..spans import Candidate, add_entities
from .base import DataComponent

# Larger numbers are digit runs (IDs, garbage), not amounts: 10^18 exceeds any real figure.
MAX_MAGNITUDE = 1e18
# Labels a quantity may displace when it is longer ("US" inside "US$5 million").
_YIELDING_LABELS = frozenset({"COUNTRY", "NORP"})
_YIELDING_LABEL_IDS = frozenset(get_string_id(label) for label in _YIELDING_LABELS)
_SUBSTANCE_ID = get_string_id("SUBSTANCE")
_PLACE_LABELS = frozenset({"COUNTRY", "LOC"})
_PLACE_LABEL_IDS = frozenset(get_string_id(label) for label in _PLACE_LABELS)
_FIGURE_AFTER_SYMBOL = re.compile(r"\.?[ \u00a0]?\d")
"""A figure right after a currency symbol read as a place, the symbol's abbreviation dot
and one space allowed between ("Rs. 1.26 billion", "NIS 1.1 million")."""


class QuantityRecognizer(DataComponent):
    """Amounts with units, qualifiers and what was counted, normalized."""

    factory = "pressparse_quantities"
    scanner: QuantityScanner

    def load(self, data_dir: Path) -> None:
        lex = load_lexicon(data_dir)
        self.scanner = QuantityScanner(lex)
        # currency symbols and codes of letters that a place may share ("NIS" and Niš)
        self._symbols = frozenset(symbol for symbol in lex.currency_symbols
                                  if sum(ch.isalpha() for ch in symbol) >= 2)

    def process(self, doc: Doc) -> Doc:
        ents: list[Sequence[Span]] = []  # doc.ents, read once by the context
        found = self.scanner.scan(doc_text(doc), context=lambda: _context(doc, ents, self._symbols),
                                  countries=lambda: _countries_named(doc),
                                  document_style=doc.user_data.get(NUMBER_STYLE_KEY),
                                  home_country=home_country(doc))
        kept: list[tuple[int, int, dict[str, Any]]] = []
        for quantity in found:
            value = quantity.normalized()
            if _representable(value):
                kept.append((quantity.start, quantity.end, value))
        if kept:
            _split_stops(doc, kept)
            _split_signs(doc, kept)
        if kept and not _add_quantities(doc, kept, ents[0] if ents else doc.ents):
            add_entities(doc, [Candidate(start, end, "QUANTITY", value)
                               for start, end, value in kept])
        return doc


def _split_stops(doc: Doc, kept: list[tuple[int, int, dict[str, Any]]]) -> None:
    """Split off the full stop the tokenizer keeps on a unit's last letter ("km/h." and
    "C." at a sentence's end read as an initial), so that the span can end before it:
    only a token outside every entity, whose rest after the quantity is dots alone."""
    text = doc_text(doc)
    tails: list[tuple[int, int]] = []  # (token index, characters kept before the dots)
    for _start, end, _value in kept:
        if end >= len(text) or text[end] != "." or text[end - 1] == ".":
            continue
        first = _token_at(doc, end - 1)
        if first is None:
            continue
        rest = text[end:first.idx + len(first)]
        if first.idx < end and rest and rest.strip(".") == "" and first.ent_iob_ in ("O", ""):
            tails.append((first.i, end - first.idx))
    _split_tokens(doc, tails, head=0)


def _split_signs(doc: Doc, kept: list[tuple[int, int, dict[str, Any]]]) -> None:
    """Split off a sign the tokenizer keeps on a number that the quantity leaves out (a
    change written "(-18 per cent)": 18 %, the sign outside the span), so that the span can
    start after it: only a token outside every entity that starts with the sign."""
    text = doc_text(doc)
    signs: list[tuple[int, int]] = []  # (token index, 1): tokens opening on the sign
    for start, _end, _value in kept:
        if start < 1 or text[start - 1] not in SIGN_CHANGES:
            continue
        first = _token_at(doc, start - 1)
        if first is None:
            continue
        if first.idx == start - 1 and len(first) > 1 and first.ent_iob_ in ("O", ""):
            signs.append((first.i, 1))
    _split_tokens(doc, signs, head=1)


def _token_at(doc: Doc, char: int) -> Token | None:
    """The one token over the character at offset ``char``, or None (a blank between tokens)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) == 1 else None


def _split_tokens(doc: Doc, cuts: list[tuple[int, int]], head: int) -> None:
    """Split each token ``doc[index]`` of ``cuts`` (index, characters of its first piece) in
    two, both pieces attached to piece ``head`` (0 the first, 1 the second)."""
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for index, keep in cuts:
            token = doc[index]
            retokenizer.split(token, [token.text[:keep], token.text[keep:]],
                              heads=[(token, head), (token, head)])


def _add_quantities(doc: Doc, kept: list[tuple[int, int, dict[str, Any]]],
                    ents: Sequence[Span]) -> bool:
    """The common case of ``spans.add_entities`` (``ents`` is ``doc.ents``): the spans
    ``doc.char_span`` gives ("expand" alignment; a span never starts on a blank here, so no
    token offsets need reading), then ``set_ents`` when no new span touches an entity or
    another new span. False (nothing done) otherwise: the caller then runs
    ``add_entities``, which resolves the overlap.
    """
    text = doc_text(doc)
    ent_starts = [ent.start for ent in ents]  # sorted and disjoint: ends sorted too
    ent_ends = [ent.end for ent in ents]
    taken: set[int] = set()  # tokens of the new spans
    spans: list[Span] = []
    label = doc.vocab.strings.add("QUANTITY")
    for start_char, end_char, _value in kept:
        if not 0 <= start_char < end_char <= len(text) or text[start_char].isspace():
            return False  # an unusual span: char_span's own rules apply
        span = doc.char_span(start_char, end_char, label=label, alignment_mode="expand")
        first, end = span.start, span.end
        after = bisect_right(ent_ends, first)  # the first entity ending after ``first``
        if after < len(ent_starts) and ent_starts[after] < end:
            return False
        for i in range(first, end):
            if i in taken:
                return False
            taken.add(i)
        spans.append(span)
    doc.set_ents(spans, default="unmodified")
    values = doc.user_data.setdefault(VALUES_KEY, {})
    for span, (_start, _end, value) in zip(spans, kept, strict=True):
        values[(span.start_char, span.end_char, "QUANTITY")] = value
    return True


def _countries_named(doc: Doc) -> Counter[str]:
    """ISO2 code -> how many COUNTRY and LOC entities of the doc name that country (read from
    the stored values, for a currency symbol several countries use)."""
    named: Counter[str] = Counter()
    for (_start, _end, label), value in doc.user_data.get(VALUES_KEY, {}).items():
        if value and label in _PLACE_LABELS:
            iso2 = value.get("iso2") if label == "COUNTRY" else value.get("country_iso2")
            if iso2:
                named[iso2] += 1
    return named


def _representable(value: dict[str, Any]) -> bool:
    """False for digit runs too long to be an amount ("9" * 400 reads as infinity)."""
    for number in (value["value"], value["low"], value["high"], value["kg"]):
        # ``abs(x) < MAX`` is False for infinity and NaN too
        if isinstance(number, float) and not abs(number) < MAX_MAGNITUDE:
            return False
    return True


def _context(doc: Doc, ents_out: list[Sequence[Span]], symbols: frozenset[str] = frozenset()
             ) -> tuple[list[SubstanceMention], list[tuple[int, int]]]:
    """SUBSTANCE mentions to link to, and the entity ranges no quantity may overlap;
    ``doc.ents`` is appended to ``ents_out`` for reuse. Labels are compared as string ids
    (``ent.label_`` would look each one up in the string store). A place written as a
    currency's symbol or code right before a figure ("NIS 1.1 million": Israeli shekels, not
    Niš; "estimated at Rs. 1.26 billion": Pakistani rupees, no place after "at") blocks
    nothing: the longer quantity takes its place."""
    substances: list[SubstanceMention] = []
    blocked: list[tuple[int, int]] = []
    values = doc.user_data.get(VALUES_KEY, {})
    ents = doc.ents
    ents_out.append(ents)
    text = doc_text(doc)
    for ent in ents:
        label = ent.label
        if label in _YIELDING_LABEL_IDS:
            continue
        start, end = ent.start_char, ent.end_char
        if end - start <= 4 and sum(ch.isalpha() for ch in ent.text) < 2:
            continue  # "N$" of "N$ 412 600" read as a place: no name has one letter
        if end - start <= 4 and label in _PLACE_LABEL_IDS and ent.text in symbols \
                and _FIGURE_AFTER_SYMBOL.match(text, end) is not None:
            continue
        if label == _SUBSTANCE_ID:
            value = values.get((start, end, "SUBSTANCE")) or {}
            substances.append(SubstanceMention(start, end, value.get("name") or ent.text,
                                               value.get("class")))
        blocked.append((start, end))
    return substances, blocked


@Language.factory("pressparse_quantities", default_config={"data_dir": None})
def make_quantities(nlp: Language, name: str, data_dir: str | None) -> QuantityRecognizer:
    return QuantityRecognizer(nlp, name, data_dir)

"""Finding and normalizing quantities in plain text.

One compiled regex finds number anchors (digits, number words, "a"/"half a" before a
unit or scale); each anchor is then read outwards with short anchored matches: scale,
range, currency, unit, rate, qualifiers, then guards against dates, years, codes,
phone numbers and list markers, then the thing measured or counted.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .lexicon import Lexicon, Unit
from .numbers import SeparatorStyle, parse_digits, parse_words
from .patterns import Patterns, build_patterns
from .phrases import noun_phrase

_WORD_SPLIT = re.compile(r"[\s\-]+")
_PHONE_CHARS = frozenset("0123456789 ()+-.\u00a0")
_WEIGHING_WINDOW = 120
# Unit kinds a name or code word before the number cannot turn into a reference number.
_SOLID_KINDS = frozenset({"mass", "volume", "percent", "money"})


@dataclass(frozen=True)
class SubstanceMention:
    """A SUBSTANCE entity already found: offsets and normalized name."""

    start: int
    end: int
    name: str


@dataclass
class RawQuantity:
    """A quantity found in text, with its normalized fields."""

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    kind: str = "count"
    qualifier: str = "exact"
    kg: float | None = None
    what: str | None = None
    category: str | None = None
    assumption: str | None = None
    original_value: float | None = None
    original_unit: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def normalized(self) -> dict[str, Any]:
        """The QUANTITY value (schema.QuantityValue fields plus optional extras)."""
        out: dict[str, Any] = {
            "value": self.value, "low": self.low, "high": self.high, "unit": self.unit,
            "kind": self.kind, "kg": self.kg, "qualifier": self.qualifier, "what": self.what,
        }
        for key in ("category", "assumption", "original_value", "original_unit"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        out.update(self.extra)
        return out


class _TextFacts:
    """Facts about the whole text, computed only when a quantity needs them."""

    def __init__(self, text: str, pats: Patterns) -> None:
        self.text = text
        self.style = SeparatorStyle(text)
        self._pats = pats

    @cached_property
    def imperial(self) -> bool:
        """The text weighs in pounds or US tons, so a bare "ton" is a short ton."""
        return bool(self._pats.pounds_mass.search(self.text))


@dataclass
class _Reading:
    """Work state while one anchor is read."""

    start: int
    pos: int
    value: float
    number_kind: str  # digits | words | article | half
    raw: str = ""
    scaled: float = 1.0
    decimals: bool = False
    alternative: float | None = None
    low: float | None = None
    high: float | None = None
    currency: str | None = None
    currency_start: int | None = None
    unit: Unit | None = None
    unit_name: str | None = None
    per: str | None = None
    qualifier: str = "exact"
    span_start: int = 0
    opener: str | None = None
    inherit_at: int | None = None  # "from 5 to 7 tons": where the number lending its unit is


class QuantityScanner:
    """Finds quantities in a text; stateless apart from its lexicon and patterns."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.pats = build_patterns(lex)
        self._scale_values = {form: rec.value for form, rec in lex.scales.items()}

    # ------------------------------------------------------------------ public
    def scan(self, text: str, substances: Iterable[SubstanceMention] = (),
             blocked: Sequence[tuple[int, int]] = ()) -> list[RawQuantity]:
        """All quantities in ``text``; none overlapping a ``blocked`` (start, end) range."""
        facts = _TextFacts(text, self.pats)
        mentions = sorted(substances, key=lambda m: m.start)
        blocked = sorted(blocked)
        found: list[RawQuantity] = []
        consumed = 0
        for anchor in self.pats.anchor.finditer(text):
            if anchor.start() < consumed:
                continue
            quantity, end = self._read(text, anchor, facts, mentions)
            if quantity is None:
                if end > anchor.end():
                    consumed = end
                continue
            if _overlaps(blocked, quantity.start, quantity.end):
                continue
            found.append(quantity)
            consumed = max(end, quantity.end)
        self._share_what(text, found)
        return found

    # ------------------------------------------------------------------ reading
    def _read(self, text: str, anchor: re.Match[str], facts: _TextFacts,
              mentions: Sequence[SubstanceMention]) -> tuple[RawQuantity | None, int]:
        reading = self._number(text, anchor, facts)
        if reading is None:
            return None, anchor.end()
        self._currency_before(text, reading)
        if reading.number_kind == "digits" and self._digit_context_rejects(text, reading):
            return None, anchor.end()
        self._and_half(text, reading)
        self._scales(text, reading)
        range_end = self._range(text, reading, facts)
        if range_end is None:
            return None, reading.pos
        self._glued_qualifier_after(text, reading)
        self._unit(text, reading, facts)
        if reading.number_kind in ("article", "half") and not self._article_ok(text, reading):
            return None, anchor.end()
        self._qualifier_before(text, reading)
        if reading.unit is None and reading.currency is None and reading.inherit_at is not None:
            self._inherit_unit(text, reading, facts)
        if reading.unit is None and reading.currency is None:
            return self._count(text, reading, facts)
        if self._reference_number(text, reading):
            return None, reading.pos
        quantity = self._measure(reading, facts)
        self._qualifier_after(text, reading, quantity)
        quantity.what = self._what_of_measure(text, quantity, reading, mentions)
        return quantity, quantity.end

    def _number(self, text: str, anchor: re.Match[str],
                facts: _TextFacts) -> _Reading | None:
        start, end = anchor.span()
        if anchor.group("digits") is not None:
            raw = anchor.group("digits")
            number = parse_digits(raw, facts.style)
            return _Reading(start, end, number.value, "digits", raw=raw,
                            decimals=number.decimals, alternative=number.alternative,
                            span_start=start)
        if anchor.group("words") is not None:
            words = _WORD_SPLIT.split(anchor.group("words"))
            value = parse_words(words, self.lex.number_words, self._scale_values)
            if value is None:
                return None
            return _Reading(start, end, value, "words", raw=anchor.group("words"),
                            span_start=start)
        if anchor.group("article") is not None:
            return _Reading(start, end, 1.0, "article", span_start=start)
        return _Reading(start, end, 0.5, "half", span_start=start)

    def _digit_context_rejects(self, text: str, r: _Reading) -> bool:
        """Codes, ordinals, decades, clock times, list markers and phone numbers."""
        s, e = r.start, r.pos
        before = text[s - 1] if s and r.currency is None else ""
        if before and (before.isalnum() or before in "_#№"):
            return True
        if before in ("-", "/", ".", "_") and s >= 2 and text[s - 2].isalnum():
            return True
        after = text[e] if e < len(text) else ""
        if after == "s" and not text[e + 1: e + 2].isalpha():
            return True  # 1990s, 40s
        if after.isalpha() and self.pats.ordinal_after.match(text, e):
            return True
        if self.pats.clock_after.match(text, e):
            return True
        if after in "/" and text[e + 1: e + 2].isdigit():
            return True
        if after == "." and text[e + 1: e + 2].isdigit():
            return True  # version numbers, dotted dates
        line_start = text.rfind("\n", 0, s) + 1
        if not text[line_start:s].strip(" \t(") and self.pats.list_marker_after.match(text, e):
            return True
        return self._looks_like_phone(text, s, e)

    @staticmethod
    def _looks_like_phone(text: str, s: int, e: int) -> bool:
        left = s
        while left > 0 and s - left < 20 and text[left - 1] in _PHONE_CHARS:
            left -= 1
        right = e
        while right < len(text) and right - e < 20 and text[right] in _PHONE_CHARS:
            right += 1
        chunk = text[left:right].strip()
        digits = sum(ch.isdigit() for ch in chunk)
        if digits < 7:
            return False
        return chunk.startswith("+") or "(" in chunk or chunk.count("-") >= 2

    def _currency_before(self, text: str, r: _Reading) -> None:
        if r.number_kind != "digits":
            return
        match = self.pats.currency_before.search(text, max(0, r.start - 8), r.start)
        if match:
            r.currency = self.lex.currency_symbols.get(match.group(0).strip(" \t\u00a0\u202f"))
            r.currency_start = match.start()

    def _and_half(self, text: str, r: _Reading) -> None:
        match = self.pats.and_half.match(text, r.pos)
        if match and r.number_kind in ("digits", "words", "article"):
            r.value += 0.5
            r.decimals = True
            r.pos = match.end()

    def _scales(self, text: str, r: _Reading) -> None:
        while True:
            match = self.pats.scale.match(text, r.pos)
            if not match:
                return
            record = self.lex.scales[match.group("scale").lower()]
            glued = not match.group("gap")
            if glued and not record.glued and r.number_kind == "digits":
                return
            if record.needs_currency and not self._currency_near(text, r, match.end()):
                return
            r.value *= record.value
            if r.scaled == 1.0 and r.alternative is not None and r.raw.count(".") == 1:
                r.value = r.alternative * record.value  # "1.500 million" is 1.5 million
                r.alternative = None
            r.scaled *= record.value
            r.pos = match.end()

    def _currency_near(self, text: str, r: _Reading, end: int) -> bool:
        if r.currency:
            return True
        match = self.pats.unit_after.match(text, end)
        if not match:
            return False
        token = match.group("word") or match.group("sym")
        return token.lower() in self.lex.currency_words or token in self.lex.currency_symbols

    def _range(self, text: str, r: _Reading, facts: _TextFacts) -> int | None:
        """Read "5-7", "5 to 7", "between 5 and 7"; None rejects the anchor."""
        connector = self.pats.range_connector.match(text, r.pos)
        at = r.pos
        if connector is None:
            if text[at: at + 1] == "-" and text[at + 1: at + 2].isdigit():
                return None  # "123-45" codes, "2019-03-01" dates
            return at
        left = r.currency_start if r.currency_start is not None else r.start
        opener = self.pats.opener_before.search(text, max(0, left - 12), left)
        r.opener = opener.group("o").lower() if opener else None
        word = (connector.group("word") or "").lower()
        sign = connector.group("sign")
        if r.opener == "from" and word == "to":
            r.inherit_at = connector.end()
            return at
        if r.opener == "from" or (word == "and" and r.opener != "between"):
            return at
        if word and word not in {c.connector for c in self.lex.ranges
                                 if c.opener in (None, r.opener)}:
            return at
        second_at = connector.end()
        currency = self.pats.currency_at.match(text, second_at)
        if currency and r.currency:
            second_at = currency.end()
        second = self.pats.anchor.match(text, second_at)
        if second is None or (second.group("digits") is None) != (r.number_kind != "digits"):
            if sign and text[at + 1: at + 2].isdigit():
                return None
            return at
        other = self._number(text, second, facts)
        if other is None:
            return at
        self._and_half(text, other)
        self._scales(text, other)
        if r.scaled == 1.0 and other.scaled != 1.0:
            r.value *= other.scaled
            r.scaled = other.scaled
        if other.value <= r.value:
            return None if sign else at
        r.low, r.high = _clean(r.value), _clean(other.value)
        r.pos = other.pos
        if r.opener == "between" and opener is not None:
            r.span_start = opener.start("o")
        return r.pos

    def _inherit_unit(self, text: str, r: _Reading, facts: _TextFacts) -> None:
        """"from 5 to 7 tons": the first number takes the unit (and scale) of the second."""
        at = r.inherit_at or 0
        currency = self.pats.currency_at.match(text, at)
        anchor = self.pats.anchor.match(text, currency.end() if currency else at)
        if anchor is None or anchor.group("digits") is None or r.number_kind != "digits":
            return
        other = self._number(text, anchor, facts)
        if other is None:
            return
        self._currency_before(text, other)
        self._scales(text, other)
        self._unit(text, other, facts)
        if other.unit is None and other.currency is None:
            return
        r.unit, r.currency, r.per = other.unit, other.currency, other.per
        if r.scaled == 1.0 and other.scaled != 1.0:
            r.value *= other.scaled
            r.scaled = other.scaled

    def _glued_qualifier_after(self, text: str, r: _Reading) -> None:
        match = self.pats.qualifier_after.match(text, r.pos)
        if match and match.group("g"):
            r.qualifier = self.lex.qualifiers_after[match.group("g").lower()]
            r.pos = match.end()

    def _unit(self, text: str, r: _Reading, facts: _TextFacts) -> None:
        match = self.pats.unit_after.match(text, r.pos)
        if match is None:
            if r.currency:
                self._rate(text, r)
            return
        word, symbol = match.group("word"), match.group("sym")
        hyphen = "-" in match.group("gap")
        if word is not None:
            key = word.lower()
            unit = self.lex.unit_words.get(key)
            currency = None if unit else self.lex.currency_words.get(key)
        else:
            if r.number_kind != "digits":
                return
            unit = self.lex.unit_symbols.get(symbol)
            currency = None if unit else self.lex.currency_symbols.get(symbol)
        if currency is not None:
            if hyphen:
                return
            r.currency = r.currency or currency
            r.pos = match.end()
            self._rate(text, r)
            return
        if unit is None:
            return
        if unit.name == "lb" and self._pounds_are_money(text, r, match.end()):
            r.currency = r.currency or "GBP"
            r.pos = match.end()
            return
        if r.currency and unit.kind != "percent":
            return  # "$5 m" read as a scale already; "$5 tons" is nonsense
        r.unit = unit
        r.pos = match.end()
        self._and_half(text, r)
        self._rate(text, r)

    def _pounds_are_money(self, text: str, r: _Reading, end: int) -> bool:
        if r.currency == "GBP":
            return True
        if self.pats.of_after.match(text, end):
            return False
        return r.scaled >= 1e6 or "£" in text

    def _rate(self, text: str, r: _Reading) -> None:
        if r.unit is not None and r.unit.kind == "percent":
            return
        match = self.pats.rate.match(text, r.pos)
        if match:
            per = match.group("per").lower()
            unit = self.lex.unit_words.get(per)
            r.per = unit.name if unit else per
            r.pos = match.end()

    def _article_ok(self, text: str, r: _Reading) -> bool:
        """"a"/"half a" count only before a scale word or a mass/volume unit in context."""
        if r.scaled != 1.0:
            return True
        if r.unit is None or r.unit.kind not in ("mass", "volume"):
            return False
        return r.number_kind == "half" or r.value != 1.0 or bool(
            self.pats.of_after.match(text, r.pos))

    def _qualifier_before(self, text: str, r: _Reading) -> None:
        start = r.currency_start if r.currency_start is not None else r.start
        if r.span_start < start:
            start = r.span_start
        r.span_start = start
        if r.opener == "between" and r.low is not None:
            return
        match = self.pats.qualifier_before.search(text, max(0, start - 24), start)
        if match:
            r.qualifier = self.lex.qualifiers_before[_squash(match.group("q"))]
            r.span_start = match.start("q")

    def _qualifier_after(self, text: str, r: _Reading, quantity: RawQuantity) -> None:
        match = self.pats.qualifier_after.match(text, quantity.end)
        if match and match.group("q") and quantity.qualifier == "exact":
            quantity.qualifier = self.lex.qualifiers_after[_squash(match.group("q"))]
            quantity.end = match.end()

    # ------------------------------------------------------------------ guards
    def _reference_number(self, text: str, r: _Reading) -> bool:
        """Years, dates, and numbers after code words or names ("Resolution 1373")."""
        solid = r.currency is not None or (r.unit is not None and r.unit.kind in _SOLID_KINDS)
        if solid:
            return False
        bare = r.unit is None and r.scaled == 1.0 and r.number_kind == "digits"
        if bare and (_is_year(r.raw) or _is_year_range(r.low, r.high)):
            return True
        if r.unit is None:
            if self.pats.month_after.match(text, r.pos):
                return True
            if self.pats.month_before.search(text, max(0, r.start - 12), r.start):
                return True
        if r.span_start != r.start or r.qualifier != "exact":
            return False
        before = self.pats.word_before.search(text, max(0, r.start - 30), r.start)
        if before is None:
            return False
        word = before.group("w")
        low = word.lower()
        if low in self.lex.code_words or low.rstrip(".") in self.lex.code_words:
            return True
        if word[0].isupper() and low not in self.lex.phrase_stops:
            sentence = self.pats.sentence_start_before.search(
                text, max(0, before.start() - 3), before.start())
            return sentence is None and before.start() > 0
        return False

    # ------------------------------------------------------------------ building
    def _count(self, text: str, r: _Reading,
               facts: _TextFacts) -> tuple[RawQuantity | None, int]:
        """A number without unit: a count of the noun phrase that follows, if any."""
        if r.number_kind in ("article", "half") and r.scaled == 1.0:
            return None, r.pos
        if self._reference_number(text, r):
            return None, r.pos
        pos = r.pos
        qualifier = r.qualifier
        after = self.pats.qualifier_after.match(text, pos)
        if after and after.group("q") and qualifier == "exact":
            qualifier = self.lex.qualifiers_after[_squash(after.group("q"))]
            pos = after.end()
        phrase = noun_phrase(text, pos, self.lex, self.pats)
        if phrase is None:
            return None, r.pos
        small_word = r.number_kind == "words" and r.value <= 10 and r.scaled == 1.0
        if small_word and phrase.category is None and not phrase.head_is_unit:
            return None, r.pos
        if r.decimals and r.alternative is not None and r.scaled == 1.0:
            r.value = r.alternative  # "1.500 people": a count has no decimals
        if r.decimals and r.scaled == 1.0 and r.value != int(r.value):
            return None, r.pos
        quantity = RawQuantity(r.span_start, pos, _value(r), low=r.low, high=r.high,
                               unit=None, kind="count", qualifier=_qualifier(r, qualifier),
                               what=phrase.text, category=phrase.category)
        if phrase.head_is_unit:
            head = phrase.text.rsplit(" ", 1)[-1].lower()
            quantity.unit = self.lex.unit_words[head].name
        return quantity, pos

    def _measure(self, r: _Reading, facts: _TextFacts) -> RawQuantity:
        count_unit = r.unit is not None and r.unit.kind == "count"
        if count_unit and r.alternative is not None and r.scaled == 1.0 and r.decimals:
            r.value = r.alternative
        value = _value(r)
        quantity = RawQuantity(r.span_start, r.pos, value, low=r.low, high=r.high,
                               qualifier=_qualifier(r, r.qualifier))
        if r.currency is not None:
            quantity.kind = "money"
            quantity.unit = r.currency + (f"/{r.per}" if r.per else "")
            return quantity
        assert r.unit is not None
        reading = r.unit.imperial if (r.unit.ambiguous and facts.imperial) else r.unit.usual
        quantity.kind = reading.kind
        quantity.unit = reading.name
        quantity.assumption = reading.assumption
        if r.per:
            quantity.unit = f"{reading.name}/{r.per}"
            quantity.kind = "other"
            return quantity
        if reading.factor is None:
            return quantity
        if reading.kind == "mass":
            quantity.kg = _times(value, reading.factor)
            if r.low is not None:
                quantity.extra["kg_low"] = _times(r.low, reading.factor)
                quantity.extra["kg_high"] = _times(r.high, reading.factor)
        elif reading.kind == "volume":
            quantity.original_value, quantity.original_unit = value, reading.name
            quantity.value = _times(value, reading.factor)
            quantity.low = _times(r.low, reading.factor)
            quantity.high = _times(r.high, reading.factor)
            quantity.unit = "l"
        return quantity

    # ------------------------------------------------------------------ linking
    def _what_of_measure(self, text: str, q: RawQuantity, r: _Reading,
                         mentions: Sequence[SubstanceMention]) -> str | None:
        """The substance or noun a measure is of: "8.9 t of opium", "opium (8.9 t)"."""
        of = self.pats.of_after.match(text, q.end)
        if of:
            phrase = noun_phrase(text, of.end(), self.lex, self.pats)
            if phrase is not None:
                mention = _mention_in(mentions, phrase.start, phrase.end)
                return mention.name if mention else phrase.text
        if q.kind in ("percent", "time", "money"):
            return None
        gap = text[q.end: q.end + 3]
        if gap[:1] in (" ", "\u00a0") and gap.strip():
            mention = _mention_starting(mentions, q.end + len(gap) - len(gap.lstrip()))
            if mention:
                return mention.name
        label = _mention_ending_before(mentions, q.start, text, self.pats)
        if label:
            return label.name
        if q.kind in ("mass", "volume"):
            window = max(0, q.start - 40)
            if self.pats.weighing_before.search(text, window, q.start):
                nearest = _mention_before(mentions, q.start, text)
                if nearest:
                    return nearest.name
        return None

    def _share_what(self, text: str, found: list[RawQuantity]) -> None:
        """"5 kg and 7 kg of heroin": a measure without a noun takes the next one's."""
        for left, right in zip(reversed(found[:-1]), reversed(found[1:]), strict=True):
            if left.what is None and right.what and left.kind == right.kind \
                    and left.kind in ("mass", "volume") \
                    and self.pats.list_join.match(text[left.end: right.start]):
                left.what = right.what


# ---------------------------------------------------------------------- helpers
def _squash(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _is_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2100


def _is_year_range(low: float | None, high: float | None) -> bool:
    return low is not None and high is not None and 1800 <= low < high <= 2100


def _clean(value: float | None) -> float | None:
    """Drop binary noise from scaling: 4.1 * 1e9 is 4100000000, not 4099999999.9999995."""
    return None if value is None else float(f"{value:.12g}")


def _value(r: _Reading) -> float | None:
    return None if r.low is not None else _clean(r.value)


def _qualifier(r: _Reading, qualifier: str) -> str:
    return "range" if r.low is not None else qualifier


def _times(value: float | None, ratio: float) -> float | None:
    return None if value is None else _clean(value * ratio)


def _overlaps(blocked: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(b_start < end and start < b_end for b_start, b_end in blocked)


def _mention_in(mentions: Sequence[SubstanceMention], start: int,
                end: int) -> SubstanceMention | None:
    index = bisect_left([m.start for m in mentions], start)
    if index < len(mentions) and mentions[index].start < end:
        return mentions[index]
    return None


def _mention_starting(mentions: Sequence[SubstanceMention], start: int) -> SubstanceMention | None:
    for mention in mentions:
        if mention.start == start:
            return mention
        if mention.start > start:
            break
    return None


def _mention_ending_before(mentions: Sequence[SubstanceMention], start: int, text: str,
                           pats: Patterns) -> SubstanceMention | None:
    for mention in reversed(mentions):
        if mention.end <= start:
            if start - mention.end <= 4 and pats.label_gap.match(text[mention.end:start]):
                return mention
            return None
    return None


def _mention_before(mentions: Sequence[SubstanceMention], start: int,
                    text: str) -> SubstanceMention | None:
    for mention in reversed(mentions):
        if mention.end <= start:
            between = text[mention.end:start]
            if start - mention.end > _WEIGHING_WINDOW or ". " in between or "\n" in between:
                return None
            return mention
    return None

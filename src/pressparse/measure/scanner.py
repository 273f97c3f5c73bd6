"""Finding and normalizing quantities in plain text.

One compiled regex finds number anchors (digits, number words, "a"/"half a" before a
unit or scale); each anchor is then read outwards with short anchored matches: scale,
range, currency, unit, rate, qualifiers, then guards against dates, years, codes,
phone numbers and list markers, then the thing measured or counted.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from operator import itemgetter
from typing import Any, NamedTuple

from .clause_links import COMPARED_BEFORE, GENERIC_DRUGS, ClauseLinker
from .cues import CueHit, WhatCues, is_determiner, noun_before
from .lexicon import Lexicon, Unit
from .numbers import SeparatorStyle, parse_digits, parse_words
from .patterns import Patterns, build_patterns
from .phrases import NounPhrase, noun_phrase

_WORD_SPLIT = re.compile(r"[\s\-]+")
_PHONE_CHARS = frozenset("0123456789 ()+-.\u00a0")
_WEIGHING_WINDOW = 250
_ANAPHOR_WINDOW = 600
_MONEY_WINDOW = 900  # "the haul had a street value of": the goods of the story so far
_BARE_MASS_WINDOW = 600  # a bare mass: the substance of its paragraph or the one before
_PILLS_WINDOW = 200  # the substance bare pills are of: named in the sentence before
_CHANGE_OBJECT_WORDS = 5  # "cut [the risk of death] by 18%": words between a verb and "by"
# words the object of a verb of change may hold before "by"
_OBJECT_LINKS = frozenset({"of", "the", "a", "an", "its", "their", "in", "on", "for"})
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_SET_WINDOW = 400  # "More than 14 000 suspects were arrested ... Of these, 3 412 were"
_OF_THEM = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+them\b")  # "87 of them"
_PLURAL_VERB = re.compile(r"[ \t\u00a0]+(?:were|have[ \t\u00a0]+been|had[ \t\u00a0]+been)\b")
_RESTATED = re.compile(r",?[ \t\u00a0]+or[ \t\u00a0]+")  # "up 62 cents, or 0.7%"
_TOTAL_AFTER_OWNER = re.compile(r"\s+\d[\d,.]*(?=\s)")
_PRICE_WHAT = "price"  # what a sum per unit of goods is
_DRUG_ANAPHORS = frozenset({"drug", "drugs", "narcotic", "narcotics"})  # never a precursor
# the first cell of a table row of all substances or the rest of them
_TOTAL_ROW = re.compile(r"[ \t|]*(?:\*\*)?(?:grand[ \t]+)?(?:total|others?|other[ \t]+drugs)"
                        r"(?:\*\*)?(?:[ \t]*\|[ \t|]*|[ \t]{2,}|\t)[^\n]*?$")
_OF_THE_FRONTED = re.compile(r"(?:^|[.!?:;\n][ \t\u00a0]*)of[ \t\u00a0]+(?:the|these|those)"
                             r"[ \t\u00a0]+(?P<noun>[a-z]+(?:[ \t\u00a0][a-z]+)?),[ \t\u00a0]*$")
_SIZED_NOUN_BEFORE = re.compile(
    r"(?:(?<![a-z])(?P<article>a|an|the|its|their)[ \t\u00a0]+)?(?<![a-z-])"
    r"(?P<noun>[a-z][a-z-]*)(?P<comma>,)?[ \t\u00a0]+$")
_OF_WHICH_LABEL = re.compile(r"^(?:of[ \t]+which|including|incl\.)[ \t]+")
_LABEL_UNIT = re.compile(r",[ \t]*([a-z][a-z. ]{0,15}?)[ \t]*$")  # "heroin, kg": the unit
_PERIOD_HEADER_WORDS = frozenset({"month", "months", "year", "years", "quarter", "quarters",
                                  "half", "week", "weeks", "h", "q", "fy", "first", "second",
                                  "third", "fourth", "period"})
_LIST_JOIN_AFTER = re.compile(r"[ \t\u00a0]*(?:,|and|&)[ \t\u00a0]*(?:and[ \t\u00a0]+)?")
_COMPARED_TAILS = ("from", "with", " to", " of")  # last words of COMPARED_BEFORE
_THE_OTHER_BEFORE = re.compile(r"(?<![a-z])the[ \t\u00a0]+(?:other|remaining)[ \t\u00a0]+$")
# a verb after a bare count of a set: an auxiliary or a past tense ("have", "wanted")
_VERB_AFTER_SET = re.compile(r"[ \t\u00a0]+(?:are|were|have|had|will|would|could|remain\w*|"
                             r"[a-z]+ed)(?![a-z])")
_LOWER_WORD_BEFORE = re.compile(r"(?<![a-z])[a-z]+$")  # the word ending a text slice
_ALL_BEFORE = re.compile(r"(?<![a-z])all[ \t\u00a0]+$")
_REPEATED_SET_WINDOW = 1500  # how far back a set "all N suspects" repeats was counted
_OF_A = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+an?(?=[ \t\u00a0])")
_PLUS_AT = re.compile(r"(?:plus[ \t\u00a0]+|\+)(?=\d)")
_MINUS_BEFORE = re.compile(r"(?:(?<![a-z])minus[ \t\u00a0]+|(?<=[ (])[-−–])$")
_US_DOLLAR = "USD"
_BARE_DOLLAR_FORMS = frozenset({"$", "dollar", "dollars"})
# "€1.1 billion ($1.2 billion)": a bracket right after an amount in another currency
_CONVERSION_GLOSS = re.compile(
    r"(?:[€£¥₹₽]|\b(?:euros?|pounds|yen|yuan|rupees|rubles|roubles|won|pesos|reais|"
    r"francs|krona|kronor|lira|rand|riyals?|dirhams?|EUR|GBP|JPY|CNY|INR|RUB|CHF|KRW))"
    r"[^()\n]{0,30}\($")
# dollars of another country written out as such: plain "dollars" of the text are then US
# (symbols are not: "A$45 million" and "$86,500" are both Australian in a local release)
_DOLLAR_WORDS = frozenset({"dollar", "dollars"})
_OTHER_DOLLARS_KEY = "\x00other dollars"  # _TextFacts.currencies entry: the text marks them
_TICK_FRACTION = re.compile(r"-([1-7])/([248])(?![\d/])")  # "$4.45-1/4", "12-3/4 cents"
_SCALE_AT_END = re.compile(r"\d[ \t\u00a0]*([a-z]+)$")  # "240.1 billion", "900m": the scale
# a line of cells parted by tabs ("Prague\t31\t26 412\t3 150"): a table row
_TAB_ROW = re.compile(r"^[^\t\n]*\S[^\t\n]*\t[^\n]*\S[^\n]*$", re.MULTILINE)


def _bar_row(match: re.Match[str]) -> str:
    """A tab-parted table row with its tabs written as "|" (same length, same offsets)."""
    return match.group().replace("\t", "|")


_ORDINAL_UNIT = "second"  # a unit word that is also an ordinal ("three second places")
# "(in the same period of 2024 – 917)", "(2024: 917)": a figure of a year compared in brackets
_YEAR_FIGURE_MARKS = frozenset({"–", "—", "-", ":"})
_YEAR_FIGURE_BEFORE = re.compile(r"\([^()\n]{0,40}?(?<!\d)(?:19|20)\d\d[ \t]*[–—:-][ \t]*$")
_WIRE_KEY = "\x00wire"  # _TextFacts.currencies entry: an agency's credit opens the text
_OTHER_DOLLARS = re.compile(
    r"\b(?:Australian|Canadian|New[ \t]+Zealand|Hong[ \t]+Kong|Singapore|Taiwan|Jamaican|"
    r"Namibian|Fijian|Trinidad[ \t]+and[ \t]+Tobago|Zimbabwe(?:an)?)[ \t]+dollars?\b")
_DIMENSION_AFTER = re.compile(r"[ \t\u00a0]+(?:long|wide|high|tall|deep|in[ \t\u00a0]+length)"
                             r"(?![a-z])")
_DRUG_WORD = re.compile(r"(?<![a-z])(?:" + "|".join(sorted(_DRUG_ANAPHORS)) + r")(?![a-z])")
# a verb of sale, then its goods, then "for" and the sum, in one sentence
_SALE_FOR = re.compile(r"(?<![a-z])(?P<verb>sell|sells|selling|sold|resell|resold)(?![a-z])"
                       r"[^.;!?\n]{0,100}?(?<![a-z])for[ \t\u00a0]+$")
_SALE_REACH = 120
# between an amount with its goods and a sum in brackets valuing it: "of shabu (SDP ",
# " (worth ", " (valued at "
_VALUE_BRACKET = re.compile(r"(?:[ \t\u00a0]+(?:of[ \t\u00a0]+)?[^\s()]+){0,3}[ \t\u00a0]*\("
                            r"(?:[A-Z]{2,4}[ \t\u00a0]+|worth[ \t\u00a0]+|valued[ \t\u00a0]+at"
                            r"[ \t\u00a0]+|value:?[ \t\u00a0]+)?")
_OWN_VALUE = re.compile(r"(?<![a-z])(?:worth|valued)(?![a-z])")
_PRECURSOR_CLASS = "precursor"  # the SUBSTANCE class of chemicals drugs are made from
# a results line's label before a sum: "- Canadian currency - ", "cash: "
_LIST_LABEL = re.compile(r"[ \t]*(?:[-*•·–][ \t]*)?(?P<label>[a-z][a-z. ]{1,40}?)[ \t]*[-:–][ \t]*")
# Unit kinds a name or code word before the number cannot turn into a reference number.
_SOLID_KINDS = frozenset({"mass", "volume", "percent", "money"})


class SubstanceMention(NamedTuple):  # a tuple: created per number, cheaper than a frozen dataclass
    """A SUBSTANCE entity already found: offsets, normalized name and class ("precursor")."""

    start: int
    end: int
    name: str
    substance_class: str | None = None


_START = itemgetter(0)  # a SubstanceMention's start, for bisecting a sorted list of them


_ARTICLE_TAILS = frozenset("anr-")  # last characters of "a", "an", "quarter", "half -"
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375,
           "⅝": 0.625, "⅞": 0.875}
_FRACTION_STARTS = frozenset("/½¼¾⅓⅔⅛⅜⅝⅞")
_FRACTION = re.compile(r"(?:(?P<whole>\d{1,3})(?:[ \u00a0-](?=\d+/))?)?(?:(?P<num>\d{1,2})/"
                       r"(?P<den>\d{1,2})(?![\d/])|(?P<vulgar>[½¼¾⅓⅔⅛⅜⅝⅞]))")
_FRACTION_KINDS = frozenset({"mass", "volume", "length", "area", "other", "count", "percent"})
_FRACTION_ANCHORS = {"half": 0.5, "quarter": 0.25, "three_quarters": 0.75}
_THOUSAND = 1e3  # "50K followers": a glued thousands scale counts a plural noun
_NEVER_NEGATIVE = frozenset({"mass", "volume", "count", "area", "length"})


@dataclass(slots=True)
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
    litres: float | None = None  # a volume in litres (value and unit stay as written)
    what: str | None = None
    category: str | None = None
    assumption: str | None = None
    original_value: float | None = None
    original_unit: str | None = None
    change: str | None = None  # "up" / "down": the direction the text states ("rose 3%")
    extra: dict[str, Any] = field(default_factory=dict)
    of_set: bool = False  # "87 of them", "28 were ...": counts a set named around it

    def normalized(self) -> dict[str, Any]:
        """The QUANTITY value (schema.QuantityValue fields plus optional extras)."""
        out: dict[str, Any] = {
            "value": self.value, "low": self.low, "high": self.high, "unit": self.unit,
            "kind": self.kind, "kg": self.kg, "qualifier": self.qualifier, "what": self.what,
        }
        # the optional fields in this order (written out: no getattr per field)
        if self.litres is not None:
            out["litres"] = self.litres
        if self.category is not None:
            out["category"] = self.category
        if self.assumption is not None:
            out["assumption"] = self.assumption
        if self.original_value is not None:
            out["original_value"] = self.original_value
        if self.original_unit is not None:
            out["original_unit"] = self.original_unit
        if self.change is not None:
            out["change"] = self.change
        if self.extra:
            out.update(self.extra)
        return out


class _TextFacts:
    """Facts about the whole text, computed only when a quantity needs them."""

    def __init__(self, text: str, pats: Patterns) -> None:
        if "\t" in text:  # a table whose cells are parted by tabs is read as a "|" table
            text = _TAB_ROW.sub(_bar_row, text)
        self.text = text
        low = text.lower()
        if len(low) != len(text):  # a few characters lengthen when lower-cased ("İ")
            low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        self.low = low
        self.style = SeparatorStyle(text)
        self._pats = pats
        self.has_bar = "|" in text  # a "|" table may be in the text
        self._upper_lines: dict[int, bool] = {}  # line start -> written in capitals
        self._title_lines: dict[int, bool] = {}  # line start -> its words capitalized
        self.currencies: dict[str, str] = {}  # a shared symbol's code -> its currency here
        self.countries: Callable[[], Mapping[str, int]] | None = None
        """ISO2 country code -> how often the text's place and country names name it."""

    @cached_property
    def imperial(self) -> bool:
        """The text weighs in pounds or US tons, so a bare "ton" is a short ton."""
        return any(pattern.search(self.low) for pattern in self._pats.pounds_mass_low)

    def upper_line(self, position: int) -> bool:
        """The line holding ``position`` is written in capitals (a headline, where names look
        alike); each line is judged once, when a quantity on it asks."""
        start = self.text.rfind("\n", 0, position) + 1
        known = self._upper_lines.get(start)
        if known is None:
            end = self.text.find("\n", start)
            letters = "".join(filter(str.isalpha, self.text[start:end if end >= 0 else None]))
            known = len(letters) > 8 and sum(map(str.isupper, letters)) > 0.8 * len(letters)
            self._upper_lines[start] = known
        return known

    def title_line(self, position: int) -> bool:
        """The line holding ``position`` capitalizes its longer words (a headline in title
        case: "Police Seize 12 Kilos of Heroin"): at least four words of four letters or
        more, nearly all capitalized."""
        start = self.text.rfind("\n", 0, position) + 1
        known = self._title_lines.get(start)
        if known is None:
            end = self.text.find("\n", start)
            words = _LONG_WORD.findall(self.text, start, end if end >= 0 else len(self.text))
            known = len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.9 * len(words)
            self._title_lines[start] = known
        return known


@dataclass(slots=True)
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
    currency_form: str | None = None  # the symbol or word written ("$", "Rs", "pesos")
    unit: Unit | None = None
    unit_name: str | None = None
    per: str | None = None
    qualifier: str = "exact"
    span_start: int = 0
    opener: str | None = None
    inherit_at: int | None = None  # "from 5 to 7 tons": where the number lending its unit is
    written: tuple[float, str] | None = None  # "87 cents": the amount and unit before /100


class QuantityScanner:
    """Finds quantities in a text; stateless apart from its lexicon and patterns."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.pats = build_patterns(lex)
        self.cues = WhatCues(lex.what_cues)
        self.clauses = ClauseLinker(lex, self.pats)
        self._scale_values = {form: rec.value for form, rec in lex.scales.items()}
        self._generic_whats = frozenset(lex.what_aliases.values())
        self._goods_units = frozenset(  # a sum per one of these is a price
            unit.name for unit in lex.unit_words.values()
            if unit.kind in ("mass", "volume", "count"))
        self._symbol_tails = frozenset(symbol[-1] for symbol in lex.currency_symbols)
        self._named_rates = _named_rates(lex)
        # "the price of a litre of petrol", "a barrel of Brent costs $80": one unit priced
        before = lex.subject_words.get("unit_price_before", frozenset())
        after = lex.subject_words.get("unit_price_after", frozenset())
        self._unit_priced_before = re.compile(
            r"(?<![a-z])(?:" + "|".join(sorted(map(re.escape, before))) +
            r")[ \t\u00a0]+(?:of[ \t\u00a0]+)?$") if before else None
        self._unit_price_after = re.compile(
            r"(?<![a-z])(?:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"[ \t\u00a0]+")
                                                for w in after), key=len, reverse=True)) +
            r")(?![a-z])") if after else None
        # "A barrel of Brent rose 62 cents": the unit's goods, then a verb of change
        self._unit_changed_after = re.compile(
            r"[ \t\u00a0]+of[ \t\u00a0]+(?:[A-Za-z][\w&'’.-]*[ \t\u00a0]+){1,3}(?:"
            + "|".join(sorted(map(re.escape, lex.change_cues), key=len, reverse=True))
            + r")[ \t\u00a0]+(?:by[ \t\u00a0]+)?(?:\d|[$€£¥₹]|[A-Z]{1,3}\$)") \
            if lex.change_cues else None
        self._wire_credit = re.compile(  # "SYDNEY, Oct 21 (Reuters) - "
            r"\((?:" + "|".join(sorted(map(re.escape, lex.wire_credits))) + r")\)[ \t\u00a0]*"
            r"(?:-|–|—)") if lex.wire_credits else None
        self._magnitude = lex.unit_words.get("magnitude")  # "a 6.8 quake"
        self._file_type_before = re.compile(  # "Agenda (PDF, 212 KB)"
            r"[(\[][ \t]*(?:" + "|".join(sorted(map(re.escape, lex.file_types))) +
            r")[ \t]*[,;:|–-]?[ \t]*$", re.IGNORECASE) if lex.file_types else None
        # words right before an exact bare level ("to settle at 75,917.40")
        self._level_links = lex.subject_words.get("level_links", frozenset())
        # words that make the code word after them a verb ("to top 75 million")
        self._code_verb_markers = lex.subject_words.get("code_verb_markers", frozenset())
        hedges = lex.subject_words.get("identity_hedges", frozenset())
        self._hedged_identity = re.compile(  # "a whitish substance suspected to be cocaine"
            r"[ \t\u00a0]+(?:" + "|".join(sorted(map(re.escape, hedges))) +
            r")[ \t\u00a0]+to[ \t\u00a0]+be[ \t\u00a0]+(?:an?[ \t\u00a0]+)?") if hedges else None
        # symbols of several letters as a headline in capitals writes them ("KSH" for "KSh",
        # "RS" for "Rs")
        upper: dict[str, str] = {}
        for symbol, code in lex.currency_symbols.items():
            if len(symbol) >= 2 and symbol.isalpha() and not symbol.isupper() \
                    and symbol.upper() not in lex.currency_symbols:
                upper.setdefault(symbol.upper(), code)
        self._upper_symbols = upper
        self._upper_symbol_before = re.compile(
            r"(?<![A-Z])(?P<s>" + "|".join(sorted(map(re.escape, upper), key=len, reverse=True))
            + r")[ \u00a0]?$") if upper else None
        # last words of the qualifiers written before a number ("more than" -> "than")
        self._qualifier_tails = tuple({p.split()[-1] for p in lex.qualifiers_before})
        # last letters of the unit names written before a number ("magnitude 5.4"), or a
        # blank or hyphen between them and the number
        self._prefix_tails = frozenset(p[-1] for p in lex.unit_prefixes) | frozenset(" -")
        marks, arms = lex.calibre_words.get("marks"), lex.calibre_words.get("arms")
        self._calibre_after = re.compile(
            rf"[ \t]*(?:[-‐][ \t]*)?(?P<mark>(?:{'|'.join(map(re.escape, sorted(marks)))})"
            r"(?![a-z])\.?[ \t]*(?:[-‐][ \t]*)?)?"
            rf"(?:{'|'.join(map(re.escape, sorted(arms)))})(?![a-z])") if marks and arms else None
        """A calibre's words after its number ("9mm pistol", ".30 bore pistols")."""
        self._connectors: dict[str | None, frozenset[str]] = {
            opener: frozenset(r.connector for r in lex.ranges if r.opener in (None, opener))
            for opener in {r.opener for r in lex.ranges} | {None}
        }

    # ------------------------------------------------------------------ public
    def scan(self, text: str, substances: Iterable[SubstanceMention] = (),
             blocked: Sequence[tuple[int, int]] = (),
             context: Callable[[], tuple[Iterable[SubstanceMention],
                                         Sequence[tuple[int, int]]]] | None = None,
             countries: Callable[[], Mapping[str, int]] | None = None,
             ) -> list[RawQuantity]:
        """All quantities in ``text``; none overlapping a ``blocked`` (start, end) range.

        ``context``, if given, is called (once, and only when the text has a number) for
        the substances and blocked ranges, so texts without numbers cost one regex pass.
        ``countries``, if given, gives how often the text names each country (ISO2), read
        only for a currency symbol or word several countries use ("Rs", "$", "pesos").
        """
        facts = _TextFacts(text, self.pats)
        facts.countries = countries
        anchors = self._anchors(facts)
        if not anchors:
            return []
        if context is not None:
            substances, blocked = context()
        mentions = sorted(substances, key=lambda m: m.start)
        blocked = sorted(blocked)
        inside_blocked = _BlockedLookup(blocked)
        found: list[RawQuantity] = []
        consumed = 0
        for kind, start, end in anchors:
            if start < consumed or inside_blocked(start, end):
                continue  # a number inside a date or name: any quantity would overlap it
            quantity, stop = self._read(facts, kind, start, end, mentions)
            if quantity is None:
                if stop > end:
                    consumed = stop
                continue
            if inside_blocked(quantity.start, quantity.end) or (
                    kind != "digits" and self._in_idiom(facts, quantity)) or (
                    kind == "digits" and (self._page_chrome(facts, quantity)
                                          or self._calibre(facts, quantity))) or (
                    quantity.kind == "money" and self._penalty(facts, quantity)) or (
                    quantity.kind == "count" and self._margin(facts, quantity)):
                continue
            found.append(quantity)
            consumed = max(stop, quantity.end)
        if len(found) > 1:
            found = self._drop_repeated_sets(facts, found)
        self._share_what(facts, found)
        self._elided_units(facts, found)
        self._index_levels(facts, found)
        self._converted_degrees(facts, found)
        self._elided_currencies(facts, found)
        self._minor_units(facts, found)
        self._set_whats(facts, found)
        previous: RawQuantity | None = None
        for quantity in found:
            quantity.change = self._change(facts, quantity)
            if quantity.change is None and previous is not None and previous.change \
                    and _RESTATED.fullmatch(text, previous.end, quantity.start):
                quantity.change = previous.change  # "rose $1.20, or 1.5%, to $81.40"
            previous = quantity
        self.clauses.link(text, facts.low, found, mentions)
        return found

    @staticmethod
    def _drop_repeated_sets(f: _TextFacts, found: list[RawQuantity]) -> list[RawQuantity]:
        """Without "all N <noun>" that repeats a set counted before ("detained three more
        suspects ... hold all nine suspects"; guide: a number repeating a set counted just
        before is no count); "all seven member states" counted first stays."""
        def counted_noun(q: RawQuantity) -> str | None:
            """The last word of what a count counts, lower case ("suspects")."""
            return q.what.rsplit(" ", 1)[-1].lower() if q.kind == "count" and q.what else None

        kept: list[RawQuantity] = []
        for q in found:
            head = counted_noun(q)
            if head and q.unit is None and _ALL_BEFORE.search(f.low, max(0, q.start - 5),
                                                              q.start) and any(
                    counted_noun(earlier) == head
                    and q.start - earlier.end < _REPEATED_SET_WINDOW for earlier in kept):
                continue
            kept.append(q)
        return kept

    @staticmethod
    def _elided_units(f: _TextFacts, found: list[RawQuantity]) -> None:
        """A bare figure compared with one of its sentence that has a count unit takes that
        unit ("handled 6.6 million TEUs ..., down from 6.72 million a year earlier": TEU), as
        the unit is elided, not absent."""
        for index in range(1, len(found)):
            q = found[index]
            if q.kind != "count" or q.unit is not None or q.what is not None \
                    or q.value is None or not COMPARED_BEFORE.search(
                        f.low, max(0, q.start - 30), q.start):
                continue
            before = found[index - 1]
            if before.kind == "count" and before.unit is not None and before.low is None \
                    and not _SENTENCE_END.search(f.text, before.end, q.start):
                q.unit = before.unit

    def _index_levels(self, f: _TextFacts, found: list[RawQuantity]) -> None:
        """A bare figure after a move in points of its sentence is the level in points
        ("tanked 1,062.85 points or 1.38 per cent to settle at 75,917.40"; "Sensex tanks
        1,063 pts, Nifty ends below 22,500"): an index's unit is elided, not absent."""
        units = self.lex.level_units
        if not units:
            return
        last: RawQuantity | None = None
        for q in found:
            if q.unit in units and q.low is None:
                last = q
                continue
            if last is None or _SENTENCE_END.search(f.text, last.end, q.start):
                last = None if q.kind != "percent" else last
                continue
            if q.kind == "count" and q.unit is None and q.what is None and not q.of_set \
                    and q.value is not None and q.value >= 100 and (
                        q.qualifier != "exact"
                        or _previous_word(f.low, q.start)[0] in self._level_links):
                q.unit, q.kind = last.unit, last.kind

    @staticmethod
    def _converted_degrees(f: _TextFacts, found: list[RawQuantity]) -> None:
        """"topped 100 degrees (38 Celsius)": bare degrees converted in brackets to one
        scale are in the other one."""
        for q, other in pairwise(found):
            if q.unit == "degree" and other.unit in _OTHER_SCALE \
                    and f.text[q.end:other.start].strip() == "(":
                q.unit = _OTHER_SCALE[other.unit]

    def _elided_currencies(self, f: _TextFacts, found: list[RawQuantity]) -> None:
        """A bare scaled figure that names nothing after a sum of its sentence is in that
        sum's currency ("rose to 263.9 billion yen from 240.1 billion", "a fee of 100 million
        euros plus 20 million in add-ons"): the currency is elided, not absent."""
        for index in range(len(found)):
            q = found[index]
            if q.kind != "count" or q.unit is not None or q.what is not None \
                    or q.value is None or q.of_set:
                continue
            scale = _SCALE_AT_END.search(f.low, q.start, q.end)
            if scale is None or scale.group(1) not in self.lex.scales:
                continue
            before = found[index - 1] if index else q
            if before.kind != "money" or not before.unit or "/" in before.unit \
                    or _SENTENCE_END.search(f.text, before.end, q.start):
                # "will get an extra 2.4 billion, ..., at least 4 billion euros": the sum after
                after = found[index + 1] if index + 1 < len(found) else None
                if after is None or after.kind != "money" or not after.unit \
                        or "/" in after.unit or after.original_unit is not None \
                        or _SENTENCE_END.search(f.text, q.end, after.start):
                    continue
                before = after
            q.kind, q.unit = "money", before.unit

    def _minor_units(self, f: _TextFacts, found: list[RawQuantity]) -> None:
        """Cents are of the currency their sentence writes ("rose 12 cents to €1.85": EUR;
        "down 4 cents at A$3.10": AUD), else of the text's dollar, as a bare "$" ("cents" in
        an Australian release: AUD); "US cents" stays US."""
        for q in found:
            if q.kind != "money" or q.original_unit not in self.lex.bare_minor_words:
                continue
            code = None
            for other in sorted((o for o in found if o.kind == "money" and o is not q
                                 and o.original_unit is None and o.unit),
                                key=lambda o: abs(o.start - q.start)):
                if not _SENTENCE_END.search(f.text, min(q.end, other.end),
                                            max(q.start, other.start)):
                    code = other.unit.split("/", 1)[0]
                break
            if code is None and q.unit and q.unit.startswith(_US_DOLLAR):
                code = self._currency_in_context(f, _US_DOLLAR, "$")
                if not code.endswith("D"):
                    code = None  # a dollar's cents only ("$" of pesos: centavos)
            if code and q.unit:
                q.unit = code + q.unit[3:]

    # ------------------------------------------------------------------ reading
    def _anchors(self, facts: _TextFacts) -> list[tuple[str, int, int]]:
        """Number anchors in text order: (digits|words|article|half, start, end)."""
        # Every number ("1,250", "3.5", "10 000") in one C-level pass.
        anchors: list[tuple[str, int, int]] = [
            ("digits", *match.span()) for match in self.pats.digits.finditer(facts.text)]
        low = facts.low
        words_low, number_words = self.pats.words_low, self.lex.number_words
        for start, word in self._word_anchors(low):
            if start and (low[start - 1].isalpha() or (
                    low[start - 1] == "-" and start >= 2 and low[start - 2].isdigit())):
                continue  # "one" inside "someone", "Eleven" in "7-Eleven"
            if start >= 2 and low[start - 1] == "-" and low[start - 2].isalpha():
                named = _LOWER_WORD_BEFORE.search(low, max(0, start - 25), start - 1)
                if named is not None and named.group() not in number_words:
                    continue  # "category-three climbs", "Level-two": part of a name
            if word in number_words:
                match = words_low.match(low, start)
                if match:
                    anchors.append(("words", start, match.end()))
                continue
            # the article forms end in "a ", "an ", "quarter ", or a hyphen ("half-"): test
            # the characters before the word first, the regex only where one may end
            before = low[start - 2: start] if start >= 2 else ""
            if before[-1:] != "-" and before[:1] not in _ARTICLE_TAILS:
                continue
            article = self.pats.article_before_low.search(low, max(0, start - 28), start)
            if article:
                kind = "half" if article.group("half") else "article"
                if article.group("quarter"):
                    kind = "three_quarters" if article.group("three") else "quarter"
                anchors.append((kind, article.start(), article.end()))
        if len(anchors) > 1:  # the longer first where two start together: "three quarters
            anchors.sort(key=lambda a: (a[1], -a[2]))  # of a million" before "three"
        return anchors

    def _word_anchors(self, low: str) -> list[tuple[int, str]]:
        """Starts and words of the non-overlapping, leftmost hits of the anchor-word trie
        not after an ASCII letter (what ``finditer`` of ``(?<![a-z])trie`` gives)."""
        found: list[tuple[int, str]] = []
        consumed = 0
        first = self.pats.word_anchor_start_low.match(low)
        if first:
            found.append((0, first.group()))
            consumed = first.end()
        for hit in self.pats.word_anchor_low.finditer(low):
            start = hit.start(1)
            if start >= consumed:
                found.append((start, hit.group(1)))
                consumed = hit.end(1)
        return found

    def _read(self, f: _TextFacts, kind: str, start: int, end: int,
              mentions: Sequence[SubstanceMention]) -> tuple[RawQuantity | None, int]:
        after = f.text[end: end + 1]
        fraction = self._fraction(f, start, end) if kind == "digits" and (
            after in _FRACTION_STARTS or (after == " " and f.text[end + 1: end + 2].isdigit())
        ) else None
        if fraction is not None:
            reading: _Reading | None = fraction
        elif kind == "digits" and self._date_part(f, start, end):
            return None, end
        else:
            reading = self._number(f, kind, start, end)
        if reading is None:
            return None, end
        if f.low.endswith((" in ", " of "), 0, start) and self.pats.ratio_before_low.search(
                f.low, max(0, start - 24), start):
            return None, end  # "one in five adults", "9 out of 10 doctors": a ratio
        self._currency_before(f, reading)
        if kind == "digits" and fraction is None and self._digit_context_rejects(f, reading):
            return None, end
        self._and_half(f, reading)
        self._scales(f, reading)
        range_end = self._range(f, reading)
        if range_end is None:
            return None, reading.pos
        self._glued_qualifier_after(f, reading)
        self._unit(f, reading)
        if reading.unit is None and reading.currency is None and kind == "digits":
            self._unit_before(f, reading)
            if reading.unit is None and reading.decimals and self.lex.quake_words:
                self._quake_magnitude(f, reading)
        if reading.low is None and (reading.unit is not None or reading.currency is not None):
            self._range_after_unit(f, reading)
        if reading.unit is not None and reading.low is None and not reading.per:
            self._compound(f, reading)
        if reading.number_kind in ("article", "half") and not self._article_ok(f, reading):
            return None, end
        self._qualifier_before(f, reading)
        if reading.unit is None and reading.currency is None and reading.inherit_at is not None:
            self._inherit_unit(f, reading)
        header = None
        if reading.unit is None and reading.currency is None and f.has_bar:
            header = self._table_header(f, reading, mentions)
        elif reading.unit is None and reading.currency is None and kind == "digits" and \
                f.text.startswith("  ", reading.start - 2):
            header = self._spaced_table_unit(f, reading)
        if reading.unit is None and reading.currency is None:
            if header:
                return self._table_count(f, reading, header, mentions)
            return self._count(f, reading, mentions)
        if header and reading.unit is not None:
            return self._table_count(f, reading, header, mentions)
        if self._reference_number(f, reading):
            return None, reading.pos
        if reading.unit is not None and not reading.unit.usual.standalone and not reading.per \
                and not _measured_time(reading):
            return None, reading.pos  # "a five-day course", "eight years in prison"
        quantity = self._measure(reading, f)
        self._sign(f, reading, quantity)
        self._qualifier_after(f, quantity)
        quantity.what = self._what_of_measure(f, quantity, mentions)
        return quantity, quantity.end

    def _number(self, f: _TextFacts, kind: str, start: int, end: int) -> _Reading | None:
        if kind == "digits":
            raw = f.text[start:end]
            number = parse_digits(raw, f.style)
            tick = _TICK_FRACTION.match(f.text, end) if f.text.startswith("-", end) else None
            if tick is not None and number.alternative is None:
                # "3-1/2 inches"; a grain price's fraction of its last digit: "$4.45-1/4 a
                # bushel" is $4.4525, "12-3/4 cents" 12.75 cents
                places = len(raw) - raw.rfind(".") - 1 if "." in raw else 0
                value = number.value + int(tick.group(1)) / int(tick.group(2)) / 10 ** places
                return _Reading(start, tick.end(), _clean(value) or 0.0, "digits",
                                raw=f.text[start:tick.end()], decimals=True, span_start=start)
            return _Reading(start, end, number.value, "digits", raw=raw,
                            decimals=number.decimals, alternative=number.alternative,
                            span_start=start)
        if kind == "words":
            raw = f.low[start:end]
            value = parse_words(_WORD_SPLIT.split(raw), self.lex.number_words,
                                self._scale_values)
            if value is None:
                return None
            return _Reading(start, end, value, "words", raw=raw, span_start=start)
        if kind == "article":
            return _Reading(start, end, 1.0, "article", span_start=start)
        # "half a", "a quarter of a", "three quarters of a": read like "half a"
        return _Reading(start, end, _FRACTION_ANCHORS[kind], "half", span_start=start)

    def _page_chrome(self, f: _TextFacts, q: RawQuantity) -> bool:
        """A scraped page's furniture, not the release's figures: a file size in brackets
        after an attached file's name ("report.pdf (2.4 MB)"), a counter after its label at
        a line start or after "|" ("Hits 2,417", "Views: 312"), a page number opening a
        running footer line after a blank line ("24      Agency | Annual Report 2024")."""
        text = f.text
        if q.unit is not None:
            if q.unit not in self.lex.file_size_units:
                return False
            reach = max(0, q.start - 80)
            line_start = max(text.rfind("\n", reach, q.start) + 1, reach)
            return _FILE_NAME_BEFORE.search(text, line_start, q.start) is not None or (
                self._file_type_before is not None
                and self._file_type_before.search(text, line_start, q.start) is not None)
        before = text[max(0, q.start - 3):q.start].rstrip(" \t:")
        if before[-1:].isalpha():  # a label may end right before: "Hits 2,417", "Views: 31"
            reach = max(0, q.start - 30)
            label = _COUNTER_LABEL_BEFORE.search(
                text, max(text.rfind("\n", reach, q.start) + 1, reach), q.start)
            if label is not None and label.group("label").lower() in self.lex.counter_labels:
                return True
        if (q.start and text[q.start - 1] != "\n") or q.low is not None \
                or not text[q.start:q.end].isdigit():
            return False
        line_start = q.start
        footer = _FOOTER_AFTER_PAGE_NUMBER.match(text, q.end)
        return footer is not None and (line_start < 2 or text[line_start - 2] == "\n")

    def _penalty(self, f: _TextFacts, q: RawQuantity) -> bool:
        """The fine a law provides for, not a sum of the case (guide: penalties are not
        annotated): "a fine of $5 million" in a sentence with "maximum penalty", "punishable
        by", "liable to" (penalty_cues.jsonl)."""
        if not self.lex.penalty_cues or not _FINE_BEFORE.search(f.low, max(0, q.start - 24),
                                                                 q.start):
            return False
        sentence_start = max(f.low.rfind(". ", 0, q.start), f.low.rfind("\n", 0, q.start))
        clause = f.low[max(sentence_start, q.start - 240, 0):q.start]
        return any(cue in clause for cue in self.lex.penalty_cues)

    def _calibre(self, f: _TextFacts, q: RawQuantity) -> bool:
        """A firearm's calibre, no quantity: millimetres before a firearm noun ("a 9mm
        pistol"), a bare number with a calibre word before one ("two .30 bore pistols",
        "a 12-gauge shotgun")."""
        if self._calibre_after is None or q.unit not in (None, "mm") or q.low is not None:
            return False
        if q.unit is None and _CALIBRE_BEFORE.search(f.low, max(0, q.start - 12), q.start):
            return True  # "one caliber .38 revolver"
        match = self._calibre_after.match(f.low, q.end)
        return match is not None and (q.unit == "mm" or match.group("mark") is not None)

    def _arms_after_calibre(self, f: _TextFacts, pos: int) -> NounPhrase | None:
        """The firearms a count counts past their calibre ("two 9mm pistols", "two .30 bore
        pistols", "three 12-gauge shotguns"): the noun phrase after the calibre's mark."""
        number = _CALIBRE_NUMBER.match(f.low, pos) if self._calibre_after is not None else None
        if number is None:
            return None
        calibre = self._calibre_after.match(f.low, number.end())
        if calibre is None or calibre.group("mark") is None:
            return None
        at = calibre.end("mark")
        if not f.text[at - 1: at].isspace():
            return None
        return noun_phrase(f.text, at - 1, self.lex, self.pats)

    def _in_idiom(self, f: _TextFacts, q: RawQuantity) -> bool:
        """A number word inside a set phrase that is no quantity ("at one point")."""
        pattern = self.pats.idioms_low
        if pattern is None:
            return False
        for match in pattern.finditer(f.low, max(0, q.start - 24), q.end + 24):
            start = match.start()
            if start < q.end and q.start < match.end() and not (
                    start and f.low[start - 1].isalpha()):
                return True
        return False

    def _fraction(self, f: _TextFacts, start: int, end: int) -> _Reading | None:
        """"3/4 inch", "2 1/2 miles", "1½ cups": a whole number and fraction before a unit
        of measure (not "24/7", "10/11/2025", "1/2 of the votes"); called only when "/", a
        vulgar fraction or a blank and a digit follow the digits."""
        if start and (f.text[start - 1].isalnum() or f.text[start - 1] in "/.,"):
            return None
        match = _FRACTION.match(f.text, start)
        if match is None:
            return None
        if match.group("vulgar"):
            value = _VULGAR[match.group("vulgar")]
        else:
            numerator, denominator = int(match.group("num")), int(match.group("den"))
            if not 0 < numerator < denominator <= 64:
                return None
            value = numerator / denominator
        whole = match.group("whole")
        value += int(whole) if whole else 0
        word = self.pats.unit_word_low.match(f.low, match.end())
        unit = self.lex.unit_words.get(word.group("word")) if word else None
        if unit is None:
            symbol = self.pats.unit_symbol.match(f.text, match.end())
            unit = self.lex.unit_symbols.get(symbol.group("sym")) if symbol else None
        if unit is None or unit.kind not in _FRACTION_KINDS:
            return None
        return _Reading(start, match.end(), value, "digits", raw=match.group(), decimals=True,
                        span_start=start)

    def _date_part(self, f: _TextFacts, start: int, end: int) -> bool:
        """Quick rejects before any reading: "17 June", a bare year (no unit, no currency)."""
        if self.pats.month_after.match(f.text, end):
            return not self._symbol_before(f, start)
        if end - start == 4 and _is_year(f.text[start:end]):
            return not (self._symbol_before(f, start) or self.pats.unit_word_low.match(f.low, end)
                        or self.pats.unit_symbol.match(f.text, end))
        return False

    def _symbol_before(self, f: _TextFacts, start: int) -> bool:
        """A currency symbol may end right before ``start`` (maybe one blank between)."""
        return f.text[max(0, start - 2):start].rstrip()[-1:] in self._symbol_tails

    def _digit_context_rejects(self, f: _TextFacts, r: _Reading) -> bool:
        """Codes, ordinals, decades, clock times, list markers and phone numbers."""
        text, s, e = f.text, r.start, r.pos
        before = text[s - 1] if s and r.currency is None else ""
        if before and (before.isalnum() or before in "_#№"):
            return True
        if before in ("-", "/", ".", "_", ":") and s >= 2 and text[s - 2].isalnum() and not (
                before == "-" and self._unit_prefix_ends(f.low, s - 1)):
            return True  # "COVID-19", "10:30", "v1.2"; "a magnitude-5.9 aftershock" reads
        after = text[e: e + 1]
        if after == "s" and not text[e + 1: e + 2].isalpha():
            return True  # 1990s, 40s
        if after.isalpha() and self.pats.ordinal_after_low.match(f.low, e):
            return True
        if self.pats.clock_after_low.match(f.low, e):
            return True
        if after in ("/", ".") and text[e + 1: e + 2].isdigit():
            return True  # 24/7, 12/05/2019, version 1.2.3, 12.05.2019
        if after in (".", ")") and self.pats.list_marker_after.match(text, e) \
                and not text[text.rfind("\n", 0, s) + 1:s].strip(" \t("):
            return True  # "1. ", "2) " opening a line
        near = text[max(0, s - 2):e + 2]
        if "+" in near or "(" in near or ")" in near or "-" in near or (
                after == " " and text[e + 1: e + 2].isdigit()):
            return self._looks_like_phone(text, s, e)
        return False

    def _unit_prefix_ends(self, low: str, end: int) -> bool:
        """Whether a unit named before its number ("magnitude", "mach") ends at ``end``."""
        word = _LOWER_WORD_BEFORE.search(low, max(0, end - 24), end)
        return word is not None and word.group() in self.lex.unit_prefixes

    @staticmethod
    def _looks_like_phone(text: str, s: int, e: int) -> bool:
        if "," in text[s:e]:
            return False  # "2023 (17,401.0 kg)": a figure with a thousands separator
        left = s
        while left > 0 and s - left < 20 and text[left - 1] in _PHONE_CHARS:
            left -= 1
        right = e
        while right < len(text) and right - e < 20 and text[right] in _PHONE_CHARS:
            right += 1
        if right - left < 9:
            return False
        chunk = text[left:right].strip()
        if sum(ch.isdigit() for ch in chunk) < 7:
            return False
        return chunk.startswith("+") or "(" in chunk or chunk.count("-") >= 2

    def _currency_before(self, f: _TextFacts, r: _Reading) -> None:
        if r.number_kind != "digits" or r.start == 0:
            return
        before = f.text[r.start - 1]
        if before in " \u00a0\u202f":
            before = f.text[r.start - 2: r.start - 1]
        if before.isupper() and self._upper_symbol_before is not None \
                and f.upper_line(r.start):  # "WORTH KSH 252 MILLION"
            upper = self._upper_symbol_before.search(f.text, max(0, r.start - 8), r.start)
            if upper is not None:
                r.currency = self._upper_symbols[upper.group("s")]
                r.currency_form = upper.group("s")
                r.currency_start = upper.start()
                return
        if before not in self._symbol_tails:
            return  # no currency symbol can end right before the number
        match = self.pats.currency_before.search(f.text, max(0, r.start - 8), r.start)
        if match:
            symbol = match.group(0).strip(" \t\u00a0\u202f")
            if len(symbol) == 1 and symbol.isalpha() and r.raw.isdigit() \
                    and not self.pats.scale_low.match(f.low, r.pos):
                return  # "R2.7 million", "R1,500" are rand; "R2", "R21 road" are names
            r.currency = self.lex.currency_symbols.get(symbol)
            r.currency_form = symbol
            r.currency_start = match.start()

    def _and_half(self, f: _TextFacts, r: _Reading) -> None:
        if f.low[r.pos: r.pos + 1] not in (" ", "\u00a0"):
            return
        match = self.pats.and_half_low.match(f.low, r.pos)
        if match and r.number_kind in ("digits", "words", "article"):
            r.value += 0.5
            r.decimals = True
            r.pos = match.end()

    def _scales(self, f: _TextFacts, r: _Reading) -> None:
        while True:
            match = self.pats.scale_low.match(f.low, r.pos)
            if not match and r.currency and r.scaled == 1.0 and f.low.startswith("-", r.pos):
                match = self.pats.scale_low.match(f.low, r.pos + 1)  # "P1.7-M", "$5-million"
                if match and match.group("gap"):
                    match = None
            elif not match and r.scaled == 1.0 and f.low.startswith("-", r.pos) \
                    and f.low[r.pos + 1: r.pos + 2].isalpha():
                # "a 2.7-billion-mile trek": a scale word inside a compound adjective
                match = self.pats.scale_low.match(f.low, r.pos + 1)
                if match and (match.group("gap") or len(match.group("scale")) < 5
                              or not f.low.startswith("-", match.end())
                              or not self.pats.unit_word_low.match(f.low, match.end())):
                    match = None  # not "a 10-million-strong city"
            if not match:
                return
            record = self.lex.scales[match.group("scale")]
            glued = not match.group("gap") and match.start() == r.pos  # not "Rs 5,000-crore"
            if glued and not record.glued and r.number_kind == "digits":
                return
            if record.needs_currency and not self._currency_near(f, r, match.end()) \
                    and not (glued and self._counted_after(f, r, match.end(), record.value)):
                return
            r.value *= record.value
            if r.scaled == 1.0 and r.alternative is not None and r.raw.count(".") == 1 \
                    and not f.style.dot_groups:
                # "1.500 million" is 1.5 million, but "$2.100 millones" in a text that
                # writes "$23.450.000" is 2,100 million; "₱1.899 billion", read as a
                # decimal already, stays 1.899 billion
                if not r.decimals:
                    r.value = r.alternative * record.value
                r.alternative = None
            r.scaled *= record.value
            r.pos = match.end()

    def _counted_after(self, f: _TextFacts, r: _Reading, end: int, scale: float) -> bool:
        """"3.5m people", "2bn barrels", "60.1m smartphones", "50K followers": a glued short
        scale before a counted noun or unit, or after a decimal or as thousands ("k", no
        unit of length) before any plural noun (not "400m hurdles")."""
        word = self.pats.phrase_word.match(f.text, end)
        if word is None:
            return False
        if self._counted_word(r, word.group("w"), scale):
            return True
        modifier = word.group("w")  # "500K daily users", "2.5M paying subscribers"
        if not modifier.islower() or modifier in self.lex.phrase_stops \
                or modifier in self.lex.unit_words or modifier in self.lex.number_words:
            return False
        noun = self.pats.phrase_word.match(f.text, word.end())
        return noun is not None and _looks_plural(noun.group("w")) \
            and self._counted_word(r, noun.group("w"), scale)  # not "400m individual medley"

    def _counted_word(self, r: _Reading, noun: str, scale: float) -> bool:
        """Whether a glued scale counts ``noun``: a counted noun (not one person: "400m
        individual medley" is a distance), a unit, or a plural after a decimal or "k"."""
        low = noun.lower()
        if (low in self.lex.count_heads and low not in self.lex.one_person_nouns) \
                or low in self.lex.unit_words:
            return True
        return (r.decimals or scale == _THOUSAND) and noun.islower() and _looks_plural(noun) \
            and low not in self.lex.phrase_stops

    def _currency_near(self, f: _TextFacts, r: _Reading, end: int) -> bool:
        if r.currency:
            return True
        word = self.pats.unit_word_low.match(f.low, end)
        if word and word.group("word") in self.lex.currency_words:
            return True
        symbol = self.pats.unit_symbol.match(f.text, end)
        return bool(symbol and symbol.group("sym") in self.lex.currency_symbols)

    def _range(self, f: _TextFacts, r: _Reading) -> int | None:
        """Read "5-7", "5 to 7", "between 5 and 7"; None rejects the anchor."""
        text, low, at = f.text, f.low, r.pos
        connector = self.pats.range_connector_low.match(low, at)
        if connector is None:
            if text[at: at + 1] == "-" and text[at + 1: at + 2].isdigit():
                return None  # "123-45" codes, "2019-03-01" dates
            return at
        left = r.currency_start if r.currency_start is not None else r.start
        opener = self.pats.opener_before_low.search(low, max(0, left - 12), left)
        minus_start = None  # where a minus sign of the first number starts
        if opener is None and r.currency_start is None:
            minus = _MINUS_BEFORE.search(low, max(0, left - 7), left)
            if minus is not None:  # "between minus 120 and 90 degrees", "from -5 to 3C"
                opener = self.pats.opener_before_low.search(low, max(0, minus.start() - 12),
                                                            minus.start())
                if opener is not None and opener.group("o") in ("between", "from"):
                    minus_start = minus.start()
                else:
                    opener = None
        r.opener = opener.group("o") if opener else None
        word = connector.group("word") or ""
        sign = connector.group("sign")
        if r.opener == "from" and opener is not None and self._ranging(f, opener.start("o")):
            r.opener = None  # "prices ranging from 5 to 7 dollars": one range
        second_at = connector.end()
        plus = _PLUS_AT.match(low, second_at)  # "from minus 8 to plus 3 degrees"
        if plus is not None:
            second_at = plus.end()
        if r.opener == "from" and word == "to":
            r.inherit_at = second_at
            return at
        if r.opener == "from" or (word == "and" and r.opener != "between"):
            return at
        by_to = word == "to" and f.low.endswith("by ", 0, left)
        changed_to = word == "to" and (self._after_change_verb(f, left) or (
            by_to and self._changed_in_clause(f, left)))  # "raised its forecast ... by"
        by_range = changed_to and by_to  # "eased by 3 to 4 points"
        if changed_to and not by_range \
                and not self._only_second_has_unit(f, r, connector.end()):
            return at  # "jumped $2.15 to $84.30": a change, then a level
        if word and word not in self._connectors.get(r.opener, ()):
            return at
        currency = self.pats.currency_at.match(text, second_at)
        if currency and r.currency:
            second_at = currency.end()
        other = self._anchor_at(f, second_at)
        if other is None or (other.number_kind == "digits") != (r.number_kind == "digits"):
            if sign and text[at + 1: at + 2].isdigit():
                return None
            return at
        if r.currency:
            other.currency = r.currency  # "$3m-$4m", "£30-40m": the second "m" is a scale too
        self._and_half(f, other)
        self._scales(f, other)
        # "3 to 4 million": the second scale is the first's too, once the range holds (not
        # "rose by 50,000 to 1.5 million": a change, then a level)
        shared = other.scaled if r.scaled == 1.0 and other.scaled != 1.0 else 1.0
        first = (-r.value if minus_start is not None else r.value) * shared
        if other.value <= first:
            return None if sign else at
        if by_range and other.value > 3 * first \
                and not self._only_second_has_unit(f, r, connector.end()):
            return at  # "rose by 12,000 to 231,000": a change, then a level
        if shared != 1.0:
            r.scaled = shared
        r.value = first
        r.low, r.high = _clean(r.value), _clean(other.value)
        r.pos = other.pos
        if r.opener == "between" and opener is not None:
            r.span_start = opener.start("o")
        elif minus_start is not None:  # "from -5 to 3C": the sign is in the span
            r.span_start = min(r.span_start, minus_start)
        return r.pos

    def _only_second_has_unit(self, f: _TextFacts, r: _Reading, at: int) -> bool:
        """"dropped 5 to 10 inches of rain", "fell 2 to 3 percent", "cut 200 to 300 jobs": a
        bare number then one with a unit or counted noun is a range even after a verb of
        change."""
        if r.currency is not None:
            return False
        other = self._anchor_at(f, at)
        if other is None:
            return False
        self._scales(f, other)
        word = self.pats.unit_word_low.match(f.low, other.pos)
        if word is not None and (word.group("word") in self.lex.unit_words
                                 or word.group("word") in self.lex.currency_words):
            return True
        symbol = self.pats.unit_symbol.match(f.text, other.pos)
        if symbol is not None and symbol.group("sym") in self.lex.unit_symbols \
                and not symbol.group("gap"):
            return True
        phrase = noun_phrase(f.text, other.pos, self.lex, self.pats)  # "cut 200 to 300 jobs"
        return phrase is not None and (phrase.category is not None or _looks_plural(
            phrase.text.rsplit(" ", 1)[-1]))

    def _ranging(self, f: _TextFacts, opener_start: int) -> bool:
        """"ranging from", "varied from": a verb before "from" makes "from X to Y" a range."""
        word, _ = _previous_word(f.low, opener_start)
        return word in self.lex.range_verbs

    def _range_after_unit(self, f: _TextFacts, r: _Reading) -> None:
        """"between 2% and 3%", "5%-7%", "4 euros to 6 euros": both ends carry the unit."""
        connector = self.pats.range_connector_low.match(f.low, r.pos)
        if connector is None:
            return
        left = r.currency_start if r.currency_start is not None else r.start
        opener = self.pats.opener_before_low.search(f.low, max(0, left - 12), left)
        opener_word = opener.group("o") if opener else None
        if opener_word == "from" and opener is not None and self._ranging(f, opener.start("o")):
            opener_word = None  # "temperatures ranged from 10C to 15C"
        word = connector.group("word") or ""
        if opener_word == "from" or (word == "and" and opener_word != "between"):
            return
        if word and word not in self._connectors.get(opener_word, ()):
            return
        by_range = f.low.endswith("by ", 0, left)  # "eased by 3% to 4%": a range
        if word == "to" and self._after_change_verb(f, left) and not by_range:
            return  # "rose 3% to 40%": a change, then a level
        second_at = connector.end()
        currency = self.pats.currency_at.match(f.text, second_at)
        if currency and r.currency:
            second_at = currency.end()
        other = self._anchor_at(f, second_at)
        if other is None or other.number_kind != r.number_kind:
            return
        other.currency = r.currency if currency else None
        self._scales(f, other)
        self._unit(f, other)
        same_unit = (other.unit is r.unit or (other.unit is not None and r.unit is not None
                                              and other.unit.name == r.unit.name))
        if not same_unit or other.currency != r.currency or other.scaled != r.scaled \
                or other.value <= r.value:
            return
        if word == "to" and by_range and other.value > 3 * r.value \
                and (self._after_change_verb(f, left) or self._changed_in_clause(f, left)):
            return  # "rose by 3% to 40% of sales": a change, then a level
        r.low, r.high = _clean(r.value), _clean(other.value)
        r.per = r.per or other.per
        r.pos = other.pos
        if opener_word == "between" and opener is not None:
            r.opener = "between"
            r.span_start = opener.start("o")

    def _compound(self, f: _TextFacts, r: _Reading) -> None:
        """"1 kg 150 g", "5 feet 10 inches", "4 tonnes and 260 kilograms": a smaller unit of
        the same kind right after (maybe after "and") adds to the first amount, in the first
        unit."""
        unit = r.unit
        if unit is None or unit.kind not in ("mass", "length") or unit.usual.factor is None \
                or r.currency is not None or f.text[r.pos: r.pos + 1] != " ":
            return
        at = r.pos + 1
        if f.low.startswith("and ", at):
            at += 4
        other = self._anchor_at(f, at)
        if other is None or other.number_kind != "digits":
            return
        self._unit(f, other)
        smaller = other.unit
        if smaller is None or smaller.kind != unit.kind or smaller.usual.factor is None \
                or other.per or other.currency is not None:
            return
        ratio = smaller.usual.factor / unit.usual.factor
        if ratio >= 1 or other.value * ratio >= 1:
            return  # "5 kg 300 kg", "1 kg 1500 g": two amounts, not one
        if at > r.pos + 1 and self._respectively_after(f, other.pos):
            return  # "carried 1 kg and 500 g respectively": one amount each
        r.value = _clean(r.value + other.value * ratio) or 0.0
        r.decimals = True
        r.pos = other.pos

    @staticmethod
    def _respectively_after(f: _TextFacts, pos: int) -> bool:
        """"respectively" follows ``pos`` in its sentence."""
        stop = _SENTENCE_END.search(f.low, pos)
        return f.low.find("respectively", pos, stop.start() if stop else len(f.low)) >= 0

    def _after_change_verb(self, f: _TextFacts, start: int) -> bool:
        before = _word_before(f.text, start)
        if before is not None and before.word.lower() == "by" and before.at:
            before = _word_before(f.text, before.at)  # "rose by 12,000 to 231,000"
        if before is None:
            qualifier = self.pats.qualifier_before_low.search(f.low, max(0, start - 24), start)
            if qualifier is None:
                return False
            before = _word_before(f.text, qualifier.start())
            if before is None:
                return False
        return before.word.lower().rstrip(".") in self.lex.change_cues

    def _changed_in_clause(self, f: _TextFacts, start: int) -> bool:
        """A verb of change earlier in the sentence of "by" before ``start`` ("raised its
        forecast for wheat exports in the 2025/26 season by 0.5 mln tons to 43.5 mln tons":
        the change, then the new level)."""
        left = max(f.low.rfind(". ", 0, start), f.low.rfind("\n", 0, start), start - 200) + 1
        return any(word in self.lex.change_cues
                   for word in _LOWER_WORD.findall(f.low, left, start))

    def _anchor_at(self, f: _TextFacts, at: int) -> _Reading | None:
        """The number starting exactly at ``at``, if any."""
        match = self.pats.digits.match(f.text, at)
        if match:
            return self._number(f, "digits", at, match.end())
        match = self.pats.words_low.match(f.low, at)
        if match:
            return self._number(f, match.lastgroup or "words", at, match.end())
        return None

    def _inherit_unit(self, f: _TextFacts, r: _Reading) -> None:
        """"from 5 to 7 tons": the first number takes the unit (and scale) of the second."""
        at = r.inherit_at or 0
        currency = self.pats.currency_at.match(f.text, at)
        other = self._anchor_at(f, currency.end() if currency else at)
        if other is None or other.number_kind != "digits" or r.number_kind != "digits":
            return
        self._currency_before(f, other)
        self._scales(f, other)
        self._unit(f, other)
        if other.unit is None and other.currency is None:
            return
        r.unit, r.currency, r.per = other.unit, other.currency, other.per
        if r.scaled == 1.0 and other.scaled != 1.0:
            r.value *= other.scaled
            r.scaled = other.scaled

    def _glued_qualifier_after(self, f: _TextFacts, r: _Reading) -> None:
        if f.text[r.pos: r.pos + 1] not in ("+", "-"):
            return
        match = self.pats.qualifier_after_low.match(f.low, r.pos)
        if match and match.group("g"):
            r.qualifier = self.lex.qualifiers_after[match.group("g")]
            r.pos = match.end()

    def _unit(self, f: _TextFacts, r: _Reading) -> None:
        word_match = self.pats.unit_word_low.match(f.low, r.pos)
        if word_match is None and r.value < 1 and r.number_kind == "digits" and r.low is None:
            of_a = _OF_A.match(f.low, r.pos)  # "0.2 of a percentage point", "0.5 of a mile"
            if of_a is not None:
                word_match = self.pats.unit_word_low.match(f.low, of_a.end())
                if word_match is not None and word_match.group("word") not in self.lex.unit_words:
                    word_match = None
        unit = currency = None
        match = word_match
        if word_match is not None:
            key = word_match.group("word")
            unit = self.lex.unit_words.get(key)
            currency = None if unit else self.lex.currency_words.get(key)
            if key == _ORDINAL_UNIT and self._plural_after(f, word_match.end()):
                return  # "three second places": the ordinal before a plural, no seconds
        if unit is None and currency is None and r.number_kind == "digits":
            match = self.pats.unit_symbol.match(f.text, r.pos)
            if match is not None and (match.group("sym") not in self.lex.glued_symbols
                                      or not match.group("gap")
                                      or self._spaced_symbol_ok(f, r, match)):
                symbol = match.group("sym")
                unit = self.lex.unit_symbols.get(symbol)
                if symbol in self.lex.symbol_senses:
                    unit = self._symbol_sense(f, r, symbol) or unit
                currency = None if unit else (self.lex.currency_symbols.get(symbol)
                                              or self.lex.glued_currency_symbols.get(symbol))
        if unit is None and currency is None and r.scaled != 1.0 and r.number_kind == "digits":
            scaled = _SCALED_SYMBOL.match(f.text, r.pos)  # "20 mln T": tonnes after a scale
            if scaled is not None and scaled.group("sym") in self.lex.scaled_symbols:
                match, unit = scaled, self.lex.scaled_symbols[scaled.group("sym")]
        if match is None or (unit is None and currency is None):
            if r.currency:
                self._rate(f, r)
            return
        hyphen = "-" in match.group("gap")
        if currency is not None:
            if hyphen and r.scaled == 1.0:
                return  # "a 5-dollar", but "a 1.2bn-euro contract"
            if r.currency is None:
                r.currency = currency
                r.currency_form = match.group(0).strip().lstrip("-‐").strip()
            ratio = self.lex.currency_factors.get(match.group(0).strip().lower()) \
                if word_match is match else self.lex.minor_symbol_factors.get(match.group("sym"))
            if ratio is not None:  # "98 cents", "7.2p"
                written = match.group("word") if word_match is match else match.group("sym")
                r.written = (_clean(r.value) or 0.0, " ".join(written.split()))
                r.value *= ratio
                r.low = _clean(r.low * ratio) if r.low is not None else None
                r.high = _clean(r.high * ratio) if r.high is not None else None
            r.pos = match.end()
            self._rate(f, r)
            return
        assert unit is not None
        if unit.name == "lb" and self._pounds_are_money(f, r, match.end()):
            r.currency = r.currency or "GBP"
            r.pos = match.end()
            return
        if r.currency and unit.kind != "percent":
            return  # "$5 m" was read as a scale already; "$5 tons" is nonsense
        if unit.name in self.lex.container_units and f.low[max(0, r.span_start - 6):
                                                          r.span_start].split()[-1:] in (
                ["in"], ["into"]):
            return  # "loaded in 76 barrels": vessels counted, no volume
        r.unit = unit
        r.pos = match.end()
        if unit.usual.scale != 1.0:  # "1.1 mb/d": the million the abbreviation carries
            scale = unit.usual.scale
            r.value *= scale
            r.low = _clean(r.low * scale) if r.low is not None else None
            r.high = _clean(r.high * scale) if r.high is not None else None
            r.scaled *= scale
        self._and_half(f, r)
        self._rate(f, r)

    def _plural_after(self, f: _TextFacts, end: int) -> bool:
        """A lower-case regular plural noun right after ``end`` ("places", "homes")."""
        after = self.pats.word_after_low.match(f.low, end)
        if after is None or not f.text[after.start("w")].islower():
            return False
        word = after.group("w")
        return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) \
            and word not in self.lex.phrase_stops and word not in self.lex.unit_words

    def _spaced_symbol_ok(self, f: _TextFacts, r: _Reading, match: re.Match[str]) -> bool:
        """A symbol read only glued ("38C") after one blank, as some styles write it ("below
        2 C in June"), when its sentence holds one of its words (spaced_symbols.jsonl)."""
        words = self.lex.spaced_symbols.get(match.group("sym"))
        tail = f.text[match.end():match.end() + 2]
        if not words or match.group("gap") != " " or (tail[:1] == "." and tail[1:].isalpha()):
            return False  # "2 C.E.", "Unit 2 C.J.": an abbreviation ("2 C." ends a sentence)
        left, right = _sentence_bounds(f.low, r.start, match.end())
        return any(word in words for word in _LOWER_WORD.findall(
            f.low, max(left, r.start - 300), min(right, r.start + 300)))

    def _symbol_sense(self, f: _TextFacts, r: _Reading, symbol: str) -> Unit | None:
        """The other unit a symbol names when its sentence holds one of its words ("a 3nm
        chip": the nanometre; "12 nm off the coast" stays the nautical mile)."""
        other, words = self.lex.symbol_senses[symbol]
        left, right = _sentence_bounds(f.low, r.start, r.pos)
        if right - left > 400:
            left, right = max(left, r.start - 200), min(right, r.pos + 200)
        return other if any(word in words for word in _LOWER_WORD.findall(f.low, left, right)) \
            else None

    def _quake_magnitude(self, f: _TextFacts, r: _Reading) -> None:
        """A bare decimal that is an earthquake's magnitude: before a quake word ("a 6.8
        quake") or after "measured"/"measuring" in a sentence that names a quake first ("The
        quake measured 6.8"); quake_words.jsonl."""
        if r.low is not None or r.scaled != 1.0 or not 1.0 <= r.value < 10.0:
            return
        after = self.pats.word_after_low.match(f.low, r.pos)
        if after is None or after.group("w") not in self.lex.quake_words:
            before = _word_before(f.text, r.start)
            if before is None or before.word.lower() not in ("measured", "measuring"):
                return
            sentence = f.low[max(0, r.start - 120):before.at]
            sentence = sentence[max(sentence.rfind(". "), sentence.rfind("\n")) + 1:]
            if not any(word in self.lex.quake_words for word in _LOWER_WORD.findall(sentence)):
                return
        r.unit = self._magnitude

    def _unit_before(self, f: _TextFacts, r: _Reading) -> None:
        """A unit named before the number ("magnitude 5.4", "a magnitude of 6.1")."""
        pattern = self.pats.unit_prefix_before_low
        if pattern is None or r.start < 2 or f.low[r.start - 1] not in " -\u00a0\u202f" \
                or f.low[r.start - 2] not in self._prefix_tails:
            return
        match = pattern.search(f.low, max(0, r.start - 20), r.start)
        if match is None:
            return
        phrase = " ".join(match.group("p").split())
        r.unit = self.lex.unit_prefixes[phrase]
        if not phrase.endswith(" of"):
            r.span_start = match.start("p")

    def _pounds_are_money(self, f: _TextFacts, r: _Reading, end: int) -> bool:
        if r.currency == "GBP":
            return True
        if self.pats.of_after_low.match(f.low, end):
            return False
        return r.scaled >= 1e6 or "£" in f.text

    def _rate(self, f: _TextFacts, r: _Reading) -> None:
        if r.unit is not None and r.unit.kind == "percent":
            return
        match = self.pats.rate_low.match(f.low, r.pos)
        if match:
            per = match.group("per")
            unit = self.lex.unit_words.get(per)
            if unit is None or not self._rate_unit(r, unit):
                return  # "£180,000 a week", "$4.37 a pound": the amount only, as annotated
            r.per = unit.name
            r.pos = match.end()

    def _rate_unit(self, r: _Reading, per: Unit) -> bool:
        """Whether an amount and the unit after "per"/"a" make one unit: a rate units.jsonl
        names ("barrels a day": bbl/d, "kilometres an hour": km/h) or a concentration or
        dose ("180 micrograms per cubic metre", "5 mg per kilogram"). A sum, count or mass
        per time, per share or per unit of goods is the amount alone, the rest being what it
        is of (news-wire and press-release gold: "$70.50" a barrel, "up to 50 kg" per week)."""
        if r.currency is not None or r.unit is None:
            return False
        return (r.unit.name, per.name) in self._named_rates or (
            r.unit.kind == "mass" and per.kind in ("volume", "mass"))

    def _article_ok(self, f: _TextFacts, r: _Reading) -> bool:
        """"a"/"half a" count only before a scale word or a mass/volume unit in context."""
        if r.scaled != 1.0:
            return True
        if r.number_kind == "half" and r.unit is not None and r.unit.kind in _FRACTION_KINDS:
            return True  # "half a percentage point", "a quarter mile"
        if r.unit is None or r.unit.kind not in ("mass", "volume"):
            return False
        if r.number_kind == "half" or r.value != 1.0:
            return True
        return bool(self.pats.of_after_low.match(f.low, r.pos)) and not self._priced_unit(f, r)

    def _priced_unit(self, f: _TextFacts, r: _Reading) -> bool:
        """"a litre" or "a barrel" as the unit of goods a price is given for, or a unit
        traded ("the price of a litre of petrol", "a barrel of Brent costs $80", "sold a kilo
        of the drug"): one unit named, no amount measured (gold never marks them)."""
        if self._unit_priced_before is not None and self._unit_priced_before.search(
                f.low, max(0, r.span_start - 24), r.span_start):
            return True
        if self._unit_changed_after is not None \
                and self._unit_changed_after.match(f.text, r.pos):
            return True  # "A barrel of Brent rose 62 cents, or 0.8%, to $75.12"
        end = _SENTENCE_END.search(f.low, r.pos, r.pos + 80)
        return self._unit_price_after is not None and self._unit_price_after.search(
            f.low, r.pos, end.start() if end else r.pos + 80) is not None

    def _qualifier_before(self, f: _TextFacts, r: _Reading) -> None:
        start = r.currency_start if r.currency_start is not None else r.start
        start = min(start, r.span_start)
        r.span_start = start
        if r.opener == "between" and r.low is not None:
            return
        if not self._may_end_qualifier(f.low, start):
            return
        match = self.pats.qualifier_before_low.search(f.low, max(0, start - 24), start)
        if match:
            phrase = _squash(match.group("q"))
            if phrase == "up to" and self.lex.up_particle_verbs:
                verb = _word_before(f.text, match.start("q"))
                if verb is not None and verb.word.lower() in self.lex.up_particle_verbs:
                    return  # "the rate edged up to 3.8%": a verb's "up", then a level
            r.qualifier = self.lex.qualifiers_before[phrase]
            r.span_start = match.start("q")

    def _may_end_qualifier(self, low: str, start: int) -> bool:
        """False when no qualifier phrase can end in blanks right before ``start`` (its last
        word must end the text there): skips the backward regex search for most numbers."""
        end = start - 1 if start and low[start - 1] == "\n" else start  # ``$`` before "\n"
        word_end = end
        while word_end > 0 and low[word_end - 1] in _WORD_BLANKS:
            word_end -= 1
        return word_end < end and low.endswith(self._qualifier_tails, max(0, start - 24),
                                               word_end)

    def _sign(self, f: _TextFacts, r: _Reading, quantity: RawQuantity) -> None:
        """"-2.3%", "−5 °C", "minus 5 percent": a negative value (not "5-7", "COVID-19").

        Amounts that cannot be negative (a mass, a volume, a count) read a dash before them as
        a list bullet ("- 1 kg of heroin"), not a sign.
        """
        if r.low is not None or r.number_kind != "digits" or r.currency_start is not None:
            return
        if quantity.kind in _NEVER_NEGATIVE:
            return
        start = r.start
        if start and f.text[start - 1] in "-−–" and (start < 2 or f.text[start - 2] in " (\n\t"):
            quantity.start = min(quantity.start, start - 1)
        elif f.low.endswith("minus ", 0, start):
            quantity.start = min(quantity.start, start - len("minus "))
        else:
            return
        quantity.value = -quantity.value if quantity.value is not None else None
        if quantity.kg is not None:
            quantity.kg = -quantity.kg

    def _qualifier_after(self, f: _TextFacts, quantity: RawQuantity) -> None:
        match = self.pats.qualifier_after_low.match(f.low, quantity.end)
        if match and match.group("q") and quantity.qualifier == "exact":
            quantity.qualifier = self.lex.qualifiers_after[_squash(match.group("q"))]
            quantity.end = match.end()

    def _change(self, f: _TextFacts, q: RawQuantity) -> str | None:
        """The direction of change the text states: a verb of change right before the
        quantity ("rose 3%", "fell by 15 basis points", "an increase of 6%") or a noun or
        adverb right after it ("a 4% drop", "5% higher"); a level reached ("to 5%") has none."""
        after = self.pats.word_after_low.match(f.low, q.end)
        if after is not None:
            direction = self.lex.change_after.get(after.group("w"))
            if direction is None and after.group("w") not in self.lex.phrase_stops:
                # "a 3% pay rise", "a 25 basis point rate cut": one noun between
                second = self.pats.word_after_low.match(f.low, after.end())
                # not a particle after a verb: "winds of 75 mph knocked down trees"
                if second is not None and f.low[after.end()] == " " \
                        and second.group("w") not in _PARTICLES:
                    direction = self.lex.change_after.get(second.group("w"))
            if direction is not None:
                return direction
        word, word_start = _previous_word(f.low, q.start)
        if word == "by":  # "raised rates by 25 basis points", "cut the risk of death by 18%"
            for _ in range(_CHANGE_OBJECT_WORDS):
                word, word_start = _previous_word(f.low, word_start)
                direction = self.lex.change_cues.get(word)
                if direction is not None or not word.isalpha() or (
                        word in self.lex.phrase_stops and word not in _OBJECT_LINKS):
                    return direction
            return None
        if word == "of":
            word, _ = _previous_word(f.low, word_start)
        return self.lex.change_before.get(word)

    # ------------------------------------------------------------------ guards
    def _reference_number(self, f: _TextFacts, r: _Reading) -> bool:
        """Years, dates, and numbers after code words or names ("Resolution 1373")."""
        if r.currency is not None or (r.unit is not None and r.unit.kind in _SOLID_KINDS):
            return False
        text = f.text
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
        before = _word_before(text, r.start)
        if before is None:
            return False
        word = before.word
        low = word.lower()
        if low in self.lex.code_words:
            # "forecast to top 75 million": a verb before a scaled figure ("the top 10" ranks)
            verb_cue = _word_before(text, before.at)
            return not (r.scaled >= 1000 and low.isalpha() and verb_cue is not None
                        and verb_cue.word.lower() in self._code_verb_markers)
        if word.endswith("."):
            return False  # the number starts a sentence
        if word[0].isupper() and low not in self.lex.phrase_stops:
            if r.scaled != 1.0 or f.upper_line(r.start) or f.title_line(r.start) \
                    or self.pats.partitive_after_low.match(text, r.pos):
                # "Police Seize 1.2 Million Captagon Pills": a headline's verb; "give PiS 194
                # of the 460 seats": a part of a set, no name's number
                return False
            sentence = self.pats.sentence_start_before.search(
                text, max(0, before.at - 3), before.at)
            return sentence is None and before.at > 0
        return False

    # ------------------------------------------------------------------ building
    def _count(self, f: _TextFacts, r: _Reading,
               mentions: Sequence[SubstanceMention]) -> tuple[RawQuantity | None, int]:
        """A number without unit: a count of the noun phrase that follows, if any."""
        if r.number_kind in ("article", "half") and r.scaled == 1.0:
            return None, r.pos
        if self._reference_number(f, r):
            return None, r.pos
        pos = r.pos
        qualifier = r.qualifier
        after = self.pats.qualifier_after_low.match(f.low, pos)
        if after and after.group("q") and qualifier == "exact":
            qualifier = self.lex.qualifiers_after[_squash(after.group("q"))]
            pos = after.end()
        if self._parallel_part(f, r, pos):  # "four of them Portuguese and two Brazilian"
            return RawQuantity(r.span_start, pos, _value(r), kind="count",
                               qualifier=_qualifier(r, qualifier), of_set=True), pos
        partitive = self.pats.partitive_after_low.match(f.low, pos)
        if partitive and r.value >= 2 and qualifier == "exact":
            # "Ten of the defendants were arrested": a count of the defendants
            phrase = noun_phrase(f.text, partitive.end(), self.lex, self.pats, after_of=True)
            if phrase is None:  # "won 312 of the 543 seats": a count of the seats
                # "six of Spain's 17 regions", "13 of its 16 cities"
                owner = self.pats.owner.match(f.text, partitive.end())
                total = _TOTAL_AFTER_OWNER.match(f.text, owner.end() if owner
                                                 else partitive.end())
                phrase = noun_phrase(f.text, total.end(), self.lex, self.pats,
                                     after_of=True) if total else None
            elif phrase.text.endswith(("'s", "’s")):
                # "1,027 of the province's 1,109 villages": the noun after the total
                total = _TOTAL_AFTER_OWNER.match(f.text, phrase.end)
                phrase = noun_phrase(f.text, total.end(), self.lex, self.pats,
                                     after_of=True) if total else None
        else:
            phrase = noun_phrase(f.text, pos, self.lex, self.pats)
            if phrase is None and r.value >= 2:
                phrase = self._arms_after_calibre(f, pos)  # "two 9mm pistols"
            other = _OTHER_AFTER.match(f.low, pos) if phrase is None else None
            if other is not None and r.value >= 2 and float(r.value).is_integer() and \
                    not self.pats.definite_before_low.search(
                        f.low, max(0, r.span_start - 8), r.span_start):  # "the two others"
                if other.group("s"):  # "while three others jumped into the river"
                    return RawQuantity(r.span_start, pos, _value(r), kind="count",
                                       qualifier=_qualifier(r, qualifier),
                                       what="others"), pos
                # "arrested two other people": the count of the noun after "other"
                phrase = noun_phrase(f.text, other.end(), self.lex, self.pats)
        if phrase is None and r.inherit_at is not None and r.number_kind == "digits":
            phrase = self._phrase_after_second(f, r.inherit_at)  # "from 12 to 40 people"
        if phrase is None and r.number_kind == "digits" and f.text.startswith(" /", pos):
            pair = _PAIR_AFTER.match(f.text, pos)  # "96 / 71 foreigners" (this year / last)
            if pair is not None:
                phrase = noun_phrase(f.text, pair.end(), self.lex, self.pats)
                if phrase is not None and phrase.head_is_unit:
                    phrase = None  # "3 / 4 cup": a measure's business
        if phrase is None and r.number_kind == "digits" and r.low is None:
            quoted = self._exchange_rate(f, r, pos)
            if quoted is not None:  # "the yen traded at 148 to the dollar": 148 yen
                return RawQuantity(r.span_start, pos, _value(r), unit=quoted, kind="money",
                                   qualifier=_qualifier(r, qualifier),
                                   what="exchange rate"), pos
        if phrase is None:
            of_set = self._counts_a_set(f, r, pos)
            if of_set or self._bare_figure(f, r, qualifier, pos):
                return RawQuantity(r.span_start, pos, _value(r), low=r.low, high=r.high,
                                   kind="count", qualifier=_qualifier(r, qualifier),
                                   of_set=of_set), pos
            return None, r.pos
        if phrase.category is None and _is_street(phrase.text, self.lex.street_words):
            return None, r.pos  # "1600 Pennsylvania Avenue": a house number
        if phrase.category is None and " " not in phrase.text and len(phrase.text) > 1 \
                and phrase.text.isupper() and not phrase.head_is_unit \
                and not f.upper_line(r.start):
            return None, r.pos  # "the 737 MAX", "Windows 11 SE": a model name
        if phrase.category is None and " " not in phrase.text and phrase.text[:1].isupper() \
                and not phrase.head_is_unit and r.raw.isdigit() and r.scaled == 1.0 \
                and not phrase.text.endswith(("s", "ese")) \
                and _mention_in(mentions, phrase.start, phrase.end) is None \
                and not f.upper_line(r.start) \
                and not (r.value == 1 and self._one_more_person(f, r, [phrase.text])):
            return None, r.pos  # "the 787 Dreamliner", "iPhone 15 Pro": a model name
        if len(phrase.text) == 1 and not phrase.head_is_unit:
            return None, r.pos  # "150 p", "12 x": a letter, not a counted noun
        head = phrase.text.rsplit(" ", 1)[-1].lower()
        if not phrase.head_is_unit and phrase.text.isupper() and r.value >= 2 \
                and f.upper_line(r.start) and r.scaled == 1.0 and not _looks_plural(head) \
                and (phrase.category is None or head + "s" in self.lex.count_heads):
            return None, r.pos  # "4 CRIME PREVENTION": a section's number before a singular
        small_word = r.number_kind == "words" and r.value <= 10 and r.scaled == 1.0
        if small_word and not self._small_word_count_ok(f, r, phrase):
            return None, r.pos
        if r.decimals and r.alternative is not None and r.scaled == 1.0:
            r.value = r.alternative  # "1.500 people": a count has no decimals
        last_word = phrase.text.rsplit(" ", 1)[-1]
        if r.decimals and r.scaled == 1.0 and r.value != int(r.value) and not (
                r.alternative is None and _looks_plural(last_word) and last_word.islower()):
            return None, r.pos  # but an average: "yields of 31.5 bags per hectare"
        if phrase.text.lower() in self.lex.of_heads:  # "500 head of cattle"
            of = self.pats.of_after_low.match(f.low, phrase.end)
            counted = noun_phrase(f.text, of.end(), self.lex, self.pats, after_of=True) \
                if of is not None else None
            phrase = counted or phrase
        what = self.lex.what_aliases.get(phrase.text.lower(), phrase.text)
        if phrase.text.lower() in self.lex.piece_words and f.has_bar:
            what = self._goods_of_cell_before(f, r.span_start, mentions) or what
        quantity = RawQuantity(r.span_start, pos, _value(r), low=r.low, high=r.high,
                               unit=None, kind="count", qualifier=_qualifier(r, qualifier),
                               what=what, category=phrase.category)
        if phrase.category is not None and not phrase.head_is_unit and " of " in phrase.text:
            # "2,40,000 pieces of yaba tablets": what the counted pills hold
            pills = self.lex.unit_words.get(phrase.text.rsplit(" ", 1)[-1].lower())
            mention = _mention_in(mentions, phrase.start, phrase.end) \
                if pills is not None and pills.kind == "count" else None
            if mention is not None:
                quantity.what = mention.name
        if phrase.head_is_unit:  # "86,000 tramadol tablets": unit tablet, what tramadol
            head_start = phrase.text.rfind(" ") + 1
            quantity.unit = self.lex.unit_words[phrase.text[head_start:].lower()].name
            quantity.what = self._what_of_pills(f, phrase, head_start, mentions)
        return quantity, pos

    def _goods_of_cell_before(self, f: _TextFacts, start: int,
                              mentions: Sequence[SubstanceMention]) -> str | None:
        """The goods a table cell of pieces counts ("cartridges for hunting weapons, not
        declared | 240 pcs"): the substance or the noun phrase opening the cell before."""
        bar = f.text.rfind("|", max(0, start - 4), start)
        if bar < 0 or f.text[bar + 1:start].strip():
            return None
        line_start = f.text.rfind("\n", 0, bar) + 1
        cell_start = f.text.rfind("|", line_start, bar) + 1 or line_start
        mention = _mention_in(mentions, cell_start, bar)
        if mention is not None:
            return mention.name
        blank = len(f.text[cell_start:bar]) - len(f.text[cell_start:bar].lstrip())
        phrase = noun_phrase(f.text, cell_start + blank - 1, self.lex, self.pats)
        if phrase is None or phrase.start != cell_start + blank or phrase.end > bar:
            return None
        return self.lex.what_aliases.get(phrase.text.lower(), phrase.text.lower())

    def _what_of_pills(self, f: _TextFacts, phrase: NounPhrase, head_start: int,
                       mentions: Sequence[SubstanceMention]) -> str | None:
        """What counted pills hold: the substance they are laced with or contain ("pills
        laced with fentanyl"), else the one they are named by ("tramadol tablets"), else
        the words before the head, else the substance named just before ("the MDMA could
        have been pressed into 1.5 million pills")."""
        holder = self.pats.holding_after_low.match(f.low, phrase.end)
        if holder:
            content = _mention_starting(mentions, holder.end())
            if content:
                return content.name
        mention = _mention_in(mentions, phrase.start, phrase.end)
        if mention:
            return mention.name
        if head_start:
            return phrase.text[:head_start].strip()
        nearest = _mention_before(mentions, phrase.start, f.text, _PILLS_WINDOW,
                                  self._generic_whats)
        return nearest.name if nearest else None

    def _phrase_after_second(self, f: _TextFacts, at: int) -> NounPhrase | None:
        """The counted noun after the second number of "from X to Y" (digits only)."""
        other = self._anchor_at(f, at)
        if other is None or other.number_kind != "digits":
            return None
        self._scales(f, other)
        return noun_phrase(f.text, other.pos, self.lex, self.pats)

    def _parallel_part(self, f: _TextFacts, r: _Reading, pos: int) -> bool:
        """A whole number after "and" that counts a further part of a set its sentence split
        with "of them" before, its noun left out: "four of them Portuguese and two
        Brazilian", "22 of them from the police and six from Customs", "Fifteen of them were
        taken to prison and four were placed under house arrest"."""
        if r.low is not None or r.scaled != 1.0 or r.span_start != r.start \
                or not float(r.value).is_integer() \
                or not _AND_ONLY_BEFORE.search(f.low, max(0, r.start - 6), r.start) \
                or _NOUN_OR_UNIT_AFTER.match(f.low, pos):
            return False
        window = f.low[max(0, r.start - 160):r.start]
        window = window[max(window.rfind(". "), window.rfind("\n")) + 1:]
        return _PART_OF_THEM.search(window) is not None

    def _exchange_rate(self, f: _TextFacts, r: _Reading, pos: int) -> str | None:
        """The currency an exchange rate is quoted in: a bare number "per dollar", "to the
        euro" or "against the dollar" after its sentence named another currency without an
        amount ("The rouble slid to 100 per dollar": RUB); None otherwise."""
        base = _PER_CURRENCY.match(f.low, pos)
        end = r.span_start
        if base is None and _FOUR_DECIMALS.fullmatch(r.raw):
            # "weakened to 4.4850 against the US dollar, after opening at 4.4580": a quote of
            # four decimals after a quote against a currency in its sentence is quoted alike
            sentence = f.low[max(0, r.span_start - 200):r.span_start]
            start = max(sentence.rfind(". "), sentence.rfind("\n")) + 1
            quoted = [m for m in _PER_CURRENCY.finditer(sentence, start)
                      if m.group("w") in self.lex.currency_words
                      and m.group("w") not in self.lex.currency_factors]  # not "per cent"
            if quoted:
                base = quoted[-1]
                end = max(0, r.span_start - 200) + base.start()
        if base is None or base.group("w") not in self.lex.currency_words:
            return None
        per = self.lex.currency_words[base.group("w")]
        window = f.low[max(0, end - 80):end]
        window = window[max(window.rfind(". "), window.rfind("\n")) + 1:]
        words = _WORD_WITH_BEFORE.findall(window)
        for index in range(len(words) - 1, -1, -1):
            before, name = words[index]
            if before[-1:].isdigit():
                continue
            if index:  # "the Philippine peso", "the Czech crown": the currency two words name
                named = self.lex.currency_words.get(f"{words[index - 1][1]} {name}")
                if named is not None and named != per:
                    return named
            code = self.lex.currency_words.get(name)
            if code is not None and code != per:
                return self._currency_in_context(f, code, name)
        return None

    def _bare_figure(self, f: _TextFacts, r: _Reading, qualifier: str, pos: int) -> bool:
        """A number in digits without a counted noun that is still a figure: scaled ("the
        population rose to 67.7 million."), bounded ("a crowd of at least 5,000 gathered"),
        written with thousands separators ("to 231,000"), or the amount or level of a change
        ("rose by 12,000", "the toll rose to 37"); never before a multiplier ("13 times")."""
        if r.number_kind != "digits":
            return False
        if r.scaled >= 1000:
            return True  # "downloaded 100 million times": occurrences, not a multiplier
        after = self.pats.word_after_low.match(f.low, pos)
        if after is not None and after.group("w") in self.lex.multiplier_words:
            return False
        if f.low.startswith("-", pos) and _FIRST_WORD.match(f.low, pos + 1) is not None:
            return False  # a compound adjective: "jumped 30-fold", "a 40,000-strong crowd"
        if r.value >= 1000 and any(sep in r.raw for sep in ",'’\u00a0\u202f"):
            return True  # "to 231,000", "to 35,210.5"
        if r.low is None and r.value >= 2 and float(r.value).is_integer() \
                and r.span_start == r.start:
            verb = _word_before(f.text, r.start)
            if verb is not None and verb.word.lower() in self.lex.people_verbs:
                return True  # "killed 12 and injured 200", "the firm employs 4,500"
        if r.low is None and not float(r.value).is_integer():
            return False
        if qualifier != "exact" and r.value >= 10 and r.span_start < r.start:
            return True
        if r.low is None and f.low[max(0, r.span_start - 6):r.span_start].rstrip().endswith(
                _COMPARED_TAILS) and COMPARED_BEFORE.search(
                    f.low, max(0, r.span_start - 30), r.span_start):
            return True  # "rose to 37 from 22", "compared with 941 in 2022", "instead of 14"
        if r.low is None and f.low[r.span_start - 2: r.span_start].strip() in _YEAR_FIGURE_MARKS \
                and _YEAR_FIGURE_BEFORE.search(f.low, max(0, r.span_start - 60), r.span_start):
            return True  # "1,064 crimes (in the same period of 2024 – 917)": compared figure
        from_to = _FROM_FIGURE_TO.search(f.low, max(0, r.span_start - 30), r.span_start)
        if from_to is not None and self._after_change_verb(f, from_to.start()):
            return True  # "the index rose from 40 to 50": the level after, like the one before
        before = _word_before(f.text, r.span_start)
        if before is not None and before.word.lower() in ("by", "to", "from") and before.at:
            # "rose by 12,000", "the death toll rose to 37", "24 now, up from 14 in 2019"
            if before.word.lower() == "to" and self._level_reached(f, before.at):
                return True
            before = _word_before(f.text, before.at)
        return before is not None and before.word.lower() in self.lex.change_cues

    def _margin(self, f: _TextFacts, q: RawQuantity) -> bool:
        """A winning margin, a match score ("beat Gujarat by 27 runs", "won by three
        wickets"): "by" after a verb of winning or losing, before a noun of scoring."""
        verbs = self.lex.subject_words.get("margin_verbs")
        nouns = self.lex.subject_words.get("margin_nouns", frozenset())
        if q.what is not None and q.unit is None \
                and q.what.lower() in self.lex.subject_words.get("penalty_nouns", ()):
            return True  # "not less than 12 strokes of the cane", "100 lashes": a penalty
        word, at = _previous_word(f.low, q.start)
        if not verbs or word != "by" or q.what is None or q.what.lower() not in nouns:
            return False  # "won the primary by 1,500 votes" counts votes
        for _ in range(_CHANGE_OBJECT_WORDS):
            word, at = _previous_word(f.low, at)
            if word in verbs:
                return True
            if not word.isalpha() or (word in self.lex.phrase_stops
                                      and word not in _OBJECT_LINKS):
                return False
        return False

    def _level_reached(self, f: _TextFacts, to_at: int) -> bool:
        """"bringing the death toll to 45", "taking its total to 446": a verb that moves a
        named figure, then the figure's words, then "to" and the level."""
        verbs = self.lex.subject_words.get("to_level_verbs")
        if not verbs:
            return False
        word, at = _previous_word(f.low, to_at)
        for _ in range(_CHANGE_OBJECT_WORDS):
            if not word.isalpha():
                return False
            word, at = _previous_word(f.low, at)
            if word in verbs:
                return True
            if word in self.lex.phrase_stops and word not in _OBJECT_LINKS:
                return False
        return False

    def _counts_a_set(self, f: _TextFacts, r: _Reading, pos: int) -> bool:
        """A whole number counting people or things named before: "87 of them", "Three of
        them" (not "the two of them"), or the subject of a plural verb in digits ("3 412
        were arrested", "28 were new drug abusers")."""
        if r.low is not None or r.scaled != 1.0 or r.value < 2 \
                or not float(r.value).is_integer():
            return False
        if _OF_THEM.match(f.low, pos):
            return not self.pats.definite_before_low.search(
                f.low, max(0, r.span_start - 8), r.span_start)
        if _THE_OTHER_BEFORE.search(f.low, max(0, r.span_start - 16), r.span_start) \
                and _VERB_AFTER_SET.match(f.low, pos):
            return True  # "The other five have pleaded guilty", "the other four wanted"
        if r.number_kind != "digits" or not _PLURAL_VERB.match(f.low, pos):
            return False
        # the number opens a clause ("Of these, 3 412 were", ", and 418 were"), not "aged 31
        # and 46 were arrested"
        before = f.low[max(0, r.span_start - 10):r.span_start].rstrip()
        return not before or before[-1] in ".,:;!?\n" or before.endswith(
            (", and", ", but", " of which", " of whom"))  # "of whom 312 were minors"

    def _table_header(self, f: _TextFacts, r: _Reading,
                      mentions: Sequence[SubstanceMention] = ()) -> str | None:
        """The column header of a number alone in a "|" table cell; a unit in the header
        ("Seized, kg") becomes the number's unit; a column headed by a substance takes the
        unit its caption gives ("The overview by office (quantities in grams):")."""
        header = _column_header(f.text, r.span_start, r.pos)
        if header:
            unit_match = self.pats.unit_in_header_low.search(header.lower())
            if unit_match:
                key = unit_match.group("word")
                r.unit = self.lex.unit_words.get(key) or self.lex.unit_symbols.get(key)
                return header
        if header and header.strip().lower() in self.lex.date_column_headers:
            r.unit = None
            return _DATE_COLUMN  # "| Date | ... | 14.04 |": a day, no quantity
        generic = header is not None and header.strip().lower() in \
            self.lex.generic_column_headers  # "| Indicator | Quantity |": the rows name it
        if header and any(word.isalpha() for word in header.split()) \
                and not self._period_header(header) and not generic \
                and _mention_named_in(mentions, header, f.text) is None:
            return header  # the column names what it counts ("Crimes")
        # a column headed by a period ("H1 2024") or none: the unit in brackets in the row's
        # label ("Tramadol (tablets)") or in the caption line above the table ("... shown in
        # the table below (kg; tablets for tramadol)")
        for index, where in enumerate(_table_unit_places(f.text, r.span_start, r.pos)):
            labelled = _LABEL_UNIT.search(where) if index == 0 else None
            if labelled is not None:  # "of which heroin, kg | 96,5": the row label's unit
                unit_match = self.pats.unit_in_header_low.search(labelled.group(1).lower())
                if unit_match and unit_match.start() == 0:
                    key = unit_match.group("word")
                    r.unit = self.lex.unit_words.get(key) or self.lex.unit_symbols.get(key)
                    if r.unit is not None:
                        return header or where.strip()
            for bracket in _BRACKETED.finditer(where):
                said = _IN_BEFORE_UNIT.sub("", bracket.group(1).lower())  # "(in tonnes)"
                unit_match = self.pats.unit_in_header_low.search(said)
                if unit_match:
                    key = unit_match.group("word")
                    r.unit = self.lex.unit_words.get(key) or self.lex.unit_symbols.get(key)
                    return header or where.strip()
        return header

    def _row_label_what(self, f: _TextFacts, start: int,
                        mentions: Sequence[SubstanceMention]) -> str | None:
        """What a "|" table row's label names, its unit and "of which" left out ("of which
        hashish, kg": hashish; "Narcotic drugs and psychotropic substances, kg": drugs)."""
        line_start = f.low.rfind("\n", 0, start) + 1
        bar = f.low.find("|", line_start, start)
        if bar < 0:
            return None
        mention = _mention_in(mentions, line_start, bar)
        if mention is not None:
            return mention.name
        label = _LABEL_UNIT.sub("", f.low[line_start:bar].strip())
        label = " ".join(_OF_WHICH_LABEL.sub("", label).split())
        return self.lex.what_aliases.get(label)

    def _period_header(self, header: str) -> bool:
        """A column headed by a period only ("9 months 2024", "H1 2025", "Q3"): it names no
        counted thing."""
        words = _LOWER_WORD.findall(header.lower())
        return bool(words) and all(
            word in self.lex.months or word in _PERIOD_HEADER_WORDS for word in words)

    def _spaced_table_unit(self, f: _TextFacts, r: _Reading) -> str | None:
        """A figure in a table laid out with spaces ("Cocaine      5.6       7.2") whose
        caption line gives the unit in brackets ("... by financial year (tonnes)"): the unit
        is the figure's (the caption returned as its header), else None."""
        places = _spaced_table_places(f.text, r.start, r.pos)
        if not places:
            return None
        for place in (places[0], places[-1]):  # the row's label ("Cocaine (kg)"), the caption
            for bracket in _BRACKETED.finditer(place):
                said = _IN_BEFORE_UNIT.sub("", bracket.group(1).lower())
                unit_match = self.pats.unit_in_header_low.search(said)
                if unit_match:
                    key = unit_match.group("word")
                    r.unit = self.lex.unit_words.get(key) or self.lex.unit_symbols.get(key)
                    return place.strip() if r.unit is not None else None
        return None

    def _table_count(self, f: _TextFacts, r: _Reading, header: str,
                     mentions: Sequence[SubstanceMention]) -> tuple[RawQuantity | None, int]:
        if header is _DATE_COLUMN:
            return None, r.pos
        if r.unit is not None:
            quantity = self._measure(r, f)
            row = _row_label(mentions, quantity.start, f.text)
            quantity.what = row.name if row else self._header_what(header, mentions, f.text)
            if quantity.what is None and quantity.kind in ("mass", "volume") \
                    and _total_row(mentions, quantity.start, f.low):
                quantity.what = GENERIC_DRUGS  # "Total | 29.5 | 31.2" under substances
            if quantity.what is None:  # "Narcotic drugs, kg | 2 310,4": the row's known name
                quantity.what = self._row_label_what(f, quantity.start, mentions)
            if quantity.what is None:  # "Drugs seized, total (grams) | 41 873,6": drugs
                label = _row_label_words(f.low, quantity.start)
                quantity.what = self.lex.what_aliases.get(label) if label else None
            return quantity, quantity.end
        if header.strip().lower() in self.lex.generic_column_headers:
            label = _row_label_words(f.low, r.span_start)  # "Drug crimes detected | 38"
            if not label:
                return None, r.pos
            return RawQuantity(r.span_start, r.pos, _value(r), low=r.low, high=r.high,
                               kind="count", qualifier=_qualifier(r, r.qualifier),
                               what=self.lex.what_aliases.get(label, label),
                               category=self.lex.count_heads.get(label.rsplit(" ", 1)[-1])
                               ), r.pos
        # a period beside the name ("Cases 2025", "H1 2024 seizures") is not what is counted
        words = [word for word in header.lower().split()
                 if not any(ch.isdigit() for ch in word)]
        if not words or not all(word.isalpha() for word in words):
            return None, r.pos
        category = self.lex.count_heads.get(words[-1])
        named = _mention_named_in(mentions, header, f.text)
        quantity = RawQuantity(r.span_start, r.pos, _value(r), low=r.low, high=r.high,
                               kind="count", qualifier=_qualifier(r, r.qualifier),
                               what=named.name if named else self.lex.what_aliases.get(
                                   " ".join(words), " ".join(words)),
                               category=category)
        return quantity, quantity.end

    def _header_what(self, header: str, mentions: Sequence[SubstanceMention],
                     text: str) -> str | None:
        """What a measured column's header names: a substance ("Crystal meth, kg"), or,
        without its unit, a known name of what is measured ("Seized, kg": what_aliases.jsonl)."""
        named = _mention_named_in(mentions, header, text)
        if named:
            return named.name
        words = self.pats.unit_in_header_low.sub(" ", header.lower())
        key = " ".join(re.sub(r"[^a-z ]", " ", words).split())
        return self.lex.what_aliases.get(key)

    def _small_word_count_ok(self, f: _TextFacts, r: _Reading, phrase: NounPhrase) -> bool:
        """"five couriers", "two trucks", "nine countries", "six analysts", "two Mexican
        cartels": a small number in words counts a known counted noun or a plural noun; not
        "the two sides", "one day"."""
        if phrase.head_is_unit:
            return True
        the = _THE_BEFORE.search(f.low, max(0, r.span_start - 6), r.span_start)
        if the is not None and not (self._opens_sentence(f, the.start())
                                    and _APPOSITION_AFTER.match(f.text, phrase.end)):
            return False  # "between the two police forces": a set already named; "The two
            # persons arrested ... were brought" too, but "The four men on board, two
            # Venezuelans and ...": a set introduced by its count
        words = phrase.text.split()
        if phrase.text.isupper() and f.upper_line(r.start):
            words = [word.lower() for word in words]  # a headline in capitals: no names told
        head = words[-1]
        if r.value == 1 and self._one_more_person(f, r, words):
            return True  # "two Colombians and one Ecuadorian", "two trainers and one trainer"
        if r.value == 1 and len(words) == 1 and head.lower() in self.lex.one_person_nouns:
            return True  # "One suspect was arrested" (guide: "one" counts a person)
        if any(word[:1].isupper() for word in words[:-1]) and not (
                (head.islower() and (_looks_plural(head) or head in self.lex.count_heads))
                or (_looks_plural(head) and head.lower() in self.lex.count_heads)):
            return False  # a name ("two US Navy"); "Two Sydney men", "nine CARICOM Member
            # States" count
        if phrase.category in self.lex.word_count_categories:
            return True
        if r.value < 2 or _SET_BEFORE.search(f.low, max(0, r.span_start - 8), r.span_start):
            return False  # "the two sides"; a possessive counts ("his two accomplices")
        if len(words) == 1 and head[:1].isupper() and head.endswith("ans"):
            return True  # "two Colombians", "three Afghans": people by nationality
        return phrase.category is not None or (
            head.islower() and _looks_plural(head) and head not in self.lex.phrase_stops)

    def _opens_sentence(self, f: _TextFacts, at: int) -> bool:
        """Whether the "The" at ``at`` opens a sentence or line ("The four men on board,
        two Venezuelans and ...": a set introduced by its count)."""
        if not f.text.startswith("The", at):
            return False
        before = f.text[max(0, at - 3):at].rstrip(" \t\u00a0")
        return not before or before[-1] in ".!?\n\"“"

    def _one_more_person(self, f: _TextFacts, r: _Reading, words: list[str]) -> bool:
        """"one" after "and" or a comma, naming one more person of people just counted:
        a nationality ("and one Panamanian", "and one Dutch national") after nationals, or
        the singular of the plural just counted ("two trainers ... and one trainer")."""
        if not _AND_BEFORE.search(f.low, max(0, r.span_start - 8), r.span_start):
            return False
        head = words[-1]
        window = f.text[max(0, r.span_start - 160):r.span_start]
        window = window[max(window.rfind(". "), window.rfind("\n")) + 1:]
        if head.islower() and re.search(rf"\b{re.escape(head)}s\b", window):
            return True
        first = words[0]
        demonym = first.lower() in self.lex.demonyms or (
            first[:1].isupper() and first[1:].islower() and first.endswith(_DEMONYM_ENDINGS))
        nationality = (demonym and (len(words) == 1 or (
            len(words) == 2 and head in _ONE_PERSON_HEADS))) \
            or " ".join(words).lower() in self.lex.demonyms  # "and one Costa Rican"
        if not nationality:
            return False
        if _NATIONALS_BEFORE.search(window) is not None:
            return True
        # "Two men, one Jamaican and one Haitian": people counted before by a person noun
        return any(self.lex.count_heads.get(word) in _PERSON_CATEGORIES
                   for word in _LOWER_WORD.findall(window.lower()))

    def _measure(self, r: _Reading, f: _TextFacts) -> RawQuantity:
        count_unit = r.unit is not None and r.unit.kind == "count"
        if count_unit and r.alternative is not None and r.scaled == 1.0 and r.decimals:
            r.value = r.alternative
        value = _value(r)
        quantity = RawQuantity(r.span_start, r.pos, value, low=r.low, high=r.high,
                               qualifier=_qualifier(r, r.qualifier))
        if r.currency is not None:
            quantity.kind = "money"
            code = r.currency
            if code == _US_DOLLAR and _CONVERSION_GLOSS.search(
                    f.text, max(0, r.span_start - 50), r.span_start) \
                    and r.currency_form in _BARE_DOLLAR_FORMS:
                pass  # "€1.1 billion ($1.2 billion)": a conversion for readers, in US dollars
            else:
                code = self._currency_in_context(f, code, r.currency_form)
            quantity.unit = code + (f"/{r.per}" if r.per else "")
            if r.written is not None and value is not None:  # "87 cents": 0.87 USD, as written
                quantity.original_value, quantity.original_unit = r.written
            return quantity
        assert r.unit is not None
        reading = r.unit.imperial if (r.unit.ambiguous and f.imperial) else r.unit.usual
        quantity.kind = reading.kind
        quantity.unit = reading.name
        quantity.assumption = reading.assumption
        if r.per:
            named = self._named_rates.get((reading.name, r.per))  # "barrels a day": bbl/d
            quantity.unit = named.name if named else f"{reading.name}/{r.per}"
            quantity.kind = named.kind if named else "other"
            return quantity
        if reading.factor is None:
            return quantity
        if reading.kind == "mass":
            quantity.kg = _times(value, reading.factor)
            if r.low is not None:
                quantity.extra["kg_low"] = _times(r.low, reading.factor)
                quantity.extra["kg_high"] = _times(r.high, reading.factor)
        elif reading.kind == "volume":  # as written; litres beside it, as kg for a mass
            quantity.litres = _times(value, reading.factor)
            if r.low is not None:
                quantity.extra["litres_low"] = _times(r.low, reading.factor)
                quantity.extra["litres_high"] = _times(r.high, reading.factor)
        return quantity

    def _currency_in_context(self, f: _TextFacts, code: str, form: str | None = None) -> str:
        """A shared symbol's currency: the one of the country the text names most often
        ("Rs" in a text about Amritsar: INR; "pesos" in Colombia: COP), else by the text's
        country words ("Rs" and "Punjab police" with no place named: PKR). A form only one
        currency writes ("US$", "Colombian pesos") is that currency's."""
        if form is not None and " ".join(form.lower().split()) not in \
                self.lex.shared_currency_forms:
            return code
        if code == _US_DOLLAR and form is not None and form.lower() in _DOLLAR_WORDS:
            marked = f.currencies.get(_OTHER_DOLLARS_KEY)
            if marked is None:  # read once per text
                marked = f.currencies[_OTHER_DOLLARS_KEY] = \
                    "y" if _OTHER_DOLLARS.search(f.text) else ""
            if marked:
                return code  # "dollars" in a text that writes its other ones "Australian dollars"
        if code == _US_DOLLAR and form is not None and form.lower() in _BARE_DOLLAR_FORMS \
                and self._wire_credit is not None:
            wire = f.currencies.get(_WIRE_KEY)
            if wire is None:  # read once per text
                wire = f.currencies[_WIRE_KEY] = "y" if self._wire_credit.search(f.low) else ""
            if wire:
                return code  # an agency's story: other dollars carry their prefix (A$, C$)
        known = f.currencies.get(code)
        if known is None:
            known = self._currency_of_country(f, code)
        if known is None:
            known = code
            for other, words in self.lex.currency_contexts.get(code, ()):
                if any(word in f.text for word in words):
                    known = other
                    break
        f.currencies[code] = known
        return known

    def _currency_of_country(self, f: _TextFacts, code: str) -> str | None:
        """Of a currency and the ones sharing its symbol or word, the one whose country
        (the code's first two letters) the text names most often (the usual one on a tie);
        None when it names none of their countries."""
        others = self.lex.currency_alternatives.get(code)
        if not others or f.countries is None:
            return None
        named = f.countries()
        if not named:
            return None
        counts = sorted(((named.get(candidate[:2], 0), candidate)
                         for candidate in (code, *others)), reverse=True)
        (most, best), (second, _other) = counts[0], counts[1]
        return best if most > second else None  # none named, or a tie: the country words

    # ------------------------------------------------------------------ linking
    def _what_of_measure(self, f: _TextFacts, q: RawQuantity,
                         mentions: Sequence[SubstanceMention]) -> str | None:
        """The substance or noun a measure is of: "8.9 t of opium", "opium (8.9 t)"."""
        text = f.text
        of = self.pats.of_after_low.match(f.low, q.end)
        if of:
            other = _OTHER.match(f.low, of.end())  # "2,000 litres of other chemicals"
            phrase = noun_phrase(text, other.end() if other else of.end(), self.lex,
                                 self.pats, after_of=True)
            if phrase is None and f.text.startswith("\n", of.end()):
                # "1.3 tonnes of\nheroin": a line broken after "of" (PDF text)
                mention = _mention_starting(mentions, of.end() + 1)
                if mention:
                    return mention.name
            if phrase is not None:
                mention = _mention_in(mentions, phrase.start, phrase.end) \
                    or self._named_after_kind(f, phrase, mentions)
                head = phrase.text.lower().rsplit(" ", 1)[-1]
                specific = mention is not None and mention.name not in self._generic_whats
                if not specific and (head in self.lex.anaphors
                                     or phrase.text.lower() in self.lex.anaphors):
                    # "3 million doses of the drug": a drug, not the precursor named last
                    drug = head in _DRUG_ANAPHORS
                    earlier = _mention_before(mentions, q.start, text, _ANAPHOR_WINDOW,
                                              self.lex.what_aliases.values(), paragraphs=True,
                                              skip_class=_PRECURSOR_CLASS if drug else None)
                    if earlier and phrase.text.lower().startswith("same "):
                        # "8,400 litres of the same substance": the one an amount was of
                        # ("19 tonnes of acetic anhydride"), not one named in passing
                        earlier = _amount_object_before(mentions, q.start, f.low,
                                                        _ANAPHOR_WINDOW) or earlier
                    if earlier:
                        return earlier.name
                if mention and q.kind == "area":  # "0.4 ha of wild hemp", not "cannabis"
                    return " ".join(text[mention.start:mention.end].lower().split())
                if mention:
                    return mention.name
                return self.lex.what_aliases.get(phrase.text.lower(), phrase.text)
        holder = self.pats.holding_after_low.match(f.low, q.end)
        if holder:  # "87 capsules with cocaine", "0.3 ha sown with cannabis"
            mention = _mention_starting(mentions, holder.end())
            if mention:
                return mention.name
        named = _NAMED_AFTER.match(f.low, q.end) if q.kind in ("mass", "volume") else None
        if named:  # "of which 41.2 tons are cocaine", "1.7 kg, which tested positive for heroin"
            mention = _mention_starting(mentions, named.end())
            if mention:
                return mention.name
        if q.kind == "length" and self.pats.determiner_before_low.search(
                f.low, max(0, q.start - 6), q.start):
            return self._sized_noun(f, q)  # "a 40-foot container", "the 24-metre trawler"
        if q.kind == "length" and _DIMENSION_AFTER.match(f.low, q.end):
            # "stopped the semi-submersible, 14 metres long", "a tunnel 40 metres long": the
            # noun just before (after an article, or set off by a comma); not "stands 1.92m"
            noun = _SIZED_NOUN_BEFORE.search(f.low, max(0, q.start - 40), q.start)
            word = noun.group("noun") if noun and (noun.group("article")
                                                   or noun.group("comma")) else ""
            if word and word not in self.lex.phrase_stops \
                    and word not in self.lex.subject_words.get("auxiliaries", ()) \
                    and not word.endswith(("ing", "ed")):
                return f.text[noun.start("noun"):noun.end("noun")]
        if q.kind == "money":
            after = _mention_starting(mentions, q.end + 1) if text[q.end: q.end + 1] == " " \
                else None
            if after is not None:  # "P1.7-M shabu seized", "a $2 million cocaine haul"
                return after.name
            sold = self.clauses.sale_what(text, f.low, q, mentions)
            if sold:  # "the pills were sold for $5 to $10 each"
                return sold
            if self._price(f, q):
                return _PRICE_WHAT  # "Rs.3,000 per kg", "$30,000 a kilo": a price
            sold = self._sold_for(f, q, mentions)
            if sold:  # "trying to sell 3 kg 200 g of heroin for USD 21,000"
                return sold
            named = self._money_noun_after(f, q)
            if named:  # "Rs 12 lakh drug money", "$40,000 cash"
                return named
            return self._money_label(f, q) or self._what_by_cue(f, q, mentions)
        if q.kind == "percent":
            return self._what_by_cue(f, q, mentions)
        if q.kind == "time":
            return None
        gap = text[q.end: q.end + 3]
        if gap[:1] in (" ", "\u00a0") and gap.strip():
            mention = _mention_starting(mentions, q.end + len(gap) - len(gap.lstrip()))
            if mention:
                return mention.name
            if q.kind in ("mass", "volume"):  # "recovered 423.55 kgs drugs worth millions"
                phrase = noun_phrase(text, q.end, self.lex, self.pats)
                generic = self.lex.what_aliases.get(" ".join(phrase.text.lower().split())) \
                    if phrase is not None and phrase.start == q.end + 1 else None
                if generic in self._generic_whats:
                    return generic
        label = _mention_ending_before(mentions, q.start, text, self.pats)
        if label:
            return label.name
        row = _row_label(mentions, q.start, text)
        if row:
            return row.name
        if q.kind in ("mass", "volume") and _total_row(mentions, q.start, f.low):
            return GENERIC_DRUGS  # "Total | 29.5 | 31.2" under rows of substances
        column = _column_header(text, q.start, q.end) if f.has_bar else None
        named = _mention_named_in(mentions, column, text) if column else None
        if named:  # "| 120 kg |" under "Crystal meth"
            return named.name
        weighed = q.kind in ("mass", "volume") and self.pats.weighing_before_low.search(
            f.low, max(0, q.start - 40), q.start)
        if weighed:
            nearest = _mention_before(mentions, q.start, text, _WEIGHING_WINDOW)
            if nearest:
                return nearest.name
        what = self._what_by_cue(f, q, mentions)
        if what is None and q.kind in ("mass", "volume"):
            # "the total quantity of drugs seized was 1,650 kg", "Seizures at the airport
            # totalled 1,234 kg": what the clause says was measured
            measured = self.clauses.measured_what(text, f.low, q, mentions)
            if measured:
                return measured
            # "a boat with 2,600 kilos was intercepted", "The pellets weighed 1.63 kilograms":
            # the substance the paragraph (a mass: or the one before) is about; a volume
            # may be a container's ("loaded in 76 barrels"), so only its own paragraph's
            nearest = _mention_before(
                mentions, q.start, text, _BARE_MASS_WINDOW, self._generic_whats,
                paragraphs=True) if q.kind == "mass" else _mention_before(
                mentions, q.start, text, _WEIGHING_WINDOW)
            if nearest:
                return nearest.name
            if q.kind == "mass" and self._drugs_in_sentence(f, q.start):
                return GENERIC_DRUGS  # "412 cases of drug smuggling weighing a total of 387 kg"
        elif what is None and q.kind == "area":
            # "opium poppy cultivation remained low. It stood at 12,800 hectares": the plant
            # its paragraph names, as written
            nearest = _mention_before(mentions, q.start, text, _WEIGHING_WINDOW,
                                      keep=self._crop_mention)
            if nearest:
                return " ".join(text[nearest.start:nearest.end].lower().split())
            return self.clauses.crop_what(text, f.low, q)  # "poppy was grown on 47,100 ha"
        elif what is None and q.kind == "count" and q.unit is not None:
            # "the MDMA could have been pressed into about 1.5 million pills"
            nearest = _mention_before(mentions, q.start, text, _PILLS_WINDOW,
                                      self._generic_whats)
            if nearest:
                return nearest.name
        return what

    def _named_after_kind(self, f: _TextFacts, phrase: NounPhrase,
                          mentions: Sequence[SubstanceMention]) -> SubstanceMention | None:
        """The substance a vague noun stands for: "of a strain of cannabis" (of_heads.jsonl),
        "of a whitish substance suspected to be cocaine"."""
        head = phrase.text.lower().rsplit(" ", 1)[-1]
        if head in self.lex.of_heads:
            of = self.pats.of_after_low.match(f.low, phrase.end)
            if of is not None:
                start = of.end()
                while f.low[start:start + 1] in (" ", "\t", "\u00a0"):
                    start += 1
                return _mention_starting(mentions, start)
        named = (self._hedged_identity.match(f.low, phrase.end)
                 if self._hedged_identity is not None else None)
        return _mention_starting(mentions, named.end()) if named is not None else None

    def _crop_mention(self, mention: SubstanceMention) -> bool:
        """Whether a substance grows on land an area may measure (crop_substances.jsonl:
        cannabis, poppy, coca), unlike "tramadol" named in the line before "7.4 hectares"."""
        return mention.substance_class in self.lex.crop_classes \
            or mention.name in self.lex.crop_names

    def _sold_for(self, f: _TextFacts, q: RawQuantity,
                  mentions: Sequence[SubstanceMention]) -> str | None:
        """The goods a sale names before "for" and the sum ("trying to sell 3 kg of heroin
        for USD 21,000", "offered to sell the cocaine for $40,000"): its one substance, or
        `drugs` for several."""
        if not f.low.endswith("for ", max(0, q.start - 4), q.start):
            return None
        sale = _SALE_FOR.search(f.low, max(0, q.start - _SALE_REACH), q.start)
        if sale is None:
            return None
        names = {m.name for m in mentions if sale.end("verb") <= m.start and m.end <= q.start}
        if len(names) > 1:
            return GENERIC_DRUGS
        return names.pop() if names else None

    @staticmethod
    def _drugs_in_sentence(f: _TextFacts, start: int) -> bool:
        """Whether the sentence before ``start`` names drugs in general ("drug seizures",
        "narcotics")."""
        reach = max(0, start - _WEIGHING_WINDOW)
        begin = max(f.low.rfind(". ", reach, start), f.low.rfind("\n", reach, start),
                    f.low.rfind("; ", reach, start))
        return _DRUG_WORD.search(f.low, begin + 1 if begin >= 0 else reach, start) is not None

    def _price(self, f: _TextFacts, q: RawQuantity) -> bool:
        """A sum per unit of goods, in its unit ("USD/kg") or just after it ("per kg")."""
        if q.unit and q.unit.partition("/")[2] in self._goods_units:
            return True
        rate = self.pats.per_word_after_low.match(f.low, q.end)
        if rate is None:
            return False
        per = rate.group("per")
        unit = self.lex.unit_words.get(per) or self.lex.unit_symbols.get(per)
        return unit is not None and unit.name in self._goods_units

    def _money_noun_after(self, f: _TextFacts, q: RawQuantity) -> str | None:
        """The money a sum is, named right after it ("Rs 12 lakh drug money recovered",
        "$40,000 cash"): the phrase, or its known name (what_aliases.jsonl)."""
        phrase = noun_phrase(f.text, q.end, self.lex, self.pats)
        if phrase is None or phrase.start != q.end + 1:
            return None
        said = " ".join(phrase.text.lower().split())
        if said.rsplit(" ", 1)[-1] not in self.lex.subject_words.get("money_nouns", ()):
            return None
        return self.lex.what_aliases.get(said, said)

    def _money_label(self, f: _TextFacts, q: RawQuantity) -> str | None:
        """A results line's label of a sum ("- Canadian currency - $18,450", "Cash: €9,000"):
        its known name (what_aliases.jsonl)."""
        line_start = f.text.rfind("\n", max(0, q.start - 60), q.start) + 1
        if not line_start:
            return None
        label = _LIST_LABEL.fullmatch(f.low, line_start, q.start)
        return self.lex.what_aliases.get(" ".join(label.group("label").split())) \
            if label else None

    def _sized_noun(self, f: _TextFacts, q: RawQuantity) -> str | None:
        """The noun a size written before it measures: "a 900-km border", "a 20-foot shipping
        container" (the adjectives kept, as the guideline's "refrigerated container")."""
        if not f.text.startswith(" ", q.end):
            return None
        phrase = noun_phrase(f.text, q.end, self.lex, self.pats, after_of=True)
        if phrase is None or not phrase.text.islower():
            return None
        return self.lex.what_aliases.get(phrase.text, phrase.text)

    def _what_by_cue(self, f: _TextFacts, q: RawQuantity,
                     mentions: Sequence[SubstanceMention]) -> str | None:
        """What the words around a quantity say it measures (what_cues.jsonl): the first
        fitting cue that links something."""
        for cue in self.cues.find(f.low, q.kind, q.start, q.end):
            what = self._what_of_cue(f, q, mentions, cue)
            if what:
                return what
        return None

    def _what_of_cue(self, f: _TextFacts, q: RawQuantity,
                     mentions: Sequence[SubstanceMention], cue: CueHit) -> str | None:
        text = f.text
        if cue.link == "fixed":
            noun = noun_before(f.low, cue.position) if cue.subject else None
            if noun is None or f.low[noun[0]:noun[1]] in self.lex.phrase_stops:
                return cue.what
            return f"{f.low[noun[0]:noun[1]]} {cue.what}"  # "yields rose by 16 %"
        if cue.link == "phrase_after":  # "€3.2 million in cash"
            phrase = noun_phrase(text, cue.position, self.lex, self.pats, after_of=True)
            first = phrase.text.split()[0].lower() if phrase is not None else ""
            if phrase is None or is_determiner(first) or first in self.lex.number_words:
                return None  # "in total", "R84 million in three incidents"
            head = phrase.text.rsplit(" ", 1)[-1]
            if head.lower() in self.lex.market_words:
                return None  # "worth Rs 2.1 billion in international market": where, not what
            mention = _mention_in(mentions, phrase.start, phrase.end)
            if mention:  # "₱12-M WORTH OF MARIJUANA" in a capitalized title too
                joined = _LIST_JOIN_AFTER.match(f.low, mention.end)
                if joined and _mention_starting(mentions, joined.end()):
                    return GENERIC_DRUGS  # "$12m in marijuana, cocaine seized"
                return mention.name
            if text[phrase.start].isupper() and not (" " in phrase.text and head.islower()):
                return None  # "in Mexico", but "in Canadian currency"
            aliases = self.lex.what_aliases
            return aliases.get(phrase.text.lower()) or aliases.get(head.lower(), phrase.text)
        if cue.link == "cue_noun":  # "unaccounted cash of ₹48 lakh", "revenue of $5bn"
            word = _FIRST_WORD.match(f.low, cue.position)
            return self.lex.what_aliases.get(word.group(), word.group()) if word else None
        if cue.link == "noun_before":  # "contraband worth 74 million rubles"
            noun = noun_before(f.low, cue.position, comma=True)
            if noun is None:
                return None
            mention = _mention_in(mentions, noun[0], noun[1]) or _mention_ending_at(
                mentions, noun[1]) or self._goods_of_unit_word(f, noun, mentions)
            if mention is None and text[noun[1]: noun[1] + 1] == ",":
                return None  # "a false bottom, valued at": only a named substance
            if mention is None and f.low[noun[0]:noun[1]] in self.lex.phrase_stops:
                return None  # "estimated to be worth"
            if mention is None and f.low[noun[0]:noun[1]] in self.lex.portion_nouns:
                # "street deals worth A$195 million", "the haul, worth": the goods named before
                mention = _mention_before(mentions, noun[0], text, _MONEY_WINDOW,
                                          self._generic_whats, paragraphs=True)
                if mention is None:
                    return None
            if mention and cue.list_what and _ends_list(mentions, mention, f.low):
                return cue.list_what  # "15 kg of cocaine and 4 kg of heroin, worth $2 million"
            word = text[noun[0]:noun[1]]
            if q.kind == "area":  # "cannabis plantations on an area of 3 ha", as written;
                if mention is not None:  # "wild hemp grows on an area of": no noun here
                    return " ".join(text[mention.start:mention.end].lower().split())
                if word.lower() in self.lex.subject_words.get("crop_verbs", ()):
                    return None
            return mention.name if mention else self.lex.what_aliases.get(word.lower(), word)
        if q.kind == "money":  # "its street value": the goods named before, maybe far
            goods = self.clauses.goods_what(text, f.low, q, mentions)
            if goods:  # "The drugs have an estimated street value of R50 million"
                return goods
            nearest = _mention_before(mentions, q.start, text, _MONEY_WINDOW,
                                      self.lex.what_aliases.values(), paragraphs=True)
            if nearest is None and cue.list_what and self._drugs_in_sentence(f, q.start):
                return cue.list_what  # "the drugs ... their value on the black market exceeds"
        else:
            nearest = _mention_before(mentions, q.start, text, _WEIGHING_WINDOW,
                                      keep=self._crop_mention if q.kind == "area" else None)
        if nearest is None:
            return None
        if q.kind == "area":  # land grows plants: "40 ha of wild hemp", not "cannabis"
            return " ".join(text[nearest.start:nearest.end].lower().split())
        if cue.list_what and _ends_list(mentions, nearest, f.low):
            return cue.list_what  # "540 kg of meth and 120 kg of cocaine ... street value of"
        return nearest.name

    def _goods_of_unit_word(self, f: _TextFacts, noun: tuple[int, int],
                            mentions: Sequence[SubstanceMention]) -> SubstanceMention | None:
        """The goods a unit or counted noun before "worth" stands for: the substance naming
        it ("36 Mandrax tablets worth", "marijuana plants worth"), else, after a unit of
        measure, the substance its sentence weighed ("cannabis weighing 2 kg 300 g worth")."""
        word = f.low[noun[0]:noun[1]]
        unit = word in self.lex.unit_words or word in self.lex.unit_symbols
        if not unit and word not in self.lex.count_heads:
            return None
        named = _mention_ending_at(mentions, noun[0] - 1)
        if named is not None and f.low[named.end:noun[0]] == " ":
            return named
        if not unit:
            return None
        sentence = max(f.low.rfind(". ", 0, noun[0]), f.low.rfind("\n", 0, noun[0]))
        nearest = _mention_before(mentions, noun[0], f.text, _WEIGHING_WINDOW)
        return nearest if nearest is not None and nearest.start > sentence else None

    def _set_whats(self, f: _TextFacts, found: list[RawQuantity]) -> None:
        """What a count of a named set counts: the noun phrase after "were" ("28 were new
        drug abusers"), else the counted noun of the count before it ("Thirty-seven people
        have been detained, nine of them organizers"). A bare count after a results line's
        label counts what the label names ("- Cases: 3,412 / 3,870", "Suspects arrested:
        7,904")."""
        for quantity in found:
            if quantity.kind == "count" and quantity.what is None and quantity.unit is None:
                quantity.what = self._line_label_what(f, quantity)
        for index, quantity in enumerate(found):
            if not quantity.of_set or quantity.what is not None:
                continue
            them = _OF_THEM.match(f.low, quantity.end)
            if them is not None:  # "1,126 suspects, 34 of them foreigners": foreigners
                phrase = noun_phrase(f.text, them.end(), self.lex, self.pats)
                # not a breakdown of several ("nine of them organizers and chemists")
                if phrase is not None and phrase.text.islower() \
                        and _looks_plural(phrase.text.rsplit(" ", 1)[-1]) \
                        and not _AND_AFTER.match(f.low, phrase.end):
                    quantity.what = self.lex.what_aliases.get(phrase.text, phrase.text)
                    continue
            fronted = _OF_THE_FRONTED.search(f.low, max(0, quantity.start - 60), quantity.start)
            if fronted is not None and _looks_plural(fronted.group("noun").rsplit(" ", 1)[-1]):
                # "Of the suspects, 48 have been charged": the set the sentence opens with
                quantity.what = self.lex.what_aliases.get(fronted.group("noun"),
                                                          fronted.group("noun"))
                continue
            verb = _PLURAL_VERB.match(f.low, quantity.end)
            if verb is not None:
                phrase = noun_phrase(f.text, verb.end(), self.lex, self.pats)
                if phrase is not None and phrase.text.islower() \
                        and _looks_plural(phrase.text.rsplit(" ", 1)[-1]):
                    quantity.what = self.lex.what_aliases.get(phrase.text, phrase.text)
                    continue
            # a count of the sentence, else the set it names ("the detainees were brought
            # before the court, which ordered detention for seven of them"), else a count of
            # the sentences before
            self._set_counted_before(f, quantity, found[:index], same_sentence=True)
            if quantity.what is None:
                # "after the smugglers opened fire, killing four of them": the people the
                # sentence named before
                named = self._set_named_before(f, quantity.start)
                if named is not None:
                    quantity.what = named
                    quantity.category = quantity.category or self.lex.count_heads.get(named)
            if quantity.what is None:
                self._set_counted_before(f, quantity, found[:index], same_sentence=False)

    @staticmethod
    def _set_counted_before(f: _TextFacts, quantity: RawQuantity, before: list[RawQuantity],
                            same_sentence: bool) -> None:
        """Give ``quantity`` the ``what`` of the nearest count before it (in its sentence)."""
        for earlier in reversed(before):
            if quantity.start - earlier.end > _SET_WINDOW or (
                    same_sentence and _SENTENCE_END.search(f.low, earlier.end, quantity.start)):
                return
            # a parallel part of the same set may precede in the sentence ("Of these, 3 412
            # were arrested for drug offences, and 418 were wanted for murder")
            if earlier.kind == "count" and earlier.what and (same_sentence
                                                             or not earlier.of_set):
                if same_sentence:
                    # "nine people ..., six Chileans and three Bolivians, five of them":
                    # a breakdown after a total; "them" is the total
                    earlier = _total_of_breakdown(f.low, before, before.index(earlier)) \
                        or earlier
                quantity.what = earlier.what
                quantity.category = quantity.category or earlier.category
                return

    def _set_named_before(self, f: _TextFacts, start: int) -> str | None:
        """The nearest plural counted noun before ``start`` in its sentence, if any."""
        window = f.low[max(0, start - _SET_WINDOW):start]
        cut = max(window.rfind(". "), window.rfind("\n"))
        for word in reversed(_WORD.findall(window, cut + 1)):
            if word in self.lex.count_heads and _looks_plural(word):
                return word
        return None

    def _line_label_what(self, f: _TextFacts, q: RawQuantity) -> str | None:
        line_start = f.text.rfind("\n", max(0, q.start - 60), q.start) + 1
        label = _RESULT_LABEL.fullmatch(f.low, line_start, q.start) if line_start else None
        if label is None:
            return None
        words = label.group("label").split()
        if words[0] in self.lex.count_heads:  # "suspects arrested": suspects
            return words[0]
        name = " ".join(words)
        return self.lex.what_aliases.get(name) or (
            name if words[-1] in self.lex.count_heads else None)

    def _share_what(self, f: _TextFacts, found: list[RawQuantity]) -> None:
        """"5 kg and 7 kg of heroin": a measure without a noun takes the next one's; "244
        million users, followed by opioids (61 million), cocaine (25 million)": a bracketed
        bare count takes the count's before it in the sentence; "15.6 grams of shabu (SDP
        P106,080)": a sum in brackets after an amount is that amount's value."""
        text = f.text
        for left, right in pairwise(found):
            if right.what is None and left.what and right.kind == left.kind == "count" \
                    and text[right.start - 1: right.start] == "(" \
                    and text[right.end: right.end + 1] == ")" \
                    and not _SENTENCE_END.search(text, left.end, right.start):
                right.what = left.what
            if right.kind == "money" and right.what is None and left.what \
                    and left.kind in ("mass", "volume", "count") \
                    and _VALUE_BRACKET.fullmatch(text, left.end, right.start):
                right.what = left.what  # "15.6 grams of shabu (SDP P106,080)": its value
        for left, right in zip(reversed(found[:-1]), reversed(found[1:]), strict=True):
            if left.what is None and right.what and left.kind == right.kind \
                    and left.kind in ("mass", "volume") \
                    and self.pats.list_join_low.match(f.low[left.end: right.start]):
                left.what = right.what


# ---------------------------------------------------------------------- helpers
_PARTICLES = frozenset(("up", "down"))  # adverbs of a phrasal verb, not a change noun
_WORD_BLANKS = frozenset(" \t\u00a0\u202f")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
_WORD_REACH = 30  # characters looked back for the word before a number


def _row_label_words(low: str, start: int) -> str:
    """The words of a "|" table row's label before the cell at ``start``, lower-cased, without
    brackets, dashes, "of which"/"including", a unit after a comma, and the participles and
    "total" that say what was done to it ("Drug crimes detected": "drug crimes", "Drugs
    seized, total (grams)": "drugs"); empty when the row has no label."""
    line_start = low.rfind("\n", 0, start) + 1
    cells = [cell.strip() for cell in low[line_start:start].split("|")]
    label = next((cell for cell in cells if cell), "")
    label = _BRACKETED.sub(" ", label).strip(" \t-–—•:")
    label = _OF_WHICH_LABEL.sub("", label).split(",")[0]
    words = [word for word in _LOWER_WORD.findall(label) if word != "total"]
    while words and words[-1].endswith("ed"):
        words.pop()  # "detected", "seized", "detained"
    return " ".join(words)


def _named_rates(lex: Lexicon) -> dict[tuple[str, str], Unit]:
    """Rates that units.jsonl names as units of their own, by their two units' names: a word
    "barrels per day" of `bbl/d` makes ("bbl", "day") read `bbl/d` also when the text writes
    "barrels a day"."""
    named: dict[tuple[str, str], Unit] = {}
    for word, unit in lex.unit_words.items():
        amount, per, base = word.partition(" per ")
        if per and amount in lex.unit_words and base in lex.unit_words:
            named.setdefault((lex.unit_words[amount].name, lex.unit_words[base].name), unit)
    return named


class _WordHit(NamedTuple):
    word: str
    at: int


def _word_before(text: str, end: int) -> _WordHit | None:
    """The word ("Resolution", "U.S.") ending one or more blanks before ``end``, within
    ``_WORD_REACH`` characters: what ``search`` of ``[A-Za-z][A-Za-z.]*[blanks]+$`` between
    ``end - 30`` and ``end`` finds, by stepping back over the characters in Python."""
    low_bound = max(0, end - _WORD_REACH)
    if end > low_bound and text[end - 1] == "\n":
        end -= 1  # ``$`` also matches before a final newline
    word_end = end
    while word_end > low_bound and text[word_end - 1] in _WORD_BLANKS:
        word_end -= 1
    if word_end == end:
        return None
    start = word_end
    while start > low_bound and text[start - 1] in _WORD_CHARS:
        start -= 1
    while start < word_end and text[start] == ".":
        start += 1  # the word starts with a letter
    if start == word_end:
        return None
    return _WordHit(text[start:word_end], start)


def _previous_word(low: str, start: int) -> tuple[str, int]:
    """The blank-separated word ending one blank before ``start`` and where it starts
    ("" if none): a C-level ``rfind`` instead of a regex search backwards."""
    end = start - 1
    if end < 1 or low[end] != " ":
        return "", start
    word_start = low.rfind(" ", max(0, end - 24), end) + 1
    if word_start == 0 and end > 24:
        return "", start
    word = low[word_start:end]
    if "\n" in word or "\t" in word or "\u00a0" in word:  # rare: other blanks inside
        cut = max(word.rfind("\n"), word.rfind("\t"), word.rfind("\u00a0")) + 1
        word, word_start = word[cut:], word_start + cut
    return word, word_start


def _squash(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _is_street(phrase: str, street_words: frozenset[str]) -> bool:
    """"Pennsylvania Avenue", "Baker St.": capitalized words ending in a street word."""
    words = phrase.split()
    return len(words) > 1 and words[-1].lower() in street_words and all(
        word[:1].isupper() for word in words)


class _BlockedLookup:
    """Whether a range overlaps any of the sorted (start, end) blocked ranges (bisect)."""

    __slots__ = ("_max_ends", "_starts")

    def __init__(self, blocked: Sequence[tuple[int, int]]) -> None:
        self._starts = [start for start, _end in blocked]
        self._max_ends: list[int] = []
        furthest = -1
        for _start, end in blocked:
            furthest = max(furthest, end)
            self._max_ends.append(furthest)

    def __call__(self, start: int, end: int) -> bool:
        index = bisect_left(self._starts, end)  # ranges starting before ``end``
        return index > 0 and self._max_ends[index - 1] > start


_FIRST_WORD = re.compile(r"[a-z]+")
_LIST_GAP = re.compile(r"[^.!?;\n]{0,80}")


def _ends_list(mentions: Sequence[SubstanceMention], last: SubstanceMention, low: str) -> bool:
    """``last`` ends a list naming another substance in the same sentence ("4 kg of cocaine
    and 2 kg of heroin")."""
    index = mentions.index(last)
    if index == 0:
        return False
    previous = mentions[index - 1]
    gap = low[previous.end:last.start]
    # not a list whose items each carry their own value ("cannabis worth N$23 000 and 36
    # Mandrax tablets worth N$5 400")
    return previous.name != last.name and bool(_LIST_GAP.fullmatch(gap)) and (
        " and " in gap or "," in gap) and _OWN_VALUE.search(gap) is None


def _total_of_breakdown(low: str, before: list[RawQuantity],
                        last: int) -> RawQuantity | None:
    """The total a list of counts ending at ``before[last]`` breaks down ("nine people were
    arrested, six Chileans and three Bolivians", "14 men, 9 Albanians, 3 Greeks and 2
    Italians"): the count just before the list's other members, set off by a comma in the
    same sentence, that is at least their sum; None when there is no such total."""
    first = last
    while first > 0 and before[first - 1].kind == "count" and before[first - 1].what \
            and _LIST_MEMBER_GAP.fullmatch(low, before[first - 1].end, before[first].start):
        first -= 1
    for total_at in (first - 1, first):
        if total_at < 0 or total_at >= last:
            continue
        total, parts = before[total_at], before[total_at + 1: last + 1]
        gap = low[total.end:parts[0].start]
        if total.kind != "count" or not total.what or total.value is None \
                or not gap.rstrip().endswith(",") or _SENTENCE_END.search(gap) \
                or len(gap) > _SET_WINDOW or any(part.value is None for part in parts):
            continue
        if sum(part.value or 0.0 for part in parts) <= total.value:
            return total
    return None


def _looks_plural(word: str) -> bool:
    """"analysts", "players", "bodies": a regular English plural (not "status", "glass")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _measured_time(r: _Reading) -> bool:
    """A time that is a measurement, not a span of the calendar: scaled by a million or more
    ("66 million years") or timed to the hundredth ("9.79 seconds")."""
    if r.scaled >= 1e6:
        return True
    point = r.raw.rfind(".")
    return r.decimals and point >= 0 and len(r.raw) - point > 2 and r.unit is not None \
        and r.unit.name in _TIMED_UNITS  # not "at about 02.00 hrs", a clock time


def _is_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2100


def _is_year_range(low: float | None, high: float | None) -> bool:
    return low is not None and high is not None and 1800 <= low < high <= 2100


def _clean(value: float | None) -> float | None:
    """Drop binary noise from scaling: 4.1 * 1e9 is 4100000000, not 4099999999.9999995."""
    if value is None:
        return None
    if type(value) is float and value.is_integer() and -1e12 < value < 1e12:
        return float(value)  # 12 digits or fewer: ".12g" would give it back unchanged
    return float(f"{value:.12g}")


def _value(r: _Reading) -> float | None:
    return None if r.low is not None else _clean(r.value)


def _qualifier(r: _Reading, qualifier: str) -> str:
    return "range" if r.low is not None else qualifier


def _times(value: float | None, ratio: float) -> float | None:
    return None if value is None else _clean(value * ratio)


def _mention_in(mentions: Sequence[SubstanceMention], start: int,
                end: int) -> SubstanceMention | None:
    index = bisect_left(mentions, start, key=_START)  # mentions are sorted by start
    if index < len(mentions) and mentions[index].start < end:
        return mentions[index]
    return None


def _mention_ending_at(mentions: Sequence[SubstanceMention], end: int) -> SubstanceMention | None:
    for mention in mentions:
        if mention.end == end:
            return mention
        if mention.start >= end:
            break
    return None


_PAIR_AFTER = re.compile(r" /[ \t]*[0-9][0-9,.]*(?=[ \t])")
_OTHER = re.compile(r"[ \t\u00a0]+other(?=[ \t\u00a0]+[a-z])")
# a substance named right after a measure: "of which 41.2 tons are cocaine", "1,790 kg, which
# tested positive for cocaine"
_NAMED_AFTER = re.compile(
    r"(?:[ \t\u00a0]+(?:are|is|was|were)|,?[ \t\u00a0]+(?:which|that)[ \t\u00a0]+tested"
    r"[ \t\u00a0]+positive[ \t\u00a0]+for)[ \t\u00a0]+")
# "- Cases: 3,412 / 3,870": a results line's label, then maybe the first figure of a pair
_RESULT_LABEL = re.compile(r"[ \t]*(?:[-*•·–][ \t]*)?(?P<label>[a-z][a-z ]{1,40}?)[ \t]*:"
                           r"[ \t]*(?:[0-9][0-9.,]*[ \t]*/[ \t]*)?")
_FROM_FIGURE_TO = re.compile(r"(?<![a-z])from[ \t]+\d[\d,.]*[ \t]+to[ \t]+$")
_SET_BEFORE = re.compile(r"(?<![a-z])(?:the|these|those|all|both|other)[ \t\u00a0]+$")
_THE_BEFORE = re.compile(r"(?<![a-z])the[ \t\u00a0]+$")
# the gap after one member of a list of counts: its noun, then a comma or "and"
_LIST_MEMBER_GAP = re.compile(r"[ \t\u00a0]+[a-z][a-z -]{0,30}?"
                              r"(?:,[ \t\u00a0]*(?:and[ \t\u00a0]+)?|[ \t\u00a0]+and[ \t\u00a0]+)")
_AND_AFTER = re.compile(r"[ \t\u00a0]+and[ \t\u00a0]")
_AND_BEFORE = re.compile(r"(?:(?<![a-z])and|,)[ \t\u00a0]+$")
_LOWER_WORD = re.compile(r"[a-z]+")
_APPOSITION_AFTER = re.compile(r"(?:[ \t\u00a0]+[a-z]+){0,2},")  # "men on board, two ..."
_OTHER_SCALE = {"°C": "°F", "°F": "°C"}  # "100 degrees (38 Celsius)": the bare one is °F
_SCALED_SYMBOL = re.compile(r"(?P<gap>[ \u00a0]?)(?P<sym>[A-Z]{1,2})(?![\w\-]|\.\w)")
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ani", "eni")  # "Ecuadorian", not "Nissan"
_PERSON_CATEGORIES = frozenset({"people", "arrests", "personnel"})
_ONE_PERSON_HEADS = frozenset({"national", "citizen", "man", "woman", "resident"})
# people counted by nationality: "two Colombian nationals", "three Brazilians", "two Dutch"
_NATIONALS_BEFORE = re.compile(
    r"\b(?:nationals|citizens)\b|\b[A-Z][a-z]+(?:ans|ese|is|ns)\b")
_FILE_NAME_BEFORE = re.compile(r"\w\.[A-Za-z][A-Za-z0-9]{1,4}[ \t]*[(\[][ \t]*$")
_COUNTER_LABEL_BEFORE = re.compile(
    r"(?:^|\|)[ \t]*(?P<label>[A-Za-z]+(?: [A-Za-z]+)?)[ \t]*:?[ \t]*$", re.MULTILINE)
_FOOTER_AFTER_PAGE_NUMBER = re.compile(r"[ \t]{5,}\S[^\n]*[A-Za-z]")
_MARKDOWN_SEPARATOR = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?")


_WORD = re.compile(r"[a-z]+")
_CALIBRE_NUMBER = re.compile(r"[ \t]+(?:\.\d{2,3}|\d{1,2}(?:\.\d{1,2})?)")  # " 9", " .30"
_CALIBRE_BEFORE = re.compile(r"(?<![a-z])(?:caliber|calibre|cal\.)[ \t]*\.?$")
_DATE_COLUMN = "\x00date column"  # the header of a column of days (compared by identity)
_FINE_BEFORE = re.compile(r"\bfines? (?:of )?(?:up to |not exceeding |of up to )?$")
_TIMED_UNITS = frozenset({"second", "minute"})  # a race or a lap timed to the hundredth
_AND_ONLY_BEFORE = re.compile(r"(?<![a-z])and[ \t]+$")
_PART_OF_THEM = re.compile(r"(?:\d|\b[a-z]+) of (?:them|whom|these)\b")
# what may follow the further part: a place, a verb, a nationality, not a plural noun of
# its own ("and two vehicles")
_NOUN_OR_UNIT_AFTER = re.compile(r"[ \t]+(?![a-z]+ed\b)(?!(?:from|in|at|to|were|are|was|is|"
                                 r"have|had|has|remain|remained|held|as|on|with)\b)[a-z]+s\b")
_LONG_WORD = re.compile(r"[A-Za-z][a-z]{3,}")
_PER_CURRENCY = re.compile(r"(?:[ \t]+\([a-z ]{1,20}\))?"  # "at 86.42 (provisional) against"
                           r"[ \t]+(?:per|to the|to one|against the)[ \t]+"
                           r"(?:(?:us|u\.s\.)[ \t]+)?(?P<w>[a-z]+)(?![a-z])")
_FOUR_DECIMALS = re.compile(r"\d{1,4}\.\d{4}")  # an exchange rate's quote: "4.4850"
_WORD_WITH_BEFORE = re.compile(r"(\S*?)[ \t]*\b([a-z]+)(?![a-z])")
_OTHER_AFTER = re.compile(r"[ \t]+(?:other(?P<s>s)?|more|further|additional)(?![a-z])")
_BRACKETED = re.compile(r"\(([^()\n]{1,60})\)")
# "(in tonnes)", "(quantities in grams)": the preposition, no inch
_IN_BEFORE_UNIT = re.compile(r"(?:^|(?<=\s))in\s+(?=[a-z])")
# A ruled line between a table's header and its rows ("-----+-----", "|---|---|", "=====")
_RULE_LINE = re.compile(r"[ \t|+:=-]*-{3}[ \t|+:=-]*")


def _table_unit_places(text: str, start: int, end: int) -> list[str]:
    """Where the unit of a number alone in a "|" table cell (not the first) may be given:
    the row's label (its first cell), then the caption line just above the table."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    cell_start = text.rfind("|", line_start, start) + 1
    cell_end = text.find("|", end, line_end)
    if cell_start == 0 or text[cell_start:start].strip() or \
            text[end:line_end if cell_end < 0 else cell_end].strip():
        return []
    label_start = line_start
    if text[line_start:start].lstrip(" \t").startswith("|"):  # "| – hashish (grams) | 24 |"
        label_start = text.find("|", line_start, start) + 1
    places = [text[label_start:text.find("|", label_start, start)]]
    above = line_start - 1
    blank = 0
    while above > 0:
        prev_start = text.rfind("\n", 0, above) + 1
        previous = text[prev_start:above]
        if "|" in previous or _RULE_LINE.fullmatch(previous):
            above = prev_start - 1
            continue
        if not previous.strip() and blank == 0:
            blank, above = 1, prev_start - 1
            continue
        places.append(previous)
        break
    return places


_SPACED_GAP = re.compile(r"\S[ \t]{2,}\S")


def _spaced_table_places(text: str, start: int, end: int) -> list[str]:
    """The row's label and the caption line above a table laid out with runs of spaces,
    when ``text[start:end]`` is a whole cell of such a row (not its first); else []."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    after = text[end:line_end]
    if (after.strip() and not after.startswith("  ")) or len(_SPACED_GAP.findall(line)) < 2:
        return []
    label = line.lstrip().split("  ", 1)[0].strip()
    if not label or not label[0].isalpha():
        return []
    above = line_start - 1
    for _ in range(30):
        if above <= 0:
            return []
        prev_start = text.rfind("\n", 0, above) + 1
        previous = text[prev_start:above]
        if not previous.strip():
            return []
        if not _SPACED_GAP.search(previous):
            return [label, previous]
        above = prev_start - 1
    return []


def _column_header(text: str, start: int, end: int) -> str | None:
    """The header of the "|" table column whose cell holds just ``text[start:end]``: the
    nearest row above without digits."""
    line_start = text.rfind("\n", 0, start) + 1
    cell_start = max(text.rfind("|", line_start, start) + 1, line_start)
    cell_end = text.find("|", end)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    cell_end = line_end if cell_end < 0 or cell_end > line_end else cell_end
    if "|" not in text[line_start:line_end] or text[cell_start:start].strip() \
            or text[end:cell_end].strip():
        return None
    column = text.count("|", line_start, start)
    above = line_start - 1
    while above > 0:
        prev_start = text.rfind("\n", 0, above) + 1
        previous = text[prev_start:above]
        if "|" not in previous:
            return None
        separator = _MARKDOWN_SEPARATOR.fullmatch(previous) is not None
        if separator and prev_start > 1:
            # "|---|---|": the markdown header is the row above, digits or not ("| 2025 (kg) |")
            header_start = text.rfind("\n", 0, prev_start - 1) + 1
            previous = text[header_start:prev_start - 1]
            if "|" not in previous:
                return None
        if separator or not any(ch.isdigit() for ch in previous):
            cells = previous.split("|")
            header = cells[column].strip() if column < len(cells) else ""
            return header or None
        above = prev_start - 1
    return None


def _mention_named_in(mentions: Sequence[SubstanceMention], header: str,
                      text: str) -> SubstanceMention | None:
    """A substance mention whose words appear in a table header ("Crystal meth")."""
    low = header.lower()
    for mention in mentions:
        surface = text[mention.start:mention.end].lower()
        if surface and surface in low:
            return mention
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


def _row_label(mentions: Sequence[SubstanceMention], start: int,
               text: str) -> SubstanceMention | None:
    """A table row ("Hashish | 2,218.4 kg | 1,905.2 kg", "Cocaine      5.6      7.2")
    labelled by its first cell."""
    line_start = text.rfind("\n", 0, start) + 1
    if "|" not in text[line_start:start] and "\t" not in text[line_start:start] \
            and "  " not in text[line_start:start].strip():
        return None
    index = bisect_left(mentions, line_start, key=_START)
    if index < len(mentions) and mentions[index].end <= start:
        first_cell = text[line_start:mentions[index].start].strip(" |\t-–—•*")
        return mentions[index] if not first_cell else None  # "| – hashish (grams) | ..."
    return None


def _total_row(mentions: Sequence[SubstanceMention], start: int, low: str) -> bool:
    """A table row labelled "Total" or "Others" under rows that name substances (the
    line before, or the one before it, starts with a mention)."""
    line_start = low.rfind("\n", 0, start) + 1
    label = _TOTAL_ROW.match(low, line_start, start)
    if label is None or label.end() > start:
        return False
    above = low.rfind("\n", 0, max(0, line_start - 1)) + 1
    above = low.rfind("\n", 0, max(0, above - 1)) + 1  # two rows up
    index = bisect_left(mentions, above, key=_START)
    return index < len(mentions) and mentions[index].start < line_start


def _amount_object_before(mentions: Sequence[SubstanceMention], start: int, low: str,
                          window: int) -> SubstanceMention | None:
    """The nearest SUBSTANCE mention before ``start`` (within ``window``) written as what an
    amount is of ("19 tonnes of acetic anhydride")."""
    for mention in reversed(mentions):
        if mention.end > start:
            continue
        if start - mention.end > window:
            return None
        if low.endswith(" of ", 0, mention.start) and low[mention.start - 5: mention.start - 4] \
                .isalnum():
            return mention
    return None


def _sentence_bounds(low: str, start: int, after: int) -> tuple[int, int]:
    """The sentence of a number at ``start`` whose reading ends at ``after``: from the last
    ". " or line end before ``start`` to the first one from ``after`` (or the text's end)."""
    left = max(low.rfind(". ", 0, start), low.rfind("\n", 0, start)) + 1
    ends = [at for at in (low.find(". ", after), low.find("\n", after)) if at >= 0]
    return left, min(ends) if ends else len(low)


def _mention_before(mentions: Sequence[SubstanceMention], start: int, text: str,
                    window: int, skip_names: Iterable[str] = (),
                    paragraphs: bool = False,
                    skip_class: str | None = None,
                    keep: Callable[[SubstanceMention], bool] | None = None,
                    ) -> SubstanceMention | None:
    """The nearest SUBSTANCE mention ending before ``start`` within ``window`` characters,
    not crossing a paragraph, skipping generic names ("drugs"), mentions of ``skip_class``
    and those ``keep`` refuses."""
    skip = set(skip_names)
    for mention in reversed(mentions):
        if mention.end > start or mention.name in skip or (
                skip_class is not None and mention.substance_class == skip_class) or (
                keep is not None and not keep(mention)):
            continue
        if start - mention.end > window or (
                not paragraphs and "\n\n" in text[mention.end:start]):
            return None
        return mention
    return None

"""Finding and normalizing quantities in plain text.

One compiled regex finds number anchors (digits, number words, "a"/"half a" before a
unit or scale); each anchor is then read outwards with short anchored matches: scale,
range, currency, unit, rate, qualifiers, then guards against dates, years, codes,
phone numbers and list markers, then the thing measured or counted.

``QuantityScanner`` holds the scan and the order of the steps; each step is a mixin of its
own module: number_reading (anchors, numbers, scales, ranges), unit_reading (units, rates,
compounds), qualifiers (bounds, sign, change), guards (numbers that are no quantity),
counts and tables (what a bare number counts), measures (normalized values, currency by
context), what_measured (what a measure is of) and text_passes (what a quantity leaves out,
read from the others of its text). A mixin derives from the mixins whose steps it calls and
declares the scanner state it reads, set here in ``QuantityScanner.__init__``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from ..word_alternation import escaped_alternation
from .clause_links import ClauseLinker
from .counts import CountReader, share_of_total_before
from .cues import WhatCues
from .guards import rate_base
from .lexicon import Lexicon, Unit
from .mentions import SubstanceMention
from .number_reading import dollar_prefixes
from .numbers import NumberStyle
from .patterns import build_patterns
from .reading import RawQuantity, Reading, measured_time
from .text_facts import BlockedLookup, TextFacts
from .text_passes import TextPasses
from .unit_reading import UnitReader
from .unnamed_whats import fill_unnamed_whats

_RESTATED = re.compile(r",?[ \t\u00a0]+or[ \t\u00a0]+")  # "up 62 cents, or 0.7%"


_FRACTION_STARTS = frozenset("/½¼¾⅓⅔⅛⅜⅝⅞")
_MILLION = 1e6  # the least scale of a count of energy "units"
_FOOT = "ft"  # "96 000 feet of cannabis": plants, when of a crop


class QuantityScanner(UnitReader, CountReader, TextPasses):
    """Finds quantities in a text; stateless apart from its lexicon and patterns."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.pats = build_patterns(lex)
        self.cues = WhatCues(lex.what_cues, lex.subject_words.get("object_ends", ()))
        self.clauses = ClauseLinker(lex, self.pats)
        self._scale_values = {form: rec.value for form, rec in lex.scales.items()}
        self._generic_whats = frozenset(lex.what_aliases.values())
        # "2.8% of GDP": a share of an economy's size, what its clause names it of
        self._ratio_bases = lex.subject_words.get("ratio_bases", frozenset())
        self._goods_units = frozenset(  # a sum per one of these is a price
            unit.name for unit in lex.unit_words.values()
            if unit.kind in ("mass", "volume", "count"))
        self._symbol_tails = frozenset(symbol[-1] for symbol in lex.currency_symbols)
        self._named_rates = _named_rates(lex)
        self._magnitude = lex.unit_words.get("magnitude")  # "a 6.8 quake"
        # words right before an exact bare level ("to settle at 75,917.40")
        self._level_links = lex.subject_words.get("level_links", frozenset())
        # the prepositions before a level a figure moved to ("rose ... to 151.20")
        self._level_prepositions = lex.subject_words.get("level_prepositions", frozenset())
        # "with Tokyo accounting for 71": a part of a total given before
        self._share_of_total_before = share_of_total_before(lex.subject_words)
        # words that make the code word after them a verb ("to top 75 million")
        self._code_verb_markers = lex.subject_words.get("code_verb_markers", frozenset())
        # symbols of several letters as a headline in capitals writes them ("KSH" for "KSh",
        # "RS" for "Rs")
        upper: dict[str, str] = {}
        for symbol, code in lex.currency_symbols.items():
            if len(symbol) >= 2 and symbol.isalpha() and not symbol.isupper() \
                    and symbol.upper() not in lex.currency_symbols:
                upper.setdefault(symbol.upper(), code)
        self._upper_symbols = upper
        self._dollar_prefixes = dollar_prefixes(lex)  # "Aus$": Australian dollars
        self._upper_symbol_before = re.compile(
            r"(?<![A-Z])(?P<s>" + escaped_alternation(upper) + r")[ \u00a0]?$") if upper else None
        # last words of the qualifiers written before a number ("more than" -> "than")
        self._qualifier_tails = tuple({p.split()[-1] for p in lex.qualifiers_before})
        # last letters of the unit names written before a number ("magnitude 5.4"), or a
        # blank or hyphen between them and the number
        self._prefix_tails = frozenset(p[-1] for p in lex.unit_prefixes) | frozenset(" -")
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
             document_style: NumberStyle | None = None,
             home_country: str | None = None,
             ) -> list[RawQuantity]:
        """All quantities in ``text``; none overlapping a ``blocked`` (start, end) range.

        ``context``, if given, is called (once, and only when the text has a number) for
        the substances and blocked ranges, so texts without numbers cost one regex pass.
        ``countries``, if given, gives how often the text names each country (ISO2), read
        only for a currency symbol or word several countries use ("Rs", "$", "pesos").
        ``document_style``, if given, is the separator habits of the whole document the text
        is an item of (:func:`~.numbers.document_style`), for a text without its own.
        ``home_country``, if given, is the country the text is about (ISO2), read
        first for such a symbol or word ("FCFA" in Cameroon: XAF; "$ 186.500" in Uruguay).
        """
        facts = TextFacts(text, self.pats, document_style)
        facts.countries = countries
        facts.home_country = home_country
        anchors = self._anchors(facts)
        if not anchors:
            return []
        if context is not None:
            substances, blocked = context()
        mentions = sorted(substances, key=lambda m: m.start)
        blocked = sorted(blocked)
        inside_blocked = BlockedLookup(blocked)
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
                    kind != "digits" and (self._in_idiom(facts, quantity)
                                          or self._lone_one(facts, quantity))) or (
                    kind == "digits" and (self._page_chrome(facts, quantity)
                                          or self._calibre(facts, quantity))) or (
                    quantity.kind == "money" and self._penalty(facts, quantity)) or (
                    quantity.kind == "count" and (self._margin(facts, quantity)
                                                  or self._unnamed_source(facts, quantity))) or \
                    rate_base(facts, quantity):
                continue
            found.append(quantity)
            consumed = max(stop, quantity.end)
        if len(found) > 1:
            found = self._drop_repeated_sets(facts, found)
            found = self._drop_spelled_restatements(facts, found)
        self._share_what(facts, found)
        found = self._shares_over_places(facts, found)
        self._elided_units(facts, found)
        self._elided_measures(facts, found)
        self._fraction_points(facts, found)
        self._temperatures(facts, found)
        self._index_levels(facts, found)
        self._index_percent_levels(facts, found)
        self._converted_degrees(facts, found)
        self._glued_scales(facts, found)
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
        fill_unnamed_whats(text, found, self.lex)
        self.clauses.link_clause_subjects(text, facts.low, found, mentions)
        return found


    def _read(self, f: TextFacts, kind: str, start: int, end: int,
              mentions: Sequence[SubstanceMention]) -> tuple[RawQuantity | None, int]:
        after = f.text[end: end + 1]
        fraction = self._fraction(f, start, end) if kind == "digits" and (
            after in _FRACTION_STARTS or (after == " " and f.text[end + 1: end + 2].isdigit())
        ) else None
        if fraction is not None:
            reading: Reading | None = fraction
        elif kind == "digits" and self._date_part(f, start, end):
            return None, end
        else:
            reading = self._number(f, kind, start, end)
        if reading is None:
            return None, end
        self._words_gloss(f, reading)
        if kind == "words":
            named = self.pats.unit_word_low.match(f.low, start)
            if named is not None and named.end() > end:
                return None, named.end()  # "per forty-foot equivalent unit": a unit's name
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
        number_end = reading.pos
        self._unit(f, reading)
        if reading.unit is not None and reading.unit.name == _FOOT and reading.low is None \
                and self._plant_feet(f, reading):
            reading.unit, reading.pos = None, number_end
        self._unit_gloss(f, reading)
        if reading.unit is None and reading.currency is None and reading.scaled >= _MILLION:
            self._energy_units(f, reading)
        if reading.unit is None and reading.currency is None and kind == "digits":
            self._unit_before(f, reading)
            if reading.unit is None and self.lex.unit_symbol_currencies:
                self._unit_symbol_currency_before(f, reading)
            if reading.unit is None and reading.currency is None:
                self._label_unit(f, reading)
            if reading.unit is None and reading.decimals and self.lex.quake_words:
                self._quake_magnitude(f, reading)
        if reading.low is None and (reading.unit is not None or reading.currency is not None):
            self._range_after_unit(f, reading)
        if reading.unit is not None and reading.low is None and not reading.per:
            self._compound(f, reading)
        if reading.number_kind in ("article", "half") and not self._article_ok(f, reading):
            return None, end
        if reading.number_kind == "words" and reading.value == 1 and reading.low is None \
                and reading.unit is not None and reading.unit.kind in ("mass", "volume") \
                and self._one_priced_unit(f, reading):
            return None, reading.pos
        self._qualifier_before(f, reading)
        if reading.unit is None and reading.currency is None and reading.inherit_at is not None:
            self._inherit_unit(f, reading)
        header = None
        if reading.unit is None and reading.currency is None and f.bar_on_line(reading.start):
            header = self._table_header(f, reading, mentions)
        elif reading.unit is None and reading.currency is None and kind == "digits" and \
                f.text.startswith("  ", reading.start - 2):
            header = self._spaced_table_unit(f, reading)
        if reading.unit is None and reading.currency is None:
            if header:
                return self._table_count(f, reading, header, mentions)
            if reading.low is None and self._modified_duration(f, reading):
                return None, reading.pos
            return self._count(f, reading, mentions)
        if header and reading.unit is not None:
            found, end = self._table_count(f, reading, header, mentions)
            if found is not None:
                self._sign(f, reading, found)  # "| +4.4 |" under "change, %"
            return found, end
        if self._reference_number(f, reading):
            return None, reading.pos
        if reading.unit is not None and not reading.unit.usual.standalone and not reading.per \
                and not measured_time(reading):
            return None, reading.pos  # "a five-day course", "eight years in prison"
        quantity = self._measure(reading, f)
        self._sign(f, reading, quantity)
        self._qualifier_after(f, quantity)
        what = self._what_of_measure(f, quantity, mentions)
        if what is not None and quantity.kind == "percent" and what.lower() in self._ratio_bases:
            # "a primary surplus target of 0.25% of GDP": the noun the share is of names it
            what = self._noun_before_of(f, quantity) or what
        quantity.what = what or self._noun_before_of(f, quantity) \
            or self._estimated_at(f, quantity)
        return quantity, quantity.end


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



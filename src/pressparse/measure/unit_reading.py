"""Unit reading: the unit, currency or rate written after (or before) a number, and compound
units."""

from __future__ import annotations

import re

from .lexicon import Lexicon, Unit, currency_head
from .measures import MeasureBuilder
from .number_reading import NumberReader
from .patterns import Patterns
from .qualifiers import QualifierReader
from .reading import FRACTION_KINDS, Reading, clean_value
from .tables import LOWER_WORD
from .text_facts import TextFacts
from .words import SENTENCE_END, sentence_tail, word_before

_LABEL_REACH = 50  # how long a list line's label before its colon may be
_LABEL_WORDS = 6  # how many words it may have
_OF_A = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+an?(?=[ \t\u00a0])")
_ORDINAL_UNIT = "second"  # a unit word that is also an ordinal ("three second places")
_ENERGY_UNIT = "kWh"  # what "units" of electricity are
_SYMBOL_GLOSS = re.compile(r"[ \u00a0]*\((?P<sym>[A-Za-z]{1,5})\)")  # "million units (MU)"
_SCALED_SYMBOL = re.compile(r"(?P<gap>[ \u00a0]?)(?P<sym>[A-Z]{1,2})(?![\w\-]|\.\w)")
_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Za-z]{1,4})[ \u00a0]?$")  # "KM " before a sum


def names_other_than_dollar(lex: Lexicon, match: re.Match[str]) -> bool:
    """Whether a currency named after an amount is a whole unit other than a dollar: "pesos"
    after "$" decide, "dollars" and "cents" leave the sign's reading."""
    word = match.group(0).strip().lower()
    return lex.currency_factors.get(word) is None and currency_head(word) != "dollar"


def _sentence_bounds(low: str, start: int, after: int) -> tuple[int, int]:
    """The sentence of a number at ``start`` whose reading ends at ``after``: from the last
    ". " or line end before ``start`` to the first one from ``after`` (or the text's end)."""
    left = max(low.rfind(". ", 0, start), low.rfind("\n", 0, start)) + 1
    ends = [at for at in (low.find(". ", after), low.find("\n", after)) if at >= 0]
    return left, min(ends) if ends else len(low)


class UnitReader(NumberReader, QualifierReader, MeasureBuilder):
    """Reads the unit of a number."""

    lex: Lexicon
    pats: Patterns
    _magnitude: Unit | None
    _named_rates: dict[tuple[str, str], Unit]
    _prefix_tails: frozenset[str]

    def _range_after_unit(self, f: TextFacts, r: Reading) -> None:
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
            if not self._same_currency(currency.group(), r.currency):
                return
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
        r.low, r.high = clean_value(r.value), clean_value(other.value)
        r.per = r.per or other.per
        r.pos = other.pos
        if opener_word == "between" and opener is not None:
            r.opener = "between"
            r.span_start = opener.start("o")

    def _unit_gloss(self, f: TextFacts, r: Reading) -> None:
        """A unit written out, then its own symbol in brackets ("3.82 million compensated
        gross tons (CGT)", "40 million British thermal units (BTU)"): the symbol is in the
        span."""
        if r.unit is None or not f.text.startswith(("(", " (", "\u00a0("), r.pos):
            return
        gloss = _SYMBOL_GLOSS.match(f.text, r.pos)
        if gloss is not None and getattr(self.lex.unit_symbols.get(gloss.group("sym")),
                                         "name", None) == r.unit.name:
            r.pos = gloss.end()

    def _energy_units(self, f: TextFacts, r: Reading) -> None:
        """"12,418 million units (MU)", "about 158 billion units": a scaled count of "units"
        (subject_words role energy_units) in a sentence naming electricity, power or energy
        (role energy_words) is kilowatt-hours, as the Indian press writes them; a bracketed
        symbol of the same unit after it ("(MU)") is in the span."""
        word = self.pats.word_after_low.match(f.low, r.pos)
        kwh = self.lex.unit_symbols.get(_ENERGY_UNIT)
        if word is None or kwh is None \
                or word.group("w") not in self.lex.subject_words.get("energy_units", ()):
            return
        left, right = _sentence_bounds(f.low, r.start, word.end())
        energy = self.lex.subject_words.get("energy_words", frozenset())
        if not any(w in energy for w in LOWER_WORD.findall(f.low, left, right)):
            return
        r.unit = kwh
        r.pos = word.end()
        gloss = _SYMBOL_GLOSS.match(f.text, r.pos)
        if gloss is not None and getattr(self.lex.unit_symbols.get(gloss.group("sym")),
                                         "name", None) == _ENERGY_UNIT:
            r.pos = gloss.end()

    def _compound(self, f: TextFacts, r: Reading) -> None:
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
        r.value = clean_value(r.value + other.value * ratio) or 0.0
        r.decimals = True
        r.pos = other.pos

    def _inherit_unit(self, f: TextFacts, r: Reading) -> None:
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

    def _unit(self, f: TextFacts, r: Reading) -> None:
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
                currency = None if unit or symbol in self.lex.scaled_currency_symbols else (
                    self.lex.currency_symbols.get(symbol)
                    or self.lex.glued_currency_symbols.get(symbol))  # not "the 5K race"
                if symbol in self.lex.unit_symbol_currencies and r.currency is None \
                        and (r.scaled != 1.0 or not r.raw.isdigit()) \
                        and self._home_currency(f, self.lex.unit_symbol_currencies[symbol]):
                    # "18.350 KM and 2.400 euros" in Bosnia: convertible marks (a sum with
                    # separators or a scale; "12 KM from Tuzla" stays a distance)
                    unit, currency = None, self.lex.unit_symbol_currencies[symbol]
        if unit is None and currency is None and r.number_kind == "digits" and (
                r.scaled != 1.0 or not r.raw.isdigit()):
            # "20 mln T": tonnes after a scale; "buys 420,000 T of wheat": after a grouped
            # figure, before "of" and the goods
            scaled = _SCALED_SYMBOL.match(f.text, r.pos)
            if scaled is not None and scaled.group("sym") in self.lex.scaled_symbols and (
                    r.scaled != 1.0 or (not r.decimals and f.low.startswith(" of ", scaled.end()))):
                match, unit = scaled, self.lex.scaled_symbols[scaled.group("sym")]
        if match is None or (unit is None and currency is None):
            if r.currency:
                self._rate(f, r)
            return
        hyphen = "-" in match.group("gap")
        if currency is not None:
            if hyphen and r.scaled == 1.0:
                return  # "a 5-dollar", but "a 1.2bn-euro contract"
            if r.currency is None or (r.currency_form == "$"
                                      and names_other_than_dollar(self.lex, match)):
                # "$64,500 pesos": the bare dollar sign of a peso country; the name decides
                r.currency = currency
                r.currency_form = match.group(0).strip().lstrip("-‐").strip()
            ratio = self.lex.currency_factors.get(match.group(0).strip().lower()) \
                if word_match is match else self.lex.minor_symbol_factors.get(match.group("sym"))
            if ratio is not None:  # "98 cents", "7.2p"
                written = match.group("word") if word_match is match else match.group("sym")
                r.written = (clean_value(r.value) or 0.0, " ".join(written.split()))
                r.value *= ratio
                r.low = clean_value(r.low * ratio) if r.low is not None else None
                r.high = clean_value(r.high * ratio) if r.high is not None else None
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
        if unit.name in self.lex.container_units:
            after = self.pats.word_after_low.match(f.low, match.end())
            if after is not None and after.group("w") in self.lex.subject_words.get(
                    "container_contents", ()):
                return  # "104 barrels with the precursor": vessels whose contents follow
        r.unit = unit
        r.pos = match.end()
        if unit.usual.scale != 1.0:  # "1.1 mb/d": the million the abbreviation carries
            scale = unit.usual.scale
            r.value *= scale
            r.low = clean_value(r.low * scale) if r.low is not None else None
            r.high = clean_value(r.high * scale) if r.high is not None else None
            r.scaled *= scale
        self._and_half(f, r)
        self._rate(f, r)

    def _plural_after(self, f: TextFacts, end: int) -> bool:
        """A lower-case regular plural noun right after ``end`` ("places", "homes")."""
        after = self.pats.word_after_low.match(f.low, end)
        if after is None or not f.text[after.start("w")].islower():
            return False
        word = after.group("w")
        return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) \
            and word not in self.lex.phrase_stops and word not in self.lex.unit_words

    def _spaced_symbol_ok(self, f: TextFacts, r: Reading, match: re.Match[str]) -> bool:
        """A symbol read only glued ("38C") after one blank, as some styles write it ("below
        2 C in June"), when its sentence holds one of its words (spaced_symbols.jsonl)."""
        words = self.lex.spaced_symbols.get(match.group("sym"))
        tail = f.text[match.end():match.end() + 2]
        if not words or match.group("gap") != " " or (tail[:1] == "." and tail[1:].isalpha()):
            return False  # "2 C.E.", "Unit 2 C.J.": an abbreviation ("2 C." ends a sentence)
        left, right = _sentence_bounds(f.low, r.start, match.end())
        return any(word in words for word in LOWER_WORD.findall(
            f.low, max(left, r.start - 300), min(right, r.start + 300)))

    def _symbol_sense(self, f: TextFacts, r: Reading, symbol: str) -> Unit | None:
        """The other unit a symbol names when its sentence holds one of its words ("a 3nm
        chip": the nanometre; "12 nm off the coast" stays the nautical mile)."""
        other, words = self.lex.symbol_senses[symbol]
        left, right = _sentence_bounds(f.low, r.start, r.pos)
        if right - left > 400:
            left, right = max(left, r.start - 200), min(right, r.pos + 200)
        return other if any(word in words for word in LOWER_WORD.findall(f.low, left, right)) \
            else None

    def _quake_magnitude(self, f: TextFacts, r: Reading) -> None:
        """A bare decimal that is an earthquake's magnitude: before a quake word ("a 6.8
        quake") or after "measured"/"measuring" in a sentence that names a quake first ("The
        quake measured 6.8"); quake_words.jsonl."""
        if r.low is not None or r.scaled != 1.0 or not 1.0 <= r.value < 10.0:
            return
        after = self.pats.word_after_low.match(f.low, r.pos)
        if after is None or after.group("w") not in self.lex.quake_words:
            before = word_before(f.text, r.start)
            if before is None or before.word.lower() not in ("measured", "measuring"):
                return
            sentence = sentence_tail(f.low, max(0, r.start - 120), before.at)
            if not any(word in self.lex.quake_words for word in LOWER_WORD.findall(sentence)):
                return
        r.unit = self._magnitude

    def _unit_before(self, f: TextFacts, r: Reading) -> None:
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

    def _unit_symbol_currency_before(self, f: TextFacts, r: Reading) -> None:
        """A unit's symbol a currency's press writes before a sum ("KM 9.81 billion" in a
        text about Bosnia: convertible marks; currencies.jsonl unit_symbols), with a scale
        or a thousands separator ("KM 12", "KM 1.5" stay a road's kilometres)."""
        if r.scaled == 1.0 and (r.raw.isdigit() or r.decimals):
            return
        match = _WORD_BEFORE.search(f.text, max(0, r.start - 6), r.start)
        code = self.lex.unit_symbol_currencies.get(match.group(1)) if match else None
        if code is None or not self._home_currency(f, code):
            return
        r.currency, r.currency_form, r.currency_start = code, match.group(1), match.start(1)

    def _label_unit(self, f: TextFacts, r: Reading) -> None:
        """A list line's short label naming a counting unit before a colon ("• tablets of
        various kinds: 412 060", "Ecstasy tablets: 12,400"): the figure counts that unit."""
        colon = r.start - 1
        while colon > 0 and f.text[colon] in " \t\u00a0":
            colon -= 1
        if colon < 1 or f.text[colon] != ":" or colon == r.start - 1:
            return
        line_start = f.text.rfind("\n", 0, colon) + 1
        if colon - line_start > _LABEL_REACH:
            return
        words = LOWER_WORD.findall(f.low, line_start, colon)
        if not words or len(words) > _LABEL_WORDS:
            return
        for word in words:
            if word == "of":
                break  # "tablets of various kinds": the head comes before "of"
            unit = self.lex.unit_words.get(word)
            if unit is not None and unit.kind == "count":
                r.unit = unit
                return

    def _pounds_are_money(self, f: TextFacts, r: Reading, end: int) -> bool:
        """Pounds sterling, not of weight: after a "£" sum or as a scaled sum, or a price per
        unit of mass or volume ("London cocoa rose to 6,118 pounds a ton": a weight per
        weight is no measure one quotes)."""
        if r.currency == "GBP":
            return True
        if self.pats.of_after_low.match(f.low, end):
            return False
        rate = self.pats.rate_low.match(f.low, end)
        if rate is not None:
            per = self.lex.unit_words.get(rate.group("per"))
            if per is not None and per.kind in ("mass", "volume") and per.name != "lb":
                return True
        return r.scaled >= 1e6 or "£" in f.text

    def _rate(self, f: TextFacts, r: Reading) -> None:
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

    def _rate_unit(self, r: Reading, per: Unit) -> bool:
        """Whether an amount and the unit after "per"/"a" make one unit: a rate units.jsonl
        names ("barrels a day": bbl/d, "kilometres an hour": km/h) or a concentration or
        dose ("180 micrograms per cubic metre", "5 mg per kilogram"). A sum, count or mass
        per time, per share or per unit of goods is the amount alone, the rest being what it
        is of (news-wire and press-release gold: "$70.50" a barrel, "up to 50 kg" per week)."""
        if r.currency is not None or r.unit is None:
            return False
        return (r.unit.name, per.name) in self._named_rates or (
            r.unit.kind == "mass" and per.kind in ("volume", "mass"))

    def _article_ok(self, f: TextFacts, r: Reading) -> bool:
        """"a"/"half a" count only before a scale word or a mass/volume unit in context."""
        if r.scaled != 1.0:
            return True
        if r.number_kind == "half" and r.unit is not None and r.unit.kind in FRACTION_KINDS:
            return True  # "half a percentage point", "a quarter mile"
        if r.unit is None or r.unit.kind not in ("mass", "volume"):
            return False
        if r.number_kind == "half" or r.value != 1.0:
            return True
        return bool(self.pats.of_after_low.match(f.low, r.pos)) and not self._priced_unit(f, r)

    def _priced_unit(self, f: TextFacts, r: Reading) -> bool:
        """"a litre" or "a barrel" as the unit of goods a price is given for, or a unit
        traded ("the price of a litre of petrol", "a barrel of Brent costs $80", "sold a kilo
        of the drug"): one unit named, no amount measured (gold never marks them)."""
        if self.pats.unit_priced_before_low is not None and self.pats.unit_priced_before_low.search(
                f.low, max(0, r.span_start - 24), r.span_start):
            return True
        if self.pats.unit_changed_after is not None \
                and self.pats.unit_changed_after.match(f.text, r.pos):
            return True  # "A barrel of Brent rose 62 cents, or 0.8%, to $75.12"
        end = SENTENCE_END.search(f.low, r.pos, r.pos + 80)
        return self.pats.unit_price_after_low is not None and self.pats.unit_price_after_low.search(
            f.low, r.pos, end.start() if end else r.pos + 80) is not None

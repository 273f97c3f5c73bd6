"""Number reading: the anchors of a text and the number each one writes (digits, words,
fractions, scales, ranges, a currency symbol before it)."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .numbers import parse_digits, parse_words
from .patterns import Patterns
from .phrases import noun_phrase
from .qualifiers import QualifierReader
from .reading import FRACTION_KINDS, Reading, clean_value, is_year, looks_plural
from .text_facts import TextFacts
from .words import HEADLINE_LENGTH, SENTENCE_END, previous_word

_WORD_SPLIT = re.compile(r"[\s\-]+")
_PHONE_CHARS = frozenset("0123456789 ()+-.\u00a0")
_LOWER_WORD_BEFORE = re.compile(r"(?<![a-z])[a-z]+$")  # the word ending a text slice
_BLANKS_AT = re.compile(r"[ \t\u00a0]+")
BILLION = 1e9  # the least scale whose dot-grouped figure ("1.262 billion") is read as a decimal
_PLUS_AT = re.compile(r"(?:plus[ \t\u00a0]+|\+)(?=\d)")
_MINUS_BEFORE = re.compile(r"(?:(?<![a-z])minus[ \t\u00a0]+|(?<=[ (])[-−–])$")
_TICK_FRACTION = re.compile(r"-([1-7])/([248])(?![\d/])")  # "$4.45-1/4", "12-3/4 cents"
_ARTICLE_TAILS = frozenset("anr-")  # last characters of "a", "an", "quarter", "half -"
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375,
           "⅝": 0.625, "⅞": 0.875}
_FRACTION = re.compile(r"(?:(?P<whole>\d{1,3})(?:[ \u00a0-](?=\d+/))?)?(?:(?P<num>\d{1,2})/"
                       r"(?P<den>\d{1,2})(?![\d/])|(?P<vulgar>[½¼¾⅓⅔⅛⅜⅝⅞]))")
_FRACTION_ANCHORS = {"half": 0.5, "quarter": 0.25, "three_quarters": 0.75}
_THOUSAND = 1e3  # "50K followers": a glued thousands scale counts a plural noun
# the next part of a number written in parts ("2 million 146 thousand 380")
# the blank (and "and") before the next part of a number written out in words
# a number's value written again in words in brackets right after its digits, as legal and
# official English does ("3 (three) drug peddlers", "45 (forty five) officers")
_WORDS_GLOSS = re.compile(r"[ \t\u00a0]*\(([a-z][a-z \t-]*[a-z])\)", re.IGNORECASE)
_PART_GAP = re.compile(r"[ \u00a0]+(?:and[ \u00a0]+)?(?=[a-z])")
_NEXT_PART = re.compile(r"[ \u00a0](\d{1,3})(?![\d.,'’/:\-]|[ \u00a0]\d)")


class NumberReader(QualifierReader):
    """Reads the numbers of a text."""

    lex: Lexicon
    pats: Patterns
    _connectors: dict[str | None, frozenset[str]]
    _scale_values: dict[str, float]
    _symbol_tails: frozenset[str]
    _upper_symbol_before: re.Pattern[str] | None
    _upper_symbols: dict[str, str]
    _dollar_prefixes: dict[str, tuple[str, ...]]

    def _anchors(self, facts: TextFacts) -> list[tuple[str, int, int]]:
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

    def _number(self, f: TextFacts, kind: str, start: int, end: int) -> Reading | None:
        if kind == "digits":
            raw = f.text[start:end]
            number = parse_digits(raw, f.style)
            tick = _TICK_FRACTION.match(f.text, end) if f.text.startswith("-", end) else None
            if tick is not None and number.alternative is None:
                # "3-1/2 inches"; a grain price's fraction of its last digit: "$4.45-1/4 a
                # bushel" is $4.4525, "12-3/4 cents" 12.75 cents
                places = len(raw) - raw.rfind(".") - 1 if "." in raw else 0
                value = number.value + int(tick.group(1)) / int(tick.group(2)) / 10 ** places
                return Reading(start, tick.end(), clean_value(value) or 0.0, "digits",
                                raw=f.text[start:tick.end()], decimals=True, span_start=start)
            return Reading(start, end, number.value, "digits", raw=raw,
                            decimals=number.decimals, alternative=number.alternative,
                            span_start=start)
        if kind == "words":
            raw = f.low[start:end]
            value = parse_words(_WORD_SPLIT.split(raw), self.lex.number_words,
                                self._scale_values)
            if value is None:
                return None
            return Reading(start, end, value, "words", raw=raw, span_start=start)
        if kind == "article":
            return Reading(start, end, 1.0, "article", span_start=start)
        # "half a", "a quarter of a", "three quarters of a": read like "half a"
        return Reading(start, end, _FRACTION_ANCHORS[kind], "half", span_start=start)

    def _words_gloss(self, f: TextFacts, r: Reading) -> None:
        """Take into the number its value written again in words in brackets ("3 (three)",
        "45 (forty five)"): one number, its span both forms; a gloss of another value, or
        of no number, is left out."""
        if r.number_kind != "digits" or r.decimals:
            return
        gloss = _WORDS_GLOSS.match(f.text, r.pos)
        if gloss is None:
            return
        value = parse_words(_WORD_SPLIT.split(gloss.group(1).lower()), self.lex.number_words,
                            self._scale_values)
        if value is not None and value == r.value:
            r.pos = gloss.end()
            r.raw = f.text[r.start:r.pos]

    def _fraction(self, f: TextFacts, start: int, end: int) -> Reading | None:
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
        if unit is None or unit.kind not in FRACTION_KINDS:
            return None
        return Reading(start, match.end(), value, "digits", raw=match.group(), decimals=True,
                        span_start=start)

    def _date_part(self, f: TextFacts, start: int, end: int) -> bool:
        """Quick rejects before any reading: "17 June", a bare year (no unit, no currency)."""
        if self.pats.month_after.match(f.text, end):
            return not self._symbol_before(f, start)
        if end - start == 4 and is_year(f.text[start:end]):
            return not (self._symbol_before(f, start) or self.pats.unit_word_low.match(f.low, end)
                        or self.pats.unit_symbol.match(f.text, end))
        return False

    def _symbol_before(self, f: TextFacts, start: int) -> bool:
        """A currency symbol may end right before ``start`` (maybe one blank between)."""
        return f.text[max(0, start - 2):start].rstrip()[-1:] in self._symbol_tails

    def _digit_context_rejects(self, f: TextFacts, r: Reading) -> bool:
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

    def _scale_follows(self, low: str, pos: int) -> bool:
        """A scale word follows ``pos``, maybe after a hyphen ("R50 million", "P38-M")."""
        if self.pats.scale_low.match(low, pos):
            return True
        glued = self.pats.scale_low.match(low, pos + 1) if low.startswith("-", pos) else None
        return glued is not None and not glued.group("gap")

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
        if chunk.endswith("("):  # "Ar 1 680 000 000 (one billion ...)": a bracket opens
            chunk = chunk[:-1].rstrip()  # a gloss after the figure, no area code
        if sum(ch.isdigit() for ch in chunk) < 7:
            return False
        return chunk.startswith("+") or "(" in chunk or chunk.count("-") >= 2

    def _currency_before(self, f: TextFacts, r: Reading) -> None:
        """Sets the currency whose symbol or code stands right before the digits ("$5",
        "EUR 12")."""
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
        if before.islower() and self._currency_name_before(f, r):
            return
        if before not in self._symbol_tails:
            return  # no currency symbol can end right before the number
        match = self.pats.currency_before.search(f.text, max(0, r.start - 8), r.start)
        if match:
            symbol = match.group(0).strip(" \t\u00a0\u202f")
            if ((len(symbol) == 1 and symbol.isalpha())
                    or symbol in self.lex.scaled_currency_symbols) \
                    and r.raw.isdigit() and not self._scale_follows(f.low, r.pos):
                return  # "R2.7 million", "R1,500", "R50-million" are rand; "R2", "R21 road"
                # are names
            r.currency = self.lex.currency_symbols.get(symbol)
            r.currency_form = symbol
            r.currency_start = match.start()
            r.currency_blank = f.text[r.start - 1] in " \u00a0\u202f"
            if symbol == "$" and match.start() and f.text[match.start() - 1].isalpha():
                self._prefixed_dollar(f, r)

    def _prefixed_dollar(self, f: TextFacts, r: Reading) -> None:
        """A "$" after letters no symbol lists ("Aus$6.4 billion", "Jam$5,000"): the dollar
        whose country's name or code the letters begin ("Aus": Australian dollars), the
        text's home country's when several or none do; else the "$" as read."""
        end = r.currency_start
        start = end
        while start > 0 and end - start < 6 and f.text[start - 1].isalpha():
            start -= 1
        if start and (f.text[start - 1].isalnum() or end - start >= 6):
            return  # a word, not a prefix
        codes = self._dollar_prefixes.get(f.text[start:end].lower(), ())
        if len(codes) != 1:
            home = f.home_country
            codes = tuple(code for code in (codes or self._dollar_prefixes[""])
                          if home and home in (self.lex.currency_countries.get(code)
                                               or (code[:2],)))
        if len(codes) == 1:
            r.currency, r.currency_form, r.currency_start = codes[0], f.text[start:end + 1], start

    def _currency_name_before(self, f: TextFacts, r: Reading) -> bool:
        """A currency named in words with its country right before a large or scaled amount
        ("Uganda shillings 3.5 billion", "US dollars 12,000"), as some African and Asian
        publishers write it; not a bare "dollars 20", which may end a phrase before a count."""
        if r.value < 1000 and not self.pats.scale_low.match(f.low, r.pos):
            return False
        match = self.pats.currency_name_before_low.search(f.low, max(0, r.start - 30),
                                                          r.start)
        if match is None:
            return False
        before = previous_word(f.low, match.start("name"))[0]
        if before[-1:].isdigit() or before in self.lex.scales:
            return False  # "10 million US dollars 20 years ago": the name ends an amount
        name = " ".join(match.group("name").split())
        r.currency = self.lex.currency_words.get(name)
        r.currency_form = name
        r.currency_start = match.start("name")
        return r.currency is not None

    def _and_half(self, f: TextFacts, r: Reading) -> None:
        """Adds "and a half" after the number ("two and a half tonnes": 2.5)."""
        if f.low[r.pos: r.pos + 1] not in (" ", "\u00a0"):
            return
        match = self.pats.and_half_low.match(f.low, r.pos)
        if match and r.number_kind in ("digits", "words", "article"):
            r.value += 0.5
            r.decimals = True
            r.pos = match.end()

    def _scales(self, f: TextFacts, r: Reading) -> None:
        """Multiplies the number by the scale words after it ("5 million", "$1.2bn", "P1.7-M")."""
        last: float | None = None  # the value of the last scale word read
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
                if last is not None and r.number_kind == "digits" and not r.decimals:
                    self._scaled_parts(f, r, last)
                elif last is not None and r.number_kind == "words":
                    self._scaled_word_parts(f, r, last)
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
                    and (not f.style.dot_groups or record.value >= BILLION):
                # "1.500 million" is 1.5 million, but "$2.100 millones" in a text that
                # writes "$23.450.000" is 2,100 million; "₱1.899 billion", read as a
                # decimal already, stays 1.899 billion; "R$ 1.262 billion" is one too in a
                # text that groups with dots (a thousand billions is written as trillions)
                if not r.decimals:
                    r.value = r.alternative * record.value
                r.alternative = None
            r.scaled *= record.value
            r.pos = match.end()
            if record.abbreviations and f.text.startswith(".", r.pos) \
                    and match.group("scale") in record.abbreviations \
                    and self._sentence_goes_on(f, r.pos + 1):
                r.pos += 1  # "to Recall 1.02 Mil. Vehicles": the abbreviation's dot
            last = record.value

    @staticmethod
    def _sentence_goes_on(f: TextFacts, at: int) -> bool:
        """After a dot at ``at - 1``, the sentence goes on: a blank, then a lower-case word,
        or a capitalized one on a headline (a short line with no other full stop)."""
        gap = _BLANKS_AT.match(f.text, at)
        if gap is None:
            return False
        first = f.text[gap.end(): gap.end() + 1]
        if first.islower():
            return True
        if not first.isupper():
            return False
        start = f.text.rfind("\n", 0, at) + 1
        end = f.text.find("\n", at)
        line = f.text[start:end if end >= 0 else len(f.text)].rstrip()
        return len(line) <= HEADLINE_LENGTH and not line.endswith(".") \
            and line.find(". ", 0, at - 1 - start) < 0 and line.find(". ", at - start) < 0

    def _scaled_parts(self, f: TextFacts, r: Reading, last: float) -> None:
        """"2 million 146 thousand 380", "1 million 204 thousand": a number written in
        parts, each smaller part a whole number before a smaller scale word (or, after
        "thousand", a bare number under a thousand), adds to the amount, as Turkish and
        Central Asian releases translated word for word write their figures."""
        while True:
            part = _NEXT_PART.match(f.text, r.pos)
            if part is None:
                return
            scaled = self._add_part(f, r, int(part.group(1)), part.end(), last,
                                    bare=last == _THOUSAND)
            if scaled is None:
                return
            last = scaled

    def _scaled_word_parts(self, f: TextFacts, r: Reading, last: float) -> None:
        """"one billion six hundred eighty million", "fourteen thousand three hundred and
        fifty": a number written out in words goes on past its scale word with smaller
        parts, as a sum restated in words (a cheque, a court record) is written."""
        while True:
            gap = _PART_GAP.match(f.low, r.pos)
            if gap is None:
                return
            words = self.pats.words_low.match(f.low, gap.end())
            if words is None or (f.low[words.start() - 1:words.start()].isalpha()):
                return
            value = parse_words(_WORD_SPLIT.split(words.group()), self.lex.number_words,
                                self._scale_values)
            if value is None or value >= _THOUSAND:
                return
            scaled = self._add_part(f, r, value, words.end(), last, bare=last >= _THOUSAND)
            if scaled is None:
                return
            last = scaled

    def _add_part(self, f: TextFacts, r: Reading, value: int, end: int, last: float,
                  bare: bool) -> float | None:
        """Add one part of a number written in parts, ending at ``end``: before a scale word
        smaller than ``last`` it adds ``value`` times that scale and returns the scale (the
        number goes on); else, when ``bare`` allows it, a part under a thousand adds itself
        and the number ends there (None), as it ends at anything else."""
        scale = self.pats.scale_low.match(f.low, end)
        record = self.lex.scales[scale.group("scale")] if scale else None
        if record is not None and scale is not None and scale.group("gap") \
                and not record.needs_currency and record.value < last:
            r.value += value * record.value
            r.pos = scale.end()
            return record.value
        if record is None and bare and value < _THOUSAND:
            r.value += value
            r.pos = end
        return None

    def _counted_after(self, f: TextFacts, r: Reading, end: int, scale: float) -> bool:
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
        return noun is not None and looks_plural(noun.group("w")) \
            and self._counted_word(r, noun.group("w"), scale)  # not "400m individual medley"

    def _counted_word(self, r: Reading, noun: str, scale: float) -> bool:
        """Whether a glued scale counts ``noun``: a counted noun (not one person: "400m
        individual medley" is a distance), a unit, or a plural after a decimal or "k"."""
        low = noun.lower()
        if (low in self.lex.count_heads and low not in self.lex.one_person_nouns) \
                or low in self.lex.unit_words:
            return True
        return (r.decimals or scale == _THOUSAND) and noun.islower() and looks_plural(noun) \
            and low not in self.lex.phrase_stops

    def _currency_near(self, f: TextFacts, r: Reading, end: int) -> bool:
        if r.currency:
            return True
        word = self.pats.unit_word_low.match(f.low, end)
        if word and word.group("word") in self.lex.currency_words:
            return True
        symbol = self.pats.unit_symbol.match(f.text, end)
        return bool(symbol and symbol.group("sym") in self.lex.currency_symbols)

    def _range(self, f: TextFacts, r: Reading) -> int | None:
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
        if sign and connector.start("sign") > at and f.dash_field(left) == sign:
            return at  # "Cambodia – 296 – 410 kg": the row's dash parts two cells
        if sign and text.startswith("  ", at) and \
                text.startswith("  ", connector.end("sign")):
            return at  # "310      -      1,240": a spaced table's empty cell between two
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
            if not self._same_currency(currency.group(), r.currency):
                return at  # "EUR 320 and USD 360": two sums
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
        r.low, r.high = clean_value(r.value), clean_value(other.value)
        r.pos = other.pos
        if r.opener == "between" and opener is not None:
            r.span_start = opener.start("o")
        elif minus_start is not None:  # "from -5 to 3C": the sign is in the span
            r.span_start = min(r.span_start, minus_start)
        return r.pos

    def _same_currency(self, symbol: str, code: str) -> bool:
        """Whether a symbol repeated before a range's second end is the first end's currency:
        a symbol of letters must name it ("Rs 320 and Rs 360", not "EUR 320 and USD 360");
        a sign ("$", "£") takes the first end's reading of it."""
        symbol = symbol.strip(" \t\u00a0\u202f")
        return not symbol[:1].isalpha() or self.lex.currency_symbols.get(symbol) == code

    def _only_second_has_unit(self, f: TextFacts, r: Reading, at: int) -> bool:
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
        return phrase is not None and (phrase.category is not None or looks_plural(
            phrase.text.rsplit(" ", 1)[-1]))

    def _ranging(self, f: TextFacts, opener_start: int) -> bool:
        """"ranging from", "varied from": a verb before "from" makes "from X to Y" a range."""
        word, _ = previous_word(f.low, opener_start)
        return word in self.lex.range_verbs

    @staticmethod
    def _respectively_after(f: TextFacts, pos: int) -> bool:
        """"respectively" follows ``pos`` in its sentence."""
        stop = SENTENCE_END.search(f.low, pos)
        return f.low.find("respectively", pos, stop.start() if stop else len(f.low)) >= 0

    def _anchor_at(self, f: TextFacts, at: int) -> Reading | None:
        """The number starting exactly at ``at``, if any."""
        match = self.pats.digits.match(f.text, at)
        if match:
            return self._number(f, "digits", at, match.end())
        match = self.pats.words_low.match(f.low, at)
        if match:
            return self._number(f, match.lastgroup or "words", at, match.end())
        return None


def dollar_prefixes(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """The letters a press writes before "$" for each dollar other than the US one
    (currencies.jsonl names "... dollars"): the first letters of its country's name ("aus",
    "jam", "sing"), its initials ("nz", "tt"), its code or the code's first two letters;
    "" -> every such dollar (the home country's is taken for letters none begins)."""
    found: dict[str, set[str]] = {"": set()}
    for word, code in lex.currency_words.items():
        names = word.split()
        if code == "USD" or len(names) < 2 or not names[-1].startswith("dollar"):
            continue
        country = [name for name in names[:-1] if name not in ("and", "of", "the")]
        forms = {code.lower(), code[:2].lower()}
        forms.update(country[0][:n] for n in range(2, len(country[0]) + 1))
        if len(country) > 1:
            forms.add("".join(name[0] for name in country))
        for form in forms | {""}:
            found.setdefault(form, set()).add(code)
    return {form: tuple(sorted(codes)) for form, codes in found.items()}

"""Passes over all the quantities of a text once each was read: repeated sets, elided units and
currencies, index levels, the what of a set or share."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from .clause_links import COMPARED_BEFORE
from .counts import OF_THEM, PERSON_CATEGORIES, PLURAL_VERB
from .lexicon import Lexicon
from .measures import US_DOLLAR, MeasureBuilder
from .patterns import Patterns
from .phrases import noun_phrase
from .reading import RawQuantity, looks_plural
from .tables import LOWER_WORD
from .text_facts import TextFacts
from .what_measured import WhatReader
from .words import SENTENCE_END, previous_word, sentence_tail

_SET_WINDOW = 400  # "More than 14 000 suspects were arrested ... Of these, 3 412 were"
_OF_THE_FRONTED = re.compile(r"(?:^|[.!?:;\n][ \t\u00a0]*)of[ \t\u00a0]+(?:the|these|those)"
                             r"[ \t\u00a0]+(?P<noun>[a-z]+(?:[ \t\u00a0][a-z]+)?),[ \t\u00a0]*$")
_ALL_BEFORE = re.compile(r"(?<![a-z])all[ \t\u00a0]+$")
def _same_kind(category: str | None, other: str | None) -> bool:
    """Two counted categories of the same kind: equal, or both of people ("persons",
    "accused")."""
    return category is not None and (category == other or (
        category in PERSON_CATEGORIES and other in PERSON_CATEGORIES))


_REPEATED_SET_WINDOW = 3000  # how far back a set "all N suspects" repeats was counted
_SCALE_AT_END = re.compile(r"\d[ \t\u00a0]*([a-z]+)$")  # "240.1 billion", "900m": the scale
_SCALED = re.compile(r"\d[ \t\u00a0]*[a-z]+")  # a number and a scale or unit word after it
_POINT, _PERCENTAGE_POINT = "point", "percentage point"  # units.jsonl names
_POINT_FRACTIONS = frozenset({0.25, 0.5, 0.75})  # "quarter-", "half-", "three-quarter-point"
_POINT_MOVE_LIMIT = 20  # a rate moves by fewer percentage points; an index by more points
_POINT_GAP = 8  # characters between points and the percentage they move (", up ", " to ")
_RESTATED_GAP = re.compile(r"(?<![a-z])or(?![a-z])")  # "300 points, or 0.9%": one move twice
_DEGREE = "degree"  # units.jsonl: bare degrees
_TEMPERATURE_REACH = 160  # characters looked back in the sentence for a word of temperature
_TEMPERATURE_AHEAD = 40  # characters looked at after the degrees for a word of temperature
# a bare number sharing out a count before it over places: ", five in Oslo", "and 6 on North
# Caicos" (group ``n``: the number, ``place``: the place's first word)
_SHARE_OVER_PLACES = re.compile(
    r"(?:,|[ \t]and)[ \t]+(?P<n>[0-9]{1,3}(?:,[0-9]{3})*|[a-z]+)[ \t]+(?:in|on|at)[ \t]+"
    r"(?P<place>[A-Z][\w'’-]*)")
_SHARE_REACH = 200  # characters after a count read for its shares
_ANGLE_REACH = 16  # characters read on each side of bare degrees for a word of angles
_CELSIUS_RECORD = 57  # the hottest air ever measured, in Celsius: more is Fahrenheit
_ELIDED_KINDS = frozenset({"mass", "volume", "area", "length"})  # units a figure may elide
# between an amount with its goods and a sum in brackets valuing it: "of shabu (SDP ",
# " (worth ", " (valued at "
_VALUE_BRACKET = re.compile(r"(?:[ \t\u00a0]+(?:of[ \t\u00a0]+)?[^\s()]+){0,3}[ \t\u00a0]*\("
                            r"(?:[A-Z]{2,4}[ \t\u00a0]+|worth[ \t\u00a0]+|valued[ \t\u00a0]+at"
                            r"[ \t\u00a0]+|value:?[ \t\u00a0]+)?")


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
                or not gap.rstrip().endswith(",") or SENTENCE_END.search(gap) \
                or len(gap) > _SET_WINDOW or any(part.value is None for part in parts):
            continue
        if sum(part.value or 0.0 for part in parts) <= total.value:
            return total
    return None


# the gap after one member of a list of counts: its noun, then a comma or "and"
_LIST_MEMBER_GAP = re.compile(r"[ \t\u00a0]+[a-z][a-z -]{0,30}?"
                              r"(?:,[ \t\u00a0]*(?:and[ \t\u00a0]+)?|[ \t\u00a0]+and[ \t\u00a0]+)")
_AND_AFTER = re.compile(r"[ \t\u00a0]+and[ \t\u00a0]")
_INDEX_REACH = 120  # characters looked back from a move for the index it moves
_INDEX_TOKEN = re.compile(r"[a-z&]+\d*")  # "nikkei", "s&p", "set50"
_OTHER_SCALE = {"°C": "°F", "°F": "°C"}  # "100 degrees (38 Celsius)": the bare one is °F
_WORD = re.compile(r"[a-z]+")
_SPELLED_GLOSS = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*")  # "14,350 (fourteen ...": the gap
_GLUED_LETTER = re.compile(r"\d([a-z])$")  # "790m": a number glued to one letter
_GLUED_SCALE = re.compile(r"\d([a-z])(?![a-z])")  # "820m pounds", "£300m": the letter


class TextPasses(WhatReader, MeasureBuilder):
    """Fills in what a quantity leaves out from the quantities around it."""

    lex: Lexicon
    pats: Patterns
    _level_links: frozenset[str]
    _level_prepositions: frozenset[str]

    @staticmethod
    def _drop_repeated_sets(f: TextFacts, found: list[RawQuantity]) -> list[RawQuantity]:
        """Without "all N <noun>" that repeats a set counted before ("detained three more
        suspects ... hold all nine suspects", "detained 4 persons ... for all four accused":
        the same noun, or as many of the same kind; guide: a number repeating a set counted
        just before is no count); "all seven member states" counted first stays."""
        def counted_noun(q: RawQuantity) -> str | None:
            """The last word of what a count counts, lower case ("suspects")."""
            return q.what.rsplit(" ", 1)[-1].lower() if q.kind == "count" and q.what else None

        kept: list[RawQuantity] = []
        for q in found:
            head = counted_noun(q)
            if head and q.unit is None and _ALL_BEFORE.search(f.low, max(0, q.start - 5),
                                                              q.start) and any(
                    (counted_noun(earlier) == head or (  # "4 persons ... all four accused"
                        _same_kind(q.category, earlier.category)
                        and earlier.value == q.value and earlier.unit is None))
                    and q.start - earlier.end < _REPEATED_SET_WINDOW for earlier in kept):
                continue
            kept.append(q)
        return kept

    @staticmethod
    def _drop_spelled_restatements(f: TextFacts,
                                   found: list[RawQuantity]) -> list[RawQuantity]:
        """Without the words in brackets that restate the figure before them ("NLe 14,350
        (fourteen thousand three hundred and fifty New Leones)", "Ar 1 680 000 000 (one
        billion ... ariary)"), as cheques, court records and their press releases write a
        sum twice: one amount, written once as annotated."""
        kept: list[RawQuantity] = []
        for q in found:
            before = kept[-1] if kept else None
            if before is not None and before.value is not None and q.value is not None \
                    and abs(before.value - q.value) <= 1e-9 * abs(q.value) \
                    and _SPELLED_GLOSS.fullmatch(f.text, before.end, q.start) \
                    and not any(ch.isdigit() for ch in f.text[q.start:q.end]):
                continue
            kept.append(q)
        return kept

    @staticmethod
    def _elided_units(f: TextFacts, found: list[RawQuantity]) -> None:
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
                    and not SENTENCE_END.search(f.text, before.end, q.start):
                q.unit = before.unit

    @staticmethod
    def _fraction_points(f: TextFacts, found: list[RawQuantity]) -> None:
        """"a quarter-point cut", "a half-point hike": a fraction of a point written as a
        compound adjective is a move of a rate, in percentage points (an index moves by
        whole points: "rose 120 points"). Points right beside a percentage of their clause
        are a move of it, in percentage points ("a load factor of 89.6%, 1.2 points more";
        "discounts of 5 percentage points and 1 point";
        "the jobless rate rose 0.3 points to 5.1%"); not an index's move that the percentage
        restates ("fell 300 points, or 0.9%")."""
        for index, q in enumerate(found):
            if q.unit != _POINT:
                continue
            if q.value in _POINT_FRACTIONS and f.low.endswith("-point", q.start, q.end):
                q.unit = _PERCENTAGE_POINT
                q.kind = "percent"
                continue
            if q.value is None or q.value >= _POINT_MOVE_LIMIT:
                continue
            for other in (found[index - 1] if index else None,
                          found[index + 1] if index + 1 < len(found) else None):
                if other is None or other.unit not in ("%", _PERCENTAGE_POINT):
                    continue  # "5 percentage points and 1 point": the same unit, elided
                start, end = min(q.end, other.end), max(q.start, other.start)
                if end - start <= _POINT_GAP and not SENTENCE_END.search(f.text, start, end) \
                        and not _RESTATED_GAP.search(f.low, start, end):
                    q.unit = _PERCENTAGE_POINT
                    q.kind = "percent"
                    break

    def _temperatures(self, f: TextFacts, found: list[RawQuantity]) -> None:
        """Bare degrees are a temperature ("temperatures exceeded 42 degrees", "summer days
        with more than 25 degrees") unless, in a sentence without a word of temperatures
        (subject_words.jsonl role temperature_words), they read as an angle (:meth:`_angle`):
        Celsius, or Fahrenheit in a text that writes Fahrenheit (role fahrenheit_marks)
        or above any air temperature in Celsius ("temperatures topped 100 degrees"); a range by
        its higher end ("temperatures exceeded the norm by 9-10 degrees", "between 0.5 and 1
        degree")."""
        words = self.lex.subject_words.get("temperature_words")
        if not words:
            return
        marks = self.lex.subject_words.get("fahrenheit_marks", frozenset())
        for q in found:
            highest = q.value if q.value is not None else q.high
            if q.unit != _DEGREE or highest is None:
                continue
            left = max(0, q.start - _TEMPERATURE_REACH)
            ahead = f.low[q.end:q.end + _TEMPERATURE_AHEAD]
            sentence = sentence_tail(f.low, left, q.start) + " " + ahead
            if not any(word in words for word in LOWER_WORD.findall(sentence)) \
                    and self._angle(f, q):
                continue  # (bare degrees are a temperature, as in news they nearly always
                # are, "summer days with more than 25 degrees", unless they read as an angle)
            fahrenheit = highest > _CELSIUS_RECORD or any(mark in f.low for mark in marks)
            q.unit = "°F" if fahrenheit else "°C"

    def _shares_over_places(self, f: TextFacts, found: list[RawQuantity]) -> list[RawQuantity]:
        """Bare numbers after a count of its sentence that share it out over places ("we
        arrested seven people, five in Oslo, one in Drammen and one in Gothenburg"; "74 were
        on Providenciales, 29 on Grand Turk and 6 on North Caicos") count what it counts:
        the noun is elided, not absent. Not before a month or weekday ("3 in March")."""
        added: list[RawQuantity] = []
        taken = [(q.start, q.end) for q in found]
        for q in found:
            if q.kind != "count" or q.unit is not None or q.low is not None \
                    or q.value is None or not q.value.is_integer():
                continue
            stop = SENTENCE_END.search(f.text, q.end, q.end + _SHARE_REACH)
            end = stop.start() if stop is not None else min(len(f.text), q.end + _SHARE_REACH)
            end = min([end, *(other.start for other in found if other.start >= q.end)])
            # (up to the next amount: "20 kg of heroin, 5 in Lagos" shares no count)
            for share in _SHARE_OVER_PLACES.finditer(f.text, q.end, end):
                n_start, n_end = share.span("n")
                place = share.group("place")
                if place in self.lex.months or place in self.lex.weekdays or any(
                        a < n_end and n_start < b for a, b in taken):
                    continue  # ("3 in March", "two on Monday": dates)
                written = share.group("n")
                if written.isalpha():
                    record = self.lex.number_words.get(written)
                    value = float(record.value) if record is not None \
                        and record.role not in ("fraction", "article") else None
                else:
                    value = float(written.replace(",", ""))
                if not value:
                    continue
                added.append(RawQuantity(n_start, n_end, value, what=q.what,
                                         category=q.category))
                taken.append((n_start, n_end))
        return sorted([*found, *added], key=lambda q: q.start) if added else found

    def _angle(self, f: TextFacts, q: RawQuantity) -> bool:
        """Bare degrees that measure an angle: a compound adjective ("a 90-degree turn") or
        a word of angles (subject_words.jsonl role angle_words) in the two words before or
        after ("turned 180 degrees", "45 degrees north", "30 degrees of tilt"); "a high of
        38 degrees" stays a temperature."""
        if "-" in f.low[q.start:q.end]:
            return True
        angles = self.lex.subject_words.get("angle_words", frozenset())
        near = LOWER_WORD.findall(f.low[max(0, q.start - _ANGLE_REACH):q.start])[-2:] \
            + LOWER_WORD.findall(f.low[q.end:q.end + _ANGLE_REACH])[:2]
        return any(word in angles for word in near)

    @staticmethod
    def _elided_measures(f: TextFacts, found: list[RawQuantity]) -> None:
        """A bare scaled figure that names nothing after a scaled measure of its sentence is
        in that measure's unit ("1.7 million tonnes of soft wheat, durum wheat for 0.6
        million"; "2.47 million hectares were sown, against 3.6 million"): the unit is
        elided, as a currency is (``_elided_currencies``). A change in percent between them
        is passed over ("Veneto with 11.6 million hectolitres (+9%), followed by Puglia with
        8.9 million")."""
        for before, q in pairwise([q for q in found if q.kind != "percent"]):
            if q.kind != "count" or q.unit is not None or q.what is not None \
                    or q.value is None or q.of_set or q.low is not None:
                continue
            if before.kind not in _ELIDED_KINDS or before.unit is None or before.low is not None \
                    or not before.value or SENTENCE_END.search(f.text, before.end, q.start):
                continue
            scale = _SCALE_AT_END.search(f.low, q.start, q.end)
            if scale is None or _SCALED.search(f.low, before.start, before.end) is None \
                    or scale.group(1) not in f.low[before.start:before.end]:
                continue  # both written with the same scale word ("million")
            q.kind, q.unit = before.kind, before.unit
            if before.kg is not None:
                q.kg = before.kg / before.value * q.value
            if before.litres is not None:
                q.litres = before.litres / before.value * q.value

    def _index_levels(self, f: TextFacts, found: list[RawQuantity]) -> None:
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
            if last is None or SENTENCE_END.search(f.text, last.end, q.start):
                last = None if q.kind != "percent" else last
                continue
            if q.kind == "count" and q.unit is None and q.what is None and not q.of_set \
                    and q.value is not None and q.value >= 100 and (
                        q.qualifier != "exact"
                        or previous_word(f.low, q.start)[0] in self._level_links):
                q.unit, q.kind = last.unit, last.kind

    def _index_percent_levels(self, f: TextFacts, found: list[RawQuantity]) -> None:
        """A bare level with decimals or of hundreds or more right after a move in percent
        of a stock index its sentence names (subject_words.jsonl index_words) is the index's
        level in points ("the Nikkei share average fell 0.9% to 49,210.35", "the Kospi closed
        up 1.2% at 2,745.30"): the unit is elided, as after a move in points."""
        words = self.lex.subject_words.get("index_words")
        if not words:
            return
        for before, q in pairwise(found):
            if q.kind != "count" or q.unit is not None or q.value is None or q.low is not None \
                    or q.of_set or before.kind != "percent" or before.unit != "%" \
                    or (q.value < 100 and "." not in f.text[q.start:q.end]) \
                    or previous_word(f.low, q.start)[0] not in self._level_prepositions \
                    or SENTENCE_END.search(f.text, before.end, q.start):
                continue
            sentence = sentence_tail(f.low, max(0, before.start - _INDEX_REACH), before.start)
            if any(word in words for word in _INDEX_TOKEN.findall(sentence)):
                q.unit, q.kind = _POINT, self.lex.unit_words[_POINT].usual.kind

    @staticmethod
    def _converted_degrees(f: TextFacts, found: list[RawQuantity]) -> None:
        """"topped 100 degrees (38 Celsius)": bare degrees converted in brackets to one
        scale are in the other one."""
        for q, other in pairwise(found):
            if q.unit == "degree" and other.unit in _OTHER_SCALE \
                    and f.text[q.end:other.start].strip() == "(":
                q.unit = _OTHER_SCALE[other.unit]

    def _glued_scales(self, f: TextFacts, found: list[RawQuantity]) -> None:
        """A figure glued to a letter that is a unit's symbol and also a scale word read only
        beside a currency ("790m", scales.jsonl needs_currency) is that scale of a sum of its
        sentence written with the same glued scale ("net profit of 820m pounds, ahead of
        estimates of 790m"; "£450m, against 210m in 2022"): the currency is elided, the
        figure is no length."""
        for q in found:
            if q.kind == "money" or q.value is None or q.low is not None or not q.unit:
                continue
            glued = _GLUED_LETTER.search(f.low, q.start, q.end)
            scale = self.lex.scales.get(glued.group(1)) if glued is not None else None
            if scale is None or not scale.needs_currency:
                continue
            letter = glued.group(1)
            sums = [o for o in found if o.kind == "money" and o.unit and "/" not in o.unit
                    and any(m.group(1) == letter
                            for m in _GLUED_SCALE.finditer(f.low, o.start, o.end))]
            if not sums:
                continue
            other = min(sums, key=lambda o: abs(o.start - q.start))
            if SENTENCE_END.search(f.text, min(q.end, other.end), max(q.start, other.start)):
                continue
            q.value *= scale.value
            q.kind, q.unit, q.kg, q.litres = "money", other.unit, None, None

    def _elided_currencies(self, f: TextFacts, found: list[RawQuantity]) -> None:
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
                    or SENTENCE_END.search(f.text, before.end, q.start):
                # "will get an extra 2.4 billion, ..., at least 4 billion euros": the sum after
                after = found[index + 1] if index + 1 < len(found) else None
                if after is None or after.kind != "money" or not after.unit \
                        or "/" in after.unit or after.original_unit is not None \
                        or SENTENCE_END.search(f.text, q.end, after.start):
                    continue
                before = after
            q.kind, q.unit = "money", before.unit

    def _minor_units(self, f: TextFacts, found: list[RawQuantity]) -> None:
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
                if not SENTENCE_END.search(f.text, min(q.end, other.end),
                                            max(q.start, other.start)):
                    code = other.unit.split("/", 1)[0]
                break
            if code is None:  # "The day ticket rises by 40 cents" after sums in euros
                code = self._cents_currency(found)
            if code is None and q.unit and q.unit.startswith(US_DOLLAR):
                code = self._currency_in_context(f, US_DOLLAR, "$")
                if not code.endswith("D"):
                    code = None  # a dollar's cents only ("$" of pesos: centavos)
            if code and q.unit:
                q.unit = code + q.unit[3:]

    def _cents_currency(self, found: list[RawQuantity]) -> str | None:
        """The currency of cents the text writes most of its sums in, when that one counts
        in cents (a dollar or the euro: currencies.jsonl names them "... dollars", "euros")."""
        written = Counter(o.unit.split("/", 1)[0] for o in found
                          if o.kind == "money" and o.unit and o.original_unit is None)
        if not written:
            return None
        code = written.most_common(1)[0][0]
        heads = self.lex.currency_heads.get(code, frozenset())
        return code if "dollar" in heads or "euro" in heads else None

    def _set_whats(self, f: TextFacts, found: list[RawQuantity]) -> None:
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
            them = OF_THEM.match(f.low, quantity.end)
            if them is not None:  # "1,126 suspects, 34 of them foreigners": foreigners
                phrase = noun_phrase(f.text, them.end(), self.lex, self.pats)
                # not a breakdown of several ("nine of them organizers and chemists")
                if phrase is not None and phrase.text.islower() \
                        and looks_plural(phrase.text.rsplit(" ", 1)[-1]) \
                        and not _AND_AFTER.match(f.low, phrase.end):
                    quantity.what = self.lex.what_aliases.get(phrase.text, phrase.text)
                    continue
            fronted = _OF_THE_FRONTED.search(f.low, max(0, quantity.start - 60), quantity.start)
            if fronted is not None and looks_plural(fronted.group("noun").rsplit(" ", 1)[-1]):
                # "Of the suspects, 48 have been charged": the set the sentence opens with
                quantity.what = self.lex.what_aliases.get(fronted.group("noun"),
                                                          fronted.group("noun"))
                continue
            verb = PLURAL_VERB.match(f.low, quantity.end)
            if verb is not None:
                phrase = noun_phrase(f.text, verb.end(), self.lex, self.pats)
                if phrase is not None and phrase.text.islower() \
                        and looks_plural(phrase.text.rsplit(" ", 1)[-1]):
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
    def _set_counted_before(f: TextFacts, quantity: RawQuantity, before: list[RawQuantity],
                            same_sentence: bool) -> None:
        """Give ``quantity`` the ``what`` of the nearest count before it (in its sentence)."""
        for position in range(len(before) - 1, -1, -1):
            earlier = before[position]
            if quantity.start - earlier.end > _SET_WINDOW or (
                    same_sentence and SENTENCE_END.search(f.low, earlier.end, quantity.start)):
                return
            # a parallel part of the same set may precede in the sentence ("Of these, 3 412
            # were arrested for drug offences, and 418 were wanted for murder")
            if earlier.kind == "count" and earlier.what and (same_sentence
                                                             or not earlier.of_set):
                if same_sentence:
                    # "nine people ..., six Chileans and three Bolivians, five of them":
                    # a breakdown after a total; "them" is the total
                    earlier = _total_of_breakdown(f.low, before, position) or earlier
                quantity.what = earlier.what
                quantity.category = quantity.category or earlier.category
                return

    def _set_named_before(self, f: TextFacts, start: int) -> str | None:
        """The nearest plural counted noun before ``start`` in its sentence, if any."""
        window = f.low[max(0, start - _SET_WINDOW):start]
        cut = max(window.rfind(". "), window.rfind("\n"))
        for word in reversed(_WORD.findall(window, cut + 1)):
            if word in self.lex.count_heads and looks_plural(word):
                return word
        return None

    def _share_what(self, f: TextFacts, found: list[RawQuantity]) -> None:
        """"5 kg and 7 kg of heroin": a measure without a noun takes the next one's; "244
        million users, followed by opioids (61 million), cocaine (25 million)": a bracketed
        bare count takes the count's before it in the sentence; "15.6 grams of shabu (SDP
        P106,080)": a sum in brackets after an amount is that amount's value."""
        text = f.text
        for left, right in pairwise(found):
            if right.what is None and left.what and right.kind == left.kind == "count" \
                    and text[right.start - 1: right.start] == "(" \
                    and text[right.end: right.end + 1] == ")" \
                    and not SENTENCE_END.search(text, left.end, right.start):
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

"""Guards that reject a number read: page furniture, penalties, calibres, idioms, reference
numbers, match margins."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .patterns import Patterns
from .phrases import NounPhrase, noun_phrase
from .reading import RawQuantity, Reading, is_year, is_year_range
from .text_facts import TextFacts
from .words import previous_word, word_before

CHANGE_OBJECT_WORDS = 7  # "cut [the risk of death] by 18%": words between a verb and "by"
# words the object of a verb of change may hold before "by"
# Unit kinds a name or code word before the number cannot turn into a reference number.
_SOLID_KINDS = frozenset({"mass", "volume", "percent", "money"})
_BRACKET_CLOSE = re.compile(r"[ \t]*[)\]]")  # a size closing its bracket: "(3 files, 4.2 MB)"
_FILE_NAME_BEFORE = re.compile(r"\w\.[A-Za-z][A-Za-z0-9]{1,4}[ \t]*[(\[][ \t]*$")
_COUNTER_LABEL_BEFORE = re.compile(
    r"(?:^|\|)[ \t]*(?P<label>[A-Za-z]+(?: [A-Za-z]+)?)[ \t]*:?[ \t]*$", re.MULTILINE)
# a counter's noun after its number, then the line's end or another counter ("| 0 Comments")
# a counter's noun, then the line's end, a separator, another counter or a column gap
_COUNTER_NOUN_AFTER = re.compile(
    r"[ \t]+(?P<noun>[A-Za-z]+)(?:[ \t]*(?:$|[|·•—–]|\d)|[ \t]{2,})", re.MULTILINE)
_NUMBER_SIGN = "No"  # "number" abbreviated without its dot ("the No 8 signal")
_COUNTER_OPENERS = ("", "|", "·", "•", "—", "–")  # what stands before a counter on its line
_COLUMN_GAP = re.compile(r"\S[ \t]{3,}$")  # "Ariana News ✔   684K subscribers"
# a section's number opening its heading: dotted parts and a capital after ("3.1 Criminal")
_SECTION_NUMBER = re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,2})+\.?[ \t]+[A-Z]")
_FOOTER_AFTER_PAGE_NUMBER = re.compile(r"[ \t]{5,}\S[^\n]*[A-Za-z]")
_CALIBRE_NUMBER = re.compile(r"[ \t]+(?:\.\d{2,3}|\d{1,2}(?:\.\d{1,2})?)")  # " 9", " .30"
# a number written from its decimal point (".38", ".223"): before a firearm noun, its calibre
# ("a .38 revolver")
_LEADING_DOT = re.compile(r"(?<![\w.,])\.\d{2,3}(?![\d.,])")  # (read from the point)
_CALIBRE_BEFORE = re.compile(r"(?<![a-z])(?:caliber|calibre|cal\.)[ \t]*\.?$")
# "Showing 3 of ", "Page 2 of ", "Results 1–20 of ": a pager's label (group ``label``) and
# position before the total of a listing
_PAGER_BEFORE = re.compile(r"(?<![a-z])(?P<label>[a-z\u00e0-\u00ff]+)[ \t]+\d+"
                           r"(?:[ \t]*[–-][ \t]*\d+)?[ \t]+of[ \t]+$")
_PAGER_AFTER = re.compile(r"(?:[ \t]*[–-][ \t]*\d+)?[ \t]+of[ \t]+\d")  # "3 of 214", "1–20 of 351"
_SOURCE_GAP = 12  # characters between a count and its noun ("two [industry] sources")
_SOURCE_TAIL_REACH = 40  # characters read after the noun for a source's tail
_FINE_BEFORE = re.compile(r"\bfines? (?:of )?(?:up to |not exceeding |of up to )?$")


_PRICED_REACH = 40  # characters from "one kilo" to its verb of price
# between "one kilo" and "sells for": a blank, or "of" and up to three words of the goods
_GOODS_GAP = re.compile(r"[ \t\u00a0]+(?:of[ \t\u00a0]+(?:[\w'’-]+[ \t\u00a0]+){1,3})?")
_OF_CROP = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+([a-z]+(?: [a-z]+)?)")  # " of cannabis"
_ONE_WORD_AT = re.compile(r"[ \t\u00a0]+([a-z]+(?:-[a-z]+)?)")  # " continuous", " full-time"


def rate_base(f: TextFacts, q: RawQuantity) -> bool:
    """The base a rate is given per, no amount of its own: "98.35 yen per 100 yen face value",
    "12 deaths per 100,000 people", "$4 per 100 kg", "5.8 litres per 100 km"."""
    return q.start >= 4 \
        and f.low.endswith("per ", q.start - 4, q.start) and q.qualifier == "exact" \
        and q.low is None and "-" not in f.text[q.start:q.end]  # not "per 40-foot container"


class Guards:
    """Tells a number read from a quantity it only looks like."""

    lex: Lexicon
    pats: Patterns
    _code_verb_markers: frozenset[str]

    def _one_priced_unit(self, f: TextFacts, r: Reading) -> bool:
        """"On the local market one kilo sells for around SRD 180.000": the one unit a
        price is given for, its verb of price right after it (or after "of" and the goods),
        no amount measured (as "a kilo" there: ``_priced_unit``)."""
        if self.pats.unit_price_after_low is None or not f.low.startswith("one", r.start):
            return False
        stop = f.low.find(",", r.pos, r.pos + _PRICED_REACH)
        price = self.pats.unit_price_after_low.search(
            f.low, r.pos, stop if stop >= 0 else r.pos + _PRICED_REACH)
        return price is not None and _GOODS_GAP.fullmatch(f.low, r.pos, price.start()) is not None

    def _plant_feet(self, f: TextFacts, r: Reading) -> bool:
        """"96 000 feet of cannabis": feet of a crop are its plants (French "pieds", Spanish
        "pies" kept word for word by translations), a count; a length is of a place or
        thing ("300 feet of fence"), never of a crop."""
        crop = _OF_CROP.match(f.low, r.pos)
        if crop is None:
            return False
        words = crop.group(1)  # a crop's name of one word or two, or a word of it
        return not self.lex.crop_names.isdisjoint((words, *words.split()))

    def _modified_duration(self, f: TextFacts, r: Reading) -> bool:
        """A duration whose time unit follows one modifier of its length (subject_words
        duration_modifiers: "a maximum of 17 continuous hours", "three consecutive days",
        "48 straight hours"): no count, as a duration written without the modifier is none
        (guide: durations)."""
        word = _ONE_WORD_AT.match(f.low, r.pos)
        if word is None or word.group(1) not in self.lex.subject_words.get(
                "duration_modifiers", ()):
            return False  # "38,000 hotel nights", "23 working days": counted things
        unit = self.pats.unit_word_low.match(f.low, word.end())
        if unit is None or unit.group("gap").strip():
            return False
        reading = self.lex.unit_words.get(unit.group("word"))
        return reading is not None and reading.kind == "time" and not reading.usual.standalone

    def _page_chrome(self, f: TextFacts, q: RawQuantity) -> bool:
        """A scraped page's furniture, not the release's figures: a file size in brackets
        after an attached file's name ("report.pdf (2.4 MB)"), a counter after its label at
        a line start or after "|" ("Hits 2,417", "Views: 312"), a page number opening a
        running footer line after a blank line ("24      Agency | Annual Report 2024"), a
        listing's total after its pager ("Showing 3 of 214 news items", "Page 2 of 14")."""
        text = f.text
        if q.unit is not None:
            if q.unit not in self.lex.file_size_units:
                return False
            reach = max(0, q.start - 80)
            line_start = max(text.rfind("\n", reach, q.start) + 1, reach)
            return _FILE_NAME_BEFORE.search(text, line_start, q.start) is not None or (
                self.pats.file_type_before is not None
                and self.pats.file_type_before.search(text, line_start, q.start) is not None) or (
                self.pats.file_cue_before is not None and _BRACKET_CLOSE.match(text, q.end)
                and self.pats.file_cue_before.search(text, line_start, q.start) is not None)
        if self.lex.pagination_labels:  # (q.unit is None from here on)
            if f.low.endswith("of ", 0, q.start):
                pager = _PAGER_BEFORE.search(f.low, max(0, q.start - 30), q.start)
                if pager is not None and pager.group("label") in self.lex.pagination_labels:
                    return True  # "Showing 3 of 214 news items": a listing's pager
            if _PAGER_AFTER.match(f.low, q.end) \
                    and previous_word(f.low, q.start)[0] in self.lex.pagination_labels:
                return True  # "Showing 3 of 214": the pager's own number
        if self.lex.counter_nouns and q.low is None:
            noun = _COUNTER_NOUN_AFTER.match(text, q.end)
            if noun is not None and noun.group("noun").lower() in self.lex.counter_nouns:
                line_start = text.rfind("\n", max(0, q.start - 200), q.start) + 1
                if text[line_start:q.start].rstrip()[-1:] in _COUNTER_OPENERS \
                        or _COLUMN_GAP.search(text, line_start, q.start):
                    return True  # "Posted on 8 November by PRO | 0 Comments"
        before = text[max(0, q.start - 3):q.start].rstrip(" \t:")
        if before[-1:].isalpha():  # a label may end right before: "Hits 2,417", "Views: 31"
            reach = max(0, q.start - 30)
            label = _COUNTER_LABEL_BEFORE.search(
                text, max(text.rfind("\n", reach, q.start) + 1, reach), q.start)
            if label is not None and label.group("label").lower() in self.lex.counter_labels:
                return True
        if q.low is None and _SECTION_NUMBER.match(text, q.start) is not None \
                and not text[text.rfind("\n", 0, q.start) + 1:q.start].strip():
            return True  # "3.1 Criminal cases", "4.2 Significant seizures": a report's
            # numbered section heading (no count is a fraction of a thing)
        if (q.start and text[q.start - 1] != "\n") or q.low is not None \
                or not text[q.start:q.end].isdigit():
            return False
        line_start = q.start
        footer = _FOOTER_AFTER_PAGE_NUMBER.match(text, q.end)
        return footer is not None and (line_start < 2 or text[line_start - 2] == "\n")

    def _penalty(self, f: TextFacts, q: RawQuantity) -> bool:
        """The fine a law provides for, not a sum of the case (guide: penalties are not
        annotated): "a fine of $5 million" in a sentence with "maximum penalty", "punishable
        by", "liable to" (penalty_cues.jsonl)."""
        if not self.lex.penalty_cues or not _FINE_BEFORE.search(f.low, max(0, q.start - 24),
                                                                 q.start):
            return False
        sentence_start = max(f.low.rfind(". ", 0, q.start), f.low.rfind("\n", 0, q.start))
        clause = f.low[max(sentence_start, q.start - 240, 0):q.start]
        return any(cue in clause for cue in self.lex.penalty_cues)

    def _calibre(self, f: TextFacts, q: RawQuantity) -> bool:
        """A firearm's calibre, no quantity: millimetres before a firearm noun ("a 9mm
        pistol"), a bare number with a calibre word before one ("two .30 bore pistols",
        "a 12-gauge shotgun")."""
        if self.pats.calibre_after_low is None or q.unit not in (None, "mm") or q.low is not None:
            return False
        if q.unit is None and _CALIBRE_BEFORE.search(f.low, max(0, q.start - 12), q.start):
            return True  # "one caliber .38 revolver"
        match = self.pats.calibre_after_low.match(f.low, q.end)
        return match is not None and (q.unit == "mm" or match.group("mark") is not None
                                      or _LEADING_DOT.match(f.text, max(0, q.start - 1))
                                      is not None)

    def _arms_after_calibre(self, f: TextFacts, pos: int) -> NounPhrase | None:
        """The firearms a count counts past their calibre ("two 9mm pistols", "two .30 bore
        pistols", "three 12-gauge shotguns"): the noun phrase after the calibre's mark."""
        calibre_after = self.pats.calibre_after_low
        number = _CALIBRE_NUMBER.match(f.low, pos) if calibre_after is not None else None
        if number is None:
            return None
        calibre = calibre_after.match(f.low, number.end())
        if calibre is None or calibre.group("mark") is None:
            return None
        at = calibre.end("mark")
        if not f.text[at - 1: at].isspace():
            return None
        return noun_phrase(f.text, at - 1, self.lex, self.pats)

    def _in_idiom(self, f: TextFacts, q: RawQuantity) -> bool:
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

    def _lone_one(self, f: TextFacts, q: RawQuantity) -> bool:
        """The word "one" before a counting unit or a point, no qualifier: one thing, not an
        amount ("only one dose is needed", "were one point from going home"), as "one"
        before a singular noun counts only a person (guide); "one litre" stays a measure."""
        return q.qualifier == "exact" and q.low is None and q.value == 1 \
            and f.low.startswith("one ", q.start) \
            and (q.unit == "point" or q.unit in self.lex.count_unit_names)

    def _reference_number(self, f: TextFacts, r: Reading) -> bool:
        """Years, dates, and numbers after code words or names ("Resolution 1373"); a
        symbol of letters after one is a code's letters ("Flight QR 1342", "Route SR 520")."""
        if r.currency is not None and r.currency_form and r.currency_form.isalpha() \
                and r.scaled == 1.0 and r.raw.isdigit() and r.currency_start is not None:
            before = word_before(f.text, r.currency_start)
            return before is not None and before.word.lower() in self.lex.code_words
        if r.currency is not None or (r.unit is not None and r.unit.kind in _SOLID_KINDS):
            return False
        text = f.text
        bare = r.unit is None and r.scaled == 1.0 and r.number_kind == "digits"
        if bare and (is_year(r.raw) or is_year_range(r.low, r.high)):
            return True
        if r.unit is None:
            if self.pats.month_after.match(text, r.pos):
                return True
            if self.pats.month_before.search(text, max(0, r.start - 12), r.start):
                return True
        if r.span_start != r.start or r.qualifier != "exact":
            return False
        before = word_before(text, r.start)
        if before is None:
            return False
        word = before.word
        low = word.lower()
        if low in self.lex.code_words:
            # "forecast to top 75 million": a verb before a scaled figure ("the top 10" ranks)
            verb_cue = word_before(text, before.at)
            if low.endswith("ing") and verb_cue is not None and verb_cue.word.lower() in \
                    self.lex.subject_words.get("auxiliaries", ()):
                return False  # "Morocco is building 16 plants": a verb, not "Building 16"
            return not (r.scaled >= 1000 and low.isalpha() and verb_cue is not None
                        and verb_cue.word.lower() in self._code_verb_markers)
        if word.endswith("."):
            return False  # the number starts a sentence
        if word[0].isupper() and (low not in self.lex.phrase_stops or word == _NUMBER_SIGN):
            # "Flight QR 1342"; "the No 8 signal" ("No" for "number", mid-sentence)
            if r.scaled != 1.0 or f.upper_line(r.start) or f.title_line(r.start) \
                    or self.pats.partitive_after_low.match(text, r.pos):
                # "Police Seize 1.2 Million Captagon Pills": a headline's verb; "give PiS 194
                # of the 460 seats": a part of a set, no name's number
                return False
            sentence = self.pats.sentence_start_before.search(
                text, max(0, before.at - 3), before.at)
            return sentence is None and before.at > 0
        return False

    def _unnamed_source(self, f: TextFacts, q: RawQuantity) -> bool:
        """The unnamed sources a story cites, no reported figure: "two industry sources
        said", "three people familiar with the talks", "officials briefed on the plan"
        (subject_words source_nouns, and source_tails after the counted noun)."""
        if q.what is None or q.unit is not None or q.low is not None:
            return False
        what = q.what.lower()
        at = f.low.find(what, q.end, q.end + len(what) + _SOURCE_GAP)
        if at < 0:
            return False
        noun_end = at + len(what)
        after = f.low[noun_end:noun_end + _SOURCE_TAIL_REACH].lstrip()
        if what.split()[-1] in self.lex.subject_words.get("source_nouns", ()):
            return not after.startswith("of ")  # not "two sources of income"
        return any(after.startswith(tail + " ")
                   for tail in self.lex.subject_words.get("source_tails", ()))

    def _margin(self, f: TextFacts, q: RawQuantity) -> bool:
        """A winning margin, a match score ("beat Gujarat by 27 runs", "won by three
        wickets"): "by" after a verb of winning or losing, before a noun of scoring."""
        verbs = self.lex.subject_words.get("margin_verbs")
        nouns = self.lex.subject_words.get("margin_nouns", frozenset())
        if q.what is not None and q.unit is None \
                and q.what.lower() in self.lex.subject_words.get("penalty_nouns", ()):
            return True  # "not less than 12 strokes of the cane", "100 lashes": a penalty
        word, at = previous_word(f.low, q.start)
        if not verbs or word != "by" or q.what is None or q.what.lower() not in nouns:
            return False  # "won the primary by 1,500 votes" counts votes
        for _ in range(CHANGE_OBJECT_WORDS):
            word, at = previous_word(f.low, at)
            if word in verbs:
                return True
            if not word.isalpha() or (word in self.lex.phrase_stops
                                      and word not in self.lex.object_links):
                return False
        return False

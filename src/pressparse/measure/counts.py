"""Counts: a bare number and the noun it counts, or the set it counts out of; exchange rates
and bare figures that count nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..word_alternation import NEVER, spaced_alternation
from .clause_links import COMPARED_BEFORE, ClauseLinker
from .guards import Guards
from .lexicon import Lexicon, currency_head
from .measures import MeasureBuilder
from .mentions import SubstanceMention, mention_before, mention_in, mention_starting
from .number_reading import NumberReader
from .patterns import Patterns
from .phrases import NounPhrase, noun_phrase
from .qualifiers import QualifierReader
from .reading import (
    RawQuantity,
    Reading,
    is_year,
    looks_plural,
    reading_qualifier,
    reading_value,
)
from .tables import LOWER_WORD, TableReader
from .text_facts import DASH_ROW, TextFacts
from .words import is_street, previous_word, sentence_tail, squashed, word_before

PILLS_WINDOW = 200  # the substance bare pills are of: named in the sentence before
OF_THEM = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+them\b")  # "87 of them"
PLURAL_VERB = re.compile(r"[ \t\u00a0]+(?:were|are|have[ \t\u00a0]+been|had[ \t\u00a0]+been)\b")
# " of Honduran nationality": one or two capitalized words, then a lower-case noun
_NAMED_NOUN_AFTER_OF = re.compile(
    r" of[ \t\u00a0]+(?:[A-Z][a-z]+[ \t\u00a0]+){1,2}(?P<noun>[a-z]+)\b")
_COMPARED_TAILS = ("from", "with", " to", " of", "against")  # last words of COMPARED_BEFORE
_THE_OTHER_BEFORE = re.compile(r"(?<![a-z])the[ \t\u00a0]+(?:other|remaining)[ \t\u00a0]+$")
# a verb after a bare count of a set: an auxiliary or a past tense ("have", "wanted")
_VERB_AFTER_SET = re.compile(r"[ \t\u00a0]+(?:are|were|have|had|will|would|could|remain\w*|"
                             r"[a-z]+ed)(?![a-z])")
# "(in the same period of 2024 – 917)", "(2024: 917)": a figure of a year compared in brackets
_YEAR_FIGURE_MARKS = frozenset({"–", "—", "-", ":"})
_YEAR_FIGURE_BEFORE = re.compile(r"\([^()\n]{0,40}?(?<!\d)(?:19|20)\d\d[ \t]*[–—:-][ \t]*$")
FIRST_WORD = re.compile(r"[a-z]+")
_PAIR_AFTER = re.compile(r" /[ \t]*[0-9][0-9,.]*(?=[ \t])")
# words between a verb moving a figure and "to" ("bringing [the number of the
# constellation's satellites in orbit] to 162")
_LEVEL_OBJECT_WORDS = 9
_VERB_COMMA_BEFORE = re.compile(r"(?<![A-Za-z])([a-z]+),[ \t]+$")  # "decreased, " before "to"
# "by 12 " before "to 340": a change by an amount, then the level it reached
_BY_AMOUNT_BEFORE = re.compile(r"(?<![a-z])by[ \t]+\d[\d,.]*[ \t]+$")
_FROM_FIGURE_TO = re.compile(r"(?<![a-z])from[ \t]+\d[\d,.]*[ \t]+to[ \t]+$")
# the next field of a flattened table row after a figure: the row's dash, then a number
_DASH_NEXT_FIELD = re.compile(r"[ \t]+([–—-])[ \t]+\d")
# the caption of a block of flattened table rows ("Arrests and main seizures by country:"):
# its first word, in group ``w``
_CAPTION_FIRST = re.compile(r"[ \t]*(?P<w>[A-Za-z]+)\b[^\n]*:[ \t]*")
_CLAUSE_ENDS = frozenset(",.;:)")
# "Of the 58 lots offered, ": a sentence opening on the set a number after it is part of
_SET_PART_KINDS = ("digits", "words")  # numbers that may count a part of a set told before
_OF_WHICH = (" of which ", " of whom ")  # before a number counting a part of the set before
_OF_AFTER = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?!the\b|them\b|these\b|those\b)")
_OF_SET_CLAUSE = re.compile(r"(?:^|[.!?\n][ \t]*)of[ \t]+(?:the|these|those|its|their)"
                            r"[^,.;:\n]{1,40},[ \t]+$")
# "a group of ", "the gang of ": a group's singular noun (group ``n``) before its size
_GROUP_OF_BEFORE = re.compile(r"(?<![a-z])(?:an?|the)[ \t\u00a0]+(?P<n>[a-z]+)[ \t\u00a0]+of"
                              r"[ \t\u00a0]+$")
_SET_BEFORE = re.compile(r"(?<![a-z])(?:the|these|those|all|both|other)[ \t\u00a0]+$")
_THE_BEFORE = re.compile(r"(?<![a-z])the[ \t\u00a0]+$")
_AND_BEFORE = re.compile(r"(?:(?<![a-z])and|,)[ \t\u00a0]+$")
_APPOSITION_AFTER = re.compile(r"(?:[ \t\u00a0]+[a-z]+){0,2},")  # "men on board, two ..."
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ani", "eni")  # "Ecuadorian", not "Nissan"
PERSON_CATEGORIES = frozenset({"people", "arrests", "personnel"})
_AGE_BOUNDS = frozenset({"less_than", "more_than"})  # "under 30", "over 65" after people
_AGE_LIMIT = 120
REPEAT_WINDOW = 300  # chars before "The N ..." where the same number told makes it a repeat
_ONE_PERSON_HEADS = frozenset({"national", "citizen", "man", "woman", "resident"})
_PERSON_HEAD_AFTER = re.compile(
    r"[ \t\u00a0]+(?:" + "|".join(sorted(_ONE_PERSON_HEADS)) + r")(?![\w-])")
# people counted by nationality: "two Colombian nationals", "three Brazilians", "two Dutch"
_NATIONALS_BEFORE = re.compile(
    r"\b(?:nationals|citizens)\b|\b[A-Z][a-z]+(?:ans|ese|is|ns)\b")
_AND_ONLY_BEFORE = re.compile(r"(?<![a-z])and[ \t]+$")
_PARTICIPLE_AFTER = re.compile(r"[ \t]+(?:[a-z]+ed|against)\b")
# a count in digits opening a clause with its verb: "187 were remanded", "318 lawmakers voted"
_COUNTED_CLAUSE = re.compile(r"(?<![\d,.])\d[\d,]*[ \t]+(?:[a-z]+[ \t]+)?(?:were|[a-z]+ed)\b")
_PART_OF_THEM = re.compile(r"(?:\d|\b[a-z]+) of (?:them|whom|these)\b")
# what may follow the further part: a place, a verb, a nationality, not a plural noun of
# its own ("and two vehicles")
_NOUN_OR_UNIT_AFTER = re.compile(r"[ \t]+(?![a-z]+ed\b)(?!(?:from|in|at|to|were|are|was|is|"
                                 r"have|had|has|remain|remained|held|as|on|with)\b)[a-z]+s\b")
_AGAINST_GAP = 16  # "against the yen to 151.20": the words between the currency and "to"
_FOUR_DECIMALS = re.compile(r"\d{1,4}\.\d{4}")  # an exchange rate's quote: "4.4850"
_WORD_WITH_BEFORE = re.compile(r"(\S*?)[ \t]*\b([a-z]+)(?![a-z])")
# a part of a set counted before, its noun left out: "..., including 11 on the production
# of drugs", "..., of them 341 on smuggling"
_PART_BEFORE = re.compile(r"[,(][ \t]*(?:including|of[ \t]+them|of[ \t]+which|among[ \t]+them)"
                          r"[ \t]+$")
_PART_AFTER = re.compile(r"[ \t]+(?:on|for|under|related[ \t]+to|involving|concerning)[ \t]"
                         # ... a participle and its preposition ("97 connected with sale"), or
                         # the part's clause ends ("including 11, were arrested")
                         r"|[ \t]+[a-z]+ed[ \t]+(?:with|by|in|at|from|for|on|to)[ \t]"
                         r"|[ \t]*[,;)]")
# "11 of which were equipped", "two of whom were minors": a part of the set just counted
_OF_WHICH_AFTER = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+wh(?:ich|om)\b")
# "17 people were arrested, 11 in Spain and 6 in Portugal": a set's part at a named place
_PLACE_PART_AFTER = re.compile(r"[ \t\u00a0]+in[ \t\u00a0]+(?:the[ \t\u00a0]+)?[A-Z]")
_PART_OPENERS = (", ", " and ")  # the words before a part of the set counted before
# a whole number and its noun with a verb in the past before a comma: the set a part is
# counted of ("17 people have been arrested,", "detained 23 suspects,")
_COUNTED_BEFORE = re.compile(
    r"(?<![\d.,])\d+[ \t\u00a0]+[a-z]+(?:[ \t\u00a0]+[a-z]+){0,3}ed,"
    r"|[a-z]ed[ \t\u00a0]+\d+[ \t\u00a0]+[a-z]+(?:[ \t\u00a0]+[a-z]+){0,2},")
# words before an acronym in brackets, then the counted noun ("liquefied natural gas (LNG)")
_BRACKETED_ACRONYM = re.compile(r"((?:[ \t\u00a0]+[a-z][a-z-]*){1,4})[ \t\u00a0]+\([A-Z]{2,6}\)")
# a part of a set counted in the clause before, joined by "and" ("412 were repeat
# offenders and 29 were foreign nationals")
_PARALLEL_SET_PART = re.compile(r"(?<![\d.,])\d[\d,]*[ \t]+(?:were|are)[ \t]+[a-z][a-z \t-]{0,40}"
                                r"[ \t]+and[ \t]+$")
# a measure sizing each of the things a number word counts ("two 20-foot containers")
_SIZE_AFTER = re.compile(r"[ \t]+\d[\d,.]*-(?P<u>[a-z]+)(?=[ \t])")
_SIZE_CODE = re.compile(r"\d[\d.,]*(?:-[a-z]+)+")  # "8-inch", "40-foot": a size, no model
# A statistics list's line closed by its figure: the label, then a dash, a dot leader or a
# colon ("➡️ firearms – 6", "Persons refused entry .......... 96", "1️⃣ crimes detected:
# 37"), read back from the figure
_LEADER_BEFORE = re.compile(r"(?:[ \t]+[–—-]|[ \t]*\.{3,}|:)[ \t]*$")
_FIELD_START = re.compile(r"[;,][ \t]+")  # a field after another on a list's line
# the figure closes its line, a list punctuation mark at most after it ("persons detained —
# 9;"), or a field of its line that another label and figure follow ("firearms — 2,
# cartridges — 36.")
_LINE_END = re.compile(r"[ \t]*[;,.]?[ \t]*(?:\r?\n|$)|" + _FIELD_START.pattern
                       + r"(?=[^\n\d]*?(?:[ \t][–—-]|:)[ \t]*\d)")
_LABEL_EDGE = re.compile(r"^[^A-Za-z]*|[^A-Za-z)]*$")
_PART_END = re.compile(r"[ \t\u00a0]*(?:[,.;)]|and[ \t\u00a0]|$)")
_DIGIT = re.compile(r"\d")
# a maker's name or two, then a model code holding a digit ("Boeing 737 MAX", "Airbus A350",
# "4x4", "A320neo"), then a lower-case word: the counted noun follows the model
_MODEL_CODE = re.compile(r"(?P<names>(?:[ \t\u00a0]+[A-Z][A-Za-z]+){0,2})[ \t\u00a0]+"
                         r"(?=[A-Za-z-]*\d)(?P<code>[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)*)"
                         r"(?:[ \t\u00a0]+(?:[A-Z]{2,}|[A-Z][a-z]+))?(?=[ \t\u00a0]+[a-z])")
_OTHER_AFTER = re.compile(r"[ \t]+(?:other(?P<s>s)?|more|further|additional)(?![a-z])")


def _compared_before(low: str, start: int) -> bool:
    """A figure compared with one before it ("rose to 37 from 22", "compared with 941",
    "instead of 14", "compared to four"): a COMPARED_BEFORE word right before ``start``."""
    return low[max(0, start - 9):start].rstrip().endswith(_COMPARED_TAILS) \
        and COMPARED_BEFORE.search(low, max(0, start - 30), start) is not None


def share_of_total_before(words: dict[str, frozenset[str]]) -> re.Pattern[str]:
    """A part of a total given before, named by its place or holder: "with Tokyo accounting
    for 71, followed by Osaka with 48 and Aichi with 29" (subject_words.jsonl share_verbs, and
    share_holder_links after a capitalized word), right before a figure."""
    return re.compile(
        r"(?:[A-Z][\w'’-]*[ \t\u00a0]+(?:"
        + spaced_alternation(words.get("share_holder_links", ()), empty=NEVER) + r")|(?:"
        + spaced_alternation(words.get("share_verbs", ()), empty=NEVER) + r"))[ \t\u00a0]+$")


class CountReader(NumberReader, QualifierReader, Guards, TableReader, MeasureBuilder):
    """Reads a number without a unit as a count."""

    lex: Lexicon
    pats: Patterns
    clauses: ClauseLinker
    _generic_whats: frozenset[str]
    _level_prepositions: frozenset[str]
    _share_of_total_before: re.Pattern[str]

    def _count(self, f: TextFacts, r: Reading,
               mentions: Sequence[SubstanceMention]) -> tuple[RawQuantity | None, int]:
        """A number without unit: a count of the noun phrase that follows, if any."""
        if r.number_kind in ("article", "half") and r.scaled == 1.0:
            return None, r.pos
        if self._reference_number(f, r) or self._age_bound(f, r):
            return None, r.pos
        pos = r.pos
        qualifier = r.qualifier
        after = self.pats.qualifier_after_low.match(f.low, pos)
        if after and after.group("q") and qualifier == "exact":
            qualifier = self.lex.qualifiers_after[squashed(after.group("q"))]
            pos = after.end()
        if self._parallel_part(f, r, pos) or self._nationality_part(f, r, pos):
            # "four of them Portuguese and two Brazilian", "3 of Honduran nationality"
            return RawQuantity(r.span_start, pos, reading_value(r), kind="count",
                               qualifier=reading_qualifier(r, qualifier), of_set=True), pos
        partitive = self.pats.partitive_after_low.match(f.low, pos)
        if partitive and r.value >= 2 and qualifier == "exact":
            # "Ten of the defendants were arrested": a count of the defendants
            phrase = noun_phrase(f.text, partitive.end(), self.lex, self.pats, after_of=True)
            if phrase is None:  # "won 312 of the 543 seats": a count of the seats
                # "six of Spain's 17 regions", "13 of its 16 cities"
                owner = self.pats.owner.match(f.text, partitive.end())
                total = self.pats.total_after_owner.match(f.text, owner.end() if owner
                                                 else partitive.end())
                phrase = noun_phrase(f.text, total.end(), self.lex, self.pats,
                                     after_of=True) if total else None
            elif phrase.text.endswith(("'s", "’s")):
                # "1,027 of the province's 1,109 villages": the noun after the total
                total = self.pats.total_after_owner.match(f.text, phrase.end)
                phrase = noun_phrase(f.text, total.end(), self.lex, self.pats,
                                     after_of=True) if total else None
        else:
            phrase = noun_phrase(f.text, pos, self.lex, self.pats)
            if phrase is None and r.value >= 2:
                phrase = self._arms_after_calibre(f, pos)  # "two 9mm pistols"
            if r.value >= 2 and (phrase is None or (
                    phrase.category is None and phrase.text[:1].isupper())):
                phrase = self._after_model_code(f, pos) or phrase  # "50 Boeing 737 jets"
            if phrase is None and r.value >= 2 and r.number_kind == "words":
                size = _SIZE_AFTER.match(f.low, pos)  # "two 20-foot containers"
                if size is not None and size.group("u") in self.lex.unit_words:
                    phrase = noun_phrase(f.text, size.end(), self.lex, self.pats)
            if phrase is None and r.value >= 2 and "(" in f.text[pos:pos + 60]:
                phrase = self._acronym_in_phrase(f, pos)  # "eight liquefied natural gas
                # (LNG) carriers"
            other = _OTHER_AFTER.match(f.low, pos) if phrase is None else None
            if other is not None and r.value >= 2 and float(r.value).is_integer() and \
                    not self.pats.definite_before_low.search(
                        f.low, max(0, r.span_start - 8), r.span_start):  # "the two others"
                if other.group("s"):  # "while three others jumped into the river"
                    return RawQuantity(r.span_start, pos, reading_value(r), kind="count",
                                       qualifier=reading_qualifier(r, qualifier),
                                       what="others"), pos
                # "arrested two other people": the count of the noun after "other"
                phrase = noun_phrase(f.text, other.end(), self.lex, self.pats)
        if phrase is not None and self._age_noun(phrase.text):
            return None, r.pos  # "girls in the 9-14 age group": ages
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
                return RawQuantity(r.span_start, pos, reading_value(r), unit=quoted, kind="money",
                                   qualifier=reading_qualifier(r, qualifier),
                                   what="exchange rate"), pos
        if phrase is None:
            of_set = self._counts_a_set(f, r, pos)
            # "➡️ firearms – 6", "Suspects arrested ...... 1,486": the line's label counts
            # also a figure written in groups of thousands (no bare figure then)
            listed = None if of_set else self._list_line_count(f, r, qualifier, pos)
            if listed is not None:
                return listed, pos
            if of_set or self._bare_figure(f, r, qualifier, pos):
                return RawQuantity(r.span_start, pos, reading_value(r), low=r.low, high=r.high,
                                   kind="count", qualifier=reading_qualifier(r, qualifier),
                                   of_set=of_set), pos
            if self._dash_row_cell(f, r, pos):  # "Cambodia – 296 – 410 kg": 296 arrests
                return RawQuantity(r.span_start, pos, reading_value(r), kind="count",
                                   qualifier=reading_qualifier(r, qualifier),
                                   what=self._dash_rows_caption(f, r.span_start)), pos
            return None, r.pos
        if phrase.category is None and is_street(phrase.text, self.lex.street_words):
            return None, r.pos  # "1600 Pennsylvania Avenue": a house number
        if phrase.category is None and " " not in phrase.text and len(phrase.text) > 1 \
                and phrase.text.isupper() and not phrase.head_is_unit \
                and not f.upper_line(r.start):
            return None, r.pos  # "the 737 MAX", "Windows 11 SE": a model name
        if phrase.category is None and all(word[:1].isupper() for word in phrase.text.split()) \
                and not phrase.head_is_unit and r.raw.isdigit() and r.scaled == 1.0 \
                and not phrase.text.endswith(("s", "ese")) \
                and mention_in(mentions, phrase.start, phrase.end) is None \
                and not f.upper_line(r.start) \
                and not (r.value == 1 and self._one_more_person(f, r, [phrase.text])):
            return None, r.pos  # "the 787 Dreamliner", "iPhone 15 Pro": a model name; a postal
            # code before its town ("Cheras, 56100 Kuala Lumpur")
        if len(phrase.text) == 1 and not phrase.head_is_unit:
            return None, r.pos  # "150 p", "12 x": a letter, not a counted noun
        head = phrase.text.rsplit(" ", 1)[-1].lower()
        if not phrase.head_is_unit and phrase.text.isupper() and r.value >= 2 \
                and f.upper_line(r.start) and r.scaled == 1.0 and not looks_plural(head) \
                and (phrase.category is None or head + "s" in self.lex.count_heads):
            return None, r.pos  # "4 CRIME PREVENTION": a section's number before a singular
        small_word = r.number_kind == "words" and r.value <= 10 and r.scaled == 1.0
        if small_word and not self._small_word_count_ok(f, r, phrase):
            return None, r.pos
        if r.decimals and r.alternative is not None and r.scaled == 1.0:
            r.value = r.alternative  # "1.500 people": a count has no decimals
        last_word = phrase.text.rsplit(" ", 1)[-1]
        if r.decimals and r.scaled == 1.0 and r.value != int(r.value) and not (
                r.alternative is None and last_word.islower() and (
                    looks_plural(last_word) or self.lex.count_heads.get(last_word) == "people")):
            return None, r.pos  # but an average: "yields of 31.5 bags per hectare", "a
            # household size of 2.15 people" (a plural without -s)
        if phrase.text.lower() in self.lex.of_heads:  # "500 head of cattle"
            of = self.pats.of_after_low.match(f.low, phrase.end)
            counted = noun_phrase(f.text, of.end(), self.lex, self.pats, after_of=True) \
                if of is not None else None
            phrase = counted or phrase
        what = self.lex.what_aliases.get(phrase.text.lower(), phrase.text)
        if phrase.text.lower() in self.lex.piece_words and f.has_bar:
            what = self._goods_of_cell_before(f, r.span_start, mentions) or what
        quantity = RawQuantity(r.span_start, pos, reading_value(r), low=r.low, high=r.high,
                               unit=None, kind="count", qualifier=reading_qualifier(r, qualifier),
                               what=what, category=phrase.category)
        if phrase.category is not None and not phrase.head_is_unit and " of " in phrase.text:
            # "2,40,000 pieces of yaba tablets": what the counted pills hold
            pills = self.lex.unit_words.get(phrase.text.rsplit(" ", 1)[-1].lower())
            mention = mention_in(mentions, phrase.start, phrase.end) \
                if pills is not None and pills.kind == "count" else None
            if mention is not None:
                quantity.what = mention.name
        if phrase.head_is_unit:  # "86,000 tramadol tablets": unit tablet, what tramadol
            head_start = phrase.text.rfind(" ") + 1
            quantity.unit = self.lex.unit_words[phrase.text[head_start:].lower()].name
            quantity.what = self._what_of_pills(f, phrase, head_start, mentions)
        return quantity, pos

    def _after_model_code(self, f: TextFacts, pos: int) -> NounPhrase | None:
        """The counted noun after a model's name and code ("ordered 50 Boeing 737 jets", "30
        Airbus A350 aircraft", "400 4x4 vehicles"): the whole phrase, when a lower-case
        plural or counted noun follows the code; not a date ("12 May 2024 police")."""
        model = _MODEL_CODE.match(f.text, pos)
        if model is None or is_year(model.group("code")) \
                or _SIZE_CODE.fullmatch(model.group("code")) or any(
                name.lower() in self.lex.months for name in model.group("names").split()):
            return None
        counted = noun_phrase(f.text, model.end(), self.lex, self.pats)
        if counted is None or f.text[model.end():counted.start].strip() \
                or not counted.text.islower() or counted.head_is_unit:
            return None
        if counted.category is None and not looks_plural(counted.text.rsplit(" ", 1)[-1]):
            return None
        names = model.group("names")  # opens on the blank before the first name
        start = model.end("names") - len(names.lstrip()) if names else model.start("code")
        return NounPhrase(start, counted.end, f.text[start:counted.end], counted.category)

    def _what_of_pills(self, f: TextFacts, phrase: NounPhrase, head_start: int,
                       mentions: Sequence[SubstanceMention]) -> str | None:
        """What counted pills hold: the substance they are laced with or contain ("pills
        laced with fentanyl"), else the one they are named by ("tramadol tablets"), else
        the words before the head, else the substance named just before ("the MDMA could
        have been pressed into 1.5 million pills")."""
        holder = self.pats.holding_after_low.match(f.low, phrase.end)
        if holder:
            content = mention_starting(mentions, holder.end())
            if content:
                return content.name
        mention = mention_in(mentions, phrase.start, phrase.end)
        if mention:
            return mention.name
        if head_start:  # "ecstasy pills"; "narcotic pills": drugs (what_aliases.jsonl)
            words = phrase.text[:head_start].strip()
            return self.lex.what_aliases.get(words.lower(), words)
        nearest = mention_before(mentions, phrase.start, f.text, PILLS_WINDOW,
                                  self._generic_whats)
        return nearest.name if nearest else None

    def _phrase_after_second(self, f: TextFacts, at: int) -> NounPhrase | None:
        """The counted noun after the second number of "from X to Y" (digits only)."""
        other = self._anchor_at(f, at)
        if other is None or other.number_kind != "digits":
            return None
        self._scales(f, other)
        return noun_phrase(f.text, other.pos, self.lex, self.pats)

    def _parallel_part(self, f: TextFacts, r: Reading, pos: int) -> bool:
        """A whole number after "and" that counts a further part of a set its sentence split
        with "of them" before, its noun left out: "four of them Portuguese and two
        Brazilian", "22 of them from the police and six from Customs", "Fifteen of them were
        taken to prison and four were placed under house arrest"; or that a count in digits
        with its verb before it shares, the verb left out ("187 were remanded and 74
        released")."""
        if r.low is not None or r.scaled != 1.0 or r.span_start != r.start \
                or not float(r.value).is_integer() \
                or not _AND_ONLY_BEFORE.search(f.low, max(0, r.start - 6), r.start) \
                or _NOUN_OR_UNIT_AFTER.match(f.low, pos):
            return False
        window = sentence_tail(f.low, max(0, r.start - 160), r.start)
        if _PART_OF_THEM.search(window) is not None:
            return True
        # "187 were remanded in custody and 74 released", "318 lawmakers voted in favour and
        # 224 against": the verb of the count before left out
        return _PARTICIPLE_AFTER.match(f.low, pos) is not None \
            and _COUNTED_CLAUSE.search(window) is not None

    def _nationality_part(self, f: TextFacts, r: Reading, pos: int) -> bool:
        """A whole number that counts people by the nationality named after it ("detaining 4
        crew members, 3 of Honduran nationality and 1 Colombian", "two of Malian
        citizenship"): the noun of the set left out (subject_words nationality_nouns)."""
        if r.low is not None or r.scaled != 1.0 or not float(r.value).is_integer() \
                or r.value < 1 or not f.low.startswith(" of ", pos):
            return False
        named = _NAMED_NOUN_AFTER_OF.match(f.text, pos)
        return named is not None and named.group("noun").lower() in \
            self.lex.subject_words.get("nationality_nouns", ())

    def _exchange_rate(self, f: TextFacts, r: Reading, pos: int) -> str | None:
        """The currency an exchange rate is quoted in: a bare number "per dollar", "to the
        euro" or "against the dollar" after its sentence named another currency without an
        amount ("The rouble slid to 100 per dollar": RUB); None otherwise."""
        base = self.pats.quote_against_low.match(f.low, pos)
        end = r.span_start
        if base is None and r.decimals:
            against = self._quoted_against_before(f, r)
            if against is not None:
                return against
        if base is None and _FOUR_DECIMALS.fullmatch(r.raw):
            # "weakened to 4.4850 against the US dollar, after opening at 4.4580": a quote of
            # four decimals after a quote against a currency in its sentence is quoted alike
            sentence = f.low[max(0, r.span_start - 200):r.span_start]
            start = max(sentence.rfind(". "), sentence.rfind("\n")) + 1
            quoted = [m for m in self.pats.quote_against_low.finditer(sentence, start)
                      if m.group("w") in self.lex.currency_words
                      and m.group("w") not in self.lex.currency_factors]  # not "per cent"
            if quoted:
                base = quoted[-1]
                end = max(0, r.span_start - 200) + base.start()
        if base is None or base.group("w") not in self.lex.currency_words:
            return None
        per = self.lex.currency_words[base.group("w")]
        window = sentence_tail(f.low, max(0, end - 80), end)
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
            if code is None and name in self.lex.unit_words:  # "pound": a weight too
                country = self._currency_of_named_country(f, name, per)
                if country is not None:  # "Egypt's pound weakened to 48.5 against the dollar"
                    return country
        return None

    def _currency_of_named_country(self, f: TextFacts, word: str, per: str) -> str | None:
        """A currency word that is no currency's own word ("pound" is a weight too) names
        the currency of that head of the text's home country, else of the one country the
        text names most among those using it; None when no such country is named."""
        codes = [code for code in self.lex.head_currencies.get(currency_head(word), ())
                 if code != per]
        return self._most_named_currency(f, codes) if codes else None

    def _quoted_against_before(self, f: TextFacts, r: Reading) -> str | None:
        """"The dollar rose 0.4% against the yen to 151.20": a level with decimals right after
        "against <currency> to"/"at", whose sentence named the currency that moved before it,
        is quoted in whichever of the two is not the base by market convention
        (quote_bases.jsonl: JPY here; USD for "the euro fell against the dollar to 1.0850")."""
        if previous_word(f.low, r.span_start)[0] not in self._level_prepositions:
            return None
        reach = max(0, r.span_start - 120)
        sentence = f.low[reach:r.span_start]
        start = max(sentence.rfind(". "), sentence.rfind("\n")) + 1
        quotes = list(self.pats.quote_against_low.finditer(sentence, start))
        match = quotes[-1] if quotes else None  # the last quote phrase before the level
        if match is None or len(sentence) - match.end() > _AGAINST_GAP \
                or "," in sentence[match.end():]:
            return None
        word = match.group("w")
        against = self.lex.currency_words.get(word)
        if against is None or word in self.lex.currency_factors \
                or sentence[:match.start()].rstrip()[-1:].isdigit():
            return None  # "to 4.4850 against the US dollar": a quote of its own
        moved = None
        for _before, name in reversed(_WORD_WITH_BEFORE.findall(sentence, start, match.start())):
            moved = self.lex.currency_words.get(name)
            if moved is not None:
                break
        if moved is None or moved == against:
            return None
        bases = self.lex.quote_bases
        rank = {code: index for index, code in enumerate(bases)}
        quoted = against if rank.get(moved, len(bases)) <= rank.get(against, len(bases)) \
            else moved
        return self._currency_in_context(f, quoted, word if quoted == against else None)

    def _acronym_in_phrase(self, f: TextFacts, pos: int) -> NounPhrase | None:
        """A counted noun after a name with its acronym in brackets ("eight liquefied natural
        gas (LNG) carriers"): the words, the acronym and the plural noun after it."""
        bracket = _BRACKETED_ACRONYM.match(f.text, pos)
        if bracket is None:
            return None
        rest = noun_phrase(f.text, bracket.end(), self.lex, self.pats)
        if rest is None or rest.start != bracket.end() + 1 \
                or not looks_plural(rest.text.split()[0]) or not rest.text.islower():
            return None
        start = pos + len(bracket.group(1)) - len(bracket.group(1).lstrip())
        return NounPhrase(start, rest.end, " ".join(f.text[start:rest.end].split()),
                          rest.category, rest.head_is_unit)

    def _members_listed_after(self, f: TextFacts, pos: int) -> bool:
        """A comma after a set's number, then the members one by one ("two, a 52-year-old
        and a 49-year-old"; "three, two Germans and a Swiss")."""
        if not f.low.startswith(", ", pos):
            return False
        word = FIRST_WORD.match(f.low, pos + 2)
        return word is not None and (word.group() in ("a", "an")
                                     or word.group() in self.lex.number_words)

    def _age_bound(self, f: TextFacts, r: Reading) -> bool:
        """A bound or a "between" range after a noun of people is their age, not annotated
        ("people under 30", "children under 12", "men over 65", "those under 15", "the
        working-age population between 15 and 64"): one word of bound (subject_words.jsonl
        role age_bounds) or "between" after a noun of people (or an age_holders word) and
        before small whole numbers."""
        if r.scaled != 1.0:
            return False
        if r.low is not None:
            if r.opener != "between" or r.high is None or r.high >= _AGE_LIMIT \
                    or not float(r.low).is_integer() or not float(r.high).is_integer():
                return False
            after = self.pats.word_after_low.match(f.low, r.pos)
            if after is not None and after.group("w") in self.lex.count_heads:
                return False  # "arrested between 15 and 20 suspects": a count of them
            holder_end = r.span_start
        else:
            if r.qualifier not in _AGE_BOUNDS or r.value >= _AGE_LIMIT:
                return False
            bound, holder_end = previous_word(f.low, r.start)
            if holder_end != r.span_start or bound not in self.lex.subject_words.get(
                    "age_bounds", ()):
                return False
        person, _ = previous_word(f.low, holder_end)
        if person in self.lex.subject_words.get("age_holders", ()):
            return True
        category = self.lex.count_heads.get(person)  # a range after a verb of arrest counts
        return category == "people" if r.low is not None else category in PERSON_CATEGORIES

    def _bare_figure(self, f: TextFacts, r: Reading, qualifier: str, pos: int) -> bool:
        """A number in digits without a counted noun that is still a figure: scaled ("the
        population rose to 67.7 million."), bounded ("a crowd of at least 5,000 gathered"),
        written with thousands separators ("to 231,000"), or the amount or level of a change
        ("rose by 12,000", "the toll rose to 37"); never before a multiplier ("13 times")."""
        if r.number_kind == "words" and r.low is None and r.scaled == 1.0 and r.value >= 2 \
                and _compared_before(f.low, r.span_start):
            return True  # "six people were arrested, compared to four a year earlier"
        if r.number_kind != "digits":
            return False
        if r.scaled >= 1000:
            return True  # "downloaded 100 million times": occurrences, not a multiplier
        after = self.pats.word_after_low.match(f.low, pos)
        if after is not None and after.group("w") in self.lex.multiplier_words:
            return False
        if f.low.startswith("-", pos) and FIRST_WORD.match(f.low, pos + 1) is not None:
            return False  # a compound adjective: "jumped 30-fold", "a 40,000-strong crowd"
        if r.value >= 1000 and any(sep in r.raw for sep in ",'’\u00a0\u202f"):
            return True  # "to 231,000", "to 35,210.5"
        if r.low is None and r.scaled == 1.0 and r.span_start == r.start \
                and float(r.value).is_integer() and _PART_END.match(f.low, pos) \
                and self._share_of_total_before.search(f.text, max(0, r.start - 40), r.start) \
                and _DIGIT.search(sentence_tail(f.low, max(0, r.start - 200), r.start - 1)):
            return True  # "with Tokyo accounting for 71, followed by Osaka with 48"
        if r.low is None and r.value >= 2 and float(r.value).is_integer() \
                and r.span_start == r.start:
            verb = word_before(f.text, r.start)
            if verb is not None and verb.word.lower() in self.lex.people_verbs:
                return True  # "killed 12 and injured 200", "the firm employs 4,500"
        if r.low is None and not float(r.value).is_integer():
            return False
        if qualifier != "exact" and r.value >= 10 and r.span_start < r.start:
            return True
        if r.low is None and _compared_before(f.low, r.span_start):
            return True  # "rose to 37 from 22", "compared with 941 in 2022", "instead of 14"
        if r.low is None and f.low[r.span_start - 2: r.span_start].strip() in _YEAR_FIGURE_MARKS \
                and _YEAR_FIGURE_BEFORE.search(f.low, max(0, r.span_start - 60), r.span_start):
            return True  # "1,064 crimes (in the same period of 2024 – 917)": compared figure
        if r.low is None and r.span_start == r.start and f.low.startswith(")", pos) \
                and self.pats.period_bracket_low.search(
                    f.low, max(0, r.span_start - 30), r.span_start):
            return True  # "4.1 % fewer than in the previous year (37,405)": compared figure
        from_to = _FROM_FIGURE_TO.search(f.low, max(0, r.span_start - 30), r.span_start)
        if from_to is not None and self._after_change_verb(f, from_to.start()):
            return True  # "the index rose from 40 to 50": the level after, like the one before
        before = word_before(f.text, r.span_start)
        if before is not None and before.word.lower() in ("by", "to", "from") and before.at:
            # "rose by 12,000", "the death toll rose to 37", "24 now, up from 14 in 2019"
            if before.word.lower() == "to" and (self._level_reached(f, before.at)
                                                or self._after_level_move(f, before.at)):
                return True
            verb = _VERB_COMMA_BEFORE.search(f.text, max(0, before.at - 30), before.at)
            if verb is not None and before.word.lower() == "to":
                # "The number of boats also decreased, to 187 from the 264": the verb of
                # change set off by a comma before the level
                return verb.group(1).lower() in self.lex.change_cues
            if before.word.lower() == "to" and _BY_AMOUNT_BEFORE.search(
                    f.low, max(0, before.at - 24), before.at):
                return True  # "rose by 12 to 340": the level after a change by an amount
            before = word_before(f.text, before.at)
        if before is not None and before.word.lower() in self.lex.change_cues:
            return True
        return r.low is None and self._counted_measure_level(f, r)

    def _counted_measure_level(self, f: TextFacts, r: Reading) -> bool:
        """A whole number that is the level of a counted measure the clause names as its
        subject: "The number of measles cases this year has reached 287", "Last year's
        total was 262", "The tally of arrests stood at 1,204" (subject_words count_measures)."""
        if not float(r.value).is_integer() or r.span_start != r.start:
            return False
        subjects = self.clauses.subjects
        subject = subjects.before(f.text, f.low, r.start, subjects.count_level_skip)
        if subject is None or subject.kind == "apposition":
            return False
        if subject.measure is not None:
            return subject.measure in subjects.count_measures
        head = f.low[subject.start:subject.end].rpartition(" ")[2]
        return head in subjects.count_measures

    def _age_noun(self, phrase: str) -> bool:
        """The phrase after a number is a noun of ages ("age group", "age bracket rose"),
        not a plural it sizes ("age group coaches")."""
        words = squashed(phrase).split()
        for size in (2, 1):
            if " ".join(words[:size]) in self.lex.subject_words.get("age_nouns", ()):
                return len(words) == size or not looks_plural(words[-1])
        return False

    @staticmethod
    def _dash_row_cell(f: TextFacts, r: Reading, pos: int) -> bool:
        """A whole number that is the first field of a flattened table row, the row's dash
        before it and after it ("Brunei Darussalam – 38 – 1.6 kg crystal methamphetamine")."""
        if r.number_kind != "digits" or r.low is not None or r.span_start != r.start \
                or not float(r.value).is_integer():
            return False
        following = _DASH_NEXT_FIELD.match(f.text, pos)  # anchored: cheap, checked first
        return following is not None and f.dash_field(r.start) == following.group(1)

    def _list_line_count(self, f: TextFacts, r: Reading, qualifier: str,
                         pos: int) -> RawQuantity | None:
        """The count closing a statistics list's line (``_list_line_label``): of what its
        label names, or in the count unit heading the label, of the goods before it ("-
        Oxycodone pills - 140": 140 pills of oxycodone); None when the line is no such line."""
        label = self._list_line_label(f, r, pos)
        if label is None:
            return None
        quantity = RawQuantity(r.span_start, pos, reading_value(r), kind="count",
                               qualifier=reading_qualifier(r, qualifier), what=label)
        goods, _, head = label.rpartition(" ")
        unit = self.lex.unit_words.get(head.lower())
        if unit is not None and unit.kind == "count" and goods:
            quantity.unit, quantity.what = unit.name, goods
        return quantity

    def _list_line_label(self, f: TextFacts, r: Reading, pos: int) -> str | None:
        """The label of a statistics list's line that a whole number closes after a dash, a
        dot leader or a colon ("➡️ firearms – 6", "Persons refused entry ......... 96",
        "persons detained — 9;", "firearms — 2, cartridges — 36"), when the
        label names counted things (a plural or a count noun); None otherwise, and for a
        contact line's number ("Hotline for reporting drug crimes – 1060")."""
        if r.number_kind != "digits" or r.low is not None or r.span_start != r.start \
                or r.scaled != 1.0 or not float(r.value).is_integer() \
                or _LINE_END.match(f.text, pos) is None:
            return None
        line_start = f.text.rfind("\n", 0, r.start) + 1
        leader = _LEADER_BEFORE.search(f.text, line_start, r.start)
        if leader is None:
            return None
        for field in _FIELD_START.finditer(f.text, line_start, leader.start()):
            line_start = field.end()  # ("firearms — 2, cartridges — 36": "cartridges")
        label = _LABEL_EDGE.sub("", f.text[line_start:leader.start()])
        words = LOWER_WORD.findall(label.lower())
        if not words or any(word in self.lex.contact_labels for word in words) \
                or words[-1] in self.lex.code_words:
            return None  # (a reference's label: "News code: 48213", "Case file — 112")
        if not any(word in self.lex.count_heads or looks_plural(word) for word in words):
            return None
        return label

    def _dash_rows_caption(self, f: TextFacts, start: int) -> str | None:
        """What the first cells of a block of flattened table rows count: the first word of
        the caption line ending in a colon above the block, a plural noun ("Arrests and main
        seizures by country:": arrests); None without one."""
        line_start = f.text.rfind("\n", 0, start) + 1
        for _ in range(40):  # rows of the block
            if line_start == 0:
                return None
            above = f.text.rfind("\n", 0, line_start - 1) + 1
            if DASH_ROW.fullmatch(f.text, above, line_start - 1):
                line_start = above
                continue
            caption = _CAPTION_FIRST.fullmatch(f.text, above, line_start - 1)
            if caption is None:
                return None
            word = caption.group("w").lower()
            if word not in self.lex.count_heads and not looks_plural(word):
                return None
            return self.lex.what_aliases.get(word, word)
        return None

    def _after_level_move(self, f: TextFacts, to_at: int) -> bool:
        """"fell 9 basis points to 187", "lost 62 points to 1,187": "to" right after a move
        in a unit whose level is written bare (units.jsonl elided_level)."""
        word, _ = previous_word(f.low, to_at)
        unit = self.lex.unit_named(word)
        return unit is not None and unit.name in self.lex.level_units

    def _level_reached(self, f: TextFacts, to_at: int) -> bool:
        """"bringing the death toll to 45", "taking its total to 446": a verb that moves a
        named figure, then the figure's words, then "to" and the level."""
        verbs = self.lex.subject_words.get("to_level_verbs")
        if not verbs:
            return False
        word, at = previous_word(f.low, to_at)
        for _ in range(_LEVEL_OBJECT_WORDS):
            if not word.removesuffix("'s").removesuffix("’s").isalpha():
                return False  # a possessive is a word of the figure ("the constellation's")
            word, at = previous_word(f.low, at)
            if word in verbs:
                return True
            if word in self.lex.phrase_stops and word not in self.lex.object_links:
                return False
        return False

    def _counts_a_set(self, f: TextFacts, r: Reading, pos: int) -> bool:
        """A whole number counting people or things named before: "87 of them", "Three of
        them" (not "the two of them"), or the subject of a plural verb in digits ("3 412
        were arrested", "28 were new drug abusers")."""
        if r.low is not None or r.scaled != 1.0 or r.value < 2 \
                or not float(r.value).is_integer():
            return False
        if OF_THEM.match(f.low, pos):
            return not self.pats.definite_before_low.search(
                f.low, max(0, r.span_start - 8), r.span_start)
        if _THE_OTHER_BEFORE.search(f.low, max(0, r.span_start - 16), r.span_start) and (
                _VERB_AFTER_SET.match(f.low, pos) or self._members_listed_after(f, pos)):
            # "The other five have pleaded guilty", "the other four wanted", "For the other
            # two, a 52-year-old and a 49-year-old, help came too late" (not "sets him apart
            # from the other two, and his sentence ...": the set told before)
            return True
        group = _GROUP_OF_BEFORE.search(f.low, max(0, r.span_start - 24), r.span_start)
        if group is not None and self.lex.count_heads.get(group.group("n") + "s") == "groups" \
                and (_VERB_AFTER_SET.match(f.low, pos) or f.low[pos:pos + 1] in _CLAUSE_ENDS):
            return True  # "The group of five had been skiing": the group's members
        if r.number_kind in _SET_PART_KINDS and f.low.startswith(" ", pos) \
                and f.low[pos + 1:pos + 2].isalpha() and _OF_SET_CLAUSE.search(
                    f.low, max(0, r.span_start - 60), r.span_start):
            return True  # "Of the 58 lots offered, 55 found buyers", "Of the 21 films in
            # competition, five were directed by women": a part of the set
        if r.number_kind == "words" and f.low.endswith(_OF_WHICH, 0, r.span_start) and (
                PLURAL_VERB.match(f.low, pos) or _OF_AFTER.match(f.low, pos)):
            return True  # "three savings banks, of which two were given warnings", "Nine
            # people, of which four of Nigerien nationality"
        if r.number_kind == "digits" and f.low.endswith(_OF_WHICH, 0, r.span_start) \
                and self.pats.word_after_low.match(f.low, pos) is not None:
            return True  # "112 registered customers, of whom 87 placed winning bids": the
            # relative clause's subject, a part of the set before, whatever its verb
        if r.number_kind == "digits" and _PART_AFTER.match(f.low, pos):
            part = _PART_BEFORE.search(f.low, max(0, r.span_start - 20), r.span_start)
            if part is not None:
                sentence = sentence_tail(f.low, max(0, part.start() - 200), part.start())
                if any(ch.isdigit() for ch in sentence):
                    return True  # "2 934 criminal cases, of them 341 on smuggling",
                    # "214 cases, including 11 on the production of drugs", "63 suspects,
                    # including 11, were": a part of the set
        if _OF_WHICH_AFTER.match(f.low, pos) and f.low.endswith(", ", 0, r.span_start):
            return True  # "liquidated 17 drug laboratories, 11 of which were equipped"
        if r.number_kind == "digits" and f.text.endswith(_PART_OPENERS, 0, r.span_start) \
                and _PLACE_PART_AFTER.match(f.text, pos):
            part = sentence_tail(f.low, max(0, r.span_start - 120), r.span_start)
            if _COUNTED_BEFORE.search(part):
                return True  # "17 people have been arrested, 11 in Spain and 6 in Portugal"
        if r.number_kind != "digits" or not PLURAL_VERB.match(f.low, pos):
            return False
        # the number opens a clause ("Of these, 3 412 were", ", and 418 were"), not "aged 31
        # and 46 were arrested"
        before = f.low[max(0, r.span_start - 10):r.span_start].rstrip()
        return not before or before[-1] in ".,:;!?\n" or before.endswith(
            (", and", ", but", " of which", " of whom")) \
            or _PARALLEL_SET_PART.search(f.low, max(0, r.span_start - 60), r.span_start) \
            is not None  # "of whom 312 were minors"; "412 were repeat offenders and 29 were"

    def _small_word_count_ok(self, f: TextFacts, r: Reading, phrase: NounPhrase) -> bool:
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
        if r.value == 1 and len(words) == 1 and self._demonym(head) \
                and _PERSON_HEAD_AFTER.match(f.text, phrase.end):
            return True  # "arrested one Brazilian national", "one Syrian citizen"
        if any(word[:1].isupper() for word in words[:-1]) and not (
                (head.islower() and (looks_plural(head) or head in self.lex.count_heads))
                or (looks_plural(head) and head.lower() in self.lex.count_heads)):
            return False  # a name ("two US Navy"); "Two Sydney men", "nine CARICOM Member
            # States" count
        if phrase.category in self.lex.word_count_categories and (
                r.value >= 2 or phrase.category in PERSON_CATEGORIES):
            return True  # "one" counts a person only (guide): not "one pistol"
        if r.value < 2 or (_SET_BEFORE.search(f.low, max(0, r.span_start - 8), r.span_start)
                           and (the is None or self._value_told_before(f, r))):
            return False  # "the two sides"; a possessive counts ("his two accomplices"); a
            # sentence's "The three occupants, the pilot and ..." introduces its set, unless
            # the number was told just before ("a boat with two men ... The two occupants")
        if len(words) == 1 and head[:1].isupper() and head.endswith("ans"):
            return True  # "two Colombians", "three Afghans": people by nationality
        return phrase.category is not None or (
            head.islower() and looks_plural(head) and head not in self.lex.phrase_stops)

    def _value_told_before(self, f: TextFacts, r: Reading) -> bool:
        """Whether the reading's value is written, in digits or as a word, in the
        ``REPEAT_WINDOW`` chars before it: a set counted before and named again."""
        window = f.low[max(0, r.span_start - REPEAT_WINDOW):r.span_start]
        words = [w for w, record in self.lex.number_words.items() if record.value == r.value]
        forms = [re.escape(f"{r.value:g}"), *(re.escape(w) for w in words)]
        return re.search(rf"(?<![\w.,-])(?:{'|'.join(forms)})(?![\w.,-])", window) is not None

    def _opens_sentence(self, f: TextFacts, at: int) -> bool:
        """Whether the "The" at ``at`` opens a sentence or line ("The four men on board,
        two Venezuelans and ...": a set introduced by its count)."""
        if not f.text.startswith("The", at):
            return False
        before = f.text[max(0, at - 3):at].rstrip(" \t\u00a0")
        return not before or before[-1] in ".!?\n\"“"

    def _demonym(self, word: str) -> bool:
        """A nationality's name ("Dutch", "Ecuadorian"), not "Nissan"."""
        return word.lower() in self.lex.demonyms or (
            word[:1].isupper() and word[1:].islower() and word.endswith(_DEMONYM_ENDINGS))

    def _one_more_person(self, f: TextFacts, r: Reading, words: list[str]) -> bool:
        """"one" after "and" or a comma, naming one more person of people just counted:
        a nationality ("and one Panamanian", "and one Dutch national") after nationals, or
        the singular of the plural just counted ("two trainers ... and one trainer")."""
        if not _AND_BEFORE.search(f.low, max(0, r.span_start - 8), r.span_start):
            return False
        head = words[-1]
        window = sentence_tail(f.text, max(0, r.span_start - 160), r.span_start)
        if head.islower() and re.search(rf"\b{re.escape(head)}s\b", window):
            return True
        first = words[0]
        demonym = self._demonym(first)
        nationality = (demonym and (len(words) == 1 or (
            len(words) == 2 and head in _ONE_PERSON_HEADS))) \
            or " ".join(words).lower() in self.lex.demonyms  # "and one Costa Rican"
        if not nationality:
            return False
        if _NATIONALS_BEFORE.search(window) is not None:
            return True
        # "Two men, one Jamaican and one Haitian": people counted before by a person noun
        return any(self.lex.count_heads.get(word) in PERSON_CATEGORIES
                   for word in LOWER_WORD.findall(window.lower()))

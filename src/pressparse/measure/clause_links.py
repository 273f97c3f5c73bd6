"""What a figure measures when its clause, not the words next to it, says so.

- a change: what changed ("the number of detected crimes grew by 12 %": detected crimes;
  "seized 14.7 t of cocaine, 31 % more than in 2024": the amount before it, cocaine; "a
  decrease of 11.8 % in cases": cases; "The quantity is 45 % lower": an amount named before);
- a count: "4,117 drug crimes, of which 2,693 were ..." (drug crimes), "24 countries ..., up
  from 14" (countries), "The number of deaths from overdoses fell to 61" (deaths), "1,109
  barangays, or 92.6 percent" and "264 cases (64%)" (the count restated);
- a value: "The drugs have an estimated street value of R50 million" (drugs), a price:
  "yaba tablets are sold for less than $1 each" (yaba tablets), land: "poppy was grown on
  47,100 hectares" (poppy);
- pills or tablets counted again without their substance take the one counted before;
- a level compared ("against 26.8%", "up from 4.7 GW"), a part of a total ("Of the total,
  193,100 tonnes"), a value set off after an amount ("61,400 tonnes of gum arabic, worth $148
  million"), a noun a sum sizes ("a EUR 6 million grant scheme") and an absolute "with ... at"
  ("with humidity at 72 percent", "followed by iron ore at 112 million tonnes").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol

from ..word_alternation import NEVER, escaped_alternation, spaced_alternation
from .lexicon import Lexicon
from .patterns import Patterns
from .phrases import NounPhrase, noun_phrase
from .subjects import YEAR_WORD, Subject, SubjectReader
from .words import (
    GOODS_KINDS,
    HEADLINE_LENGTH,
    SENTENCE_END,
    change_noun_after,
    is_participle,
    previous_word,
)

_AGGREGATE_MIN = 10_000  # a bare count this large is the level of its clause's subject
_ELIDED_MIN = 1000  # a bare count this large whose noun is elided ("handled 1.71 million")
_ELIDED_REACH = 600  # how far back the count naming its noun may stand
_SENTENCE_BREAK = re.compile(r"(?:[.!?;]\s|\n)\s*")  # one break however many blank lines
ANAPHOR_WINDOW = 600  # "The quantity is 45 % lower": an amount in the paragraphs before
_VALUE_WINDOW = 900  # "The drugs have a street value of": the paragraph naming them
_SENTENCE_LINE_BREAK = re.compile(r"(?<=[.!?])[ \t\u00a0]*\n")  # a line that ends a sentence
_SAME_UNIT_WINDOW = 1500  # "the ring moved 1 million pills": pills counted earlier
# a sentence end, but not a line broken after a lower-case word ("from reaching the\nAustralian")
_WRAPPED_SENTENCE_END = re.compile(r"[.!?;]\s|(?<![a-z ])\n|\n(?=[ \t]*[-*•|\d\n])")
# "in the same period of 2023 (", "compared with last year (": a period, then a bracket
_PERIOD_BRACKET_BEFORE = re.compile(
    r"(?<![a-z])(?:period|year|quarter|month|half)(?:[ \t\u00a0]+(?:of[ \t\u00a0]+)?"
    r"(?:\d{4}|last[ \t\u00a0]+year|the[ \t\u00a0]+previous[ \t\u00a0]+year))?"
    r"[ \t\u00a0]*\($")
_BACK_MEASURE_REACH = 40
# the figure a count before it is compared with: "to 37 from", "compared with", "instead of",
# "38 laboratories, against 26" (a comma before "against": not "a case against 14")
COMPARED_BEFORE = re.compile(
    r"(?:\d[ \t\u00a0]+from|(?<![a-z])(?:compared[ \t\u00a0]+(?:with|to)|instead[ \t\u00a0]+of"
    r"|(?:up|down)[ \t\u00a0]+from)|,[ \t\u00a0]*(?:as[ \t\u00a0]+)?against)[ \t\u00a0]+$")
_BRACKET_REACH = 80  # how far a bracket around a change is looked for
_LOWER_WORDS = re.compile(r"[a-z]+")
_CHANGE_LABELS = frozenset({"increase", "decrease"})  # what_cues.jsonl's names of a change
# whats that name no thing: a change, or a sum per unit of goods (what_measured's "price"),
# given way to the thing whose change a level after "to" ends
_PLACEHOLDER_WHATS = _CHANGE_LABELS | {"price"}
# a level moved "from" ("was 120,500 tonnes, up from 130,800 tonnes")
_FROM_LEVEL_KINDS = frozenset({"percent", "money", "other", "mass", "volume", "length", "area"})
_LEVEL_AFTER_KINDS = frozenset({"count", "money", "other", "mass", "volume", "area", "length"})
# ("lost 120 points to 38,450", "raised its gold reserves by 30 tonnes to 140 tonnes")
# measures a clause's subject may reach as its level when nothing else names them ("Imports
# of steel from China totaled 8.73 million tons", "the network has grown to over 1,800 km")
_MEASURE_LEVEL_KINDS = frozenset({"mass", "volume", "area", "length"})
# kinds of a level a named figure reaches
_LEVEL_KINDS = frozenset({"money", "other"}) | _MEASURE_LEVEL_KINDS
# kinds of figure a copula's subject may name besides a share ("The price was 98.35 yen")
_COPULA_KINDS = _MEASURE_LEVEL_KINDS | {"money"}
# kinds a figure of which nothing nearer names is read of its clause's subject (not a count,
# a mass or a volume: a seized amount's substance is read by the events)
_CLAUSE_SUBJECT_KINDS = frozenset({"money", "percent", "length", "area", "other"})
# "was hit by a magnitude 7.7 quake": a passive's agent, not a level its subject reached
_BY_BEFORE = re.compile(r"(?<![a-z])by(?:[ \t\u00a0]+an?)?[ \t\u00a0]+$")
_IN_AFTER = re.compile(r"[ \t\u00a0]+in(?:[ \t\u00a0]+the)?(?=[ \t\u00a0])")
_OF_WHICH_BEFORE = re.compile(r"(?<![a-z])of[ \t\u00a0]+wh(?:ich|om)[ \t\u00a0,]*$")
_LEVEL_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:up|down|rising|falling)[ \t\u00a0]+from|compared[ \t\u00a0]+(?:with|to)"
    r"|against)[ \t\u00a0]+$")  # "up from 14 in 2019": the level the count before rose from
_FROM_LEVEL_GAP = re.compile(r"(?:[^.!?;\n]|\.(?=\d)){0,40}?[ \t\u00a0]from[ \t\u00a0]+")
_RESTATING_GAP = re.compile(r"[^.!?;\n]{0,60}?(?:,?[ \t\u00a0]+or[ \t\u00a0]+|[ \t\u00a0]*\()")
_HEAD_OF = re.compile(r"(?P<head>[a-z]+)[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?")
# the kinds of amount a bare measure noun refers back to ("The quantity is 45 % lower")
_REFERENT_KINDS = {
    "quantity": ("mass", "volume"), "quantities": ("mass", "volume"),
    "amount": ("mass", "volume"), "amounts": ("mass", "volume"),
    "volume": ("mass", "volume"), "weight": ("mass",),
    "number": ("count",), "numbers": ("count",), "count": ("count",), "tally": ("count",),
    "value": ("money",), "sum": ("money",), "area": ("area",),
}
_MASS_MEASURES = frozenset({"quantity", "quantities", "amount", "amounts", "volume", "volumes",
                            "weight", "total"})
# "number of" and the rest of its clause up to the figure (no comma or sentence end between)
_NUMBER_OF_CLAUSE = re.compile(r"(?<![a-z])number[ \t\u00a0]+(?P<of>of)(?=[ \t\u00a0])[^,.;:\n]*$")
_CLAUSE_REACH = 120
_COMPARING_TAILS = ("from", "with", "to", "against")  # last words of _LEVEL_BEFORE
GENERIC_DRUGS = "drugs"  # the guide's `what` of drug totals
_PRECURSOR_CLASS = "precursor"  # the SUBSTANCE class of chemicals drugs are made from
_DRUG_WORDS = frozenset({"drug", "narcotic"})  # anaphors that stand for a drug
_TEMPERATURE = "temperature"  # the guide's `what` of a temperature
_CASH = "cash"  # the guide's `what` of seized money the text names no other way
_CASH_REACH = 200  # how far a sentence is read for a word of seizure around a sum
_CONVERTED = re.compile(r"[ \t\u00a0]*\((?:about|around|some|roughly|approximately|nearly)?"
                        r"[ \t\u00a0]*")  # "312.5 billion yen ($2.11 billion)"
_SPENT_ON = re.compile(r"[ \t\u00a0]+(?:on|for|in|into)(?:[ \t\u00a0]+(?:its|their|his|her|the|a|an"
                       r"))?(?=[ \t\u00a0])")
# a name set off by a comma before "at" and a share: "the Segura, at 17.9 per cent"
_NAMED_AT = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,3}),"
                       r"[ \t]+at[ \t]+$")
_NAMED_AT_REACH = 50
_CONVERSION_REACH = 30  # the length of a bracketed conversion after a sum
_SPENT_GAP = 3  # words between a verb of spending and its sum ("spent a combined")
_BOUGHT_REACH = 90  # characters from a verb of buying to the "for" before its sum
# a verb of weighing right before a mass, maybe "a total of" between ("weighing a total of")
_WEIGHING_BEFORE = re.compile(
    r"(?<![a-z])weigh(?:s|ed|ing)?(?:[ \t\u00a0]+(?:a[ \t\u00a0]+total[ \t\u00a0]+of"
    r"|a[ \t\u00a0]+combined|in[ \t\u00a0]+total|altogether|together|each))?[ \t\u00a0]+$")
_WEIGHING_REACH = 40
_AT_ONLY = frozenset({"at"})  # the word between a headline's noun phrase and its level
_WEIGHED_WORDS = 5  # the words of the noun phrase a verb of weighing is about
_WEIGHED_REACH = 80
_WEIGHED_WORD = re.compile(r"[a-z][a-z'’-]*")
_OBJECT_TOKEN = re.compile(r"[^ \t\u00a0\n]+")  # the words of a verb's object
# a word of a bought object: letters, dots and hyphens, digits only in a compound ("U.S.",
# "frozen-meals", "10-trip"), not a figure
_BOUGHT_WORD = re.compile(r"(?:[a-z][a-z.'’&]*|\d+)(?:-[a-z0-9][a-z.'’]*)*(?<=[a-z.])")
_ARTICLES = frozenset({"a", "an", "the"})
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])an?[ \t\u00a0]$")  # "imposed a 10 per cent duty"
# "signed the $1.4 billion acquisition", "a 2 GW wind farm": a sum or an amount of a unit of
# its own as the adjective of the noun after it, after an article
_SIZING_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:an?|the)[ \t\u00a0]$")
_SIZING_KINDS = frozenset({"money", "other"})
# the object of a verb of change before "by"/"to" and the figure: up to this many words
_OBJECT_WORDS = 7
# ... or this many when the object's noun phrase ends at its first preposition, a tail of
# prepositional phrases after it ("its growth forecast for next year to")
_LONG_OBJECT_WORDS = 16
_OBJECT_WORD = re.compile(r"[a-z][a-z'’&-]*|\(?[a-z]+\)")  # "interest", "bank's", "(opr)"
_NO_OBJECT_ENDINGS = ("ed", "ly", "ther")  # participles and adverbs ("further")
_RELATIVE_OPENING = ", which "  # a relative clause after the noun it is about
_RELATIVE_REACH = 60  # characters from "which" to its verb of estimating
_LEVEL_GAP_WORDS = 11  # words between a change and the level it reached, "to" included
_LEVEL_BLANKS = frozenset(" \t\u00a0")  # the blanks after the preposition before a level
_GAP_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
_DETERMINER_AFTER = re.compile(r"[ \t\u00a0]+(?:the|a|an|its|their|his|her|our|this|these)"
                               r"[ \t\u00a0]")
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_FULL_STOP = re.compile(r"[.!?][ \t\u00a0\n]|\n")  # a sentence or line end (not ";")
_VALUE_REACH = 40
# "worth $2 million", "valued at", "a street value of", "priced at": a sum a thing is worth
_VALUED_BEFORE = re.compile(r"(?<![a-z])(?:worth|valued?|priced?|costs?|cost(?:ing)?)(?![a-z])"
                            r"[^.!?;\n]{0,25}$")
# between two shares of one change: a few words with no clause mark, then "and"
_COORDINATED_GAP = re.compile(r"(?:[ \t]+(?:in|on|from|a|the|[a-z]+-on-[a-z]+|[A-Za-z]+|\d{4}))"
                              r"{0,4},?[ \t]+and[ \t]+")
# an amount, its sentence's words, then a comma before a share: "Wheat exports totalled 19.2
# mln tons, 9% below", "handled 8.63 million cruise passengers in fiscal 2026, up 7.2% from",
# "2,105 persons arrested, 61% of them", "1.2 billion kroner higher than in 2025, an increase
# of 4.5 percent"
# (a line wrapped between two words inside it; "..., which represents an increase of 13 %",
# "..., with an increase of 12%", "..., the latter 31 per cent more")
_APPOSED_GAP = re.compile(
    r"(?:[^\n.;!?]|(?<=[a-z,])\n(?=[a-z])){0,60},[ \t\u00a0]+(?:(?:up|down|the[ \t\u00a0]+latter"
    r"|(?:(?:which|what|that)[ \t\u00a0]+(?:represents?|is|was|means|marks)[ \t\u00a0]+"
    r"|with[ \t\u00a0]+|showing[ \t\u00a0]+|marking[ \t\u00a0]+|representing[ \t\u00a0]+)?"
    r"an?[ \t\u00a0]+[a-z]+[ \t\u00a0]+of)[ \t\u00a0]+)?")
_SOLID_KINDS = frozenset({"mass", "volume", "money"})  # compared figures of one thing
_ABSOLUTE_REACH = 70
_VALUED_GAP = 60  # how far back from the sum its comma may stand
_VALUED_KINDS = frozenset({"mass", "volume", "count"})  # amounts of goods a sum is the value of
# kinds of an amount of change whose clause names what changed ("cut spending by $12 billion")
_CHANGED_KINDS = frozenset({"money", "count", "other", "mass", "volume", "area", "length"})
_PART_REACH = 30  # how far before a figure its partitive ("Of this amount,") is looked for
_VERB_REACH = 60  # a verb of sale or growing this close before a figure may govern it
# "5,612 offences in 2024 (2023: 4,980)": the same figure for another period
_PERIOD_BEFORE = re.compile(
    r"\((?:\d{4}|(?:the[ \t\u00a0]+)?(?:previous|last|prior)[ \t\u00a0]+year"
    r"|a[ \t\u00a0]+year[ \t\u00a0]+(?:earlier|before|ago))[ \t\u00a0]*:[ \t\u00a0]*$"
    # "(2024 – 187)", "(for the same period of 2025 – 276)": a year, a dash and the figure
    r"|\([^()\n]{0,40}?(?<!\d)(?:19|20)\d\d[ \t\u00a0]*[–—-][ \t\u00a0]*$")


# an amount of change set off by a comma after the amount it changes ("3.94 TWh, 1.12 TWh less")
_GAPPED_COMMA = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*")
# a figure whose verb is left out: a comma, "and", "while" or a dash, then a short noun phrase
# (group ``phrase``), maybe a comma or a dash, right before the figure
_GAPPED_PHRASE = re.compile(
    r"(?:[,;][ \t\u00a0]*(?:and[ \t\u00a0]+)?|[ \t\u00a0]and[ \t\u00a0]+)"
    r"(?P<phrase>[A-Za-z][\w'’-]*(?:[ \t\u00a0]+[A-Za-z0-9][\w'’-]*){0,2})"
    r"[ \t\u00a0]*(?:[,:]|[ \t\u00a0][-–—])?[ \t\u00a0]*$")
_GAPPED_REACH = 60
_ADVERB_ENDINGS = ("ly", "wards")  # "afterwards", "respectively": no gapped noun
# a gapped clause's noun and the preposition its verb took before the earlier figure ("Soft
# wheat accounted for 1.7 million tonnes, durum wheat for 0.6 million", "cases rose by 18
# percent and deaths by 43 percent")
_GAPPED_PREPOSITION = re.compile(
    r"(?:[,;][ \t\u00a0]*(?:and[ \t\u00a0]+)?|[ \t\u00a0]and[ \t\u00a0]+)"
    r"(?P<phrase>[A-Za-z][\w'’-]*(?:[ \t\u00a0]+[A-Za-z][\w'’-]*){0,3})"
    r"[ \t\u00a0]+(?P<preposition>for|by|to|at|with)[ \t\u00a0]+$")
_OR_RESTATED = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*or[ \t\u00a0]+")


class Linked(Protocol):
    """What the linker reads and sets on a found quantity (``scanner.RawQuantity``)."""

    start: int
    end: int
    value: float | None
    kind: str
    unit: str | None
    what: str | None
    change: str | None
    category: str | None
    kg: float | None
    litres: float | None


class Mention(Protocol):
    start: int
    end: int
    name: str
    substance_class: str | None


def _absolute_at(words: dict[str, frozenset[str]]) -> re.Pattern[str]:
    """"with humidity at", "followed by iron ore at", "and cement at": a joint (subject_words.jsonl
    absolute_joints), maybe a determiner (absolute_determiners), up to four words of a noun
    phrase (group ``phrase``), then "at" right before a figure."""
    return re.compile(
        r"(?:(?<![a-z])(?:" + spaced_alternation(words.get("absolute_joints", ()), empty=NEVER)
        + r")(?:[ \t\u00a0]+(?:" + escaped_alternation(words.get("absolute_determiners", ()))
        + r"))?)[ \t\u00a0]+(?P<phrase>[a-z][a-z'’-]*(?:[ \t\u00a0]+[a-z][a-z'’-]*){0,3})"
        r"[ \t\u00a0]+at[ \t\u00a0]+$")


def _valued_after(words: dict[str, frozenset[str]]) -> re.Pattern[str]:
    """A sum set off by a comma as the value of the amount before it (", worth", ", valued
    at", ", for a total value of": subject_words.jsonl value_after_comma)."""
    return re.compile(r",[ \t\u00a0]*(?:"
                      + spaced_alternation(words.get("value_after_comma", ()), empty=NEVER)
                      + r")[ \t\u00a0]+$")


def _part_of_total_before(words: dict[str, frozenset[str]]) -> re.Pattern[str]:
    """A part of a total named before: "Of this amount, 2.9 tonnes ...", "of which 312 kg
    were": "of", a pronoun or article (subject_words.jsonl partitive_pronouns), maybe a noun of
    the total (partitive_nouns), maybe a comma, right before a figure."""
    return re.compile(
        r"(?<![a-z])of[ \t\u00a0]+(?:" + escaped_alternation(words.get("partitive_pronouns", ()))
        + r")(?:[ \t\u00a0]+(?:" + escaped_alternation(words.get("partitive_nouns", ()))
        + r"))?[ \t\u00a0]*,?[ \t\u00a0]*$")


def _back_measure_near(measures: frozenset[str], tails: frozenset[str]) -> re.Pattern[str]:
    """"the figure was", "the total stood at": one of the bare measure nouns that refer back
    to the total named just before (subject_words.jsonl back_measures), then a verb of a
    level, maybe its particle (level_tails.jsonl: " to", " at"), then the figure."""
    verbs = sorted(tail for tail in tails if not tail.startswith(" "))
    particles = sorted(tail.strip() for tail in tails if tail.startswith(" "))
    return re.compile(
        r"(?<![a-z])(?:" + "|".join(sorted(map(re.escape, measures))) + r")[ \t\u00a0]+"
        r"(?:[a-z]+[ \t\u00a0]+)?(?:" + escaped_alternation(verbs) + r")(?:[ \t\u00a0]+(?:"
        + escaped_alternation(particles) + r"))?[ \t\u00a0]+$")


class ClauseLinker:
    """Fills ``what`` from the clause around a figure; see the module docstring."""

    def __init__(self, lex: Lexicon, pats: Patterns) -> None:
        self.lex = lex
        self.pats = pats
        self.subjects = SubjectReader(lex)
        # a verb of sale or of growing near a figure, found before its clause is read
        self._sale_near = any_word(self.subjects.sale_verbs)
        self._crop_near = any_word(self.subjects.crop_verbs)
        self._generic_whats = frozenset(lex.what_aliases.values())
        self._level_tails = tuple(sorted(lex.level_tails))
        # "the mercury", "thermometers": a temperature's subject that names no thing
        self._thermometers = lex.subject_words.get("thermometer_nouns", frozenset())
        # "which the ministry puts at": verbs of estimating (see _relative_estimate)
        self._estimate_verbs = lex.subject_words.get("estimate_verbs", frozenset())
        # "Ticket sales brought in US$58.9 million": verbs of earning, and the words a
        # subject is read back over before one
        self._earning_verbs = lex.subject_words.get("earning_verbs", frozenset())
        self._earning_skips = self._earning_verbs | {"in", "has", "have", "had"}
        self._periods = self.subjects.period_nouns | self.subjects.period_deictics
        # first words of a gapped phrase that set the figure beside the earlier one ("and in
        # 2024 - 37.9 mln tonnes", "versus 60 pesos") or add another ("plus 3,500 euros")
        self._gapped_same = lex.subject_words.get("gapped_same", frozenset())
        self._gapped_not = lex.subject_words.get("gapped_not", frozenset())
        # "breaking its record of", "the previous high of": a record set beside the level
        records = lex.subject_words.get("record_nouns", frozenset())
        self._record_of = re.compile(r"(?<![a-z])(?:" + escaped_alternation(records)
                                     + r")[ \t\u00a0]+of[ \t\u00a0]+$")
        self._record_reach = max(map(len, records), default=0) + len(" of ") + 6
        self._cash_near = any_word(lex.subject_words.get("cash_words", frozenset()))
        self._back_measures = lex.subject_words.get("back_measures", frozenset())
        self._back_measure_near = _back_measure_near(self._back_measures, lex.level_tails)
        self._absolute_at_before = _absolute_at(lex.subject_words)
        self._valued_after = _valued_after(lex.subject_words)
        self._part_of_total = _part_of_total_before(lex.subject_words)
        # the object of a verb of change before "by"/"to" and a figure (subject_words.jsonl
        # object_joints): no clause's word in it (object_stops), no time's preposition opening
        # it (time_prepositions)
        self._object_joints = lex.subject_words.get("object_joints", frozenset())
        self._object_stops = lex.subject_words.get("object_stops", frozenset())
        self._time_prepositions = lex.subject_words.get("time_prepositions", frozenset())
        # a year closing a verb's object after one of period_joints, maybe a fiscal_words
        # word between ("its forecast for 2027", "its estimate for fiscal 2026")
        self._period_joints = lex.subject_words.get("period_joints", frozenset())
        self._fiscal_words = lex.subject_words.get("fiscal_words", frozenset())
        # "by 27 percent last year, to 80,000": up to three words and a comma, then the
        # preposition before the level (subject_words.jsonl level_prepositions)
        self._level_prepositions = lex.subject_words.get("level_prepositions", frozenset())
        self._to_level = re.compile(
            r"(?:[ \t\u00a0]+[a-z][a-z-]*){0,3}(?:[ \t\u00a0]+[A-Za-z][a-z-]*){0,3},?"
            r"[ \t\u00a0]+(?:" + escaped_alternation(self._level_prepositions, empty="")
            + r")[ \t\u00a0]+")
        # a gap between a change and its level that ends with the preposition ("..., to close
        # at "), and those prepositions as a tuple, for a test before the gap is read
        self._level_gap_end = re.compile(
            r"(?<![a-z])(?:" + escaped_alternation(self._level_prepositions) + r")[ \t\u00a0]+$")
        self._level_preposition_tails = tuple(sorted(self._level_prepositions))
        # words of a change besides change_cues.jsonl's ("8.4 percent more than in 2023")
        self._comparatives = lex.subject_words.get("comparatives", frozenset())
        # "the deficit will fall to 2.8% of GDP": the base of a share, not what it measures
        self._ratio_bases = lex.subject_words.get("ratio_bases", frozenset())
        # "Turnout was 74.4 percent": a share stated of the clause's subject
        self._copulas = lex.subject_words.get("copulas", frozenset())
        self._copula_endings = tuple(f" {word} " for word in sorted(self._copulas))
        self._copula_reach = max(map(len, self._copula_endings), default=0)
        # "The dam will be 256 metres high": a copula after a modal or an auxiliary
        self._copula_skip = self._copulas | lex.subject_words.get("auxiliaries", frozenset())
        # "Turnout was only 40.9%": an adverb between the copula and the share
        self._copula_adverbs = lex.subject_words.get("copula_adverbs", frozenset())
        # the words a verb's object may open with ("its benchmark rate", "the second rate")
        self._determiners = _ARTICLES | _DEMONSTRATIVES \
            | lex.subject_words.get("possessives", frozenset())
        # "agreed to buy Lumera Therapeutics for": a verb of buying, its object up to "for"
        purchases = lex.subject_words.get("purchase_verbs", frozenset())
        self._bought = re.compile(
            r"(?<![a-z])(?P<verb>" + escaped_alternation(purchases) + r")(?![a-z])"
            r"(?:[^.;:!?\n,()]|\.(?=[a-z])|(?<=[a-z]\.[a-z])\.){1,80}?$") if purchases else None

    # ---------------------------------------------------------------- after a scan
    def link(self, text: str, low: str, found: Sequence[Linked],
             mentions: Sequence[Mention]) -> None:
        """Set ``what`` of the figures whose clause names it, in text order (a figure may
        take the ``what`` just set on one before it)."""
        for index, q in enumerate(found):
            if q.kind == "percent" and q.what is not None \
                    and q.what.lower() in self._ratio_bases:
                q.what = None  # the subject of its clause says what the share is of GDP
            if (q.what is None or q.what in _PLACEHOLDER_WHATS) and index \
                    and found[index - 1].change is not None \
                    and _change_to_follow(found[index - 1], q) \
                    and self._to_level.fullmatch(text, found[index - 1].end, q.start):
                # "drug users grew by 3.5% to 2.1 million": the level of what changed;
                # "Spot gold rose 0.8% to $5,212.40 per ounce": the gold, not a price
                q.what = found[index - 1].what
                continue
            if q.what is None and index:
                reached = self._level_after_change(low, found, index)
                if reached:
                    # "lowered the rate by 25 basis points to 2.50 per cent", "fell about 12
                    # percent in 2025 to $9.8 billion", "rose 0.7 per cent, to close at 1,612"
                    q.what = reached
                    continue
            moved_from = _from_level(low, found, index)
            if moved_from:
                # "rising to 137.4% of GDP in 2027 from 135.4%", "narrowed to 17.3 billion
                # euros from 21.4 billion euros", "amounted to RM58.3 billion, up 19.1 per
                # cent from RM48.95 billion": the level it moved from
                q.what = moved_from
                continue
            if q.kind in _SOLID_KINDS and _compares(low, q.start) \
                    and not self.pats.of_after_low.match(low, q.end):
                # "totalled 1,234 kg this year, against 980 kg last year": the same figure
                # (a line broken inside the sentence, as in PDF text, does not end it)
                earlier = _what_before(text, found, index, kinds=(q.kind,), same_sentence=True,
                                       wrapped=True)
                if earlier:
                    q.what = earlier
                    continue
            if q.what is None and q.kind in GOODS_KINDS \
                    and self.part_of_total_before(low, q.start):
                # "282,000 tonnes of grapes. Of the total, 193,100 tonnes ...": the total's (not
                # a drug's: a part of a seized total is no seizure of its own, so it stays bare)
                q.what = _total_before(found, index)
                if q.what == GENERIC_DRUGS or any(m.name == q.what for m in mentions):
                    q.what = None
                if q.what:
                    continue
            if q.what is None and q.kind not in _SOLID_KINDS and q.kind != "count" \
                    and _compares(low, q.start):
                # "stood at 17.3% of capacity, against 26.8% a year earlier", "aims for 21 GW
                # by 2032, up from 4.7 GW now": the figure of its unit compared with
                q.what = _compared_level(text, found, index)
                if q.what:
                    continue
            if low.rfind("(", max(0, q.start - 50), q.start) >= 0 and (
                    (q.what is None and _PERIOD_BEFORE.search(low, max(0, q.start - 50), q.start))
                    or (q.kind in _SOLID_KINDS and _PERIOD_BRACKET_BEFORE.search(
                        low, max(0, q.start - 50), q.start))):
                # "5,612 offences (2023: 4,980)", "14.2 % more than in the same period of
                # 2023 (17,401.0 kg)": the figure before, for another period
                q.what = _what_before(text, found, index, kinds=(q.kind,),
                                      same_sentence=True) or q.what
                continue
            if q.kind in _SOLID_KINDS:
                earlier = self._referred(text, low, q, index, found)
                if earlier:  # "In the same period of 2024 the figure was 49.7 tons."
                    q.what = earlier
                    continue
            if q.kind == "percent":
                if q.what is None or q.what.rsplit(" ", 1)[-1] in _CHANGE_LABELS:
                    bracketed = self._bracketed_change(text, low, q, index, found)
                    if bracketed:  # "hashish – 391 kg 400 g (decrease by 8.2%)"
                        q.what = bracketed
                        continue
                    if q.what is None and q.change is None:
                        sized = self._sized_noun(text, low, q, mentions)
                        if sized:  # "imposed a 10 per cent export duty on parboiled rice"
                            q.what = sized
                            continue
                    changed = self._changed(text, low, q, index, found, mentions) \
                        if q.change is not None or q.what is not None else None
                    # a change of the amount just before, not a bare "increase" (guide)
                    apposed = _apposed_amount(text, found, index)
                    q.what = changed or apposed or q.what \
                        or self._restated(text, q, index, found) \
                        or self._level(text, low, q, mentions) or self._copula(text, low, q,
                                                                               mentions) \
                        or _coordinated_share(text, found, index)
            elif q.what is None and q.change is not None and q.kind in _CHANGED_KINDS:
                # "cut spending by $12 billion", "raised its gold reserves by 30 tonnes": what
                # the sum or amount changed
                q.what = self._changed(text, low, q, index, found, mentions)
            elif q.what is None and q.kind in _LEVEL_KINDS \
                    and not _BY_BEFORE.search(low, max(0, q.start - 8), q.start):
                # "Gross reserves of the central bank climbed to $182.6 billion", "Total floor
                # area of new housing came to 58.1 million square meters" (a drug mass was
                # named while reading); but "has raised £142,000 for cancer research": what the
                # sum is spent on; "plans a EUR 6 million grant scheme": the noun it sizes
                # (a headline drops its articles: "Utility posts NT$18.2 billion loss",
                # "Coalition agrees €9.2 billion savings plan")
                sizing = None if _in_headline(text, q) else _SIZING_ARTICLE_BEFORE
                q.what = (self._sized_noun(text, low, q, mentions, sizing)
                          if q.kind in _SIZING_KINDS and q.change is None else None) \
                    or (self._spent_on(text, low, q, mentions) if q.kind == "money"
                        else None) or self._level(text, low, q, mentions)
            elif q.kind == "count" and q.what is None and COMPARED_BEFORE.search(
                    low, max(0, q.start - 30), q.start):
                # "rose to 37 from 22", "16 league games instead of 14": the count before
                q.what = _what_before(text, found, index, kinds=("count",), same_sentence=True) \
                    or _elided_noun(text, q, index, found)
            elif q.kind == "count" and q.what is None:
                if q.unit is None:
                    q.what = self._counted(text, low, q, index, found, mentions) \
                        or _elided_noun(text, q, index, found)
                else:  # "New orders came in at 58.3 million dwt": what reached the level
                    q.what = self._level(text, low, q, mentions) \
                        or self._same_unit_before(q, index, found)
        for index, q in enumerate(found):
            if q.what is None and q.kind in _FROM_LEVEL_KINDS:
                # "The harvest was 120,500 tonnes, up from 130,800 tonnes": the level before
                # took its subject by its copula just now
                q.what = _from_level(low, found, index)
            if q.kind == "percent" and q.what is None:
                name = self._named_at(text, q.start)
                if name:
                    q.what = name  # "the Guadalquivir, at 23.4 per cent"
                    continue
            if q.what is None and low.endswith(" at ", max(0, q.start - 4), q.start):
                q.what = self._absolute_at(text, low, q, mentions) \
                    or self._relative_estimate(text, low, q, mentions)
                if q.what:  # "with humidity at 72 percent", "followed by iron ore at 112 Mt"
                    continue
            if q.kind == "money" and q.what is None:
                q.what = self._valued_amount(text, found, index)
                if q.what:  # "exported 61,400 tonnes of gum arabic, worth $148 million"
                    continue
            if q.kind == "money" and q.what is None and self._seized_sum(low, q):
                q.what = _CASH
            elif q.kind == "money" and q.what is None:
                q.what = self._spent_on(text, low, q, mentions) \
                    or self._bought_for(text, low, q, mentions)
            if q.what is None and q.kind in _COPULA_KINDS:
                # "The lowest accepted price was 98.35 yen", "Copper output in the quarter was
                # 142,600 tonnes": the subject a sum or measure is stated of
                q.what = self._copula(text, low, q, mentions)
        _pair_links(text, found)
        self._after_late_levels(text, low, found, mentions)
        _pair_links(text, found)  # the amounts the late pass linked, converted after them

    def link_clause_subjects(self, text: str, low: str, found: Sequence[Linked],
                             mentions: Sequence[Mention]) -> None:
        """The last resort, after every other reading: a figure of a kind read as a level
        (_CLAUSE_SUBJECT_KINDS) that nothing around it names is about the subject of its
        clause ("Hydropower plants generated 3.94 TWh", "The Government will contribute $99
        million"); an amount converted in brackets after it follows it."""
        for index, q in enumerate(found):
            before = found[index - 1] if index else None
            if q.what is None and before is not None and before.what \
                    and _change_to_follow(before, q) \
                    and self._to_level.fullmatch(text, before.end, q.start):
                q.what = before.what  # "by 11 per cent to Rs 2,874 crore", "from £17.2
                continue  # billion to £14.5 billion": the level the subject's figure moved to
            if q.what is None and low.endswith(" at ", max(0, q.start - 4), q.start) \
                    and _in_headline(text, q):
                # "Serbia's raspberry exports at EUR 312 million so far this year": a
                # headline's noun phrase at its level, the verb left out
                subject = self.subjects.before(text, low, q.start, _AT_ONLY)
                if subject is not None and subject.kind == "phrase":
                    q.what = self.phrase_what(text, low, subject, mentions)
                    continue
            if q.what is None and q.kind in GOODS_KINDS:
                q.what = self._weighed(text, low, q, mentions)
                if q.what:  # "two rhino horns weighing 4.6kg", "Each bale weighs 170 kg"
                    continue
            if q.what is None and q.kind in _CLAUSE_SUBJECT_KINDS \
                    and not _SIZING_ARTICLE_BEFORE.search(low, max(0, q.start - 5), q.start):
                # (but "hit by a magnitude 6.1 quake", "a 12-kilogram lander": a figure after
                # an article sizes the noun after it, not the clause's subject)
                subject = self.subjects.clause_subject(low, q.start)
                if subject is not None:
                    q.what = self.phrase_what(text, low, subject, mentions)
        _pair_links(text, found)

    def _weighed(self, text: str, low: str, q: Linked,
                 mentions: Sequence[Mention]) -> str | None:
        """What a mass is the weight of when no substance is named around it: the noun phrase
        before a verb of weighing right before the figure ("two rhino horns weighing 4.6kg",
        "Each bale weighs 170 kg", "31,405 packages of tea leaf, weighing about 18.9 lakh kg",
        "eight satellites weighing a total of about 112 kg"); None for a pronoun or a bare
        measure noun."""
        weighing = _WEIGHING_BEFORE.search(low, max(0, q.start - _WEIGHING_REACH), q.start)
        if weighing is None:
            return None
        end = weighing.start()
        while end > 0 and low[end - 1] in " ,\t\u00a0":
            end -= 1
        base = max(0, end - _WEIGHED_REACH)
        window = low[base:end] + " "  # the words before the verb, its comma left out
        start, at = end, end + 1
        for _ in range(_WEIGHED_WORDS):
            word, word_start = previous_word(window, at - base)
            word_start += base
            if not _WEIGHED_WORD.fullmatch(word) or word in self.lex.number_words \
                    or word in self._determiners or word in self.subjects.clause_verbs \
                    or word in self.subjects.postmodifiers or word in self._object_stops \
                    or (word in self.lex.phrase_stops and word != "of"):
                break  # "carried eight satellites weighing": the counted noun only
            start, at = word_start, word_start
        words = low[start:end].split()
        while words and words[0] == "of":
            start += 3
            words = words[1:]
        if not words or words[-1] == "of" or words[-1] in self.subjects.subject_pronouns \
                or words[-1] in self.lex.anaphors or words[-1] in self.subjects.measure_nouns:
            return None
        return self.phrase_what(text, low, Subject("phrase", start, end), mentions)

    def _relative_estimate(self, text: str, low: str, q: Linked,
                           mentions: Sequence[Mention]) -> str | None:
        """"operating costs, which the ministry puts at 4.5 billion pesos", "rooftop solar,
        which the utility estimates at 6.8GW": the noun phrase before a relative clause whose
        verb of estimating (subject_words.jsonl estimate_verbs) puts the figure "at"."""
        _at, at_start = previous_word(low, q.start)
        verb, verb_start = previous_word(low, at_start)
        if verb not in self._estimate_verbs:
            return None
        which = low.rfind(_RELATIVE_OPENING, max(0, verb_start - _RELATIVE_REACH), verb_start)
        if which < 0:
            return None
        between = low[which + len(_RELATIVE_OPENING):verb_start]
        if any(not word.isalpha() and not word.endswith(("'s", "’s"))
               for word in between.split()) or SENTENCE_END.search(between):
            return None  # a figure, a comma or a clause's end between "which" and the verb
        subject = self.subjects.phrase_before(low, which)
        if subject is None or subject.kind != "phrase":
            return None
        return self.phrase_what(text, low, subject, mentions)

    def _level_after_change(self, low: str, found: Sequence[Linked], index: int) -> str | None:
        """The level a change before it in its clause reached: the ``what`` of that change
        (an amount after a verb of change or "by") when only a few words of place, time or a
        verb of reaching ("taking its total", "to close") stand between it and "to"/"at"
        before the figure; no figure, clause's word, other verb of change or sentence end
        between them."""
        q, before = found[index], found[index - 1]
        if not _change_to_follow(before, q):
            return None
        # the gap ends with a preposition and blanks (the regex below tests it in full)
        blanks_start = q.start
        while blanks_start > before.end and low[blanks_start - 1] in _LEVEL_BLANKS:
            blanks_start -= 1
        if blanks_start == q.start or not low.endswith(self._level_preposition_tails,
                                                       before.end, blanks_start):
            return None
        if before.change is None and not _BY_BEFORE.search(low, max(0, before.start - 8),
                                                           before.start):
            return None
        gap = low[before.end:q.start]
        if not self._level_gap_end.search(gap) or SENTENCE_END.search(gap):
            return None
        words = _GAP_WORD.findall(gap)
        if len(words) > _LEVEL_GAP_WORDS:
            return None
        after_comma = _GAP_WORD.findall(gap[gap.rfind(",") + 1:]) if "," in gap else ()
        if after_comma and after_comma[0] not in self._level_prepositions \
                and not after_comma[0].endswith("ing"):
            return None  # ", the ratio eases to": a clause of its own after the comma (but
            # ", to close at", ", taking its total to")
        for word in words[:-1]:
            if (word[0].isdigit() and not YEAR_WORD.fullmatch(word)) \
                    or word in self._object_stops or word in self.lex.change_cues \
                    or word in self._gapped_not:
                return None
        return before.what

    def _after_late_levels(self, text: str, low: str, found: Sequence[Linked],
                           mentions: Sequence[Mention]) -> None:
        """Figures that follow a level whose ``what`` only the second pass set ("Exports were
        512,000 tonnes, up 9% on August", "..., against 480,000 tonnes", "..., 1.12 TWh less
        than"): a share or an amount of change set off after it, or a figure compared with
        it, is of what that level is of; a figure after a gapped noun is that noun's."""
        for index, q in enumerate(found):
            if q.what is not None:
                continue
            if q.kind == "percent":
                q.what = _apposed_amount(text, found, index) \
                    or _coordinated_share(text, found, index) \
                    or self._gapped(text, low, found, index, mentions)
            elif q.kind == "money" and low.endswith(" in ", max(0, q.start - 4), q.start):
                q.what = self._earned_in(text, low, q, mentions)
            elif _compares(low, q.start) or self._record_of.search(
                    low, max(0, q.start - self._record_reach), q.start):
                # "surpassing the previous record of 16,477 MW": the level before, again
                q.what = _compared_level(text, found, index) if q.kind != "count" \
                    else _what_before(text, found, index, kinds=("count",),
                                      same_sentence=True)
            elif q.kind in _LEVEL_KINDS:
                q.what = _restated_amount(text, found, index) \
                    or self._apposed_change(text, low, found, index) \
                    or self._gapped(text, low, found, index, mentions)

    def _earned_in(self, text: str, low: str, q: Linked,
                   mentions: Sequence[Mention]) -> str | None:
        """"Ticket sales brought in US$58.9 million", "frozen durian raked in $410 million":
        the subject of a phrasal verb of earning (subject_words.jsonl earning_verbs) is what
        the sum is of."""
        subject = self.subjects.before(text, low, q.start, self._earning_skips,
                                       need=self._earning_verbs)
        if subject is None or subject.kind != "phrase":
            return None
        return self.phrase_what(text, low, subject, mentions)

    def _apposed_change(self, text: str, low: str, found: Sequence[Linked],
                        index: int) -> str | None:
        """"generated 3.94 TWh, 1.12 TWh less than a year earlier": an amount of change set
        off by a comma right after an amount of its unit is of what that amount is of."""
        after = self.pats.word_after_low.match(low, found[index].end)
        if not index or after is None or after.group("w") not in self._comparatives:
            return None
        before = found[index - 1]
        if before.unit != found[index].unit or not before.what \
                or before.what in _PLACEHOLDER_WHATS:
            return None
        return before.what if _GAPPED_COMMA.fullmatch(text, before.end, found[index].start) \
            else None

    def _gapped(self, text: str, low: str, found: Sequence[Linked], index: int,
                mentions: Sequence[Mention]) -> str | None:
        """A figure whose verb is left out after an earlier figure of its kind in the sentence
        ("exports were KM 1.21 bln and imports KM 2.46 bln", "a one-day pass costs US$37, a
        three-day pass US$62", "LNG shipments amounted to 21.8 mln tonnes, oil - 8.4 mln
        tonnes"): the short noun phrase right before it; a period there ("and in 2024 - 37.9
        mln tonnes") keeps the earlier figure's ``what``."""
        q = found[index]
        earlier = next((e for e in reversed(found[:index]) if e.kind == q.kind), None)
        if earlier is None or SENTENCE_END.search(text, earlier.end, q.start):
            return None
        gap = _GAPPED_PHRASE.search(text, max(earlier.end, q.start - _GAPPED_REACH), q.start)
        if gap is None or gap.start() < earlier.end:
            return self._gapped_preposition(text, low, earlier, q, mentions)
        start, end = gap.span("phrase")
        start, words = _gapped_words(low, start, end)
        if not words:
            return None
        if words[0] in self._gapped_same or all(word in self._periods or word in self.lex.months
                                                or YEAR_WORD.fullmatch(word) for word in words):
            # "and in 2024 - 37.9 mln tonnes", "last year 480,000 tonnes": the same figure
            return earlier.what if earlier.what not in _PLACEHOLDER_WHATS else None
        if self._no_gapped_noun(words, extra=False):
            # a verb or a period among the words: no gapped noun; but maybe a noun and the
            # preposition the earlier figure's verb took ("bonds for 26.6%")
            return self._gapped_preposition(text, low, earlier, q, mentions)
        return self.phrase_what(text, low, Subject("phrase", start, end), mentions)

    def _gapped_preposition(self, text: str, low: str, earlier: Linked, q: Linked,
                            mentions: Sequence[Mention]) -> str | None:
        """A gapped clause's noun before the preposition its left-out verb took, when the
        earlier figure of its kind in the sentence follows the same preposition ("Stocks
        accounted for 71.4%, bonds for 26.6%"; "cases rose by 18 percent and deaths by 43
        percent"): the noun phrase, not a period, pronoun or verb."""
        gap = _GAPPED_PREPOSITION.search(low, max(earlier.end, q.start - _GAPPED_REACH), q.start)
        if gap is None or gap.start() < earlier.end:
            return None
        word, _ = previous_word(low, earlier.start)
        if word != gap.group("preposition"):
            return None
        start, end = gap.span("phrase")
        start, words = _gapped_words(low, start, end)
        if not words or self._no_gapped_noun(words, extra=True):
            return None  # "sold at 1,169 euros, afterwards at": no noun
        return self.phrase_what(text, low, Subject("phrase", start, end), mentions)

    def _no_gapped_noun(self, words: Sequence[str], *, extra: bool) -> bool:
        """Do a gapped clause's ``words`` name no noun: opened by a word of the same figure
        or of none (``_gapped_same``, ``_gapped_not``), or a phrase stop, a level, measure
        or period noun or a participle among them; with ``extra`` (before a left-out verb's
        preposition), also a month, a year, a pronoun, a clause's opening word or an adverb?"""
        if words[0] in self._gapped_same or words[0] in self._gapped_not:
            return True
        subjects = self.subjects
        return any(
            word in self.lex.phrase_stops or word in subjects.level_words
            or word in subjects.measure_nouns or word in self._periods or is_participle(word)
            or (extra and (word in self.lex.months or word in subjects.subject_pronouns
                           or word in subjects.clause_openers
                           or word in subjects.trailing_adverbs
                           or word.endswith(_ADVERB_ENDINGS) or YEAR_WORD.fullmatch(word)))
            for word in words)

    def _sized_noun(self, text: str, low: str, q: Linked, mentions: Sequence[Mention],
                    article: re.Pattern[str] | None = _ARTICLE_BEFORE) -> str | None:
        """The noun a share, sum or amount sizes as its adjective after an ``article`` (with
        None, none is needed: a headline's) ("imposed a 10 per cent export duty", "bought a
        9% stake in the firm", "announced a £400m share buyback", "the 2 GW wind farm", "Utility
        posts NT$18.2 billion loss"): what it is, not the clause's subject (a
        noun of change after it is ``_changed``'s, a period or measure noun names nothing, a
        lone participle is a verb: "the 98.60 yen expected")."""
        if article is not None and not article.search(low, max(0, q.start - 5), q.start):
            return None  # "a" or "an" as a word (not the end of "Malaysia 10%")
        # ("the $48 million dredging contract": a noun in -ing, no verb, before a noun)
        phrase = noun_phrase(text, q.end, self.lex, self.pats, after_of=True)
        if phrase is None or text[q.end:phrase.start].strip():
            return None
        if not phrase.text.islower():
            phrase = self._named_head(text, phrase) if article is not None else None
            if phrase is None:
                return None
        words = phrase.text.split()
        if len(words) == 1 and words[0].endswith(("ed", "ing")):
            return None
        if words[0] in self.lex.change_after or words[-1] in self.lex.change_after \
                or words[-1] in self.subjects.period_nouns \
                or words[-1] in self.subjects.measure_nouns or words[0] in self._comparatives:
            return None
        return self.phrase_what(text, low, Subject("phrase", phrase.start, phrase.end),
                                mentions)

    def _named_head(self, text: str, phrase: NounPhrase) -> NounPhrase | None:
        """The common noun a name before it modifies ("the 1,200 MW Tarnita pumped-storage
        plant": pumped-storage plant; "the 2 GW IJmuiden Ver offshore wind farm": offshore
        wind farm): the lower-case words closing the phrase, or the lower-case phrase right
        after a phrase of names; None when no such noun follows."""
        words = phrase.text.split(" ")
        tail = next((index for index in range(len(words))
                     if " ".join(words[index:]).islower()), len(words))
        if 0 < tail < len(words):
            start = phrase.start + len(" ".join(words[:tail])) + 1
            return NounPhrase(start, phrase.end, text[start:phrase.end], phrase.category,
                              phrase.head_is_unit)
        if tail == len(words) and text.startswith(" ", phrase.end):
            after = noun_phrase(text, phrase.end, self.lex, self.pats, after_of=True)
            if after is not None and after.start == phrase.end + 1 and after.text.islower():
                return after
        return None

    def _absolute_at(self, text: str, low: str, q: Linked,
                     mentions: Sequence[Mention]) -> str | None:
        """The noun phrase an absolute "with ... at" or a list's "followed by ... at" gives a
        figure ("with humidity at 72 percent", "with the BTP yield at 3.41%", "followed by
        iron ore at 112 million tonnes and cement at 81.6 million tonnes"): the words between
        the joint and "at", a participle after the noun left out ("with raw jute selling
        at")."""
        joint = self._absolute_at_before.search(low, max(0, q.start - _ABSOLUTE_REACH), q.start)
        if joint is None:
            return None
        start, end = joint.span("phrase")
        words = low[start:end].split()
        while words and words[-1].endswith(("ing", "ed")):
            end = start + low[start:end].rstrip().rfind(" ")
            words.pop()
        if not words or words[0] in _ARTICLES or any(
                word in self.lex.phrase_stops or word in self.subjects.measure_nouns
                for word in words):
            return None
        return self.phrase_what(text, low, Subject("phrase", start, end), mentions)

    def part_of_total_before(self, low: str, start: int) -> bool:
        """Whether a partitive of a total named before ("Of this amount,", "of which") comes
        right before the figure at ``start`` of the lower-cased text ``low``."""
        return self._part_of_total.search(low, max(0, start - _PART_REACH), start) is not None

    def _valued_amount(self, text: str, found: Sequence[Linked], index: int) -> str | None:
        """What the amount right before a sum set off as its value is of ("exported 61,400
        tonnes of gum arabic, worth about $148 million", "124.6 million kg, valued at Rs 3,410
        crore")."""
        if not index:
            return None
        q, before = found[index], found[index - 1]
        if before.kind not in _VALUED_KINDS or not before.what:
            return None
        valued = self._valued_after.search(text, max(before.end, q.start - _VALUED_GAP),
                                           q.start)
        if valued is None or SENTENCE_END.search(text, before.end, valued.start() + 1):
            return None
        return before.what

    def _named_at(self, text: str, start: int) -> str | None:
        """The name set off by a comma before "at" and a share ("the Segura, at 17.9 per
        cent", "slowest in Alberta, at 1.4 per cent"): its capitalized words after the last
        function word, month or weekday ("In March, at 5 per cent": none)."""
        named = _NAMED_AT.search(text, max(0, start - _NAMED_AT_REACH), start)
        if named is None:
            return None
        words = named.group("name").split()
        for index in range(len(words) - 1, -1, -1):
            low = words[index].lower()
            if words[index] in self.lex.months or low in self.lex.phrase_stops \
                    or low.endswith("day"):
                words = words[index + 1:]
                break
        return " ".join(words) or None

    def _spent_on(self, text: str, low: str, q: Linked,
                  mentions: Sequence[Mention]) -> str | None:
        """"planned to spend about Rs 1,500 crore on new stores", "has raised £142,000 for
        cancer research", "invested over SEK 600 million in its anti-money laundering
        work": the sum of a verb of spending (subject_words.jsonl spending_verbs) goes to the
        noun phrase after "on", "for" or "in" (not a period: "in 2026", "for the year")."""
        verbs = self.lex.subject_words.get("spending_verbs")
        if not verbs:
            return None
        end = q.end
        if low.startswith(" (", end):  # "pour 23 trillion won (US$15.9 billion) into"
            closed = low.find(")", end, end + _CONVERSION_REACH)
            end = closed + 1 if closed >= 0 else end
        joint = _SPENT_ON.match(low, end)
        if joint is None:
            return None
        word, at = previous_word(low, q.start)
        for _ in range(_SPENT_GAP):  # "spent a combined 343 billion euros"
            if word in verbs:
                break
            if word not in _ARTICLES and word not in self.subjects.measure_modifiers:
                return None
            word, at = previous_word(low, at)
        else:
            return None
        phrase = noun_phrase(text, joint.end(), self.lex, self.pats, after_of=True)
        if phrase is None or text[joint.end():phrase.start].strip() \
                or not phrase.text[:1].islower():
            return None
        words = phrase.text.lower().split()
        if words[-1] in self.subjects.period_nouns or words[0] in self.subjects.period_nouns \
                or words[0] in self.lex.number_words \
                or (len(words) == 1 and words[0].endswith("ing")
                    and _DETERMINER_AFTER.match(low, phrase.end)):
            return None  # "for the year"; "for seven textile parks": a count of its own;
            # "for upgrading the network": a gerund's object is what the sum pays for (but
            # "for demining in 2027", "in manufacturing capacity")
        return self.phrase_what(text, low, Subject("phrase", phrase.start, phrase.end),
                                mentions)

    def _bought_for(self, text: str, low: str, q: Linked,
                    mentions: Sequence[Mention]) -> str | None:
        """"agreed to buy biotech Lumera Therapeutics for $1.1 billion", "users can buy 10-trip
        cards for €18": a sum after "for" is of the object of a verb of buying before it
        (subject_words.jsonl purchase_verbs) in its clause: the noun phrase after the verb,
        its determiner left out, cut at its first preposition but "of"; none when a figure,
        a clause's word or a pronoun stands in it."""
        if self._bought is None or not low.endswith(" for ", max(0, q.start - 5), q.start):
            return None
        bought = self._bought.search(low, max(0, q.start - _BOUGHT_REACH), q.start - 4)
        if bought is None:
            return None
        words = _object_words(low, bought.end("verb"), q.start - 4)
        if not words or any(not _BOUGHT_WORD.fullmatch(word) or word in self._object_stops
                            or word in self.subjects.subject_pronouns
                            or word in self.subjects.object_pronouns for word, _ in words):
            return None
        return self._object_head(text, low, words, mentions, strict=False)

    def _referred(self, text: str, low: str, q: Linked, index: int,
                  found: Sequence[Linked]) -> str | None:
        """"The figure was 49.7 tons": a bare measure noun as the subject of a level refers
        to the first figure of its kind (with a ``what``) in the sentence before."""
        tail = low[max(0, q.start - 10):q.start].rstrip()
        if not tail.endswith(self._level_tails) or not self._back_measure_near.search(
                low, max(0, q.start - _BACK_MEASURE_REACH), q.start):
            return None  # the common case, decided without reading the clause
        subject = self.subjects.before(text, low, q.start, self.subjects.level_words)
        if subject is None or subject.kind != "referent" \
                or subject.measure not in self._back_measures:
            return None
        reach = max(0, q.start - ANAPHOR_WINDOW)
        ends = [m.end() for m in SENTENCE_END.finditer(low, reach, q.start)]
        if not ends:
            return None
        here = ends[-1]  # the start of the figure's sentence; that of the one before:
        start = ends[-2] if len(ends) > 1 else reach
        for earlier in found[:index]:
            if start <= earlier.start < here and earlier.kind == q.kind and earlier.what:
                return earlier.what
        return None

    def _bracketed_change(self, text: str, low: str, q: Linked, index: int,
                          found: Sequence[Linked]) -> str | None:
        """A change in brackets after an amount is the change of that amount: "671.2 tons
        were cocaine (8.4 percent more than in 2023)", "heroin – 74 kg (2024 – 58 kg;
        growth – 26 percent)": the ``what`` of the last amount before the bracket in its
        sentence."""
        opened = low.rfind("(", max(0, q.start - _BRACKET_REACH), q.start)
        if opened < 0 or ")" in low[opened:q.start]:
            return None
        closed = low.find(")", q.end, q.end + _BRACKET_REACH)
        inside = low[opened + 1: closed if closed >= 0 else q.end]
        if not any(word in self.lex.change_cues or word in self.lex.change_after
                   or word in self._comparatives for word in _LOWER_WORDS.findall(inside)):
            return None
        for earlier in reversed(found[:index]):
            if earlier.end > opened:
                continue
            if SENTENCE_END.search(text, earlier.end, opened):
                return None
            if earlier.kind != "percent":
                return earlier.what
        return None

    def _seized_sum(self, low: str, q: Linked) -> bool:
        """A sum nothing names, in a sentence (or a table row) that says it was seized or is
        cash: "16 kg of hashish and 30,000 somoni were seized", "undeclared cash | USD 48
        500"; not a value ("worth", "valued at") or a price."""
        if _VALUED_BEFORE.search(low, max(0, q.start - _VALUE_REACH), q.start):
            return False
        start = max(0, q.start - _CASH_REACH)
        stops = [m.end() for m in _FULL_STOP.finditer(low, start, q.start)]
        start = stops[-1] if stops else start
        stop = _FULL_STOP.search(low, q.end, q.end + _CASH_REACH)
        end = stop.start() if stop else min(len(low), q.end + _CASH_REACH)
        return self._cash_near.search(low, start, q.start) is not None \
            or self._cash_near.search(low, q.end, end) is not None

    def _changed(self, text: str, low: str, q: Linked, index: int, found: Sequence[Linked],
                 mentions: Sequence[Mention]) -> str | None:
        """What a percentage of change measures."""
        moved = self._object_of_change(text, low, q, mentions)
        if moved:
            return moved
        nominal_end = None
        noun_of = False  # "an increase of 6 %": a noun of change, maybe a verb's object
        noun = change_noun_after(low, q.end, self.lex.change_after, self.lex.phrase_stops)
        if noun is not None:
            nominal_end = noun[1]  # "a 4 % drop in orders", "a 17% year-on-year rise in"
        elif low.endswith(" of ", 0, q.start):
            noun = low[max(0, q.start - 20):q.start - 4].rsplit(" ", 1)[-1]
            if noun in self.lex.change_cues:
                nominal_end, noun_of = q.end, True  # "an increase of 6 % in the dividend"
        if nominal_end is not None:
            what = self._in_phrase(text, low, nominal_end, mentions)
            if what:
                return what
        subject = self.subjects.before(text, low, q.start, self.subjects.change_words)
        if subject is None or (noun_of and subject.kind == "phrase"):
            return None  # "The agency recorded an increase of 6 %": no subject of a change
        if subject.kind == "apposition":
            return _what_before(text, found, index, same_sentence=True) \
                or _share_before(text, found, index)
        if subject.kind == "referent":
            kinds = _REFERENT_KINDS.get(subject.measure or "")
            return _what_before(text, found, index, kinds=kinds, window=ANAPHOR_WINDOW)
        words = low[subject.start:subject.end].split()
        if words and (words[0] in self.lex.anaphors or words[0] in _MASS_MEASURES) \
                and all(word.endswith("ed") for word in words[1:]):
            # "the haul marked a 14 percent increase", "the quantity intercepted rose by
            # 39 per cent": the amount seized before, not the words of the subject
            earlier = _what_before(text, found, index, kinds=("mass", "volume"),
                                   window=ANAPHOR_WINDOW)
            if earlier:
                return earlier
        return self.phrase_what(text, low, subject, mentions)

    def _object_of_change(self, text: str, low: str, q: Linked,
                          mentions: Sequence[Mention]) -> str | None:
        """The object of a verb of change right before "by" or "to" and the figure ("raised
        its benchmark Selic rate by 50 basis points", "trims rates to 3.75%", "cut its
        forecast for wheat exports to 43.5 mln tons"): what moved, not the clause's subject
        (the central bank). None without such an object ("Operating profit rose to"), or when
        no verb of change opens it within _LONG_OBJECT_WORDS words or a clause's word or a
        figure stands between; past _OBJECT_WORDS words, only its head."""
        word, at = previous_word(low, q.start)
        if word not in self._object_joints:
            return None
        end = at - 1  # the object's end, before the blank before "by"/"to"
        start = self._object_period_start(low, at)
        if start != at:
            end = start - 1  # "cut its growth forecast for 2027 to": no year in the object
        count = 0  # the object's words read so far
        while True:
            word, word_start = previous_word(low, start)
            if not word:
                return None
            if word in self.lex.change_cues:
                break
            if not _OBJECT_WORD.fullmatch(word) or word in self._object_stops:
                return None  # a comma, a figure, a clause's word: no verb's object
            start = word_start
            count += 1
            if count > _LONG_OBJECT_WORDS:
                return None
        if count > _OBJECT_WORDS:
            # a longer object read further back ("lowered its growth forecast for next year
            # to", "raised the threshold for the tax on high-value property to", "will double
            # daily gas production from its Sakarya field in the Black Sea to"): its head
            return self._object_head(text, low, _object_words(low, start, end), mentions,
                                     strict=True)
        words = low[start:end].split()
        while words and (words[0] in self._determiners or (words[0] == "of" and len(words) > 1)):
            start = low.index(" ", start) + 1  # "a cut of the second IRPEF rate to 33%"
            words = words[1:]
        if words and words[-1].startswith("(") and len(words) > 1:
            end = low.rindex(" ", start, end)  # "the Overnight Policy Rate (OPR)": the name
            words = words[:-1]
        if not words or start >= end or words[0] in self.subjects.links \
                or words[0] in self._time_prepositions:
            return None  # "a rise limited to", "fell in value by"
        if words[-1] in self.subjects.measure_nouns \
                or any(word in self.subjects.period_nouns or word.endswith(_NO_OBJECT_ENDINGS)
                       for word in words):
            # "raise the figure to", "ease further to", "their decline since January to";
            # but "its growth forecast for next year to": the noun phrase before "for"
            return self._object_head(text, low, _object_words(low, start, end), mentions,
                                     strict=True)
        return self.phrase_what(text, low, Subject("phrase", start, end), mentions)

    def _object_head(self, text: str, low: str, words: list[tuple[str, int]],
                     mentions: Sequence[Mention], *, strict: bool) -> str | None:
        """The noun phrase opening a verb's object, its ``words`` (each with its offset),
        its determiner left out, cut at its first preposition but "of"; None when it only
        measures or ends in "of", or (``strict``) dates, or holds an anaphor, a participle
        or an adverb, or (not ``strict``) ends in an anaphor."""
        while words and words[0][0] in self._determiners:
            words = words[1:]
        cut = next((index for index, (word, _) in enumerate(words)
                    if index and word in self.subjects.links and word != "of"), len(words))
        words = words[:cut]
        if not words or words[0][0] in self.subjects.links or words[-1][0] == "of" \
                or words[-1][0] in self.subjects.measure_nouns:
            return None
        if strict:
            if words[-1][0] in self.subjects.period_nouns or any(
                    word in self.lex.anaphors or word.endswith(_NO_OBJECT_ENDINGS)
                    for word, _ in words):
                return None
        elif words[-1][0] in self.lex.anaphors:
            return None
        first, last = words[0], words[-1]
        return self.phrase_what(text, low, Subject("phrase", first[1], last[1] + len(last[0])),
                                mentions)

    def _object_period_start(self, low: str, at: int) -> int:
        """Where a year phrase closing a verb's object before ``at`` starts ("its forecast
        for 2027", "its estimate for fiscal 2026"), else ``at``."""
        year, year_start = previous_word(low, at)
        if not YEAR_WORD.fullmatch(year):
            return at
        word, word_start = previous_word(low, year_start)
        if word in self._fiscal_words:
            word, word_start = previous_word(low, word_start)
        return word_start if word in self._period_joints else at

    def _in_phrase(self, text: str, low: str, at: int,
                   mentions: Sequence[Mention]) -> str | None:
        """"in cases", "in the dividend": the thing a noun of change is in, not a period."""
        joint = _IN_AFTER.match(low, at)
        if joint is None:
            return None
        phrase = noun_phrase(text, joint.end(), self.lex, self.pats, after_of=True)
        if phrase is None or text[joint.end():phrase.start].strip() or not phrase.text.islower():
            return None
        words = phrase.text.split()
        if words[-1] in self.subjects.period_nouns or words[0] in self.subjects.period_nouns \
                or words[-1] in self.subjects.measure_nouns:
            return None  # "in the first half", "in the year", "in weight"
        return self.phrase_what(text, low, Subject("phrase", phrase.start, phrase.end),
                                mentions)

    def _level(self, text: str, low: str, q: Linked,
               mentions: Sequence[Mention]) -> str | None:
        """"Unemployment fell to 3.9%": what reached the level; "cut rates to 3.75%": what
        was moved to it."""
        moved = self._object_of_change(text, low, q, mentions)
        if moved:
            return moved
        subject = self.subjects.before(text, low, q.start, self.subjects.level_words,
                                       need=self.subjects.level_reached)
        if subject is None or subject.kind != "phrase":
            return None
        return self.phrase_what(text, low, subject, mentions)

    def _copula(self, text: str, low: str, q: Linked, mentions: Sequence[Mention]) -> str | None:
        """"Turnout was 74.4 percent", "The bank's net interest margin is 1.65 pct", "The
        lowest accepted price was 98.35 yen": the subject a share, sum or measure is stated
        of, right before "was"/"is"."""
        end = q.start
        adverb, adverb_start = previous_word(low, end)
        if adverb in self._copula_adverbs:
            end = adverb_start  # "turnout was only 40.9%"
        at, at_start = previous_word(low, end)
        if at == "at" and low.endswith(self._copula_endings, max(0, at_start - self._copula_reach),
                                       at_start):
            end = at_start  # "the reserve was at 47.6 per cent": a level stated with "at"
        if not low.endswith(self._copula_endings, max(0, end - self._copula_reach), end):
            return None
        subject = self.subjects.before(text, low, end, self._copula_skip)
        if subject is None or subject.kind != "phrase":
            return None
        return self.phrase_what(text, low, subject, mentions)

    def _restated(self, text: str, q: Linked, index: int,
                  found: Sequence[Linked]) -> str | None:
        """"1,109 barangays, or 92.6 percent", "264 cases (64%)": the count restated."""
        if not index:
            return None
        before = found[index - 1]
        if before.kind == "percent" or not before.what:
            return None
        if _RESTATING_GAP.fullmatch(text, before.end, q.start):
            return before.what
        return None

    def _counted(self, text: str, low: str, q: Linked, index: int, found: Sequence[Linked],
                 mentions: Sequence[Mention]) -> str | None:
        """What a bare count counts by its clause (see the module docstring)."""
        reach = max(0, q.start - 30)
        if _compares(low, q.start) or (low.rfind(" of wh", reach, q.start) >= 0 and
                                       _OF_WHICH_BEFORE.search(low, reach, q.start)):
            earlier = _linked_before(text, found, index, kinds=("count",), same_sentence=True)
            if earlier is not None and q.category is None:
                q.category = earlier.category  # "of which 2,693 were": crimes, as before
            return earlier.what if earlier is not None else None
        subject = self.subjects.before(text, low, q.start, self.subjects.count_level_words,
                                       need=self.subjects.count_level_words)
        if subject is None or subject.kind != "phrase":
            return None
        if subject.measure in self.subjects.count_measures:  # subject_words.jsonl
            return self.phrase_what(text, low, subject, mentions)
        # "The number of people who used drugs reached 316 million": the clause's "number of"
        number_of = _NUMBER_OF_CLAUSE.search(low, max(0, q.start - _CLAUSE_REACH), q.start)
        if number_of is None:
            if subject.measure is None and ((q.value is not None and q.value >= _AGGREGATE_MIN)
                                            or self._moved_count(text, low, q)):
                # "Japan's population stood at 123,172,860", "the foreign population rose
                # to a record 3.37 million": a figure this large is the level of an aggregate;
                # "Shootings fell to 791", "measles cases climb to 214": what a verb of
                # change moved to the count
                return self.phrase_what(text, low, subject, mentions)
            return None
        phrase = noun_phrase(text, number_of.end("of"), self.lex, self.pats, after_of=True)
        if phrase is None or text[number_of.end("of"):phrase.start].strip():
            return None
        return self.phrase_what(text, low, Subject("phrase", phrase.start, phrase.end),
                                mentions)

    def _moved_count(self, text: str, low: str, q: Linked) -> bool:
        """Whether a verb of change (change_cues.jsonl) and "to" lead the clause's subject to
        a bare count ("Shootings fell to 791", "Cholera cases rise to 1,240")."""
        if not low.endswith(" to ", max(0, q.start - 4), q.start):
            return False
        return self.subjects.before(text, low, q.start, self.subjects.count_level_words,
                                    need=self.lex.change_cues) is not None

    def measured_what(self, text: str, low: str, q: Linked,
                      mentions: Sequence[Mention]) -> str | None:
        """What a mass or volume its clause's subject names: "the total quantity of drugs
        seized was approximately 1,650 kg" (drugs), "Seizures at the airport totalled
        1,234 kg" (drugs: seizures in general), "Cocaine seizures reached 12 t"
        (cocaine); None for other subjects."""
        subject = self.subjects.before(text, low, q.start, self.subjects.level_verbs,
                                       need=self.subjects.level_verbs)
        if subject is None or subject.kind != "phrase":
            return None
        if subject.measure in _MASS_MEASURES:
            return self.phrase_what(text, low, subject, mentions)
        if subject.measure is not None:
            return None
        mention = _mention_within(mentions, subject.start, subject.end)
        if mention is not None:
            return mention.name
        words = " ".join(low[subject.start:subject.end].split())
        if words in self.subjects.seizure_nouns:
            return GENERIC_DRUGS
        return self.lex.what_aliases.get(words)

    @staticmethod
    def _same_unit_before(q: Linked, index: int, found: Sequence[Linked]) -> str | None:
        """"moved more than 1 million pills": what the pills counted before held."""
        for earlier in reversed(found[:index]):
            if q.start - earlier.end > _SAME_UNIT_WINDOW:
                return None
            if earlier.unit == q.unit and earlier.what:
                return earlier.what
        return None

    # ---------------------------------------------------------------- while reading
    def goods_what(self, text: str, low: str, q: Linked,
                   mentions: Sequence[Mention]) -> str | None:
        """"The drugs have an estimated street value of R50 million", "the street value of the
        seized drugs is estimated at ...": the goods the clause values, when they are a
        substance or a known name (what_aliases.jsonl)."""
        subject = self.subjects.before(text, low, q.start, self.subjects.value_words)
        if subject is None or subject.kind != "phrase":
            return None
        mention = _mention_within(mentions, subject.start, subject.end)
        what = mention.name if mention is not None else self.lex.what_aliases.get(
            " ".join(low[subject.start:subject.end].split()))
        if what is not None and what in self._generic_whats:
            return self._seized_before(text, q.start, mentions) or what
        return what

    def _seized_before(self, text: str, at: int, mentions: Sequence[Mention]) -> str | None:
        """The one substance "the drugs" are: of the paragraph line before ``at`` when it
        names drugs (a page that breaks paragraphs with one line break), else of the
        paragraph before ``at`` (or, naming none, the one before it), when it names just one
        drug (precursors seized with it are no drug); None when it names several."""
        reach = max(0, at - _VALUE_WINDOW)
        names = self._drugs_named(mentions, _paragraph_start(text, reach, at), at)
        if names:
            return names.pop() if len(names) == 1 else None
        end = at
        for _ in range(2):
            reach = max(0, end - _VALUE_WINDOW)
            start = max(text.rfind("\n\n", reach, end), reach)
            names = self._drugs_named(mentions, start, end)
            if names:
                return names.pop() if len(names) == 1 else None
            end = start
        return None

    def _drugs_named(self, mentions: Sequence[Mention], start: int, end: int) -> set[str]:
        """The names of the drugs mentioned between ``start`` and ``end`` (no generic word,
        no precursor)."""
        return {m.name for m in mentions
                if start <= m.start and m.end <= end and m.name not in self._generic_whats
                and m.substance_class != _PRECURSOR_CLASS}

    def sale_what(self, text: str, low: str, q: Linked,
                  mentions: Sequence[Mention]) -> str | None:
        """"the pills were sold for $5 to $10 each": what is sold for the sum."""
        if not self._sale_near.search(low, max(0, q.start - _VERB_REACH), q.start):
            return None
        subject = self.subjects.before(text, low, q.start, self.subjects.sale_words,
                                       need=self.subjects.sale_verbs)
        if subject is None or subject.kind != "phrase":
            return None
        what = self.phrase_what(text, low, subject, mentions)
        if what.lower() in self.lex.anaphors or what in self._generic_whats:
            # "12 kg of heroin. The drug would fetch ...": the one substance seized before
            seized = self._seized_before(text, q.start, mentions)
            if seized is not None:
                return seized
            return GENERIC_DRUGS if what.lower() in _DRUG_WORDS else what
        return what

    def crop_what(self, text: str, low: str, q: Linked) -> str | None:
        """"poppy was grown on 47,100 hectares": the crop, as written."""
        if not self._crop_near.search(low, max(0, q.start - _VERB_REACH), q.start):
            return None
        subject = self.subjects.before(text, low, q.start, self.subjects.crop_words,
                                       need=self.subjects.crop_verbs)
        if subject is None or subject.kind != "phrase" or subject.measure is not None:
            return None
        return " ".join(low[subject.start:subject.end].split())

    def phrase_what(self, text: str, low: str, subject: Subject,
                    mentions: Sequence[Mention]) -> str:
        """The ``what`` a noun phrase names: its substance ("the seized cocaine": cocaine;
        "seizures of meth": methamphetamine seizures; "meth seizures": methamphetamine
        seizures), a known name (what_aliases.jsonl), else its words as written."""
        start, end = subject.start, subject.end
        mention = _mention_within(mentions, start, end)
        if mention is not None:
            if mention.end == end:
                head = _HEAD_OF.fullmatch(low, start, mention.start)
                return f"{mention.name} {head.group('head')}" if head else mention.name
            if mention.start == start:
                return mention.name + text[mention.end:end]
        phrase = " ".join(text[start:end].split())
        if phrase.lower() in self._thermometers:
            return _TEMPERATURE  # "mercury touches 47.2 deg C": the temperature
        return self.lex.what_aliases.get(phrase.lower(), phrase)


def _paragraph_start(text: str, reach: int, end: int) -> int:
    """Where the paragraph line holding ``end`` starts, not before ``reach``: after a blank
    line, or after a line break that closes a sentence (pages that break paragraphs with one
    line break; a line wrapped inside a sentence does not end one)."""
    start = max(text.rfind("\n\n", reach, end), reach)
    for brk in _SENTENCE_LINE_BREAK.finditer(text, start, end):
        start = brk.start()
    return start


def _change_to_follow(before: Linked, q: Linked) -> bool:
    """Whether ``before``, the figure right before ``q``, is one whose level ``q`` may be: a
    share, or a figure of ``q``'s kind (_LEVEL_AFTER_KINDS), of a ``what`` naming a thing."""
    return bool(before.what) and before.what not in _PLACEHOLDER_WHATS and (
        before.kind == "percent" or (before.kind == q.kind and q.kind in _LEVEL_AFTER_KINDS))


def _in_headline(text: str, q: Linked) -> bool:
    """Whether the figure stands on a headline's line: a short line (HEADLINE_LENGTH) with
    no sentence's end in it and no full stop closing it. The line's ends are looked for only
    HEADLINE_LENGTH characters around the figure: a line running on past them, with a
    character other than a blank there, is no headline."""
    lowest = q.start - HEADLINE_LENGTH
    start = text.rfind("\n", max(0, lowest), q.start) + 1
    first = text[q.start:q.start + 1]
    if not start and lowest > 0:
        if first and not first.isspace():
            return False  # the line holds more than HEADLINE_LENGTH characters before it
        start = text.rfind("\n", 0, q.start) + 1
    limit = start + HEADLINE_LENGTH  # the line's character past the longest headline
    end = text.find("\n", q.end, limit + 1)
    if end < 0:
        if limit < len(text) and not text[limit].isspace():
            return False  # a character past HEADLINE_LENGTH on the line (or a line break
            # inside the figure: a sentence's end)
        end = text.find("\n", q.end)
    line = text[start:end if end >= 0 else len(text)].rstrip()
    return 0 < len(line) <= HEADLINE_LENGTH and not line.endswith((".", ":", ";")) \
        and SENTENCE_END.search(line) is None


def _pair_links(text: str, found: Sequence[Linked]) -> None:
    """Links between neighbouring figures: a count before a sized noun, a share in a table
    row after its amount, an amount converted in brackets after another."""
    for left, right in pairwise(found):
        if left.what is None and left.kind == "count" and left.unit is None \
                and right.what and right.start == left.end + 1 \
                and text[left.end] == " " and "-" in text[right.start:right.end]:
            left.what = right.what  # "120,000 12-inch wafers": what the sized noun is
        if right.what is None and left.what and right.kind == "percent" \
                and "|" in text[left.end:right.start] \
                and "\n" not in text[left.end:right.start]:
            right.what = left.what  # "Cocaine, kg | 12,4 | 241,6 | +121,7 %": the row's
            continue
        if (right.what is None or right.what == _CASH) and left.what \
                and converts(text, left, right):
            # "312.5 billion yen ($2.11 billion)", "600 kilometers (370 miles)": the
            # amount before, converted (seized too, but "assets worth 42.6 million
            # Turkish liras (about $1.02 million)" are no cash)
            right.what = left.what


def converts(text: str, amount: Linked, converted: Linked) -> bool:
    """Is ``converted`` the amount ``amount`` is converted to, in brackets right after it
    ("312.5 billion yen ($2.11 billion)", "MDL 412 million (about EUR 21 million)")?"""
    return bool(_CONVERTED.fullmatch(text, amount.end, converted.start)) \
        and text.startswith(")", converted.end)


def _linked_before(text: str, found: Sequence[Linked], index: int,
                   kinds: Sequence[str] | None = None, same_sentence: bool = False,
                   window: int = ANAPHOR_WINDOW, wrapped: bool = False) -> Linked | None:
    """The nearest figure before ``found[index]`` that has a ``what`` (no percentage; of
    ``kinds`` when given; in the same sentence when asked; ``wrapped``: a line break after
    a lower-case word, as in PDF text, does not end a sentence)."""
    q = found[index]
    passed = q.start  # the first end of the figures stepped back over
    for position in range(index - 1, -1, -1):
        earlier = found[position]
        if q.start - earlier.end > window:
            return None
        passed = min(passed, earlier.end)
        if earlier.kind == "percent" or (kinds is not None and earlier.kind not in kinds):
            continue
        if not earlier.what:
            continue
        # one search: a sentence end after any figure stepped back over lies after the
        # first end among them (not one search per figure, as "from 1 to 2 " repeated
        # made thousands of figures in one sentence)
        sentence_end = _WRAPPED_SENTENCE_END if wrapped else SENTENCE_END
        if same_sentence and sentence_end.search(text, passed, q.start):
            return None
        return earlier
    return None


def _what_before(text: str, found: Sequence[Linked], index: int,
                 kinds: Sequence[str] | None = None, same_sentence: bool = False,
                 window: int = ANAPHOR_WINDOW, wrapped: bool = False) -> str | None:
    """The ``what`` of ``_linked_before``."""
    earlier = _linked_before(text, found, index, kinds, same_sentence, window, wrapped)
    return earlier.what if earlier is not None else None




def _total_before(found: Sequence[Linked], index: int) -> str | None:
    """What the nearest larger mass or volume before ``found[index]`` (its total: "3.9 million
    tonnes of anchovy, including 40,000 tonnes of bonito. Of this amount, 2.1 million tonnes")
    is of."""
    q = found[index]
    size = q.kg if q.kind == "mass" else q.litres
    for position in range(index - 1, -1, -1):
        earlier = found[position]
        if q.start - earlier.end > ANAPHOR_WINDOW:
            return None
        if earlier.kind != q.kind or not earlier.what:
            continue
        earlier_size = earlier.kg if q.kind == "mass" else earlier.litres
        if size is not None and earlier_size is not None and earlier_size > size:
            return earlier.what
    return None


def _compared_level(text: str, found: Sequence[Linked], index: int) -> str | None:
    """What the nearest figure of the same kind and unit before ``found[index]`` in its
    sentence is of, when it names a thing (no change placeholder): the level a compared
    figure ("against 26.8%", "up from 4.7 GW") is set beside."""
    q = found[index]
    for position in range(index - 1, -1, -1):
        earlier = found[position]
        if SENTENCE_END.search(text, earlier.end, q.start):
            return None
        if earlier.kind == q.kind and earlier.unit == q.unit:
            return earlier.what if earlier.what not in _PLACEHOLDER_WHATS else None
    return None


def _from_level(low: str, found: Sequence[Linked], index: int) -> str | None:
    """What the level before ``found[index]`` is of, when the figure is the level it moved
    from ("to 17.3 billion euros from 21.4 billion euros")."""
    q = found[index]
    level = _level_before(found, index, q)
    if q.kind in _FROM_LEVEL_KINDS and q.what is None and level is not None \
            and level.kind == q.kind and level.unit == q.unit and level.what \
            and level.what not in _PLACEHOLDER_WHATS \
            and _FROM_LEVEL_GAP.fullmatch(low, level.end, q.start):
        return level.what
    return None


def _level_before(found: Sequence[Linked], index: int, q: Linked) -> Linked | None:
    """The figure before ``found[index]``, passing over one share between them when the
    figure is none ("RM58.3 billion, up 19.1 per cent from RM48.95 billion")."""
    if not index:
        return None
    before = found[index - 1]
    if before.kind == "percent" and q.kind != "percent" and index > 1:
        return found[index - 2]
    return before


def _restated_amount(text: str, found: Sequence[Linked], index: int) -> str | None:
    """"Their value rose to EUR 48.6 million, or about 4.8 billion lek", "up 170,000 tons,
    or 2.4 percent": an amount restated after ", or" right after one of its kind is of what
    that one is of."""
    if not index:
        return None
    before = found[index - 1]
    if before.kind != found[index].kind or not before.what \
            or before.what in _PLACEHOLDER_WHATS:
        return None
    return before.what if _OR_RESTATED.fullmatch(text, before.end, found[index].start) \
        else None


def _coordinated_share(text: str, found: Sequence[Linked], index: int) -> str | None:
    """"Home prices climbed 0.4% month-on-month and 3.2% from a year earlier": a share right
    after "and" that joins it to the share of a change just before, with no subject of its
    own in between, is of what that one is of."""
    if not index:
        return None
    before = found[index - 1]
    if before.kind != "percent" or before.change is None or not before.what:
        return None
    return before.what if _COORDINATED_GAP.fullmatch(text, before.end, found[index].start) \
        else None


def _apposed_amount(text: str, found: Sequence[Linked], index: int) -> str | None:
    """A share set off by a comma right after an amount of its sentence, no figure between,
    is of what that amount is of: its change ("Wheat exports totalled 19.2 mln tons, 9% below
    last season") or its part ("2,105 persons arrested, 61% of them")."""
    if not index:
        return None
    before = found[index - 1]
    if before.kind == "percent" or not before.what or before.what in _PLACEHOLDER_WHATS:
        return None
    return before.what if _APPOSED_GAP.fullmatch(text, before.end, found[index].start) \
        else None


def _share_before(text: str, found: Sequence[Linked], index: int) -> str | None:
    """"Inflation stood at 1.6 per cent in January, up 0.2 percentage point": the share
    right before a change set off by a comma, in its sentence, is what changed (a share is
    passed over by ``_what_before``, as an amount's change follows the amount)."""
    if not index:
        return None
    before = found[index - 1]
    if before.kind != "percent" or not before.what or before.what in _PLACEHOLDER_WHATS \
            or SENTENCE_END.search(text, before.end, found[index].start):
        return None
    return before.what


def _elided_noun(text: str, q: Linked, index: int, found: Sequence[Linked]) -> str | None:
    """A large bare count with no noun of its own ("handled 1.71 million", "up from 4.26
    million a year earlier", "topping the previous record of 6.31 million") counts what the
    last count of its size before it counted, in its sentence or the one before."""
    if q.value is None or q.value < _ELIDED_MIN or q.unit is not None:
        return None
    for earlier in reversed(found[:index]):
        if q.start - earlier.end > _ELIDED_REACH:
            return None
        if earlier.kind != "count" or earlier.unit is not None:
            continue
        if earlier.what is None or earlier.value is None \
                or not earlier.value / 10 <= q.value <= earlier.value * 10:
            return None
        if len(_SENTENCE_BREAK.findall(text, earlier.end, q.start)) > 1:
            return None
        return earlier.what
    return None


def _gapped_words(low: str, start: int, end: int) -> tuple[int, list[str]]:
    """Where a gapped clause's noun phrase at ``start:end`` starts, its article left out,
    and its words."""
    words = low[start:end].split()
    if words[0] in _ARTICLES:
        start = low.index(" ", start) + 1
        words = words[1:]
    return start, words


def _object_words(low: str, start: int, end: int) -> list[tuple[str, int]]:
    """The blank-separated words of a verb's object at ``start:end``, each with its offset."""
    return [(m.group(), m.start()) for m in _OBJECT_TOKEN.finditer(low, start, end)]


def _compares(low: str, at: int) -> bool:
    """"up from 14", "compared with 980 kg", "against 980 kg": a figure compared with the one
    before (the last word checked first: one slice and ``endswith`` for most figures)."""
    tail = low[max(0, at - 12):at].rstrip()
    return tail.endswith(_COMPARING_TAILS) and _LEVEL_BEFORE.search(
        low, max(0, at - 30), at) is not None


def any_word(words: frozenset[str]) -> re.Pattern[str]:
    """One of ``words`` as a whole word (never matching when there are none)."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![a-z])(?:" + escaped_alternation(words) + r")(?![a-z])")


def _mention_start(mention: Mention) -> int:
    return mention.start


def _mention_within(mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    """The first mention lying wholly inside ``start:end`` (mentions sorted by start)."""
    index = bisect_left(mentions, start, key=_mention_start)
    for mention in mentions[index:]:
        if mention.start >= end:
            return None
        if mention.end <= end:
            return mention
    return None

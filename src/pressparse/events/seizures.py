"""Seized amounts: what was seized, amounts that are no seizure of the event (doses, units,
other goods, other periods, regional rows), and the assignment of amounts and counts."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from datetime import date
from typing import Any, NamedTuple

from ..io.script import is_latin_letter
from .context import STRONG_SEIZURE_CUE
from .corrections import corrections
from .counts import WORDS, CountRules
from .dating import OPEN_BOUNDS, SUMMARY_DAYS, days_of, one_day, span_days
from .draft import Draft
from .mentions import PLACE_LABELS, SEIZURE_KINDS, Mention
from .places import iso2
from .report_dates import LATEST_DAY
from .results import (
    DESTRUCTION,
    SEIZURE_WORDS_FILE,
    category_of,
    charge_verb_before,
    kind_alternatives,
    moved_amount_after,
    moved_amount_before,
    phrase_alternatives,
    quantity_fields,
    words_of,
)
from .text import ROW_BULLET_CHARS

# "41.2 tons are cocaine"; "4.7 t of drugs, 1 902 kg of them synthetic drugs" (a part of a
# total named after it); a bare gap and "of which" stay on their line (a table row's amount
# is no amount of the next row's label: "| 3 045,7" over "  of which hashish, kg")
_OF_LINK = re.compile(r"[^\S\n]*|\s*(?:of\s+(?:the\s+)?|containing\s+|(?:are|were|was|is)\s+)"
                      r"|[^\S\n]+of\s+(?:them|which)\s+(?:(?:are|were)\s+)?", re.IGNORECASE)
# "..., which tested positive for cocaine": a substance named after the amount, same sentence
LATER_SUBSTANCE_WINDOW = 80
LINKED_SUBSTANCE_CHARS = 30  # "3.4 tonnes the quantity of hashish": an amount's drug after it
# an amount after another one and a slash on its line: a column of another period
# ("Ketamine: 388.0 kg / 152.7 kg" under "Q3 2025 / Q3 2024") or the same amount converted
_SLASH_COLUMN = re.compile(r"\d[^\S\n]*[^\W\d_]*\.?[^\S\n]*/[^\S\n]*$")
# the baseline told in a clause after the comparison ("45 percent lower than in October
# 2024, when 7.6 tonnes were seized")
_COMPARED_WHEN = re.compile(r"\bthan\b[^.;\n]{0,40}\bwhen\s+$", re.IGNORECASE)

TOTAL_SPAN_RATIO = 4  # a sentence date this many times longer than a short event: a total's
# a past participle (and what follows it) ending a counted noun phrase: " withdrawn ..."
_TRAILING_PARTICIPLE = re.compile(r"\s+[a-z]+(?:ed|en|wn)\b.*$")
GENERIC_DRUGS = "drugs"  # the substance name of totals of drugs in general
# "the drugs": a generic drug word referring back (seizure_words.jsonl referring_determiner)
_DETERMINER_BEFORE = re.compile(
    rf"\b(?:{kind_alternatives(SEIZURE_WORDS_FILE, 'referring_determiner')})\s+$",
    re.IGNORECASE)
CLAUSE_MARKS = (",", ";", ":", "(")  # a clause of a sentence starts after one of these
MOVED_VERB_CHARS = 80  # how far before an amount its verb of moving or selling may start
CHARGE_VERB_CHARS = 20  # how far before a threshold amount its charge's verb may start
_VERBS_JOINED = re.compile(r",|&|\band\b", re.IGNORECASE)  # "seized and destroyed", "seized, burnt"
_FIND_CUE_TYPES = frozenset({"seizure", "operation"})  # "seized", "uprooted" (event_cues.jsonl)
SEIZURE_VERB_GAP = 12  # "seized and destroyed": a seizure verb this close before such a verb
# between an amount and the next one of its list ("2,480 kg of ICE, 1,150 kg of heroin and")
_RELATIVE_WORD = re.compile(r"\b(?:which|that|who)\b", re.IGNORECASE)  # a clause of its own
_LIST_NEXT = re.compile(r"[^.;:\n\d]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)
NOUN_PHRASE_CHARS = 40  # how far after a bare number its counted noun phrase may run
NOUN_PHRASE_WORDS = 4  # "pieces of yaba tablets": the words of that noun phrase read
_NOUN_PHRASE_END = re.compile(r"[,.;:()\n]")
# the gap between two cells of a space-aligned table row ("Cocaine      5,912 kg      4,218 kg")
_SPACE_CELL = re.compile(r"(?<=\S)[ \u00a0]{3,}(?=\S)")
_SPACE_GAP = re.compile(r"(?<=\S)[ \u00a0]{3,}")  # the same gap, also before a cell's text
_ROW_LINK = re.compile(r"\s*(?:[-–—:(]|\s)\s*")
RESTATED_TOLERANCE = 0.1  # relative difference of a headline's rounded figure
_PER_UNIT_BEFORE = re.compile(r"\beach\s+(?:weighing|weighs|weighed|of)\s+"
                              r"(?:about\s+|around\s+|approximately\s+|some\s+)?$", re.IGNORECASE)
_PER_UNIT_AFTER = re.compile(r"\s+(?:of\s+\w+\s+)?each\b", re.IGNORECASE)  # "2 kg each"
_BRACKET_OPENED = re.compile(r"[^\S\n]*\([^\S\n]*")  # between an amount and its conversion
# between a drug's name and the one naming it more closely: "the synthetic drug[ ]alpha-PVP",
# "crystal[ (]methamphetamine)"; and between a noun of no drug and that bracket ("2.3 kg[ of
# crystal (]methamphetamine)")
_APPOSED = re.compile(rf"[^\S\n]+|{_BRACKET_OPENED.pattern}")
_GLOSSED_NOUN = re.compile(
    rf"\s+of\s+(?:the\s+|a\s+)?[^\W\d_]+(?:[ -][^\W\d_]+)?{_BRACKET_OPENED.pattern}")
# after a drug named in apposition, another one of a list ("the synthetic drugs mephedrone and
# alpha-PVP", "(mephedrone, alpha-PVP)"): no one drug names the amount
_LIST_GOES_ON = re.compile(r"\s*(?:,|&|\band\b|\bor\b)\s*")
# a clause after a count's: a comma, "then", or "and" before a verb ("and appeared before");
# the words are seizure_words.jsonl's later_clause_* kinds
_LATER_CLAUSE = re.compile(
    rf"[,;]|\b(?:{kind_alternatives(SEIZURE_WORDS_FILE, 'later_clause_word')})\b"
    rf"|\b(?:{kind_alternatives(SEIZURE_WORDS_FILE, 'later_clause_conjunction')})\s+"
    rf"(?:(?:{kind_alternatives(SEIZURE_WORDS_FILE, 'later_clause_adverb')})\s+)?"
    rf"(?:(?:{kind_alternatives(SEIZURE_WORDS_FILE, 'later_clause_auxiliary')})\s+)?"
    r"[a-z]+(?:ed|en)\b", re.IGNORECASE)
FOLLOW_UP_DAYS = 3  # a count's day this soon after its event's is a later step of one case
LOOSE_PERIOD_DAYS = 7  # "last week": a stretch this short holding a find's day tells its time
CONVERSION_TOLERANCE = 0.05  # relative difference of a rounded conversion ("(46 kilograms)")
# a year written in a table's header cell ("9 months 2025", "H1 2024")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
HEADER_LINES_UP = 12  # how many lines above a row its table's header line may stand
# "2.950.000 tablets of captagon weighing about 497 kilos": the weight of counted units
_WEIGHT_OF_COUNT = re.compile(r",?\s+(?:with\s+a\s+(?:total\s+)?weight\s+of|weighing|weighed|"
                              r"which\s+weighed|that\s+weighed)\s+(?:(?:about|around|"
                              r"approximately|some|nearly|almost|over|more\s+than|a\s+total\s+of|"
                              r"in\s+total)\s+)?$", re.IGNORECASE)
COUNTED_NOUN_CHARS = 40  # how far after a counted amount its noun may run ("tablets of captagon")
# a soft wrap of hard-wrapped text and the word the broken noun phrase goes on with
_WRAPPED_WORD = re.compile(r"[ \t]*\n([a-z]+)\b")
_PART_BEFORE = re.compile(r"\b(?:of\s+which|including)\s+$", re.IGNORECASE)
# between a place and its share of a total: "Zhambyl (640 kg)", "Tashkent city (29 kg)", "in
# Khatlon region – 1 211.4 kg" (a place noun or two, then a bracket or a dash)
_PLACE_SHARE_GAP = re.compile(r"(?:\s+[a-z]+){0,2}\s*(?:\(|[–—-])\s*")
PLACE_SHARES = 2  # amounts each given right after a place: a breakdown of a total by place
HEDGED_NOUN_CHARS = 50  # how far after an amount the words naming what it is believed to be start

# "(2024: 12.6 tonnes)", "(in the first quarter of 2025 – 38 kg)": a bracket opening on a
# period, then the period's figure after a colon or a dash
_BRACKET_TO_PERIOD = re.compile(r"\((?:[ \t]*(?:in|for|during|over))?[ \t]*$", re.IGNORECASE)
_PERIOD_TO_FIGURE = re.compile(r"[ \t]*[:–—-][ \t]*")
PERIOD_BRACKET_CHARS = 60  # how far before a figure its bracket may open
PERIOD_OPENER_CHARS = 12  # how far before a period the bracket opening on it ("(in ") may start
BREAKDOWN_ROWS = 20  # rows of a breakdown by place read up to its header line
_ROW_NUMBER = re.compile(r"[ \t]*\d{1,3}\.?[ \t]*")  # a "No." column's cell: "1", "12."
# a table's cell: the text between two bars or tabs
_ROW_CELL = re.compile(r"(?<=[|\t])[^|\t\n]+")
# a subtotal row's label ("Subtotal Kinshasa", "Sub-total, Lankaran-Astara"): a breakdown's row
_SUBTOTAL_LABEL = re.compile(
    rf"[ \t]*(?:{kind_alternatives(SEIZURE_WORDS_FILE, 'subtotal_label')})(?![a-z])",
    re.IGNORECASE)
# a row's marker before its place label ("— Uzbekistan:", "- Spain:", "• Bolivia:")
_ROW_MARKER = re.compile(rf"[ \t]*[{ROW_BULLET_CHARS}—][ \t]*")
# a row's label of capitalized names before its figures ("Turan — 6 crimes", "Maktaaral and
# Zhetysai — 19 crimes", "Kyzyl-Kyshtak: 5 crimes"): under a breakdown's header, a place's
# row even where no place list knows the name
_ROW_LABEL = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][\w'’.-]*){0,3}"
                        r"[ \t]*(?::|[ \t][–—-][ \t]|[–—][ \t])")
# the words allowed between "by" and a place noun of a breakdown's header ("By territorial
# police departments:", "by administrative districts")
_PLACE_MODIFIERS = r"(?:[a-z-]+\s+){0,2}"
FOUND_COUNT_CATEGORIES = frozenset({"plants"})  # counted finds that make a local result
REPORT_TYPES = frozenset({"other", "statement"})  # reports whose figures are what they say

def _mostly_foreign(words: str) -> bool:
    """More than half of the letters of ``words`` are outside the Latin script."""
    letters = [ch for ch in words if ch.isalpha()]
    return sum(not is_latin_letter(ch) for ch in letters) * 2 > len(letters)


class SeizurePatterns(NamedTuple):
    """The seizure rules' patterns built from seizure_words.jsonl."""

    # "6,214 kilos of the drug": the substance named before (group ``drug``: a word for a drug,
    # which refers back to no substance of a ``non_drug_classes`` class)
    anaphoric_drug: re.Pattern[str]
    other_goods_after: re.Pattern[str]  # "2,000 litres of other chemicals": no drug named
    # "19.6 t in the ports of Le Havre", "5 t at the port of": a part of a total by place
    place_after: re.Pattern[str]
    # "By country: Russian Federation – 9.4 t; ...": a line breaking a total down by place
    breakdown_line: re.Pattern[str]
    # "Arrests and main seizures by country:", "By countries, the results are as follows:":
    # a line announcing rows that break a total down by place
    breakdown_header: re.Pattern[str]
    # "90 pills believed to be oxycodone": from right after an amount, its noun and the words
    # naming what it is believed to be, ending where that substance's name starts
    identity_hedge: re.Pattern[str]
    # "different narcotics", "various kinds of drugs": a word of variety before a generic word
    variety_before: re.Pattern[str]
    # "counterfeit", "pressed to resemble": the drug named after it is what goods imitate
    imitation: re.Pattern[str]
    # a clause mark or a word ending an amount's own words before a drug after it ("14 kg
    # hidden in a truck along with methamphetamine")
    link_break: re.Pattern[str]


@functools.cache
def seizure_patterns() -> SeizurePatterns:
    """The seizure rules' patterns (read once)."""
    def words(kind: str) -> str:
        return kind_alternatives(SEIZURE_WORDS_FILE, kind)

    return SeizurePatterns(
        re.compile(rf"\s+of\s+the\s+(?:(?P<drug>{words('anaphoric_drug_noun')})|"
                   rf"{words('anaphoric_noun')})\b", re.IGNORECASE),
        re.compile(rf"\s+of\s+(?:(?:{words('other_before')})\s+)?other\b", re.IGNORECASE),
        re.compile(r"(?:\s+of\s+\w+)?\s+(?:were\s+seized\s+)?(?:in|at)\s+(?:the\s+)?"
                   rf"(?:(?:{words('part_place')})\s+of\s+)?", re.IGNORECASE),
        re.compile(rf"[^\w\n]*(?:broken\s+down\s+)?by\s+{_PLACE_MODIFIERS}"
                   rf"(?:{words('breakdown_place')})\s*[:–—-]", re.IGNORECASE),
        re.compile(rf"[^\n]{{0,60}}?(?<![a-z])by\s+{_PLACE_MODIFIERS}"
                   rf"(?:{words('breakdown_place')})(?![a-z])[^\n]{{0,60}}:[ \t]*$",
                   re.IGNORECASE | re.MULTILINE),
        re.compile(rf"[^.;:()\n]{{0,{HEDGED_NOUN_CHARS}}}?(?<![a-z])(?P<hedge>"
                   rf"{words('identity_hedge')})\s+(?:(?:a|an|the)\s+)?", re.IGNORECASE),
        re.compile(rf"(?:{words('variety_modifier')})\s+", re.IGNORECASE),
        re.compile(rf"(?<![a-z])(?:{words('imitation')})(?![a-z])", re.IGNORECASE),
        re.compile(rf"[,;:.()\n]|\b(?:{words('link_break')})\b", re.IGNORECASE))


_NON_DRUG_CLASSES = frozenset(words_of(SEIZURE_WORDS_FILE, "non_drug_class"))
_OR_MORE_END = re.compile(r"\bor\s+more$", re.IGNORECASE)  # "500 grams or more"


def _substance_at(start: int, substances: list[Mention]) -> Mention | None:
    """The substance whose name starts at ``start``, if any."""
    return next((s for s in substances if s.start == start), None)


def _restated(headline: dict[str, Any], body: dict[str, Any]) -> bool:
    """The same substance and about the same mass (the headline rounds it)."""
    if (headline.get("substance") or "").lower() != (body.get("substance") or "").lower():
        return False
    a, b = headline.get("kg"), body.get("kg")
    return bool(a and b) and abs(a - b) / max(a, b) <= RESTATED_TOLERANCE


@functools.lru_cache(maxsize=8)
def _whole_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word (not inside "anti-drug"), case-insensitive."""
    return re.compile(rf"(?<![a-z-])(?:{phrase_alternatives(words)})(?![a-z-])", re.IGNORECASE)


def _seizure_kind(seizure: dict[str, Any]) -> tuple[str, bool]:
    """A seizure's substance and whether it is counted in units (pills) rather than weighed."""
    return (str(seizure.get("substance") or "").lower(), bool(seizure.get("counted")))


class SeizureRules(CountRules):
    """Seized amounts, and the assignment of amounts and counts to events."""

    def _is_seizure_quantity(self, mention: Mention) -> bool:
        if mention.label != "QUANTITY":
            return False
        kind = mention.normalized.get("kind")
        if kind in SEIZURE_KINDS:
            return True
        return kind == "count" and self._drug_units(mention)

    def _drug_units(self, mention: Mention) -> bool:
        """A count of tablets, doses, ampoules...: a seizure, not a count."""
        unit = mention.normalized.get("unit")
        entry = self.rules.categories.get(str(unit).lower()) if unit else None
        if entry is not None and entry.seizure:
            return True
        return (category_of(self._what(mention), self.rules)[1]
                or (not unit and self._drug_unit_after(mention) is not None))

    def _drug_unit_after(self, mention: Mention) -> str | None:
        """The drug unit the words right after a bare number name ("2,40,000 pieces of yaba
        tablets" -> tablet), up to the first word of another count category ("5 men")."""
        clause = _NOUN_PHRASE_END.search(self.text, mention.end, mention.end + NOUN_PHRASE_CHARS)
        end = clause.start() if clause else mention.end + NOUN_PHRASE_CHARS
        for word in WORDS.findall(self.text[mention.end : end].lower())[:NOUN_PHRASE_WORDS]:
            entry = self.rules.categories.get(word)
            if entry is not None:
                return self._drug_unit_of(word) if entry.seizure else None
        return None

    def _drug_unit_of(self, what: str | None) -> str | None:
        """The drug unit a counted noun names when the amount has no unit of its own
        ("2,40,000 pieces of yaba tablets" -> tablet), in the singular the units take."""
        for word in reversed(WORDS.findall(str(what or "").lower())):
            entry = self.rules.categories.get(word)
            if entry is not None and entry.seizure:
                singular = word[:-1] if word.endswith("s") else word
                return singular if singular in self.rules.categories else word
        return None

    def _what(self, mention: Mention) -> str | None:
        what = mention.normalized.get("what") or mention.normalized.get("unit")
        return str(what) if what else None

    def _substance_of(self, quantity: Mention, substances: list[Mention]) -> tuple[str | None,
                                                                                  bool]:
        """What was seized, and whether the text names it: the amount's own ``what`` when it
        is a substance, a substance written after it ("8.9 tons of opium") or as a table row
        before it ("hashish - 5,213 kg", "opium (8.9 tons)"), else one named earlier in the
        sentence ("a laboratory producing mephedrone ... seized 34 kg of the finished drug")."""
        text = self.text
        what = quantity.normalized.get("what")
        known = self._known_substances(substances)
        anaphor = seizure_patterns().anaphoric_drug.match(text, quantity.end)
        if anaphor is not None:
            before = self._referents(quantity, substances, drug=bool(anaphor.group("drug")))
            if before:
                return self._substance_name(before[-1]), True
        for substance in substances:  # "41.2 tons are cocaine": the text's own link first
            if 0 <= substance.start - quantity.end <= 12 and _OF_LINK.fullmatch(
                    text[quantity.end : substance.start]):
                named = self._apposed_substance(substance.end, substances) or substance
                return self._substance_name(named), True
        glossed = _GLOSSED_NOUN.match(text, quantity.end)
        named = self._apposed_substance(glossed.start(), substances, glossed) if glossed else None
        if named is not None:  # "2.3 kg of crystal (methamphetamine)"
            return self._substance_name(named), True
        hedged = self._hedged_substance(quantity, substances)
        if hedged is not None:  # "90 pills believed to be oxycodone"
            return self._substance_name(hedged), True
        if what and str(what).lower() in known and self._total_of_drugs_in_general(
                quantity, str(what), substances):
            return GENERIC_DRUGS, True  # "seized narcotics weighing over 2.6 tonnes"
        linked = self._linked_later_substance(quantity, substances)
        if linked is not None and not (what and self._what_named_for(quantity, str(what),
                                                                     substances)):
            # "brings to 3.4 tonnes the quantity of hashish", "268 kg corresponded to
            # marijuana and 73 kg to cocaine": the drug its own words link it to, over a
            # ``what`` read from an earlier sentence or from another amount's drug
            return self._substance_name(linked), True
        if what and (self._generic(str(what)) == "drugs" or str(what).lower() in known):
            return self._generic(str(what)), True
        for substance in substances:
            if 0 <= substance.start - quantity.end <= 40 and _OF_LINK.fullmatch(
                    text[quantity.end : substance.start]):
                return self._substance_name(substance), True
            if 0 <= quantity.start - substance.end <= 4 and _ROW_LINK.fullmatch(
                    text[substance.end : quantity.start]):
                return self._substance_name(substance), True
        if seizure_patterns().other_goods_after.match(text, quantity.end):
            return None, False  # "and 2,000 litres of other chemicals": no drug named
        row = self._table_row(quantity)
        if row is not None:  # "Cocaine, kg | 410,5 | 622,8": the row's label names it
            in_row = [s for s in substances if row <= s.start and s.end <= quantity.start]
            if in_row:
                return self._substance_name(in_row[-1]), True
        earlier = [s for s in substances
                   if s.sentence == quantity.sentence and s.end <= quantity.start]
        if earlier and not self._substance_taken(earlier[-1], quantity):
            return self._substance_name(earlier[-1]), True
        later = [s for s in substances if s.sentence == quantity.sentence
                 and 0 <= s.start - quantity.end <= LATER_SUBSTANCE_WINDOW]
        if later and not what:
            return self._substance_name(later[0]), True
        if later and what and later[0].text.lower() in str(what).lower():
            # "2,40,000 pieces of yaba tablets": the substance inside the counted noun
            return self._substance_name(later[0]), True
        if what:
            return self._generic(str(what)), False
        if self._drugs_in_general_before(quantity):
            return GENERIC_DRUGS, True  # "the total quantity of drugs seized was 1,650 kg"
        if len(known) == 1:  # the one substance the item speaks of ("the tablets weighed")
            return self._substance_name(substances[0]), False
        return None, False

    def _referents(self, quantity: Mention, substances: list[Mention],
                   drug: bool) -> list[Mention]:
        """The substances named before ``quantity`` that a word referring back may name;
        ``drug``: a word for a drug ("34 kg of the drug"), which names no substance of a
        seizure_words.jsonl non_drug_class (precursors), unless only such were named."""
        before = [s for s in substances if s.end <= quantity.start]
        if not drug:
            return before
        drugs = [s for s in before
                 if str(s.normalized.get("class") or "").lower() not in _NON_DRUG_CLASSES]
        return drugs or before

    def _linked_later_substance(self, quantity: Mention,
                                substances: list[Mention]) -> Mention | None:
        """The drug named within ``LINKED_SUBSTANCE_CHARS`` after an amount in its clause,
        with no other amount, drug, clause mark, word ending the amount's words
        (seizure_words.jsonl link_break) or word of imitation between them ("3.4 tonnes the
        quantity of hashish", "73.4 kilograms to cocaine")."""
        sentence_end = self.lay.sentences[quantity.sentence][1]
        after = [m for m in self.by_sentence[quantity.sentence]
                 if m.label in ("QUANTITY", "SUBSTANCE") and m.start >= quantity.end]
        if not after or after[0].label != "SUBSTANCE" or after[0] not in substances:
            return None
        named = after[0]
        patterns = seizure_patterns()
        if (named.start - quantity.end > LINKED_SUBSTANCE_CHARS or named.end > sentence_end
                or patterns.link_break.search(self.text, quantity.end, named.start)
                or patterns.imitation.search(self.text, quantity.end, named.start)):
            return None  # "12,500 pills pressed to resemble oxycodone": what they imitate
        return named

    def _what_named_for(self, quantity: Mention, what: str,
                        substances: list[Mention]) -> bool:
        """Whether the drug an amount's ``what`` names is named for it in its sentence: after
        it with no other amount between ("48,000 counterfeit oxycodone pills laced with
        fentanyl"), or before it with no other seized amount between, and not as the drug of
        an amount just before it ("268 kg corresponded to marijuana")."""
        amounts = [m for m in self.by_sentence[quantity.sentence]
                   if m.label == "QUANTITY" and m is not quantity
                   and m.end <= quantity.start and self._is_seizure_quantity(m)]
        for named in substances:
            if (named.sentence != quantity.sentence
                    or self._substance_name(named).lower() != what.lower()):
                continue
            if named.start >= quantity.end:
                # "48,000 counterfeit oxycodone pills laced with fentanyl": named after it,
                # with no other amount between
                if named.start - quantity.end <= LATER_SUBSTANCE_WINDOW and not any(
                        m.label == "QUANTITY" and quantity.end <= m.start < named.start
                        for m in self.by_sentence[quantity.sentence]):
                    return True
                continue
            if named.end > quantity.start:
                continue
            if any(m.start >= named.end for m in amounts):
                continue  # another amount stands between it and this one
            owner = [m for m in amounts if m.end <= named.start]
            if owner and named.start - owner[-1].end <= LINKED_SUBSTANCE_CHARS and not any(
                    m.label in ("QUANTITY", "SUBSTANCE") and owner[-1].end <= m.start
                    and m.end <= named.start for m in self.by_sentence[quantity.sentence]):
                continue  # the drug of the amount before it
            return True
        return False

    def _apposed_substance(self, end: int, substances: list[Mention],
                           link: re.Match[str] | None = None) -> Mention | None:
        """The one drug named right after ``end`` in apposition or in brackets, naming the
        amount's drug more closely ("1.2 kg of the synthetic drug alpha-PVP", "2.3 kg of
        crystal (methamphetamine)"; ``link``: the text from ``end`` up to it, else
        ``_APPOSED``); None when none is, or when a list of drugs goes on after it ("the
        synthetic drugs mephedrone and alpha-PVP")."""
        link = link or _APPOSED.match(self.text, end)
        if link is None:
            return None
        named = _substance_at(link.end(), substances)
        if named is None:
            return None
        more = _LIST_GOES_ON.match(self.text, named.end)
        if more is not None and _substance_at(more.end(), substances) is not None:
            return None
        return named

    def _hedged_substance(self, quantity: Mention, substances: list[Mention]) -> Mention | None:
        """The substance an amount is said to be believed, suspected or tested to be, named
        right after its noun ("approximately 90 pills believed to be oxycodone", "14 pounds of
        blue pills suspected to contain fentanyl"): over the noun, which may name another
        drug of the sentence. None when another amount or substance stands between them ("2 kg
        of heroin and pills believed to be ...": the heroin is the amount's own)."""
        hedge = seizure_patterns().identity_hedge.match(self.text, quantity.end)
        if hedge is None:
            return None
        named = _substance_at(hedge.end(), substances)
        if named is None or any(
                m.label in ("QUANTITY", "SUBSTANCE") and quantity.end <= m.start
                and m.end <= hedge.start("hedge") for m in self.by_sentence[quantity.sentence]):
            return None
        return named

    def _drugs_in_general_before(self, quantity: Mention, bare: bool = False) -> bool:
        """Whether the amount's clause speaks of drugs in general (a generic word: "drugs",
        "narcotics", "drug smuggling") before an amount that names nothing; ``bare``: a
        generic word with no determiner before it ("seized narcotics weighing", not the
        anaphoric "the drugs weighed")."""
        pattern = _whole_words(tuple(w for w, name in self.rules.generic_substances.items()
                                     if name == GENERIC_DRUGS))
        sentence_start = self.lay.sentences[quantity.sentence][0]
        clause_start = max(sentence_start, max(self.text.rfind(mark, sentence_start,
                                                               quantity.start)
                                               for mark in CLAUSE_MARKS) + 1)
        return any(not (bare and _DETERMINER_BEFORE.search(self.text, clause_start, word.start()))
                   for word in pattern.finditer(self.text, clause_start, quantity.start))

    def _total_of_drugs_in_general(self, quantity: Mention, what: str,
                                   substances: list[Mention]) -> bool:
        """An amount whose clause speaks of drugs in general with no determiner ("since 1
        July the Collectorate has seized narcotics weighing over 2.6 tonnes", "prevented
        attempts to smuggle drugs and psychotropic substances with a total weight of more than
        96 kg, among them 41 kg of hashish") while the substance its ``what`` names stands
        in no earlier part of its sentence (it came from an earlier sentence): a total of
        drugs in general, not of that substance."""
        named_before = any(s.sentence == quantity.sentence and s.end <= quantity.start
                           and self._substance_name(s).lower() == what.lower()
                           for s in substances)
        return not named_before and self._drugs_in_general_before(quantity, bare=True)

    def _substance_taken(self, substance: Mention, quantity: Mention) -> bool:
        """Whether another seized amount before ``quantity`` is the substance's own ("4.2 kg
        of cocaine and 213,560 psychotropic tablets" are no tablets of cocaine): an amount
        written right before it ("4.2 kg of cocaine") or between it and ``quantity``."""
        text = self.text
        return any(
            m.label == "QUANTITY" and m is not quantity and m.end <= quantity.start
            and m.normalized.get("kind") in SEIZURE_KINDS
            and (m.start >= substance.end or (
                0 <= substance.start - m.end <= 40
                and _OF_LINK.fullmatch(text, m.end, substance.start) is not None))
            for m in self.by_sentence[quantity.sentence])

    def _known_substances(self, substances: list[Mention]) -> set[str]:
        if self._known is None:
            self._known = {self._substance_name(s).lower() for s in substances}
        return self._known

    def _substance_name(self, substance: Mention) -> str:
        return self._generic(str(substance.normalized.get("name") or substance.text))

    def _generic(self, name: str) -> str:
        """A generic word's canonical name ("narcotic drugs" -> drugs), also when a
        participle runs on after it ("narcotic drugs withdrawn from illegal circulation",
        "drugs seized": the counted noun read on past its head) or a word of variety stands
        before it ("different narcotics"), else the name as is."""
        lowered = name.lower()
        found = self._generic_name(lowered)
        if found is None:  # "different narcotics", "various kinds of drugs"
            variety = seizure_patterns().variety_before.match(lowered)
            found = self._generic_name(lowered[variety.end():]) if variety else None
        return name if found is None else found

    def _generic_name(self, lowered: str) -> str | None:
        """The canonical name of a lower-case generic word, maybe with a participle after
        it (``_generic``); None for any other name."""
        found = self.rules.generic_substances.get(lowered)
        if found is not None:
            return found
        participle = _TRAILING_PARTICIPLE.search(lowered)
        if participle is not None:
            return self.rules.generic_substances.get(lowered[: participle.start()])
        return None

    def _assign_quantities(self, owner: dict[int, Draft], subs: dict[int, Draft],
                           main: Draft) -> None:
        substances = [m for m in self.mentions if m.label == "SUBSTANCE"]
        seizure_sentences = self._seizure_cue_sentences
        table_rows: dict[int, set[str]] = {}
        last_substance: str | None = None
        fixes = corrections(self.text, [m for m in self.mentions if m.label == "QUANTITY"],
                            self.lay.sentences)
        for mention in self.mentions:
            if mention.label != "QUANTITY" or mention.start in fixes.in_corrections:
                continue  # a correction line's figures stand where the old figure stood
            draft = owner[mention.sentence]
            if (mention.sentence in self.background and main.type != "other"
                    and not draft.decision):  # a court's decision told beside the event
                continue
            if not draft.decision:
                draft = (subs.get(self.segments[mention.sentence]) if subs else None) or draft
            norm = mention.normalized
            kind = norm.get("kind")
            what = self._what(mention)
            if kind in SEIZURE_KINDS or (kind == "count" and self._drug_units(mention)):
                if draft.decision or self._breakdown_line(mention) or self._not_seized(
                        mention, draft, seizure_sentences, table_rows):
                    continue  # a court's decision on an amount seized before seizes nothing
                substance, linked = self._substance_of(mention, substances)
                if self.rules.same_substance_after.match(self.text, mention.end) and last_substance:
                    substance, linked = last_substance, True  # "8,400 litres of the same"
                near_cue = bool({mention.sentence - 1, mention.sentence, mention.sentence + 1}
                                & seizure_sentences)
                if not linked and not near_cue and not (kind == "count" and substance):
                    continue
                value, span = fixes.figure(mention)  # "46.2 kg, not 46.8 kg"
                seizure = {
                    "substance": substance, **quantity_fields(value),
                    "unit": (value.get("unit") or self._drug_unit_of(what)
                             or (self._drug_unit_after(mention) if kind == "count" else None)),
                    "kg": value.get("kg"),
                    "start": span.start, "end": span.end, "paragraph": mention.paragraph,
                    "counted": kind == "count",
                }
                last_substance = substance or last_substance
                if self._held_for_table_total(mention, draft, main, seizure):
                    continue
                if draft.place is not None:
                    seizure["location"] = draft.place.ref()
                    seizure["country_iso2"] = iso2(draft.place)
                draft.seizures.append(seizure)
            elif kind == "count" and what:
                row = self._table_row(mention)
                if (row is not None and self._regional_row(row, mention)) or self._breakdown_line(
                        mention):
                    continue  # a breakdown by region ("Brest region | 128.9 | 517")
                # "- Spain: the National Police arrested 21 suspects and seized ...": a row
                # telling a body's own result counts its arrests ("- Spain: 15 arrests" does not)
                local = draft.sub_result and any(
                    m.label == "ORG" and m.end <= mention.start
                    for m in self.by_sentence[mention.sentence])
                category = self._count_category(mention, what, local)
                if category is None:
                    continue  # packaging, or a number of the story's context
                if (self._comparison_baseline(mention) or self._slash_column(mention)
                        or self._other_period(mention, draft, counted=True)):
                    continue  # "3,870 cases in Q3 2024"; "107,000 died of overdoses in 2022"
                value, span = fixes.figure(mention)
                count = {"what": what, **quantity_fields(value), "start": span.start,
                         "end": span.end, "category": category or None}
                if not self._held_for_table_total(mention, draft, main, count):
                    draft.counts.append(count)
        for sub in subs.values():  # plants counted at a farm, poached goods: a find of its own
            if sub.counts and self._finds_nothing(sub):
                # a local result without seized drugs is no event of its own: its counts
                # ("intercepted 312 people and seized 47 vehicles") are its parent's
                (sub.part_of or main).counts.extend(sub.counts)
                sub.counts = []

    def _held_for_table_total(self, mention: Mention, draft: Draft, main: Draft,
                              figure: dict[str, Any]) -> bool:
        """A figure of a table whose caption gives a period other than the event's own
        ("Reference: cases detected by Tokyo Customs, January-September 2025" under a
        release about one seizure): the period's total, an event of its own (kept in
        ``table_totals`` for the running totals); a summary of that period keeps it."""
        if main.type in REPORT_TYPES:
            return False  # a report's figures are what it says
        row = self._table_row(mention)
        table = self._table_period(row) if row is not None else None
        if table is None or ((draft.period is not None or draft.dates)
                             and days_of(draft) == table[1]):
            return False
        self._cache("table_totals")[mention.start] = (mention, table, figure)
        return True

    def _not_seized(self, mention: Mention, draft: Draft, seizure_sentences: set[int],
                    table_rows: dict[int, set[str]]) -> bool:
        """Amounts that are no seizure of this event: a later column of a table row (another
        period), a row of a breakdown by region, an estimate in a sentence without a seizure
        word, an amount of a sentence dated only outside the event's period."""
        if str(mention.normalized.get("unit") or "").lower() in self.rules.dose_units:
            return True  # "tramadol 225mg": a tablet's strength
        if self._window_has(_PER_UNIT_BEFORE, "each", max(0, mention.start - 30),
                            mention.start) or _PER_UNIT_AFTER.match(self.text, mention.end):
            return True  # "106 packets, each weighing about 2 kg": one unit's weight
        if _PART_BEFORE.search(self.text, max(0, mention.start - 20), mention.start):
            place = seizure_patterns().place_after.match(self.text, mention.end)
            if place is not None and any(
                    m.label in PLACE_LABELS and m.start == place.end()
                    for m in self.by_sentence[mention.sentence]):
                return True  # "31.2 t, of which 19.6 t in the ports of Le Havre": by place
        if self._place_share(mention):
            return True  # "seized in the Zhambyl (640 kg), Almaty (402 kg) ... regions"
        if self._comparison_baseline(mention) or self._moved_amount(mention):
            return True
        if self._charge_threshold(mention):
            return True  # "conspiracy to import 500 grams or more": the statute's quantity
        if self._destruction_amount(mention, draft):
            return True  # "destroyed this Tuesday, in a plant of the province, 18,6 tons"
        if self._weight_of_counted_units(mention):
            return True  # the tablets are the seizure, their weight evidence
        if self._slash_column(mention):
            return True  # "1,284.6 kg / 906.2 kg": another period's column or a conversion
        if self._bracketed_conversion(mention):
            return True  # "seized 1,052 pounds (477 kg)": the same amount in other units
        if self._other_goods(mention):
            return True  # "3,600 litres of petrol", "18 tonnes of dried\napricots": goods
        row = self._table_row(mention)
        if row is not None:
            if self._regional_row(row, mention):
                return True
            current = self._current_column(row)
            if current is not None and self._column_of(row, mention) != current:
                return True  # "| 9 months 2024 | 9 months 2025": the latest period's only
            # else the row's first amount of each thing: a later column of the same drug is
            # another period's, one of another drug a breakdown by substance ("TOTAL | 23.5
            # | 38.3 | 1 525" under "Heroin, kg | Marijuana, kg | Methamphetamine, g")
            what = str(mention.normalized.get("what") or "").lower()
            seen = table_rows.setdefault(row, set())
            if what in seen or (seen and not what):
                return True
            seen.add(what)
        if (mention.sentence not in self._seized_sentences
                and mention.sentence in self.estimate_sentences):
            return True
        return self._other_period(mention, draft)

    def _other_goods(self, mention: Mention) -> bool:
        """An amount of goods that are no drugs (other_goods.jsonl: "3,600 litres of petrol",
        "14 kg of raw amber")."""
        return not self.rules.other_goods.isdisjoint(self._counted_noun_words(mention))

    def _finds_nothing(self, draft: Draft) -> bool:
        """A draft with no find of its own: no seized drugs, no counted find (plants at a
        farm) and no find of goods on a day of its own (``_goods_find``)."""
        return not draft.seizures and not any(
            c.get("category") in FOUND_COUNT_CATEGORIES for c in draft.counts
        ) and not self._goods_find(draft)

    def _goods_find(self, draft: Draft) -> bool:
        """A find of goods that are no drugs on a day of its own: the draft is dated by one
        day and a sentence of it gives an amount of such goods ("On November 19, a border
        detail detained three residents ... About 14 kg of raw amber were seized"); goods
        listed among a period's results ("14,600 litres of fuel") make no find."""
        return bool(draft.dates) and one_day(draft.dates[0]) and any(
            m.label == "QUANTITY" and m.normalized.get("kind") in SEIZURE_KINDS
            and self._other_goods(m)
            for sentence in draft.sentences for m in self.by_sentence.get(sentence, ()))

    def _counted_noun_words(self, mention: Mention) -> list[str]:
        """The lower-case words of an amount's counted or weighed noun (its ``what``), with
        the word a hard-wrapped line carries on to when the noun ends at a soft wrap ("18
        tonnes of dried\napricots": the reader's ``what`` is "dried")."""
        what = str(mention.normalized.get("what") or "")
        words = WORDS.findall(what.lower())
        if not words:
            return words
        end = self.text.find(what, mention.end, mention.end + COUNTED_NOUN_CHARS + len(what))
        wrapped = _WRAPPED_WORD.match(self.text, end + len(what)) if end >= 0 else None
        return [*words, wrapped.group(1)] if wrapped is not None else words

    def _place_share(self, mention: Mention) -> bool:
        """An amount given right after a place, in brackets or after a dash, in a sentence
        giving ``PLACE_SHARES`` or more such amounts ("the largest volumes were seized in the
        Zhambyl (640 kg), Almaty (402 kg) and Turkestan (258 kg) regions"; "in Khatlon region
        – 1 211.4 kg, in Sughd region – 402.0 kg"): a breakdown of a total by place, no
        seizure of its own (guide: breakdowns by region are not seizures)."""
        cache = self._cache("_place_shares")
        if mention.sentence not in cache:
            sentence = self.by_sentence[mention.sentence]
            places = [m for m in sentence if m.label in PLACE_LABELS]
            shares = {m.start for m in sentence
                      if m.label == "QUANTITY" and m.normalized.get("kind") in SEIZURE_KINDS
                      and any(place.end <= m.start and _PLACE_SHARE_GAP.fullmatch(
                          self.text, place.end, m.start) for place in places)}
            cache[mention.sentence] = shares if len(shares) >= PLACE_SHARES else set()
        return mention.start in cache[mention.sentence]

    def _destruction_amount(self, mention: Mention, draft: Draft) -> bool:
        """An amount of a sentence telling a destruction, in an event that is one (its word
        "incinerated", "destruction ceremony"): what was destroyed, however far its verb
        stands ("destroyed this Tuesday, in a controlled-incineration plant of the Guayas
        province, 18,6 tons of drugs seized in 2025")."""
        return (draft.trigger is not None and draft.trigger.cue.type == "other"
                and self._destruction(draft) and self._tells_destruction(mention.sentence))

    def _destruction(self, draft: Draft) -> bool:
        """The draft's word tells a destruction of drugs ("were destroyed today")."""
        trigger = draft.trigger
        return trigger is not None and DESTRUCTION.search(
            self.text, trigger.start, trigger.end) is not None

    def _window_has(self, pattern: re.Pattern[str], needle: str, start: int, end: int) -> bool:
        """Whether ``pattern`` matches in ``text[start:end]``. ``needle``, a lower-case piece
        every match holds (no "i", "k" or "s": IGNORECASE also matches them to other
        letters), is looked for first, so a window without it is not scanned."""
        if needle not in self.text[start:end].lower():
            return False
        return pattern.search(self.text, start, end) is not None

    def _slash_column(self, mention: Mention) -> bool:
        """An amount after another one and a slash ("1,284.6 kg / 906.2 kg"): another
        period's column or a conversion."""
        return self._window_has(_SLASH_COLUMN, "/", max(0, mention.start - 30), mention.start)

    def _bracketed_conversion(self, mention: Mention) -> bool:
        """An amount opening a bracket right after another amount of about the same weight
        ("1,052 pounds (477 kg)", "101.4 lbs (46 kilograms)"): a conversion of it."""
        weight = mention.normalized.get("kg")
        if not weight or not _BRACKET_OPENED.search(self.text, max(0, mention.start - 4),
                                                     mention.start):
            return False
        earlier = [m for m in self.by_sentence[mention.sentence]
                   if m.label == "QUANTITY" and m.end <= mention.start]
        if not earlier or not _BRACKET_OPENED.fullmatch(self.text, earlier[-1].end,
                                                        mention.start):
            return False
        before = earlier[-1].normalized.get("kg")
        return bool(before) and abs(before - weight) <= CONVERSION_TOLERANCE * max(
            before, weight)

    def _weight_of_counted_units(self, mention: Mention) -> bool:
        """A weight told of pills counted right before it in its sentence ("3,412,000
        captagon pills, weighing about 570 kilograms")."""
        if mention.normalized.get("kind") == "count":
            return False
        window = max(0, mention.start - COUNTED_NOUN_CHARS - 40)
        if self.text.find("eigh", window, mention.start) < 0:
            return False  # no "weighing" / "weight" before it
        verb = _WEIGHT_OF_COUNT.search(self.text, window, mention.start)
        if verb is None:
            return False
        earlier = [m for m in self.by_sentence[mention.sentence]
                   if m.label == "QUANTITY" and m.end <= verb.start()]
        return bool(earlier) and earlier[-1].normalized.get("kind") == "count" and (
            verb.start() - earlier[-1].end <= COUNTED_NOUN_CHARS) and self._drug_units(
                earlier[-1]) and not any(mark in self.text[earlier[-1].end:verb.start()]
                                         for mark in ".;\n")

    def _charge_threshold(self, mention: Mention) -> bool:
        """A charge's threshold amount, written "X or more" right after a verb of the charge
        ("conspiracy to possess with intent to distribute five kilograms or more of
        cocaine"; moved_amounts.jsonl charge_verb): the statute's quantity, no seizure."""
        return (_OR_MORE_END.search(mention.text) is not None
                and charge_verb_before().search(self.text,
                                                max(0, mention.start - CHARGE_VERB_CHARS),
                                                mention.start) is not None)

    def _moved_amount(self, mention: Mention) -> bool:
        """An amount told as moved, sold or destroyed, not seized: after its verb ("had
        imported upwards of 11 tonnes of cocaine over two years", and the amounts listed
        right after it) or as the subject of its passive ("1,920 kg of ganja were destroyed")."""
        return self._moved_after_verb(mention) or self._destroyed_subject(mention)

    def _moved_after_verb(self, mention: Mention) -> bool:
        """An amount after a verb of moving, selling or destroying (``_moved_amount``), or
        listed right after such an amount ("More than 3,000 plants were destroyed, and about
        18 kg of marijuana was seized": a passive verb governs no amount after it)."""
        cache = self._cache("_moved_amounts")
        if mention.start in cache:
            return bool(cache[mention.start])
        sentence_start = self.lay.sentences[mention.sentence][0]
        verb = moved_amount_before().search(
            self.text, max(sentence_start, mention.start - MOVED_VERB_CHARS), mention.start)
        if verb is not None:
            # "seized and destroyed 2 tonnes", "uprooted and burnt 310 pounds": a verb of
            # finding or eradicating joined right before it keeps the amount a seizure
            moved = not any(c.cue.type in _FIND_CUE_TYPES and c.sentence == mention.sentence
                            and 0 <= verb.start() - c.end <= SEIZURE_VERB_GAP
                            and _VERBS_JOINED.search(self.text, c.end, verb.start())
                            for c in self.cues)
        else:
            earlier = [m for m in self.by_sentence[mention.sentence]
                       if m.label == "QUANTITY" and m.end <= mention.start]
            moved = bool(earlier) and _LIST_NEXT.fullmatch(
                self.text, earlier[-1].end, mention.start) is not None and (
                    self._moved_after_verb(earlier[-1]))
        cache[mention.start] = moved
        return moved

    def _destroyed_subject(self, mention: Mention) -> bool:
        """The amount is the subject of its clause's passive verb of destroying or selling
        ("1,920 kg of ganja and other drugs were destroyed"; not "... 5 kg of heroin, which
        were destroyed later", whose relative clause tells of a seized amount)."""
        sentence_end = self.lay.sentences[mention.sentence][1]
        verb = moved_amount_after().match(self.text, mention.end, sentence_end)
        return verb is not None and _RELATIVE_WORD.search(
            self.text, mention.end, verb.end()) is None

    def _comparison_baseline(self, mention: Mention) -> bool:
        """An amount a result is compared with ("compared with 860 kg in 2024")."""
        known: dict[int, bool] | None = self.__dict__.get("_baselines")
        if known is None:
            known = self.__dict__["_baselines"] = {}
        found = known.get(mention.start)
        if found is None:
            found = known[mention.start] = bool(
                self._compared_figure(mention)
                or self._window_has(_COMPARED_WHEN, "than", max(0, mention.start - 60),
                                    mention.start)
                # the bracket the amount opens ("compared with the same period of last
                # year (860 kg)"): comparison_bracket's matches end with it
                or self._window_has(self.rules.comparison_bracket, "(",
                                    max(0, mention.start - 90), mention.start)
                or self._period_bracket(mention))
        return found

    def _period_bracket(self, mention: Mention) -> bool:
        """A figure in a bracket after the period it belongs to, beside the current one
        ("18.2 tonnes (2024: 12.6 tonnes)", "41 kg (in the first quarter of 2025 - 38 kg)",
        "1,214 offences (2024: 1,087)"): another period's figure given for comparison."""
        if "(" not in self.text[max(0, mention.start - PERIOD_BRACKET_CHARS) : mention.start]:
            return False
        return any(
            m.label == "DATE" and m.end <= mention.start
            and _PERIOD_TO_FIGURE.fullmatch(self.text, m.end, mention.start) is not None
            and _BRACKET_TO_PERIOD.search(
                self.text, max(0, m.start - PERIOD_OPENER_CHARS), m.start) is not None
            for m in self.by_sentence[mention.sentence])

    def _compared_figure(self, mention: Mention) -> bool:
        """A comparison's cue right before the amount ("compared with 860 kg"); a cue that
        compares only after a figure ("against") needs one before it in the sentence ("1.2 t
        against 860 kg"; not "the criminal case against five defendants")."""
        window = max(0, mention.start - 30)
        cue = self.rules.comparison_before.search(self.text, window, mention.start)
        if cue is None:
            return False
        phrase = " ".join(cue.group(0).lower().split())
        phrase = phrase[:-4] if phrase.endswith(" the") else phrase
        if phrase not in self.rules.comparison_after_figure:
            return True
        return any(m.label == "QUANTITY" and m.end <= cue.start()
                   for m in self.by_sentence[mention.sentence])

    def _table_row(self, mention: Mention) -> int | None:
        """The start of the table row (a line with "|", tab or space-aligned cells) holding
        ``mention``."""
        line_start = self.lay.paragraphs[mention.paragraph][0]  # paragraphs are lines
        if line_start not in self._rows:
            self._rows[line_start] = self._row_at(line_start)
        return self._rows[line_start]

    def _row_at(self, line_start: int) -> int | None:
        line_end = self.text.find("\n", line_start)
        line_end = line_end if line_end >= 0 else len(self.text)
        cells = max(self.text.count("|", line_start, line_end),
                    self.text.count("\t", line_start, line_end),
                    self._space_cells(line_start, line_end))
        if cells >= 2:
            return line_start
        if cells == 1:  # a two-column table: the line above also has a cell border
            above = self.text.rfind("\n", 0, max(line_start - 1, 0)) + 1
            if line_start and ("|" in self.text[above:line_start]
                               or "\t" in self.text[above:line_start]
                               or self._space_cells(above, line_start - 1)):
                return line_start
        return None

    def _space_cells(self, start: int, end: int) -> int:
        """How many wide runs of spaces between words (_SPACE_CELL) ``text[start:end]`` has;
        a run of three spaces or a no-break space must be there first (a plain string test
        that spares the regex's scan of most lines)."""
        if self.text.find("   ", start, end) < 0 and self.text.find("\u00a0", start, end) < 0:
            return 0
        return len(_SPACE_CELL.findall(self.text, start, end))

    def _cells(self, line_start: int, line_end: int) -> list[str]:
        """The cells of a table line, split at "|", tabs or wide runs of spaces."""
        line = self.text[line_start:line_end]
        if "|" in line:
            return line.split("|")
        if "\t" in line:
            return line.split("\t")
        return _SPACE_GAP.split(line)

    def _column_of(self, row: int, mention: Mention) -> int:
        """The index of the cell of the row starting at ``row`` that holds ``mention``."""
        return len(self._cells(row, mention.start)) - 1

    def _current_column(self, row: int) -> int | None:
        """The column of the latest period when the table's header names two or more
        different years ("Indicator | 9 months 2024 | 9 months 2025" -> 2), else None: its
        other columns are comparison figures, no results of the event."""
        cache = self._cache("_current_columns")
        if row in cache:
            return cache[row]
        current = None
        for line_start, line_end in self._lines_up(row, HEADER_LINES_UP):
            years = [(int(found[0]), index) for index, cell in enumerate(
                self._cells(line_start, line_end)) if (found := _YEAR.findall(cell))
                and len(found) == 1]
            if len({year for year, _ in years}) >= 2:
                current = max(years)[1]
                break
            if line_start != row and self._row_at(line_start) is None:
                break
        cache[row] = current
        return current

    def _table_period(self, row: int) -> tuple[Mention, tuple[str, str]] | None:
        """The period a table's caption gives its figures ("Reference: drug smuggling cases
        detected by Tokyo Customs, January-September 2025"; "Table 6. Drug seizures by
        Finnish Customs, 2023-2024" over year columns: the latest column's year): the date of
        the first text line above the table's rows, when it is a total's period; else None."""
        cache = self._cache("_table_periods")
        if row in cache:
            return cache[row]
        found = None
        for line_start, line_end in itertools.islice(
                self._lines_up(row, HEADER_LINES_UP + 1), 1, None):
            if not self.text[line_start:line_end].strip() or self._row_at(line_start) is not None:
                continue  # a blank line, or the header row or another row of the table
            periods = [m for m in self._dates_between(line_start, line_end)
                       if self._total_period(m)]
            if len(periods) == 1:
                period = periods[0]
                first, last = days_of(period)
                current = self._current_column(row)
                if current is not None:
                    year = _YEAR.findall(self._header_cell(row, current))
                    if year:  # the latest column's year within the caption's span
                        first, last = max(first, f"{year[0]}-01-01"), min(last, f"{year[0]}-12-31")
                found = (period, (first, last))
            break
        cache[row] = found
        return found

    def _header_cell(self, row: int, column: int) -> str:
        """The text of the header cell of ``column`` (the line above ``row`` naming two or
        more years, as ``_current_column`` found it)."""
        for line_start, line_end in self._lines_up(row, HEADER_LINES_UP):
            cells = self._cells(line_start, line_end)
            if len({y for cell in cells for y in _YEAR.findall(cell)}) >= 2 and column < len(cells):
                return cells[column]
        return ""

    def _lines_up(self, line_start: int, lines: int) -> Iterator[tuple[int, int]]:
        """The start and end of the line at ``line_start`` and of the lines above it, up
        to ``lines`` lines in all."""
        for _ in range(lines):
            line_end = self.text.find("\n", line_start)
            yield line_start, line_end if line_end >= 0 else len(self.text)
            if line_start == 0:
                return
            line_start = self.text.rfind("\n", 0, line_start - 1) + 1

    @functools.cached_property
    def _dates_in_order(self) -> list[Mention]:
        """The item's DATE mentions by offset."""
        return sorted((m for m in self.mentions if m.label == "DATE"), key=lambda m: m.start)

    def _dates_between(self, start: int, end: int) -> list[Mention]:
        """The DATE mentions starting from ``start`` up to ``end``."""
        dates = self._dates_in_order
        return dates[bisect.bisect_left(dates, start, key=lambda m: m.start):
                     bisect.bisect_left(dates, end, key=lambda m: m.start)]

    def _regional_row(self, row: int, mention: Mention) -> bool:
        """A row headed by a place ("Brest region | 128.9 | 517"), by a blank cell under such
        a row (a merged cell: "| Funa | 96.0" under "Kinshasa | Lukunga | 212.5"), or a
        subtotal row ("Subtotal Kinshasa | | 696.5"): a breakdown by region."""
        first, label = self._row_cells(row, mention.start)
        if label is None:
            return False
        if _SUBTOTAL_LABEL.match(self.text, label[0]) is not None:
            return True
        if self._place_in(*first) or self._place_in(*label):
            return True
        if first != label:  # the first cell blank: merged with the rows above
            above = row
            for _ in range(BREAKDOWN_ROWS):
                if above == 0:
                    break
                above = self.text.rfind("\n", 0, above - 1) + 1
                if self._row_at(above) is None:
                    break
                line_end = self.text.find("\n", above)
                cell, named = self._row_cells(above, len(self.text) if line_end < 0 else line_end)
                if cell == named:  # the row the merged cell belongs to
                    return self._place_in(*cell)
        return False

    def _row_cells(self, row: int, before: int) -> tuple[tuple[int, int], tuple[int, int] | None]:
        """The first cell of the table row at ``row`` and its first cell that is not blank,
        before ``before`` (None when all are)."""
        space = _SPACE_CELL.search(self.text, row, before)
        first_end = min((i for i in (self.text.find("|", row, before),
                                     self.text.find("\t", row, before),
                                     space.start() if space else -1)
                         if i >= 0), default=before)
        first = (row, first_end)
        numbered = _ROW_NUMBER.fullmatch(self.text, row, first_end) is not None
        if self.text[row:first_end].strip() and not numbered:
            return first, first
        for cell in _ROW_CELL.finditer(self.text, first_end, before):
            if cell.group().strip(" \t|"):  # (after a "No." column's row number)
                return (first if not numbered else (cell.start(), cell.end())), (
                    cell.start(), cell.end())
        return first, None

    def _place_in(self, start: int, end: int) -> bool:
        """A place (LOC or COUNTRY) starts within ``text[start:end]``."""
        return any(m.label in ("LOC", "COUNTRY") and start <= m.start < end
                   for m in self.mentions)

    def _breakdown_line(self, mention: Mention) -> bool:
        """The mention stands on a line breaking a total down by place ("By country: Russian
        Federation – 9.4 t; Republic of Kazakhstan – 3.2 t"), or in a clause of a row under
        a line announcing such rows that names no body acting ("Arrests and main seizures by
        country:" / "Cambodia – 296 – 410 kg crystal methamphetamine"; not "– Armenia: the
        Police of the Republic of Armenia seized 14.2 kg", a country's own result): no
        seizure of its own."""
        line_start = self.text.rfind("\n", 0, mention.start) + 1
        if seizure_patterns().breakdown_line.match(self.text, line_start) is not None:
            return True
        return self._breakdown_row(mention, line_start)

    def _breakdown_row(self, mention: Mention, line_start: int) -> bool:
        """The mention is in a row headed by a place (or by capitalized names no mention
        covers: "Turan — 6 crimes") under a breakdown's header line, in a clause of the row
        (between semicolons) that names no acting body (an organization, or a demonym with a
        force noun: "was made by Kyrgyz border guards"), no place of its own ("- Spain: 15
        arrests, 2,300 kg of cocaine found in a warehouse near Valencia") and no word of a
        find ("- Temirtau: 12 kg of hashish were found in a garage")."""
        if not self._under_breakdown_header(line_start):
            return False
        marker = _ROW_MARKER.match(self.text, line_start)
        label = marker.end() if marker is not None else line_start
        line_end = self.text.find("\n", mention.end)
        line_end = line_end if line_end >= 0 else len(self.text)
        clause_start = max(label, self.text.rfind(";", label, mention.start) + 1)
        clause_end = self.text.find(";", mention.end, line_end)
        clause_end = clause_end if clause_end >= 0 else line_end
        row = [m for sentence in range(self.lay.sentence_of(label),
                                       self.lay.sentence_of(max(clause_end - 1, label)) + 1)
               for m in self.by_sentence[sentence]]
        heads = [m for m in row if m.start == label]
        if not (any(m.label in ("COUNTRY", "LOC") for m in heads) or (
                not heads and _ROW_LABEL.match(self.text, label, line_end) is not None)):
            return False  # not a row headed by a place (nor by a name no list knows)
        if any(clause_start <= c.start < clause_end and c.cue.type == "seizure"
               and c.cue.weight >= STRONG_SEIZURE_CUE for c in self.cues):
            return False  # "- Temirtau: 12 kg of hashish were found in a garage": a find
        return not any(
            clause_start <= m.start < clause_end and m.start != label and (
                m.label in ("ORG", "LOC") or (
                    m.label == "NORP" and self.rules.force_nouns.match(self.text, m.end)))
            for m in row)

    def _under_breakdown_header(self, line_start: int) -> bool:
        """A line announcing a breakdown by place ends the run of non-blank lines right
        above ``line_start`` (within ``BREAKDOWN_ROWS`` lines)."""
        cache = self._cache("_breakdown_headers")
        if line_start not in cache:
            found = False
            for above_start, _above_end in itertools.islice(
                    self._lines_up(line_start, BREAKDOWN_ROWS + 1), 1, None):
                if seizure_patterns().breakdown_header.match(self.text, above_start):
                    found = True
                    break
                if not self.text[above_start:_above_end].strip():
                    break
            cache[line_start] = found
        return bool(cache[line_start])

    def _other_period(self, mention: Mention, draft: Draft, counted: bool = False) -> bool:
        """"Spanish authorities seized 118 tonnes in 2023" in a report of an October 2024
        seizure: every date of the sentence lies outside the event's own period. ``counted``:
        for a count, a day up to ``FOLLOW_UP_DAYS`` after the event dates a later step of
        the same case ("The 7 crew members were arrested and ... handed over to the
        Gendarmerie on Monday 23 November" after a find on 22 November), not another
        period."""
        if not draft.dates:
            return False
        own = draft.dates[0].normalized
        first, last = draft.period or (own.get("start"), own.get("end") or own.get("start"))
        if not first:
            return False
        if counted and self._follow_up_days(mention, str(last or first)):
            return False
        key = (mention.sentence, id(draft))
        if key in self._other_periods:
            return self._other_periods[key]
        if self._bound(draft.dates[0]) in OPEN_BOUNDS:
            last = LATEST_DAY  # "the investigation, which began in 2022": open to this day
        # "will face court today": a relative date after the event is the report's time
        dates = [m for m in self.by_sentence[mention.sentence]
                 if m.label == "DATE" and self._usable_date(m) and not self._compared(m)
                 and not (m.normalized.get("kind") == "relative"
                          and str(m.normalized["start"]) > str(last or first))]
        outside = bool(dates) and all(
            (str(d.normalized.get("end") or d.normalized["start"]) < str(first)
             and self._bound(d) != "start")  # "the investigation, which started in 2022"
            or str(d.normalized["start"]) > str(last or first) for d in dates)
        if not outside and dates and (first == last or self._short_event(draft, first, last)):
            # a one-day or short event: "so far in 2025 the navy has seized 94.6 tons" is a
            # running total over a period holding the event, not this event's amount
            outside = all(self._bound(d) == "since" or (
                span_days(d) > max(SUMMARY_DAYS, TOTAL_SPAN_RATIO * self._days(first, last))
                and self._bound(d) != "start") for d in dates)
        if not outside and dates and draft.type != "other":
            # "in 2025, the task force's investigations removed 640 kg" in a report of an
            # operation begun in July 2025: a total over a period opened before the event
            # (a week or a few days holding the event's day, "seized 1,052 pounds ... last
            # week" of a find on 14 October, tell the event's own time loosely)
            outside = all(str(d.normalized["start"]) < str(first)
                          and self._bound(d) not in ("start", "end")
                          and (span_days(d) > LOOSE_PERIOD_DAYS
                               or str(d.normalized.get("end") or "") < str(last or first))
                          for d in dates)
        self._other_periods[key] = outside
        return outside

    def _short_event(self, draft: Draft, first: Any, last: Any) -> bool:
        """Whether a dated event is no longer than ``SUMMARY_DAYS`` (a two-week operation,
        not a results summary of a year)."""
        return draft.type != "other" and 0 <= self._days(first, last) <= SUMMARY_DAYS

    def _follow_up_days(self, mention: Mention, last: str) -> bool:
        """Whether the count's sentence has dates and every one dates a later clause than
        the count's (after a comma, a semicolon, "then" or "and" with a verb), a day to
        ``FOLLOW_UP_DAYS`` after the event's ``last`` day ("arrested three men on 6
        February" dates the arrest itself: a later day's arrests are an event of their
        own)."""
        dates = [m for m in self.by_sentence[mention.sentence]
                 if m.label == "DATE" and self._usable_date(m)]
        return bool(dates) and all(
            0 < self._days(last, m.normalized.get("start")) <= FOLLOW_UP_DAYS
            and m.start >= mention.end
            and _LATER_CLAUSE.search(self.text, mention.end, m.start) is not None
            for m in dates)

    @staticmethod
    def _days(first: Any, last: Any) -> int:
        """Days from ``first`` to ``last`` (ISO dates; -1 when either is no full date)."""
        try:
            return (date.fromisoformat(str(last)) - date.fromisoformat(str(first))).days
        except ValueError:
            return -1

    def _drop_title_restatements(self, drafts: list[Draft]) -> None:
        """A headline's figures ("Three men charged, 12,400 MDMA capsules seized") belong to
        the article under it: a headline figure is dropped when the body tells a figure of
        the same kind (a count of the same category, a seizure of the same substance, both
        weighed or both counted in units); a teaser without one keeps its figure. Then the
        first sentence's rounded figure ("Over 1.5 tons of marijuana seized in ...") that
        restates the body's figure of another event of the item is not repeated."""
        headline_end = self._title_end()
        if headline_end > 0:
            body_seizures = {_seizure_kind(s) for d in drafts for s in d.seizures
                             if s["start"] >= headline_end}
            body_counts = {c.get("category") for d in drafts for c in d.counts
                           if c["start"] >= headline_end}
            for draft in drafts:
                draft.seizures = [s for s in draft.seizures if s["start"] >= headline_end
                                  or _seizure_kind(s) not in body_seizures]
                draft.counts = [c for c in draft.counts if c["start"] >= headline_end
                                or c.get("category") not in body_counts]
        title_end = self.lay.sentences[0][1] if len(self.lay.sentences) > 1 else 0
        for draft in drafts:
            kept = []
            for seizure in draft.seizures:
                if seizure["start"] < title_end and (any(
                        _restated(seizure, other) for d in drafts if d is not draft
                        for other in d.seizures if other["start"] >= title_end)
                        or self._sums_body(seizure, drafts, title_end)):
                    continue
                kept.append(seizure)
            draft.seizures = kept

    def _drop_translated_figures(self, drafts: list[Draft]) -> None:
        """A bilingual page tells its story twice: a figure in a sentence written mostly in
        another script (Cyrillic, Arabic, ...) that repeats the amount of a figure in a
        Latin-script sentence ("2,3 кг марихуана" beside "2.3 kg of marijuana") is that
        figure's translation, no seizure or count of its own."""
        figures = [(item, item.get("kg") or item.get("value"), item.get("unit"))
                   for d in drafts for item in (*d.seizures, *d.counts)]
        latin = {(amount, unit) for item, amount, unit in figures
                 if amount and not self._foreign_script(item["start"])}
        if not latin:
            return
        for draft in drafts:
            draft.seizures = [s for s in draft.seizures if not self._translated(s, latin)]
            draft.counts = [c for c in draft.counts if not self._translated(c, latin)]

    def _translated(self, item: dict[str, Any], latin: set[tuple[Any, Any]]) -> bool:
        amount = item.get("kg") or item.get("value")
        return (amount, item.get("unit")) in latin and self._foreign_script(item["start"])

    def _foreign_script(self, start: int) -> bool:
        """The sentence at ``start`` is written mostly in letters outside the Latin script
        (judged once per sentence)."""
        sentence = self.lay.sentence_of(start)
        cache = self._cache("foreign_script_sentences")
        if sentence not in cache:
            first, last = self.lay.sentences[sentence]
            words = self.text[first:last]
            # ASCII letters are Latin: only a sentence with other characters is counted
            cache[sentence] = not words.isascii() and _mostly_foreign(words)
        return bool(cache[sentence])

    def _sums_body(self, headline: dict[str, Any], drafts: list[Draft], title_end: int) -> bool:
        """A headline's total of drugs in general ("more than 86 kg of narcotics") that adds
        up the body's seizures of named substances (46.2 kg of heroin, 40.2 kg of marijuana)."""
        if headline.get("substance") != "drugs" or not headline.get("kg"):
            return False
        parts = sorted((s["start"], s["kg"]) for d in drafts for s in d.seizures
                       if s["start"] >= title_end and s.get("kg")
                       and s.get("substance") != "drugs")
        stated = headline["kg"]
        for first in range(len(parts) - 1):  # a run of consecutive amounts adding up to it
            total = 0.0
            for count, (_start, kg) in enumerate(parts[first:], 1):
                total += kg
                if count >= 2 and abs(total - stated) / max(total, stated) <= RESTATED_TOLERANCE:
                    return True
                if total > stated:
                    break
        return False

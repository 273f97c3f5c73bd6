"""Event counts (arrests, vessels, ...): the category of a counted noun, and numbers that are
no result (parts of a total, rows by country, nouns of no category)."""

from __future__ import annotations

import functools
import re
from typing import Any, NamedTuple

from pydantic import BaseModel, Field

from ..data import read_jsonl
from .actors import ActorRules
from .cues import COUNT_RULES_FILE, CountCategory, CountCheck, CountRule
from .draft import Draft
from .mentions import Mention
from .parties import RESULT_ROW
from .results import (
    COUNT_WORDS_FILE,
    EPISODE_WORDS_FILE,
    count_entry,
    dedupe_counts,
    events_data_file,
    kind_alternatives,
    phrase_alternatives,
    words_of,
)

OPERATION_ARRESTS = 10
OPERATION_SEARCHES = 2  # premises searched by one event: several actions, an operation
UNCATEGORIZED = ""  # a count whose noun has no category: its noun says what it counts
_INCLUDING_BEFORE = re.compile(r",?\s*including\s+$", re.IGNORECASE)
KILLED = "killed"  # the category of people killed (count_categories.jsonl)
SEARCHES = "searches"  # the category of searches and premises searched
WORDS = re.compile(r"[a-z]+")
# between the parts of a total in apposition: "Five crew members, three Kenyans and two"
_APPOSITION = re.compile(r"[^,.;:\d]{0,40}?(?:,\s*|\s+and\s+)(?:a\s+)?", re.IGNORECASE)
# between a count of people and a breakdown by nationality: "Five suspects, three Chinese"
_NATIONALITY_APPOSITION = re.compile(r"[^,.;:\d]{0,40}?,\s*", re.IGNORECASE)
# after a colon or a dash, the elements of the list before a part: "arrested: the driver and
# two men", "three persons – a citizen of Iran and two local residents – were detained"
# between a count of people and a part of them in apposition, past members the breakdown
# names without a number: "three men, the driver and two passengers", "All six people on
# board, the captain, four crew members and a deckhand"
_PEOPLE_APPOSITION = re.compile(r"[^,.;:\d]{0,40}?,(?:[^,.;:\d]{1,40}?(?:,|\sand\s))+\s*",
                                re.IGNORECASE)
_LIST_AFTER_COLON = re.compile(r"[^.;:\d]{0,80}(?::|\s[–—-]\s)[^.;:\d]{0,80}")
PART_OF_TOTAL = "part_of_total"  # count_rules.jsonl: cues of a part of a total
PLANNED = "planned"  # count_rules.jsonl: words before a planned number
PLAN_WORDS_BETWEEN = 3  # "plans to hold [no less than] three": words from the cue to the number
PLAN_CHARS = 40  # how far before the number a plan word may end
CONTEXT_CHARS = 80  # how far after the counted noun its context words ("were killed") are read
PART_CUE_CHARS = 30  # how far before the number a part cue ("among them") may start
PART_OPENER_TAIL_CHARS = 30  # how far after a part opener ("Of those arrested") its comma may be
NATIONALITY_CHARS = 20  # a demonym this close after the number names the people's nationality
_WORD_GAP = re.compile(rf"[\s,]*(?:[a-z-]+\s+){{0,{PLAN_WORDS_BETWEEN}}}$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# an aside between commas right after a counted noun, no clause of its own: ", two
# Colombians and one Costa Rican,", ", aged 24 to 31,"
_COMMA_ASIDE = re.compile(r",[^,;:.()\n]{1,60},")
# "... units of weapons and military equipment": a noun phrase coordinated after a count's noun
_COORDINATED_NOUN = re.compile(r"\s+and\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\b")
# between two members of a list of parts: "31 chemists and 14 organizers", "2 rifles, 3 pistols"
_LIST_NEXT_PART = re.compile(r"[^,.;:\d]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)
# between a counted noun and the next member of its list: "287 persons[ and ]64 vehicles"
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
# the group a counted noun belongs to: "participants of the group", "members of a gang"
_OF_COMPLEMENT = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?[a-z-]+(?=[\s,])")
# an aside between commas after a counted noun: ", including the organizer,", ", aged 31 and
# 38,", ", residents of Borisov,": the counted people's clause goes on after it
# (count_words.jsonl kind aside_opener)
_ASIDE = re.compile(
    rf",\s*(?:{kind_alternatives(COUNT_WORDS_FILE, 'aside_opener')})\b"
    r"[^,;:.()]{0,60},", re.IGNORECASE)
# a court's outcome ("sentenced", "convicted", "verdict"; episode_words.jsonl court_outcome):
# the people a court's sentence counts are the convicted ("found four men guilty ... and
# sentenced", "announced the verdict on the criminal case against five defendants")
_COURT_OUTCOME = re.compile(
    rf"(?<![a-z])(?:{kind_alternatives(EPISODE_WORDS_FILE, 'court_outcome')})"
    r"(?![a-z])", re.IGNORECASE)
CONVICTIONS = "convictions"  # the category of people a court convicted (count_categories)
EQUIPMENT = "equipment"  # the category of seized tools and gear (count_categories.jsonl)
FITTED_REACH = 20  # how far before the number its "powered by" may start
# "a go-fast vessel with two outboard engines", "powered by two outboard engines": a part of
# the craft described, no gear seized of its own (count_words.jsonl kind fitted_before)
_FITTED_BEFORE = re.compile(
    rf"(?<![a-z])(?:{kind_alternatives(COUNT_WORDS_FILE, 'fitted_before')})\s+$",
    re.IGNORECASE)
ARRESTS = "arrests"  # the category of people arrested (count_categories.jsonl)
# count_rules.jsonl: the phrases making a count of people no arrest its sentence states but a
# conviction ("have been jailed", "were sentenced")
CONVICTED = "convicted"
# the lowercase words after a counted noun the QUANTITY stopped short of: a coordinated list
# (", customs and border officers") or one or two words of a compound's head ("inspectors")
_NOUN_REST_PART = re.compile(r"(?:,\s*|\s+and\s+|\s+)([a-z][a-z-]*)(?![\w-])")
REST_WORDS = 4  # at most this many words after ``what``
# a preposition right before a count: "in 27 addresses", "during 11 searches" (a place or an
# occasion, no subject of the clause's verb; count_words.jsonl premises_preposition)
_PREPOSITION_BEFORE = re.compile(
    rf"\b(?:{kind_alternatives(COUNT_WORDS_FILE, 'premises_preposition')})\s+"
    rf"(?:(?:{kind_alternatives(COUNT_WORDS_FILE, 'premises_preposition_filler')})"
    r"\s+)?$", re.IGNORECASE)
# a row's label, then dot leaders up to its figure: "Criminal cases initiated ...... "
_DOT_LEADER_ROW = re.compile(r"[ \t]*[^\W\d_][^\n]*?[ \t]*(?:\.[ \t]?){4,}[ \t]*")
COUNT_VERBS_FILE = "count_verbs.jsonl"
VERB_REACH = 40  # how far before a count (a list's first) its governing verb may start
NOUN_REACH = 20  # how far after a count its counted noun may start


@functools.cache
def count_words(kind: str) -> frozenset[str]:
    """The words or category names of one kind in count_words.jsonl ("people", "result_verb",
    "asset_passive", ...); the file's header says what each of its kinds is for."""
    return frozenset(words_of(COUNT_WORDS_FILE, kind))


class CountVerb(BaseModel):
    """A verb deciding the category of the counts it governs (count_verbs.jsonl)."""

    category: str
    before: list[str] = Field(default_factory=list)  # right before the number: "searched"
    after: list[str] = Field(default_factory=list)  # a passive's participle: "were checked"
    nouns: list[str] = Field(default_factory=list)  # noun categories it decides


class GoverningVerb(NamedTuple):
    """A compiled CountVerb."""

    category: str
    before: re.Pattern[str]  # ends the text before a list's first number
    after: re.Pattern[str]  # matches from the end of a list's last counted noun
    nouns: frozenset[str]


@functools.cache
def governing_verbs() -> tuple[GoverningVerb, ...]:
    """The verbs of count_verbs.jsonl (read once)."""
    fillers = kind_alternatives(COUNT_WORDS_FILE, "result_filler")
    auxiliaries = kind_alternatives(COUNT_WORDS_FILE, "result_aux")
    return tuple(
        GoverningVerb(
            verb.category,
            re.compile(rf"(?<![a-z])(?:{phrase_alternatives(tuple(verb.before))})\s+"
                       rf"(?:(?:{fillers})\s+)?$", re.IGNORECASE),
            re.compile(rf"\s+(?:{auxiliaries})\s+(?:also\s+)?"
                       rf"(?:{phrase_alternatives(tuple(verb.after))})(?![a-z])", re.IGNORECASE),
            frozenset(verb.nouns))
        for verb in read_jsonl(events_data_file(COUNT_VERBS_FILE), CountVerb))


class CountPatterns(NamedTuple):
    """The count rules' patterns built from count_words.jsonl."""

    next_clause: re.Pattern[str]  # where a counted noun's clause ends (its context before)
    whole_of: re.Pattern[str]  # between a part and its whole: " of the " in "31 of the 34"
    foreign: re.Pattern[str]  # a counted noun of foreign nationals ("foreign nationals")
    toll_context: re.Pattern[str]  # "overdoses": deaths of the sentence are a drug-use toll
    asset_context: re.Pattern[str]  # "froze assets": premises counted are property
    asset_passive: re.Pattern[str]  # "(three apartments) were seized": property seized
    passive: re.Pattern[str]  # the first passive after a count: "were searched", "were seized"
    search_word: re.Pattern[str]  # "searched": premises counted after it were searched
    result_after: re.Pattern[str]  # "(smoking dens) were dismantled": a passive result verb
    result_before: re.Pattern[str]  # "carried out (143 checks)": an active result verb
    result_word: re.Pattern[str]  # any result verb ("destroyed ..., including 93 plantings")
    part_cue: re.Pattern[str]  # "including": parts of a total follow
    # "Of these, ", "Of those arrested, ": a sentence's opening that makes its counts parts
    part_opener: re.Pattern[str]


@functools.cache
def count_patterns() -> CountPatterns:
    """The count rules' patterns (read once)."""
    def words(kind: str) -> str:
        return kind_alternatives(COUNT_WORDS_FILE, kind)

    return CountPatterns(
        re.compile(rf"[,;:(]|\s(?:{words('clause_end')})\s", re.IGNORECASE),
        re.compile(rf"\s+of\s+(?:{words('whole_of')})\s+", re.IGNORECASE),
        re.compile(rf"(?:{words('foreign')})", re.IGNORECASE),
        re.compile(rf"(?<![a-z])(?:{words('toll_context')})(?![a-z])", re.IGNORECASE),
        re.compile(rf"(?<![a-z])(?:{words('asset_context')})(?![a-z])", re.IGNORECASE),
        re.compile(rf"(?:{words('asset_passive')})(?![a-z])", re.IGNORECASE),
        re.compile(rf"\s(?:{words('passive_aux')})\s+(?:also\s+)?(?=[a-z])", re.IGNORECASE),
        re.compile(rf"(?<![a-z])(?:{words('search_word')})(?![a-z])", re.IGNORECASE),
        # after the counted noun: an aside in brackets, a complement ("checks on vehicles
        # and persons"), then the passive verb
        re.compile(rf"(?:\s*\([^()\d]{{0,40}}\))?(?:\s+(?:{words('result_complement')})\s"
                   r"[^,.;:()\d]{0,40}?)?"
                   rf"\s+(?:{words('result_aux')})\s+(?:also\s+)?"
                   rf"(?:{words('result_verb')})(?![a-z])", re.IGNORECASE),
        re.compile(rf"(?<![a-z])(?:{words('result_verb')})\s+(?:(?:{words('result_filler')})\s+)?$",
                   re.IGNORECASE),
        re.compile(rf"(?<![a-z])(?:{words('result_verb')})(?![a-z])", re.IGNORECASE),
        re.compile(rf"(?<![a-z])(?:{words('part_cue')})(?![a-z])", re.IGNORECASE),
        re.compile(rf"[^\w\n]*(?:{phrase_alternatives(_part_opener_phrases())})(?![a-z])"
                   rf"[^,.;:\d\n]{{0,{PART_OPENER_TAIL_CHARS}}},", re.IGNORECASE))


def _part_opener_phrases() -> tuple[str, ...]:
    """The words that, opening a sentence, make its counts parts of a whole counted before:
    count_rules.jsonl part_of_total's phrases ("Of these, ...", "Of whom ...") and
    count_words.jsonl part_opener's ("Among them, ...")."""
    rules = read_jsonl(events_data_file(COUNT_RULES_FILE), CountRule)
    part_of = next((r.phrases for r in rules if r.category == PART_OF_TOTAL), [])
    return (*(p.lower() for p in part_of), *words_of(COUNT_WORDS_FILE, "part_opener"))


def _unit_name(what: str) -> bool:
    """Whether the counted words are a force unit's name its number is part of ("3 Assam
    Rifles", "12 Punjab Regiment"): two or more capitalized words, not a line in capitals,
    the last a unit's head word (count_words.jsonl unit_name_head)."""
    words = what.split()
    return (len(words) >= 2 and not what.isupper() and all(w[:1].isupper() for w in words)
            and words[-1].lower() in count_words("unit_name_head"))


def _alone_in_cell(text: str, mention: Mention) -> bool:
    """The mention fills a table cell by itself ("| 79 |", "\t79\t")."""
    before = text[max(0, mention.start - 3):mention.start].rstrip(" ")
    after = text[mention.end:mention.end + 3].lstrip(" ")
    return before[-1:] in ("|", "\t") and after[:1] in ("|", "\t", "\n", "")


class CountRules(ActorRules):
    """Categories of event counts."""

    def _many_arrests(self, draft: Draft) -> bool:
        """Arrests of at least ``OPERATION_ARRESTS`` people, in an item that also speaks of
        an operation or investigation: more than one interdiction."""
        arrests = sum(c["value"] or 0 for c in dedupe_counts(draft.counts)  # a headline's too
                      if c.get("category") == "arrests")
        return arrests >= OPERATION_ARRESTS and any(
            c.cue.type == "operation" for c in self.cues)

    def _several_searches(self, draft: Draft) -> bool:
        """Searches of at least ``OPERATION_SEARCHES`` premises counted for the event ("27
        searches were carried out", "executed search warrants at four residences and seized
        ...", "143 checks on vehicles and persons"): an action on one day at several places
        is an operation (guide, session 16), though it took one day and seized drugs."""
        searches = sum(c["value"] or 0 for c in dedupe_counts(draft.counts)
                       if c.get("category") == SEARCHES)
        return searches >= OPERATION_SEARCHES

    def _coordinated_complement(self, mention: Mention, what: str) -> str:
        """A counting word's phrase with the noun coordinated after it ("500 units of weapons
        and equipment": the measure's ``what`` stops before "and"), so its category is the
        last conjunct's, as for any phrase; ``what`` itself otherwise."""
        head = what.lower().split(" of ", 1)
        entry = self.rules.categories.get(head[0].rsplit(" ", 1)[-1]) if len(head) == 2 else None
        if entry is None or not entry.classifier:
            return what
        # the phrase right after the number (the window's text lowered, not the document's)
        at = self.text[mention.end : mention.end + len(what) + 12].lower().find(what.lower())
        more = (_COORDINATED_NOUN.match(self.text, mention.end + at + len(what))
                if at >= 0 else None)
        return f"{what} and {more.group(1)}" if more else what

    def _count_category(self, mention: Mention, what: str, local: bool = False) -> str | None:
        """The category of an event count, None when the number is no result of an event:
        a noun of no category ("four regions", "244 million users"), packaging of a seized
        amount ("146 bales"), a category whose sentence lacks its word ("two Colombians" is
        no arrest count unless they were arrested or detained), a part of a total counted
        already, a plan. ``local``: the count's row is a local result of its own, so a
        country's row counts that result's arrests."""
        if _unit_name(what):
            return None  # "a team of the district police along with 3 Assam Rifles"
        entry = count_entry(self._coordinated_complement(mention, what), self.rules)
        if entry is None:
            entry = self._noun_rest_entry(mention, what)
        # a verb governing the count decides ("searched 412 people", "64 vehicles were
        # checked"); else the words around a count of people say what befell them ("2
        # smugglers were killed"); a count of other things keeps its noun's category
        # ("officers from 41 countries arrested ...")
        category = self._verb_category(mention, entry)
        if category is None and (entry is None or entry.category in count_words("people")):
            category = self._context_category(mention, what)
        if category is None:
            if entry is None and self._acted_on(mention, what):
                category = UNCATEGORIZED  # "27 smoking dens were dismantled"
            elif entry is None or not entry.event_count or entry.seizure:
                return None
            else:
                category = entry.category
        if category == ARRESTS and self._verdict_sentence(mention):
            category = CONVICTIONS
        if not self._passes_check(mention, what, category):
            if category != ARRESTS or not self._passes_check(mention, what, CONVICTED):
                return None
            category = CONVICTIONS  # "Three men who ran the farm have been jailed"
        if (self._breakdown(mention, local) or self._part_of_total(mention)
                or self._planned(mention)
                or self._whole_of_a_part(mention)):
            return None
        if category == KILLED and self.sentence_has(count_patterns().toll_context,
                                                    mention.sentence):
            return None  # "the number of deaths from overdoses fell to 61": context
        if category == EQUIPMENT and _FITTED_BEFORE.search(
                self.text, max(0, mention.start - FITTED_REACH), mention.start):
            return None  # "a boat with two outboard engines": the seized craft's own parts
        if category == SEARCHES and self._asset_premises(mention, what):
            return next(iter(count_words("asset_category")), category)
        return category

    def _passes_check(self, mention: Mention, what: str, category: str) -> bool:
        """Whether the count's sentence holds a phrase of its category's rule (count_rules:
        "arrested" for people), or a rule's word ends the text right before the number; true
        when the category has no such rule."""
        check = self.rules.count_checks.get(category)
        if check is None or (check.sentence is None and check.before is None
                             and check.after is None):
            return True
        if self._passive_after(mention, what, check):
            return True  # "The seven crew members, five Iranians and two Pakistanis, were
            # handed over to the police": the people counted are the passive's subject
        sentence_start = self.lay.sentences[mention.sentence][0]
        # (a table's header or row label gives the count its words: "Persons arrested |
        # 79", read into ``what``)
        return bool((check.sentence is not None and (self.sentence_has(
                        check.sentence, mention.sentence) or (
                        _alone_in_cell(self.text, mention) and check.sentence.search(what))))
                    or (check.before is not None and check.before.search(
                        self.text[max(sentence_start, mention.start - 30) : mention.start])))

    def _passive_after(self, mention: Mention, what: str, check: CountCheck) -> bool:
        """Whether a passive of the rule's ``after`` phrases follows the counted noun in its
        sentence, past an aside between commas ("The three crew members, two Colombians
        and one Costa Rican, were transferred to ..."): the counted things are its subject."""
        if check.after is None or not what:
            return False
        noun_end = self._noun_end(mention, what)
        if noun_end is None:
            return False
        sentence_end = self.lay.sentences[mention.sentence][1]
        aside = _COMMA_ASIDE.match(self.text, noun_end, sentence_end)
        start = aside.end() if aside is not None else noun_end
        space = _SPACES.match(self.text, start, sentence_end)
        return space is not None and check.after.match(
            self.text, space.end(), sentence_end) is not None

    def _noun_rest_entry(self, mention: Mention, what: str) -> CountCategory | None:
        """The category entry of the counted noun phrase past the point where ``what``
        stopped, when lowercase words follow it: a coordinated modifier ("22 border[ and
        customs officers]", "41 police[, customs and border officers]") or a compound's head
        ("120 district police[ inspectors]"). The last of those words with a noun's entry
        decides; the words end at a determiner, preposition, verb or number (count_words
        kind noun_rest_stop: "eleven melons[ the officers]" counts no officers; so does a
        participle, kind noun_rest_stop_ending: "38 buses[, arrested] nine people")."""
        sentence_end = self.lay.sentences[mention.sentence][1]
        window = self.text[mention.end : min(sentence_end, mention.end + len(what) + 12)]
        at = window.find(what)
        if not what or at < 0 or window[:at].strip():
            return None
        words: list[str] = []
        position = mention.end + at + len(what)
        while len(words) < REST_WORDS:
            part = _NOUN_REST_PART.match(self.text, position, sentence_end)
            if part is None or part.group(1) in count_words("noun_rest_stop") or part.group(
                    1).endswith(tuple(count_words("noun_rest_stop_ending"))):
                break
            words.append(part.group(1))
            position = part.end()
        for word in reversed(words):
            entry = self.rules.categories.get(word)
            if entry is not None and not (entry.context or entry.before or entry.classifier):
                return entry
        return None

    def _dot_leader_figure(self, mention: Mention) -> bool:
        """Whether the count is a row's figure after its label and dot leaders ("Illegal
        migrants detected ........ 14")."""
        line_start = self.text.rfind("\n", 0, mention.start) + 1
        return _DOT_LEADER_ROW.fullmatch(self.text, line_start, mention.start) is not None

    def _verb_category(self, mention: Mention, entry: CountCategory | None) -> str | None:
        """The category a verb of count_verbs.jsonl governing the count gives ("searched 412
        people", "during searches of eight apartments and three cars", "five hideouts were
        searched", "checked 287 persons and 64 vehicles"): the verb before the first member
        of the count's list or the passive after its last; None when no verb governs it or
        the noun's category is none the verb decides (packaging and drug units never)."""
        if entry is not None and (entry.seizure or not entry.event_count):
            return None
        counts = self._sentence_counts(mention)
        index = next((i for i, m in enumerate(counts) if m is mention), None)
        if index is None:
            return None
        text = self.text
        first = last = index
        while first > 0 and self._next_in_list(counts[first - 1], counts[first]):
            first -= 1
        while last + 1 < len(counts) and self._next_in_list(counts[last], counts[last + 1]):
            last += 1
        sentence_end = self.lay.sentences[mention.sentence][1]
        before = self._text_before(counts[first])
        tail_what = str(counts[last].normalized.get("what") or "")
        tail_end = self._noun_end(counts[last], tail_what) if tail_what else None
        for verb in governing_verbs():
            if entry is not None and entry.category not in verb.nouns:
                continue
            if verb.before.search(before) or (tail_end is not None and verb.after.match(
                    text, tail_end, sentence_end)):
                return verb.category
        return None

    def _text_before(self, mention: Mention) -> str:
        """The text of the count's sentence up to ``VERB_REACH`` chars before it, where a verb
        governing it stands ("searched 412 people")."""
        sentence_start = self.lay.sentences[mention.sentence][0]
        return self.text[max(sentence_start, mention.start - VERB_REACH) : mention.start]

    def _noun_end(self, mention: Mention, what: str) -> int | None:
        """Where the count's noun ``what`` ends when it starts within ``NOUN_REACH`` chars
        after the count in its sentence, where a passive governing it follows ("five hideouts
        were searched"); None when it does not."""
        sentence_end = self.lay.sentences[mention.sentence][1]
        noun = self.text.find(what, mention.end,
                              min(sentence_end, mention.end + NOUN_REACH + len(what)))
        return noun + len(what) if noun >= 0 else None

    def _next_in_list(self, previous: Mention, mention: Mention) -> bool:
        """Whether a count follows the one before it in a list of counted nouns, only the
        first's noun and a comma or "and" between ("287 persons and 64 vehicles")."""
        what = str(previous.normalized.get("what") or "")
        gap = self.text[previous.end : mention.start]
        noun = gap.lower().find(what.lower()) if what else -1
        return (noun >= 0 and not gap[:noun].strip()
                and _LIST_SEPARATOR.fullmatch(gap, noun + len(what)) is not None)

    def _verdict_sentence(self, mention: Mention) -> bool:
        """The count's sentence tells a court's outcome: a court is named in it and a word of
        its outcome ("The Specialised Criminal Court ... found four men guilty ... and
        sentenced the leader"); a remand ("issued an eight-day remand order") is none."""
        sentence_start, sentence_end = self.lay.sentences[mention.sentence]
        return bool(self._sentence_courts(mention.sentence)) and _COURT_OUTCOME.search(
            self.text, sentence_start, sentence_end) is not None

    def _acted_on(self, mention: Mention, what: str) -> bool:
        """Whether a result verb of the sentence governs a counted noun of no category: the
        passive after it ("27 smoking dens (\"fumoirs\") were dismantled", "143 checks on
        vehicles and persons were carried out"), the active verb right before the number
        ("dismantled 27 smoking dens"), "including" after a result verb of the clause
        ("destroyed on an area of 1,264 hectares, including 93 illegal plantings"), or the
        next member of a list after a count of things seized (count_words.jsonl kind
        list_head: "9 motorcycles and 3 machetes"; not people or countries: "four crew
        members and one Ecuadorian", "131 Member States, 18 intergovernmental
        organizations")."""
        text = self.text
        patterns = count_patterns()
        sentence_start, sentence_end = self.lay.sentences[mention.sentence]
        noun_end = self._noun_end(mention, what)
        if noun_end is not None and patterns.result_after.match(text, noun_end, sentence_end):
            return True
        before = self._text_before(mention)
        if patterns.result_before.search(before):
            return True
        clause_start = max(sentence_start, text.rfind(";", sentence_start, mention.start) + 1)
        earlier = [m for m in self._sentence_counts(mention) if m.end <= mention.start]
        if (_INCLUDING_BEFORE.search(before) and patterns.result_word.search(
                text, clause_start, mention.start)
                and not any(m.start >= clause_start for m in earlier)):
            return True  # a part of an area or amount, not of a count ("148 crimes, including
            # 61 facts of drug sale" is a part of the crimes)
        return bool(earlier) and _LIST_NEXT_PART.fullmatch(
            text, earlier[-1].end, mention.start) is not None and (
            self._category_of(earlier[-1]) in count_words("list_head"))

    def _asset_premises(self, mention: Mention, what: str) -> bool:
        """Premises counted among assets frozen or confiscated ("froze assets worth 60
        million euros, including 38 properties"), not searched ("froze assets and searched
        12 houses"); or premises that are the subject of a passive saying they were seized
        ("11 cars, three apartments and two land plots were seized"): no preposition before
        them ("in 27 addresses, 18.5 kg was seized" are places searched), no search in their
        sentence before them or in their noun ("during 11 searches ... were seized")."""
        patterns = count_patterns()
        sentence_start, sentence_end = self.lay.sentences[mention.sentence]
        assets = list(patterns.asset_context.finditer(self.text, sentence_start, mention.start))
        if assets:
            return patterns.search_word.search(
                self.text, assets[-1].end(), mention.start) is None
        passive = patterns.passive.search(self.text, mention.end, sentence_end)
        return (passive is not None
                and patterns.asset_passive.match(self.text, passive.end()) is not None
                and patterns.search_word.search(self.text, sentence_start, mention.start) is None
                and patterns.search_word.search(what) is None
                and _PREPOSITION_BEFORE.search(self.text, sentence_start, mention.start) is None)

    def _whole_of_a_part(self, mention: Mention) -> bool:
        """The whole a count before it is taken from ("31 of the 34 member states took
        part"): the part is the count, the whole is no result."""
        earlier = [m for m in self._sentence_counts(mention) if m.end <= mention.start]
        return bool(earlier) and count_patterns().whole_of.fullmatch(
            self.text, earlier[-1].end, mention.start) is not None

    def _sentence_counts(self, mention: Mention) -> list[Mention]:
        """The counts (QUANTITY of kind count) of the mention's sentence, in text order."""
        cache = self._cache("_counts_by_sentence")
        counts = cache.get(mention.sentence)
        if counts is None:
            counts = cache[mention.sentence] = [
                m for m in self.by_sentence[mention.sentence]
                if m.label == "QUANTITY" and m.normalized.get("kind") == "count"]
        return counts

    def _breakdown(self, mention: Mention, local: bool = False) -> bool:
        """A part of a total counted just before, in apposition: "Five crew members, three
        Kenyans and two Tanzanians" (the parts add up to the total; every part, not only the
        last); a row of a results list by country ("- Belgium: 19 arrests")."""
        counts = self._sentence_counts(mention)
        index = next((i for i, m in enumerate(counts) if m is mention),
                     None) if len(counts) >= 3 else None  # a total and two parts at least
        if index:
            text = self.text
            first = last = index
            while first > 0 and _APPOSITION.fullmatch(text, counts[first - 1].end,
                                                      counts[first].start):
                first -= 1
            while last + 1 < len(counts) and _APPOSITION.fullmatch(text, counts[last].end,
                                                                   counts[last + 1].start):
                last += 1
            values = [m.normalized.get("value") or 0 for m in counts]
            for total in range(first, index):
                for end in range(index, last + 1):
                    if end - total >= 2 and values[total] and values[total] == sum(
                            values[total + 1 : end + 1]):
                        return True
        return (not local and self._row_countries(mention)) or self._listed_part(mention)

    def _listed_part(self, mention: Mention) -> bool:
        """A bullet row of a list whose opening line counts the total of the same things
        ("In total, 41,870 plants were destroyed:" then "- Vlora directorate: 18,400
        plants"): a breakdown of that total, no count of its own."""
        text = self.text
        line_start = text.rfind("\n", 0, mention.start) + 1
        if RESULT_ROW.match(text, line_start) is None:
            return False
        opening_end = line_start - 1  # the line break before the row
        while opening_end > 0:  # back over the list's other rows
            opening_start = text.rfind("\n", 0, opening_end) + 1
            if RESULT_ROW.match(text, opening_start) is None:
                break
            opening_end = opening_start - 1
        else:
            return False
        if not text[opening_start:opening_end].rstrip().endswith(":"):
            return False
        category = self._category_of(mention)
        value = mention.normalized.get("value") or 0
        last_sentence = self.lay.sentence_of(opening_end)
        return category is not None and any(
            m.label == "QUANTITY" and m.normalized.get("kind") == "count"
            and opening_start <= m.start < opening_end
            and (m.normalized.get("value") or 0) > value and self._category_of(m) == category
            for sentence in range(self.lay.sentence_of(opening_start), last_sentence + 1)
            for m in self.by_sentence[sentence])

    def _part_of_total(self, mention: Mention) -> bool:
        """A part of a total counted before: "Fifteen of them"; a part of the total's own
        kind after "including" or "among them" ("11 firearms, including two rifles"); a
        breakdown of people by nationality ("Five suspects, three Chinese nationals and two
        Cambodians", "327 suspects, among them nine foreign nationals") or after a colon
        ("Four people were arrested: the driver, two workers and ...", "three persons – a
        citizen of Iran and two local residents – were detained"). A kind of crime
        among the crimes counted is a part too ("37 drug crimes, 22 of them related to
        sale"; "1,893 crimes, including 412 cases of sale"; guide, session 20)."""
        check = self.rules.count_checks.get(PART_OF_TOTAL)
        if check is None:
            return False
        text = self.text
        space = _SPACES.match(text, mention.end)
        # "Detained violators ...... 58" over "of them citizens of Uzbekistan ...... 41": the
        # next row's words are no part cue of a row's figure
        row_ends = (space is not None and "\n" in space.group()
                    and self._dot_leader_figure(mention))
        of_them = bool(check.sentence is not None and space is not None and not row_ends
                       and check.sentence.match(text, space.end()))
        if self._opened_as_part(mention) and self._counted_before(mention, any_kind=True):
            return True  # "Of these, 318 were aggravated": the whole was counted before
        counts = self._sentence_counts(mention)
        if len(counts) == 1:
            # no total in the sentence: "Fifteen of them" refers back to a count before it;
            # with none ("The smugglers opened fire; two of them were killed") it counts
            return of_them and self._counted_before(mention)
        earlier = [m for m in counts if m.end <= mention.start]
        if (len(earlier) >= 2 and self._kindred(earlier[-1], mention)
                and _LIST_NEXT_PART.fullmatch(text, earlier[-1].end, mention.start)
                and self._part_of_total(earlier[-1])):
            # "212 persons were detained, among them 31 chemists and 14 organizers of
            # laboratories": the list's next member is a part of the same total
            return True
        value = mention.normalized.get("value") or 0
        larger = [m for m in counts if m.end <= mention.start
                  and (m.normalized.get("value") or 0) > value]
        if not larger:
            return of_them and self._counted_before(mention)
        if of_them:
            return True
        total = larger[-1]
        sentence_start = self.lay.sentences[mention.sentence][0]
        part_cue = check.before is not None and check.before.search(
            text, max(sentence_start, total.end, mention.start - PART_CUE_CHARS), mention.start)
        if part_cue and self._same_kind(total, mention):
            return True  # "11 firearms, including two rifles"; "37 suspects, among them two"
        if not self._people(total):
            return False
        if (_LIST_AFTER_COLON.fullmatch(text, total.end, mention.start)
                or _PEOPLE_APPOSITION.fullmatch(text, total.end, mention.start)):
            return self._people(mention)
        if not self._nationality(mention):
            return False
        first = next(m for m in larger if self._people(m))  # larger[-1] is of people
        # the part cue before it, or after the first total in its clause ("87 persons were
        # brought to criminal liability, including nine members of three groups and five
        # foreign citizens")
        return bool(_NATIONALITY_APPOSITION.fullmatch(text, total.end, mention.start)
                    or (check.before is not None and check.before.search(
                        text, max(sentence_start, mention.start - PART_CUE_CHARS),
                        mention.start))
                    or (";" not in text[first.end:mention.start]
                        and count_patterns().part_cue.search(text, first.end, mention.start)
                        is not None))

    def _opened_as_part(self, mention: Mention) -> bool:
        """Whether the mention's sentence opens on words taking its counts from a whole
        counted before (``_part_opener_phrases``: "Of these, 318 were aggravated",
        "Of those arrested, 412 were repeat offenders and 29 foreign nationals"), with no
        semicolon between that opening and the count."""
        sentence_start = self.lay.sentences[mention.sentence][0]
        opener = count_patterns().part_opener.match(self.text, sentence_start, mention.start)
        return opener is not None and ";" not in self.text[opener.end():mention.start]

    def _counted_before(self, mention: Mention, any_kind: bool = False) -> bool:
        """Whether a count of the item before the mention's sentence, or before the mention
        in it, can be the whole a part ("Fifteen of them") is taken from: one that may count
        the same kind of thing (not "a convoy of three pickup trucks"); ``any_kind``: any
        count, when the words take the part from a whole named before ("Of these, ...")."""
        return any(m.label == "QUANTITY" and m.normalized.get("kind") == "count"
                   and m.end <= mention.start and (any_kind or self._kindred(m, mention))
                   for sentence in range(mention.sentence + 1)
                   for m in self.by_sentence.get(sentence, ()))

    def _kindred(self, first: Mention, second: Mention) -> bool:
        """Whether two counts may count one kind of thing: the same category, or either of
        no category ("31 chemists and 14 organizers"; not "41 rifles and 2,950 rounds")."""
        kinds = (self._category_of(first), self._category_of(second))
        return None in kinds or kinds[0] == kinds[1]

    def _same_kind(self, total: Mention, part: Mention) -> bool:
        """Whether a part named after "including" counts the total's kind of thing: the
        same category ("firearms" and "rifles"), crimes and cases (count_words.jsonl
        own_kind: "1,893 crimes, including 412 cases of sale"), or no category of its own
        under a count of people ("nine members, including two chemists")."""
        part_category = self._category_of(part)
        if part_category is None:
            return self._people(total)
        total_category = self._category_of(total)
        kinds = count_words("own_kind")  # crimes and cases: one kind of thing counted
        return part_category == total_category or (
            part_category in kinds and total_category in kinds)

    def _nationality(self, mention: Mention) -> bool:
        """Whether a count of people names their nationality ("three Chinese nationals",
        "nine foreign nationals", "96 foreigners")."""
        if any(m.label == "NORP" and mention.end < m.start < mention.end + NATIONALITY_CHARS
               for m in self.by_sentence[mention.sentence]):
            return True
        return bool(count_patterns().foreign.match(str(mention.normalized.get("what") or "")))

    def _category_of(self, mention: Mention) -> str | None:
        """The category of a count's counted noun."""
        what = str(mention.normalized.get("what") or "")
        cache = self._cache("_categories_of_what")
        if what not in cache:
            entry = count_entry(what, self.rules)
            cache[what] = entry.category if entry is not None else None
        return cache[what]

    def _people(self, mention: Mention) -> bool:
        """Whether a count counts people (a noun of the arrests category)."""
        return self._category_of(mention) == "arrests"

    def _planned(self, mention: Mention) -> bool:
        """A number one to three words after a plan word ("plans to hold no less than three
        operations", "agreed to set up four joint posts"): a plan, no result."""
        check = self.rules.count_checks.get(PLANNED)
        if check is None or check.sentence is None:
            return False
        window_start = max(self.lay.sentences[mention.sentence][0], mention.start - PLAN_CHARS)
        return any(_WORD_GAP.fullmatch(self.text, cue.end(), mention.start)
                   for cue in check.sentence.finditer(self.text, window_start, mention.start))

    def _row_countries(self, mention: Mention) -> bool:
        """The count is in a results row headed by countries ("- Spain: 15 arrests")."""
        line_start = self.text.rfind("\n", 0, mention.start) + 1
        bullet = RESULT_ROW.match(self.text, line_start)
        if bullet is None:
            return False
        colon = self.text.find(":", bullet.end(), mention.start)
        return colon >= 0 and any(
            m.label == "COUNTRY" and bullet.end() <= m.start < colon
            for m in self.by_sentence[mention.sentence])

    def _context_category(self, mention: Mention, what: str) -> str | None:
        """The category a word after the counted noun gives ("2 smugglers were killed"), or
        one or two words right before the number ("killing two traffickers", "the arrest of
        63 fugitives")."""
        sentence_start, sentence_end = self.lay.sentences[mention.sentence]
        before = WORDS.findall(self.text[max(sentence_start, mention.start - 30)
                                          : mention.start].lower())
        for size in (2, 1):  # "the arrest of 63 fugitives"; "killing two traffickers"
            category = self.rules.before_categories.get(" ".join(before[-size:]))
            if len(before) >= size and category:
                return category
        # the counted noun and the words after it: no further than this into the sentence
        after = self.text[mention.end : min(sentence_end, mention.end + len(what)
                                            + CONTEXT_CHARS)].lower()
        noun_end = after.find(what.lower())
        tail = after[noun_end + len(what):] if noun_end >= 0 else after
        complement = _OF_COMPLEMENT.match(tail)
        if complement is not None:  # "three participants of the group were detained"
            tail = tail[complement.end():]
        # "seized 6 firearms and arrested 4 men": the context words come before the clause end
        clause_end = count_patterns().next_clause.search(tail)
        aside = _ASIDE.match(tail, clause_end.start()) if clause_end else None
        if aside is not None:
            # "Three participants of the group, including the "chemist", were detained": the
            # aside left out, the clause goes on after it
            tail = tail[: clause_end.start()] + " " + tail[aside.end():]
            clause_end = count_patterns().next_clause.search(tail)
        words = WORDS.findall(tail[: clause_end.start()] if clause_end else tail)[:3]
        for size in (2, 1):
            for index in range(len(words) - size + 1):
                category = self.rules.context_categories.get(" ".join(words[index:index + size]))
                if category:
                    return category
        return None

    def _counted_in(self, count: dict[str, Any], event_type: str) -> bool:
        """Whether a count's category belongs to events of this type (units of equipment
        to an exercise, not to a seizure)."""
        check = self.rules.count_checks.get(count.get("category") or "")
        return check is None or not check.event_types or event_type in check.event_types

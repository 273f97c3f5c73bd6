"""The events component's data: event-type cues, role cues, count categories."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import BaseModel, Field
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..data import read_jsonl
from ..word_alternation import longest_first_key

EVENT_CUES_FILE = "event_cues.jsonl"
ROLE_CUES_FILE = "role_cues.jsonl"
COUNT_CATEGORIES_FILE = "count_categories.jsonl"
NEWS_SOURCES_FILE = "news_sources.jsonl"
GENERIC_SUBSTANCES_FILE = "generic_substances.jsonl"
BACKGROUND_CUES_FILE = "background_cues.jsonl"
DATE_CUES_FILE = "date_cues.jsonl"
FORCE_NOUNS_FILE = "force_nouns.jsonl"
TOPIC_CUES_FILE = "topic_cues.jsonl"
ESTIMATE_CUES_FILE = "estimate_cues.jsonl"
BROAD_PLACES_FILE = "broad_place_words.jsonl"
ROUTE_CUES_FILE = "route_cues.jsonl"
SERIES_WORDS_FILE = "series_words.jsonl"
SAME_SUBSTANCE_FILE = "same_substance_words.jsonl"
SEGMENT_INTROS_FILE = "segment_intros.jsonl"
DOSE_UNITS_FILE = "dose_units.jsonl"
OTHER_GOODS_FILE = "other_goods.jsonl"
ACTION_COUNTS_FILE = "action_counts.jsonl"
TOTAL_OPENERS_FILE = "total_openers.jsonl"
COUNT_RULES_FILE = "count_rules.jsonl"
FACILITY_WORDS_FILE = "facility_words.jsonl"
COURT_WORDS_FILE = "court_words.jsonl"
COMPARISON_CUES_FILE = "comparison_cues.jsonl"
COMPARISON_FIGURES_FILE = "comparison_figures.jsonl"
FURTHER_MARKERS_FILE = "further_markers.jsonl"
# words that link phrases: none of them describes the event word a marker opens
_LINK_WORDS = (r"(?:to|of|the|in|on|for|with|by|at|from|that|which|who|was|were|is|are|be|been"
               r"|has|have|had|will|would|its|their|his|her)")
CUSTODY_CUES_FILE = "custody_cues.jsonl"
SIDE_VENUE_FILE = "side_venue_words.jsonl"
NIGHT_WORDS_FILE = "night_words.jsonl"
TOPIC_DOMAIN_FILE = "topic_domain_words.jsonl"

EventTypeName = Literal[
    "operation", "seizure", "exercise", "training", "meeting", "statement", "other"
]
RoleName = Literal["organizer", "participant", "observer", "location"]


class EventCue(BaseModel):
    """A word or phrase signalling an event type."""

    type: EventTypeName
    phrase: str
    weight: float = 1.0
    names_event: bool = True
    # a document of figures ("annual report", "statistics"): released on one day, the item
    # is a statement about it; the figures' own period is a summary (other)
    reported: bool = False
    # a period's results ("Results of the week", "over the past month"): figures told under
    # it without measures of the body are compiled, not an operation's (samples/README.md)
    summary: bool = False
    # a verb of destroying ("burned", "destroyed") that tells a destruction only where the
    # sentence's seizure word describes the goods ("drugs seized in concluded cases")
    seized_goods: bool = False
    # a case's step before a court ("sent to court", "with the indictment"): a lead telling
    # it reports that step (other), and the finds it recalls are no results of it
    court_step: bool = False


class RoleCue(BaseModel):
    """A phrase giving the entities around it a role in the event."""

    role: RoleName
    phrase: str
    direction: Literal["after", "before", "sentence"]
    window: int = Field(400, ge=0)
    labels: list[str] = Field(default_factory=lambda: ["ORG", "COUNTRY"])
    priority: int = 1
    # the priority of a compass cue right after a distance ("40 nautical miles south of")
    distance_priority: int | None = None
    event_types: list[str] = Field(
        default_factory=list,
        description="the cue gives its role only in events of these types (any if empty): "
                    "the body that seized in a seizure conducted it, in an operation it took part")
    # an organizer cue naming a gathering's venue ("a course ... at the Police Academy"): the
    # body hosting it organizes only when no other cue names an organizer
    venue: bool = False


class CountCategory(BaseModel):
    """A word of a counted noun phrase and the category it puts the count in."""

    category: str
    word: str
    seizure: bool = False
    context: bool = False  # a word after the counted noun ("were killed"), not the noun
    before: bool = False  # a word right before the number ("killing two traffickers")
    event_count: bool = True  # false: packaging of a seized amount ("146 bales"), no count
    # a counting word whose "of" phrase names the things counted ("6 units of firearms" are
    # weapons): the phrase's category first, the word's own when the phrase has none
    classifier: bool = False


class CountRule(BaseModel):
    """When a count of one category is a result of the event: a phrase its sentence must
    hold ("arrested" for people), a word right before the number ("from 20 countries"),
    the event types it belongs to."""

    category: str
    phrases: list[str] = Field(default_factory=list)
    before: list[str] = Field(default_factory=list)
    # a passive right after the counted noun, its subject ("were handed over to ...")
    after: list[str] = Field(default_factory=list)
    event_types: list[str] = Field(default_factory=list)
    in_types: dict[str, str] = Field(default_factory=dict)


@dataclass(frozen=True)
class CountCheck:
    """A compiled CountRule."""

    sentence: re.Pattern[str] | None  # one of these must be in the sentence
    before: re.Pattern[str] | None  # or this must end the text before the number
    event_types: frozenset[str]
    in_types: dict[str, str]
    after: re.Pattern[str] | None = None  # or this must follow the counted noun


def count_checks(rules: list[CountRule]) -> dict[str, CountCheck]:
    """The compiled rules by category."""
    def words(phrases: list[str], tail: str) -> re.Pattern[str] | None:
        if not phrases:
            return None
        alternatives = sorted(
            (r"\s+".join(map(re.escape, p.lower().rstrip("*").split()))
             + (r"[a-z]*" if p.endswith("*") else "") for p in phrases), key=longest_first_key)
        return re.compile(rf"(?<![a-z])(?:{'|'.join(alternatives)})(?![a-z]){tail}",
                          re.IGNORECASE)

    return {r.category: CountCheck(words(r.phrases, ""), words(r.before, r"\s+\Z"),
                                   frozenset(r.event_types), r.in_types, words(r.after, ""))
            for r in rules}


class NewsSource(BaseModel):
    """A medium (by name) or a context word marking an ORG as the news source only."""

    kind: Literal["name", "context", "name_word"]
    value: str


class GenericSubstance(BaseModel):
    """A generic word for drugs and the substance name totals are reported under."""

    word: str
    name: str


class BackgroundCue(BaseModel):
    """A phrase marking a sentence as background (other periods, other instances)."""

    phrase: str


class SegmentIntro(BaseModel):
    """Words opening a sentence that starts a new episode: before a place or a date."""

    phrase: str
    opens: Literal["place", "date", "action"]


class DateCue(BaseModel):
    """Words right before a DATE making it a bound of the event's period."""

    phrase: str
    bound: Literal["start", "end", "held", "since", "report"]


BOUND_PREPOSITIONS = ("on", "in", "from", "between", "since")  # may follow a bound's phrase


def date_bound_ends(cues: list[DateCue]) -> TailEnds | None:
    """The words a match of :func:`date_bound_pattern` ends with before its spaces (each
    phrase's last word and the prepositions after one; :func:`may_end`)."""
    return tail_ends((c.phrase for c in cues), *BOUND_PREPOSITIONS)


def date_bound_pattern(cues: list[DateCue]) -> re.Pattern[str]:
    """Matches the end of the text before a date ("... started on "); the group named after
    the bound (start, end, held, since) tells which bound it makes the date; "since" opens a
    period running to the report (figures "since 1 January"), never a bound of another date;
    "report" marks the release's own date ("Dt. 21-11-2024", "Posted on")."""
    groups = []
    for bound in ("start", "end", "held", "since", "report"):
        phrases = sorted({r"\s+".join(map(re.escape, c.phrase.lower().split()))
                          for c in cues if c.bound == bound}, key=longest_first_key)
        if phrases:
            groups.append(f"(?P<{bound}>{'|'.join(phrases)})")
    alternatives = "|".join(groups) or "(?!)"
    held = sorted({r"\s+".join(map(re.escape, c.phrase.lower().split()))
                   for c in cues if c.bound == "held"}, key=longest_first_key)
    # "held at the Vienna International Centre from 10 to 14 March": a place between
    held_at = (rf"|(?P<held_at>{'|'.join(held)})\s+(?:in|at)\s+[^,.;:()\d\"]{{2,50}}?"
               r"\s+(?:on|from|between)") if held else ""
    return re.compile(
        rf"(?<![a-z])(?:(?:{alternatives})(?:\s+(?:{'|'.join(BOUND_PREPOSITIONS)}))?{held_at})"
        r"\s+$")


class KindedPhrase(BaseModel):
    """A phrase of a word list whose entries come in kinds (a verb, a filler word...)."""

    kind: str
    phrase: str


class ComparisonCue(BaseModel):
    """A comparison's cue before an amount ("compared with"); ``after_figure``: a cue only
    after a figure of its sentence ("against")."""

    phrase: str
    after_figure: bool = False


class ForceNoun(BaseModel):
    """A phrase of a word list: a force noun ("police", "border guards") a demonym can
    qualify, a topic verb ("discussed"), an estimate word ("capacity")."""

    phrase: str


def force_pattern(nouns: list[ForceNoun]) -> re.Pattern[str]:
    """Matches a force noun right after a demonym's end (" police", " border guards"); not
    one that names a place ("the Mexican state of Sinaloa")."""
    phrases = sorted({r"\s+".join(map(re.escape, n.phrase.lower().split())) for n in nouns},
                     key=longest_first_key)
    return re.compile(rf"\s+(?:{'|'.join(phrases) or '(?!)'})\b(?!\s+of\b)", re.IGNORECASE)


class TailEnds(NamedTuple):
    """The words every match of a tail pattern ends with before the spaces that end the
    searched text ("... bound for the "), lower case and ASCII (see :func:`may_end`)."""

    words: tuple[str, ...]
    longest: int  # the longest word's length


def tail_ends(phrases: Iterable[str], *more: str) -> TailEnds | None:
    """The last words of ``phrases`` and the words ``more`` (an optional "the" after them):
    None when one is not ASCII or a phrase is blank (no pre-test)."""
    ends = set(more)
    for phrase in phrases:
        words = phrase.lower().split()
        if not words:
            return None
        ends.add(words[-1])
    if not ends or not all(word.isascii() and word for word in ends):
        return None
    return TailEnds(tuple(sorted(ends)), max(map(len, ends)))


def may_end(text: str, ends: TailEnds | None) -> bool:
    """Whether ``text`` may end with a match of a case-blind tail pattern whose matches end
    with one of ``ends`` and spaces: text that ends otherwise has none (a plain string test
    before the regex scans the window). Letters are compared lower-cased only when the end
    is ASCII, where that is how re.IGNORECASE compares them."""
    if ends is None:
        return True
    if not text[-1:].isspace():
        return False
    tail = text.rstrip()[-ends.longest :]
    return not tail.isascii() or tail.lower().endswith(ends.words)


class Tail(NamedTuple):
    """A tail pattern (a phrase ending the searched text: "... bound for the ") with the words
    its matches end with, tested by :func:`may_end` before the pattern scans."""

    pattern: re.Pattern[str]
    ends: TailEnds | None = None  # None: no pre-test

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """``pattern.search(text, start, end)``, when ``text[start:end]`` may end with a
        match (:func:`may_end`)."""
        if end is None:
            end = len(text)
        if not may_end(text[start:end], self.ends):
            return None
        return self.pattern.search(text, start, end)


NO_TAIL = Tail(re.compile("(?!)"))  # matches nothing


@dataclass
class EventRules:
    """Loaded cue data with phrase matchers built on one pipeline's vocabulary."""

    event_cues: list[EventCue]
    role_cues: list[RoleCue]
    categories: dict[str, CountCategory]
    context_categories: dict[str, str]
    news_names: frozenset[str]
    news_contexts: tuple[str, ...]
    matcher: PhraseMatcher  # event, role, background, topic and estimate phrases in one pass
    match_kinds: dict[int, tuple[str, int]]  # matcher key -> (kind, index of its cue)
    generic_substances: dict[str, str]
    date_bounds: re.Pattern[str] = re.compile("(?!)")
    force_nouns: re.Pattern[str] = re.compile("(?!)")
    broad_places: re.Pattern[str] = re.compile("(?!)")  # "region", "province" in a LOC name
    route_before: Tail = NO_TAIL  # "from ", "bound for the " before a place
    series_after: re.Pattern[str] = re.compile("(?!)")  # '" series' after an operation's name
    same_substance_after: re.Pattern[str] = re.compile("(?!)")  # " of the same substance"
    place_intro: re.Pattern[str] = re.compile("(?!)")  # "In ", "Near the " opening a sentence
    date_intro: re.Pattern[str] = re.compile("(?!)")  # "In a separate case, on " before a date
    dose_units: frozenset[str] = frozenset()  # "mg": a tablet's strength, no seizure
    before_categories: dict[str, str] = field(default_factory=dict)  # "killing" -> killed
    other_goods: frozenset[str] = frozenset()  # "petrol": an amount of it is no drug seizure
    count_checks: dict[str, CountCheck] = field(default_factory=dict)  # by category
    facility_places: re.Pattern[str] = re.compile("(?!)")  # "port", "border post" in a name
    courts: re.Pattern[str] = re.compile("(?!)")  # "court", "tribunal" in a body's name
    comparison_before: Tail = NO_TAIL  # "compared with " before an amount
    # "against": a comparison's cue only after a figure it compares ("1.2 t against 860 kg";
    # not "the criminal case against five defendants")
    comparison_after_figure: frozenset[str] = frozenset()
    # "compared with the same period of last year (" before an amount in brackets
    comparison_bracket: re.Pattern[str] = re.compile("(?!)")
    # "against 17 kg in " before a period: the period of the compared figure
    comparison_figure: re.Pattern[str] = re.compile("(?!)")
    action_count_before: re.Pattern[str] = re.compile("(?!)")  # "two " before "raids"
    total_opener: re.Pattern[str] = re.compile("(?!)")  # "In total, " opening a sentence
    further_marker: re.Pattern[str] = re.compile("(?!)")  # "a second " before an event word
    custody_before: Tail = NO_TAIL  # "being held in ", "R/o " before a place
    seat_before: Tail = NO_TAIL  # "based in " before a place (seizures)
    singular_event_words: frozenset[str] = frozenset()  # phrases of cues naming one event
    news_name_words: tuple[str, ...] = ()  # "news agency" in an ORG's name: a medium
    custody_after: re.Pattern[str] = re.compile("(?!)")  # " courthouse" after a place
    side_venue: re.Pattern[str] = re.compile("(?!)")  # "practical exercise": a training's side part
    night_before: re.Pattern[str] = re.compile("(?!)")  # "the night of " before two days
    date_bound_ends: TailEnds | None = None  # date_bound_ends (None: no pre-test)
    # "police", "seized", "border": a word of the law-enforcement topic (plain news has none)
    topic_domain: re.Pattern[str] = re.compile("(?!)")
    # the first words of the generic drug words ("drugs", "narcotic", "illicit")
    generic_word_starts: frozenset[str] = frozenset()
    location_match_ids: frozenset[int] = frozenset()  # matcher keys of location role cues


def _matcher(nlp: Language, phrases: list[tuple[str, str]]) -> PhraseMatcher:
    patterns: dict[str, list[Doc]] = {}
    for key, phrase in phrases:
        patterns.setdefault(key, []).append(nlp.make_doc(phrase))
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for key, docs in patterns.items():
        matcher.add(key, docs)
    return matcher


Matches = list[tuple[int, int, int]]


def split_matches(rules: EventRules, doc: Doc) -> dict[str, Matches]:
    """The one phrase matcher's matches of ``doc`` by kind (event, role, background, topic,
    estimate)."""
    found: dict[str, Matches] = {"event": [], "role": [], "background": [], "topic": [],
                                 "estimate": []}
    kinds = rules.match_kinds
    for match in rules.matcher(doc):
        found[kinds[match[0]][0]].append(match)
    return found


def load_event_rules(nlp: Language, data_dir: Path) -> EventRules:
    """Read the cue files of ``data_dir`` and build their matchers on ``nlp``'s vocabulary."""
    event_cues = read_jsonl(data_dir / EVENT_CUES_FILE, EventCue)
    role_cues = read_jsonl(data_dir / ROLE_CUES_FILE, RoleCue)
    all_categories = read_jsonl(data_dir / COUNT_CATEGORIES_FILE, CountCategory)
    categories = {c.word.lower(): c for c in all_categories if not (c.context or c.before)}
    context_categories = {c.word.lower(): c.category for c in all_categories if c.context}
    before_categories = {c.word.lower(): c.category for c in all_categories if c.before}
    sources = read_jsonl(data_dir / NEWS_SOURCES_FILE, NewsSource)
    news_names = frozenset(s.value.lower() for s in sources if s.kind == "name")
    news_contexts = tuple(s.value.lower() for s in sources if s.kind == "context")
    generic = {g.word.lower(): g.name
               for g in read_jsonl(data_dir / GENERIC_SUBSTANCES_FILE, GenericSubstance)}
    background = read_jsonl(data_dir / BACKGROUND_CUES_FILE, BackgroundCue)
    topics = read_jsonl(data_dir / TOPIC_CUES_FILE, ForceNoun)
    estimates = read_jsonl(data_dir / ESTIMATE_CUES_FILE, ForceNoun)
    phrases = ([(f"event:{i}", c.phrase) for i, c in enumerate(event_cues)]
               + [(f"role:{i}", c.phrase) for i, c in enumerate(role_cues)]
               + [("background", c.phrase) for c in background]
               + [("topic", c.phrase) for c in topics]
               + [("estimate", c.phrase) for c in estimates])
    match_kinds = {}
    for key, _phrase in phrases:
        kind, _, index = key.partition(":")
        match_kinds[nlp.vocab.strings.add(key)] = (kind, int(index or -1))
    date_cues = read_jsonl(data_dir / DATE_CUES_FILE, DateCue)
    rules = EventRules(event_cues, role_cues, categories, context_categories, news_names,
                      news_contexts, _matcher(nlp, phrases), match_kinds, generic,
                      date_bound_pattern(date_cues),
                      force_pattern(read_jsonl(data_dir / FORCE_NOUNS_FILE, ForceNoun)),
                      _word_pattern(data_dir / BROAD_PLACES_FILE),
                      _phrases_tail(_phrases(data_dir / ROUTE_CUES_FILE)),
                      _after_pattern(data_dir / SERIES_WORDS_FILE,
                                     "[\\s\"”»']*(?:[\\w]+-[\\w-]+\\s+)?"),
                      _after_pattern(data_dir / SAME_SUBSTANCE_FILE, r"\s+"),
                      *_intro_patterns(data_dir / SEGMENT_INTROS_FILE),
                      frozenset(u.phrase.lower()
                                for u in read_jsonl(data_dir / DOSE_UNITS_FILE, ForceNoun)),
                      before_categories,
                      frozenset(g.phrase.lower()
                                for g in read_jsonl(data_dir / OTHER_GOODS_FILE, ForceNoun)),
                      count_checks(read_jsonl(data_dir / COUNT_RULES_FILE, CountRule)),
                      _word_pattern(data_dir / FACILITY_WORDS_FILE),
                      _word_pattern(data_dir / COURT_WORDS_FILE))
    rules.date_bound_ends = date_bound_ends(date_cues)
    comparison_cues = read_jsonl(data_dir / COMPARISON_CUES_FILE, ComparisonCue)
    comparison_phrases = [cue.phrase for cue in comparison_cues]
    rules.comparison_before = _phrases_tail(comparison_phrases)
    rules.comparison_after_figure = frozenset(
        cue.phrase.lower() for cue in comparison_cues if cue.after_figure)
    comparison = _alternatives(comparison_phrases)
    rules.comparison_bracket = re.compile(
        rf"(?<![a-z])(?:{comparison})(?![a-z])[^.;()\n]{{0,60}}\(\s*$", re.IGNORECASE)
    figure_words = kinded_phrases(data_dir / COMPARISON_FIGURES_FILE)
    rules.comparison_figure = re.compile(
        rf"(?<![a-z])(?:{comparison})\s+"
        rf"(?:(?:{_alternatives(figure_words.get('qualifier', ()))})\s+)?"
        r"\d[^.;:()\n\d]{0,25}?(?:[\d.,\s]+[^.;:()\n\d]{0,25}?)?"
        rf"\s(?:{_alternatives(figure_words.get('period_prep', ()))})\s+"
        rf"(?:(?:{_alternatives(figure_words.get('period_filler', ()))})\s+)?$", re.IGNORECASE)
    rules.total_opener = re.compile(
        rf"[\s\W]*(?:{_phrase_alternatives(data_dir / TOTAL_OPENERS_FILE)})\b", re.IGNORECASE)
    rules.action_count_before = re.compile(
        rf"(?<![a-z\d])(?:{_phrase_alternatives(data_dir / ACTION_COUNTS_FILE)}|[2-9]|[1-9]\d)"
        r"\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
    # "a second ", "a joint tactical and special ", "The 44th EAG ", "the next Regional
    # Experts' ": the marker (a word, or an ordinal in digits), then up to four words that
    # describe the event, a plural's possessive too (no word of another phrase between: "a
    # meeting to discuss the")
    rules.further_marker = re.compile(
        rf"(?<![a-z\d])(?:{_phrase_alternatives(data_dir / FURTHER_MARKERS_FILE)}"
        r"|\d{1,3}(?:st|nd|rd|th))"
        rf"(?:[\s-]+(?!{_LINK_WORDS}\b)[\w-]+['’]?){{0,4}}[\s-]+$", re.IGNORECASE)
    custody = read_jsonl(data_dir / CUSTODY_CUES_FILE, CustodyCue)
    before = [c for c in custody if not c.after]
    rules.custody_before = _phrases_tail([c.phrase for c in before if not c.seizure_only])
    rules.seat_before = _phrases_tail([c.phrase for c in before])
    after = sorted({r"\s+".join(map(re.escape, c.phrase.lower().split()))
                    for c in custody if c.after}, key=longest_first_key)
    rules.custody_after = re.compile(rf"\s+(?:{'|'.join(after) or '(?!)'})(?![a-z])",
                                     re.IGNORECASE)
    rules.side_venue = _word_pattern(data_dir / SIDE_VENUE_FILE)
    rules.night_before = _tail_pattern(data_dir / NIGHT_WORDS_FILE)
    rules.topic_domain = _word_pattern(data_dir / TOPIC_DOMAIN_FILE)
    rules.generic_word_starts = frozenset(word.split()[0] for word in generic)
    rules.location_match_ids = frozenset(
        key for key, (kind, index) in match_kinds.items()
        if kind == "role" and role_cues[index].role == "location")
    rules.news_name_words = tuple(s.value.lower() for s in sources if s.kind == "name_word")
    rules.singular_event_words = frozenset(
        c.phrase.lower() for c in rules.event_cues if c.names_event)
    return rules


class CustodyCue(BaseModel):
    """Words before a place of a person or thing ("being held in", "R/o"), not an event's;
    ``seizure_only``: a body's seat ("based in"), no interdiction's place."""

    phrase: str
    seizure_only: bool = False
    after: bool = False  # the word follows the place ("Montréal courthouse")


def _phrases_tail(phrases: list[str]) -> Tail:
    """Any of ``phrases`` ending a text, before an optional "the", with the words its
    matches end with."""
    return Tail(re.compile(rf"(?<![a-z])(?:{_alternatives(phrases)})\s+(?:the\s+)?$",
                           re.IGNORECASE), tail_ends(phrases, "the"))


def _after_pattern(path: Path, lead: str) -> re.Pattern[str]:
    """A word list's phrase after ``lead`` (spaces, quotes), as whole words."""
    return re.compile(rf"{lead}(?:{_phrase_alternatives(path)})(?![a-z])", re.IGNORECASE)


ACTION_INTRO_CHARS = 60  # how long the noun phrase of "During a joint raid ... on " may run


def _intro_patterns(path: Path) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(place intro, date intro): a sentence's words before a place ("In the "), matched at
    its start; all of its words before a date ("In a separate case, on "), matched in full."""
    intros = read_jsonl(path, SegmentIntro) if path.exists() else []

    def alternatives(opens: str) -> str:
        phrases = sorted({r"\s+".join(map(re.escape, i.phrase.lower().split()))
                          for i in intros if i.opens == opens}, key=longest_first_key)
        return "|".join(phrases) or "(?!)"

    place = re.compile(rf"(?:{alternatives('place')})\s+(?:the\s+)?", re.IGNORECASE)
    # "During a joint raid with the border service on ": an action's noun phrase, then "on"
    action = (rf"(?:{alternatives('action')})\s+(?:a|an|the)\s+[^,.;:\n]{{0,{ACTION_INTRO_CHARS}}}?"
              rf"\s+on\s+")
    date = re.compile(rf"(?:(?:{alternatives('date')})(?![a-z])[\s,]*)*(?:{action})?",
                      re.IGNORECASE)
    return place, date


def _alternatives(phrases: Iterable[str]) -> str:
    """Phrases as one regex alternation, longest first, any whitespace between their words
    (never, if none)."""
    escaped = sorted({r"\s+".join(map(re.escape, p.lower().split())) for p in phrases},
                     key=longest_first_key)
    return "|".join(escaped) or "(?!)"


def _phrases(path: Path) -> list[str]:
    """A word list's phrases (none, if no file)."""
    return [w.phrase for w in (read_jsonl(path, ForceNoun) if path.exists() else [])]


def _phrase_alternatives(path: Path) -> str:
    """A word list's phrases as one regex alternation, longest first (never, if no file)."""
    return _alternatives(_phrases(path))


def kinded_phrases(path: Path) -> dict[str, tuple[str, ...]]:
    """A word list's phrases by kind, lower case (none, if no file)."""
    found: dict[str, list[str]] = {}
    for entry in read_jsonl(path, KindedPhrase) if path.exists() else []:
        found.setdefault(entry.kind, []).append(entry.phrase.lower())
    return {kind: tuple(phrases) for kind, phrases in found.items()}


def _word_pattern(path: Path) -> re.Pattern[str]:
    """Any of a word list's phrases as a whole word, case-insensitive."""
    return re.compile(rf"(?<![a-z])(?:{_phrase_alternatives(path)})(?![a-z])", re.IGNORECASE)


def _tail_pattern(path: Path) -> re.Pattern[str]:
    """A word list's phrase ending a text, before an optional "the" ("... bound for the ")."""
    return _phrases_tail(_phrases(path)).pattern

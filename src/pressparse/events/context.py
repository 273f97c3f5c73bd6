"""One news item read once for event assembly: layout, mentions, cues, background and
estimate sentences, and the per-sentence lookups that every assembly layer uses."""

from __future__ import annotations

import re
from collections import defaultdict
from operator import attrgetter
from typing import Any

from spacy.tokens import Doc

from ..extensions import TITLE_END_KEY, doc_text
from .cues import EventRules, Matches, RoleCue, may_end, split_matches, tail_ends
from .distances import measured_from
from .draft import Draft
from .mentions import (
    EventCueMatch,
    Mention,
    RoleCueMatch,
    TokenOffsets,
    entity_tokens,
    event_cues_in,
    mentions_of,
    role_cues_in,
)
from .naming import (
    LEAD_SENTENCES,
    QUOTED_NAME_CUE_BEFORE,
    name_distance,
    name_label_hashes,
    normalize_name,
    without_digest_heading,
)
from .results import (
    DESTRUCTION,
    EPISODE_WORDS_FILE,
    ROLE_WORDS_FILE,
    SEIZURE_WORDS_FILE,
    kind_alternatives,
    needled_search,
    words_of,
)
from .text import Layout, layout

_EXTENT = attrgetter("start", "end")  # a cue match's (start, end)
WORD_REACH = 20  # chars before a cue searched for the word before it
_LAST_WORD = re.compile(r"([A-Za-z]+)\s+\Z")
_FIRST_WORD = re.compile(r"\s+([A-Za-z]+)")
# words opening a phrase of when or by whom after a participle ("drugs seized in 2025";
# seizure_words.jsonl seized_when)
_WHEN_WORDS = frozenset(words_of(SEIZURE_WORDS_FILE, "seized_when"))
MAX_HEADER_LINES = 6  # header lines under a title skipped by the lead
HEADER_LINE_CHARS = 80
EVENT_NOUNS = frozenset({"operation", "campaign", "raid", "exercise", "exercises",
                         "investigation", "probe"})
PERIOD_SUBJECT_TOKENS = 6  # "an investigation that had been running since June": its start
STRONG_SEIZURE_CUE = 1.0  # weight of a seizure verb that outweighs an estimate word
_DENIED = re.compile(r"\b(?:not|never|n't|no longer)\s+\Z", re.IGNORECASE)
DENIAL_REACH = 12  # chars before a role cue searched for its negation ("did not take part")
_DENIAL_ENDS = tail_ends((), "not", "never", "n't", "longer")  # _DENIED's last words
VALUE_NOUN_TOKENS = 5  # tokens around an estimate word searched for a price word
_VALUE_NOUNS = frozenset(words_of(SEIZURE_WORDS_FILE, "value_noun"))
# the comparison a background phrase is the compared period of ("37 percent more than in ",
# "9,3% less than in the same period of "): the phrase names no period of the sentence's own
# figures
_COMPARED_TAIL = re.compile(r"(?:\bthan|\bcompared\s+(?:with|to)|\bversus|\bas\s+against)"
                            r"(?:\s+(?:in|during|for))?(?:\s+the\s+same\s+period(?:\s+(?:of|in))?)?"
                            r"\s+$", re.IGNORECASE)
COMPARED_REACH = 50  # chars before a background phrase searched for its comparison
_QUOTED_NAME = re.compile(r"[\"“«„]([A-Z][^\"“”«»„\n]{1,60})[\"”»“]")


def _denied(text: str, start: int) -> bool:
    """A negation ends the text right before ``start`` (_DENIED), searched only when the
    word before the spaces there ends as one of its words does."""
    window = text[max(0, start - DENIAL_REACH) : start]
    if not may_end(window, _DENIAL_ENDS):
        return False
    return _DENIED.search(text, max(0, start - DENIAL_REACH), start) is not None


def _figure_hedge(doc: Doc, start: int, end: int) -> bool:
    """An estimate word that hedges one figure ("An estimated 17,500 cannabis plants") or
    prices the find ("with an estimated street value of G$ 58 million", "The market value of
    the drug is estimated at EUR 2 180 000"; seizure_words.jsonl value_noun): no estimate of
    demand or production, so the sentence's amounts may still be seizures."""
    if end < len(doc) and doc[end].like_num:
        return True
    window = doc[max(0, start - VALUE_NOUN_TOKENS) : end + VALUE_NOUN_TOKENS]
    return any(token.lower_ in _VALUE_NOUNS for token in window)


# an incident record's field line ("Date & time: Friday, 13/02", "Place: Okuryangava";
# episode_words.jsonl incident_field): the record's body, no header line
INCIDENT_FIELD = re.compile(
    rf"(?:{kind_alternatives(EPISODE_WORDS_FILE, 'incident_field')})[ \t]?:", re.IGNORECASE)


def count_header_lines(text: str, lay: Layout) -> int:
    """The number of header lines right under the title: whole lines without a sentence's
    final punctuation ("U.S. Attorney's Office", "FOR IMMEDIATE RELEASE", "Tumaco, Nariño –
    15/03/2024"), up to the first body sentence or an incident record's first field line
    ("Incident: Dealing in drugs" under a case's heading "ERONGO REGION")."""
    count = 0
    for start, end in lay.sentences[1 : 1 + MAX_HEADER_LINES]:
        line = text[start:end].strip()
        paragraph = lay.paragraphs[lay.paragraph_of(start)]
        if (paragraph[0] > start or paragraph[1] < end or len(line) > HEADER_LINE_CHARS
                or line[-1:] in ".!?:;,\"”»’" or INCIDENT_FIELD.match(line) is not None):
            break
        count += 1
    return count


# a passive organizing verb parted from its "by" by a place or a period ("a training course
# was organized at the Turkmenbashi International Seaport by the State Customs Service", "the
# operation was conducted between 11 and 17 August by Mobile Squad 14"; role_words.jsonl
# parted_agent_verb): the body after "by" organizes, as after the verb's own "by" cue. The
# gap opens with a preposition and holds no other verb ("carried out on the basis of
# information provided by ...": the provider is no agent)
_PARTED_AGENT = re.compile(
    r"\b(?:was|were|is|are|will\s+be|has\s+been|have\s+been|had\s+been)\s+"
    rf"(?P<verb>{kind_alternatives(ROLE_WORDS_FILE, 'parted_agent_verb')})\s+"
    r"(?P<gap>(?:at|in|on|from|between|during|within)\s"
    r"(?:(?!\b(?:by|[a-z]+ed|[a-z]+ing)\b)[^.;:!?\n]){1,70}?)"
    r"\s(?P<by>by)\s+(?=(?:the\s+)?[A-Z])", re.IGNORECASE)


def parted_agent_cues(rules: EventRules, text: str, lay: Layout) -> list[RoleCueMatch]:
    """The organizer cues of passive organizing verbs parted from their "by" (_PARTED_AGENT),
    each placed at its "by" as the verb's own "<verb> by" cue."""
    agents: dict[str, RoleCue] | None = None  # read only when a parted verb is found
    found = []
    for match in _PARTED_AGENT.finditer(text):
        if agents is None:
            agents = {}
            for cue in rules.role_cues:
                if cue.role == "organizer" and cue.direction == "after":
                    agents.setdefault(cue.phrase.lower(), cue)
        verb = " ".join(match.group("verb").lower().split())
        cue = agents.get(f"{verb} by")
        if cue is not None:
            start, end = match.span("by")
            found.append(RoleCueMatch(cue, start, end, lay.sentence_of(start)))
    return found


class ItemContext:
    """The item's text, layout, mentions and cues, with lookups shared by the layers."""

    def __init__(self, doc: Doc, rules: EventRules,
                 matches: dict[str, Matches] | None = None) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.rules = rules
        self.lay = layout(self.text)
        # header lines under the title (agency, "FOR IMMEDIATE RELEASE", a date line) do not
        # count as lead sentences: the lead is the title and the first body sentences
        self.header_lines = count_header_lines(self.text, self.lay)
        self.lead_last = LEAD_SENTENCES + self.header_lines
        offsets = TokenOffsets(doc)
        entities = entity_tokens(doc)
        self.mentions = mentions_of(doc, self.lay, self.text, offsets, entities)
        if matches is None:
            matches = split_matches(rules, doc)
        name_labels = name_label_hashes(doc)
        names = [e for e in entities if e[2] in name_labels]
        self.cues = self._without_destroyed_goods(without_digest_heading(
            self.text, event_cues_in(rules, self.lay, offsets, matches["event"], names)))
        # a role cue points only at entities of its labels in its own sentence: cues of
        # sentences without one are dropped here (after the longest cues were chosen)
        labels_in: dict[int, set[str]] = defaultdict(set)
        for mention in self.mentions:
            labels_in[mention.sentence].add(mention.label)
        # "The Armenian side did not take part in its work": a denied role is none
        self.role_cues = [
            match for match in measured_from(
                role_cues_in(rules, self.lay, offsets, entities, matches["role"]), self.text)
            if not labels_in[match.sentence].isdisjoint(match.cue.labels)
            and not _denied(self.text, match.start)]
        self.role_cues = sorted((*self.role_cues, *parted_agent_cues(rules, self.text,
                                                                      self.lay)),
                                key=_EXTENT)
        self.background: set[int] = set()
        self.estimate_sentences: set[int] = set()
        self._topic_starts: dict[int, int] = {}  # sentence -> first topic verb ("discussed")
        for _, start, _end in matches["topic"]:
            start_char = offsets.starts[start]
            sentence = self.lay.sentence_of(start_char)
            self._topic_starts[sentence] = min(
                start_char, self._topic_starts.get(sentence, start_char))
        for _, start, end in matches["estimate"]:
            if not _figure_hedge(doc, start, end):
                self.estimate_sentences.add(self.lay.sentence_of(offsets.starts[start]))
        # "On 14 August last year, officers found ...": a background phrase inside a day's
        # date dates that day's action, it compares nothing
        days = [(m.token_start, m.token_end) for m in self.mentions if m.label == "DATE"
                and m.normalized.get("precision") == "day"] if matches["background"] else []
        in_sentence: dict[int, list[Mention]] = defaultdict(list)  # the mentions by sentence
        if matches["background"]:
            for mention in self.mentions:
                in_sentence[mention.sentence].append(mention)
        for _, start, end in matches["background"]:
            if any(t.lower_ in EVENT_NOUNS for t in doc[end : end + 3]):
                continue  # "since the start of the operation": the operation's own totals
            if any(first <= start and end <= last for first, last in days):
                continue
            sentence = self.lay.sentence_of(offsets.starts[start])
            if self._compared_period(offsets.starts[start], sentence,
                                     in_sentence.get(sentence, [])):
                continue
            if doc[start].lower_ == "since" and any(
                    t.lower_ in EVENT_NOUNS and self.lay.sentence_of(t.idx) == sentence
                    for t in doc[max(0, start - PERIOD_SUBJECT_TOKENS) : start]):
                continue  # "a covert investigation that had been running since June"
            self.background.add(sentence)
        if not any(m.label == "OPERATION" for m in self.mentions):
            self.mentions = sorted(self.mentions + self._quoted_names(), key=lambda m: m.start)
        self._known: set[str] | None = None
        self._bounds: dict[int, str | None] = {}
        self._usable: dict[int, bool] = {}
        self._mention_starts: dict[int, list[int]] = {}
        self._other_periods: dict[tuple[int, int], bool] = {}  # (sentence, draft) -> outside
        self._sources: dict[int, bool] = {}
        # per sentence: statement cues (report dates) and cues naming an event kind
        self.statements_by_sentence: dict[int, list[EventCueMatch]] = defaultdict(list)
        self.kinds_by_sentence: dict[int, list[EventCueMatch]] = defaultdict(list)
        for cue in self.cues:
            if cue.cue.type == "statement":
                self.statements_by_sentence[cue.sentence].append(cue)
            if cue.cue.names_event:
                self.kinds_by_sentence[cue.sentence].append(cue)
        self._rows: dict[int, int | None] = {}
        self.by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for mention in self.mentions:
            self.by_sentence[mention.sentence].append(mention)
        self._report_day_value: str | None = None
        # a sentence with an estimate word is no seizure's unless a strong seizure verb is
        # there ("seized"; not "trafficking in more than 15g ... may face the death penalty")
        self._seized_sentences = {c.sentence for c in self.cues if c.cue.type == "seizure"
                                  and c.cue.weight >= STRONG_SEIZURE_CUE}
        # the sentences with any seizure cue, strong or weak
        self._seizure_cue_sentences = {c.sentence for c in self.cues
                                       if c.cue.type == "seizure"}
        self.summit: Draft | None = None

    def _without_destroyed_goods(self, cues: list[EventCueMatch]) -> list[EventCueMatch]:
        """The cues, less a seizure word that only describes the drugs a sentence tells
        destroyed ("Seized drugs worth millions destroyed in Nuwakot", "narcotic drugs seized
        in cases settled by the courts were destroyed today", "burned 1,800 kg that had been
        seized in concluded cases"): an attribute of the goods (before a drug word, or after
        one or "been" and before a phrase of when or by whom), no seizure of the event; and
        less a verb of destroying (event_cues.jsonl seized_goods) in any other sentence
        ("destroyed 40 hectares of cannabis crops": an eradication's verb)."""
        generic = self.rules.generic_word_starts
        kept = []
        goods: set[int] = set()  # sentences telling seized goods destroyed
        for cue in cues:
            if cue.cue.type == "seizure":
                before = _LAST_WORD.search(self.text, max(0, cue.start - WORD_REACH), cue.start)
                after = _FIRST_WORD.match(self.text, cue.end)
                word_before = before.group(1).lower() if before else ""
                word_after = after.group(1).lower() if after else ""
                if (word_after in generic or (
                        (word_before in generic or word_before == "been")
                        and word_after in _WHEN_WORDS)) and self._tells_destruction(
                        cue.sentence):
                    goods.add(cue.sentence)
                    continue
            kept.append(cue)
        # "burned", "destroyed" tell a destruction only of goods told as seized before
        return [c for c in kept if not c.cue.seized_goods or c.sentence in goods]

    def sentence_has(self, pattern: re.Pattern[str], sentence: int) -> bool:
        """Whether ``pattern`` occurs in the sentence (searched once per pattern and
        sentence of the item)."""
        cache = self._cache("sentence_hits")
        key = (pattern, sentence)
        found: bool | None = cache.get(key)
        if found is None:
            start, end = self.lay.sentences[sentence]
            found = cache[key] = needled_search(pattern, self.text, start, end) is not None
        return found

    def _cache(self, name: str) -> dict[Any, Any]:
        """A per-item cache (the item context is built once per news item)."""
        found: dict[Any, Any] | None = self.__dict__.get(name)
        if found is None:
            found = self.__dict__[name] = {}
        return found

    def _tells_destruction(self, sentence: int) -> bool:
        """The sentence has a word of destroying drugs ("were publicly burned")."""
        return self.sentence_has(DESTRUCTION, sentence)

    def _quoted_names(self) -> list[Mention]:
        """Quoted names right next to an event word ("the exercise 'Search-2023'")."""
        names: list[Mention] = []
        if not any(c.cue.names_event and c.cue.type != "meeting" for c in self.cues):
            return names  # no event word a quoted name could stand next to
        for match in _QUOTED_NAME.finditer(self.text):
            start, end = match.span(1)
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(match.group(1).split()) > 6:
                continue
            mention = Mention("OPERATION", match.group(1), start, end, span.start, span.end,
                              {"name": normalize_name(match.group(1))},
                              self.lay.sentence_of(start), self.lay.paragraph_of(start))
            if any(c.cue.names_event and c.cue.type != "meeting"
                   and name_distance(c, mention, QUOTED_NAME_CUE_BEFORE) is not None
                   for c in self.cues):
                names.append(mention)
        return names

    def _compared_period(self, start: int, sentence: int, mentions: list[Mention]) -> bool:
        """A background phrase at ``start`` that only names the period a figure of its
        sentence is compared with, after the sentence's own dated figure ("intercepted 178 kg
        from January to September 2026, 37 percent more than in the same period last year";
        "In January-September 2026 ... 1 422 kg, which is 9,3% less than in the same period
        of last year"): the sentence tells this period's results, the compared figures are
        left out amount by amount. ``mentions`` are the sentence's."""
        sentence_start = self.lay.sentences[sentence][0]
        compared = _COMPARED_TAIL.search(self.text, max(sentence_start, start - COMPARED_REACH),
                                         start)
        if compared is None:
            return False
        own = [m for m in mentions if m.end <= compared.start()]
        return (any(m.label == "QUANTITY" for m in own)
                and any(m.label == "DATE" and m.normalized.get("start") for m in own))

    def _title_end(self) -> int:
        """Where the item's headline ends (0 without one)."""
        title_end = self.doc.user_data.get(TITLE_END_KEY)
        return title_end if isinstance(title_end, int) else 0

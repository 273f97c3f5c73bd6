"""Assembling event dicts (schema.Event shape) from one item's entities and cues.

1. Named events: OPERATION mentions grouped by normalized name (quoted names next to an
   event word when no OPERATION entity exists); the type comes from the nearest event cue
   next to the name ("operation 'X'", "'X' command-staff training").
2. Without a name, one main event whose type is the strongest cue of the lead sentences
   (then of the whole item); statements only when nothing else is there.
3. Each sentence belongs to the named event mentioned in it, else to the main event; dates,
   roles, locations, seizures and counts go to the sentence's event. Background sentences
   (cumulative figures, previous editions, plans) give nothing, except to summaries.
4. Paragraphs of an operation that report seizures at a place of their own (a region, another
   country) become seizure events ``part_of`` the operation, so totals and local results
   stay apart.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as date_cls
from datetime import timedelta
from typing import Any

from spacy.tokens import Doc

from ..extensions import TITLE_END_KEY, doc_text
from .cues import EventRules, Matches, split_matches
from .dating import name_year
from .mentions import (
    PLACE_LABELS,
    ROLE_LABELS,
    SEIZURE_KINDS,
    EventCueMatch,
    Mention,
    RoleCueMatch,
    TokenOffsets,
    entity_tokens,
    event_cues_in,
    mentions_of,
    role_cues_in,
)
from .results import category_of, count_entry, dedupe_counts, dedupe_seizures, quantity_fields
from .roles import RoleAssignment, best_location, entities_of_cue, role_lists
from .text import Layout, layout

NAME_CUE_BEFORE = 6  # tokens between a cue word and the name it precedes ("operation of the X")
NAME_CUE_AFTER = 3  # tokens between a name and the cue word after it ("'X' exercise")
QUOTED_NAME_CUE_BEFORE = 12  # a quoted name closing the phrase of its event word
LEAD_SENTENCES = 2
MAX_HEADER_LINES = 6  # header lines under a title skipped by the lead
HEADER_LINE_CHARS = 80
DATE_LEAD_SENTENCES = 4  # title, date line and the first body sentences may date the event
CONTAINER_TYPES = frozenset({"operation", "exercise", "other"})
OPEN_BOUNDS = frozenset({"start", "since"})  # a date after these words leaves the end open
OPEN_ENDED_TYPES = frozenset({"operation", "other"})  # "began in 2022" leaves the end open
ACTION_TYPES = frozenset({"seizure", "operation"})  # cue types of an interdiction's episode
AGENT_TYPES = frozenset({"operation", "seizure", "other"})
NAME_LABELS = ("ORG", "LOC")  # an event word inside these names is part of the name
AGENT_LABELS = frozenset({"ORG", "COUNTRY", "NORP"})
UNDATED_KINDS = frozenset({"duration", "set"})
EVENT_NOUNS = frozenset({"operation", "campaign", "raid", "exercise", "exercises",
                         "investigation", "probe"})
PERIOD_SUBJECT_TOKENS = 6  # "an investigation that had been running since June": its start
OPERATION_ARRESTS = 10
OPERATION_PLACE_PRIORITY = 2  # an operation is placed by a cue stronger than a bare "in"
STRONG_SEIZURE_CUE = 1.0  # weight of a seizure verb that outweighs an estimate word
PRECISION_SCORE = {"day": 3, "week": 2, "month": 2, "quarter": 1, "season": 1, "year": 0}
REPORT_DATE_GAP = 24  # chars between a reporting verb and the date it dates ("told reporters
# on Thursday"), with no punctuation between them
_OF_LINK = re.compile(r"\s*(?:of\s+(?:the\s+)?|containing\s+)?", re.IGNORECASE)
_ROW_LINK = re.compile(r"\s*(?:[-–—:(]|\s)\s*")
_QUOTED_NAME = re.compile(r"[\"“«„]([A-Z][^\"“”«»„\n]{1,60})[\"”»“]")
_NAME_DASH = re.compile(r"\s*[-–—]\s*")
_DATELINE_TAIL = re.compile(r"\s*(?:,|\(|--|–|—|-)")
_LIST_JOINT = re.compile(r",\s*|\s+and\s+|\s+or\s+|,\s+and\s+", re.IGNORECASE)
_PLACE_WORDS = r"[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,3}"  # "ST. PETERSBURG", "Lima"
_DATELINE_HEAD = re.compile(rf"{_PLACE_WORDS}(?:, {_PLACE_WORDS})?,\s?")
_DURATION = re.compile(r"P(\d{1,3})([DW])")
_WORDS = re.compile(r"[a-z]+")
# "On 8 December, a meeting", "On 13-14 February, Minsk hosted a meeting"
_DATE_BEFORE_CUE = re.compile(r"[\s,]*(?:[A-Z][\w-]*\s+(?:hosted|held)\s+)?(?:(?:a|an|the)\s+)?")
_CUE_BEFORE_DATE = re.compile(r"\s+(?:on|of)\s+")  # "the meeting on 8 December"
_STAGE_JOINT = re.compile(r"\s*,?\s*and\s+(?:from\s+|between\s+)?")
# a numbered entry of a digest: a whole report on its line, not a section heading ("2. Results")
_NUMBERED_ENTRY = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|\(\d{1,2}\))[ \t]+(?=[^\n]{80})",
                             re.MULTILINE)
_CLAUSE_BREAK = re.compile(r"[,.;:()\n]")
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
REPORT_DATE_REACH = 200  # a date line or dateline is within the item's first chars
# An operation's dateline is its headquarters' city ("LYON -- An INTERPOL operation ..."), not
# where it was carried out: an operation is placed by its own text only.
_NO_DATELINE_PLACE_TYPES = frozenset({"operation"})
NO_SEIZURE_TYPES = frozenset({"meeting", "training", "exercise", "statement"})
PAST_TYPES = frozenset({"seizure", "operation"})  # reported after they happened
SCHEDULED_TYPES = frozenset({"meeting", "training", "exercise"})  # announced before they happen
REPORTED_TYPES = frozenset({"meeting", "statement"})  # dated by their report when undated
DATED_OPENING_REACH = 40  # chars from a sentence's start to the date opening an episode
CALENDAR_PRECISIONS = frozenset({"month", "quarter", "season", "year"})  # a whole period
SUMMARY_DAYS = 31  # a "seizure" dated over a longer period is a results summary (other)
NEWS_CONTEXT_CHARS = 30  # chars around an ORG searched for "news agency", "reported by"
RESTATED_TOLERANCE = 0.1  # relative difference of a headline's rounded figure
COURT_DATE_GAP = 30  # chars between a court's name and the hearing's date after it
DATE_CUE_WINDOW = 90  # chars before a date searched for "started on", "held in X on"
BOUND_SENTENCES = 3  # sentences between an event's date and the other bound of its period
_RESULT_ROW = re.compile(r"^[ \t]*[-•*–][ \t]*", re.MULTILINE)  # a bullet opening a line
_ROW_JOINT = re.compile(r"(?:the\s+)?|\s*,\s*(?:the\s+)?|\s+and\s+(?:the\s+)?")
_SENTENCE_OPENING = re.compile(r"[\s\"'“(]*(?:the\s+)?", re.IGNORECASE)  # before a subject
_EARLIER_EDITION = re.compile(
    r"\b(?:same|previous|last|earlier|past)\s+(?:year'?s\s+)?(?:operation|exercise|edition|"
    r"campaign)\b", re.IGNORECASE)
_PER_UNIT_BEFORE = re.compile(r"\beach\s+(?:weighing|weighs|weighed|of)\s+"
                              r"(?:about\s+|around\s+|approximately\s+|some\s+)?$", re.IGNORECASE)
_PER_UNIT_AFTER = re.compile(r"\s+(?:of\s+\w+\s+)?each\b", re.IGNORECASE)  # "2 kg each"
_PART_BEFORE = re.compile(r"\b(?:of\s+which|including)\s+$", re.IGNORECASE)
# "19.6 t in the ports of Le Havre", "5 t at the port of": a part of a total by place
_PLACE_AFTER = re.compile(r"(?:\s+of\s+\w+)?\s+(?:were\s+seized\s+)?(?:in|at)\s+(?:the\s+)?"
                          r"(?:(?:ports?|airports?|regions?|provinces?|city|cities)\s+of\s+)?",
                          re.IGNORECASE)
_BYLINE = re.compile(r"By\s+[A-Z][\w.&' -]{1,60}")  # "By KNA" on a line of its own
DATELINE_CHARS = 60  # a dateline's medium in brackets is within its first chars
# between the parts of a total in apposition: "Five crew members, three Kenyans and two"
_APPOSITION = re.compile(r"[^,.;:\d]{0,40}?(?:,\s*|\s+and\s+)(?:a\s+)?", re.IGNORECASE)
_ADDRESS_JOINT = re.compile(r"\s*,\s*")  # "Rio Brilhante, Mato Grosso do Sul"
_AND_OR = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)
_COMPARED = re.compile(r"(?:\bthan|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bover)"
                       r"(?:\s+(?:in|the\s+same\s+period\s+(?:of|in)))?\s+$", re.IGNORECASE)
_ORG_JOINT = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?",
                        re.IGNORECASE)  # "A (ACR) and the B"
_NAME_GENITIVE = re.compile(r"[\s\"”»']*(?:of|by)\s+(?:the\s+)?", re.IGNORECASE)


@dataclass
class Draft:
    """An event under construction."""

    type: str
    name: str | None = None
    key: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)
    trigger: EventCueMatch | None = None
    part_of: Draft | None = None
    place: Mention | None = None
    dates: list[Mention] = field(default_factory=list)
    roles: list[RoleAssignment] = field(default_factory=list)
    seizures: list[dict[str, Any]] = field(default_factory=list)
    counts: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    agents: list[Mention] = field(default_factory=list)  # participants without a role cue
    organizer_agents: list[Mention] = field(default_factory=list)
    fallback_location: Mention | None = None
    sub_result: bool = False
    span_days: int | None = None  # "a two-day session" opening on a single date
    period: tuple[str, str] | None = None  # bounds given apart ("started on ... until ...")
    summit: bool = False  # a meeting summing up the item's named operation
    follow_up: bool = False  # arrests on a later day than the item's seizure
    open_end: bool = False  # a running total "since 1 January": no end date
    id: str = ""

    @property
    def first_offset(self) -> int:
        offsets = [m.start for m in self.mentions] + [s for s, _ in self.evidence]
        if self.trigger is not None:
            offsets.append(self.trigger.start)
        return min(offsets) if offsets else 0


def name_key(name: str) -> str:
    """A comparison key for event names: lowercase letters and digits only."""
    return "".join(c for c in name.lower() if c.isalnum())


def normalize_name(name: str) -> str:
    """An event name as the guidelines write it: no quotes, dashes as "-" without spaces."""
    return _NAME_DASH.sub("-", name.strip("\"“”«»„' "))


def _name_type(mentions: list[Mention],
               cues: list[EventCueMatch]) -> tuple[str, EventCueMatch | None]:
    best: tuple[tuple[int, float], EventCueMatch] | None = None
    for cue in cues:
        if not cue.cue.names_event:
            continue
        for mention in mentions:
            distance = _name_distance(cue, mention)
            if distance is None:
                # 'the exercise of the units of the rapid reaction forces "Search-2023"'
                far = _name_distance(cue, mention, QUOTED_NAME_CUE_BEFORE)
                if far is None:
                    continue
                distance = far + NAME_CUE_BEFORE
            rank = (distance, -cue.cue.weight)  # nearest, then the more specific kind
            if best is None or rank < best[0]:
                best = (rank, cue)
    if best is not None:
        return best[1].cue.type, best[1]
    kind = next((m.normalized.get("kind") or m.normalized.get("type") for m in mentions
                 if m.normalized.get("kind") or m.normalized.get("type")), None)
    return (kind if isinstance(kind, str) else "operation"), None


def _name_distance(cue: EventCueMatch, mention: Mention,
                   before: int = NAME_CUE_BEFORE) -> int | None:
    if mention.token_start <= cue.token_start and cue.token_end <= mention.token_end:
        return 0
    if cue.token_end <= mention.token_start and cue.sentence == mention.sentence:
        distance = mention.token_start - cue.token_end
        return distance if distance <= before else None
    if cue.token_start >= mention.token_end:
        distance = cue.token_start - mention.token_end
        return distance if distance <= NAME_CUE_AFTER else None
    return None


def _named_drafts(mentions: list[Mention], cues: list[EventCueMatch],
                  text: str, series: re.Pattern[str]) -> list[Draft]:
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.label != "OPERATION" or series.match(text, mention.end):
            continue  # 'operations of the "Channel" series' name a series, not one event
        name = normalize_name(str(mention.normalized.get("name") or mention.text))
        groups[name_key(name)].append(mention)
    drafts = []
    for key, group in groups.items():
        if not key:
            continue
        event_type, trigger = _name_type(group, cues)
        shown = min(group, key=lambda m: m.text.isupper())  # not the ALL-CAPS headline form
        name = normalize_name(str(shown.normalized.get("name") or shown.text))
        drafts.append(Draft(event_type, name, key, list(group), {m.sentence for m in group},
                            trigger))
    return drafts


def _main_unnamed(cues: list[EventCueMatch], lead_end: int = LEAD_SENTENCES) -> Draft | None:
    """The item's one unnamed event: strongest cue type of the lead (sentences before
    ``lead_end``), else of the whole item."""
    if not cues:
        return None
    lead = [c for c in cues if c.sentence < lead_end]
    for pool in (lead, cues):
        scores: dict[str, float] = defaultdict(float)
        for cue in pool:
            if cue.cue.type != "statement":
                scores[cue.cue.type] += cue.cue.weight
        if scores:
            event_type = max(scores, key=lambda t: (scores[t], -_first(pool, t)))
            trigger = next(c for c in pool if c.cue.type == event_type)
            sentences = {c.sentence for c in cues if c.cue.type == event_type}
            return Draft(event_type, trigger=trigger, sentences=sentences)
    trigger = cues[0]
    return Draft("statement", trigger=trigger, sentences={trigger.sentence})


def _header_lines(text: str, lay: Layout) -> int:
    """The number of header lines right under the title: whole lines without a sentence's
    final punctuation ("U.S. Attorney's Office", "FOR IMMEDIATE RELEASE", "Tumaco, Nariño –
    15/03/2024"), up to the first body sentence."""
    count = 0
    for start, end in lay.sentences[1 : 1 + MAX_HEADER_LINES]:
        line = text[start:end].strip()
        paragraph = lay.paragraphs[lay.paragraph_of(start)]
        if (paragraph[0] > start or paragraph[1] < end or len(line) > HEADER_LINE_CHARS
                or line[-1:] in ".!?:;,\"”»’"):
            break
        count += 1
    return count


def _first(cues: list[EventCueMatch], event_type: str) -> int:
    return next(c.start for c in cues if c.cue.type == event_type)


def _without_digest_heading(text: str, cues: list[EventCueMatch]) -> list[EventCueMatch]:
    """A digest's heading ("Weekly anti-drug roundup", "WEEKLY PRESS BULLETIN") over the
    first of its numbered entries ("1. On April 7, ...", "(1) On Monday, ...") names the
    digest, not the entry's event: its summary cues are dropped when the entry has cues."""
    entry = _NUMBERED_ENTRY.search(text)
    if entry is None:
        return cues
    kept = [c for c in cues if not (c.cue.type == "other" and c.end <= entry.start())]
    return kept if any(c.start >= entry.start() and c.cue.type != "statement"
                       for c in kept) else cues


def name_label_hashes(doc: Doc) -> frozenset[int]:
    """Label hashes of named bodies and places: an event word inside them names no event."""
    strings = doc.vocab.strings
    return frozenset(strings.add(label) for label in NAME_LABELS)


class _Assembler:
    def __init__(self, doc: Doc, rules: EventRules,
                 matches: dict[str, Matches] | None = None) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.rules = rules
        self.lay = layout(self.text)
        # header lines under the title (agency, "FOR IMMEDIATE RELEASE", a date line) do not
        # count as lead sentences: the lead is the title and the first body sentences
        self.header_lines = _header_lines(self.text, self.lay)
        self.lead_last = LEAD_SENTENCES + self.header_lines
        offsets = TokenOffsets(doc)
        entities = entity_tokens(doc)
        self.mentions = mentions_of(doc, self.lay, self.text, offsets, entities)
        if matches is None:
            matches = split_matches(rules, doc)
        name_labels = name_label_hashes(doc)
        names = [e for e in entities if e[2] in name_labels]
        self.cues = _without_digest_heading(
            self.text, event_cues_in(rules, self.lay, offsets, matches["event"], names))
        self.role_cues = role_cues_in(rules, self.lay, offsets, entities, matches["role"])
        self.background: set[int] = set()
        self.estimate_sentences: set[int] = set()
        self._topic_starts: dict[int, int] = {}  # sentence -> first topic verb ("discussed")
        for _, start, _end in matches["topic"]:
            start_char = offsets.starts[start]
            sentence = self.lay.sentence_of(start_char)
            self._topic_starts[sentence] = min(
                start_char, self._topic_starts.get(sentence, start_char))
        for _, start, _end in matches["estimate"]:
            self.estimate_sentences.add(self.lay.sentence_of(offsets.starts[start]))
        for _, start, end in matches["background"]:
            if any(t.lower_ in EVENT_NOUNS for t in doc[end : end + 3]):
                continue  # "since the start of the operation": the operation's own totals
            sentence = self.lay.sentence_of(offsets.starts[start])
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
        self._segment_list: list[int] | None = None
        self._report_day_value: str | None = None
        # a sentence with an estimate word is no seizure's unless a strong seizure verb is
        # there ("seized"; not "trafficking in more than 15g ... may face the death penalty")
        self._seized_sentences = {c.sentence for c in self.cues if c.cue.type == "seizure"
                                  and c.cue.weight >= STRONG_SEIZURE_CUE}
        self.summit: Draft | None = None

    # -- finding events -------------------------------------------------------------------

    def _quoted_names(self) -> list[Mention]:
        """Quoted names right next to an event word ("the exercise 'Search-2023'")."""
        names = []
        for match in _QUOTED_NAME.finditer(self.text):
            start, end = match.span(1)
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(match.group(1).split()) > 6:
                continue
            mention = Mention("OPERATION", match.group(1), start, end, span.start, span.end,
                              {"name": normalize_name(match.group(1))},
                              self.lay.sentence_of(start), self.lay.paragraph_of(start))
            if any(c.cue.names_event and c.cue.type != "meeting"
                   and _name_distance(c, mention, QUOTED_NAME_CUE_BEFORE) is not None
                   for c in self.cues):
                names.append(mention)
        return names

    def run(self) -> list[dict[str, Any]]:
        drafts = _named_drafts(self.mentions, self.cues, self.text, self.rules.series_after)
        lead = range(self.lead_last + 1)
        named_in_lead = [d for d in drafts if any(m.sentence in lead for m in d.mentions)]
        unnamed = _main_unnamed(self.cues, self.lead_last)
        lead_unnamed = (unnamed is not None and unnamed.trigger is not None
                        and unnamed.trigger.sentence in lead)
        if drafts and (named_in_lead or not lead_unnamed):
            main = max(named_in_lead or drafts, key=lambda d: (len(d.mentions), -d.first_offset))
        elif unnamed is not None:
            main = unnamed
            drafts = [main, *drafts]
        else:
            return []
        summit = self.summit = self._summing_up_meeting(main)
        if summit is not None:
            drafts.append(summit)
        # "a staff training ... will be held in Bishkek": the item's own event, not a plan
        if main.type in SCHEDULED_TYPES:
            self.background -= {c.sentence for c in self.cues
                                if c.cue.type == main.type and c.sentence <= self.lead_last}
        owner = self._sentence_owners(drafts, main)
        subs = self._sub_results(main, owner)
        for sub in subs.values():
            for sentence in sub.sentences:
                owner[sentence] = sub
        all_drafts = drafts + list(subs.values())
        self._assign_dates(all_drafts, main, owner)
        follow_up = self._follow_up_arrests(main, owner)
        if follow_up is not None:
            all_drafts.append(follow_up)
        self._assign_roles(owner, main)
        self._assign_quantities(owner, subs, main)
        if not main.dates:
            # "Details of the case: On 19-11-2024 ... intercepted a car": an episode left
            # without amounts of its own (the lead gave them) dates the main event
            for sub in subs.values():
                if not sub.seizures and sub.dates:
                    main.dates, main.period = sub.dates, sub.period
                    break
        all_drafts.extend(self._running_totals(main, all_drafts))
        if (main.type == "seizure" and not main.mentions and not main.seizures
                and any(c.cue.type == "statement" and c.sentence <= self.lead_last
                        for c in self.cues)):
            main.type = "statement"  # a report about seizures elsewhere, none of its own
        if main.type == "statement" and any(s["kg"] for s in main.seizures):
            main.type = "seizure"  # figures of a seizure told by a spokesman
        if main.type == "statement" and not any(
                d.normalized.get("precision") == "day" for d in main.dates):
            said = self._report_date() or self._said_date()  # when it was said, not "2023"
            main.dates = [said] if said is not None else main.dates
            main.period = main.span_days = None
        if (main.type == "other" and not main.mentions and main.trigger is not None
                and main.trigger.cue.reported and self._date_days(main) == 0):
            main.type = "statement"  # "presented the annual statistics on Monday"
        if main.type == "seizure" and not main.mentions and self._many_arrests(main):
            main.type = "operation"  # an investigation that led to many arrests
        elif not main.mentions and main.type in ACTION_TYPES:
            main.type = self._action_type(main, subs)
        for draft in all_drafts:
            if draft.type == "seizure" and not draft.mentions and self._summary_period(draft):
                draft.type = "other"  # "seized 221 tonnes in 2023": a results summary
            elif draft.sub_result and self._investigation(draft):
                draft.type = "operation"  # "The investigation ... started in 2022"
        # a local result whose amounts all proved to be no seizures is no event
        all_drafts = [d for d in all_drafts if not d.sub_result or d.seizures]
        if self._background_word_only(main):
            all_drafts = [d for d in all_drafts if d is not main]
        if not main.mentions:
            # an operation only referred to by an item about something else
            all_drafts = [d for d in all_drafts if d is main or d.sub_result
                          or d.seizures or d.counts or d.roles]
        return self._finish(all_drafts)

    def _follow_up_arrests(self, main: Draft, owner: dict[int, Draft]) -> Draft | None:
        """Arrests on a later day than the seizure ("found on 29 January ... NCA officers then
        arrested three men on 1 February"): an operation of their own, which takes the
        sentence's counts and actors; a later day before the report's day (on the report's day
        the men "face court today")."""
        arrests = self.rules.count_checks.get("arrests")
        if (main.type != "seizure" or main.mentions or not main.dates or arrests is None
                or arrests.sentence is None):
            return None
        seized_on = str(main.dates[0].normalized.get("end") or "")
        report_day = self._report_day() or "9999"
        for sentence, mentions in sorted(self.by_sentence.items()):
            if owner.get(sentence) is not main or sentence <= self.lead_last:
                continue
            later = [m for m in mentions if m.label == "DATE" and self._usable_date(m)
                     and m.normalized.get("precision") == "day"
                     and seized_on < str(m.normalized["start"]) < report_day]
            start, end = self.lay.sentences[sentence]
            if len(later) != 1 or not arrests.sentence.search(self.text, start, end):
                continue
            draft = Draft("operation", sentences={sentence}, dates=later, follow_up=True,
                          evidence=[(later[0].start, later[0].end)])
            owner[sentence] = draft
            return draft
        return None

    def _running_totals(self, main: Draft, drafts: list[Draft]) -> list[Draft]:
        """Totals of a period that the item gives as background ("officers in Quebec have
        intercepted more than 1,800 kg of cocaine since January 1, 2024"; "the Navy has seized
        94 tons so far this year"; "in 2024 the unit seized 1.3 tonnes"): an event of their
        own (type other), dated by the period, open-ended when it runs to the report; one
        event per period. A summary item's own figures already belong to its main event, and
        a statement's figures are what it says."""
        if main.type in ("other", "statement"):
            return []  # a report's figures are what it says, not events of their own
        used = {s["start"] for d in drafts for s in d.seizures}
        own_dates = {d.dates[0].start for d in drafts if d.dates}
        seized = {c.sentence for c in self.cues if c.cue.type == "seizure"}
        substances = [m for m in self.mentions if m.label == "SUBSTANCE"]
        report_day = self._report_day() or "9999"
        totals: dict[tuple[str, str], Draft] = {}
        for sentence in sorted(self.by_sentence):
            amounts = [m for m in self.by_sentence[sentence] if m.label == "QUANTITY"
                       and m.normalized.get("kind") in SEIZURE_KINDS and m.start not in used
                       and not self._table_row(m)]
            if not amounts:
                continue
            period = self._period_of_total(sentence)
            if period is None or period.start in own_dates:
                continue  # no period, or the period of an event of the item
            if not {sentence, period.sentence} & seized:
                continue  # "the network imported 18 tonnes since 2021": no seizure
            start = str(period.normalized["start"])
            end = str(period.normalized.get("end") or start)
            key = (start, end)
            draft = totals.get(key)
            for amount in amounts:
                substance, linked = self._substance_of(amount, substances)
                if not linked:
                    continue
                if draft is None:
                    draft = totals[key] = Draft("other", sentences={sentence}, dates=[period],
                                                evidence=[(amount.start, amount.end)])
                    if main.name and _EARLIER_EDITION.search(self.text,
                                                             *self.lay.sentences[sentence]):
                        # "during the same operation last year": the event's earlier edition
                        draft.type, draft.name = main.type, main.name
                    draft.open_end = self._bound(period) == "since" or end >= report_day
                    draft.period = (start, end)
                    draft.organizer_agents = [
                        m for m in self.by_sentence[sentence] if m.label == "ORG"
                        and m.end <= amount.start and not self._is_news_source(m)][:1]
                    draft.fallback_location = next(
                        (m for m in self.by_sentence[sentence] if m.label == "LOC"
                         and not self._route_place(m)), None)
                draft.sentences.add(sentence)
                norm = amount.normalized
                draft.seizures.append({
                    "substance": substance, **quantity_fields(norm), "unit": norm.get("unit"),
                    "kg": norm.get("kg"), "start": amount.start, "end": amount.end,
                    "paragraph": amount.paragraph, "counted": False})
        return list(totals.values())

    def _compared(self, date: Mention) -> bool:
        """A date a figure is compared with ("8.4 percent more than in 2023")."""
        return bool(_COMPARED.search(self.text, max(0, date.start - 30), date.start))

    def _period_of_total(self, sentence: int) -> Mention | None:
        """The period a sentence's total covers: a date of it (or of the sentence before it
        in its paragraph: "... since 1 January. Together, the three operations took more
        than 14 tonnes") that opens a period to the report ("since") or spans more than
        ``SUMMARY_DAYS`` days."""
        paragraph = self.lay.paragraph_of(self.lay.sentences[sentence][0])
        for index in (sentence, sentence - 1):
            if index < 0 or self.lay.paragraph_of(self.lay.sentences[index][0]) != paragraph:
                continue
            for mention in self.by_sentence.get(index, ()):
                norm = mention.normalized
                if (mention.label != "DATE" or not norm.get("start")
                        or norm.get("kind") in UNDATED_KINDS or self._is_report_date(mention)):
                    continue
                if self._compared(mention):
                    continue  # "60 per cent less than in 2023": a comparison's period
                if self._bound(mention) == "since" or _span_days(mention) > SUMMARY_DAYS:
                    return mention
        return None

    def _subject_orgs(self, sentence: int) -> list[Mention]:
        """The bodies named before the sentence's arrest word (its acting subject)."""
        arrests = self.rules.count_checks["arrests"].sentence
        start, end = self.lay.sentences[sentence]
        verb = arrests.search(self.text, start, end) if arrests is not None else None
        orgs = [m for m in self.by_sentence[sentence] if m.label == "ORG"
                and not self._is_news_source(m) and verb is not None and m.end <= verb.start()]
        return self._org_list(orgs[0], orgs) if orgs else []

    def _summing_up_meeting(self, main: Draft) -> Draft | None:
        """The meeting that summed up a named operation ("On 17 February, a meeting ... was
        held in Dushanbe to sum up the results of the operation 'X', conducted from 3 to 14
        February"): an event of its own, with the date next to its word and the lead's venue
        and chair."""
        if not main.mentions or main.type != "operation":
            return None  # an exercise's staff talks are part of the exercise
        body = [m for m in main.mentions if m.sentence <= self.lead_last]
        for cue in self.cues:
            if cue.sentence > self.lead_last or cue.cue.type != "meeting":
                continue
            if not cue.cue.names_event or cue.sentence in self.background:
                continue
            if any(m.token_start <= cue.token_start < m.token_end
                   for m in self.by_sentence[cue.sentence]):
                continue  # a word of a name ("Coordination Council"), no meeting
            if any(m.sentence == cue.sentence and m.start > cue.end for m in body):
                return Draft("meeting", trigger=cue, sentences={cue.sentence}, summit=True)
        return None

    def _background_word_only(self, main: Draft) -> bool:
        """An unnamed event whose word only comes after the lead and that gathered nothing
        (no date, amount, count or actor): an explainer's "operations", no event."""
        if main.mentions or main.type == "statement" or main.trigger is None:
            return False
        if main.trigger.sentence <= self.lead_last:
            return False
        actors = [a for a in main.roles if a.role != "location"]
        return not (main.dates or main.seizures or main.counts or actors
                    or main.organizer_agents or main.agents)

    def _sentence_owners(self, drafts: list[Draft], main: Draft) -> dict[int, Draft]:
        owner: dict[int, Draft] = {}
        for draft in drafts:
            if draft.mentions:
                for sentence in draft.sentences:
                    owner.setdefault(sentence, draft)
        for draft in drafts:
            # a paragraph opened by an event's name is about that event ("The operation "Mak"
            # was held from ... During it, ... 86 kg of poppy straw were seized.")
            if draft is main or not draft.mentions:
                continue
            for sentence in sorted(draft.sentences):
                paragraph = self.lay.paragraph_of(self.lay.sentences[sentence][0])
                if sentence and self.lay.paragraph_of(
                        self.lay.sentences[sentence - 1][0]) == paragraph:
                    continue  # not the paragraph's first sentence
                following = sentence + 1
                while (following < len(self.lay.sentences) and following not in owner
                       and self.lay.paragraph_of(self.lay.sentences[following][0]) == paragraph):
                    owner[following] = draft
                    following += 1
        for index in range(len(self.lay.sentences)):
            owner.setdefault(index, main)
        return owner

    @property
    def segments(self) -> list[int]:
        """The segment number of each sentence (computed when first needed)."""
        if self._segment_list is None:
            self._segment_list = self._segments()
        return self._segment_list

    def _segments(self) -> list[int]:
        """A segment number per sentence: a new one at each paragraph and at a sentence
        opening with a place of its own ("In Kyrgyzstan, police in Osh detained ...")."""
        segments: list[int] = []
        current, paragraph = -1, -1
        for index, (start, _end) in enumerate(self.lay.sentences):
            para = self.lay.paragraph_of(start)
            intro = self.rules.place_intro.match(self.text, start)
            if para != paragraph or (intro is not None and any(
                    m.start == intro.end() and m.label in PLACE_LABELS
                    for m in self.by_sentence[index])) or self._dated_opening(index):
                current += 1
            paragraph = para
            segments.append(current)
        return segments

    def _dated_opening(self, sentence: int) -> bool:
        """A body sentence opening with its own date ("On 9 August, agents ...", "In a
        separate case on 9th July, ...", "In the second, on 9 December, ..."): a new episode."""
        if sentence <= self.lead_last:
            return False
        start = self.lay.sentences[sentence][0]
        for mention in self.by_sentence[sentence]:
            if mention.start - start > DATED_OPENING_REACH:
                break
            if mention.label == "DATE" and self._usable_date(mention):
                return self.rules.date_intro.fullmatch(self.text, start, mention.start) is not None
        return False

    def _sub_results(self, main: Draft, owner: dict[int, Draft]) -> dict[int, Draft]:
        """Paragraphs reporting seizures at a place of their own, as seizure events: results
        of an operation (``part_of``), or further seizures of a seizure report."""
        if main.type == "statement":
            return {}
        quantities = [m for m in self.mentions if m.label == "QUANTITY"
                      and m.sentence > self.lead_last and m.sentence not in self.background
                      and self._is_seizure_quantity(m)]
        if not quantities:
            return {}
        segments = self.segments
        by_segment: dict[int, list[Mention]] = defaultdict(list)
        for mention in self.mentions:
            by_segment[segments[mention.sentence]].append(mention)
        lead_paragraphs = {segments[i] for i in range(min(self.lead_last + 1, len(segments)))}
        scope = {m.key for segment in lead_paragraphs for m in by_segment[segment]
                 if m.label in PLACE_LABELS}
        seizures_by_para: dict[int, list[Mention]] = defaultdict(list)
        for mention in quantities:
            row = self._table_row(mention)
            if row is not None and self._regional_row(row, mention):
                continue  # a breakdown by region, no local result
            seizures_by_para[segments[mention.sentence]].append(mention)
        claimed = self._role_claimed()
        subs: dict[int, Draft] = {}
        for paragraph, _quantities in seizures_by_para.items():
            if paragraph in lead_paragraphs or paragraph < min(lead_paragraphs):
                continue
            in_paragraph = by_segment[paragraph]
            places = [m for m in in_paragraph
                      if m.label in PLACE_LABELS and (m.start, m.end) not in claimed
                      and m.key not in scope and not self._route_place(m)]
            sentences = {i for i, segment in enumerate(segments) if segment == paragraph}
            if not places and not (self._dated_opening(min(sentences)) and any(
                    c.sentence in sentences and c.cue.type in ACTION_TYPES for c in self.cues)):
                continue  # an episode of its own: a place, or a date and an action word
            place = next((p for p in places if p.label == "LOC"),
                         next((p for p in places if p.label == "COUNTRY"),
                              places[0] if places else None))
            if any(owner[s].mentions and owner[s] is not main for s in sentences):
                continue
            if any(m.sentence in sentences for m in main.mentions):
                continue  # the paragraph that names the item's event tells that event
            if main.type == "seizure" and main.trigger is not None and (
                    main.trigger.sentence in sentences):
                continue
            if main.type not in CONTAINER_TYPES | {"seizure"} and any(
                    c.cue.type == "statement" and c.sentence in sentences for c in self.cues):
                continue  # "police told the conference they had seized ...": a report
            # a result of an operation; a seizure of its own beside a seizure or a meeting
            sub = Draft("seizure", part_of=main if main.type in CONTAINER_TYPES else None,
                        place=place, sentences=sentences,
                        evidence=[(place.start, place.end)] if place is not None else [])
            sub.sub_result = True
            # a demonym acts only with a force noun ("Kazakh police", not "a Nigerian")
            sub.agents = [m for m in in_paragraph
                          if m.label in AGENT_LABELS and (m is not place or m.label == "NORP")
                          and (m.label != "NORP"
                               or self.rules.force_nouns.match(self.text, m.end))
                          and not (m.label == "COUNTRY" and place is not None
                                   and place.label == "COUNTRY")
                          and not self._route_place(m) and not self._is_news_source(m)]
            subs[paragraph] = sub
        return subs

    def _route_place(self, mention: Mention) -> bool:
        """A place of origin, transit or destination ("from Ecuador and Colombia",
        "bound for Europe"), also when it is a later element of such a list."""
        current = mention
        for _ in range(8):
            before = self.text[max(0, current.start - 25) : current.start]
            if self.rules.route_before.search(before):
                return True
            previous = [m for m in self.by_sentence[current.sentence]
                        if m.end <= current.start and m.label in PLACE_LABELS
                        and _LIST_JOINT.fullmatch(self.text[m.end : current.start])]
            if not previous:
                return False
            current = previous[-1]
        return False

    def _entities_of(self, match: RoleCueMatch) -> list[RoleAssignment]:
        """The entities a role cue points at in its sentence."""
        sentence = match.sentence
        starts = self._mention_starts.get(sentence)
        if starts is None:
            starts = self._mention_starts[sentence] = [m.start for m in self.by_sentence[sentence]]
        return entities_of_cue(match, self.by_sentence[sentence], self.text, starts)

    def _role_claimed(self) -> set[tuple[int, int]]:
        claimed: set[tuple[int, int]] = set()
        for match in self.role_cues:
            if match.cue.role == "observer":
                for assignment in self._entities_of(match):
                    claimed.add((assignment.mention.start, assignment.mention.end))
        return claimed

    # -- dates ----------------------------------------------------------------------------

    def _usable_date(self, mention: Mention) -> bool:
        if mention.label != "DATE":
            return False
        usable = self._usable.get(mention.start)
        if usable is None:
            usable = self._usable[mention.start] = self._date_usable(mention)
        return usable

    def _date_usable(self, mention: Mention) -> bool:
        norm = mention.normalized
        if mention.label != "DATE" or norm.get("kind") in UNDATED_KINDS or not norm.get("start"):
            return False
        if mention.sentence in self.background:
            return False
        if self._is_report_date(mention) or self._bound(mention) == "report":
            return False
        for cue in self.statements_by_sentence.get(mention.sentence, ()):
            if (
                    (0 <= mention.start - cue.end <= REPORT_DATE_GAP
                    and not _CLAUSE_BREAK.search(self.text, cue.end, mention.start))
                    or 0 <= cue.start - mention.end <= 2):
                return False  # "said on Monday", "today announced": the report's date
        return True

    def _is_report_date(self, mention: Mention) -> bool:
        """A date line ("16.09.2024" alone, "13.08.2024 | Headline"), a numeric date opening a
        headline line, or a dateline's date: the publication's date, not the event's."""
        line_start, line_end = self.lay.paragraphs[mention.paragraph]  # its line
        if line_end - line_start <= len(mention.text) + 8 or len(
                self.text[line_start:line_end].strip()) <= len(mention.text) + 8:
            return True
        if not self.text[line_start : mention.start].strip() and _NUMERIC_DATE.fullmatch(
                mention.text):
            return True
        return self._in_dateline(mention)

    def _report_date(self) -> Mention | None:
        """The item's publication date from its first lines (date line or dateline)."""
        for mention in self.mentions:
            if mention.start > REPORT_DATE_REACH:
                break
            if (mention.label == "DATE" and mention.normalized.get("start")
                    and mention.normalized.get("kind") not in UNDATED_KINDS
                    and self._is_report_date(mention)):
                return mention
        return None

    def _report_day(self) -> str | None:
        """The ISO day the item reports on: its date line or dateline, else its reference
        date (publication)."""
        if self._report_day_value is None:
            report = self._report_date()
            reference = self.doc._.reference_date
            self._report_day_value = (str(report.normalized["start"]) if report is not None
                                      else reference.isoformat() if reference else "")
        return self._report_day_value or None

    def _said_date(self) -> Mention | None:
        """The day a statement was made: a day date of the lead right after a statement word
        ("according to a survey released on Tuesday", "said on Monday")."""
        for mention in self.mentions:
            if mention.sentence > self.lead_last:
                break
            norm = mention.normalized
            if (mention.label != "DATE" or norm.get("precision") != "day"
                    or norm.get("kind") in UNDATED_KINDS or not norm.get("start")
                    or mention.sentence in self.background):
                continue
            if any(0 <= mention.start - cue.end <= REPORT_DATE_GAP
                   and not _CLAUSE_BREAK.search(self.text, cue.end, mention.start)
                   for cue in self.statements_by_sentence.get(mention.sentence, ())):
                return mention
        return None

    def _in_dateline(self, mention: Mention) -> bool:
        """A date of the dateline ("KUALA LUMPUR, Aug 24 --"): the report's date."""
        line_start = self.text.rfind("\n", 0, mention.start) + 1
        head = self.text[line_start : mention.start]
        return bool(_DATELINE_HEAD.fullmatch(head))

    def _bound(self, mention: Mention) -> str | None:
        """The period bound a date's preceding words make it: start, end or held."""
        if mention.start not in self._bounds:
            before = self.text[max(0, mention.start - DATE_CUE_WINDOW) : mention.start].lower()
            found = self.rules.date_bounds.search(before)
            bound = found.lastgroup if found else None
            self._bounds[mention.start] = "held" if bound == "held_at" else bound
        return self._bounds[mention.start]

    def _foreign(self, mention: Mention, draft: Draft) -> bool:
        """A date right next to the word of another kind of event ("On 8 December, a meeting
        ... summed up the operation"): that event's date, not the draft's."""
        for cue in self.kinds_by_sentence.get(mention.sentence, ()):
            if cue is draft.trigger or cue.cue.type == draft.type:
                continue
            if cue.start >= mention.end and _DATE_BEFORE_CUE.fullmatch(
                    self.text, mention.end, cue.start):
                return True
            if cue.end <= mention.start and _CUE_BEFORE_DATE.fullmatch(
                    self.text, cue.end, mention.start):
                return True
        return False

    def _assign_dates(self, drafts: list[Draft], main: Draft, owner: dict[int, Draft]) -> None:
        dates = [m for m in self.mentions if m.label == "DATE" and self._usable_date(m)]
        for draft in drafts:
            anchors = {m.sentence for m in draft.mentions}
            if draft.trigger is not None:
                anchors.add(draft.trigger.sentence)
            if not draft.mentions:
                anchors |= draft.sentences  # the sentences with a cue of the event's type
            date_lead = DATE_LEAD_SENTENCES + max(self.header_lines - 1, 0)  # one date line
            lead = set(range(date_lead)) if draft is main else set()
            own = [d for d in dates if owner.get(d.sentence) is draft]
            if draft.summit:  # the date next to the meeting's word ("On 8 December, a meeting")
                own = [d for d in dates if d.sentence == draft.trigger.sentence  # type: ignore[union-attr]
                       and self._foreign(d, main)]
            candidates = [d for d in own if d.sentence in anchors or d.sentence in lead]
            if draft.type in PAST_TYPES:
                # "will appear before the Magistrates' Court today": the hearing's day
                candidates = [d for d in candidates if not self._court_date(d)]
            if draft.type in PAST_TYPES and (report_day := self._report_day()):
                # "will be arraigned on Wednesday": after the report, no date of what happened
                candidates = [d for d in candidates
                              if str(d.normalized["start"]) <= report_day] or candidates
            if not candidates:
                report = self._report_date() if draft is main else None
                if report is not None and draft.type in REPORTED_TYPES:
                    draft.dates.append(report)  # a meeting or statement reported that day
                continue

            names = [m.start for m in draft.mentions] or (
                [draft.trigger.start] if draft.trigger is not None else [])

            def rank(d: Mention, anchors: set[int] = anchors, names: list[int] = names,
                     draft: Draft = draft) -> tuple[bool, bool, bool, int, int, int]:
                norm = d.normalized
                score = PRECISION_SCORE.get(str(norm.get("precision")), 0)
                if norm.get("kind") == "relative":
                    score -= 1
                distance = min(abs(d.sentence - a) for a in anchors)
                near = min((abs(d.start - n) for n in names), default=0)
                return (not self._foreign(d, draft), d.sentence in anchors,
                        self._bound(d) == "held", score, -distance, -near)

            if draft.type == "seizure":
                # one interdiction: the find comes first, arrests, charges and court after it
                # ("found on 2 August ... the men were arrested on 20 August")
                days = [d for d in candidates if d.normalized.get("precision") == "day"
                        and not self._foreign(d, draft)]
                if len({str(d.normalized["start"]) for d in days}) > 1:
                    candidates = [min(days, key=lambda d: str(d.normalized["start"]))]
            chosen = self._refined(max(candidates, key=rank), own)
            draft.dates.append(chosen)
            draft.period = self._period(chosen, [d for d in own if not self._other_kinds(
                d, chosen, draft.type)])
            if draft.period is None and draft.type in SCHEDULED_TYPES:
                # "the two-day session"; a seizure's "over three days" is no event length
                draft.span_days = self._duration_days(chosen, draft, owner)
            elif draft.period is None and self._bound(chosen) == "end":
                # "A three-day eradication drive ... ended last Sunday": back from its end
                days = self._duration_days(chosen, draft, owner)
                if days:
                    end = date_cls.fromisoformat(str(chosen.normalized["start"]))
                    draft.period = ((end - timedelta(days=days - 1)).isoformat(),
                                    end.isoformat())

    def _court_date(self, date: Mention) -> bool:
        """A date right after a court's name in one clause ("appear before the Melbourne
        Magistrates' Court today", "in court on Monday"): a hearing's day."""
        courts = list(self.rules.courts.finditer(
            self.text, max(0, date.start - COURT_DATE_GAP), date.start))
        return bool(courts) and not _CLAUSE_BREAK.search(self.text, courts[-1].end(),
                                                         date.start)

    def _refined(self, chosen: Mention, own: list[Mention]) -> Mention:
        """A relative span ("next week") gives way to an exact date inside it ("October 29
        and 30") in the event's sentences."""
        norm = chosen.normalized
        if norm.get("kind") != "relative" or norm.get("start") == norm.get("end"):
            return chosen
        inside = [d for d in own if d is not chosen and d.normalized.get("kind") != "relative"
                  and str(norm["start"]) <= str(d.normalized["start"])
                  and str(d.normalized.get("end") or d.normalized["start"]) <= str(norm["end"])]
        return inside[0] if inside else chosen

    def _other_kinds(self, date: Mention, chosen: Mention, event_type: str) -> bool:
        """A date of another sentence whose event words are of other kinds only ("were
        sentenced today ... The investigation began in November 2023"): it bounds that
        event, not this one."""
        if date.sentence == chosen.sentence:
            return False
        kinds = {c.cue.type for c in self.cues
                 if c.sentence == date.sentence and c.cue.type != "statement"}
        return bool(kinds) and event_type not in kinds

    def _period(self, chosen: Mention, own: list[Mention]) -> tuple[str, str] | None:
        """The event's period when the text gives its bounds apart: stages ("from 19 to 23
        September and from 21 to 25 November"), a start and an end ("started on 1 June and
        will last until 31 October", "completed on 4 September ... started on 1 September")."""
        start, end = str(chosen.normalized["start"]), str(chosen.normalized.get("end") or "")
        changed = False
        for other in own:
            if other is chosen or other.start < chosen.end:
                continue
            if _STAGE_JOINT.fullmatch(self.text, chosen.end, other.start):
                end, changed = str(other.normalized.get("end") or end), True
            break
        near = [d for d in own if d is not chosen
                and abs(d.sentence - chosen.sentence) <= BOUND_SENTENCES]
        if self._bound(chosen) != "start":
            # "carried out on 27 and 28 October ... an investigation running since June"
            starts = [d for d in near if (self._bound(d) == "start" or (
                          self._bound(d) == "since" and d.sentence == chosen.sentence))
                      and _finer(d)
                      and str(d.normalized["start"]) < start]
            if starts:
                start, changed = str(starts[-1].normalized["start"]), True
        if self._bound(chosen) != "end":
            ends = [d for d in near if self._bound(d) == "end" and _finer(d)
                    and str(d.normalized.get("end") or "") > (end or start)]
            if ends:
                end, changed = str(ends[0].normalized["end"]), True
        return (start, end or start) if changed else None

    def _duration_days(self, chosen: Mention, draft: Draft, owner: dict[int, Draft]) -> int | None:
        """Days covered by a one-day date extended by a duration in the same or next sentence
        ("opened today ... the two-day session")."""
        norm = chosen.normalized
        if norm.get("start") != norm.get("end") or norm.get("precision") != "day":
            return None
        for mention in self.mentions:
            if (mention.label != "DATE" or mention.normalized.get("kind") != "duration"
                    or owner.get(mention.sentence) is not draft
                    or not 0 <= mention.sentence - chosen.sentence <= 1):
                continue
            found = _DURATION.fullmatch(str(mention.normalized.get("timex")
                                            or mention.normalized.get("duration") or ""))
            if found:
                days = int(found.group(1)) * (7 if found.group(2) == "W" else 1)
                return days if 1 < days <= 31 else None
        return None

    # -- roles ----------------------------------------------------------------------------

    def _is_news_source(self, mention: Mention) -> bool:
        if mention.label != "ORG":
            return False
        found = self._sources.get(mention.start)
        if found is None:
            found = self._sources[mention.start] = self._news_source(mention)
        return found

    def _news_source(self, mention: Mention) -> bool:
        norm = mention.normalized
        names = {str(norm.get(k) or "").lower() for k in ("id", "acronym", "name")}
        names.add(mention.text.lower())
        if names & self.rules.news_names:
            return True
        line_start = self.text.rfind("\n", 0, mention.start) + 1
        line_end = self.text.find("\n", mention.end)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
        if _BYLINE.fullmatch(line.strip()) or (
                self.text[mention.start - 1 : mention.start] == "("
                and self.text[mention.end : mention.end + 1] == ")"
                and _DATELINE_HEAD.match(self.text, line_start)
                and mention.start - line_start <= DATELINE_CHARS):
            return True  # "By KNA"; "MOMBASA, Nov 4 (KNA) –": the medium that reports
        rules, text = self.rules, self.text
        return bool(rules.news_after.match(text, mention.end, mention.end + NEWS_CONTEXT_CHARS)
                    or rules.news_before.search(text, max(0, mention.start - NEWS_CONTEXT_CHARS),
                                                mention.start))

    def _orgs_before_trigger(self, draft: Draft) -> list[Mention]:
        """The acting body: an organization named before a cue word of the event's type in the
        lead ("Officers of the Border Service found ...", "The FSB has shut down ..."), else
        the body the lead reports from ("..., the State Security Service said")."""
        if draft.trigger is None:
            return []
        lead = range(self.lead_last + 1)
        orgs = [m for sentence in lead for m in self.by_sentence.get(sentence, ())
                if self._acting_body(m)]
        title_end = self._title_end()
        cues = [c for c in self.cues if c.cue.type == draft.type and c.sentence in lead]
        # the body's sentences name the acting units in full; the headline shortens them
        for in_body in (True, False):
            for cue in cues:
                if (cue.start >= title_end) != in_body:
                    continue
                before = [m for m in orgs if m.sentence == cue.sentence and m.end <= cue.start]
                if before:
                    return self._org_list(before[0], orgs)
        body = [m for m in orgs if m.start >= title_end] or orgs
        return self._org_list(body[0], orgs) if body else []

    def _seizing_body(self, draft: Draft) -> list[Mention]:
        """The body named first in a local result's sentence with a seizure word, before
        that word, when nothing else stands between the sentence's start and it."""
        for cue in self.cues:
            if cue.cue.type != "seizure" or cue.sentence not in draft.sentences:
                continue
            start = self.lay.sentences[cue.sentence][0]
            bodies = [m for m in self.by_sentence[cue.sentence]
                      if m.end <= cue.start and self._acting_body(m)]
            if bodies and _SENTENCE_OPENING.fullmatch(self.text, start, bodies[0].start):
                return self._org_list(bodies[0], bodies)
        return []

    def _acting_body(self, mention: Mention) -> bool:
        """An organization that is not the news source, or a demonym naming a force
        ("Iranian police", "Ecuadorean police"; not "a Brazilian citizen")."""
        if mention.label == "ORG":
            return not self._is_news_source(mention)
        return mention.label == "NORP" and bool(
            self.rules.force_nouns.match(self.text, mention.end))

    def _org_list(self, first: Mention, orgs: list[Mention]) -> list[Mention]:
        """``first`` and the bodies joined to it by "and" ("RCMP and CBSA dismantle ..."); an
        acronym in brackets after a name is the same body."""
        chosen = [first]
        for mention in orgs:
            if mention.start <= chosen[-1].start:
                continue
            if (self.text[mention.start - 1 : mention.start] == "("
                    and not self.text[chosen[-1].end : mention.start - 1].strip()):
                continue  # "... Police (RCMP) and the CBSA": the acronym of the body before
            if _ORG_JOINT.fullmatch(self.text, chosen[-1].end, mention.start):
                chosen.append(mention)
            else:
                break
        return chosen

    def _name_genitive_orgs(self, draft: Draft) -> list[Mention]:
        """'the operation "Steppe Gate" of the CSTO': the body named right after the name."""
        found = []
        for mention in draft.mentions:
            link = _NAME_GENITIVE.match(self.text, mention.end)
            if link is None:
                continue
            found.extend(m for m in self.by_sentence[mention.sentence]
                         if m.label == "ORG" and m.start == link.end())
        return found[:1]

    def _dateline_place(self) -> Mention | None:
        for mention in self.mentions:
            if mention.label != "LOC" or mention.start > 200:
                continue
            line_start = self.text.rfind("\n", 0, mention.start) + 1
            if self.text[line_start : mention.start].strip():
                continue
            if _DATELINE_TAIL.match(self.text, mention.end):
                return mention
        return None

    def _topic_start(self, sentence: int) -> int:
        """Where the sentence's first topic verb ("discussed") starts (the text's end if none)."""
        return self._topic_starts.get(sentence, len(self.text))

    def _assign_roles(self, owner: dict[int, Draft], main: Draft) -> None:
        lead_last = self.lead_last
        anchors: dict[int, set[int]] = {}  # id(draft) -> sentences of its name and trigger
        for match in self.role_cues:
            draft = owner[match.sentence]
            if match.sentence in self.background:
                continue
            if draft.type == "statement":
                continue  # a statement's body is its speaker's, not a role in the text
            if match.cue.role != "location" and self._topic_start(match.sentence) < match.start:
                continue  # "the parties discussed the participation of X": a topic
            if match.cue.priority < 2 and match.sentence > lead_last:
                own = anchors.get(id(draft))
                if own is None:
                    own = anchors[id(draft)] = {m.sentence for m in draft.mentions}
                    if draft.trigger is not None:
                        own.add(draft.trigger.sentence)
                if match.sentence not in own:
                    continue  # weak cues ("in", "at the") only near the event's own mention
            target = draft
            summit = self.summit
            if (summit is not None and match.cue.role in ("location", "organizer")
                    and match.sentence <= summit.trigger.sentence):  # type: ignore[union-attr]
                target = summit  # the venue and chair of the summing-up meeting
            if match.cue.event_types and (target.type not in match.cue.event_types
                                          or (target.part_of is not None
                                              and not target.sub_result)):
                # the body that seized organized its seizure, also a local result of a named
                # operation; in a stage of the operation it takes part
                continue
            for assignment in self._entities_of(match):
                if self._is_news_source(assignment.mention):
                    continue
                if (match.cue.role == "location" and assignment.distance > 2
                        and self._route_place(assignment.mention)):
                    continue
                if (match.cue.role == "location" and match.cue.priority < 2
                        and assignment.mention.label == "LOC"
                        and not assignment.mention.normalized.get("country_iso2")):
                    continue  # "in Latin America": a scope, not a venue
                if assignment.mention.label in ROLE_LABELS or match.cue.role in (
                        "location", "participant"):
                    target.roles.append(assignment)
        for draft in {id(d): d for d in owner.values()}.values():
            draft.organizer_agents = self._name_genitive_orgs(draft)
            if draft.follow_up:  # "NCA officers then arrested three men"
                draft.organizer_agents = self._subject_orgs(min(draft.sentences))
            elif draft.sub_result and not draft.organizer_agents:
                # "Kazakh police, in cooperation with Kyrgyz colleagues, seized ...": the
                # force that opens the local result's sentence before its seizure word
                draft.organizer_agents = self._seizing_body(draft)
        if main.type in AGENT_TYPES or main.type == "statement":
            main.organizer_agents = main.organizer_agents or self._orgs_before_trigger(main)
            if main.type == "statement" and not main.organizer_agents:
                orgs = [m for m in self.mentions
                        if m.label == "ORG" and not self._is_news_source(m)]
                main.organizer_agents = orgs[:1]
        main.fallback_location = self._dateline_place()
        if main.type == "operation":
            main.agents.extend(self._result_rows_countries())

    def _result_rows_countries(self) -> list[Mention]:
        """Countries heading the rows of a results list ("- Spain: 15 arrests, ...", "France,
        Italy and Croatia: 11 arrests in total"): they took part in the operation."""
        found: list[Mention] = []
        for match in _RESULT_ROW.finditer(self.text):
            line_mentions = [m for m in self.by_sentence[self.lay.sentence_of(match.end())]
                             if match.end() <= m.start]
            row: list[Mention] = []
            cursor = match.end()
            for mention in line_mentions:
                if mention.label != "COUNTRY" or not _ROW_JOINT.fullmatch(
                        self.text, cursor, mention.start):
                    break
                row.append(mention)
                cursor = mention.end
            if row and self.text.startswith(":", cursor):
                found.extend(row)
        return found

    # -- quantities -----------------------------------------------------------------------

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
        return category_of(self._what(mention), self.rules)[1]

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
        if what and (self._generic(str(what)) == "drugs" or str(what).lower() in known):
            return self._generic(str(what)), True
        for substance in substances:
            if 0 <= substance.start - quantity.end <= 40 and _OF_LINK.fullmatch(
                    text[quantity.end : substance.start]):
                return self._substance_name(substance), True
            if 0 <= quantity.start - substance.end <= 4 and _ROW_LINK.fullmatch(
                    text[substance.end : quantity.start]):
                return self._substance_name(substance), True
        earlier = [s for s in substances
                   if s.sentence == quantity.sentence and s.end <= quantity.start]
        if earlier:
            return self._substance_name(earlier[-1]), True
        if what:
            return self._generic(str(what)), False
        if len(known) == 1:  # the one substance the item speaks of ("the tablets weighed")
            return self._substance_name(substances[0]), False
        return None, False

    def _known_substances(self, substances: list[Mention]) -> set[str]:
        if self._known is None:
            self._known = {self._substance_name(s).lower() for s in substances}
        return self._known

    def _substance_name(self, substance: Mention) -> str:
        return self._generic(str(substance.normalized.get("name") or substance.text))

    def _generic(self, name: str) -> str:
        return self.rules.generic_substances.get(name.lower(), name)

    def _assign_quantities(self, owner: dict[int, Draft], subs: dict[int, Draft],
                           main: Draft) -> None:
        substances = [m for m in self.mentions if m.label == "SUBSTANCE"]
        seizure_sentences = {c.sentence for c in self.cues if c.cue.type == "seizure"}
        table_rows: set[int] = set()
        last_substance: str | None = None
        for mention in self.mentions:
            if mention.label != "QUANTITY":
                continue
            if mention.sentence in self.background and main.type != "other":
                continue
            draft = (subs.get(self.segments[mention.sentence]) if subs else None) or owner[
                mention.sentence]
            norm = mention.normalized
            kind = norm.get("kind")
            what = self._what(mention)
            if kind in SEIZURE_KINDS or (kind == "count" and self._drug_units(mention)):
                if self._not_seized(mention, draft, seizure_sentences, table_rows):
                    continue
                substance, linked = self._substance_of(mention, substances)
                if self.rules.same_substance_after.match(self.text, mention.end) and last_substance:
                    substance, linked = last_substance, True  # "8,400 litres of the same"
                near_cue = bool({mention.sentence - 1, mention.sentence, mention.sentence + 1}
                                & seizure_sentences)
                if not linked and not near_cue and not (kind == "count" and substance):
                    continue
                seizure = {
                    "substance": substance, **quantity_fields(norm),
                    "unit": norm.get("unit"), "kg": norm.get("kg"),
                    "start": mention.start, "end": mention.end, "paragraph": mention.paragraph,
                    "counted": kind == "count",
                }
                if draft.place is not None:
                    seizure["location"] = draft.place.ref()
                    seizure["country_iso2"] = _iso2(draft.place)
                draft.seizures.append(seizure)
                last_substance = substance or last_substance
            elif kind == "count" and what:
                row = self._table_row(mention)
                if row is not None and self._regional_row(row, mention):
                    continue  # a breakdown by region ("Brest region | 128.9 | 517")
                category = self._count_category(mention, what)
                if category is None:
                    continue  # packaging, or a number of the story's context
                draft.counts.append({
                    "what": what, **quantity_fields(norm), "start": mention.start,
                    "end": mention.end, "category": category,
                })

    def _not_seized(self, mention: Mention, draft: Draft, seizure_sentences: set[int],
                    table_rows: set[int]) -> bool:
        """Amounts that are no seizure of this event: a later column of a table row (another
        period), a row of a breakdown by region, an estimate in a sentence without a seizure
        word, an amount of a sentence dated only outside the event's period."""
        if str(mention.normalized.get("unit") or "").lower() in self.rules.dose_units:
            return True  # "tramadol 225mg": a tablet's strength
        if _PER_UNIT_BEFORE.search(self.text, max(0, mention.start - 30), mention.start) or (
                _PER_UNIT_AFTER.match(self.text, mention.end)):
            return True  # "106 packets, each weighing about 2 kg": one unit's weight
        if _PART_BEFORE.search(self.text, max(0, mention.start - 20), mention.start):
            place = _PLACE_AFTER.match(self.text, mention.end)
            if place is not None and any(
                    m.label in PLACE_LABELS and m.start == place.end()
                    for m in self.by_sentence[mention.sentence]):
                return True  # "31.2 t, of which 19.6 t in the ports of Le Havre": by place
        what = mention.normalized.get("what")
        if what and not self.rules.other_goods.isdisjoint(_WORDS.findall(str(what).lower())):
            return True  # "3,600 litres of petrol": goods, no drugs
        row = self._table_row(mention)
        if row is not None:
            if row in table_rows or self._regional_row(row, mention):
                return True
            table_rows.add(row)
        if (mention.sentence not in self._seized_sentences
                and mention.sentence in self.estimate_sentences):
            return True
        return self._other_period(mention, draft)

    def _table_row(self, mention: Mention) -> int | None:
        """The start of the table row (a line with "|" or tab cells) holding ``mention``."""
        line_start = self.lay.paragraphs[mention.paragraph][0]  # paragraphs are lines
        if line_start not in self._rows:
            self._rows[line_start] = self._row_at(line_start)
        return self._rows[line_start]

    def _row_at(self, line_start: int) -> int | None:
        line_end = self.text.find("\n", line_start)
        line_end = line_end if line_end >= 0 else len(self.text)
        cells = max(self.text.count("|", line_start, line_end),
                    self.text.count("\t", line_start, line_end))
        if cells >= 2:
            return line_start
        if cells == 1:  # a two-column table: the line above also has a cell border
            above = self.text.rfind("\n", 0, max(line_start - 1, 0)) + 1
            if line_start and ("|" in self.text[above:line_start]
                               or "\t" in self.text[above:line_start]):
                return line_start
        return None

    def _regional_row(self, row: int, mention: Mention) -> bool:
        """A row headed by a place ("Brest region | 128.9 | 517"): a breakdown by region."""
        first_cell_end = min((i for i in (self.text.find("|", row), self.text.find("\t", row))
                              if i >= 0), default=mention.start)
        return any(m.label in ("LOC", "COUNTRY") and row <= m.start < first_cell_end
                   for m in self.mentions)

    def _other_period(self, mention: Mention, draft: Draft) -> bool:
        """"Spanish authorities seized 118 tonnes in 2023" in a report of an October 2024
        seizure: every date of the sentence lies outside the event's own period."""
        if not draft.dates:
            return False
        own = draft.dates[0].normalized
        first, last = draft.period or (own.get("start"), own.get("end") or own.get("start"))
        if not first:
            return False
        key = (mention.sentence, id(draft))
        if key in self._other_periods:
            return self._other_periods[key]
        if self._bound(draft.dates[0]) in OPEN_BOUNDS:
            last = "9999"  # "the investigation, which began in 2022": open to this day
        # "will face court today": a relative date after the event is the report's time
        dates = [m for m in self.by_sentence[mention.sentence]
                 if m.label == "DATE" and self._usable_date(m) and not self._compared(m)
                 and not (m.normalized.get("kind") == "relative"
                          and str(m.normalized["start"]) > str(last or first))]
        outside = bool(dates) and all(
            (str(d.normalized.get("end") or d.normalized["start"]) < str(first)
             and self._bound(d) != "start")  # "the investigation, which started in 2022"
            or str(d.normalized["start"]) > str(last or first) for d in dates)
        if not outside and dates and first == last:
            # a one-day event: "so far in 2025 the navy has seized 94.6 tons" is a running
            # total over a period holding that day, not this event's amount
            outside = all(self._bound(d) == "since" or (
                _span_days(d) > SUMMARY_DAYS and self._bound(d) != "start") for d in dates)
        self._other_periods[key] = outside
        return outside

    def _investigation(self, draft: Draft) -> bool:
        """A result paragraph telling an operation of its own: an operation word in the
        sentence of its date, which opens a period ("The investigation, led by ..., started
        in 2022")."""
        if not draft.dates or draft.period is not None:
            return False
        date = draft.dates[0]
        return self._bound(date) == "start" and any(
            c.cue.type == "operation" and c.sentence == date.sentence and c.end <= date.start
            for c in self.cues)

    def _summary_period(self, draft: Draft) -> bool:
        """The draft is dated over more than ``SUMMARY_DAYS`` days (a quarter, a year,
        "between April and June"): figures of a period, not one interdiction."""
        if not draft.dates:
            return False
        bound = self._bound(draft.dates[0]) if draft.period is None else None
        if bound == "since":
            return True  # "seized 41 tons since 1 January": figures of a period to this day
        if bound == "start" or draft.period is not None:
            # "the investigation started in 2022": open to this day; bounds given apart
            # ("carried out on 27 and 28 October ... running since June"): one event's extent
            return False
        norm = draft.dates[0].normalized
        first, last = draft.period or (norm.get("start"), norm.get("end"))
        try:
            days = (date_cls.fromisoformat(str(last)) - date_cls.fromisoformat(str(first))).days
        except ValueError:
            return False
        return days >= SUMMARY_DAYS

    def _action_type(self, main: Draft, subs: dict[int, Draft]) -> str:
        """An unnamed interdiction's type from its extent: one interdiction happens on one
        day, so a "seizure" dated over several days (up to a month; longer is a summary) is
        an operation, and an "operation" dated on one day with seized amounts, no local
        results of its own and few arrests is one seizure."""
        days = self._date_days(main)
        if days is None:
            return main.type
        if (main.type == "seizure" and main.period is None
                and main.dates[0].normalized.get("precision") in CALENDAR_PRECISIONS):
            return "other"  # "In February 2025, border guards seized ...": a month's figures
        if main.type == "seizure" and days >= 1 and (days <= SUMMARY_DAYS
                                                      or main.period is not None):
            return "operation"
        if (main.type == "operation" and days == 0 and main.seizures
                and not any(self._same_episode(sub, main) for sub in subs.values())
                and not self._many_arrests(main)):
            for sub in subs.values():
                sub.part_of = None  # "on Thursday, police in Casablanca had seized": apart
            return "seizure"
        return main.type

    def _same_episode(self, sub: Draft, main: Draft) -> bool:
        """A local result undated or dated on the main event's day (a result of it); a result
        dated on another day is an interdiction of its own ("In a separate action ... on
        Sunday")."""
        if not sub.dates or not main.dates:
            return True
        day = str(main.dates[0].normalized.get("start"))
        norm = sub.dates[0].normalized
        first, last = sub.period or (norm.get("start"), norm.get("end") or norm.get("start"))
        if sub.period is None and self._bound(sub.dates[0]) in OPEN_BOUNDS:
            last = "9999"  # "The investigation ... started in 2022": runs to the report
        return str(first) <= day <= str(last)

    def _date_days(self, draft: Draft) -> int | None:
        """Days between the first and last day of the draft's date (None if undated or
        open-ended)."""
        if not draft.dates:
            return None
        norm = draft.dates[0].normalized
        first, last = draft.period or (norm.get("start"), norm.get("end"))
        if draft.period is None and self._bound(draft.dates[0]) in OPEN_BOUNDS:
            return None
        try:
            return (date_cls.fromisoformat(str(last))
                    - date_cls.fromisoformat(str(first))).days
        except ValueError:
            return None

    def _many_arrests(self, draft: Draft) -> bool:
        """Arrests of at least ``OPERATION_ARRESTS`` people, in an item that also speaks of
        an operation or investigation: more than one interdiction."""
        arrests = sum(c["value"] or 0 for c in dedupe_counts(draft.counts)  # a headline's too
                      if c.get("category") == "arrests")
        return arrests >= OPERATION_ARRESTS and any(
            c.cue.type == "operation" for c in self.cues)

    def _count_category(self, mention: Mention, what: str) -> str | None:
        """The category of an event count, None when the number is no result of an event:
        a noun of no category ("four regions", "244 million users"), packaging of a seized
        amount ("146 bales"), a category whose sentence lacks its word ("two Colombians" is
        no arrest count unless they were arrested or detained)."""
        if self._breakdown(mention):
            return None
        category = self._context_category(mention, what)
        if category is None:
            entry = count_entry(what, self.rules)
            if entry is None or not entry.event_count or entry.seizure:
                return None
            category = entry.category
        check = self.rules.count_checks.get(category)
        if check is None or (check.sentence is None and check.before is None):
            return category
        sentence_start, sentence_end = self.lay.sentences[mention.sentence]
        if check.sentence is not None and check.sentence.search(
                self.text, sentence_start, sentence_end):
            return category
        if check.before is not None and check.before.search(
                self.text[max(sentence_start, mention.start - 30) : mention.start]):
            return category
        return None

    def _breakdown(self, mention: Mention) -> bool:
        """A part of a total counted just before, in apposition: "Five crew members, three
        Kenyans and two Tanzanians" (the parts add up to the total); a row of a results list
        by country ("- Belgium: 19 arrests")."""
        counts = [m for m in self.by_sentence[mention.sentence] if m.label == "QUANTITY"
                  and m.normalized.get("kind") == "count" and m.end <= mention.start]
        if counts:
            parts: list[Mention] = [mention]
            for earlier in reversed(counts):
                gap = self.text[earlier.end : parts[0].start]
                if not _APPOSITION.fullmatch(gap):
                    break
                parts.insert(0, earlier)
            if len(parts) >= 3:
                total = parts[0].normalized.get("value")
                rest = [p.normalized.get("value") or 0 for p in parts[1:]]
                if total and sum(rest) == total:
                    return True
        return self._row_countries(mention)

    def _row_countries(self, mention: Mention) -> bool:
        """The count is in a results row headed by countries ("- Spain: 15 arrests")."""
        line_start = self.text.rfind("\n", 0, mention.start) + 1
        bullet = _RESULT_ROW.match(self.text, line_start)
        if bullet is None:
            return False
        colon = self.text.find(":", bullet.end(), mention.start)
        return colon >= 0 and any(
            m.label == "COUNTRY" and bullet.end() <= m.start < colon
            for m in self.by_sentence[mention.sentence])

    def _context_category(self, mention: Mention, what: str) -> str | None:
        """The category a word after the counted noun gives ("2 smugglers were killed"), or
        a word right before the number ("killing two traffickers")."""
        sentence_start, sentence_end = self.lay.sentences[mention.sentence]
        before = _WORDS.findall(self.text[max(sentence_start, mention.start - 30)
                                          : mention.start].lower())
        if before and before[-1] in self.rules.before_categories:
            return self.rules.before_categories[before[-1]]
        after = self.text[mention.end : sentence_end].lower()
        noun_end = after.find(what.lower())
        tail = after[noun_end + len(what):] if noun_end >= 0 else after
        words = _WORDS.findall(tail)[:3]
        for size in (2, 1):
            for index in range(len(words) - size + 1):
                category = self.rules.context_categories.get(" ".join(words[index:index + size]))
                if category:
                    return category
        return None

    # -- records --------------------------------------------------------------------------

    def _finish(self, drafts: list[Draft]) -> list[dict[str, Any]]:
        self._drop_title_restatements(drafts)
        drafts.sort(key=lambda d: (d.sub_result, d.first_offset))
        for number, draft in enumerate(drafts, start=1):
            draft.id = f"e{number}"
        return [self._record(d) for d in drafts]

    def _place_list(self, mention: Mention) -> bool:
        """Whether the place is one of a list of places ("in Algeciras, La Línea and San
        Roque"): joined to another by "and"/"or", or by commas to two others ("Ikeja, Lagos"
        is a place and the city holding it, no list)."""
        places = [m for m in self.by_sentence[mention.sentence] if m.label == "LOC"]
        index = next((i for i, m in enumerate(places) if m is mention), None)
        if index is None:
            return False
        first = last = index
        while first > 0 and _LIST_JOINT.fullmatch(self.text, places[first - 1].end,
                                                  places[first].start):
            first -= 1
        while last + 1 < len(places) and _LIST_JOINT.fullmatch(self.text, places[last].end,
                                                               places[last + 1].start):
            last += 1
        joints = [self.text[places[i].end : places[i + 1].start] for i in range(first, last)]
        return last - first >= 2 or any(_AND_OR.search(j) for j in joints)

    def _title_end(self) -> int:
        """Where the item's headline ends (0 without one)."""
        title_end = self.doc.user_data.get(TITLE_END_KEY)
        return title_end if isinstance(title_end, int) else 0

    def _drop_title_restatements(self, drafts: list[Draft]) -> None:
        """A headline's rounded figure ("Over 1.5 tons of marijuana seized in ...") that
        restates the body's figure of another event of the item is not repeated."""
        title_end = self.lay.sentences[0][1] if len(self.lay.sentences) > 1 else 0
        for draft in drafts:
            kept = []
            for seizure in draft.seizures:
                if seizure["start"] < title_end and any(
                        _restated(seizure, other) for d in drafts if d is not draft
                        for other in d.seizures if other["start"] >= title_end):
                    continue
                kept.append(seizure)
            draft.seizures = kept

    def _address_head(self, place: Mention) -> Mention:
        """The first place of an address the place ends ("Rio Brilhante, Mato Grosso do Sul";
        "Barangay Anabu, Imus City, Cavite"): the finest of them."""
        earlier = [m for m in self.by_sentence[place.sentence]
                   if m.label == "LOC" and m.end <= place.start]
        head = place
        for mention in reversed(earlier):
            if (not _ADDRESS_JOINT.fullmatch(self.text, mention.end, head.start)
                    or self.rules.broad_places.search(mention.text)):
                break  # "Sughd region, Isfara district" runs from the region down
            head = mention
        return head

    def _facility_place(self, draft: Draft, place: Mention) -> Mention | None:
        """A facility or crossing of the place's country that the event's own sentences name
        ("at the port of Lázaro Cárdenas", "Lebombo border post"), not a route's end."""
        iso2 = place.normalized.get("country_iso2")
        # the sentences of the place and of the event's amounts, not another episode's port
        amounts = {self.lay.sentence_of(s["start"]) for s in draft.seizures}
        for sentence in sorted(amounts | {place.sentence}):
            for mention in self.by_sentence[sentence]:
                if (mention.label == "LOC" and mention is not place
                        and mention.normalized.get("country_iso2") in (iso2, None)
                        and self.rules.facility_places.search(mention.text)
                        and not self._route_place(mention)):
                    return mention
        return None

    def _finer_place(self, draft: Draft, broad: Mention) -> Mention | None:
        """A place in a region the event's own sentences name ("Khatlon region, Panj
        district"; "in Sistan and Baluchestan province ... near the city of Saravan"):
        the first LOC of the same country without a region word, not a route's end."""
        iso2 = broad.normalized.get("country_iso2")
        for sentence in sorted(draft.sentences | {broad.sentence}):
            for mention in self.by_sentence[sentence]:
                if (mention.label == "LOC" and mention is not broad
                        and mention.normalized.get("country_iso2") == iso2
                        and not self.rules.broad_places.search(mention.text)
                        and not self._route_place(mention)):
                    return mention
        return None

    def _counted_in(self, count: dict[str, Any], event_type: str) -> bool:
        """Whether a count's category belongs to events of this type (units of equipment
        to an exercise, not to a seizure)."""
        check = self.rules.count_checks.get(count.get("category") or "")
        return check is None or not check.event_types or event_type in check.event_types

    def _record(self, draft: Draft) -> dict[str, Any]:
        evidence = list(draft.evidence)
        evidence.extend((m.start, m.end) for m in draft.mentions)
        if draft.trigger is not None and not draft.mentions:
            evidence.append((draft.trigger.start, draft.trigger.end))
        start_date = end_date = None
        open_ended = False
        if draft.type == "statement":  # said on a day, not over "the past year"
            draft.dates = [d for d in draft.dates if d.normalized.get("precision") == "day"]
        if draft.dates:
            date = draft.dates[0]
            start_date, end_date = name_year(draft.name, date.normalized)
            if draft.period is not None:
                start_date, end_date = name_year(
                    draft.name, {**date.normalized, "start": draft.period[0],
                                 "end": draft.period[1]})
            if draft.span_days and isinstance(start_date, str):
                end_date = (date_cls.fromisoformat(start_date)
                            + timedelta(days=draft.span_days - 1)).isoformat()
            open_ended = (draft.period is None and draft.type in OPEN_ENDED_TYPES
                          and self._bound(date) in OPEN_BOUNDS)
            open_ended = open_ended or draft.open_end
            if open_ended:  # "the investigation began in February 2024": no end given
                end_date = None
            evidence.append((date.start, date.end))
        location = None
        roles = draft.roles
        if draft.type == "operation":
            # an operation spans places: a bare "in" does not place it ("leaders detained in
            # Marbella"), nor a place of a list ("searches in Algeciras, La Línea and ...")
            roles = [a for a in roles if a.cue.cue.priority >= OPERATION_PLACE_PRIORITY
                     and not self._place_list(a.mention)]
        chosen = best_location(roles, self._title_end())
        own_place = draft.place if draft.place is not None and draft.place.label != "NORP" else None
        fallback = None if draft.type in _NO_DATELINE_PLACE_TYPES else draft.fallback_location
        place = chosen.mention if chosen is not None else (own_place or fallback)
        if place is not None and place.label == "LOC" and self.rules.broad_places.search(
                place.text):
            place = self._finer_place(draft, place) or place
        if place is not None and place.label == "LOC" and draft.type == "seizure":
            place = self._address_head(place)
            if not self.rules.facility_places.search(place.text):
                place = self._facility_place(draft, place) or place
        if place is not None:
            location = place.ref()
            evidence.append((place.start, place.end))
        lists = role_lists(draft.roles)
        if not lists["organizer"]:
            lists["organizer"] = list(draft.organizer_agents)
        if draft.type != "other":  # a court hears the case later; it organizes a verdict only
            for role in ("organizer", "participant"):
                lists[role] = [m for m in lists[role]
                               if m.label != "ORG" or not self.rules.courts.search(m.text)]
            draft.agents = [m for m in draft.agents
                            if m.label != "ORG" or not self.rules.courts.search(m.text)]
        organizer_keys = {m.key for m in lists["organizer"]}
        lists["participant"] = [m for m in lists["participant"] if m.key not in organizer_keys]
        known = {m.key for ms in lists.values() for m in ms}
        for agent in draft.agents:
            if agent.key not in known:
                lists["participant"].append(agent)
                known.add(agent.key)
        for mentions in lists.values():
            evidence.extend((m.start, m.end) for m in mentions)
        if draft.type in NO_SEIZURE_TYPES:
            draft.seizures = []  # figures recalled at a meeting or training are not its own
        named = [s for s in draft.seizures if s.get("substance")]
        # an amount of nothing named beside named ones: packaging ("loaded in 76 barrels")
        seizures = dedupe_seizures(named or draft.seizures)
        if draft.type == "seizure" and place is not None:
            for seizure in seizures:
                seizure["country_iso2"] = seizure.get("country_iso2") or _iso2(place)
        counts = dedupe_counts([c for c in draft.counts if self._counted_in(c, draft.type)])
        for count in counts:
            check = self.rules.count_checks.get(count.get("category") or "")
            if check is not None:
                count["category"] = check.in_types.get(draft.type, count["category"])
        for item in (*seizures, *counts):
            item.pop("paragraph", None)
            item.pop("counted", None)
            evidence.append((item["start"], item["end"]))
        return {
            "id": draft.id,
            "type": draft.type,
            "name": draft.name,
            "start_date": start_date,
            "end_date": end_date or (None if open_ended else start_date),
            "location": location,
            "organizers": [m.ref() for m in lists["organizer"]],
            "participants": [m.ref() for m in lists["participant"]],
            "observers": [m.ref() for m in lists["observer"]],
            "seizures": seizures,
            "counts": counts,
            "evidence": sorted(set(evidence)),
            "part_of": draft.part_of.id if draft.part_of is not None else None,
            "same_as": [],
        }


def _restated(headline: dict[str, Any], body: dict[str, Any]) -> bool:
    """The same substance and about the same mass (the headline rounds it)."""
    if (headline.get("substance") or "").lower() != (body.get("substance") or "").lower():
        return False
    a, b = headline.get("kg"), body.get("kg")
    return bool(a and b) and abs(a - b) / max(a, b) <= RESTATED_TOLERANCE


def _span_days(date: Mention) -> int:
    """Days between a DATE's first and last day (0 when unknown)."""
    norm = date.normalized
    try:
        return (date_cls.fromisoformat(str(norm.get("end") or norm["start"]))
                - date_cls.fromisoformat(str(norm["start"]))).days
    except (KeyError, ValueError):
        return 0


def _finer(date: Mention) -> bool:
    """A date precise enough to bound an event ("began in 2022" is only background)."""
    return date.normalized.get("precision") in ("day", "week", "month")


def _iso2(place: Mention) -> str | None:
    value = place.normalized.get("iso2") or place.normalized.get("country_iso2")
    return str(value) if value else None


def assemble_events(doc: Doc, rules: EventRules) -> list[dict[str, Any]]:
    """Event dicts (schema.Event shape, offsets into ``doc``) of one news item."""
    if not len(doc):
        return []
    matches = split_matches(rules, doc)
    if not matches["event"]:
        return []  # no event word at all: nothing to assemble
    return _Assembler(doc, rules, matches).run()

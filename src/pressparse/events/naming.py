"""Finding an item's events: named events grouped by name and typed by the nearest event
word, quoted names, the unnamed main event of the lead, and name keys."""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc

from .draft import Draft
from .mentions import EventCueMatch, Mention
from .results import EPISODE_WORDS_FILE, kind_alternatives

NAME_CUE_BEFORE = 6  # tokens between a cue word and the name it precedes ("operation of the X")
NAME_CUE_AFTER = 3  # tokens between a name and the cue word after it ("'X' exercise")
QUOTED_NAME_CUE_BEFORE = 12  # a quoted name closing the phrase of its event word
LEAD_SENTENCES = 2
LIST_HEAD_ROWS = 20  # rows of a list read up to its head line
# a list row's marker: a bullet, a dash, "1.", "a)", "(2)"
_LIST_ROW = re.compile(r"[ \t]*(?:[•●▪◦*·–—-]|\(?(?:\d{1,2}|[a-z])[.)])[ \t]+")
NAME_LABELS = ("ORG", "LOC")  # an event word inside these names is part of the name
_NAME_DASH = re.compile(r"\s*[-–—]\s*")
_YEAR_SUFFIX = re.compile(r"(?:19|20)\d\d")  # the year a name's edition carries
# "Operation Rausim Drak" -> "Rausim Drak": the event noun heading a name is no part of it
# (episode_words.jsonl kind name_noun), as the guide writes names
_NAME_NOUN_HEAD = re.compile(
    rf"(?:{kind_alternatives(EPISODE_WORDS_FILE, 'name_noun')})"
    r"\s+(?=[\"“«„']?[A-Z0-9])", re.IGNORECASE)
# 'the operation "Doza" ("Dose")': a name's translation in brackets right after it
_GLOSS = re.compile(r"[\"“”»']?\s*\(\s*[\"“«„']?([^()\"“”«»„\n]{1,40}?)[\"”»']?\s*\)")
# a numbered entry of a digest: a whole report on its line, not a section heading ("2. Results")
_NUMBERED_ENTRY = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|\(\d{1,2}\))[ \t]+(?=[^\n]{80})",
                             re.MULTILINE)


def _name_type(mentions: list[Mention], cues: list[EventCueMatch],
               text: str = "") -> tuple[str, EventCueMatch | None]:
    best: tuple[tuple[int, float], EventCueMatch] | None = None
    for cue in cues:
        if not cue.cue.names_event:
            continue
        for mention in mentions:
            distance = name_distance(cue, mention)
            if distance is None:
                # 'the exercise of the units of the rapid reaction forces "Search-2023"'
                far = name_distance(cue, mention, QUOTED_NAME_CUE_BEFORE)
                if far is None:
                    continue
                distance = far + NAME_CUE_BEFORE
            rank = (distance, -cue.cue.weight)  # nearest, then the more specific kind
            if best is None or rank < best[0]:
                best = (rank, cue)
    if best is not None:
        return best[1].cue.type, best[1]
    head = _list_head_cue(mentions[0], cues, text) if text else None
    if head is not None:
        return head.cue.type, head
    kind = next((m.normalized.get("kind") or m.normalized.get("type") for m in mentions
                 if m.normalized.get("kind") or m.normalized.get("type")), None)
    return (kind if isinstance(kind, str) else "operation"), None


def _list_head_cue(mention: Mention, cues: list[EventCueMatch],
                   text: str) -> EventCueMatch | None:
    """The event word of the line heading the list whose row names the event, when no
    word stands near the name itself ("The training will include three exercises:" over
    "• with reconnaissance forces - "Search-2026", 15-18 September"): the rows are of the
    kind the head names. The head is the first line above the row's run of rows, ending
    in a colon."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    if _LIST_ROW.match(text, line_start) is None:
        return None
    for _ in range(LIST_HEAD_ROWS):
        if line_start == 0:
            return None
        head_start = text.rfind("\n", 0, line_start - 1) + 1
        head = text[head_start : line_start - 1]
        if not head.strip():
            return None  # a blank line: the list has no head
        if _LIST_ROW.match(head) is None:
            if not head.rstrip().endswith(":"):
                return None
            found = [c for c in cues if c.cue.names_event and head_start <= c.start
                     and c.end < line_start]
            return found[-1] if found else None
        line_start = head_start
    return None


def name_distance(cue: EventCueMatch, mention: Mention,
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


def named_drafts(mentions: list[Mention], cues: list[EventCueMatch],
                  text: str, series: re.Pattern[str]) -> list[Draft]:
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.label != "OPERATION" or series.match(text, mention.end):
            continue  # 'operations of the "Channel" series' name a series, not one event
        name = normalize_name(str(mention.normalized.get("name") or mention.text))
        groups[name_key(name)].append(mention)
    # "Operation Mak results" over 'the operation "Mak-2025"': one event, named with its year
    for key in list(groups):
        dated = [k for k in groups if k.startswith(key) and _YEAR_SUFFIX.fullmatch(k[len(key):])]
        if key and len(dated) == 1:
            groups[dated[0]].extend(groups.pop(key))
            groups[dated[0]].sort(key=lambda m: m.start)
    # 'THE "DOSE" OPERATION' over 'the operation "Doza" ("Dose")': the name's translation
    # in brackets is the same event, named as the text first names it in its original
    for key, group in list(groups.items()):
        for mention in group:
            gloss = _GLOSS.match(text, mention.end)
            other = name_key(gloss.group(1)) if gloss is not None else ""
            if other and other != key and other in groups and key in groups:
                group.extend(groups.pop(other))
                group.sort(key=lambda m: m.start)
    drafts = []
    for key, group in groups.items():
        if not key:
            continue
        event_type, trigger = _name_type(group, cues, text)
        named = [m for m in group
                 if name_key(normalize_name(str(m.normalized.get("name") or m.text))) == key]
        shown = min(named or group, key=lambda m: m.text.isupper())  # not the ALL-CAPS form
        name = normalize_name(str(shown.normalized.get("name") or shown.text))
        drafts.append(Draft(event_type, name, key, list(group), {m.sentence for m in group},
                            trigger))
    return drafts


# "previously convicted of", "had earlier been convicted": a person's record, no court event
# of the item (episode_words.jsonl kind record_before)
_RECORD_BEFORE = re.compile(
    rf"(?<![a-z])(?:{kind_alternatives(EPISODE_WORDS_FILE, 'record_before')})"
    r"(?:\s+been)?\s+$", re.IGNORECASE)
RECORD_REACH = 25  # chars before a cue searched for a record's word


def without_records(text: str, cues: list[EventCueMatch]) -> list[EventCueMatch]:
    """The cues less the words of a person's record ("a 29-year-old resident, previously
    convicted of drug crimes, was detained"): the person's past, not the item's event."""
    return [c for c in cues if c.cue.type != "other" or _RECORD_BEFORE.search(
        text, max(0, c.start - RECORD_REACH), c.start) is None]


def main_unnamed(cues: list[EventCueMatch], lead_end: int = LEAD_SENTENCES) -> Draft | None:
    """The item's one unnamed event: strongest cue type of the lead (sentences before
    ``lead_end``), else, when the lead holds no cue at all, of its next sentence (a minutes
    extract's "EXTRACT FROM THE MINUTES OF THE TWENTY-EIGHTH MEETING ..." under two header
    lines), else of the whole item."""
    if not cues:
        return None
    lead = [c for c in cues if c.sentence < lead_end]
    after_lead = [] if lead else [c for c in cues if c.sentence == lead_end]
    for pool in (lead, after_lead, cues):
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


def _first(cues: list[EventCueMatch], event_type: str) -> int:
    return next(c.start for c in cues if c.cue.type == event_type)


def without_digest_heading(text: str, cues: list[EventCueMatch]) -> list[EventCueMatch]:
    """A digest's heading ("Weekly anti-drug roundup", "WEEKLY PRESS BULLETIN") over the
    first of its numbered entries ("1. On April 7, ...", "(1) On Monday, ...") names the
    digest, not the entry's event: its summary cues are dropped when the entry has cues."""
    if not any(c.cue.type == "other" for c in cues):
        return cues  # no summary cue to drop
    entry = _NUMBERED_ENTRY.search(text)
    if entry is None:
        return cues
    kept = [c for c in cues if not (c.cue.type == "other" and c.end <= entry.start())]
    return kept if any(c.start >= entry.start() and c.cue.type != "statement"
                       for c in kept) else cues


def name_key(name: str) -> str:
    """A comparison key for event names: lowercase letters and digits only."""
    return "".join(c for c in name.lower() if c.isalnum())


def normalize_name(name: str) -> str:
    """An event name as the guidelines write it: no quotes, dashes as "-" without spaces,
    no event noun heading it ("Operation Rausim Drak" -> "Rausim Drak")."""
    name = name.strip("\"“”«»„' ")
    head = _NAME_NOUN_HEAD.match(name)
    if head is not None and name[:1].isupper():  # "Operation X", not "operation X"
        name = name[head.end():].strip("\"“”«»„' ")
    return _NAME_DASH.sub("-", name)


def name_label_hashes(doc: Doc) -> frozenset[int]:
    """Label hashes of named bodies and places: an event word inside them names no event."""
    strings = doc.vocab.strings
    return frozenset(strings.add(label) for label in NAME_LABELS)

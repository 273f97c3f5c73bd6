"""Assembling event dicts (schema.Event shape) from one item's entities and cues.

1. Named events: OPERATION mentions grouped by normalized name; the type comes from the
   nearest event cue next to the name ("operation 'X'", "'X' command-staff training").
2. Without a name, one main event whose type is the strongest cue of the lead sentences
   (then of the whole item); statements only when nothing else is there.
3. Each sentence belongs to the named event mentioned in it, else to the main event; dates,
   roles, locations, seizures and counts go to the sentence's event.
4. Paragraphs of an operation that report seizures at a place of their own (a region, another
   country) become seizure events ``part_of`` the operation, so totals and local results
   stay apart.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from .cues import EventRules
from .mentions import (
    PLACE_LABELS,
    ROLE_LABELS,
    SEIZURE_KINDS,
    EventCueMatch,
    Mention,
    event_cues_in,
    mentions_of,
    role_cues_in,
)
from .roles import RoleAssignment, best_location, entities_of_cue, role_lists
from .text import Layout, layout

NAME_CUE_BEFORE = 6  # tokens between a cue word and the name it precedes ("operation of the X")
NAME_CUE_AFTER = 3  # tokens between a name and the cue word after it ("'X' exercise")
LEAD_SENTENCES = 2
CONTAINER_TYPES = frozenset({"operation", "exercise", "other"})
AGENT_LABELS = frozenset({"ORG", "COUNTRY", "NORP"})
UNDATED_KINDS = frozenset({"duration", "set"})
_OF_LINK = re.compile(r"\s*(?:\(|of\s+(?:the\s+)?|containing\s+|with\s+)?$", re.IGNORECASE)


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
    speaker_org: Mention | None = None  # the body making a statement
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


def _name_type(mentions: list[Mention],
               cues: list[EventCueMatch]) -> tuple[str, EventCueMatch | None]:
    best: tuple[int, EventCueMatch] | None = None
    for cue in cues:
        if not cue.cue.names_event:
            continue
        for mention in mentions:
            if mention.token_start <= cue.token_start and cue.token_end <= mention.token_end:
                distance = 0
            elif cue.token_end <= mention.token_start:
                distance = mention.token_start - cue.token_end
                if distance > NAME_CUE_BEFORE:
                    continue
            elif cue.token_start >= mention.token_end:
                distance = cue.token_start - mention.token_end
                if distance > NAME_CUE_AFTER:
                    continue
            else:
                continue
            if best is None or distance < best[0]:
                best = (distance, cue)
    if best is not None:
        return best[1].cue.type, best[1]
    kind = next((m.normalized.get("kind") or m.normalized.get("type") for m in mentions
                 if m.normalized.get("kind") or m.normalized.get("type")), None)
    return (kind if isinstance(kind, str) else "operation"), None


def _named_drafts(mentions: list[Mention], cues: list[EventCueMatch]) -> list[Draft]:
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.label != "OPERATION":
            continue
        name = str(mention.normalized.get("name") or mention.text).strip("\"“”«»' ")
        groups[name_key(name)].append(mention)
    drafts = []
    for key, group in groups.items():
        if not key:
            continue
        event_type, trigger = _name_type(group, cues)
        name = str(group[0].normalized.get("name") or group[0].text).strip("\"“”«»' ")
        drafts.append(Draft(event_type, name, key, list(group), {m.sentence for m in group},
                            trigger))
    return drafts


def _main_unnamed(cues: list[EventCueMatch], lay: Layout) -> Draft | None:
    """The item's one unnamed event: strongest cue type of the lead, else of the whole item."""
    if not cues:
        return None
    lead = [c for c in cues if c.sentence < LEAD_SENTENCES]
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


def _first(cues: list[EventCueMatch], event_type: str) -> int:
    return next(c.start for c in cues if c.cue.type == event_type)


def _date_ok(mention: Mention) -> bool:
    norm = mention.normalized
    return (mention.label == "DATE" and norm.get("kind") not in UNDATED_KINDS
            and bool(norm.get("start")))


def _pick_date(draft: Draft, dates: list[Mention], lay: Layout, is_main: bool) -> Mention | None:
    anchors = [m.start for m in draft.mentions] or ([draft.trigger.start] if draft.trigger else [])
    own = [d for d in dates if d.sentence in draft.sentences]
    if own:
        return min(own, key=lambda d: (min(abs(d.start - a) for a in anchors) if anchors else 0,
                                       d.normalized.get("kind") != "range"))
    if is_main:
        lead = [d for d in dates if d.sentence < LEAD_SENTENCES + 1]
        if lead:
            return lead[0]
    return None


def _substance_of(quantity: Mention, substances: list[Mention],
                  text: str) -> tuple[str | None, Mention | None]:
    """What was seized: the SUBSTANCE written after the amount ("8.9 tons of opium"), the
    quantity's own ``what``, or a SUBSTANCE right before it ("opium (8.9 tons)")."""
    for substance in substances:
        if 0 <= substance.start - quantity.end <= 40:
            between = text[quantity.end : substance.start]
            if _OF_LINK.fullmatch(between) or len(between.split()) <= 2:
                return str(substance.normalized.get("name") or substance.text), substance
    what = quantity.normalized.get("what")
    if what:
        return str(what), None
    for substance in substances:
        if 0 <= quantity.start - substance.end <= 3 and "(" in text[substance.end:quantity.start]:
            return str(substance.normalized.get("name") or substance.text), substance
    return None, None


def _quantity_fields(norm: dict[str, Any]) -> dict[str, Any]:
    return {
        "value": norm.get("value"), "qualifier": norm.get("qualifier") or "exact",
        "low": norm.get("low"), "high": norm.get("high"),
    }


def _category(what: str | None, rules: EventRules) -> tuple[str | None, bool]:
    if not what:
        return None, False
    lowered = what.lower()
    entry = rules.categories.get(lowered)
    if entry is None:
        for word in reversed(re.findall(r"[a-z]+(?:-[a-z]+)?", lowered)):
            entry = rules.categories.get(word)
            if entry is not None:
                break
    return (entry.category, entry.seizure) if entry else (None, False)


def _precision(value: Any) -> int:
    if not isinstance(value, (int, float)):
        return 0
    digits = f"{value:.6g}".replace(".", "").replace("-", "").strip("0")
    return len(digits)


def _dedupe_seizures(seizures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a rounded re-statement ("more than 11 tons of drugs") of a more precise seizure."""
    kept: list[dict[str, Any]] = []
    for seizure in seizures:
        twin = next((k for k in kept if _restates(k, seizure)), None)
        if twin is None:
            kept.append(seizure)
        elif _precision(seizure.get("kg")) > _precision(twin.get("kg")):
            kept[kept.index(twin)] = seizure
    return kept


def _restates(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if (a.get("substance") or "").lower() != (b.get("substance") or "").lower():
        return False
    ka, kb = a.get("kg"), b.get("kg")
    if not ka or not kb or a.get("paragraph") == b.get("paragraph"):
        return False
    both_exact = a["qualifier"] == "exact" and b["qualifier"] == "exact"
    return not both_exact and abs(ka - kb) / max(ka, kb) <= 0.1


class _Assembler:
    def __init__(self, doc: Doc, rules: EventRules) -> None:
        self.doc = doc
        self.text = doc.text
        self.rules = rules
        self.lay = layout(self.text)
        self.mentions = mentions_of(doc, self.lay)
        self.cues = event_cues_in(doc, rules, self.lay)
        self.role_cues = role_cues_in(doc, rules, self.lay)
        self.by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for mention in self.mentions:
            self.by_sentence[mention.sentence].append(mention)

    def run(self) -> list[dict[str, Any]]:
        drafts = _named_drafts(self.mentions, self.cues)
        if drafts:
            main = max(drafts, key=lambda d: (len(d.mentions), -d.first_offset))
        else:
            unnamed = _main_unnamed(self.cues, self.lay)
            if unnamed is None:
                return []
            main = unnamed
            drafts = [main]
        owner = self._sentence_owners(drafts, main)
        subs = self._sub_results(main, owner)
        for sub in subs.values():
            for sentence in sub.sentences:
                owner[sentence] = sub
        all_drafts = drafts + list(subs.values())
        self._assign_dates(drafts, main)
        if main.type == "statement":
            main.speaker_org = self._speaker_org(main)
        self._assign_roles(owner)
        self._assign_quantities(owner, subs, main)
        return self._finish(all_drafts, main)

    def _sentence_owners(self, drafts: list[Draft], main: Draft) -> dict[int, Draft]:
        owner: dict[int, Draft] = {}
        for draft in drafts:
            for sentence in draft.sentences:
                if draft.mentions or sentence not in owner:
                    owner.setdefault(sentence, draft)
        for index in range(len(self.lay.sentences)):
            owner.setdefault(index, main)
        return owner

    def _sub_results(self, main: Draft, owner: dict[int, Draft]) -> dict[int, Draft]:
        """Paragraphs reporting seizures at a place of their own, as seizure events."""
        if main.type not in CONTAINER_TYPES:
            return {}
        lead_paragraph = self.lay.paragraph_of(self.lay.sentences[0][0])
        seizures_by_para: dict[int, list[Mention]] = defaultdict(list)
        for mention in self.mentions:
            if self._is_seizure_quantity(mention):
                seizures_by_para[mention.paragraph].append(mention)
        role_claimed = self._role_claimed()
        subs: dict[int, Draft] = {}
        for paragraph, quantities in seizures_by_para.items():
            if paragraph <= lead_paragraph:
                continue
            first_quantity = quantities[0].start
            places = [m for m in self.mentions
                      if m.paragraph == paragraph and m.label in PLACE_LABELS
                      and m.start < first_quantity and (m.start, m.end) not in role_claimed]
            if not places:
                continue
            place = next((p for p in places if p.label == "LOC"), places[0])
            start, end = self.lay.paragraphs[paragraph]
            sentences = {i for i, (s, _e) in enumerate(self.lay.sentences) if start <= s < end}
            if any(owner[s].mentions and owner[s] is not main for s in sentences):
                continue
            sub = Draft("seizure", part_of=main, place=place, sentences=sentences,
                        evidence=[(place.start, place.end)])
            sub.agents = [m for m in self.mentions
                          if m.paragraph == paragraph and m.start < first_quantity
                          and m.label in AGENT_LABELS and m is not place
                          and not self._is_news_source(m)]
            subs[paragraph] = sub
        return subs

    def _role_claimed(self) -> set[tuple[int, int]]:
        claimed: set[tuple[int, int]] = set()
        for match in self.role_cues:
            if match.cue.role in ("observer", "participant", "organizer"):
                for assignment in entities_of_cue(match, self.by_sentence[match.sentence],
                                                  self.text):
                    claimed.add((assignment.mention.start, assignment.mention.end))
        return claimed

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
        return _category(self._what(mention), self.rules)[1]

    def _what(self, mention: Mention) -> str | None:
        what = mention.normalized.get("what") or mention.normalized.get("unit")
        return str(what) if what else None

    def _assign_dates(self, drafts: list[Draft], main: Draft) -> None:
        dates = [m for m in self.mentions if _date_ok(m)]
        for draft in drafts:
            chosen = _pick_date(draft, dates, self.lay, draft is main)
            if chosen is not None:
                draft.dates.append(chosen)

    def _is_news_source(self, mention: Mention) -> bool:
        if mention.label != "ORG":
            return False
        norm = mention.normalized
        names = {str(norm.get(k) or "").lower() for k in ("id", "acronym", "name")}
        names.add(mention.text.lower())
        if names & self.rules.news_names:
            return True
        after = self.text[mention.end : mention.end + 30].lower()
        return any(after.lstrip(" ,").startswith(c) for c in self.rules.news_contexts)

    def _speaker_org(self, draft: Draft) -> Mention | None:
        """The body a statement comes from: the first organization of the statement's
        sentence (then of the item) that is not the medium reporting it."""
        sentence = draft.trigger.sentence if draft.trigger is not None else 0
        orgs = [m for m in self.mentions if m.label == "ORG" and not self._is_news_source(m)]
        in_sentence = [m for m in orgs if m.sentence == sentence]
        return (in_sentence or orgs or [None])[0]

    def _assign_roles(self, owner: dict[int, Draft]) -> None:
        for match in self.role_cues:
            draft = owner[match.sentence]
            if draft.type == "statement":
                continue
            target = draft
            if draft.part_of is not None and match.cue.role != "location":
                target = draft.part_of
            for assignment in entities_of_cue(match, self.by_sentence[match.sentence], self.text):
                if self._is_news_source(assignment.mention):
                    continue
                if assignment.mention.label in ROLE_LABELS or match.cue.role == "location" or (
                        match.cue.role == "participant"):
                    target.roles.append(assignment)

    def _assign_quantities(self, owner: dict[int, Draft], subs: dict[int, Draft],
                           main: Draft) -> None:
        substances = [m for m in self.mentions if m.label == "SUBSTANCE"]
        seizure_sentences = {c.sentence for c in self.cues if c.cue.type == "seizure"}
        for mention in self.mentions:
            if mention.label != "QUANTITY":
                continue
            draft = subs.get(mention.paragraph) or owner[mention.sentence]
            norm = mention.normalized
            kind = norm.get("kind")
            what = self._what(mention)
            category, _ = _category(what, self.rules)
            if kind in SEIZURE_KINDS or (kind == "count" and self._drug_units(mention)):
                substance, substance_mention = _substance_of(mention, substances, self.text)
                near_cue = bool({mention.sentence, mention.sentence + 1} & seizure_sentences)
                if substance_mention is None and not near_cue and not (
                        kind == "count" and substance):
                    continue
                seizure = {
                    "substance": substance, **_quantity_fields(norm),
                    "unit": norm.get("unit"), "kg": norm.get("kg"),
                    "start": mention.start, "end": mention.end, "paragraph": mention.paragraph,
                }
                if draft.place is not None:
                    seizure["location"] = draft.place.ref()
                    seizure["country_iso2"] = _iso2(draft.place)
                draft.seizures.append(seizure)
            elif kind == "count" and what:
                draft.counts.append({
                    "what": what, **_quantity_fields(norm), "start": mention.start,
                    "end": mention.end, "category": category,
                })

    def _finish(self, drafts: list[Draft], main: Draft) -> list[dict[str, Any]]:
        drafts.sort(key=lambda d: (d.part_of is not None, d.first_offset))
        for number, draft in enumerate(drafts, start=1):
            draft.id = f"e{number}"
        return [self._record(d) for d in drafts]

    def _record(self, draft: Draft) -> dict[str, Any]:
        evidence = list(draft.evidence)
        evidence.extend((m.start, m.end) for m in draft.mentions)
        if draft.trigger is not None and not draft.mentions:
            evidence.append((draft.trigger.start, draft.trigger.end))
        start_date = end_date = None
        if draft.dates:
            date = draft.dates[0]
            start_date, end_date = date.normalized.get("start"), date.normalized.get("end")
            evidence.append((date.start, date.end))
        location = None
        chosen = best_location(draft.roles)
        if chosen is not None:
            location = chosen.mention.ref()
            evidence.append((chosen.mention.start, chosen.mention.end))
        elif draft.place is not None:
            location = draft.place.ref()
        lists = role_lists(draft.roles)
        if draft.speaker_org is not None and not lists["organizer"]:
            lists["organizer"].append(draft.speaker_org)
        known = {m.key for ms in lists.values() for m in ms}
        for agent in draft.agents:
            if agent.key not in known:
                lists["participant"].append(agent)
                known.add(agent.key)
        for mentions in lists.values():
            evidence.extend((m.start, m.end) for m in mentions)
        seizures = _dedupe_seizures(draft.seizures)
        for item in (*seizures, *draft.counts):
            item.pop("paragraph", None)
            evidence.append((item["start"], item["end"]))
        return {
            "id": draft.id,
            "type": draft.type,
            "name": draft.name,
            "start_date": start_date,
            "end_date": end_date or start_date,
            "location": location,
            "organizers": [m.ref() for m in lists["organizer"]],
            "participants": [m.ref() for m in lists["participant"]],
            "observers": [m.ref() for m in lists["observer"]],
            "seizures": seizures,
            "counts": draft.counts,
            "evidence": sorted(set(evidence)),
            "part_of": draft.part_of.id if draft.part_of is not None else None,
            "same_as": [],
        }


def _iso2(place: Mention) -> str | None:
    value = place.normalized.get("iso2") or place.normalized.get("country_iso2")
    return str(value) if value else None


def assemble_events(doc: Doc, rules: EventRules) -> list[dict[str, Any]]:
    """Event dicts (schema.Event shape, offsets into ``doc``) of one news item."""
    return _Assembler(doc, rules).run()

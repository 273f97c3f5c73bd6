"""Acting bodies and the names they act under: which mention names a body that acts (not a
news source, a demonym naming a force, no body things were handed over to), the full
name an acronym stands for, the unit acting for its parent, the bodies joined to one
by "and", and the entities each role cue points at (read once a cue)."""

from __future__ import annotations

import re
from functools import cached_property

from ..word_alternation import NEVER
from .cues import Tail, tail_ends
from .draft import Draft
from .mentions import Mention, RoleCueMatch
from .news_sources import NewsSourceRules
from .results import ROLE_WORDS_FILE, kind_alternatives, words_of
from .roles import (
    BODY_PEOPLE,
    UNIT_LINK_WORDS,
    RoleAssignment,
    chain_forward,
    entities_of_cue,
)

# the people of a body ("officers", "agents"; role_words.jsonl staff_noun)
STAFF_NOUNS = kind_alternatives(ROLE_WORDS_FILE, "staff_noun")
# a demonym naming a body: past the demonyms listed with it ("Kazakh, Kyrgyz and Uzbek
# police") and one modifier ("the Uzbek drug police"), a force noun (force_nouns.jsonl) or a
# party noun (role_words.jsonl party_noun: "the Turkmen delegation")
_DEMONYM_LIST = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)[A-Z][\w'’-]+)*")
_NOUN_MODIFIER = re.compile(r"\s+[a-z][\w-]*(?=\s)")
_PARTY_NOUN = re.compile(
    rf"\s+(?:{kind_alternatives(ROLE_WORDS_FILE, 'party_noun')})\b(?!\s+of\b)",
    re.IGNORECASE)
# "A (ACR) and the B"; past the people of A ("BSF troops and the Punjab Police", "FC personnel
# and Pakistan Customs") and of B ("A and border guards of the B", "elements of A and of the
# B"; role_words.jsonl staff_noun, member_noun): two bodies act together
_ORG_JOINT = re.compile(
    rf"(?:\s*\([^()]{{1,20}}\))?(?:\s+(?:{STAFF_NOUNS}))?\s*(?:,\s*)?(?:and|&)\s+"
    rf"(?:of\s+)?(?:the\s+)?(?:(?-i:[a-z][\w-]*\s+)?(?:{BODY_PEOPLE})\s+(?:of|from)\s+(?:the\s+)?)?",
    re.IGNORECASE)
# a body acting through its unit: "The Judicial Police, through its National Unit ...",
# "The Royal Oman Police, represented by the Coast Guard Police": the unit acts
_UNIT_LINK = re.compile(rf"(?:\s*\([^()]{{1,20}}\))?\s*,?\s*{UNIT_LINK_WORDS}\s+",
                        re.IGNORECASE)
_UNIT_OF = re.compile(r"\s*['’]?\s*of\s+(?:the\s+)?", re.IGNORECASE)  # "<unit> of the <parent>"
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
OF_CHARS = 12  # "of the " and spaces before a body
UNIT_LINK_CHARS = 40  # the bracketed acronym and the link word after a body
# the handover's object may stand before its last word ("handed them to officers of the",
# "handed over together with the find to the"): up to five lower-case words
HANDOVER_OBJECT_WORDS = 5


# a pronoun object between a phrasal verb's words ("handed them over to")
_OBJECT_PRONOUN_GAP = r"\s+(?:(?:it|them|him|her)\s+)?"


def _handover_alternatives() -> str:
    """The handover phrases as a regex alternation, each allowing the handed object before
    its last word, set off by commas or not ("handed over to" also reads "handed over
    together with the find to", "handed over, together with the exhibits, to"), and a pronoun
    object inside the verb ("handed them over to")."""
    gap = rf"(?:,?\s+(?-i:[a-z])[\w'’-]*){{0,{HANDOVER_OBJECT_WORDS}}}?,?"
    alternatives = []
    for phrase in words_of(ROLE_WORDS_FILE, "handover"):
        *head, last = phrase.split()
        verb = _OBJECT_PRONOUN_GAP.join(map(re.escape, head))
        alternatives.append(rf"{verb}{gap}\s+{re.escape(last)}" if head else re.escape(last))
    return "|".join(alternatives) or NEVER


# a body receiving the suspect, the drugs or the case after the event ("handed over to the",
# "at the disposal of agents of the", "handed over to the inquiry officers of";
# role_words.jsonl handover, BODY_PEOPLE): no role in it; its matches end with a handover
# phrase's last word, "the", "of" or "from"
_HANDED_TO = Tail(re.compile(
    rf"\b(?:{_handover_alternatives()})\s+(?:the\s+)?"
    rf"(?:(?-i:[a-z][\w-]*\s+)?(?:{BODY_PEOPLE})\s+(?:of|from)\s+(?:the\s+)?)?\Z",
    re.IGNORECASE),
    tail_ends(words_of(ROLE_WORDS_FILE, "handover"), "the", "of", "from"))
HANDED_TO_CHARS = 110  # "handed over together with the find to investigators of the "


class ActingBodyRules(NewsSourceRules):
    """Acting bodies, their full names and units, and the entities role cues point at."""

    _text_without_acronyms: str | None = None  # the text with acronyms blanked (_cue_text)

    @cached_property
    def _cue_targets(self) -> dict[int, tuple[RoleCueMatch, list[RoleAssignment]]]:
        """Each role cue match's entities by the match's id (_entities_of)."""
        return {}

    def _entities_of(self, match: RoleCueMatch) -> list[RoleAssignment]:
        """The entities a role cue points at in its sentence: found once a cue, handed out
        as fresh assignments (_assign_roles rebinds an assignment's mention to its unit)."""
        known = self._cue_targets
        entry = known.get(id(match))
        if entry is None:  # the match is kept in the entry, so its id is not reused
            entry = known[id(match)] = (match, self._find_entities_of(match))
        return [RoleAssignment(a.role, a.mention, a.cue, a.label_rank, a.distance)
                for a in entry[1]]

    def _find_entities_of(self, match: RoleCueMatch) -> list[RoleAssignment]:
        """The entities a role cue points at in its sentence (_entities_of, uncached)."""
        sentence = match.sentence
        starts = self._mention_starts.get(sentence)
        if starts is None:
            starts = self._mention_starts[sentence] = [m.start for m in self.by_sentence[sentence]]
        return entities_of_cue(match, self.by_sentence[sentence], self.text, starts)

    def _cue_text(self) -> str:
        """The text with each acronym in brackets after its name blanked (same offsets):
        "the Division (DAIA) of the Police" reads "the Division        of the Police"."""
        if self._text_without_acronyms is None:
            chars = list(self.text)
            for mention in self.mentions:
                if self._named_before(mention) is not None:
                    close = mention.end + self.text.startswith(")", mention.end)
                    chars[mention.start - 1 : close] = " " * (close - mention.start + 1)
            self._text_without_acronyms = "".join(chars)
        return self._text_without_acronyms

    def _demonym_body(self, mention: Mention) -> bool:
        """A demonym naming a body: a force or a country's party follows it, past the
        demonyms listed with it and one modifier ("Kazakh and Uzbek police", "the Uzbek drug
        police", "the Turkmen delegation"); not "a Brazilian woman", "the Uzbek capital"."""
        end = _DEMONYM_LIST.match(self.text, mention.end).end()
        ends = [end]
        modifier = _NOUN_MODIFIER.match(self.text, end)
        if modifier is not None:
            ends.append(modifier.end())
        return any(self.rules.force_nouns.match(self.text, at) is not None
                   or _PARTY_NOUN.match(self.text, at) is not None for at in ends)

    def _acting_body(self, mention: Mention) -> bool:
        """An organization that is not the news source, or a demonym naming a force
        ("Iranian police", "Ecuadorean police"; not "a Brazilian citizen")."""
        if mention.label == "ORG":
            return not self._is_news_source(mention)
        return mention.label == "NORP" and bool(
            self.rules.force_nouns.match(self.text, mention.end))

    def _acting_body_apart_from(self, mention: Mention, others: set[str]) -> bool:
        """An acting body (_acting_body) that ``others`` (keys of bodies given another role:
        "supported by Europol", "together with customs officers") does not name, in short or
        in full, and that nothing was handed over to ("The case was handed over to the
        Vilnius County Police": it receives, it does not act)."""
        return (self._acting_body(mention) and mention.key not in others
                and self._long_form(mention).key not in others
                and (mention.start, mention.end) not in self._recipients)

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

    @cached_property
    def _recipients(self) -> set[tuple[int, int]]:
        """The (start, end) spans of the bodies the suspect, the drugs or the case were handed
        over to, with the bodies listed after the first ("put at the disposal of agents of the
        Directorate (DLCN) and of the Public Ministry", "a complaint will be filed with the
        Prosecutor's Office")."""
        spans: set[tuple[int, int]] = set()
        for mentions in self.by_sentence.values():
            bodies = [m for m in mentions if m.label == "ORG"]
            for index, body in enumerate(bodies):
                window = max(0, body.start - HANDED_TO_CHARS)
                if (body.start, body.end) in spans or not _HANDED_TO.search(
                        self.text, window, body.start):
                    continue
                spans.update((m.start, m.end)
                             for m in chain_forward(body, bodies[index + 1:], self.text))
        return spans

    def _without_recipients(self, draft: Draft) -> None:
        """The draft's roles and acting bodies less the bodies something was handed over to
        (_recipients): they receive what the event produced, they take no part in it."""
        spans = self._recipients
        if not spans:
            return
        draft.roles = [a for a in draft.roles if a.role == "location"
                       or (a.mention.start, a.mention.end) not in spans]
        draft.organizer_agents = [m for m in draft.organizer_agents
                                  if (m.start, m.end) not in spans]
        draft.agents = [m for m in draft.agents if (m.start, m.end) not in spans]

    def _long_form(self, mention: Mention) -> Mention:
        """The name an acronym in brackets follows ("National Authority for Combating Drugs
        (NACD) held ..."), also for a headline's acronym the body spells out ("PJ seizes
        ..." over "The Judicial Police (PJ) seized ..."): the body as the text names it in
        full."""
        if mention.label != "ORG":
            return mention
        return self._long_forms.get(mention.start, mention)

    @cached_property
    def _long_forms(self) -> dict[int, Mention]:
        """The organizations named otherwise in full, by start: each one's full name
        (_long_form), found once an item."""
        forms: dict[int, Mention] = {}
        title_end = self._title_end()
        for org in self.mentions:
            if org.label != "ORG":
                continue
            full = org
            if org.start < title_end:
                full = next((m for m in self.mentions if m.start >= title_end
                             and m.label == "ORG"
                             and (m.text == org.text or m.key == org.key)), org)
            full = self._named_before(full) or full
            if full is not org:
                forms[org.start] = full
        return forms

    def _named_before(self, mention: Mention) -> Mention | None:
        """The name an acronym in brackets follows ("National Drug Control Directorate
        (DNCD)"), None for any other mention."""
        text = self.text
        if mention.label != "ORG" or text[mention.start - 1 : mention.start] != "(":
            return None
        earlier = [m for m in self.by_sentence[mention.sentence]
                   if m.label == "ORG" and m.end <= mention.start - 1]
        if earlier and not text[earlier[-1].end : mention.start - 1].strip():
            return earlier[-1]
        return None

    def _unit_of(self, parent: Mention) -> Mention:
        """The unit named right before its parent ("Agents of the Anti-Narcotics Division
        (DAIA) of the National Civil Police stopped ..."): the unit acts."""
        before = self.text[max(0, parent.start - OF_CHARS) : parent.start]
        if "of" not in before.lower() or not _OF_BEFORE.search(before):
            return parent  # no "of (the)" right before the body
        earlier = [m for m in self.by_sentence[parent.sentence]
                   if m.label == "ORG" and m.end <= parent.start and self._named_before(m) is None]
        if earlier and _UNIT_OF.fullmatch(self._cue_text(), earlier[-1].end, parent.start):
            return earlier[-1]
        return parent

    def _through_units(self, bodies: list[Mention]) -> list[Mention]:
        """Each body in its full name, or the units it acts through ("The Judicial Police,
        through its National Unit to Combat Drug Trafficking (UNCTE), concluded ...")."""
        if not bodies:
            return bodies
        chosen: list[Mention] = []
        for body in bodies:
            body = self._unit_of(self._long_form(body))
            after = self.text[body.end : body.end + UNIT_LINK_CHARS].lower()
            link = _UNIT_LINK.match(self.text, body.end) if (
                "through" in after or "via" in after or "represented" in after) else None
            orgs = [m for m in self.by_sentence[body.sentence]
                    if m.label == "ORG"] if link is not None else []
            unit = next((m for m in orgs if link is not None and m.start == link.end()), None)
            for mention in self._org_list(unit, orgs) if unit is not None else [body]:
                if all(mention.key != known.key for known in chosen):
                    chosen.append(mention)
        return chosen

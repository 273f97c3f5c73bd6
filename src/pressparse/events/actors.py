"""Who acted: the acting body (organizers), news sources left out, role cues' entities,
and countries heading result rows (participants)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property

from ..word_alternation import NEVER
from .dating import span_days
from .draft import Draft
from .mentions import ROLE_LABELS, EventCueMatch, Mention, RoleCueMatch
from .news_sources import NewsSourceRules
from .places import headed_area, iso2, scope_place, water_place
from .results import (
    EPISODE_WORDS_FILE,
    ROLE_WORDS_FILE,
    kind_alternatives,
    words_of,
)
from .roles import (
    UNIT_LINK_WORDS,
    RoleAssignment,
    chain_back,
    chain_forward,
    entities_of_cue,
    role_lists,
    without_parents,
)

AGENT_TYPES = frozenset({"operation", "seizure", "other"})
GATHERING_TYPES = frozenset({"meeting", "training", "exercise"})
RESULT_ROW = re.compile(r"^[ \t]*[-•*–][ \t]*", re.MULTILINE)  # a bullet opening a line
# a bullet or a number opening a line of a results list ("- 240 kgs ...", "2. On the 2nd ...")
_RESULT_ITEM = re.compile(r"[ \t]*(?:[-•*–]|\(?\d{1,2}[.)])[ \t]+")
_ROW_JOINT = re.compile(r"(?:the\s+)?|\s*,\s*(?:the\s+)?|\s+and\s+(?:the\s+)?")
# a table row's opening before its first cell ("Cambodia – 296 – 410 kg", "Benin | 58 | 731"):
# the line's start, a bullet at most
_ROW_START = re.compile(r"[ \t]*(?:[-•*–][ \t]*)?")
# the cell edge after a row's label, then the row's first figure: a bar, a tab, a spaced dash,
# or a run of spaces
_FIGURE_CELL = re.compile(r"[ \t]*(?:\||\t|[–—-][ \t]|[ ]{2})[ \t]*(?=\d)")
_SENTENCE_OPENING = re.compile(r"[\s\"'“(]*(?:the\s+)?", re.IGNORECASE)  # before a subject
_OPENERS = kind_alternatives(ROLE_WORDS_FILE, "opener")
_STAFF_NOUNS = kind_alternatives(ROLE_WORDS_FILE, "staff_noun")
_ROW_LABEL = r"(?:[A-Z][^\n:,.;]{0,40}:\s*)?"  # "- Spain:", "> Kiribati:" before a row's text
# "officers of the", "customs officers of the Customs Office": the body's people before it
_STAFF_OF = rf"(?:[a-z][\w-]*\s+){{0,2}}(?:{_STAFF_NOUNS})\s+(?:of|from)\s+(?:the\s+)?"
# what may stand before a local result's acting subject: a bullet, a row's label ("- Spain:"),
# up to two opening adverbials ("Last month, on 17 October, the Guardia Civil boarded ..."),
# and the body's group or people that acted ("On 23 November, a patrol of the Naval Force
# recovered", "a border detail of the ... detachment noticed", "customs officers of the
# Customs Office X at Y detected", "the agents of the Brigade stopped"; role_words.jsonl
# staff_noun)
_RESULT_OPENING = re.compile(
    rf"[\s\"'“(]*(?:[-•*–]\s*)?{_ROW_LABEL}"
    rf"(?:(?:{_OPENERS})\b(?:[^\n,.;:]|(?<=\d)[.:](?=\d)){{0,80}},\s*){{0,2}}(?:the\s+)?"
    r"(?:(?:a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+of\s+(?:the\s+)?"
    rf"|{_STAFF_OF})?",
    re.IGNORECASE)
# a date opening a local result with no comma before its acting subject ("> Kiribati: on 29
# October the Transnational Crime Unit ... boarded", "On Monday operatives of the Department
# detained"): what may stand before the date (a bullet, a row's label, an opener word) and
# between it and the subject (the body's people, as in _RESULT_OPENING)
_BEFORE_DATE = re.compile(
    rf"[\s\"'“(]*(?:[-•*–>]\s*)?{_ROW_LABEL}(?:(?:{_OPENERS})\s+)?", re.IGNORECASE)
_DATE_TO_SUBJECT = re.compile(rf"\s+(?:the\s+)?(?:{_STAFF_OF})?", re.IGNORECASE)
# an operation's stage named by an opening adverbial ("In the second stage, Kyrgyz police
# ..."; episode_words.jsonl stage): the forces after it take part in the operation
_STAGE_WORD = re.compile(
    rf"\b(?:{kind_alternatives(EPISODE_WORDS_FILE, 'stage')})\b", re.IGNORECASE)
# a demonym naming a body: past the demonyms listed with it ("Kazakh, Kyrgyz and Uzbek
# police") and one modifier ("the Uzbek drug police"), a force noun (force_nouns.jsonl) or a
# party noun (role_words.jsonl party_noun: "the Turkmen delegation")
_DEMONYM_LIST = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)[A-Z][\w'’-]+)*")
_NOUN_MODIFIER = re.compile(r"\s+[a-z][\w-]*(?=\s)")
_PARTY_NOUN = re.compile(
    rf"\s+(?:{kind_alternatives(ROLE_WORDS_FILE, 'party_noun')})\b(?!\s+of\b)",
    re.IGNORECASE)
# a relative clause's subject ("..., where the Anti-Drug Department ... raided a warehouse")
_CLAUSE_SUBJECT = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'clause')})\s+(?:the\s+)?$",
    re.IGNORECASE)
ARREST_VERBS = frozenset(words_of(ROLE_WORDS_FILE, "arrest_verb"))  # custody, not a find
CLAUSE_WORD_CHARS = 12  # "where the " before a body
# the agent after a passive seizure word ("was made on 13 June by Brazil's Federal Revenue
# Service", "was detected in April by the Incheon Main Customs")
_BY_AGENT = re.compile(r"[^,;\n]{0,50}?\b(?i:by\s+(?:the\s+)?)(?:[A-Z][\w-]*['’]s\s+)?")
_ORG_JOINT = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?",
                        re.IGNORECASE)  # "A (ACR) and the B"
_NAME_GENITIVE = re.compile(r"[\s\"”»']*(?:of|by)\s+(?:the\s+)?", re.IGNORECASE)

# a body acting through its unit: "The Judicial Police, through its National Unit ...",
# "The Royal Oman Police, represented by the Coast Guard Police": the unit acts
_UNIT_LINK = re.compile(rf"(?:\s*\([^()]{{1,20}}\))?\s*,?\s*{UNIT_LINK_WORDS}\s+",
                        re.IGNORECASE)
_HELPER_GAP = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)  # between two joined cues
# a participant cue ending in the word that opens its object ("with the participation of",
# "assisted by", "together with"), not one ending a noun ("member states"; role_words.jsonl)
_OBJECT_OPENER = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'object_opener')})$", re.IGNORECASE)
HELPER_PHRASES = frozenset(words_of(ROLE_WORDS_FILE, "helper"))  # cues naming help
# place cues that place an event only on water ("on the Corantijn River"; role_words.jsonl)
WATER_CUES = frozenset(words_of(ROLE_WORDS_FILE, "water_cue"))
# cues naming the standing body whose session the item reports ("meeting of the", "closed its")
SERIES_BODY_CUES = frozenset(words_of(ROLE_WORDS_FILE, "series_body"))
HELPER_GAP_CHARS = 6  # " the " between a participant cue and an organizer cue after it
# "organized by the OSCE Centre in Ashgabat together with the State Border Service": a joint
# right after the body an organizing verb names joins a second organizer (role_words.jsonl
# co_organizer, organizing_verb)
CO_ORGANIZER_JOINTS = frozenset(words_of(ROLE_WORDS_FILE, "co_organizer"))
ORGANIZING_VERBS = frozenset(words_of(ROLE_WORDS_FILE, "organizing_verb"))
# between the first organizer and the joint: its acronym in brackets, its seat ("in Ashgabat")
_CO_ORGANIZER_GAP = re.compile(
    r"\)?(?:\s*\([^()]{1,20}\))?"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3})?\s*,?\s*")
# a delegation right before an organizer cue ("a delegation led by ..."; role_words.jsonl
# delegation): the body after the cue heads a party, it takes part
_DELEGATION_HEAD = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'delegation')})"
    r"(?:\s+(?:was|were|is|are))?\s*,?\s*\Z", re.IGNORECASE)
DELEGATION_CHARS = 24  # "delegations were " before the cue
# countries named by their officials right after a gathering's organizer cue ("a meeting of
# the border commissioners of Tajikistan and Afghanistan"; role_words.jsonl leader_title): the
# countries are the gathering's parties, they take part
_OFFICIALS_OF = re.compile(
    r"\s*(?:the\s+)?(?:[a-z][a-z-]*\s+)?"
    rf"(?:{kind_alternatives(ROLE_WORDS_FILE, 'leader_title')})"
    r"\s+of\s+(?:the\s+)?")
_AGENT_BY = re.compile(r"\bby\s+\Z", re.IGNORECASE)  # a passive's agent follows
BY_CHARS = 4  # "by " before a cue
# the case a body handles after the event ("The investigation is being carried out by the NAV
# Criminal Directorate"; role_words.jsonl case_noun): the body leads the case, not the event
_CASE_HANDLER = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'case_noun')})\s+"
    r"(?:is|was|are|were|has\s+been|have\s+been|will\s+be)(?:\s+being)?\s+\Z", re.IGNORECASE)
CASE_CHARS = 40  # "investigations have been being " before the cue
_JOINED_BODY = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)  # between the joint and its body
_LINKED_UNIT = re.compile(rf"\b{UNIT_LINK_WORDS}\s+(?:the\s+)?$", re.IGNORECASE)
_UNIT_OF = re.compile(r"\s*['’]?\s*of\s+(?:the\s+)?", re.IGNORECASE)  # "<unit> of the <parent>"
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
OF_CHARS = 12  # "of the " and spaces before a body
_MEMBER_STATES = re.compile(  # "units of the CSTO member states": the states act
    rf"\s+(?:{kind_alternatives(ROLE_WORDS_FILE, 'members')})\b", re.IGNORECASE)
UNIT_LINK_CHARS = 40  # the bracketed acronym and the link word after a body
_PASSIVE_BY = re.compile(r"\s+by\b", re.IGNORECASE)  # after a verb: its agent follows
_ACTOR_LABELS = frozenset({"ORG", "NORP"})  # labels that can name an acting body
_ARTICLE_GAP = re.compile(r"\s+the\s+", re.IGNORECASE)  # "in the <place>": a region or a sea
# "Law enforcement and judicial authorities from Belgium, ...": countries' forces as subject
_COUNTRY_FORCES = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'country_forces')})"
    r"\s+(?:from|of)\s+(?:the\s+)?$", re.IGNORECASE)
# between two listed countries, past a bracketed figure of the one before ("Russia (2.4 tons),")
_COUNTRY_JOINT = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?",
                            re.IGNORECASE)
_CELL_EDGE = re.compile(r"[ \t]*(?:\||\t|  |\n|$)")  # a table cell ends right after the name
COUNTRY_SUBJECT_CHARS = 120
_IN_COUNTRY = re.compile(r"\b[Ii]n\s+(?:the\s+)?\Z")  # "In Kyrgyzstan, police ..."
IN_CHARS = 8  # "in the " before a country
DATED_LINE_CHARS = 160  # a date or venue line under a headline is short
_SENTENCE_END = re.compile(r"[.!?][\s\"'”»)]*$")  # a line ending a sentence
PERIOD_DAYS = 27  # a period's totals cover a month or more (February: 27 days end to start)
ACTING_PRIORITY = 3  # an organizer cue's priority telling a body's action ("seized")
# a sentence reporting a further action of its own ("In addition, the Unit seized ...")
_ASIDE_OPENING = re.compile(
    rf"[\s\"'“(]*(?:{kind_alternatives(ROLE_WORDS_FILE, 'aside')})\b",
    re.IGNORECASE)  # from a sentence's start to the first country of its subject
# a gathering held beside the item's main one ("On the margins of the meeting, the Centre
# held a training seminar"): held at its venue (role_words.jsonl side_event)
_SIDE_EVENT = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'side_event')})"
    r"\s+(?:the|this|that|its|their)\b", re.IGNORECASE)


# a coordinated subject's verb telling a joint event ("Kazakhstan and Kyrgyzstan held a joint
# border exercise", "Kyrgyz and Tajik border guards conducted joint patrols") or a meeting of
# its own ("The interior ministers of Russia and Belarus met"; role_words.jsonl joint_verb,
# reciprocal_verb), right after the subject's last party: up to two lower-case words (the
# demonyms' force, "border guards"), adverbs, an auxiliary
_JOINT_ACTION = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?"
    rf"(?:\s+(?:{kind_alternatives(ROLE_WORDS_FILE, 'subject_gap')}))*"
    r"\s+(?:(?:have|has|had|will)\s+)?(?:"
    rf"(?:{kind_alternatives(ROLE_WORDS_FILE, 'joint_verb')})"
    r"\s+(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+)?joint"
    rf"|{kind_alternatives(ROLE_WORDS_FILE, 'reciprocal_verb')})\b")
_PARTY_LABELS = ("COUNTRY", "NORP")
_LIST_NUMBER = re.compile(r"\s*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*")  # "1.", "(b)", "iv)"
# a partner named right after a gathering's word ("held a joint exercise with Georgia",
# "The joint training with the Collective Forces of the CSTO", "a meeting of the Border
# Service of Kyrgyzstan with the Border Troops of Tajikistan", "consultations with
# Afghanistan and Iran"): past the event's name in quotes and the first party after "of", the
# body or country after "with" takes part, also named by the people standing for it ("with a
# delegation of", "with units of"; role_words.jsonl leader_title, staff_noun). Not an
# operation's: who runs "a crackdown with" a body may run it with it (h4_12's gold), and a
# "joint operation with" has cues of its own (role_cues.jsonl)
_EVENT_NAME_AFTER = re.compile(r"\s*[\"“«„][^\"”»\n]{1,60}[\"”»]")
_OF_PARTY = re.compile(r"\s+of\s+(?:the\s+)?")
_WITH_PARTNER = re.compile(
    r"\s*,?\s+with\s+(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w-]*\s+)?(?:"
    rf"{kind_alternatives(ROLE_WORDS_FILE, 'leader_title')}"
    rf"|{_STAFF_NOUNS})"
    r"\s+(?:of|from)\s+(?:the\s+)?)?")
_PARTNER_LABELS = frozenset({"ORG", "COUNTRY", "NORP"})
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")  # "Portugal's Judicial Police"
_FIGURE_ASIDE = re.compile(r"\s*\(\s*(?:about\s+|over\s+|some\s+)?\d")  # "Russia (7 412 kg)"
MIN_JOINT_PARTIES = 2  # a joint event has two parties or more


# the handover's object may stand before its last word ("handed them to officers of the",
# "handed over together with the find to the"): up to five lower-case words
HANDOVER_OBJECT_WORDS = 5


def _handover_alternatives() -> str:
    """The handover phrases as a regex alternation, each allowing the handed object before
    its last word ("handed over to" also reads "handed over together with the find to")."""
    gap = rf"(?:\s+(?-i:[a-z])[\w'’-]*){{0,{HANDOVER_OBJECT_WORDS}}}?"
    alternatives = []
    for phrase in words_of(ROLE_WORDS_FILE, "handover"):
        *head, last = phrase.split()
        verb = r"\s+".join(map(re.escape, head))
        alternatives.append(rf"{verb}{gap}\s+{re.escape(last)}" if head else re.escape(last))
    return "|".join(alternatives) or NEVER


# a body receiving the suspect, the drugs or the case after the event ("handed over to the",
# "at the disposal of agents of the"; role_words.jsonl handover, staff_noun): no role in it
_HANDED_TO = re.compile(
    rf"\b(?:{_handover_alternatives()})\s+(?:the\s+)?"
    rf"(?:(?:{_STAFF_NOUNS}|members)\s+(?:of|from)\s+(?:the\s+)?)?\Z", re.IGNORECASE)
HANDED_TO_CHARS = 110  # "handed over together with the find to investigators of the "


# the publishing body's people or speaker telling its own action ("our officers found", "we
# withdrew"; role_words.jsonl first_person)
_FIRST_PERSON = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'first_person')})\b",
    re.IGNORECASE)


def _names_own_event(draft: Draft, sentence: int) -> bool:
    """A background sentence naming the draft's own event tells that event, not another
    period's ("We recall that the previous exercise, 'Caspian-2025', took place in the
    Mangystau region"; "the operation 'Shield' will be held in the Penza region"): its role
    cues are the event's."""
    return any(m.label == "OPERATION" and m.sentence == sentence for m in draft.mentions)


class ActorRules(NewsSourceRules):
    """Organizers and participants (news sources left out: NewsSourceRules)."""

    _text_without_acronyms: str | None = None  # the text with acronyms blanked (_cue_text)
    # each draft's type as the lead's cues first read it, by id (set before the types are
    # decided by the events' extent; roles are read after that: _cue_types)
    read_types: dict[int, str] | None = None

    def _subject_orgs(self, sentence: int) -> list[Mention]:
        """The bodies named before the sentence's arrest word (its acting subject)."""
        arrests = self.rules.count_checks["arrests"].sentence
        start, end = self.lay.sentences[sentence]
        verb = arrests.search(self.text, start, end) if arrests is not None else None
        orgs = [m for m in self.by_sentence[sentence] if m.label == "ORG"
                and not self._is_news_source(m) and verb is not None and m.end <= verb.start()]
        return self._org_list(orgs[0], orgs) if orgs else []

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

    def _role_claimed(self) -> set[tuple[int, int]]:
        """The (start, end) spans of the bodies an observer cue points at: they observe,
        they take no other part."""
        claimed: set[tuple[int, int]] = set()
        for match in self.role_cues:
            if match.cue.role == "observer":
                for assignment in self._entities_of(match):
                    claimed.add((assignment.mention.start, assignment.mention.end))
        return claimed


    def _co_organizer_joints(self) -> set[int]:
        """The ids of the participant cues that join a second organizer to the body an
        organizing verb names ("The course was organized by the OSCE Centre in Ashgabat
        together with the State Border Service": both organize), not a helper ("organized by
        the Service together with the law enforcement bodies named above, the Office": the
        Office takes part)."""
        joints: set[int] = set()
        for match in self.role_cues:
            cue = match.cue
            if (cue.role != "participant" or cue.direction != "after"
                    or cue.phrase.lower() not in CO_ORGANIZER_JOINTS):
                continue
            joined = self._entities_of(match)
            if not joined or not _JOINED_BODY.fullmatch(
                    self.text, match.end, min(a.mention.start for a in joined)):
                continue
            for verb in self.role_cues:
                if (verb.sentence != match.sentence or verb.end > match.start
                        or verb.cue.role != "organizer" or verb.cue.direction != "after"
                        or verb.cue.phrase.lower() not in ORGANIZING_VERBS):
                    continue
                named = self._entities_of(verb)
                if named and _CO_ORGANIZER_GAP.fullmatch(
                        self.text, max(a.mention.end for a in named), match.start):
                    joints.add(id(match))
        return joints

    def _orgs_before_trigger(self, draft: Draft, totals: dict[int, Draft]) -> list[Mention]:
        """The acting body: an organization named before a cue word of the event's type in the
        lead ("Officers of the Border Service found ...", "The FSB has shut down ..."), else
        the body the lead reports from ("..., the State Security Service said"); not in a
        sentence giving a running total's figures (``totals``, by sentence)."""
        if draft.trigger is None:
            return []
        lead = range(self.lead_last + 1)
        # "A joint investigation supported by Europol and Eurojust has dismantled ...": the
        # bodies a help cue names support, they are no acting subject
        helped = {a.mention.key for match in self.role_cues
                  if match.sentence in lead and match.cue.role == "participant"
                  and match.cue.direction == "after"
                  and match.cue.phrase.lower() in HELPER_PHRASES
                  for a in self._entities_of(match)}
        # a sentence giving a running total's figures tells the total's body ("Iranian police
        # had seized 410 kilograms of opium since 20 March"), not the item's
        orgs = [m for sentence in lead if sentence not in totals
                for m in self.by_sentence.get(sentence, ())
                if m.label in _ACTOR_LABELS and self._acting_body_apart_from(m, helped)]
        title_end = self._title_end()
        cues = [c for c in self.cues if c.cue.type == draft.type and c.sentence in lead]
        # the body's sentences name the acting units in full; the headline shortens them
        for in_body in (True, False):
            for cue in cues:
                if (cue.start >= title_end) != in_body:
                    continue
                before = [m for m in orgs if m.sentence == cue.sentence and m.end <= cue.start]
                countries = self._country_forces(cue.sentence, cue.start)
                if countries and (not before or countries[0].start < before[0].start):
                    return countries  # "authorities from Belgium and Spain, supported by"
                # "the sectors of the ministry, represented by the General Administration
                # ..., carried out": the units a body acts through
                unit = next((m for m in before if _LINKED_UNIT.search(
                    self.text, max(0, m.start - UNIT_LINK_CHARS), m.start)), None)
                if unit is not None or before:
                    return self._org_list(unit or before[0], orgs)
        # countries' forces opening a lead sentence that names no acting body before its
        # cue word ("On the action day, more than 600 police officers from Belgium, the
        # Netherlands and Spain carried out searches"): they act
        for sentence in lead:
            mentions = self.by_sentence.get(sentence)
            countries = self._country_forces(sentence, mentions[-1].end) if mentions else []
            if countries:
                return countries
        # a header line under the headline names the publisher's desk ("Department:
        # Investigation Planning Division"), the first sentence under it the body that
        # reports ("The Korea Customs Service announced ...")
        header = self._header_sentences()
        body = ([m for m in orgs if header and m.sentence == header.stop]
                or [m for m in orgs if m.start >= title_end] or orgs)
        return self._org_list(body[0], orgs) if body else []

    def _row_body(self, draft: Draft) -> list[Mention]:
        """The one body a table row of a local result names in a cell of its own ("1 | 14.04
        | Dostuk-avto customs post | Osh Customs | hashish | 12.6 kg"): the row's unit acts."""
        mentions = [m for sentence in sorted(draft.sentences)
                    for m in self.by_sentence.get(sentence, ())]
        if not mentions or any(self._table_row(m) is None for m in mentions):
            return []
        bodies = [m for m in mentions if m.label == "ORG" and self._acting_body(m)]
        if len({m.key for m in bodies}) != 1 or not all(
                _CELL_EDGE.match(self.text, m.end) for m in bodies):
            return []
        return bodies[:1]

    def _country_forces(self, sentence: int, cue_start: int) -> list[Mention]:
        """The countries whose forces open the sentence before its event word ("Law
        enforcement and judicial authorities from Belgium, Germany, Italy, the Netherlands
        and Spain, supported by Europol, have taken down ..."), listed in full."""
        start = self.lay.sentences[sentence][0]
        countries = [m for m in self.by_sentence.get(sentence, ())
                     if m.label == "COUNTRY" and m.end <= cue_start]
        forces = _COUNTRY_FORCES.search(self.text, start, countries[0].start) if (
            countries and countries[0].start - start <= COUNTRY_SUBJECT_CHARS) else None
        if forces is None or any(  # "held with the participation of the police of A, B"
                match.sentence == sentence and match.cue.direction == "after"
                and match.cue.role in ("participant", "observer")
                and start <= match.start and match.end <= forces.start()
                for match in self.role_cues):
            return []
        listed = [countries[0]]
        for mention in countries[1:]:
            if not _COUNTRY_JOINT.fullmatch(self.text, listed[-1].end, mention.start):
                break
            listed.append(mention)
        return listed

    def _seizing_body(self, draft: Draft) -> list[Mention]:
        """The body that acts in a local result's sentence with a seizure word: named
        first, before that word, after at most a bullet, a row's label and opening adverbials
        ("On 29 October, the Royal Canadian Navy frigate ... seized"); the subject of a
        relative clause ("..., where the Anti-Drug Department ... raided"); the agent of a
        passive ("was made on 13 June by Brazil's Federal Revenue Service")."""
        text = self.text
        for cue in self.cues:
            if cue.cue.type != "seizure" or cue.sentence not in draft.sentences:
                continue
            start = self.lay.sentences[cue.sentence][0]
            mentions = self.by_sentence[cue.sentence]
            bodies = [m for m in mentions if m.end <= cue.start and self._acting_body(m)]
            # a demonym's force after an adverbial of the find's place or time ("In the Chui
            # region, Kyrgyz police dismantled ...", "Earlier this month, Kyrgyz border guards
            # detained ..."), not after one naming a stage of the operation ("In the second
            # stage, Kyrgyz police ..."): the stage's forces take part in the operation
            if bodies and self._opens_result(draft, start, bodies[0]):
                return self._org_list(bodies[0], bodies)
            subject = next((m for m in reversed(bodies) if _CLAUSE_SUBJECT.search(
                text, max(start, m.start - CLAUSE_WORD_CHARS), m.start)), None)
            if subject is not None:
                return self._org_list(subject, bodies)
            agent = self._passive_agent(cue, mentions)
            if agent:
                return agent
        return []

    def _opens_result(self, draft: Draft, start: int, body: Mention) -> bool:
        """``body`` opens a local result's sentence (from ``start``): after at most a bullet,
        a row's label, opening adverbials and the body's people; a demonym's force not after
        an adverbial naming a stage of the operation (_seizing_body)."""
        text = self.text
        return bool(_SENTENCE_OPENING.fullmatch(text, start, body.start) or (
            (_RESULT_OPENING.fullmatch(text, start, body.start)
             or self._date_opens_before(start, body))
            and (body.label == "ORG" or (
                draft.part_of is None and not self._names_operation(start, body.start)))))

    def _date_opens_before(self, start: int, body: Mention) -> bool:
        """A date opens the sentence (from ``start``) right before ``body`` with no comma
        ("On 11/22/2026 Alaska State Troopers stopped", "> Palau: between 3 and 5 November
        officers of the Bureau raided"), past a bullet, a row's label and an opener word."""
        text = self.text
        return any(m.label == "DATE" and m.end <= body.start
                   and _BEFORE_DATE.fullmatch(text, start, m.start)
                   and _DATE_TO_SUBJECT.fullmatch(text, m.end, body.start)
                   for m in self.by_sentence.get(body.sentence, ()))

    def _opening_body(self, draft: Draft) -> list[Mention]:
        """The body opening a local result's first sentence (past a heading line), when no
        sentence with its seizure word names who acted: the result's first action is the
        body's ("On 20 May, the elements of the Port Commissariat, in collaboration with the
        Customs Sector, proceeded to the inspection of two containers. [...] 140 bags were
        discovered"; "In a separate operation, ranks of the Unit, supported by the Defence
        Force, located and destroyed 3 acres of cannabis"). A body first named in a later
        sentence acts in none of the result's opening ("11 suspects were arrested ...
        Europol supported the action day")."""
        for sentence in sorted(draft.sentences):
            start, end = self.lay.sentences[sentence]
            if not _SENTENCE_END.search(self.text, start, end):
                continue  # a heading line ("LITTORAL REGION – DOUALA")
            bodies = [m for m in self.by_sentence.get(sentence, ()) if self._acting_body(m)]
            if not bodies or not self._opens_result(draft, start, bodies[0]):
                return []
            return self._org_list(bodies[0], bodies)
        return []

    def _passive_agent(self, cue: EventCueMatch, mentions: list[Mention]) -> list[Mention]:
        """The bodies right after the "by" of a passive seizure word in its sentence
        (``mentions``): "was made on 13 June by Brazil's Federal Revenue Service", "the
        quantity seized by the Coast Guard and the Drug Squad since January"; none after an
        arrest word ("arrested by the SAPS": custody, not the find)."""
        if self.text[cue.start : cue.end].lower() in ARREST_VERBS:
            return []
        by = _BY_AGENT.match(self.text, cue.end)
        if by is None:
            return []
        after = [m for m in mentions if m.start >= by.end() and self._acting_body(m)]
        return self._org_list(after[0], after) if after and after[0].start == by.end() else []

    def _total_agent(self, draft: Draft) -> list[Mention]:
        """A period's running total's body named as the agent of its passive seizure word
        ("This seizure brings to 3.4 tonnes the hashish seized by the Coast Guard since
        January"; "the total recovered by the Police and the Coast Guard since 1st January")."""
        for cue in self.cues:
            if cue.cue.type == "seizure" and cue.sentence in draft.sentences:
                agent = self._passive_agent(cue, self.by_sentence[cue.sentence])
                if agent:
                    return agent
        return []

    def _names_operation(self, start: int, end: int) -> bool:
        """The text from ``start`` to ``end`` (a sentence's opening adverbials) names the
        operation or one of its stages ("In the second stage,", "During the operation,")."""
        return bool(_STAGE_WORD.search(self.text, start, end)) or any(
            c.cue.type == "operation" and start <= c.start and c.end <= end for c in self.cues)

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

    def _assign_roles(self, owner: dict[int, Draft], main: Draft,
                      totals: dict[int, Draft]) -> None:
        """Each role cue's entities as roles of the draft owning the cue's sentence
        (``owner``; the summing-up meeting's for its venue, chair and attendees; a running
        total's for the actors of the sentence giving its figures, ``totals``), then each
        draft's acting bodies (organizer_agents; ``main``, the item's event, also by the body
        before its trigger) and the dateline's place to fall back on."""
        lead_last = self._lead_reach()
        anchors: dict[int, set[int]] = {}  # id(draft) -> sentences of its name and trigger
        background, topic_starts, no_topic = self.background, self._topic_starts, len(self.text)
        # "assisted by members of the Drugs Bureau", "with the participation of members of the
        # Emergency Response Unit": the organizer cue "members of" right after a participant
        # cue is part of it; the body helps or takes part, it does not lead
        joining = [m for m in self.role_cues
                   if m.cue.role == "participant" and m.cue.direction == "after"
                   and _OBJECT_OPENER.search(m.cue.phrase)]
        joining_ends = {m.end for m in joining}
        helpers = [m for m in joining if m.cue.phrase.lower() in HELPER_PHRASES]
        # "officers of the DEU, along with marines of the RBDF, intercepted": the body a help
        # cue names is no subject of a verb of the cue's event ("Simultaneously, the PJ
        # searched 5 properties" is the PJ's own further action, an event of its own)
        helped = {(self._long_form(a.mention).key, id(owner[m.sentence]))
                  for m in helpers for a in self._entities_of(m)}
        # "carried out by the internal affairs bodies jointly with the X": X is the nearer
        # participant cue's; an organizer cue does not reach past it (a help cue before an
        # organizer cue, "together with servicemen of the Guard", is handled as one cue)
        participant_starts: dict[int, list[tuple[int, int]]] = defaultdict(list)
        # the bodies a gathering's participant cue lists after it ("a course for 24 officers
        # from A, B and C"), by start, with the event types the cue holds for
        listed: dict[int, list[str]] = {}
        for match in self.role_cues:
            if match.cue.direction == "after" and match.cue.role == "participant":
                participant_starts[match.sentence].append((match.start, match.end))
                if match.cue.event_types:
                    for assignment in self._entities_of(match):
                        listed.setdefault(assignment.mention.start, []).extend(
                            match.cue.event_types)
        # the sentences where a body acts ("Officers of the Mobile Unit searched a family
        # house in Mutěnice"): a weak place cue there places the event too
        acting = {match.sentence for match in self.role_cues
                  if match.cue.role == "organizer" and match.cue.direction == "before"
                  and match.cue.priority >= ACTING_PRIORITY and self._entities_of(match)}
        co_organizers = self._co_organizer_joints()
        for match in self.role_cues:
            draft = owner[match.sentence]
            if match.cue.role != "location":  # a total's period names no one place
                draft = totals.get(match.sentence, draft)
            if match.sentence in background and not _names_own_event(draft, match.sentence):
                continue
            nearer = [end for start, end in participant_starts.get(match.sentence, ())
                      if start >= match.end] if (
                match.cue.role == "organizer" and match.cue.direction == "after") else []
            if (match.cue.role == "organizer" and match.cue.direction == "after"
                    and any(_HELPER_GAP.fullmatch(self.text, end, match.start)
                            for end in joining_ends
                            if 0 <= match.start - end <= HELPER_GAP_CHARS)):
                continue
            if draft.type == "statement":
                continue  # a statement's body is its speaker's, not a role in the text
            cue = match.cue
            role = "organizer" if id(match) in co_organizers else cue.role
            if (role == "organizer" and cue.direction == "after"
                    and cue.phrase.lower().endswith(" by") and _DELEGATION_HEAD.search(
                        self.text, max(0, match.start - DELEGATION_CHARS), match.start)):
                role = "participant"  # "a delegation led by the Force": the Force takes part
            if (role == "organizer" and cue.direction == "after" and _CASE_HANDLER.search(
                    self.text, max(0, match.start - CASE_CHARS), match.start)):
                continue  # "The investigation is led by the prosecutor's office": the case's
            if (role != "location"
                    and topic_starts.get(match.sentence, no_topic) < match.start):
                continue  # "the parties discussed the participation of X": a topic
            if cue.priority < 2 and match.sentence > lead_last:
                own = anchors.get(id(draft))
                if own is None:
                    own = anchors[id(draft)] = {m.sentence for m in draft.mentions}
                    if draft.trigger is not None:
                        own.add(draft.trigger.sentence)
                    if draft.follow_up:  # the later day's arrests: their one sentence
                        own.update(draft.sentences)
                    if draft.type != "other":  # a period's or a verdict's: many places
                        own.update(s for s in acting if owner.get(s) is draft)
                if match.sentence not in own:
                    continue  # weak cues ("in", "at the") only near the event's own mention
            target = draft
            summit = self.summit
            if (summit is not None and role in ("location", "organizer")
                    and match.sentence <= summit.trigger.sentence):  # type: ignore[union-attr]
                target = summit  # the venue and chair of the summing-up meeting
            elif (summit is not None and cue.event_types and target.type not in cue.event_types
                    and summit.type in cue.event_types
                    and self._paragraph(match.sentence)
                    == self._paragraph(summit.trigger.sentence)):  # type: ignore[union-attr]
                target = summit  # "The meeting was attended by heads of ...": its attendees
            if cue.event_types and (
                    target.type not in self._cue_types(match, target, main)
                    or (target.part_of is not None and not target.sub_result)):
                # the body that seized organized its seizure, also a local result of a named
                # operation; in a stage of the operation it takes part
                continue
            if cue.direction == "before" and _PASSIVE_BY.match(self.text, match.end):
                continue  # "deliberations hosted by the Board": the body after "by" acts
            if (role == "organizer" and target.type in GATHERING_TYPES
                    and self._countries_by_officials(match)):
                role = "participant"  # "a meeting of the border commissioners of A and B"
            for assignment in self._entities_of(match):
                mention = assignment.mention
                assignment.role = role
                if self._is_news_source(mention):
                    continue
                if any(end <= mention.start for end in nearer):
                    continue  # another role's cue stands between this cue and the body
                if (role == "organizer" and cue.direction == "before" and helped
                        and (self._long_form(mention).key, id(target)) in helped):
                    continue
                if (role == "organizer" and cue.direction == "before"
                        and target.type in listed.get(mention.start, ())):
                    continue  # "officers from A and B, organised jointly with C": A, B attend
                if role == "location":
                    if assignment.distance > 2 and self._route_place(mention):
                        continue
                    if cue.phrase.lower() in WATER_CUES and not water_place(mention):
                        continue  # "on the Belarus-Ukraine border": no venue
                    if (cue.priority < 2 and mention.label == "LOC" and not water_place(mention)
                            and (scope_place(mention)
                                 or (_ARTICLE_GAP.fullmatch(self.text, match.end,
                                                            mention.start)
                                     and not headed_area(mention, self.text)
                                     and not (target.type in GATHERING_TYPES
                                              and self._headed_subdivision(mention))))):
                        # "in Latin America", "in the West Midlands": a scope, not a venue;
                        # a sea or a river is one ("in the North Arabian Sea"), and so is a
                        # locality no list knows ("a vehicle being driven in Ħamrun"), and so is
                        # a district named with its head word ("in the Fuzuli district"),
                        # and a gathering's region so named ("a course was organized ... in
                        # the Tashkent region"; a find's or a total's region is its scope)
                        continue
                    target.roles.append(assignment)
                elif (role == "participant" and target.type == "other"
                        and mention.label in _PARTY_LABELS
                        and _FIGURE_ASIDE.match(self.text, mention.end)):
                    # a period's figures by country ("detained by customs officers of Russia
                    # (7 412 kg), Kazakhstan (1 186 kg) ..."): a breakdown of the total, the
                    # countries are no parties of the period's results
                    continue
                elif (mention.label in ROLE_LABELS
                        or (mention.label == "NORP" and self._demonym_body(mention))):
                    # a demonym naming a force or a party acts as a body; a bare demonym ("a
                    # Brazilian woman") has no role, whatever cue points at it
                    if role == "organizer":
                        if _MEMBER_STATES.match(self.text, mention.end):
                            continue  # "units of the CSTO member states": the states act
                        assignment.mention = self._unit_of(self._long_form(mention))
                    else:
                        assignment.mention = self._long_form(mention)
                    target.roles.append(assignment)
        drafts = {id(d): d for d in (*owner.values(), *totals.values())}
        for draft in drafts.values():
            # the body a draft was made with (a running total's, named before its figures)
            # (a period's total: the agent of its passive seizure word, listed in full)
            draft.organizer_agents = (self._name_genitive_orgs(draft)
                                      or (self._total_agent(draft) if draft.period else [])
                                      or draft.organizer_agents)
            if draft.follow_up:  # "NCA officers then arrested three men"
                draft.organizer_agents = self._subject_orgs(min(draft.sentences))
            elif draft.sub_result and not draft.organizer_agents:
                # "Kazakh police, in cooperation with Kyrgyz colleagues, seized ...": the
                # force that opens the local result's sentence before its seizure word
                draft.organizer_agents = (self._seizing_body(draft) or self._row_body(draft)
                                          or self._opening_body(draft))
        if main.type in AGENT_TYPES or main.type == "statement":
            main.organizer_agents = main.organizer_agents or self._orgs_before_trigger(main, totals)
            if main.type == "statement" and not main.organizer_agents:
                orgs = [m for m in self.mentions
                        if m.label == "ORG" and not self._is_news_source(m)]
                main.organizer_agents = orgs[:1]
            main.organizer_agents = self._acting_units(main, owner)
        for draft in drafts.values():
            draft.organizer_agents = self._without_helpers(draft, without_parents(
                self._through_units(draft.organizer_agents)))
        for draft in drafts.values():
            self._joint_parties(draft)
        self._event_partners(owner)
        self._inherit_organizers(main, drafts.values())
        self._first_person_organizers(drafts.values())
        self._series_organizers(main, drafts.values())
        with_summit = [*drafts.values(), *([self.summit] if self.summit is not None else [])]
        self._body_over_headline_roles(with_summit)
        for draft in with_summit:
            self._without_recipients(draft)
        dateline = main.fallback_location = self._dateline_place()
        if self.summit is not None:
            drafts[id(self.summit)] = self.summit
        for draft in drafts.values():
            # a gathering the lead reports ("... held its quarterly meeting on Wednesday")
            # is placed by the dateline too when the item's main event is another one
            if (draft.type in GATHERING_TYPES and not draft.further
                    and draft.trigger is not None and draft.trigger.sentence <= lead_last):
                draft.fallback_location = draft.fallback_location or dateline
        self._side_event_venues(main, drafts.values())
        if main.type == "operation":
            main.agents.extend(self._result_rows_countries())
            main.agents.extend(self._table_rows_countries())

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
                if (body.start, body.end) in spans or not _HANDED_TO.search(
                        self.text, max(0, body.start - HANDED_TO_CHARS), body.start):
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

    def _lead_reach(self) -> int:
        """The lead's last sentence, past the bare list numbers the lead counts as sentences
        of their own ("1." over "On Saturday 21 November, units of the Naval Force
        intercepted a boat 18 nautical miles east of Punta Gorda"): a number is no sentence
        of the lead."""
        last = self.lead_last
        sentence = 0
        while sentence <= last and sentence < len(self.lay.sentences):
            if _LIST_NUMBER.fullmatch(self.text, *self.lay.sentences[sentence]):
                last += 1
            sentence += 1
        return last

    def _event_partners(self, owner: dict[int, Draft]) -> None:
        """The partners named right after a gathering's word ("held a joint exercise with
        Georgia", "a meeting of the Border Service of Kyrgyzstan with the Border Troops of
        Tajikistan"): they take part in the gathering owning the word's sentence
        (_WITH_PARTNER)."""
        text, title_end = self.text, self._title_end()
        for cue in self.cues:
            draft = owner.get(cue.sentence)
            if (draft is None or cue.cue.type not in GATHERING_TYPES
                    or draft.type not in GATHERING_TYPES or cue.sentence in self.background):
                continue
            at = cue.end
            name = _EVENT_NAME_AFTER.match(text, at)
            if name is not None:
                at = name.end()
            mentions = [m for m in self.by_sentence.get(cue.sentence, ())
                        if m.start >= at and m.label in _PARTNER_LABELS]
            of = _OF_PARTY.match(text, at)
            if of is not None:  # "a meeting of A with B": past A and its list
                party = next((i for i, m in enumerate(mentions) if m.start == of.end()), None)
                if party is None:
                    continue
                at = chain_forward(mentions[party], mentions[party + 1:], text)[-1].end
                at += text.startswith(")", at)
            partner = _WITH_PARTNER.match(text, at)
            first = next((i for i, m in enumerate(mentions)
                          if partner is not None and m.start == partner.end()), None)
            if first is None:
                continue
            owned = _POSSESSIVE_AFTER.match(text, mentions[first].end)
            if (owned is not None and first + 1 < len(mentions)
                    and mentions[first + 1].start == owned.end()):
                first += 1  # "with Portugal's Judicial Police": the body
            known = {m.key for m in draft.agents}
            partners: set[str] = set()
            for mention in chain_forward(mentions[first], mentions[first + 1:], text):
                if (mention.label not in ROLE_LABELS or self._is_news_source(mention)
                        or _POSSESSIVE_AFTER.match(text, mention.end)):
                    continue  # "with Latvian colleagues" (the colleagues' body is named
                    # apart); "with Portugal's Judicial Police": the body, not the country
                mention = self._long_form(mention)
                partners.add(mention.key)
                if mention.key not in known:
                    draft.agents.append(mention)
                    known.add(mention.key)
            if partners:
                # "CSTO Collective Forces to hold joint training" over "The joint training
                # with the Collective Forces of the CSTO ... is organized by the Joint Staff":
                # the headline's subject is the body's partner, no organizer
                draft.roles = [a for a in draft.roles
                               if a.role != "organizer" or a.cue.start >= title_end
                               or a.mention.key not in partners]

    def _joint_parties(self, draft: Draft) -> None:
        """The countries a joint event's subject lists in the sentence of the event's word
        ("Kazakhstan and Kyrgyzstan held a joint border exercise", "customs officers of
        Russia and China carried out a joint check", "Kyrgyz and Tajik border guards
        conducted joint patrols", "The ministers of Russia and Belarus met"): parties that
        take part, none of them said to lead it; no body named before them ("the Border
        Service of Kazakhstan and Kyrgyz colleagues": the Service acts)."""
        trigger = draft.trigger
        if trigger is None or trigger.sentence > self.lead_last:
            return
        mentions = self.by_sentence.get(trigger.sentence, ())
        text = self.text
        parties: list[Mention] = []
        for index, last in enumerate(mentions):
            if (last.label not in _PARTY_LABELS or index == 0
                    or _JOINT_ACTION.match(text, last.end) is None):
                continue
            earlier = (m for m in reversed(mentions[:index]) if m.label in _PARTY_LABELS)
            chain = chain_back(last, earlier, text)
            if (len(chain) >= MIN_JOINT_PARTIES
                    and all(m.label == "COUNTRY" or self._demonym_body(m) for m in chain)
                    and not any(self._acting_body(m) for m in mentions
                                if m.label == "ORG" and m.end <= chain[0].start)):
                parties = chain
                break
        if not parties:
            return
        keys = {m.key for m in parties}
        draft.organizer_agents = [m for m in draft.organizer_agents if m.key not in keys]
        draft.roles = [a for a in draft.roles
                       if a.role != "organizer" or a.mention.key not in keys]
        known = {m.key for m in draft.agents}
        draft.agents.extend(m for m in parties if m.key not in known)

    def _cue_types(self, match: RoleCueMatch, draft: Draft, main: Draft) -> list[str]:
        """The event types a cue holds for in ``draft``: a find's cue naming the passive
        agent ("by officers of the") in the sentence that dates the item's unnamed main action
        holds for that action too, whose type its extent decides only later (an interdiction
        on one day at one place is a seizure: "The laboratory was liquidated on 12 September
        by officers of the Main Directorate"; not "the third laboratory dismantled by officers
        of the Bureau this year")."""
        types = match.cue.event_types
        read_as = (self.read_types or {}).get(id(draft))
        if ("seizure" in types and read_as == "seizure" and draft.type != "seizure"
                and draft.type in AGENT_TYPES):
            # "officers of the Service seized ... searched nine homes and arrested 17": a find
            # its extent made an operation or a period's results; who seized still acts
            return [*types, draft.type]
        if (draft is main and not draft.mentions and "seizure" in types
                and match.cue.direction == "after"
                and draft.dates and draft.dates[0].sentence == match.sentence
                and _AGENT_BY.search(self.text, max(0, match.start - BY_CHARS), match.start)):
            return [*types, "operation"]
        return types

    def _countries_by_officials(self, match: RoleCueMatch) -> bool:
        """An organizer cue of a gathering points at countries through their officials ("a
        meeting of the border commissioners of Tajikistan and Afghanistan was held"): the
        countries meet as parties, none is said to host or lead the gathering."""
        if match.cue.direction != "after":
            return False
        named = self._entities_of(match)
        if not named:
            return False
        first = min((a.mention for a in named), key=lambda m: m.start)
        return (first.label in ("COUNTRY", "NORP")
                and _OFFICIALS_OF.fullmatch(self.text, match.end, first.start) is not None)

    def _first_person_organizers(self, drafts: Iterable[Draft]) -> None:
        """An operation, find or period's result the publisher's own people or speaker tell
        ("our officers found 276 kg of hashish", "since the beginning of the year we have
        blocked 143 channels"), or a gathering the speaker tells the body hosts in the
        gathering's own sentence ("we will host a meeting"), with no body said to act: the
        item's own body, the first one it names, organizes it (a press conference of the
        Service: the Service)."""
        own: list[Mention] | None = None
        for draft in drafts:
            # a gathering the speaker's body hosts ("next week we will host a meeting here
            # with our counterparts from ..."): told in the sentence of its own word
            told = (draft.sentences if draft.type in AGENT_TYPES
                    else (draft.trigger.sentence,) if draft.type in GATHERING_TYPES
                    and draft.trigger is not None else ())
            if (draft.organizer_agents or draft.decision
                    or any(a.role == "organizer" for a in draft.roles)
                    or not any(_FIRST_PERSON.search(self.text, *self.lay.sentences[sentence])
                               for sentence in told)):
                continue
            if own is None:  # not the desk or venue of a date line ("20 November 2025 |
                # Central Communications Service, Astana" over a guest body's briefing)
                own = next(([m] for m in self.mentions if m.label == "ORG"
                            and not self._dated_line(m) and self._acting_body(m)), [])
            draft.organizer_agents = list(own)

    def _dated_line(self, mention: Mention) -> bool:
        """The mention stands on a short line that also holds a date and ends with no full
        stop: a date or venue line ("20 November 2025 | Central Communications Service ...,
        Astana")."""
        text = self.text
        start = text.rfind("\n", 0, mention.start) + 1
        end = text.find("\n", mention.end)
        end = len(text) if end < 0 else end
        return (end - start <= DATED_LINE_CHARS and not _SENTENCE_END.search(text, start, end)
                and any(m.label == "DATE" and start <= m.start < end
                        for m in self.by_sentence.get(mention.sentence, ())))

    @staticmethod
    def _without_helpers(draft: Draft, bodies: list[Mention]) -> list[Mention]:
        """The acting bodies less those a help cue of the draft names ("The State Security
        Committee jointly with the Main Directorate ... has stopped", under the headline "KGB
        AND MVD LIQUIDATED ..."): the helper takes part, the other body acts; all of them
        when every one is named so."""
        helpers = {(a.mention.key, a.cue.sentence) for a in draft.roles
                   if a.role == "participant" and a.cue.cue.phrase.lower() in HELPER_PHRASES}
        if not helpers or len(bodies) < 2:
            return bodies
        # in the body's own sentence ("supported by two helicopters of the Federal Police"
        # in a later one leaves the lead's "SENAD and the Federal Police concluded" as it is)
        return [m for m in bodies if (m.key, m.sentence) not in helpers] or bodies

    def _body_over_headline_roles(self, drafts: Iterable[Draft]) -> None:
        """The bodies and countries the headline gives a role ("Border guards of Kazakhstan
        and Kyrgyzstan held a working meeting", "Minister meets with delegation of Iran's
        FARAJA") give way to those the body names for the event ("a working meeting of the
        heads of the Department ... and the Chui border detachment ... took place"): the
        headline shortens the parties the body names in full. An event the body gives no
        party keeps the headline's."""
        title_end = self._title_end()
        if not title_end:
            return

        body_countries: set[str] = set()

        def headline(mention: Mention) -> bool:
            # a headline's country stays: it may stand for the party the body names
            # by its officials only ("Kazakhstan and Kyrgyzstan hold border talks"), unless
            # the body names that country's own body for the event ("Customs officers from
            # Armenia ... train together" over "officers of the State Revenue Committee of
            # Armenia"): the headline shortens that party too
            if mention.start >= title_end:
                return False
            return mention.label == "ORG" or (
                mention.label in ("COUNTRY", "NORP") and iso2(mention) in body_countries)

        for draft in drafts:
            body_organizers = any(m.start >= title_end for m in draft.organizer_agents)
            body_roles = {a.role for a in draft.roles if a.mention.start >= title_end}
            if not (body_organizers or body_roles - {"location"}):
                continue
            body_countries = {str(m.normalized.get("country")) for m in (
                *(a.mention for a in draft.roles if a.role != "location"),
                *draft.organizer_agents)
                if m.start >= title_end and m.label == "ORG" and m.normalized.get("country")}
            # role by role: a headline's organizers stay when the body names only who took
            # part ("FFAA and US Southern Command close maritime course" over "prepared 32
            # sailors of the Naval Force")
            if body_organizers:
                body_roles.add("organizer")
                draft.organizer_agents = [m for m in draft.organizer_agents
                                          if not headline(m)]
            draft.roles = [a for a in draft.roles if a.role == "location"
                           or a.role not in body_roles or not headline(a.mention)]
            draft.agents = [m for m in draft.agents if not headline(m)]

    def _side_event_venues(self, main: Draft, drafts: Iterable[Draft]) -> None:
        """A gathering its sentence tells as held beside the item's main gathering ("On the
        margins of the meeting, on 7 October, the Centre held a training seminar") is placed
        at the main gathering's venue when no cue of its own places it."""
        if main.type not in GATHERING_TYPES:
            return
        venue: Mention | None = None
        for draft in drafts:
            trigger = draft.trigger
            if (draft is main or draft.type not in GATHERING_TYPES or trigger is None
                    or not _SIDE_EVENT.search(self.text, self.lay.sentences[trigger.sentence][0],
                                              trigger.start)):
                continue
            venue = venue or self._event_place(main)
            if venue is not None:
                draft.fallback_location = venue

    def _series_organizers(self, main: Draft, drafts: Iterable[Draft]) -> None:
        """A later session the item announces of the standing body whose meeting it reports
        ("The 93rd meeting of the Council ... The next meeting will be held in Minsk"; "The
        Commission closed its session ... It will hold a reconvened session in December"):
        that body organizes it too, when its sentences name no other body or country."""
        if main.type not in GATHERING_TYPES:
            return
        series: list[Mention] = []
        for assignment in main.roles:
            if (assignment.role == "organizer"
                    and assignment.cue.cue.phrase.lower() in SERIES_BODY_CUES
                    and all(assignment.mention.key != known.key for known in series)):
                series.append(assignment.mention)
        if not series:
            return
        keys = {m.key for m in series}
        for draft in drafts:
            # the country it will be held in names no other party ("The next meeting will be
            # held in the first half of 2026 in the Kyrgyz Republic")
            venues = {a.mention.start for a in draft.roles if a.role == "location"}
            if (draft is not main and draft.further and draft.type == main.type
                    and not draft.organizer_agents
                    and not any(a.role == "organizer" for a in draft.roles)
                    and not any(m.label in ("ORG", "COUNTRY", "NORP") and m.key not in keys
                                and m.start not in venues
                                for sentence in draft.sentences
                                for m in self.by_sentence.get(sentence, ()))):
                draft.organizer_agents = list(series)  # nobody else named for it

    def _header_sentences(self) -> range:
        """The header lines right under the headline (a date line, "Department: ..."), as
        sentence numbers; none without a headline."""
        return range(1, 1 + self.header_lines) if self._title_end() else range(0)

    def _paragraph(self, sentence: int) -> int:
        """The paragraph holding a sentence."""
        return self.lay.paragraph_of(self.lay.sentences[sentence][0])

    def _inherit_organizers(self, main: Draft, drafts: Iterable[Draft]) -> None:
        """A local result in a bullet row of the release's results list that names nobody
        acting ("Details are as follows: - 240 kgs Charas recovered from a truck near Torkham
        border"), or one whose sentences name no acting body but helpers ("On 10 March,
        police officers stopped the minibus ...", "border guards together with customs
        officers of the SRC examined a truck") under an event one body organizes, is the
        work of the body the release reports for: the main event's organizers, unless the
        main event is a multinational one (countries take part in it), whose results each
        country's bodies achieve; a period's total ("In 2024, the Commission arrested ...")
        is no local result."""
        organizers = role_lists(main.roles)["organizer"] or main.organizer_agents
        if not organizers or any(m.label == "COUNTRY" for m in main.agents) or any(
                a.mention.label == "COUNTRY" for a in main.roles if a.role != "location"):
            return
        for draft in drafts:
            # bodies a cue gives another role ("with the support of the Navy") do not act
            cued = {a.mention.key for a in draft.roles if a.role != "location"}
            if (draft.sub_result and not draft.organizer_agents
                    and (self._bullet_row(draft)
                         or (len(organizers) == 1 and not self._period_long(draft)
                             and not self._names_body(draft, cued)))
                    and not any(a.role == "organizer" for a in draft.roles)
                    and not any(self._acting_body_apart_from(m, cued) for m in draft.agents)):
                draft.organizer_agents = list(organizers)

    def _names_body(self, draft: Draft, cued: set[str]) -> bool:
        """The draft's sentences name an acting body that no role cue gives another role
        ("together with customs officers of the SRC": it helps, it does not act) and nothing
        was handed over to ("The case was handed over to the police": it receives), or a
        country the result happened in ("In Kyrgyzstan, police in Osh detained ...": that
        country's police acted, not the release's body)."""
        return any(self._acting_body_apart_from(m, cued)
                   or (m.label == "COUNTRY" and _IN_COUNTRY.search(
                       self.text, max(0, m.start - IN_CHARS), m.start) is not None)
                   for sentence in draft.sentences for m in self.by_sentence.get(sentence, ()))

    def _period_long(self, draft: Draft) -> bool:
        """The draft is dated by a period of a month or more, or by one still open ("since
        1 January")."""
        return any(isinstance(m.normalized.get("start"), str)
                   and (not isinstance(m.normalized.get("end"), str)
                        or span_days(m) >= PERIOD_DAYS)
                   for m in draft.dates)

    def _bullet_row(self, draft: Draft) -> bool:
        """The draft's text opens a line with a bullet or a number ("- 1.15 kgs Heroin
        recovered ...", "2. On the 2nd of this month, inspectors examined ...")."""
        start = self.lay.sentences[min(draft.sentences)][0]
        line_start = self.text.rfind("\n", 0, start) + 1
        return _RESULT_ITEM.match(self.text, line_start) is not None

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

    def _acting_units(self, draft: Draft, owner: dict[int, Draft]) -> list[Mention]:
        """The draft's organizers, each replaced by its unit that the event's own sentences
        name ("the Narcotics Control Bureau (NCB) has dismantled ... a team of the Bhubaneswar
        Zonal Unit intercepted a truck"): the acting unit organizes, not its parent."""
        units: list[Mention] = []
        # a header line's desk is the publisher's office, no unit that acted ("Department:
        # Investigation Planning Division")
        header = self._header_sentences()
        for body in draft.organizer_agents:
            if body.label == "COUNTRY":  # a country acts as a whole, not through one row's unit
                units.append(body)
                continue
            parent = str(body.normalized.get("name") or body.text).lower()
            suffixes = (f" of {parent}", f" of the {parent}")
            unit = next((m for sentence in sorted(self.by_sentence)
                         if owner.get(sentence) is draft
                         for m in self.by_sentence[sentence]
                         if m.label == "ORG" and m is not body and m.sentence not in header
                         and str(m.normalized.get("name") or "").lower().endswith(suffixes)
                         and not self._is_news_source(m)
                         and not _ASIDE_OPENING.match(self.text,
                                                      self.lay.sentences[m.sentence][0])),
                        None)
            chosen = unit or body
            if all(chosen.key != known.key for known in units):
                units.append(chosen)
        return units

    def _result_rows_countries(self) -> list[Mention]:
        """Countries heading the rows of a results list ("- Spain: 15 arrests, ...", "France,
        Italy and Croatia: 11 arrests in total"): they took part in the operation."""
        found: list[Mention] = []
        for match in RESULT_ROW.finditer(self.text):
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

    def _table_rows_countries(self) -> list[Mention]:
        """Countries heading the rows of a table of figures by country, two rows or more
        ("Arrests and main seizures by country:" / "Cambodia – 296 – 410 kg crystal
        methamphetamine" / "Indonesia – 842 – 1 120 kg ..."; "Benin | 58 | 731 | 9"): each
        row is a country's own share of the operation's results, so the country took part
        in it."""
        text = self.text
        rows: dict[int, list[Mention]] = {}  # line start -> the countries heading the line
        row: list[Mention] = []
        for mention in self.mentions:
            if mention.label != "COUNTRY":
                continue
            if row and _ROW_JOINT.fullmatch(text, row[-1].end, mention.start):
                row.append(mention)  # "France, Italy and Croatia | 11"
                continue
            self._close_table_row(row, rows)
            line_start = text.rfind("\n", 0, mention.start) + 1
            row = [mention] if _ROW_START.fullmatch(text, line_start, mention.start) else []
        self._close_table_row(row, rows)
        found: list[Mention] = []
        for line_start, countries in rows.items():
            line_end = text.find("\n", line_start)
            following = line_end + 1 if line_end >= 0 else -1
            previous = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else -1
            if following in rows or previous in rows:  # a table: rows beside rows
                found.extend(countries)
        return found

    def _close_table_row(self, row: list[Mention], rows: dict[int, list[Mention]]) -> None:
        """Keep the countries heading a line when a figure's cell follows them
        (_table_rows_countries)."""
        if row and _FIGURE_CELL.match(self.text, row[-1].end):
            rows[self.text.rfind("\n", 0, row[0].start) + 1] = row

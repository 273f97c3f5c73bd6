"""Who acted: each role cue's entities as roles of the draft owning its sentence, then each
draft's acting bodies (organizers) and parties (participants), from the layers below it:
acting_bodies (bodies and their names), acting_subjects (who acts in a sentence), parties
(joint events' parties, result rows' countries) and inherited_roles (roles taken from
elsewhere)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from .acting_bodies import STAFF_NOUNS
from .acting_subjects import HELPER_PHRASES
from .draft import Draft
from .inherited_roles import AGENT_TYPES, InheritedRoleRules
from .mentions import ROLE_LABELS, Mention, RoleCueMatch
from .parties import GATHERING_TYPES, PARTNER_LABELS, PARTY_LABELS, WITH_PARTNER
from .places import countryless_venue, headed_area, iso2, scope_place
from .results import ROLE_WORDS_FILE, kind_alternatives, words_of
from .roles import RoleAssignment, chain_forward, lists_members, without_parents

# spaces and maybe "the": between two joined cues, or a joint and its body
_THE_GAP = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
# a joint and the second organizer it joins: "the", or the place both belong to ("together
# with the republic's Ministry of Education", "jointly with its Border Service")
_JOINED_GAP = re.compile(r"\s*(?:the\s+(?:[a-z][\w-]*['’]s\s+)?|its\s+|their\s+)?",
                         re.IGNORECASE)
# a participant cue ending in the word that opens its object ("with the participation of",
# "assisted by", "together with"), not one ending a noun ("member states"; role_words.jsonl)
_OBJECT_OPENER = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'object_opener')})$", re.IGNORECASE)
# place cues that place an event only on water or a border ("on the Corantijn River", "on the
# Belarus-Ukraine border"; role_words.jsonl)
COUNTRYLESS_VENUE_CUES = frozenset(words_of(ROLE_WORDS_FILE, "countryless_venue_cue"))
HELPER_GAP_CHARS = 6  # " the " between a participant cue and an organizer cue after it
# "organized by the OSCE Centre in Ashgabat together with the State Border Service": a joint
# right after the body an organizing verb names joins a second organizer (role_words.jsonl
# co_organizer, organizing_verb)
CO_ORGANIZER_JOINTS = frozenset(words_of(ROLE_WORDS_FILE, "co_organizer"))
ORGANIZING_VERBS = frozenset(words_of(ROLE_WORDS_FILE, "organizing_verb"))
# the body at whose initiative an event was held (role_words.jsonl initiative_cue)
INITIATIVE_CUES = frozenset(words_of(ROLE_WORDS_FILE, "initiative_cue"))
# "officials of X received a delegation of Y": the body before a host verb hosts the meeting,
# though a participant cue lists it among the attendees (role_words.jsonl host_verb)
HOST_VERBS = frozenset(words_of(ROLE_WORDS_FILE, "host_verb"))
# a meeting's organizer cue naming its parties right after it (role_words.jsonl sides_meeting)
SIDES_MEETING_CUES = frozenset(words_of(ROLE_WORDS_FILE, "sides_meeting"))
MIN_SIDES = 2  # two sides meet
# a participation cue's meeting right after it ("took part in the meeting"; role_words.jsonl
# summit_noun)
_IN_THE_MEETING = re.compile(
    r"\s+(?:in|at)\s+(?:the|its|this)\s+(?:[a-z][\w-]*\s+)?"
    rf"(?:{kind_alternatives(ROLE_WORDS_FILE, 'summit_noun')})\b", re.IGNORECASE)
_SIDES_JOINT = re.compile(r"\s*,?\s*(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)  # "A and the B"
# a demonym's party noun right after it ("Uzbek colleagues", "the Armenian side", "the
# Iranian delegation"; role_words.jsonl party_noun and side_noun)
_SIDE_NOUN = re.compile(
    rf"\s+(?:{kind_alternatives(ROLE_WORDS_FILE, 'party_noun', 'side_noun')})\b",
    re.IGNORECASE)
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
# a body named by its leader's post right before it ("the head of the", "the chairman of";
# role_words.jsonl leader_title): a list of such bodies meeting with no host named ("The head
# of A and the chairman of B held talks") is a meeting of sides, all of them take part
_LEADER_OF = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'leader_title')})"
    r"\s+(?:of|from)\s+(?:the\s+)?\Z", re.IGNORECASE)
LEADER_OF_CHARS = 40  # "director general of the " before a body
# what two sides hold right after the verb ("will hold a regular meeting", "held bilateral
# consultations"; role_words.jsonl sides_talks)
_SIDES_TALKS = re.compile(
    r"\s+(?:(?:a|an|the|their)\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    rf"(?:{kind_alternatives(ROLE_WORDS_FILE, 'sides_talks')})\b", re.IGNORECASE)
_AGENT_BY = re.compile(r"\bby\s+\Z", re.IGNORECASE)  # a passive's agent follows
BY_CHARS = 4  # "by " before a cue
# the case a body handles after the event ("The investigation is being carried out by the NAV
# Criminal Directorate"; role_words.jsonl case_noun): the body leads the case, not the event
_CASE_HANDLER = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'case_noun')})\s+"
    r"(?:is|was|are|were|has\s+been|have\s+been|will\s+be)(?:\s+being)?\s+\Z", re.IGNORECASE)
CASE_CHARS = 40  # "investigations have been being " before the cue
# a step after the event right before an oversight cue ("Proceedings were opened under the
# supervision of the Prosecutor's Office", "The investigation continues under the direction
# of"; role_words.jsonl later_step, oversight_cue): the body oversees that step, no role
OVERSIGHT_CUES = frozenset(words_of(ROLE_WORDS_FILE, "oversight_cue"))
_LATER_STEP_WORDS = kind_alternatives(ROLE_WORDS_FILE, "later_step")
_LATER_STEP = re.compile(rf"\b(?:{_LATER_STEP_WORDS})\s*,?\s*\Z", re.IGNORECASE)
# a help cue in a step that goes on after the event ("the investigation is being conducted
# together with the Agency", "the investigation into the suppliers continues with the help
# of", "The case is run together with"; role_words.jsonl case_noun, ongoing_case, later_step,
# also any present progressive: "The investigation is establishing the other members, in
# cooperation with"): the helper takes part in that later step only, no role in the event
_ONGOING_CASE_STEP = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'case_noun', 'ongoing_case')})"
    rf"\b[^.;:!?\n]{{0,60}}?(?:\b(?:{_LATER_STEP_WORDS})"
    r"|\b(?:is|are)\s+(?:still\s+|now\s+)?[a-z]+ing)\b"
    r"(?:\s+(?-i:[a-z])[\w'’-]*){0,6}?\s*,?\s*\Z", re.IGNORECASE)
# cooperation told in the present progressive ("We are working with our partners in the Coast
# Guard ...", "we are working closely with the Ministry of Justice"): ongoing, not the event's
_PRESENT_PROGRESSIVE = re.compile(
    r"\b(?:is|are|am|we're|they're)\s+(?:[a-z]+ly\s+|still\s+|now\s+|also\s+)?\Z",
    re.IGNORECASE)
# a help cue opened by a participle ("working with", "working closely with")
_PARTICIPLE_CUE = re.compile(r"[a-z]+ing\b.*\bwith\Z", re.IGNORECASE)
ONGOING_CHARS = 120  # "the investigation into the Georgian suppliers continues " before a cue
_MEMBER_STATES = re.compile(  # "units of the CSTO member states": the states act
    rf"\s+(?:{kind_alternatives(ROLE_WORDS_FILE, 'members')})\b", re.IGNORECASE)
_PASSIVE_BY = re.compile(r"\s+by\b", re.IGNORECASE)  # after a verb: its agent follows
_ARTICLE_GAP = re.compile(r"\s+the\s+", re.IGNORECASE)  # "in the <place>": a region or a sea
ACTING_PRIORITY = 3  # an organizer cue's priority telling a body's action ("seized")
_LIST_NUMBER = re.compile(r"\s*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*")  # "1.", "(b)", "iv)"
_FIGURE_ASIDE = re.compile(r"\s*\(\s*(?:about\s+|over\s+|some\s+)?\d")  # "Russia (7 412 kg)"
# what may stand between the last body an agent cue names and a "with" joining a partner to
# it: the body's acronym in brackets, its people ("led by YKAN instructors with the Cyprus
# Customs"); the partner follows "with" (parties.WITH_PARTNER)
_AGENT_TAIL = re.compile(rf"(?:\s*\([^()\n]{{1,20}}\))?(?:\s+(?:{STAFF_NOUNS}))?")
_CLAUSE_COMMA = re.compile(r"\)?\s*,\s*")  # a body's inserted clause opening ("(AIRCOP), ")


def _names_own_event(draft: Draft, sentence: int) -> bool:
    """A background sentence naming the draft's own event tells that event, not another
    period's ("We recall that the previous exercise, 'Caspian-2025', took place in the
    Mangystau region"; "the operation 'Shield' will be held in the Penza region"): its role
    cues are the event's."""
    return any(m.label == "OPERATION" and m.sentence == sentence for m in draft.mentions)


class ActorRules(InheritedRoleRules):
    """Organizers and participants of each draft (_assign_roles)."""

    # each draft's type as the lead's cues first read it, by id (set before the types are
    # decided by the events' extent; roles are read after that: _cue_types)
    read_types: dict[int, str] | None = None

    def _role_claimed(self) -> set[tuple[int, int]]:
        """The (start, end) spans of the bodies an observer cue points at: they observe,
        they take no other part."""
        claimed: set[tuple[int, int]] = set()
        for match in self.role_cues:
            if match.cue.role == "observer":
                for assignment in self._entities_of(match):
                    claimed.add((assignment.mention.start, assignment.mention.end))
        return claimed

    def _co_organizer_joints(self) -> dict[int, int]:
        """The ids of the participant cues that join a second organizer to the body an
        organizing verb names ("The course was organized by the OSCE Centre in Ashgabat
        together with the State Border Service": both organize), not a helper ("organized by
        the Service together with the law enforcement bodies named above, the Office": the
        Office takes part), each with the verb's priority (the second organizer ranks with
        it over a cue listing the body among those attending)."""
        joints: dict[int, int] = {}
        for match in self.role_cues:
            cue = match.cue
            if (cue.role != "participant" or cue.direction != "after"
                    or cue.phrase.lower() not in CO_ORGANIZER_JOINTS):
                continue
            joined = self._entities_of(match)
            if not joined or not _JOINED_GAP.fullmatch(
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
                    joints[id(match)] = verb.cue.priority
        return joints

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
        # "with the assistance of the Unit and police officers of the Directorate": the body
        # a joining cue's list reaches through its people takes part; the organizer cue
        # "officers of" inside the list does not make it lead
        joined_bodies = {(m.sentence, a.mention.start): m.start
                         for m in joining for a in self._entities_of(m)}
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
        # the sentences telling who took part in a meeting ("Representatives of the UNODC also
        # took part in the meeting"): in an item a meeting sums up, they attend the meeting
        meeting_sentences = {m.sentence for m in self.role_cues
                             if m.cue.role in ("participant", "observer")
                             and _IN_THE_MEETING.match(self.text, m.end)}
        for match in self.role_cues:
            draft = owner[match.sentence]
            if match.cue.role != "location":  # a total's period names no one place
                draft = totals.get(match.sentence, draft)
            if match.sentence in background and not _names_own_event(draft, match.sentence):
                continue
            organizer_after = match.cue.role == "organizer" and match.cue.direction == "after"
            nearer = [end for start, end in participant_starts.get(match.sentence, ())
                      if start >= match.end] if organizer_after else []
            if organizer_after and (
                    any(_THE_GAP.fullmatch(self.text, end, match.start)
                        for end in joining_ends if 0 <= match.start - end <= HELPER_GAP_CHARS)
                    or self._inside_joined_list(match, joined_bodies)):
                continue
            if draft.type == "statement":
                continue  # a statement's body is its speaker's, not a role in the text
            cue = match.cue
            co_priority = co_organizers.get(id(match))
            role = "organizer" if co_priority is not None else cue.role
            if (role == "organizer" and cue.direction == "after"
                    and cue.phrase.lower().endswith(" by") and _DELEGATION_HEAD.search(
                        self.text, max(0, match.start - DELEGATION_CHARS), match.start)):
                role = "participant"  # "a delegation led by the Force": the Force takes part
            if self._later_step(match, role):
                continue  # the body's role is in a step after the event, not in the event
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
            elif (summit is not None and role in ("participant", "observer")
                    and match.sentence in meeting_sentences):
                target = summit  # "Representatives of the UNODC also took part in the meeting"
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
            if (role == "organizer" and target.type == "meeting"
                    and self._leaders_meet(match)):
                role = "participant"  # "The head of A and the chairman of B held talks"
            if (role == "organizer" and target.type == "meeting"
                    and self._sides_meet(match)):
                role = "participant"  # "a working meeting of A and B took place"
            for assignment in self._entities_of(match):
                mention = assignment.mention
                assignment.role = role
                assignment.priority = co_priority
                if self._is_news_source(mention):
                    continue
                if any(end <= mention.start for end in nearer):
                    continue  # another role's cue stands between this cue and the body
                if (role == "organizer" and cue.direction == "before" and helped
                        and (self._long_form(mention).key, id(target)) in helped):
                    continue
                if (role == "organizer" and cue.direction == "before"
                        and cue.phrase.lower() not in HOST_VERBS
                        and target.type in listed.get(mention.start, ())):
                    continue  # "officers from A and B, organised jointly with C": A, B attend
                if role == "location":
                    if assignment.distance > 2 and self._route_place(mention):
                        continue
                    if (cue.phrase.lower() in COUNTRYLESS_VENUE_CUES
                            and not countryless_venue(mention)):
                        continue  # "on the" places on water or a border only ("on the
                        # Danube", "on the Belarus-Ukraine border")
                    if (cue.priority < 2 and mention.label == "LOC"
                            and not countryless_venue(mention)
                            and (scope_place(mention)
                                 or (_ARTICLE_GAP.fullmatch(self.text, match.end,
                                                            mention.start)
                                     and not headed_area(mention, self.text)
                                     and not (target.type in GATHERING_TYPES
                                              and self._headed_subdivision(mention))))):
                        # "in Latin America", "in the West Midlands": a scope, not a venue;
                        # a sea, a river or a border is one ("in the North Arabian Sea"), and
                        # so is a locality no list knows ("a vehicle being driven in Ħamrun"),
                        # and so is a district named with its head word ("in the Fuzuli district"),
                        # and a gathering's region so named ("a course was organized ... in
                        # the Tashkent region"; a find's or a total's region is its scope)
                        continue
                    target.roles.append(assignment)
                elif (role == "participant" and target.type == "other"
                        and mention.label in PARTY_LABELS
                        and _FIGURE_ASIDE.match(self.text, mention.end)):
                    # a period's figures by country ("detained by customs officers of Russia
                    # (7 412 kg), Kazakhstan (1 186 kg) ..."): a breakdown of the total, the
                    # countries are no parties of the period's results
                    continue
                elif (mention.label in ROLE_LABELS
                        or (mention.label == "NORP" and (
                            self._demonym_body(mention)
                            or (role == "participant" and cue.direction == "after"
                                and self._names_side(mention)
                                and not self._question(match.sentence))))):
                    # a demonym naming a force or a party acts as a body; a bare demonym ("a
                    # Brazilian woman") has no role, whatever cue points at it; a side a help
                    # cue names is a party ("joint work with the Armenian side", "information
                    # exchanged with the Saudi side"), not the side of a border it is elsewhere
                    if (_MEMBER_STATES.match(self.text, mention.end)
                            and (role == "organizer" or lists_members(mention, self.text))):
                        continue  # "units of the CSTO member states": the states act; "from
                        # the 11 ASEAN Member States, including Indonesia, ...": they take part
                    if role == "organizer":
                        assignment.mention = self._unit_of(self._long_form(mention))
                    else:
                        assignment.mention = self._long_form(mention)
                    target.roles.append(assignment)
            if role == "organizer" and cue.direction == "after" and cue.phrase.endswith(" by"):
                target.roles.extend(self._agent_partners(match))
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
        for draft in drafts.values():
            self._own_acting_agent(draft)
        self._inherit_organizers(main, drafts.values())
        self._first_person_organizers(drafts.values())
        self._series_organizers(main, drafts.values())
        self._venue_hosts(drafts.values())
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

    def _inside_joined_list(self, match: RoleCueMatch,
                            joined_bodies: dict[tuple[int, int], int]) -> bool:
        """An organizer cue naming only bodies a joining cue before it already lists ("with
        the assistance of A and police officers of B": "officers of" points at B, a party)."""
        named = self._entities_of(match)
        return bool(named) and all(
            joined_bodies.get((match.sentence, a.mention.start), match.start) < match.start
            for a in named)

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

    def _cue_types(self, match: RoleCueMatch, draft: Draft, main: Draft) -> list[str]:
        """The event types a cue holds for in ``draft``: a find's cue naming the passive
        agent ("by officers of the") in the sentence that dates the item's unnamed main action
        holds for that action too, whose type its extent decides only later (an interdiction
        on one day at one place is a seizure: "The laboratory was liquidated on 12 September
        by officers of the Main Directorate"; not "the third laboratory dismantled by officers
        of the Bureau this year"), and for a named operation in the sentence naming it."""
        types = match.cue.event_types
        read_as = (self.read_types or {}).get(id(draft))
        if ("seizure" in types and read_as == "seizure" and draft.type != "seizure"
                and draft.type in AGENT_TYPES):
            # "officers of the Service seized ... searched nine homes and arrested 17": a find
            # its extent made an operation or a period's results; who seized still acts
            return [*types, draft.type]
        if ("seizure" in types and match.cue.direction == "after"
                # the unnamed main's first dated sentence, or "The group was broken up by
                # officers of the Agency in an action codenamed Mozaika": the passive's agent
                # in the sentence naming the operation leads it
                and ((draft is main and not draft.mentions and draft.dates
                      and draft.dates[0].sentence == match.sentence)
                     or (draft.type == "operation"
                         and any(m.sentence == match.sentence for m in draft.mentions)))
                and _AGENT_BY.search(self.text, max(0, match.start - BY_CHARS), match.start)):
            return [*types, "operation"]
        return types

    def _later_step(self, match: RoleCueMatch, role: str) -> bool:
        """The cue gives its body a role in a step after the event, not in the event: the
        case it handles ("The investigation is led by the prosecutor's office"), a later step
        it oversees ("Proceedings were opened under the supervision of X") or one it helps in
        (:meth:`_ongoing_step`, "the investigation is being conducted together with X")."""
        cue = match.cue
        before = max(0, match.start - CASE_CHARS)
        return bool(
            (role == "organizer" and cue.direction == "after"
             and _CASE_HANDLER.search(self.text, before, match.start))
            or (cue.phrase.lower() in OVERSIGHT_CUES
                and _LATER_STEP.search(self.text, before, match.start))
            or (role == "participant" and self._ongoing_step(match)))

    def _ongoing_step(self, match: RoleCueMatch) -> bool:
        """A help cue told of a step that goes on after the event, in its own sentence: the
        case or work after it ("the investigation is being conducted together with the
        Agency") or the cue's participle in the present progressive ("we are working with
        our partners in the Coast Guard"): the body it names takes no role in the event."""
        if match.cue.direction != "after":
            return False
        start = max(self.lay.sentences[match.sentence][0], match.start - ONGOING_CHARS)
        return bool(_ONGOING_CASE_STEP.search(self.text, start, match.start) or (
            _PARTICIPLE_CUE.fullmatch(match.cue.phrase)
            and _PRESENT_PROGRESSIVE.search(self.text, start, match.start)))

    def _sides_meet(self, match: RoleCueMatch) -> bool:
        """A meeting's organizer cue listing two bodies or countries right after it ("a
        working meeting of the Zamiin-Uud Customs Office and the Erenhot Customs was held"):
        two sides meet and none is said to host; one body there ("the meeting of the
        Council") holds its own meeting."""
        if (match.cue.direction != "after"
                or match.cue.phrase.lower() not in SIDES_MEETING_CUES):
            return False
        named = self._two_sides(match)
        return (named is not None
                and self.text[match.end:named[0].start].strip().lower() in ("", "the")
                and self._joined(named))

    def _two_sides(self, match: RoleCueMatch) -> list[Mention] | None:
        """The bodies a cue names, in text order, when they are at least MIN_SIDES distinct
        ones; None otherwise."""
        named = sorted((a.mention for a in self._entities_of(match)), key=lambda m: m.start)
        return named if len({m.key for m in named}) >= MIN_SIDES else None

    def _joined(self, named: list[Mention]) -> bool:
        """The first two sides are joined into one pair ("A and B", "A & the B")."""
        return _SIDES_JOINT.fullmatch(self.text, named[0].end, named[1].start) is not None

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

    def _agent_partners(self, match: RoleCueMatch) -> list[RoleAssignment]:
        """The partners an agent cue's bodies acted "with" ("an investigation led by
        Homeland Security Investigations with the Drug Enforcement Administration and the
        Honolulu Police Department", "led by the Provincial Police with officers of the
        Crime Unit"): they take part, as the guide's "together with"."""
        named = [a.mention for a in self._entities_of(match)]
        if not named or any(
                m.label in ("ORG", "NORP") and _CLAUSE_COMMA.fullmatch(self.text, m.end,
                                                                       match.start)
                for m in self.by_sentence[match.sentence] if m.end <= match.start):
            return []  # "AIRCOP, run by UNODC with the WCO, took part": a body's clause
        last = max(named, key=lambda m: m.end)
        tail = _AGENT_TAIL.match(self.text, last.end)
        partner = WITH_PARTNER.match(self.text, tail.end())  # (the tail may be empty)
        if partner is None:
            return []
        after = [m for m in self.by_sentence[match.sentence]
                 if m.start >= partner.end() and m.label in PARTNER_LABELS]
        if not after or after[0].start != partner.end():
            return []
        return [RoleAssignment("participant", self._long_form(m), match, 0,
                               m.start - match.end)
                for m in chain_forward(after[0], after[1:], self.text)
                if (m.label in ROLE_LABELS or self._demonym_body(m))
                and not self._is_news_source(m)]

    def _leaders_meet(self, match: RoleCueMatch) -> bool:
        """An organizer cue of a meeting points back at a list of bodies named by their
        leaders' posts ("The head of A and the chairman of B held talks", "The director of A
        and the heads of B held a working meeting"), or two bodies joined by "and" holding a
        meeting, talks or consultations ("A and B will hold a regular meeting"): the sides meet,
        none is said to host; a host verb with its guest after it ("received the delegation of
        C") keeps its hosts."""
        if match.cue.direction != "before" or match.cue.phrase.lower() in HOST_VERBS:
            return False
        named = self._two_sides(match)
        if named is None:
            return False
        if any(_LEADER_OF.search(self.text, max(0, m.start - LEADER_OF_CHARS), m.start)
               for m in named):
            return True
        # "A and B will hold a regular meeting", "A and B held consultations": two sides
        return (len(named) == MIN_SIDES and _SIDES_TALKS.match(self.text, match.end) is not None
                and self._joined(named))

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

    @staticmethod
    def initiators_take_part(draft: Draft) -> None:
        """The body at whose initiative the event was held takes part beside an organizer an
        organizing verb names for it ("at the initiative of the Agency ... The course is
        organized by the OSCE Office": the Office organizes, the Agency takes part); it
        organizes where nobody else is said to (guide, session 34)."""
        if not any(a.role == "organizer" and a.cue.cue.phrase.lower() in ORGANIZING_VERBS
                   for a in draft.roles):
            return
        for assignment in draft.roles:
            if (assignment.role == "organizer"
                    and assignment.cue.cue.phrase.lower() in INITIATIVE_CUES):
                assignment.role = "participant"

    def bodies_over_sides(self, lists: dict[str, list[Mention]]) -> None:
        """A country's party named by a demonym ("Uzbek colleagues", "the Russian side") gives
        way to that country's own body the event or the demonym's sentence names ("the
        Latvian State Police" beside "Latvian colleagues"): the body takes the role instead
        (guide, session 31)."""
        bodies = [m for mentions in lists.values() for m in mentions if m.label == "ORG"]
        for role in ("organizer", "participant"):
            lists[role] = [m for m in lists[role] if not (
                self._names_side(m) and self._side_of_body(m, [
                    *bodies, *(other for other in self.by_sentence.get(m.sentence, ())
                               if other.label == "ORG")]))]

    def _question(self, sentence: int) -> bool:
        """Whether the sentence asks ("Is there joint work with the Polish side?"): it
        names no party of an event."""
        start, end = self.lay.sentences[sentence]
        return self.text[start:end].rstrip().endswith("?")

    def _names_side(self, mention: Mention) -> bool:
        """Whether ``mention`` is a demonym naming its country's party (a side noun after it:
        "Uzbek colleagues", "the Russian side")."""
        return mention.label == "NORP" and _SIDE_NOUN.match(self.text, mention.end) is not None

    def _side_of_body(self, mention: Mention, bodies: list[Mention]) -> bool:
        """Whether one of the bodies is of the country a side's demonym
        (:meth:`_names_side`) names: by the body's country, or its name holding the
        country's name or the demonym ("Border Directorate of the FSB of Russia" for "the
        Russian side")."""
        code = iso2(mention)
        names = [str(mention.normalized.get(key) or "") for key in ("country", "name")]
        names = [name for name in (*names, mention.text) if name]
        return any(
            (code is not None and str(body.normalized.get("country") or "") == code)
            or any(name in body.text or name in str(body.normalized.get("name") or "")
                   for name in names)
            for body in bodies)

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

    def _paragraph(self, sentence: int) -> int:
        """The paragraph holding a sentence."""
        return self.lay.paragraph_of(self.lay.sentences[sentence][0])

"""Who acts in a sentence: the body before the event's word in the lead (or the countries
whose forces open it), the body opening a local result or named in its table row, the
agent of a passive seizure word, and the unit that acts for the main event's body."""

from __future__ import annotations

import re

from .acting_bodies import STAFF_NOUNS, UNIT_LINK_CHARS, ActingBodyRules
from .draft import Draft
from .mentions import EventCueMatch, Mention
from .results import EPISODE_WORDS_FILE, ROLE_WORDS_FILE, kind_alternatives, words_of
from .roles import UNIT_LINK_WORDS
from .text import ROW_BULLET_CHARS

_SENTENCE_OPENING = re.compile(r"[\s\"'“(]*(?:the\s+)?", re.IGNORECASE)  # before a subject
_OPENERS = kind_alternatives(ROLE_WORDS_FILE, "opener")
_ROW_LABEL = r"(?:[A-Z][^\n:,.;]{0,40}:\s*)?"  # "- Spain:", "> Kiribati:" before a row's text
# "officers of the", "customs officers of the Customs Office": the body's people before it
_STAFF_OF = rf"(?:[a-z][\w-]*\s+){{0,2}}(?:{STAFF_NOUNS})\s+(?:of|from)\s+(?:the\s+)?"
# what may stand before a local result's acting subject: a bullet, a row's label ("- Spain:"),
# up to two opening adverbials ("Last month, on 17 October, the Guardia Civil boarded ..."),
# and the body's group or people that acted ("On 23 November, a patrol of the Naval Force
# recovered", "a border detail of the ... detachment noticed", "customs officers of the
# Customs Office X at Y detected", "the agents of the Brigade stopped"; role_words.jsonl
# staff_noun)
_RESULT_OPENING = re.compile(
    rf"[\s\"'“(]*(?:[{ROW_BULLET_CHARS}]\s*)?{_ROW_LABEL}"
    rf"(?:(?:{_OPENERS})\b(?:[^\n,.;:]|(?<=\d)[.:](?=\d)){{0,80}},\s*){{0,2}}(?:the\s+)?"
    r"(?:(?:a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+of\s+(?:the\s+)?"
    rf"|{_STAFF_OF})?",
    re.IGNORECASE)
# a date opening a local result with no comma before its acting subject ("> Kiribati: on 29
# October the Transnational Crime Unit ... boarded", "On Monday operatives of the Department
# detained"): what may stand before the date (a bullet, a row's label, an opener word) and
# between it and the subject (the body's people, as in _RESULT_OPENING)
_BEFORE_DATE = re.compile(
    rf"[\s\"'“(]*(?:[{ROW_BULLET_CHARS}>]\s*)?{_ROW_LABEL}(?:(?:{_OPENERS})\s+)?", re.IGNORECASE)
_DATE_TO_SUBJECT = re.compile(rf"\s+(?:the\s+)?(?:{_STAFF_OF})?", re.IGNORECASE)
# an operation's stage named by an opening adverbial ("In the second stage, Kyrgyz police
# ..."; episode_words.jsonl stage): the forces after it take part in the operation
_STAGE_WORD = re.compile(
    rf"\b(?:{kind_alternatives(EPISODE_WORDS_FILE, 'stage')})\b", re.IGNORECASE)
# a relative clause's subject ("..., where the Anti-Drug Department ... raided a warehouse")
_CLAUSE_SUBJECT = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'clause')})\s+(?:the\s+)?$",
    re.IGNORECASE)
ARREST_VERBS = frozenset(words_of(ROLE_WORDS_FILE, "arrest_verb"))  # custody, not a find
CLAUSE_WORD_CHARS = 12  # "where the " before a body
# the agent after a passive seizure word ("was made on 13 June by Brazil's Federal Revenue
# Service", "was detected in April by the Incheon Main Customs")
_BY_AGENT = re.compile(r"[^,;\n]{0,50}?\b(?i:by\s+(?:the\s+)?)(?:[A-Z][\w-]*['’]s\s+)?")
_NAME_GENITIVE = re.compile(r"[\s\"”»']*(?:of|by)\s+(?:the\s+)?", re.IGNORECASE)
HELPER_PHRASES = frozenset(words_of(ROLE_WORDS_FILE, "helper"))  # cues naming help
_LINKED_UNIT = re.compile(rf"\b{UNIT_LINK_WORDS}\s+(?:the\s+)?$", re.IGNORECASE)
_ACTOR_LABELS = frozenset({"ORG", "NORP"})  # labels that can name an acting body
# "Law enforcement and judicial authorities from Belgium, ...": countries' forces as subject
_COUNTRY_FORCES = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'country_forces')})"
    r"\s+(?:from|of)\s+(?:the\s+)?$", re.IGNORECASE)
# between two listed countries, past a bracketed figure of the one before ("Russia (2.4 tons),")
_COUNTRY_JOINT = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?",
                            re.IGNORECASE)
_CELL_EDGE = re.compile(r"[ \t]*(?:\||\t|  |\n|$)")  # a table cell ends right after the name
COUNTRY_SUBJECT_CHARS = 120
SENTENCE_END = re.compile(r"[.!?][\s\"'”»)]*$")  # a line ending a sentence
# a sentence reporting a further action of its own ("In addition, the Unit seized ...")
_ASIDE_OPENING = re.compile(
    rf"[\s\"'“(]*(?:{kind_alternatives(ROLE_WORDS_FILE, 'aside')})\b",
    re.IGNORECASE)  # from a sentence's start to the first country of its subject


class ActingSubjectRules(ActingBodyRules):
    """The acting subjects of the lead and of local results."""

    def _subject_orgs(self, sentence: int) -> list[Mention]:
        """The bodies named before the sentence's arrest word (its acting subject)."""
        arrests = self.rules.count_checks["arrests"].sentence
        start, end = self.lay.sentences[sentence]
        verb = arrests.search(self.text, start, end) if arrests is not None else None
        orgs = [m for m in self.by_sentence[sentence] if m.label == "ORG"
                and not self._is_news_source(m) and verb is not None and m.end <= verb.start()]
        return self._org_list(orgs[0], orgs) if orgs else []

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
            if not SENTENCE_END.search(self.text, start, end):
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

    def _header_sentences(self) -> range:
        """The header lines right under the headline (a date line, "Department: ..."), as
        sentence numbers; none without a headline."""
        return range(1, 1 + self.header_lines) if self._title_end() else range(0)

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

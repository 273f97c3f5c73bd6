"""Organizers and venues a draft takes from elsewhere when its own cues name none: a local
result inherits the main event's organizers, a first-person result the item's own
body, a standing body's later session that body, a side event the main gathering's
venue."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .acting_subjects import SENTENCE_END
from .dating import span_days
from .draft import Draft
from .mentions import Mention
from .parties import GATHERING_TYPES, PartyRules
from .results import ROLE_WORDS_FILE, kind_alternatives, phrase_alternatives, words_of
from .roles import LOCALITY_WORDS_FILE, role_lists
from .text import ROW_BULLET_CHARS

AGENT_TYPES = frozenset({"operation", "seizure", "other"})
# a bullet or a number opening a line of a results list ("- 240 kgs ...", "2. On the 2nd ...")
_RESULT_ITEM = re.compile(rf"[ \t]*(?:[{ROW_BULLET_CHARS}]|\(?\d{{1,2}}[.)])[ \t]+")
# cues naming the standing body whose session the item reports ("meeting of the", "closed its")
SERIES_BODY_CUES = frozenset(words_of(ROLE_WORDS_FILE, "series_body"))
_IN_COUNTRY = re.compile(r"\b[Ii]n\s+(?:the\s+)?\Z")  # "In Kyrgyzstan, police ..."
IN_CHARS = 8  # "in the " before a country
DATED_LINE_CHARS = 160  # a date or venue line under a headline is short
PERIOD_DAYS = 27  # a period's totals cover a month or more (February: 27 days end to start)
# a gathering held beside the item's main one ("On the margins of the meeting, the Centre
# held a training seminar"): held at its venue (role_words.jsonl side_event)
_SIDE_EVENT = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'side_event')})"
    r"\s+(?:the|this|that|its|their)\b", re.IGNORECASE)
# the agent of the custody that followed a find ("The passenger was arrested by the Police
# Service"; role_words.jsonl arrest_verb): it takes the suspect, it did not find the goods
_CUSTODY_BY = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'arrest_verb')})\s+by\s+(?:the\s+)?\Z",
    re.IGNORECASE)
CUSTODY_BY_CHARS = 40  # "taken into custody by the " before a body
# the publishing body's people or speaker telling its own action ("our officers found", "we
# withdrew"; role_words.jsonl first_person), a past "we X" also as "we have X" ("we have seized")
_FIRST_PERSON_WORDS = words_of(ROLE_WORDS_FILE, "first_person")
_FIRST_PERSON_HAVE = tuple(
    "we have " + p.removeprefix("we ") for p in _FIRST_PERSON_WORDS
    if p.startswith("we ") and not p.startswith(("we have ", "we will ")))
_FIRST_PERSON = re.compile(
    rf"\b(?:{phrase_alternatives((*_FIRST_PERSON_WORDS, *_FIRST_PERSON_HAVE))})\b",
    re.IGNORECASE)

# a gathering held at a body's premises ("a course was held at the Educational Complex of the
# Police", "the meeting held yesterday in the Main Police Department", "held at the canine
# centre of the State Border Service"; locality_words.jsonl gathering_verb, role_words.jsonl
# venue_host_verb): the verb, up to three words (an adverb, a date), "at"/"in", then the body,
# past up to two places of it in lower case ("the conference hall of the central office of
# the"; a capitalized place before "of" is a name no list knows, "the Educational Complex of
# the Police", not the body's)
_VENUE_VERBS = phrase_alternatives((*words_of(LOCALITY_WORDS_FILE, "gathering_verb"),
                                    *words_of(ROLE_WORDS_FILE, "venue_host_verb")))
_VENUE_HOST = re.compile(
    rf"\b(?:{_VENUE_VERBS})"
    r"(?:\s+(?!(?:at|in)\b)[\w-]+){0,3}\s+(?:at|in)\s+(?:the\s+)?"
    r"(?:(?-i:[a-z][\w-]*\s+){1,3}of\s+(?:the\s+)?){0,2}\Z", re.IGNORECASE)
VENUE_HOST_CHARS = 120  # "held yesterday in the conference hall of the central office of the "


class InheritedRoleRules(PartyRules):
    """Organizers and venues drafts inherit when their own cues name none."""

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
                    or not any(self.sentence_has(_FIRST_PERSON, sentence)
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
        return (end - start <= DATED_LINE_CHARS and not SENTENCE_END.search(text, start, end)
                and any(m.label == "DATE" and start <= m.start < end
                        for m in self.by_sentence.get(mention.sentence, ())))

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

    def _inherit_organizers(self, main: Draft, drafts: Iterable[Draft]) -> None:
        """A local result in a bullet row of the release's results list that names nobody
        acting ("Details are as follows: - 240 kgs Charas recovered from a truck near Torkham
        border"), or one whose sentences name no acting body but helpers ("On 10 March,
        police officers stopped the minibus ...", "border guards together with customs
        officers of the SRC examined a truck") under an event one body organizes, is the
        work of the body the release reports for: the main event's organizers, unless the
        main event is a multinational one (countries take part in it), whose results each
        country's bodies achieve; a period's total ("In 2024, the Commission arrested ...")
        is no local result. Under a court's verdict, the body that made the find the verdict
        recalls, where one is named, stands for the main event's."""
        drafts = list(drafts)
        organizers = role_lists(main.roles)["organizer"] or main.organizer_agents
        if main.court is not None:  # a verdict: the court seizes nothing; who found the
            # find it recalls ("Officers from the Constabulary forced entry ... found") did
            organizers = next((found for d in drafts if d.recalled and (
                found := role_lists(d.roles)["organizer"] or d.organizer_agents)), organizers)
        if not organizers or any(m.label == "COUNTRY" for m in main.agents) or any(
                a.mention.label == "COUNTRY" for a in main.roles if a.role != "location"):
            return
        homes = {m.normalized.get("country") for m in organizers}  # the bodies' countries
        for draft in drafts:
            # bodies a cue gives another role ("with the support of the Navy") do not act
            cued = {a.mention.key for a in draft.roles if a.role != "location"}
            if (draft.sub_result and not draft.organizer_agents
                    and (self._bullet_row(draft)
                         or (len(organizers) == 1 and not self._period_long(draft)
                             and not self._names_body(draft, cued, homes)))
                    and not any(a.role == "organizer" for a in draft.roles)
                    and not any(self._acting_body_apart_from(m, cued) for m in draft.agents)):
                draft.organizer_agents = list(organizers)

    def _venue_hosts(self, drafts: Iterable[Draft]) -> None:
        """A gathering no cue gives an organizer, held at a body's premises in one of its own
        sentences ("a training course was held at the Educational Complex of the Police",
        "the operational meeting held yesterday in the Main Police Department"): that body
        hosts it, it organizes (guide "Events": "held at the Drug Control Headquarters")."""
        for draft in drafts:
            trigger = draft.trigger
            if (draft.type not in GATHERING_TYPES or trigger is None or draft.organizer_agents
                    or any(a.role == "organizer" for a in draft.roles)):
                continue
            host = next((m for sentence in sorted({trigger.sentence, *draft.sentences})
                         for m in self.by_sentence.get(sentence, ())
                         if m.label == "ORG" and not self._is_news_source(m)
                         and _VENUE_HOST.search(
                             self.text, max(self.lay.sentences[sentence][0],
                                            m.start - VENUE_HOST_CHARS), m.start)), None)
            if host is not None:
                draft.organizer_agents = [self._long_form(host)]

    def _is_court(self, mention: Mention) -> bool:
        """An ORG mention with a court's word in its name ("the Specialised Criminal Court")."""
        return mention.label == "ORG" and self.rules.courts.search(mention.text) is not None

    def _sentence_courts(self, sentence: int) -> list[Mention]:
        """The courts (see `_is_court`) of a sentence."""
        return [m for m in self.by_sentence.get(sentence, ()) if self._is_court(m)]

    def _own_acting_agent(self, draft: Draft) -> None:
        """A local find whose paragraph names one acting body and no cue makes anyone
        organize it ("On Friday, auditors of the Receita Federal at the border crossing
        found ...", "a patrol of the Coast Guard checked a fishing boat"): that body found
        it, it organizes the find rather than taking part in it. Not a period's results nor
        an operation, whose paragraph often names bodies that only took part (spent gold:
        13 finds against 8, 3 periods and operations against 9). A find a verdict recalls
        ("Officers from the Constabulary's team forced entry on 17 October 2023") takes the
        one acting body its dated sentence names."""
        if (not (draft.sub_result or draft.recalled) or draft.type != "seizure"
                or draft.organizer_agents or any(a.role == "organizer" for a in draft.roles)):
            return
        cued = {a.mention.key for a in draft.roles if a.role != "location"}
        agents = draft.agents if not draft.recalled else [
            m for sentence in sorted(draft.sentences) for m in self.by_sentence.get(sentence, ())
            if not self._is_court(m)]  # its own sentence's, less a court
        acting = [m for m in agents
                  if m.label == "ORG" and self._acting_body_apart_from(m, cued)
                  and not _CUSTODY_BY.search(self.text, max(0, m.start - CUSTODY_BY_CHARS),
                                             m.start)]
        if len({self._long_form(m).key for m in acting}) != 1:
            return
        draft.organizer_agents = [acting[0]]
        draft.agents = [m for m in draft.agents if m not in acting]

    def _names_body(self, draft: Draft, cued: set[str], homes: set[str | None]) -> bool:
        """The draft's sentences name an acting body that no role cue gives another role
        ("together with customs officers of the SRC": it helps, it does not act) and nothing
        was handed over to ("The case was handed over to the police": it receives), or a
        country the result happened in ("In Kyrgyzstan, police in Osh detained ...": that
        country's police acted, not the release's body) other than ``homes``, the countries
        of the release's acting bodies ("a passenger arrived in Hong Kong" in a release of
        Hong Kong Customs names no other country's police)."""
        return any(self._acting_body_apart_from(m, cued)
                   or (m.label == "COUNTRY" and m.normalized.get("iso2") not in homes
                       and _IN_COUNTRY.search(
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

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

The work is split into layers, each a class over the one below it: ``context`` (the item
read once), ``dating`` (dates), ``places`` (location), ``actors`` (organizers and
participants), ``counts``, ``seizures``, ``episodes`` (further events, final types); this
module runs them and builds the records.
"""

from __future__ import annotations

import re
from datetime import date as date_cls
from datetime import timedelta
from typing import Any

from spacy.tokens import Doc

from .counts import count_words
from .cues import EventRules, split_matches
from .dating import (
    OPEN_BOUNDS,
    SCHEDULE_CUE,
    SCHEDULED_TYPES,
    SUMMARY_DAYS,
    days_of,
    name_year,
    span_days,
)
from .draft import Draft
from .episodes import ACTION_TYPES, CALENDAR_PRECISIONS, LEAD_REFERENCE_OPENING, draft_days
from .mentions import EventCueMatch, Mention
from .naming import main_unnamed, named_drafts, without_records
from .places import iso2
from .reporting_body import ReportingBodyRules
from .results import (
    EPISODE_WORDS_FILE,
    ROLE_WORDS_FILE,
    dedupe_counts,
    dedupe_seizures,
    kind_alternatives,
)
from .roles import role_lists
from .totals import GATHERING_CATEGORIES

PLAN_CUES_FILE = "plan_cues.jsonl"
NAMING_SENTENCES_AFTER_LEAD = 2  # the lead's event named in a sentence right after it
# "The operation, code-named "Hidden Cedars"": a definite event noun naming the lead's event
_LEAD_EVENT_NAMED = re.compile(
    rf"{LEAD_REFERENCE_OPENING}\s*,?\s*(?:{kind_alternatives(EPISODE_WORDS_FILE, 'naming_verb')})"
    r"\s*[\"'“”«]?\s*", re.IGNORECASE)
_PLAN_CUE = re.compile(  # "plans to", "will conduct" before a name (plan_cues.jsonl)
    rf"(?<![a-z])(?:{kind_alternatives(PLAN_CUES_FILE, 'plan')})(?![a-z])",
    re.IGNORECASE)
# "within the framework of the inter-institutional operation "X"", "as part of Operation X":
# a framing phrase, then up to four words before the name (episode_words.jsonl kind framing)
_FRAMED_NAME = re.compile(
    rf"(?<![a-z])(?:{kind_alternatives(EPISODE_WORDS_FILE, 'framing')})"
    r"(?:\s+[\w’'-]+){0,4}\s*[\"'“«„(]?\s*\Z", re.IGNORECASE)
FRAMING_REACH = 90  # chars before a name searched for its framing phrase
# between an operation's name and its period, the past action that took that period: '",
# carried out by the financial intelligence units from ' (not "for 2026-2030";
# episode_words.jsonl kinds done_verb, done_prep)
_DONE_OVER = re.compile(
    r"[\"»”']?\s*,?\s*(?:which\s+(?:was|were)\s+)?"
    rf"(?:{kind_alternatives(EPISODE_WORDS_FILE, 'done_verb')})"
    r"\b[^.;:\n]{0,80}?\b"
    rf"(?:{kind_alternatives(EPISODE_WORDS_FILE, 'done_prep')})\s+$", re.IGNORECASE)
COMPARED_REACH = 50  # chars before a name searched for a comparison's cue
# between a comparison's cue and the name it compares with: 'compared with the operation "'
# (episode_words.jsonl kind name_noun)
_NAME_OPENING = re.compile(
    rf"(?:(?:the\s+)?(?:{kind_alternatives(EPISODE_WORDS_FILE, 'name_noun')})\s+)?"
    r"[\"“«'‘]?$", re.IGNORECASE)
# "Simultaneously, the PJ searched ...": a sentence set on the days of the step before it
_SIMULTANEOUS = re.compile(
    rf"[\s\"'“]*(?:{kind_alternatives(EPISODE_WORDS_FILE, 'simultaneous_opener')})"
    r"(?![a-z])", re.IGNORECASE)
OPEN_ENDED_TYPES = frozenset({"operation", "other"})  # "began in 2022" leaves the end open
NO_SEIZURE_TYPES = frozenset({"meeting", "training", "exercise", "statement"})
# "During the reporting year": a period's results told without a date (episode_words period_year)
_PERIOD_WORD = re.compile(
    rf"\b(?:{kind_alternatives(EPISODE_WORDS_FILE, 'period_year')})\s+year\b", re.IGNORECASE)
OPERATIONS = "operations"  # the count category of operations and interdictions
# the categories of no result of an action: none, a gathering's own counts, an exercise's
# people and gear (count_words.jsonl gathering_category, exercise_category)
_NO_RESULT_CATEGORIES = frozenset({None, *GATHERING_CATEGORIES, *count_words("exercise_category")})
# the types plain news reads from its words ("said in a statement", "figures for 2026")
_PLAIN_NEWS_TYPES = frozenset({"statement", "other"})
_TOPIC_LABELS = frozenset({"SUBSTANCE", "OPERATION"})  # entities of the item's topic


# "It was noted that the operation was carried out ...": a definite word refers back
_BACK_REFERENCE = re.compile(r"\b(?:the|this|that)\s+\Z", re.IGNORECASE)
# cue kinds a sentence can hold while it goes on telling an operation
_TOLD_ALONG = frozenset({"operation", "seizure", "statement"})
# a period's body as the subject of the verb its first figure is the object of ("During the
# quarter, Tasmania Police executed 214 search warrants", "the Detachment has cracked 143
# cases"): the body's acronym in brackets, an auxiliary, adverbs (role_words.jsonl
# subject_gap), a past verb, a figure's qualifier (role_words.jsonl figure_lead)
_FIGURES_SUBJECT = re.compile(
    r"(?:\s*\([^()\n]{1,20}\))?\s+(?:(?:has|have|had)\s+)?"
    rf"(?:(?:{kind_alternatives(ROLE_WORDS_FILE, 'subject_gap')})\s+)*"
    r"[a-z]+ed\s+"
    rf"(?:(?:{kind_alternatives(ROLE_WORDS_FILE, 'figure_lead')})\s+)?\Z")
# "the Commission", "the directorate": a body told of by the head noun of its name
_DEFINITE_HEAD = re.compile(r"\b[Tt]he\s+([A-Za-z][a-z]+)\b(?!\s+of\b)(?!['’]s)")
# the rest of a body's name after its head noun ("... of the FSB for the Omsk Region")
_NAME_TAIL = re.compile(
    rf"\s+(?:{kind_alternatives(EPISODE_WORDS_FILE, 'name_tail')})\s.*$", re.DOTALL)


_SENTENCE_ENDS = frozenset(".!?")  # a sentence's final marks: no heading line

def _body_head(name: str) -> str:
    """The head noun of a body's name: its last word before the rest of its name
    (episode_words.jsonl kind name_tail: "Directorate of the FSB ..." -> "directorate",
    "Drug Enforcement Commission" -> "commission")."""
    words = _NAME_TAIL.sub("", name.strip()).split()
    return words[-1].lower() if words else ""


def _names_nothing(draft: Draft) -> bool:
    """A draft with no name, amount or count of its own."""
    return not (draft.mentions or draft.seizures or draft.counts)


class _Assembler(ReportingBodyRules):
    """All assembly layers over one item: finds its events and builds their records."""

    def run(self) -> list[dict[str, Any]]:
        drafts = named_drafts(self.mentions, self.cues, self.text, self.rules.series_after)
        # 'Compared with "Mak-2024", the area ... decreased': an edition named only as the
        # baseline of a comparison is no event of the item
        drafts = [d for d in drafts
                  if not (d.mentions and all(self._compared_name(m) for m in d.mentions))]
        lead = range(self.lead_last + 1)
        # a name the lead tells only as a plan ("In August the service will conduct the
        # operation "Mak-2025"") is no event the item reports on
        named_in_lead = [d for d in drafts if any(m.sentence in lead for m in d.mentions)
                         and not all(self._planned_name(m) for m in d.mentions)]
        if not named_in_lead:  # "The operation, code-named "X", was carried out on ..."
            named_in_lead = [d for d in drafts if any(self._names_lead_event(m)
                                                      for m in d.mentions)]
        cues = without_records(self.text, self.cues)
        unnamed = main_unnamed(cues, self.lead_last)
        lead_unnamed = (unnamed is not None and unnamed.trigger is not None
                        and unnamed.trigger.sentence in lead)
        # "In the second quarter, the Agency plans to conduct operation "Kuknor-2025"": an
        # event named only in a plan is no event the item reports on
        told = named_in_lead or [d for d in drafts if not all(
            self._planned_name(m) for m in d.mentions)]
        framing = self._framing_operation(named_in_lead)
        figures_first = (None if named_in_lead or framing is not None or not told
                         else self._figures_before_names(told, cues))
        if figures_first is not None:
            # the year's results told before an operation a later paragraph names
            unnamed, lead_unnamed = figures_first, True
        if framing is not None:  # "intercepted a boat within the framework of operation X"
            main = framing[1]
            drafts = [main, *drafts]
        elif told and (named_in_lead or not lead_unnamed):
            main = max(told, key=lambda d: (len(d.mentions), -d.first_offset))
        elif unnamed is not None:
            main = unnamed
            drafts = [main, *drafts]
        else:
            return []
        if not self._law_enforcement_topic() and (
                main.type in _PLAIN_NEWS_TYPES or len(self.lay.sentences) > self.lead_last + 1):
            # plain news: "the statistics office said on Friday that exports fell"; an
            # article (more than its lead) telling "the tournament was held in Madrid" or
            # "the rocket was launched on Thursday" with no word of the topic (a headline
            # alone, a teaser, takes the topic of the page listing it)
            return []
        if main.type == "other" and self._bare_period_title():
            return []  # "Weekly anti-drug roundup: Police Department of Almaty region", a
            # bulletin's title alone over its cases (items of their own): no event
        summit = self.summit = self._summing_up_meeting(main)
        if summit is not None:
            drafts.append(summit)
        # "a staff training ... will be held in Bishkek": the item's own event, not a plan
        if main.type in SCHEDULED_TYPES:
            self.background -= {c.sentence for c in self.cues
                                if c.cue.type == main.type and c.sentence <= self.lead_last}
        owner = self._sentence_owners(drafts, main)
        if framing is not None:
            # the framing sentence and its paragraph tell the find, not the operation
            framed = {self.lay.paragraph_of(self.lay.sentences[m.sentence][0])
                      for m in framing[0].mentions if m.sentence <= self.lead_last}
            for sentence, draft in owner.items():
                if draft is framing[0] and self.lay.paragraph_of(
                        self.lay.sentences[sentence][0]) in framed:
                    owner[sentence] = main
        self._results_told: dict[int, Draft] = {}
        self._framed_part = False
        # id(draft) -> the region a stage of a regional operation runs across (only when the
        # item's event, one stage, was held across a region: _region_of_stages)
        self._stage_places: dict[int, Mention] = {}
        self._gathering_figures_to_operation(main, drafts, owner)
        subs = self._sub_results(main, owner)
        self._results_part_of_operation(main, subs)
        for sub in subs.values():
            for sentence in sub.sentences:
                owner[sentence] = sub
        all_drafts = drafts + list(subs.values())
        self._assign_dates(all_drafts, main, owner)
        further = self._further_events(main, owner)
        all_drafts.extend(further)
        if main.dates and any(owner.get(main.dates[0].sentence) is d for d in further):
            # "In November, 28 officers completed a course ...": the sentence that dated the
            # item's event tells a further event of its own; the item's event is dated anew
            main.dates, main.period, main.span_days = [], None, None
            self._assign_dates([main], main, owner)
        all_drafts.extend(self._court_decisions(main, owner))
        follow_up = self._follow_up_arrests(main, owner)
        if follow_up is not None:
            all_drafts.append(follow_up)
        all_drafts.extend(self._operation_stages(main, owner))
        all_drafts.extend(self._operation_finds(main, all_drafts, owner))
        stages, stage_whole = self._dated_stages(main)
        if stage_whole is not None:  # the item's event is one stage of the whole operation
            main.part_of = stage_whole
        all_drafts.extend(stages)
        investigation = self._verdict_investigation(main, owner, all_drafts)
        if investigation is not None:
            all_drafts.append(investigation)
        self.read_types = {id(d): d.type for d in (*owner.values(), *all_drafts)}
        self._assign_quantities(owner, subs, main)
        if follow_up is not None:
            self._lead_arrests_to_follow_up(main, follow_up)
        told_apart = self._lead_find_told_apart(main, subs)
        if told_apart is not None:
            all_drafts = [d for d in all_drafts if d is not told_apart]
            subs = {k: v for k, v in subs.items() if v is not told_apart}
        if not main.dates:
            # "Details of the case: On 19-11-2024 ... intercepted a car": an episode left
            # without amounts of its own (the lead gave them) dates the main event
            for sub in subs.values():
                if not sub.seizures and sub.dates:
                    main.dates, main.period = sub.dates, sub.period
                    break
        if not main.dates and not main.mentions and main.type in ACTION_TYPES:
            self._span_episodes(main, subs)
        # the lead's court, read once while the item's event is of type other and kept below
        # if it is still of that type (its mentions, court and dates are then unchanged)
        verdict_type = main.type
        verdict_court = self._lead_court(main) if verdict_type == "other" else None
        totals = self._running_totals(main, all_drafts, verdict=verdict_court is not None)
        all_drafts.extend(totals)
        if (main.type == "seizure" and not main.mentions and not main.seizures
                and any(c.cue.type == "statement" and c.sentence <= self.lead_last
                        for c in self.cues)):
            main.type = "statement"  # a report about seizures elsewhere, none of its own
        if main.type == "statement" and any(s["kg"] for s in main.seizures):
            main.type = "seizure"  # figures of a seizure told by a spokesman
        if main.type == "statement" and not any(
                d.normalized.get("precision") == "day" and self._bound(d) != "since"
                for d in main.dates):  # "blocked 412 accounts since 1 January": a total's
            said = self._report_date() or self._said_date()  # when it was said, not "2023"
            # nor the start of what it tells ("Since 12 May, 9 young people have been
            # admitted to hospital" in a public warning)
            main.dates = [said] if said is not None else [
                d for d in main.dates if self._bound(d) != "since"]
            main.period = main.span_days = None
        if (main.type == "other" and not main.mentions and main.trigger is not None
                and main.trigger.cue.reported and self._date_days(main) == 0):
            main.type = "statement"  # "presented the annual statistics on Monday"
        if self._compiled_incidents(main, subs):
            main.type = "other"  # a daily, weekend or weekly report's selected incidents
        elif (main.type == "seizure" and not main.mentions and self._many_arrests(main)
                and not self._period_results(main)):
            # an investigation that led to many arrests; a period's results ("arrested
            # 17,052 suspects from January to May, seizing 9.8 tonnes") stay a summary
            main.type = "operation"
        elif not main.mentions and main.type in ACTION_TYPES:
            main.type = self._action_type(main, subs)
        elif main.mentions and main.type == "operation":
            # 'foiled ... in an operation code-named "Bitter Lemons"' on one day: one
            # interdiction with a name
            main.type = self._one_day_interdiction(main, subs)
        elif (main.type == "other" and not main.mentions and self._period_measures(main)
              and (main.seizures or subs) and 0 < (self._date_days(main) or 0) <= SUMMARY_DAYS):
            # "Over the past week, from 11 to 17 May, units ... carried out reinforced checks
            # ... As a result, 14 persons were detained": a period's results of the body's
            # own measures are an operation's, not a compilation of figures
            main.type = "operation"
        verdict_find: Draft | None = None
        running: list[Draft] = []  # named operations read as running totals
        court = (verdict_court if verdict_type == main.type == "other"
                 else self._lead_court(main))
        court_step = court is None and self._court_step(main)
        if court_step and main.dates and main.dates[0].sentence > self.lead_last:
            # "As established by the investigation, in April-August 2025 ...": the time of
            # the crimes the case recalls, not of the step sending it to court
            main.dates, main.period, main.span_days, main.open_end = [], None, None, False
        if court is not None or court_step:
            # "The Rotterdam District Court today sentenced five men"; "the case with the
            # indictment has been sent to the Gomel Regional Court"
            if court is not None:
                main.court, main.type = court, "other"
            for draft in all_drafts:  # the finds and raids it recalls are no results of it
                if draft.part_of is main:
                    draft.part_of = None
            find = self._verdict_find(main, all_drafts, owner)
            if find is not None:  # "sentenced ... Officers found 8 kilos on 17 October 2023"
                all_drafts.append(find)
                verdict_find = find
        if main.type == "operation":
            # finds told apart beside what the lead first read as one seizure, now the
            # operation's own results ("conducted four operations ... a. Turbat. 1,240 kg")
            for draft in subs.values():
                if draft.part_of is None and draft is not main:
                    draft.part_of = main
        for draft in all_drafts:
            if draft.type == "seizure" and not draft.mentions and self._summary_period(draft):
                draft.type = "other"  # "seized 221 tonnes in 2023": a results summary
                if draft is not main:
                    # "In 2026, officers have seized over 26 kg" in a November release: a
                    # period's total beside the item's event runs to the report, as a
                    # running total's (_total_draft)
                    draft.open_end = draft.open_end or (
                        draft.dates[0].normalized.get("kind") != "range"
                        and days_of(draft)[1] >= self._report_bound())
            elif draft.sub_result and self._investigation(draft):
                draft.type = "operation"  # "The investigation ... started in 2022"
            elif (draft.sub_result and draft.type == "seizure" and self._many_arrests(draft)
                  and not self._one_find(draft)):
                draft.type = "operation"  # "agents searched nine homes and arrested 17"
            elif draft.type == "seizure" and self._several_searches(draft):
                draft.type = "operation"  # "27 searches ... seized 1.2 kg": several actions
            elif draft is not main and self._acting_over_days(draft):
                draft.type = "operation"  # "from 3 to 6 March ... arrested six"
            if (draft.country_row and not draft.dates and main.type == "operation"
                    and main.dates):
                # "– Armenia: the police seized 14.2 kg": a country's results over the
                # operation's days, not one find
                draft.type = "operation"
                draft.dates, draft.period = main.dates, main.period
                draft.span_days, draft.open_end = main.span_days, main.open_end
            elif self._undated_phase(draft, main):
                # "In Dominica, officers conducted 14 searches in Roseau and Portsmouth" in
                # a week-long operation: a unit's actions told with no day of their own ran
                # over the operation's days, or over the step's told right before them
                # ("Simultaneously, the PJ searched 5 properties")
                timed = self._simultaneous_step(draft, all_drafts) or main
                draft.dates, draft.period = timed.dates, timed.period
                draft.span_days, draft.open_end = timed.span_days, timed.open_end
            elif draft is not main and self._named_running_total(draft):
                # "since the launch of the campaign "X" on 01.03.2025, the police have
                # arrested 596 smugglers with 38.6 kg heroin": the campaign's running total
                draft.type = "other"
                running.append(draft)
        # roles are read once every type is final: a cue holding for some types only ("by
        # officers of the" for a find or an operation, "in" near a period's action) is read
        # for the type the event ends up with, not the one the lead first suggested
        self._assign_roles(owner, main, self._total_sentences(owner, main, totals))
        if stage_whole is not None:  # the whole operation is led as its stage told
            stage_whole.roles = [a for a in main.roles if a.role != "location"]
            stage_whole.agents = list(main.agents)
            stage_whole.organizer_agents = list(main.organizer_agents)
        staged = [d for d in stages if d is not main]
        region = self._region_of_stages(main) if staged else None
        if region is not None:
            self._stage_places = {id(d): region for d in staged}
        if told_apart is not None:
            self._told_apart_place(main, told_apart)
        if verdict_find is not None:  # the verdict's recalled find takes the place told
            verdict_find.roles = [*verdict_find.roles,  # its own sentence's and the verdict's
                                  *(a for a in main.roles if a.role == "location")]
            main.roles = [a for a in main.roles if a.role != "location"]
        for draft in running:
            self._running_total_organizer(draft)
        # a local result whose amounts all proved to be no seizures is no event (a find of
        # goods that are no drugs, "14 kg of raw amber", still is one)
        dropped = [d for d in all_drafts if d.sub_result and self._finds_nothing(d)]
        for draft in dropped:
            self._give_place_to_main(draft, main)
        all_drafts = [d for d in all_drafts if all(d is not x for x in dropped)]
        if self._background_word_only(main):
            all_drafts = [d for d in all_drafts if d is not main]
        if framing is None and main.type == "seizure" and not main.mentions and (
                main.part_of is None):
            # "The inspection was part of Operation Fronteira Mais Segura" after the lead:
            # the find is a result of the named operation framing it
            main.part_of = next((d for d in drafts if d is not main and d.mentions
                                 and d.type == "operation"
                                 and any(self._framed(m) for m in d.mentions)), None)
            self._framed_part = main.part_of is not None  # kept though it gives no dates
        if not main.mentions:
            # an operation only referred to by an item about something else
            all_drafts = [d for d in all_drafts if d is main or d.sub_result or d.further
                          or d.follow_up or d.decision or d.seizures or d.counts or d.roles
                          or d.valued
                          or d is investigation
                          or (d is main.part_of and (d.dates or self._framed_part))
                          or (d.mentions and all(self._planned_name(m) for m in d.mentions))
                          or self._scheduled_name(d) or self._dated_name(d)]
        return self._finish(all_drafts)

    def _region_of_stages(self, main: Draft) -> Mention | None:
        """The region one stage of a named operation was held across ("the first stage of
        the regional operation "Kenep-2026" across the Zhambyl region"): the whole operation
        and its other stages, which no place of their own places, run across it too; a finer
        place (a town, a checkpoint) or a country places only its own stage."""
        place = self._event_place(main)
        if place is None or place.label != "LOC" or not self._broad(place):
            return None
        return place

    def _bare_period_title(self) -> bool:
        """Whether the item is one heading line (no sentence's end) naming a period's report
        with no figure of its own: the title of a bulletin whose cases are items of their
        own."""
        line = self.text.strip()
        return len(self.lay.sentences) == 1 and "\n" not in line \
            and line[-1:] not in _SENTENCE_ENDS \
            and not any(m.label == "QUANTITY" for m in self.mentions)

    def _empty_find(self, draft: Draft) -> bool:
        """A seizure with nothing of its own: no name, amount, count or date."""
        return draft.type == "seizure" and _names_nothing(draft) and not draft.dates

    def _restated_period(self, draft: Draft, drafts: list[Draft]) -> bool:
        """A period's results with nothing of their own (no name, amount, count or court)
        beside another period's results starting on the same day: "... have seized over
        30 kg of drugs this year" over "Since January 1, officers ... seized over 30 kg"
        restates that total."""
        if (draft.type != "other" or not _names_nothing(draft)
                or draft.court is not None or draft.decision or not draft.dates):
            return False
        start = days_of(draft)[0]
        return any(d is not draft and d.type == "other" and d.dates
                   and (d.seizures or d.counts) and days_of(d)[0] == start for d in drafts)

    def _total_sentences(self, owner: dict[int, Draft], main: Draft,
                         totals: list[Draft]) -> dict[int, Draft]:
        """The sentences of the item's event that give a period's running total's figures
        and none of the event's own ("With this seizure, the National Navy has seized 8,914
        kilograms so far in 2025"), each with its total: the body acting there acts the
        total, not the item's event (the sentence of the event's own cue word stays its)."""
        own = {self.lay.sentence_of(start) for start in main.figure_starts}
        if main.trigger is not None:
            own.add(main.trigger.sentence)
        return {sentence: total for total in totals for sentence in total.sentences
                if owner.get(sentence) is main and sentence not in own}

    def _undated_phase(self, draft: Draft, main: Draft) -> bool:
        """A result of the item's operation typed an operation itself (several actions: a
        unit's searches and arrests, a country's measures) whose sentences give no day of
        their own, inside an operation of at most a month: it took place over the
        operation's days (a longer campaign leaves it undated)."""
        if (draft is main or draft.part_of is not main or draft.type != "operation"
                or draft.dates or draft.mentions or main.type != "operation"
                or not main.dates or main.open_end):
            return False
        days = self._date_days(main)
        return days is not None and days <= SUMMARY_DAYS

    def _simultaneous_step(self, draft: Draft, drafts: list[Draft]) -> Draft | None:
        """The dated result of the same operation told right before an undated one whose
        first sentence opens with a word of simultaneity ("Simultaneously, the PJ searched 5
        properties in Faro"; episode_words.jsonl kind simultaneous_opener)."""
        if not draft.sentences:
            return None
        first = min(draft.sentences)
        if not _SIMULTANEOUS.match(self.text, self.lay.sentences[first][0]):
            return None
        before = [d for d in drafts if d is not draft and d.part_of is draft.part_of
                  and d.dates and d.sentences and max(d.sentences) < first]
        return max(before, key=lambda d: max(d.sentences)) if before else None

    def _one_find(self, draft: Draft) -> bool:
        """A local result at one place on one day ("On 28 April the coast guard boarded a
        boat off Gujarat with 86 kg of methamphetamine and arrested its 14 crew"): a
        seizure whatever the number of arrests (guide, session 16)."""
        return draft.place is not None and self._date_days(draft) == 0

    def _law_enforcement_topic(self) -> bool:
        """The item speaks of law enforcement or security: it names a substance or an
        operation, or a word of the topic (topic_domain_words.jsonl: "police", "seized",
        "border", "customs" ...); a market report, a census or a strike has no events."""
        return any(m.label in _TOPIC_LABELS for m in self.mentions) or (
            self.rules.topic_domain.search(self.text) is not None)

    def _period_results(self, main: Draft) -> bool:
        """A lead's figures of a period longer than a month ("from January to May", "since
        the beginning of the year") that count no operations or interdictions of their own
        ("during nine separate interdictions between February and March" is a campaign)."""
        return self._summary_period(main) and not any(
            c.get("category") == OPERATIONS for c in main.counts)

    def _gathering_figures_to_operation(self, main: Draft, drafts: list[Draft],
                                        owner: dict[int, Draft]) -> None:
        """A meeting, training or statement carries no seizures: a later sentence of the
        gathering's that reports seizures ("The working group summed up the results of the
        operation "Khimik-2025" ... During the operation 1.9 tons of synthetic drugs were
        seized") tells the results of the named operation the text named last before it;
        its list of local results follows it there."""
        if main.type not in NO_SEIZURE_TYPES:
            return
        operations = [d for d in drafts if d.mentions and d.type == "operation"
                      and d is not main]
        if not operations:
            return
        seized = self._seizure_cue_sentences | self._result_count_sentences(main, owner)
        if not any(s > self.lead_last and owner.get(s) is main for s in seized):
            return  # no seizure or result told in the gathering's own later sentences
        naming: dict[int, Draft] = {}
        for draft in operations:
            for mention in draft.mentions:
                naming[mention.sentence] = draft
        # "1. On the results of the operation "X" ... It was noted that the operation was
        # carried out in two stages ... During the operation, 16.2 tonnes were seized": a
        # sentence referring back to the operation keeps telling it, paragraph after paragraph
        # ("(Speaker: the head of the working group)" between them tells nothing else)
        referring = {c.sentence for c in self.cues if c.cue.type == "operation"
                     and _BACK_REFERENCE.search(self.text, max(0, c.start - 6), c.start)}
        telling = {c.sentence for c in self.cues if c.cue.type not in _TOLD_ALONG}
        current: Draft | None = None
        told_in = -1  # the paragraph that last told the current operation
        told_at = -1  # and its sentence
        for sentence in range(len(self.lay.sentences)):
            named_here = naming.get(sentence)
            held = owner.get(sentence)
            paragraph = self.lay.paragraph_of(self.lay.sentences[sentence][0])
            if named_here is not None:
                current, told_in = named_here, paragraph
            elif held is not main:
                current = held if any(held is d for d in operations) else None
                told_in = paragraph
            elif sentence <= self.lead_last:
                continue
            elif (current is not None and sentence in seized
                  and paragraph - told_in <= 1  # its paragraph or the next one
                  and self._period_of_total(sentence) is None):  # not "In 2024, ... seized"
                owner[sentence] = current
                self._results_told[sentence] = current
                told_in = paragraph
            elif (current is not None and sentence in referring and sentence not in seized
                  and (paragraph - told_in <= 1 or not any(
                      told_at < s < sentence for s in telling))):
                owner[sentence] = current
                current.referred.add(sentence)
                told_in = paragraph
            if owner.get(sentence) is current and current is not None:
                told_at = sentence

    def _result_count_sentences(self, main: Draft, owner: dict[int, Draft]) -> set[int]:
        """The gathering's own later sentences (after the lead, ``main``'s) counting results an
        action produced ("law enforcement agencies initiated 612 criminal cases", "arrested 412
        suspects and recovered 57 firearms"), not a gathering's own participants, countries,
        personnel or gear."""
        return {m.sentence for m in self.mentions
                if m.label == "QUANTITY" and m.sentence > self.lead_last
                and owner.get(m.sentence) is main and m.normalized.get("kind") == "count"
                and (what := self._what(m))
                and self._count_category(m, what) not in _NO_RESULT_CATEGORIES}

    def _results_part_of_operation(self, main: Draft, subs: dict[int, Draft]) -> None:
        """Local results listed after a gathering's sentence on a named operation's figures
        ("Among the most significant results: – on 15 May, officers ... seized 164 kg")
        are results of that operation, until a sentence tells the gathering again."""
        if not self._results_told:
            return
        for sub in subs.values():
            if sub.part_of is not None or not sub.sentences:
                continue
            first = min(sub.sentences)
            told = [s for s in self._results_told if s < first]
            if not told:
                continue
            last = max(told)
            if not any(self._gathering_resumes(s) for s in range(last + 1, first + 1)):
                sub.part_of = self._results_told[last]

    def _gathering_resumes(self, sentence: int) -> bool:
        """A sentence that tells the gathering again (a cue of a gathering's type or a dated
        opening: "On 25 June, the members of the working group observed an exercise")."""
        return any(c.sentence == sentence and c.cue.type in NO_SEIZURE_TYPES | {"exercise"}
                   for c in self.cues) or self._dated_opening(sentence)

    def _figures_before_names(self, told: list[Draft], cues: list[EventCueMatch]) -> Draft | None:
        """The item's unnamed event when a paragraph before any paragraph naming an operation
        (the lead naming none) tells seizure figures of its own ("During the reporting year,
        the Drug Squad ... seized 1,642 kg of cocaine ... 4.2.3 From 1 to 30 November, the
        Marine Branch led Operation Pelican Watch"): read from the event words before the
        name, it owns those figures; the operation named later is an event of its own."""
        named = min(m.sentence for draft in told for m in draft.mentions)
        paragraph = self.lay.paragraph_of(self.lay.sentences[named][0])
        title_end = self._title_end()
        before_name = [m for m in self.mentions if m.start >= title_end
                       and self.lay.paragraph_of(m.start) < paragraph]
        if not any(m.label == "QUANTITY" and self._is_seizure_quantity(m) for m in before_name):
            return None
        if not any(m.label == "DATE" and m.normalized.get("precision") in CALENDAR_PRECISIONS
                   for m in before_name) and not _PERIOD_WORD.search(
                       self.text, title_end, self.lay.sentences[named][0]):
            return None  # a find's day, not a period's results
        before = [c for c in cues if c.sentence < named]
        unnamed = main_unnamed(before, self.lead_last)
        if unnamed is None or unnamed.type != "seizure":
            return None  # "dismantled": an operation's word; the name may be its own
        return unnamed

    def _framing_operation(self, named_in_lead: list[Draft]) -> tuple[Draft, Draft] | None:
        """The named operation a lead's one interdiction is told inside ("units of the Naval
        Command intercepted a go-fast boat within the framework of the operation "Escudo del
        Pacífico""; "The inspection was part of Operation Fronteira Mais Segura"): when the
        lead names the operation only after a framing phrase and, the framing words left
        aside, the lead's strongest cue is a seizure, the find is the item's event (returned
        second) and the operation the event it is part of (returned first)."""
        if len(named_in_lead) != 1 or named_in_lead[0].type != "operation":
            return None
        named = named_in_lead[0]
        in_lead = [m for m in named.mentions if m.sentence <= self.lead_last]
        if not in_lead:
            return None
        framed: list[tuple[int, int]] = []
        for mention in in_lead:
            sentence_start = self.lay.sentences[mention.sentence][0]
            window = max(sentence_start, mention.start - FRAMING_REACH)
            phrase = _FRAMED_NAME.search(self.text, window, mention.start)
            if phrase is not None:
                framed.append((phrase.start(), mention.end))
            elif not framed:
                return None  # the lead introduces the operation itself
        cues = [c for c in self.cues if not any(s <= c.start < e for s, e in framed)]
        find = main_unnamed(cues, self.lead_last)
        if find is None or find.type != "seizure" or find.trigger is None or (
                find.trigger.sentence > self.lead_last):
            return None
        find.part_of = named
        return named, find

    def _framed(self, mention: Mention) -> bool:
        """A name after a framing phrase ("as part of Operation X", "within the framework
        of the operation "X"")."""
        sentence_start = self.lay.sentences[mention.sentence][0]
        window = max(sentence_start, mention.start - FRAMING_REACH)
        return _FRAMED_NAME.search(self.text, window, mention.start) is not None

    def _scheduled_name(self, draft: Draft) -> bool:
        """A named event told as scheduled in a sentence that gives its dates ("approved the
        plan of the joint border operation "Rubezh-2025", which is scheduled for
        September-October"): an event of its own in an item about something else."""
        if not draft.mentions or not draft.dates:
            return False
        sentences = {m.sentence for m in draft.mentions}
        return any(date.sentence in sentences for date in draft.dates) and any(
            self.sentence_has(SCHEDULE_CUE, s) for s in sentences)

    def _dated_name(self, draft: Draft) -> bool:
        """A named operation told with its own period in its sentence ('Results of the joint
        operation "Barrier-2025", carried out by the financial intelligence units from 1
        April to 30 June 2025'): an event of its own in an item about something else (a
        meeting summing it up), not a passing reference ('ready to host one of the stages
        of the "Channel" operation in 2025')."""
        if draft.type != "operation" or not draft.mentions or not draft.dates:
            return False
        return any(date.sentence == m.sentence and span_days(date) > 0
                   and _DONE_OVER.match(self.text, m.end, date.start) is not None
                   for date in draft.dates for m in draft.mentions if m.end <= date.start)

    def _compared_name(self, mention: Mention) -> bool:
        """A name right after a comparison's cue ('Compared with "Mak-2024"', 'up from
        the operation "X"'; comparison_cues.jsonl): the baseline of a comparison."""
        window = max(self.lay.sentences[mention.sentence][0], mention.start - COMPARED_REACH)
        opening = _NAME_OPENING.search(self.text, window, mention.start)
        end = opening.start() if opening is not None else mention.start
        return self.rules.comparison_before.search(self.text, window, end) is not None

    def _planned_name(self, mention: Mention) -> bool:
        """An event's name told as a plan by words before it in its sentence ("the Agency
        plans to conduct the annual operation "Kuknor-2025"")."""
        sentence_start = self.lay.sentences[mention.sentence][0]
        return _PLAN_CUE.search(self.text, sentence_start, mention.start) is not None

    def _lead_arrests_to_follow_up(self, main: Draft, follow_up: Draft) -> None:
        """"Two men will face court today charged over ... 260 kg found on 2 August ... the
        men were arrested on Tuesday (20 August)": the lead's number of people arrested or
        charged counts the later day's arrests, when that day's sentence counts none."""
        if any(c.get("category") == "arrests" for c in follow_up.counts):
            return
        lead_end = self.lay.sentences[min(self.lead_last, len(self.lay.sentences) - 1)][1]
        moved = [c for c in main.counts
                 if c.get("category") == "arrests" and c["start"] < lead_end]
        if moved:
            main.counts = [c for c in main.counts if all(c is not m for m in moved)]
            follow_up.counts.extend(moved)

    def _lead_find_told_apart(self, main: Draft, subs: dict[int, Draft]) -> Draft | None:
        """A seizure lead without amounts of its own ("the Army foiled at dawn on Sunday an
        attempt to smuggle drugs across the border"; "customs officers stopped a truck")
        whose find a later paragraph tells at a place of its own ("A search of the area in
        the Ruwaished district revealed 2,450,000 pills"): the first local result with
        amounts, undated or of the lead's day, is the lead's own find, not a second seizure.
        Its amounts and counts go to the main event (its place once roles are read:
        _told_apart_place); returns the merged result."""
        if (main.type != "seizure" or main.mentions or main.seizures or main.period
                or not subs):
            return None
        days = draft_days(main)
        if days is not None and days[0] != days[1]:
            return None  # "results at customs posts for 14.04-20.04.2025": several finds
        found = [s for s in subs.values() if s.seizures]
        if not found:
            return None
        first = min(found, key=lambda d: d.first_offset)
        if first.mentions or not self._same_episode(first, main):
            return None  # "In a separate case, on Saturday ...": a find of its own
        main.seizures.extend(first.seizures)
        main.counts.extend(first.counts)
        main.evidence.extend(first.evidence)
        main.sentences |= first.sentences
        if not main.dates and first.dates:
            main.dates, main.period = first.dates, first.period
        for draft in subs.values():
            if draft.part_of is first:
                draft.part_of = main
        return first

    def _told_apart_place(self, main: Draft, first: Draft) -> None:
        """The place of a lead's find told apart (_lead_find_told_apart), once roles are read:
        the find's located places go to the main event, else its own place over the
        publisher's dateline city."""
        places = [a for a in first.roles if a.role == "location"]
        dateline = self._dateline_place()
        if places:
            main.roles = places + [a for a in main.roles if a.role != "location"]
        elif first.place is not None and first.place.label == "LOC":
            # the find's place over the publisher's dateline city ("Amman, Jan. 14 (Petra)")
            main.roles = [a for a in main.roles if a.role != "location"
                          or a.mention is not dateline]
            main.place = first.place

    def _give_place_to_main(self, episode: Draft, main: Draft) -> None:
        """An episode told apart from a one-day interdiction ("Details of the case: On
        19-11-2024 ... conducted a vehicle check at Pedda Amberpet and intercepted a car")
        whose amounts the lead already gave is no event of its own, but it tells where the
        main event's find happened: its located places go to the main event, before the
        places later sentences name (a receiver "at Nanded")."""
        if (main.type != "seizure" or main.period is not None or not main.dates
                or not episode.dates or draft_days(episode) != draft_days(main)):
            return
        places = [a for a in episode.roles if a.role == "location"]
        if places:
            main.roles = places + [a for a in main.roles if a.role != "location"
                                   or a.cue.cue.priority > max(p.cue.cue.priority
                                                               for p in places)]

    def _names_lead_event(self, mention: Mention) -> bool:
        """The name given right after the lead to the lead's own event ("The operation,
        code-named "Hidden Cedars", was carried out on Monday")."""
        if mention.sentence > self.lead_last + NAMING_SENTENCES_AFTER_LEAD:
            return False
        start = self.lay.sentences[mention.sentence][0]
        return _LEAD_EVENT_NAMED.fullmatch(self.text, start, mention.start) is not None

    def _span_episodes(self, main: Draft, subs: dict[int, Draft]) -> None:
        """An undated lead ("the police have busted a cartel and arrested three smugglers")
        told in episodes of their own days ("... near village Rattan Khurd on 12.08.2025";
        "... raided a house at village Mahawa on 13.08.2025"): the lead's event is an
        operation from the first episode's day to the last one's, the episodes its
        results."""
        days = []
        for sub in subs.values():
            bounds = draft_days(sub)
            if bounds is None or sub.period is not None or self._bound(sub.dates[0]):
                return  # an episode undated, or dated by a period or a bound: no span
            days.append((bounds, sub))
        if len({bounds for bounds, _sub in days}) < 2:
            return
        first = min(days, key=lambda pair: pair[0][0])
        main.dates = [first[1].dates[0]]
        main.period = (min(b[0] for b, _s in days), max(b[1] for b, _s in days))
        main.type = "operation"
        for _bounds, sub in days:
            sub.part_of = main

    def _named_running_total(self, draft: Draft) -> bool:
        """A named operation beside the item's event that the item gives only figures of,
        counted since its start ("since the launch of the campaign "X" on 1 March, police
        have registered 412 cases"); its acting body is named before the figures
        (_running_total_organizer, once roles are read)."""
        if (draft.type != "operation" or not draft.mentions or not draft.dates
                or draft.period is not None or not (draft.seizures or draft.counts)
                or not self._counted_from(draft.dates[0])):
            return False
        draft.open_end = True
        return True

    def _running_total_organizer(self, draft: Draft) -> None:
        """A named running total's acting body (_named_running_total), once roles are read:
        when no cue names one, the body named between its date and its figures."""
        if not draft.organizer_agents and not any(a.role == "organizer" for a in draft.roles):
            date = draft.dates[0]
            figures = min(draft.figure_starts)
            draft.organizer_agents = [
                m for m in self.by_sentence[date.sentence] if m.label == "ORG"
                and date.end <= m.end <= figures and not self._is_news_source(m)][:1]

    def _definite_body(self, draft: Draft) -> list[Mention]:
        """The body a period's figures are told of by a definite head noun ("In 2025, the
        Commission arrested ...", "From January to November, the branch seized ..."): the
        item's first named body with that head ("Drug Enforcement Commission", "Kinmen-
        Matsu-Penghu Branch", "Directorate of the Federal Security Service for ...")."""
        figures = draft.figure_starts
        if not figures:
            return []
        first = min(figures)
        sentence_start = self.lay.sentences[self.lay.sentence_of(first)][0]
        heads = {found.group(1).lower()
                 for found in _DEFINITE_HEAD.finditer(self.text, sentence_start, first)}
        if not heads:
            return []
        for mention in self.mentions:
            if mention.start >= first:
                break
            if (mention.label == "ORG" and not self._is_news_source(mention)
                    and _body_head(mention.text) in heads):
                return [mention]
        return []

    def _figures_subject(self, draft: Draft) -> list[Mention]:
        """The body a period's figures are told of as the subject of the verb their first
        figure is the object of ("During the quarter, Tasmania Police executed 214 search
        warrants"; _FIGURES_SUBJECT): an acting body, not a country ("Ecuador seized 294
        tonnes" names no body) nor a teller named after the figures."""
        figures = draft.figure_starts
        if not figures:
            return []
        first = min(figures)
        before = [m for m in self.by_sentence.get(self.lay.sentence_of(first), ())
                  if m.end <= first]
        if before and self._acting_body(before[-1]) and _FIGURES_SUBJECT.fullmatch(
                self.text, before[-1].end, first):
            return [before[-1]]
        return []

    def _heads(self) -> dict[str, Mention]:
        """The item's first named acting body per head noun ("committee": the State Customs
        Committee)."""
        heads: dict[str, Mention] = {}
        for mention in self.mentions:
            if mention.label == "ORG" and not self._is_news_source(mention):
                heads.setdefault(_body_head(mention.text), mention)
        return heads

    def _finish(self, drafts: list[Draft]) -> list[dict[str, Any]]:
        self._drop_title_restatements(drafts)
        self._drop_translated_figures(drafts)
        if len(drafts) > 1:
            # "Transport police have seized over 41 kg this year" over "Since January 1,
            # officers ... seized over 41 kg": a find whose figures all went to the item's
            # other events (a period's total) is no event of its own
            drafts = [d for d in drafts if not self._empty_find(d)] or drafts
            drafts = [d for d in drafts if not self._restated_period(d, drafts)]
        drafts.sort(key=lambda d: (d.sub_result, d.first_offset))
        for draft in drafts:
            if draft.part_of is not None and all(draft.part_of is not d for d in drafts):
                draft.part_of = None  # its operation was no event of the item's own
        for number, draft in enumerate(drafts, start=1):
            draft.id = f"e{number}"
        # id(find) -> the town or facility an operation's one find is placed at by the
        # operation's own words (_find_place_of_operation), worked out once for all records
        find_places = {id(d): place for d in drafts
                       if (place := self._find_place_of_operation(d, drafts)) is not None}
        return [self._record(d, drafts, find_places) for d in drafts]

    def _record(self, draft: Draft, drafts: list[Draft],
                find_places: dict[int, Mention]) -> dict[str, Any]:
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
        place = self._event_place(draft)
        if place is None:  # a stage of a regional operation: the region's
            place = self._stage_places.get(id(draft))
        if place is None:  # an operation's one find: the operation's own town or facility
            place = find_places.get(id(draft))
        if place is not None and self._result_place(draft, place, drafts, find_places):
            place = None
        if draft.country_row and place is not None and place.label == "COUNTRY":
            for seizure in draft.seizures:  # a country's results: attributed, not located
                seizure["location"], seizure["country_iso2"] = None, iso2(place)
            place = None
        if place is not None:
            location = place.ref()
            evidence.append((place.start, place.end))
        self.initiators_take_part(draft)
        lists = role_lists(draft.roles)
        if draft.court is not None:  # the court decided: it organizes the verdict alone
            lists["organizer"] = [draft.court]
        elif draft.decision:  # "the court remanded ...": an unnamed court, nobody's role
            lists = {role: [] for role in lists}
            draft.agents = []
        if not lists["organizer"] and not draft.decision:
            lists["organizer"] = list(draft.organizer_agents)
        if not lists["organizer"] and draft.type == "other" and not draft.decision:
            # "In 2025, the Commission arrested 2,914 suspects": the item's body of that head;
            # "During the quarter, Tasmania Police executed 214 search warrants"; "Since 1
            # January, customs officers have seized 61 kg ..., the committee added"
            lists["organizer"] = self._definite_body(draft) or self._figures_subject(draft) \
                or self._reporting_body(draft, self._heads())
        if draft.type != "other":  # a court hears the case later; it organizes a verdict only
            for role in ("organizer", "participant"):
                lists[role] = [m for m in lists[role] if not self._is_court(m)]
            draft.agents = [m for m in draft.agents if not self._is_court(m)]
        organizer_keys = {m.key for m in lists["organizer"]}
        lists["participant"] = [m for m in lists["participant"] if m.key not in organizer_keys]
        known = {m.key for ms in lists.values() for m in ms}
        for agent in draft.agents:
            if agent.key not in known:
                lists["participant"].append(agent)
                known.add(agent.key)
        if draft.type == "other" and (
                (start_date is not None and start_date != end_date
                 and (draft.seizures or draft.counts))
                or draft.court is not None or draft.decision):
            # a period's results and a court's decision: their partners are named where their
            # figures, dates, name or organizers are told, not in the sentences of a gathering
            # or of the investigation beside them
            own = {m.sentence for m in draft.mentions} | set(self._figure_sentences(draft))
            own.update(m.sentence for m in lists["organizer"])
            if draft.trigger is not None:
                own.add(draft.trigger.sentence)
            for role in ("participant", "observer"):
                lists[role] = [m for m in lists[role] if m.sentence in own]
        self.bodies_over_sides(lists)
        for mentions in lists.values():
            evidence.extend((m.start, m.end) for m in mentions)
        if draft.type in NO_SEIZURE_TYPES:
            draft.seizures = []  # figures recalled at a meeting or training are not its own
        named = [s for s in draft.seizures if s.get("substance")]
        # an amount of nothing named beside named ones: packaging ("loaded in 76 barrels")
        seizures = dedupe_seizures(named or draft.seizures)
        if draft.type == "seizure" and place is not None:
            for seizure in seizures:
                seizure["country_iso2"] = seizure.get("country_iso2") or iso2(place)
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


def assemble_events(doc: Doc, rules: EventRules) -> list[dict[str, Any]]:
    """Event dicts (schema.Event shape, offsets into ``doc``) of one news item."""
    if not len(doc):
        return []
    matches = split_matches(rules, doc)
    if not matches["event"]:
        return []  # no event word at all: nothing to assemble
    return _Assembler(doc, rules, matches).run()

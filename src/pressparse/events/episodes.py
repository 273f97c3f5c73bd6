"""Events beside the main one, and the main event's final type: local results of an
operation, follow-up arrests, court decisions, operation stages, a summing-up meeting
(running totals of a period: events/totals.py)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date as date_cls
from datetime import timedelta
from itertools import pairwise

from .dating import OPEN_BOUNDS, PLAN_CUES_FILE, SUMMARY_DAYS, days_of, span_days
from .draft import Draft
from .mentions import PLACE_LABELS, SEIZURE_KINDS, EventCueMatch, Mention
from .parties import RESULT_ROW
from .report_dates import LATEST_DAY
from .results import (
    EPISODE_WORDS_FILE,
    kind_alternatives,
    needled,
    needled_kind,
    needled_search,
    phrase_alternatives,
    words_of,
)
from .sections import BLANK_LINE, dating_date
from .seizures import FOUND_COUNT_CATEGORIES, GENERIC_DRUGS
from .text import ROW_BULLET_CHARS
from .totals import FURTHER_TYPES, TotalRules

CONTAINER_TYPES = frozenset({"operation", "exercise", "other"})
# a court's outcome (words of event_cues.jsonl of type other) told over the finds behind it
COURT_OUTCOMES = frozenset(words_of(EPISODE_WORDS_FILE, "court_outcome"))
ACTION_CATEGORIES = frozenset(words_of(EPISODE_WORDS_FILE, "action_category"))  # own actions
# actions each at a place of its own: two of them are several places (not arrests, plants)
PLACE_CATEGORIES = frozenset(words_of(EPISODE_WORDS_FILE, "place_category"))
# "over the past week": a date told as the stretch its figures cover
DURATION_REACH = 30  # how far before a date its duration word may start
_DURATION_BEFORE = re.compile(
    rf"(?<![a-z])(?:{kind_alternatives(EPISODE_WORDS_FILE, 'duration_before')})"
    r"(?:\s+the)?\s+$", re.IGNORECASE)
# "during searches", "in raids": actions at several places, told without a number
_SEVERAL_PLACES_WORD = needled_kind(EPISODE_WORDS_FILE, "several_places_word")
ACTION_TYPES = frozenset({"seizure", "operation"})  # cue types of an interdiction's episode
NIGHT_REACH = 40  # chars before a date searched for "the night of"
PLACES_AFTER_REACH = 60  # chars after a plural action word searched for the places it names
# what may stand between two places named for one plural action word ("in the Amman and
# Zarqa governorates", "in Vihti, Lohja and Espoo", "at homes in Tartu and in Elva")
_PLACES_JOINED = re.compile(
    r"(?:\s+[a-z]+)?\s*(?:,|\band\b|,\s*and\b)\s*(?:in\s+|at\s+)?(?:the\s+)?")
# a court's decision in a later sentence ("the court authorized the pre-trial detention")
_COURT_DECISION_WORDS = kind_alternatives(EPISODE_WORDS_FILE, 'court_decision')
_COURT_DECISION = re.compile(rf"(?<![a-z])(?:{_COURT_DECISION_WORDS})(?![a-z])", re.IGNORECASE)
# a court the text does not name deciding in a later sentence, as its subject ("the court
# remanded all five suspects", "A judge of control of guarantees ordered seven of them held"):
# the court word, an "of" phrase naming its kind, an adverb, then the decision's word; "was
# produced before the court yesterday and remanded" is the suspects' appearance, no decision
_UNNAMED_COURT_DECISION = needled(re.compile(
    rf"(?<![a-z])(?:{kind_alternatives(EPISODE_WORDS_FILE, 'unnamed_court')})"
    r"(?:\s+of(?:\s+[a-z]+){1,4}?)?(?:\s+[a-z]+ly|\s+also|\s+then)?\s+"
    rf"(?:{_COURT_DECISION_WORDS})(?![a-z])", re.IGNORECASE),
    words_of(EPISODE_WORDS_FILE, "unnamed_court"))
# "has already placed four of the detainees under house arrest", "which imposed fines": a
# court's decision on the suspects themselves, not an order on goods ("ordered the seizure
# of the load")
_PERSON_DECISION = re.compile(
    rf"(?<![a-z])(?:{kind_alternatives(EPISODE_WORDS_FILE, 'person_decision')})"
    r"(?![a-z])", re.IGNORECASE)
# "sentenced", "jailed", "convicted" in a lead: the item tells a court's verdict
_COURT_OUTCOME_WORD = needled(re.compile(
    rf"(?<![a-z])(?:{phrase_alternatives(tuple(COURT_OUTCOMES))})(?![a-z])", re.IGNORECASE),
    tuple(COURT_OUTCOMES))
# "investigation", "investigations": the word of a case's investigation
_INVESTIGATION_WORD = re.compile(r"investigations?", re.IGNORECASE)
# "investigated", "the criminal investigation": lower case, not a body's name ("Georgia
# Bureau of Investigation")
_INVESTIGATED = re.compile(r"\binvestigat(?:ion|ions|ed|ing)\b")
# "investigation established that ...": what it found, not when it ran
_FINDING_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+)?"
    rf"(?:{kind_alternatives(EPISODE_WORDS_FILE, 'investigation_finding')})\b",
    re.IGNORECASE)
# "will appear", "is due to appear", "is expected to": a hearing still to come
# (episode_words.jsonl still_to_come)
_STILL_TO_COME = re.compile(
    rf"\b(?:{kind_alternatives(EPISODE_WORDS_FILE, 'still_to_come')})\b",
    re.IGNORECASE)
# "stage", "phase"; "two", "three" (episode_words.jsonl stage, stage_number)
_STAGE = kind_alternatives(EPISODE_WORDS_FILE, "stage")
_STAGE_NUMBER = kind_alternatives(EPISODE_WORDS_FILE, "stage_number")
# "in two stages", "the first stage", "the second phase": an operation's parts, counted or
# ordered (episode_words.jsonl stage_ordinal; not "the operational phase", "the largest
# seizure of the stage")
_STAGES_TOLD = re.compile(
    rf"(?<![a-z])(?:{kind_alternatives(EPISODE_WORDS_FILE, 'stage_ordinal')}|[2-9]|"
    rf"{_STAGE_NUMBER})\s+(?:[a-z-]+\s+)?(?:{_STAGE})(?![a-z])",
    re.IGNORECASE)
# "in two stages", "Two stages": the item counts its event's stages, so a stage named by its
# kind ("The practical stage took place on 23-26 September") is one of them
_STAGE_COUNT = re.compile(rf"(?<![a-z])(?:{_STAGE_NUMBER}|[2-9])\s+(?:{_STAGE})(?![a-z])",
                          re.IGNORECASE)
_STAGE_WORD = needled_kind(EPISODE_WORDS_FILE, "stage")
STAGED_TYPES = frozenset({"operation", "exercise"})  # events told in stages of their own
_STAGE_ACTION = re.compile(  # "27 searches were carried out", "raided five homes"
    rf"(?<![a-z])(?:{kind_alternatives(EPISODE_WORDS_FILE, 'stage_action')})"
    r"(?![a-z])", re.IGNORECASE)
# "units ... carried out reinforced checks of vehicles": the body's own measures over the
# period, which make its results an operation, not a compilation of figures
_PERIOD_MEASURES = re.compile(
    rf"(?<![a-z])(?:{kind_alternatives(EPISODE_WORDS_FILE, 'done_verb')})"
    r"(?:\s+[\w-]+){0,6}?\s+"
    rf"(?:{kind_alternatives(EPISODE_WORDS_FILE, 'period_measure')})(?![a-z])",
    re.IGNORECASE)
COMPILED_INCIDENTS = 3  # a period's report's incidents, each on a day of its own
RUN_OF_DAYS = 2  # days between a lead's first and last day that make a run of finds an operation
STAGE_MAX_DAYS = 2  # a stage's action told on one or two days ("On 13 and 14 October")
STAGE_MIN_SPAN = 7  # days an operation runs (or open-ended) to have stages of its own
FIND_HOLDER_TYPES = frozenset({"operation", "seizure"})  # may hold local finds of its days
FIND_TIME_DAYS = 31  # the longest week or month that times a find a verdict recalls
COURT_DAY_PRECISIONS = frozenset({"day", "week", "month"})  # "on 2 July", "In December"
AGENT_LABELS = frozenset({"ORG", "COUNTRY", "NORP"})
CALENDAR_PRECISIONS = frozenset({"month", "quarter", "season", "year"})  # a whole period
VAGUE_PRECISIONS = frozenset({"week", "month"})  # a find's day told by its week or month
INDEFINITE_REACH = 40  # chars before an event word searched for its indefinite article
# "a four-month enforcement " before "surge": the lead introduces an event of its own
_INDEFINITE_BEFORE = re.compile(r"(?<![a-z])(?:a|an)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
QUARTER_STARTS = frozenset({"01", "04", "07", "10"})  # months a (fiscal) year or quarter opens
WEEK_PRECISIONS = frozenset({"week"})  # a lead's find told by its week ("last week")
FURTHER_PRECISIONS = frozenset({"day", "week", "month", "quarter", "season"})  # not "in 2025"
# (a year dates a gathering still to come: "the next meeting will be held in Vientiane in 2027")
# "the plenary session of the Assembly, which will be held in November": a relative clause
# telling the gathering as still to come marks it as another event (plan_cues.jsonl)
_FUTURE_CLAUSE_AFTER = re.compile(
    r"[^.;:!?\n]{0,80}?,\s*(?:which|that)\s+"
    rf"(?:{kind_alternatives(PLAN_CUES_FILE, 'plan', 'schedule')})(?![a-z])", re.IGNORECASE)
# "proposed to hold the next joint operation": an operation only proposed (plan_cues.jsonl)
_PROPOSAL = needled_kind(PLAN_CUES_FILE, "proposal")
COARSE_PRECISIONS = frozenset({"year"})  # a gathering's date the next sentence may refine
# "The workshop will take place ...": the sentence's opening article refers back to a word
_REFERRED_BACK = re.compile(r"(?:^|(?<=[\s\W]))(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$",
                            re.IGNORECASE)
_ARTICLES = frozenset({"a", "an"})  # further markers that may also announce the item's event
PLANNED_TYPES = frozenset({"operation"})  # beside the main event only when still to come
ACTION_COUNT_REACH = 30  # chars before an operation word searched for its count
OPENING_DATE_REACH = 25  # chars from a sentence's start to a date opening it
# a clause of another subject: "..., where it arrived on Sunday", "and the vessel was"
_CLAUSE_JOINT = re.compile(r"[,;]\s*(?:where|which|whose|when|then)\b|\band\s+(?:the|its|their)\b"
                           r"|;")
_COUNTED_BEFORE = re.compile(r"(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten)|\d)"
                             r"\s+$", re.IGNORECASE)  # "three " before "Dutch nationals"
_PEOPLE_AFTER = re.compile(r"\s+(?:nationals?|citizens?|m[ae]n|wom[ae]n|suspects?)\b")
# a row's marker ("a.", "c)", "(2)", "-", "•") and the end of its place label ("Mand.", "Gwadar:")
_ROW_MARKER = re.compile(rf"[ \t]*(?:[{ROW_BULLET_CHARS}]|\(?(?:[a-z]|\d{{1,2}})[.)])[ \t]+")
# a line of a list: opened by a bullet or another symbol ("- 240 kg", "🔹 312 people detained")
_LIST_LINE = re.compile(r"[ \t]*[^\w\s\"'“‘«(\[]")
_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of a list's lead-in
LIST_INTRO_WORDS = 3  # words besides the name a list's lead-in sentence tells
_ROW_LABEL_END = re.compile(r"[ \t]*(?:[.:]|[–-][ \t])")
_WHEN_AFTER = re.compile(r"\s*,\s*when\b", re.IGNORECASE)  # a clause telling the day's act
# a word referring back to the lead's event ("the operation"; episode_words.jsonl kind
# lead_reference)
_LEAD_REFERENCE_WORDS = kind_alternatives(EPISODE_WORDS_FILE, "lead_reference")
# "at the operation's debriefing meeting": the item's operation referred back to right before
# a meeting's word
_OPERATIONS_MEETING = re.compile(
    rf"(?<![a-z])(?:{_LEAD_REFERENCE_WORDS})['’]s\s+(?:[a-z-]+\s+){{0,2}}$", re.IGNORECASE)
# "This operation is part of the efforts of ...": a sentence opening on the lead's event
# (also read by assembly.py)
LEAD_REFERENCE_OPENING = rf"[\s\"'“]*(?:{_LEAD_REFERENCE_WORDS})"
_LEAD_REFERENCE = re.compile(rf"{LEAD_REFERENCE_OPENING}\b", re.IGNORECASE)


class EpisodeRules(TotalRules):
    """Further events of the item and the main event's type."""

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
        report_day = self._report_bound()
        for sentence, mentions in sorted(self.by_sentence.items()):
            if owner.get(sentence) is not main or sentence <= self.lead_last:
                continue
            # "appeared in the Magistrate's Court on Wednesday": a hearing's day, no arrest's
            later = [m for m in mentions if m.label == "DATE" and self._usable_date(m)
                     and m.normalized.get("precision") == "day"
                     and seized_on < str(m.normalized["start"]) < report_day
                     and not self._court_date(m)]
            start, end = self.lay.sentences[sentence]
            # "on Tuesday (20 August 2024)": one day written twice
            if len({str(m.normalized["start"]) for m in later}) != 1 or not any(
                    self._dates_clause(later[0], match.start(), match.end(), start)
                    for match in arrests.sentence.finditer(self.text, start, end)):
                continue
            draft = Draft("operation", sentences={sentence}, dates=later[:1], follow_up=True,
                          evidence=[(later[0].start, later[0].end)])
            owner[sentence] = draft
            return draft
        return None

    def _unnamed_court_decision(self, start: int, end: int) -> re.Match[str] | None:
        """_UNNAMED_COURT_DECISION in ``text[start:end]`` (searched only when one of its
        words is there)."""
        return needled_search(_UNNAMED_COURT_DECISION, self.text, start, end)

    def _court_decisions(self, main: Draft, owner: dict[int, Draft]) -> list[Draft]:
        """A court's decision told after the lead with the court's name and its day ("The
        sentences were handed down at Leeds Crown Court on 2 July"; "On 10 October, the
        district court authorized the pre-trial detention of seven suspects"): an event of
        its own (type other) organized by the court, as the guide types a verdict; it takes
        the sentence's counts and none of its amounts. A remand in custody is a decision
        ("appeared in the Magistrate's Court on Wednesday and was remanded"), and a verdict
        told with its month only is dated by the month ("In December, the District Court
        sentenced ..."). An appearance alone ("will appear in court on Monday") is none, nor
        is a day after the report's (a hearing still to come), and an item whose lead tells
        the decision has it as its main event."""
        if main.type in FURTHER_TYPES or main.type == "statement":
            return []
        found: list[Draft] = []
        report_day = self._report_bound()
        # "On 3 and 4 March, in the County Court, Judge ... sentenced": the lead's verdict
        verdict_sentence = main.dates[0].sentence if self._dating_court(main) else None
        for sentence, mentions in sorted(self.by_sentence.items()):
            if sentence == verdict_sentence:
                continue
            courts = self._sentence_courts(sentence)
            end = self.lay.sentences[sentence][1]
            if not courts:
                # "the court remanded all five suspects": a court the text does not name,
                # after the lead only, in an item that is no verdict or summary of its own
                unnamed = (None if sentence <= self.lead_last or main.type == "other" else
                           self._unnamed_court_decision(self._wrapped_start(sentence), end))
                if unnamed is None:
                    continue
                court_span = unnamed.span()
            elif not _COURT_DECISION.search(self.text, self._wrapped_start(sentence), end):
                continue
            else:
                court_span = (courts[0].start, courts[0].end)
            if sentence <= self.lead_last:
                return []  # the item is the court's own
            held = owner.get(sentence)
            if held is not main and (held is None or not held.sub_result):
                continue  # a gathering's or a named event's sentence
            # a hearing still to come ("remanded in custody to appear at Chelmsford Crown
            # Court next month") has decided nothing yet
            days = [m for m in mentions if m.label == "DATE"
                    and m.normalized.get("precision") in COURT_DAY_PRECISIONS
                    and self._date_usable(m, background_ok=True)
                    and str(m.normalized.get("start")) <= report_day]
            if not days:
                if not self._undated_decision(sentence, courts):
                    continue
                draft = Draft("other", sentences={sentence}, court=courts[0], decision=True,
                              evidence=[court_span])
                owner[sentence] = draft
                found.append(draft)
                continue
            # the day nearest the court's name, or the words of a court the text does not name
            day = min(days, key=lambda m: abs(m.start - court_span[0]))
            draft = Draft("other", sentences={sentence}, dates=[day],
                          court=courts[0] if courts else None, decision=True,
                          evidence=[court_span, (day.start, day.end)])
            owner[sentence] = draft
            found.append(draft)
        return found

    def _undated_decision(self, sentence: int, courts: list[Mention]) -> bool:
        """A named court's decision on the suspects told with no date at all ("The Central
        District Court of Khabarovsk has already placed four of the detainees under house
        arrest"; "were later convicted in the Mbabane Magistrates Court, which imposed
        fines"): it has happened, an event of its own left undated. Not a court the text does
        not name, an order on goods ("the Federal Court ordered the seizure of the load"), a
        sentence dating a hearing still to come, nor one telling it as to come."""
        if not courts or any(m.label == "DATE" for m in self.by_sentence[sentence]):
            return False
        start, end = self._wrapped_start(sentence), self.lay.sentences[sentence][1]
        return (_PERSON_DECISION.search(self.text, start, end) is not None
                and _STILL_TO_COME.search(self.text, start, end) is None)

    def _verdict_investigation(self, main: Draft, owner: dict[int, Draft],
                               drafts: list[Draft]) -> Draft | None:
        """The investigation a verdict's release recalls with a time of its own, after the
        lead ("The investigation, led by officers from the Organised Crime Partnership, began
        in November 2023"; "agents of the DEA opened the investigation in March 2023"; "The
        investigation ran from August 2021 until the arrests of the suspects on 17 May
        2022"): an operation of its own, with that sentence and every later one telling who
        investigated the case, and their roles and figures; the finds and steps the release
        recalls are its results, not the verdict's."""
        if main.type != "other" or main.mentions or not any(
                self.sentence_has(_COURT_OUTCOME_WORD, sentence)
                for sentence in range(min(self.lead_last + 1, len(self.lay.sentences)))):
            return None
        verdict_day = str(main.dates[0].normalized["start"]) if main.dates else None
        for cue in self.cues:
            sentence = cue.sentence
            held = owner.get(sentence)
            if (sentence <= self.lead_last or held is None
                    or not (held is main or held.sub_result)
                    or not _INVESTIGATION_WORD.fullmatch(self.text, cue.start, cue.end)
                    or _FINDING_AFTER.match(self.text, cue.end)):
                continue
            dates = [m for m in self.by_sentence[sentence] if m.label == "DATE"
                     and m.normalized.get("precision") in COURT_DAY_PRECISIONS
                     and self._date_usable(m, background_ok=True)
                     and (verdict_day is None or str(m.normalized["start"]) < verdict_day)]
            if not dates:
                continue
            found = Draft("operation", trigger=cue, sentences={sentence})
            # "The case stems from the criminal investigation X, conducted by ..."; "The case
            # was investigated by the DEA with the assistance of ...": its bodies' sentences
            found.sentences |= {other for other in range(self.lead_last + 1, len(
                self.lay.sentences)) if owner.get(other) is main and _INVESTIGATED.search(
                    self.text, *self.lay.sentences[other])}
            for claimed in found.sentences:
                owner[claimed] = found
            self._assign_dates([found], main, owner)
            if found.dates and found.period is None and self._bound(found.dates[0]) != "end":
                # "ran from August 2021 until the arrests of the suspects on 17 May 2022"
                later = [m for m in dates if str(m.normalized["start"])
                         > str(found.dates[0].normalized.get("end"))]
                if later:
                    found.period = (str(found.dates[0].normalized["start"]),
                                    str(later[-1].normalized.get("end")
                                        or later[-1].normalized["start"]))
            for draft in drafts:
                if draft is not main and (draft.part_of is main or (
                        draft.part_of is None and draft.sub_result)):
                    draft.part_of = found
            return found
        return None

    def _lead_court(self, main: Draft) -> Mention | None:
        """The court whose decision the lead tells ("The Rotterdam District Court today
        sentenced five men to prison terms ..."): the item's verdict (an unnamed main event
        of type other) is the court's, which organizes it alone, as the guide types a verdict
        (the investigation's bodies the release names after it led the case, not the
        verdict). An interdiction's word with no figures of its own ("The two persons
        arrested in the case ... were brought today before the Limassol District Court, which
        issued an eight-day remand order") recalls the case the court decided on."""
        if main.mentions or main.court is not None or not (
                main.type == "other" or (main.type in ACTION_TYPES and not main.seizures
                                         and not main.counts)):
            return None
        for sentence in range(self.lead_last + 1):
            courts = self._sentence_courts(sentence)
            if not courts:
                continue
            end = self.lay.sentences[sentence][1]
            if _COURT_DECISION.search(self.text, self._wrapped_start(sentence), end):
                return courts[0]
        return self._dating_court(main)

    def _dating_court(self, main: Draft) -> Mention | None:
        """The court named in the later sentence that dates a verdict its lead tells without
        naming the court ("were sentenced last week in federal court ... On November 12 and
        13, in the U.S. District Court for the District of Oregon, Judge ... sentenced"): the
        verdict's court. Not when only the headline tells the verdict ("members of a group
        convicted" over "The Department ... completed the investigation"): the lead's event
        is another."""
        title_end = self._title_end()
        if main.type != "other" or not main.dates or not any(
                _COURT_OUTCOME_WORD.search(self.text, max(start, title_end), end)
                for start, end in self.lay.sentences[:self.lead_last + 1]):
            return None
        sentence = main.dates[0].sentence
        courts = self._sentence_courts(sentence) if sentence > self.lead_last else []
        return courts[0] if courts else None

    def _court_step(self, main: Draft) -> bool:
        """The item's unnamed event of type other is a case's step before a court its lead
        tells ("The case with the indictment has been sent to the Regional Court"; cues with
        court_step): like a verdict, it is no container of the finds it recalls."""
        return (main.type == "other" and not main.mentions and main.court is None
                and any(c.cue.court_step and c.sentence <= self.lead_last for c in self.cues))

    def _verdict_find(self, main: Draft, drafts: list[Draft], owner: dict[int, Draft]
                      ) -> Draft | None:
        """The find a court's verdict recalls with a day of its own before the verdict ("The
        trio were sentenced at Durham Crown Court yesterday ... Officers forced entry to the
        building on 17 October 2023 ... Inside they found 1,146 plants ... together with 8
        kilos of dried cannabis"; "The man had been stopped ... in June 2025": a day, week or
        month): a seizure of its own, which takes the verdict's amounts,
        its found counts and its place, as a verdict carries no seizures; not when the
        item already tells its finds apart, unless the item is a case's court step, whose
        finds are each dated apart ("The laboratory was liquidated on September 12 ... The
        other two were detained on October 3 ... Another 2.1 kg was found there")."""
        if not main.seizures or (main.court is not None and any(
                d is not main and d.seizures for d in drafts)):
            return None
        verdict_day = (str(main.dates[0].normalized["start"]) if main.dates
                       else self._report_bound())
        days = [m for m in self.mentions if m.label == "DATE" and self._usable_date(m)
                and self._find_time(m) and self._told_for(m, main, owner)
                and str(m.normalized["start"]) < verdict_day and not self._court_date(m)]
        if not days:
            return None
        # a day over a week or month ("had been stopped ... in June 2025")
        day = min(days, key=lambda m: (m.normalized.get("precision") != "day",
                                       str(m.normalized["start"]), m.start))
        found = [c for c in main.counts if c.get("category") in FOUND_COUNT_CATEGORIES]
        find = Draft("seizure", sentences={day.sentence}, dates=[day],
                     seizures=main.seizures, counts=found,
                     roles=[a for a in main.roles if a.role == "location"],
                     evidence=[(day.start, day.end)], recalled=True)
        if self._recalls_only(day.sentence, main):
            owner[day.sentence] = find  # its sentence's cues name who found it
        main.seizures = []
        main.counts = [c for c in main.counts if c.get("category") not in FOUND_COUNT_CATEGORIES]
        main.roles = [a for a in main.roles if a.role != "location"]
        return find

    def _find_time(self, mention: Mention) -> bool:
        """A date that can time a find a verdict recalls: a day, or a week or month of
        ``FIND_TIME_DAYS`` at most ("in June 2025"), not a run of months ("from October 2025
        to June 2026": the offenders' activity)."""
        precision = mention.normalized.get("precision")
        return precision == "day" or (precision in COURT_DAY_PRECISIONS
                                      and 0 <= span_days(mention) < FIND_TIME_DAYS)

    def _recalls_only(self, sentence: int, main: Draft) -> bool:
        """The sentence dating a verdict's recalled find tells that find alone: it is not
        the verdict's own sentence and names no court ("had been stopped by officials of the
        Customs Department at the airport on 17 March 2024")."""
        return ((main.trigger is None or main.trigger.sentence != sentence)
                and not self._sentence_courts(sentence))

    @staticmethod
    def _told_for(mention: Mention, main: Draft, owner: dict[int, Draft]) -> bool:
        """A mention of a sentence the main event tells, or a named one that reports no
        results of its own ("Officers from the force's Operation Sentinel team forced entry
        to the building on 17 October 2023")."""
        held = owner.get(mention.sentence)
        return held is main or (held is not None and bool(held.mentions)
                                and not held.seizures and not held.counts)

    def _wrapped_start(self, sentence: int) -> int:
        """Where the sentence really starts when a wrapped line split it off the one before
        (a PDF's "... was sentenced by the" / "Vienna Regional Criminal Court to twelve years
        in December 2024."): the previous sentence's start when that one ends in a lower-case
        word (no stop), else the sentence's own start."""
        start = self.lay.sentences[sentence][0]
        if sentence == 0:
            return start
        before = self.text[self.lay.sentences[sentence - 1][0]:start].rstrip()
        return (self.lay.sentences[sentence - 1][0]
                if before and before[-1].isalpha() and before[-1].islower() else start)

    def _dated_stages(self, main: Draft) -> tuple[list[Draft], Draft | None]:
        """A named operation or exercise told in stages that each run over days of their own
        ("in two stages: from 11 to 16 May and from 5 to 10 October"; "the first stage ... was
        conducted from 2 June to 15 July. The second stage is planned from 1 August to 30
        September"; "Two stages ... The practical stage took place on 23-26 September"): each
        stage is an event of its own of the same type and name, ``part_of`` the whole,
        which runs from the first stage's start to the last one's end (as the guide has it).
        When the item's event is dated by one stage (a report on the first stage's results),
        it is that stage, and the whole is added beside it. Returns the new events and the
        whole the item's event is a stage of (None when it is the whole or has no stages);
        ``main`` is left as it was."""
        if main.type not in STAGED_TYPES or not main.name or not main.dates:
            return [], None
        counted = _STAGE_COUNT.search(self.text) is not None
        runs: dict[tuple[str, str], Mention] = {}
        for sentence, mentions in sorted(self.by_sentence.items()):
            if not self.sentence_has(_STAGES_TOLD, sentence) and not (
                    counted and self.sentence_has(_STAGE_WORD, sentence)):
                continue
            for mention in mentions:
                if (mention.label == "DATE" and mention.normalized.get("precision") == "day"
                        and span_days(mention) > 0 and not self._compared(mention)
                        and self._date_usable(mention, background_ok=True)):
                    runs.setdefault(days_of(mention), mention)
        ordered = sorted(runs.items())
        if len(ordered) < 2 or any(before[0][1] >= after[0][0]
                                   for before, after in pairwise(ordered)):
            return [], None  # one run of days, or runs overlapping: no stages of their own
        whole = (ordered[0][0][0], ordered[-1][0][1])
        own = draft_days(main)

        def stage(days: tuple[str, str], date: Mention, parent: Draft) -> Draft:
            return Draft(main.type, name=main.name, key=main.key, dates=[date], period=days,
                         part_of=parent, evidence=[(date.start, date.end)])

        if own == whole:  # the item's event is the whole operation
            return [stage(days, date, main) for days, date in ordered], None
        if own not in runs:
            return [], None
        first = ordered[0][1]
        parent = Draft(main.type, name=main.name, key=main.key, dates=[first], period=whole,
                       evidence=[(first.start, first.end)])
        others = [stage(days, date, parent) for days, date in ordered if days != own]
        return [parent, *others], parent

    def _operation_stages(self, main: Draft, owner: dict[int, Draft]) -> list[Draft]:
        """A day's searches or arrests told after the lead of an operation running for weeks
        ("Operation X began in February ... Last week, on October 29, investigators executed
        search warrants at seven locations and arrested the suspects"; "On 13 and 14 October,
        27 searches were carried out"): a stage of it (an operation ``part_of`` it) with the
        sentence's counts, dated by its own day."""
        if main.type != "operation" or not main.dates:
            return []
        bounds = draft_days(main)
        if bounds is None:
            return []
        first, last = bounds
        open_ended = main.open_end or self._bound(main.dates[0]) in OPEN_BOUNDS
        if not open_ended and self._days(first, last) < STAGE_MIN_SPAN:
            return []
        report_day = self._report_bound()
        stages: list[Draft] = []
        for sentence, mentions in sorted(self.by_sentence.items()):
            if owner.get(sentence) is not main or sentence <= self.lead_last:
                continue
            start, end = self.lay.sentences[sentence]
            if not _STAGE_ACTION.search(self.text, start, end):
                continue
            days = [m for m in mentions if m.label == "DATE" and self._usable_date(m)
                    and m.normalized.get("precision") == "day"
                    and first <= str(m.normalized["start"]) <= report_day
                    and 0 <= self._days(str(m.normalized["start"]),
                                        str(m.normalized.get("end") or m.normalized["start"]))
                    < STAGE_MAX_DAYS]
            if len({str(m.normalized["start"]) for m in days}) != 1:
                continue  # no day of its own, or several
            if days[0].start - start > OPENING_DATE_REACH and not any(
                    self._dates_clause(days[0], match.start(), match.end(), start)
                    for match in _STAGE_ACTION.finditer(self.text, start, end)):
                continue
            draft = Draft("operation", sentences={sentence}, dates=days[:1], follow_up=True,
                          part_of=main, evidence=[(days[0].start, days[0].end)])
            owner[sentence] = draft
            # "Police also seized $312,000, three vehicles ...": its paragraph's next
            # sentences without a day of their own tell the same stage
            self._give(draft, self._undated_paragraph_rest(sentence, main, owner), owner)
            stages.append(draft)
        return stages

    def _paragraph_rest(self, sentence: int, takes: Callable[[int], bool]) -> list[int]:
        """The sentences right after ``sentence`` in its paragraph, up to the first one
        ``takes`` refuses."""
        paragraph = self.lay.paragraph_of(self.lay.sentences[sentence][0])
        rest: list[int] = []
        for after in range(sentence + 1, len(self.lay.sentences)):
            if self.lay.paragraph_of(self.lay.sentences[after][0]) != paragraph \
                    or not takes(after):
                break
            rest.append(after)
        return rest

    def _undated_paragraph_rest(self, sentence: int, holder: Draft,
                                owner: dict[int, Draft]) -> list[int]:
        """The sentences right after ``sentence`` in its paragraph that ``holder`` owns and
        that give no DATE of their own (they tell what ``sentence`` told)."""
        def undated(after: int) -> bool:
            return owner.get(after) is holder and not any(
                m.label == "DATE" for m in self.by_sentence.get(after, ()))

        return self._paragraph_rest(sentence, undated)

    @staticmethod
    def _give(draft: Draft, sentences: list[int], owner: dict[int, Draft]) -> None:
        """The sentences become the draft's."""
        for sentence in sentences:
            owner[sentence] = draft
            draft.sentences.add(sentence)

    def _operation_finds(self, main: Draft, drafts: list[Draft],
                         owner: dict[int, Draft]) -> list[Draft]:
        """The local finds (``_holder_finds``) of the item's event and of the other
        operations the item tells beside it."""
        finds = self._holder_finds(main, self.lead_last, owner)
        for draft in drafts:
            if (draft is not main and draft.type == "operation" and draft.sentences
                    and not draft.follow_up):  # a stage or follow-up: one day, no run of finds
                finds.extend(self._holder_finds(draft, min(draft.sentences), owner))
        return finds

    def _holder_finds(self, holder: Draft, opening: int, owner: dict[int, Draft]) -> list[Draft]:
        """A find on one day of its own told after the opening (up to sentence ``opening``)
        of an event running over several days (an operation, or a "seizure" of several days,
        which its extent makes one) ("The largest seizure took place on Wednesday (18) at the
        Port of Beira, where agents found 14,2 kilos of heroin"; "The largest batch, 31.5 kg
        of heroin, was found on 21 January"; "The biggest single find came on October 30. At
        the crossing ... officers found 18.4 kg"): a local result of it (a seizure
        ``part_of`` it, as the guide has it) with the amounts of its sentence and of the next
        ones of its paragraph that give no day of their own; the day lies within the event's
        days."""
        if holder.type not in FIND_HOLDER_TYPES:
            return []
        bounds = draft_days(holder)  # None without dates
        if bounds is None or self._days(*bounds) < RUN_OF_DAYS:
            return []  # a one-day event's finds are its own, so are a find's of its next day
        first, last = bounds
        if holder.open_end or self._bound(holder.dates[0]) in OPEN_BOUNDS:
            last = self._report_bound()
        finds: list[Draft] = []
        for sentence, mentions in sorted(self.by_sentence.items()):
            if owner.get(sentence) is not holder or sentence <= opening:
                continue
            days = [m for m in mentions if m.label == "DATE" and self._usable_date(m)
                    and m.normalized.get("precision") == "day"
                    and first <= str(m.normalized["start"]) <= last
                    and len(set(days_of(m))) == 1]
            if len(days) != 1 or sum(m.label == "DATE" for m in mentions) != 1:
                continue  # no day of its own, or other times beside it
            told = [sentence, *self._undated_paragraph_rest(sentence, holder, owner)]
            if not any(m.label == "QUANTITY" and m.normalized.get("kind") in SEIZURE_KINDS
                       for told_sentence in told for m in self.by_sentence.get(told_sentence, ())):
                continue
            if self._seizure_cue_sentences.isdisjoint(told):
                continue
            draft = Draft("seizure", sentences=set(told), dates=days, part_of=holder,
                          sub_result=True, evidence=[(days[0].start, days[0].end)])
            for told_sentence in told:
                owner[told_sentence] = draft
            finds.append(draft)
        return finds

    def _dates_clause(self, date: Mention, start: int, end: int, sentence_start: int) -> bool:
        """The date is in the clause of the words at ``start:end`` ("then arrested three men,
        aged 31 and 38, in Kent on 1 February"), or opens their sentence ("On 1 February,
        officers arrested"); not "were arrested and the vessel was escorted to the port,
        where it arrived on Sunday"."""
        if date.start - sentence_start <= OPENING_DATE_REACH:
            return True
        left, right = (end, date.start) if date.start >= end else (date.end, start)
        return not _CLAUSE_JOINT.search(self.text, left, right)

    def _summing_up_meeting(self, main: Draft) -> Draft | None:
        """The meeting that summed up a named operation ("On 17 February, a meeting ... was
        held in Dushanbe to sum up the results of the operation 'X', conducted from 3 to 14
        February"): an event of its own, with the date next to its word and the lead's venue
        and chair."""
        if not main.mentions and main.type == "other":
            return self._reviewing_meeting(main)
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
            # "The results were presented at the operation's debriefing meeting held on
            # 28-29 July in Bandar Seri Begawan": a meeting of its own days on the operation
            sentence_start = self.lay.sentences[cue.sentence][0]
            if body and _OPERATIONS_MEETING.search(
                    self.text, max(sentence_start, cue.start - 40), cue.start) and any(
                    m.label == "DATE" and m.normalized.get("precision") == "day"
                    and m.start > cue.end for m in self.by_sentence[cue.sentence]):
                return Draft("meeting", trigger=cue, sentences={cue.sentence}, summit=True)
        return None

    def _reviewing_meeting(self, main: Draft) -> Draft | None:
        """The meeting of one day that reviewed a period's results ("The authority held its
        quarterly meeting on Wednesday to review ... the third quarter"): an event of its
        own beside the results summary, dated by the day next to its word."""
        for cue in self.cues:
            if (cue.sentence > self.lead_last or cue.cue.type != "meeting"
                    or not cue.cue.names_event or cue.sentence in self.background):
                continue
            if any(m.token_start <= cue.token_start < m.token_end
                   for m in self.by_sentence[cue.sentence] if m.label != "DATE"):
                continue  # a word of a name ("Coordination Council"), no meeting
            if any(m.label == "DATE" and m.normalized.get("precision") == "day"
                   and self._usable_date(m) and self._foreign(m, main)
                   for m in self.by_sentence[cue.sentence]):
                return Draft("meeting", trigger=cue, sentences={cue.sentence}, summit=True)
        return None

    def _further_events(self, main: Draft, owner: dict[int, Draft]) -> list[Draft]:
        """Events of their own told after the lead beside the main one: gatherings
        (``_further_gatherings``) and destructions of drugs (``_destructions``)."""
        return self._further_gatherings(main, owner) + self._destructions(main, owner)

    def _destructions(self, main: Draft, owner: dict[int, Draft]) -> list[Draft]:
        """Drugs destroyed on a date of their own, told after the lead ("On 26 June, 2.7
        tons of drugs seized earlier were publicly burned in Dushanbe"; "1,920 kg of ganja
        and other drugs were destroyed at the same site in January"): another activity than
        the item's seizure, operation or summary, an event of its own of type other (the
        guide's "anything else"), dated by its own date; the amounts are what was destroyed,
        no seizures. Not when the item's own event is that destruction (its days)."""
        report_day = self._report_bound()
        main_days = draft_days(main)
        own_destruction = self._destruction(main)
        found: list[Draft] = []
        for sentence, mentions in sorted(self.by_sentence.items()):
            held = owner.get(sentence)
            # a local result read from the amount, which the destruction's sentence holds
            if sentence <= self.lead_last or held is None or not (
                    held is main or held.sub_result):
                continue
            if not self._tells_destruction(sentence) or not any(
                    m.label == "QUANTITY" and m.normalized.get("kg") and self._moved_amount(m)
                    for m in mentions):
                continue  # no amount told as destroyed
            days = [m for m in mentions if m.label == "DATE"
                    and self._date_usable(m, background_ok=True)
                    and m.normalized.get("precision") in FURTHER_PRECISIONS
                    and str(m.normalized["start"]) <= report_day]
            if not days:
                continue
            day = days[0]
            first, last = days_of(day)
            if own_destruction and main_days is not None and not (
                    last < main_days[0] or first > main_days[1]):
                continue  # the item's own destruction told again
            draft = Draft("other", sentences={sentence}, dates=[day], further=True,
                          evidence=[(day.start, day.end)])
            owner[sentence] = draft
            held.sentences.discard(sentence)
            self.background.discard(sentence)
            found.append(draft)
        return found

    def _further_gatherings(self, main: Draft, owner: dict[int, Draft]) -> list[Draft]:
        """Gatherings reported beside the main event, each in a sentence of its own after
        the lead and dated outside the main event ("On 17 November, the day before the
        session, ... held a workshop"; "A second course ... is scheduled for January 2026");
        a campaign or operation only when still to come ("decided to launch a campaign from
        1 November to 31 January", "in May, the services will carry out a joint operation");
        a year alone dates only a gathering still to come ("the next meeting will be held in
        Vientiane in 2027").
        The word must be marked as another event ("a", "the next", "a second", "its
        sixty-ninth"; further_markers.jsonl): "told the conference" refers back. A plural
        word ("five regional trainings planned for 2026") is a programme, not one event."""
        main_days = draft_days(main)
        report_day = self._report_day()
        if main_days is None or report_day is None:
            return []
        singular = self.rules.singular_event_words
        further: list[Draft] = []
        # "a follow-up course for the same units": a noun cue inside a longer cue counts
        named_by_sentence: dict[int, list[EventCueMatch]] = defaultdict(list)
        for cue in self.cues:
            if cue.cue.names_event or self.text[cue.start:cue.end].split(" ", 1)[0].lower() in (
                    singular):
                named_by_sentence[cue.sentence].append(cue)
        for sentence in sorted(named_by_sentence):
            if sentence <= self.lead_last or owner.get(sentence) is not main:
                continue
            names = self.by_sentence[sentence]
            cues = [c for c in named_by_sentence[sentence]
                    if c.cue.type in FURTHER_TYPES | PLANNED_TYPES
                    and not _plural(self.text[c.start:c.end].lower(), singular)
                    and (self.rules.further_marker.search(
                        self.text, max(self.lay.sentences[sentence][0], c.start - 60), c.start)
                         or _FUTURE_CLAUSE_AFTER.match(self.text, c.end))
                    and not any(m.label != "DATE" and m.token_start <= c.token_start
                                < m.token_end for m in names)]
            if not cues:
                continue
            # "The meeting also decided to launch a campaign": the lead's kind is referred to
            lead_kinds = {c.cue.type for c in self.cues if c.sentence <= self.lead_last}
            # else a word of another kind than the item's event, which a word of its own
            # kind refers back to ("A memorandum on holding a joint seminar ... was signed
            # at the end of the meeting": the seminar)
            cue = next((c for c in cues if c.cue.type not in lead_kinds | {main.type}),
                       next((c for c in cues if c.cue.type != main.type), cues[0]))
            draft = Draft(cue.cue.type, trigger=cue, sentences={sentence}, further=True)
            background = sentence in self.background
            told_background = sentence + 1 in self.background
            self._claim(draft, sentence, owner)
            self._assign_dates([draft], main, owner)
            if self._told_on(draft, sentence, named_by_sentence, owner, main):
                draft.dates = []  # "a regional workshop ... The workshop will take place in
                self._assign_dates([draft], main, owner)  # Lilongwe from 2 to 6 March"
            days = draft_days(draft)
            future = days is not None and days[0] > report_day
            # a gathering told beside an interdiction's days ("From 10 to 17 February, police
            # carried out measures ... On 17 February, a training course was held") or in a
            # period's report ("Weekly results ... On 13 March, a working meeting of the
            # border representatives was held"): another activity, its own event though
            # held within those days
            # (also a gathering of another kind during the main one: "On 25 June, the
            # members of the working group observed a tactical-special exercise")
            other_kind = ((main.type in ACTION_TYPES or self._period_report(main)
                           or (main.type in FURTHER_TYPES and draft.type != main.type))
                          and draft.type in FURTHER_TYPES
                          and not main.mentions and not any(
                              c.cue.type == draft.type and c.sentence <= self.lead_last
                              and c.sentence not in self.subhead_sections for c in self.cues))
            # "To hold the twenty-ninth meeting of the Council in November 2026": a date the
            # main event took from this very sentence is the further event's own
            own_date = (bool(main.dates) and main.dates[0].sentence == sentence
                        and self._marked_other(sentence, cue))
            precision = draft.dates[0].normalized.get("precision") if draft.dates else None
            # (a planned type is no gathering type: its coarse date is rejected with theirs)
            if (days is None or not (other_kind or own_date or days[1] < main_days[0]
                                     or days[0] > main_days[1])
                    or ((background or draft.type in PLANNED_TYPES) and not future)
                    or (precision not in FURTHER_PRECISIONS
                        and not (future and draft.type in FURTHER_TYPES))
                    or (draft.type in PLANNED_TYPES and needled_search(
                        _PROPOSAL, self.text, self.lay.sentences[sentence][0], cue.start))):
                # no day of its own, or the main event's, or the past: every sentence it
                # claimed (its own, and the next one it was told on in) goes back
                self._release(sentence, main, owner, background=background)
                if owner.get(sentence + 1) is draft:
                    self._release(sentence + 1, main, owner, background=told_background)
                continue
            if other_kind or draft.type != main.type:
                # "The course ... was attended by 28 officers"; "the ministers watched a joint
                # exercise ... About 350 servicemen were involved": its paragraph, up to a
                # sentence telling a gathering of its own ("The next meeting will be held")
                gatherings = {s for s, found in named_by_sentence.items() if any(
                    c.cue.type in FURTHER_TYPES | PLANNED_TYPES and c.cue.type != draft.type
                    and self.rules.further_marker.search(
                        self.text, max(self.lay.sentences[s][0], c.start - 60), c.start)
                    for c in found)}
                self._paragraph_rest_to(draft, sentence, owner, main, gatherings)
            further.append(draft)
        return further

    def _told_on(self, draft: Draft, sentence: int,
                 named_by_sentence: dict[int, list[EventCueMatch]],
                 owner: dict[int, Draft], main: Draft) -> bool:
        """The further gathering, undated or dated by a year only in its own sentence, is
        told on in the next one, which refers back to it by its word with a definite
        article and dates it ("... conduct a regional training workshop. The workshop will
        take place in Lilongwe from 2 to 6 March 2027"): that sentence becomes the
        gathering's (returns True)."""
        if draft.dates and draft.dates[0].normalized.get("precision") not in COARSE_PRECISIONS:
            return False
        following = sentence + 1
        if owner.get(following) is not main or following not in named_by_sentence:
            return False
        start = self.lay.sentences[following][0]
        if not any(c.cue.type == draft.type
                   and _REFERRED_BACK.search(self.text, max(start, c.start - 40), c.start)
                   for c in named_by_sentence[following]):
            return False
        if not any(m.label == "DATE" for m in self.by_sentence[following]):
            return False
        self._claim(draft, following, owner)
        return True

    def _claim(self, draft: Draft, sentence: int, owner: dict[int, Draft]) -> None:
        """The sentence becomes the further event's: no background, and its mentions'
        usability is worked out again (see :meth:`_release`)."""
        owner[sentence] = draft
        draft.sentences.add(sentence)
        self.background.discard(sentence)
        for mention in self.by_sentence[sentence]:
            self._usable.pop(mention.start, None)

    def _release(self, sentence: int, main: Draft, owner: dict[int, Draft], *,
                 background: bool) -> None:
        """The sentence :meth:`_claim` gave a rejected further event goes back to the main
        event, in the background again if it was."""
        owner[sentence] = main
        if background:
            self.background.add(sentence)
        for mention in self.by_sentence[sentence]:
            self._usable.pop(mention.start, None)

    def _period_report(self, main: Draft) -> bool:
        """An unnamed report of a period's results or incidents (type other over several
        days: "Weekly information ... (16-22 November)")."""
        return (main.type == "other" and not main.mentions
                and (self._date_days(main) or 0) > 0)

    def _paragraph_rest_to(self, draft: Draft, sentence: int, owner: dict[int, Draft],
                           main: Draft, stops: set[int] | frozenset[int] = frozenset()) -> None:
        """The sentences after ``sentence`` in its paragraph that the main event owns tell
        the further event too (its venue, attendance, organizers), up to one of ``stops``."""
        rest = self._paragraph_rest(
            sentence, lambda after: owner.get(after) is main and after not in stops)
        self._give(draft, rest, owner)

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

    def _introduces_list(self, draft: Draft, sentence: int) -> bool:
        """The sentence ends with a colon over a list and tells more than the draft's name
        ('I presented the results of "Transit-2026", the joint operation ...:'; not a
        heading "Labels:" read as a name)."""
        start, end = self.lay.sentences[sentence]
        if not self.text[start:end].rstrip().endswith(":"):
            return False
        rest = list(self.text[start:end])
        for mention in draft.mentions:
            if mention.sentence == sentence:
                width = mention.end - mention.start
                rest[mention.start - start:mention.end - start] = " " * width
        return len(_WORD.findall("".join(rest))) >= LIST_INTRO_WORDS

    def _opens_paragraph_told(self, sentence: int, paragraph: int) -> bool:
        """The sentence opens what its paragraph tells: the paragraph's first sentence, or one
        after the lead whose earlier sentences in the paragraph give no figure ("Let me say
        something about last week. From Monday to Friday, our officers conducted Operation
        Zero Tolerance ...")."""
        earlier = sentence - 1
        while earlier >= 0 and self.lay.paragraph_of(self.lay.sentences[earlier][0]) == paragraph:
            if earlier <= self.lead_last or any(
                    m.label == "QUANTITY" for m in self.by_sentence.get(earlier, ())):
                return False
            earlier -= 1
        return True

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
                if sentence and not self._opens_paragraph_told(sentence, paragraph):
                    continue  # not the paragraph's first sentence
                rest = self._paragraph_rest(sentence, lambda after: after not in owner)
                for after in rest:
                    owner[after] = draft
                following = sentence + 1 + len(rest)
                if self._introduces_list(draft, following - 1):
                    # 'the results of "Transit-2026":' over its list of results
                    while (following < len(self.lay.sentences) and following not in owner
                           and _LIST_LINE.match(self.text, self.lay.paragraphs[
                               self.lay.paragraph_of(self.lay.sentences[following][0])][0])):
                        owner[following] = draft
                        following += 1
        for index in range(len(self.lay.sentences)):
            owner.setdefault(index, main)
        return owner

    def _sub_results(self, main: Draft, owner: dict[int, Draft]) -> dict[int, Draft]:
        """Paragraphs reporting seizures at a place of their own, as seizure events: results
        of an operation (``part_of``), or further seizures of a seizure report."""
        if main.type == "statement":
            return {}
        segments = self.segments
        lead = range(min(self.lead_last + 1, len(segments)))
        # "... was sentenced today.\n\nAccording to court documents, on or about June 14,
        # 2023, officers ... found": a short lead's next paragraph telling an earlier day
        container = main.type in CONTAINER_TYPES
        # a find read so far as one seizure but told over a run of days ("seized ... in a
        # series of operations from 12 to 16 August.\n\nOn 12 August, a craft intercepted
        # ..."): its extent makes it an operation, its dated paragraphs its local results
        # (finds on two days told day by day, "on Saturday and Sunday", stay seizures)
        episodic = container or (main.type in ACTION_TYPES and any(
            m.label == "DATE" and m.sentence in lead and span_days(m) >= RUN_OF_DAYS
            and m.normalized.get("precision") == "day" for m in self.mentions))
        episodes = {segments[i] for i in lead
                    if self.lead_episode(i, episodic) or self._court_find(i, main)
                    or i in self.section_heads or i in self.subhead_sections}
        quantities = [m for m in self.mentions if m.label == "QUANTITY"
                      and (m.sentence > self.lead_last or segments[m.sentence] in episodes)
                      and m.sentence not in self.background
                      and (self._is_seizure_quantity(m) or self._found_plants(m))
                      and not self._total_breakdown(m.sentence)]
        if not quantities:
            return {}
        by_segment: dict[int, list[Mention]] = defaultdict(list)
        for mention in self.mentions:
            by_segment[segments[mention.sentence]].append(mention)
        lead_paragraphs = {segments[i] for i in lead} - episodes
        scope = {m.key for segment in lead_paragraphs for m in by_segment[segment]
                 if m.label in PLACE_LABELS}
        seizures_by_para: dict[int, list[Mention]] = defaultdict(list)
        for mention in quantities:
            row = self._table_row(mention)
            if (row is not None and self._regional_row(row, mention)) or (
                    self._breakdown_line(mention)):
                continue  # a breakdown by region, no local result
            seizures_by_para[segments[mention.sentence]].append(mention)
        claimed = self._role_claimed()
        substances = [m for m in self.mentions if m.label == "SUBSTANCE"]
        amounts = [m for m in self.mentions
                   if m.label == "QUANTITY" and self._is_seizure_quantity(m)]
        subs: dict[int, Draft] = {}
        for paragraph, _quantities in seizures_by_para.items():
            if paragraph in lead_paragraphs or paragraph < min(lead_paragraphs):
                continue
            in_paragraph = by_segment[paragraph]
            # "In total, the agents seized 4,2 kilos of cocaine ...\nIn the search of a
            # warehouse in Sestao, the agents found 3 kilos of the cocaine": a part of a
            # total told before, found at one of the places the lead named, is that place's
            # own result (not one whose day an earlier sentence of its paragraph tells)
            sentences = {i for i, segment in enumerate(segments) if segment == paragraph}
            opening = min(sentences)
            dated_opening = self._dated_opening(opening)
            part = not (dated_opening or paragraph in episodes
                        or self._dated_paragraph(sentences)) and (
                self._parts_of_earlier_totals(_quantities, amounts, substances))
            # "three Dutch nationals and one Belgian": the suspects' nationality, no place
            places = [m for m in in_paragraph
                      if m.label in PLACE_LABELS and (m.start, m.end) not in claimed
                      and (m.key not in scope or part
                           or (container and self._country_row(m)))
                      and not self._route_place(m)
                      and not (m.label == "NORP" and self._people_nationality(m))]
            opens = paragraph in episodes or opening in self.section_heads or dated_opening
            if not places:
                # "c. Mand. 640 grams heroin ... recovered": a row headed by a place the lead
                # listed among the operation's areas is that place's own result
                places = [m for m in in_paragraph if m.label == "LOC" and self._place_row(m)
                          and (m.start, m.end) not in claimed]
            if not places and not (opens and any(
                    c.sentence in sentences and c.cue.type in ACTION_TYPES for c in self.cues)):
                continue  # an episode of its own: a place, or a date and an action word
            if not places:  # "... on 4 September, two men were detained in the Bilasuvar
                # district": a dated episode's place, though the lead named it in the scope
                places = [m for m in in_paragraph if m.label == "LOC"
                          and (m.start, m.end) not in claimed and not self._route_place(m)]
            if any(p.sentence not in self.subheads for p in places):
                # "KHOMAS REGION" / "Place: Okuryangava, Windhoek": the section's own place
                places = [p for p in places if p.sentence not in self.subheads]
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
            if dated_opening:  # its bodies named in a lead-in
                sentences |= self._lead_in(opening, owner, main)
            # a result of an operation; a seizure of its own beside a seizure, a meeting or
            # a destruction of drugs ("Meanwhile, a team of the Bureau on Thursday arrested")
            contains = main.type in CONTAINER_TYPES and not self._destruction(main)
            sub = Draft("seizure", part_of=main if contains else None,
                        place=place, sentences=sentences,
                        evidence=[(place.start, place.end)] if place is not None else [])
            sub.sub_result = True
            sub.country_row = (container and place is not None and self._country_row(place)
                               and not any(p.label == "LOC" for p in places))
            # a demonym acts only with a force noun ("Kazakh police", not "a Nigerian", nor
            # "three Bolivian ground crew", people counted); a
            # country tells where it was found, unless it heads a row naming nobody else
            # ("- Spain: 15 arrests, 2,300 kg of cocaine found ...")
            bodies = any(m.label == "ORG" for m in in_paragraph)
            sub.agents = [m for m in in_paragraph
                          if m.label in AGENT_LABELS and (m is not place or m.label == "NORP")
                          and (m.label != "NORP"
                               or (self.rules.force_nouns.match(self.text, m.end)
                                   and not self._people_nationality(m)))
                          and (m.label != "COUNTRY" or (not bodies and self._row_head(m)))
                          and not self._route_place(m) and not self._is_news_source(m)]
            subs[paragraph] = sub
        return subs

    def _dated_paragraph(self, sentences: set[int]) -> bool:
        """Whether the text paragraphs of ``sentences`` name a date in a sentence outside
        them ("The biggest single find came on October 30. At the Troitsk crossing ..."):
        the find's day, which a result of ``sentences`` alone would lose."""
        paragraphs = {self.lay.paragraph_of(self.lay.sentences[i][0]) for i in sentences}
        return any(m.label == "DATE" and m.paragraph in paragraphs
                   and m.sentence not in sentences for m in self.mentions)

    def _parts_of_earlier_totals(self, amounts: list[Mention], totals: list[Mention],
                                 substances: list[Mention]) -> bool:
        """Whether every one of a paragraph's ``amounts`` is a part of a larger amount of
        the same substance, or of drugs in general, told in an earlier paragraph ("4.6
        kilograms of marijuana ... were seized.\nThe biggest part of the marijuana was found
        in Feldkirch: ... 2.9 kilograms of marijuana")."""
        if not amounts:
            return False
        segments = self.segments
        # each total's paragraph, kg and substance, read once
        told = [(segments[total.sentence], total.normalized.get("kg") or 0,
                 self._substance_of(total, substances)[0]) for total in totals]

        def part(amount: Mention) -> bool:
            kg = amount.normalized.get("kg")
            if not kg:
                return False
            name = self._substance_of(amount, substances)[0]
            return name is not None and any(
                segment < segments[amount.sentence] and total_kg > kg
                and total_name in (name, GENERIC_DRUGS)
                for segment, total_kg, total_name in told)

        return all(part(amount) for amount in amounts)

    def _lead_in(self, dated: int, owner: dict[int, Draft], main: Draft) -> set[int]:
        """The main event's segment right before a dated episode's opening sentence, in its
        block of lines (after the lead, or in a block after the lead's), when it only leads
        into the episode, with no date, figure, name or reference to the lead's event of its
        own: the episode's bodies and place ("In an investigation led by X, Y worked for a
        year on a group ... On 28 May, 11 suspects were arrested"). A period's opening ("In
        the first quarter, customs stopped ...") has none."""
        date = self._opening_date(dated)
        if date is None or self._long_period(date):
            return set()
        segments = self.segments
        before = {i for i in range(dated) if segments[i] == segments[dated] - 1}
        first_body = 1 + self.header_lines
        first = min(before, default=first_body)
        if first <= first_body:
            return set()
        start, end = self.lay.sentences[first][0], self.lay.sentences[dated][0]
        if BLANK_LINE.search(self.text, start, end) or (
                first <= self.lead_last
                and not BLANK_LINE.search(self.text, self.lay.sentences[first_body][0], start)):
            return set()  # a block of its own, or the lead's
        if _LEAD_REFERENCE.match(self.text, start):
            return set()  # "This operation is part of ...": the lead's event
        if any(owner.get(i) is not main for i in before) or (
                main.trigger is not None and main.trigger.sentence in before):
            return set()
        if any(m.label == "QUANTITY" or dating_date(m)
               for i in before for m in self.by_sentence[i]):  # "for more than a year": none
            return set()
        if any(m.sentence in before for m in main.mentions):
            return set()
        return before

    def _marked_other(self, sentence: int, cue: EventCueMatch) -> bool:
        """A marker more than an article before the event word ("the next", "its
        twenty-ninth", "a second"): surely another event than the item's own ("A training
        course ... will be held" may announce the item's own)."""
        position = max(self.lay.sentences[sentence][0], cue.start - 60)
        while (marker := self.rules.further_marker.search(
                self.text, position, cue.start)) is not None:
            if marker.group(0).split()[0].lower() not in _ARTICLES:
                return True
            position = marker.start() + 1
        return False

    def _found_plants(self, mention: Mention) -> bool:
        """A count of plants ("found eighty-five marijuana plants at a farm"): a find that
        makes a paragraph a local result of its own, though it is counted, not weighed."""
        return (mention.label == "QUANTITY" and mention.normalized.get("kind") == "count"
                and self._category_of(mention) in FOUND_COUNT_CATEGORIES)

    def _country_row(self, mention: Mention) -> bool:
        """A country heading a row of results by country ("– Armenia: the police seized
        14.2 kg ..."): its own result of a multi-country operation, though the lead names
        the country among the participants."""
        return mention.label == "COUNTRY" and self._row_head(mention)

    def _place_row(self, mention: Mention) -> bool:
        """The mention heads a lettered, numbered or bulleted row and closes its label ("c.
        Mand. 640 grams heroin ...", "2) Gwadar: 95 kg hashish", "- Osh – 12 kg")."""
        line_start = self.text.rfind("\n", 0, mention.start) + 1
        marker = _ROW_MARKER.match(self.text, line_start)
        return (marker is not None and marker.end() == mention.start
                and _ROW_LABEL_END.match(self.text, mention.end) is not None)

    def _row_head(self, mention: Mention) -> bool:
        """The mention heads a bullet row ("- Spain: 15 arrests ...")."""
        line_start = self.text.rfind("\n", 0, mention.start) + 1
        bullet = RESULT_ROW.match(self.text, line_start)
        return (bullet is not None and bullet.end() == mention.start
                and self.text.startswith(":", mention.end))

    def _court_find(self, sentence: int, main: Draft) -> bool:
        """A find told in a later paragraph of a court's outcome ("... has been jailed for six
        years.\n\nOfficers searched his home in Leeds on 12 January 2024 and found 1 kg of
        cocaine"): a seizure of its own day, not the sentence's."""
        if (main.type != "other" or main.trigger is None or main.trigger.sentence > sentence
                or self.text[main.trigger.start : main.trigger.end].lower()
                not in COURT_OUTCOMES):
            return False
        start = self.lay.sentences[sentence][0]
        paragraph = self.lay.paragraph_of(start)
        # "As established by the court, on 14.03.2025, at the checkpoint officers stopped a
        # truck. In a cache 112 kg of hashish were found.": the find told in the sentence
        # after the one of its day, in its paragraph
        if sentence not in self._seized_sentences and not (
                sentence + 1 in self._seized_sentences
                and self.lay.paragraph_of(self.lay.sentences[sentence + 1][0]) == paragraph):
            return False
        trigger_paragraph = self.lay.paragraph_of(main.trigger.start)
        return (paragraph > trigger_paragraph and self.lay.paragraphs[paragraph][0] == start
                and any(m.label == "DATE" and self._usable_date(m)
                        and m.normalized.get("precision") == "day"
                        for m in self.by_sentence[sentence]))

    def _people_nationality(self, demonym: Mention) -> bool:
        """A demonym counting or naming people ("three Dutch nationals", "one Belgian", "two
        Colombian citizens"), not placing anything."""
        return bool(_COUNTED_BEFORE.search(self.text, max(0, demonym.start - 12), demonym.start)
                    or _PEOPLE_AFTER.match(self.text, demonym.end))

    def _investigation(self, draft: Draft) -> bool:
        """A result paragraph telling an operation of its own: an operation word in the
        sentence of its date, which opens a period ("The investigation, led by ..., started
        in 2022")."""
        if not draft.dates or draft.period is not None:
            return False
        date = draft.dates[0]
        if _WHEN_AFTER.match(self.text, date.end):
            return False  # "began on 9 September, when officers ... found 4.3 kg": the find
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
        an operation, and an "operation" dated on one day (or one night: "during the
        intervening night of 12-13 April") with seized amounts, no local results of its own
        and few arrests is one seizure."""
        days = self._date_days(main)
        if days is None:
            return main.type
        measures = self._period_measures(main)
        if (main.type == "seizure" and main.period is None and not measures
                and main.dates[0].normalized.get("precision") in CALENDAR_PRECISIONS):
            return "other"  # "In February 2025, border guards seized ...": a month's figures
        if main.type == "seizure" and days >= 1 and not measures and self._period_totals(main):
            return "other"  # "In total, from 13 to 19 May, police ... seized about 21 kg"
        if main.type == "seizure" and days >= 1 and self._finds_day_by_day(main, subs):
            # "intercepted two vehicles on Saturday and Sunday. In the first case ... On
            # Sunday, officers ... found": one interdiction per day, no umbrella operation
            first = str(main.dates[0].normalized["start"])
            main.period = (first, first)
            for sub in subs.values():
                sub.part_of = None
            return "seizure"
        if main.type == "seizure" and days == 1 and self._one_night(main):
            return "seizure"  # "On the night of 9 to 10 November, a border patrol ..."
        if (main.type == "seizure" and self._vague_day(main) and not self._over_period(main)
                and main.dates[0].normalized.get("precision") in WEEK_PRECISIONS
                and not measures and not self._several_places(main)
                and not self._many_arrests(main)):
            return "seizure"  # "Last week, officers at Auckland Airport stopped a traveller"
        if main.type == "seizure" and days == 0 and self._several_places(main, told=False):
            return "operation"  # "dismantled three laboratories in Lufeng and Jieyang"
        if main.type == "seizure" and days >= 1 and (days <= SUMMARY_DAYS
                                                      or main.period is not None):
            return "operation"
        if (main.type == "operation" and main.seizures
                and (days == 0 or (days == 1 and self._one_night(main)))
                and not any(self._same_episode(sub, main) for sub in subs.values())
                and not self._many_arrests(main) and not self._several_searches(main)
                and not self._several_actions()
                and not self._several_places(main, told=False)):
            for sub in subs.values():
                sub.part_of = None  # "on Thursday, police in Casablanca had seized": apart
            return "seizure"
        if main.type == "operation" and not measures and self._calendar_summary(main):
            return "other"  # "In Financial Year 2025/26 ... the Service seized 21 972 kg"
        return main.type

    def _calendar_summary(self, draft: Draft) -> bool:
        """The draft's figures cover a calendar period longer than a month that opens on
        the first day of a year, fiscal year or quarter ("In January-October 2026", "from 1
        January to 23 November", "In Financial Year 2025/26 (1 April 2025 - 31 March
        2026)"): a periodic results summary, which the guide types other, whatever word of
        an action ("investigation", "eradication") its text uses; an investigation's months
        ("started in June 2023") open on no such day. A lead introducing the campaign whose
        results they are ("the results of a four-month enforcement surge") tells an
        operation's."""
        if not self._summary_period(draft) or self._bound(draft.dates[0]) == "since":
            return False
        if any(c.cue.type == "operation" and c.cue.names_event and c.sentence <= self.lead_last
               and _INDEFINITE_BEFORE.search(self.text, max(0, c.start - INDEFINITE_REACH),
                                             c.start)
               for c in self.cues):
            return False  # "the results of a four-month enforcement surge": a campaign's
        first = (draft_days(draft) or ("",))[0]
        return len(first) >= 10 and first[8:10] == "01" and first[5:7] in QUARTER_STARTS

    def _compiled_incidents(self, main: Draft, subs: dict[int, Draft]) -> bool:
        """An unnamed "seizure" over a period of several days whose sentences tell no
        measures of the body over it, and which holds at least ``COMPILED_INCIDENTS`` local
        results, each dated on one day of its own inside the period and on at least two
        different days, with no operation word in the lead: a daily, weekend or weekly
        report's "selected incidents" ("During the past two days, officers arrested 31
        persons. We single out: 1. ... yesterday ... 2. ... on 5 October ..."), which the
        guide types other, however many arrests it counts."""
        if (main.type != "seizure" or main.mentions or not main.dates
                or (self._date_days(main) or 0) < 1 or self._period_measures(main)):
            return False
        if any(c.cue.type == "operation" and c.sentence <= self.lead_last for c in self.cues):
            return False  # "During an operation held from September 1 to 7": its results
        first, last = days_of(main)
        days = []
        for sub in subs.values():
            if not sub.dates or sub.period is not None:
                continue
            norm = sub.dates[0].normalized
            day = str(norm.get("start"))
            if norm.get("precision") != "day" or norm.get("end") != norm.get("start") or not (
                    first <= day <= last):
                return False  # a result over days of its own: the operation's stretch
            days.append(day)
        return len(days) >= COMPILED_INCIDENTS and len(set(days)) > 1

    def _one_day_interdiction(self, main: Draft, subs: dict[int, Draft]) -> str:
        """A named operation's type: a seizure when it took one day and seized drugs, with
        no local results of its own and few arrests (as for unnamed ones)."""
        days = self._date_days(main)
        if (days == 0 and main.seizures and not self._many_arrests(main)
                and not self._several_searches(main)
                and not any(self._same_episode(sub, main) for sub in subs.values())):
            for sub in subs.values():
                sub.part_of = None  # figures of another day or period: apart
            return "seizure"
        return main.type

    def _acting_over_days(self, draft: Draft) -> bool:
        """A local "seizure" dated over several days (up to a month) with counted actions of
        its own ("from 3 to 6 March ... found 1,900 plants and arrested six"): an operation,
        as the guide types a seizure reported over several days with its own actions."""
        if (draft.type != "seizure" or draft.mentions
                or not any(c.get("category") in ACTION_CATEGORIES for c in draft.counts)):
            return False
        days = self._date_days(draft)
        return (days is not None and 1 <= days < SUMMARY_DAYS
                and not (days == 1 and self._one_night(draft))
                and not (self._vague_day(draft) and not self._several_places(draft)))

    @staticmethod
    def _vague_day(draft: Draft) -> bool:
        """The draft's one date is a vague calendar unit ("earlier this month", "last week",
        "in March 2024"): it says when the find fell, not that it ran over those days; only
        a range of days ("from 3 to 6 March", "on 7 and 8 April") or bounds apart tell an
        extent of several days."""
        return draft.period is None and draft.dates[0].normalized.get(
            "precision") in VAGUE_PRECISIONS

    def _over_period(self, draft: Draft) -> bool:
        """The draft's date is told as a stretch its figures cover ("over the past week",
        "during the week"; episode_words.jsonl duration_before), not as when one find fell
        ("last week")."""
        date = draft.dates[0]
        return _DURATION_BEFORE.search(
            self.text, max(0, date.start - DURATION_REACH), date.start) is not None

    def _several_places(self, draft: Draft, told: bool = True) -> bool:
        """The draft acted at several places: it counts at least two actions each at a place
        of its own (episode_words.jsonl place_category: "dismantled three clandestine
        laboratories", "searched four houses"), or its sentences tell searches or raids in
        the plural ("were seized during searches"). Dated only by a week or a month, such a
        result is an operation (guide: an action at several places), while people arrested
        at one find ("arrested five men ... in the container the officers found 150 kilos")
        stay the seizure. ``told``: the plural word counts too (on one day it does not:
        "Searches also led to the seizure of three vehicles" searched one find's places);
        naming two or more places joined after it ("searches in Tampere, Nokia and
        Pirkkala") it counts either way."""
        if any(c.get("category") in PLACE_CATEGORIES and (c.get("value") or 0) >= 2
               for c in draft.counts):
            return True
        # the item's main event owns no sentences of its own: its date's and its word's
        sentences = set(draft.sentences) | {d.sentence for d in draft.dates[:1]}
        if draft.trigger is not None:
            sentences.add(draft.trigger.sentence)
        if any(self._actions_at_places(s) for s in sentences):
            return True
        if not told:
            return False
        return any(self.sentence_has(_SEVERAL_PLACES_WORD, s) for s in sentences)

    def _actions_at_places(self, sentence: int) -> bool:
        """The sentence names two or more places joined after a plural action word
        ("carried out raids in the Amman and Zarqa governorates", "searches in Vihti,
        Lohja and Espoo"): actions at several places, also on one day."""
        start, end = self.lay.sentences[sentence]
        places = [m for m in self.by_sentence.get(sentence, ()) if m.label in PLACE_LABELS]
        for word in _SEVERAL_PLACES_WORD.finditer(self.text, start, end):
            near = [m for m in places
                    if word.end() <= m.start <= word.end() + PLACES_AFTER_REACH]
            if any(_PLACES_JOINED.fullmatch(self.text, before.end, after.start)
                   for before, after in pairwise(near)):
                return True
        return False

    def _one_night(self, draft: Draft) -> bool:
        """The draft's two days are one night ("during the night of Friday 7 to Saturday 8
        November", "the intervening night of 12-13 April"; night_words.jsonl)."""
        date = draft.dates[0]
        return draft.period is None and self.rules.night_before.search(
            self.text, max(0, date.start - NIGHT_REACH), date.start) is not None

    def _finds_day_by_day(self, main: Draft, subs: dict[int, Draft]) -> bool:
        """The lead's days are those of finds told apart, one a day: the lead's own amounts
        (its first find) on its first day, every other day a local result of one day with
        amounts of its own, and no operation word in the lead ("stopped two loads over the
        weekend ... on Saturday and Sunday")."""
        bounds = draft_days(main)
        if (main.period is not None or not main.seizures or bounds is None
                or any(c.cue.type == "operation" and c.sentence <= self.lead_last
                       for c in self.cues)):
            return False
        finds = [sub for sub in subs.values() if sub.seizures]
        if not finds:
            return False
        days = {bounds[0]}
        for sub in finds:
            sub_days = draft_days(sub)
            if (sub_days is None or sub_days[0] != sub_days[1] or sub_days[0] in days
                    or not bounds[0] < sub_days[0] <= bounds[1]):
                return False
            days.add(sub_days[0])
        try:
            span = (date_cls.fromisoformat(bounds[1]) - date_cls.fromisoformat(bounds[0])).days
        except ValueError:
            return False
        return span + 1 == len(days)

    def _period_measures(self, main: Draft) -> bool:
        """The sentence of the main event's date says the body carried out measures over the
        period ("Over the past week, from 11 to 17 May, units ... carried out reinforced
        checks of vehicles and persons"): its results are an operation's (samples/README.md,
        Events: types)."""
        if not main.dates:
            return False
        # a period dated in the headline ("Week of 19 to 25 May 2025") is told in the lead
        # ("During the week under review, the operational units ... conducted 214 operations
        # of patrol"): the date's sentence and the lead's sentences after it are read
        first = main.dates[0].sentence
        last = min(max(first + 1, self.lead_last), len(self.lay.sentences) - 1)
        return _PERIOD_MEASURES.search(
            self.text, self.lay.sentences[first][0], self.lay.sentences[last][1]) is not None

    def _period_totals(self, main: Draft) -> bool:
        """The sentence of the main event's date opens by summing up ("In total, from 13 to
        19 May, ...") or the lead names the period's results ("Results of the week: 37 drug
        crimes detected"; event_cues.jsonl summary), and the lead has no operation word."""
        if any(c.cue.type == "operation" and c.sentence <= self.lead_last for c in self.cues):
            return False
        if any(c.cue.summary and c.sentence <= self.lead_last for c in self.cues):
            return True
        start = self.lay.sentences[main.dates[0].sentence][0]
        return self.rules.total_opener.match(self.text, start) is not None

    def _several_actions(self) -> bool:
        """The lead counts its actions ("in two raids in Quetta and Pishin", "three
        operations"): several actions on one day are an operation."""
        for cue in self.cues:
            if (cue.sentence > self.lead_last or cue.cue.type != "operation"
                    or not cue.cue.names_event):
                continue
            before = self.text[max(0, cue.start - ACTION_COUNT_REACH) : cue.start]
            if self.rules.action_count_before.search(before):
                return True
        return False

    def _same_episode(self, sub: Draft, main: Draft) -> bool:
        """A local result undated or dated on the main event's day (a result of it); a result
        dated on another day is an interdiction of its own ("In a separate action ... on
        Sunday")."""
        if not sub.dates or not main.dates:
            return True
        if self._summary_period(sub):
            return False  # "Since the start of 2025, the directorate has seized ...": a total
        day = str(main.dates[0].normalized.get("start"))
        norm = sub.dates[0].normalized
        first, last = sub.period or (norm.get("start"), norm.get("end") or norm.get("start"))
        if sub.period is None and self._bound(sub.dates[0]) in OPEN_BOUNDS:
            last = LATEST_DAY  # "The investigation ... started in 2022": runs to the report
        return str(first) <= day <= str(last)


def draft_days(draft: Draft) -> tuple[str, str] | None:
    """The ISO first and last day of a dated draft (its period, else its date)."""
    if not draft.dates:
        return None
    if draft.period is not None:
        return draft.period
    norm = draft.dates[0].normalized
    start = str(norm.get("start") or "")
    end = str(norm.get("end") or start)
    if draft.span_days and start:
        end = (date_cls.fromisoformat(start[:10])
               + timedelta(days=draft.span_days - 1)).isoformat()
    return (start, end) if start else None


def _plural(word: str, singular: frozenset[str]) -> bool:
    """An event word in the plural ("trainings", "meetings"): several events, not one."""
    return word.endswith("s") and word[:-1] in singular

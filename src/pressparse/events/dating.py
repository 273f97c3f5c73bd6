"""Event dates: which of an item's dates dates each event (report dates, see
events/report_dates.py, court days and comparisons left out), the period its bounds give
("started on ... until ..."), a sentence opening with a date of its own, and the year a date
left out, taken from the event's name."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date as date_cls
from datetime import timedelta
from typing import Any

from .cues import may_end
from .draft import Draft
from .mentions import PLACE_LABELS, Mention
from .report_dates import CLAUSE_BREAK, REPORT_DATE_GAP, REPORTED_CLAUSE, ReportDateRules
from .report_dates import DATELINE_HEAD as DATELINE_HEAD  # read by events/news_sources.py
from .results import (
    COUNT_WORDS_FILE,
    EPISODE_WORDS_FILE,
    kind_alternatives,
    needled_kind,
    needled_search,
    words_of,
)
from .sections import dating_date

_NAME_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_YEARLESS_DAY = re.compile(r"XXXX-(\d\d-\d\d)")  # a day's timex without its year
DATE_LEAD_SENTENCES = 4  # title, date line and the first body sentences may date the event
OPEN_BOUNDS = frozenset({"start", "since"})  # a date after these words leaves the end open
PRECISION_SCORE = {"day": 3, "week": 2, "month": 2, "quarter": 1, "season": 1, "year": 0}
_DURATION = re.compile(r"P(\d{1,3})([DW])")
# "On 8 December, a meeting", "On 13-14 February, Minsk hosted a meeting"
_DATE_BEFORE_CUE = re.compile(r"[\s,]*(?:[A-Z][\w-]*\s+(?:hosted|held)\s+)?(?:(?:a|an|the)\s+)?")
# "the meeting on 8 December", "the debriefing meeting held on 28-29 July"
_CUE_BEFORE_DATE = re.compile(r"\s+(?:(?:held|convened)\s+)?(?:on|of)\s+")
# "summed up the joint patrols carried out from December 29 to January 4": a date after a
# noun's participle of doing, the date of what that noun names (episode_words.jsonl kinds
# done_verb, done_prep; a passive's auxiliary, "was held on", is no noun: count_words.jsonl
# kind result_aux)
_NOUN_DONE_BEFORE = re.compile(
    rf"(?<![\w-])([^\W\d_]+)\s+(?:{kind_alternatives(EPISODE_WORDS_FILE, 'done_verb')})"
    rf"\s+(?:{kind_alternatives(EPISODE_WORDS_FILE, 'done_prep')})\s+$", re.IGNORECASE)
_AUXILIARIES = frozenset(phrase.split()[-1]
                         for phrase in words_of(COUNT_WORDS_FILE, "result_aux"))
DONE_REACH = 60  # chars before a date searched for a noun's participle of doing
REVIEWING_TYPES = frozenset({"meeting", "training"})  # gatherings that sum up other events
# "a meeting of the board of the State Service held last week": the gathering's own date
_GATHERING_HELD_DATE = re.compile(
    r"\s+of\s+[^,;:.!?()\n]{1,100}?\s+(?:held|convened|which\s+took\s+place|that\s+took\s+place)"
    r"\s+(?:on\s+|in\s+)?", re.IGNORECASE)
HELD_GATHERINGS = frozenset({"meeting", "training", "exercise"})  # their date after "held"
# "from 3 to 5 June (in Kazakhstan) and from 10 to 12 June": the stages of one event
# "..., the second stage – from 1 to 5 July", "and the final phase between ..."
_NEXT_STAGE = (r"the\s+(?:second|third|fourth|fifth|final|last)\s+(?:stage|phase)"
               r"(?:\s*[\u2013\u2014-]|\s+(?:was\s+held|took\s+place|ran))?\s+")
_STAGE_JOINT = re.compile(rf"(?:\s+(?:in|at)\s+[A-Z][^\d,.;:()]{{0,40}}?)?\s*"
                          rf"(?:,?\s*and\s+(?:{_NEXT_STAGE})?|,\s*{_NEXT_STAGE})"
                          r"(?:from\s+|between\s+)?")
_GLOSS_OPEN = re.compile(r"\s*[(\[]\s*")  # "2024 (January to December)"
# where a clause of another figure begins: "..., and that", "; "
_CLAUSE_JOINT = re.compile(r";|,\s*(?:and|while|whereas|but)\b", re.IGNORECASE)
_COUNTED_BACK = re.compile(r"\b(?:earlier|before|previously)$", re.IGNORECASE)
# the words a verb governs before the preposition of its date: up to five, no punctuation
GAP_MAX_WORDS = 5
_VERB_GAP = re.compile(
    rf"(?:\s+[\w'’\"“”-]+){{1,{GAP_MAX_WORDS}}}\s+(?:on|in|from|between)\s+$")
_GAP_WORD = re.compile(r"\s+(?=[\w'’\"“”-])")  # where each governed word starts
GAP_END_WORDS = ("on", "in", "from", "between")  # the words _VERB_GAP ends with
GAP_BOUNDS = frozenset({"start", "end"})  # "held"/"carried out" govern places too
GAP_FREE_WORDS = frozenset({"until", "till", "start", "since", "for"})  # not verbs
PAST_TYPES = frozenset({"seizure", "operation"})  # reported after they happened
PAST_LEAD_EXTRA = 1  # one more lead sentence may date a seizure or operation
SCHEDULED_TYPES = frozenset({"meeting", "training", "exercise"})  # announced before they happen
PLAN_CUES_FILE = "plan_cues.jsonl"
# "which is scheduled for September-October", "agreed to hold": a named event told as
# scheduled, anywhere in its sentence (plan_cues.jsonl kinds plan and schedule)
SCHEDULE_CUE = needled_kind(PLAN_CUES_FILE, "plan", "schedule")
REPORTED_TYPES = frozenset({"meeting", "statement"})  # dated by their report when undated
DATED_OPENING_REACH = 60  # chars from a sentence's start to the date opening an episode
SUMMARY_DAYS = 31  # a "seizure" dated over a longer period is a results summary (other)
SUMMED_TYPES = frozenset({"other", "seizure"})  # a period's results (a seizure until summed)
COURT_DATE_GAP = 30  # chars between a court's name and the hearing's date after it
DATE_CUE_WINDOW = 90  # chars before a date searched for "started on", "held in X on"
BOUND_SENTENCES = 3  # sentences between an event's date and the other bound of its period
# "the largest seizure since ...", "the first such find since ...": a record, no period
# "the channel had been operating since autumn 2025": the offenders' enterprise, not the
# event (episode_words.jsonl kind offender_activity)
_OFFENDERS_SINCE = re.compile(
    r"\b(?:had|has|have)\s+been\s+"
    rf"(?:{kind_alternatives(EPISODE_WORDS_FILE, 'offender_activity')})"
    r"\s+(?:since|from)\s+(?:the\s+)?$", re.IGNORECASE)
_RECORD_SINCE = re.compile(  # "the largest seizure since": a record's comparison
    rf"\b(?:{kind_alternatives(EPISODE_WORDS_FILE, 'record')})"
    r"\b[^.;:\n]{0,60}\bsince\s+$", re.IGNORECASE)
_COMMAS = re.compile(r"[\s,]*")
# a capitals label heading a paragraph before its sentence ("PORT-LOUIS. ", "NORTH. ", "AIRPORT: ")
_CAPS_LABEL = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,}(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’-]+){0,3}[.:]\s+(?=[A-Z])")
_OTHER_EDITION = re.compile(  # "the previous operation", "last year's exercise"
    rf"\b(?:{kind_alternatives(EPISODE_WORDS_FILE, 'other_edition')})\s+"
    rf"(?:year'?s\s+)?(?:{kind_alternatives(EPISODE_WORDS_FILE, 'edition_noun')})\b",
    re.IGNORECASE)
_SINCE_THEN = re.compile(r"(?:ever\s+)?since\s+then\b", re.IGNORECASE)
# "since the launch of the campaign "X" on 01.03.2025": an event's start a period counts from
# (a year right after "since the start of" already spans its period)
_SINCE_OPENING = re.compile(
    rf"\bsince\s+(?:the\s+)?(?:{kind_alternatives(EPISODE_WORDS_FILE, 'opening_noun')})"
    r"\s+of\s+[^.;:!?\n]{1,80}?\s+(?:on|in)\s+$", re.IGNORECASE)
_STAGE_WORD = needled_kind(EPISODE_WORDS_FILE, "stage", before=r"\b", after=r"\b")  # parts
# a number of stages: "in two stages", "in three consecutive phases" (not "after a
# preparatory phase in July")
_STAGE_COUNT = re.compile(
    rf"\b(?:{kind_alternatives(EPISODE_WORDS_FILE, 'stage_number')}|[2-9])"
    r"\s+(?:[a-z-]+\s+)?"
    rf"(?:{kind_alternatives(EPISODE_WORDS_FILE, 'stage')})\b", re.IGNORECASE)
# a period in brackets beside its own figure: "(the first quarter of 2024 – 104)", "(2024: 96)"
_BRACKET_OPEN_BEFORE = re.compile(r"\([^()\n]*$")
_BRACKET_FIGURE_AFTER = re.compile(r"\s*[–—:-]\s*\d[\d\s.,]*(?:[^\W\d_]+\s*)?\)")
COMPARED_FIGURE_REACH = 60  # chars before a period searched for "against 17 kg in"
_COMPARED = re.compile(r"(?:\bthan|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bover)"
                       r"(?:\s+(?:in|the\s+same\s+period(?:\s+(?:of|in))?))?\s+$", re.IGNORECASE)


def days_of(dated: Draft | Mention) -> tuple[str, str]:
    """The first and last ISO day of a dated draft (its period, else its date) or a DATE."""
    if isinstance(dated, Draft):
        if dated.period is not None:
            return dated.period
        dated = dated.dates[0]
    start = str(dated.normalized.get("start"))
    return start, str(dated.normalized.get("end") or start)


def one_day(date: Mention) -> bool:
    """A date of one day ("on Monday", "21 April 2025")."""
    norm = date.normalized
    return norm.get("precision") == "day" and norm.get("start") is not None \
        and norm.get("start") == norm.get("end")


def span_days(date: Mention) -> int:
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


def name_year(name: str | None, date: dict[str, Any]) -> tuple[str | None, str | None]:
    """The date's start and end; a year the text left out is taken from the event's name
    ("Indestructible Brotherhood-2024", "From 25 to 27 June")."""
    start, end = date.get("start"), date.get("end")
    match = _NAME_YEAR.search(name or "")
    if not (match and date.get("year_inferred") and isinstance(start, str)):
        return start, end
    shift = int(match.group()) - int(start[:4])
    if shift == 0:
        return start, end

    def moved(value: Any) -> Any:
        return f"{int(value[:4]) + shift:04d}{value[4:]}" if isinstance(value, str) else value

    try:
        return _valid(moved(start)), _valid(moved(end))
    except ValueError:
        return start, end


def _valid(value: Any) -> Any:
    if isinstance(value, str):
        date_cls.fromisoformat(value)
    return value


def _gap_floor(before: str) -> int:
    """The first offset where a match of _VERB_GAP can start: the spaces before the last
    ``GAP_MAX_WORDS`` + 1 words (the governed words and the preposition), so the regex is
    not tried along the whole window."""
    words = before.rsplit(None, GAP_MAX_WORDS + 1)
    return len(words[0]) if len(words) > GAP_MAX_WORDS + 1 else 0


class DateRules(ReportDateRules):
    """Date choice and period bounds."""

    def _compared(self, date: Mention) -> bool:
        """A date a figure is compared with ("8.4 percent more than in 2023", "more than
        31 kg, against 17 kg in the same period of 2025")."""
        return bool(_COMPARED.search(self.text, max(0, date.start - 30), date.start)
                    or self.rules.comparison_figure.search(
                        self.text, max(0, date.start - COMPARED_FIGURE_REACH), date.start)
                    or self._bracketed_comparison(date))

    def _bracketed_comparison(self, date: Mention) -> bool:
        """A period in brackets beside its own figure, after this period's figure ("118
        crimes were detected (the first quarter of 2024 – 104)"): no date of the event."""
        return bool(_BRACKET_FIGURE_AFTER.match(self.text, date.end)) and bool(
            _BRACKET_OPEN_BEFORE.search(self.text, max(0, date.start - 30), date.start))

    def _period_of_total(self, sentence: int, near: int | None = None) -> Mention | None:
        """The period a sentence's total covers: a date of it (or of the sentence before it
        in its paragraph: "... since 1 January. Together, the three operations took more
        than 14 tonnes") that opens a period to the report ("since") or spans more than
        ``SUMMARY_DAYS`` days. ``near``: the offset of one figure of the sentence, which takes
        the sentence's period nearest to it ("seized 1.3 tonnes in 2024, and 12 million
        tablets were detected in the first quarter of this year")."""
        paragraph = self.lay.paragraph_of(self.lay.sentences[sentence][0])
        for index in (sentence, sentence - 1):
            if index < 0 or self.lay.paragraph_of(self.lay.sentences[index][0]) != paragraph:
                continue
            found = [m for m in self.by_sentence.get(index, ()) if self._total_period(m)]
            if found:
                if near is None or index != sentence or len(found) == 1:
                    return found[0]
                return self._figure_period(found, near)
        return None

    def _figure_period(self, found: list[Mention], near: int) -> Mention:
        """Of a sentence's periods, the one of the figure at ``near``: those of its own
        clause ("..., and that three cases ... were detected in the first quarter") before
        the others; of them the last one before the figure ("In 2024, customs made 2,310
        seizures weighing 4.6 tonnes, compared with 3.9 tonnes in 2023"), else the first
        after it."""
        own = [m for m in found if not _CLAUSE_JOINT.search(
            self.text, min(m.end, near), max(m.start, near))]
        candidates = own or found
        before = [m for m in candidates if m.start < near]
        return before[-1] if before else candidates[0]

    def _total_period(self, mention: Mention) -> bool:
        """A date that can be a total's period: a period to the report ("since") or one
        longer than ``SUMMARY_DAYS`` days, not the report's date nor a compared period."""
        norm = mention.normalized
        if not dating_date(mention) or not norm.get("start") or self._is_report_date(mention):
            return False
        if self._compared(mention):
            return False  # "60 per cent less than in 2023": a comparison's period
        return self._long_period(mention)

    def _long_period(self, date: Mention) -> bool:
        """A date opening a period to the report ("since 1 March") or spanning more than
        ``SUMMARY_DAYS`` days: a period's date, no episode's day."""
        return self._bound(date) == "since" or span_days(date) > SUMMARY_DAYS

    def _dated_opening(self, sentence: int) -> bool:
        """A body sentence opening with its own date ("On 9 August, agents ...", "In a
        separate case on 9th July, ...", "In the second, on 9 December, ..."): a new episode."""
        if sentence <= self.lead_last:
            return False
        return self._opening_date(sentence) is not None

    def _opening_date(self, sentence: int) -> Mention | None:
        """The usable date a sentence opens with, after intro words only, or after a place
        opening it ("In Chui region, on 4 June, ..."), also after a capitals label heading its
        paragraph ("PORT-LOUIS. On Wednesday, at Roche-Bois, ...", "NORTH. On Thursday ...")."""
        start = self.lay.sentences[sentence][0]
        label = _CAPS_LABEL.match(self.text, start)  # "PORT-LOUIS. On Wednesday, ..."
        if label is not None:
            start = label.end()
        intro = self.rules.place_intro.match(self.text, start)
        place = next((m for m in self.by_sentence[sentence] if intro is not None
                      and m.start == intro.end() and m.label in PLACE_LABELS), None)
        for mention in self.by_sentence[sentence]:
            if mention.start - start > DATED_OPENING_REACH:
                break
            if mention.label == "DATE" and self._usable_date(mention):
                opens = self.rules.date_intro.fullmatch(self.text, start, mention.start)
                if opens is None and place is not None and place.end <= mention.start:
                    after = _COMMAS.match(self.text, place.end).end()  # type: ignore[union-attr]
                    opens = self.rules.date_intro.fullmatch(self.text, after, mention.start)
                return mention if opens is not None else None
        return None

    def lead_episode(self, sentence: int, container: bool = False) -> bool:
        """A lead sentence opening a later paragraph with a day of its own, when the first
        body paragraph is dated on other days ("... was sentenced today ... \n\nAccording to
        court documents, on or about February 8, 2022, officers ... found"): an episode of
        its own, however short the lead's first paragraph; inside the first paragraph's
        period only for an operation's local result ("conducted from 1 to 10 June ...\n\nIn
        Chui region, on 4 June, police ...")."""
        start = self.lay.sentences[sentence][0]
        paragraph = self.lay.paragraph_of(start)
        body = self.header_lines + 1 if self._title_end() else 0  # the first body sentence
        first = self.lay.paragraph_of(self.lay.sentences[min(body, sentence)][0])
        if (sentence > self.lead_last or paragraph <= first or self.lay.paragraphs[paragraph][0]
                != start):
            return False
        opening = self._opening_date(sentence)
        if opening is None and container:
            opening = self._found_day(sentence, first)
        if opening is None or opening.normalized.get("precision") != "day":
            return False
        periods = [days_of(m) for m in self.mentions
                   if m.paragraph == first and self._usable_date(m)
                   and m.normalized.get("precision") == "day"]
        day = str(opening.normalized["start"])
        if not periods or (day, day) in periods:
            return False
        return container or not any(start <= day <= end for start, end in periods)

    def _found_day(self, sentence: int, first: int) -> Mention | None:
        """The day of a find a later paragraph of an operation's lead tells inside its
        sentence, at a place of its own ("From 4 to 6 January ... conducted a special
        operation in Almaty, Shymkent and Taraz.\nThe main batch of 187 kg was found on 4
        January ... at the "Kordai" automobile checkpoint"): a strong seizure word, one usable
        day, and a place the first paragraph does not name."""
        if sentence not in self._seized_sentences:
            return None
        mentions = self.by_sentence[sentence]
        days = [m for m in mentions if self._usable_date(m)
                and m.normalized.get("precision") == "day"]
        if len(days) != 1:
            return None
        named = {m.key for m in self.mentions if m.paragraph == first and m.label in PLACE_LABELS}
        return days[0] if any(m.label == "LOC" and m.key not in named
                              for m in mentions) else None

    def _usable_date(self, mention: Mention) -> bool:
        if mention.label != "DATE":
            return False
        usable = self._usable.get(mention.start)
        if usable is None:
            usable = self._usable[mention.start] = self._date_usable(mention)
        return usable

    def _date_usable(self, mention: Mention, background_ok: bool = False) -> bool:
        norm = mention.normalized
        if not dating_date(mention) or not norm.get("start"):
            return False
        if mention.sentence in self.background and not background_ok:
            return False
        if self._is_report_date(mention) or (
                self._bound(mention) == "report" and mention.sentence not in self.subhead_sections):
            return False
        if _RECORD_SINCE.search(self.text, max(0, mention.start - DATE_CUE_WINDOW),
                                mention.start):
            return False  # "the largest seizure since 4 March 2024": a record's comparison
        if _OFFENDERS_SINCE.search(self.text, max(0, mention.start - DATE_CUE_WINDOW),
                                   mention.start):
            return False  # "the laboratory had been operating since the autumn of 2025"
        for cue in self.statements_by_sentence.get(mention.sentence, ()):
            if (
                    (0 <= mention.start - cue.end <= REPORT_DATE_GAP
                    and not REPORTED_CLAUSE.search(self.text, cue.end, mention.start))
                    or 0 <= cue.start - mention.end <= 2):
                return False  # "said on Monday", "today announced": the report's date
        return True

    def _bound(self, mention: Mention) -> str | None:
        """The period bound a date's preceding words make it: start, end or held."""
        if mention.start not in self._bounds:
            before = self.text[max(0, mention.start - DATE_CUE_WINDOW) : mention.start].lower()
            found = self._date_bound(before)
            bound = found.lastgroup if found else None
            if bound is None:
                bound = self._verb_bound(before)
            if bound is None and self._since_then(mention):
                bound = "since"  # "founded ... in 2007. Since then, the Centre has supported"
            self._bounds[mention.start] = "held" if bound == "held_at" else bound
        return self._bounds[mention.start]

    def _counted_from(self, mention: Mention) -> bool:
        """A period runs from the date to the report: "since 1 March", or "since the launch
        of the campaign "X" on 01.03.2025" (the start of an event named between)."""
        if self._bound(mention) == "since":
            return True
        before = self.text[max(0, mention.start - DATE_CUE_WINDOW) : mention.start]
        return "since" in before.lower() and _SINCE_OPENING.search(before) is not None

    def _since_then(self, mention: Mention) -> bool:
        """The last date of a sentence that the next one counts from ("Since then, ...")."""
        if mention.sentence + 1 >= len(self.lay.sentences) or any(
                m.label == "DATE" and m.start > mention.start
                for m in self.by_sentence[mention.sentence]):
            return False
        return _SINCE_THEN.match(self.text, self.lay.sentences[mention.sentence + 1][0]) is not None

    def _date_bound(self, before: str) -> re.Match[str] | None:
        """The bound phrase ending ``before`` (``rules.date_bounds``), searched only when
        ``before`` ends with a word such a phrase ends with and a space (:func:`may_end`)."""
        if not may_end(before, self.rules.date_bound_ends):
            return None
        return self.rules.date_bounds.search(before)

    def _verb_bound(self, before: str) -> str | None:
        """The bound a verb makes of a date a few words after it, past what it governs
        ("concluded focused operation Blue Tide on 9 November", "ended the two-week
        campaign on 20 June", "began its annual exercise on 3 May"); a preposition ("until")
        or a since-/report-word does not reach over words."""
        stripped = before.rstrip()
        if len(stripped) == len(before) or not stripped.endswith(GAP_END_WORDS):
            return None  # no "on", "in", "from", "between" and a space last: no gap (fast)
        gap = _VERB_GAP.search(before, _gap_floor(before))
        if gap is None:
            return None
        for word in _GAP_WORD.finditer(before, gap.start(), gap.end()):
            found = self._date_bound(before[: word.start()] + " ")
            if found is not None:
                if (found.lastgroup not in GAP_BOUNDS
                        or found.group(found.lastgroup).split()[-1] in GAP_FREE_WORDS):
                    return None
                return found.lastgroup
        return None

    def _foreign(self, mention: Mention, draft: Draft) -> bool:
        """A date right next to the word of another kind of event ("On 8 December, a meeting
        ... summed up the operation"): that event's date, not the draft's."""
        if draft.type in REVIEWING_TYPES and self._done_by_other(mention, draft):
            return True
        for cue in self.kinds_by_sentence.get(mention.sentence, ()):
            if cue is draft.trigger or cue.cue.type == draft.type:
                continue
            if cue.start >= mention.end and _DATE_BEFORE_CUE.fullmatch(
                    self.text, mention.end, cue.start):
                return True
            if cue.end <= mention.start and (
                    _CUE_BEFORE_DATE.fullmatch(self.text, cue.end, mention.start)
                    or (cue.cue.type in HELD_GATHERINGS and _GATHERING_HELD_DATE.fullmatch(
                        self.text, cue.end, mention.start))):
                return True
        return False

    def _done_by_other(self, mention: Mention, draft: Draft) -> bool:
        """A gathering's sentence dating what it reviewed ("The sides summed up the joint
        patrols carried out from December 29 to January 4"): the date after a noun's
        participle of doing, when that noun is not the gathering's own word."""
        sentence_start = self.lay.sentences[mention.sentence][0]
        done = _NOUN_DONE_BEFORE.search(
            self.text, max(sentence_start, mention.start - DONE_REACH), mention.start)
        if done is None or done.group(1).lower() in _AUXILIARIES:
            return False
        # "at an expanded meeting of the board of the Federal Customs Service held on
        # January 28": the participle tells the gathering named before the body's name
        return not any(c.cue.type == draft.type and (
            c.start <= done.start(1) < c.end
            or (c.end <= done.start(1) and draft.type in HELD_GATHERINGS
                and _GATHERING_HELD_DATE.fullmatch(self.text, c.end, mention.start)))
            for c in self.kinds_by_sentence.get(mention.sentence, ()))

    def _tells_stages(self) -> bool:
        """The text names an operation's parts ("stage", "phase"): a plain test for a piece
        of each word first, so most texts skip the regex's scan."""
        return needled_search(_STAGE_WORD, self.text) is not None

    def _assign_dates(self, drafts: list[Draft], main: Draft, owner: dict[int, Draft]) -> None:
        dates = [m for m in self.mentions if m.label == "DATE" and self._usable_date(m)
                 and not self._bracketed_comparison(m)]
        title_end = self._title_end()
        for draft in drafts:
            anchors = {m.sentence for m in draft.mentions} | draft.referred
            if draft.trigger is not None:
                anchors.add(draft.trigger.sentence)
            if not draft.mentions:
                anchors |= draft.sentences  # the sentences with a cue of the event's type
            date_lead = DATE_LEAD_SENTENCES + max(self.header_lines - 1, 0)  # one date line
            lead = set(range(date_lead)) if draft is main else set()
            # a raid's report may first recall the investigation ("In June 2025, detectives
            # established ...") before the raid's day in the next sentence
            later_lead = (set(range(date_lead, date_lead + PAST_LEAD_EXTRA))
                          if draft is main and draft.type in PAST_TYPES else set())
            own = [d for d in dates + self._name_year_dates(draft)
                   if owner.get(d.sentence) is draft]
            if draft.type == "other" and draft is main:
                # a results summary's own period, though its words make the sentence
                # background ("prevented the smuggling of 1.1 tons ... since January 1")
                # or the lead's period though a figure of it is compared ("In 2025, the
                # service collected GEL 19.6 billion, 8.3% more than in 2024")
                own += [d for d in self.mentions if d.label == "DATE"
                        and d.sentence in self.background and owner.get(d.sentence) is draft
                        and (self._bound(d) == "since" or (
                            d.sentence <= self.lead_last and self._total_period(d)))
                        and self._date_usable(d, background_ok=True)]
            if draft.summit:  # the date next to the meeting's word ("On 8 December, a meeting")
                own = [d for d in dates if d.sentence == draft.trigger.sentence  # type: ignore[union-attr]
                       and (self._foreign(d, main) or self._held_before(d, draft, main))]
            candidates = [d for d in own if d.sentence in anchors or d.sentence in lead
                          or (d.sentence in later_lead and self._earlier_day(d))]
            if not candidates:
                # "The captures took place on October 8 and 9": a date the text says the
                # event's own stretch was held on, after a lead that named no date
                candidates = [d for d in own if self._bound(d) == "held"]
            if (not candidates and draft is main and draft.type not in PAST_TYPES
                    and (report_day := self._report_day())):
                # "drugs seized over the previous twelve months were publicly destroyed
                # today": the event's "today" in a sentence of its word, though the words of
                # an earlier period make that sentence background
                candidates = [d for sentence in sorted(anchors & lead)
                              for d in self.by_sentence[sentence]
                              if owner.get(sentence) is draft
                              and d.normalized.get("kind") == "relative"
                              and d.normalized.get("start") == d.normalized.get("end")
                              == report_day and self._date_usable(d, background_ok=True)]
            if not candidates and draft.type in SCHEDULED_TYPES and draft is not main:
                # "approve the plan of the joint exercise "X", which will be held in
                # Kazakhstan in the autumn": the named event's sentence dates it
                scheduled = [s for s in sorted({m.sentence for m in draft.mentions})
                             if self.sentence_has(SCHEDULE_CUE, s)]
                candidates = [d for sentence in scheduled
                              for d in self.by_sentence[sentence]
                              if owner.get(sentence) is draft
                              and self._date_usable(d, background_ok=True)]
            if not candidates and draft is not main and draft.mentions:
                # "In 2025, the previous exercise "Interaction-2025" was held in Kazakhstan":
                # another edition recalled in a background sentence is dated by the date of
                # its name's sentence (in the name's year when the name gives one)
                candidates = [d for sentence in sorted({m.sentence for m in draft.mentions})
                              if sentence in self.background and owner.get(sentence) is draft
                              for d in self.by_sentence[sentence]
                              if self._bound(d) != "since" and self._in_name_year(d, draft)
                              and self._date_usable(d, background_ok=True)]
            if not candidates and draft.type in SCHEDULED_TYPES and not draft.mentions:
                # "A training course ... will be held in Minsk from 14 to 25 April": a sentence
                # with the announced event's word, though a plan's words make it background
                candidates = [d for sentence in sorted(draft.sentences)
                              for d in self.by_sentence[sentence]
                              if owner.get(sentence) is draft
                              and self._date_usable(d, background_ok=True)]
            if not candidates:
                # "The police started operation Poppy on Monday and will continue it until
                # Friday": the event's own bounds in a sentence of its word, not an earlier
                # edition's ("the previous operation was held from ...")
                candidates = [d for sentence in sorted(anchors)
                              for d in self.by_sentence[sentence]
                              if owner.get(sentence) is draft and sentence in self.background
                              and self._bound(d) in ("start", "end")
                              and not _OTHER_EDITION.search(self.text,
                                                            *self.lay.sentences[sentence])
                              and self._date_usable(d, background_ok=True)]
                own = own + candidates  # the other bound of its period is among them
            # "With Operation X, the task force has seized 19 tonnes so far in 2025": the
            # period of a running total, not the event's
            candidates = [d for d in candidates if not self._running_year(d)]
            # "In 2025, ... 8.3% more than in 2024": the period a figure is compared with,
            # beside the period compared, dates nothing of the item's own
            # (of any draft's candidates; a running total "since" a day keeps them: its
            # period is read apart, as a total's)
            compared = {d.start for d in candidates if self._compared(d)}
            if draft is not main and any(self._bound(d) == "since" for d in candidates):
                compared = set()
            kept = {d.sentence for d in candidates if d.start not in compared}
            candidates = [d for d in candidates
                          if d.start not in compared or d.sentence not in kept]
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

            # "Border guards report first-quarter figures" over "... since January 1": the
            # body's finer date starting on the day the headline's coarser one starts
            headline_starts = {str(d.normalized["start"]) for d in candidates
                               if d.end <= title_end}

            def rank(d: Mention, anchors: set[int] = anchors, names: list[int] = names,
                     draft: Draft = draft, headline_starts: set[str] = headline_starts,
                     ) -> tuple[bool, bool, bool, bool, int, int, int]:
                norm = d.normalized
                score = PRECISION_SCORE.get(str(norm.get("precision")), 0)
                if norm.get("kind") == "relative":
                    score -= 1
                elif norm.get("kind") == "time":
                    score -= 2  # "at about 3 pm": the day of its clause, when one is given
                distance = min(abs(d.sentence - a) for a in anchors)
                near = min((abs(d.start - n) for n in names), default=0)
                # a headline's "conducted in September 2025" restates; the body's "from 2 to
                # 25 September 2025" dates the event
                held = self._bound(d) == "held" and d.end > title_end
                restating = (d.end > title_end and str(norm["start"]) in headline_starts
                             and score >= PRECISION_SCORE["day"])
                return (not self._foreign(d, draft), restating, d.sentence in anchors,
                        held, score, -distance, -near)

            if draft.type == "seizure":
                # one interdiction, not the running total of a period ("Since 1 April 2025,
                # SARS Customs has made 1,284 drug seizures") when a day of its own is given
                candidates = [d for d in candidates
                              if self._bound(d) != "since"] or candidates
                # "Drug crime news from the regions: week of 23 February" over "On 25
                # February, officers found ...": a headline's or heading line's run of days
                # holding the body's own day is the digest's stretch, not the find's
                candidates = [d for d in candidates
                              if not self._heading_run(d, candidates, title_end)]
                # one interdiction: the find comes first, arrests, charges and court after it
                # ("found on 2 August ... the men were arrested on 20 August")
                # ("had left the coast about three weeks earlier": a day before another event
                # of the text, counted back from it, is not the find's)
                days = [d for d in candidates if d.normalized.get("precision") == "day"
                        and not self._foreign(d, draft) and not _COUNTED_BACK.search(d.text)]
                # a run of days ending before the find ("followed by aircraft between 29 and
                # 31 October ... intercepted on Saturday") is the pursuit, not the find's day
                single = [str(d.normalized["start"]) for d in days
                          if d.normalized.get("start") == d.normalized.get("end")]
                days = [d for d in days if not single
                        or d.normalized.get("start") == d.normalized.get("end")
                        or str(d.normalized.get("end")) >= min(single)]
                # "arrested a man on 3 May. A search of his flat on 4 May revealed 5 kg": the
                # day of a sentence that finds or seizes, not of the arrest before the find (a
                # run of days holding the find stays: "From 3 to 5 July ... ran a patrol")
                finds = [d for d in days if d.sentence in self._seized_sentences]
                if finds:
                    finds = [d for d in days if d in finds
                             or d.normalized.get("start") != d.normalized.get("end")]
                # "On Tuesday and Wednesday, simultaneous searches were carried out at 14
                # addresses ... One such parcel ... was intercepted on October 16": a day
                # before the lead's run of days, told in a later paragraph, is an earlier
                # find of its own, not the first day of the lead's
                kept = self._without_earlier_finds(days, title_end)
                candidates = [d for d in candidates if d in kept or d not in days]
                days, finds = kept, [d for d in finds if d in kept]
                if len({str(d.normalized["start"]) for d in finds or days}) > 1 or (
                        finds and len(finds) < len(days)):
                    candidates = [min(finds or days, key=lambda d: str(d.normalized["start"]))]
            chosen = self._refined(max(candidates, key=rank), own)
            draft.dates.append(chosen)
            if self._opens_operation(chosen, draft, dates, owner):
                draft.open_end = True  # "In June 2025, detectives established Strike Force X"
            elif self._counted_to_report(chosen, draft, owner):
                draft.open_end = True  # "... this year" then "Since the beginning of the year"
            draft.period = self._period(chosen, [d for d in own if not self._other_kinds(
                d, chosen, draft.type)]) or self._run_ending(chosen, own)
            if draft.period is None and self._bound(chosen) == "end":
                # "A three-day eradication drive ... ended last Sunday", "A five-day training
                # course ... concluded today": back from its end
                days = self._duration_days(chosen, draft, owner)
                if days:
                    end = date_cls.fromisoformat(str(chosen.normalized["start"]))
                    draft.period = ((end - timedelta(days=days - 1)).isoformat(),
                                    end.isoformat())
            elif draft.period is None and draft.type in SCHEDULED_TYPES:
                # "the two-day session"; a seizure's "over three days" is no event length
                draft.span_days = self._duration_days(chosen, draft, owner)
        staged = self.__dict__.get("_staged")
        if staged is None:  # once per item: the text tells stages at all
            staged = self.__dict__["_staged"] = self._tells_stages()
        if staged:
            for draft in drafts:
                self._staged_extent(draft, drafts, dates, owner)
                self._stages_listed(draft, dates)
        for draft in drafts:
            parent = draft.part_of
            if (draft.type == "seizure" and not draft.dates and parent is not None
                    and len(parent.dates) == 1 and parent.period is None
                    and not parent.open_end and one_day(parent.dates[0])):
                # "conducted 9 operations across the country on Monday ... - 1.15 kgs Heroin
                # recovered at Islamabad Airport": an undated result of a one-day operation
                # was found that day
                draft.dates.append(parent.dates[0])

    def _without_earlier_finds(self, days: list[Mention], title_end: int) -> list[Mention]:
        """``days`` less the single days told in a paragraph after the lead's run of days
        (a body lead sentence's date over several days) that fall before that run."""
        runs = [d for d in days if d.end > title_end and d.sentence <= self.lead_last
                and d.normalized.get("start") != d.normalized.get("end")]
        if not runs:
            return days
        run = min(runs, key=lambda d: d.start)
        first = str(run.normalized["start"])
        paragraph = self.lay.paragraph_of(run.start)
        kept = [d for d in days if not (
            d.normalized.get("start") == d.normalized.get("end")
            and str(d.normalized["start"]) < first
            and self.lay.paragraph_of(d.start) > paragraph)]
        return kept or days

    def _heading_run(self, date: Mention, candidates: list[Mention], title_end: int) -> bool:
        """A run of days in the headline or a heading line ("week of 23 February") that
        holds a day the body gives among the event's dates ("On 25 February, ...")."""
        if one_day(date) or not date.normalized.get("start") or not (
                date.end <= title_end or self._head_line(date.sentence)):
            return False
        first, last = days_of(date)
        return any(one_day(d) and d.start >= title_end and d.sentence != date.sentence
                   and not self._head_line(d.sentence)
                   and first <= str(d.normalized["start"]) <= last for d in candidates)

    def _held_before(self, date: Mention, meeting: Draft, main: Draft) -> bool:
        """The day a meeting "was held in Dushanbe on", between its word and the name of the
        operation it summed up ("... on 17 February to sum up the results of the operation
        'Channel', conducted from 3 to 14 February")."""
        trigger = meeting.trigger
        if trigger is None or self._bound(date) != "held" or date.start < trigger.end:
            return False
        return any(m.sentence == date.sentence and m.start >= date.end for m in main.mentions)

    @staticmethod
    def _in_name_year(date: Mention, draft: Draft) -> bool:
        """A date within the year the event's name gives ("Interaction-2025"), or any date
        of an event whose name gives no year."""
        year = _NAME_YEAR.search(draft.name or "")
        if year is None:
            return True
        first, last = days_of(date)
        return first[:4] <= year.group() <= last[:4]

    def _name_year_dates(self, draft: Draft) -> list[Mention]:
        """Dates the text gives without a year that nothing else resolves (no publication
        day, a dateline without a year: "BISHKEK, 10 September ... will be held from 16 to 20
        September"), in the year of the event's name ("Search-2024")."""
        year = _NAME_YEAR.search(draft.name or "")
        if year is None:
            return []
        resolved = []
        for mention in self.mentions:
            norm = mention.normalized
            if mention.label != "DATE" or norm.get("start") or not norm.get("year_inferred"):
                continue
            days = [_YEARLESS_DAY.fullmatch(str(norm.get(key) or ""))
                    for key in ("timex_start", "timex_end")]
            if not all(days):
                days = [_YEARLESS_DAY.fullmatch(str(norm.get("timex") or ""))] * 2
            if not all(days):
                continue
            start, end = (f"{year.group()}-{day.group(1)}" for day in days)  # type: ignore[union-attr]
            try:
                _valid(start), _valid(end)
            except ValueError:
                continue
            dated = replace(mention, normalized={**norm, "start": start, "end": end})
            if self._date_usable(dated):
                resolved.append(dated)
        return resolved

    def _staged_extent(self, draft: Draft, drafts: list[Draft], dates: list[Mention],
                       owner: dict[int, Draft]) -> None:
        """An operation told in phases or stages ("The operation was developed in three
        phases. In the first, on 15 October 2024, ... Finally, on 11 and 12 February, ...")
        runs from its start (the investigation's "began in December 2024", else its first
        stage) to the end of its last dated stage or action."""
        parts = [d for d in drafts if d.part_of is draft and d.dates]
        if draft.type != "operation" or not parts or (draft.dates and not draft.open_end and (
                draft.period is not None or self._bound(draft.dates[0]) not in OPEN_BOUNDS)):
            return  # its own period given ("From 1 September to 5 November")
        report_day = self._report_bound()
        days = [days_of(p) for p in parts] + [
            days_of(d) for d in dates if owner.get(d.sentence) is draft
            and d.normalized.get("precision") == "day" and not self._court_date(d)
            and not self._foreign(d, draft) and str(d.normalized["start"]) <= report_day]
        last = max(end for _start, end in days)
        started = [d for d in dates if owner.get(d.sentence) is draft
                   and self._bound(d) == "start" and str(d.normalized["start"]) < last]
        if draft.dates:
            chosen = draft.dates[0]
            start = draft.period[0] if draft.period else str(chosen.normalized["start"])
        elif started:
            chosen, start = started[0], str(started[0].normalized["start"])
        else:
            chosen = min((p.dates[0] for p in parts), key=lambda d: str(d.normalized["start"]))
            start = str(chosen.normalized["start"])
        first = min([start, *(start_day for start_day, _end in days)])
        draft.dates, draft.period, draft.open_end = [chosen], (first, last), False

    def _stages_listed(self, draft: Draft, dates: list[Mention]) -> None:
        """An operation whose stages, counted, are dated one after the other in the sentence
        of its date ("The operation was carried out in two stages: the first from 2 June to
        15 July, the second from 1 to 31 August") runs from the first stage's start to the
        last one's end; a phase named beside its own ("The operational phase ran from 15
        September, after a preparatory phase in July") adds nothing."""
        if draft.type != "operation" or not draft.dates or draft.open_end:
            return
        chosen = draft.dates[0]
        sentence_start, sentence_end = self.lay.sentences[chosen.sentence]
        if _STAGE_COUNT.search(self.text, sentence_start, sentence_end) is None:
            return
        stages = [d for d in dates if d.sentence == chosen.sentence and d.normalized.get("start")
                  and span_days(d) > 0 and not self._compared(d)
                  and not self._is_report_date(d)]
        if len(stages) < 2 or all(d is not chosen for d in stages):
            return
        days = [days_of(d) for d in stages]
        first = min(start for start, _end in days)
        last = max(end for _start, end in days)
        if (first, last) != days_of(draft):
            draft.period = (first, last)

    def _opens_operation(self, chosen: Mention, draft: Draft, dates: list[Mention],
                         owner: dict[int, Draft]) -> bool:
        """An operation dated by one month ("In June 2025, detectives established
        Strike Force X") whose own actions or results are dated on later days up to the
        report ("executed search warrants on Monday 13 October"): the month opens it."""
        norm = chosen.normalized
        if (draft.type != "operation" or norm.get("kind") != "month"
                or self._bound(chosen) in ("end", "held")):
            return False  # one month named alone, not "between March 2022 and October 2023"
        last = str(norm.get("end") or norm["start"])
        report_day = self._report_bound()
        return any(
            d.normalized.get("precision") == "day" and last < str(d.normalized["start"])
            <= report_day and not self._court_date(d) and not self._foreign(d, draft)
            and (owner.get(d.sentence) is draft or owner[d.sentence].part_of is draft)
            for d in dates if d.sentence in owner)

    def _counted_to_report(self, chosen: Mention, draft: Draft,
                           owner: dict[int, Draft]) -> bool:
        """A period's results dated by the period as a whole ("Zhambyl police report 12
        tonnes seized this year") that another of their dates counts from the same day to the
        report ("Since the beginning of the year, the police have seized ..."): the period
        runs to the report, its end is open."""
        if (draft.type not in SUMMED_TYPES or draft.period is not None
                or self._bound(chosen) == "since"):
            return False  # bounds given apart, or counted from its start already
        start, end = days_of(chosen)
        if start == end or end < self._report_bound():
            return False  # one day, or a period over before the report ("in 2025")
        # the counting sentence may be background ("Since ..., the police have seized")
        return any(d is not chosen and d.label == "DATE" and owner.get(d.sentence) is draft
                   and self._bound(d) == "since" and days_of(d)[0] == start
                   and self._date_usable(d, background_ok=True) for d in self.mentions)

    def _running_year(self, date: Mention) -> bool:
        """A year a total runs in up to the report ("has seized 19 tonnes so far in 2025",
        "since 2020, the unit has seized ..."): a year's since-date in a sentence with an
        amount."""
        return (date.normalized.get("precision") == "year" and self._bound(date) == "since"
                and not self._since_then(date)
                and any(m.label == "QUANTITY" for m in self.by_sentence[date.sentence]))

    def _earlier_day(self, date: Mention) -> bool:
        """A day before the report's day ("yesterday (Monday 13 October 2025)", "last
        Wednesday"), not a present "today"."""
        report_day = self._report_day()
        return (date.normalized.get("precision") == "day" and report_day is not None
                and str(date.normalized["start"]) < report_day)

    def _court_date(self, date: Mention) -> bool:
        """A date right after a court's name in one clause ("appear before the Melbourne
        Magistrates' Court today", "in court on Monday"): a hearing's day."""
        courts = list(self.rules.courts.finditer(
            self.text, max(0, date.start - COURT_DATE_GAP), date.start))
        return bool(courts) and not CLAUSE_BREAK.search(self.text, courts[-1].end(),
                                                         date.start)

    def _refined(self, chosen: Mention, own: list[Mention]) -> Mention:
        """A relative span ("next week") gives way to an exact date inside it ("October 29
        and 30") in the event's sentences."""
        norm = chosen.normalized
        if norm.get("year_inferred"):
            # "In 2024 (January to December)": the gloss's year is the date's before it
            glossed = next((d for d in own if d.end <= chosen.start
                            and not d.normalized.get("year_inferred")
                            and _GLOSS_OPEN.fullmatch(self.text, d.end, chosen.start)), None)
            if glossed is not None:
                return glossed
        if (self._bound(chosen) == "start" and norm.get("precision") in ("month", "season")
                and norm.get("start") != norm.get("end")):
            # "Operation "Mak-2026" to start in June" over "will be held from 1 June to 30
            # September": the run of days starting inside the month tells the start exactly
            # and the end too
            runs = [d for sentence in range(chosen.sentence, chosen.sentence + BOUND_SENTENCES)
                    for d in self.by_sentence.get(sentence, ())
                    if d is not chosen and d.label == "DATE"
                    and d.normalized.get("precision") == "day"
                    and d.normalized.get("start") != d.normalized.get("end")
                    and self._date_usable(d, background_ok=True)
                    and str(norm["start"]) <= str(d.normalized["start"]) <= str(norm["end"])]
            if runs:
                return runs[0]
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
                      and str(d.normalized["start"]) < start
                      # "to start in April" over "from 6 to 15 April": one start told coarser
                      and str(d.normalized.get("end") or d.normalized["start"]) < start]
            if starts:
                start, changed = str(starts[-1].normalized["start"]), True
        if self._bound(chosen) != "end":
            ends = [d for d in near if self._bound(d) == "end" and _finer(d)
                    and str(d.normalized.get("end") or "") > (end or start)]
            if ends:
                end, changed = str(ends[0].normalized["end"]), True
        return (start, end or start) if changed else None

    def _run_ending(self, chosen: Mention, own: list[Mention]) -> tuple[str, str] | None:
        """The run of days a nearby sentence of the event gives, ending on the day the event
        is said to have ended ("A two-week course ... concluded today" then "From 11 to 22
        May, 26 officers studied ..."): the event's period."""
        end = str(chosen.normalized.get("end") or "")
        if self._bound(chosen) != "end" or str(chosen.normalized.get("start")) != end:
            return None
        runs = [d for d in own if d is not chosen and d.normalized.get("precision") == "day"
                and abs(d.sentence - chosen.sentence) <= BOUND_SENTENCES
                and str(d.normalized.get("end") or "") == end
                and str(d.normalized["start"]) < end]
        return (str(runs[0].normalized["start"]), end) if runs else None

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

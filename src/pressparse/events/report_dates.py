"""An item's report date: the day it was published or said, from a date line, a posting
line's cell, a dateline ("KUALA LUMPUR, Aug 24 --") or a statement's day ("said on Monday");
such dates date the report, not its events."""

from __future__ import annotations

import re
from datetime import date

from .context import INCIDENT_FIELD
from .mentions import Mention
from .sections import SectionRules, dating_date

REPORT_DATE_GAP = 24  # chars between a reporting verb and the date it dates ("told reporters
# on Thursday"), with no punctuation between them
# "ST. PETERSBURG", "Lima", "Bogotá" (a capital, then letters of any script)
_PLACE_WORDS = r"[A-ZÀ-Þ](?:[^\W\d_]|[.'\-])*(?: [A-ZÀ-Þ](?:[^\W\d_]|[.'\-])*){0,3}"
# the end of a dateline's place: its country, if written, then a comma or a spaced dash
_DATELINE_PLACE_END = rf"(?:, {_PLACE_WORDS})?(?:,\s?|\s[-\u2013\u2014]\s)"
# "Lima, 3 March", "HAMILTON, Bermuda - Wednesday 25th November 2026:": a place (and its
# country), then a comma or a spaced dash
DATELINE_HEAD = re.compile(rf"{_PLACE_WORDS}{_DATELINE_PLACE_END}")
# "Chapecó (SC), 24/11/2026 - ...", "Lomé (Togo), 12 November 2025 – ...": a place with its
# state, province or country in brackets
_REGION_DATELINE_HEAD = re.compile(rf"{_PLACE_WORDS} \([^()\n]{{1,30}}\){_DATELINE_PLACE_END}")
# "KYZYL. Nov 19 (Interfax-Siberia) - ...": a place in capitals closed by a period
_CAPS_DATELINE_HEAD = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'\-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'\-]+){0,2}\.\s?")
# "MIAMI (March 3, 2025) – ...": the date in brackets after the dateline's place
_BRACKETED_DATELINE = re.compile(rf"{_PLACE_WORDS}(?:, {_PLACE_WORDS})?\s?\(")
# "3 March 2025, Vienna – ...", "3 March 2025 – ...": a line opened by the date, then a place
_DATE_FIRST_DATELINE = re.compile(rf"(?:,\s*{_PLACE_WORDS})?\s*(?:[\u2013\u2014:]|--?)\s")
# after a dateline's date: an agency's credit or more date parts, then the dateline's dash
_DASH_AFTER_DATE = re.compile(
    r"(?:,\s*[A-Z0-9][\w.&'-]*(?:\s[A-Z][\w.&'-]*)?){0,3}\s*(?:--|[\u2013\u2014])\s")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]{3,}")  # a sentence's word, no place's particle
DATELINE_HEAD_CHARS = 60  # a dateline's place (and another calendar's date) before its date
CLAUSE_BREAK = re.compile(r"[,.;:()\n]")
# "It will be recalled that on January 28, agents had seized", "said that on Monday police
# found": a date after "that" dates the clause the statement reports, not the statement
REPORTED_CLAUSE = re.compile(rf"{CLAUSE_BREAK.pattern}|\bthat\b", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
# the clock time a date line gives after its date ("14 October 2025 09:12:45 AM", "| 10:30 GMT")
_LINE_TIME = re.compile(r"[\s,|\u2013\u2014-]*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*"
                        r"(?:[AaPp]\.?[Mm]\.?)?(?:\s*\(?(?:[A-Z]{2,5}|GMT[+-]\d{1,2})\)?)?"
                        r"(?:\s*(?:UTC|GMT)?[+-]\d{2}:?\d{2})?\s*")  # "19:40:00 +0300" (RSS)
# a post's stamp line: its date (and clock time) in brackets ("[05 Oct, 09:30]", "(12.03.2025)")
_STAMP_OPEN = re.compile(r"\s*[\[(]\s*")
_STAMP_CLOSE = re.compile(rf"(?:{_LINE_TIME.pattern})?[\])]\s*")
# a chat or log line's stamp with its clock time, then the message ("[22.09.2026, 17:55]
# Press office: ...", "(05/11/2025 09:30) Duty officer: ..."): the message's posting date
_TIMED_STAMP_CLOSE = re.compile(
    r"[\s,]*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*[\])]")
# the last ISO day of the calendar: the open end of a period running "to this day" and the
# bound of an item whose report day is unknown (after every day a text gives)
LATEST_DAY = date.max.isoformat()
REPORT_DATE_REACH = 200  # a date line or dateline is within the item's first chars
REPORT_LINE_CHARS = 100  # a posting line ("By Public Affairs | March 5, 2025") is short
# a separator between the cells of a posting line: a pipe or bullet, or a dash between spaces
_CELL_BEFORE = re.compile(r"(?:[|•·]|\s[\u2013\u2014-])\s*$")
_CELL_AFTER = re.compile(r"\s*(?:[|•·]|[\u2013\u2014-]\s)")
_LABEL_WORD = re.compile(r"[^\s|•·,:;\u2013\u2014-]+")
POSTING_LABEL_WORDS = 4  # words beside the date on a posting line ("Posted ... by PIB Delhi")
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?](?:\s|$)")  # "... seized cocaine." (not "J. Smith")


class ReportDateRules(SectionRules):
    """The item's report date and the dates that are one."""

    def _bound(self, mention: Mention) -> str | None:
        """The period bound a date's preceding words make it (DateRules)."""
        raise NotImplementedError

    def _is_report_date(self, mention: Mention) -> bool:
        """A date line ("16.09.2024" alone, "13.08.2024 | Headline"), a numeric date opening a
        headline line, or a dateline's date: the publication's date, not the event's (once a
        mention: the answer depends only on the item's fixed layout and the mention)."""
        known: dict[int, tuple[Mention, bool]] | None = self.__dict__.get("_report_dates")
        if known is None:
            known = self.__dict__["_report_dates"] = {}
        entry = known.get(id(mention))
        if entry is None:  # the mention is kept in the entry, so its id is not reused
            entry = known[id(mention)] = (mention, self._reads_report_date(mention))
        return entry[1]

    def _reads_report_date(self, mention: Mention) -> bool:
        """Whether ``mention`` is the publication's date (_is_report_date, uncached)."""
        if mention.sentence in self.section_heads:
            return False  # a section's own day ("Durban Harbour, 17 November")
        if self.subhead_sections.get(mention.sentence, mention.sentence) != mention.sentence:
            return False  # "HARDAP REGION" / "Date: Sunday, 8 March": the incident's day
        line_start, line_end = self.lay.paragraphs[mention.paragraph]  # its line
        if mention.normalized.get("kind") == "time":  # "12 JUL 2024 6:15PM": the line's date
            dates = [m for m in self.by_sentence[mention.sentence] if m.label == "DATE"
                     and m.paragraph == mention.paragraph and m.end <= mention.start
                     and m.normalized.get("kind") != "time"]
            return bool(dates) and self._is_report_date(dates[-1])
        if line_end - line_start <= len(mention.text) + 8 or len(
                self.text[line_start:line_end].strip()) <= len(mention.text) + 8:
            return True
        if (not self.text[line_start : mention.start].strip()
                and _LINE_TIME.fullmatch(self.text, mention.end, line_end)):
            return True  # "Tuesday, 14 October 2025 09:12:45 AM": a date line with its time
        if _STAMP_OPEN.fullmatch(self.text, line_start, mention.start) and (
                _STAMP_CLOSE.fullmatch(self.text, mention.end, line_end)
                or _TIMED_STAMP_CLOSE.match(self.text, mention.end)):
            # "[05 Oct, 09:30]": a post's stamp line, the posting's date; "[22.09.2026, 17:55]
            # Press office: ...": a message's stamp
            return True
        if not self.text[line_start : mention.start].strip() and _NUMERIC_DATE.fullmatch(
                mention.text):
            return True
        if self._bound(mention) == "report" or self._posting_cell(mention, line_start, line_end):
            return True  # "Posted On: 12 JUL 2024 6:15PM", "By Staff | March 5, 2025"
        if (0 < mention.sentence <= self.header_lines
                and mention.normalized.get("precision") == "day"
                and mention.normalized.get("start") == mention.normalized.get("end")):
            # one day in a header line under the title ("Press release No. 214-2025 |
            # Guatemala City, 11 August 2025 (translation)"): the release's date line
            return True
        return self._in_dateline(mention)

    def _posting_cell(self, mention: Mention, line_start: int, line_end: int) -> bool:
        """A date alone in a cell of a short line of cells without a sentence ("Press release |
        05.03.2025 | Customs Service", "By Public Affairs Staff | March 5, 2025", "Lisbon –
        16 October 2025"): the line that posts the release, not the item's title."""
        line = self.text[line_start:line_end]
        if (len(line.strip()) > REPORT_LINE_CHARS or _SENTENCE_END.search(line)
                or self._in_title(mention, line_end)
                or mention.normalized.get("precision") != "day"
                or mention.normalized.get("start") != mention.normalized.get("end")):
            return False  # a release is posted on one day ("Period: 30 June – 6 July" is none)
        time = _LINE_TIME.match(self.text, mention.end, line_end)
        after = self.text[time.end() if time else mention.end : line_end]
        before = self.text[line_start : mention.start]
        if not (before.strip() or after.strip()) or any(c.isdigit() for c in before + after):
            return False  # alone on its line (the length rule's case), or a table's row
        if ((not before.strip() or _CELL_BEFORE.search(before) is not None)
                and (not after.strip() or _CELL_AFTER.match(after) is not None)):
            return True
        # a few words around the date in the item's header ("Issued on 7 April 2025",
        # "Published 3 March 2025 | Press office", "Posted March 3, 2025 by Admin"), not an
        # incident record's field ("Date & time: Saturday, 14/02 at 15:30": the incident's)
        return (line_start > 0 and mention.start <= self._title_end() + REPORT_DATE_REACH
                and INCIDENT_FIELD.match(before.lstrip()) is None
                and len(_LABEL_WORD.findall(f"{before} {after}")) <= POSTING_LABEL_WORDS)

    def _in_title(self, mention: Mention, line_end: int) -> bool:
        """Whether a date stands in the item's headline: before its end, and not on a line
        above the headline's line (a post's header over its title: "Border Directorate ·
        27 Nov 2026 at 14:05 · 🌐")."""
        title_end = self._title_end()
        if mention.end > title_end:
            return False
        return line_end >= self.text.rfind("\n", 0, max(0, title_end - 1)) + 1

    def _report_date(self) -> Mention | None:
        """The item's publication date from its first lines (date line or dateline)."""
        for mention in self.mentions:
            if mention.start > REPORT_DATE_REACH:
                break
            if (dating_date(mention) and mention.normalized.get("start")
                    and self._is_report_date(mention)):
                return mention
        return None

    def _report_day(self) -> str | None:
        """The ISO day the item reports on: its date line or dateline, else its reference
        date (publication)."""
        if self._report_day_value is None:
            report = self._report_date()
            reference = self.doc._.reference_date
            self._report_day_value = (str(report.normalized["start"]) if report is not None
                                      else reference.isoformat() if reference else "")
        return self._report_day_value or None

    def _report_bound(self) -> str:
        """The last day an event of the item can have happened: its report day, else no bound
        (``LATEST_DAY``)."""
        return self._report_day() or LATEST_DAY

    def _said_date(self) -> Mention | None:
        """The day a statement was made: a day date of the lead right after a statement word
        ("according to a survey released on Tuesday", "said on Monday")."""
        for mention in self.mentions:
            if mention.sentence > self.lead_last:
                break
            norm = mention.normalized
            if (not dating_date(mention) or norm.get("precision") != "day"
                    or not norm.get("start")
                    or mention.sentence in self.background):
                continue
            if any(0 <= mention.start - cue.end <= REPORT_DATE_GAP
                   and not REPORTED_CLAUSE.search(self.text, cue.end, mention.start)
                   for cue in self.statements_by_sentence.get(mention.sentence, ())):
                return mention
        return None

    def _in_dateline(self, mention: Mention) -> bool:
        """A date of the dateline ("KUALA LUMPUR, Aug 24 --", "MIAMI (March 3, 2025) –",
        "3 March 2025, Vienna –"), or a numeric date in brackets closing a headline ("Police
        seize heroin in raid (03.03.2025)"): the report's date."""
        line_start = self.text.rfind("\n", 0, mention.start) + 1
        head = self.text[line_start : mention.start]
        if _BRACKETED_DATELINE.fullmatch(head):
            return self.text.startswith(")", mention.end)
        if not head.strip():
            return _DATE_FIRST_DATELINE.match(self.text, mention.end) is not None
        if (head.endswith("(") and _NUMERIC_DATE.fullmatch(mention.text)
                and self.text[mention.end : mention.end + 2].rstrip() == ")"
                and not _SENTENCE_END.search(head)):
            return True
        if (len(head) <= DATELINE_HEAD_CHARS and head[:1].isupper()
                and not _LOWER_WORD.search(head) and not _SENTENCE_END.search(head)
                and _DASH_AFTER_DATE.match(self.text, mention.end)):
            # "Al-Haditha, Dhu al-Qadah 12, 1447, April 29, 2026, SPA -- The authority ...":
            # a dateline giving the day in two calendars, then the agency and its dash
            return True
        if not (DATELINE_HEAD.fullmatch(head) or _CAPS_DATELINE_HEAD.fullmatch(head)
                or _REGION_DATELINE_HEAD.fullmatch(head)):
            return False
        return not self._episode_heading(mention)

    def _episode_heading(self, mention: Mention) -> bool:
        """A sub-heading line of place and date alone ("Durban Harbour, 17 November") over an
        incident's paragraph: the incident's day, not the report's, when it is not the day the
        item was published (or, with no known publication day, when its year is left out)."""
        line_end = self.text.find("\n", mention.end)
        line_end = len(self.text) if line_end < 0 else line_end
        if self.text[mention.end : line_end].strip(" .:\t"):
            return False  # a dateline runs on into the report ("Pretoria, 24 November -- ...")
        reference = self.doc._.reference_date
        if reference is not None:
            return str(mention.normalized.get("start")) != reference.isoformat()
        return bool(mention.normalized.get("year_inferred"))

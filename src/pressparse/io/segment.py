"""Splitting a dump of news items into items, with titles and datelines.

A dump is read as paragraphs (blocks separated by blank lines). Each boundary between two
paragraphs is scored from cues: wider blank gaps than the document's usual paragraph gap,
datelines ("MOSCOW, July 2. /TASS/."), date-only lines, headlines (short lines without a
final period, ALL-CAPS lines), shifts of year or of quoted names, and against a split:
openings that refer back ("During the operation", "It", list items), unfinished paragraphs,
shared quoted names. A boundary whose score reaches ``BREAK_THRESHOLD`` starts a new item.
A headline, or a short lead re-stated by the article under it, becomes the item's title.
Offsets are always offsets into the original text; cue patterns live in
``pressparse_preprocess/segment_cues.jsonl`` and ``months.jsonl``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import pairwise, takewhile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, field_validator

from ..data import read_jsonl
from ..regex_safety import check_optional_pattern
from .date_lines import date_line_iso, is_posting_stamp, opens_with_numeric_date
from .mask import data_dir, load_rules, mask_noise, running_page_lines

CUES_FILE = "segment_cues.jsonl"
MONTHS_FILE = "months.jsonl"
STOPWORDS_FILE = "stopwords.jsonl"

BREAK_THRESHOLD = 1.5
SHORT_ITEM_BLOCKS = 2
HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 220
DATE_LINE_MAX_CHARS = 320  # no date line or stamp cue can match a longer line
LEAD_MAX_WORDS = 45
LEAD_MAX_SENTENCES = 2
HEADER_BLOCKS = 4  # lines under a title that may still be header (office name, date line)
STANDFIRST_MAX_WORDS = 40
SIGNATURE_MAX_WORDS = 3
META_MAX_WORDS = 16  # "From: Border Force and Home Office", "By Maria Lopez"
SIGNATURE_MAX_GAP = 2
SITE_LABEL_MAX_WORDS = 5
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
NAVIGATION_LABEL_MAX_WORDS = 20  # a bilingual site name over its menu ("<name> | <name>")
NAVIGATION_LABEL_MAX_LINES = 3  # a masthead's lines over the menu (name, motto, portal)
_THREAD_PART = re.compile(r"(\d{1,2})/(\d{1,2}) (?=\S)")  # "2/4 The narcotic ..."
# separators of masked menus and breadcrumbs, or labels set apart by wide spaces
_NAVIGATION_MARK = re.compile(r"[|>»›·/]|[^\W\d_][ \t]{2,}[^\W\d_]")
DATED_SITE_LABEL_MAX_WORDS = 12
TEASER_RUN_MIN = 3  # this many headline lines in a row: all but the last are teasers
LIST_INTRO_MIN_WORDS = 12  # a paragraph announcing numbered paragraphs, no label line
LIST_INTRO_TAIL = 60
MASTHEAD_PROSE_WORDS = 6  # a line this long ending a sentence is prose, no masthead
TEASER_MIN_WORDS = 5  # shorter lines (an office name, "Press release") are page furniture
_TABLE_ROW = re.compile(r"\||\S {2,}\S|\S\t+\S")  # pipes, column-aligned spaces or tabs
_DOT_LEADER = re.compile(r"\.{5,}|…{3,}|(?:\. ){5,}")  # "ACCUSED ....... 1ST", a contents line

_LEADING_SYMBOLS = re.compile(r"^(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]"
                              r"[\uFE0F\u200D]?\s?)+")  # emoji, pictographs, dingbats
_CURRENCY_FIRST = re.compile(r"[$€£¥₱₹₦₩₽₸₺₴₫฿]\d")  # "₱12-M WORTH OF ..." opens a headline
# a paragraph: lines holding a non-space character, one under the other (no blank line)
_PARAGRAPH = re.compile(r"^[^\S\n]*\S[^\n]*(?:\n[^\S\n]*\S[^\n]*)*", re.MULTILINE)
_HAS_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
# a year 1950-2099; written to open with the digits 1 or 2 (a fast first-character scan)
_YEAR = re.compile(r"(?:1(?<!\d1)9[5-9]|2(?<!\d2)0\d)\d(?!\d)")
_QUOTED = re.compile(r"[\"“«„]([^\"“”«»„\n]{2,80})[\"”»“]")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»’')\]]*(?=\s|$)")
# a sentence's final mark, then closing quotes or brackets (see _ends_sentence)
_FINAL_MARKS = frozenset(".!?…")
_CLOSERS = "\"”»’')]"
# A line that cannot end a sentence or a headline: a joining mark, or a lower-case function
# word (a hard-wrapped paragraph: "... concerns the police most in\nSwitzerland").
_DATELINE_MARKS = (",", "(", "/", " -", "–", "—")
_NUMBERED = re.compile(r"\(?(\d{1,2})[.)] +")  # a numbered line or paragraph; group 1: the number
DIGEST_LINE_MIN = 80  # numbered lines at least this long are entries of a digest


class SegmentCue(BaseModel):
    """One cue of ``segment_cues.jsonl``."""

    kind: Literal["dateline", "date_line", "date_lead", "date_initial", "continuation",
                  "separator", "stamp", "list_item", "speaker_turn", "signature", "open_end",
                  "list_intro", "post_header", "end_mark", "release_mark", "boilerplate",
                  "closing_heading", "about_heading", "credit_line", "meta_line",
                  "subheading", "summary_heading", "agency_signoff", "desk_initials",
                  "office_signoff"]
    id: str
    pattern: str
    ignore_case: bool = False

    _safe = field_validator("pattern")(check_optional_pattern)


class Stopword(BaseModel):
    """A function word of ``stopwords.jsonl``."""

    word: str


class Month(BaseModel):
    """A month name or abbreviation of ``months.jsonl``."""

    name: str
    number: int


@dataclass(frozen=True)
class SegmentRules:
    """Compiled segmentation cues."""

    datelines: tuple[re.Pattern[str], ...]
    list_items: tuple[re.Pattern[str], ...]
    list_intros: tuple[re.Pattern[str], ...]  # "... as follows." announcing numbered paragraphs
    post_headers: tuple[re.Pattern[str], ...]  # a social post's (masked) time stamp line
    end_marks: tuple[re.Pattern[str], ...]  # a (masked) "ENDS", "###", "- 30 -" closing one
    release_marks: tuple[re.Pattern[str], ...]  # a (masked) "PRESS RELEASE" line opening one
    boilerplate: tuple[re.Pattern[str], ...]  # "The Agency is the lead agency ...": no news
    closing_headings: tuple[re.Pattern[str], ...]  # "Notes to editors": material for editors
    about_headings: tuple[re.Pattern[str], ...]  # "About Border Force" over its boilerplate
    closing_or_about: re.Pattern[str] | None  # either of the two, in one alternation
    credit_lines: tuple[re.Pattern[str], ...]  # a (masked) "Photo: ..." line under a caption
    subheadings: tuple[re.Pattern[str], ...]  # "How the smugglers hid the drugs"
    summary_headings: tuple[re.Pattern[str], ...]  # a (masked) "Highlights" over summary points
    open_end: re.Pattern[str]  # a line ending that continues on the next line ("... of the")
    months: dict[str, int]
    stopwords: frozenset[str]
    # one pattern per test run on every paragraph or line (no Python loop over cues): each
    # matches where a cue of its kind matches; any_dateline is the cheap test before the
    # dateline cues are tried one by one for their groups
    any_separator: re.Pattern[str]  # a line separating items ("***", "-----")
    any_stamp: re.Pattern[str]  # "2 hours ago", "Today, 11:40"
    any_date_line: re.Pattern[str]  # a line holding only a date
    any_date_lead: re.Pattern[str]  # a listing line opening with its date
    any_signature: re.Pattern[str]  # "Issued by: ..." closing a release
    any_meta_line: re.Pattern[str]  # "From: Border Force", "By Maria Lopez"
    any_date_initial: re.Pattern[str]  # a paragraph opening with a time frame ("On 5 May")
    any_speaker_turn: re.Pattern[str]  # "QUESTION (Agency):" in a transcript
    any_continuation: re.Pattern[str]  # an opening referring back to the paragraph above
    any_agency_signoff: re.Pattern[str]  # "-- BERNAMA", "VNA" under an item's last sentence
    any_desk_initials: re.Pattern[str]  # "ju/mlm/sst" set apart under a wire story
    any_office_signoff: re.Pattern[str]  # "Press service of the ..." under the last sentence
    any_dateline: re.Pattern[str]


@dataclass
class Segment:
    """One news item of a dump: offsets into the original text, optional title and dateline."""

    start: int
    end: int
    title: str | None = None
    title_start: int | None = None
    title_end: int | None = None
    dateline: str | None = None
    dateline_start: int | None = None
    dateline_end: int | None = None
    dateline_place: str | None = None
    dateline_agency: str | None = None
    dateline_date: str | None = None  # ISO date, only when the dateline (or the dump's
    # masthead above the item, or for a month and day the nearest dated item) gives the year
    dateline_month_day: str | None = None  # "--MM-DD" when the year is not given


@dataclass
class _Block:
    """A paragraph (or a headline line split off one) of the masked text."""

    start: int
    end: int
    text: str
    gap: int  # blank lines before it (-1 for the first block)
    lines: int
    words: int = 0
    terminal: bool = False
    open_end: bool = False
    headline: bool = False
    all_caps: bool = False
    date_line: bool = False
    date_lead: bool = False  # a listing line led by a date ("15.08.2024 | Headline")
    separator: bool = False
    stamp: bool = False  # "2 hours ago" under a teaser
    signature: bool = False  # "Issued by: ...", "Reporting by ...": closes the item above
    dateline: re.Match[str] | None = None
    date_initial: bool = False
    continuation: bool = False
    speaker_turn: bool = False
    thread_part: tuple[int, int] | None = None  # "2/4 ...": post 2 of a 4-post thread
    over_masked_lines: bool = False  # only masked lines (no blank line) lie above it
    under_post_header: bool = False  # a masked social post header lies right above it
    after_end_mark: bool = False  # a masked end mark ("ENDS", "###") lies right above it
    after_noise: bool = False  # masked lines ("Go back", "Share") lie right above it
    under_release_mark: bool = False  # a masked "PRESS RELEASE" line lies right above it
    years: frozenset[str] = frozenset()
    quoted: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()
    _content: frozenset[str] | None = None
    _sentences: int | None = None

    @property
    def sentences(self) -> int:
        """Sentences counted in the block (99 past 80 words), counted when first asked."""
        if self._sentences is None:
            self._sentences = (max(1, len(_SENTENCE_END.findall(self.text)))
                               if self.words <= 80 else 99)
        return self._sentences

    @property
    def content(self) -> frozenset[str]:
        """Stems of the block's content words (computed when first compared)."""
        if self._content is None:
            self._content = _content_words(self.text, self.stopwords)
        return self._content
    split_rest: bool = False  # split off a paragraph below its first line (gap not real)
    digest_entry: bool = False  # "2. On April 9, police found ..." in a numbered digest
    full_date: bool = False  # a date line, listing line or dateline giving the year
    headline_tail: bool = False  # a headline's second line ("on drug seizures in 2024")
    teaser: bool = False  # a headline in a run of headlines, not the last: an item of its own
    closing: bool = False  # "Notes to editors", "About <publisher>": what follows is no news
    meta: bool = False  # "From: Border Force", "By Maria Lopez": a header field, no headline
    blank_gap: int | None = None  # the gap without credit lines glued under the block above
    post_title: bool = False  # a social post's first line, written once, over its header
    under_summary_heading: bool = False  # a masked "Highlights" label lies right above it

    @property
    def break_gap(self) -> int:
        """The blank lines above it that may separate two items."""
        return self.gap if self.blank_gap is None else self.blank_gap


_NEVER = r"(?!)"  # the pattern of a kind without cues: matches nothing
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")  # a named group opening, made plain in alternations


def _compile(cue: SegmentCue, month_alt: str) -> re.Pattern[str]:
    pattern = cue.pattern.replace("{MONTH}", month_alt)
    return re.compile(pattern, re.IGNORECASE if cue.ignore_case else 0)


@lru_cache(maxsize=8)
def load_segment_rules(directory: str | None = None) -> SegmentRules:
    """Compile the cues of a data directory (the bundled one by default), cached."""
    base = Path(directory) if directory else data_dir()
    months = read_jsonl(base / MONTHS_FILE, Month)
    names = sorted((m.name for m in months), key=len, reverse=True)
    month_alt = "(?i:" + "|".join(re.escape(n) for n in names) + ")"
    cues = read_jsonl(base / CUES_FILE, SegmentCue)

    def of(kind: str) -> tuple[re.Pattern[str], ...]:
        return tuple(_compile(c, month_alt) for c in cues if c.kind == kind)

    def joined(kind: str) -> tuple[re.Pattern[str], ...]:
        """One alternation for all cues of a kind: one regex call per paragraph."""
        parts = [f"(?{'i' if c.ignore_case else ''}:{c.pattern.replace('{MONTH}', month_alt)})"
                 if c.ignore_case else f"(?:{c.pattern.replace('{MONTH}', month_alt)})"
                 for c in cues if c.kind == kind]
        return (re.compile("|".join(parts)),) if parts else ()

    def any_of(kind: str) -> re.Pattern[str]:
        """The cues of a kind in one pattern that matches nothing when there are none."""
        parts = [f"(?:{p.pattern})" for p in joined(kind)]
        return re.compile("|".join(parts) or _NEVER)

    dateline_parts = [f"(?{'i' if c.ignore_case else ''}:"
                      f"{_NAMED_GROUP.sub('(?:', c.pattern.replace('{MONTH}', month_alt))})"
                      for c in cues if c.kind == "dateline"]
    return SegmentRules(
        datelines=of("dateline"),
        list_items=joined("list_item"),
        list_intros=joined("list_intro"),
        post_headers=joined("post_header"),
        end_marks=joined("end_mark"),
        release_marks=joined("release_mark"),
        boilerplate=joined("boilerplate"),
        closing_headings=joined("closing_heading"),
        about_headings=joined("about_heading"),
        closing_or_about=re.compile("|".join(p.pattern for p in (
            *joined("closing_heading"), *joined("about_heading")))),
        credit_lines=joined("credit_line"),
        subheadings=joined("subheading"),
        summary_headings=joined("summary_heading"),
        open_end=re.compile("|".join(f"(?:{c.pattern})" for c in cues if c.kind == "open_end")
                            or _NEVER),
        months={m.name: m.number for m in months},
        stopwords=frozenset(w.word for w in read_jsonl(base / STOPWORDS_FILE, Stopword)),
        any_separator=any_of("separator"),
        any_stamp=any_of("stamp"),
        any_date_line=any_of("date_line"),
        any_date_lead=any_of("date_lead"),
        any_signature=any_of("signature"),
        any_meta_line=any_of("meta_line"),
        any_date_initial=any_of("date_initial"),
        any_speaker_turn=any_of("speaker_turn"),
        any_continuation=any_of("continuation"),
        any_agency_signoff=any_of("agency_signoff"),
        any_desk_initials=any_of("desk_initials"),
        any_office_signoff=any_of("office_signoff"),
        any_dateline=re.compile("|".join(dateline_parts) or _NEVER),
    )


def _raw_blocks(masked: str) -> list[_Block]:
    """Paragraphs: runs of non-blank lines, with the count of blank lines before each (-1
    for the first), found by one regex over the text."""
    blocks: list[_Block] = []
    previous_end = -1
    for match in _PARAGRAPH.finditer(masked):
        paragraph = match.group()
        start = match.start() + len(paragraph) - len(paragraph.lstrip())
        end = match.start() + len(paragraph.rstrip())
        gap = -1 if previous_end < 0 else masked.count("\n", previous_end, match.start()) - 1
        blocks.append(_Block(start, end, masked[start:end], gap, paragraph.count("\n") + 1))
        previous_end = match.end()
    return blocks


OPEN_END_TAIL = 24  # the longest open ending ("whose", "than") and its trailing spaces


def _is_open_end(text: str, rules: SegmentRules) -> bool:
    """Whether ``text`` ends open (a joining mark or a function word): the open-end cues
    are searched in the text's tail only, not along the whole paragraph."""
    start = max(0, len(text.rstrip()) - OPEN_END_TAIL)
    return rules.open_end.search(text, start) is not None


def _is_headline_text(text: str, words: int, rules: SegmentRules,
                      open_end: bool | None = None) -> bool:
    """Whether a one-line ``text`` of ``words`` words reads as a headline (``open_end``:
    :func:`_is_open_end` of it, when the caller has it)."""
    if "\n" in text or len(text) > HEADLINE_MAX_CHARS or not 2 <= words <= HEADLINE_MAX_WORDS:
        return False
    unhashed = text.lstrip("#")  # "#Ministry | ...", "🚨 NARCOTICS ARREST 🚨": a social
    symbols = _LEADING_SYMBOLS.match(unhashed)  # post's headline between emoji
    first = (unhashed[symbols.end():symbols.end() + 1] if symbols else unhashed[:1]) or text[0]
    if _CURRENCY_FIRST.match(text):
        first = text[1]  # "₱12-M WORTH OF MARIJUANA UPROOTED": an amount opens it
    if not (first.isupper() or first.isdigit() or first in "\"“«'"):
        return False
    if ("....." in text or "…" in text or ". . " in text) and _DOT_LEADER.search(text):
        return False  # a court caption's party line or a table of contents: no headline
    if text.upper() == text and text.lower() != text:
        return True
    if _ends_sentence(text):
        return False
    return not (_is_open_end(text, rules) if open_end is None else open_end)


def _ends_sentence(text: str) -> bool:
    r"""Whether ``text`` ends with a sentence's final mark, then closing quotes or brackets
    and spaces (as the regex ``[.!?…]["”»’')\]]*\s*$`` would find, without scanning the
    whole text)."""
    return text.rstrip().rstrip(_CLOSERS)[-1:] in _FINAL_MARKS


def _content_words(text: str, stopwords: frozenset[str]) -> frozenset[str]:
    words = set()
    for word in _WORD.findall(text.lower()):
        if len(word) < 4 or word in stopwords or word.isdigit():
            continue
        words.add(word[:6])  # crude stem: "operation" ~ "operations"
    return frozenset(words)


def _normalize_name(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


def _annotate(block: _Block, rules: SegmentRules) -> None:
    text = block.text
    block.words = len(text.split())
    block.terminal = _ends_sentence(text)
    open_end = _is_open_end(text, rules)
    block.open_end = open_end or not block.terminal
    block.all_caps = block.words >= 2 and text.upper() == text and text.lower() != text
    block.years = frozenset(_YEAR.findall(text))
    block.separator = rules.any_separator.fullmatch(text) is not None
    one_line = "\n" not in text
    short_line = one_line and len(text) <= DATE_LINE_MAX_CHARS
    block.stamp = short_line and rules.any_stamp.fullmatch(text) is not None
    block.date_line = short_line and _HAS_DIGIT.search(text) is not None and (
        rules.any_date_line.fullmatch(text) is not None)  # every date line has a digit
    block.date_lead = one_line and rules.any_date_lead.match(text) is not None
    signature = block.signature = one_line and rules.any_signature.match(text) is not None
    if signature:  # "Issued by: ..." ends the release above it: no headline, a closed line
        block.terminal, block.open_end = True, False
    block.meta = (block.words <= META_MAX_WORDS and not (block.date_line or signature)
                  and one_line and rules.any_meta_line.fullmatch(text) is not None)
    block.headline = not (block.date_line or block.date_lead or signature or block.meta) \
        and _is_headline_text(text, block.words, rules, open_end)
    head = text[:90]
    if text[:1].isupper() and any(mark in head for mark in _DATELINE_MARKS) and (
            rules.any_dateline.match(text) is not None):  # one test before the cues' groups
        for pattern in rules.datelines:
            match = pattern.match(text)
            if match and not _is_caps_headline_dash(match, text):
                block.dateline = match
                break
    block.full_date = ((block.date_line or block.date_lead) and bool(block.years)) or (
        block.dateline is not None and bool(block.dateline.groupdict().get("year")))
    block.date_initial = rules.any_date_initial.match(text) is not None
    numbered = _NUMBERED.match(text)
    if numbered and block.words >= 8:
        block.digest_entry = rules.any_date_initial.match(text, numbered.end()) is not None
    block.speaker_turn = rules.any_speaker_turn.match(text) is not None
    thread = _THREAD_PART.match(text)
    if thread and 1 <= int(thread[1]) <= int(thread[2]):
        block.thread_part = (int(thread[1]), int(thread[2]))
    block.continuation = (block.speaker_turn or signature or block.meta or text[:1].islower()
                          or rules.any_continuation.match(text) is not None)
    block.quoted = frozenset(
        key for key in (_normalize_name(q) for q in _QUOTED.findall(text)) if len(key) >= 3
    )
    block.stopwords = rules.stopwords


def _is_caps_headline_dash(match: re.Match[str], text: str) -> bool:
    """A place-only dateline match ("PRESS RELEASE — ") inside an ALL-CAPS headline line
    ("PRESS RELEASE — DRUG SEIZURES ACROSS THE ISLANDS"): a dash of the headline, no
    dateline (a dateline's sentence goes on in mixed case)."""
    groups = match.groupdict()
    if groups.get("month") or groups.get("agency") or groups.get("agency2"):
        return False
    rest = text[match.end():].split("\n", 1)[0]
    return rest.upper() == rest and rest.lower() != rest


def _line_kind(line: str, rules: SegmentRules) -> str:
    """"date" (a date line or a date-led listing line), "head" (headline-like) or "text"."""
    stripped = line.strip()
    if (len(stripped) <= DATE_LINE_MAX_CHARS and (
            (_HAS_DIGIT.search(stripped) is not None  # every date line has a digit
             and rules.any_date_line.fullmatch(stripped) is not None)
            or rules.any_stamp.fullmatch(stripped) is not None)) or (
            rules.any_date_lead.match(stripped) is not None):
        return "date"
    words = len(stripped.split())
    if _is_headline_text(stripped, words, rules) or (
            words == 1 and stripped[:1].isupper() and not _ends_sentence(stripped)):
        return "head"  # a headline, or a one-word label above one ("Speeches", "Update")
    return "text"


FIGURE_LIST_MIN = 3  # this many "Label: figure" lines in a row are a list, no headlines
# "Cocaine: 1,240 kg"; a label ends in no digit ("10:45 Border guards ..." is a time)
_FIGURE_LINE = re.compile(r"[^:\n]{1,59}[^\d:\n]: ?[^\d\n]{0,15}\d")


def _figures_as_text(kinds: list[str], lines: list[str]) -> list[str]:
    """The line kinds with runs of at least ``FIGURE_LIST_MIN`` headline-like "Label:
    figure" lines ("Cannabis (herbal): 2,870 kg") made text: a list of results (its
    bullets masked), which stays one paragraph."""
    result = list(kinds)
    run: list[int] = []
    for index in [*range(len(lines)), -1]:
        if index >= 0 and kinds[index] == "head" and _FIGURE_LINE.match(lines[index]):
            run.append(index)
            continue
        if len(run) >= FIGURE_LIST_MIN:
            for member in run:
                result[member] = "text"
        run = []
    return result


def _split_headlines(blocks: list[_Block], masked: str, rules: SegmentRules) -> list[_Block]:
    """Split date lines, listing lines and headlines written directly above a paragraph."""
    result: list[_Block] = []
    for block in blocks:
        if block.lines == 1 or _is_table(block):  # a table's rows stay one block
            result.append(block)
            continue
        lines: list[tuple[int, str]] = []
        offset = block.start
        for line in block.text.split("\n"):
            if line.strip():
                lines.append((offset + len(line) - len(line.lstrip()), line.strip()))
            offset += len(line) + 1
        kinds = _figures_as_text([_line_kind(line, rules) for _, line in lines],
                                 [line for _, line in lines])
        cuts = [0]
        for i in range(1, len(lines)):
            prev_kind, kind = kinds[i - 1], kinds[i]
            prev_len, cur_len = len(lines[i - 1][1]), len(lines[i][1])
            prev_line, line = lines[i - 1][1], lines[i][1]
            digest = len(prev_line) >= DIGEST_LINE_MIN and bool(
                _NUMBERED.match(prev_line)
                or (_NUMBERED.match(line) and len(line) >= DIGEST_LINE_MIN))
            titled_dateline = (kind == "head" and prev_kind == "text" and i + 1 < len(lines)
                               and _ends_sentence(prev_line)
                               and (kinds[i + 1] == "date" or any(
                                   p.match(lines[i + 1][1]) for p in rules.datelines)))
            if digest or titled_dateline or kind == "date" or prev_kind == "date" or (
                prev_kind == "head" and (kind != "text" or prev_len < 0.75 * cur_len
                                         or cur_len > 120
                                         or any(p.match(line) for p in rules.datelines))
            ):  # a headline over its dateline's paragraph, however short
                cuts.append(i)
        cuts.append(len(lines))
        for number, (a, b) in enumerate(pairwise(cuts)):
            start = lines[a][0]
            end = lines[b - 1][0] + len(lines[b - 1][1])
            part = _Block(start, end, masked[start:end], block.gap if number == 0 else 0, b - a)
            part.split_rest = number > 0
            result.append(part)
    return result


def _score_break(prev: _Block, block: _Block, item: list[_Block], min_gap: int,
                 has_wide_gaps: bool, following: _Block | None,
                 rules: SegmentRules, report: bool = False) -> float:
    """Evidence that ``block`` starts a new item after ``prev`` (the last block of ``item``);
    ``following`` is the block after ``block``, if any. In a ``report`` (a converted PDF
    with running page headers) headlines are its sections' headings: no new item."""
    if block.closing:
        return 4.0  # "Notes to editors", "About <publisher>": the release above is closed
    if block.stamp:
        return -10.0  # a time stamp closes the teaser above it
    if block.post_title:
        return 4.0  # a social post's title line over the post's (masked) header
    if block.speaker_turn and any(b.speaker_turn for b in item):
        return -10.0  # the next turn of a transcript
    if block.over_masked_lines and prev.open_end and not (
            prev.headline or prev.terminal or prev.date_lead
            or block.headline or block.date_line or block.date_lead):
        return -10.0  # a sentence running on over a masked page header or footer
    if block.thread_part and any(_next_in_thread(b.thread_part, block.thread_part)
                                 for b in item) and any(
            b.thread_part == (1, block.thread_part[1]) for b in item):
        return -10.0  # "2/4 ..." after "1/4 ...": the next post of one thread
    if prev.stamp and not block.under_post_header and _under_stamped_headline(item, block):
        return -10.0  # "Headline / 2 hours ago / article": the stamp dates the headline
    if block.under_post_header and prev.post_title and len(item) == 1:
        return -10.0  # the post under its title line
    if prev.stamp or block.under_post_header:
        return 4.0  # a time stamp closes the teaser above it; a post header opens a post
    if prev.meta and len(item) <= HEADER_BLOCKS and item[0].headline:
        return -10.0  # "From: Border Force" in a release's header: its body follows
    dated = any(b.date_line or b.date_lead for b in item)
    if block.date_line and not dated and 1 < len(item) <= BYLINE_MAX_BLOCKS + 1 \
            and _headline_over_byline([*item, block], len(item)) == 0:
        return -10.0  # headline, byline lines ("Jacob Shteyman", "(Agency)"), date line
    if block.date_line and not dated and _is_standfirst(item, following, rules):
        return -10.0  # headline, standfirst, then the date line of the same article
    if block.date_line and prev.date_line and block.gap == 0 and len(item) <= HEADER_BLOCKS:
        return -10.0  # a second posting line ("Updated on ...") right under the item's first
    headed = prev.headline or prev.headline_tail
    if (block.date_line or block.date_lead) and (dated or not headed):
        return 4.0  # a date line opens an item, unless it sits under the item's headline
    if prev.headline and block.headline and dated and block.dateline is None \
            and not _has_table_row(block.text) and all(
                b.headline or b.headline_tail or b.date_line or b.date_lead for b in item):
        return 3.0  # a listing entry (date + headline) followed by another headline
    if block.teaser or prev.teaser:
        return 3.0  # a teaser in a list of headlines is an item; so is what follows it
    if headed or prev.date_line:
        return -10.0  # a headline or date line always belongs to what follows it
    if prev.date_lead and len(item) >= 2 and (item[-2].headline or item[-2].headline_tail) \
            and not block.headline:
        return -10.0  # "February 9, 2026 | RPIO 7" under a headline: its posting line
    if (block.digest_entry or item_is_digest(item)) and prev.terminal:
        return 3.0  # entries of a numbered digest of incidents are items, and so is what ends it
    score = 0.0
    if block.dateline is not None:
        score += 4.0
    if has_wide_gaps and block.break_gap > min_gap:
        score += 2.0
    if block.headline and prev.terminal and not report:
        score += 2.0 if block.words >= 4 or block.all_caps else 1.0
        if following is not None and (following.continuation or _is_table(following)):
            score -= 2.5  # a subheading or a table's caption inside an article
        elif _is_release_subheading(block, following, item):
            score -= 2.5  # one incident of a release dated above: "COCAINE FOUND AT LPIA"
        elif _repeats_subheading(block, item) or any(p.match(block.text)
                                                     for p in rules.subheadings):
            score -= 2.5  # "ERONGO REGION" after "KHOMAS REGION", "How the drugs were hidden"
    item_years = frozenset().union(*(b.years for b in item))
    if block.years and item_years and not (block.years & item_years):
        score += 0.5
    item_quoted = frozenset().union(*(b.quoted for b in item))
    if block.quoted and item_quoted:
        if block.quoted & item_quoted:
            score -= 2.0
        elif len(item) <= SHORT_ITEM_BLOCKS:
            score += 1.0  # a new name after a short teaser; inside an article, just a mention
    if block.date_initial and prev.terminal:
        score += 0.5
    if block.continuation:
        score -= 2.5
    if prev.open_end and not prev.headline:
        score -= 3.0
    # Vocabulary overlap moves the score by +0.5 / -1: compare only when that can decide.
    if BREAK_THRESHOLD - 0.5 <= score < BREAK_THRESHOLD + 1.0 and not block.headline:
        item_content = frozenset().union(*(b.content for b in item))
        if block.content and item_content:
            overlap = len(block.content & item_content) / len(block.content)
            if overlap < 0.12:
                score += 0.5
            elif overlap > 0.3:
                score -= 1.0
    return score


def _under_stamped_headline(item: list[_Block], block: _Block) -> bool:
    """Whether ``block`` is prose right under a headline and its time stamp (``item`` is
    the headline, its second line and the stamp): the article the stamp dates, no item of
    its own."""
    return (not (block.headline or block.date_line or block.date_lead or block.stamp
                 or block.dateline is not None)
            and len(item) >= 2 and item[0].headline
            and all(b.headline_tail for b in item[1:-1]))


SUBHEADING_MAX_WORDS = 4


def _repeats_subheading(block: _Block, item: list[_Block]) -> bool:
    """A short headline shaped like a subheading already inside the item (not its title):
    as short, cased alike, sharing its first or last word ("ERONGO REGION" after "KHOMAS
    REGION", "Case 2" after "Case 1"): the next section of one report."""
    if block.words > SUBHEADING_MAX_WORDS:
        return False
    words = block.text.casefold().split()
    return any(
        b.headline and b.words <= SUBHEADING_MAX_WORDS and b.all_caps == block.all_caps
        and (b.text.casefold().split()[0] == words[0]
             or b.text.casefold().split()[-1] == words[-1])
        for b in item[1:])


def _is_release_subheading(block: _Block, following: _Block | None,
                           item: list[_Block]) -> bool:
    """A headline inside a release: the item above states its full date in its header
    (a date line or a dateline with the year, above its first paragraph of prose) while
    the headline's own section gives none (a sub-headed incident, or a "Durban Harbour,
    17 November" line, whose date the release's date completes), and no page furniture
    ("Go back", "Share") lies between them. A news item of a dated dump states its own
    date."""
    if block.full_date or block.after_noise or following is None:
        return False
    if following.date_line or following.date_lead or following.dateline is not None:
        return False
    for header in item[:HEADER_BLOCKS + 1]:
        if header.full_date:
            return True
        if header.terminal:
            return False  # prose before any date: the date is no header's
    return False


def _mark_runs_over_masked_lines(blocks: list[_Block], original: str,
                                 rules: SegmentRules) -> None:
    """Flag blocks separated from the one above only by masked lines (a converted PDF's
    page header between two halves of a sentence), no blank line of the original; blocks
    under a masked social post header ("March 3 at 9:12 AM · 🌍": a new post); blocks
    under a masked end mark ("ENDS", "###": the release above is closed) or release mark
    ("PRESS RELEASE": the release opens under it)."""
    credit = rules.credit_lines[0] if rules.credit_lines else None
    for prev, block in pairwise(blocks):
        between = original[prev.end:block.start]
        if between.strip() and not _BLANK_LINE.search(between):
            block.over_masked_lines = True
        if not between.strip():
            continue
        if block.gap > 1 and credit is not None \
                and not between.startswith(("\n\n", "\n\r\n")):  # masked credit lines glued
            # under the block above ("Photo: ..." under a caption) widen no gap
            glued = 0
            for line in between.split("\n")[1:-1]:
                if not credit.fullmatch(line.strip()):
                    break
                glued += 1
            block.blank_gap = max(1, block.gap - glued)
        block.after_noise = True
        if block.headline and block.words > SITE_LABEL_MAX_WORDS \
                and not original[block.start - 1].isspace():
            block.headline = False  # a caption glued to its image's file name ("x.jpgThe
            # Minister ... in Madrid. EFE/ Chema Moya"): no headline, whatever its ending
        if any(p.search(between) for p in rules.post_headers):
            block.under_post_header = True
        lines = [line.strip() for line in between.split("\n") if line.strip()]
        block.after_end_mark = any(p.fullmatch(line) for line in lines for p in rules.end_marks)
        block.under_release_mark = any(
            p.fullmatch(line) for line in lines for p in rules.release_marks)
        block.under_summary_heading = any(
            p.fullmatch(line) for line in lines for p in rules.summary_headings)


def _mark_post_titles(blocks: list[_Block], original: str) -> None:
    """Flag a social post's title line: a one-line headline right over a masked post header
    ("📌 2024 RESULTS: ..." over "Douane sénégalaise · 2 January at 11:30 · 🌍") with the
    post's text under the header, written only once in the page (a page's name over each
    post's header is written again and again: no title)."""
    for block, under in pairwise(blocks):
        block.post_title = (block.headline and block.lines == 1 and under.under_post_header
                            and not under.headline and original.count(block.text) == 1)


def _next_in_thread(earlier: tuple[int, int] | None, later: tuple[int, int]) -> bool:
    return earlier is not None and earlier[1] == later[1] and earlier[0] + 1 == later[0]


def _is_table(block: _Block) -> bool:
    """Rows of a table: at least two lines, most of them with pipes or aligned columns."""
    if block.lines < 2:
        return False
    rows = block.text.split("\n")
    if any(opens_with_numeric_date(row) for row in rows):
        return False  # a listing of dated headlines ("15.08.2024 | Headline")
    return sum(_has_table_row(row) for row in rows) * 2 > len(rows)


def _has_table_row(text: str) -> bool:
    """Whether ``text`` has pipes, column-aligned spaces or tabs (a table's row); the
    regex runs only where one of the marks it needs occurs."""
    return ("|" in text or "  " in text or "\t" in text) and _TABLE_ROW.search(text) is not None


def _without_site_label(blocks: list[_Block], rules: SegmentRules,
                        original: str | None = None,
                        under_navigation: bool = False) -> list[_Block]:
    """The blocks without page furniture on top ("Federal Police", "ISLAND GAZETTE",
    "Crime" above masked navigation): up to two short unpunctuated one-line blocks before a
    headline of at least ``TEASER_MIN_WORDS`` words (or a teaser opening with one). Above a
    headline with a date line or dateline under it, the labels may be longer ("CUSTOMS GUARD -
    Provincial Command of Bari") and sit right on the headline's line above. A first line
    right above masked navigation ("ISTHMUS WIRE — Central America in English" over
    "Home | Honduras | ...") is the site's name whatever follows the navigation; a section
    label under the navigation is short whatever follows it."""
    if original is not None and len(blocks) >= 2:
        size = _masthead_lines(blocks)
        if _above_navigation(blocks, original, rules, size):
            return _without_site_label(blocks[size:], rules, under_navigation=True)
    for skip in (1, 2):
        if len(blocks) < skip + 2:
            return blocks
        labels, headline = blocks[:skip], blocks[skip]
        after = skip + 1
        if after < len(blocks) - 1 and blocks[after].headline_tail:
            after += 1  # the headline's second line
        following = blocks[after] if len(blocks) > after else None
        dated = following is not None and (following.date_line or following.dateline is not None)
        longest = (DATED_SITE_LABEL_MAX_WORDS if dated and not under_navigation
                   else SITE_LABEL_MAX_WORDS)
        if not all(b.lines == 1 and b.words <= longest and not b.terminal and not b.date_line
                   and not _is_open_end(b.text, rules) for b in labels):
            return blocks
        opens = headline.headline or (
            headline.lines > 1
            and _line_kind(headline.text.split("\n", 1)[0], rules) == "head")
        words = sum(b.words for b in blocks[skip:after])  # with the headline's second line
        section = under_navigation and not any(_reads_as_news(b.text, b.stopwords)
                                               for b in labels)  # "World, Asia - Pacific"
        if (headline.gap >= 1 or skip > 1 or dated or section) and opens \
                and words >= TEASER_MIN_WORDS:
            return blocks[skip:]
    return blocks


def _masthead_lines(blocks: list[_Block]) -> int:
    """How many blocks the page's first paragraph was split into, line by line (a masthead's
    name over its subtitle, "Anti-Corruption Agency of ..." / "Official Internet resource
    of a state body"), at most ``NAVIGATION_LABEL_MAX_LINES`` and never the last block."""
    size = 1
    while size < min(NAVIGATION_LABEL_MAX_LINES, len(blocks) - 1) and blocks[0].lines == 1 \
            and blocks[size].split_rest and blocks[size].gap == 0 and blocks[size].lines == 1:
        size += 1
    return size


def _above_navigation(blocks: list[_Block], original: str, rules: SegmentRules,
                      size: int = 1) -> bool:
    """The first ``size`` blocks (one paragraph: :func:`_masthead_lines`) are a label of
    at most ``NAVIGATION_LABEL_MAX_LINES`` lines of at most ``NAVIGATION_LABEL_MAX_WORDS``
    words each, none ending a sentence, the lines masked between it and the next block are
    navigation (written with the separators of menus, breadcrumbs and post headers), and a
    label of headline length has a headline, or a listing's date line, under the
    navigation."""
    labels, following = blocks[:size], blocks[size]
    label = labels[0]
    lines = [line for b in labels for line in b.text.split("\n")]
    if len(lines) > NAVIGATION_LABEL_MAX_LINES or any(b.date_line for b in labels) or any(
            len(line.split()) > NAVIGATION_LABEL_MAX_WORDS or _ends_sentence(line)
            or _is_open_end(line, rules) for line in lines):
        return False
    if _NAVIGATION_MARK.search(original, labels[-1].end, following.start) is None:
        return False
    # a headline over a masked photo credit and its body keeps its title; a listing's
    # date line under the navigation opens the first news of the list; the lines of a
    # masthead (a site's name in two scripts over its motto) lie over a headline
    return ((label.words < TEASER_MIN_WORDS and len(lines) == 1)
            or following.headline or following.date_line
            or following.date_lead or (following.lines > 1 and _line_kind(
                following.text.split("\n", 1)[0], rules) == "head"))


def _mark_teasers(blocks: list[_Block], rules: SegmentRules) -> None:
    """In a run of at least ``TEASER_RUN_MIN`` one-line headlines of a few words (a list of
    teasers above an article; table rows excluded), every headline but the last is a teaser;
    the last titles what follows. Lines under a summary label ("Highlights") are the points
    of the article under them: no run starts there."""
    points: set[int] = set()  # the summary's lines: the labelled one and those under it
    in_summary = False
    for block in blocks:
        in_summary = block.under_summary_heading or (in_summary and block.split_rest)
        if in_summary:
            points.add(id(block))
    run: list[_Block] = []
    for block in [*blocks, None]:
        if (block is not None and block.headline and block.lines == 1 and id(block) not in points
                and block.words >= TEASER_MIN_WORDS and not _has_table_row(block.text)
                and not any(p.match(block.text) for p in rules.list_items)):
            run.append(block)
            continue
        if len(run) >= TEASER_RUN_MIN:
            # the last headline titles what follows; at the page's end (a sidebar of other
            # news) nothing follows: it is a teaser too
            for headline in run if block is None else run[:-1]:
                headline.teaser = True
        run = []


def _mark_closing_headings(blocks: list[_Block], rules: SegmentRules) -> None:
    """Flag the heading lines that open a release's material for editors: "Notes to
    editors" (a closing-heading cue), or "About Border Force" (an about-heading cue) right
    over the publisher's description of itself (a boilerplate cue)."""
    either = rules.closing_or_about
    for index, block in enumerate(blocks):
        if block.lines != 1 or block.terminal or block.words > SITE_FOOTER_MAX_WORDS \
                or either is None or not either.fullmatch(block.text):
            continue  # (one test for both kinds first: most lines are neither)
        if any(p.fullmatch(block.text) for p in rules.closing_headings):
            block.closing = True
        elif index + 1 < len(blocks) and any(p.fullmatch(block.text)
                                             for p in rules.about_headings):
            under = blocks[index + 1].text
            block.closing = " is " in under[:240] and any(p.match(under)
                                                          for p in rules.boilerplate)


def _without_closing_sections(items: list[list[_Block]]) -> list[list[_Block]]:
    """The items without a release's closing material: an item opening with a closing
    heading ("Notes to editors", "About <publisher>"), and, after it or after an end mark
    ("ENDS", "###"), every item up to the next one that opens like a release (the office's
    signature, contacts, notes, boilerplate)."""
    kept: list[list[_Block]] = []
    closed = False
    for item in items:
        if not item:
            continue
        if item[0].closing:
            closed = True
            continue
        closed = closed or item[0].after_end_mark
        if closed and not _opens_release(item):
            continue
        closed = False
        kept.append(item)
    return kept or [item for item in items if item]


def _mark_headline_tails(blocks: list[_Block]) -> None:
    """Flag a headline's second line, written in lower case right under it without a
    final period ("INFORMATION BULLETIN No. 2/2024" / "on drug seizures in 2024"): what
    follows belongs to that headline as to the headline itself."""
    for above, block in pairwise(blocks):
        block.headline_tail = (above.headline and block.split_rest and block.lines == 1
                               and block.text[:1].islower() and not block.terminal
                               and block.words <= HEADLINE_MAX_WORDS)


def _is_headed_short(block: _Block, rules: SegmentRules) -> bool:
    """A headline, or a short block opening with a headline line (headline + editor's note
    or standfirst written without a blank line between them)."""
    if block.headline:
        return True
    first_line = block.text.split("\n", 1)[0]
    return (block.words <= HEADLINE_MAX_WORDS + STANDFIRST_MAX_WORDS
            and _line_kind(first_line, rules) == "head")


def _is_standfirst(item: list[_Block], following: _Block | None,
                   rules: SegmentRules) -> bool:
    """Whether ``item`` is a headline with at most one short paragraph under it (a
    standfirst or an editor's note) and the block after the next one is body text."""
    if len(item) > 2 or following is None or following.headline or following.date_line:
        return False
    return (sum(b.words for b in item) <= HEADLINE_MAX_WORDS + STANDFIRST_MAX_WORDS
            and _is_headed_short(item[0], rules))


def _mark_numbered_releases(blocks: list[_Block], rules: SegmentRules) -> None:
    """Paragraphs a release numbers in its own style ("1. A total of...", "2. ...") are no
    digest entries: after a numbered paragraph 1 that opens without a date, or that a
    paragraph of prose announces ("... the results of the operation, as follows."),
    paragraphs continuing the numbering are not entries, dated or not."""
    numbered_release = False
    last = 0
    for index, block in enumerate(blocks):
        number = _NUMBERED.match(block.text)
        if number is None:
            continue
        value = int(number.group(1))
        if value == 1:
            numbered_release = not block.digest_entry or (
                index > 0 and _announces_list(blocks[index - 1], rules))
            if numbered_release:
                block.digest_entry = False
        elif numbered_release and value == last + 1:
            block.digest_entry = False
        last = value


def _announces_list(block: _Block, rules: SegmentRules) -> bool:
    """A paragraph of prose (not a label line) ending with words that announce a list."""
    return block.words >= LIST_INTRO_MIN_WORDS and any(
        p.search(block.text[-LIST_INTRO_TAIL:]) for p in rules.list_intros)


def item_is_digest(item: list[_Block]) -> bool:
    """Whether the item is an entry of a numbered digest ("2. On April 9, ...")."""
    return any(b.digest_entry for b in item)


def _is_lead(block: _Block, following: list[_Block]) -> bool:
    """A short lead paragraph that the article under it re-states (teaser-style title)."""
    if len(following) < 2 or block.lines != 1 or not block.terminal:
        return False
    if block.words > LEAD_MAX_WORDS or block.sentences > LEAD_MAX_SENTENCES:
        return False
    nxt = following[0]
    restated = bool(block.quoted & nxt.quoted)
    return restated and (nxt.date_initial or nxt.dateline is not None)


def _dateline_fields(segment: Segment, block: _Block, rules: SegmentRules) -> None:
    match = block.dateline
    if match is None:
        return
    groups = match.groupdict()
    segment.dateline = match.group().strip()
    segment.dateline_start = block.start + match.start()
    segment.dateline_end = block.start + match.end()
    segment.dateline_place = (groups.get("place") or "").strip() or None
    segment.dateline_agency = groups.get("agency") or groups.get("agency2")
    month_name = (groups.get("month") or "").lower().rstrip(".")
    month = rules.months.get(month_name)
    day = int(groups["day"]) if groups.get("day") else None
    if month is None or day is None:
        return
    if groups.get("year"):
        try:
            segment.dateline_date = date(int(groups["year"]), month, day).isoformat()
        except ValueError:
            return
    elif 1 <= day <= 31:
        segment.dateline_month_day = f"--{month:02d}-{day:02d}"


def _date_line_fields(segment: Segment, block: _Block, rules: SegmentRules) -> None:
    segment.dateline = block.text
    segment.dateline_start, segment.dateline_end = block.start, block.end
    segment.dateline_date = parse_date_line(block.text, rules)


def parse_date_line(text: str, rules: SegmentRules | None = None) -> str | None:
    """ISO date of a date-only line ("12.03.2024", "2024-03-12", "12 March 2024"), if any."""
    return date_line_iso(text, (rules or load_segment_rules()).months)


def _make_segment(blocks: list[_Block], rules: SegmentRules) -> Segment:
    segment = Segment(blocks[0].start, blocks[-1].end)
    body = blocks
    if blocks[0].date_line:
        _date_line_fields(segment, blocks[0], rules)
        body = blocks[1:]
    if (len(body) > 1 and (body[0].headline or body[0].date_lead
                           or _is_lead(body[0], body[1:]))) or (
            len(body) == 1 and body[0].teaser):  # a teaser titles its own item
        segment.title = body[0].text
        segment.title_start, segment.title_end = body[0].start, body[0].end
        if body[0].date_lead:
            segment.dateline_date = parse_date_line(body[0].text, rules)
        body = body[1:]
    if segment.dateline is None:
        for block in body[:HEADER_BLOCKS]:  # a date line among the header lines under the title
            if block.date_line or (block.date_lead and is_posting_stamp(block.text)):
                _date_line_fields(segment, block, rules)
                break
            if not (block.headline or block.headline_tail or block.meta) and not (
                    block is body[0] and (_is_headed_short(block, rules) or (
                        block.lines == 1 and block.words <= STANDFIRST_MAX_WORDS))) and not (
                    block.split_rest and _is_byline_line(block)):  # "(Wire Agency)"
                break  # (past the headline's standfirst: "Officers found 60 kg ...")
    for block in body[:2]:
        if block.dateline is not None:
            _dateline_fields(segment, block, rules)
            break
    return segment


def segment(text: str, *, masked: bool = False, original: str | None = None) -> list[Segment]:
    """Split ``text`` into news items; offsets index the original ``text``.

    Noise is masked first (same length); pass ``masked=True`` when ``text`` already went
    through :func:`pressparse.io.mask.mask_noise`, to skip that second pass (and the
    unmasked ``original``, if at hand, so that noise glued to an item's first or last word,
    "confiscated.IMG_0034.jpg", stays inside the item as the original text shows it).
    """
    rules = load_segment_rules()
    if not masked:
        original = text
        text, _spans = mask_noise(text, load_rules())
    blocks = _split_headlines(_raw_blocks(text), text, rules)
    for block in blocks:
        _annotate(block, rules)
    report = False  # a converted PDF: running page headers or footers were masked
    if original is not None and len(original) == len(text):
        _mark_runs_over_masked_lines(blocks, original, rules)
        _mark_post_titles(blocks, original)
        report = bool(running_page_lines(original))
    if not report:
        _mark_teasers(blocks, rules)
    _mark_numbered_releases(blocks, rules)
    _mark_headline_tails(blocks)
    _mark_closing_headings(blocks, rules)
    whole = blocks
    noise_above = bool(blocks) and original is not None and bool(original[:blocks[0].start].strip())
    blocks = _without_section_labels(_without_page_head(
        _without_letterhead(_without_site_label(blocks, rules, original), rules), noise_above))
    first_start = blocks[0].start if blocks else 0  # the furniture dropped above it:
    page_head = frozenset(line.strip() for b in takewhile(lambda b: b.end <= first_start, whole)
                          for line in b.text.split("\n"))
    items: list[list[_Block]] = []
    inner_gaps = [b.break_gap for b in blocks[1:] if not b.split_rest]
    min_gap = min(inner_gaps) if inner_gaps else 1
    has_wide_gaps = len(set(inner_gaps)) > 1 and not report  # page breaks widen a report's
    masthead_closed = False  # the first item ends at a separator line
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if index == 0 and following is not None and following.headline \
                and _is_underlined_masthead(block, rules):
            items += [[block], []]  # "NEWSLETTER – Issue 12\n=======": the rule closes it
            masthead_closed = True
            continue
        if block.separator:
            if items and items[-1]:
                masthead_closed = masthead_closed or len(items) == 1
                items.append([])
            continue
        if not items or not items[-1]:
            if len(items) >= 2 and block.signature:
                items.pop()  # a credit line under a rule ("___ Peck reported from Bangkok.")
            elif not items:
                items.append([])
            items[-1].append(block)
            continue
        current = items[-1]
        if block.after_end_mark or _score_break(current[-1], block, current, min_gap,
                                                has_wide_gaps, following, rules,
                                                report) >= BREAK_THRESHOLD:
            if _title_over_date(current, block, following):
                items.append([current.pop(), block])  # the title of the date line under it
            else:
                items.append([block])
        else:
            current.append(block)
    # what follows an end mark or a closing heading is no item (the office's signature,
    # contacts, notes to editors, boilerplate) unless it opens like a release of its own
    items = _without_closing_sections(items)
    masthead_date = None
    if masthead_closed and len(items) > 1 and _is_masthead(items[0], rules):
        masthead_date = next((parse_date_line(b.text, rules) for b in items[0] if b.date_line),
                             None)
        items = items[1:]
    items = _attach_orphan_headlines(items)
    if len(items) > 1 and items[-1][0].after_noise and all(
            _describes_publisher(b, rules) for b in items[-1]):
        items.pop()  # the publisher's description under the page's share bar and tags
    if items and len(items[-1]) > 1:
        items[-1] = _without_trailing_furniture(items[-1], rules, page_head)
    segments = [_make_segment(item, rules) for item in items]
    for seg in segments:
        seg.end = _without_agency_signoff(text, seg.start, seg.end, rules)
        if seg.dateline_date is None:  # the masthead's (an e-mail's) date dates the items
            seg.dateline_date = masthead_date
    letterhead_date = next((parse_date_line(b.text, rules) for b in whole
                            if b.end <= first_start and b.date_line and b.full_date), None)
    if segments and segments[0].dateline_date is None:  # "Date: 12/03/2026" of the
        segments[0].dateline_date = letterhead_date  # letterhead over the release
    if original is not None and len(original) == len(text):
        previous_end = 0
        for seg in segments:
            if seg.dateline_date is None:
                seg.dateline_date = _masked_date_line(original, text, previous_end, seg.start,
                                                      rules)
            previous_end = seg.end
            seg.start, seg.end = _with_glued_noise(seg.start, seg.end, original, text)
            seg.end = _with_closing_link(seg.end, original, text, rules)
            seg.end = _with_desk_initials(seg.end, original, text, rules)
        if segments and segments[-1].dateline_date is None:
            segments[-1].dateline_date = _closing_date(original, text, segments[-1].end, rules)
    _give_years_to_month_day_datelines(segments)
    return segments


AGENCY_SIGNOFF_MAX_CHARS = 40  # "-- BERNAMA", "PTI SUM HVA": a short line
OFFICE_SIGNOFF_MAX_CHARS = 160  # "Press service of the Directorate of the Ministry of ..."


def _without_agency_signoff(text: str, start: int, end: int, rules: SegmentRules) -> int:
    """The end of an item without an agency's sign-off line right under its last sentence
    ("... toll-free line 1-800-88-8855.\n-- BERNAMA", "... a motorbike.\nVNA", "PTI SUM
    HVA") or a press office's ("... call 1424.\nPress service of the Agency"): the sign-off,
    no part of the story. A credit set apart by a blank line or under a signature's lines
    ("CENTRAL NARCOTICS BUREAU\nSINGAPORE") stays."""
    cut = text.rfind("\n", start, end)
    if cut < 0 or end - cut > OFFICE_SIGNOFF_MAX_CHARS:
        return end
    last = text[cut + 1:end].strip()
    if (end - cut > AGENCY_SIGNOFF_MAX_CHARS or rules.any_agency_signoff.fullmatch(last) is None
            ) and rules.any_office_signoff.fullmatch(last) is None:
        return end
    above = text[max(start, text.rfind("\n", start, cut) + 1):cut]
    if not above.strip() or not _ends_sentence(above):
        return end
    return cut - (len(above) - len(above.rstrip()))


def _with_desk_initials(end: int, original: str, masked: str, rules: SegmentRules) -> int:
    """Widen an item over the wire desk's initials closing the story, set apart from its
    last paragraph by one blank line ("... Leonardo da Vinci.\n\nju/mlm/sst"): masked as
    noise, they still close the story. Initials right under the last line (a digest's slug
    between two stories) stay outside."""
    rest = original[end:end + DESK_INITIALS_REACH]
    first = rest.find("\n")
    second = rest.find("\n", first + 1) if first >= 0 else -1
    if second < 0 or rest[:second].strip():
        return end  # no blank line right under the item
    line_end = rest.find("\n", second + 1)
    line = rest[second + 1:line_end if line_end >= 0 else len(rest)]
    if (line_end < 0 and end + len(rest) < len(original)) or rules.any_desk_initials.fullmatch(
            line.strip()) is None or masked[end + second + 1:end + second + 1 + len(line)].strip():
        return end
    return end + second + 1 + len(line.rstrip())


DESK_INITIALS_REACH = 40  # a blank line and a line of initials ("ju/mlm/sst")


def _give_years_to_month_day_datelines(segments: list[Segment]) -> None:
    """Give a year to an item whose dateline gives only the month and day ("Manama, Dec. 30
    (BNA) --") from the nearest item of the dump with a full date (the one above first): the
    year that puts the day nearest to that date (a ticker running back across the new year:
    "Dec. 30" under an item of 2 January 2026 is 30 December 2025)."""
    dated = [(index, date.fromisoformat(seg.dateline_date))
             for index, seg in enumerate(segments) if seg.dateline_date is not None]
    if not dated:
        return
    for index, seg in enumerate(segments):
        if seg.dateline_date is not None or seg.dateline_month_day is None:
            continue
        _nearest, known = min(dated, key=lambda entry: (abs(entry[0] - index), entry[0] > index))
        month, day = int(seg.dateline_month_day[2:4]), int(seg.dateline_month_day[5:7])
        candidates = []
        for year in (known.year - 1, known.year, known.year + 1):
            try:
                candidates.append(date(year, month, day))
            except ValueError:  # 29 February of a common year
                continue
        if candidates:
            seg.dateline_date = min(candidates,
                                    key=lambda dated_day: abs((dated_day - known).days)
                                    ).isoformat()


def _title_over_date(item: list[_Block], opening: _Block, following: _Block | None) -> bool:
    """Whether the last block of ``item`` is the title of the item ``opening`` starts: a
    one-line headline right over a date or posting line that opens a new item, below the
    body of the item above (a news page's "Title / 16 April 2025 | Views: 688 / body"
    entries). Not in a listing of "date / title" entries: when ``item`` opens with its
    date line, or when a headline follows the date line right under it (``following``)."""
    if len(item) < 2 or not (opening.date_line or opening.date_lead) or opening.after_noise:
        return False  # (masked lines between them: navigation under a site's name)
    if following is not None and following.headline and not following.after_noise:
        return False  # the date line heads the headline under it
    title = item[-1]
    return (title.headline and title.lines == 1 and not title.headline_tail
            and not title.signature and not (item[0].date_line or item[0].date_lead))


MASKED_DATE_REACH = 400  # characters above an item searched for its masked posting line


def _masked_date_line(original: str, masked: str, floor: int, start: int,
                      rules: SegmentRules) -> str | None:
    """The ISO date of a posting line that noise masking removed right above an item
    ("Last updated: 14-01-2024 12:18" between a headline and its dateline, or over the
    headline): the item's reference date, though no entity comes from it."""
    left = max(floor, start - MASKED_DATE_REACH)
    offset = left
    for line in original[left:start + MASKED_DATE_REACH].split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        stripped = line.strip()
        if (stripped and not masked[line_start:line_start + len(line)].strip()
                and _HAS_DIGIT.search(stripped) is not None  # every date line has a digit
                and rules.any_date_line.fullmatch(stripped) is not None):
            return parse_date_line(stripped, rules)
    return None


CLOSING_DATE_REACH = 200  # characters under the last item searched for its end mark's date


def _closing_date(original: str, masked: str, end: int, rules: SegmentRules) -> str | None:
    """The ISO date an end mark gives under the last item, masked with it ("Ends/Tuesday,
    October 14, 2025" under a government release dated nowhere else): the item's reference
    date, though no entity comes from it."""
    offset = end
    for line in original[end:end + CLOSING_DATE_REACH].split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        stripped = line.strip()
        if not stripped or masked[line_start:line_start + len(line)].strip():
            continue
        mark = next((m for m in (p.match(stripped) for p in rules.end_marks) if m), None)
        if mark is None:
            continue
        rest = stripped[mark.end():].lstrip(_END_MARK_JOINERS)
        if rest and _HAS_DIGIT.search(rest) and rules.any_date_line.fullmatch(rest):
            return parse_date_line(rest, rules)
    return None


_END_MARK_JOINERS = "/|:–—- \t"  # between an end mark and its date ("Ends/Tuesday, ...")


PAGE_HEAD_MAX_BLOCKS = 8  # a scraped page's head: site names, menus, labels


def _opens_dated_item(blocks: list[_Block], index: int) -> bool:
    """Whether ``blocks[index]`` opens a dated news item: a listing's date line with text
    under it, or a headline (with its second line) right over a date line, posting line
    or dateline (a date-led line right under it)."""
    block = blocks[index]
    if (block.date_line or block.date_lead) and block.full_date:
        return index + 1 < len(blocks)
    if not block.headline:
        return False
    after = index + 1
    if after < len(blocks) and blocks[after].headline_tail:
        after += 1
    if after >= len(blocks):
        return False
    under = blocks[after]  # a listing's date-led line under masked lines opens its own item
    if under.text.startswith(block.text):
        return False  # a channel's name over its post headers ("<name>, [14.05.2026 09:12]")
    return under.full_date and (under.date_line or under.dateline is not None
                                or (under.date_lead and not under.after_noise))


def _without_page_head(blocks: list[_Block], noise_above: bool = False) -> list[_Block]:
    """The blocks without a scraped page's head: lines without prose or date (a site's
    name in capitals or in its own script, a menu the masking left, a language switch, a
    section label) above the first dated item's opening (a headline over its date or
    posting line, a listing's date line), when masked navigation lies above, among or
    under them (``noise_above``: the page's masked menu over its first line), or when each
    of them is written again further down (a site's name repeated in its footer). A
    headline over byline lines over its date line ("By Keith Dorval" / "The Canadian Press" /
    "Posted Feb 10, 2027") opens the item, not the byline's last line."""
    for index, block in enumerate(blocks[:PAGE_HEAD_MAX_BLOCKS + 1]):
        if _opens_dated_item(blocks, index):
            if index and block.date_line and blocks[index - 1].headline \
                    and not block.text.startswith(blocks[index - 1].text):
                index -= 1  # the headline over its date line, masked lines between them
            elif block.date_line:
                index = _headline_over_byline(blocks, index)
            elif index + 1 < len(blocks) and blocks[index + 1].date_line:
                index = min(index, _headline_over_byline(blocks, index + 1))
            while index and blocks[index - 1].headline and not blocks[index].after_noise \
                    and blocks[index - 1].words > blocks[index].words:
                index -= 1  # a longer headline right over a number or place line
            head = blocks[:index]
            if not head or not _is_furniture(head) or any(
                    b.date_line or b.date_lead or b.dateline is not None or b.lines > 1
                    for b in head):
                return blocks
            if noise_above or any(b.after_noise for b in blocks[:index + 1]) or {
                    b.text for b in head} <= {
                    line.strip() for b in blocks[index + 1:] for line in b.text.split("\n")}:
                return blocks[_first_teaser_pair(head, index):]
            return blocks
        if block.lines > 1 or (block.terminal and block.words >= MASTHEAD_PROSE_WORDS):
            return blocks  # prose, or a paragraph: no head line
    return blocks


BYLINE_MAX_BLOCKS = 3  # lines between a headline and its date line: author, agency


def _headline_over_byline(blocks: list[_Block], index: int) -> int:
    """Index of the headline heading the date line ``blocks[index]`` across the byline
    lines between them: header fields ("By MARIA TORRES", "Editor: Zhang Wei"), or short
    unpunctuated lines written in one paragraph with the date line ("Jacob Shteyman" /
    "(Australian Associated Press)" / "Updated 4 June 2026 3:55pm"); the headline reads as
    news (a figure or a lower-case word, no bare name). ``index`` when there is none."""
    top = index
    while top > 0 and index - top < BYLINE_MAX_BLOCKS:
        above, under = blocks[top - 1], blocks[top]
        if top < index and above.headline and above.words >= TEASER_MIN_WORDS \
                and _reads_as_news(above.text, above.stopwords):
            return top - 1
        if not (above.meta or (under.split_rest and _is_byline_line(above))):
            break
        top -= 1
    return index


def _is_byline_line(block: _Block) -> bool:
    """A short unpunctuated line of a byline: the author's name or the agency's
    ("Jacob Shteyman", "(Australian Associated Press)")."""
    return block.lines == 1 and not block.terminal and block.words <= SITE_LABEL_MAX_WORDS


def _first_teaser_pair(head: list[_Block], default: int) -> int:
    """Index of the first of two teasers written one under the other (no masked line
    between them, neither in capitals nor a bare name) among a page's head lines:
    "Featured" headlines over the first article are news items; a site's name over its
    section label is not."""
    for index, (first, second) in enumerate(pairwise(head)):
        if first.teaser and second.teaser and not second.after_noise and all(
                not b.all_caps and _reads_as_news(b.text, b.stopwords) for b in (first, second)):
            return index
    return default


def _reads_as_news(text: str, stopwords: frozenset[str]) -> bool:
    """Whether a headline-like line has a figure or a lower-case content word ("Coast Guard
    seizes 1,550 kilos ..."), unlike a name ("Australian Border Force and Victoria
    Police")."""
    return _HAS_DIGIT.search(text) is not None or any(
        word[:1].islower() and word not in stopwords for word in _WORD.findall(text))


def _without_section_labels(blocks: list[_Block]) -> list[_Block]:
    """The blocks without a listing's section labels: a line of fewer than
    ``TEASER_MIN_WORDS`` words without punctuation or date ("Archive 2021", "More news"),
    under masked page furniture after a closed item, right above a dated item's opening."""
    kept = blocks[:1]
    for index in range(1, len(blocks)):
        block = blocks[index]
        if (block.lines == 1 and block.words < TEASER_MIN_WORDS and block.after_noise
                and not (block.terminal or block.date_line or block.date_lead
                         or block.dateline is not None)
                and blocks[index - 1].terminal and index + 1 < len(blocks)
                and _opens_dated_item(blocks, index + 1)):
            continue
        kept.append(block)
    return kept


LETTERHEAD_MAX_BLOCKS = 6


def _is_furniture(blocks: list[_Block]) -> bool:
    """Lines without a sentence of prose among them (a letterhead, a signature block)."""
    return not any(len(line.split()) >= MASTHEAD_PROSE_WORDS and _ends_sentence(line)
                   for block in blocks for line in block.text.split("\n"))


def _opens_release(item: list[_Block]) -> bool:
    """Whether an item opens like a release (a headline of at least ``TEASER_MIN_WORDS``
    words, a date line or a dateline) and has prose under it: no "Notes to editors" or
    "About the agency" section under an end mark."""
    first = item[0]
    return (first.date_line or first.date_lead or first.dateline is not None
            or (first.headline and first.words >= TEASER_MIN_WORDS)) and not _is_furniture(item)


def _without_letterhead(blocks: list[_Block], rules: SegmentRules) -> list[_Block]:
    """The blocks without a letterhead on top: lines without prose or listing line above a
    masked release mark ("PRESS RELEASE") with the release's headline right under it (a
    date line among them, "Date: 12/03/2026" under "Ref: ...", dates the release: see
    :func:`segment`). A headline above the mark ("DEA announces ...\nFOR IMMEDIATE
    RELEASE\nMay 9, 2024") is the release's."""
    for index, block in enumerate(blocks[1:LETTERHEAD_MAX_BLOCKS + 1], start=1):
        if block.under_release_mark:
            opens = block.headline or _line_kind(block.text.split("\n", 1)[0], rules) == "head"
            head = blocks[:index]
            news = any(b.headline and not b.all_caps and _reads_as_news(b.text, b.stopwords)
                       for b in head)  # a headline and its date line over the mark
            if opens and _is_furniture(head) and not any(
                    b.date_lead or (b.date_line and news) for b in head):
                return blocks[index:]
            break
    return blocks


def _is_underlined_masthead(block: _Block, rules: SegmentRules) -> bool:
    """A first block of a few lines without prose whose last line is a drawn rule (a
    newsletter's name and issue underlined, a headline under it): the rule closes it like
    a separator line. (An underlined headline over prose is the prose's.)"""
    lines = block.text.split("\n")
    return 1 < len(lines) <= HEADER_BLOCKS and _is_furniture([block]) and (
        rules.any_separator.fullmatch(lines[-1].strip()) is not None)


def _is_masthead(item: list[_Block], rules: SegmentRules) -> bool:
    """Lines above a dump's first separator, boxed by a drawn rule line, with no sentence
    of prose among them (a newsletter's name and issue number): no news item."""
    lines = [line.strip() for block in item for line in block.text.split("\n")]
    boxed = any(rules.any_separator.fullmatch(line) for line in lines)
    return boxed and sum(1 for line in lines if line) >= 2 and not any(
        len(line.split()) >= MASTHEAD_PROSE_WORDS and _ends_sentence(line) for line in lines)


def _with_glued_noise(start: int, end: int, original: str,
                      masked: str) -> tuple[int, int]:
    """Widen an item over masked noise written without a space against its edge words."""
    while end < len(original) and masked[end] == " " and not original[end].isspace():
        end += 1
    while start > 0 and masked[start - 1] == " " and not original[start - 1].isspace():
        start -= 1
    return start, end


CLOSING_LINK_TAIL = 40  # the item's last characters, where an open ending is looked for


def _with_closing_link(end: int, original: str, masked: str, rules: SegmentRules) -> int:
    """Widen an item over masked noise that ends the sentence of its last line ("... please
    visit the OAS website at www.oas.org"): the line's words end open (a function word or
    a colon) right before it."""
    line_end = original.find("\n", end)
    line_end = len(original) if line_end < 0 else line_end
    rest = original[end:line_end].rstrip()
    if not rest or masked[end:line_end].strip() or not _is_open_end(
            masked[max(0, end - CLOSING_LINK_TAIL):end], rules):
        return end
    return end + len(rest)


TRAILING_LABEL_MAX_WORDS = 6
SITE_FOOTER_MAX_WORDS = 16
SITE_NAME_MIN_CHARS = 4
_PAGE_NUMBER = re.compile(r"(?:[-–—] ?)?\d{1,4}(?: ?[-–—])?")  # a page's number on its own line
_NAME_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")


def _names_site(line: str, page_head: frozenset[str]) -> bool:
    """Whether ``line`` opens with a name the page's head gave (the site's name, in any of
    the head's languages): a footer's address or slogan line ("SELEC Headquarters, 1-5
    Calea 13 Septembrie, Bucharest" under a page headed "SELEC – Southeast European Law
    Enforcement Center"), or naming it after a separator ("Dirección General de
    Comunicación Social – Ministerio de Gobierno" under "MINISTERIO DE GOBIERNO")."""
    parts = [part.strip().casefold() for part in _NAME_SEPARATOR.split(line)]
    for head in page_head:
        for name in _NAME_SEPARATOR.split(head):
            name = name.strip().casefold()
            if len(name) >= SITE_NAME_MIN_CHARS and any(
                    part.startswith(name) and not part[len(name):len(name) + 1].isalnum()
                    for part in parts):
                return True
    return False


def _without_trailing_furniture(item: list[_Block], rules: SegmentRules,
                                page_head: frozenset[str] = frozenset()) -> list[_Block]:
    """The document's last item without what closes the page under its prose: the
    publisher's description of itself ("The Agency is the lead federal agency charged
    with ..."), short unpunctuated link lines under masked furniture ("All news of the
    Secretariat" under "Share: VK Telegram"), lines of the page's head repeated in its
    footer (the site's name), footer lines opening with that name (its address or
    slogan) and a converted PDF's last page number set apart under the text ("16")."""
    while len(item) > 1:
        last = item[-1]
        if last.lines == 1 and last.gap >= 1 and _PAGE_NUMBER.fullmatch(last.text):
            item = item[:-1]  # a converted PDF's last page number ("16", "- 16 -")
            continue
        if page_head and not last.terminal and all(
                line.strip() in page_head for line in last.text.split("\n")):
            item = item[:-1]
            continue
        line = (last.after_noise and last.lines == 1
                and not (last.terminal or last.date_line or last.date_lead or last.signature))
        label = line and (last.words <= TRAILING_LABEL_MAX_WORDS
                          or (last.words <= SITE_FOOTER_MAX_WORDS
                              and _names_site(last.text, page_head)))
        if not (label or _describes_publisher(last, rules)):
            break
        item = item[:-1]
    return item


def _describes_publisher(block: _Block, rules: SegmentRules) -> bool:
    """A paragraph of the publisher's description of itself ("The Agency is the lead
    federal agency charged with ...", "AMERIPOL is a mechanism of police cooperation
    created in 2007 ...")."""
    return (block.words > TRAILING_LABEL_MAX_WORDS and " is " in block.text[:240]
            and any(p.match(block.text) for p in rules.boilerplate))


def _attach_orphan_headlines(items: list[list[_Block]]) -> list[list[_Block]]:
    """A trailing item made only of headline-like lines (a signature such as the agency's
    name and city) joins the item before it: it has no body of its own. Far below it (more
    than ``SIGNATURE_MAX_GAP`` blank or masked lines: the page footer), it is no item. A
    full date line with a teaser under it, after an item opening with one, is a listing's
    entry, an item of its own. Lines that repeat lines of the item above (a page footer's
    "Published 4 March 2026") are no item's."""
    result: list[list[_Block]] = []
    for item in items:
        listed = item[0].teaser or (item[0].full_date and len(item) > 1 and bool(result)
                                    and result[-1][0].full_date)  # a listing's last teaser
        if result and item is items[-1] and not listed and all(
                b.headline or b.date_line or (b.words <= SIGNATURE_MAX_WORDS and not b.terminal)
                for b in item):
            repeated = {b.text for b in item} <= {b.text for b in result[-1]}
            if item[0].gap <= SIGNATURE_MAX_GAP and not repeated:  # (a page's footer
                result[-1].extend(item)  # repeats the posting line: "Published 4 March 2026")
        else:
            result.append(item)
    return result

"""Splitting a dump of news items into items, with titles and datelines.

A dump is read as paragraphs (blocks separated by blank lines). Each boundary between two
paragraphs is scored from cues: wider blank gaps than the document's usual paragraph gap,
datelines ("MOSCOW, July 2. /TASS/."), date-only lines, headlines (short lines without a
final period, ALL-CAPS lines), shifts of year or of quoted names, and against a split:
openings that refer back ("During the operation", "It", list items), unfinished paragraphs,
shared quoted names. A boundary whose score reaches ``BREAK_THRESHOLD`` starts a new item.
A headline, or a short lead re-stated by the article under it, becomes the item's title.
Offsets are always offsets into the original text; cue patterns live in
``pressparse_preprocess/segment_cues.jsonl`` and ``months.jsonl``. The cues, the blocks and
the single-line tests are in :mod:`.segment_rules`; an item's edges (page furniture above,
between and under the news, a release's closing material) in :mod:`.furniture`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from itertools import groupby, pairwise, takewhile

from .date_lines import (
    WIDE_GAP,
    date_line_month_day,
    ends_with_date,
    is_dated_entry,
    is_posting_stamp,
    opens_with_numeric_date,
)
from .delimited import row_shape
from .edits import line_span
from .furniture import (
    attach_orphan_headlines,
    closing_date,
    closing_stamp,
    describes_publisher,
    headline_over_byline,
    is_byline_line,
    is_masthead,
    is_page_number,
    is_underlined_masthead,
    mark_closing_headings,
    masked_date_line,
    post_stamp_date,
    with_closing_lines,
    with_closing_link,
    with_contact_lines,
    with_glued_noise,
    with_masked_title,
    without_about_line,
    without_closing_sections,
    without_footer_slogan,
    without_letterhead,
    without_media_label,
    without_office_signoff,
    without_page_footer,
    without_page_head,
    without_related_label,
    without_repeated_head,
    without_report_head,
    without_section_labels,
    without_site_label,
    without_trailing_furniture,
    without_wire_trailer,
)
from .layout import CLOCK_LEAD, MIN_REPEATS, Layout, clock_entries, induce_layout, marker_key
from .mask import load_rules, mask_noise, running_page_lines
from .segment_rules import (
    BYLINE_MAX_BLOCKS,
    DATE_LINE_MAX_CHARS,
    HEADER_BLOCKS,
    HEADLINE_MAX_WORDS,
    SECTION_PATH,
    SITE_LABEL_MAX_WORDS,
    TEASER_MIN_WORDS,
    Block,
    SegmentRules,
    ends_sentence,
    ends_teaser,
    in_capitals,
    is_date_line,
    is_field_line,
    is_headline_text,
    is_open_end,
    line_kind,
    load_segment_rules,
    opens_with_dateline,
    parse_date_line,
)

BREAK_THRESHOLD = 1.5
SHORT_ITEM_BLOCKS = 2
LEAD_MAX_WORDS = 45
LEAD_MAX_SENTENCES = 2
STANDFIRST_MAX_WORDS = 40
META_MAX_WORDS = 16  # "From: Border Force and Home Office", "By Maria Lopez"
STANDFIRST_OVERLAP = 0.5  # a headline line this much made of the story's words restates it
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
# "2/4 The narcotic ...", "(2/2) We know ...": a thread's post, its counter first; or
# "... at the port. (1/2)": its counter last
_THREAD_PART = re.compile(r"\(?(\d{1,2})/(\d{1,2})\)? (?=\S)")
_THREAD_PART_END = re.compile(r"[ \t]\(?(\d{1,2})/(\d{1,2})\)?[ \t\r]*$")
THREAD_PART_END_CHARS = 12
TEASER_RUN_MIN = 3  # this many headline lines in a row: all but the last are teasers
LIST_INTRO_MIN_WORDS = 12  # a paragraph announcing numbered paragraphs, no label line
LIST_INTRO_TAIL = 60
RELEASE_INTRO_MIN_WORDS = 20  # a paragraph of prose this long opens a release's own body
_TABLE_ROW = re.compile(r"\||\S {2,}\S|\S\t+\S")  # pipes, column-aligned spaces or tabs
# a paragraph: lines holding a non-space character, one under the other (no blank line)
_PARAGRAPH = re.compile(r"^[^\S\n]*\S[^\n]*(?:\n[^\S\n]*\S[^\n]*)*", re.MULTILINE)
# a year 1950-2099; written to open with the digits 1 or 2 (a fast first-character scan)
_YEAR = re.compile(r"(?:1(?<!\d1)9[5-9]|2(?<!\d2)0\d)\d(?!\d)")
_QUOTED = re.compile(r"[\"“«„]([^\"“”«»„\n]{2,80})[\"”»“]")
# a dateline has one of these marks in its first 90 characters ("MOSCOW, July 2. /TASS/.")
_DATELINE_MARKS = (",", "(", "/", " -", "–", "—")
_NUMBERED = re.compile(r"\(?(\d{1,2})[.)] +")  # a numbered line or paragraph; group 1: the number
# a numbered heading: "1- DESTRUCTION OF PLANTATIONS", "2. Overall results", "(3) Arrests"
_NUMBERED_HEADING = re.compile(r"\(?(\d{1,2}) ?[.)\-–—] +(?=\S)")
DIGEST_CASE_MIN_WORDS = 8  # a numbered paragraph this long can be a digest's case
DIGEST_LINE_MIN = 80  # numbered lines at least this long are entries of a digest
# an editorial note in square brackets filling a line, without a digit ("[Transcript –
# prepared by the Press Office]", "[Translated from French]"): at an item's edge, no part of it
# (a dated one, "[05 Oct, 09:30]", is a post's stamp)
_EDITORIAL_NOTE = re.compile(r"\[[^\[\]\d\n]{3,120}\]")
# a post's stamp in brackets, a date and a time ("[12.04.2027 16:40]", "[05 Oct, 09:30]"):
# under a channel's name line it opens the post (the name goes above it)
_BRACKETED_STAMP = re.compile(r"\[[^\[\]\n]{3,40}\d{1,2}:\d{2}(?::\d{2})?\]")
# a list entry's bullet ("- ", "• ", "* "), read past when the entry's own date is looked for
_LIST_BULLET = re.compile(r"[-–•*·▪►›][ \t]+")
DATED_LINK_MAX_CHARS = 200  # a related list's entry: a headline link and its date
# a numbered list's entry: "1. ", "[2] ", "(3) "; group 1: the number
_ENTRY_NUMBER = re.compile(r"[\[(]?(\d{1,2})[\].)] +")
BANNER_MAX_LINES = 2  # lines framed by two rules as a banner ("=====" / "NEWSLETTER" / "=====")


def _unbulleted(line: str) -> str:
    """``line`` (stripped) without a list entry's bullet."""
    line = line.strip()
    bullet = _LIST_BULLET.match(line)
    return line[bullet.end():] if bullet else line


def _is_dated_link(line: str) -> bool:
    """Whether ``line`` is a list's entry carrying its own date and no sentence: a related
    list's headline link ("- Sainshand: 42 cannabis plants destroyed — 21.10.2026")."""
    entry = _unbulleted(line)
    return len(entry) <= DATED_LINK_MAX_CHARS and not ends_sentence(entry) \
        and is_dated_entry(entry)


def _is_dated_entry_block(block: Block) -> bool:
    """Whether ``block`` is one line of a list carrying its own date: a headline link, or
    an entry opening with its date and running on to its lead ("- 11 November 2026 — Navy
    and police patrol the bay: Vessels of ...")."""
    if block.lines != 1:
        return False
    return _is_dated_link(block.text) or (
        not block.text.strip()[:1].isalnum() and is_dated_entry(_unbulleted(block.text)))


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


def _raw_blocks(masked: str) -> list[Block]:
    """Paragraphs: runs of non-blank lines, with the count of blank lines before each (-1
    for the first), found by one regex over the text."""
    blocks: list[Block] = []
    previous_end = -1
    for match in _PARAGRAPH.finditer(masked):
        paragraph = match.group()
        start = match.start() + len(paragraph) - len(paragraph.lstrip())
        end = match.start() + len(paragraph.rstrip())
        gap = -1 if previous_end < 0 else masked.count("\n", previous_end, match.start()) - 1
        blocks.append(Block(start, end, masked[start:end], gap, paragraph.count("\n") + 1))
        previous_end = match.end()
    return blocks


def _normalize_name(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


def _annotate(block: Block, rules: SegmentRules) -> None:
    text = block.text
    block.words = len(text.split())
    block.terminal = ends_sentence(text)
    open_end = is_open_end(text, rules)
    block.open_end = open_end or not block.terminal
    block.all_caps = block.words >= 2 and in_capitals(text)
    block.years = frozenset(_YEAR.findall(text))
    block.separator = rules.any_separator.fullmatch(text) is not None
    one_line = "\n" not in text
    block.quote_header = one_line and rules.any_quote_header.fullmatch(text) is not None
    if block.quote_header:
        block.closing = True  # the reply above is over; its quoted message is no item
    short_line = one_line and len(text) <= DATE_LINE_MAX_CHARS
    block.stamp = short_line and rules.any_stamp.fullmatch(text) is not None
    block.date_line = short_line and is_date_line(text, rules)
    block.date_lead = one_line and rules.any_date_lead.match(text) is not None
    signature = block.signature = one_line and rules.any_signature.match(text) is not None
    if signature:  # "Issued by: ..." ends the release above it: no headline, a closed line
        block.terminal, block.open_end = True, False
    block.meta = (block.words <= META_MAX_WORDS and not (block.date_line or signature)
                  and one_line and rules.any_meta_line.fullmatch(text) is not None)
    block.caption = one_line and not block.date_line and any(
        p.fullmatch(text) for p in rules.captions)
    block.headline = not (block.date_line or block.date_lead or signature or block.meta
                          or block.caption) and is_headline_text(text, block.words, rules, open_end)
    head = text[:90]
    # one test of all dateline cues before each cue is tried for its groups
    if any(mark in head for mark in _DATELINE_MARKS) and opens_with_dateline(text, rules):
        for pattern in rules.datelines:
            match = pattern.match(text)
            if match and not _is_caps_headline_dash(match, text):
                block.dateline = match
                break
    block.full_date = ((block.date_line or block.date_lead) and bool(block.years)) or (
        block.dateline is not None and bool(block.dateline.groupdict().get("year")))
    block.date_initial = rules.any_date_initial.match(text) is not None
    numbered = _NUMBERED.match(text)
    if numbered and block.words >= DIGEST_CASE_MIN_WORDS:
        block.digest_entry = rules.any_date_initial.match(text, numbered.end()) is not None
    block.speaker_turn = rules.any_speaker_turn.match(text) is not None
    thread = _THREAD_PART.match(text) or (
        _THREAD_PART_END.search(text, max(0, len(text) - THREAD_PART_END_CHARS))
        if "/" in text[-THREAD_PART_END_CHARS:] else None)
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
    return in_capitals(rest)


FIGURE_LIST_MIN = 3  # this many "Label: figure" lines in a row are a list, no headlines
# "Cocaine: 1,240 kg"; a label ends in no digit ("10:45 Border guards ..." is a time); or
# a flattened table's row, its columns set apart by dashes ("Cambodia – 296 – 410 kg"):
# a figure between two dashes
_FIGURE_LINE = re.compile(r"[^:\n]{1,59}[^\d:\n]: ?[^\d\n]{0,15}\d"
                          r"|[^\n]{1,59}?[^\d\s] [–—-] \d[\d ,.]*[ \t][–—-] \S")


def _figures_as_text(kinds: list[str], lines: list[str]) -> list[str]:
    """The line kinds with runs of at least ``FIGURE_LIST_MIN`` headline-like "Label:
    figure" lines ("Cannabis (herbal): 2,870 kg") or table rows ("Cambodia – 296 – 410 kg
    crystal methamphetamine") made text: a list of results (its bullets masked), which
    stays one paragraph, no run of teaser headlines."""
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


def _split_headlines(blocks: list[Block], masked: str, rules: SegmentRules) -> list[Block]:
    """Split date lines, listing lines and headlines written directly above a paragraph."""
    result: list[Block] = []
    for index, block in enumerate(blocks):
        if block.lines == 1 or (_is_table(block) and not any(
                line_kind(line, rules) == "date" for line in block.text.split("\n"))
                and not _is_dated_listing(block, rules)):
            result.append(block)  # a table's rows stay one block; a headline over its
            continue  # source and posting lines ("Last Updated : Mar 12 2026 | 4:21 PM") is none
        lines: list[tuple[int, str]] = []
        offset = block.start
        for line in block.text.split("\n"):
            if line.strip():
                lines.append((offset + len(line) - len(line.lstrip()), line.strip()))
            offset += len(line) + 1
        texts = [line for _, line in lines]
        kinds = _figures_as_text([line_kind(line, rules) for line in texts], texts)
        in_fact_box = _fact_box_lines(texts)
        quote_header = [rules.any_quote_header.fullmatch(line) is not None for line in texts]
        markers = _repeated_markers(texts, rules)
        closed: set[int] = set()  # lines opening an entry under the marker closing the last
        row_shapes = [row_shape(line) for line in texts]  # (each line's once, not twice)
        # a rule opening a paragraph ("──────────" over a post, its counters above masked):
        # the separator it is, a block of its own; a rule under a line underlines it and a
        # banner framed by two rules ("=====" / "NEWSLETTER" / "=====") stays one block
        cuts = [0]
        if (rules.any_separator.fullmatch(lines[0][1]) is not None
                and not _framed_banner(texts, rules)) or (
                _EDITORIAL_NOTE.fullmatch(lines[0][1]) is not None):
            cuts.append(1)  # (an editorial note over the title: "[Transcript – prepared by
            # the Public Relations Office]", a block of its own, outside the item)
        for i in range(len(cuts), len(lines)):
            prev_kind, kind = kinds[i - 1], kinds[i]
            if (ends_sentence(lines[i - 1][1]) or _LIST_BULLET.match(lines[i - 1][1])
                    or (i >= RULE_UNDER_LINES_MIN and i == len(lines) - 1
                        and index == len(blocks) - 1)) \
                    and rules.any_separator.fullmatch(lines[i][1]) is not None:
                # a rule under a sentence ("... said.\n═════\n") or a list's entry, over more
                # lines or closing the paragraph: it underlines nothing, it separates (a block of
                # its own), so the last item ends above it and not in the footer under it; so
                # does one closing the text's last paragraph of lines (a signature: "(Signed)"
                # / "Officer" / "for: Commissioner" / "=====" over masked lines alone)
                cuts += [i, i + 1] if i + 1 < len(lines) else [i]
                continue
            if cuts[-1] == i:  # (the line under a rule, cut already)
                continue
            prev_len, cur_len = len(lines[i - 1][1]), len(lines[i][1])
            prev_line, line = lines[i - 1][1], lines[i][1]
            digest = len(prev_line) >= DIGEST_LINE_MIN and bool(
                _NUMBERED.match(prev_line)
                or (_NUMBERED.match(line) and len(line) >= DIGEST_LINE_MIN))
            titled_dateline = (kind == "head" and prev_kind == "text"
                               and (ends_sentence(prev_line) or ends_teaser(prev_line, rules))
                               and _dated_under(lines, kinds, i, blocks, index, rules))
            stamp_under_name = prev_kind == "head" and line[:1] == "[" \
                and _BRACKETED_STAMP.fullmatch(line) is not None
            # a section's or service's path over the headline ("dpa-AFX / dpa English
            # service" / "Two more lignite units go offline"): a label of its own
            path_over_head = i == 1 and kind == "head" and prev_kind == "text" \
                and SECTION_PATH.fullmatch(prev_line) is not None
            # a headline in capitals right under a sentence, over prose in its paragraph or
            # the next one (items written with no blank line between them: "... the police
            # said." / "THREE HELD IN DRUG RAID" / "Three men were ..."; a section's heading,
            # "CENTRE REGION", the scoring weighs): it opens a block
            # (the look at the next paragraph last: it reads its first line's kind)
            caps_after_sentence = kind == "head" and prev_kind == "text" \
                and ends_sentence(prev_line) and in_capitals(line) \
                and (_prose_or_titled_prose(kinds, i + 1) if i + 1 < len(lines)
                     else _paragraph_opens_with_prose(blocks, index + 1, rules))
            if markers[i] == _MARKER_OPENS:
                cuts.append(i)  # a dump's own marker line, written over each of its entries
                continue
            if markers[i] == _MARKER_CLOSED:
                cuts.append(i)  # the next entry, under the marker line closing the one above
                closed.add(i)
                continue
            if markers[i] == _MARKER_UNDER:
                continue  # the entry's second marker line, under its first: one head
            if CLOCK_LEAD.match(line) and CLOCK_LEAD.match(prev_line):
                cuts.append(i)  # a feed's entries, each a line opening with its clock time
                continue
            if rules.any_desk_initials.fullmatch(line) is not None:
                continue  # a wire's sign-off ("UKF/UKRINFORM VK", "ju/mlm") closes the story
            if quote_header[i] or quote_header[i - 1]:
                cuts.append(i)  # "On ... wrote:", a line of its own over the quoted message
                continue
            if row_shapes[i] is not None and row_shapes[i] == row_shapes[i - 1]:
                continue  # two rows of one delimited sheet, however each opens (a date)
            if in_fact_box[i] and in_fact_box[i - 1]:
                continue  # two fields of one fact box ("Irrigation fee: waived for July"
                # / "Applications: 16 August to 15 September"), whatever their values
            if digest or titled_dateline or stamp_under_name or path_over_head \
                    or caps_after_sentence or kind == "date" \
                    or prev_kind == "date" or (
                prev_kind == "head" and (kind != "text" or prev_len < 0.75 * cur_len
                                         or _unwrapped(prev_line, line) or cur_len > 120
                                         or _ends_with_date(prev_line, rules)
                                         or rules.any_dateline.match(line) is not None)
            ):  # a headline over its dateline's paragraph, however short
                cuts.append(i)
        cuts.append(len(lines))
        for number, (a, b) in enumerate(pairwise(cuts)):
            start = lines[a][0]
            end = lines[b - 1][0] + len(lines[b - 1][1])
            part = Block(start, end, masked[start:end], block.gap if number == 0 else 0, b - a)
            part.split_rest = number > 0
            part.under_closing_marker = a in closed
            result.append(part)
    return result


def _prose_or_titled_prose(kinds: list[str], i: int) -> bool:
    """Whether line ``i`` is prose, or a headline right over prose (a digest's section
    heading in capitals over its entry's title: "MONDAY, 2 MARCH" / "Four detained ..." /
    "The police ...")."""
    return kinds[i] == "text" or (kinds[i] == "head" and i + 1 < len(kinds)
                                  and kinds[i + 1] == "text")


RULE_UNDER_LINES_MIN = 2  # lines over a rule closing their paragraph: no heading it underlines
_MARKER_OPENS = "opens"  # a marker line opening its entry
_MARKER_UNDER = "under"  # a marker line right under the one opening its entry
_MARKER_CLOSED = "closed"  # the line under a marker line closing its entry: the next entry


def _repeated_markers(lines: list[str], rules: SegmentRules) -> list[str | None]:
    """For each of a paragraph's lines, whether it is a marker line (see
    :func:`layout.marker_key`) whose key ``MIN_REPEATS`` lines of the paragraph share: a
    push log's or a clipping digest's line over each of its entries, written with no blank
    line between them ("29.04.2027 07:05 · ANA-MPA · Transport" / text / "29.04.2027 09:40 ·
    ANA-MPA · Transport" / ...): ``_MARKER_OPENS``, or ``_MARKER_UNDER`` for one right under
    another, both the entry's head (a case's number over its hearing line: "Case No.
    1/4417-26" / "Hearing: 23.11.2026 11:00 | Hall 12"). When a sentence stands above the
    first of them, they close their entries ("... was arrested." / "Received: 11/20/2026
    10:14"): ``_MARKER_CLOSED`` for the line under each, which opens the next entry, when
    every one stands under a sentence and the last closes the paragraph; else they are
    sections of the story above, None."""
    keys = [marker_key(line, rules.months) if len(line) <= DATE_LINE_MAX_CHARS else None
            for line in lines]
    counts = Counter(key for key in keys if key is not None)
    repeated = [key is not None and counts[key] >= MIN_REPEATS for key in keys]
    first = repeated.index(True) if any(repeated) else 0
    if any(ends_sentence(line) for line in lines[:first]):
        if repeated[-1] and all(ends_sentence(lines[i - 1])
                                for i, flag in enumerate(repeated) if flag):
            # each closes its entry, under the entry's last sentence, the last closing the
            # paragraph: the next entry opens under it ("... was arrested." / "Received:
            # 11/20/2026 10:14" / "AK26082655")
            return [_MARKER_CLOSED if i and repeated[i - 1] else None
                    for i in range(len(lines))]
        return [None] * len(lines)
    return [(_MARKER_UNDER if i and repeated[i - 1] else _MARKER_OPENS) if flag else None
            for i, flag in enumerate(repeated)]


def _framed_banner(lines: list[str], rules: SegmentRules) -> bool:
    """Whether the rule opening ``lines`` frames a banner with the next rule: at most
    ``BANNER_MAX_LINES`` lines between them, none ending a sentence ("=====" / "NEWSLETTER"
    / "====="); a rule over an entry's heading and text ("-----" / "1. Dog handlers
    graduate" / "From 9 to 20 November ... ." / "-----") frames none."""
    for number, line in enumerate(lines[1:BANNER_MAX_LINES + 2], start=1):
        if rules.any_separator.fullmatch(line) is not None:
            return number > 1
        if ends_sentence(line):
            return False
    return False


FACT_BOX_MIN_FIELDS = 3  # "label: value" lines in a row that make a fact box


def _fact_box_lines(lines: list[str]) -> list[bool]:
    """For each line, whether it is a field of a fact box: one of ``FACT_BOX_MIN_FIELDS``
    "label: value" lines in a row or more (a single "Place: headline" line is none)."""
    boxed: list[bool] = []
    for field, run in groupby(is_field_line(line) for line in lines):
        count = len(list(run))
        boxed += [field and count >= FACT_BOX_MIN_FIELDS] * count
    return boxed


def _paragraph_opens_with_prose(blocks: list[Block], index: int, rules: SegmentRules) -> bool:
    """Whether the raw paragraph ``blocks[index]`` (if any) opens with a line of prose: a
    capital line closing the paragraph above is then the headline over it ("... WORTH
    J$5.4 MILLION." / "ST. ELIZABETH - 640 POUNDS OF GANJA SEIZED" / blank / "LAWMEN
    ATTACHED TO ...")."""
    if index >= len(blocks):
        return False
    first = blocks[index].text.split("\n", 1)[0].strip()
    return line_kind(first, rules) == "text"


def _dated_under(lines: list[tuple[int, str]], kinds: list[str], i: int,
                 blocks: list[Block], index: int, rules: SegmentRules) -> bool:
    """Whether a date line or a dateline stands under line ``i`` of the raw paragraph
    ``blocks[index]`` (split into ``lines`` of ``kinds``), or opens the next paragraph when
    the line closes its own."""
    if i + 1 < len(lines):
        return _date_or_dateline(lines[i + 1][1], kinds[i + 1], rules)
    return _paragraph_opens_with_date(blocks, index + 1, rules)


def _date_or_dateline(line: str, kind: str, rules: SegmentRules) -> bool:
    """Whether ``line`` (of :func:`line_kind` ``kind``) is a date line or opens with a news
    dateline."""
    return kind == "date" or rules.any_dateline.match(line) is not None


def _paragraph_opens_with_date(blocks: list[Block], index: int, rules: SegmentRules) -> bool:
    """Whether the raw paragraph ``blocks[index]`` (if any) opens with a date line or a
    news dateline one blank line under the paragraph above (no masked line between): a
    headline closing the paragraph above under its last sentence is then the next story's
    ("... on Monday." / "PRESS RELEASE No. 23 — Cocaine seized in ..." / blank / "Bissau,
    17 November 2026"); a post's caption over its masked media and counters is not."""
    if index >= len(blocks) or blocks[index].gap > 1:
        return False
    first = blocks[index].text.split("\n", 1)[0].strip()
    return _date_or_dateline(first, line_kind(first, rules), rules)


def _is_dated_listing(block: Block, rules: SegmentRules) -> bool:
    """Whether every line of ``block`` is a headline closing with its own date after a
    wide gap ("Customs meet border guards  13/09/2027"): a listing's entries set in two
    columns, no table."""
    return all(_ends_with_date(line, rules) for line in block.text.split("\n"))


def _unwrapped(line: str, under: str) -> bool:
    """Whether ``line`` ends where no wrap ended it: the first word of the line ``under``
    it would have fitted on it within ``under``'s own width (a headline over a one-line
    lead, "Heroin seized at the checkpoint — 12.03.2027" / "Border guards found 1.4 kg of
    heroin in a truck."; a paragraph wrapped at a width fills its lines up to it)."""
    word = under.split(maxsplit=1)[0]
    return len(line) + 1 + len(word) <= len(under)


DATE_TAIL_MAX_CHARS = 40  # " — 12.03.2027", " | 3 March 2027" closing a listing's headline
_DATE_TAIL_MARKS = (" — ", " – ", " | ", " - ")
_WIDE_GAP = re.compile(WIDE_GAP)  # columns set apart ("Customs meet ...  13/09/2027")


def _ends_with_date(line: str, rules: SegmentRules) -> bool:
    """Whether ``line`` closes with its date after a dash, a bar or a wide gap ("Heroin
    seized at the checkpoint — 12.03.2027", "Customs meet border guards  13/09/2027"): a
    listing's headline, whatever the length of its lead."""
    tail = len(line) - DATE_TAIL_MAX_CHARS
    cut = max(line.rfind(mark, tail) for mark in _DATE_TAIL_MARKS)
    if cut > 0 and is_date_line(line[cut + 3:].strip(), rules):
        return True
    parts = _WIDE_GAP.split(line.strip())
    return len(parts) > 1 and is_date_line(parts[-1], rules)


SUBHEADING_MAX_WORDS = 4
STORY_END_MIN_WORDS = 8  # a story's last paragraph over a list: this long, no label or link
CREDIT_LINE_MAX_WORDS = 4  # a wire's credit line under a story's last paragraph
_BRACKETED_LINE = re.compile(r"\([^()\n]{1,80}\)")  # a credit in brackets: "(By A and B)"


class _ItemFacts:
    """What :func:`_score_break` asks of the item being built (any turn of a transcript, a
    date line, a digest entry; its years, quoted names, thread posts, short subheadings and
    content words), folded in block by block as the item grows: reading the whole item per
    block made a long single report quadratic. :meth:`of` starts over when it is handed
    another item or one that lost blocks (a title popped to the next item)."""

    __slots__ = ("bulletin", "content", "content_seen", "dated", "digest", "item", "last",
                 "quoted", "seen", "speaker_turn", "subheads", "threads", "unheaded", "years")

    def __init__(self) -> None:
        self.item: list[Block] | None = None
        self._reset()

    def _reset(self) -> None:
        self.seen = 0
        self.last: Block | None = None
        self.speaker_turn = self.dated = self.digest = self.bulletin = False
        self.years: set[str] = set()
        self.quoted: set[str] = set()
        self.threads: set[tuple[int, int]] = set()
        self.unheaded = 0  # blocks neither headline, headline tail, date line nor date lead
        self.subheads: set[tuple[bool, int, str]] = set()  # (all caps, 0/-1, first/last word)
        self.content: set[str] = set()
        self.content_seen = 0

    def of(self, item: list[Block]) -> _ItemFacts:
        """The facts of ``item``, with the blocks added since the last call folded in."""
        if item is not self.item or len(item) < self.seen \
                or (self.seen and item[self.seen - 1] is not self.last):
            self.item = item
            self._reset()
        for index in range(self.seen, len(item)):
            b = item[index]
            self.speaker_turn = self.speaker_turn or b.speaker_turn
            self.dated = self.dated or b.date_line or b.date_lead
            self.digest = self.digest or b.digest_entry
            self.bulletin = self.bulletin or b.bulletin_case
            self.years.update(b.years)
            self.quoted.update(b.quoted)
            if b.thread_part:
                self.threads.add(b.thread_part)
            if not (b.headline or b.headline_tail or b.date_line or b.date_lead):
                self.unheaded += 1
            if index and b.headline and b.words <= SUBHEADING_MAX_WORDS:
                words = b.text.casefold().split()
                self.subheads.update(((b.all_caps, 0, words[0]), (b.all_caps, -1, words[-1])))
        self.seen = len(item)
        self.last = item[-1] if item else None
        return self

    def item_content(self) -> set[str]:
        """The content words of the item's blocks (computed when first compared)."""
        assert self.item is not None
        for b in self.item[self.content_seen:self.seen]:
            self.content.update(b.content)
        self.content_seen = self.seen
        return self.content

    def repeats_subheading(self, block: Block) -> bool:
        """A short headline shaped like a subheading already inside the item (not its
        title): as short, cased alike, sharing its first or last word ("ERONGO REGION"
        after "KHOMAS REGION", "Case 2" after "Case 1"): the next section of one report."""
        if block.words > SUBHEADING_MAX_WORDS:
            return False
        words = block.text.casefold().split()
        return ((block.all_caps, 0, words[0]) in self.subheads
                or (block.all_caps, -1, words[-1]) in self.subheads)


def _score_break(prev: Block, block: Block, item: list[Block], min_gap: int,
                 has_wide_gaps: bool, following: Block | None,
                 rules: SegmentRules, report: bool, facts: _ItemFacts) -> float:
    """Evidence that ``block`` starts a new item after ``prev`` (the last block of ``item``);
    ``following`` is the block after ``block``, if any. In a ``report`` (a converted PDF
    with running page headers) headlines are its sections' headings: no new item.
    ``facts`` carries what is known of ``item`` from one call to the next (the caller's
    loop over one dump's blocks)."""
    known = facts.of(item)
    if block.closing:
        return 4.0  # "Notes to editors", "About <publisher>": the release above is closed
    if block.under_closing_marker:
        return 4.0  # "... arrested." / "Received: 11/20/2026 10:14" / the next entry
    if block.dateline is not None and len(item) == 1 and prev.lines == 1 \
            and not (prev.terminal or prev.date_line or prev.date_lead or prev.separator):
        return -10.0  # an item's one title line over its dateline ("[TAP 2/4] Phosphate
        # output up 14%" / "GAFSA, Nov. 9 (TAP) - ..."), however it is written
    if block.caption and len(item) == 1 and prev.headline and prev.lines == 1:
        return -10.0  # the photo's caption under the article's headline ("... Photo: AZERTAC")
    if prev.caption and item[0].headline and len(item) <= HEADER_BLOCKS and all(
            b.date_line or b.date_lead or b.headline_tail or b.meta for b in item[1:-1]) \
            and not (block.headline or block.teaser or block.stamp):
        return -10.0  # the article under its headline (its date or byline lines) and photo
        # caption, its dateline first
    if prev.quote_header:
        return 4.0  # the quoted message under "On ... wrote:": an item of its own or none
    if block.stamp:
        return -10.0  # a time stamp closes the teaser above it
    if block.post_title:
        return 4.0  # a social post's title line over the post's (masked) header
    if block.speaker_turn and known.speaker_turn:
        return -10.0  # the next turn of a transcript
    if block.speaker_turn and item[0].headline and len(item) <= HEADER_BLOCKS \
            and all(b.lines == 1 and b.words <= META_MAX_WORDS for b in item):
        return -10.0  # its first turn under its head (title, place and time, participants)
    if block.under_insert and prev.terminal and not (
            block.headline or block.date_line or block.date_lead or block.dateline is not None
            or block.teaser or block.related_entry or block.stamp):
        return -10.0  # the article's prose going on under an ad slot or a "Read also: ..."
        # link set into it ("ADVERTISEMENT" / "Cashback up to 20% ..." / "The largest ...")
    if block.over_masked_lines and prev.open_end and not (
            prev.headline or prev.terminal or prev.date_lead
            or block.headline or block.date_line or block.date_lead):
        return -10.0  # a sentence running on over a masked page header or footer
    if block.thread_part and (block.thread_part[0] - 1, block.thread_part[1]) in known.threads \
            and (1, block.thread_part[1]) in known.threads:
        return -10.0  # "2/4 ..." after "1/4 ...": the next post of one thread
    if prev.stamp and not block.under_post_header and _under_stamped_headline(item, block):
        return -10.0  # "Headline / 2 hours ago / article": the stamp dates the headline
    if block.under_post_header and prev.post_title and len(item) == 1:
        return -10.0  # the post under its title line
    if prev.stamp and len(item) == 1 and not block.under_post_header:
        return -10.0  # a stamp opening its item ("14 October 10:32" over a terminal's
        # wire, the dump's marker line) heads the text under it: it closes nothing above
    if prev.stamp or block.under_post_header:
        return 4.0  # a time stamp closes the teaser above it; a post header opens a post
    if prev.meta and len(item) <= HEADER_BLOCKS and item[0].headline:
        return -10.0  # "From: Border Force" in a release's header: its body follows
    dated = known.dated
    if block.date_line and not dated and 1 < len(item) <= BYLINE_MAX_BLOCKS + 1 \
            and headline_over_byline([*item, block], len(item)) == 0:
        return -10.0  # headline, byline lines ("Jacob Shteyman", "(Agency)"), date line
    if block.date_line and not dated and _is_standfirst(item, following, rules):
        return -10.0  # headline, standfirst, then the date line of the same article
    if block.date_line and prev.date_line and (block.gap == 0 or block.over_masked_lines) \
            and len(item) <= HEADER_BLOCKS:
        return -10.0  # a second posting line ("Updated on ...") right under the item's first
        # (or under a masked label of its own: "Updated / <date> / Published / <date>")
    headed = prev.headline or prev.headline_tail
    if block.date_line and not dated and prev.all_caps and prev.lines == 1 \
            and not prev.terminal and len(item) <= HEADER_BLOCKS:
        return -10.0  # a document's place and date under its long ALL-CAPS title
    if (block.date_line or block.date_lead) and (dated or not headed):
        return 4.0  # a date line opens an item, unless it sits under the item's headline
    if prev.headline and block.headline and dated and block.dateline is None \
            and not _has_table_row(block.text) and not known.unheaded:
        return 3.0  # a listing entry (date + headline) followed by another headline
    if block.teaser or prev.teaser:
        return 3.0  # a teaser in a list of headlines is an item; so is what follows it
    if (prev.headline and block.headline and prev.lines == 1 and block.lines == 1
            and is_dated_entry(prev.text) and is_dated_entry(block.text)) or (
            prev.related_entry and block.related_entry):
        return 3.0  # a list's entries, each carrying its own date ("... – 13 Nov 2026")
    if block.after_noise and block.related_entry and not prev.date_line and (
            (prev.words >= STORY_END_MIN_WORDS and not prev.headline)
            or (len(item) > 1 and prev.lines == 1 and item[-2].terminal
                and (prev.words <= CREDIT_LINE_MAX_WORDS or _BRACKETED_LINE.fullmatch(prev.text)))):
        return 3.0  # the first of them, under a story's last paragraph (or the credit line
        # under it: "(Petra) R.F/H.S", "(By Pan Tzu-yu and Frances Huang)") and the list's
        # masked heading: "... the ministry said." / "Customs meet border guards  13/09/2027"
    if block.bulletin_case and prev.headline and len(item) == 1:
        return 3.0  # a periodic bulletin's title right over its first numbered case: the
        # title alone is item 1, the case an item of its own (samples/README.md)
    if headed or prev.date_line:
        return -10.0  # a headline or date line always belongs to what follows it
    if prev.date_lead and len(item) >= 2 and (item[-2].headline or item[-2].headline_tail) \
            and not block.headline:
        return -10.0  # "February 9, 2026 | RPIO 7" under a headline: its posting line
    if known.bulletin and not (block.digest_entry or block.headline or block.separator
                               or block.dateline is not None
                               or rules.any_bulletin_total.match(block.text)):
        return -10.0  # a periodic bulletin's case runs on to the next case or the bulletin's
        # end: its own later paragraphs and the lines after the last case (samples/README.md),
        # but for the period's totals ("In total, during the week ..."): an item of its own
    if (block.digest_entry or known.digest) and (prev.terminal or (
            block.digest_entry and prev.text.endswith(":"))):
        return 3.0  # entries of a numbered digest of incidents are items, and so is what ends
        # it; the first under the line announcing them ("The main cases are the following:")
    if _heads_dateline(block, following, report) and not is_open_end(prev.text, rules):
        return 4.0  # the dateline's cue lifted to its headline, whatever closed the story
        # above ("... in 2028.\nPVJ // ANP" / "Angola: Sodiam sells ..." / "Luanda, 15 Nov")
    score = 0.0
    if block.dateline is not None:
        score += 4.0
    if has_wide_gaps and block.break_gap > min_gap:
        score += 2.0
    if block.headline and prev.terminal and not report:
        score += 2.0 if block.words >= 4 or block.all_caps else 1.0
        if following is not None and (following.continuation or _is_table(following)
                                      or _is_field_list(following)):
            score -= 2.5  # a subheading, a table's or a fact box's caption inside an article
        elif block.numbered_section or _is_release_subheading(block, following, item):
            score -= 2.5  # one incident of a release dated above: "COCAINE FOUND AT LPIA"
        elif known.repeats_subheading(block) or any(p.match(block.text)
                                                     for p in rules.subheadings):
            score -= 2.5  # "ERONGO REGION" after "KHOMAS REGION", "How the drugs were hidden"
        elif _subheads_wire_story(block, following, item):
            score -= 2.5  # "Discoms cope, for now" over the wire story's next paragraph
    item_years = known.years
    if block.years and item_years and not (block.years & item_years):
        score += 0.5
    item_quoted = known.quoted
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
        item_content = known.item_content()
        if block.content and item_content:
            overlap = len(block.content & item_content) / len(block.content)
            if overlap < 0.12:
                score += 0.5
            elif overlap > 0.3:
                score -= 1.0
    return score


WIRE_SUBHEAD_MAX_WORDS = 6


def _subheads_wire_story(block: Block, following: Block | None, item: list[Block]) -> bool:
    """Whether the short headline ``block`` is a subheading of the wire story ``item``
    (its lead opens with a news dateline, "NEW DELHI, June 4 (IANS) ..."): prose follows it
    with no dateline, date line or headline of its own, as every story of a wire dump has
    one."""
    return (block.lines == 1 and block.words <= WIRE_SUBHEAD_MAX_WORDS and following is not None
            and following.terminal and following.dateline is None
            and not (following.headline or following.date_line or following.date_lead)
            and any(b.dateline is not None for b in item[:HEADER_BLOCKS]))


def _heads_dateline(block: Block, following: Block | None, report: bool) -> bool:
    """Whether ``block`` is a one-line headline right over a paragraph that opens with a
    news dateline ("Lagos ports handle 1.02m TEU in H1" / "Lagos, Aug. 9, 2027 (NAN) The
    ..."): a new story's head in a dump, not a subheading (a report's headings are none)."""
    return (not report and block.headline and block.lines == 1 and following is not None
            and following.dateline is not None)


def _under_stamped_headline(item: list[Block], block: Block) -> bool:
    """Whether ``block`` is prose right under a headline and its time stamp (``item`` is
    the headline, its second line and the stamp): the article the stamp dates, no item of
    its own."""
    return (not (block.headline or block.date_line or block.date_lead or block.stamp
                 or block.dateline is not None)
            and len(item) >= 2 and item[0].headline
            and all(b.headline_tail for b in item[1:-1]))


def _is_release_subheading(block: Block, following: Block | None,
                           item: list[Block]) -> bool:
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


def _mark_runs_over_masked_lines(blocks: list[Block], original: str,
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
        parts = between.split("\n")
        inner = parts[1:-1]  # the whole lines between them
        if not "".join(inner).strip():
            continue  # only the masked tail of the line above ("... online at
            # www.222tips.com."): no masked line lies between them
        lines = [line.strip() for line in parts if line.strip()]
        figureless = not any(c.isdigit() for c in between)  # no counter, time or page number
        if block.over_masked_lines and _opens_with_prose(block) and prev.terminal and figureless:
            # a sidebar's list ("RELATED" and its links) set into an article, no blank line
            # around it: the prose under it goes on, no wider gap than the article's own
            block.blank_gap = 1
        if block.gap > 1 and block.blank_gap is None and credit is not None \
                and not between.startswith(("\n\n", "\n\r\n", "\r\n\r\n")):
            # masked credit lines glued under the block above ("Photo: ..." under a
            # caption) widen no gap
            glued = 0
            for line in inner:
                if not credit.fullmatch(line.strip()):
                    break
                glued += 1
            block.blank_gap = max(1, block.gap - glued)
        if block.gap > 1 and block.blank_gap is None:
            # one ad slot or promotion line set apart inside an article ("Advertisement",
            # "Story continues below"): the gap is the widest run of blank lines around it;
            # a page break widens no gap, whatever opens under it
            runs = _blank_runs(between)
            if len(runs) == 2 and (_is_page_number_line(between) or (
                    _opens_with_prose(block)
                    and (figureless or _is_credit_line(lines, credit)))):  # (a counter
                # or a time, "👁 12.7K  edited 11:15", is a post's footer: the post ends there; a
                # converted PDF's page number line, "TONGA POLICE | MEDIA RELEASE | Page 2
                # of 2", is a page break inside one document; so is a gallery's numbered
                # caption, "📷 Photo 2 of 4: packages under the lining", inside an article)
                block.blank_gap = max(1, max(len(run) for run in runs))
        block.after_noise = True
        if block.headline and block.words > SITE_LABEL_MAX_WORDS \
                and not original[block.start - 1].isspace():
            block.headline = False  # a caption glued to its image's file name ("x.jpgThe
            # Minister ... in Madrid. EFE/ Chema Moya"): no headline, whatever its ending
        if any(p.search(between) for p in rules.post_headers):
            block.under_post_header = True
        block.after_end_mark = any(p.fullmatch(line) for line in lines for p in rules.end_marks)
        if any(rules.any_quote_header.fullmatch(line) for line in lines):
            block.after_end_mark = True  # a masked "-----Original Message-----": the reply
            # above is over, as under an end mark; a header field of the quoted message
            # left under it ("Sent: Wednesday, 25 November 2026 11:02") is its header
            block.quote_header = block.closing = block.lines == 1 and (
                block.date_line or block.meta or is_field_line(block.text))
        block.under_release_mark = any(
            p.fullmatch(line) for line in lines for p in rules.release_marks)
        block.under_summary_heading = any(
            p.fullmatch(line) for line in lines for p in rules.summary_headings)
        block.under_insert = any(
            p.fullmatch(line) for line in lines for p in rules.insert_labels)


RELATED_MIN_DATED = 2  # dated one-line entries that make a run of items a list of links


def _without_bare_links(items: list[list[Block]]) -> list[list[Block]]:
    """The items less the bare headline links of a related-news list: in a run of one-line
    items without a sentence, at least ``RELATED_MIN_DATED`` of them ending in their date,
    a link below the first dated one with no date of its own ("Drug addiction: where to turn
    for help") is page furniture (samples/README.md, "Items", "Related news")."""
    def one_line(item: list[Block]) -> bool:
        return len(item) == 1 and item[0].lines == 1 and not ends_sentence(item[0].text)

    def dated(item: list[Block]) -> bool:
        return ends_with_date(_unbulleted(item[0].text)) or is_dated_entry(item[0].text)

    bare: set[int] = set()
    run: list[int] = []
    for index in range(len(items) + 1):
        if index < len(items) and one_line(items[index]):
            run.append(index)
            continue
        dates = [i for i in run if dated(items[i])]
        if len(dates) >= RELATED_MIN_DATED:
            bare |= {i for i in run if i > dates[0] and i not in dates}
        run = []
    return [item for index, item in enumerate(items) if index not in bare] or items


def _split_related_lists(blocks: list[Block], rules: SegmentRules) -> list[Block]:
    """Mark the entries of a dated list under masked furniture (a "Related news" heading, a
    share bar, a rule): a line carrying its own date, a headline link or a date and its lead
    (samples/README.md, "Items": such an entry is an item of its own). A paragraph made
    only of such headline links is cut into its lines, one block each; a list set into the
    story under no masked line (the hearings' dates) is left as it is."""
    result: list[Block] = []
    for block in blocks:
        if not block.after_noise:
            result.append(block)
            continue
        lines = block.text.split("\n")
        if block.lines > 1 and all(_is_dated_link(line) for line in lines):
            offset = block.start
            for number, line in enumerate(lines):
                part = Block(*line_span(offset, line), line.strip(),
                             block.gap if number == 0 else 0, 1)
                _annotate(part, rules)
                part.split_rest = number > 0
                part.after_noise = number == 0
                part.over_masked_lines = block.over_masked_lines and number == 0
                part.related_entry = True
                result.append(part)
                offset += len(line) + 1
            continue
        block.related_entry = _is_dated_entry_block(block)
        result.append(block)
    return result


CHATTER_MAX_WORDS = 25  # a chat message this short, without a figure, is no news


def _is_chat_chatter(item: list[Block], rules: SegmentRules) -> bool:
    """Whether ``item`` is made only of exported chat messages of a few words without a
    figure, each on its line under its stamp and sender ("[21.09.2026, 09:31] Reporter:
    Received with thanks", "... This message was deleted", a label "*PRESS RELEASE*", an
    attachment whose file name is masked): the group's chatter, no news item."""
    for block in item:
        for line in block.text.split("\n"):
            message = rules.any_chat_message.match(line.strip())
            if message is None:
                return False
            body = line.strip()[message.end():]
            if len(body.split()) > CHATTER_MAX_WORDS or any(c.isdigit() for c in body):
                return False
    return True


def _is_page_number_line(between: str) -> bool:
    """Whether the one line set apart ``between`` two blocks is a page number line ("Page
    2 of 3", "Agency | Media release | Page 2 of 2")."""
    scan = load_rules().page_number_line
    return scan is not None and scan.line.search(between) is not None


def _is_credit_line(lines: list[str], credit: re.Pattern[str] | None) -> bool:
    """Whether the one line set apart between two blocks (``lines``, stripped, the blank
    ones left out) is a photo's credit or a gallery's numbered caption (``credit``: the
    segment cues ``credit_line``)."""
    return len(lines) == 1 and credit is not None and credit.fullmatch(lines[0]) is not None


def _blank_runs(between: str) -> list[list[str]]:
    """The runs of blank lines in the text ``between`` two blocks (its first and last line
    are the blocks' own line ends)."""
    runs: list[list[str]] = [[]]
    for line in between.split("\n")[1:-1]:
        if line.strip():
            runs.append([])
        else:
            runs[-1].append(line)
    return runs


def _is_running_prose(block: Block) -> bool:
    """Whether ``block`` reads as an article's running prose: sentences, no headline, date
    line, dateline or listing line opening it."""
    return block.terminal and not (block.headline or block.date_line or block.date_lead
                                   or block.dateline is not None)


def _opens_with_prose(block: Block) -> bool:
    """Whether ``block`` opens an article's running prose: a paragraph of prose, or its
    first line ending a sentence over a caption's credit or another short line ("Two men
    were arrested." / "(Photo: Forest Department)")."""
    return _is_running_prose(block) or (
        not (block.headline or block.date_line or block.date_lead or block.dateline is not None)
        and ends_sentence(block.text.split("\n", 1)[0]))


def _mark_post_titles(blocks: list[Block], original: str) -> None:
    """Flag a social post's title line: a one-line headline right over a masked post header
    ("📌 2024 RESULTS: ..." over "Douane sénégalaise · 2 January at 11:30 · 🌍") with the
    post's text under the header, written only once in the page (a page's name over each
    post's header is written again and again: no title). A line run on from a line above
    it (no blank or masked line between) titles a post only under the page's name: under
    the post's text it is the post above's last line ("... 3 motorcycles seized" / "All
    suspects will be charged. 🤝" / tags and counters / header)."""
    above: Block | None = None
    for block, under in pairwise(blocks):
        block.post_title = (block.headline and block.lines == 1 and under.under_post_header
                            and not under.headline and original.count(block.text) == 1
                            and not (block.split_rest and above is not None
                                     and original.count(above.text) == 1))
        above = block


def _is_table(block: Block) -> bool:
    """Rows of a table: at least two lines, most of them with pipes or aligned columns."""
    if block.lines < 2:
        return False
    rows = block.text.split("\n")
    if any(opens_with_numeric_date(row) for row in rows):
        return False  # a listing of dated headlines ("15.08.2024 | Headline")
    return sum(_has_table_row(row) for row in rows) * 2 > len(rows)


def _is_field_list(block: Block) -> bool:
    """Lines of "label: value" fields, at least two ("Heroin seized: 1.1 tonnes" / "Cases
    opened: 312"): a fact box, or a record's fields, under a caption."""
    if block.lines < 2 or block.terminal:
        return False
    return all(is_field_line(line.strip(), short=True) for line in block.text.split("\n"))


def _has_table_row(text: str) -> bool:
    """Whether ``text`` has pipes, column-aligned spaces or tabs (a table's row); the
    regex runs only where one of the marks it needs occurs."""
    return ("|" in text or "  " in text or "\t" in text) and _TABLE_ROW.search(text) is not None


def _mark_teasers(blocks: list[Block], rules: SegmentRules) -> None:
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
    points.update(_bulleted_alike(blocks))
    run: list[Block] = []
    for block in [*blocks, None]:
        if (block is not None and block.headline and block.lines == 1 and id(block) not in points
                and block.words >= TEASER_MIN_WORDS and not _has_table_row(block.text)
                and not any(p.match(block.text) for p in rules.list_items)):
            run.append(block)
            continue
        if len(run) >= TEASER_RUN_MIN and not any(
                rules.any_periodic_title.search(h.text) for h in run):
            # the last headline titles what follows; at the page's end (a sidebar of other
            # news) nothing follows: it is a teaser too. A periodic bulletin's title in the
            # run makes it the bulletin's head (letterhead, title, period line): no teasers
            for headline in run if block is None else run[:-1]:
                headline.teaser = True
        run = []


# a pictograph or geometric bullet opening a line ("➡️ ", "▪️ ", "🔹 ", "► ", "✅ ")
_BULLET = re.compile("[\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff"
                     "\U0001f000-\U0001faff]\ufe0f?(?=[ \t])")


def _bulleted_alike(blocks: list[Block]) -> set[int]:
    """The ids of blocks whose last line opens with the same pictograph bullet as the first
    line of the block under them, and of those under them ("➡️ 7 persons detained" /
    "➡️ 4.6 kg of cannabis seized"): the points of one list, never a run of teasers (a
    page's teasers do not repeat one bullet line after line)."""
    found: set[int] = set()
    for above, block in pairwise(blocks):
        bullet = _BULLET.match(block.text)
        if bullet is None or block.gap > 0:
            continue
        last = above.text.rsplit("\n", 1)[-1].lstrip()
        if last.startswith(bullet.group()):
            found.update((id(above), id(block)))
    return found


def _mark_headline_tails(blocks: list[Block]) -> None:
    """Flag a headline's second line, written in lower case right under it without a
    final period ("INFORMATION BULLETIN No. 2/2024" / "on drug seizures in 2024"): what
    follows belongs to that headline as to the headline itself."""
    for above, block in pairwise(blocks):
        block.headline_tail = (above.headline and block.split_rest and block.lines == 1
                               and block.text[:1].islower() and not block.terminal
                               and block.words <= HEADLINE_MAX_WORDS)


def _is_headed_short(block: Block, rules: SegmentRules) -> bool:
    """A headline, or a short block opening with a headline line (headline + editor's note
    or standfirst written without a blank line between them)."""
    if block.headline:
        return True
    first_line = block.text.split("\n", 1)[0]
    return (block.words <= HEADLINE_MAX_WORDS + STANDFIRST_MAX_WORDS
            and line_kind(first_line, rules) == "head")


def _is_standfirst(item: list[Block], following: Block | None,
                   rules: SegmentRules) -> bool:
    """Whether ``item`` is a headline with at most one short paragraph under it (a
    standfirst or an editor's note) and the block after the next one is body text."""
    if len(item) > 2 or following is None or following.headline \
            or (following.date_line and following.gap != 0):
        return False  # (a second posting line right under the date line is the same one's)
    return (sum(b.words for b in item) <= HEADLINE_MAX_WORDS + STANDFIRST_MAX_WORDS
            and _is_headed_short(item[0], rules))


def _mark_numbered_releases(blocks: list[Block], rules: SegmentRules) -> None:
    """Paragraphs a release numbers in its own style ("1. A total of...", "2. ...") are no
    digest entries: after a numbered paragraph 1 that opens without a date, that a
    paragraph of prose announces ("... the results of the operation, as follows."), or
    that the release's own prose precedes under its headline (a bulletin's summary, then
    "The main cases:" and its numbered cases), paragraphs continuing the numbering are not
    entries, dated or not. Under a periodic bulletin's title ("WEEKLY BULLETIN: ...",
    ``periodic_title`` cues) the numbered cases are incidents of their own: entries whatever
    is above them, and once a dated case opened them, the numbered paragraphs continuing it
    dated or not (``bulletin_case``; samples/README.md, Items)."""
    numbered_release = periodic = cases = False
    last = 0
    for index, block in enumerate(blocks):
        number = _NUMBERED.match(block.text)
        if number is None:
            continue
        value = int(number.group(1))
        if value == 1:
            periodic = _under_periodic_title(blocks[:index], rules)
            numbered_release = not periodic and (
                not block.digest_entry or (
                    index > 0 and _announces_list(blocks[index - 1], rules)) or (
                    _under_release_prose(blocks[:index])))
            if numbered_release:
                block.digest_entry = False
            cases = block.bulletin_case = periodic and (
                block.digest_entry or block.words >= DIGEST_CASE_MIN_WORDS)
            block.digest_entry = block.digest_entry or cases  # "1. Officers of ...": undated
        elif numbered_release and value == last + 1:
            block.digest_entry = False
        elif periodic and value == last + 1:
            if block.words >= DIGEST_CASE_MIN_WORDS and (block.digest_entry or cases):
                # the bulletin's next case, dated or not ("3. Officers in Baucau ...")
                block.digest_entry = block.bulletin_case = cases = True
        else:
            periodic = False
        last = value


PLACE_HEADING_MAX_WORDS = 6  # "FAR NORTH REGION – KOUSSÉRI", "ST. ELIZABETH - BLACK RIVER"


def _mark_place_headed_cases(blocks: list[Block], rules: SegmentRules) -> None:
    """Under a periodic bulletin's title ("WEEKEND CRIME REPORT: ...", ``periodic_title``
    cues) a short heading in capitals over prose ("KHOMAS REGION", "LITTORAL REGION –
    DOUALA") opens a case of its own (``bulletin_case``), as a numbered case does; the
    bulletin ends at a separator or masked page furniture (samples/README.md, Items)."""
    periodic = False
    for index, block in enumerate(blocks):
        title = block.text.split("\n", 1)[0]
        if block.separator or block.after_noise:
            periodic = False  # (the page's furniture or a rule closes the bulletin)
        if (block.headline or index == 0 or block.after_noise) \
                and rules.any_periodic_title.search(title) is not None:
            periodic = True
            continue
        if periodic and block.all_caps and block.headline and block.lines == 1 \
                and block.words <= PLACE_HEADING_MAX_WORDS and index + 1 < len(blocks) \
                and not blocks[index + 1].all_caps:
            block.bulletin_case = block.digest_entry = True


PERIODIC_TITLE_REACH = 8  # blocks above a numbered paragraph 1 searched for its title


def _under_periodic_title(above: list[Block], rules: SegmentRules) -> bool:
    """Whether a headline among the last ``PERIODIC_TITLE_REACH`` blocks ``above`` a
    numbered paragraph 1, back to the nearest numbered paragraph, names a periodic bulletin
    ("WEEKLY BULLETIN: THE POLICE SEIZE ...", "Daily report of the Police Directorate")."""
    for block in reversed(above[-PERIODIC_TITLE_REACH:]):
        if _NUMBERED.match(block.text) is not None or block.separator:
            return False
        title = block.text.split("\n", 1)[0]  # (a title over its date line and overview)
        if (block.headline or line_kind(title, rules) == "head") \
                and rules.any_periodic_title.search(title) is not None:
            return True
    return False


def _mark_numbered_sections(blocks: list[Block], rules: SegmentRules) -> None:
    """Numbered headings of a document's own sections are no items: heading 1 under the
    release's running prose ("1- DESTRUCTION OF PLANTATIONS", "Item 1 – Adoption of the
    agenda"), and a heading that continues the numbering of an earlier heading, plain ("2-
    COCAINE AT THE AIRPORT"), by a section label or a dotted path (``section_number``
    cues): "Agenda item 3." after "Agenda item 2.", "4.3" after "4.2", "4.1" under "4."
    (see :func:`_continues_numbering`)."""
    numbered: set[tuple[str, tuple[int, ...]]] = set()  # (label, path) of the headings seen
    for index, block in enumerate(blocks):
        if not block.headline:
            continue
        continued = _continues_numbering(block.text, rules, numbered)
        if continued or (continued is None and _under_release_prose(blocks[:index])):
            block.numbered_section = True


def _section_path(text: str, rules: SegmentRules) -> tuple[str, tuple[int, ...]] | None:
    """The label and dotted number of a heading that a ``section_number`` cue reads ("Agenda
    item 2. Results" -> ("agenda item", (2,)); "4.3 Distribution" -> ("", (4, 3)))."""
    for pattern in rules.section_numbers:
        match = pattern.match(text)
        if match is not None:
            path = tuple(int(part) for part in match["number"].split("."))
            return match["label"].casefold(), path
    return None


def _continues_numbering(text: str, rules: SegmentRules,
                         numbered: set[tuple[str, tuple[int, ...]]]) -> bool | None:
    """Whether the heading ``text`` continues the numbering of a heading in ``numbered``
    (those seen above; ``text``'s own number is added): the next sibling of one ("4.3"
    after "4.2", "Agenda item 3" after "Agenda item 2"), or the first child of one ("4.1"
    under "4. COUNTER-NARCOTICS"). None for a heading 1 ("Item 1 – Adoption of the
    agenda", "1- DESTRUCTION ..."): it opens a numbering, a section when the document's
    prose is above it. A plain "4." heading is read as the path (4,), never labelled."""
    found = _section_path(text, rules)
    if found is None:
        plain = _NUMBERED_HEADING.match(text)
        if plain is None:
            return False
        found = ("", (int(plain.group(1)),))
    label, path = found
    numbered.add(found)
    if path[-1] > 1:
        return (label, (*path[:-1], path[-1] - 1)) in numbered
    if len(path) > 1:
        return (label, path[:-1]) in numbered
    return None if label or path == (1,) else False


def _under_release_prose(above: list[Block]) -> bool:
    """Whether the blocks ``above`` a numbered paragraph 1, back to the nearest headline or
    date line, hold a paragraph of running prose of at least ``RELEASE_INTRO_MIN_WORDS``
    words: the release's own body, which the numbered paragraphs detail (a digest's
    entries follow its headline and period line directly)."""
    for block in reversed(above):
        if block.headline or block.date_line or block.date_lead or block.separator \
                or block.stamp or block.teaser or block.digest_entry:
            return False
        if block.terminal and block.words >= RELEASE_INTRO_MIN_WORDS:
            return True
    return False


def _announces_list(block: Block, rules: SegmentRules) -> bool:
    """A paragraph of prose (not a label line) ending with words that announce a list."""
    return block.words >= LIST_INTRO_MIN_WORDS and any(
        p.search(block.text[-LIST_INTRO_TAIL:]) for p in rules.list_intros)


def _is_lead(block: Block, following: list[Block]) -> bool:
    """A short lead paragraph that the article under it re-states (teaser-style title)."""
    if len(following) < 2 or block.lines != 1 or not block.terminal:
        return False
    if block.words > LEAD_MAX_WORDS or block.sentences > LEAD_MAX_SENTENCES:
        return False
    nxt = following[0]
    restated = bool(block.quoted & nxt.quoted)
    return restated and (nxt.date_initial or nxt.dateline is not None)


def _dateline_fields(segment: Segment, block: Block, rules: SegmentRules) -> None:
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


def _date_line_fields(segment: Segment, block: Block, rules: SegmentRules) -> None:
    segment.dateline = block.text
    segment.dateline_start, segment.dateline_end = block.start, block.end
    segment.dateline_date = parse_date_line(block.text, rules)


def _underlined_headline(block: Block, rules: SegmentRules) -> str | None:
    """The headline of a block of two lines whose second is a drawn rule under it (a
    government release's "Customs seizes cocaine at airport (with photo)" over "*****"),
    the item's title; None for any other block."""
    if block.lines != 2:
        return None
    first, rule = block.text.split("\n")
    first = first.rstrip()
    if rules.any_separator.fullmatch(rule.strip()) is None or first != first.lstrip():
        return None
    return first if is_headline_text(first, len(first.split()), rules) else None


def _make_segment(blocks: list[Block], rules: SegmentRules,
                  marker: str | None = None) -> Segment:
    """The segment of an item's blocks; ``marker``: the item's separator line that layout
    induction found (its date line, on the item's first line or under its title)."""
    segment = Segment(blocks[0].start, blocks[-1].end)
    body = blocks
    if blocks[0].date_line or (len(blocks) > 1 and blocks[0].text == marker):
        _date_line_fields(segment, blocks[0], rules)
        body = blocks[1:]
    underlined = _underlined_headline(body[0], rules) if len(body) > 1 else None
    if underlined is not None:  # "Customs seizes cocaine at airport\n*******": its title
        segment.title = underlined
        segment.title_start = body[0].start
        segment.title_end = body[0].start + len(underlined)
        body = body[1:]
    elif (len(body) > 1 and (body[0].headline or body[0].date_lead
                           or _is_lead(body[0], body[1:]))) or (
            len(body) == 1 and (body[0].teaser or (
                marker is not None and body[0].headline))):  # a teaser titles its own item
        # (so does an entry's headline under its marker line: "20 November" / headline)
        segment.title = body[0].text
        segment.title_start, segment.title_end = body[0].start, body[0].end
        if body[0].date_lead:
            segment.dateline_date = parse_date_line(body[0].text, rules)
        body = body[1:]
    if segment.dateline is None:
        for block in body[:HEADER_BLOCKS]:  # a date line among the header lines under the title
            if block.date_line or (block.date_lead and (is_posting_stamp(block.text) or (
                    block.lines == 1 and parse_date_line(block.text, rules) is not None))):
                _date_line_fields(segment, block, rules)
                break
            if not (block.headline or block.headline_tail or block.meta) and not (
                    block is body[0] and (_is_headed_short(block, rules) or (
                        block.lines == 1 and block.words <= STANDFIRST_MAX_WORDS))) and not (
                    block.split_rest and is_byline_line(block)):  # "(Wire Agency)"
                break  # (past the headline's standfirst: "Officers found 60 kg ...")
    for index, block in enumerate(body[:HEADER_BLOCKS + 1]):
        if block.dateline is not None:
            _dateline_fields(segment, block, rules)
            break
        if index >= 1 and (block.terminal and block.words > META_MAX_WORDS):
            break  # the first paragraph of prose: the dateline opens it or the one under it
    if segment.dateline_date is None and segment.dateline_month_day is not None:
        for block in body[:HEADER_BLOCKS]:  # "Updated: 11/03/2027 14:32 h." over "Madrid,
            if block.lines == 1 and block.words <= META_MAX_WORDS:  # 11 mar (EFE).-": the
                day = parse_date_line(block.text, rules)  # same day, with its year
                if day is not None and day[4:] == segment.dateline_month_day[1:]:
                    segment.dateline_date = day
                    break
    if marker is not None and segment.dateline_date is None:
        segment.dateline_date = parse_date_line(marker, rules)
        if segment.dateline_date is None and segment.dateline_month_day is None:
            segment.dateline_month_day = date_line_month_day(marker, rules.months)
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
    running: list[tuple[int, int]] = []  # a converted PDF's masked page headers or footers
    if original is not None and len(original) == len(text):
        _mark_runs_over_masked_lines(blocks, original, rules)
        blocks = _split_related_lists(blocks, rules)
        _mark_post_titles(blocks, original)
        running = running_page_lines(original)
        if running:
            blocks = without_report_head(blocks, min(start for start, _end in running))
    report = bool(running)  # a converted PDF
    if not report:
        _mark_teasers(blocks, rules)
    _mark_numbered_releases(blocks, rules)
    _mark_place_headed_cases(blocks, rules)
    _mark_numbered_sections(blocks, rules)
    _mark_headline_tails(blocks)
    mark_closing_headings(blocks, rules)
    whole = blocks
    noise_above = bool(blocks) and original is not None and bool(original[:blocks[0].start].strip())
    fields_end = _mail_fields_end(blocks, rules)
    mail_date = next((parse_date_line(b.text, rules) for b in blocks[:fields_end]
                      if b.date_line), None)  # an e-mail's "Date:" field: its items' date
    blocks = without_section_labels(without_page_head(without_letterhead(
        without_site_label(blocks[fields_end:], rules, original, under_menu=noise_above),
        rules),
        noise_above))
    if _is_live_blog(blocks, rules):
        layout = Layout()  # a live blog's time-stamped updates are one story's (samples/README.md)
    else:
        layout = induce_layout(blocks, rules.months)  # the dump's own repeated marker lines
        if not layout.starts:  # or a feed's entries, each a line opening with its clock time
            layout = clock_entries(blocks, rules.months)
    if layout.dropped:
        blocks = [b for b in blocks if id(b) not in layout.dropped]
    first_start = blocks[0].start if blocks else 0  # the furniture dropped above it:
    page_head = frozenset(line.strip() for b in takewhile(lambda b: b.end <= first_start, whole)
                          for line in b.text.split("\n"))
    items: list[list[Block]] = []
    inner_gaps = [b.break_gap for b in blocks[1:] if not b.split_rest]
    min_gap = min(inner_gaps) if inner_gaps else 1
    has_wide_gaps = len(set(inner_gaps)) > 1 and not report  # page breaks widen a report's
    masthead_closed = False  # the first item ends at a separator line
    footers: dict[int, Block] = {}  # an item's first block -> the posting stamp under it
    facts = _ItemFacts()  # what the scoring knows of the current item, block by block
    rule_above = False  # a separator line lies right above the block
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if index == 0 and following is not None and following.headline \
                and is_underlined_masthead(block, rules):
            items += [[block], []]  # "NEWSLETTER – Issue 12\n=======": the rule closes it
            masthead_closed = True
            continue
        if block.separator:
            if items and items[-1]:
                masthead_closed = masthead_closed or len(items) == 1
                items.append([])
            rule_above = True
            continue
        block.under_rule, rule_above = rule_above, False
        if not items or not items[-1]:
            if len(items) >= 2 and block.signature:
                items.pop()  # a credit line under a rule ("___ Peck reported from Bangkok.")
            elif not items:
                items.append([])
            items[-1].append(block)
            continue
        current = items[-1]
        if _closes_with_stamp(current, block, following, rules):
            footers[id(current[0])] = block  # "... on Thursday night." / "Posted on 5 June
            items.append([])  # 2027 by Press Office" / next headline: the story's footer
            continue
        if id(block) in layout.starts:
            items.append([block])  # the dump's own separator opens an item
            continue
        if id(block) in layout.closers:
            current.append(block)  # or closes the one above ("title / lead / date")
            continue
        if block.after_end_mark or _score_break(current[-1], block, current, min_gap,
                                                has_wide_gaps, following, rules,
                                                report, facts) >= BREAK_THRESHOLD:
            head = _head_over_date(current, block, following)
            if head:  # the title of the date line under it, with its byline
                items.append([*current[-head:], block])
                del current[-head:]
            else:
                items.append([block])
        else:
            current.append(block)
    items = _with_footnote_under_rule(items, blocks)
    # what follows an end mark or a closing heading is no item (the office's signature,
    # contacts, notes to editors, boilerplate) unless it opens like a release of its own
    items = without_closing_sections(items, rules)
    items = _with_closing_signature(items, rules)
    items = [item for item in map(_without_edge_notes, items) if item]
    items = [item for item in items if not _is_chat_chatter(item, rules)] or items
    if len(items) > 1:  # a date line alone (a feed's own <updated> over its entries): no item
        items = [item for item in items if not all(b.date_line for b in item)] or items
    items = _without_bare_links(items)
    masthead_date = None
    if masthead_closed and len(items) > 1 and is_masthead(items[0], rules):
        masthead_date = next((parse_date_line(b.text, rules) for b in items[0] if b.date_line),
                             mail_date)
        items = items[1:]
    items, ruled_head = _without_furniture_around_ruled_entries(items)
    if ruled_head and masthead_date is None:  # the newsletter's issue or e-mail date
        masthead_date = next((parse_date_line(b.text, rules) for b in ruled_head if b.date_line),
                             mail_date)
    items = attach_orphan_headlines(items, layout.starts)
    items = _without_page_name_over_untitled_posts(items)
    if not layout.starts:
        items = _single_story_head(items)
    if page_head:  # the letterhead written again over a later item
        items = items[:1] + [without_repeated_head(item, page_head) for item in items[1:]]
    if len(items) > 1 and items[-1][0].after_noise and all(
            describes_publisher(b, rules) for b in items[-1]):
        items.pop()  # the publisher's description under the page's share bar and tags
    posting = _posting_line_over_story(items, layout.starts, original)
    if posting is not None:  # the page's "Section | 03/11/2025 | 11:20" over its story
        items = [items[0][items[0].index(posting) + 1:]]
    stamp = closing_stamp(items[-1], rules) if items else None
    if stamp is not None:
        items[-1] = items[-1][:-1]  # the page's "Published: ..." under the story
    if items and len(items[-1]) > 1:
        items[-1] = without_trailing_furniture(items[-1], rules, page_head, original)
    segments = [_make_segment(item, rules, layout.markers.get(id(item[0]))) for item in items]
    for item, seg in zip(items, segments, strict=True):
        footer = footers.get(id(item[0]))
        if footer is not None and seg.dateline_date is None:
            seg.dateline_date = parse_date_line(footer.text, rules)  # its posting stamp's
    for seg in segments:
        seg.end = without_office_signoff(text, seg.start, seg.end, rules)
        if seg.dateline_date is None:  # the masthead's (an e-mail's) date dates the items
            seg.dateline_date = masthead_date
    letterhead_date = next((parse_date_line(b.text, rules) for b in whole
                            if b.end <= first_start and b.date_line and b.full_date), None)
    if segments and segments[0].dateline_date is None:  # "Date: 12/03/2026" of the
        segments[0].dateline_date = letterhead_date  # letterhead over the release
    if original is not None and len(original) == len(text):
        previous_end = 0
        for seg in segments:
            if seg.dateline_date is None:  # the post's time stamp under it, or a posting
                seg.dateline_date = post_stamp_date(original, text, seg.end, rules) or \
                    masked_date_line(original, text, previous_end, seg.start, rules)  # line
            titled = with_masked_title(seg.start, previous_end, original, text, rules)
            if titled < seg.start and seg.title is None:  # the title masked as a list's link
                seg.title_start, seg.title_end = titled, original.index("\n", titled)
                seg.title = original[titled:seg.title_end].strip()
            seg.start = titled
            previous_end = seg.end
            seg.start, seg.end = with_glued_noise(seg.start, seg.end, original, text)
            seg.end = with_closing_link(seg.end, original, text, rules)
            seg.end = with_closing_lines(seg.end, original, text, rules)
            seg.end = with_contact_lines(seg.end, original, text, rules)
            seg.end = without_wire_trailer(seg.start, seg.end, original, rules)
        if segments and segments[-1].dateline_date is None:
            segments[-1].dateline_date = closing_date(original, text, segments[-1].end, rules)
        if segments:  # "<publisher> – <motto>" over the page's share bar
            segments[-1].end = without_footer_slogan(original, text, segments[-1].start,
                                                     segments[-1].end, rules)
            segments[-1].end = without_media_label(original, text, segments[-1].start,
                                                   segments[-1].end, rules)
            segments[-1].end = without_about_line(original, text, segments[-1].start,
                                                  segments[-1].end, rules)
            segments[-1].end = without_related_label(original, text, segments[-1].start,
                                                     segments[-1].end, rules)
            segments[-1].end = without_page_footer(original, segments[-1].start,
                                                   segments[-1].end, running)
    if posting is not None and segments[0].dateline_date is None:
        segments[0].dateline_date = parse_date_line(posting.text, rules)
    if stamp is not None and segments and segments[-1].dateline_date is None:
        segments[-1].dateline_date = parse_date_line(stamp.text, rules)  # the page's date
    _give_years_to_month_day_datelines(segments)
    return segments


LIVE_TITLE_BLOCKS = 2  # the page's first blocks, where a live blog's title stands


def _is_live_blog(blocks: list[Block], rules: SegmentRules) -> bool:
    """Whether the page opens with a live blog's title ("LIVE: Typhoon skirts Hong Kong",
    "Live Blog: Sanctions, Smuggling And The Central Asian Route"): its time-stamped updates
    are one story, no dump of items."""
    return any(block.lines == 1 and rules.any_live_title.fullmatch(block.text) is not None
               for block in blocks[:LIVE_TITLE_BLOCKS])


def _mail_fields_end(blocks: list[Block], rules: SegmentRules) -> int:
    """How many of ``blocks`` are e-mail header fields left unmasked at the page's top
    ("Date: Wed, 18 Feb 2026 10:41:07 +0300", "Importance: Normal"): furniture like the
    masked From, To and Subject lines around them; a dated one still dates the first item
    as a letterhead's date line does."""
    end = 0
    while end < len(blocks) - 1 and blocks[end].lines == 1 \
            and rules.any_mail_field.fullmatch(blocks[end].text) is not None:
        end += 1
    return end


FOOTNOTE_MAX_WORDS = 30
FOOTNOTE_STORY_MIN_BLOCKS = 3  # a story over the rule: its headline and paragraphs
FOOTNOTE_STORY_MIN_WORDS = 120  # ... or its paragraphs written as lines of one block


def _with_footnote_under_rule(items: list[list[Block]], blocks: list[Block]) -> list[list[Block]]:
    """``items`` with the page's last line, when a rule sets it apart under the last item
    ("... on the lakes." / "___" / "Follow our climate coverage at <link>"), joined to that
    item: a story's footnote (a link to more coverage, a correction note), no item. A
    headline, a date line or prose of several lines there opens an item of its own, and
    so does any line under an item of fewer than ``FOOTNOTE_STORY_MIN_BLOCKS`` blocks (a
    dump of short items set apart by rules). A page's call to its reader under the note
    ("Support ... Donate", a closing item dropped later) leaves it the last line."""
    closing = 0  # the trailing items opening with such a call, and their blocks
    while closing < len(items) - 1 and items[-1 - closing] and items[-1 - closing][0].closing:
        closing += 1
    tail = sum(len(item) for item in items[len(items) - closing:])
    if closing and tail < len(blocks) and blocks[-tail] is items[-closing][0]:
        return [*_with_last_line_note(items[:-closing], blocks[:-tail]), *items[-closing:]]
    return _with_last_line_note(items, blocks)


def _with_last_line_note(items: list[list[Block]], blocks: list[Block]) -> list[list[Block]]:
    """``items`` with the page's last line joined to the last item as its footnote, when a
    rule sets it apart there (see :func:`_with_footnote_under_rule`); a page number there
    dropped."""
    if len(items) < 2 or len(blocks) < 3 or len(items[-1]) != 1 or items[-1][0] is not blocks[-1] \
            or not blocks[-2].separator or blocks[-3] is not items[-2][-1]:
        return items
    note = blocks[-1]
    if note.lines == 1 and is_page_number(note.text):
        return items[:-1]  # a converted page's number under the rule closing its text
    if len(items[-2]) < FOOTNOTE_STORY_MIN_BLOCKS and sum(
            b.words for b in items[-2]) < FOOTNOTE_STORY_MIN_WORDS:  # (one-line items set
        return items  # apart by rules; a story's paragraphs may be lines of one block)
    if note.lines > 1 or note.words > FOOTNOTE_MAX_WORDS or note.headline or note.date_line \
            or note.date_lead or note.dateline is not None:
        return items
    return [*items[:-2], [*items[-2], note]]


SIGNATURE_BLOCK_MAX_LINES = 6  # a place and date line, the signatory's name and offices
SIGNATURE_LINE_MAX_WORDS = 8
_PLACE_DATE = re.compile(r"[^\W\d_][^\n,;:]{1,40}, ([^\n]{6,40}?)\.?")  # "Managua, 24 Nov 2026."


def _is_name_cased(line: str) -> bool:
    """A short line of capitalized words and short joiners ("The Director of Communication",
    "Staff Officer (Media)"): a signature's name or office, no sentence."""
    words = line.split()
    return len(words) <= SIGNATURE_LINE_MAX_WORDS and not ends_sentence(line) and all(
        not w[0].isalpha() or w[0].isupper() or (len(w) <= 3 and w.islower()) for w in words)


def _with_closing_signature(items: list[list[Block]], rules: SegmentRules) -> list[list[Block]]:
    """``items`` with a release's signature block, set apart under its last paragraph,
    joined to it: a place and date line over the signatory's office ("Managua, 24 November
    2026." / "Communications and Public Relations Directorate"), which a date line would
    otherwise open as an item (samples/README.md: a sign-off after a blank line stays inside).
    Short lines under the last office line (a motto, the site's address) are left out."""
    if len(items) < 2 or not items[-1] or not items[-2] or not items[-2][-1].terminal:
        return items
    last = items[-1]
    if len(last) != 1 or last[0].lines > SIGNATURE_BLOCK_MAX_LINES:
        return items
    lines = last[0].text.split("\n")
    place_date = _PLACE_DATE.fullmatch(lines[0].strip())
    if place_date is None or parse_date_line(place_date.group(1), rules) is None:
        return items
    offices = [i for i, line in enumerate(lines[1:], 1)
               if _is_name_cased(line.strip()) and rules.any_signatory.search(line)]
    if not offices or not all(_is_name_cased(line.strip()) for line in lines[1:offices[-1]]):
        return items
    kept = "\n".join(lines[:offices[-1] + 1]).rstrip()
    block = replace(last[0], end=last[0].start + len(kept), text=kept,
                    lines=offices[-1] + 1)
    return [*items[:-2], [*items[-2], block]]


RULED_LIST_MIN_ITEMS = 2  # numbered entries, each under a rule, that make a page a ruled list


def _entry_number(block: Block) -> int | None:
    """The number opening ``block`` as an entry of a numbered list ("1. ", "[2] ", "(3) ")."""
    match = _ENTRY_NUMBER.match(block.text)
    return int(match[1]) if match else None


def _ruled_entries(items: list[list[Block]], first: int) -> int:
    """How many items from ``items[first]`` on open with the numbers 1, 2, ... each right
    under a rule."""
    count = 0
    for item in items[first:]:
        if not item or _entry_number(item[0]) != count + 1 or not item[0].under_rule:
            break
        count += 1
    return count


def _without_furniture_around_ruled_entries(
        items: list[list[Block]]) -> tuple[list[list[Block]], list[Block]]:
    """``items`` less the page head over a list of numbered entries each under a rule (a
    newsletter's or a clipping digest's title, edition and client lines over "-----" / "1.
    ..." / "-----" / "2. ...") and less the footer under the list's last rule ("Unsubscribe |
    Preferences" / "<programme> is funded by ..."): with at least ``RULED_LIST_MIN_ITEMS``
    such entries, an item opening with no number above the first and one under a rule below
    the last, with no date line or dateline (a dated entry of its own), are no items. (A
    bulletin's title over its numbered cases, no rule between them, stays an item.) Also
    the head dropped (its date line dates the entries), else an empty list."""
    first = 1 if items and items[0] and _entry_number(items[0][0]) is None else 0
    count = _ruled_entries(items, first)
    if count < RULED_LIST_MIN_ITEMS:
        return items, []
    head = items[0] if first else []
    end = first + count
    if end == len(items) - 1 and items[end] and items[end][0].under_rule \
            and _entry_number(items[end][0]) is None and not any(
            block.date_line or block.date_lead or block.dateline is not None
            for block in items[end]):
        return items[first:end], head
    return items[first:], head


def _posting_line_over_story(items: list[list[Block]], starts: frozenset[int] | set[int],
                             original: str | None) -> Block | None:
    """The posting line of a page holding one story, written between the page's head (site
    name, menu) and the story's headline ("Yonhap News Agency" / "2027-01-06 14:07" /
    headline / body): page furniture like the head above it, outside the item (it still
    dates the item), and so is a site's name line left above it. In a dump each entry opens
    with its own date line: none."""
    if len(items) != 1 or starts or original is None or len(items[0]) < 3:
        return None
    item = items[0]
    first = 1 if _is_site_name_line(item[0]) and len(item) >= 4 else 0  # (under the name)
    posting, headline = item[first], item[first + 1]
    if not (posting.date_line and posting.lines == 1 and headline.headline
            and original[:posting.start].strip()):
        return None
    return posting


def _is_site_name_line(block: Block) -> bool:
    """A short line naming a site or office ("Yonhap News Agency"): one line of a few words,
    no sentence (the shape of :func:`is_byline_line`), date, dateline or year."""
    return is_byline_line(block) and not (block.years or block.date_line or block.date_lead
                                          or block.dateline is not None)


def _without_page_name_over_untitled_posts(items: list[list[Block]]) -> list[list[Block]]:
    """``items`` without the short name line over the first one when every item of the
    dump opens with prose, untitled ("Customs Committee" over a channel's posts): the
    first post's "title" is the page's or channel's name. So is a short name line making
    the first item alone over a post's masked header ("Royal Malaysia Police - Kelantan" /
    "Government organization · 310K followers" / "March 14 at 11:20 AM · 🌍")."""
    if len(items) < 2:
        return items
    name = items[0][0]
    if name.lines != 1 or name.terminal or name.words > SITE_LABEL_MAX_WORDS or name.years \
            or name.date_line or name.date_lead or name.dateline is not None:
        return items
    if len(items[0]) == 1:  # the name alone over the first post's masked header
        return items[1:] if items[1][0].under_post_header else items
    under = items[0][1]
    if not all(_opens_untitled(item[0]) for item in [[under], *items[1:]] if item):
        return items
    return [items[0][1:], *items[1:]]


def _opens_untitled(block: Block) -> bool:
    """Whether ``block`` opens an item with prose: a sentence, no headline or date line."""
    return block.terminal and not (block.headline or block.date_line or block.date_lead
                                   or block.all_caps) and block.words > SITE_LABEL_MAX_WORDS


def _without_edge_notes(item: list[Block]) -> list[Block]:
    """``item`` without the editorial notes in brackets opening or closing it (a line of
    their own: "[Transcript – prepared by the Press Office]")."""
    start, end = 0, len(item)
    while start < end and item[start].lines == 1 and _EDITORIAL_NOTE.fullmatch(item[start].text):
        start += 1
    while end > start and item[end - 1].lines == 1 and _EDITORIAL_NOTE.fullmatch(
            item[end - 1].text):
        end -= 1
    return item if (start, end) == (0, len(item)) else item[start:end]


def _has_body(item: list[Block]) -> bool:
    """Whether ``item`` holds an article's body: a paragraph opening with a dateline, or
    running prose longer than a standfirst (two sentences or more words than
    ``STANDFIRST_MAX_WORDS``)."""
    return any(b.dateline is not None or (_is_running_prose(b) and (
        b.sentences >= LEAD_MAX_SENTENCES or b.words > STANDFIRST_MAX_WORDS)) for b in item)


def _single_story_head(items: list[list[Block]]) -> list[list[Block]]:
    """A page showing no repeated item shape is one story: when a single item holds body
    prose, at most one dateline opens a paragraph and at most one date line stands in the
    page, the items above it made only of short lines (a headline, its subtitle or
    standfirst bullets, an "Updated: ..." line, a byline: no teaser, time stamp or sentence
    of a lead) are the story's head, and join it; standfirst bullets taken for teasers
    join it only when made mostly of the story's words (``STANDFIRST_OVERLAP``); a post
    under a masked post header is no head (its post has no sentence of prose: "Results:" /
    bullets / "Thank you! 🙏"). Called only when layout induction found no item-opening
    marker lines."""
    if len(items) < 2:
        return items
    bodies = [index for index, item in enumerate(items) if _has_body(item)]
    if len(bodies) != 1 or bodies[0] == 0:
        return items
    first = bodies[0]
    if any(item[0].under_post_header for item in items[1:first + 1]):
        return items  # a post's masked header opens an item above the story: a page of posts
    if any(item[0].under_closing_marker for item in items[1:]):
        return items  # entries each closed by the dump's marker line ("Received: ...")
    if items[first][0].bulletin_case:
        return items  # a periodic bulletin's case under its title and overview
    head = [b for item in items[:first] for b in item]
    if any(b.stamp or (b.terminal and b.words > META_MAX_WORDS) for b in head):
        return items  # a lead or a time stamp: a listing's entries
    if any(b.teaser for b in head):  # a standfirst's bullets restate the story's words;
        body = frozenset().union(*(b.content for b in items[first]))  # teasers of other
        if any(b.teaser and len(b.content & body) < STANDFIRST_OVERLAP * len(b.content)
               for b in head):  # news do not
            return items
    page = [b for item in items for b in item]
    if sum(b.date_line or b.date_lead for b in page) > 1 \
            or sum(b.dateline is not None for b in page) > 1:
        return items  # repeated title + date pairs, a second dateline: a dump's items
    return [[*head, *items[first]], *items[first + 1:]]


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


def _closes_with_stamp(item: list[Block], block: Block, following: Block | None,
                       rules: SegmentRules) -> bool:
    """Whether ``block`` is the posting stamp under the story ``item`` ends with, over the
    next story's headline ("... on Thursday night." / "Posted on 5 June 2027 by Press
    Office" / "Customs find 3 kg of cocaine in a parcel"): a one-line date line opening
    with a posting label right under a closed paragraph of prose, a headline over prose
    under it. Like the page's last stamp (:func:`furniture.closing_stamp`) it is the
    story's footer, in no item."""
    return (block.date_line and block.lines == 1 and following is not None
            and following.headline and not following.date_line and item[-1].terminal
            and not item[-1].headline and len(item) >= 2
            and rules.any_posting_label.match(block.text) is not None)


def _head_over_date(item: list[Block], opening: Block, following: Block | None) -> int:
    """How many last blocks of ``item`` are the head of the item ``opening`` starts: its
    title (:func:`_title_over_date`), or its title and the byline under it ("Title" / "By
    Ana Ruiz" / "Saturday, 14 November 2026" / body); 0 for none."""
    if _title_over_date(item, opening, following):
        return 1
    if len(item) > 2 and item[-1].meta and item[-1].lines == 1 \
            and _title_over_date(item[:-1], opening, following):
        return 2
    return 0


def _title_over_date(item: list[Block], opening: Block, following: Block | None) -> bool:
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

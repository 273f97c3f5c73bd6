"""An item's edges: page furniture above, under and between the news of a dump.

A site's name, masthead, menus and section labels over the first headline, a letterhead
over a release, bylines between a headline and its date line, a release's closing material
(notes to editors, contacts and boilerplate after an end mark), and under the last item the
publisher's description of itself, footer lines, sign-offs, desk initials, page numbers and
the date an end mark gives. Offsets are offsets into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise, takewhile

from .date_lines import is_dated_entry, is_day_month
from .mask import is_noise_line, load_rules
from .segment_rules import (
    BYLINE_MAX_BLOCKS,
    HAS_DIGIT,
    HEADER_BLOCKS,
    HEADLINE_MAX_WORDS,
    SECTION_PATH,
    SITE_LABEL_MAX_WORDS,
    TEASER_MIN_WORDS,
    WORD,
    Block,
    SegmentRules,
    ends_sentence,
    in_capitals,
    is_date_line,
    is_headline_text,
    is_open_end,
    line_kind,
    parse_date_line,
)

SIGNATURE_MAX_WORDS = 3
SIGNATURE_MAX_GAP = 2
NAVIGATION_LABEL_MAX_WORDS = 20  # a bilingual site name over its menu ("<name> | <name>")
NAVIGATION_LABEL_MAX_LINES = 3  # a masthead's lines over the menu (name, motto, portal)
# separators of masked menus and breadcrumbs, or labels set apart by wide spaces
_NAVIGATION_MARK = re.compile(r"[|>»›·/]|[^\W\d_][ \t]{2,}[^\W\d_]")
DATED_SITE_LABEL_MAX_WORDS = 12
RELEASE_HEADLINE_MIN_WORDS = 3  # a release's short headline after an end mark ...
RELEASE_LEAD_MIN_WORDS = 8  # ... over a sentence of prose this long
MASTHEAD_PROSE_WORDS = 6  # a line this long ending a sentence is prose, no masthead
SITE_FOOTER_MAX_WORDS = 16  # a footer line naming the site, a closing heading
READER_PROMPT_MIN_PROSE = 8  # words of a prose paragraph a reader prompt may close
READER_PROMPT_MAX_WORDS = 24  # "Sign up for push alerts and have the best news ... phone"


def reads_as_news(text: str, stopwords: frozenset[str]) -> bool:
    """Whether a headline-like line has a figure or a lower-case content word ("Coast Guard
    seizes 1,550 kilos ..."), unlike a name ("Australian Border Force and Victoria
    Police")."""
    return HAS_DIGIT.search(text) is not None or any(
        word[:1].islower() and word not in stopwords for word in WORD.findall(text))


def _is_news_headline(block: Block) -> bool:
    """Whether ``block`` is a headline of at least ``TEASER_MIN_WORDS`` words that reads as
    news (:func:`reads_as_news`)."""
    return block.headline and block.words >= TEASER_MIN_WORDS \
        and reads_as_news(block.text, block.stopwords)


def without_site_label(blocks: list[Block], rules: SegmentRules,
                       original: str | None = None,
                       under_navigation: bool = False, under_menu: bool = False,
                       menu: frozenset[str] = frozenset()) -> list[Block]:
    """The blocks without page furniture on top ("Federal Police", "ISLAND GAZETTE",
    "Crime" above masked navigation): up to two short unpunctuated one-line blocks before a
    headline of at least ``TEASER_MIN_WORDS`` words (or a teaser opening with one). Above a
    headline with a date line or dateline under it, the labels may be longer ("CUSTOMS GUARD -
    Provincial Command of Bari") and sit right on the headline's line above. A first line
    right above masked navigation ("ISTHMUS WIRE — Central America in English" over
    "Home | Honduras | ...") is the site's name whatever follows the navigation; a section
    label under the navigation (or under the page's masked menu above the first block,
    ``under_menu``: "Türkiye" over the headline) is short whatever follows it, and so is
    one that repeats a label of the menu above it (``menu``: "Law and order" under "Society
    Economy   Law and order   Sport"), however it reads; under navigation or a menu a label
    is short: a longer line there is the headline ("Olive oil prices soar, harvest down by
    a quarter" over its standfirst and date line)."""
    if len(blocks) >= 2 and _is_bilingual_name(blocks[0]) and blocks[1].terminal \
            and not (blocks[1].headline or blocks[1].date_line):
        return blocks[1:]  # "МВД Узбекистана | MIA Uzbekistan" over the channel's posts
    if original is not None and len(blocks) >= 2:
        menu = _head_labels(original, blocks[0].start)
        size = _masthead_lines(blocks)
        if _above_navigation(blocks, original, rules, size):
            menu |= _head_labels(original, blocks[size].start, blocks[size - 1].end)
            return without_site_label(blocks[size:], rules, under_navigation=True, menu=menu)
    for skip in (1, 2):
        if len(blocks) < skip + 2:
            return blocks
        labels, headline = blocks[:skip], blocks[skip]
        after = skip + 1
        if after < len(blocks) - 1 and blocks[after].headline_tail:
            after += 1  # the headline's second line
        following = blocks[after] if len(blocks) > after else None
        dated = following is not None and (following.date_line or following.dateline is not None)
        longest = (DATED_SITE_LABEL_MAX_WORDS if dated and not (under_navigation or under_menu)
                   else SITE_LABEL_MAX_WORDS)  # (under a menu a label is short)
        if not all(b.lines == 1 and not b.terminal and not b.date_line
                   and (b.words <= longest or SECTION_PATH.fullmatch(b.text) is not None)
                   and not is_open_end(b.text, rules) for b in labels):  # (a path of labels,
            # "dpa-AFX / dpa Brandenburg English service", is a label whatever its length)
            return blocks
        opens = headline.headline or (
            headline.lines > 1
            and line_kind(headline.text.split("\n", 1)[0], rules) == "head")
        words = sum(b.words for b in blocks[skip:after])  # with the headline's second line
        section = (under_navigation or under_menu) and not any(
            reads_as_news(b.text, b.stopwords) and not SECTION_PATH.fullmatch(b.text)
            and b.text.casefold() not in menu
            for b in labels)  # "World, Asia - Pacific", "Press service / Court news"
        # a path of labels ("Commodities | Grains") right over the headline, whatever is under it
        path = all(SECTION_PATH.fullmatch(b.text) is not None for b in labels)
        if (headline.gap >= 1 or skip > 1 or dated or section or path) and opens \
                and words >= TEASER_MIN_WORDS:
            return blocks[skip:]
    return blocks


_NAME_BAR = " | "
BILINGUAL_NAME_MAX_WORDS = 6  # each language's form of a name: a few words


def _is_bilingual_name(block: Block) -> bool:
    """A page's or channel's name written in two (or more) languages on its first line,
    set apart by bars, each a name (no lower-case content word, no figure, no sentence):
    "МВД Узбекистана | MIA Uzbekistan", "Police of Armenia | Հայաստանի ոստիկանություն"."""
    if block.lines != 1 or _NAME_BAR not in block.text or ends_sentence(block.text):
        return False
    parts = [part.strip() for part in block.text.split(_NAME_BAR)]
    return all(part and len(part.split()) <= BILINGUAL_NAME_MAX_WORDS
               and not reads_as_news(part, block.stopwords) for part in parts)


HEAD_LABELS_MAX_CHARS = 2000  # the page's head over its first block, where menus lie
# the separators between a menu's labels: bars, dots, arrows, slashes, wide spaces
_LABEL_SPLIT = re.compile(r"[ \t]*[|•·>»›/][ \t]*|[ \t]{2,}|\t")


def _head_labels(original: str, end: int, start: int = 0) -> frozenset[str]:
    """The labels (case-folded) of the menus and breadcrumbs written in ``original[start:
    end]``, the page's head above a block: each line split at its separators."""
    start = max(start, end - HEAD_LABELS_MAX_CHARS)
    return frozenset(label for line in original[start:end].split("\n")
                     if _LABEL_SPLIT.search(line)
                     for label in (part.strip().casefold() for part in _LABEL_SPLIT.split(line))
                     if label)


def _masthead_lines(blocks: list[Block]) -> int:
    """How many blocks the page's first paragraph was split into, line by line (a masthead's
    name over its subtitle, "Anti-Corruption Agency of ..." / "Official Internet resource
    of a state body"), at most ``NAVIGATION_LABEL_MAX_LINES`` and never the last block."""
    size = 1
    while size < min(NAVIGATION_LABEL_MAX_LINES, len(blocks) - 1) and blocks[0].lines == 1 \
            and blocks[size].split_rest and blocks[size].gap == 0 and blocks[size].lines == 1:
        size += 1
    return size


def _above_navigation(blocks: list[Block], original: str, rules: SegmentRules,
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
    if len(lines) > NAVIGATION_LABEL_MAX_LINES or label.date_line or any(
            b.date_line and not b.text[:1].isalpha() for b in labels[1:]) or any(
            len(line.split()) > NAVIGATION_LABEL_MAX_WORDS or ends_sentence(line)
            or is_open_end(line, rules) for line in lines):
        return False
    if _NAVIGATION_MARK.search(original, labels[-1].end, following.start) is None:
        return False
    # a headline over a masked photo credit and its body keeps its title; a listing's
    # date line under the navigation opens the first news of the list; the lines of a
    # masthead (a site's name in two scripts over its motto) lie over a headline
    return ((label.words < TEASER_MIN_WORDS and len(lines) == 1)
            or following.headline or following.date_line
            or following.date_lead or (following.lines > 1 and line_kind(
                following.text.split("\n", 1)[0], rules) == "head"))


OFFICE_SIGNOFF_MAX_CHARS = 160  # "Press service of the Directorate of the Ministry of ..."
CLOSING_LINE_REACH = 320  # a blank line and a closing line ("ju/mlm/sst", a photo's caption)
CAPTION_MIN_WORDS = 6  # a labelled photo caption's first sentence this long tells something
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
CLOSING_LINES_MAX = 3  # "Reporter: ..." / "Editor: ..." / "ab/cd" under a story


def without_office_signoff(text: str, start: int, end: int, rules: SegmentRules) -> int:
    """The end of an item without a press office's sign-off line right under its last
    sentence ("... call 1424.\nPress service of the Agency"): the office's signature, no part
    of the story. A news agency's credit there ("-- BERNAMA", "VNA", "PTI SUM HVA") closes
    the story and stays in it, as it does set apart by a blank line."""
    cut = text.rfind("\n", start, end)
    if cut < 0 or end - cut > OFFICE_SIGNOFF_MAX_CHARS:
        return end
    last = text[cut + 1:end].strip()
    if rules.any_office_signoff.fullmatch(last) is None:
        return end
    above = text[max(start, text.rfind("\n", start, cut) + 1):cut]
    if not above.strip() or not ends_sentence(above):
        return end
    return cut - (len(above) - len(above.rstrip()))


def _is_closing_line(line: str, rules: SegmentRules, caption: bool = False) -> bool:
    """Whether ``line`` (stripped) is a wire desk's initials ("vd/jad"), an editor's
    credit ("[Editor: huaxia]") or a photo's caption that tells something under its label
    (a sentence of at least ``CAPTION_MIN_WORDS`` words: "PHOTO: Officers unload the bales
    at the pier on May 3. (Police Photo)", no credit alone: "Photo: Customs Committee"): a
    line closing the story, inside its item."""
    return rules.any_desk_initials.fullmatch(line) is not None \
        or rules.any_closing_credit.fullmatch(line) is not None \
        or (caption and _tells_caption(line, rules))


def _ends_with_end_mark(original: str, end: int, rules: SegmentRules) -> bool:
    """Whether the line ending at ``end`` closes with a wire's end mark ("... said. Enditem")."""
    words = original[original.rfind("\n", 0, end) + 1:end].split()
    return bool(words) and any(p.fullmatch(words[-1]) for p in rules.end_marks)


def _tells_caption(line: str, rules: SegmentRules) -> bool:
    """Whether ``line`` is a labelled photo caption whose first sentence has at least
    ``CAPTION_MIN_WORDS`` words, the line closed as a sentence (its credit may follow)."""
    label = next((m for m in (p.match(line) for p in rules.subheadings) if m), None)
    if label is None or not ends_sentence(line):
        return False
    first = _SENTENCE_END.split(line[label.end():], maxsplit=1)[0]
    return len(first.split()) >= CAPTION_MIN_WORDS


def with_closing_lines(end: int, original: str, masked: str, rules: SegmentRules) -> int:
    """Widen an item over the wire desk's initials or the editor's credit closing the
    story (``desk_initials``, ``closing_credit`` cues), on the lines right under its last
    line ("... on October 19.\nvd/jad", "... and Guangxi.\n[Editor: huaxia]") or set apart
    by one blank line ("... Leonardo da Vinci.\n\nju/mlm/sst"): masked as noise, they still
    close the story, a digest's story as any other (the next story's headline under them
    opens the next item). Up to ``CLOSING_LINES_MAX`` such lines, one under the other. A
    masked contact line between the story and them ("Customer service: +36 80 ...", or the
    masked rest of the last line, "... / www.example.org") is taken with them, never alone."""
    bridged = _over_contact_line(end, original, masked, rules)
    position = bridged
    for count in range(CLOSING_LINES_MAX):
        rest = original[position:position + CLOSING_LINE_REACH]
        first = rest.find("\n")
        if first < 0 or rest[:first].strip():
            break
        above = first  # the line starts after this newline
        second = rest.find("\n", first + 1)
        if count == 0 and second >= 0 and not rest[first + 1:second].strip():
            above = second  # one blank line between the story and its first closing line
        line_end = rest.find("\n", above + 1)
        if line_end < 0 and position + len(rest) < len(original):
            break
        line = rest[above + 1:line_end if line_end >= 0 else len(rest)]
        closing = line.strip()
        if not closing or masked[position + above + 1:position + above + 1 + len(line)].strip() \
                or not _is_closing_line(closing, rules, caption=position == end
                                        and not _ends_with_end_mark(original, end, rules)):
            break
        position += above + 1 + len(line.rstrip())
    return end if position == bridged else position


def _over_contact_line(end: int, original: str, masked: str, rules: SegmentRules) -> int:
    """The end of the masked contact material right under an item's last character: the
    masked rest of its line ("(01) 421-8190 / www.example.org"), else one whole masked
    line under it holding a phone or an address ("Customer service: +36 80 203 776."); the
    item's end itself when there is none."""
    line_end = original.find("\n", end)
    if line_end < 0:
        return end
    tail = original[end:line_end]
    if tail.strip():
        return end if masked[end:line_end].strip() else end + len(tail.rstrip())
    next_end = original.find("\n", line_end + 1)
    if next_end < 0:
        return end
    line = original[line_end + 1:next_end]
    if not line.strip() or masked[line_end + 1:next_end].strip() \
            or rules.any_contact_mark.search(line) is None or _is_closing_line(line.strip(), rules):
        return end
    return line_end + 1 + len(line.rstrip())


WIRE_TRAILER_MAX_LINES = 4  # a wire's slug, picture credit, contact and source lines
WIRE_TRAILER_LINE_MAX_CHARS = 80


def without_wire_trailer(start: int, end: int, original: str, rules: SegmentRules) -> int:
    """The end of an item at its wire sign-off, set apart under its last paragraph
    ("...\n\n(Schluss) sis/ham", "dpa-AFX  jum/DP/mis"): the short lines under it, none a
    sentence (the wire's slug "APA0231  2027-10-01/11:42", "Bildnachweis: ...", "Source:
    ..."), are the wire's furniture, no part of the story."""
    lines = original[start:end].split("\n")
    for index in range(len(lines) - 2, max(0, len(lines) - 2 - WIRE_TRAILER_MAX_LINES), -1):
        line = lines[index].strip()
        if lines[index - 1].strip() or rules.any_desk_initials.fullmatch(line) is None:
            continue
        trailer = [t.strip() for t in lines[index + 1:]]
        if all(t and len(t) <= WIRE_TRAILER_LINE_MAX_CHARS and not ends_sentence(t)
               for t in trailer):
            return start + sum(len(t) + 1 for t in lines[:index]) + len(lines[index].rstrip())
    return end


MASKED_DATE_REACH = 400  # characters above an item searched for its masked posting line


def masked_date_line(original: str, masked: str, floor: int, start: int,
                     rules: SegmentRules) -> str | None:
    """The ISO date of a posting line that noise masking removed right above an item
    ("Last updated: 14-01-2024 12:18" between a headline and its dateline, or over the
    headline): the item's reference date, though no entity comes from it."""
    for line in _masked_lines(original, masked, max(floor, start - MASKED_DATE_REACH),
                              start + MASKED_DATE_REACH):
        if is_date_line(line, rules):
            return parse_date_line(line, rules)
    return None


# a social post's time stamp under its text: the time, a dot or bar, then the date and
# counters ("8:02 AM · Mar 15, 2025 · 61.3K Views")
_POST_TIME_STAMP = re.compile(r"\d{1,2}:\d{2}(?: ?[AaPp]\.? ?[Mm]\.?)?[ \t]?[·|•][ \t]?(?=\S)")


def post_stamp_date(original: str, masked: str, end: int, rules: SegmentRules) -> str | None:
    """The ISO date of a post's time stamp that noise masking removed right under the
    item's last line ("8:02 AM · Mar 15, 2025 · 61.3K Views" under an X post): the post's
    own date, which its header over it gives without the year ("@police · Mar 15")."""
    line_start = original.find("\n", end) + 1
    if not line_start:
        return None
    line_end = original.find("\n", line_start)
    line_end = len(original) if line_end < 0 else line_end
    line = original[line_start:line_end].strip()
    if not line or masked[line_start:line_end].strip() or not _POST_TIME_STAMP.match(line):
        return None
    return parse_date_line(line, rules)


CLOSING_DATE_REACH = 200  # characters under the last item searched for its end mark's date
_END_MARK_JOINERS = "/|:–—- \t"  # between an end mark and its date ("Ends/Tuesday, ...")


def closing_date(original: str, masked: str, end: int, rules: SegmentRules) -> str | None:
    """The ISO date an end mark gives under the last item, masked with it ("Ends/Tuesday,
    October 14, 2025" under a government release dated nowhere else): the item's reference
    date, though no entity comes from it."""
    for line in _masked_lines(original, masked, end, end + CLOSING_DATE_REACH):
        mark = next((m for m in (p.match(line) for p in rules.end_marks) if m), None)
        if mark is None:
            continue
        rest = line[mark.end():].lstrip(_END_MARK_JOINERS)
        if rest and is_date_line(rest, rules):
            return parse_date_line(rest, rules)
    return None


def _masked_lines(original: str, masked: str, start: int, end: int) -> Iterator[str]:
    """The stripped lines of ``original[start:end]`` that masking blanked out entirely."""
    offset = start
    for line in original[start:end].split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        stripped = line.strip()
        if stripped and not masked[line_start:line_start + len(line)].strip():
            yield stripped


PAGE_HEAD_MAX_BLOCKS = 8  # a scraped page's head: site names, menus, labels


def _opens_dated_item(blocks: list[Block], index: int, stamped: bool = False) -> bool:
    """Whether ``blocks[index]`` opens a dated news item: a listing's date line with text
    under it, or a headline (with its second line) right over a date line, posting line
    or dateline (a date-led line right under it); ``stamped``: or over a listing's time
    stamp ("Today, 11:40", "2 hours ago")."""
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
    return (stamped and under.stamp) or (under.full_date and (
        under.date_line or under.dateline is not None
        or (under.date_lead and not under.after_noise)))


def without_page_head(blocks: list[Block], noise_above: bool = False) -> list[Block]:
    """The blocks without a scraped page's head: lines without prose or date (a site's
    name in capitals or in its own script, a menu the masking left, a language switch, a
    section label) above the first dated item's opening (a headline over its date or
    posting line, a listing's date line), when masked navigation lies above, among or
    under them (``noise_above``: the page's masked menu over its first line), or when each
    of them is written again further down (a site's name repeated in its footer). A
    headline over byline lines over its date line ("By Keith Dorval" / "The Canadian Press" /
    "Posted Feb 10, 2027") opens the item, not the byline's last line. A social account's
    profile over its first post's header is the page's head too (:func:`_profile_end`)."""
    profile = _profile_end(blocks)
    if profile:
        return blocks[profile:]
    for index, block in enumerate(blocks[:PAGE_HEAD_MAX_BLOCKS + 1]):
        # a headline over its time stamp opens the first item under a label ("Central Asia
        # — latest"), not under another headline (a teaser's title over its standfirst)
        if _opens_dated_item(blocks, index, stamped=not any(
                _is_news_headline(b) for b in blocks[:index])):
            if index and block.date_line and blocks[index - 1].headline \
                    and not block.text.startswith(blocks[index - 1].text):
                index -= 1  # the headline over its date line, masked lines between them
            elif block.date_line:
                index = headline_over_byline(blocks, index)
            elif index + 1 < len(blocks) and blocks[index + 1].date_line:
                index = min(index, headline_over_byline(blocks, index + 1))
            while index and blocks[index - 1].headline and not blocks[index].after_noise \
                    and blocks[index - 1].words > blocks[index].words:
                index -= 1  # a longer headline right over a number or place line
            if index == 1 and _is_headline_over_standfirst(blocks[0], blocks[1]):
                index = 0  # the page's one headline over its standfirst, no head line
            head = blocks[:index]
            if not head or not _is_furniture(head) or any(
                    b.date_line or b.date_lead or b.dateline is not None or b.lines > 1
                    for b in head) or _is_title_over_date_line(head, block):
                return blocks
            if noise_above or any(b.after_noise for b in blocks[:index + 1]) or {
                    b.text for b in head} <= {
                    line.strip() for b in blocks[index + 1:] for line in b.text.split("\n")}:
                return blocks[_first_teaser_pair(head, index):]
            return blocks
        if block.lines > 1 or (block.terminal and block.words >= MASTHEAD_PROSE_WORDS):
            return blocks  # prose, or a paragraph: no head line
    return blocks


def _is_title_over_date_line(head: list[Block], block: Block) -> bool:
    """Whether the head is one line in capitals right over the date line ``block``, no
    masked line between them: a document's title over its place and date ("EXTRACT FROM
    THE MINUTES OF ..." over "Minsk      18-19 June 2026", its letterhead masked above it),
    no site's name."""
    return (len(head) == 1 and head[0].all_caps and head[0].lines == 1
            and block.date_line and block.full_date and not block.after_noise)


def _is_headline_over_standfirst(first: Block, second: Block) -> bool:
    """Whether the page's first block is a headline that reads as news, of at least
    ``TEASER_MIN_WORDS`` words, with a headline-like standfirst under it and no masked
    furniture between them ("Suez Canal revenue climbs to $6.1B ..." over "Number of
    vessels crossing waterway up 38% ..., says canal authority head", a paragraph of its
    own): the first is the article's title, though shorter than the line under it."""
    return (second.headline and not second.after_noise
            and second.gap >= 1 and not second.split_rest
            and first.lines == 1 and _is_news_headline(first))


_VERIFIED_MARKS = " \t\r✔✓☑✅\ufe0f"  # a profile's verified badge after the account's name


def _profile_end(blocks: list[Block]) -> int:
    """Index of the first post's header when the page opens with the profile of the
    account that writes it: the first line names the account ("police_region_official ✔"
    over its name, counts and bio) and the page's first date line, a post header with text
    under it, opens with that name ("police_region_official • 18 February 2026"). The
    profile is page furniture, whatever its bio says; 0 when the page opens otherwise."""
    name = blocks[0].text.split("\n", 1)[0].rstrip(_VERIFIED_MARKS) if blocks else ""
    if len(name) < SITE_NAME_MIN_CHARS:
        return 0
    for index, block in enumerate(blocks[1:PAGE_HEAD_MAX_BLOCKS + 1], start=1):
        if block.date_line or block.date_lead or block.dateline is not None:
            above = blocks[index - 1]  # a news headline over a "<site> · <date>" byline
            opens = (block.date_line and block.full_date and index + 1 < len(blocks)
                     and block.text.startswith(name)
                     and block.text[len(name):len(name) + 1] in " ,"
                     and not _is_news_headline(above))
            return index if opens else 0
    return 0


def headline_over_byline(blocks: list[Block], index: int) -> int:
    """Index of the headline heading the date line ``blocks[index]`` across the byline
    lines between them: header fields ("By MARIA TORRES", "Editor: Zhang Wei"), or short
    unpunctuated lines written in one paragraph with the date line ("Jacob Shteyman" /
    "(Australian Associated Press)" / "Updated 4 June 2026 3:55pm"); the headline reads as
    news (a figure or a lower-case word, no bare name), or stands over a "By ..." field,
    which only a story's headline does, whatever its capitals ("Retailers Lock In Cheaper
    Shipping as Glut Deepens" / "By Ann Lee" / "May 5, 2027"). ``index`` when there is
    none."""
    top = index
    while top > 0 and index - top < BYLINE_MAX_BLOCKS:
        above, under = blocks[top - 1], blocks[top]
        if top < index and (_is_news_headline(above) or (
                under.meta and above.words >= TEASER_MIN_WORDS and (
                    above.headline or _is_title_line(above)))):
            return top - 1
        if not (above.meta or (under.split_rest and is_byline_line(above))):
            break
        top -= 1
    return index


def _is_title_line(block: Block) -> bool:
    """A line that can title a story over its "By ..." field though it ends open ("Ice
    cover hits record low as warm winter drags on"): one line opening with a capital or a
    figure, no sentence, no date."""
    return (block.lines == 1 and not block.terminal
            and (block.text[:1].isupper() or block.text[:1].isdigit())
            and not (block.date_line or block.date_lead or block.dateline is not None))


def is_byline_line(block: Block) -> bool:
    """A short unpunctuated line of a byline: the author's name or the agency's
    ("Jacob Shteyman", "(Australian Associated Press)")."""
    return block.lines == 1 and not block.terminal and block.words <= SITE_LABEL_MAX_WORDS


def _first_teaser_pair(head: list[Block], default: int) -> int:
    """Index of the first of two teasers written one under the other (no masked line
    between them, neither in capitals nor a bare name) among a page's head lines:
    "Featured" headlines over the first article are news items; a site's name over its
    section label is not."""
    for index, (first, second) in enumerate(pairwise(head)):
        if first.teaser and second.teaser and not second.after_noise and all(
                not b.all_caps and reads_as_news(b.text, b.stopwords) for b in (first, second)):
            return index
    return default


def without_section_labels(blocks: list[Block]) -> list[Block]:
    """The blocks without a listing's section labels: a line of fewer than
    ``TEASER_MIN_WORDS`` words without punctuation or date ("Archive 2021", "More news"),
    under masked page furniture after a closed item, right above a dated item's opening.
    In a dump whose entries are titled over their date lines (``TITLED_ENTRIES_MIN`` of
    them), such a line right over a date line is one more entry's short title ("RESULTS
    OF TEN MONTHS" / "20.11.2026"), not a label."""
    kept = blocks[:1]
    titled: bool | None = None  # (counted once, when first asked)
    for index in range(1, len(blocks)):
        block = blocks[index]
        if (block.lines == 1 and block.words < TEASER_MIN_WORDS and block.after_noise
                and not (block.terminal or block.date_line or block.date_lead
                         or block.dateline is not None)
                and blocks[index - 1].terminal and index + 1 < len(blocks)
                and _opens_dated_item(blocks, index + 1)):
            over_date_line = blocks[index + 1].date_line and block.headline
            if over_date_line and titled is None:
                titled = _titled_date_lines(blocks) >= TITLED_ENTRIES_MIN
            if not (over_date_line and titled):
                continue  # a section label
        kept.append(block)
    return kept


TITLED_ENTRIES_MIN = 2


def _titled_date_lines(blocks: list[Block]) -> int:
    """How many full date lines stand right under a one-line headline of at least
    ``TEASER_MIN_WORDS`` words (a dump's "title / date / body" entries)."""
    return sum(1 for above, block in pairwise(blocks)
               if block.date_line and block.full_date and above.headline and above.lines == 1
               and above.words >= TEASER_MIN_WORDS)


LETTERHEAD_MAX_BLOCKS = 6


def _is_furniture(blocks: list[Block]) -> bool:
    """Lines without a sentence of prose among them (a letterhead, a signature block)."""
    return not any(len(line.split()) >= MASTHEAD_PROSE_WORDS and ends_sentence(line)
                   for block in blocks for line in block.text.split("\n"))


def _opens_release(item: list[Block]) -> bool:
    """Whether an item opens like a release (a headline of at least ``TEASER_MIN_WORDS``
    words, a date line or a dateline) and has prose under it: no "Notes to editors" or
    "About the agency" section under an end mark."""
    first = item[0]
    headed = first.headline and (first.words >= TEASER_MIN_WORDS or (  # (a short headline
        first.words >= RELEASE_HEADLINE_MIN_WORDS and len(item) > 1  # over a paragraph of
        and item[1].terminal and item[1].words >= RELEASE_LEAD_MIN_WORDS))  # prose: "Customs
    # officers receive awards" / "Ten customs officers received ..." under "###")
    return (first.date_line or first.date_lead or first.dateline is not None
            or headed) and not _is_furniture(item)


def _is_dated_entry(item: list[Block], rules: SegmentRules) -> bool:
    """Whether an item is a listed news entry carrying its own date: a dated link
    ("- Sainshand: 42 cannabis plants destroyed — 21.10.2026"), or a headline of at least
    ``TEASER_MIN_WORDS`` words over its date line or under it ("Passenger detained with 3.1
    kg of cocaine at Sheremetyevo" / "13 May 2026, 18:20" or "16-20 May")."""
    first = item[0]
    if first.related_entry:
        return True
    if len(item) < 2:
        return False
    head, under = (first, item[1]) if first.headline else (item[1], first)
    return head.headline and head.words >= TEASER_MIN_WORDS and (
        under.date_line or is_day_month(under.text.strip(), rules.months))


def mark_closing_headings(blocks: list[Block], rules: SegmentRules) -> None:
    """Flag the heading lines that open a release's material for editors: "Notes to
    editors" (a closing-heading cue), or "About Border Force" (an about-heading cue) right
    over the publisher's description of itself (a boilerplate cue)."""
    either = rules.closing_or_about
    told = False  # whether a paragraph of prose came before (a story to close)
    for index, block in enumerate(blocks):
        if told and index and _is_reader_prompt(block, rules):
            block.closing = True
            continue
        told = told or (block.terminal and block.words >= READER_PROMPT_MIN_PROSE)
        if told and index and _about_text(block.text, rules):
            block.closing = True
            continue
        if block.lines != 1 or block.terminal or block.words > SITE_FOOTER_MAX_WORDS \
                or either is None or not either.fullmatch(block.text):
            continue  # (one test for both kinds first: most lines are neither)
        if any(p.fullmatch(block.text) for p in rules.closing_headings):
            block.closing = True
        elif index + 1 < len(blocks) and any(p.fullmatch(block.text)
                                             for p in rules.about_headings):
            block.closing = _is_self_description(blocks[index + 1].text, rules)


ABOUT_TEXT_MIN_WORDS = 5  # the publisher's description after "About <publisher>:"


def _about_text(text: str, rules: SegmentRules) -> bool:
    """Whether ``text`` opens with an about-heading, its colon and at least
    ``ABOUT_TEXT_MIN_WORDS`` words on the same line: the publisher's description of itself
    run on after it ("About INCB: The International Narcotics Control Board is the
    independent ... body"), a release's closing material."""
    head, colon, rest = text.partition(":")
    return bool(colon) and "\n" not in head \
        and len(rest.split("\n", 1)[0].split()) >= ABOUT_TEXT_MIN_WORDS \
        and any(p.fullmatch(head) for p in rules.about_headings)


def _is_reader_prompt(block: Block, rules: SegmentRules) -> bool:
    """Whether a paragraph opens with a page's call to its reader, on a short line of its
    own ("Subscribe for free to our newsletter", "Comments are closed on this story.",
    "Start a Conversation", "Become a member", "Join our Telegram channel ..."): under a
    story it closes it, and it and the page's furniture under it are no item."""
    return _reader_prompt_line(block.text.split("\n", 1)[0].strip(), rules)


def _reader_prompt_line(line: str, rules: SegmentRules) -> bool:
    """Whether ``line`` (stripped) is a call to the reader (``reader_prompt`` cues) of at most
    ``READER_PROMPT_MAX_WORDS`` words."""
    return len(line.split()) <= READER_PROMPT_MAX_WORDS \
        and rules.reader_prompt.fullmatch(line) is not None


def without_closing_sections(items: list[list[Block]], rules: SegmentRules) -> list[list[Block]]:
    """The items without a release's closing material: an item opening with a closing
    heading ("Notes to editors", "About <publisher>"), and, after it or after an end mark
    ("ENDS", "###"), every item up to the next one that opens like a release (the office's
    signature, contacts, notes, boilerplate) or is a listed news entry with its own date
    (samples/README.md, Items: an end mark closes its release, not the page)."""
    kept: list[list[Block]] = []
    closed = False
    for item in items:
        if not item:
            continue
        if item[0].closing:
            closed = True
            continue
        closed = closed or item[0].after_end_mark
        if closed and not (_opens_release(item) or _is_dated_entry(item, rules)):
            continue
        closed = False
        kept.append(item)
    return kept or [item for item in items if item]


def without_report_head(blocks: list[Block], running: int) -> list[Block]:
    """The blocks of a converted PDF without the lines over its first running page header
    or footer (which starts at ``running``): the publisher's name written over the report's
    name and page number ("STATE BORDER GUARD SERVICE UNDER THE MINISTRY ..." over "ANNUAL
    ACTIVITY REPORT 2024        17"), one-line labels without prose, page furniture. A
    line of prose over a running footer (a sentence broken by the page's end, "Gaborone, 12
    March 2027 - Police arrested ... and a" / "... | Page 1 of 2") is the first page's text:
    nothing is dropped."""
    head = list(takewhile(lambda b: b.end <= running, blocks))
    if not head or len(head) == len(blocks) or not all(
            b.lines == 1 and not b.terminal and not b.date_line and b.dateline is None
            and b.words <= HEADLINE_MAX_WORDS for b in head):
        return blocks
    return blocks[len(head):]


def without_letterhead(blocks: list[Block], rules: SegmentRules) -> list[Block]:
    """The blocks without a letterhead on top: lines without prose or listing line above a
    masked release mark ("PRESS RELEASE") with the release's headline right under it (a
    date line among them, "Date: 12/03/2026" under "Ref: ...", dates the release: see
    :func:`segment`). A headline above the mark ("DEA announces ...\nFOR IMMEDIATE
    RELEASE\nMay 9, 2024") is the release's."""
    if blocks and blocks[0].under_release_mark and _names_issuer(blocks, 0):
        return blocks[1:]  # (the site's labels above the mark already gone)
    title = _document_title(blocks) or _headline_under_names(blocks)
    if title:
        return blocks[title:]
    for index, block in enumerate(blocks[1:LETTERHEAD_MAX_BLOCKS + 1], start=1):
        if block.under_release_mark:
            opens = block.headline or line_kind(block.text.split("\n", 1)[0], rules) == "head"
            head = blocks[:index]
            news = any(b.headline and not b.all_caps and reads_as_news(b.text, b.stopwords)
                       for b in head)  # a headline and its date line over the mark
            if opens and _is_furniture(head) and not any(
                    b.date_lead or (b.date_line and news) for b in head):
                if _names_issuer(blocks, index):
                    index += 1  # the issuing office's name over its masked contact lines
                return blocks[index:]
            break
    return blocks


def _is_name_line(block: Block, joiner_chars: int = 0) -> bool:
    """A one-line name without a date or a lower-case content word ("COLLECTIVE SECURITY
    TREATY ORGANIZATION", "Coordination Council of Heads of Competent Authorities"); with
    ``joiner_chars`` (:data:`JOINER_MAX_CHARS`) a letterhead's name or motto, lower-case
    words that short allowed too ("RÉPUBLIQUE DU CAMEROUN – Paix – Travail – Patrie",
    "Cellule de Communication")."""
    return block.lines == 1 and not (block.terminal or block.date_line or block.date_lead) \
        and not any(word[:1].islower() and word not in block.stopwords
                    and len(word) > joiner_chars for word in WORD.findall(block.text))


JOINER_MAX_CHARS = 3  # a name's lower-case joiner in any language ("of", "de", "du", "и")


def _headline_under_names(blocks: list[Block]) -> int:
    """Index of a headline that reads as news, with prose under it, right under masked
    lines (a translation note, the office's contacts) under at least two letterhead lines
    (the state's name and motto, the issuing office: :func:`_is_name_line` with joiners);
    0 when the blocks open otherwise."""
    for index, block in enumerate(blocks[1:LETTERHEAD_MAX_BLOCKS + 1], start=1):
        if not _is_name_line(blocks[index - 1], JOINER_MAX_CHARS):
            return 0
        if block.after_noise:
            opens = (index >= 2 and _is_news_headline(block) and index + 1 < len(blocks)
                     and not _is_furniture(blocks[index + 1:index + 2]))
            return index if opens else 0
    return 0


# a document's label in capitals with its number ("PRESS RELEASE No. 112/2026",
# "COMMUNIQUE Nº 47/2026"): capitals but for the number sign
_NUMBER_SIGN = re.compile(r"\b(?:No|Nº|Nr|N°)\.?(?= ?\d)")


def _is_numbered_caps_label(block: Block) -> bool:
    """Whether ``block`` is a label in capitals with its number ("PRESS RELEASE No. 12/2026")."""
    if "N" not in block.text or block.words < 2:
        return False
    text, signs = _NUMBER_SIGN.subn("", block.text)
    return signs == 1 and in_capitals(text)


def _document_title(blocks: list[Block]) -> int:
    """Index of a document's ALL-CAPS title right over its date line ("EXTRACT FROM THE
    MINUTES OF ..." over "Minsk        18–19 June 2026") under letterhead lines naming the
    issuer, in any language ("Direction Centrale de la Police Judiciaire", a motto
    "Protéger et Servir": short lower-case joiners allowed); 0 when the blocks open
    otherwise."""
    for index, block in enumerate(blocks[1:LETTERHEAD_MAX_BLOCKS], start=1):
        if blocks[index - 1].lines > 1:
            return 0  # (cheap tests first: the names' words are read last)
        under = blocks[index + 1] if index + 1 < len(blocks) else None
        if (block.all_caps or _is_numbered_caps_label(block)) and block.lines == 1 \
                and not block.terminal and under is not None \
                and under.date_line and under.full_date:
            return index if all(_is_name_line(b, JOINER_MAX_CHARS)
                                for b in blocks[:index]) else 0
    return 0


def _names_issuer(blocks: list[Block], index: int) -> bool:
    """Whether ``blocks[index]``, right under a release mark, is the issuing office's name
    ("U.S. Coast Guard 7th District": one line, no lower-case content word) over masked
    lines (its contacts: "Contact: ...", "Office: 305-...") and the release's headline,
    which reads as news."""
    if index + 1 >= len(blocks):
        return False
    headline = blocks[index + 1]
    return (headline.after_noise and headline.lines == 1 and _is_news_headline(headline)
            and _is_name_line(blocks[index]))


def is_underlined_masthead(block: Block, rules: SegmentRules) -> bool:
    """A first block of a few lines without prose whose last line is a drawn rule (a
    newsletter's name and issue underlined, a headline under it): the rule closes it like
    a separator line. (An underlined headline over prose is the prose's.)"""
    lines = block.text.split("\n")
    return 1 < len(lines) <= HEADER_BLOCKS and _is_furniture([block]) and (
        rules.any_separator.fullmatch(lines[-1].strip()) is not None)


MASTHEAD_MAX_BLOCKS = 3  # a newsletter's name, its issue and date line


def is_masthead(item: list[Block], rules: SegmentRules) -> bool:
    """Lines above a dump's first separator, boxed by a drawn rule line, with no sentence
    of prose among them (a newsletter's name and issue number): no news item. Unboxed, a
    name and a date line over the separator are a masthead too ("REGIONAL DRUG MONITOR" /
    "Issue 41 · 2 September 2027" / "====="): names without a lower-case content word
    (:func:`_is_name_line`), no headline that reads as news."""
    lines = [line.strip() for block in item for line in block.text.split("\n")]
    boxed = any(rules.any_separator.fullmatch(line) for line in lines)
    if not boxed:
        return 2 <= len(item) <= MASTHEAD_MAX_BLOCKS and any(b.date_line for b in item) \
            and all(b.date_line or _is_name_line(b, JOINER_MAX_CHARS) for b in item)
    return sum(1 for line in lines if line) >= 2 and not any(
        len(line.split()) >= MASTHEAD_PROSE_WORDS and ends_sentence(line) for line in lines)


def with_glued_noise(start: int, end: int, original: str,
                     masked: str) -> tuple[int, int]:
    """Widen an item over masked noise written without a space against its edge words."""
    while end < len(original) and masked[end] == " " and not original[end].isspace():
        end += 1
    while start > 0 and masked[start - 1] == " " and not original[start - 1].isspace():
        start -= 1
    return start, end


def with_masked_title(start: int, previous_end: int, original: str, masked: str,
                      rules: SegmentRules) -> int:
    """Widen an item opening with a date line over its title right above it, masked as the
    last link of a list ("Related Articles" / "Samsung shares hit record" / "BOK holds rate
    at 2.25%" / "Published : Nov. 26, 2026" / body): a headline-shaped line, no blank line
    between, opening with a letter or digit (no tag line: "#police #drugs"), noise only by its
    place (no noise line on its own), below the item above."""
    first_end = masked.find("\n", start)
    first = masked[start:len(masked) if first_end < 0 else first_end].strip()
    if start == 0 or original[start - 1] != "\n" or not is_date_line(first, rules):
        return start
    above = original.rfind("\n", 0, start - 1) + 1
    line = original[above:start - 1].strip()
    if above < previous_end or not line[:1].isalnum() or masked[above:start - 1].strip() \
            or not is_headline_text(line, len(line.split()), rules) \
            or is_noise_line(line, load_rules()):
        return start
    return above + original[above:start].index(line)


CLOSING_LINK_TAIL = 40  # the item's last characters, where an open ending is looked for


def with_closing_link(end: int, original: str, masked: str, rules: SegmentRules) -> int:
    """Widen an item over masked noise that ends the sentence of its last line ("... please
    visit the OAS website at www.oas.org"): the line's words end open (a function word or
    a colon) right before it."""
    line_end = original.find("\n", end)
    line_end = len(original) if line_end < 0 else line_end
    rest = original[end:line_end].rstrip()
    if not rest or masked[end:line_end].strip() or not is_open_end(
            masked[max(0, end - CLOSING_LINK_TAIL):end], rules):
        return end
    return end + len(rest)


CONTACT_REACH = 600  # characters under an item searched for its signature's contact lines
CONTACT_BLOCK_MAX_LINES = 3  # a signature, or a contact heading and a name or two under it
CONTACT_NAME_MAX_WORDS = 4  # "Press office", "Media Relations Unit" among the contact lines


OFFICE_NAME_MAX_WORDS = 8  # "Press Service of the Regional Customs", "Police Press Office"


def _signs_as_office(line: str, rules: SegmentRules) -> bool:
    """Whether ``line`` is an office's name signing a release ("Press Service of Astrakhan
    Customs", "Police Press Office"): a few words naming a press office, no sentence."""
    return len(line.split()) <= OFFICE_NAME_MAX_WORDS and not ends_sentence(line) \
        and rules.any_office_signoff.search(line) is not None


def with_contact_lines(end: int, original: str, masked: str, rules: SegmentRules) -> int:
    """Widen an item over the contact lines that noise masking removed right under its
    signature (no blank line between): "Issued by: Press Office", a press office signing
    ("Press Service of the Customs" / "tel. ..."), or a contact heading
    ("Queries please to:" / "Regional Police Directorate") over "Press office" / "Phone:
    ..." / "E-mail: ...". They close the release as its signature does; the share bar or
    the portal's credit under them does not (the widening stops at the last line holding
    a phone, an address or a contact field)."""
    above = original[max(0, end - CONTACT_REACH):end].split("\n")
    block = list(takewhile(str.strip, reversed(above)))[::-1]
    if not block or len(block) > CONTACT_BLOCK_MAX_LINES or not (
            rules.any_signature.match(block[-1].strip())
            or _signs_as_office(block[-1].strip(), rules)
            or any(line.rstrip().endswith(":") for line in block)):
        return end  # the item's last paragraph is no signature or contact heading
    line_start = original.find("\n", end)
    widened = end
    while 0 <= line_start < end + CONTACT_REACH:
        line_end = original.find("\n", line_start + 1)
        line_end = len(original) if line_end < 0 else line_end
        line = original[line_start + 1:line_end].strip()
        if not line or masked[line_start + 1:line_end].strip():
            break  # a blank line, or text of the page's own
        if rules.any_contact_mark.search(line):
            widened = line_start + 1 + len(original[line_start + 1:line_end].rstrip())
        elif ":" in line or len(line.split()) > CONTACT_NAME_MAX_WORDS:
            break
        line_start = line_end if line_end < len(original) else -1
    return widened


TRAILING_LABEL_MAX_WORDS = 6
SITE_NAME_MIN_CHARS = 4
_PAGE_NUMBER = re.compile(r"(?:[-–—] ?)?\d{1,4}(?: ?[-–—])?")  # a page's number on its own line
_NAME_SEPARATOR = re.compile(r"\s+[|–—·-]\s+|\s*[|·]\s*")


def is_page_number(line: str) -> bool:
    """Whether ``line`` is a page's number alone ("16", "- 16 -"), maybe set far right."""
    return _PAGE_NUMBER.fullmatch(line.strip()) is not None


def _names_site(line: str, page_head: frozenset[str]) -> bool:
    """Whether ``line`` opens with a name the page's head gave (the site's name, in any of
    the head's languages): a footer's address or slogan line ("SELEC Headquarters, 1-5
    Calea 13 Septembrie, Bucharest" under a page headed "SELEC – Southeast European Law
    Enforcement Center"), or naming it after a separator ("Dirección General de
    Comunicación Social – Ministerio de Gobierno" under "MINISTERIO DE GOBIERNO"), or
    naming an office of it by that name ("Oficina de Relaciones Informativas · Dirección
    General de la Guardia Civil" under a page headed "GUARDIA CIVIL")."""
    parts = [part.strip().casefold() for part in _NAME_SEPARATOR.split(line)]
    for head in page_head:
        for name in _NAME_SEPARATOR.split(head):
            name = name.strip().casefold()
            if len(name) >= SITE_NAME_MIN_CHARS and any(
                    (part.startswith(name) and not part[len(name):len(name) + 1].isalnum())
                    or (part.endswith(name) and not part[-len(name) - 1:-len(name)].isalnum())
                    for part in parts):
                return True
    return False


def without_trailing_furniture(item: list[Block], rules: SegmentRules,
                               page_head: frozenset[str] = frozenset(),
                               original: str | None = None) -> list[Block]:
    """The document's last item without what closes the page under its prose: the
    publisher's description of itself ("The Agency is the lead federal agency charged
    with ..."), short unpunctuated link lines under masked furniture ("All news of the
    Secretariat" under "Share: VK Telegram"), lines of the page's head repeated in its
    footer (the site's name), footer lines opening with that name (its address or
    slogan), a converted PDF's last page number set apart under the text ("16"), the
    writer's note on himself under masked tags or share buttons, opening with the name
    the byline gives ("By Ana Ruiz" ... "Ana Ruiz is a senior correspondent ..."), and
    the one line left under the page's closing bar (:func:`_under_closing_bar`)."""
    writer = _byline_name(item)
    item = item[:_trailing_links(item)]
    if original is not None and _under_closing_bar(item, original, rules):
        item = item[:-1]
    while len(item) > 1:
        last = item[-1]
        if last.lines == 1 and last.gap >= 1 and _PAGE_NUMBER.fullmatch(last.text):
            item = item[:-1]  # a converted PDF's last page number ("16", "- 16 -")
            continue
        if page_head and not last.terminal and not _closing_credit(item, rules) and all(
                line.strip() in page_head for line in last.text.split("\n")):
            item = item[:-1]  # (the agency's credit under the last sentence stays, even
            continue  # when the page's head names the agency: "AAP" over the story)
        line = (last.after_noise and last.lines == 1
                and not (last.terminal or last.date_line or last.date_lead or last.signature))
        label = line and (last.words <= TRAILING_LABEL_MAX_WORDS
                          or (last.words <= SITE_FOOTER_MAX_WORDS
                              and _names_site(last.text, page_head)))
        about_writer = writer is not None and last.after_noise and last.text.startswith(writer)
        related = len(item) if original is None else _related_links(item, original, rules)
        if related < len(item):
            item = item[:related]
            continue
        if not (label or about_writer or _link_list(last) or describes_publisher(last, rules)):
            break
        item = item[:-1]
    return item


CLOSING_BAR_MIN_BLOCKS = 3  # the story's blocks above the bar: a headline and its prose


def _under_closing_bar(item: list[Block], original: str, rules: SegmentRules) -> bool:
    """Whether the last block of ``item`` is one line left under the page's closing bar:
    only masked lines lie between it and the story's last sentence, one of them sharing
    buttons or a view counter ("Print  Share: f X in", "Views: 2 057"), no link set into
    the story ("ALSO READ | Fog likely in plains ..."). What the page writes under that bar
    (the press office's name, a call to readers) closes the page, not the story."""
    if len(item) < CLOSING_BAR_MIN_BLOCKS:
        return False
    above, last = item[-2], item[-1]
    if not (last.after_noise and last.lines == 1 and above.terminal and not above.headline):
        return False
    if last.date_line or last.date_lead or last.dateline is not None:
        return False  # (a lone headline line under the bar has no story under it)
    noise = load_rules()
    lines = [line.strip() for line in original[above.end:last.start].split("\n")]
    return any(line and is_noise_line(line, noise)
               and not any(p.fullmatch(line) for p in rules.insert_labels) and (
        (noise.view_counter is not None and noise.view_counter.search(line) is not None)
        or any(word in noise.buttons for word in WORD.findall(line.lower())))
        for line in lines)


def _related_links(item: list[Block], original: str, rules: SegmentRules) -> int:
    """Where the links to other stories listed at the page's end start in the item
    (``len(item)`` when none are): a related-links label left alone under the story ("Most
    Read from Bloomberg"), or link titles, maybe with a tag line ("Topic | Hong Kong
    courts"), right under such a masked label ("Read more" / "Hong Kong watchdog steps up
    scrutiny of pre-deal trading"): no item (samples/README.md, Items: a related entry's
    bare headline is furniture)."""
    last = item[-1]
    if len(item) > 1 and last.lines == 1 and item[-2].terminal and not last.terminal \
            and rules.related_label.fullmatch(last.text.strip()) is not None:
        return len(item) - 1  # (a label closing the story, its links masked or gone)
    index = len(item)
    while index > 1 and _link_or_tag(item[index - 1]):
        index -= 1
        if item[index].after_noise:
            break
    run = item[index:]
    if not run or not run[0].after_noise or not any(
            len(WORD.findall(line)) >= TEASER_MIN_WORDS and not _TAG_LINE.fullmatch(line.strip())
            for b in run for line in b.text.split("\n")):
        return len(item)  # (a title among them, not only tags)
    masked = [line.strip() for line in original[item[index - 1].end:run[0].start].split("\n")]
    label = next((line for line in reversed(masked) if line), "")
    return index if rules.related_label.fullmatch(label) is not None else len(item)


def _link_or_tag(block: Block) -> bool:
    """A block of link titles (of a headline's length, in any case: "In Depth: China's
    Battery Giants Take the Price War to Europe") or tag lines: no sentence, table row, date
    line or dateline."""
    return not (block.terminal or block.date_line or block.date_lead
                or block.dateline is not None) and all(
        _TAG_LINE.fullmatch(line.strip()) or (
            len(WORD.findall(line)) <= HEADLINE_MAX_WORDS and not ends_sentence(line)
            and not _COLUMN_GAP.search(line))
        for line in block.text.split("\n"))


# a tag line under an article: short labels set apart by bars or dots ("Topic | Hong Kong
# courts", "Courts | Dublin | Cycling", "TAGS: INFLATION · INDEC · ECONOMY")
_TAG_LINE = re.compile(r"(?:[^\W\d][\w'’&-]*(?: [^\W\d][\w'’&-]*){0,3}:? ?[|·•] ?){1,8}"
                       r"[^\W\d][\w'’&-]*(?: [^\W\d][\w'’&-]*){0,3}")


LINK_LIST_LABEL_MAX_WORDS = 4  # "Other news", "More from the region"
_COLUMN_GAP = re.compile(r"\S(?: {2,}|\t|[ \t]?\|[ \t]?)\S")  # a table row's columns


def _link_list(block: Block) -> bool:
    """Whether ``block``, under masked furniture, is a list of links under a short label
    ("Other news" / "Customs officers of Ungheni detected undeclared gold jewellery" /
    "Results of the Customs Service for October 2026" under the share bar): lines of a
    headline's length reading as news (a lower-case word or a figure: no name or signature
    line), none ending a sentence, maybe under a label of at most
    ``LINK_LIST_LABEL_MAX_WORDS`` words."""
    if not block.after_noise or block.lines < 2 or block.terminal or block.date_line:
        return False
    lines = block.text.split("\n")
    if len(WORD.findall(lines[0])) <= LINK_LIST_LABEL_MAX_WORDS:
        lines = lines[1:]  # (the label may be masked: then every line is a link)
    return all(_reads_as_link(line, block.stopwords) for line in lines)


def _reads_as_link(line: str, stopwords: frozenset[str]) -> bool:
    """A line of a headline's length reading as news (a lower-case word or a figure), no
    sentence, no table row (columns set apart by wide spaces, tabs or bars)."""
    return (len(WORD.findall(line)) <= HEADLINE_MAX_WORDS and not ends_sentence(line)
            and not _COLUMN_GAP.search(line) and reads_as_news(line, stopwords))


def _is_link_line(block: Block) -> bool:
    """A one-line block of a headline's length reading as news (a lower-case word or a
    figure), no sentence, no date line: a link's title."""
    return (block.lines == 1 and not block.terminal and not block.date_line
            and _reads_as_link(block.text, block.stopwords))


def _trailing_links(item: list[Block]) -> int:
    """Where the links listed under the item's last paragraph start (``len(item)`` when
    none are): two or more link titles written one under the other (split from one
    paragraph), the first under masked furniture ("Share: ... / Other news" masked, then
    "Customs officers of Ungheni detected undeclared gold jewellery" / "Results of the
    Customs Service for October 2026")."""
    index = len(item)
    while index > 1 and _is_link_line(item[index - 1]):
        index -= 1
        if item[index].after_noise:
            return index if len(item) - index >= 2 else len(item)
        if not item[index].split_rest:
            break
    if len(item) > 2 and index == len(item) - 1 and item[index].split_rest \
            and _is_link_label(item[index - 1]):
        return index - 1  # one link under its short label ("Related news" / a headline)
    return len(item)


def _is_link_label(block: Block) -> bool:
    """A short one-line label under masked furniture, over a link ("Berita Terkait", "ERR
    News" over the linked story's headline): no sentence, date or figure."""
    return (block.after_noise and block.lines == 1 and not block.terminal
            and not block.date_line and block.words <= LINK_LIST_LABEL_MAX_WORDS
            and not any(c.isdigit() for c in block.text))


def _closing_credit(item: list[Block], rules: SegmentRules) -> bool:
    """Whether the item's last block is an agency's credit closing the story: one line
    shaped as a wire's sign-off ("AAP", "-- BERNAMA") right under a paragraph ending a
    sentence, no masked furniture between them."""
    last = item[-1]
    return (last.lines == 1 and not last.after_noise and item[-2].terminal
            and rules.any_agency_signoff.fullmatch(last.text) is not None)


_BYLINE_NAME = re.compile(r"By ([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})(?=$|,| and | \||\n)")


def _byline_name(item: list[Block]) -> str | None:
    """The writer's name a byline among the item's first blocks gives ("By Ana Ruiz",
    "By Ana Ruiz, Reuters"): a name of two to four capitalized words."""
    for block in item[1:HEADER_BLOCKS + 1]:
        if block.meta and block.text.startswith("By "):
            match = _BYLINE_NAME.match(block.text)
            return match.group(1) if match else None
    return None


_SLOGAN_DASH = re.compile(r"\S \S*[–—|] \S|\S [–—|]\S* \S")  # "<name> – <motto>"


def without_footer_slogan(original: str, masked: str, start: int, end: int,
                          rules: SegmentRules) -> int:
    """The end of the document's last item without the publisher's name and motto on its
    last line ("Ethiopian Federal Police – Serving the People with Integrity") under a line
    ending a sentence and over the page's footer, which masking removed to the text's end
    (its share bar): page furniture. A line with no footer under it, or naming a press
    office ("Press Office – Ministry of the Interior": a sign-off closing the release),
    stays."""
    return _without_footer_line(original, masked, start, end, lambda last: not (
        len(last.split()) > SITE_FOOTER_MAX_WORDS or ends_sentence(last)
        or _SLOGAN_DASH.search(last) is None or rules.any_office_signoff.search(last)))


def without_about_line(original: str, masked: str, start: int, end: int,
                       rules: SegmentRules) -> int:
    """The end of the document's last item without its last line when that line is the
    publisher's description of itself, after an about-heading ("About FSM Information
    Services: FSM Information Services is the public information office of ...") or alone
    ("The Agency is the unified border agency within ..."), under a line ending a sentence
    and over the page's footer: the release's closing material."""
    return _without_footer_line(original, masked, start, end, lambda last: (
        _about_text(last, rules) or (len(last.split()) > TRAILING_LABEL_MAX_WORDS
                                     and _is_self_description(last, rules))))


def without_related_label(original: str, masked: str, start: int, end: int,
                          rules: SegmentRules) -> int:
    """The end of the document's last item without its last line when that line is a
    related-links label whose links masking removed ("(Updates with ... paragraph.)" /
    "Most Read from Bloomberg") or a call to the reader ("If you found an error in the text,
    select it and press Ctrl+Enter"), under a line ending a sentence and over the page's
    footer."""
    return _without_footer_line(original, masked, start, end, lambda last: (
        rules.related_label.fullmatch(last) is not None or _reader_prompt_line(last, rules)))


def _without_footer_line(original: str, masked: str, start: int, end: int,
                         furniture: Callable[[str], bool]) -> int:
    """The end of the document's last item without its last line when ``furniture`` tells
    that line (stripped) is page furniture, under a line ending a sentence and over the
    page's footer, which masking removed to the text's end; else ``end``."""
    cut = original.rfind("\n", start, end)
    if cut < 0 or not original[end:].strip() or masked[end:].strip() \
            or not furniture(original[cut + 1:end].strip()):
        return end
    above = original[max(start, original.rfind("\n", start, cut) + 1):cut].rstrip()
    return start + len(original[start:cut].rstrip()) if ends_sentence(above) else end


PAGE_FOOTER_MAX_LINES = 3  # the publisher's name, address, phone or e-mail under the footer
PAGE_FOOTER_LINE_MAX_CHARS = 160


def without_page_footer(original: str, start: int, end: int,
                        running: list[tuple[int, int]]) -> int:
    """The end of a converted document's last item at its last page's running footer
    (masked: "Agency | Summary        Page 2 of 2") when only a few short lines that end no
    sentence lie under it (the publisher's address or e-mail on the page's foot): the
    page's footer, no part of the news. A sentence under it is the news running on."""
    footer = max((a for a, _b in running if start < a < end), default=None)
    if footer is None:
        return end
    tail = [line.strip() for line in original[footer:end].split("\n")[1:]]
    if not tail or len(tail) > PAGE_FOOTER_MAX_LINES or any(
            not line or len(line) > PAGE_FOOTER_LINE_MAX_CHARS or ends_sentence(line)
            for line in tail):
        return end
    return start + len(original[start:footer].rstrip())


MEDIA_LABEL_MAX_WORDS = 4  # "Photos (4)", "Operational video footage", "Video of the raid"


def without_media_label(original: str, masked: str, start: int, end: int,
                        rules: SegmentRules) -> int:
    """The end of the document's last item without a short label on its last line under
    the last sentence and over the page's footer, which masking removed to the text's end
    ("... held in custody.\nPhotos (4)\nShare   Print", "Operational video footage" over
    "Print version"): a link to the story's pictures or video, no sentence and no name
    (a word in lower case or a count, not "Police Media Unit"), not the agency's or office's
    sign-off ("AAP", "Press service"), its desk's initials ("bur/kva") or an editor's credit
    ("[Editor: huaxia]"): page furniture."""
    def is_media_label(last: str) -> bool:
        words = WORD.findall(last)
        return not (
            not words or len(words) > MEDIA_LABEL_MAX_WORDS or ends_sentence(last)
            or not reads_as_news(last, rules.stopwords) or is_date_line(last, rules)
            or rules.any_agency_signoff.fullmatch(last) or rules.any_office_signoff.search(last)
            or rules.any_signature.match(last) or _is_closing_line(last, rules))

    return _without_footer_line(original, masked, start, end, is_media_label)


def without_repeated_head(item: list[Block], page_head: frozenset[str]) -> list[Block]:
    """An item without the page's head written again over its headline (a converted PDF
    of two statements prints its letterhead, "ROYAL ... POLICE FORCE", over the second
    one's headline too): lines without a sentence that repeat the head's lines, when a
    headline or date line opens what is under them."""
    index = 0
    while index < len(item) - 1 and not item[index].terminal and all(
            line.strip() in page_head for line in item[index].text.split("\n")):
        index += 1
    if index and (item[index].headline or item[index].date_line):
        return item[index:]
    return item


def closing_stamp(item: list[Block], rules: SegmentRules) -> Block | None:
    """The page's posting stamp under the last item's last paragraph ("... next general
    election."\nPublished: 11 February 2027, 9:31 am", "First Published: Mar 14 2027 | 8:57
    PM IST" under the syndication note): a date line opening with a posting label right
    under a closed paragraph, or under masked lines below the body, is the page's footer, no
    part of the story (under a headline, over the body, such a line is the item's posting
    line and stays)."""
    if len(item) < 2:
        return None
    last = item[-1]
    if last.lines != 1 or not last.date_line or rules.any_posting_label.match(last.text) is None:
        return None
    if item[-2].terminal or (last.after_noise and any(b.terminal for b in item[:-1])):
        return last
    return None


def describes_publisher(block: Block, rules: SegmentRules) -> bool:
    """A paragraph of the publisher's description of itself ("The Agency is the lead
    federal agency charged with ...", "AMERIPOL is a mechanism of police cooperation
    created in 2007 ...")."""
    return block.words > TRAILING_LABEL_MAX_WORDS and _is_self_description(block.text, rules)


SELF_DESCRIPTION_HEAD = 240  # characters of a paragraph where its " is " is looked for


def _is_self_description(text: str, rules: SegmentRules) -> bool:
    """Whether ``text`` opens like a boilerplate cue and says what its subject is within
    its first ``SELF_DESCRIPTION_HEAD`` characters."""
    return " is " in text[:SELF_DESCRIPTION_HEAD] and any(p.match(text) for p in rules.boilerplate)


def _is_dated_teaser(item: list[Block]) -> bool:
    """Whether ``item`` is a one-line headline of a few words over its full date line and
    nothing more: a teaser listed under a page's article ("Consultations of experts held in
    Brussels" / "10.02.2026"), no signature (an office's name is not dated under it)."""
    return (len(item) == 2 and item[0].headline and item[0].lines == 1
            and item[0].words >= TEASER_MIN_WORDS and item[1].date_line and item[1].full_date)


def _is_stamped_teaser(item: list[Block]) -> bool:
    """Whether ``item`` is a one-line headline of a few words over its time stamp and
    nothing more ("Kabul Municipality Announces New Road Projects" / "3 days ago")."""
    return (len(item) == 2 and item[0].headline and item[0].lines == 1
            and item[0].words >= TEASER_MIN_WORDS and item[1].stamp)


def _is_date_first_entry(item: list[Block]) -> bool:
    """Whether ``item`` is a listing's entry of a full date line over a one-line headline
    and nothing more ("14.11.2026" / "Customs find 3 kg of cocaine in a parcel"): no body
    whose signature could follow it."""
    return (len(item) == 2 and item[0].date_line and item[0].full_date
            and item[1].headline and item[1].lines == 1)


def _is_dated_entry_line(item: list[Block]) -> bool:
    """Whether ``item`` is one line of a list's entry carrying its own date ("Two arrested
    at Rusumo border post ... – 06 Nov 2026", "17.02.2026  Road police summarize ..."): an
    item of the dump, as the guide has it, no signature."""
    return len(item) == 1 and item[0].lines == 1 and item[0].words > SITE_LABEL_MAX_WORDS \
        and not item[0].terminal and is_dated_entry(item[0].text)


def attach_orphan_headlines(items: list[list[Block]],
                            induced: frozenset[int] | set[int] = frozenset()
                            ) -> list[list[Block]]:
    """A trailing item made only of headline-like lines (a signature such as the agency's
    name and city) joins the item before it: it has no body of its own. Far below it (more
    than ``SIGNATURE_MAX_GAP`` blank or masked lines, or under the rule line closing the
    item: the page footer), it is no item. A full date line with a teaser under it, after
    an item opening with one, is a listing's entry, an item of its own; so is a teaser's
    headline over its date line, under masked furniture after a closed item ("Other news")
    or under another such teaser. Lines that repeat lines of the item above (a page
    footer's "Published 4 March 2026") are no item's. An item opened by the dump's own
    separator line (``induced``: the ids of the blocks layout induction found opening
    items) is an entry of its own."""
    result: list[list[Block]] = []
    for item in items:
        listed = item[0].teaser or id(item[0]) in induced or _is_dated_entry_line(item) or (
            item[0].full_date and len(item) > 1 and bool(result)
            and result[-1][0].full_date) or (  # a listing's last teaser
            bool(result) and _is_dated_teaser(item) and (
                (item[0].after_noise and result[-1][-1].terminal)
                or _is_dated_teaser(result[-1]))) or (  # "Other news" / a headline / its date
            bool(result) and _is_stamped_teaser(item) and _is_stamped_teaser(result[-1]))
            # (a sidebar's teasers, each a headline over its stamp: "... Projects" / "3 days ago")
        if result and item is items[-1] and not listed and all(
                b.headline or b.date_line or (b.words <= SIGNATURE_MAX_WORDS and not b.terminal)
                for b in item):
            repeated = {b.text for b in item} <= {b.text for b in result[-1]}
            if item[0].gap <= SIGNATURE_MAX_GAP and not repeated and not item[0].under_rule \
                    and not _is_date_first_entry(result[-1]):  # (a page's footer
                result[-1].extend(item)  # repeats the posting line: "Published 4 March 2026")
            # (under a "date / headline" entry a headline is the list's next link, undated:
            # no signature of the entry, and no item)
        else:
            result.append(item)
    return result

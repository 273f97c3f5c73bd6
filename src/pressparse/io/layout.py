"""Layout induction: a dump's own item separator, found from repetition.

The cue rules of :mod:`.segment` know the layouts of publishers seen before; a page of an
unseen publisher often marks its items with a line of its own that none of them knows
("[05 Oct, 09:30]" over each post of a channel export, "20 November" over each case of a
news list, "14. 11. 2025 | Kranj Police Administration" under each headline). Such a line
is recognized by what it is, not by its words: a short line of its own holding a date (a
month name or a numeric date or a time beside a number), reduced to a shape (digits to
``9``, month names to ``M``, other words to ``a``, punctuation kept). A shape written again
and again in one document, each time as a line of its own and with an item's text between
its occurrences, is that document's item boundary. The boundary lies on the marker line
itself, or on the headline right over it when every occurrence sits under a one-line
headline (a teaser list's "title / date" entries, a newsroom's "title / date | office /
body" entries). Sentences opening with a date ("On 3 May, ...") are no lines of their own
and give no shape.

A shape must recur ``MIN_REPEATS`` times; twice is enough when the layout is strong: a
bracketed time stamp ("[05 Oct, 09:30]") or "headline / date" pairs. The cue rules keep
their boundaries; induction only adds the ones they miss (see :func:`induce_layout`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from .segment_rules import TEASER_MIN_WORDS, Block, ends_sentence

MIN_REPEATS = 3  # a shape seen this often (as a line of its own) is the dump's separator
STRONG_MIN_REPEATS = 2  # a post's stamp (bracketed, or date and time), headline + date pairs
MARKER_MAX_CHARS = 90  # "Pub: Mon, 06 Oct 2025 02:10 GMT | Source: Australian Border Force"
MARKER_MAX_WORDS = 4  # words beside the date ("Updated", a weekday, "Posted on ... by admin")
MARKER_TAIL_MAX_WORDS = 6  # a field beside the date: an office, a place, an author
ITEM_MIN_WORDS = TEASER_MIN_WORDS  # an item between two markers says at least this much
TITLE_MIN_WORDS = 3  # words of a title that are no month ("Operation "Trap": 03.03-07.03.2025")
HEAD_MAX_WORDS = 12  # header lines above the first item: a channel's or a site's name
CLOCK_HEAD_MAX_WORDS = 6  # words (no month) of a label over clock-led entries ("Incidents")
# a line opening with a clock time and the entry's text ("18:42 Surkhandarya: border guards
# stop ...", "06:58 🔴 #Nogales | Agents of ..."); a range ("08:30 - 16:00") opens none
CLOCK_LEAD = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])[ \t]+(?![-–—\d])\S")
_DIGIT = re.compile(r"\d")
# a number (an ordinal day as one: "1st"), a word, spaces, one mark
_TOKEN = re.compile(r"\d+(?:st|nd|rd|th)?(?![^\W\d_])|\d+|[^\W\d_]+|\s+|[^\w\s]")
_DAY_AND_TIME = re.compile(r"(?:9 ?M|M 9|9[./-] ?9[./-] ?9),? (?:a )?9:9")  # date, time
_ABBREVIATED = re.compile(r"M\.")  # "Oct. 5" shaped as "May 5"
# a date in a shape: a day beside a month name, a numeric date, a time
_DAY_RANGE = re.compile(r"9 ?[-–] ?9(?= M)")  # a range of days before the month
_MARK_SYMBOLS = ("So", "Sm")  # a marker line's opening symbol ("▶", "■", "►", "🔹")
_FAMILY = " …"  # a marker key of lines sharing their opening symbol alone
_SHAPE_DATE = re.compile(r"9\.? ?M|M\.? ?9|9[./-] ?9[./-] ?9|9:9")


@dataclass
class Layout:
    """What induction found: blocks that open an item (by ``id``), blocks that are page
    furniture around the induced items, the marker line of each opening block, and marker
    blocks that close the entry above them (no item opens there)."""

    starts: set[int] = field(default_factory=set)
    dropped: set[int] = field(default_factory=set)
    markers: dict[int, str] = field(default_factory=dict)
    closers: set[int] = field(default_factory=set)  # date lines closing their entry


def marker_shape(line: str, months: Mapping[str, int]) -> str | None:
    """The shape of a separator-like line, or None for any other line: a short line whose
    fields (set apart by bars) are a date with at most ``MARKER_MAX_WORDS`` words beside it
    and labels of at most ``MARKER_TAIL_MAX_WORDS`` words, shaped ``a`` whatever their
    words ("20 November" -> ``9 M``, "[05 Oct, 09:30]" -> ``[9 M, 9:9]``, "14. 11. 2025 |
    Kranj Police Administration" -> ``9. 9. 9 | a``, "By Ana Ruiz | Oct. 5, 2025" -> ``a |
    M 9, 9``). An ordinal day is a day ("1st March"), an abbreviated month a month ("Oct."
    as "May")."""
    if len(line) > MARKER_MAX_CHARS or _DIGIT.search(line) is None:
        return None
    shapes: list[str] = []
    dated = False
    for part in line.split("|"):
        label = part.strip()
        if not label:
            return None
        shape, words = _field_shape(label, months)
        if _SHAPE_DATE.search(shape) is not None:
            if words > MARKER_MAX_WORDS:
                return None
            dated = True
            shapes.append(shape)
        elif words > MARKER_TAIL_MAX_WORDS or ends_sentence(label):
            return None
        else:
            shapes.append("a")  # a label: an office, an author, a section, a counter
    return " | ".join(shapes) if dated else None


def marker_key(line: str, months: Mapping[str, int]) -> str | None:
    """What a marker line shares with the other markers of its dump: its shape (see
    :func:`marker_shape`), or for a line opening with a symbol its symbol alone (a clipping
    digest's "▶ PHILELEFTHEROS, 24/09/2027" and "▶ CYPRUS MAIL (online), 23 September
    2027, 21:40", each outlet written its own way); None for a line that is no marker."""
    shape = marker_shape(line, months)
    if shape is None:
        return None
    return line[0] + _FAMILY if unicodedata.category(line[0]) in _MARK_SYMBOLS else shape


def _field_shape(field: str, months: Mapping[str, int]) -> tuple[str, int]:
    """A field's shape (digits ``9``, month names ``M``, other words ``a``, punctuation and
    one space kept) and its count of words that are no month."""
    parts: list[str] = []
    words = 0
    for token in _TOKEN.findall(field):
        if token[0].isdigit():
            parts.append("9")
        elif token[0].isalpha() or token[0] == "_":
            if token.lower() in months:
                parts.append("M")
            else:
                words += 1
                parts.append("a")
        elif token.isspace():
            parts.append(" ")
        else:
            parts.append(token)
    shape = _DAY_RANGE.sub("9", "".join(parts))  # "16-20 May" is shaped as "3 April"
    return _ABBREVIATED.sub("M", shape), words


def _first_line(block: Block) -> str:
    end = block.text.find("\n")
    return (block.text if end < 0 else block.text[:end]).strip()


def _is_title(block: Block, months: Mapping[str, int]) -> bool:
    """A one-line headline that can title an entry: words besides a date (not a label of
    two or three words, not a date line: "Dated: January 21, 2026")."""
    return (block.headline and block.lines == 1 and block.words >= ITEM_MIN_WORDS - 1
            and _field_shape(block.text, months)[1] >= TITLE_MIN_WORDS)


def _opens_entry(blocks: list[Block], index: int, months: Mapping[str, int]) -> bool:
    """Whether the one-line title at ``index`` opens an entry: at the page's top, under
    masked furniture or under a block that is no headline (prose, the entry above's date
    line), not under another headline line (a release number under its headline)."""
    if not _is_title(blocks[index], months):
        return False
    if index == 0 or blocks[index].after_noise:
        return True
    above = blocks[index - 1]
    return not above.headline or marker_shape(_first_line(above), months) is not None


def _line_under(blocks: list[Block], index: int) -> str:
    """The line under the marker line that opens ``blocks[index]``."""
    text = blocks[index].text
    end = text.find("\n")
    if end >= 0:
        return text[end + 1:].lstrip()
    return blocks[index + 1].text.lstrip() if index + 1 < len(blocks) else ""


def _words_after_marker(block: Block) -> int:
    """The words of ``block`` under its marker line (its first line)."""
    end = block.text.find("\n")
    return len(block.text[end + 1:].split()) if end >= 0 else 0


def induce_layout(blocks: list[Block], months: Mapping[str, int]) -> Layout:
    """The item boundaries a dump's own repeated marker line gives (see the module's
    docstring); empty when no shape recurs as a separator."""
    layout = Layout()
    by_shape: dict[str, list[int]] = {}
    for index, block in enumerate(blocks):
        text = block.text
        end = text.find("\n", 0, MARKER_MAX_CHARS + 2)
        if (len(text) if end < 0 else end) > MARKER_MAX_CHARS + 1:
            continue  # (cheap test first: a marker is a short first line)
        shape = marker_key(_first_line(block), months)
        if shape is not None:
            by_shape.setdefault(shape, []).append(index)
    for shape, places in by_shape.items():
        if len(places) < STRONG_MIN_REPEATS:
            continue
        if shape.endswith(_FAMILY) and any(b.terminal for b in blocks[:places[0]]):
            continue  # lines sharing only their symbol under a story's lead: its sections
        _induce_shape(blocks, shape, places, layout, months)
    return layout


def _induce_shape(blocks: list[Block], shape: str, places: list[int], layout: Layout,
                  months: Mapping[str, int]) -> None:
    # a channel's name written over every post's stamp ("Police of the Region" / "[12.04.2027
    # 09:14]"): the same line over each marker names the page, no entry's title; it goes
    # (dropped only once the markers make a layout)
    named = _named_markers(blocks, places)
    # a byline over every date line, each under its story's headline ("Dengue cases rise" /
    # "Post Report" / "Published at : September 15, 2026"): the headline opens the entry,
    # the byline is the story's, no channel's name
    bylined = bool(named) and all(index > 1 and _opens_entry(blocks, index - 2, months)
                                  for index in places)
    # "headline / date" entries: a title right over every marker, no masked line between
    # (a site's name over the menu above a "date / title" listing titles no entry)
    titled = not named and all(
        index > 0 and index - 1 not in places and not blocks[index].after_noise
        and _opens_entry(blocks, index - 1, months) for index in places)
    # a post's stamp: bracketed, or a date with its time ("14.05.2026 09:12")
    stamped = ":" in shape and ((shape.startswith("[") and shape.endswith("]"))
                                or _DAY_AND_TIME.search(shape) is not None)
    if len(places) < MIN_REPEATS and not (titled or stamped or bylined):
        return
    closing = False
    if bylined:
        starts, named = [index - 2 for index in places], []
    elif titled:
        starts = [index - 1 for index in places]
    else:
        found = _opening_starts(blocks, places, months, bool(named))
        if found is None:
            found = _closing_starts(blocks, places, months)
            closing = found is not None
        if found is None:
            return
        starts = found
    layout.dropped.update(id(blocks[index - 1]) for index in named)
    for index in starts:
        layout.starts.add(id(blocks[index]))
    if closing:
        layout.closers.update(id(blocks[index]) for index in places)
    for start, index in zip(starts, places, strict=True):
        layout.markers[id(blocks[start])] = _first_line(blocks[index])
    head = [b for b in blocks[:starts[0]] if id(b) not in layout.dropped]
    if head and all(b.lines == 1 and not b.terminal for b in head) \
            and sum(b.words for b in head) <= HEAD_MAX_WORDS:
        layout.dropped.update(id(b) for b in head)  # a channel's or site's name above
    if closing or (titled and all(blocks[index].lines == 1 for index in places) and all(
            places[n + 1] - places[n] == 2 for n in range(len(places) - 1))):
        _drop_list_links(blocks[places[-1] + 1:], layout)


def _named_markers(blocks: list[Block], places: list[int]) -> list[int]:
    """The markers (all of them) when one and the same one-line name without a sentence is
    written right over each of them, masked lines maybe between ("Police of the Northern
    Region" / "Forwarded from ..." / "[12.04.2027 09:14]"): a channel's or page's name over
    its posts' stamps; else none."""
    if places[0] == 0:
        return []
    above = {blocks[index - 1].text for index in places}
    name = blocks[places[0] - 1]
    if len(above) != 1 or name.lines != 1 or name.terminal or name.separator or any(
            later - earlier == 1 for earlier, later in pairwise(places)):
        return []  # (no marker right over another: the places are in order)
    return places


def _opening_starts(blocks: list[Block], places: list[int],
                    months: Mapping[str, int], named: bool = False) -> list[int] | None:
    """The entries' first blocks when each marker opens its entry: an item's text under
    every marker, opening with words (a programme's "09:30  Opening ..." under its day is
    no item); an entry's own title right over its marker opens it instead. None when the
    markers do not open entries; ``named``: a channel's name stands over the markers, so no
    entry has a title of its own over its marker. ``places`` are in text order."""
    titled: list[bool] = []
    for number, index in enumerate(places):
        end = places[number + 1] if number + 1 < len(places) else len(blocks)
        said = _words_after_marker(blocks[index]) + sum(b.words for b in blocks[index + 1:end])
        if said < ITEM_MIN_WORDS or _line_under(blocks, index)[:1].isdigit():
            return None
        # an entry's own title over its date line, below the entry above
        # (under masked furniture or a closed paragraph: "title / <updated> / body")
        titled.append(not named and index > 0
                      and not (number and places[number - 1] == index - 1)
                      and _opens_entry(blocks, index - 1, months)
                      and _under_entry_edge(blocks, index - 1))
    if sum(titled) >= STRONG_MIN_REPEATS:
        # the dump titles its entries: a shorter line of its own over a marker titles its
        # entry too ("RESULTS")
        titled = [here or _short_title(blocks, index)
                  for here, index in zip(titled, places, strict=True)]
    return [index - 1 if here else index for here, index in zip(titled, places, strict=True)]


def _under_entry_edge(blocks: list[Block], index: int) -> bool:
    """Whether ``blocks[index]`` stands under masked furniture or a closed paragraph."""
    return blocks[index].after_noise or (index > 0 and blocks[index - 1].terminal)


def _short_title(blocks: list[Block], marker: int) -> bool:
    """Whether a one-line headline of any length, no marker line itself, stands right over
    the marker at ``marker``, under masked furniture or a closed paragraph."""
    if marker < 1:
        return False
    above = blocks[marker - 1]
    return (above.headline and above.lines == 1 and not (above.date_line or above.date_lead)
            and _under_entry_edge(blocks, marker - 1))


def _closing_starts(blocks: list[Block], places: list[int],
                    months: Mapping[str, int]) -> list[int] | None:
    """The entries' first blocks when each marker closes its entry ("title / lead /
    date" teasers of a listing): a date line of its own under each entry's lead, a title
    opening the next entry right under it, the first entry's title a few blocks over the
    first marker. None when the markers do not close entries so."""
    first = next((index for index in range(places[0] - 1, max(-1, places[0] - 4), -1)
                  if _is_title(blocks[index], months)), None)
    if first is None:
        return None
    starts = [first]
    for number, index in enumerate(places):
        if blocks[index].lines != 1 or index - starts[-1] < 2:
            return None  # (no lead between the title and its date: "title / date" pairs)
        if number + 1 < len(places):
            if not _is_title(blocks[index + 1], months):
                return None
            starts.append(index + 1)
    return starts


def _drop_list_links(under: list[Block], layout: Layout) -> None:
    """Under a teaser list of "headline / date" entries: its short link lines ("Archive
    of news →") are no part of the last entry, and neither is a lone paragraph closing the
    page under masked furniture ("View all news" / "This website is funded by ..."); an
    article under the list (the last entry's body) stays."""
    for number, block in enumerate(under):
        if block.lines > 1 or block.terminal or block.words >= ITEM_MIN_WORDS:
            if number == len(under) - 1 and block.after_noise:
                layout.dropped.add(id(block))
            return
        layout.dropped.add(id(block))


def clock_entries(blocks: list[Block], months: Mapping[str, int]) -> Layout:
    """The item boundaries of a feed or bot digest whose entries are one line each, opening
    with its clock time ("18:42 Surkhandarya: border guards ...", "06:58 🔴 #Nogales | ..."):
    at least ``MIN_REPEATS`` such one-line blocks, only date lines and rules between them
    (a day's line, "— Sunday 29 November 2026 —": no entry's, dropped), and only date lines,
    rules and short labels above the first (the feed's name, "Incidents — 20 November":
    dropped). A story's headline or lead above them (a live blog's updates under its story),
    or other text between them (a programme's sessions, an update of several paragraphs),
    makes no entries."""
    layout = Layout()
    entries = [index for index, block in enumerate(blocks)
               if block.lines == 1 and block.words > ITEM_MIN_WORDS
               and CLOCK_LEAD.match(block.text) is not None]
    if len(entries) < MIN_REPEATS:
        return layout
    marked = set(entries)
    between = [block for index, block in enumerate(blocks[entries[0]:entries[-1]],
                                                    start=entries[0]) if index not in marked]
    head = blocks[:entries[0]]
    if any(not (block.date_line or block.separator) for block in between) or any(
            not (block.date_line or block.separator or (
                block.lines == 1 and not block.terminal
                and _field_shape(block.text, months)[1] <= CLOCK_HEAD_MAX_WORDS))
            for block in head):
        return layout
    layout.starts.update(id(blocks[index]) for index in entries)
    layout.dropped.update(id(block) for block in [*head, *between])
    return layout

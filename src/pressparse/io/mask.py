"""Masking scraping noise (file names, navigation links, share buttons, cookie banners).

Noise is replaced by spaces of equal length, newlines kept, so every offset into the masked
text is an offset into the original. Patterns live in ``pressparse_preprocess/noise.jsonl``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, takewhile
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, field_validator

from ..data import read_jsonl
from ..lru import LRUCache, clear_lru_fields
from ..regex_safety import check_optional_pattern, sre_constants, sre_parse
from .date_lines import (
    CHAT_MESSAGE,
    has_date,
    is_date_part,
    is_dated_entry,
    is_day_month,
    is_menu_date,
    is_time_stamp,
    opens_with_date,
    stamp_label_end,
)
from .edits import line_span

NOISE_FILE = "noise.jsonl"
VIEW_COUNTER_ID = "view_counter"  # the line record of a view counter ("Views: 312")
DATA_SUBDIR = "pressparse_preprocess"

# Separators between buttons or links sharing one line ("Share | Print", "VK  Telegram",
# "Communiqués / News releases").
_PART_SEPARATOR = re.compile(r"[ \t]*[|•·][ \t]*|[ \t]{2,}|\t|[ \t]/[ \t]")
# Decoration around a navigation line ("← Go back", "» Read more", "* Share").
_HAS_SEPARATOR = re.compile(r"[|•·\t]|  | / ")
_DECORATION = " \t\r\u00a0←→⟵⟶⇐⇒«»‹›<>•·|*#–—-◄►◀▶"
_WORD_SPLIT = re.compile(r"[\s,;:|/]+")
_LINE = re.compile(r"[^\n]+")
# A converted PDF's running header or footer: a short line with its page number set apart
# ("fedpol | Annual Report 2024        23", "25     fedpol | Annual Report 2024").
_PAGE_LINE = re.compile(r"(?m)^[ \t]*(?:(\d{1,4})[ \t]{2,}(\S[^\n]{3,90}?)|"
                        r"(\S[^\n]{3,90}?)[ \t]{2,}(\d{1,4}))[ \t\r]*$")  # (CRLF too)
_RULE_LINE = re.compile(r"[ \t]*[_=\-–—]{5,}[ \t\r]*")  # a drawn line under or over it
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s*$")
# a teaser's lead cut short by the listing: an ellipsis, maybe a read-more link after it
# ("... found in a greenhouse ... Read more"): it ends the lead as a sentence's end would
_CUT_LEAD_END = re.compile(r"(?:\.{3}|…)(?:[ \t]+[^\W\d_]+){0,3}[ \t\r»›→>\]]*$")
# a sentence ended inside a listing entry's line ("10/03/2026 – The police ... cocaine. Read")
_INNER_SENTENCE_END = re.compile(r"[.!?][\"”’')]* (?=\S)")
MAX_LISTED_LINE = 160  # lines listed under a footer heading are links, labels, contacts
ARTICLE_HEAD_MAX_LINES = 2  # a headline and its date line listed over their article
PROSE_MIN_WORDS = 25
# Lines longer than this are prose, never navigation.
MAX_NAV_LINE = 700
# the longest lines the groups of whole-line rules fill (:class:`LineRules`; the last group
# fills longer ones)
LINE_WIDTH_GROUPS = (30, 60, 120, 250)
SITE_LINK_MAX_CHARS = 30  # a dated entry's headline is longer than a link ("News 2025")
MAX_BUTTON_PART = 120  # a line of share buttons is short
MENU_MIN_PARTS = 4
# a short label ("CTF 150", "U.S. News", "N.KOREA"), no sentence: a dot only after one letter
_MENU_LABEL = re.compile(r"[^\W\d_](?:[^.!?:;,]|(?<=\b[^\W\d_])\.){0,30}")


class NoisePattern(BaseModel):
    """One noise rule of ``noise.jsonl``."""

    id: str
    kind: Literal["inline", "line", "button", "part", "heading", "thread", "thread_end",
                  "footer_line", "page_number", "header_field", "comments_heading",
                  "comment_header"]
    pattern: str
    # None: the kind's documented default (an inline regex is case-sensitive, every other
    # kind is matched case-blind); a record's explicit value overrides it
    ignore_case: bool | None = None
    guard: str | None = None  # inline only: run the pattern only where this cheap regex occurs
    any_of: tuple[str, ...] = ()  # line kinds: words one of which an ASCII line must hold

    _safe = field_validator("pattern", "guard")(check_optional_pattern)

    @field_validator("pattern", mode="before")
    @classmethod
    def _written_out(cls, pattern: Any) -> Any:
        """The pattern with ``{CHAT_MESSAGE}`` (io/date_lines.py) written out."""
        if isinstance(pattern, str):
            return pattern.replace("{CHAT_MESSAGE}", CHAT_MESSAGE)
        return pattern


@dataclass(frozen=True)
class Guard:
    """An inline rule's guard regex, with the literal openings one of which every match of it
    starts with (``"://|www\\."``: "://", "www."), tested first as plain substrings: the
    regex engine tries an alternation at every position where its first letters occur, a
    substring test runs at C speed. ``folded``: the openings are in lower case and tested in
    the text as :func:`folded_text` writes it (a case-blind guard, ``"(?i)photo|image"``: a
    case-blind regex scans no literal at C speed at all). With openings, the regex is tried
    only where one of them occurs (``folded_text`` keeps every character's offset)."""

    regex: re.Pattern[str]
    openings: tuple[str, ...] = ()
    folded: bool = False

    def found_in(self, text: str, folded: str | None = None) -> bool:
        """Whether the regex finds a match in ``text`` (``folded``: the text's
        :func:`folded_text`, made here when a folded guard is not given it)."""
        if not self.openings:
            return self.regex.search(text) is not None
        haystack = text
        if self.folded:
            haystack = folded if folded is not None else folded_text(text)
        return any(self._matches_at(text, haystack, opening) for opening in self.openings)

    def _matches_at(self, text: str, haystack: str, opening: str) -> bool:
        """Whether the regex matches ``text`` at an offset where ``haystack`` (the text or
        its folded copy) holds ``opening``: every match opens at such an offset, so this
        is ``regex.search(text)`` without trying the offsets in between."""
        at = haystack.find(opening)
        while at >= 0:
            if self.regex.match(text, at) is not None:
                return True
            at = haystack.find(opening, at + 1)
        return False


# the characters a case-blind regex matches to an ASCII letter that ``str.lower`` gives no
# such letter for: dotted capital I ("İ".lower() is "i" and a combining dot), dotless i,
# long s (the Kelvin sign lower-cases to "k" already)
_FOLDED_LETTERS = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))


def folded_text(text: str) -> str:
    """``text`` in lower case, each character that a case-blind regex matches to an ASCII
    letter written as that letter: an ASCII string a case-blind regex finds in ``text`` is
    in it, in lower case."""
    folded = text.lower()
    if not folded.isascii():
        for char, letter in _FOLDED_LETTERS:
            if char in text:
                folded = text.replace(char, letter).lower() if char == "\u0130" \
                    else folded.replace(char, letter)
    return folded


@dataclass(frozen=True)
class LineScan:
    """A pattern filling a whole line of a text (:func:`_any_line`), with the same pattern
    after a line break: ``^`` is tried at every character of the text, a literal line break
    is scanned for at C speed."""

    line: re.Pattern[str]
    after_break: re.Pattern[str]

    def found_in(self, text: str) -> bool:
        """Whether a line of ``text`` matches (``line.search(text)``): its first line, or a
        line after a break."""
        return self.line.match(text) is not None or self.after_break.search(text) is not None


@dataclass(frozen=True)
class LineRules:
    """The whole-line rules: the records without ``any_of`` words in alternations grouped by
    the longest line each record can fill (``plain``, shortest first: a line is tried only
    against the groups that can fill all of it, so a long line skips the many short button
    and menu rules), then each record with words, tried alone on a line holding one of its
    words (a record opening with ``[^\\n]{0,N}`` is retried at every character of every
    line; a substring test skips it on most). The words are tested in an ASCII line only,
    lower-cased: case-blind matching of other characters ("ſ", "K") is left to the pattern
    itself; another line is tried when it holds one of the texts the pattern itself
    requires (:func:`_required_words`, in the line as :func:`folded_text` writes it), or
    always when the pattern requires none. A record opening with such a scan needs no words
    of its own: ``scanning`` holds each with the texts its pattern requires, tested in any
    line."""

    plain: tuple[tuple[int, re.Pattern[str]], ...] = ()  # (longest line filled, alternation)
    # (any_of, the texts the pattern requires or (), pattern)
    worded: tuple[tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]], ...] = ()
    # (longest line filled, the texts the pattern requires, pattern)
    scanning: tuple[tuple[int, tuple[str, ...], re.Pattern[str]], ...] = ()

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """A match of one of the rules filling ``text``, or None."""
        size = len(text)
        for longest, pattern in self.plain:
            if size <= longest:
                match = pattern.fullmatch(text)
                if match is not None:
                    return match
        if not self.scanning and not self.worded:
            return None
        folded = folded_text(text)
        holds = folded.__contains__  # (``any(map(holds, words))``: the loop runs in C)
        for longest, words, pattern in self.scanning:
            if size <= longest and any(map(holds, words)):
                match = pattern.fullmatch(text)
                if match is not None:
                    return match
        ascii_line = text.isascii()  # (then ``folded`` is the line in lower case)
        for any_of, required, pattern in self.worded:
            words = any_of if ascii_line else required
            if not words or any(map(holds, words)):
                match = pattern.fullmatch(text)
                if match is not None:
                    return match
        return None


MIN_OPENING = 2  # a guard's literal openings are tested only when each is this long
MAX_REMEMBERED_LINES = 10_000  # verdicts kept per rule set (the least recently used forgotten)


@dataclass(frozen=True)
class NoiseRules:
    """The compiled noise rules: inline regexes, a whole-line regex, and button words."""

    inline: tuple[tuple[Guard | None, re.Pattern[str]], ...]  # (guard, pattern)
    line: LineRules | None
    buttons: frozenset[str]
    part: re.Pattern[str] | None = None  # noise only as a part of a multi-part line
    heading: re.Pattern[str] | None = None  # a footer heading: it and its list are noise
    thread: re.Pattern[str] | None = None  # a post's action bar: it and the lines under it
    thread_end: re.Pattern[str] | None = None  # the next post's header ends the comments
    # readers' comments under an article: their heading ("Comments (3)") over a comment's
    # header line ("Hayk_M · 14.09.2026 15:02"): the heading and the comments are noise
    comments_heading: re.Pattern[str] | None = None
    comment_header: re.Pattern[str] | None = None
    comments_heading_line: LineScan | None = None  # one scan: does any line announce them?
    # the heading and thread patterns over a whole text, a line's decoration around them:
    # one scan tells whether any line can open a footer list or a comment thread
    heading_line: LineScan | None = None
    thread_line: LineScan | None = None
    # a line that is noise only under the text's first paragraph of prose ("Updated June
    # 18, 2025" in a release's footer; over the body, under the headline, it is the item's
    # posting line and stays), and that pattern filling a line of a whole text (one scan)
    footer: re.Pattern[str] | None = None
    footer_line: LineScan | None = None
    # a converted document's page number on a line of its own ("Page 1 of 2"): noise like a
    # line rule, and the line repeated beside it on each page is a running header or footer
    page_number_line: LineScan | None = None
    # a view counter ("Views: 2 057", "👁 1 146"), the ``view_counter`` line record searched
    # inside a line: a masked line holding one under a story's last sentence is the page's
    # closing bar (the one list of the counter's words, for masking and segmentation)
    view_counter: re.Pattern[str] | None = None
    # a field searched in a line on a document's top that makes it a header line ("Tel:
    # +44 20 ...", :func:`_is_header_line`)
    header_field: re.Pattern[str] | None = None
    # line -> is_noise_line's verdict: a site's menus, share bars and footers repeat on
    # every page of a dump, and the whole-line alternation is the costly test
    verdicts: LRUCache[str, bool] = field(
        default_factory=lambda: LRUCache(MAX_REMEMBERED_LINES), compare=False, hash=False,
        repr=False)
    # a line's part without decoration -> _is_noise_part's verdict
    part_verdicts: LRUCache[str, bool] = field(
        default_factory=lambda: LRUCache(MAX_REMEMBERED_LINES), compare=False, hash=False,
        repr=False)
    # line -> the noise parts of a posting line ("18.02.2026, 13:05 | Print")
    dated_parts: LRUCache[str, tuple[tuple[int, int], ...]] = field(
        default_factory=lambda: LRUCache(MAX_REMEMBERED_LINES), compare=False, hash=False,
        repr=False)

    def forget(self) -> None:
        """Forget every remembered verdict (each LRUCache field), as a new run starts."""
        clear_lru_fields(self)


def data_dir() -> Path:
    """The bundled preprocessing data directory."""
    from ..pipeline import model_path

    return model_path() / DATA_SUBDIR


def read_data_json(name: str) -> Any:
    """The JSON file ``name`` of the bundled preprocessing data directory, as read."""
    return json.loads((data_dir() / name).read_text(encoding="utf-8"))


def compile_rules(records: list[NoisePattern]) -> NoiseRules:
    """Compile the records once: each inline regex, one alternation for line rules."""
    inline = tuple(
        (_guard(r.guard) if r.guard else None,
         re.compile(r.pattern, re.IGNORECASE if r.ignore_case else 0))
        for r in records
        if r.kind == "inline"
    )
    buttons = frozenset(r.pattern.lower() for r in records if r.kind == "button")
    heading = _alternation(records, "heading")
    thread = _alternation(records, "thread")
    footer = _alternation(records, "footer_line")
    comments_heading = _alternation(records, "comments_heading")
    return NoiseRules(inline, _line_rules(records), buttons,
                      part=_alternation(records, "part"), heading=heading, thread=thread,
                      thread_end=_alternation(records, "thread_end"),
                      heading_line=_any_line(heading), thread_line=_any_line(thread),
                      footer=footer, footer_line=_any_line(footer),
                      page_number_line=_any_line(_alternation(records, "page_number")),
                      view_counter=_word_search(records, VIEW_COUNTER_ID),
                      header_field=_alternation(records, "header_field"),
                      comments_heading=comments_heading,
                      comment_header=_alternation(records, "comment_header"),
                      comments_heading_line=_any_line(comments_heading))


def _word_search(records: list[NoisePattern], record_id: str) -> re.Pattern[str] | None:
    """The pattern of the record named ``record_id`` to search inside a line, opening at a
    word's start ("Views: 312" in "Print | Views: 312", not "view 2027" in "Review 2027"),
    case-blind unless the record says otherwise; None when there is no such record."""
    record = next((r for r in records if r.id == record_id), None)
    if record is None:
        return None
    return re.compile(rf"(?<![^\W_])(?:{record.pattern})",
                      0 if record.ignore_case is False else re.IGNORECASE)


def _alternation(records: list[NoisePattern], *kinds: str) -> re.Pattern[str] | None:
    """The patterns of the kinds in one case-blind alternation, or None when there are none;
    a record with ``ignore_case`` false keeps its case inside it."""
    patterns = [f"(?-i:{r.pattern})" if r.ignore_case is False else f"(?:{r.pattern})"
                for r in records if r.kind in kinds]
    return re.compile("|".join(patterns), re.IGNORECASE) if patterns else None


def _line_rules(records: list[NoisePattern]) -> LineRules | None:
    """The line and page-number records: those without ``any_of`` words or a scan first in
    alternations by the longest line they fill, each other one compiled alone (case-blind
    unless the record says otherwise; see :class:`LineRules`)."""
    kinds = ("line", "page_number")
    groups: dict[int, list[tuple[int, NoisePattern]]] = {}  # bound: (longest line, record)
    worded: list[tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]] = []
    scanning: list[tuple[int, tuple[str, ...], re.Pattern[str]]] = []
    for record in _branch_records(records, kinds):
        flags = 0 if record.ignore_case is False else re.IGNORECASE
        longest, words, required = _line_facts(record.pattern)
        if record.any_of:
            worded.append((record.any_of, required, re.compile(record.pattern, flags)))
            continue
        if words:
            scanning.append((longest, words, re.compile(record.pattern, flags)))
            continue
        bound = next((b for b in LINE_WIDTH_GROUPS if longest <= b), sre_constants.MAXREPEAT)
        groups.setdefault(bound, []).append((longest, record))
    if not groups and not worded and not scanning:
        return None
    return LineRules(tuple(
        (max(longest for longest, _record in members),
         _alternation([record for _longest, record in members], *kinds))
        for _bound, members in sorted(groups.items())), tuple(worded), tuple(scanning))


def _branch_records(records: list[NoisePattern], kinds: tuple[str, ...]
                    ) -> list[NoisePattern]:
    """The records of ``kinds``, each one without ``any_of`` words written as one record
    per branch of its top-level alternation (a line fills the record when it fills one of
    its branches): each branch is grouped by the longest line it fills and tested for the
    texts it requires on its own, so a record's short button branch is not tried on long
    lines, nor its scanning branch on lines lacking its words."""
    split: list[NoisePattern] = []
    for record in records:
        if record.kind not in kinds:
            continue
        branches = [] if record.any_of else _top_level_branches(record.pattern)
        split += [record.model_copy(update={"pattern": branch}) for branch in branches] \
            or [record]
    return split


def _line_facts(pattern: str) -> tuple[int, tuple[str, ...], tuple[str, ...]]:
    """The longest line a line rule's pattern fills, the words it scans for
    (:func:`_scanning_words`) and the texts one of which it requires (:func:`_required_words`,
    of one character or more); remembered across processes by the regex cache (start-up)."""
    from ..regex_cache import remembered  # (imports spaCy: not at this module's import)

    def facts() -> tuple[int, tuple[str, ...], tuple[str, ...]]:
        parsed = sre_parse.parse(pattern)
        return (parsed.getwidth()[1], _scanning_words(parsed),
                _required_words(parsed, min_chars=1))

    return remembered("noise line facts", pattern, facts)


def _top_level_branches(pattern: str) -> list[str]:
    """The branches of ``pattern``'s top-level alternation, each a pattern of its own; []
    when it has one branch, or when its branches cannot stand alone (global inline flags,
    verbose mode, comments, a reference to a group). Remembered across processes by the regex
    cache (start-up)."""
    from ..regex_cache import remembered  # (imports spaCy: not at this module's import)

    return list(remembered("noise branches", pattern, lambda: _split_top_level(pattern)))


def _split_top_level(pattern: str) -> tuple[str, ...]:
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return ()
    if parsed.state.flags & ~re.UNICODE or "(?#" in pattern or _VERBOSE_GROUP.search(pattern) \
            or _refers_to_group(parsed.data):
        return ()
    cuts = _top_level_bars(pattern)
    return tuple(pattern[start + 1:end] for start, end in
                 zip([-1, *cuts], [*cuts, len(pattern)], strict=True)) if cuts else ()


def _top_level_bars(pattern: str) -> list[int]:
    """Offsets of the ``|`` of ``pattern`` outside any group, character set or escape."""
    bars: list[int] = []
    depth = index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1  # (the escaped character is skipped below)
        elif char == "[":
            index = _set_end(pattern, index)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and not depth:
            bars.append(index)
        index += 1
    return bars


def _set_end(pattern: str, start: int) -> int:
    """Offset of the ``]`` closing the character set opening at ``start`` (a ``]`` first in
    the set, after an optional ``^``, is a member)."""
    index = start + 1
    if pattern[index:index + 1] == "^":
        index += 1
    if pattern[index:index + 1] == "]":
        index += 1
    while index < len(pattern) and pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index


_GROUP_REFERENCES = {sre_constants.GROUPREF, sre_constants.GROUPREF_EXISTS}
_VERBOSE_GROUP = re.compile(r"\(\?[aiLmsu]*x")  # "(?x:...)": its comments may hold anything


def _refers_to_group(items: Any) -> bool:
    """Whether parsed pattern items refer to a group (``\\1``, ``(?P=name)``, ``(?(1)...)``)."""
    return any(op in _GROUP_REFERENCES or any(_refers_to_group(inner.data)
                                              for inner in _subpatterns(value))
               for op, value in items)


def _subpatterns(value: Any) -> list[Any]:
    """The parsed sub-patterns in a parsed item's value (a group's body, a repeat's, an
    alternation's branches)."""
    if isinstance(value, sre_parse.SubPattern):
        return [value]
    if isinstance(value, (list, tuple)):
        return [inner for part in value for inner in _subpatterns(part)]
    return []


SCAN_MIN_CHARS = 60  # a pattern opening with a repeat of any character this long scans


def _scanning_words(parsed: Any) -> tuple[str, ...]:
    """The :func:`_required_words` of a parsed pattern opening with a scan
    (``[^\\n]{0,120}?\\b(?:donate now|...)``: in an alternation it is tried at every
    character of every line), when each is two characters long at least; else ()."""
    return _required_words(parsed) if _opens_with_scan(parsed.data) else ()


def _required_words(parsed: Any, min_chars: int = MIN_OPENING) -> tuple[str, ...]:
    """The texts one of which a text a parsed pattern fills holds, as :func:`folded_text`
    writes them, each ``min_chars`` long at least and each character of them ASCII or
    without case (a case-blind regex matches such a character in a text only where the
    folded text has it); () when the pattern requires no such texts."""
    words = _required(parsed.data)
    if not words or min(map(len, words)) < min_chars:
        return ()
    return tuple(sorted({folded_text(word) for word in words}))


def _opens_with_scan(items: Any) -> bool:
    """Whether parsed pattern items (one of their alternatives) open with a repeat of one
    character that may run ``SCAN_MIN_CHARS`` characters or more (``[^\\n]{0,100}?``)."""
    if not items:
        return False
    op, value = items[0]
    if op == sre_constants.BRANCH:
        return any(_opens_with_scan(branch.data) for branch in value[1])
    if op == sre_constants.SUBPATTERN:
        return _opens_with_scan(value[-1].data)
    return op in _REPEATS and value[1] >= SCAN_MIN_CHARS and len(value[2].data) == 1 \
        and value[2].data[0][0] in _ONE_CHAR


def _required(items: Any) -> set[str] | None:
    """Texts one of which every match of parsed pattern items holds (None when nothing is
    required): a run of literal letters, an alternation's texts, a small character set's
    characters, a repeated item's own when it repeats at least once; of a sequence's texts,
    the set whose shortest is longest. Only texts of :func:`_foldable` characters: a run of
    literal letters ends before any other ("strona g" of "strona główna")."""
    choices: list[set[str]] = []
    run = ""
    for op, value in items:
        if op == sre_constants.LITERAL and _foldable(chr(value)):
            run += chr(value)
            continue
        if run:
            choices.append({run})
            run = ""
        inner = _required_item(op, value)
        if inner:
            choices.append(inner)
    if run:
        choices.append({run})
    return max(choices, key=lambda texts: (min(map(len, texts)), -len(texts)), default=None)


def _required_item(op: Any, value: Any) -> set[str] | None:
    if op == sre_constants.SUBPATTERN:
        return _required(value[-1].data)
    if op == sre_constants.BRANCH:
        branches = [_required(branch.data) for branch in value[1]]
        if any(not texts for texts in branches):
            return None
        return set().union(*branches)  # type: ignore[arg-type]
    if op in _REPEATS and value[0] >= 1:
        return _required(value[-1].data)
    if op == sre_constants.IN and len(value) <= MAX_SET_TEXTS and all(
            member == sre_constants.LITERAL and _foldable(chr(char)) for member, char in value):
        return {chr(char) for _member, char in value}  # a set of characters ("[>»›]")
    return None


def _foldable(char: str) -> bool:
    """Whether a case-blind regex matches ``char`` in a text only where :func:`folded_text`
    of the text has it folded: an ASCII character or one without case."""
    return char.isascii() or char.lower() == char == char.upper()


MAX_SET_TEXTS = 8  # a character set of at most this many characters is one of its texts

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT,
            getattr(sre_constants, "POSSESSIVE_REPEAT", sre_constants.MAX_REPEAT)}
_ONE_CHAR = {sre_constants.ANY, sre_constants.IN, sre_constants.NOT_LITERAL}


def _any_line(pattern: re.Pattern[str] | None) -> LineScan | None:
    """``pattern`` filling a line of a whole text but for the decoration around it (what
    ``pattern.fullmatch(line.strip(_DECORATION))`` finds, in one scan of the text)."""
    if pattern is None:
        return None
    # the leading run gives back at most two characters, so the pattern is tried at most
    # three times per line (a page number's dashes, "- 7 -", are its own), and the trailing
    # run is possessive: a line of 100,000 dashes is one linear scan (a plain ``[...]*`` on
    # each side backtracked through the run, retrying the pattern at every dash)
    decoration = f"[{re.escape(_DECORATION)}]"
    body = f"{decoration}*(?!{decoration}{{3}})(?:{pattern.pattern}){decoration}*+$"
    flags = pattern.flags | re.MULTILINE
    return LineScan(re.compile(f"^{body}", flags), re.compile(rf"\n{body}", flags))


def _guard(pattern: str) -> Guard:
    """An inline rule's guard, with its literal openings when it is an alternation whose
    branches all open with literal text (a single literal is what the regex engine scans
    for at C speed already); a case-blind one's openings in lower case (``folded``), when
    they are ASCII."""
    parsed = sre_parse.parse(pattern)
    if _opens_case_blind(parsed):
        folded = set(_openings(parsed.data, fold=True))
        if folded and min(map(len, folded)) >= MIN_OPENING and all(map(str.isascii, folded)):
            return Guard(re.compile(pattern), tuple(sorted(folded)), folded=True)
        return Guard(re.compile(pattern))
    openings = set(_openings(parsed.data))
    if len(openings) < 2 or min(map(len, openings)) < MIN_OPENING:
        openings = set()
    return Guard(re.compile(pattern), tuple(sorted(openings)))


def _opens_case_blind(parsed: Any) -> bool:
    """Whether a parsed pattern is case-blind from its first letter on (``"(?i)..."``,
    ``"(?i:...)..."``, after a zero-width test): the regex engine scans for no literal."""
    if parsed.state.flags & re.IGNORECASE:
        return True
    first = next((item for item in parsed.data if item[0] != sre_constants.AT), None)
    return first is not None and first[0] == sre_constants.SUBPATTERN \
        and bool(first[1][1] & re.IGNORECASE)


def _openings(items: list[tuple[Any, Any]], fold: bool = False) -> list[str]:
    """Literal texts such that every match of a parsed, case-sensitive pattern opens with
    one of them ('' for an alternative opening with anything but a literal); ``fold``: of
    any pattern, in lower case (a match's text lower-cased opens with one of them). A
    zero-width test ("\\b") opens nothing."""
    prefixes = [""]
    for op, value in items:
        if op == sre_constants.LITERAL:
            char = chr(value).lower() if fold else chr(value)
            prefixes = [prefix + char for prefix in prefixes]
            continue
        if op == sre_constants.AT:
            continue
        if op == sre_constants.SUBPATTERN and (fold or not value[1] & re.IGNORECASE):
            inner = _openings(value[-1].data, fold)
        elif op == sre_constants.BRANCH:
            inner = [opening for branch in value[1] for opening in _openings(branch.data, fold)]
        else:
            break
        prefixes = [prefix + opening for prefix in prefixes for opening in inner]
        break
    return prefixes


@lru_cache(maxsize=8)
def load_rules(directory: str | None = None) -> NoiseRules:
    """The compiled rules of a data directory (the bundled one by default), cached."""
    base = Path(directory) if directory else data_dir()
    return compile_rules(read_jsonl(base / NOISE_FILE, NoisePattern))


def _is_button_part(part: str, rules: NoiseRules) -> bool:
    if len(part) > MAX_BUTTON_PART:
        return False
    lowered = part.lower()
    if lowered in rules.buttons:
        return True
    words = [w for w in _WORD_SPLIT.split(lowered) if w]
    return bool(words) and all(w in rules.buttons for w in words)


# a pictograph written before a button's or a menu's label ("🖨 Print", "☰ News"): arrows,
# technical and dingbat symbols, emoji, the information sign ("ⓘ This page was translated
# ..."); never a letter, digit or currency sign
_LEADING_ICON = re.compile("[\u2139\u24d8\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff"
                           "\U0001f000-\U0001faff]\ufe0f?[ \t]+")


def _without_icon(part: str) -> str:
    """``part`` without a pictograph set before its label ("🖨 Print" -> "Print")."""
    icon = _LEADING_ICON.match(part)
    return part[icon.end():] if icon else part


def _is_noise_part(part: str, rules: NoiseRules) -> bool:
    """Whether a part of a line (a button, a label) is noise (remembered per part: a menu's
    labels are judged again as a menu's, a translated button's and on every page)."""
    part = part.strip(_DECORATION)
    if not part:
        return True
    return rules.part_verdicts.get_or_set(part, lambda: _judge_part(part, rules))


def _judge_part(part: str, rules: NoiseRules) -> bool:
    if rules.line is not None and rules.line.fullmatch(part):
        return True
    if _is_button_part(part, rules):
        return True
    label = _without_icon(part)  # "🖨 Print": the button's label after its icon
    return label is not part and _is_noise_part(label, rules)


def is_noise_line(line: str, rules: NoiseRules | None = None) -> bool:
    """Whether a whole line is navigation, sharing or banner noise (remembered per line)."""
    rules = rules or load_rules()
    return rules.verdicts.get_or_set(line, lambda: _judge_line(line, rules))


def _judge_line(line: str, rules: NoiseRules) -> bool:
    stripped = line.strip(_DECORATION)
    if not stripped:  # only decoration: noise when a pattern names it ("###" ends a release)
        raw = line.strip()
        return bool(raw) and rules.line is not None and rules.line.fullmatch(raw) is not None
    if len(stripped) > MAX_NAV_LINE:
        return False
    if stripped.isdigit() and rules.line is not None and rules.line.fullmatch(line.strip()):
        return True  # a page number between dashes ("- 7 -"): its dashes are no decoration
    if _is_noise_part(stripped, rules):
        return True
    if stripped[0] == "[" and stripped[-1] == "]" and _judge_line(stripped[1:-1], rules):
        return True  # a bracketed note ("[Traducción automática / Machine translation]")
    if not _HAS_SEPARATOR.search(stripped):
        return False
    parts = _PART_SEPARATOR.split(stripped)
    if len(parts) > 1:
        icons = [_ICON_PART.fullmatch(p.strip(_DECORATION)) is not None for p in parts]
        if all(icon or _is_noise_part(p, rules) or _TAG_RUN.fullmatch(p) is not None
               or (rules.part is not None and rules.part.fullmatch(p.strip(_DECORATION)))
               for icon, p in zip(icons, parts, strict=True)) and not all(icons):
            return True  # buttons, counters, tags and icons beside them ("Share  ✉  🖨",
            # "👁 2 318    #customs #border")
        if _is_labelled_bar(parts, rules):
            return True
    return _is_translated_button(parts, rules) or _is_menu(parts, rules)


BAR_LABEL_MAX_WORDS = 4  # "Comparte esta nota:", "Partager :", "Share this story:"
_LABELLED_BAR = re.compile(r"([^\W\d_][^\d:.!?\n]{0,40}?)[ \t]?:[ \t]*(\S.*)")
_BAR_LABEL_ALONE = re.compile(r"([^\W\d_][^\d:.!?\n]{0,40}?)[ \t]?:")  # "Deel dit bericht:"


def _is_labelled_bar(parts: list[str], rules: NoiseRules) -> bool:
    """A share bar under a label of the page's own language ("Comparte esta nota: Facebook |
    Twitter | WhatsApp", "Partager : Facebook | X"): a short label ending in a colon before
    the first button, every other part a button, two buttons at least. The label's words
    need no list: the buttons after it make the line a bar."""
    label = parts[0].strip(_DECORATION)
    first = _LABELLED_BAR.fullmatch(label)
    if first is not None:
        buttons = [first.group(2), *parts[1:]]
    else:  # the label alone in its part, wide gaps after its colon ("Deel dit bericht:  X")
        first = _BAR_LABEL_ALONE.fullmatch(label)
        buttons = parts[1:]
    if first is None or len(buttons) < 2 or len(first.group(1).split()) > BAR_LABEL_MAX_WORDS:
        return False
    return all(_is_button_part(b.strip(_DECORATION), rules) for b in buttons)


# a button's icon set apart beside buttons: symbols only, no letter or digit ("✉", "🖨")
_ICON_PART = re.compile(r"[^\w\s]{1,3}")
_TAG_RUN = re.compile(r"#[^\s#]{2,60}(?:[ \t]+#[^\s#]{2,60})*")  # a post's tags ("#police #drugs")
TRANSLATED_BUTTON_MAX_PARTS = 4
TRANSLATED_LABEL_MAX_WORDS = 2
TRANSLATED_PART_MAX_CHARS = 40
_DIGIT = re.compile(r"\d")
_BUTTON_LABEL = re.compile(r"[^\W\d_][^\W\d_'’.\-]*(?:[ \t][^\W\d_][^\W\d_'’.\-]*)?")


def _is_translated_button(parts: list[str], rules: NoiseRules) -> bool:
    """A button written in the page's languages one after the other ("Yza gaýt | Назад |
    Go back", "Барлық жаңалықтар | All news"): at most ``TRANSLATED_BUTTON_MAX_PARTS``
    parts without digits, at least half of them noise, the others labels of one or two
    words."""
    if len(parts) > TRANSLATED_BUTTON_MAX_PARTS or any(
            len(part) > TRANSLATED_PART_MAX_CHARS or _DIGIT.search(part) for part in parts):
        return False  # cheap tests first: the noise verdicts below are the costly part
    labels = [p.strip(_DECORATION) for p in parts]
    noise = [_is_noise_part(label, rules) for label in labels]
    return any(noise) and 2 * sum(noise) >= len(labels) and all(
        known or (_BUTTON_LABEL.fullmatch(label) is not None
                  and len(label.split()) <= TRANSLATED_LABEL_MAX_WORDS)
        for known, label in zip(noise, labels, strict=True))


def _menu_labels(parts: list[str]) -> list[str]:
    """A menu's labels: its parts without decoration, icons set apart ("... Features ▾",
    "☰ News ... 🔍") or set before a label ("🖨 Print" -> "Print")."""
    return [_without_icon(label) for label in (p.strip(_DECORATION) for p in parts)
            if _ICON_PART.fullmatch(label) is None]


def _is_menu(parts: list[str], rules: NoiseRules) -> bool:
    """A site menu: at least ``MENU_MIN_PARTS`` short labels without digits or sentence
    punctuation, one of them a known navigation word ("Home | About Us | News | Sports"),
    optionally with the site's date of the day set apart at its end ("... | Opinion
    14 March")."""
    labels = _menu_labels(parts)
    if len(labels) > MENU_MIN_PARTS and is_menu_date(labels[-1]):
        labels = labels[:-1]
    return (len(labels) >= MENU_MIN_PARTS
            and all(_MENU_LABEL.fullmatch(label) for label in labels)
            and any(_is_noise_part(label, rules) for label in labels))


DATED_LINE_MAX = 120  # a posting line is short


def dated_line_noise(line: str, rules: NoiseRules) -> tuple[tuple[int, int], ...]:
    """Spans (in ``line``) of the buttons and stamps written on a posting line beside its
    date ("18.02.2026, 13:05 | Print", "Publication date: 14 October 2025 | Updated: 14
    October 2025"): each part of the line is noise or a date, at least one of each; the
    date stays, and so does a stamp's own date beside it (remembered per line)."""
    return rules.dated_parts.get_or_set(line, lambda: _dated_line_noise(line, rules))


def _dated_line_noise(line: str, rules: NoiseRules) -> tuple[tuple[int, int], ...]:
    if not (_HAS_SEPARATOR.search(line) and has_date(line)):
        return ()
    parts: list[tuple[int, int]] = []
    cursor = 0
    for separator in _PART_SEPARATOR.finditer(line):
        parts.append((cursor, separator.start()))
        cursor = separator.end()
    parts.append((cursor, len(line)))
    labels = [line[start:end].strip() for start, end in parts]
    dated = [bool(label) and is_date_part(label.strip(_DECORATION)) for label in labels]
    if not any(dated):
        return ()  # the cheap test first: the noise verdicts are the costly part
    noise: list[tuple[int, int]] = []
    stamps: list[int] = []  # noise parts that hold a date ("Updated: 14 October 2025")
    labelled = 0  # dates kept whose footer label is masked
    for index, (start, end) in enumerate(parts):
        if not labels[index]:
            continue
        if dated[index] and rules.footer is not None \
                and rules.footer.fullmatch(labels[index].strip(_DECORATION)):
            label_end = stamp_label_end(line, _label_start(line, start, end))
            if label_end is not None:  # "Updated: 4 March 2025 | Print" under a headline:
                # the posting line's date stays; its label goes with the separator before it
                noise.append((parts[index - 1][1] if index else start, label_end))
                labelled += 1
            continue
        if _is_noise_part(labels[index], rules):  # with the separator on the date's side
            noise.append((parts[index - 1][1], end) if index else
                         (start, parts[1][0] if len(parts) > 1 else end))
            if dated[index]:
                stamps.append(len(noise) - 1)
        elif not dated[index]:
            return ()
    kept = len([label for label in labels if label]) - len(noise) + labelled
    if not noise or not kept:
        return ()
    for position in stamps:  # the line is the item's date line: a stamp keeps its date
        begin, end = noise[position]
        label_end = stamp_label_end(line, _label_start(line, begin, end))
        if label_end is not None:
            noise[position] = (begin, label_end)
    return tuple(noise)


def _label_start(line: str, start: int, end: int) -> int:
    """Offset of the first character of ``line[start:end]`` past its decoration."""
    part = line[start:end]
    return start + len(part) - len(part.lstrip(_DECORATION))


_BAR_LABEL = re.compile(r"[ \t]*[^\W\d_]{2,15}[ \t\r]*")  # one word: "Copy", "Flipboard"


def _is_bar_label(text: str, match: re.Match[str], rules: NoiseRules) -> bool:
    """Whether the line ``match`` of ``text``, right under a line of buttons ("Share"), is
    a label of the same share bar written one button a line ("Share" / "Copy", "Share" /
    "Flipboard" / "Email"): one word, with a blank line, the text's end or another noise
    line under it. A word the button list lacks is still a button there."""
    if _BAR_LABEL.fullmatch(match.group()) is None:
        return False
    below = match.end() + 1
    if below >= len(text) or _BLANK_AROUND.match(text, below) is not None:
        return True
    line_end = text.find("\n", below)
    return is_noise_line(text[below:line_end if line_end >= 0 else len(text)], rules)


def noise_spans(text: str, rules: NoiseRules | None = None) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) spans of noise in ``text``."""
    rules = rules or load_rules()
    spans: list[tuple[int, int]] = []
    guarded: dict[Guard, bool] = {}  # rules sharing a guard test it once
    folded = folded_text(text)  # (for the case-blind guards' openings)
    counts: list[Counter[str]] = []  # the text's lines counted, when first asked
    for guard, pattern in rules.inline:
        if guard is not None and guard not in guarded:
            guarded[guard] = guard.found_in(text, folded)
        if guard is None or guarded[guard]:
            keeps = "keep" in pattern.groupindex
            once = "once" in pattern.groupindex
            for match in pattern.finditer(text):
                if keeps and match.start("keep") >= 0:  # a line the pattern leaves unmasked
                    spans += [(match.start(), match.start("keep")),
                              (match.end("keep"), match.end())]
                elif once and match.start("once") >= 0 and _titles_post(text, match, counts):
                    spans.append((match.end("once"), match.end()))
                else:
                    spans.append(match.span())
    buttons_end = -2  # where the last line of buttons only ("Share") ends
    for match in _LINE.finditer(text):
        line = match.group()
        if len(line) <= MAX_NAV_LINE and is_noise_line(line, rules):
            left, right = line_span(match.start(), line)
            if right > left:
                spans.append((left, right))
            if _is_button_part(line.strip(_DECORATION), rules):
                buttons_end = match.end()
        elif match.start() == buttons_end + 1 and _is_bar_label(text, match, rules):
            spans.append(line_span(match.start(), line))  # "Share" / "Copy": a share bar
        elif len(line) <= DATED_LINE_MAX:
            for a, b in dated_line_noise(line, rules):
                spans.append((match.start() + a, match.start() + b))
    if rules.heading is not None and (rules.heading_line is None
                                      or rules.heading_line.found_in(text)):
        spans.extend(_heading_lists(text, rules.heading))
    if rules.thread is not None and (rules.thread_line is None
                                     or rules.thread_line.found_in(text)):
        spans.extend(_comment_threads(text, rules.thread, rules.thread_end))
    if rules.comments_heading is not None and rules.comment_header is not None and (
            rules.comments_heading_line is None or rules.comments_heading_line.found_in(text)):
        spans.extend(_comment_sections(text, rules.comments_heading, rules.comment_header))
    if rules.footer_line is not None:
        spans.extend(_footer_lines(text, rules.footer_line))
    spans.extend(_head_menus(text, rules))
    spans.extend(_document_header(text, rules))
    spans.extend(running_page_lines(text, rules))
    return _merge(spans)


def _titles_post(text: str, match: re.Match[str], counts: list[Counter[str]]) -> bool:
    """Whether the line of group ``once`` (over a post's stamp) is the post's title: written
    once in the page, right under a line written more than once (the page's name over each
    post: "Samoa Police Service" / "MEDIA RELEASE – DRUG RAID AT ..." / "October 11 at 6:02
    PM · 🌏"). The text's lines are counted once, on the first call (in ``counts``)."""
    line_start = text.rfind("\n", 0, match.start("once")) + 1
    if line_start == 0:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    return _is_post_title(match.group("once"), text[above_start:line_start - 1], text, counts)


def _is_post_title(line: str, above: str, text: str, counts: list[Counter[str]]) -> bool:
    """Whether ``line`` is written once in ``text`` under the line ``above`` written more
    than once (a post's title under the page's name); ``counts`` keeps the text's lines
    counted on the first call."""
    if not counts:
        counts.append(Counter(part.strip() for part in text.split("\n")))
    lines = counts[0]
    return bool(above.strip()) and lines[line.strip()] == 1 and lines[above.strip()] > 1


# a line ending a sentence (its words are counted after): a paragraph of prose
_SENTENCE_LINE = re.compile(r"(?m)^[^\n]*[.!?…][\"”’')\]]*[ \t\r]*$")
PROSE_LINE_MIN_WORDS = 12


def first_prose_line(text: str) -> int:
    """Offset of the text's first line of prose (at least ``PROSE_LINE_MIN_WORDS`` words,
    ending a sentence), or the text's length when there is none."""
    for match in _SENTENCE_LINE.finditer(text):
        if len(match.group().split()) >= PROSE_LINE_MIN_WORDS:
            return match.start()
    return len(text)


def _footer_lines(text: str, footer_line: LineScan) -> list[tuple[int, int]]:
    """Footer lines ("Updated June 18, 2025", "Last Modified: Apr 22, 2025") under the
    text's first line of prose; above it (under the headline) such a line is the posting
    line of the item and stays."""
    if not footer_line.found_in(text):
        return []
    prose = first_prose_line(text)
    return [line_span(match.start(), match.group())
            for match in footer_line.line.finditer(text) if match.start() > prose]


HEAD_MENU_MIN_PARTS = 5
HEAD_SUBMENU_MIN_PARTS = 3  # labels of a submenu written right under the menu
HEAD_MENU_MAX_LINES = 6  # a page's head: its first lines
HEAD_MENU_SCAN_CHARS = 2000  # the head's lines lie within the text's first characters
HEAD_MENU_MAX_CHARS = 2 * MAX_BUTTON_PART
HEAD_MENU_LABEL_WORDS = 3
HOTLINE_MAX_DIGITS = 4  # "102", "1102": a menu's last label may be the hotline's number
_HEAD_MENU_GAP = re.compile(r"[ \t]{2,}[^\W\d_]")  # labels set apart by wide spaces
HEAD_BAR_MIN_PARTS = 3  # "dpa International  |  Germany  |  Economy": a section bar
HEAD_PATH_MIN_PARTS = 2  # "Commodities | Agriculture" under the first line: a section path
_BAR = re.compile(r"[ \t]*\|[ \t]*")
_LEADING_SPACE = re.compile(r"\s*")


_SITE_DOMAIN = re.compile(r"(?:www\.)?[^\W_][\w-]{1,40}(?:\.[\w-]{2,20}){0,2}\.[a-z]{2,6}")


def _head_menus(text: str, rules: NoiseRules) -> list[tuple[int, int]]:
    """A site's menu in the page's head whose labels are the site's own ("Ministry
    Structure   Press service   Appeals   Wanted persons   102"): among the first
    ``HEAD_MENU_MAX_LINES`` lines, above any line of prose, a line of at least
    ``HEAD_MENU_MIN_PARTS`` capitalized labels of at most ``HEAD_MENU_LABEL_WORDS`` words
    set apart by wide spaces or bars, the last one maybe a short number (the hotline)."""
    prose = first_prose_line(text)  # (read once for the three kinds of menu)
    spans = _section_bar(text, prose) + _stacked_head_menu(text, prose)
    if _HEAD_MENU_GAP.search(text, 0, HEAD_MENU_SCAN_CHARS) is None:
        return spans  # no labels set apart by wide spaces near the top: a C-level check
    offset = 0
    under_menu = False  # the line above is a menu: a submenu under it may be shorter
    for line in text.split("\n", HEAD_MENU_MAX_LINES)[:HEAD_MENU_MAX_LINES]:
        start, offset = offset, offset + len(line) + 1
        if start >= prose:
            break
        above, under_menu = under_menu, False
        stripped = line.strip(_DECORATION)
        if len(stripped) > HEAD_MENU_MAX_CHARS or not _HEAD_MENU_GAP.search(stripped):
            continue
        labels = _menu_labels(_PART_SEPARATOR.split(stripped))
        if labels and _SITE_DOMAIN.fullmatch(labels[0]):
            labels = labels[1:]  # the site's domain before its menu ("lexpress.mu  |  News")
        if labels and labels[-1].isdigit() and len(labels[-1]) <= HOTLINE_MAX_DIGITS:
            labels = labels[:-1]
        # (a submenu right under the menu: "People   Auto   Technologies   Real estate")
        if len(labels) >= (HEAD_SUBMENU_MIN_PARTS if above else HEAD_MENU_MIN_PARTS) and all(
                _MENU_LABEL.fullmatch(label) and label[:1].isupper()
                and len(label.split()) <= HEAD_MENU_LABEL_WORDS for label in labels):
            spans.append(line_span(start, line))
            under_menu = True
    return spans


DOCUMENT_HEADER_MAX_LINES = 4  # a letterhead's or wire header's lines on the text's top
DOCUMENT_HEADER_MAX_CHARS = 120
_HEADER_GAP = re.compile(r"(?<=\S)(?:[ \t]{8,}|\t)(?=\S)")  # fields set far apart
# a field or the page's number set far to the right ("Original: Russian", "3")
_RIGHT_SET_FIELD = re.compile(r"[ \t]{20,}(?:\d{1,4}|[^\W\d_][^\n:]{0,25}:[ \t]?\S[^\n]{0,30})")


def _document_header(text: str, rules: NoiseRules) -> list[tuple[int, int]]:
    """The header lines on a document's top, over its title or headline: a letterhead's,
    a wire's or a bulletin's line with its fields set far apart, the first one in capitals
    ("SRI LANKA POLICE  |  MEDIA DIVISION        PR/2026/611", "NORDIC NEWS SERVICE
    PRIORITY: 2", "UNODC/CND/2027/3          Distribution: general"), a field or the page's
    number set far to the right ("Original: Spanish", "3"), an address line with a phone or
    fax number. Only the run of such lines opening the text (blank lines and noise lines
    between them), at most ``DOCUMENT_HEADER_MAX_LINES``: lower down a line set in columns
    is a table's row."""
    if not _HEADER_GAP.search(text, 0, DOCUMENT_HEADER_MAX_LINES * DOCUMENT_HEADER_MAX_CHARS):
        return []  # no fields set far apart near the top: a C-level check
    spans: list[tuple[int, int]] = []
    offset = 0
    lines = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if not line.strip():
            continue
        lines += 1
        if lines > DOCUMENT_HEADER_MAX_LINES:
            break
        if _is_header_line(line, rules):
            spans.append(line_span(start, line))
        elif not is_noise_line(line, rules):
            break
    return spans


def _is_header_line(line: str, rules: NoiseRules) -> bool:
    """Whether a line on the text's top is a document header's (:func:`_document_header`)."""
    stripped = line.strip()
    if len(stripped) > DOCUMENT_HEADER_MAX_CHARS or _SENTENCE_END.search(stripped):
        return False
    if _RIGHT_SET_FIELD.fullmatch(line.rstrip()) or (
            rules.header_field is not None and rules.header_field.search(stripped)):
        return True
    parts = _HEADER_GAP.split(stripped)
    letters = [char for char in parts[0] if char.isalpha()]
    return len(parts) > 1 and len(letters) >= 2 and all(char.isupper() for char in letters)


STACKED_MENU_MIN_LINES = 4  # a menu written one label a line, in the page's head
STACKED_MENU_LABEL_WORDS = 2


def _stacked_head_menu(text: str, prose: int) -> list[tuple[int, int]]:
    """The lines of a site's menu written one label a line at the page's top ("World /
    Americas / Europe / Business", "ABC News / Just In / Australia / World"): one of the
    first ``HEAD_MENU_MAX_LINES`` paragraphs, above any line of prose, of at least
    ``STACKED_MENU_MIN_LINES`` lines, each a capitalized label of at most
    ``STACKED_MENU_LABEL_WORDS`` words without digits or sentence punctuation (``prose``:
    the offset of the text's first line of prose)."""
    prose = min(prose, HEAD_MENU_SCAN_CHARS)
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, str]] = []  # the lines of the current paragraph, with offsets
    paragraphs = 0
    offset = 0
    for line in text[:prose].split("\n"):
        start, offset = offset, offset + len(line) + 1
        if line.strip():
            run.append((start, line))
            continue
        if run:
            paragraphs += 1
            spans += _menu_run(run)
            run = []
        if paragraphs >= HEAD_MENU_MAX_LINES:
            return spans
    return spans  # (the lines right over the prose line belong to its paragraph)


def _menu_run(run: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """The spans of a paragraph's lines when each is a stacked menu's label."""
    if len(run) < STACKED_MENU_MIN_LINES or not all(
            ((label := line.strip(_DECORATION)) and label[:1].isupper()
             and _MENU_LABEL.fullmatch(label) and not _DIGIT.search(label)
             and len(label.split()) <= STACKED_MENU_LABEL_WORDS)
            or is_noise_line(line) for _start, line in run):  # ("Skip to main content")
        return []
    return [line_span(start, line) for start, line in run]


def _section_bar(text: str, prose: int) -> list[tuple[int, int]]:
    """The spans of section bars in the page's head (:func:`_is_section_bar`): its first
    line, or one of its first ``HEAD_MENU_MAX_LINES`` lines above any line of prose
    ("Skip to main content" / "<tagline>" / "Commodities | Agriculture" / headline, above
    ``prose``, the first line of prose's offset); lower in the page, a bar of labels is a
    table's header row."""
    if "|" not in text[:HEAD_MENU_SCAN_CHARS]:
        return []  # no bar near the top: a C-level check
    start = _LEADING_SPACE.match(text).end()
    spans: list[tuple[int, int]] = []
    for index in range(HEAD_MENU_MAX_LINES):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if "|" in line and len(line) <= HEAD_MENU_MAX_CHARS:
            stripped = line.strip(_DECORATION)
            if (not index or (start < prose and _over_heading(text, end))) and stripped \
                    and _is_section_bar(stripped, HEAD_PATH_MIN_PARTS if index
                                        else HEAD_BAR_MIN_PARTS, first_lower=not index):
                spans.append(line_span(start, line))
        if end >= len(text):
            break
        start = end + 1
    return spans


def _over_heading(text: str, end: int) -> bool:
    """Whether the line after the one ending at ``end`` is a capitalized line without bars
    (the page's headline, under a section path), not a table's next row."""
    below = _LEADING_SPACE.match(text, end).end()
    line_end = text.find("\n", below)
    line = text[below:len(text) if line_end < 0 else line_end]
    return line[:1].isupper() and "|" not in line


def _is_section_bar(line: str, min_parts: int, first_lower: bool) -> bool:
    """A wire's or site's section bar: at least ``min_parts`` labels of at most
    ``HEAD_MENU_LABEL_WORDS`` words between bars, without digits or sentence punctuation,
    all capitalized but the first when ``first_lower`` (the site's or agency's name, maybe
    written in lower case on the page's first line: "dpa International  |  Germany  |
    Economy"); under the page's first line, a section path of two labels or more ("U.S.
    News | Business | Travel", "Commodities | Agriculture")."""
    labels = _menu_labels(_BAR.split(line))
    return len(labels) >= min_parts and all(
        _MENU_LABEL.fullmatch(label) and not _DIGIT.search(label)
        and len(label.split()) <= HEAD_MENU_LABEL_WORDS for label in labels) and all(
        label[:1].isupper() for label in labels[0 if not first_lower else 1:])


def running_page_lines(text: str, rules: NoiseRules | None = None) -> list[tuple[int, int]]:
    """Spans of a converted PDF's running headers and footers: the same short line, with
    a different page number set apart, written at least twice; a drawn rule line right
    above or below one of them; and the same short line written beside each of at least
    two page number lines ("Page 1 of 2" / "CANU – PRESS RELEASE – 24/04/2025")."""
    scan = (rules or load_rules()).page_number_line
    spans = list(_lines_beside_page_numbers(text, scan)) if scan is not None else []
    if "  " in text or "\t" in text:  # (a page number set apart: a C-level check first)
        spans += _running_page_lines(text)
    return spans + list(_repeated_page_heads(text, tuple(spans))) if spans else spans


REPEATED_HEAD_MIN_WORDS = 3  # a running header names the document: a few words


@lru_cache(maxsize=4)  # masking and segmentation both ask it of the same text
def _repeated_page_heads(text: str, running: tuple[tuple[int, int], ...]
                         ) -> tuple[tuple[int, int], ...]:
    """In a paged document (``running``: its page number lines and running lines), the
    spans of a short line without a sentence written again verbatim, one of its copies the
    first line above or under a running line across blank lines (the next page's header
    under the page's footer: "National Drug Observatory — Quarterly Bulletin Q1 2027"
    over each page, set apart from "... Page 3 of 12" by a blank line), and every copy of
    it (the first page's header at the text's top)."""
    anchors = {start for start, _end in running}
    copies: dict[str, list[tuple[int, int]]] = {}
    for match in _LINE.finditer(text):
        line = match.group()
        if len(line) <= RUNNING_LINE_MAX_CHARS + len(line) - len(line.lstrip()) \
                and not _SENTENCE_END.search(line):
            label = " ".join(line.split())
            if len(label.split()) >= REPEATED_HEAD_MIN_WORDS:
                copies.setdefault(label, []).append(line_span(match.start(), line))
    return tuple(span for spans in copies.values() if len(spans) >= 2 and any(
        _next_line_start(text, end) in anchors or _previous_line_start(text, start) in anchors
        for start, end in spans) for span in spans)


def _next_line_start(text: str, end: int) -> int:
    """Offset of the first non-space character after ``end`` (the next non-blank line)."""
    return _LEADING_SPACE.match(text, end).end()


def _previous_line_start(text: str, start: int) -> int:
    """Offset of the first non-space character of the last non-blank line above the line
    starting at ``start`` (-1 at the text's top)."""
    above = start
    while above and text[above - 1].isspace():  # (not text[:start].rstrip(): a copy of
        above -= 1  # the text up to there per call made a long paged document quadratic)
    if not above:
        return -1
    line_start = text.rfind("\n", 0, above) + 1
    line = text[line_start:above]
    return line_start + len(line) - len(line.lstrip())


RUNNING_LINE_MAX_CHARS = 90  # a running header or footer is short


@lru_cache(maxsize=4)  # masking and segmentation both ask it of the same text
def _lines_beside_page_numbers(text: str, scan: LineScan) -> tuple[tuple[int, int], ...]:
    """Spans of the page number lines, when there are two or more (a paged document: the
    lines are its running footers, "Agency | Report of 12 March 2025 | Page 1 of 3"), and of
    the short lines, no sentences, written right above or right under a page number line
    (no blank line between) and the same beside at least two of them."""
    if not scan.found_in(text):
        return ()
    found: dict[str, list[tuple[int, int]]] = {}
    numbers = [] if (first := scan.line.match(text)) is None else [first]
    numbers += scan.after_break.finditer(text)
    paged = len(numbers) >= 2  # two page number lines or more: a paged document
    pages: list[tuple[int, int]] = []
    for match in numbers:
        start = match.start() + (text[match.start()] == "\n")
        if paged:
            pages.append(line_span(start, text[start:match.end()]))
        for begin, end in (_line_above(text, start), _line_below(text, match.end())):
            line = text[begin:end].strip()
            if line and len(line) <= RUNNING_LINE_MAX_CHARS and not _SENTENCE_END.search(line):
                found.setdefault(line, []).append(line_span(begin, text[begin:end]))
    return (*pages, *(span for spans in found.values() if len(spans) >= 2 for span in spans))


def _line_above(text: str, start: int) -> tuple[int, int]:
    """The line right above the line starting at ``start`` (empty at the text's top)."""
    return (text.rfind("\n", 0, max(start - 1, 0)) + 1, max(start - 1, 0)) if start else (0, 0)


def _line_below(text: str, end: int) -> tuple[int, int]:
    """The line right under the line ending at ``end`` (empty at the text's end)."""
    if end >= len(text):
        return end, end
    below_end = text.find("\n", end + 1)
    return end + 1, len(text) if below_end < 0 else below_end


@lru_cache(maxsize=4)  # masking and segmentation both ask it of the same text
def _running_page_lines(text: str) -> tuple[tuple[int, int], ...]:
    found: dict[str, list[tuple[int, int, int]]] = {}
    for match in _PAGE_LINE.finditer(text):
        label = " ".join((match[2] or match[3]).split())
        found.setdefault(label, []).append((*match.span(), int(match[1] or match[4])))
    running = [found_label for found_label, lines in found.items() if len(lines) >= 2]
    if not running:
        return ()
    pages = {page for label in running for _start, _end, page in found[label]}
    # the facing page's line, written once: its page number next to a running line's
    # ("AFP ANNUAL REPORT 2023–24    47" ... "48    Australian Federal Police")
    # set apart by blank lines (no row of a table)
    labels = [label for label, lines in found.items() if len(lines) >= 2 or (
        not _SENTENCE_END.search(label) and any(
            abs(page - known) <= 1 and _set_apart(text, start, end)
            for start, end, page in lines for known in pages))]
    spans = [(start, end) for label in labels for start, end, _page in found[label]]
    spans.extend(_first_page_header(text, labels))
    for start, end in list(spans):
        above_end = start - 1
        above_start = text.rfind("\n", 0, max(above_end, 0)) + 1
        below_start = end + 1
        below_end = text.find("\n", below_start)
        below_end = len(text) if below_end < 0 else below_end
        for a, b in ((above_start, above_end), (below_start, below_end)):
            if 0 <= a < b and _RULE_LINE.fullmatch(text, a, b):
                spans.append((a, b))
    return tuple(spans)


_BLANK_AROUND = re.compile(r"[ \t\r]*(?:\n|$)")


def _set_apart(text: str, start: int, end: int) -> bool:
    """Whether the line [start, end) has a blank line (or the text's edge) above and below."""
    above = text.rfind("\n", 0, max(start - 1, 0))
    blank_above = start == 0 or not text[above + 1:start].strip()
    below = text.find("\n", end)
    blank_below = below < 0 or _BLANK_AROUND.match(text, below + 1) is not None
    return blank_above and blank_below


FIRST_HEADER_SHARE = 0.8  # share of a first line's words found in the running lines


def _first_page_header(text: str, labels: list[str]) -> list[tuple[int, int]]:
    """The document's first line when it is the first page's running header: no sentence,
    at least three words, nearly all of them words of the running headers and footers
    ("AUSTRALIAN FEDERAL POLICE ANNUAL REPORT 2023–24" over pages headed "AFP ANNUAL
    REPORT 2023–24" and footed "Australian Federal Police")."""
    left = len(text) - len(text.lstrip())
    end = text.find("\n", left)
    end = len(text) if end < 0 else end
    line = text[left:end].rstrip()
    words = line.lower().split()
    if len(words) < 3 or _SENTENCE_END.search(line):
        return []
    known = {word for label in labels for word in label.lower().split()}
    shared = sum(word in known for word in words)
    return [(left, left + len(line))] if shared >= FIRST_HEADER_SHARE * len(words) else []


def _heading_lists(text: str, heading: re.Pattern[str]) -> list[tuple[int, int]]:
    """A footer heading line ("Related news", "Media enquiries:", "Topic") and the lines
    listed right under it (up to a blank line) while they are short and not sentences (nor
    a teaser's lead cut short: "... found in a greenhouse ... Read more").
    The last ``ARTICLE_HEAD_MAX_LINES`` lines of a listing, when they date themselves and
    a blank line and a prose paragraph follow, are the head (headline, byline or date line)
    of that article, and stay: a dump may run the next article's head on under the list.
    In a list of teasers (headline, posting stamp, lead) the listing goes on under a lead:
    the bare headline links there are furniture, unless prose follows them."""
    spans: list[tuple[int, int]] = []
    listed: list[tuple[int, int]] = []
    listing = False
    teasers = False  # the list's entries are teasers (headline, stamp, lead) up to a blank line
    dated = False  # an entry carrying its own date was listed: the list goes on under its lead
    stamped = False  # the line above is a listed teaser's stamp
    resumed = False  # the list goes on under a teaser's lead
    offset = 0
    in_head = False  # the heading is under no sentence (a letterhead's lines above it)
    lines = text.split("\n")
    for index, line in enumerate(lines):
        start, offset = offset, offset + len(line) + 1
        stripped = line.strip(_DECORATION)
        if not stripped:
            if listing and not (resumed and _prose_follows(lines, index)):
                head = listed[-ARTICLE_HEAD_MAX_LINES:]
                spans.extend(listed[:-len(head)] if _heads_article(head, lines, index, text)
                             else listed)
            listing, listed, teasers, dated, resumed = False, [], False, False, False
            stamped = False
            continue
        left, right = line_span(start, line)
        after_stamp, stamped = stamped, False
        if after_stamp and not listing and _is_bare_link_under_stamp(lines, index, stripped,
                                                                      offset, text):
            # a bare headline link under a teaser's stamp, no lead ("RELATED POSTS" /
            # "Customs seize ..." / "November 20, 2026" / "Police warn ..."): furniture
            spans.append((left, right))
            listing = resumed = True
            continue
        if len(stripped) <= MAX_LISTED_LINE and heading.fullmatch(stripped):
            spans.extend(listed)
            spans.append((left, right))
            listing, listed = True, []
            in_head = _SENTENCE_END.search(text, 0, left) is None
        elif listing and listed and _is_teaser_stamp(stripped, text, left, right) \
                and not _is_teaser_stamp(text[listed[-1][0]:listed[-1][1]], text,
                                         *listed[-1]):
            # a headline over its posting date or time ("Read also" / "Customs find ..."
            # / "13 May 2026, 18:20"): the list's entries are teasers, items of the dump
            spans.extend(listed[:-1])
            listing, listed, teasers, stamped = False, [], True, True
        elif listing and len(listed) == 1 and not _is_teaser_stamp(stripped, text, left, right) \
                and _is_teaser_stamp(text[listed[0][0]:listed[0][1]], text, *listed[0]) \
                and not (in_head and _is_date_line(stripped)):
            # an entry opening with its posting date, its headline under it ("Read also" /
            # "14.11.2026" / "Customs find ..."): the list's entries are items of the dump
            listing, listed = False, []
        elif listing and listed and in_head and _is_date_line(stripped):
            # a letterhead's date line under a heading in the page head ("Press Office" /
            # "COMMUNIQUE No. 31/2026" / "Port City, 2 April 2026"): no list, its lines stay
            listing, listed = False, []
        elif listing and len(stripped) > SITE_LINK_MAX_CHARS and is_dated_entry(stripped) \
                and not _is_dated_lead(stripped):
            # an entry carrying its own date ("... fuel tanker – 06 Nov 2026", "18.11 A
            # resident of ..."): an item of the dump; the list goes on under it, its bare
            # headline links (no date of their own) furniture
            spans.extend(listed)
            listed, dated = [], True
        elif listing and len(stripped) <= MAX_LISTED_LINE \
                and (not _SENTENCE_END.search(line) or _is_question_link(stripped)) \
                and not _CUT_LEAD_END.search(line) and not _is_dated_lead(stripped):
            listed.append((left, right))
        else:  # a dated entry with its lead under the last listed line: that is its title;
            # a teaser's headline and time stamp over its lead are its head
            if listing and (_is_dated_lead(stripped) or _opens_with_dateline(stripped)):
                listed = listed[:-1]  # (the next article's headline over its dateline:
                # "Lire aussi :" / two links / "Owendo: Customs seize ..." / "Owendo, 19
                # November 2026 (AGP) - The services ...": the list ends over it)
            elif listing and len(listed) >= 2 and _heads_teaser(listed, text):
                listed = listed[:-2]
            spans.extend(listed)
            # under a teaser's lead the list goes on: its bare headline links are furniture
            # (unless an article's prose follows them: they are its head)
            listing, listed = (teasers or dated) and _SENTENCE_END.search(line) is not None, []
            resumed = listing
    spans.extend(listed)
    return spans


def _is_bare_link_under_stamp(lines: list[str], index: int, stripped: str, offset: int,
                              text: str) -> bool:
    """Whether ``lines[index]`` (``stripped``; the next line opens at ``offset``), right
    under a listed teaser's stamp, is a bare headline link: short, no sentence nor lead cut
    short, and no stamp of its own under it (a next teaser's headline has one)."""
    line = lines[index]
    if len(stripped) > MAX_LISTED_LINE or _SENTENCE_END.search(line) \
            or _CUT_LEAD_END.search(line) or _is_dated_lead(stripped):
        return False
    below = lines[index + 1] if index + 1 < len(lines) else ""
    left, right = line_span(offset, below)
    return not (below.strip() and _is_teaser_stamp(below.strip(_DECORATION), text, left, right))


QUESTION_LINK_MAX_WORDS = 12  # "Why did immunisation rates fall after 2020?"


def _is_question_link(line: str) -> bool:
    """Whether a listed line is a headline link asking a question ("- Why did immunisation
    rates fall after 2020?"): one question, a headline's length, no other sentence in it."""
    return (line.endswith("?") and len(line.split()) <= QUESTION_LINK_MAX_WORDS
            and _INNER_SENTENCE_END.search(line) is None)


def _next_text_line(lines: list[str], index: int) -> str:
    """The first line holding text after ``lines[index]`` ("" when none does)."""
    return next((line for line in lines[index + 1:] if line.strip()), "")


def _prose_follows(lines: list[str], index: int) -> bool:
    """Whether the first line holding text after ``lines[index]`` is prose (a sentence
    ends in it)."""
    after = _next_text_line(lines, index)
    return _SENTENCE_END.search(after) is not None or _INNER_SENTENCE_END.search(after) is not None


def _is_teaser_stamp(line: str, text: str, start: int, end: int) -> bool:
    """Whether ``line`` (``text[start:end]``) is only a teaser's posting date or time
    ("13 May 2026, 18:20", "10.02.2026", "Today, 11:40"), no labelled metadata line
    ("Data publikacji: 03.02.2026 09:15")."""
    return is_time_stamp(text, start, end) or (opens_with_date(line) and is_date_part(line)) \
        or is_day_month(line, _month_numbers())


def _is_date_line(line: str) -> bool:
    """Whether ``line`` holds only a date, maybe after its place ("Port City, 2 April
    2026"), as the segmentation cues read a date line."""
    from .segment_rules import is_date_line, load_segment_rules  # (it imports this module)

    return is_date_line(line, load_segment_rules())


def _opens_with_dateline(line: str) -> bool:
    """Whether ``line`` opens with a news dateline ("Owendo, 19 November 2026 (AGP) - ...",
    "KUWAIT, Oct 6 (KUNA) -- ..."), as the segmentation cues read one."""
    from .segment_rules import load_segment_rules, opens_with_dateline  # (it imports this module)

    return opens_with_dateline(line, load_segment_rules())


def _month_numbers() -> dict[str, int]:
    """The month names of the segmentation cues (``months.jsonl``), compiled once there."""
    from .segment_rules import load_segment_rules  # (segment_rules imports this module)

    return load_segment_rules().months


def _is_dated_lead(line: str) -> bool:
    """A listing entry's lead opening with its date, a sentence ended in it ("10/03/2026 –
    The police destroyed 18 tons of drugs ... cocaine. Read more »"), no bare "date |
    title" link."""
    return opens_with_date(line) and _INNER_SENTENCE_END.search(line) is not None


def _heads_teaser(listed: list[tuple[int, int]], text: str) -> bool:
    """Whether the last two lines listed are a teaser's headline and its time stamp or
    date ("Hashish worth 9 million soms seized ..." over "Today, 11:40", "OSCE hands over
    night-vision equipment ..." over "4 May 2026"), the lead under them."""
    (head_start, head_end), (stamp_start, stamp_end) = listed[-2:]
    return ((is_time_stamp(text, stamp_start, stamp_end)
             or is_date_part(text[stamp_start:stamp_end]))
            and not is_time_stamp(text, head_start, head_end)
            and not is_date_part(text[head_start:head_end]))


def _heads_article(listed: list[tuple[int, int]], lines: list[str], blank: int,
                   text: str) -> bool:
    """Whether the lines ``listed`` under a heading, ended by the blank line ``blank``,
    are few, date themselves (a year), and have a paragraph of prose (a long line ending
    a sentence) under them."""
    if not listed or len(listed) > ARTICLE_HEAD_MAX_LINES:
        return False
    if not any(_YEAR.search(text, start, end) for start, end in listed):
        return False
    line = _next_text_line(lines, blank)
    return len(line.split()) >= PROSE_MIN_WORDS and bool(_SENTENCE_END.search(line))


def _comment_threads(text: str, thread: re.Pattern[str],
                     thread_end: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """A post's action bar or comment widget ("Like  Comment  Share", "Most relevant") and
    every line under it up to a blank line or the next post's header line (and the page
    name right above that header): the comments under a social media post. A comment set
    apart by a blank line under the thread ("Name" / "its text" / "1d  Like  Reply  7")
    goes on with it: a paragraph whose last line is a comment's action line."""
    spans: list[tuple[int, int]] = []
    inside = False
    after_thread = False  # a blank line closed a thread: a comment may follow it
    offset = 0
    lines = text.split("\n")
    counts: list[Counter[str]] = []
    for index, line in enumerate(lines):
        start, offset = offset, offset + len(line) + 1
        stripped = line.strip(_DECORATION)
        if not stripped:
            after_thread = inside or after_thread  # (more blank lines keep it open)
            inside = False
            continue
        if after_thread and not inside:
            after_thread = False
            inside = _closes_with_action_line(lines, index, thread)
        if inside and thread_end is not None and len(stripped) <= MAX_LISTED_LINE \
                and thread_end.fullmatch(line.strip()):
            inside = False
            if index >= 2 and _is_post_title(lines[index - 1], lines[index - 2], text, counts):
                spans.pop()  # the next post's title under the page's name stays
            continue
        if inside or (len(stripped) <= MAX_LISTED_LINE and thread.fullmatch(stripped)):
            spans.append(line_span(start, line))
            inside = True
    return spans


COMMENT_GAP_MAX_LINES = 2  # blank lines between a comments heading and the first comment


def _next_text_index(lines: list[str], index: int) -> int | None:
    """Index of the first non-blank line from ``lines[index]`` on, at most
    ``COMMENT_GAP_MAX_LINES`` blank lines away, or None."""
    for ahead in range(index, min(len(lines), index + COMMENT_GAP_MAX_LINES + 1)):
        if lines[ahead].strip():
            return ahead
    return None


def _comment_sections(text: str, heading: re.Pattern[str],
                      header: re.Pattern[str]) -> list[tuple[int, int]]:
    """Readers' comments under an article: a heading announcing them ("Comments (3)",
    "Réagissez à cet article (7 commentaires)", "214 Comments  Sort by") with a comment's
    header line under it (a reader's name and the comment's date, time or age: "Hayk_M ·
    14.09.2026 15:02"), then every line to a blank line not followed by another comment's
    header. A counter with no comment under it ("Comments (14)" over the next headline) is
    left to the line rules."""
    lines = text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        stripped = lines[index].strip(_DECORATION)
        first = _next_text_index(lines, index + 1) if stripped and len(
            stripped) <= MAX_LISTED_LINE and heading.fullmatch(stripped) else None
        if first is None or not header.match(lines[first].strip(_DECORATION)):
            index += 1
            continue
        while index < len(lines):
            if lines[index].strip():
                spans.append(line_span(starts[index], lines[index]))
                index += 1
                continue
            ahead = _next_text_index(lines, index)
            if ahead is None or not header.match(lines[ahead].strip(_DECORATION)):
                break
            index = ahead
    return spans


COMMENT_MAX_LINES = 8  # a reader's name, a few lines of comment, its action line


def _closes_with_action_line(lines: list[str], index: int, thread: re.Pattern[str]) -> bool:
    """Whether the paragraph from ``lines[index]``, two to ``COMMENT_MAX_LINES`` lines, ends
    in a comment's action line, the thread pattern opening it ("1d  Like  Reply  23")."""
    paragraph = list(takewhile(lambda line: line.strip(_DECORATION),
                               lines[index:index + COMMENT_MAX_LINES + 1]))
    if not 2 <= len(paragraph) <= COMMENT_MAX_LINES:
        return False
    last = paragraph[-1].strip(_DECORATION)
    return len(last) <= MAX_LISTED_LINE and thread.match(last) is not None


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


_NOT_NEWLINE = re.compile(r"[^\n]")


def apply_mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span's characters replaced by spaces (newlines kept)."""
    if not spans:
        return text
    pieces: list[str] = []
    cursor = 0
    for start, end in spans:
        pieces.append(text[cursor:start])
        pieces.append(_NOT_NEWLINE.sub(" ", text[start:end]))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def mask_noise(text: str, rules: NoiseRules | None = None) -> tuple[str, list[tuple[int, int]]]:
    """Mask noise in ``text``: (masked text of the same length, masked spans)."""
    spans = noise_spans(text, rules)
    return apply_mask(text, spans), spans

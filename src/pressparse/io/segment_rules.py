"""Segmentation cues and the paragraph blocks they are read on.

The cues of ``pressparse_preprocess/segment_cues.jsonl`` (with ``months.jsonl`` and
``stopwords.jsonl``) compiled once, the size limits shared by the segmenter and its edge
rules, a paragraph block with the flags the cues give it, and the tests of a single line
(headline, open ending, sentence end, date line) that both use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, field_validator

from ..data import read_jsonl
from ..lru import LRUCache, clear_lru_fields
from ..regex_safety import check_optional_pattern
from ..word_alternation import longest_first_key
from .date_lines import CHAT_MESSAGE, CHAT_STAMP, WEEKDAY, WEEKDAY_ABBR, date_line_iso
from .mask import MAX_REMEMBERED_LINES, data_dir

CUES_FILE = "segment_cues.jsonl"
MONTHS_FILE = "months.jsonl"
STOPWORDS_FILE = "stopwords.jsonl"
HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 220
CAPS_PROSE_MIN_WORDS = 12  # "OFFICERS OF THE KASANE STATION SEIZED ... WAS ARRESTED.": prose
DATE_LINE_MAX_CHARS = 320  # no date line or stamp cue can match a longer line
HEADER_BLOCKS = 4  # lines under a title that may still be header (office name, date line)
SITE_LABEL_MAX_WORDS = 5
TEASER_MIN_WORDS = 5  # shorter lines (an office name, "Press release") are page furniture
BYLINE_MAX_BLOCKS = 3  # lines between a headline and its date line: author, agency
# a section's or service's path under a page's menu: short labels without digits between
# slashes or between bars, one kind in a path ("Press service / Court news", "dpa-AFX / dpa
# English service", "PRESS CENTER OF THE BORDER TROOPS | News | Incidents on the border")
# a label of a section path: words, a site's domain dots inside ("english.news.cn"), no
# figure or sentence mark; the labels set apart by one separator, a slash or a bar (also a
# full-width one), with the same spaces around it each time ("Commodities | Grains",
# "english.news.cn  |  Africa")
_PATH_LABEL = r"[^\W\d_](?:[^\d/|｜\n.!?]|\.(?=[^\W\d_])){0,60}"
SECTION_PATH = re.compile(rf"{_PATH_LABEL}( {{1,3}}[/|｜] {{1,3}}|｜){_PATH_LABEL}"
                          rf"(?:\1{_PATH_LABEL})*")
FIELD_LINE_MAX_LABEL_WORDS = 8  # "Support per hectare, vegetables and orchards: MKD 12,000"
SHORT_FIELD_MAX_LABEL_WORDS = 4  # "Heroin seized: 1.1 tonnes"
# a fact box's or a record's line: a label (no figure first, no sentence mark), a colon, a
# value of one sentence at most (no sentence end before a capital inside it)
_FIELD_LINE = re.compile(r"[^\W\d_][^:\n.!?]{0,60}:[ \t]+(?![^\n]*[.!?] [A-Z])\S[^\n]{0,120}")
# a short field: a label of a few words, a colon, a short value of any marks ("Arrests: 401")
_SHORT_FIELD_LINE = re.compile(r"[^\W\d_][^:\n.!?]{0,40}:[ \t]+[^\n]{1,40}")


def is_field_line(line: str, short: bool = False) -> bool:
    """Whether ``line`` is a "label: value" field of a fact box or a record ("Total
    package: MKD 1.85 billion", "Applications: 16 August to 15 September"); ``short``: a
    label of a few words and a value of 40 characters at most, as a block made only of
    fields writes them ("Heroin seized: 1.1 tonnes" / "Cases opened: 312")."""
    shape, most_words = (_SHORT_FIELD_LINE, SHORT_FIELD_MAX_LABEL_WORDS) if short \
        else (_FIELD_LINE, FIELD_LINE_MAX_LABEL_WORDS)
    return shape.fullmatch(line) is not None and len(line.split(":", 1)[0].split()) <= most_words


_DOT_LEADER = re.compile(r"\.{5,}|…{3,}|(?:\. ){5,}")  # "ACCUSED ....... 1ST", a contents line

_SYMBOL = r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF][\uFE0F\u200D]?"
_LEADING_SYMBOLS = re.compile(rf"^(?:{_SYMBOL}\s?)+")  # emoji, pictographs, dingbats
# the same symbols closing a line ("... the measure "Zaslon" ("Barrier") 🛡")
_TRAILING_SYMBOLS = re.compile(rf"(?:\s?{_SYMBOL})+\s*$")
# a wire story's version tag in capitals before its headline ("(LEAD)", "(2nd LD)",
# "(URGENT)", "(UPDATE 2)")
_WIRE_TAG = re.compile(r"\((?:\d(?:st|nd|rd|th) )?[A-Z]{2,10}(?: \d)?\) (?=\S)")
_CURRENCY_FIRST = re.compile(r"[$€£¥₱₹₦₩₽₸₺₴₫฿]\d")  # "₱12-M WORTH OF ..." opens a headline
POST_SENTENCE_MIN_WORDS = 10  # a longer mixed-case line closed by an emoji is a sentence
HAS_DIGIT = re.compile(r"\d")
WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»’')\]]*(?=\s|$)")
# a sentence's final mark, then closing quotes or brackets (see ends_sentence)
_FINAL_MARKS = frozenset(".!?…")
_CLOSERS = "\"”»’')]"


class SegmentCue(BaseModel):
    """One cue of ``segment_cues.jsonl``."""

    kind: Literal["dateline", "date_line", "date_lead", "date_initial", "continuation",
                  "separator", "stamp", "list_item", "speaker_turn", "signature", "open_end",
                  "list_intro", "post_header", "end_mark", "release_mark", "boilerplate",
                  "closing_heading", "about_heading", "credit_line", "meta_line",
                  "subheading", "summary_heading", "agency_signoff", "desk_initials",
                  "office_signoff", "posting_label", "teaser_end", "reader_prompt",
                  "contact_mark", "section_number", "closing_credit", "chat_message",
                  "periodic_title", "bulletin_total", "quote_header",
                  "mail_field", "insert_label", "caption", "signatory", "live_title",
                  "related_label"]
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
    reader_prompt: re.Pattern[str]  # "Subscribe to our newsletter", "Comments are closed"
    closing_or_about: re.Pattern[str] | None  # either of the two, in one alternation
    credit_lines: tuple[re.Pattern[str], ...]  # a (masked) "Photo: ..." line under a caption
    subheadings: tuple[re.Pattern[str], ...]  # "How the smugglers hid the drugs"
    section_numbers: tuple[re.Pattern[str], ...]  # "Agenda item 2. ", "4.3 ": a document's part
    summary_headings: tuple[re.Pattern[str], ...]  # a (masked) "Highlights" over summary points
    insert_labels: tuple[re.Pattern[str], ...]  # a (masked) "ADVERTISEMENT" set into an article
    captions: tuple[re.Pattern[str], ...]  # a photo's caption closed by its credit
    open_end: re.Pattern[str]  # a line ending that continues on the next line ("... of the")
    teaser_end: re.Pattern[str]  # a cut teaser's ending ("... Read more"): the teaser is over
    related_label: re.Pattern[str]  # a (masked) "Read more" over related links at a page's end
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
    any_agency_signoff: re.Pattern[str]  # "-- BERNAMA", "VNA": a credit closing the story
    any_desk_initials: re.Pattern[str]  # "ju/mlm/sst" set apart under a wire story
    any_quote_header: re.Pattern[str]  # "On ... wrote:" over a reply's quoted message
    any_mail_field: re.Pattern[str]  # "Importance: Normal" in an e-mail's header
    any_closing_credit: re.Pattern[str]  # "[Editor: huaxia]" closing a story
    any_office_signoff: re.Pattern[str]  # "Press service of the ..." under the last sentence
    any_signatory: re.Pattern[str]  # "Director", "Public Relations": a signature's office line
    any_live_title: re.Pattern[str]  # "LIVE: ...", "Live Blog: ...": one story's updates
    any_posting_label: re.Pattern[str]  # "Published:", "Last updated" opening a posting line
    any_contact_mark: re.Pattern[str]  # "Tel:", "media@agency.example" in a contact line
    any_chat_message: re.Pattern[str]  # "[21.09.2026, 08:47] Police Media: " opening a message
    any_periodic_title: re.Pattern[str]  # "WEEKLY BULLETIN: ...", "Daily report of ..."
    any_bulletin_total: re.Pattern[str]  # "In total, during the week ..." after the last case
    any_dateline: re.Pattern[str]
    # stripped line -> is_date_line's verdict (a line holding a digit): a line is asked as a
    # paragraph's line, as a block of its own and under a footer heading, and the dates of
    # a dump's listing repeat
    date_lines: LRUCache[str, bool] = field(
        default_factory=lambda: LRUCache(MAX_REMEMBERED_LINES), compare=False,
        hash=False, repr=False)

    def forget(self) -> None:
        """Forget every remembered verdict (each LRUCache field), as a new run starts."""
        clear_lru_fields(self)


@dataclass
class Block:
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
    under_rule: bool = False  # it opens an item right under a separator line
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
    quote_header: bool = False  # "On Tue, 17 Feb 2026, Anna wrote:": a reply's quote opens
    years: frozenset[str] = frozenset()
    quoted: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()
    _content: frozenset[str] | None = None
    _sentences: int | None = None
    split_rest: bool = False  # split off a paragraph below its first line (gap not real)
    under_closing_marker: bool = False  # under a dump's marker line closing the entry above
    digest_entry: bool = False  # "2. On April 9, police found ..." in a numbered digest
    bulletin_case: bool = False  # a digest entry under a periodic bulletin's title
    numbered_section: bool = False  # "2- COCAINE AT THE AIRPORT": a release's own section
    full_date: bool = False  # a date line, listing line or dateline giving the year
    headline_tail: bool = False  # a headline's second line ("on drug seizures in 2024")
    teaser: bool = False  # a headline in a run of headlines, not the last: an item of its own
    closing: bool = False  # "Notes to editors", "About <publisher>": what follows is no news
    meta: bool = False  # "From: Border Force", "By Maria Lopez": a header field, no headline
    blank_gap: int | None = None  # the gap without credit lines glued under the block above
    post_title: bool = False  # a social post's first line, written once, over its header
    under_summary_heading: bool = False  # a masked "Highlights" label lies right above it
    under_insert: bool = False  # a masked ad slot or "Read also: ..." link lies right above it
    caption: bool = False  # one line, a photo's caption closed by its credit ("... Photo: AZERTAC")
    related_entry: bool = False  # a dated list's entry under masked furniture ("Related news")

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

    @property
    def break_gap(self) -> int:
        """The blank lines above it that may separate two items."""
        return self.gap if self.blank_gap is None else self.blank_gap


_NEVER = r"(?!)"  # the pattern of a kind without cues: matches nothing
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")  # a named group opening, made plain in alternations


def _expanded(cue: SegmentCue, month_alt: str) -> str:
    """The cue's pattern with its ``{MONTH}``, ``{WEEKDAY}``, ``{WEEKDAY_ABBR}``,
    ``{CHAT_STAMP}`` and ``{CHAT_MESSAGE}`` written out."""
    return (cue.pattern.replace("{MONTH}", month_alt).replace("{WEEKDAY}", WEEKDAY)
            .replace("{WEEKDAY_ABBR}", WEEKDAY_ABBR).replace("{CHAT_STAMP}", CHAT_STAMP)
            .replace("{CHAT_MESSAGE}", CHAT_MESSAGE))


def _compile(cue: SegmentCue, month_alt: str) -> re.Pattern[str]:
    return re.compile(_expanded(cue, month_alt), re.IGNORECASE if cue.ignore_case else 0)


def _group(cue: SegmentCue, pattern: str) -> str:
    """``pattern`` (the cue's, expanded) as a group of an alternation, case-blind when the
    cue is."""
    return f"(?{'i' if cue.ignore_case else ''}:{pattern})"


@lru_cache(maxsize=8)
def load_segment_rules(directory: str | None = None) -> SegmentRules:
    """Compile the cues of a data directory (the bundled one by default), cached."""
    base = Path(directory) if directory else data_dir()
    months = read_jsonl(base / MONTHS_FILE, Month)
    names = sorted((m.name for m in months), key=longest_first_key)
    month_alt = "(?i:" + "|".join(re.escape(n) for n in names) + ")"
    cues = read_jsonl(base / CUES_FILE, SegmentCue)

    def of(kind: str) -> tuple[re.Pattern[str], ...]:
        return tuple(_compile(c, month_alt) for c in cues if c.kind == kind)

    def joined(kind: str) -> tuple[re.Pattern[str], ...]:
        """One alternation for all cues of a kind: one regex call per paragraph."""
        parts = [_group(c, _expanded(c, month_alt))
                 for c in cues if c.kind == kind]
        return (re.compile("|".join(parts)),) if parts else ()

    def any_of(kind: str) -> re.Pattern[str]:
        """The cues of a kind in one pattern that matches nothing when there are none."""
        parts = [f"(?:{p.pattern})" for p in joined(kind)]
        return re.compile("|".join(parts) or _NEVER)

    dateline_parts = [_group(c, _NAMED_GROUP.sub("(?:", _expanded(c, month_alt)))
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
        reader_prompt=any_of("reader_prompt"),
        closing_or_about=re.compile("|".join(p.pattern for p in (
            *joined("closing_heading"), *joined("about_heading")))),
        credit_lines=joined("credit_line"),
        subheadings=joined("subheading"),
        section_numbers=of("section_number"),
        summary_headings=joined("summary_heading"),
        insert_labels=joined("insert_label"),
        captions=joined("caption"),
        open_end=re.compile("|".join(f"(?:{c.pattern})" for c in cues if c.kind == "open_end")
                            or _NEVER),
        teaser_end=any_of("teaser_end"),
        related_label=any_of("related_label"),
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
        any_quote_header=any_of("quote_header"),
        any_mail_field=any_of("mail_field"),
        any_closing_credit=any_of("closing_credit"),
        any_office_signoff=any_of("office_signoff"),
        any_signatory=any_of("signatory"),
        any_live_title=any_of("live_title"),
        any_posting_label=any_of("posting_label"),
        any_contact_mark=any_of("contact_mark"),
        any_chat_message=any_of("chat_message"),
        any_periodic_title=any_of("periodic_title"),
        any_bulletin_total=any_of("bulletin_total"),
        any_dateline=re.compile("|".join(dateline_parts) or _NEVER),
    )


OPEN_END_TAIL = 24  # the longest open ending ("whose", "than") and its trailing spaces


def is_open_end(text: str, rules: SegmentRules) -> bool:
    """Whether ``text`` ends open (a joining mark or a function word): the open-end cues
    are searched in the text's tail only, not along the whole paragraph."""
    start = max(0, len(text.rstrip()) - OPEN_END_TAIL)
    return rules.open_end.search(text, start) is not None


TEASER_END_TAIL = 40  # an ellipsis and a read-more link ("... Read more »")


def ends_teaser(text: str, rules: SegmentRules) -> bool:
    """Whether ``text`` ends like a teaser cut short in a listing: an ellipsis, maybe a
    read-more link after it ("... were found in a greenhouse ... Read more"): the teaser
    is over though no sentence ended (searched in the tail only)."""
    return rules.teaser_end.search(text, max(0, len(text) - TEASER_END_TAIL)) is not None


def is_headline_text(text: str, words: int, rules: SegmentRules,
                     open_end: bool | None = None) -> bool:
    """Whether a one-line ``text`` of ``words`` words reads as a headline (``open_end``:
    :func:`is_open_end` of it, when the caller has it)."""
    if "\n" in text or len(text) > HEADLINE_MAX_CHARS or not 2 <= words <= HEADLINE_MAX_WORDS:
        return False
    unhashed = text.lstrip("#")  # "#Ministry | ...", "🚨 NARCOTICS ARREST 🚨": a social
    symbols = _LEADING_SYMBOLS.match(unhashed)  # post's headline between emoji
    first = (unhashed[symbols.end():symbols.end() + 1] if symbols else unhashed[:1]) or text[0]
    if _CURRENCY_FIRST.match(text):
        first = text[1]  # "₱12-M WORTH OF MARIJUANA UPROOTED": an amount opens it
    elif first == "(" and (tag := _WIRE_TAG.match(text)):
        first = text[tag.end():tag.end() + 1]  # "(LEAD) SK hynix to invest ...": the
        # wire's version tag in capitals before the headline
    if not (first.isupper() or first.isdigit() or first in "\"“«'‘„‹"):
        return False
    if ("....." in text or "…" in text or ". . " in text) and _DOT_LEADER.search(text):
        return False  # a court caption's party line or a table of contents: no headline
    if in_capitals(text):  # a long line in capitals closing a sentence is prose
        return words < CAPS_PROSE_MIN_WORDS or not ends_sentence(text)
    if words > POST_SENTENCE_MIN_WORDS and _TRAILING_SYMBOLS.search(text, max(0, len(text) - 8)):
        return False  # a social post's sentence closed by an emoji, not by a period
    if ends_sentence(text) or ends_teaser(text, rules):
        return False  # (a teaser's lead cut short: "... on his plot of land ... Read more")
    return not (is_open_end(text, rules) if open_end is None else open_end)


# a social post's tail after its last sentence: hashtags, a thread's counter ("... today.
# #politidk", "... at Bådsmandsstræde. (1/2)")
_POST_TAIL = re.compile(r"(?:[ \t]+(?:#[^\s#]{2,60}|\(?\d{1,2}/\d{1,2}\)?))+[ \t\r]*$")
POST_TAIL_MAX_CHARS = 200
# an agency's or photographer's credit after a sentence's final mark, closing a paragraph or
# a photo caption ("... in the world. EFE", "... on Monday. (AFP)", "... January 18, 2027.
# Wire/Jan Smit", "... in Madrid. EFE/ Chema Moya", "... on Wednesday. (Photo: Revenue
# Service)", "... on board. — ONA"): a word in capitals (maybe after a dash), a bracketed
# note, or a name before a slash and the
# photographer's name; or an agency's short acronym on a line of its own under the sentence
# ("... last season.\nVNA", "... on Monday.\n(MAP)"; no signing word: "SIGNED")
_CREDIT_TAIL = re.compile(r"[.!?…][\"”»’')\]]*(?:[ \t]+(?:(?:[—–]|--?) ?)?"
                          r"(?:\(?[A-Z]{2,8}\)?|\([^()\n]{2,60}\)"
                          r"|[A-Z][\w.&-]{1,15} ?/ ?"
                          r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})"
                          r"|[ \t\r]*\n[ \t]*\(?[A-Z]{2,5}\)?)[ \t\r]*$")
CREDIT_TAIL_MAX_CHARS = 40
CREDIT_SENTENCE_MIN_WORDS = 8  # a caption's or paragraph's sentence before the credit


def in_capitals(text: str) -> bool:
    """Whether ``text`` is written in capitals: it has letters, none in lower case."""
    return text.upper() == text and text.lower() != text


def ends_sentence(text: str) -> bool:
    r"""Whether ``text`` ends with a sentence's final mark, then closing quotes or brackets
    and spaces (as the regex ``[.!?…]["”»’')\]]*\s*$`` would find, without scanning the
    whole text), or with a post's hashtags or thread counter after such a mark, or with an
    agency's or photographer's credit after a sentence of at least
    ``CREDIT_SENTENCE_MIN_WORDS`` words (``_CREDIT_TAIL``)."""
    tail = text.rstrip()
    if tail.rstrip(_CLOSERS)[-1:] in _FINAL_MARKS:
        return True
    if tail[-1:].isupper() or tail[-1:] == ")" or "/" in tail[-CREDIT_TAIL_MAX_CHARS:]:
        credit = _CREDIT_TAIL.search(tail, max(0, len(tail) - CREDIT_TAIL_MAX_CHARS))
        if credit is not None and len(tail[:credit.start()].split()) >= CREDIT_SENTENCE_MIN_WORDS:
            return True  # "... in the world. EFE": the sentence ended before the credit
    if "#" not in tail[-POST_TAIL_MAX_CHARS:] and "/" not in tail[-8:]:
        return False  # (cheap tests first)
    post = _POST_TAIL.search(tail, max(0, len(tail) - POST_TAIL_MAX_CHARS))
    return post is not None and tail[:post.start()].rstrip(_CLOSERS)[-1:] in _FINAL_MARKS


def _content_words(text: str, stopwords: frozenset[str]) -> frozenset[str]:
    words = set()
    for word in WORD.findall(text.lower()):
        if len(word) < 4 or word in stopwords or word.isdigit():
            continue
        words.add(word[:6])  # crude stem: "operation" ~ "operations"
    return frozenset(words)


# the dashes or stars a chat export or a digest draws around a date line ("— 12 May 2026 —",
# "*** 12.05.2026 ***"): set apart by a space, on both sides
_DATE_RULE_MARKS = "—–-*=~•·"
_DATE_RULE = re.compile(rf"([{re.escape(_DATE_RULE_MARKS)}]{{1,5}}) (.{{4,40}}) \1")


def opens_with_dateline(text: str, rules: SegmentRules) -> bool:
    """Whether ``text`` opens with a news dateline ("KUWAIT, Oct 6 (KUNA) -- ...", "Owendo,
    19 November 2026 (AGP) - ..."): a capital, then any dateline cue (``any_dateline``)."""
    return text[:1].isupper() and rules.any_dateline.match(text) is not None


def is_date_line(text: str, rules: SegmentRules) -> bool:
    """Whether the stripped line ``text`` holds only a date (every date line has a digit:
    that cheap test first), maybe between the same dashes or stars ("— 12 May 2026 —")."""
    if HAS_DIGIT.search(text) is None:
        return False
    return rules.date_lines.get_or_set(text, lambda: _is_date_line(text, rules))


def _is_date_line(text: str, rules: SegmentRules) -> bool:
    if rules.any_date_line.fullmatch(text) is not None:
        return True
    if _is_dated_shape(text, rules):
        return True
    ruled = _DATE_RULE.fullmatch(text) if text[:1] in _DATE_RULE_MARKS else None
    return ruled is not None and rules.any_date_line.fullmatch(ruled.group(2)) is not None


_CLOCK = re.compile(r"\d{1,2}:\d{2}")
# fields, quotes, notes, lists, columns set apart by wide spaces
_STAMP_OTHER_MARKS = re.compile(r"[:;\"“”«»()\[\]…$€£]|\.{2}|,.*,|\S[ \t]{2,}\S")
SHAPE_DATE_MAX_WORDS = 3  # words beside the date of a stamp line: "Date", an outlet, a weekday
_FULL_DATE_SHAPE = re.compile(r"9\.? ?M\.?,? 9|M\.? 9,? 9|9[./-] ?9[./-] ?9")


def _is_dated_shape(text: str, rules: SegmentRules) -> bool:
    """Whether a short line is shaped as a stamp: a full date (a day, a month and a year)
    with at most ``SHAPE_DATE_MAX_WORDS`` words beside it and no sentence ("Date 2026.09.18",
    "Hespress English - Tuesday 21 April 2026 - 11:05"), whatever its words."""
    from .layout import marker_shape  # (layout reads this module's blocks: imported here)
    shape = marker_shape(text, rules.months)
    if shape is None or shape.count("|") > 1 or ends_sentence(text) or not text[:1].isalnum() \
            or _STAMP_OTHER_MARKS.search(_CLOCK.sub("", text)) is not None:
        return False
    if any(word[:1].islower() for word in text.split()):
        return False  # a sentence's words ("Daily report for 2 October", "Done at Bissau, ...")
    return _FULL_DATE_SHAPE.search(shape) is not None and shape.count("a") <= SHAPE_DATE_MAX_WORDS


def line_kind(line: str, rules: SegmentRules) -> str:
    """"date" (a date line or a date-led listing line), "head" (headline-like) or "text"."""
    stripped = line.strip()
    if (len(stripped) <= DATE_LINE_MAX_CHARS and (
            is_date_line(stripped, rules) or rules.any_stamp.fullmatch(stripped) is not None)) or (
            rules.any_date_lead.match(stripped) is not None):
        return "date"
    words = len(stripped.split())
    if is_headline_text(stripped, words, rules) or (
            words == 1 and stripped[:1].isupper() and not ends_sentence(stripped)):
        return "head"  # a headline, or a one-word label above one ("Speeches", "Update")
    return "text"


def parse_date_line(text: str, rules: SegmentRules | None = None) -> str | None:
    """ISO date of a date-only line ("12.03.2024", "2024-03-12", "12 March 2024"), if any."""
    return date_line_iso(text, (rules or load_segment_rules()).months)

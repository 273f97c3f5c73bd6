"""Named operations and exercises: quoted names near a cue word ("operation", "exercise"...),
"Operation Lionfish", and year-suffixed exercise names ("Interaction-2024"), normalized so that
dash and space variants of one name are equal."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..word_alternation import escaped_alternation, longest_first_key
from .records import OperationRecord
from .text import dash_normalized, name_key

_OPEN = "\"\u201c\u201e\u00ab\u201d"
_CLOSE = "\"\u201d\u201c\u00bb"
QUOTED = re.compile(rf"[{_OPEN}](?P<body>[A-Z0-9][^{_OPEN}{_CLOSE}\n]{{0,80}}?)[{_CLOSE}]")
_NAME_WORD = r"[A-Z][A-Za-z0-9]{0,30}(?:-[A-Za-z0-9]{1,30}){0,3}"
YEAR_NAME = re.compile(rf"\b(?P<body>{_NAME_WORD}(?: {_NAME_WORD}){{0,2}} ?- ?(?:19|20)\d\d)\Z")
YEAR_SUFFIX = re.compile(r"[-\u2010-\u2015] ?(?:19|20)\d\d\b")
_QUOTE_CHARS = frozenset(_OPEN + _CLOSE)
_LEADING_ARTICLE = re.compile(r"(?:The|This|That|A|An) (?=[A-Z])")
_LIST_GAP = re.compile(r"^\s*(?:,|and|or|&|as well as)\s*(?:,\s*)?$")
_LEADING_ACRONYMS = re.compile(r"^(?:[A-Z]{2,}\s+)+(?=[A-Z][a-z])")
_YEAR_SUFFIX = re.compile(r"^(?P<base>.*?)-(?P<year>(?:19|20)\d\d)$")
_KEY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d$")  # a year ending a name key


@dataclass(frozen=True)
class OperationMention:
    """A found operation name: character offsets of the name and its normalized form."""

    start: int
    end: int
    name: str
    weak: bool = False  # an unquoted single word: dropped where it is a known entity


class OperationFinder:
    """Finds operation names in a text with a few compiled regexes and a cue-word window."""

    def __init__(self, cues: Iterable[str], prefixes: Iterable[str],
                 known: Iterable[OperationRecord], stop_heads: Iterable[str] = (),
                 window: int = 120, name_stop: Iterable[str] = (),
                 name_verbs: Iterable[str] = ()) -> None:
        cue_alt = escaped_alternation(cues, empty="")
        self._cue_before = re.compile(rf"\b(?:{cue_alt})\b[^.!?;\n\"\u201c\u201d\u00ab\u00bb]*$",
                                      re.IGNORECASE)
        self._cue_after = re.compile(rf"^\s*(?:[\w-]+\s+){{0,2}}(?:{cue_alt})\b", re.IGNORECASE)
        # One regex per prefix, starting with the literal: re then scans for it quickly; each
        # pattern is kept with its literal, so that a text without it is not scanned at all.
        prefixes = list(prefixes)
        self._prefix_words = frozenset(p.lower() for p in prefixes if " " not in p.strip())
        self._prefixed = [
            (p, re.compile(rf"{re.escape(p)}\s+(?P<body>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}})"))
            for p in prefixes
        ]
        # One regex per cue word, each starting with the literal (a leading alternation or
        # \b makes re try every position); word starts are checked on the match.
        compound = r"[A-Z][A-Za-z0-9]{1,30}(?:-[A-Z][A-Za-z0-9]{1,30}){1,3}"
        self._cued_compound = [
            (p.lower(), re.compile(rf"{re.escape(p.lower())}\s+(?P<body>{compound})\b"))
            for p in sorted(prefixes, key=longest_first_key)]
        # "during the operation Poppy" (a lower-case cue, one capitalized word, no name after)
        # and "the Orion multinational naval campaign" (a word before a cue noun)
        self._cued_word = [
            (cue, re.compile(rf"{cue}\s+(?P<body>[A-Z][a-z]{{2,30}})\b(?![-\u2019'])(?!\s+[A-Z])"))
            for cue in ("operation", "exercise")]
        # "an action codenamed Mozaika", "code-named Black Tulip": a naming verb gives the
        # name itself (one to three capitalized words), whatever noun it names
        self._named_by = [
            (verb, re.compile(rf"{re.escape(verb)}\s+(?P<body>[A-Z][A-Za-z0-9]{{2,30}}"
                              rf"(?:[ -][A-Z0-9][A-Za-z0-9]{{0,30}}){{0,2}})\b(?![-\u2019'])"))
            for verb in name_verbs]
        # ... also in single quotes ("code-named 'Dzivirira'")
        self._named_by += [
            (verb, re.compile(rf"{re.escape(verb)}\s+['\u2018](?P<body>[A-Z][A-Za-z0-9]{{2,30}}"
                              rf"(?:[ -][A-Z0-9][A-Za-z0-9]{{0,30}}){{0,2}})['\u2019](?!\w)"))
            for verb in name_verbs]
        self._cue_nouns = [(cue, re.compile(rf"{cue}s?\b"))
                           for cue in ("operation", "campaign", "exercise")]
        self._word_before = re.compile(
            r"\b[Tt]he\s+(?P<body>[A-Z][a-z]{2,30})\s+(?:[a-z][a-z-]+\s+){0,2}\Z")
        self._name_stop = frozenset(name_stop)
        self._known: dict[str, str] = {}
        for record in known:
            for variant in (record.name, *record.variants):
                self._known[name_key(variant)] = record.name
        self._stop_heads = frozenset(stop_heads)
        self.window = window

    def _prefixed_matches(self, text: str) -> list[re.Match[str]]:
        """"Operation Lionfish": a prefix word at a word start, then capitalized words; and a
        lower-case cue word before a capitalized hyphenated compound ("operation Kanal-Centre")."""
        found = [match for literal, pattern in self._prefixed if literal in text
                 for match in pattern.finditer(text)]
        found += [match for literal, pattern in self._cued_compound if literal in text
                  for match in pattern.finditer(text)]
        return [match for match in found
                if match.start() == 0 or not (text[match.start() - 1].isalnum()
                                              or text[match.start() - 1] == "-")]

    def _single_words(self, text: str) -> list[tuple[int, int, str]]:
        """Unquoted one-word names: after a lower-case cue ("the operation Poppy") or before a
        cue noun ("the Orion multinational naval campaign")."""
        found = [(m.start("body"), m.end("body"), m["body"])
                 for literal, pattern in self._cued_word if literal in text
                 for m in pattern.finditer(text) if _word_start(text, m.start())]
        for literal, pattern in self._cue_nouns:
            if literal not in text:
                continue
            for cue in pattern.finditer(text):
                if not _word_start(text, cue.start()):
                    continue
                offset = max(0, cue.start() - 80)
                m = self._word_before.search(text, offset, cue.start())
                if m is not None:
                    found.append((m.start("body"), m.end("body"), m["body"]))
        return found

    def _has_cue(self, text: str, start: int, end: int) -> bool:
        before = text[max(0, start - self.window):start]
        after = text[end:end + self.window // 2]
        return bool(self._cue_before.search(before) or self._cue_after.match(after))

    def _quoted_mention(self, match: re.Match[str]) -> OperationMention:
        body = match["body"].strip()
        start = match.start("body") + (len(match["body"]) - len(match["body"].lstrip()))
        first, _, rest = body.partition(" ")
        if rest[:1].isupper() and first.lower() in self._prefix_words:
            # '"Operation Kafoo"': the name without the word "operation" (samples guide)
            start += len(first) + 1
            body = rest.lstrip()
            start = match.start("body") + match["body"].index(body, start - match.start("body"))
        return OperationMention(start, start + len(body), self.canonical(body))

    def is_known_series(self, raw: str) -> bool:
        """A quoted compound name of a listed series ("Channel - Baltic Shield", "Mak-2024")
        is an operation without a cue word (headlines rarely have one)."""
        name = dash_normalized(raw)
        if "-" not in name and " " not in name:
            return False
        year = _YEAR_SUFFIX.match(name)
        return name_key(year["base"] if year else name) in self._known

    def canonical(self, raw: str) -> str:
        """Dash/space-normalized name, spelled as the known series when one matches."""
        name = dash_normalized(raw)
        known = self._known.get(name_key(name))
        if known:
            return known
        year = _YEAR_SUFFIX.match(name)
        if year:
            base = self._known.get(name_key(year["base"]))
            if base:
                return f"{base}-{year['year']}"
        if name.isupper() and any(len(word) > 4 for word in re.split(r"[\s-]", name)):
            return name.title()  # "CHANNEL-CENTRAL ASIA" -> "Channel-Central Asia"
        return name

    def find(self, text: str) -> list[OperationMention]:
        """Operation mentions in text order (non-overlapping)."""
        found: list[OperationMention] = []
        quoted = list(QUOTED.finditer(text)) if any(q in text for q in _QUOTE_CHARS) else []
        accepted: set[str] = set()
        rejected: list[re.Match[str]] = []
        last_end = -1
        for match in quoted:
            body = match["body"].strip()
            listed = last_end >= 0 and _LIST_GAP.match(text[last_end:match.start()]) is not None
            if not body or not (listed or self.is_known_series(body)
                                or self._has_cue(text, match.start(), match.end())):
                rejected.append(match)
                continue
            found.append(self._quoted_mention(match))
            accepted.add(name_key(found[-1].name))
            last_end = match.end()
        series = {_series_key(name) for name in accepted}
        for match in rejected:  # another mention of a name the text already called an operation
            mention = self._quoted_mention(match) if match["body"].strip() else None
            if mention is not None and (name_key(mention.name) in accepted
                                        or _series_key(name_key(mention.name)) in series):
                found.append(mention)  # (or of another year of its series)
        found = [m for m in found if not _is_translation(text, m, found)]
        for match in self._prefixed_matches(text):
            words = match["body"].split()
            while words and words[-1] in self._stop_heads:
                words.pop()
            if not words:
                continue
            body = " ".join(words)
            end = match.start("body") + len(body)
            if match["body"][:len(body)] != body:
                continue  # a line break inside: keep it simple, the quoted rule covers most
            found.append(OperationMention(match.start("body"), end, self.canonical(body)))
        for literal, pattern in self._named_by:
            if literal not in text:
                continue
            for match in pattern.finditer(text):
                words = match["body"].split()
                while words and (words[-1] in self._stop_heads or words[-1] in self._name_stop):
                    words.pop()
                start = match.start("body")
                if len(words) > 1 and words[0].lower() in self._prefix_words:
                    # "code-named Operation Rausim Drak": the prefix word is no part of the
                    # name (samples guide: "without the word operation")
                    start = text.index(words[1], start + len(words[0]))
                    words = words[1:]
                if words and _word_start(text, match.start()):
                    body = " ".join(words)
                    if text[start:start + len(body)] != body:
                        continue  # (a line break inside)
                    found.append(OperationMention(start, start + len(body),
                                                  self.canonical(body)))
        found += _bare_mentions(text, found)
        for start, end, body in self._single_words(text):
            if body not in self._name_stop and body not in self._stop_heads:
                found.append(OperationMention(start, end, self.canonical(body), weak=True))
        for suffix in YEAR_SUFFIX.finditer(text):
            offset = max(0, suffix.start() - 100)
            match = YEAR_NAME.search(text, offset, suffix.end())
            if match is None or not self._has_cue(text, match.start(), match.end()):
                continue
            skip = _LEADING_ACRONYMS.match(match["body"])
            start = match.start("body") + (skip.end() if skip else 0)
            article = _LEADING_ARTICLE.match(text, start)
            start = article.end() if article else start  # "The Indestructible Brotherhood-2024"
            found.append(OperationMention(start, match.end("body"),
                                          self.canonical(text[start:match.end("body")])))
        return _non_overlapping(found)


def _series_key(key: str) -> str:
    """A name key (:func:`name_key`) without its year ("combatbrotherhood2025" ->
    "combatbrotherhood"): the series a quoted name of another year belongs to ('"Combat
    Brotherhood-2026" ... last year, "Combat Brotherhood-2025" was held'); a name without a
    year is its own."""
    year = _KEY_YEAR.search(key)
    return key[:year.start()] if year is not None and year.start() > 2 else key


def _bare_mentions(text: str, found: list[OperationMention]) -> list[OperationMention]:
    """Later mentions without prefix or quotes of a name the text already gave as an
    operation ("Operation Meridian Gate III ... Meridian Gate III showed"): names of two or
    more words, or with a digit or hyphen, as written or as canonically spelled
    (case-sensitive, whole words), also in capitals ("JOINT OPERATION MEKONG SHIELD II" over a
    story naming "Operation Mekong Shield II")."""
    written = {form: m.name for m in found if not m.weak
               for form in (text[m.start:m.end], m.name)}
    written.update({form.upper(): name for form, name in list(written.items())
                    if not form.isupper()})
    names = [w for w in written if " " in w or "-" in w or any(c.isdigit() for c in w)]
    if not names:
        return []
    taken = [(m.start, m.end) for m in found]
    return [OperationMention(start, end, written[text[start:end]])
            for start, end in _whole_word_hits(text, names)
            if not any(a < end and start < b for a, b in taken)]


def _whole_word_hits(text: str, names: list[str]) -> list[tuple[int, int]]:
    """The non-overlapping whole-word occurrences (no letter, digit, _ or hyphen either side)
    of any of ``names``, leftmost first and the longest name at a position, as a regex
    alternation of the names longest first would find them (str.find: no pattern to
    compile for each text)."""
    hits: list[tuple[int, int]] = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not (at and _word_char(text[at - 1])) \
                    and not (end < len(text) and _word_char(text[end])):
                hits.append((at, -end))
            at = text.find(name, at + 1)
    hits.sort()
    kept: list[tuple[int, int]] = []
    for start, negative_end in hits:
        if not kept or start >= kept[-1][1]:
            kept.append((start, -negative_end))
    return kept


def _word_char(char: str) -> bool:
    """What [\\w-] matches: a letter, digit, underscore or hyphen."""
    return char.isalnum() or char in "_-"


def _word_start(text: str, start: int) -> bool:
    """Does a word start at ``start`` (what \\b before a letter checks)?"""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")


def _is_translation(text: str, mention: OperationMention,
                    found: list[OperationMention]) -> bool:
    """"Mak-2024" ("Poppy-2024"): a quoted name in brackets right after another is its
    translation, not a second operation."""
    before = text[max(0, mention.start - 6):mention.start]
    if "(" not in before:
        return False
    bracket = mention.start - len(before) + before.rindex("(")
    return any(0 <= bracket - other.end <= 3 for other in found if other is not mention)


def _non_overlapping(mentions: list[OperationMention]) -> list[OperationMention]:
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[OperationMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def unify_names(mentions: list[OperationMention]) -> list[OperationMention]:
    """Give every mention of one name (equal up to dashes, spaces and case) one spelling:
    the first spelled with a dash, else the first."""
    chosen: dict[str, str] = {}
    for mention in mentions:
        key = name_key(mention.name)
        if key not in chosen or ("-" in mention.name and "-" not in chosen[key]):
            chosen[key] = mention.name
    return [OperationMention(m.start, m.end, chosen[name_key(m.name)], m.weak)
            for m in mentions]

"""Text written in capitals read in the case running text would give it.

A teletype wire or a police bulletin written in capitals tells no names from words: every
rule that reads word shape ("a title-case word is a name", "capitals are an acronym") fails
on it. An item whose lines in capitals hold most of its words is read through a copy of the
same length in which those lines are recased word by word: as the item's own mixed-case
lines write the word, else as ``word_cases.jsonl`` says running text writes it ("SEIZED" ->
"seized", "KG" -> "kg", "DIVISION" -> "Division", "UNODC" stays), a word that table calls
``either`` ("BORDER") in title case only before a name word or, when mostly so written,
after one ("STATE BORDER SERVICE", "BORDER GUARDS"), the words of a name the gazetteer lists
as it writes them ("MAY PEN", "CANADA BORDER SERVICES AGENCY", a body's name without its
"of <country>": "NATIONAL CRIMINAL INVESTIGATION SERVICE"), the words a bracketed short form
spells before it in title case ("POLICE NARCOTIC BUREAU (PNB)"), a word no table knows in
title case ("LEILEK") unless it ends as rare common words do ("SCANNED": word_endings.jsonl)
and no place is so named, a body's listed short form, a bracketed one or one without a
vowel ("FBI", "(JCF)", "KGZ") in capitals; a sentence's first word opens with a capital.
Offsets are unchanged, so entities keep the original's spans and text. Headlines in
capitals over a body in mixed case hold too few of an item's words, and an item with no
sentence in capitals (a headline alone) is no bulletin: they are never touched (their own
rules read them).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from .data import read_jsonl
from .entities.records import WordList
from .listed_names import ListedNames, listed_names

if TYPE_CHECKING:
    from .schema import Item

CASES_FILE = "word_cases.jsonl"
LINK_LISTS = ("link_words", "articles", "caps_lower_words")  # organizations' word_lists.jsonl
ENDINGS_FILE = "word_endings.jsonl"
INFLECTIONS_FILE = "word_inflections.jsonl"
RECASED_KEY = "pressparse_recased"  # doc.user_data: the doc reads a recased copy
CAPS_SHARE = 0.5  # lines in capitals holding this share of an item's words: recase them
PROSE_MIN_WORDS = 6  # ... when one of them this long ends a sentence
# a line without a lower-case letter and with a word of three capitals or more
_CAPS_LINE = re.compile(r"^(?=[^a-z\n]*[A-Z]{3})[^a-z\n]+$", re.M)
_MIXED_LINE = re.compile(r"^(?=[^\n]*[a-z])[^\n]+$", re.M)
# dotted initials ("A.M.", "U.S."), else a word (with an apostrophe's ending: "CUSTOMS'S")
_WORD = re.compile(r"(?<![\w.'’])(?:(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]+)?)")
_WORDS = re.compile(r"[^\W\d_]{2,}")
# what opens a sentence before a word: the line's start (maybe after marks, an emoji or
# a tag: "• ", "<P>"), a sentence's end (a full stop after a word of three characters or
# more: not "A.M.", "ST."), a colon, a bracket, a dash
_SENTENCE_OPEN = re.compile(r"(?:^(?:[^\w\n]|<[^>\n]*>)*|(?:(?<=\w{3})\.|[!?:;(\[•|–—]|\s-|--)"
                            r"[ \t\"“”'‘(]*)$", re.M)
_CODE_AFTER = re.compile(r"[$\d]")  # a word glued to a sign or a number: a code ("US$")
_UNIT_BEFORE = re.compile(r"(?:\d[ \t]?|/)$")  # a letter after a number or slash: a unit
_NAME_GAP = re.compile(r"[ \t]*[,\-]?[ \t]*")  # between a listed name's words
# a sentence's end: at the line's end, or inside it after a word of three characters or more
# (not "ST. ELIZABETH", "NO. 214")
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*[ \t]*$|(?<=\w{3})[.!?][\"”’')]*[ \t]+[A-Z\"“(]",
                           re.M)
_BRACKETED = re.compile(r"\(([A-Z]{2,10})\)")
_VOWELS = frozenset("AEIOUY")
RARE_WORD_MIN = 4  # a word no table knows longer than this with a common ending is no name
NAME_SHARE = 0.5  # an ``either`` word this often in title case ends a name after another


class WordEnding(BaseModel):
    """One ending of ``word_endings.jsonl``: rare words with it are common words ("-ed")."""

    ending: str


class WordInflection(BaseModel):
    """One ending of ``word_inflections.jsonl`` a common word takes, with what its stem ends
    in ("carries": "ies" after a stem ending in "y")."""

    ending: str
    stem_ending: str = ""


class WordCase(BaseModel):
    """One word of ``word_cases.jsonl``: how running text writes it, or ``either`` (lower
    case as a common word, title case inside a name) with its share of title-case forms."""

    form: str
    either: bool = False
    title_share: float = 0.0


@dataclass(frozen=True)
class WordCases:
    """The table of written forms: lower-case key -> form, the ``either`` words with their
    share of title-case forms, the endings of rare lower-case words and the inflections
    (ending, stem's ending) a common word takes."""

    forms: dict[str, str]
    either: dict[str, float]
    lower_endings: tuple[str, ...]
    inflections: tuple[tuple[str, str], ...]

    def known_form(self, key: str) -> str | None:
        """The form of a lower-case word, or of its stem with an inflection the table
        lacks ("encourages": "encourage")."""
        form = self.forms.get(key)
        if form is not None or key in self.either:
            return form
        for ending, stem_ending in self.inflections:
            if key.endswith(ending) and len(key) > len(ending) + 1:
                stem = self.forms.get(key[:-len(ending)] + stem_ending)
                if stem is not None and stem.islower():
                    return key
        return None


@lru_cache(maxsize=4)
def word_cases(directory: Path | None = None) -> WordCases:
    """The table read from ``directory`` (default: the bundled preprocess data)."""
    if directory is None:
        from .io.mask import data_dir
        directory = data_dir()
    records = read_jsonl(directory / CASES_FILE, WordCase)
    endings = read_jsonl(directory / ENDINGS_FILE, WordEnding)
    inflections = read_jsonl(directory / INFLECTIONS_FILE, WordInflection)
    return WordCases({r.form.lower(): r.form for r in records if not r.either},
                     {r.form.lower(): r.title_share for r in records if r.either},
                     tuple(e.ending for e in endings),
                     tuple((i.ending, i.stem_ending) for i in inflections))


@lru_cache(maxsize=1)
def name_links() -> frozenset[str]:
    """The words a name holds in lower case between its capitalized ones ("of", "the",
    "in"): the organization grammar's link words, articles and caps_lower_words."""
    from .pipeline import model_path
    path = model_path() / "pressparse_organizations" / "word_lists.jsonl"
    return frozenset(word for record in read_jsonl(path, WordList) if record.id in LINK_LISTS
                     for word in record.words)


def caps_dominant(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s lines in capitals when they hold at least ``CAPS_SHARE`` of
    its words and one is a sentence (``PROSE_MIN_WORDS`` words or more and a sentence's
    end), else none: a headline alone keeps the rules of headlines in capitals."""
    lines = [m.span() for m in _CAPS_LINE.finditer(text)]
    if not lines:
        return []
    counts = [len(_WORDS.findall(text, start, end)) for start, end in lines]
    if sum(counts) < CAPS_SHARE * max(len(_WORDS.findall(text)), 1):
        return []
    prose = any(count >= PROSE_MIN_WORDS and _SENTENCE_END.search(text, start, end)
                for (start, end), count in zip(lines, counts, strict=True))
    return lines if prose else []


def recased(text: str, cases: WordCases | None = None,
            names: ListedNames | None = None) -> str | None:
    """``text`` with its lines in capitals recased (same length), or None when
    ``caps_dominant`` finds none to recase (too few of its words, or no sentence)."""
    lines = caps_dominant(text)
    if not lines:
        return None
    cases = cases or word_cases()
    names = names or listed_names()
    own = _own_forms(text)
    spelled = set(_BRACKETED.findall(text))
    chars = list(text)
    for start, end in lines:
        for at, form in _line_forms(text, start, end, cases, names, own, spelled):
            written = text[at:at + len(form)]
            # (never a letter whose other case is longer)
            if len(form) == len(written) and form.upper() == written.upper():
                chars[at:at + len(form)] = form
    return "".join(chars)


def _own_forms(text: str) -> dict[str, str]:
    """How the text's own mixed-case lines write their words (where the case is free)."""
    seen: dict[str, Counter[str]] = {}
    for line in _MIXED_LINE.finditer(text):
        for word in _WORD.finditer(text, line.start(), line.end()):
            if not _SENTENCE_OPEN.search(text, line.start(), word.start()):
                seen.setdefault(word.group().lower(), Counter())[word.group()] += 1
    return {key: forms.most_common(1)[0][0] for key, forms in seen.items()}


def _line_forms(text: str, start: int, end: int, cases: WordCases, names: ListedNames,
                own: dict[str, str], spelled: set[str]) -> list[tuple[int, str]]:
    """The recased form of each word of a line in capitals, with its offset."""
    words = list(_WORD.finditer(text, start, end))
    forms = _word_forms(text, words, start, cases, names, own, spelled)
    _spelled_out(text, words, forms, start, end)
    _listed(text, words, forms, names)
    resolved = _resolve_either(text, words, forms, cases)
    out: list[tuple[int, str]] = []
    for word, form in zip(words, resolved, strict=True):
        if _SENTENCE_OPEN.search(text, start, word.start()):
            form = form[:1].upper() + form[1:]
        out.append((word.start(), form))
    return out


def _spelled_out(text: str, words: list[re.Match[str]], forms: list[str | None],
                 start: int, end: int) -> None:
    """The words a bracketed short form spells out before it are a name ("POLICE NARCOTIC
    BUREAU (PNB)" -> "Police Narcotic Bureau"; link words in lower case), the longest run of
    words whose initials are its letters (in any order: "DGD"), else the shortest run with
    one word more ("NATIONAL COAST GUARD SERVICE (SNG)")."""
    from .entities.acronym_spelling import spells_acronym

    links = name_links()
    for bracket in _BRACKETED.finditer(text, start, end):
        acronym = bracket.group(1)
        last = max((i for i, word in enumerate(words) if word.end() <= bracket.start()),
                   default=-1)
        if last < 0 or text[words[last].end():bracket.start()].strip():
            continue
        exact: list[str] | None = None
        lenient: list[str] | None = None
        first = last
        while first >= 0 and last - first < len(acronym) + 3 \
                and (first == last or _joined(text, words, first, first + 1)):
            run = [w.group().lower() if w.group().lower() in links
                   else w.group()[0] + w.group()[1:].lower() for w in words[first:last + 1]]
            initials = "".join(form[0] for form in run if form[:1].isupper())
            if run[0][:1].isupper() and len(initials) <= len(acronym) + 1 \
                    and spells_acronym(" ".join(run), acronym):
                if sorted(initials) == sorted(acronym):
                    exact = run
                elif lenient is None:
                    lenient = run
            first -= 1
        best = exact or lenient
        if best is not None:
            forms[last + 1 - len(best):last + 1] = best


def _listed(text: str, words: list[re.Match[str]], forms: list[str | None],
            names: ListedNames) -> None:
    """Words of a name the gazetteer lists take its forms ("MAY PEN" -> "May Pen",
    "CANADA BORDER SERVICES AGENCY"), the longest name first."""
    keys = [word.group().lower() for word in words]
    index = 0
    while index < len(words):
        listed = names.longest_at(keys, index)
        if listed is not None and all(_NAME_GAP.fullmatch(text, words[i].end(),
                                                          words[i + 1].start())
                                      for i in range(index, index + len(listed) - 1)):
            forms[index:index + len(listed)] = listed
            index += len(listed)
        else:
            index += 1


def _word_forms(text: str, words: list[re.Match[str]], start: int, cases: WordCases,
                names: ListedNames, own: dict[str, str],
                spelled: set[str]) -> list[str | None]:
    """Each word's form on its own (None: an ``either`` word, decided by its neighbours)."""
    forms: list[str | None] = []
    for word in words:
        written = word.group()
        key = written.lower()
        if key in own:
            forms.append(own[key])
        elif written in spelled or _CODE_AFTER.match(text, word.end()):
            forms.append(written)  # "(JCF)", "US$", "KSH5,000": a short form or a code
        elif key in cases.either:
            forms.append(None)  # decided by its neighbours below
        elif (known := cases.known_form(key)) is not None:
            forms.append(known)
        elif written in names.acronyms or (len(written) > 1 and written.isalpha()
                                           and not _VOWELS.intersection(written)):
            forms.append(written)  # "FBI": a body's short form; "KGZ", "NNNN": no word
        elif len(written) == 1:  # "A", a unit after a number ("140 G", "KM/H"), or an initial
            unit = _UNIT_BEFORE.search(text, start, word.start()) is not None
            forms.append(key if written == "A" or unit else written)
        elif key not in names.single and key.endswith(cases.lower_endings) \
                and len(key) > RARE_WORD_MIN:
            forms.append(key)  # "SCANNED", "UNSAFE": a rare common word
        else:
            forms.append(written[0] + written[1:].lower())  # a name: "LEILEK", "NANNING"
    return forms


def _resolve_either(text: str, words: list[re.Match[str]], forms: list[str | None],
                    cases: WordCases) -> list[str]:
    """The ``either`` words (None in ``forms``) decided from right to left, as names are
    head-last: title case before a title-case word ("STATE COMMITTEE", "BORDER SERVICE"), or
    when mostly written so and after a name word ("OSH REGIONAL"), else lower case
    ("MOUNTAIN SECTION", "BORDER GUARDS")."""
    resolved: list[str] = [form or "" for form in forms]
    for index in range(len(words) - 1, -1, -1):
        if forms[index] is not None:
            continue
        written = words[index].group()
        after = _joined(text, words, index, index + 1) and resolved[index + 1][:1].isupper()
        previous = forms[index - 1] if index else None  # (None: an ``either`` word too)
        before = _joined(text, words, index, index - 1) \
            and (previous is None or previous[:1].isupper())
        name = after or (before and cases.either[written.lower()] >= NAME_SHARE)
        resolved[index] = written[0] + written[1:].lower() if name else written.lower()
    return resolved


def _joined(text: str, words: list[re.Match[str]], index: int, other: int) -> bool:
    """Are words ``index`` and ``other`` (its neighbour) parts of one run: only spaces or a
    hyphen between them?"""
    if not 0 <= other < len(words):
        return False
    first, second = sorted((words[index], words[other]), key=lambda m: m.start())
    return text[first.end():second.start()].strip(" \t-") == "" and first.end() < second.start()


def restore_role_texts(item: Item, text: str) -> None:
    """Event roles of a recased item quote the original ``text`` (their offsets are the
    original's; only their case was read differently)."""
    for event in item.events:
        roles = (event.location, *event.organizers, *event.participants, *event.observers,
                 *(seizure.location for seizure in event.seizures))
        for role in roles:
            if role is None or role.start is None or role.end is None:
                continue
            written = text[role.start:role.end]
            if written.lower() == role.text.lower():
                role.text = written

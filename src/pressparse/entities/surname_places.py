"""Listed places that are people's surnames in the text: "Customs Chief Ramon Cruz", "KEVIN
ALMONTE, 35, of Yonkers". A one-word place right after a capitalized word that no list reads
as part of a place, a sentence opener or a title, on a line of running text (not a Title Case
headline or a table row), is a surname after a given name; the text's other mentions of that
word that no lower-case word introduces ("Cruz said ...") are that person too ("bound for
Cruz" stays a place). An everyday word of running text ("Two Sydney men", "East End
Freetown") is no given name. A byline's label ("Text: Olga Ivanova", "Translation: Elena
Rotaru") makes the name after it a person's, though the line reads like a headline. A middle
initial may stand between the given name and the surname ("Judge Kathleen M. Rhodes"); a
surname in capitals after a given name in Title Case is a court list's person when an age
follows ("Javier MORENO (31)", "Ana RUIZ, 27,"); a place right after an alias word ("Gurlal
Singh alias Lali") is a nickname.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from ..recase import WordCases
from ..word_alternation import escaped_alternation
from .phrases import TokenTexts
from .place_grammar import initials

T = TypeVar("T")

HEADLINE_SHARE = 0.7  # a line whose longer words are this share capitalized is a headline
LONG_WORD = 4  # letters of a word the headline test counts
EVERYDAY_TITLE_SHARE = 0.5  # a form written capitalized this often or more may be a name
HEADLINE_WORDS = 4  # the fewest longer words a line needs to read as a headline


class SurnamePlaces:
    """Drops one-word LOC candidates that read as a person's surname."""

    def __init__(self, not_given: Iterable[str], titles: Iterable[str] = (),
                 name_labels: Iterable[str] = (), alias_words: Iterable[str] = ()) -> None:
        # words before a place that are no given name (openers, titles, place leads, everyday
        # words: "In", "Mr", "Greater", "two"), compared in lower case
        self._titles = frozenset(word.lower() for word in titles)
        self._not_given = frozenset(word.lower() for word in not_given) | self._titles
        # "Text: Olga Ivanova", "Translation: Elena Rotaru": a byline's label before a name
        # (each label starts with a letter: a word's start)
        labels = {label.lower() for label in name_labels}
        self._name_label = re.compile(
            rf"(?i)\b(?:{escaped_alternation(labels)})[ \t]*:?[ \t]*$"
        ) if labels else None
        self._aliases = frozenset(word.lower() for word in alias_words)

    def apply(self, text: str, texts: TokenTexts, found: Sequence[T],
              span: Callable[[T], tuple[int, int, str]]) -> list[T]:
        """``found`` less the one-word places that are surnames; ``span`` gives a candidate's
        start token, end token and label."""
        covered = {i for item in found for i in range(*span(item)[:2])}
        surnames: set[str] = set()
        places: list[tuple[T, int]] = []
        given_names: set[int] = set()
        for item in found:
            start, end, label = span(item)
            if label == "LOC" and end - start == 1:
                places.append((item, start))
                if self._after_given_name(text, texts, start, covered):
                    surnames.add(texts[start].lower())
                elif start and texts[start - 1].lower() in self._aliases:
                    given_names.add(id(item))  # "Gurlal Singh alias Lali": a nickname
                elif self._given_after_label(text, texts, start):
                    given_names.add(id(item))
        if not surnames and not given_names:
            return list(found)
        dropped = {id(item) for item, start in places
                   if texts[start].lower() in surnames
                   and (start == 0 or not texts[start - 1].islower())} | given_names
        return [item for item in found if id(item) not in dropped]

    def _given_after_label(self, text: str, texts: TokenTexts, start: int) -> bool:
        """Is the place at ``start`` a given name after a byline's label, a surname after it
        ("Translation: Elena Rotaru", "Written by: Sahar Noori")?"""
        if self._name_label is None or start + 1 >= len(texts) or not texts.space_after(start):
            return False
        after = texts[start + 1]
        if not (after.isalpha() and after[:1].isupper()) or after.lower() in self._not_given:
            return False
        return self._name_label.search(
            text, max(0, texts.idx[start] - 30), texts.idx[start]) is not None

    def _after_given_name(self, text: str, texts: TokenTexts, start: int,
                          covered: set[int]) -> bool:
        """Is the word before the place at ``start`` a given name on a running-text line?"""
        if start == 0 or (start - 1) in covered or not texts.space_after(start - 1):
            return False
        if start > 1 and _initial(texts[start - 1]) and texts.space_after(start - 2):
            # "Kathleen M. Rhodes": the given name before the middle initial
            return self._given_before(text, texts, start - 1, start)
        return self._given_before(text, texts, start, start)

    def _given_before(self, text: str, texts: TokenTexts, start: int, place_at: int) -> bool:
        """Is the word before token ``start`` a given name of the surname at ``place_at``
        (``start`` itself, or the token after a middle initial there)?"""
        given = texts[start - 1]
        place = texts[place_at]
        if not (given.isalpha() and len(given) > 1 and (given.istitle() or given.isupper())) \
                or given.lower() in self._not_given:
            return False
        if start > 1 and texts.space_after(start - 2) and texts[start - 2][:1].isupper() \
                and texts[start - 2].isalpha() and texts[start - 2].lower() not in self._titles:
            return False  # "Internal Affairs Veles", "Run Cargo Rotterdam": a longer name's end
        if self._name_label is not None and self._name_label.search(
                text, max(0, texts.idx[start - 1] - 30), texts.idx[start - 1]):
            return True  # "Text: Olga Ivanova", "Written by: Sahar Noori": a byline's name
        after = texts[place_at + 1] if place_at + 1 < len(texts) \
            and texts.space_after(place_at) else ""
        if given.isupper() != place.isupper():
            # "the FBI Miami office", "Kabul TOLO": no one name; "Javier MORENO (31)": a
            # court list's given name and surname, an age after them
            return given.istitle() and place.isupper() and _age_after(
                text, texts.idx[place_at] + len(place))
        if after.isalpha() and after[:1].isupper() and after.isupper() == place.isupper():
            return False  # "Dismantles Bronx Fentanyl Mill": a run of capitalized words
        return not _headline(text, texts.idx[start - 1], texts.idx[place_at] + len(place))


_CELL_MARKS = ("|", "\t", ";")
_AGE = re.compile(r"[ \t]*(?:\([ \t]*\d{1,2}[ \t]*\)|,[ \t]*\d{1,2}[ \t]*,)")


def _initial(word: str) -> bool:
    """Is ``word`` a middle initial ("M.")?"""
    return len(word) == 2 and initials(word)


def _age_after(text: str, end: int) -> bool:
    """Does an age follow the name ending at ``end`` ("(31)", ", 27,")?"""
    return _AGE.match(text, end) is not None
_PUNCTUATION = ".,:!?()[]\"'«»“”‘’"


def _headline(text: str, name_start: int, name_end: int) -> bool:
    """Is the line holding the name at ``name_start:name_end`` a table row or written, the
    name aside, in Title Case or capitals (a headline)?"""
    line_start = text.rfind("\n", 0, name_start) + 1
    line_end = text.find("\n", name_end)
    line = text[line_start:name_start] + " " + text[name_end:line_end if line_end >= 0 else None]
    if any(mark in line for mark in _CELL_MARKS):
        return True  # a table row's cells: no running text
    words = [word for word in (w.strip(_PUNCTUATION) for w in line.split())
             if word.isalpha() and len(word) >= LONG_WORD]
    if len(words) < HEADLINE_WORDS:
        return False
    capitalized = sum(1 for word in words if word[:1].isupper())
    return capitalized >= HEADLINE_SHARE * len(words)


def everyday_words(cases: WordCases) -> list[str]:
    """The lower-case words of running text in the recasing's table (``word_cases.jsonl``; a
    form written either way counts when it is mostly lower case): everyday words, no given
    names."""
    return [*(form for form in cases.forms.values() if form.islower()),
            *(key for key, share in cases.either.items() if share < EVERYDAY_TITLE_SHARE)]

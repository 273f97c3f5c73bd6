"""Lines written in capitals: finding them, and reading their words in title case."""

from __future__ import annotations

import re

from spacy.strings import hash_string

from .doc_view import DocView, Ent
from .org_grammar import AND_WORDS

# a line without a lower-case letter and with a word of three capitals or more
CAPS_LINE = re.compile(r"^(?=[^a-z\n]*[A-Z]{3})[^a-z\n]+$", re.M)
CAPS_HEAD = re.compile(r"[A-Z]{3}[A-Z]*[ \t]+[A-Z]{3}")  # two words in capitals: a pre-filter


def caps_lines(text: str) -> list[tuple[int, int]]:
    """The character spans of the lines in capitals of ``text`` (none without two words in
    capitals: the pre-filter skips most texts)."""
    if CAPS_HEAD.search(text) is None:
        return []
    return [m.span() for m in CAPS_LINE.finditer(text)]


def first_head_end(view: TitledLines, start: int, end: int, heads: frozenset[str],
                   in_entity: dict[int, Ent], joiners: frozenset[str]) -> int:
    """In a line in capitals, a name's core ends at its first head noun when words that are
    no head, link or entity follow it up to another head: "AMRITSAR RURAL POLICE BUSTS
    CROSS-BORDER DRUG CARTEL" is "Amritsar Rural Police" and a headline's verb."""
    i = start
    while i < end and view[i] not in heads:
        i += 1
    j = i + 1
    while j < end and view[j].isspace():
        j += 1
    if j < end and view[j] in AND_WORDS and j not in in_entity \
            and not any(view[k] in heads for k in range(j + 1, end)):
        return i + 1  # "FRANCISTOWN POLICE AND BDF NET 17 SUSPECTS": no second head after
        # "and", a second body and a headline's verb
    if j >= end or view[j] in heads or j in in_entity or not view[j][:1].isupper():
        return end
    while j < end and view[j] not in heads:
        if view[j] in joiners:
            return end  # "CUSTOMS INTELLIGENCE AND INVESTIGATIONS DIRECTORATE": one name
        j += 1
    return i + 1


class TitledLines:
    """A :class:`DocView` read with the words of lines in capitals in title case (``words``:
    token -> its title-case form): the grammar finds heads only there (the ORTH hashes of
    the other tokens are 0)."""

    __slots__ = ("_view", "_words", "orths", "spaces")

    def __init__(self, view: DocView, words: dict[int, str]) -> None:
        self._view, self._words = view, words
        self.spaces = view.spaces
        self.orths = [0] * len(view)
        for i, word in words.items():
            self.orths[i] = hash_string(word)

    def __getitem__(self, i: int) -> str:
        word = self._words.get(i)
        return self._view[i] if word is None else word

    def __len__(self) -> int:
        return len(self._view)

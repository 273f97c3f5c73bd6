"""Listed places that name a ship in the text: "HMCS Moncton", "His Majesty's Canadian Ship
(HMCS) Moncton", "the frigate HMCS Ville de Québec", "a Kingston-class vessel". A ship's
prefix, written in capitals and maybe bracketed, makes the capitalized words after it the
ship's name, and every place inside that name is no place. The text's other mentions of a
ship's name are the ship too ("Moncton's bridge team", "the sailors of Moncton"), except
where a locative preposition introduces them ("docked in Moncton"). A place glued to a ship
class's word ("Kingston-class") is the class.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import product
from typing import TypeVar

from .phrases import TokenTexts

T = TypeVar("T")

MAX_NAME_TOKENS = 4  # "Ville de Québec", "Almirante Padilla": a ship's name after its prefix
_CLOSING = frozenset({")", "]"})
# the tokenizer splits a run of dots off a capitals word ("HMCS", "..."): a prefix token
# holds a few at most
_MAX_PREFIX_DOTS = 3
# the one character besides the ASCII capitals whose lower() is an ASCII letter (KELVIN SIGN)
_OTHER_UPPER = {"k": "\u212a"}


class VesselNames:
    """Drops LOC candidates that are (part of) a ship's name."""

    def __init__(self, prefixes: Iterable[str], name_links: Iterable[str] = (),
                 locatives: Iterable[str] = (), class_words: Iterable[str] = ()) -> None:
        # prefixes compared as written (capitals), with or without a final dot ("HMNZS.")
        self._prefixes = frozenset(prefixes)
        self._links = frozenset(name_links)  # "de", "del", "of": lower-case words in a name
        self._locatives = frozenset(word.lower() for word in locatives)
        self._class_words = tuple(f"-{word.lower()}" for word in class_words)

    def gate_words(self) -> list[str]:
        """Every token text the ship rules read: a prefix with up to a few final dots
        ("HMCS", "HMCS."), and a class word and it glued to its hyphen ("-class", "class")
        in every casing; a doc with none of them keeps all its places (the caller skips
        :meth:`apply`)."""
        words = [prefix + "." * dots for prefix in self._prefixes
                 for dots in range(_MAX_PREFIX_DOTS + 1)]
        for hyphenated in self._class_words:
            words += _casings(hyphenated) + _casings(hyphenated[1:])
        return words

    def apply(self, texts: TokenTexts, found: Sequence[T],
              span: Callable[[T], tuple[int, int, str]]) -> list[T]:
        """``found`` less the places inside a ship's name or naming a ship mentioned by
        its prefix; ``span`` gives a candidate's start token, end token and label."""
        names = self._ship_names(texts)
        if not names and not self._class_words:
            return list(found)
        ship_words = {texts.span_text(start, end).lower() for start, end in names}
        kept: list[T] = []
        for item in found:
            start, end, label = span(item)
            if label == "LOC" and (
                    any(self._in_name(texts, start, end, name) for name in names)
                    or self._other_mention(texts, start, end, ship_words)
                    or self._ship_class(texts, end)):
                continue
            kept.append(item)
        return kept

    def _ship_names(self, texts: TokenTexts) -> list[tuple[int, int]]:
        """Token spans of the names right after a ship's prefix."""
        names: list[tuple[int, int]] = []
        size = len(texts)
        for i in range(size):
            if texts[i].rstrip(".") not in self._prefixes or not texts[i].isupper():
                continue
            start = i + 1
            if start < size and texts[start] in _CLOSING and i and texts[i - 1] == "(":
                start += 1  # "Ship (HMCS) Moncton"
            end = start
            while end < size and end - start < MAX_NAME_TOKENS and (
                    texts[end][:1].isupper()
                    or (texts[end] in self._links and end + 1 < size
                        and texts[end + 1][:1].isupper())):
                end += 1
                if not texts.space_after(end - 1):
                    break
            if end > start and not texts[start].isupper():  # (a capitals headline: no name)
                names.append((start, end))
        return names

    def _in_name(self, texts: TokenTexts, start: int, end: int,
                 name: tuple[int, int]) -> bool:
        """Does the place at ``start:end`` open the ship's name ``name`` or follow a link word
        inside it ("Ville de Québec")? (A Title Case headline runs on: "HMCS Moncton Returns To
        Halifax" keeps Halifax.)"""
        first, last = name
        if not (first <= start and end <= last):
            return False
        return start == first or texts[start - 1] in self._links

    def _other_mention(self, texts: TokenTexts, start: int, end: int,
                       ship_words: set[str]) -> bool:
        """Is the place at ``start:end`` a ship's name written again without its prefix?"""
        if texts.span_text(start, end).lower() not in ship_words:
            return False
        return not (start and texts[start - 1].lower() in self._locatives)

    def _ship_class(self, texts: TokenTexts, end: int) -> bool:
        """Is the place glued to a ship class's word ("Kingston-class")?"""
        if not self._class_words or end >= len(texts):
            return False
        tail = texts[end].lower()
        if end + 1 < len(texts) and tail == "-" and not texts.space_after(end - 1):
            tail += texts[end + 1].lower()
        return tail in self._class_words


def _casings(word: str) -> list[str]:
    """Every text whose ``lower()`` is the lower-case ``word`` (each letter in either case)."""
    return ["".join(chars) for chars in product(
        *({char, char.upper(), *_OTHER_UPPER.get(char, "")} for char in word))]

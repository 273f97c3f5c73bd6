"""What a quantity measures, read from cue words around it (what_cues.jsonl):
"an increase of 24 %", "€3.2 million in cash", "contraband worth 74 million rubles"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from ..word_alternation import longest_first_key
from .patterns import SPACE
from .records import WhatCueRecord

_SENTENCE_WINDOW = 200
_CUE_REACH = 40  # how far back a cue's `before` words are looked for
_OBJECT_WORD_REACH = 14  # and so much more per word of a verb's object between
_SENTENCE_MARKS = ".!?;\n"  # a sentence starts after the last of these
_NOUN_BEFORE = re.compile(rf"(?P<noun>[a-z][a-z'-]*){SPACE}+$")
_NOUN_COMMA_BEFORE = re.compile(rf"(?P<noun>[a-z][a-z'-]*),?{SPACE}+$")

@dataclass(frozen=True)
class _Cue:
    kinds: frozenset[str]
    link: str
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    sentence: re.Pattern[str] | None
    what: str | None
    subject: bool
    list_what: str | None = None
    reach: int = _CUE_REACH


class CueHit(NamedTuple):  # a tuple: created per number, cheaper than a frozen dataclass
    """A fitting cue: a fixed name, or where to read the linked noun or substance."""

    link: str
    what: str | None = None
    position: int = 0
    subject: bool = False
    list_what: str | None = None


class WhatCues:
    """The compiled cues of what_cues.jsonl, tried in file order."""

    def __init__(self, records: Sequence[WhatCueRecord], object_ends: Iterable[str] = ()) -> None:
        # words that end a verb's object before its sum (subject_words.jsonl object_ends)
        self._object_ends = "|".join(sorted(map(re.escape, object_ends)))
        self._cues = [self._compile(record) for record in records]
        self.kinds = frozenset(kind for cue in self._cues for kind in cue.kinds)
        self._by_kind = {kind: [cue for cue in self._cues if kind in cue.kinds]
                         for kind in self.kinds}  # in file order

    def _compile(self, record: WhatCueRecord) -> _Cue:
        def words(phrases: list[str]) -> str:
            split = sorted({tuple(p.lower().split()) for p in phrases}, key=longest_first_key)
            return "|".join(f"{SPACE}+".join(map(re.escape, words)) for words in split)

        between = ""
        if record.object_words:  # "fined the bank 5 million euros": the verb's object between
            fewest, most = record.object_words
            between = (rf"(?:{SPACE}+(?!(?:{self._object_ends})(?![a-z]))\(?[a-z][a-z'’.&-]*\)?)"
                       rf"{{{fewest},{most}}}")
        before = (re.compile(rf"(?<![a-z])(?:{words(record.before)}){between}{SPACE}+$")
                  if record.before else None)
        after = (re.compile(rf"{SPACE}+(?:{words(record.after)})(?![a-z])")
                 if record.after else None)
        sentence = (re.compile(rf"(?<![a-z])(?:{words(record.sentence)})(?![a-z])")
                    if record.sentence else None)
        reach = _CUE_REACH + (_OBJECT_WORD_REACH * record.object_words[1]
                              if record.object_words else 0)
        return _Cue(frozenset(record.kinds), record.link, before, after, sentence, record.what,
                    record.subject, record.list_what, reach)

    def find(self, low: str, kind: str, start: int, end: int) -> Iterator[CueHit]:
        """The cues fitting a quantity of ``kind`` at ``low[start:end]``, in file order."""
        if kind not in self.kinds:
            return
        window_start = max(0, start - _SENTENCE_WINDOW)
        last_stop = max(low.rfind(mark, window_start, start) for mark in _SENTENCE_MARKS)
        sentence_start = window_start if last_stop < 0 else last_stop + 1
        for cue in self._by_kind[kind]:
            position = start
            if cue.before is not None:
                hit = cue.before.search(low, max(0, start - cue.reach), start)
                if hit is None:
                    continue
                position = hit.start()
            if cue.after is not None:
                hit = cue.after.match(low, end)
                if hit is None:
                    continue
                position = hit.end()
            if cue.sentence is not None and cue.sentence.search(
                    low, sentence_start, start) is None:
                continue
            yield CueHit(cue.link, cue.what, position, cue.subject, cue.list_what)


def noun_before(low: str, position: int, determiners: frozenset[str],
                comma: bool = False) -> tuple[int, int] | None:
    """The word ending just before ``position`` ("contraband" in "contraband worth"; with
    ``comma`` also "heroin, worth"), unless it is one of ``determiners``."""
    pattern = _NOUN_COMMA_BEFORE if comma else _NOUN_BEFORE
    hit = pattern.search(low, max(0, position - 40), position)
    if hit is None or hit.group("noun") in determiners:
        return None
    return hit.start("noun"), hit.end("noun")

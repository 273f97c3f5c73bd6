"""Reading the dates of lines written in capitals ("OVER THE PAST WEEK", "IN THE FIRST TEN
MONTHS OF 2026", "LAST SATURDAY AND WEDNESDAY"): the grammar's words are written in one case
("the past week", "Saturday"), so a line in capitals is read with its date words in that case.

The reading has the text's length and offsets: every word keeps its letters, only their case
changes, and only words the date grammar knows (its lists and the function words of
clause_words.jsonl roles ``caps_word`` and ``caps_word_name``) change; names ("KINGSTON",
"POLICE") stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# a line without a lower-case letter and with a word of three capitals or more
_CAPS_LINE = re.compile(r"^(?=[^a-z\n]*[A-Z]{3})[^a-z\n]+$", re.M)
_CAPS_PAIR = re.compile(r"[A-Z]{3}[A-Z]*[ \t]+[A-Z]{3}")  # two words in capitals: a pre-filter
_WORD = re.compile(r"[A-Z][A-Z'’]*")
_DIGIT_REACH = 4  # characters between a month's abbreviation and its day or year ("NOV. 12")
_PREP_REACH = 12  # characters read back for the word before a month ("SINCE MARCH")


class CapsReading:
    """Rewrites the date words of a text's lines in capitals in the grammar's case.

    ``names``: month and weekday names (lower case; title case in the reading, an
    abbreviation such as "NOV" only next to a number); ``word_names``: names that are also
    common words ("MAY", "MARCH"), title case only next to a number or after a word of
    ``name_preps`` ("IN MAY"); ``words``: the other words the grammar reads (lower case).
    """

    def __init__(self, names: Iterable[str], word_names: Iterable[str],
                 name_preps: Iterable[str], words: Iterable[str]) -> None:
        self.names = frozenset(name.rstrip(".") for name in names)
        self.word_names = frozenset(word_names)
        self.name_preps = frozenset(name_preps)
        self.words = frozenset(words) - self.names

    def read(self, text: str) -> str:
        """``text`` with the date words of its lines in capitals in the grammar's case (the
        text itself when it has no such line)."""
        if _CAPS_PAIR.search(text) is None:
            return text
        pieces: list[str] = []
        done = 0
        for line in _CAPS_LINE.finditer(text):
            for word in _WORD.finditer(text, line.start(), line.end()):
                start, end = word.span()
                new = self._word(text, start, end)
                if new is not None:
                    pieces += [text[done:start], new]
                    done = end
        if not pieces:
            return text
        pieces.append(text[done:])
        return "".join(pieces)

    def _word(self, text: str, start: int, end: int) -> str | None:
        """The reading of the word in capitals at ``start``:``end``, None to keep it."""
        word = text[start:end]
        low = word.lower()
        if low in self.names:
            if (low in self.word_names or len(low) <= 3) and not (
                    self._by_number(text, start, end) or self._after_prep(text, start)):
                return low if low in self.word_names else None  # ("POLICE MAY", "SAT")
            return word[0] + low[1:]
        if low in self.words:
            return low
        return None

    @staticmethod
    def _by_number(text: str, start: int, end: int) -> bool:
        """A digit within reach of the word on its line ("NOV. 12", "12 MAY 2026")."""
        before = text[max(0, start - _DIGIT_REACH):start]
        after = text[end:end + _DIGIT_REACH]
        before = before[before.rfind("\n") + 1:]
        after = after.split("\n", 1)[0]
        return any(c.isdigit() for c in before + after)

    def _after_prep(self, text: str, start: int) -> bool:
        """The word before is one that makes a bare month a date ("IN MAY", "SINCE MARCH")."""
        head = text[max(0, start - _PREP_REACH):start].rstrip(" \t")
        previous = head.rsplit(None, 1)[-1] if head.strip() else ""
        return previous.lower() in self.name_preps

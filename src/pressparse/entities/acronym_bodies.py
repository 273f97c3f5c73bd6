"""Bodies known only by an acronym no list knows: "the DKNB said", "officers of the UBNON".

An all-capital word is an organization when an organization cue stands next to it: a reporting
verb after "the <ACRONYM>", a staff noun after it ("UBNON officers"), or "<staff noun> of the"
before it. Words of a stop list (units, drugs, currencies...) never are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..word_alternation import escaped_alternation

_ACRONYM_REST = r"[A-Z0-9]{1,6}(?:-[A-Z0-9]{1,4})?"  # after the first capital


class AcronymBodyFinder:
    """Finds cue-marked acronyms in a text (character offsets)."""

    def __init__(self, verbs: Iterable[str], staff: Iterable[str],
                 stop: Iterable[str], agents: Iterable[str] = ()) -> None:
        verbs_re = escaped_alternation(verbs, empty="")
        staff_re = escaped_alternation(staff, empty="")
        agents_re = escaped_alternation(agents)  # (none: never matches)
        self.stop = frozenset(stop)
        # The first capital comes first and the word-start check after it (a leading
        # lookbehind makes re try every position instead of scanning for capitals).
        self._candidate = re.compile(rf"[A-Z](?<![\w-][A-Z]){_ACRONYM_REST}(?![\w-])")
        self._verb_after = re.compile(rf"[ \t\u00a0]+(?:{verbs_re})\b")
        self._staff_after = re.compile(rf"[ \t\u00a0]+(?:{staff_re})\b")
        self._the_before = re.compile(r"\b[Tt]he[ \t\u00a0]+$")
        self._staff_of_before = re.compile(
            rf"\b(?:{staff_re})[ \t\u00a0]+of[ \t\u00a0]+the[ \t\u00a0]+$")
        # before a long form and its bracketed acronym: "Specialists of the", "organised by
        # the" (a sentence may open with the staff noun)
        self._body_before = re.compile(
            rf"\b(?:(?:{staff_re})[ \t\u00a0]+of|(?:{agents_re})[ \t\u00a0]+by)"
            rf"[ \t\u00a0]+the[ \t\u00a0]+$", re.IGNORECASE)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, acronym)`` of every cue-marked acronym and its other mentions."""
        names: set[str] = set()
        for match in self._candidate.finditer(text):
            acronym = match.group()
            if acronym in self.stop or acronym in names:
                continue
            start, end = match.span()
            before = text[max(0, start - 40):start]
            marked = self._staff_after.match(text, end) is not None \
                or (self._verb_after.match(text, end) is not None
                    and self._the_before.search(before) is not None) \
                or self._staff_of_before.search(before) is not None
            if marked and not _in_caps_line(text, start):
                names.add(acronym)
        if not names:
            return []
        return sorted(span for name in names for span in _mentions(text, name))

    def bracket_marked(self, text: str, long_start: int, bracket_end: int) -> bool:
        """Is a long form written before its bracketed acronym ("the Narcotics Unit (NU)")
        marked as a body: a staff or unit noun right after the bracket ("the ... (FSOC)
        unit"), or "<staff noun> of the" or "<agent verb> by the" right before the long form
        ("Specialists of the ... (LFO)", "organised by the ... (NAB)")? ``bracket_end`` is the
        offset of the closing bracket."""
        return self._staff_after.match(text, bracket_end + 1) is not None \
            or self._body_before.search(text[max(0, long_start - 40):long_start]) is not None

    def spelled(self, text: str, spelled: set[str]) -> list[tuple[int, int, str]]:
        """``(start, end, acronym)`` of every mention of an acronym of ``spelled`` (the
        initials of bodies the text names: "According to the GPD", "operatives of BOC"),
        three letters or more, no stop word, written once at least outside a line in
        capitals."""
        names: set[str] = set()
        for match in self._candidate.finditer(text):
            acronym = match.group()
            if len(acronym) >= 3 and acronym in spelled and acronym not in self.stop \
                    and acronym not in names and not _in_caps_line(text, match.start()):
                names.add(acronym)
        return sorted(span for name in names for span in _mentions(text, name))


def _mentions(text: str, name: str) -> list[tuple[int, int, str]]:
    """Whole-word mentions of ``name``; the literal comes first so that re scans for it."""
    pattern = re.compile(rf"{re.escape(name)}(?<![\w-]{re.escape(name)})(?![\w-])")
    return [(m.start(), m.end(), name) for m in pattern.finditer(text)]


def _in_caps_line(text: str, pos: int) -> bool:
    """Inside an all-caps headline ("THE KNB SAID"): no cue can be trusted."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)

"""News outlets credited by the layout of a wire or transcript line, named by no list.

A wire's dateline credits its medium between the date and the dash ("Pezinok, January 22, 2025
(TASR) - ...", "LIMA, Aug 5 (EFE).- ...", "BRIDGETOWN, Barbados, Jun 29, CMC - ...") or after
the dash, closed by a full stop ("MAKHACHKALA, Nov 14 – RIA Novosti. Officers ..."), or
between the date's full stop and the dash ("KARAGANDA, June 9. ZAKON.KZ – ..."); a site's
domain needs no date ("Tashkent, Uzbekistan (Podrobno.uz) – ..."); a press
conference transcript credits a question to the journalist's outlet, in brackets or after a
comma ("QUESTION (Kaktus.media): ...", "JOURNALIST, Channel 7: ..."). The slot names a medium
(an ORG: the guide annotates news agencies) whatever its name, so the layout finds outlets no
list can hold. The scan looks for the closing bracket or dash
first, then reads the line before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..word_alternation import escaped_alternation, longest_first
from .credit_slots import DOMAIN_END

# a medium's name: a capital, then name characters ("Kaktus.media", "Interfax-Siberia",
# "Fana Broadcasting Corporate", "Channel 7"); four words at most
_NAME = r"[A-Z][\w.&'\u2019\-]*(?: [A-Z0-9][\w.&'\u2019\-]*){0,3}"
# "(TASR) -", "(EFE).-", "(Avesta) --": the bracketed credit and the dateline's dash
_BRACKETED = re.compile(rf"\((?P<name>{_NAME})\)[ \t]*(?:\.-|--?|[\u2013\u2014])[ \t]")
# ", CMC -": a credit in capitals after the date's comma
_COMMA = re.compile(r"\d,[ \t]+(?P<name>[A-Z]{2,6})[ \t]+(?:--?|[\u2013\u2014])[ \t]")
# "MAKHACHKALA, Nov 14 – RIA Novosti. Officers ...": a credit after the date's dash, closed
# by a full stop before the story's first sentence
_AFTER_DASH = re.compile(rf"\d[ \t]+(?:--?|[\u2013\u2014])[ \t]+(?P<name>{_NAME})\.(?=[ \t]+[A-Z])")
# "KARAGANDA, June 9. ZAKON.KZ – From ...": a credit after the date's full stop, before the dash
_AFTER_DATE_STOP = re.compile(
    rf"\d\.[ \t]+(?P<name>{_NAME})[ \t]+(?:--?|[\u2013\u2014])[ \t]+(?=[A-Z0-9\"\u201c])")
_DATELINE_CHARS = 80  # a dateline's place and date before the credit
_PLACE_START = re.compile(r"[A-Z\u00c0-\u00de]")  # a dateline opens with its place


class NewsCreditFinder:
    """Finds outlets credited in a dateline or a transcript's question label (``labels``:
    "QUESTION", "JOURNALIST")."""

    def __init__(self, labels: Iterable[str]) -> None:
        words = longest_first(w for w in labels if w)
        self._question = re.compile(
            rf"^(?:{escaped_alternation(words)})"
            rf"(?:[ \t]*\((?P<name>{_NAME})\)|,[ \t]*(?P<after_comma>{_NAME}))[ \t]*:",
            re.MULTILINE) if words else None
        self._question_cue = tuple(f"{w}{sep}" for w in words for sep in (" (", "(", ","))

    def find(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every credited outlet's name."""
        found: list[tuple[int, int]] = []
        if "(" in text:
            for match in _BRACKETED.finditer(text):
                dated = DOMAIN_END.search(match.group("name")) is None  # (a site needs no date)
                if _dateline_before(text, match.start(), dated=dated):
                    found.append(match.span("name"))
        if "," in text:
            found += [m.span("name") for m in _COMMA.finditer(text)
                      if _dateline_before(text, m.start())]
            found += [m.span("name") for m in _AFTER_DASH.finditer(text)
                      if _dateline_before(text, m.start() + 1)]
            found += [m.span("name") for m in _AFTER_DATE_STOP.finditer(text)
                      if _dateline_before(text, m.start() + 1)]
        if self._question is not None and any(cue in text for cue in self._question_cue):
            found += [m.span("name" if m.group("name") else "after_comma")
                      for m in self._question.finditer(text)]
        return sorted(found)


def _dateline_before(text: str, end: int, *, dated: bool = True) -> bool:
    """Is the line before ``end`` a dateline: short, opened by a capital (the place), with a
    comma and (``dated``) a digit (the date)?"""
    start = text.rfind("\n", 0, end) + 1
    head = text[start:end]
    return 0 < len(head) <= _DATELINE_CHARS and _PLACE_START.match(head) is not None \
        and "," in head and (not dated or any(ch.isdigit() for ch in head))


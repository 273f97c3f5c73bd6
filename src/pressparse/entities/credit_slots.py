"""News outlets named in the slots of a credit, whatever their name (samples guide, Items:
a news outlet credited on its page is an ORG like any news agency).

Four shapes hold a medium's name, so the slot finds outlets no list can hold:

- a verb of telling before it: "the press service told Fontanka.", "spoke with Delfi",
  "in an interview with Sputnik Tajikistan" (``verbs``);
- a credit line's label before it: "By Delfi", "Text: Minsk Herald | Photo: ...", "By Island
  Times Staff", "Redacción La Prensa", "By the El Tribuno newsroom" (``labels``; at a line's
  start or after a "|");
- a wire's sign-off after a sentence's last stop: "... arrested on board. — ONA";
- a credit line opened by a site's domain, its co-credited outlets after commas: "LRT.lt,
  BNS   2027.01.27 11:45".

A person, a body or a desk fills the same slots ("told reporters", "By Staff Reporter",
"Text: Elena Kuzmenko", "Photo: MIA press service"), so the name must look like a medium's:
a site's domain ("Gazeta.uz"), a name with a news word beside a word of its own ("Island
Times", "JIS News"), or, after a verb of telling or a "By" (``single_labels``), one word or
acronym that no organization head makes a body's ("Hespress", "RG"). A staff word after the
name ("Staff", "Reporter") is no part of it; a name made of staff and news words only ("By
Herald Reporter", "By Staff Writer") names no outlet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..word_alternation import escaped_alternation

# a word of a medium's name: a capital, then word characters, dots only inside ("Oxu.az",
# "Kaktus.media"), an ampersand, apostrophe or hyphen ("Asia-Plus"); or a site's domain
# opened by a digit ("1news.az", "24.kz")
_WORD = (r"(?:[A-Z][\w&'\u2019\-]*(?:\.[A-Za-z\u0400-\u04ff]\w*)*"
         r"|\d\w*(?:\.[A-Za-z\u0400-\u04ff]\w*)+)")
_NAME = rf"{_WORD}(?:[ \t]{_WORD}){{0,3}}"
# after a told-slot's name: a stop, a comma, a lower-case word or the line's end
_TOLD_END = r"(?=[.,;:!?)\u201d\"]|[ \t]+[a-z]|[ \t]*$)"
# after a credit line's name: a separator ("|", two spaces, a comma, a dash) or the line's end
_LINE_END = r"(?=[ \t]*(?:$|\||[ \t]{2}|,|[\u2013\u2014]|-[ \t]|\())"
# "... on board. — ONA": a sign-off in capitals after the last sentence's stop
_SIGNOFF = re.compile(r"[.!?][\"\u201d]?[ \t]+(?:[\u2013\u2014]|--?)[ \t]*(?P<name>[A-Z]{2,8})"
                      r"[ \t]*$", re.MULTILINE)
# "LRT.lt, BNS   2027.01.27 11:45": a line of outlets opened by a site's domain, each after a
# comma, before the story's date (two spaces or a "|") or the line's end
_CO_CREDIT = re.compile(rf"^[ \t]*(?P<names>{_WORD}(?:,[ \t]+{_NAME}){{1,3}})"
                        rf"(?=[ \t]{{2,}}\S|[ \t]*\||[ \t]*$)", re.MULTILINE)
DOMAIN_END = re.compile(r"\w\.[a-z\u0400-\u04ff]{2,6}$", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z]{2,8}")


class CreditSlots:
    """Finds outlets named in credit slots (see the module). ``verbs``: telling phrases before
    the slot; ``labels``: credit-line labels ("By", "Text:"); ``single_labels``: labels whose
    slot may hold one plain word; ``staff``: words of a desk, not of a medium's name;
    ``news_words``: words of a medium's name; ``heads``: organization head nouns;
    ``stop``: capitalized words that name nothing ("The", "Photo"); ``end_markers``: an end
    marker in capitals is no sign-off ("ENDS")."""

    def __init__(self, verbs: Iterable[str], labels: Iterable[str],
                 single_labels: Iterable[str], staff: Iterable[str],
                 news_words: Iterable[str], heads: Iterable[str], stop: Iterable[str],
                 end_markers: Iterable[str]) -> None:
        verbs, labels, staff = list(verbs), list(labels), list(staff)
        # a desk's words in lower case after the name ("the El Tribuno newsroom")
        lower_staff = sorted({word.lower() for word in staff})
        desk_words = rf"(?:[ \t]+(?:{escaped_alternation(lower_staff)}))*" if staff else ""
        self._told = re.compile(
            rf"\b(?:{escaped_alternation(verbs)})[ \t]+(?:the[ \t]+)?(?P<name>{_NAME}){_TOLD_END}",
            re.MULTILINE) if verbs else None
        self._line = re.compile(
            rf"(?:^|\|)[ \t]*(?P<label>{escaped_alternation(labels)})(?:(?<=:)[ \t]*|[ \t]+)"
            rf"(?P<the>the[ \t]+)?(?P<name>{_NAME}{desk_words}){_LINE_END}",
            re.MULTILINE) if labels else None
        self.single_labels = frozenset(single_labels)
        self.staff = frozenset(word.lower() for word in staff)
        self.news_words = frozenset(word.lower() for word in news_words)
        self.heads = frozenset(word.lower() for word in heads)
        self.stop = frozenset(word.lower() for word in stop)
        self.end_markers = frozenset(word.upper() for word in end_markers)

    def find(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every outlet's name in a credit slot of ``text``."""
        found: list[tuple[int, int]] = []
        if self._told is not None:
            for match in self._told.finditer(text):
                found += self._named(match, single=True)
        if self._line is not None:
            for match in self._line.finditer(text):
                label = " ".join(match.group("label").split())
                found += self._named(match, single=label in self.single_labels)
        found += [m.span("name") for m in _SIGNOFF.finditer(text)
                  if m.group("name") not in self.end_markers]
        if "," in text:
            found += self._co_credited(text)
        return sorted(set(found))

    def _co_credited(self, text: str) -> list[tuple[int, int]]:
        """The outlets of a credit line opened by a site's domain ("LRT.lt, BNS"), each one
        that looks like a medium's name (one word or acronym will do)."""
        found: list[tuple[int, int]] = []
        for match in _CO_CREDIT.finditer(text):
            start = match.start("names")
            parts = match.group("names").split(",")
            if not DOMAIN_END.search(parts[0]):
                continue
            for part in parts:
                words = part.split()
                if self.is_medium(words, single=True):
                    begin = start + part.index(words[0])
                    found.append((begin, begin + len(part.strip())))
                start += len(part) + 1
        return found

    def _named(self, match: re.Match[str], *, single: bool) -> list[tuple[int, int]]:
        """The medium's name in the slot (its trailing staff words cut off), if it is one."""
        start, end = match.span("name")
        words = match.group("name").split()
        while words and words[-1].lower() in self.staff:
            words.pop()
        if not words:
            return []
        cut = len(words) < len(match.group("name").split())
        end = start + match.group("name").rindex(words[-1]) + len(words[-1]) if cut \
            else end
        # a plain word before a desk's words is the desk's ("By: Digital Editorial Staff"),
        # unless "the" opens the slot: "By the El Tribuno newsroom" is the outlet's desk
        desk = cut and bool(match.groupdict().get("the"))
        plain = single and not (cut and _ACRONYM.fullmatch(words[0]) is None)
        return [(start, end)] if self.is_medium(words, single=plain, desk=desk) else []

    @staticmethod
    def domain_form(name: str, page: str) -> str:
        """The site's domain the page writes for a medium credited by its bare name ("told
        Fontanka." beside "Text: Fontanka.ru"), else ``name``."""
        if " " in name or DOMAIN_END.search(name):
            return name
        found = re.search(rf"(?<![\w.]){re.escape(name)}\.[a-z]{{2,6}}(?![\w.])", page,
                          re.IGNORECASE)
        return name[0] + found.group()[1:] if found else name

    def staff_only(self, words: str) -> bool:
        """Are ``words`` staff words only ("Staff", "Desk")?"""
        split = words.lower().split()
        return bool(split) and all(word in self.staff for word in split)

    def is_medium(self, words: list[str], *, single: bool, desk: bool = False) -> bool:
        """Do ``words`` name a medium: a domain, a news word beside a word of its own, (a
        ``single`` slot) one plain word or acronym that is no head, staff or stop word, or
        (a ``desk``'s owner: "the El Tribuno newsroom") words with no head among them?"""
        lower = [word.lower() for word in words]
        if any(word in self.staff for word in lower) or lower[0] in self.stop:
            return False
        if len(words) == 1 and DOMAIN_END.search(words[0]):
            return True
        if any(word in self.news_words for word in lower):
            return any(word not in self.news_words for word in lower)
        if any(word in self.heads for word in lower):
            return False
        if desk:
            return True
        return single and len(words) == 1 and (
            _ACRONYM.fullmatch(words[0]) is not None or words[0][1:].islower())

"""The page's publisher named inside its items: a news outlet's own name credited as source
("Tengrinews.kz reports", "(UzDaily.uz) --", "/MOLDPRES/ -", "told Belarus Today", "— GNLM")
is an ORG like any news agency (samples guide, ORG, session 35). The publisher is the first
line of the page's masthead ("Tengrinews.kz", "SB. BELARUS TODAY", "GLOBAL NEW LIGHT OF
MYANMAR"); an item names it as written there, by its part after a short prefix ("Belarus
Today"), by its first word in capitals ("MOLDPRES" of "MOLDPRES State News Agency") or by
its initials ("GNLM"). A mention after a furniture cue ("Subscribe to", "About") is no
credit."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_CUT = re.compile(r"[ \t]{2,}|[ \t][|\u00bb/\u2013\u2014-][ \t]")  # a masthead line's parts
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")  # glyphs around the name ("≡  OXU.AZ  🔍")
_DOMAIN = re.compile(r"\w\.[a-z]{2,4}$", re.IGNORECASE)  # "Tengrinews.kz", "OXU.AZ"
_MAX_WORDS = 6
_MIN_INITIALS = 3  # "GNLM": initials of a name of three capitalized words or more
_ACRONYM = re.compile(r"[A-Z]{3,8}")  # a masthead's acronym before its long form ("SONNA")
_MASTHEADS_KEPT = 64  # mastheads whose patterns are remembered (a page's items share one)


def _words(name: str) -> set[str]:
    """The lower-case words of ``name``."""
    return {word.lower() for word in re.findall(r"\w+", name)}


class PublisherNames:
    """Finds the publisher's name in an item's text (``links``: lower-case words of names,
    "of"; ``cues``: furniture words before a mention that is no credit). Only a news
    outlet's name counts: a site's domain, a name with one of ``news_words``, or one with
    none of the organization ``heads`` (a body's own page, "FSM Information Services", is
    the press-unit rule's)."""

    def __init__(self, links: Iterable[str], cues: Iterable[str], heads: Iterable[str],
                 news_words: Iterable[str], articles: Iterable[str] = ()) -> None:
        self.links = frozenset(word.lower() for word in links)
        self.articles = frozenset(word.lower() for word in articles)  # no initial of a name
        self.cues = tuple(cue.lower() for cue in cues)
        self.heads = frozenset(word.lower() for word in heads)
        self.news_words = frozenset(word.lower() for word in news_words)
        self._patterns = lru_cache(maxsize=_MASTHEADS_KEPT)(self._masthead_patterns)

    def is_outlet(self, name: str) -> bool:
        """Is ``name`` a news outlet's (see the class)?"""
        if _DOMAIN.search(name):
            return True
        words = _words(name)
        return bool(words & self.news_words) or not words & self.heads

    def is_medium_name(self, name: str) -> bool:
        """Does a listed body's ``name`` say it is a medium ("Bahrain News Agency")?"""
        return bool(_words(name) & self.news_words)

    def forms(self, masthead: str) -> list[tuple[str, str | None]]:
        """``(form, name)``: the ways an item writes the publisher of ``masthead`` and the
        name each takes (None: as the item writes it)."""
        first = next((line for line in masthead.splitlines() if line.strip()), "")
        parts = [_EDGE.sub("", p) for p in _CUT.split(_EDGE.sub("", first))]
        part = parts[0]
        words = part.split()
        if not words or len(words) > _MAX_WORDS or any(ch.isdigit() for ch in part) \
                or not part[0].isupper() or not self.is_outlet(part):
            return []
        full = self._display(part)
        found: list[tuple[str, str | None]] = [(part, None)]
        if ". " in part:  # "SB. BELARUS TODAY": the name after its short prefix
            found.append((part.split(". ", 1)[1], None))
        if len(words) > 1 and len(words[0]) >= _MIN_INITIALS and words[0].isalpha() \
                and words[0].isupper() and not part.isupper():
            found.append((words[0], full))  # "MOLDPRES" of "MOLDPRES State News Agency"
        spelled = self._spelled_out(part, parts[1:])
        if spelled is not None:  # "SONNA – Somali National News Agency"
            found = [(part, spelled), (spelled, None)]
        capitals = [w for w in words
                    if w.lower() not in self.links and w.lower() not in self.articles]
        if len(capitals) >= _MIN_INITIALS and all(w.isalpha() for w in capitals):
            found.append(("".join(w[0] for w in capitals).upper(), full))  # "GNLM"
        return found

    def _spelled_out(self, acronym: str, others: list[str]) -> str | None:
        """The long form a masthead writes beside its acronym ("SONNA – Somali National News
        Agency", "ATPE – Agence Tchadienne de Presse et d'Édition"): the next part, a medium's
        name whose capitalized words' initials the acronym holds in order from its first
        letter."""
        if not _ACRONYM.fullmatch(acronym) or not others:
            return None
        long_form = others[0]
        if not self.is_outlet(long_form):
            return None
        return self._display(long_form) if self.spells(acronym, long_form) else None

    def spells(self, acronym: str, long_form: str) -> bool:
        """Does ``acronym`` hold the initials of ``long_form``'s capitalized words (articles
        and links left out) in order, from its first letter ("SONNA": Somali National News
        Agency; "BNA": Bakhtar News Agency; not "IRNA": IRNA English)?"""
        initials = [w[0].upper() for w in long_form.split()
                    if w[0].isupper() and w.lower() not in self.articles | self.links]
        if len(initials) < 2 or not acronym or initials[0] != acronym[0].upper():
            return False
        letters = iter(acronym.upper())
        return all(ch in letters for ch in initials)

    def find(self, text: str, masthead: str | None) -> list[tuple[int, int, str]]:
        """``(start, end, name)`` of each mention of the publisher in ``text`` (capitalized,
        whole words, no furniture cue before it on its line)."""
        if not masthead:
            return []
        found: list[tuple[int, int, str]] = []
        for pattern, name in self._patterns(masthead):
            for match in pattern.finditer(text):
                start, end = match.span()
                if not text[start].isupper() or any(s < end and start < e
                                                    for s, e, _n in found):
                    continue
                line = text[text.rfind("\n", 0, start) + 1:start].lower()
                if line.rstrip().endswith(self.cues) or "\u00a9" in line:
                    continue
                found.append((start, end, name or " ".join(match.group().split())))
        return found

    def _masthead_patterns(self, masthead: str
                           ) -> tuple[tuple[re.Pattern[str], str | None], ...]:
        """Each form of ``masthead``'s publisher as a pattern of whole words (a form in
        capitals written as the item writes it in any case), with the name it takes."""
        patterns: list[tuple[re.Pattern[str], str | None]] = []
        for form, name in self.forms(masthead):
            flags = re.IGNORECASE if form.isupper() and name is None else 0
            patterns.append(
                (re.compile(rf"(?<![\w@.]){re.escape(form)}(?![\w@]|\.\w)", flags), name))
        return tuple(patterns)

    def _display(self, name: str) -> str:
        """A name written in capitals in title case, its link words in lower case ("GLOBAL
        NEW LIGHT OF MYANMAR" -> "Global New Light of Myanmar"); a mixed-case name as is."""
        if not name.isupper():
            return name
        words = [w.lower() if w.lower() in self.links else w.capitalize()
                 for w in name.split()]
        return " ".join(words)

"""A phrase index over spaCy's PhraseMatcher: case-insensitive names with a capitalization check,
case-sensitive acronyms, and tolerance for line breaks and odd spaces inside names."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

import numpy as np
from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc


@dataclass(frozen=True)
class Entry:
    """What a phrase stands for: a label and its normalized value."""

    label: str
    normalized: dict[str, Any] = field(hash=False)
    ambiguous: bool = False  # also a first name: skipped when a capitalized word follows
    priority: int = 0


class Match(NamedTuple):
    """A phrase found in a doc (token offsets into the original doc)."""

    start: int
    end: int
    entry: Entry


@dataclass
class _Form:
    """One way a key may appear: case-insensitive with required capitals, or exact text.

    Capitals are required per entry: "ganja" (a listed substance in lower case) does not let
    the lower-case word through as the city "Ganja"; an entry listed both ways ("Shan State",
    "Shan state") needs only the capitals its forms share.
    """

    caps: list[bool] | None = None
    exact: tuple[str, ...] | None = None
    entries: list[Entry] = field(default_factory=list)
    entry_caps: list[list[bool]] = field(default_factory=list)  # parallel to entries

    @cached_property
    def checks(self) -> bool:
        """Must the text be looked at (exact form or a required capital)?"""
        return self.exact is not None or any(any(caps) for caps in self.entry_caps)

    def add(self, entry: Entry, caps: list[bool] | None) -> None:
        if entry in self.entries:
            if caps is not None:
                i = self.entries.index(entry)
                self.entry_caps[i] = [a and b for a, b in
                                      zip(self.entry_caps[i], caps, strict=False)]
            return
        self.entries.append(entry)
        self.entry_caps.append(caps or [])

    def accepted(self, words: list[str]) -> list[Entry]:
        """The entries whose written form fits ``words``."""
        if self.exact is not None:
            return self.entries if tuple(words) == self.exact else []
        if not self.checks:
            return self.entries
        upper = [word[:1].isupper() for word in words]
        return [entry for entry, caps in zip(self.entries, self.entry_caps, strict=True)
                if all(up for up, needed in zip(upper, caps, strict=False) if needed)]


class PhraseIndex:
    """Many phrases, each mapped to entries; ``add`` then ``matches(doc)``.

    One PhraseMatcher on LOWER serves both kinds of phrase: names, which must keep the
    capitals of their listed form ("china" is not China, "CHINA" is), and acronyms, which must
    match exactly ("US", not "us").
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._pending: dict[tuple[str, bool], list[Entry]] = {}
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._keys: dict[int, list[_Form]] = {}
        self._built = False
        self.window = 12  # tokens each side of a line break searched for names across it

    def add(self, text: str, entry: Entry, case_sensitive: bool = False) -> None:
        """Register a phrase (whitespace is normalized; empty phrases are ignored)."""
        text = " ".join(text.split())
        if text:
            self._pending.setdefault((text, case_sensitive), []).append(entry)

    def build(self) -> None:
        """Compile the pending phrases into the matcher."""
        items = list(self._pending.items())
        patterns: dict[str, Doc] = {}
        for ((text, case_sensitive), entries), doc in zip(
                items, self.nlp.tokenizer.pipe(t for (t, _), _ in items), strict=True):
            key = text.lower()
            key_id = self.nlp.vocab.strings.add(key)
            forms = self._keys.setdefault(key_id, [])
            patterns.setdefault(key, doc)
            words = tuple(token.text for token in doc)
            if case_sensitive:
                form = next((f for f in forms if f.exact == words), None)
                if form is None:
                    form = _Form(exact=words)
                    forms.append(form)
            else:
                caps = [word[:1].isupper() for word in words]
                form = next((f for f in forms if f.caps is not None), None)
                if form is None:
                    form = _Form(caps=caps)
                    forms.append(form)
            for entry in entries:
                form.add(entry, None if case_sensitive else caps)
        for key, doc in patterns.items():
            self._matcher.add(key, [doc])
        self._pending.clear()
        self._built = True

    def __len__(self) -> int:
        return len(self._keys)

    def matches(self, doc: Doc) -> Iterator[Match]:
        """All phrase matches, also across single line breaks and odd spaces inside phrases."""
        if not self._built:
            self.build()
        yield from self._accepted(doc, doc, None, self._matcher(doc))
        for window, index in _bridged_windows(doc, self.window):
            found = [(key, start, end) for key, start, end in self._matcher(window)
                     if index[end - 1] - index[start] != end - 1 - start]  # spans a gap
            yield from self._accepted(doc, window, index, found)

    def _accepted(self, doc: Doc, target: Doc, index: list[int] | None,
                  found: list[tuple[int, int, int]]) -> Iterator[Match]:
        for key_id, start, end in found:
            forms = self._keys[key_id]
            words = [target[i].text for i in range(start, end)] \
                if any(f.checks for f in forms) else []
            real_start = index[start] if index is not None else start
            real_end = index[end - 1] + 1 if index is not None else end
            for form in forms:
                entries = form.accepted(words)
                if not entries:
                    continue
                if form.exact is not None and _in_caps_run(target, start, end):
                    continue
                for entry in entries:
                    if entry.ambiguous and _followed_by_name(doc, real_end):
                        continue
                    yield Match(real_start, real_end, entry)


def _in_caps_run(doc: Doc, start: int, end: int) -> bool:
    """An acronym that is also an English word ("US", "WHO") inside an ALL-CAPS line."""
    if doc[start:end].text.lower() not in STOP_WORDS:
        return False
    neighbours = [doc[i] for i in (start - 1, end) if 0 <= i < len(doc)]
    return any(t.is_alpha and t.is_upper and len(t) > 1 for t in neighbours)


def _followed_by_name(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].is_alpha and doc[end].is_title


def _bridged_windows(doc: Doc, width: int) -> Iterator[tuple[Doc, list[int]]]:
    """Small docs around whitespace tokens that may sit inside a name (a single line break,
    a run of spaces, NBSP between two words), without those tokens, and the map from window
    to doc token indices. Whitespace after punctuation or holding a blank line is a break."""
    if len(doc) < 3:
        return
    flags = doc.to_array([IS_SPACE, IS_PUNCT])
    spaces = np.flatnonzero(flags[:, 0]).tolist()
    if not spaces:
        return
    gaps = [i for i in spaces
            if 0 < i < len(doc) - 1 and not flags[i - 1].any() and not flags[i + 1].any()
            and _may_continue_name(doc[i + 1].text) and "\n\n" not in doc[i].text]
    covered = -1
    for gap in gaps:
        if gap <= covered:
            continue
        low, high = max(0, gap - width), min(len(doc), gap + width + 1)
        index = [i for i in range(low, high)
                 if not flags[i, 0] or "\n\n" in doc[i].text]  # blank lines stay barriers
        covered = gap + width // 2
        yield Doc(doc.vocab, words=[doc[i].text for i in index]), index


def _may_continue_name(word: str) -> bool:
    """Can a name go on with this word after a line break ("Internal", "of", "Republic")?"""
    return word[:1].isupper() or word in _LINKS


_LINKS = frozenset({"of", "and", "for", "on", "the", "against", "in", "de", "del", "di"})


def iter_phrases(texts: Iterable[str]) -> list[str]:
    """Unique, whitespace-normalized phrases in input order."""
    seen: dict[str, None] = {}
    for text in texts:
        text = " ".join(text.split())
        if text:
            seen.setdefault(text, None)
    return list(seen)

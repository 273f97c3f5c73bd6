"""A phrase index over spaCy's PhraseMatcher: case-insensitive names with a capitalization check,
case-sensitive acronyms, and tolerance for line breaks and odd spaces inside names."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.attrs import IS_SPACE
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


@dataclass(frozen=True)
class Match:
    """A phrase found in a doc (token offsets into the original doc)."""

    start: int
    end: int
    entry: Entry


@dataclass
class _Key:
    caps: list[bool] | None  # per token: must the text token start with a capital?
    entries: list[Entry] = field(default_factory=list)


def _caps_of(doc: Doc) -> list[bool]:
    return [token.text[:1].isupper() for token in doc]


class PhraseIndex:
    """Many phrases, each mapped to entries; ``add`` then ``matches(doc)``."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._pending: dict[tuple[str, bool], list[Entry]] = {}
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._keys: dict[int, _Key] = {}
        self._built = False

    def add(self, text: str, entry: Entry, case_sensitive: bool = False) -> None:
        """Register a phrase (whitespace is normalized; empty phrases are ignored)."""
        text = " ".join(text.split())
        if text:
            self._pending.setdefault((text, case_sensitive), []).append(entry)

    def build(self) -> None:
        """Compile the pending phrases into the matchers."""
        items = list(self._pending.items())
        patterns: dict[tuple[str, bool], list[Doc]] = {}
        for ((text, case_sensitive), entries), doc in zip(
                items, self.nlp.tokenizer.pipe(t for (t, _), _ in items), strict=True):
            key_text = text if case_sensitive else text.lower()
            key = f"{'O' if case_sensitive else 'L'}:{key_text}"
            key_id = self.nlp.vocab.strings.add(key)
            slot = self._keys.get(key_id)
            caps = None if case_sensitive else _caps_of(doc)
            if slot is None:
                slot = self._keys[key_id] = _Key(caps=caps)
                patterns.setdefault((key, case_sensitive), []).append(doc)
            elif caps is not None and slot.caps is not None:
                slot.caps = [a and b for a, b in zip(slot.caps, caps, strict=False)]
            for entry in entries:
                if entry not in slot.entries:
                    slot.entries.append(entry)
        for (key, case_sensitive), docs in patterns.items():
            (self._orth if case_sensitive else self._lower).add(key, docs)
        self._pending.clear()
        self._built = True

    def __len__(self) -> int:
        return len(self._keys)

    def matches(self, doc: Doc) -> Iterator[Match]:
        """All phrase matches, allowing single line breaks and odd spaces inside phrases."""
        if not self._built:
            self.build()
        target, index = _compact(doc)
        for matcher, check_caps in ((self._lower, True), (self._orth, False)):
            for key_id, start, end in matcher(target):
                slot = self._keys[key_id]
                if check_caps and slot.caps is not None and not _caps_ok(target, start, slot.caps):
                    continue
                if not check_caps and _in_caps_run(target, start, end):
                    continue
                real_start = int(index[start]) if index is not None else start
                real_end = int(index[end - 1]) + 1 if index is not None else end
                for entry in slot.entries:
                    if entry.ambiguous and _followed_by_name(doc, real_end):
                        continue
                    yield Match(real_start, real_end, entry)


def _caps_ok(doc: Doc, start: int, caps: list[bool]) -> bool:
    for offset, needed in enumerate(caps):
        if needed and not doc[start + offset].text[:1].isupper():
            return False
    return True


def _in_caps_run(doc: Doc, start: int, end: int) -> bool:
    """An acronym that is also an English word ("US", "WHO") inside an ALL-CAPS line."""
    if doc[start:end].text.lower() not in STOP_WORDS:
        return False
    neighbours = [doc[i] for i in (start - 1, end) if 0 <= i < len(doc)]
    return any(t.is_alpha and t.is_upper and len(t) > 1 for t in neighbours)


def _followed_by_name(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].is_alpha and doc[end].is_title


def _compact(doc: Doc) -> tuple[Doc, np.ndarray | None]:
    """The doc without whitespace tokens that may sit inside a name (single line breaks,
    runs of spaces, NBSP), with the map from compact to original token indices."""
    if len(doc) == 0:
        return doc, None
    spaces = np.flatnonzero(doc.to_array([IS_SPACE]).ravel())
    drop = [int(i) for i in spaces if "\n\n" not in doc[int(i)].text]
    if not drop:
        return doc, None
    keep = np.ones(len(doc), dtype=bool)
    keep[drop] = False
    index = np.flatnonzero(keep)
    words = [doc[int(i)].text for i in index]
    return Doc(doc.vocab, words=words), index


def iter_phrases(texts: Iterable[str]) -> list[str]:
    """Unique, whitespace-normalized phrases in input order."""
    seen: dict[str, None] = {}
    for text in texts:
        text = " ".join(text.split())
        if text:
            seen.setdefault(text, None)
    return list(seen)

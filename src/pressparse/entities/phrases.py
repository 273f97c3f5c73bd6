"""A phrase index over spaCy's PhraseMatcher: case-insensitive names with a capitalization check,
case-sensitive acronyms, and tolerance for line breaks and odd spaces inside names."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

import numpy as np
from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER, ORTH, SPACY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
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


_PATTERN_KEY = "pressparse_phrase"  # the PhraseMatcher's one key


class PhraseIndex:
    """Many phrases, each mapped to entries; ``add`` then ``matches(doc)``.

    One PhraseMatcher on LOWER serves both kinds of phrase: names, which must keep the
    capitals of their listed form ("china" is not China, "CHINA" is), and acronyms, which must
    match exactly ("US", not "us").
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._pending: dict[tuple[str, bool], list[Entry]] = {}
        # Every multi-token phrase is one pattern of the matcher's single key: a key per
        # phrase would make a lexeme of each phrase text (``PhraseMatcher.add``), slow to build.
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._keys: dict[int, list[_Form]] = {}
        # LOWER hashes of a multi-token phrase's words -> the keys written with them
        self._pattern_keys: dict[tuple[int, ...], list[int]] = {}
        self._built = False
        # One-token phrases (most place names) stay out of the PhraseMatcher, whose patterns
        # cost kilobytes each: a sorted array of their LOWER hashes is searched instead.
        self._single_ids = np.zeros(0, dtype="uint64")
        # (key, words as written) -> [(exact form?, entries it accepts)]: names repeat
        self._accepted_cache: dict[tuple[int, tuple[str, ...]], list[tuple[bool, list[Entry]]]] = {}
        self.window = 12  # tokens each side of a line break searched for names across it

    def add(self, text: str, entry: Entry, case_sensitive: bool = False) -> None:
        """Register a phrase (whitespace is normalized; empty phrases are ignored)."""
        text = " ".join(text.split())
        if text:
            self._pending.setdefault((text, case_sensitive), []).append(entry)

    def build(self) -> None:
        """Compile the pending phrases into the matcher.

        Patterns are sequences of LOWER hashes, computed as spaCy computes a lexeme's LOWER
        (the hash of the lower-case getter's string): no pattern Doc and no lexeme is made.
        """
        items = list(self._pending.items())
        lower_of = self.nlp.vocab.lex_attr_getters.get(LOWER, str.lower)
        pattern_keys = self._pattern_keys
        new_patterns: list[tuple[int, ...]] = []
        keys_with_pattern: set[int] = set()
        singles: set[int] = set(self._single_ids.tolist())
        for ((text, case_sensitive), entries), words in zip(
                items, self._tokenized(text for (text, _), _ in items), strict=True):
            key_id = hash_string(text.lower())
            forms = self._keys.setdefault(key_id, [])
            if len(words) == 1:  # one-token phrases: looked up by their LOWER hash
                singles.add(key_id)
            elif key_id not in keys_with_pattern:  # matched on LOWER: the first spelling's
                keys_with_pattern.add(key_id)
                pattern = tuple(hash_string(lower_of(word.lower())) for word in words)
                keys = pattern_keys.get(pattern)
                if keys is None:
                    keys = pattern_keys[pattern] = []
                    new_patterns.append(pattern)
                if key_id not in keys:
                    keys.append(key_id)
            if case_sensitive:
                form = next((f for f in forms if f.exact == words), None)
                if form is None:
                    form = _Form(exact=words)
                    forms.append(form)
                for entry in entries:
                    form.add(entry, None)
            else:
                caps = [word[:1].isupper() for word in words]
                form = next((f for f in forms if f.caps is not None), None)
                if form is None:
                    form = _Form(caps=caps)
                    forms.append(form)
                for entry in entries:
                    form.add(entry, caps)
        if new_patterns:
            self._matcher.add(_PATTERN_KEY, new_patterns)
        self._single_ids = np.array(sorted(singles), dtype="uint64")
        self._pending.clear()
        self._accepted_cache.clear()
        self._built = True

    def _tokenized(self, texts: Iterable[str]) -> Iterator[tuple[str, ...]]:
        """Each phrase's token texts, as the pipeline's tokenizer splits them. Words of
        letters only that are no tokenizer special case split at spaces alone (most names):
        only the other phrases go through the tokenizer, which is slow for 30,000 names."""
        tokenizer = self.nlp.tokenizer
        special = {key.lower() for key in getattr(tokenizer, "rules", None) or {}}
        for text in texts:
            words = text.split(" ")
            if all(word.isalpha() and word.lower() not in special
                   for word in words):
                yield tuple(words)
            else:
                yield tuple(token.text for token in tokenizer(text))

    def __len__(self) -> int:
        return len(self._keys)

    def matches(self, doc: Doc, texts: TokenTexts | None = None) -> Iterator[Match]:
        """All phrase matches, also across single line breaks and odd spaces inside phrases."""
        if not self._built:
            self.build()
        if not len(doc):
            return
        lower = doc.to_array(LOWER)
        found = self._phrase_matches(doc, lower)
        singles = self._single_matches(lower)
        if singles:  # in the PhraseMatcher's order: by start, the shortest first
            found = sorted(singles + found, key=lambda match: match[1])
        texts = texts if texts is not None else TokenTexts(doc)
        if found:
            yield from self._accepted(texts, texts, None, found)
        for window, index in _bridged_windows(doc, texts, self.window):
            found = [(key, start, end)
                     for key, start, end in self._phrase_matches(window, lower[index])
                     if index[end - 1] - index[start] != end - 1 - start]  # spans a gap
            if found:
                yield from self._accepted(texts, [texts[i] for i in index], index, found)

    def _phrase_matches(self, doc: Doc, lower: np.ndarray) -> list[tuple[int, int, int]]:
        """``(key, start, end)`` for every multi-token phrase in ``doc`` (by start, the
        shortest first; phrases whose words are the same tokens in the order added)."""
        spans = self._matcher(doc)
        if not spans:
            return []
        pattern_keys = self._pattern_keys
        hashes = lower.tolist()
        return [(key, start, end) for _, start, end in spans
                for key in pattern_keys[tuple(hashes[start:end])]]

    def _single_matches(self, lower: np.ndarray) -> list[tuple[int, int, int]]:
        """``(key, i, i + 1)`` for every token whose lower-case form is a one-token phrase."""
        ids = self._single_ids
        if not len(ids):
            return []
        at = np.searchsorted(ids, lower).clip(max=len(ids) - 1)
        hits = np.flatnonzero(ids[at] == lower)
        return [(int(lower[i]), i, i + 1) for i in hits.tolist()]

    def _accepted(self, texts: TokenTexts, target: TokenTexts | list[str],
                  index: list[int] | None,
                  found: list[tuple[int, int, int]]) -> Iterator[Match]:
        """Matches whose written form fits; ``target`` holds the texts of the tokens the
        matcher saw (the doc's, or a window's with ``index`` mapping back to the doc)."""
        cache = self._accepted_cache
        for key_id, start, end in found:
            words = tuple(target[i] for i in range(start, end))
            accepted = cache.get((key_id, words))
            if accepted is None:
                if len(cache) > 50_000:
                    cache.clear()
                accepted = cache[(key_id, words)] = [
                    (form.exact is not None, entries) for form in self._keys[key_id]
                    if (entries := form.accepted(list(words)))]
            real_start = index[start] if index is not None else start
            real_end = index[end - 1] + 1 if index is not None else end
            for exact, entries in accepted:
                if exact and _in_caps_run(target, start, end):
                    continue
                for entry in entries:
                    if entry.ambiguous and _followed_by_name(texts, real_end):
                        continue
                    yield Match(real_start, real_end, entry)


class TokenTexts:
    """A doc's token texts read from its ORTH array: no Token objects are made."""

    __slots__ = ("_doc", "_orths", "_spaces", "_strings")

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._orths: list[int] = doc.to_array(ORTH).tolist()
        self._strings = doc.vocab.strings
        self._spaces: list[int] | None = None

    def space_after(self, i: int) -> bool:
        """Is token ``i`` followed by a space (its ``whitespace_``)?"""
        if self._spaces is None:
            self._spaces = self._doc.to_array(SPACY).tolist()
        return bool(self._spaces[i])

    def __getitem__(self, i: int) -> str:
        return self._strings[self._orths[i]]

    def __len__(self) -> int:
        return len(self._orths)


def _in_caps_run(target: TokenTexts | list[str], start: int, end: int) -> bool:
    """An acronym that is also an English word ("US", "WHO") inside an ALL-CAPS line."""
    if end - start != 1 or target[start].lower() not in STOP_WORDS:
        return False  # stop words are single tokens
    neighbours = [target[i] for i in (start - 1, end) if 0 <= i < len(target)]
    return any(t.isalpha() and t.isupper() and len(t) > 1 for t in neighbours)


def _followed_by_name(texts: TokenTexts, end: int) -> bool:
    if end >= len(texts):
        return False
    word = texts[end]
    return word.isalpha() and word.istitle()


def _bridged_windows(doc: Doc, texts: TokenTexts,
                     width: int) -> Iterator[tuple[Doc, list[int]]]:
    """Small docs around whitespace tokens that may sit inside a name (a single line break,
    a run of spaces, NBSP between two words), without those tokens, and the map from window
    to doc token indices. Whitespace after punctuation or holding a blank line is a break."""
    if len(doc) < 3:
        return
    flags = doc.to_array([IS_SPACE, IS_PUNCT])
    spaces = np.flatnonzero(flags[:, 0]).tolist()
    if not spaces:
        return
    either = (flags[:, 0] | flags[:, 1]).tolist()
    last = len(doc) - 1
    gaps = [i for i in spaces
            if 0 < i < last and not either[i - 1] and not either[i + 1]
            and _may_continue_name(texts[i + 1]) and "\n\n" not in texts[i]]
    covered = -1
    for gap in gaps:
        if gap <= covered:
            continue
        low, high = max(0, gap - width), min(len(doc), gap + width + 1)
        index = [i for i in range(low, high)
                 if not flags[i, 0] or "\n\n" in texts[i]]  # blank lines stay barriers
        covered = gap + width // 2
        yield Doc(doc.vocab, words=[texts[i] for i in index]), index


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

"""A phrase index matched on LOWER hashes (as spaCy's PhraseMatcher on LOWER would match):
case-insensitive names with a capitalization check, case-sensitive acronyms, and tolerance for
line breaks and odd spaces inside names."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..lru import LRUCache
from .doc_view import token_columns


class Entry(NamedTuple):
    """What a phrase stands for: a label and its normalized value (a tuple: tens of thousands
    are made at start-up)."""

    label: str
    normalized: dict[str, Any]
    ambiguous: bool = False  # also a first name: skipped when a capitalized word follows
    priority: int = 0


class Match(NamedTuple):
    """A phrase found in a doc (token offsets into the original doc)."""

    start: int
    end: int
    entry: Entry


class _Form:
    """One way a key may appear: case-insensitive with required capitals, or exact text.

    Capitals are required per entry: "ganja" (a listed substance in lower case) does not let
    the lower-case word through as the city "Ganja"; an entry listed both ways ("Shan State",
    "Shan state") needs only the capitals its forms share.
    """

    __slots__ = ("caps", "entries", "entry_caps", "exact")

    def __init__(self, caps: list[bool] | None = None,
                 exact: tuple[str, ...] | None = None) -> None:
        self.caps = caps
        self.exact = exact
        self.entries: list[Entry] = []
        self.entry_caps: list[list[bool]] = []  # parallel to entries

    @property
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

    Phrases are found by their words' LOWER hashes (as spaCy's PhraseMatcher on LOWER would)
    for both kinds of phrase: names, which must keep the capitals of their listed form
    ("china" is not China, "CHINA" is), and acronyms, which must match exactly ("US", not
    "us").
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._pending: dict[tuple[str, bool], list[Entry]] = {}
        self._keys: dict[int, list[_Form]] = {}
        # LOWER hashes of a multi-token phrase's words -> the keys written with them; the
        # starts of 3+ words of such sequences; first word -> second words (a set lookup a
        # token: no pattern Doc, no lexeme, no spaCy matcher to build)
        self._pattern_keys: dict[tuple[int, ...], list[int]] = {}
        self._prefixes: set[tuple[int, ...]] = set()
        self._second_words: dict[int, set[int]] = {}
        # LOWER hashes of one-token phrases (most place names), and of any phrase's first word
        self._single_set: frozenset[int] = frozenset()
        self._first_words: frozenset[int] = frozenset()
        # first word -> (is it a one-token phrase, the second words of longer phrases): one
        # dict lookup a token tells whether a phrase may start there and how it goes on
        self._starts: dict[int, tuple[bool, frozenset[int]]] = {}
        # LOWER hashes of each two neighbouring words of multi-token phrases: a line break
        # inside a phrase stands between such a pair
        self._word_pairs: frozenset[tuple[int, int]] = frozenset()
        self._facts = LexemeFacts(nlp.vocab)
        # Token texts of phrases that need the tokenizer (not letters-only words): a cache the
        # caller checked (see ``gazetteer_data.read_phrase_tokens``), and those built so far
        self.cached_tokens: dict[str, tuple[str, ...]] = {}
        self.tokenizer_phrases: dict[str, tuple[str, ...]] = {}
        self._built = False
        # ORTH hash(es) of a matched span -> the readings it accepts: names repeat
        self._accepted_cache: LRUCache[int | tuple[int, ...], tuple[tuple[bool, Entry], ...]] = \
            LRUCache(25_000)
        self.window = 12  # tokens each side of a line break searched for names across it
        # lower-case words a name may go on with after a line break ("the Ministry\nof
        # Interior"; phrase_words.jsonl ``line_break_links``)
        self.line_links: frozenset[str] = frozenset()

    def add(self, text: str, entry: Entry, case_sensitive: bool = False) -> None:
        """Register a phrase (whitespace is normalized; empty phrases are ignored)."""
        text = " ".join(text.split())
        if text:
            self._pending.setdefault((text, case_sensitive), []).append(entry)

    def build(self) -> None:
        """Compile the pending phrases into the lookup tables.

        Patterns are sequences of LOWER hashes, computed as spaCy computes a lexeme's LOWER
        (the hash of the lower-case getter's string): no pattern Doc and no lexeme is made.
        """
        items = list(self._pending.items())
        lower_of = self.nlp.vocab.lex_attr_getters.get(LOWER, str.lower)
        pattern_keys = self._pattern_keys
        keys_with_pattern: set[int] = set()
        singles: set[int] = set(self._single_set)
        all_forms = self._keys
        for ((text, case_sensitive), entries), words in zip(
                items, self._tokenized(text for (text, _), _ in items), strict=True):
            key_id = hash_string(text.lower())
            forms = all_forms.get(key_id)
            if forms is None:
                forms = all_forms[key_id] = []
            if len(words) == 1:  # one-token phrases: looked up by their LOWER hash
                singles.add(key_id)
            elif key_id not in keys_with_pattern:  # matched on LOWER: the first spelling's
                keys_with_pattern.add(key_id)
                pattern = tuple(hash_string(lower_of(word.lower())) for word in words)
                keys = pattern_keys.get(pattern)
                if keys is None:
                    keys = pattern_keys[pattern] = []
                    self._prefixes.update(pattern[:n] for n in range(2, len(pattern)))
                    self._second_words.setdefault(pattern[0], set()).add(pattern[1])
                if key_id not in keys:
                    keys.append(key_id)
            if case_sensitive:
                form = next((f for f in forms if f.exact == words), None) if forms else None
                if form is None:
                    form = _Form(exact=words)
                    forms.append(form)
                for entry in entries:
                    form.add(entry, None)
            else:
                caps = [word[:1].isupper() for word in words]
                form = next((f for f in forms if f.caps is not None), None) if forms else None
                if form is None:
                    form = _Form(caps=caps)
                    forms.append(form)
                for entry in entries:
                    form.add(entry, caps)
        self._single_set = frozenset(singles)
        self._first_words = frozenset(singles.union(self._second_words))
        no_words: frozenset[int] = frozenset()
        self._starts = {word: (word in singles,
                               frozenset(self._second_words.get(word, no_words)))
                        for word in self._first_words}
        self._word_pairs = frozenset(pair for pattern in pattern_keys
                                     for pair in pairwise(pattern))
        self._pending.clear()
        self._accepted_cache.clear()
        self._built = True

    def entries_of(self, word: str) -> list[Entry]:
        """The entries a one-word phrase written as ``word`` reads as ("RAB" -> the Rapid
        Action Battalion), after :meth:`build`."""
        forms = self._keys.get(hash_string(word.lower()))
        if not forms:
            return []
        return [entry for form in forms for entry in form.accepted([word])]

    def _tokenized(self, texts: Iterable[str]) -> Iterator[tuple[str, ...]]:
        """Each phrase's token texts, as the pipeline's tokenizer splits them. Words of
        letters only that are no tokenizer special case split at spaces alone (most names):
        only the other phrases go through the tokenizer (unless ``cached_tokens`` has them),
        which is slow for 30,000 names."""
        tokenizer = self.nlp.tokenizer
        special = {key.lower() for key in getattr(tokenizer, "rules", None) or {}}
        cached = self.cached_tokens
        for text in texts:
            words = text.split(" ")
            if text.replace(" ", "").isalpha() and "" not in words \
                    and special.isdisjoint(map(str.lower, words)):
                yield tuple(words)
                continue
            tokens = cached.get(text)
            if tokens is None:
                tokens = tuple(token.text for token in tokenizer(text))
            self.tokenizer_phrases[text] = tokens
            yield tokens

    def __len__(self) -> int:
        return len(self._keys)

    def matches(self, doc: Doc, texts: TokenTexts | None = None) -> Iterator[Match]:
        """All phrase matches, also across single line breaks and odd spaces inside phrases."""
        if not self._built:
            self.build()
        if not len(doc):
            return
        texts = texts if texts is not None else TokenTexts(doc)
        lower = self._facts.lower(texts.orths)
        spans = self._spans(lower)
        if spans:
            yield from self._accepted(texts, texts, None, lower, spans)
        pairs = self._word_pairs
        for index in _bridged_windows(texts, self._facts, self.window, self.line_links):
            # a phrase across a gap has two of its neighbouring words on either side of it
            if not any((lower[index[k - 1]], lower[index[k]]) in pairs
                       for k in range(1, len(index)) if index[k] - index[k - 1] > 1):
                continue
            window_lower = [lower[i] for i in index]
            spans = [(start, end) for start, end in self._spans(window_lower)
                     if index[end - 1] - index[start] != end - 1 - start]  # spans a gap
            if spans:
                yield from self._accepted(texts, [texts[i] for i in index], index,
                                          window_lower, spans)

    def _spans(self, lower: list[int]) -> list[tuple[int, int]]:
        """``(start, end)`` of every phrase in a token sequence given by its LOWER hashes:
        by start, the shortest first (the order of spaCy's PhraseMatcher)."""
        starts = self._starts.get
        patterns, prefixes = self._pattern_keys, self._prefixes
        spans: list[tuple[int, int]] = []
        last = len(lower) - 1
        for i, hash_ in enumerate(lower):
            start = starts(hash_)
            if start is None:
                continue
            single, second_words = start
            if single:
                spans.append((i, i + 1))
            if i < last and lower[i + 1] in second_words:
                prefix = (hash_, lower[i + 1])
                end = i + 2
                while True:  # ``prefix`` is lower[i:end]
                    if prefix in patterns:
                        spans.append((i, end))
                    if end > last or prefix not in prefixes:
                        break
                    prefix += (lower[end],)
                    end += 1
        return spans

    def _accepted(self, texts: TokenTexts, target: TokenTexts | list[str],
                  index: list[int] | None, lower: list[int],
                  spans: list[tuple[int, int]]) -> Iterator[Match]:
        """Matches whose written form fits; ``target`` holds the texts of the tokens the
        matcher saw (the doc's, or a window's with ``index`` mapping back to the doc), and
        ``lower`` their LOWER hashes."""
        cache = self._accepted_cache
        orths = texts.orths
        for start, end in spans:
            # The readings depend on the span's text alone: cached by its ORTH hash(es).
            if end - start == 1:
                written: int | tuple[int, ...] = orths[start if index is None else index[start]]
            elif index is None:
                written = tuple(orths[start:end])
            else:
                written = tuple([orths[index[i]] for i in range(start, end)])
            readings = cache.get(written)
            if readings is None:
                readings = cache[written] = self._readings(
                    [target[i] for i in range(start, end)], lower[start:end])
            if not readings:
                continue
            real_start = index[start] if index is not None else start
            real_end = index[end - 1] + 1 if index is not None else end
            for stop_word_acronym, entry in readings:
                if stop_word_acronym and _in_caps_run(target, start, end):
                    continue
                if entry.ambiguous and _followed_by_name(texts, real_end):
                    continue
                yield Match(real_start, real_end, entry)

    def _readings(self, words: list[str],
                  lower: list[int]) -> tuple[tuple[bool, Entry], ...]:
        """The entries of every key written with these tokens whose written form fits
        ``words``, each with whether it is an acronym that is also a stop word (see
        :func:`_in_caps_run`)."""
        key_ids = [lower[0]] if len(lower) == 1 else self._pattern_keys[tuple(lower)]
        stop_word = len(words) == 1 and words[0].lower() in STOP_WORDS
        return tuple((stop_word and form.exact is not None, entry)
                     for key_id in key_ids for form in self._keys[key_id]
                     for entry in form.accepted(words))


LEXEME_FACTS_LIMIT = 20_000
"""Token texts whose LOWER hash :class:`LexemeFacts` keeps (about 180 bytes each). 1,000
corpus documents see about 20,000 distinct texts and 8,000 see 53,000 (new names and
numbers), so a bound of 200,000 kept growing all through a 20,000-document run; a text
forgotten and read again costs under a microsecond to learn anew."""


class LexemeFacts:
    """The LOWER hash and the whitespace and punctuation flags of token texts by ORTH hash,
    computed with the vocab's getters as spaCy computes a lexeme's, and remembered: a cached
    call a token costs less than ``Doc.to_array`` of those attributes (flags are slow). The
    LOWER hashes of the ``limit`` most recently seen texts are kept (names and numbers of
    many documents: an open set); the flags' sets keep every whitespace and punctuation
    text seen (a few), so they hold all of a doc's once :meth:`lower` has read it."""

    def __init__(self, vocab: Vocab, limit: int = LEXEME_FACTS_LIMIT) -> None:
        getters = vocab.lex_attr_getters
        self._strings = vocab.strings
        self._lower_text = getters.get(LOWER, str.lower)
        self._is_space = getters.get(IS_SPACE)
        self._is_punct = getters.get(IS_PUNCT)
        self._lower_of = lru_cache(maxsize=limit)(self._learn)
        self.spaces: set[int] = set()  # ORTH hashes of whitespace tokens
        self.punctuation: set[int] = set()

    def lower(self, orths: list[int]) -> list[int]:
        """The LOWER hashes of tokens given by their ORTH hashes."""
        return list(map(self._lower_of, orths))  # (map: the loop runs in C)

    def _learn(self, orth: int) -> int:
        text = self._strings[orth]
        if self._is_space is not None and self._is_space(text):
            self.spaces.add(orth)
        if self._is_punct is not None and self._is_punct(text):
            self.punctuation.add(orth)
        return hash_string(self._lower_text(text))


class TokenTexts:
    """A doc's token texts read from its ORTH column, and their character offsets (the
    shared :func:`~pressparse.entities.doc_view.token_columns`): no Token objects are made."""

    __slots__ = ("_spaces", "_strings", "idx", "orths")

    def __init__(self, doc: Doc) -> None:
        columns = token_columns(doc)
        self.orths: list[int] = columns.orths
        self.idx: list[int] = columns.idx
        self._spaces = columns.spaces
        self._strings = doc.vocab.strings

    def space_after(self, i: int) -> bool:
        """Is token ``i`` followed by a space (its ``whitespace_``)?"""
        return bool(self._spaces[i])

    def __getitem__(self, i: int) -> str:
        return self._strings[self.orths[i]]

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``start:end`` as ``doc[start:end].text`` gives it."""
        if end - start == 1:
            return self[start]
        return "".join([self[i] + (" " if self.space_after(i) else "")
                        for i in range(start, end - 1)]) + self[end - 1] if end > start else ""

    def __len__(self) -> int:
        return len(self.orths)


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


def _bridged_windows(texts: TokenTexts, facts: LexemeFacts, width: int,
                     links: frozenset[str]) -> Iterator[list[int]]:
    """Windows around whitespace tokens that may sit inside a name (a single line break, a
    run of spaces, NBSP between two words, before a capitalized word or one of ``links``),
    without those tokens: each as the doc token indices it keeps. Whitespace after
    punctuation or holding a blank line is a break. ``facts`` must have seen the doc's
    tokens."""
    orths = texts.orths
    if len(orths) < 3:
        return
    space_orths = facts.spaces
    spaces = [i for i, orth in enumerate(orths) if orth in space_orths]
    if not spaces:
        return
    punctuation = facts.punctuation
    last = len(orths) - 1
    gaps = [i for i in spaces
            if 0 < i < last and orths[i - 1] not in space_orths
            and orths[i - 1] not in punctuation and orths[i + 1] not in space_orths
            and orths[i + 1] not in punctuation and _may_continue_name(texts[i + 1], links)
            and "\n\n" not in texts[i]]
    covered = -1
    for gap in gaps:
        if gap <= covered:
            continue
        low, high = max(0, gap - width), min(len(orths), gap + width + 1)
        index = [i for i in range(low, high)  # blank lines stay barriers
                 if orths[i] not in space_orths or "\n\n" in texts[i]]
        covered = gap + width // 2
        yield index


def _may_continue_name(word: str, links: frozenset[str]) -> bool:
    """Can a name go on with this word after a line break ("Internal", "of", "Republic")?"""
    return word[:1].isupper() or word in links


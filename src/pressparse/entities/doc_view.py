"""A doc's tokens and entities read from its arrays in one call: no Token or Span objects."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import NamedTuple

from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH, ORTH, SPACY
from spacy.tokens import Doc

_ENTITY_RUN = re.compile(rb"\x03\x01*")  # a B token and its I tokens (ENT_IOB codes 3, 1)
_LABELS: dict[int, str] = {}  # label hash -> label (hashes are the same in every vocab)
TOKENS_KEY = "pressparse_tokens"  # doc.user_data key of the doc's TokenColumns


class TokenColumns(NamedTuple):
    """A doc's token texts (ORTH hashes), character offsets, lengths and trailing-space
    flags, as lists (shared by every stage: read them, never change them)."""

    orths: list[int]
    idx: list[int]
    lengths: list[int]
    spaces: list[int]


def token_columns(doc: Doc) -> TokenColumns:
    """The doc's :class:`TokenColumns`, read with one ``to_array`` the first time a stage
    asks and kept in ``doc.user_data``: no component changes the tokens, so the gazetteer,
    organization and event stages share one read (a doc whose token count changed is read
    again)."""
    columns = doc.user_data.get(TOKENS_KEY)
    if columns is None or len(columns.orths) != len(doc):
        if len(doc):
            columns = TokenColumns(*doc.to_array([ORTH, IDX, LENGTH, SPACY]).T.tolist())
        else:
            columns = TokenColumns([], [], [], [])
        doc.user_data[TOKENS_KEY] = columns
    return columns


class Ent(NamedTuple):
    """An entity as ``doc.ents`` gives it: token and character offsets, label and text."""

    start: int
    end: int
    start_char: int
    end_char: int
    label_: str
    text: str


def gapped_pairs(text: str, ents: Sequence[Ent]) -> Iterator[tuple[Ent, Ent, str]]:
    """Each two neighbouring entities of ``ents`` (in text order) and the text between them."""
    for left, right in pairwise(ents):
        yield left, right, text[left.end_char:right.start_char]


class DocView:
    """Token texts, offsets, trailing-space flags (the shared :func:`token_columns`) and
    entities of a doc.

    Indexing gives a token's text (``doc[i].text``); ``space_after(i)`` its
    ``whitespace_``; ``ents`` the entities ``doc.ents`` would give, in order.
    """

    __slots__ = ("_strings", "ents", "idx", "iob", "lengths", "orths", "spaces", "text",
                 "types")

    def __init__(self, doc: Doc, text: str) -> None:
        self.text = text
        self._strings = doc.vocab.strings
        self.orths, self.idx, self.lengths, self.spaces = token_columns(doc)
        if len(doc):
            self.iob, self.types = doc.to_array([ENT_IOB, ENT_TYPE]).T.tolist()
            self.ents = self._entities(self.iob, self.types)
        else:
            self.iob, self.types = [], []
            self.ents = []

    def _entities(self, iob: list[int], types: list[int]) -> list[Ent]:
        if 3 not in iob:
            return []
        idx, lengths, text = self.idx, self.lengths, self.text
        labels = _LABELS
        found: list[Ent] = []
        for run in _ENTITY_RUN.finditer(bytes(iob)):
            start, end = run.span()
            label = types[start]
            if label:
                name = labels.get(label)
                if name is None:
                    name = labels[label] = self._strings[label]
                start_char, end_char = idx[start], idx[end - 1] + lengths[end - 1]
                found.append(Ent(start, end, start_char, end_char, name,
                                 text[start_char:end_char]))
        return found

    def entity(self, start: int, end: int, label: str) -> Ent:
        """The entity of tokens ``start:end`` with ``label``."""
        start_char, end_char = self.idx[start], self.idx[end - 1] + self.lengths[end - 1]
        return Ent(start, end, start_char, end_char, label, self.text[start_char:end_char])

    def __getitem__(self, i: int) -> str:
        return self._strings[self.orths[i]]

    def __len__(self) -> int:
        return len(self.orths)

    def space_after(self, i: int) -> bool:
        """Is token ``i`` followed by a space (its ``whitespace_``)?"""
        return bool(self.spaces[i])

    def whole_tokens(self, start_char: int, end_char: int) -> bool:
        """Do the characters start and end at token edges ("EFE" of the token "EFE).-"
        does not)?"""
        tokens = self.expand(start_char, end_char)
        return tokens is not None and tokens[0] < tokens[1] \
            and self.idx[tokens[0]] == start_char \
            and self.idx[tokens[1] - 1] + self.lengths[tokens[1] - 1] == end_char

    def expand(self, start_char: int, end_char: int) -> tuple[int, int] | None:
        """The token range of ``doc.char_span(start_char, end_char, alignment_mode="expand")``
        (None where it gives None): every token the characters touch, not counting a token's
        trailing space at the start."""
        idx = self.idx
        if not idx:
            return None
        last = len(idx) - 1
        total = idx[last] + self.lengths[last] + self.spaces[last]
        if not (0 <= start_char < total and 0 < end_char <= total):
            return None
        start = bisect_right(idx, start_char) - 1
        end = bisect_right(idx, end_char - 1)
        if start_char == idx[start] + self.lengths[start]:
            start += 1
        return start, end

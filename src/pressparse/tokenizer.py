"""The registered tokenizer of the bundled pipeline: an empty spaCy tokenizer that the
pipeline directory's serialized ``tokenizer`` fills.

``spacy.Tokenizer.v1`` first builds English's default tokenizer (about 1,300 special cases,
each validated against the affix rules) only for ``from_disk`` to replace every rule with the
serialized ones, which hold the same defaults plus ours (scripts/build_tokenizer.py). Starting
empty skips that first build: the loaded tokenizer is the same, at a quarter of a second less
start-up.

The tokenizer remembers what its affix rules find in each piece of text
(:class:`AffixMemoTokenizer`): spaCy keeps a chunk's tokens only until the first special case
of a text ("Mr.", "don't"), so most chunks are split again, affix search by affix search.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, partial

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry

AFFIX_MEMO_SIZE = 20_000
"""Pieces of text whose prefix, suffix and infix findings are remembered (each, least
recently used first forgotten): the common ones of a long run stay (900 documents: 81 % of
the searches answered from memory; 84 % with 50,000)."""


class AffixMemoTokenizer(Tokenizer):
    """spaCy's tokenizer with ``find_prefix``, ``find_suffix`` and ``find_infix`` (which its
    splitting calls for every chunk it has not cached) remembered per piece of text: each an
    ``lru_cache`` of spaCy's own method set on the instance, where spaCy's code looks it up,
    made anew whenever the rules change (every affix and rule setter, ``from_disk`` too,
    reloads the special cases). The findings are spaCy's; each search runs once a piece."""

    def _reload_special_cases(self) -> None:
        for name in ("find_prefix", "find_suffix", "find_infix"):
            setattr(self, name, lru_cache(maxsize=AFFIX_MEMO_SIZE)(
                partial(getattr(Tokenizer, name), self)))
        super()._reload_special_cases()


@registry.tokenizers("pressparse.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """A factory of rule-less tokenizers over the pipeline's vocab (rules come from disk)."""

    def make_tokenizer(nlp: Language) -> Tokenizer:
        return AffixMemoTokenizer(nlp.vocab)

    return make_tokenizer

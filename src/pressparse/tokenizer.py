"""The registered tokenizer of the bundled pipeline: an empty spaCy tokenizer that the
pipeline directory's serialized ``tokenizer`` fills.

``spacy.Tokenizer.v1`` first builds English's default tokenizer (about 1,300 special cases,
each validated against the affix rules) only for ``from_disk`` to replace every rule with the
serialized ones, which hold the same defaults plus ours (scripts/build_tokenizer.py). Starting
empty skips that first build: the loaded tokenizer is the same, at a quarter of a second less
start-up.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry


@registry.tokenizers("pressparse.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """A factory of rule-less tokenizers over the pipeline's vocab (rules come from disk)."""

    def make_tokenizer(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make_tokenizer

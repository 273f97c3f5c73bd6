"""Amounts with units, qualifiers and what was counted, normalized."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .base import DataComponent


class QuantityRecognizer(DataComponent):
    """Amounts with units, qualifiers and what was counted, normalized."""

    factory = "pressparse_quantities"

    def process(self, doc: Doc) -> Doc:
        return doc


@Language.factory("pressparse_quantities", default_config={"data_dir": None})
def make_quantities(nlp: Language, name: str, data_dir: str | None) -> QuantityRecognizer:
    return QuantityRecognizer(nlp, name, data_dir)

"""Countries, organizations, places, substances and demonyms from gazetteer files."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .base import DataComponent


class Gazetteer(DataComponent):
    """Countries, organizations, places, substances and demonyms from gazetteer files."""

    factory = "pressparse_gazetteer"

    def process(self, doc: Doc) -> Doc:
        return doc


@Language.factory("pressparse_gazetteer", default_config={"data_dir": None})
def make_gazetteer(nlp: Language, name: str, data_dir: str | None) -> Gazetteer:
    return Gazetteer(nlp, name, data_dir)

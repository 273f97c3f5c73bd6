"""Organizations no list knows, named operations, and acronyms defined in the text."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .base import DataComponent


class OrganizationGrammar(DataComponent):
    """Organizations no list knows, named operations, and acronyms defined in the text."""

    factory = "pressparse_organizations"

    def process(self, doc: Doc) -> Doc:
        return doc


@Language.factory("pressparse_organizations", default_config={"data_dir": None})
def make_organizations(nlp: Language, name: str, data_dir: str | None) -> OrganizationGrammar:
    return OrganizationGrammar(nlp, name, data_dir)

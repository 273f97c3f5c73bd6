"""Countries, organizations, places, substances and demonyms from gazetteer files."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..entities.gazetteer_data import GazetteerData
from ..spans import Candidate, add_entities
from .base import DataComponent


class Gazetteer(DataComponent):
    """Countries, organizations, places, substances and demonyms from gazetteer files.

    Names match case-insensitively but must keep the capitals of the listed form ("china"
    is no country, "CHINA" in a headline is); acronyms match case-sensitively. Overlaps are
    resolved by :func:`pressparse.spans.add_entities` (longest span, then label priority), so
    a country inside an organization's name is not reported on its own.
    """

    factory = "pressparse_gazetteer"
    data: GazetteerData

    def load(self, data_dir: Path) -> None:
        self.data = GazetteerData(self.nlp, data_dir)

    def candidates(self, doc: Doc) -> list[Candidate]:
        """Every gazetteer match as a candidate (before overlap resolution)."""
        found: list[Candidate] = []
        for match in self.data.index.matches(doc):
            first, last = doc[match.start], doc[match.end - 1]
            found.append(Candidate(first.idx, last.idx + len(last.text), match.entry.label,
                                   dict(match.entry.normalized), match.entry.priority))
        return found

    def process(self, doc: Doc) -> Doc:
        return add_entities(doc, self.candidates(doc))


@Language.factory("pressparse_gazetteer", default_config={"data_dir": None})
def make_gazetteer(nlp: Language, name: str, data_dir: str | None) -> Gazetteer:
    return Gazetteer(nlp, name, data_dir)

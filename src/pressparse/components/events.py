"""Event records assembled from the doc's entities."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .base import DataComponent


class EventAssembler(DataComponent):
    """Event records assembled from the doc's entities."""

    factory = "pressparse_events"

    def process(self, doc: Doc) -> Doc:
        return doc


@Language.factory("pressparse_events", default_config={"data_dir": None})
def make_events(nlp: Language, name: str, data_dir: str | None) -> EventAssembler:
    return EventAssembler(nlp, name, data_dir)

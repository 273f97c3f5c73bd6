"""Event records assembled from the doc's entities (the last pipeline component)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..events.assembly import assemble_events
from ..events.cues import EventRules, load_event_rules
from .base import DataComponent


class EventAssembler(DataComponent):
    """Sets ``doc._.events``: event dicts in the schema.Event shape, offsets into the doc."""

    factory = "pressparse_events"
    rules: EventRules

    def load(self, data_dir: Path) -> None:
        self.rules = load_event_rules(self.nlp, data_dir)

    def process(self, doc: Doc) -> Doc:
        doc._.events = assemble_events(doc, self.rules)
        return doc


@Language.factory("pressparse_events", default_config={"data_dir": None})
def make_events(nlp: Language, name: str, data_dir: str | None) -> EventAssembler:
    return EventAssembler(nlp, name, data_dir)

"""The DATE values a text yields along the three paths the tables check: the tagger alone,
the component on a driver-made doc (its text given) and on a plain doc (imported by name as
``date_paths``, like tests/events/event_docs.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.language import Language

from pressparse.extensions import TEXT_KEY
from pressparse.temporal.tagger import DateTagger


def found_by_tagger(tagger: DateTagger, reference: str | None,
                    text: str) -> dict[str, dict[str, Any]]:
    """Span text -> normalized value, from the tagger with clock times on."""
    ref = date.fromisoformat(reference) if reference else None
    return {text[s:e]: v for s, e, v in tagger.tag(text, ref, clock_times=True)}


def found_by_component(nlp: Language, reference: str | None, text: str,
                       driver_text: bool = True) -> dict[str, dict[str, Any]]:
    """Span text -> normalized value, through the component: on a driver-made doc (its text
    given) or a plain one (read in windows around the anchors)."""
    doc = nlp.make_doc(text)
    if driver_text:
        doc.user_data[TEXT_KEY] = text
    doc._.reference_date = date.fromisoformat(reference) if reference else None
    return {ent.text: ent._.normalized for ent in nlp(doc).ents if ent.label_ == "DATE"}


def assert_value_on_every_path(tagger: DateTagger, nlp: Language, reference: str | None,
                               text: str, span: str, expected: dict[str, Any]) -> None:
    """``span`` is found as a DATE with the ``expected`` fields on the tagger, the component
    on a driver-made doc and the component on a plain doc."""
    for found in (found_by_tagger(tagger, reference, text),
                  found_by_component(nlp, reference, text),
                  found_by_component(nlp, reference, text, driver_text=False)):
        assert span in found, f"{span!r} not found in {text!r}; found {list(found)}"
        got = {name: found[span].get(name) for name in expected}
        assert got == expected, (span, found[span])



def assert_absent_on_every_path(tagger: DateTagger, nlp: Language, reference: str | None,
                                text: str, span: str) -> None:
    """``span`` is no DATE on the tagger nor on the component."""
    for found in (found_by_tagger(tagger, reference, text),
                  found_by_component(nlp, reference, text)):
        assert span not in found, (span, found)

"""The DATE values a text yields along the three paths the tables check: the tagger alone,
the component on a driver-made doc (its text given) and on a plain doc (imported by name as
``date_paths``, like tests/events/event_docs.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
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


def span(start: str, end: str) -> dict[str, Any]:
    """The expected value of a stretch of days (ISO dates)."""
    return {"start": start, "end": end}


ValueCase = tuple[str, "str | None", str, str, "dict[str, Any]"]  # group, reference, text,
AbsentCase = tuple[str, "str | None", str, str]  # span (and the expected value)


def publisher_style_tests(cases: list[ValueCase], absent: list[AbsentCase]
                          ) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests a publisher-style table runs, parametrized over its rows: each value
    case on every path (tagger and component), and no DATE for each trap. A table module
    binds them as ``test_publisher_style_value, test_publisher_style_absent = ...``."""

    @pytest.mark.parametrize("case", cases, ids=[f"{c[0]}:{c[3]}@{i}" for i, c in enumerate(cases)])
    def value(tagger: DateTagger, nlp: Language, case: ValueCase) -> None:
        _group, reference, text, span, expected = case
        assert_value_on_every_path(tagger, nlp, reference, text, span, expected)

    @pytest.mark.parametrize("case", absent,
                             ids=[f"{c[0]}:{c[3]}@{i}" for i, c in enumerate(absent)])
    def no_date(tagger: DateTagger, nlp: Language, case: AbsentCase) -> None:
        _group, reference, text, span = case
        assert_absent_on_every_path(tagger, nlp, reference, text, span)

    return value, no_date

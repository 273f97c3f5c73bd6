"""Property-based tests: press-release-like text with random noise never breaks invariants.

CI runs 1,000 examples (about 30 s). The longer run of the issue:
PRESSPARSE_HYPOTHESIS_EXAMPLES=100000 pytest tests/test_properties.py
"""

from __future__ import annotations

import datetime as dt
import os

import jsonschema
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressparse.driver import Extractor
from pressparse.io.readers import from_text
from pressparse.io.writer import dump_line
from pressparse.schema import json_schema
from textgen import SENTENCES, press_release

EXAMPLES = int(os.environ.get("PRESSPARSE_HYPOTHESIS_EXAMPLES", "1000"))
VALIDATOR = jsonschema.Draft202012Validator(json_schema())

NOISE = st.sampled_from([
    "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\x00", "\x07", "\r\n", "\n\n\n", "\t",
    "<b>", "</p>", "&nbsp;", "IMG-20240101-WA0001.jpg", "Go back", "…", "—", "–", "-", "/",
    "%", "$", "€", "9" * 40, "1e309", "0.0000001", "1,000,000,000,000", "½", "²", "(", ")",
    "«", "»", "\"", "'", "Бишкек", "ß", "İ", "ﬁ", "\ud800", "🙂", "  ", ":", ";", ".", "?",
])
NUMBERS = st.integers(min_value=-10**6, max_value=10**12).map(str)
WORDS = st.sampled_from([
    "from", "to", "between", "and", "until", "since", "kg", "tons", "grams", "liters",
    "more than", "about", "up to", "June", "Jan.", "2024", "'24", "1st", "31", "29 February",
    "last year", "next week", "Kazakhstan", "CSTO", "Almaty", "heroin", "seized",
    "operation", "Channel", "per cent", "million", "billion", "thousand", "half",
])
SENTENCE = st.integers(min_value=0, max_value=10**9).map(
    lambda seed: SENTENCES[seed % len(SENTENCES)](__import__("random").Random(seed)))
FRAGMENT = st.one_of(SENTENCE, NOISE, NUMBERS, WORDS, st.text(max_size=12))
TEXTS = st.one_of(
    st.lists(FRAGMENT, max_size=40).map(" ".join),
    st.tuples(st.integers(0, 10**6), st.lists(NOISE, max_size=8)).map(
        lambda pair: "".join(_interleave(press_release(pair[0]), pair[1]))),
)


def _interleave(text: str, noise: list[str]) -> list[str]:
    """Noise dropped at spread-out places inside a generated release."""
    parts, step = [], max(1, len(text) // (len(noise) + 1))
    for index, piece in enumerate(noise):
        parts += [text[index * step:(index + 1) * step], piece]
    parts.append(text[len(noise) * step:])
    return parts


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(time_budget=20.0)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def check_invariants(text: str, extractor: Extractor) -> None:
    source = from_text(text, id="p")
    document = extractor(source)
    assert document.errors == [], document.errors  # a caught exception is still a bug
    decoded = source.text or ""
    line = dump_line(document)
    data = orjson.loads(line)  # strict JSON: orjson refuses NaN and Infinity
    VALIDATOR.validate(data)
    for item in document.items:
        assert 0 <= item.start <= item.end <= len(decoded)
        for entity in item.entities:
            assert item.start <= entity.start < entity.end <= item.end
            assert decoded[entity.start:entity.end] == entity.text
            value = entity.normalized or {}
            if entity.label == "DATE":
                start, end = _date(value.get("start")), _date(value.get("end"))
                if start and end:
                    assert start <= end, value
            if entity.label == "QUANTITY" and value.get("kg") is not None:
                assert value["kg"] >= 0, value
        for event in item.events:
            for start, end in event.evidence:
                assert 0 <= start <= end <= len(decoded)
            if event.start_date and event.end_date:
                assert _date(event.start_date) <= _date(event.end_date)
            for seizure in event.seizures:
                assert seizure.kg is None or seizure.kg >= 0
                assert 0 <= seizure.start <= seizure.end <= len(decoded)


@settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 1000,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_invariants_hold_on_noisy_releases(text: str, extractor: Extractor) -> None:
    check_invariants(text, extractor)


@pytest.mark.parametrize("seed", range(25))
def test_invariants_on_generated_releases(seed: int, extractor: Extractor) -> None:
    check_invariants(press_release(seed, sentences=20), extractor)


@pytest.mark.parametrize("text", [
    "-1 kg",
    "Police in Osh seized - 4 kg of heroin and -2 tons of hashish.",
    "On 28 July 2021, the National Guard in Rotterdam seized 8,466 g of cocaine. 29 February",
])
def test_invariants_on_examples_hypothesis_found(text: str, extractor: Extractor) -> None:
    check_invariants(text, extractor)

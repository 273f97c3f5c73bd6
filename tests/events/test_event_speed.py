"""The events stage's regexes and loops stay fast on adversarial and very long input.

The bounds catch catastrophic backtracking and quadratic loops (minutes), with room for a
loaded CI machine; speed itself is measured in benchmarks/, not here.
"""

from __future__ import annotations

import time

import pytest
from event_docs import build_doc, date_range, loc, mass, substance

from pressparse.events import assemble_events
from pressparse.events.text import layout
from timing import bound

ADVERSARIAL = [
    "a." * 5_000,
    "A. " * 5_000,
    "x!" * 5_000 + "?",
    ".\n" * 5_000,
    "end.\u201d" * 3_000 + " Next",
    " " * 20_000 + ".",
    "|" * 20_000,
    "\t" * 20_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_layout_is_fast_on_adversarial_text(text: str) -> None:
    started = time.perf_counter()
    layout(text)
    assert time.perf_counter() - started < bound(1.0)


@pytest.mark.parametrize(("text", "sentences"), [
    ("Police seized heroin. The U.S. Customs said so.", 2),
    ("What?! Next one.\n\nA new paragraph.", 3),
    ('He said: "We stopped it." Then officers left.', 2),
    ("Results (2024). Next year more.", 2),
    ("HEADLINE\nBody text. More text", 3),
])
def test_sentences(text: str, sentences: int) -> None:
    assert len(layout(text).sentences) == sentences


def test_date_bound_pattern_is_fast(rules) -> None:
    windows = ["started " * 5_000, "until " * 8_000, "x" * 40_000 + " held on ",
               "scheduled  " * 4_000 + "for"]
    started = time.perf_counter()
    for window in windows:
        rules.date_bounds.search(window)
        rules.force_nouns.match(window)
    assert time.perf_counter() - started < bound(1.0)


def test_one_long_sentence_of_many_seizures_is_not_quadratic(nlp, rules) -> None:
    clause = "Police in Osh seized 2 kg of heroin on 3 May 2024 near the border "
    text = clause * 600
    doc = build_doc(nlp, text, [
        ("Osh", "LOC", loc("Osh", "KG")), ("heroin", "SUBSTANCE", substance("heroin")),
        ("2 kg", "QUANTITY", mass(2, 2, "kg", what="heroin")),
        ("3 May 2024", "DATE", date_range("2024-05-03", "2024-05-03", "date"))])
    started = time.perf_counter()
    events = assemble_events(doc, rules)
    assert time.perf_counter() - started < bound(3.0)
    assert events and events[0]["type"] == "seizure"

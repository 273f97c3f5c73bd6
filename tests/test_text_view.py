"""The pipeline's text view: invisible characters out, decomposed accents composed, offsets
mapped back to the original text."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

import pressparse
from pressparse.text_view import pipeline_view


@pytest.mark.parametrize(("text", "view", "starts", "ends"), [
    ("a\u200bb", "ab", [0, 2, 3], [1, 3]),
    ("\u202ex\u202c", "x", [1, 3], [2]),
    ("Medelli\u0301n", "Medellín", [0, 1, 2, 3, 4, 5, 6, 8, 9], [1, 2, 3, 4, 5, 6, 8, 9]),
    ("Ko\u0308ln\u00ad", "Köln", [0, 1, 3, 4, 6], [1, 3, 4, 5]),
    ("Ta\u0302\u0301y Ninh", "T\u1ea5y Ninh", [0, 1, 4, 5, 6, 7, 8, 9, 10],
     [1, 4, 5, 6, 7, 8, 9, 10]),  # two accents on one letter
])
def test_view_and_its_map(text: str, view: str, starts: list[int], ends: list[int]) -> None:
    got_view, view_map = pipeline_view(text)
    assert got_view == view
    assert view_map is not None
    assert (view_map.starts, view_map.ends) == (starts, ends)


@pytest.mark.parametrize("text", ["plain ASCII", "Medellín, Bogotá, Köln (composed)", ""])
def test_clean_text_is_read_as_it_is(text: str) -> None:
    assert pipeline_view(text) == (text, None)


DECOMPOSED_CASES = [
    # (text, label, the name the entity must have)
    ("Officers in Bogotá and Medellín seized 40 kg of cocaine, the Policía Nacional de Colombia "
     "said on 3 March 2025.", "LOC", "Medellín"),
    ("Officers in Bogotá and Medellín seized 40 kg of cocaine, the Policía Nacional de Colombia "
     "said on 3 March 2025.", "ORG", "National Police of Colombia"),
    ("The Policía Judiciária in Lisbon seized 2 tonnes of cocaine in Setúbal on 4 May 2025.",
     "LOC", "Setúbal"),
    ("Customs at Düsseldorf airport found 3 kg of heroin in a suitcase from Türkiye on 5 June.",
     "COUNTRY", "Türkiye"),
]


@pytest.mark.parametrize(("text", "label", "name"), DECOMPOSED_CASES)
def test_decomposed_accents_read_like_composed_ones(text: str, label: str, name: str) -> None:
    composed = pressparse.extract(text, published="2025-06-06")
    decomposed_text = unicodedata.normalize("NFD", text)
    decomposed = pressparse.extract(decomposed_text, published="2025-06-06")

    def names(document: pressparse.Document) -> list[str]:
        return [str(e.normalized.get("name")) for e in document.entities if e.label == label]

    assert name in names(composed)
    assert names(decomposed) == names(composed)
    for entity in decomposed.entities:  # offsets and text are the original's
        assert decomposed_text[entity.start:entity.end] == entity.text
        assert unicodedata.normalize("NFC", entity.text) in text


def _with_invisible_and_decomposed(text: str) -> str:
    """``text`` with a zero-width space inside every fifth capitalized word and its accented
    letters decomposed: the same words to a reader."""
    words = text.split(" ")
    for index in range(0, len(words), 5):
        word = words[index]
        if len(word) > 3 and word[0].isupper():
            words[index] = word[:2] + "\u200b" + word[2:]
    return unicodedata.normalize("NFD", " ".join(words))


DUMP_WITH_NOISE = (
    "News\n\nGo back\n\n"
    "12.05.2025\nCustoms officers of Almaty seized 14 kg of hashish\n"
    "From 5 to 9 May, officers of the State Revenue Committee found 14 kg of hashish in a truck "
    "from Kyrgyzstan at the Korday checkpoint. A criminal case has been opened.\n\n"
    "10.05.2025\nJoint exercise on the Tajik-Afghan border\n"
    "On 8 May, border guards of Tajikistan and Uzbekistan held a joint exercise near Termez; "
    "observers from the CSTO Secretariat and Türkiye attended.\n\n"
    "Share | Print version | Views: 312\n"
)


def test_a_dump_with_invisible_and_decomposed_characters_reads_like_the_clean_one() -> None:
    noisy_text = _with_invisible_and_decomposed(DUMP_WITH_NOISE)
    clean = pressparse.extract(DUMP_WITH_NOISE, published="2025-05-12")
    noisy = pressparse.extract(noisy_text, published="2025-05-12")

    def readings(document: pressparse.Document, text: str) -> list[tuple[Any, ...]]:
        return [(e.label, unicodedata.normalize("NFC", text[e.start:e.end].replace("\u200b", "")),
                 e.normalized) for e in document.entities]

    assert len(noisy.items) == len(clean.items) == 2
    assert readings(noisy, noisy_text) == readings(clean, DUMP_WITH_NOISE)
    assert [len(i.events) for i in noisy.items] == [len(i.events) for i in clean.items]

"""The pipeline's text view: invisible characters out, decomposed accents composed, offsets
mapped back to the original text."""

from __future__ import annotations

import textwrap
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


@pytest.mark.parametrize(("text", "word", "written"), [
    # Markdown read first, then the accent composed and the invisible character left out:
    # each word's view span maps back through both readings to what the original writes
    ("## Medelli\u0301n port\n## Ka\u200bzakhstan\nSee [a](x.html) and [b](y.html)\n",
     "Medellín", "Medelli\u0301n"),
    ("## Medelli\u0301n port\n## Ka\u200bzakhstan\nSee [a](x.html) and [b](y.html)\n",
     "Kazakhstan", "Ka\u200bzakhstan"),
    ("## Medelli\u0301n port\n## Ka\u200bzakhstan\nSee [a](x.html) and [b](y.html)\n",
     "b", "b"),
])
def test_a_decoded_view_maps_back_through_both_readings(text: str, word: str,
                                                        written: str) -> None:
    view, view_map = pipeline_view(text)
    assert view_map is not None
    assert view == "Medellín port\nKazakhstan\nSee a and b\n"
    start = view.index(word)
    assert text[slice(*view_map.span(start, start + len(word)))] == written


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


# Texts still encoded: entities are found in what they read as, at the original's offsets.
ENCODED_CASES = [
    # (text, label, the entity's text in the original, its normalized name or value)
    ("Content-Transfer-Encoding: quoted-printable\n\n"
     "Police in Asunci=C3=B3n seized 14 kg of cocaine in a truck from Pedro Juan Caballe=\n"
     "ro on 3 May 2025, the Ministry of the Interior said.=20\n",
     "LOC", "Asunci=C3=B3n", "Asunción"),
    ("Content-Transfer-Encoding: quoted-printable\n\n"
     "Police in Asunci=C3=B3n seized 14 kg of cocaine in a truck from Pedro Juan Caballe=\n"
     "ro on 3 May 2025, the Ministry of the Interior said.=20\n",
     "QUANTITY", "14 kg", 14.0),
    ("# Ministry of Home Affairs\n\n## Gaborone: 8 kg of cannabis seized\n\n"
     "**Gaborone, 12 June 2025.** The [Botswana Police Service](https://bps.example.bw) "
     "seized **8 kg** of cannabis at the _Tlokweng_ border post.\n",
     "QUANTITY", "8 kg", 8.0),
    ('{"portal": "interior.example.mv", "items": [\n{\n'
     '"title": "Police seize 3 kg of heroin in Male",\n'
     '"text": "MALE \\u2014 The Maldives Police Service seized 3 kg of heroin.\\nTwo men '
     'were arrested on 2 March 2025.",\n"author": "press"\n}\n]}\n',
     "QUANTITY", "3 kg", 3.0),
]


@pytest.mark.parametrize(("text", "label", "written", "value"), ENCODED_CASES)
def test_encoded_text_reads_as_its_text_at_original_offsets(
        text: str, label: str, written: str, value: Any) -> None:
    document = pressparse.extract(text, published="2025-06-20")
    found = [e for e in document.entities if e.label == label and e.text == written]
    assert found, [e.text for e in document.entities]
    for entity in document.entities:
        assert text[entity.start:entity.end] == entity.text
    key = "value" if isinstance(value, float) else "name"
    assert found[0].normalized.get(key) == value


@pytest.mark.parametrize(("text", "first", "last"), [
    # an item takes in the markup written at its edges: a heading's '##', a line's '=20'
    ("## Lusaka: 6 kg of heroin found at the airport\n\nOfficers of the Drug Enforcement "
     "Commission found 6 kg of heroin in a bag at Lusaka airport on 4 May 2025.\n\n"
     "---\n\n[Back to news](https://dec.example.zm/news) | [Share](https://dec.example.zm/s)\n"
     "[Contact us](https://dec.example.zm/contact)\n",
     "## Lusaka", "4 May 2025."),
    ("Content-Transfer-Encoding: quoted-printable\n\nCustoms at Beitbridge found 30 kg of "
     "cannabis in a bus on 2 May 2025, the Zimbabwe Revenue Authority said.=20\n",
     "Customs at", "said.=20"),
])
def test_item_edges_take_in_their_markup(text: str, first: str, last: str) -> None:
    items = pressparse.extract(text, published="2025-06-20").items
    assert any(text[item.start:].startswith(first) and text[:item.end].endswith(last)
               for item in items), [text[item.start:item.end] for item in items]


# A hard-wrapped release (invented, wrapped at 66 and at 72 columns): a sentence reads whole
# across its lines, its entities keep the original's offsets and line breaks.
def _wrapped_release(width: int) -> str:
    lead = ("On 14 April 2026 officers of the General Directorate for the Suppression of "
            "Illicit Drug Trafficking, with the support of the National Navy, boarded a fishing "
            "vessel in the port of Montevideo and found 412 kilograms of cocaine in the engine "
            "room. Four crew members, three Uruguayan nationals and one Paraguayan national, "
            "were arrested. The prosecutor ordered the seizure of two vehicles of the owner.")
    rest = ("Since the beginning of the year the directorate and the navy have found more than "
            "two tonnes of cocaine in containers and vessels leaving the ports of the country, "
            "most of it bound for ports of western Europe and of West Africa.")
    return ("MINISTRY OF THE INTERIOR\n\nMontevideo: 412 kilograms of cocaine on a trawler\n\n"
            f"{textwrap.fill(lead, width)}\n\n{textwrap.fill(rest, width)}\n\n"
            "Press Office of the Ministry of the Interior\n")


@pytest.mark.parametrize("width", [66, 72])
def test_a_hard_wrapped_sentence_reads_across_its_lines(width: int) -> None:
    text = _wrapped_release(width)
    document = pressparse.extract(text, published="2026-04-20")
    events = [event for item in document.items for event in item.events]
    counts = {(count.what.split()[0], count.value) for event in events for count in event.counts}
    assert {("crew", 4.0), ("vehicles", 2.0)} <= counts
    assert "National Navy" in {part.text for event in events for part in event.participants}
    for entity in document.entities:
        assert text[entity.start:entity.end] == entity.text

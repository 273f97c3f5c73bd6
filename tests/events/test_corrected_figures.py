"""A correction line replacing a figure the release gave before ("46.2 kg, not 46.8 kg as first
reported") puts the new figure in the old one's place; neither figure of the correction is a
result of its own (full pipeline, our own texts)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

Seizure = tuple[str | None, float | None, str]  # (substance, kg or else value, its text)

# (text, every event's seizures)
SEIZURE_CASES: list[tuple[str, set[Seizure]]] = [
    (  # judicial police release, corrected in a bracket at its foot
        "LISBON, 16 May 2025 - Officers of the Polícia Judiciária seized 820 kg of cocaine "
        "aboard a sailing yacht off the Azores on 14 May and arrested three crew members.\n\n"
        "(Corrected on 16 May: the yacht carried 280 kg of cocaine, not 820 kg as stated in "
        "the original release.)",
        {("cocaine", 280.0, "280 kg")},
    ),
    (  # navy release, amended after a recount: a bare number in the old figure's unit
        "COLOMBO, 9 July 2025 - The Sri Lanka Navy seized 96,500 tablets of pregabalin from a "
        "dinghy off Kalpitiya on 8 July 2025. Two suspects were taken into custody.\n\n"
        "Amendment (10 July 2025): the number of tablets should read 69,500 after a recount by "
        "the Excise Department, not 96,500.",
        {("pregabalin", 69500.0, "69,500")},
    ),
    (  # customs news page, a later update line correcting the net weight
        "Customs officers at the Kapitan Andreevo checkpoint found 31.5 kg of heroin in the "
        "spare tyre of a car arriving from Turkey on 12 March 2025. The driver was detained.\n\n"
        "Update: after weighing at the laboratory, the net weight of the heroin is 35.1 kg "
        "instead of 31.5 kg.",
        {("heroin", 35.1, "35.1 kg")},
    ),
    (  # a bare number corrected is no weighed amount of the same value
        "SUVA, 2 June 2025 - Police officers at Nadi airport seized 5 kg of methamphetamine "
        "from a passenger arriving from Manila on 1 June 2025.\n\n"
        "Correction: 2 suspects were detained, not 5.",
        {("methamphetamine", 5.0, "5 kg")},
    ),
    (  # a "not" between two figures with no word of correction: both read as they stand
        "QUITO, 2 April 2025 - The National Police seized 3.1 tonnes of cocaine in a container "
        "of bananas at the port of Guayaquil on 1 April 2025. The previous record, 13 tonnes, "
        "not 3 tonnes, was set in 2023.",
        {("cocaine", 3100.0, "3.1 tonnes")},
    ),
]


def seizures_of(text: str) -> set[Seizure]:
    """Every event's seizures: substance, kilograms (or the value when unweighed) and text."""
    return {(s.substance, s.kg if s.kg is not None else s.value, text[s.start : s.end])
            for item in extract(text).items for event in item.events for s in event.seizures}


@pytest.mark.parametrize(("text", "expected"), SEIZURE_CASES)
def test_corrected_seizures(text: str, expected: set[Seizure]) -> None:
    assert seizures_of(text) == expected


def test_a_corrected_count_replaces_the_first_one() -> None:
    """A clarification of the number arrested: one count, the new number."""
    text = ("LUSAKA, 6 October 2025 - The Drug Enforcement Commission arrested 14 suspects and "
            "seized 35 kg of heroin at a lodge in Livingstone on Friday 3 October 2025.\n\n"
            "Clarification: 12 suspects were arrested, not 14 suspects as earlier reported.")
    counts = [(c.value, text[c.start : c.end]) for item in extract(text).items
              for event in item.events for c in event.counts]
    assert counts == [(12.0, "12")]

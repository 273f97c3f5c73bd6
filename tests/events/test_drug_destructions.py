"""Seized drugs destroyed (burned, incinerated) are no seizure: a release about their
destruction is an event of type other dated on its day, the words describing the destroyed
goods ("seized drugs", "drugs seized in 2025") are no seizure words, and its amounts are what
was destroyed; a destruction told after the lead on a day of its own is an event of its own
beside the item's find. Drugs found and destroyed at once stay the find's seizure."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, expected [(type, start, end, seized kg sorted)])
CASES: list[tuple[str, str, list[tuple[str, str | None, str | None, list[float]]]]] = [
    # a commission's public destruction on a day, its amounts destroyed, not seized
    ("NACOC DESTROYS SEIZED NARCOTICS IN ACCRA\n\n"
     "ACCRA, June 26 - The Narcotics Control Commission (NACOC) on Thursday publicly "
     "destroyed 3.2 tonnes of narcotic drugs seized over the past two years, to mark the "
     "International Day against Drug Abuse.",
     "2026-06-26", [("other", "2026-06-25", "2026-06-25", [])]),
    # a police service burning drugs of concluded cases today
    ("Drugs worth 2 billion kwacha burned in Lilongwe\n\n"
     "Malawi Police Service today burned 1,800 kilograms of Indian hemp and 12 kilograms of "
     "cocaine that had been seized in concluded cases, at a ceremony at Area 30 in "
     "Lilongwe.",
     "2026-06-26", [("other", "2026-06-26", "2026-06-26", [])]),
    # the destroyed amount after the day and the plant told between verb and amount
    ("18,6 tons of drugs incinerated in Guayas\n\n"
     "The National Police destroyed this Tuesday, in a controlled-incineration plant of the "
     "Guayas province, 18,6 tons of drugs seized in 2025, among them 14.340 kilograms of "
     "cocaine.",
     "2026-03-11", [("other", "2026-03-10", "2026-03-10", [])]),
    # a find, then an earlier destruction on a day of its own: two events
    ("Police seize 9 kilograms of methamphetamine in Nadi\n\n"
     "Officers of the Narcotics Bureau seized 9 kilograms of methamphetamine from a vehicle "
     "at Namaka, Nadi, on Monday 18 May. Two men were arrested at the scene.\n\n"
     "Earlier this year, on 3 March, more than 600 kilograms of drugs seized in past cases "
     "were incinerated at Lautoka.",
     "2026-05-20", [("seizure", "2026-05-18", "2026-05-18", [9.0]),
                    ("other", "2026-03-03", "2026-03-03", [])]),
    # drugs seized and destroyed at sea at once: the boarding's seizure, nothing else
    ("CTF 150 seizes heroin in the Arabian Sea\n\n"
     "On 22 March, the frigate Surcouf boarded a dhow in the Arabian Sea and seized 1,100 kg "
     "of heroin. All seized narcotics were destroyed at sea.",
     "2026-03-25", [("seizure", "2026-03-22", "2026-03-22", [1100.0])]),
    # a plantation found and destroyed: the find
    ("Police destroy cannabis plantation in Lushnje\n\n"
     "On 10 September, police officers in Lushnje found and destroyed a plantation of 1,240 "
     "cannabis plants in the village of Golem. The owner was arrested.",
     "2026-09-12", [("seizure", "2026-09-10", "2026-09-10", [])]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_drug_destructions(text: str, published: str,
                           expected: list[tuple[str, str | None, str | None, list[float]]]
                           ) -> None:
    doc = pressparse.extract(text, id="t", published=published)
    found = [(e.type, e.start_date, e.end_date,
              sorted(round(s.kg, 1) for s in e.seizures if s.kg)) for e in doc.events]
    assert sorted(found) == sorted(expected)


def test_a_find_told_beside_a_destruction_is_no_part_of_it() -> None:
    text = ("Seized drugs worth millions destroyed in Nuwakot\n\n"
            "Narcotic drugs seized in cases settled by the courts were destroyed today at the "
            "landfill site in Sisdol.\n\n"
            "The drugs were burnt and buried by the Narcotics Control Bureau in the presence "
            "of representatives of the District Administration Office.\n\n"
            "Meanwhile, a team of the Bureau on Thursday arrested two men with 5.4 kg of "
            "hashish at Tribhuvan International Airport.")
    doc = pressparse.extract(text, id="t", published="2024-04-26")
    events = {e.type: e for e in doc.events}
    assert set(events) == {"other", "seizure"}
    assert events["seizure"].part_of is None
    assert events["other"].start_date == "2024-04-26"

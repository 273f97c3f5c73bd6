"""A total whose clause names drugs in general with no determiner ("has seized narcotics
weighing over 1.8 tonnes", "drugs and psychotropic substances with a total weight of more
than 310 kg") is a total of drugs, not of the substance an earlier sentence named; "the drugs
weighed 24 kg" refers back to that substance."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, kilograms, expected substance)
CASES: list[tuple[str, str, float, str]] = [
    # a customs collectorate's running total after a heroin find
    ("Customs seize heroin at the Wagah border\n\n"
     "On 12 May 2026, officers of the Customs Collectorate found 36 kg of heroin hidden in "
     "the fuel tank of a truck. The driver was arrested.\n\n"
     "The Collector said that since 1 January 2026 the Collectorate has seized narcotics "
     "weighing over 1.8 tonnes along the border.",
     "2026-05-14", 1800, "drugs"),
    # a coast guard's year total with its parts after it
    ("Coast guard intercepts cocaine off Mombasa\n\n"
     "On 4 June 2026, officers of the Kenya Coast Guard Service intercepted a dhow off "
     "Mombasa and found 52 kg of cocaine in its hold.\n\n"
     "Since the beginning of the year, officers have intercepted drugs and psychotropic "
     "substances with a total weight of more than 310 kg, among them 120 kg of cannabis.",
     "2026-06-05", 310, "drugs"),
    ("Coast guard intercepts cocaine off Mombasa\n\n"
     "On 4 June 2026, officers of the Kenya Coast Guard Service intercepted a dhow off "
     "Mombasa and found 52 kg of cocaine in its hold.\n\n"
     "Since the beginning of the year, officers have intercepted drugs and psychotropic "
     "substances with a total weight of more than 310 kg, among them 120 kg of cannabis.",
     "2026-06-05", 120, "cannabis"),
    # "the drugs" refers back to the substance named before: it keeps its name
    ("Police find heroin in a truck near Lilongwe\n\n"
     "On 4 June 2026, police officers in Lilongwe stopped a truck and found heroin in a "
     "hidden compartment. The drugs weighed 24 kg.",
     "2026-06-05", 24, "heroin"),
    # a substance named in the total's own sentence stays its name
    ("Police report the month's results in Arequipa\n\n"
     "In May 2026, officers of the Arequipa police seized 62 kg of cocaine in raids on "
     "drug outlets.",
     "2026-06-02", 62, "cocaine"),
]


@pytest.mark.parametrize(("text", "published", "kg", "substance"), CASES)
def test_total_of_drugs_in_general(text: str, published: str, kg: float,
                                   substance: str) -> None:
    doc = pressparse.extract(text, id="t", published=published)
    found = [s.substance for item in doc.items for e in item.events for s in e.seizures
             if s.kg == kg]
    assert found == [substance]

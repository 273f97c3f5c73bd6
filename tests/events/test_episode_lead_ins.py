"""An undated sentence leading into a dated episode in the same block of lines ("In an
investigation led by X, Y and Z followed a network for months. On 14 March, 9 suspects were
arrested ...") names the episode's bodies, not the item's main event (a year's or a
quarter's results). A hard-wrapped report reads its paragraph whole, so the lead-in and the
episode share a block. A period opening ("In the first half of 2025, officers seized ...") is
a total, no episode, and a sentence referring to the lead's event ("This operation is part
of ...") stays the lead's. Paragraphs of one line with no blank line between are one block:
a lead-in after the lead places the find it leads into ("The laboratory was located in a
farmhouse in X.\nDuring the search on 10 March, ...")."""

from __future__ import annotations

import pytest

import pressparse

# hard-wrapped annual review: the lead-in's bodies are the March episode's organizers
CHILE_REVIEW = (
    "Annual review 2025: the fight against cocaine in Chile\n\n"
    "In 2025 the Investigations Police of Chile (PDI) seized 14.2 tonnes of cocaine, the\n"
    "highest amount it has ever recorded, and dismantled 212 criminal groups across the\n"
    "country, most of them in the regions of the north that border Bolivia and Peru.\n\n"
    "In an investigation led by the Regional Prosecutor's Office of Antofagasta, the\n"
    "Anti-Narcotics Brigade of the PDI and the Carabineros de Chile followed a network that\n"
    "moved cocaine from Bolivia in lorries carrying copper ore for more than eight months.\n"
    "On 14 March 2025, 9 suspects were arrested in Calama and 120 kg of cocaine were seized\n"
    "from a lorry on the road to the port of Antofagasta.\n\n"
    "The PDI expects the pressure on the northern border to continue in 2026.\n"
)
# one line per paragraph: the lead-in and the dated episode on one line
NAMIBIA_HALF_YEAR = (
    "Namibian Police: drug enforcement in the first half of 2025\n\n"
    "WINDHOEK, 8 July 2025 - The Namibian Police Force recorded 1,104 drug cases in the "
    "first half of 2025, the Inspector-General told reporters on Monday.\n\n"
    "Working with the Namibia Revenue Agency, detectives watched a syndicate that used buses "
    "from Zambia for three months. On 2 June 2025, officers arrested 5 suspects at Katima "
    "Mulilo and seized 48 kg of cannabis.\n\n"
    "The Inspector-General urged the public to report drug dealers.\n"
)
# (text, published, day of the episode, bodies the episode takes, bodies the period keeps)
LEAD_IN_CASES: list[tuple[str, str, str, set[str], set[str]]] = [
    (CHILE_REVIEW, "2026-01-20", "2025-03-14",
     {"Regional Prosecutor's Office of Antofagasta", "Anti-Narcotics Brigade of the PDI",
      "Carabineros de Chile"}, {"Investigations Police of Chile"}),
    (NAMIBIA_HALF_YEAR, "2025-07-08", "2025-06-02", {"Namibia Revenue Agency"},
     {"Namibian Police Force"}),
]


def _events(text: str, published: str) -> list[pressparse.Event]:
    doc = pressparse.extract(text, id="t", published=published)
    return [e for item in doc.items for e in item.events]


def _bodies(event: pressparse.Event) -> set[str]:
    return {m.text for m in (*event.organizers, *event.participants)}


@pytest.mark.parametrize(("text", "published", "day", "episode_bodies", "period_bodies"),
                         LEAD_IN_CASES)
def test_a_lead_in_names_the_bodies_of_the_episode_it_leads_into(
        text: str, published: str, day: str, episode_bodies: set[str],
        period_bodies: set[str]) -> None:
    events = _events(text, published)
    episode = next(e for e in events if e.start_date == day)
    period = next(e for e in events if e.type == "other")
    assert episode_bodies <= _bodies(episode)
    assert _bodies(period) == period_bodies


# (text, published, the body the item's main event keeps)
KEPT_CASES: list[tuple[str, str, str]] = [
    # a period's opening: the sentence before it stays the half-year's
    ("Namibian Police: drug enforcement in the first half of 2025\n\n"
     "WINDHOEK, 8 July 2025 - The Namibian Police Force recorded 1,104 drug cases in the "
     "first half of 2025, the Inspector-General told reporters on Monday.\n\n"
     "The Drug Law Enforcement Unit worked with the Namibia Revenue Agency at border posts. "
     "In the first half of 2025, officers seized 2,300 kg of cannabis at the borders with "
     "Zambia and Angola.\n",
     "2025-07-08", "Namibia Revenue Agency"),
    # a sentence referring to the lead's find stays the find's
    ("Police in Gdansk seize 300 kg of cocaine in banana boxes\n\n"
     "GDANSK, 12 May 2026 - Officers of the Central Bureau of Investigation of the Police "
     "found 300 kg of cocaine in a container of bananas at the port of Gdansk on Sunday.\n\n"
     "This operation was carried out together with officers of the National Revenue "
     "Administration. On 4 May 2026, officers in Warsaw had seized 12 kg of cocaine in a "
     "separate case.\n",
     "2026-05-12", "National Revenue Administration"),
]


@pytest.mark.parametrize(("text", "published", "body"), KEPT_CASES)
def test_a_period_opening_or_a_reference_to_the_lead_leads_into_nothing(
        text: str, published: str, body: str) -> None:
    events = _events(text, published)
    assert body in _bodies(events[0])
    assert all(body not in _bodies(e) for e in events[1:])


# one line per paragraph, no blank lines: the lead-in's place is the dated find's
LATVIA_LABORATORY = (
    "POLICE DISMANTLE SYNTHETIC DRUG LABORATORY NEAR DAUGAVPILS\n"
    "12.03.2026\n"
    "The State Police of Latvia, together with the State Revenue Service, stopped the activity "
    "of a criminal group that produced amphetamine.\n"
    "The group bought precursors in Poland and sold the drugs in Riga.\n"
    "On 9 March in Riga officers detained a courier in whose car 3.2 kg of amphetamine were "
    "found.\n"
    "The laboratory itself was located in a rented farmhouse in the village of Naujene, "
    "Augšdaugava municipality.\n"
    "During the search on 10 March, 41 kg of amphetamine and 200 litres of precursors were "
    "seized.\n"
    "Criminal proceedings have been initiated.\n"
)
# (text, published, day of the find, its place)
PLACED_CASES: list[tuple[str, str, str, str]] = [
    (LATVIA_LABORATORY, "2026-03-12", "2026-03-10", "Naujene"),
]


@pytest.mark.parametrize(("text", "published", "day", "place"), PLACED_CASES)
def test_a_lead_in_places_the_find_it_leads_into(text: str, published: str, day: str,
                                                 place: str) -> None:
    events = _events(text, published)
    find = next(e for e in events if e.type == "seizure" and e.start_date == day)
    assert find.location is not None and find.location.text == place
    assert all(e.location is None or e.location.text != place for e in events if e is not find)

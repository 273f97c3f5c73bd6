"""Three classes of role errors the spent sealed sets showed (h22_09, h23_06, h24_02, h24_11):

- a country where people or goods come from or go ("checked a lorry arriving from Turkey",
  "about to board a ferry to Pozzallo, Italy") is no party of the event, also when a help cue
  ("together with", "alongside") reaches it;
- a body that supports a gathering an organizing verb names ("organized by the Border Police
  with the support of the OSCE Mission") takes part, it does not organize it;
- a body the suspect or the case was handed over to receives what the event produced: it
  does not hide the publishing body, whose own officers acted ("officers inspected a truck
  ... The driver was handed over to the Uganda Police Force": the Revenue Authority);
- the countries whose officers of listed forces attend a gathering ("officers of the navies,
  coast guards and customs of A, B and C") take part, as with "police of"; the customs of
  countries acting as a sentence's subject act, as their police do.
"""

from __future__ import annotations

import pytest
from event_roles import roles_of

# (text, expected participants of the one event, countries that must not be among them)
TRAVEL_CASES: list[tuple[str, list[str], list[str]]] = [
    ("Tbilisi, 12 November 2026 - On 11 November, at the Sarpi checkpoint, officers of the "
     "Revenue Service together with border police officers checked a lorry arriving from "
     "Turkey. In the cabin, 12 kg of heroin were found. The driver was detained.",
     [], ["Turkey"]),
    ("Valletta, 12 November 2026 - On 11 November at the Grand Harbour, officers of the Malta "
     "Police Force, working alongside officers of the Customs Department, stopped a man as he "
     "was about to board a ferry to Pozzallo, Italy. His bag contained 3 kg of cocaine.",
     ["Customs Department"], ["Italy"]),
    ("Windhoek, 5 June 2026 - On 4 June at the Ariamsvlei border post, customs officers, "
     "together with members of the Namibian Police Force, searched a bus travelling from "
     "South Africa and found 9 kg of cannabis.",
     ["Namibian Police Force"], ["South Africa"]),
    ("Colombo, 5 June 2026 - The Sri Lanka Navy, in cooperation with the Police Narcotic "
     "Bureau, intercepted a trawler bound for the Maldives on 4 June and seized 120 kg of "
     "heroin.",
     ["Police Narcotic Bureau"], ["Maldives"]),
]


@pytest.mark.parametrize(("text", "participants", "not_parties"), TRAVEL_CASES)
def test_a_country_of_travel_is_no_party(text: str, participants: list[str],
                                         not_parties: list[str]) -> None:
    events = roles_of(text)
    assert len(events) == 1
    assert events[0][2] == participants
    assert not set(not_parties) & set(events[0][1])


# (text, expected organizers, expected participants of the gathering)
GATHERING_CASES: list[tuple[str, list[str], list[str]]] = [
    ("Nouakchott, 09/11/2026 - A regional workshop on maritime drug trafficking opened "
     "today at Nouakchott, organized by the general staff of the National Navy with the "
     "support of the UNODC Global Maritime Crime Programme.\nThe workshop, which will "
     "continue until Wednesday, gathers 35 officers of the navies, coast guards and customs "
     "of Mauritania, Senegal, Gambia, Cabo Verde and Guinea-Bissau.",
     ["National Navy"],
     ["UNODC Global Maritime Crime Programme", "Mauritania", "Senegal", "Gambia", "Cabo Verde",
      "Guinea-Bissau"]),
    ("Chisinau, 20 November 2026 - A four-day seminar on drug profiling was organized by the "
     "Border Police with the support of the OSCE Mission to Moldova. Officers of the border "
     "police and customs of Moldova and Ukraine took part.",
     ["Border Police"], ["OSCE Mission to Moldova", "Moldova", "Ukraine"]),
    ("Suva, 4 August 2026 - A regional course on small-craft interdiction opened on Monday "
     "at the Walu Bay base, hosted by the Republic of Fiji Navy. The course gathers 30 "
     "officers of the police, navies and customs from Fiji, Samoa, Tonga and Vanuatu.",
     ["Republic of Fiji Navy"], ["Fiji", "Samoa", "Tonga", "Vanuatu"]),
    # a joint organizer still organizes ("together with", the guide's example)
    ("Nairobi, 4 August 2026 - A course on risk profiling was organized by the Kenya Revenue "
     "Authority together with the National Police Service from 1 to 3 August.",
     ["Kenya Revenue Authority", "National Police Service"], []),
]


@pytest.mark.parametrize(("text", "organizers", "participants"), GATHERING_CASES)
def test_gathering_supporters_and_attending_countries(text: str, organizers: list[str],
                                                      participants: list[str]) -> None:
    events = roles_of(text)
    assert len(events) == 1
    assert events[0][0] == "training"
    assert events[0][1] == organizers
    assert events[0][2] == participants


@pytest.mark.parametrize("force", ["police", "customs"])
def test_countries_forces_acting_organize(force: str) -> None:
    events = roles_of(f"Lima, 4 August 2026 - Officers of the {force} of Peru and Bolivia seized "
                    "40 kg of cocaine at the Desaguadero border crossing on Sunday.")
    assert [(organizers, participants) for _, organizers, participants in events] == [
        (["Peru", "Bolivia"], [])]


# (text, expected organizers of each event in order)
HANDOVER_CASES: list[tuple[str, list[list[str]]]] = [
    ("Uganda Revenue Authority\nWeekly enforcement bulletin, 9-15 March 2026\nDuring the week, "
     "the Uganda Revenue Authority carried out enforcement operations at border posts and "
     "recorded 11 seizures.\nHighlights:\nOn 10 March, at the Malaba border post, officers "
     "inspected a truck coming from Kenya and found 25 kg of cannabis hidden in sacks of maize. "
     "The driver was handed over to the Uganda Police Force.",
     [["Uganda Revenue Authority"], ["Uganda Revenue Authority"]]),
    ("Estonian Tax and Customs Board\nWeekly overview, 16-22 November 2026\nDuring the week, the "
     "Estonian Tax and Customs Board carried out checks at the eastern border and detected 14 "
     "smuggling cases.\nCases of the week:\nOn 17 November, at the Narva-1 crossing point, "
     "customs officers checked a car arriving from Russia and found 2 kg of hashish under the "
     "seats. The driver was handed over to the Police and Border Guard Board.",
     [["Estonian Tax and Customs Board"], ["Estonian Tax and Customs Board"]]),
    ("State Border Guard Service of Lithuania\nWeekly results, 23-29 November 2026\nOn 24 "
     "November, at the Medininkai checkpoint, border guards checked a minibus and found 312 "
     "grams of cannabis in the luggage of a passenger. The case was handed over to the Vilnius "
     "County Police.",
     [["State Border Guard Service of Lithuania"]]),
]


@pytest.mark.parametrize(("text", "organizers"), HANDOVER_CASES)
def test_a_recipient_does_not_hide_the_publisher(text: str,
                                                 organizers: list[list[str]]) -> None:
    assert [found for _, found, _ in roles_of(text)] == organizers

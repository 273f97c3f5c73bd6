"""Bodies a help cue joins to the event take part; the subject before the cue still acts
(role_cues.jsonl participant cues, role_words.jsonl helper):

- a participation cue with no commas around it ("the Police Department of X with the
  participation of the National Guard held the operation"; h26_04), as with commas;
- support told with an adjective or no article ("with analytical support from", "with
  support of"), financing ("with the financing of"), shared information ("acting on
  information shared by") and joint work named by its kind ("in a joint check with",
  "joint work with"): spent gold makes each of them a participant (h21_14, h22_14, h24_12,
  h24_15, h25_14, h27_11, h27_16, d57).

Probes written for other countries and styles."""

from __future__ import annotations

import pytest
from event_roles import roles_of

# (text, organizers, participants of the one event)
JOINED_SUBJECT_CASES: list[tuple[str, list[str], list[str]]] = [
    ("From 3 to 12 November the Police Department of Almaty region with the participation of "
     "the National Guard held the preventive operation \"Kyzylorda-2026\" in the city of "
     "Taraz. 14 kg of hashish were seized.",
     ["Police Department of Almaty region"], ["National Guard"]),
    ("From 3 to 12 November the Police Department of Almaty region, with the participation "
     "of the National Guard, held the preventive operation \"Kyzylorda-2026\" in the city of "
     "Taraz. 14 kg of hashish were seized.",
     ["Police Department of Almaty region"], ["National Guard"]),
    ("On 12 November the Drug Enforcement Unit of Nepal Police with the participation of the "
     "Armed Police Force detained two men in Birgunj and seized 5 kg of hashish.",
     ["Drug Enforcement Unit of Nepal Police"], ["Armed Police Force"]),
    ("On 12 November the Drug Enforcement Unit of Nepal Police with the support of the Armed "
     "Police Force detained two men in Birgunj and seized 5 kg of hashish.",
     ["Drug Enforcement Unit of Nepal Police"], ["Armed Police Force"]),
    ("On 12 November officers of the Anti-Drug Police of Georgia jointly with the Border "
     "Police seized 12 kg of heroin at the Sarpi checkpoint.",
     ["Anti-Drug Police of Georgia"], ["Border Police"]),
    ("Gaborone, 18 November 2026. Officers of the Botswana Police Service, acting on "
     "information shared by the Zambia Police Service, stopped a truck at Kazungula on 16 "
     "November and seized 80 kg of cannabis.",
     ["Botswana Police Service"], ["Zambia Police Service"]),
    ("Paramaribo, 18 November 2026. On 16 November the Suriname Police Force, with analytical "
     "support from the Dutch Royal Marechaussee, seized 500 kg of cocaine in the port of "
     "Paramaribo.",
     ["Suriname Police Force"], ["Dutch Royal Marechaussee"]),
    ("Lome, 18 November 2026. On 16 November, officers of the Central Office for the "
     "Repression of Illicit Drug Trafficking, in a joint check with the Togolese Revenue "
     "Office at the port of Lome, found 40 kg of cocaine in a container.",
     ["Central Office for the Repression of Illicit Drug Trafficking"],
     ["Togolese Revenue Office"]),
    ("Nassau, 18 November 2026. The Royal Bahamas Police Force seized 300 kg of cocaine off "
     "Inagua on 16 November with support of the Royal Bahamas Defence Force.",
     ["Royal Bahamas Police Force"], ["Royal Bahamas Defence Force"]),
    ("Apia, 18 November 2026. A two-week course on vessel boarding for 20 officers of the "
     "Samoa Police Service ended on Friday at Matautu. It was organized by the Ministry of "
     "Police with the financing of the European Union.",
     ["Ministry of Police"], ["Samoa Police Service", "European Union"]),
    # a gathering an organizing verb names keeps its organizer
    ("A regional meeting on drug trafficking was held in Bishkek on 12 November with the "
     "participation of UNODC and the CSTO Secretariat, organized by the Ministry of Internal "
     "Affairs of the Kyrgyz Republic.",
     ["Ministry of Internal Affairs of the Kyrgyz Republic"], ["UNODC", "CSTO Secretariat"]),
]


@pytest.mark.parametrize(("text", "organizers", "participants"), JOINED_SUBJECT_CASES)
def test_a_joined_body_takes_part_and_the_subject_acts(
        text: str, organizers: list[str], participants: list[str]) -> None:
    events = roles_of(text)
    assert len(events) == 1
    assert events[0][1:] == (organizers, participants)


# (text, organizers of each event in order): a joint operation's local results, each
# naming the one body that found it ("at the National Army checkpoint ... the soldiers
# found", "a patrol of the Police Force checked"), are organized by that body, not merely
# joined by it (h24_12, h26_18, h27_08's class)
OWN_BODY_RESULT_CASES: list[tuple[str, list[list[str]]]] = [
    ("Cúcuta, 24/11/2026 - The National Police of Colombia, the National Army and the DIAN "
     "carried out, between Thursday (19) and Sunday (22), the joint operation \"Frontera "
     "Segura\" in the border area of Norte de Santander.\n\nDuring the operation, the teams "
     "inspected more than 800 vehicles, arrested six people and seized 2.300 kg of marijuana "
     "and 40 kg of cocaine.\n\nThe largest seizure occurred on Sunday (22), at the National "
     "Army checkpoint on the road to Tibú. Under a cargo of plantains, the soldiers found "
     "2.100 kg of marijuana.\n\nOn Friday (20), inspectors of the DIAN at the Simón Bolívar "
     "bridge found 40 kg of cocaine in the spare tyre of a bus coming from San Antonio del "
     "Táchira (Venezuela).",
     [["National Police of Colombia", "National Army", "DIAN"], ["National Army"], ["DIAN"]]),
    ("Willemstad, 20/11/2026 - The Coast Guard and the Police Force carried out a joint "
     "maritime operation from 10 to 16 November around the island.\n\nOn Saturday 14/11 a "
     "patrol of the Police Force at Westpunt checked a fishing boat and found 120 kg of "
     "cocaine. Two men were arrested.",
     [["Coast Guard", "Police Force"], ["Police Force"]]),
]


@pytest.mark.parametrize(("text", "organizers"), OWN_BODY_RESULT_CASES)
def test_a_local_result_is_organized_by_the_one_body_it_names(
        text: str, organizers: list[list[str]]) -> None:
    events = roles_of(text)
    assert [event[1] for event in events] == organizers
    assert all(not set(event[1]) & set(event[2]) for event in events)


# (text, organizers, participants of the one meeting): the body whose head, leadership or
# officials met or received a party hosts the meeting (role_words.jsonl host_verb; spent gold
# h24_01, h24_06, h24_08, h25_03); bodies whose heads meet with no host named take part, none
# organizes (role_cues.jsonl "heads of"; the guide's session-27 rule: d27, h12_02, h22_06,
# h23_03)
HOST_CASES: list[tuple[str, list[str], list[str]]] = [
    ("Yesterday in Arica the heads of the Investigations Police of Chile and of the National "
     "Police of Peru met to discuss the border crossings.",
     [], ["Investigations Police of Chile", "National Police of Peru"]),
    ("Kuala Lumpur, 20 November 2026. The heads of the Royal Malaysia Police and the Royal "
     "Thai Police held a working meeting at the Bukit Kayu Hitam checkpoint on 19 November.",
     [], ["Royal Malaysia Police", "Royal Thai Police"]),
    ("Lusaka, 20 November 2026. On 19 November, at the Kasumbalesa border post, the "
     "leadership of the Drug Enforcement Commission met a delegation of the Anti-Drug Unit of "
     "the Congolese National Police.",
     ["Drug Enforcement Commission"], ["Anti-Drug Unit of the Congolese National Police"]),
    ("Hanoi, 20 November 2026. On Monday, officials of the Drug Crime Investigation Police "
     "Department received a delegation of the Lao Ministry of Public Security in Hanoi.",
     ["Drug Crime Investigation Police Department"], ["Lao Ministry of Public Security"]),
]


@pytest.mark.parametrize(("text", "organizers", "participants"), HOST_CASES)
def test_the_body_that_met_or_received_a_party_hosts(
        text: str, organizers: list[str], participants: list[str]) -> None:
    events = roles_of(text)
    assert len(events) == 1
    assert events[0] == ("meeting", organizers, participants)


def test_a_body_something_was_turned_over_to_has_no_role() -> None:
    """'turned over to' hands the suspect over (role_words.jsonl handover; spent gold gives
    such bodies no role: d67, h24_13, h27_12)."""
    events = roles_of(
        "Port Louis, 20 November 2026. On 18 November, officers of the Mauritius Revenue "
        "Authority at the airport found 2 kg of heroin in the luggage of a passenger arriving "
        "from Johannesburg. The passenger was arrested and turned over to the Anti Drug and "
        "Smuggling Unit.")
    assert len(events) == 1
    assert "Anti Drug and Smuggling Unit" not in events[0][1] + events[0][2]

"""Gathering verbs and joint cues (role_cues.jsonl, role_words.jsonl host_verb and
organizing_verb; session 32):

- a host verb with a time or place between it and its guest ("received on Monday a
  delegation of ...", "welcomed in Yerevan the delegation of ...") hosts the meeting, and so
  does the body whose head "met with" another (d13, h14_02, h32_18; guide "Events": the head
  of X met Y is hosted by X);
- a body that runs, hosts, organizes, conducts or delivers a course, meeting or exercise
  (past or present tense: "ran a course", "hosts a workshop") or trains its officers
  ("trained 24 officers of ...": h20_12, h29_06, h5_12) organizes it;
- "organised jointly by", "co-hosted by": every body listed organizes;
- bodies "in the presence of" whom an action is done take part in it (h7_13, h17_11,
  h31_13, h32_12), and so do the body whose aircraft or helicopters took part (d40, h3_01,
  h6_07, h9_09, h13_01, h18_02), a body a party's delegation comes from ("a delegation
  from"), a body "in co-operation with" which it was done (h11_13) and one a course's
  facilitators came from (h20_12).

Probes written for other countries and styles."""

from __future__ import annotations

import pytest
from event_roles import roles_of

# (text, organizers, participants of the one event)
GATHERING_VERB_CASES: list[tuple[str, list[str], list[str]]] = [
    ("The Director of the Lithuanian Customs Criminal Service received on Tuesday a "
     "delegation of the Polish Border Guard in Vilnius. The sides discussed cooperation "
     "on the border.",
     ["Lithuanian Customs Criminal Service"], ["Polish Border Guard"]),
    ("On 18 November the Chief of the Royal Malaysia Police welcomed in Kuala Lumpur a "
     "delegation of the Royal Thai Police to discuss drug smuggling on the border.",
     ["Royal Malaysia Police"], ["Royal Thai Police"]),
    ("From 9 to 13 November 2026 the Caribbean Customs Law Enforcement Council ran a "
     "profiling course for 20 officers in Castries, Saint Lucia.",
     ["Caribbean Customs Law Enforcement Council"], []),
    ("The National Drug Law Enforcement Agency hosts a regional workshop on precursor "
     "control in Abuja from 16 to 18 November 2026.",
     ["National Drug Law Enforcement Agency"], []),
    ("Organised jointly by the Interpol Regional Bureau and the Kenya Police "
     "Service, a training course on controlled deliveries was held in Mombasa from 2 to 6 "
     "November 2026.",
     ["Interpol Regional Bureau", "Kenya Police Service"], []),
    ("A seminar on maritime interdiction, co-hosted by the Sri Lanka Navy and the Maldives "
     "Police Service, took place in Colombo on 12 November 2026.",
     ["Sri Lanka Navy", "Maldives Police Service"], []),
    ("The Head of the Border Police of Moldova met with the Ambassador of Romania in Chisinau "
     "on 12 November 2026 to discuss border security.",
     ["Border Police of Moldova"], ["Romania"]),
    ("The Jamaica Constabulary Force hosted a delegation from the Royal Canadian Mounted "
     "Police in Kingston on 12 November 2026 to discuss drug trafficking.",
     ["Jamaica Constabulary Force"], ["Royal Canadian Mounted Police"]),
    ("On 12 November 2026 the Narcotics Control Bureau trained 30 customs officers in "
     "Kathmandu on drug detection, with the support of UNODC.",
     ["Narcotics Control Bureau"], ["UNODC"]),
    ("From 2 to 6 November 2026 the Uganda Police Force held a course on drug detection in "
     "Entebbe for 30 officers. Facilitators came from the Kenya Police Service.",
     ["Uganda Police Force"], ["Kenya Police Service"]),
]


@pytest.mark.parametrize(("text", "organizers", "participants"), GATHERING_VERB_CASES)
def test_a_gathering_verb_names_its_organizer(
        text: str, organizers: list[str], participants: list[str]) -> None:
    events = roles_of(text)
    assert len(events) == 1
    assert events[0][1:] == (organizers, participants)


# (text, organizers, participants of the first event)
PRESENT_BODY_CASES: list[tuple[str, list[str], list[str]]] = [
    ("On 14 November 2026 the Zambia Police Service stopped a truck at Kazungula and found "
     "80 kg of cannabis; the load was opened in the presence of officers of the Zambia "
     "Revenue Authority.",
     ["Zambia Police Service"], ["Zambia Revenue Authority"]),
    ("On 12 November 2026 the Honduran Navy intercepted a go-fast boat with 900 kg of cocaine "
     "off Gracias a Dios after an aircraft of the Honduran Air Force spotted it.",
     ["Honduran Navy"], ["Honduran Air Force"]),
]


@pytest.mark.parametrize(("text", "organizers", "participants"), PRESENT_BODY_CASES)
def test_a_body_present_or_lending_craft_takes_part(
        text: str, organizers: list[str], participants: list[str]) -> None:
    events = roles_of(text)
    assert events
    assert events[0][1:] == (organizers, participants)

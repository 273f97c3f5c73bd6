"""Gathering verbs and joint cues (role_cues.jsonl, role_words.jsonl host_verb and
organizing_verb; session 32):

- a host verb with a time or place between it and its guest ("received on Monday a
  delegation of ...", "welcomed in Yerevan the delegation of ...") hosts the meeting;
- a body that runs, hosts, organizes, conducts or delivers a course, meeting or exercise
  (past or present tense: "ran a course", "hosts a workshop") organizes it;
- "organised jointly by", "co-hosted by": every body listed organizes;
- bodies "in the presence of" whom an action is done take part in it (h7_13, h17_11,
  h31_13, h32_12).

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
]


@pytest.mark.parametrize(("text", "organizers", "participants"), GATHERING_VERB_CASES)
def test_a_gathering_verb_names_its_organizer(
        text: str, organizers: list[str], participants: list[str]) -> None:
    events = roles_of(text)
    assert len(events) == 1
    assert events[0][1:] == (organizers, participants)


# (text, organizers, participants of the first event)
PRESENCE_CASES: list[tuple[str, list[str], list[str]]] = [
    ("On 14 November 2026 the Zambia Police Service stopped a truck at Kazungula and found "
     "80 kg of cannabis; the load was opened in the presence of officers of the Zambia "
     "Revenue Authority.",
     ["Zambia Police Service"], ["Zambia Revenue Authority"]),
]


@pytest.mark.parametrize(("text", "organizers", "participants"), PRESENCE_CASES)
def test_bodies_in_whose_presence_it_was_done_take_part(
        text: str, organizers: list[str], participants: list[str]) -> None:
    events = roles_of(text)
    assert events
    assert events[0][1:] == (organizers, participants)

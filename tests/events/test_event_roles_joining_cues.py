"""A body joined to the acting subject by a participation cue with no commas around it ("the
Police Department of X with the participation of the National Guard held the operation")
takes part; the subject before the cue still acts (the cue is a help cue, role_words.jsonl
helper), as with the other joining cues and as with commas (h26_04's class; probes written
for other countries and styles)."""

from __future__ import annotations

import pytest

import pressparse


def _roles(text: str) -> list[tuple[str, list[str], list[str]]]:
    doc = pressparse.extract(text, id="t", published="2026-11-20")
    return [(e.type, [m.text for m in e.organizers], [m.text for m in e.participants])
            for item in doc.items for e in item.events]


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
    # a gathering an organizing verb names keeps its organizer
    ("A regional meeting on drug trafficking was held in Bishkek on 12 November with the "
     "participation of UNODC and the CSTO Secretariat, organized by the Ministry of Internal "
     "Affairs of the Kyrgyz Republic.",
     ["Ministry of Internal Affairs of the Kyrgyz Republic"], ["UNODC", "CSTO Secretariat"]),
]


@pytest.mark.parametrize(("text", "organizers", "participants"), JOINED_SUBJECT_CASES)
def test_a_joined_body_takes_part_and_the_subject_acts(
        text: str, organizers: list[str], participants: list[str]) -> None:
    events = _roles(text)
    assert len(events) == 1
    assert events[0][1:] == (organizers, participants)

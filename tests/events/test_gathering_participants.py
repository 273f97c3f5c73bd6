"""Who takes part in a training or meeting: the bodies its trainees and experts come from
("officers of A, B and C began a course"; "experts from X explained ...")."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, org

from pressparse.events import assemble_events

GATHERING_CASES: list[tuple[str, list[str], list[str], list[str]]] = [
    # (text, ORG names in it, expected organizers, expected participants)
    ("Maritime course opens in the capital\n\n"
     "Twenty officers of the Judicial Police, the Coast Guard and the National Police began "
     "a course today on boarding vessels. The course is organised by the Maritime Crime "
     "Programme.",
     ["Judicial Police", "Coast Guard", "National Police", "Maritime Crime Programme"],
     ["Maritime Crime Programme"], ["Judicial Police", "Coast Guard", "National Police"]),
    ("Investigation course concludes\n\n"
     "A course on drug investigations, conducted by the Drug Department, concluded "
     "yesterday. It was attended by officers of the Customs Service and the Island Police.",
     ["Drug Department", "Customs Service", "Island Police"],
     ["Drug Department"], ["Customs Service", "Island Police"]),
    ("Regional workshop on precursors\n\n"
     "The Drug Commission held a workshop on precursor control on Monday. Experts from the "
     "Customs Academy explained how to use field testing kits.",
     ["Drug Commission", "Customs Academy"],
     ["Drug Commission"], ["Customs Academy"]),
    # the bodies before "attended"/"to attend" take part; "attended as observers" observe
    ("Police to host crime summit\n\n"
     "The Provincial Police will host the Northern Crime Summit from 20 to 22 January. More "
     "than 200 investigators from the districts, as well as Europol and the National Bureau "
     "of Investigation, are expected to attend.",
     ["Provincial Police", "Europol", "National Bureau of Investigation"],
     ["Provincial Police"], ["Europol", "National Bureau of Investigation"]),
    ("Seminar on synthetic drugs\n\n"
     "The Anti-Drug Directorate held a seminar on synthetic drugs on Monday. Delegates of the "
     "Port Authority and the Maritime Police attended the seminar.",
     ["Anti-Drug Directorate", "Port Authority", "Maritime Police"],
     ["Anti-Drug Directorate"], ["Port Authority", "Maritime Police"]),
    ("Course on container profiling\n\n"
     "The Financial Intelligence Unit held a training course on container profiling on "
     "Monday. The Central Bank and the Tax Authority attended as observers.",
     ["Financial Intelligence Unit", "Central Bank", "Tax Authority"],
     ["Financial Intelligence Unit"], []),
]


@pytest.mark.parametrize(("text", "names", "organizers", "participants"), GATHERING_CASES)
def test_gathering_participants(nlp, rules, text: str, names: list[str],
                                organizers: list[str], participants: list[str]) -> None:
    entities: list[Entity] = [(name, "ORG", org(name)) for name in names]
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    assert event["type"] in ("training", "meeting")
    assert [m["text"] for m in event["organizers"]] == organizers
    assert [m["text"] for m in event["participants"]] == participants

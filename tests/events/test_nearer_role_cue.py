"""An organizer cue does not reach past a participant cue nearer to the bodies ("carried out
by the regional police jointly with the Border Service"): those bodies take part; a help cue
right before an organizer cue ("together with officers of the Guard") still helps."""

from __future__ import annotations

import pytest
from event_docs import build_doc, org

from pressparse.events import assemble_events

LEAD = ("The operation was organized by the Drug Control Board and {body} "
        "From 2 to 20 June, 31 laboratories were dismantled.")
CASES = [
    pytest.param("carried out by the regional police jointly with the Border Service and "
                 "the Customs Committee.",
                 ["Drug Control Board"], ["Border Service", "Customs Committee"],
                 id="jointly-with-after-carried-out-by"),
    pytest.param("carried out by the Border Service and the Customs Committee.",
                 ["Drug Control Board", "Border Service", "Customs Committee"], [],
                 id="carried-out-by-alone"),
]
ENTITIES = [("Drug Control Board", "ORG", org("Drug Control Board")),
            ("Border Service", "ORG", org("Border Service")),
            ("Customs Committee", "ORG", org("Customs Committee"))]


@pytest.mark.parametrize(("body", "organizers", "participants"), CASES)
def test_nearer_participant_cue_wins(nlp, rules, body: str, organizers: list[str],
                                     participants: list[str]) -> None:
    events = assemble_events(build_doc(nlp, LEAD.format(body=body), ENTITIES), rules)
    assert [m["text"] for m in events[0]["organizers"]] == organizers
    assert [m["text"] for m in events[0]["participants"]] == participants

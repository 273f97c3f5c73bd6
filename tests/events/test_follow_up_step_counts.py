"""A count whose sentence is dated only by a later step of the same case, in a clause after
it, a day to three after the event ("were arrested and ..., then handed over to the police on
Monday 9 March"), stays the event's count; arrests dated themselves on a later day ("then
arrested three men on 6 February") are no count of the find."""

from __future__ import annotations

import pytest
from event_figures import Count, assert_counts

FIND = ("Coast guard intercepts a fishing boat with cocaine off Praia\n\n"
        "During the night of Sunday 8 March 2026, a patrol boat of the Coast Guard "
        "intercepted a fishing boat off Praia and found 34 bags containing 1.2 tonnes of "
        "cocaine. ")

# (text, published, expected counts)
CASES: list[tuple[str, str, list[Count]]] = [
    # a handover after the arrest, in a clause of its own
    (FIND + "The 5 crew members, of Guinean and Senegalese nationality, were arrested and "
     "taken to the naval base, then handed over to the Judiciary Police on Monday 9 March.",
     "2026-03-10", [(5, "arrests")]),
    # a court appearance the next day, coordinated with its own verb
    ("Customs find methamphetamine in a parcel at Nadi\n\n"
     "On 14 July 2026, officers of the Fiji Revenue and Customs Service at Nadi "
     "International Airport found 2.4 kg of methamphetamine in a parcel from Canada. Two "
     "local men were arrested at the scene and appeared before the Nadi Magistrates Court "
     "on Wednesday 15 July.",
     "2026-07-16", [(2, "arrests")]),
    # arrests on a later day, the date their own: not the find's count
    ("Police seize heroin at the port of Durres\n\n"
     "On 3 February 2026, customs officers at the port of Durres found 40 kg of heroin in a "
     "truck. Officers then arrested three men on 6 February.",
     "2026-02-08", []),
    # a step two weeks later is another period
    (FIND + "The 5 crew members were arrested and taken to the naval base, then handed over "
     "to the Judiciary Police on 23 March.",
     "2026-03-25", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_follow_up_step_keeps_count(text: str, published: str,
                                    expected: list[Count]) -> None:
    assert_counts(text, published, expected)

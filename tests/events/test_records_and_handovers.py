"""A person's record ("previously convicted of ...") types no court event, and a later day
told for a step after the arrest ("..., then handed over ... on Monday") makes no follow-up
arrests of its own."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

# (published, text, the events' types in order)
CASES: list[tuple[str, str, list[str]]] = [
    # the suspect's record in the lead, the find after it: a seizure, no court event
    ("2026-03-12",
     "Tartu police detain drug dealer\n"
     "On 10 March, officers of the Tartu police detained a 41-year-old local resident, "
     "previously convicted of drug crimes, in a rented flat. During the search, 2 kg of "
     "amphetamine and scales were found.",
     ["seizure"]),
    ("2026-03-12",
     "Border guards stop cocaine courier at Narva\n"
     "On 10 March, border guards at the Narva checkpoint found 3 kg of cocaine in a bus "
     "passenger's bag. The passenger, a man who had earlier been convicted of smuggling, was "
     "detained.",
     ["seizure"]),
    # arrested at the scene, handed over on a later day: one seizure, no later arrests
    ("2026-05-08",
     "Kenya Navy intercepts a dhow loaded with heroin off Lamu\n"
     "During the night of Sunday 3 May 2026, a patrol boat of the Kenya Navy intercepted a "
     "dhow about 15 nautical miles east of Lamu. The search of the boat revealed 34 bags "
     "containing 420 kg of heroin hidden under dried fish.\n"
     "The 6 crew members, of Pakistani and Iranian nationality, were arrested and conducted "
     "to the naval base of Mombasa, then handed over with the seized goods to the "
     "Anti-Narcotics Unit on Monday 4 May for the continuation of the investigation.",
     ["seizure"]),
]


@pytest.mark.parametrize(("published", "text", "types"), CASES)
def test_records_and_handovers_make_no_events_of_their_own(
        published: str, text: str, types: list[str]) -> None:
    events = [e for item in extract(text, published=published).items for e in item.events]
    assert [e.type for e in events] == types

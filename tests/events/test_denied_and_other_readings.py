"""Participants from role cues, end to end (our own wording): a denied role ("did not take
part") is none; a country after a cue but read in another phrase (a relative clause: "a truck
that had arrived from Afghanistan"; the place of a noun: "contacts in Colombia") takes no
part; a plain list after the cue still does."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, event type, expected participant countries of its first event)
CASES: list[tuple[str, str | None, str, list[str]]] = [
    ("Defence ministers meet in Cholpon-Ata\n"
     "On 10 October 2025, the council of defence ministers met in Cholpon-Ata. The ministers "
     "of Belarus, Kazakhstan and Russia took part in the meeting. The Armenian side did not "
     "take part in its work.",
     "2025-10-11", "meeting", ["BY", "KZ", "RU"]),
    ("Interior ministers hold talks in Dushanbe\n"
     "On 3 April 2025, interior ministers held a meeting in Dushanbe. Delegations of "
     "Kyrgyzstan and Uzbekistan took part; Turkmenistan never took part in such meetings.",
     "2025-04-04", "meeting", ["KG", "UZ"]),
    ("Hashish found in a truck at the border\n"
     "On 9 July 2025, at the Termez checkpoint, border guards together with customs officers "
     "inspected a truck that had arrived from Afghanistan and found 52 kg of hashish.",
     "2025-07-10", "seizure", []),
    ("Port employees jailed for cocaine imports\n"
     "On 2 March 2025, officers seized 900 kg of cocaine at the port of Rotterdam. The main "
     "suspect had organised the import together with contacts in Colombia and Belgium.",
     "2025-03-04", "seizure", []),
    ("Border guards hold a joint operation on the river border\n"
     "On 12 June 2025, the border guards conducted a joint operation together with "
     "Kazakhstan and Uzbekistan along the river and seized 30 kg of hashish.",
     "2025-06-13", "seizure", ["KZ", "UZ"]),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[2]}@{i}" for i, c in enumerate(CASES)])
def test_participant_countries(case: tuple[str, str | None, str, list[str]]) -> None:
    text, published, event_type, countries = case
    events = [e for item in pressparse.extract(text, published=published).items
              for e in item.events if e.type == event_type]
    assert events
    found = sorted(p.normalized["iso2"] for p in events[0].participants
                   if p.label in ("COUNTRY", "NORP") and p.normalized
                   and p.normalized.get("iso2"))
    assert found == countries

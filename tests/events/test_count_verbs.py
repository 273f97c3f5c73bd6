"""A verb governing a count decides what it counts (count_verbs.jsonl): premises, people or
vehicles searched or raided are searches, people checked are checks (vehicles checked stay
vehicles), plots inspected are inspections, also for the later members of the count's list
and for a passive after the counted noun; things seized in the same list keep their own
category. Parts of a total of people after a dash are no counts of their own, as after a
colon."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, [(value, category)] of every count, in text order)
CASES: list[tuple[str, str, list[tuple[float, str]]]] = [
    # Baltic police: the verb before a list's first count governs the next member too
    ("Police seize amphetamine in Tartu\n\n"
     "On 12 May 2025, during searches of nine apartments and four cars in Tartu, officers "
     "of the Estonian police found 3 kg of amphetamine.",
     "2025-05-14", [(9, "searches"), (4, "searches")]),
    # West African drug agency: a passive after the counted noun ("were raided")
    ("Agency raids drug dens in Kumasi\n\n"
     "On 12 May 2025, a total of 15 drug dens were raided in Kumasi and 40 suspects were "
     "arrested.",
     "2025-05-14", [(15, "searches"), (40, "arrests")]),
    # border police: people checked are checks, not arrests; vehicles checked stay vehicles
    ("Border police seize heroin at the Bajakovo crossing\n\n"
     "On 12 May 2025, officers of the border police checked 412 persons and 96 vehicles at "
     "the Bajakovo crossing and seized 2 kg of heroin.",
     "2025-05-14", [(412, "checks"), (96, "vehicles")]),
    ("Transport police results\n\n"
     "From 5 to 9 May 2025, during the operation at the Almaty railway station, 1,240 "
     "vehicles and about 3,900 passengers were checked and 3 kg of hashish was seized.",
     "2025-05-14", [(1240, "vehicles"), (3900, "checks")]),
    # poppy-season operation: plots inspected are inspections, not fields
    ("Police report on the poppy operation\n\n"
     "From 1 June to 31 August 2025, during the operation, officers inspected more than "
     "900 plots in the Gomel region and destroyed wild hemp.",
     "2025-09-02", [(900, "inspections")]),
    # weapons found after a search keep their own category
    ("Police search houses in Podgorica\n\n"
     "On 12 May 2025, police officers searched five houses in Podgorica and seized 12 "
     "pistols and 3 kg of cannabis.",
     "2025-05-14", [(5, "searches"), (12, "weapons")]),
    # a part of a total of people after a dash is a breakdown, no count of its own
    ("Border guards detain smugglers\n\n"
     "On 12 May 2025, border guards near Rafah detained three men – an Egyptian citizen and "
     "two local residents – while unloading 40 kg of hashish from a boat.",
     "2025-05-14", [(3, "arrests")]),
    ("Navy intercepts a semi-submersible\n\n"
     "On 12 May 2025, the navy seized 2 tonnes of cocaine from a semi-submersible off "
     "Tumaco; four crew members – three Colombian and one Venezuelan nationals – were "
     "arrested.",
     "2025-05-14", [(4, "arrests")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_counts_take_their_governing_verb(text: str, published: str,
                                          expected: list[tuple[float, str]]) -> None:
    doc = pressparse.extract(text, id="t", published=published)
    found = sorted((c.start, c.value, c.category) for item in doc.items
                    for e in item.events for c in e.counts)
    assert [(value, category) for _start, value, category in found] == expected

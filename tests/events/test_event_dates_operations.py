"""An operation's extent (our own wording): one month that sets it up, followed by its own
actions on later days, opens it ("In June 2025, detectives established Strike Force X ...
executed search warrants yesterday"): start only; told in phases or stages, it runs from
its start to its last dated stage; a range of its own stands."""

from __future__ import annotations

import pytest
from event_days import DateCase, assert_first_event_days, case_ids

# (text, published, event type, expected (start_date, end_date) of the first such event)
CASES: list[DateCase] = [
    # an Australian state police release
    ("Three charged after raids – Strike Force Kestrel\nTuesday, 14 October 2025 09:12:45 AM"
     "\n\nThree men have been charged after drugs were seized during search warrants, as part "
     "of an ongoing investigation.\n\nIn June 2025, detectives established Strike Force "
     "Kestrel to investigate the supply of cocaine to nightclubs.\n\nAbout 6am yesterday "
     "(Monday 13 October 2025), detectives executed search warrants at four homes in the "
     "western suburbs.\n\nDuring the searches, police seized 3.1kg of cocaine and $412,000 in "
     "cash.\n\nInvestigations under Strike Force Kestrel are continuing.",
     "2025-10-14", "operation", ("2025-06-01", None)),
    # a European police communiqué: a taskforce set up in a month, raids on later days
    ("Drug network dismantled in the north\nThe Hague, 20 November 2025\n\nIn March 2025 the "
     "regional police set up the investigation team Operation Harbour Light to trace a "
     "network importing cocaine through the port. On 17 and 18 November 2025, officers "
     "searched 14 addresses and arrested nine suspects. They seized 210 kg of cocaine and "
     "EUR 600,000 in cash.",
     "2025-11-20", "operation", ("2025-03-01", None)),
    # a Spanish force's release in translation: phases, each dated, after the start
    ("The Civil Guard dismantles a hashish network in the south\nMadrid, 21/02/2025\n\nThe "
     "Civil Guard, within the framework of the operation \"Sea Wall\", has dismantled a "
     "network that brought hashish from Morocco in fast boats.\n\nThe investigation began in "
     "May 2024, when agents detected a group supplying fuel to the boats.\n\nThe operation "
     "was developed in two phases. In the first, on 3 October 2024, agents intercepted a van "
     "in Algeciras with 900 kilos of hashish. Finally, on 11 and 12 February, 14 searches "
     "were carried out in Marbella, where the remaining 1,300 kilos of hashish were found.",
     None, "operation", ("2024-05-01", "2025-02-12")),
    # a judicial police communiqué: an investigation opened in a month, its operational
    # phase concluded with dated seizures and searches
    ("PRESS RELEASE – OPERATION \"WHITE WAVE\"\nLisbon, 16-10-2025\n\n1. The Judicial "
     "Police concluded the operational phase of Operation \"White Wave\", an investigation "
     "opened in March 2025 into a network importing cocaine by sea.\n\n2. On the 2nd of "
     "this month, inspectors examined a container at the port of Sines and found 900 "
     "kilograms of cocaine.\n\n3. On 13 and 14 October, 20 searches were carried out in "
     "the districts of Lisbon and Faro, in which five men were arrested.",
     None, "operation", ("2025-03-01", "2025-10-14")),
    # a press-conference transcript: its own range stands; 'the next stage' adds nothing
    ("Press conference on Operation Night Chemist\nKyiv, 7 November 2025\n\nHEAD OF "
     "DEPARTMENT: From 1 September to 5 November, we carried out operation \"Night "
     "Chemist\". Investigators seized more than 480 kilograms of drugs.\n\nHEAD OF "
     "DEPARTMENT: The largest laboratory was closed last Thursday, when we found 112 "
     "kilograms of mephedrone. The next stage is planned for December.",
     None, "operation", ("2025-09-01", "2025-11-05")),
    # a range of months is the operation's own extent
    ("Dealers' network broken up in the city\nROME, 12 November 2025 – The investigation, "
     "carried out by the provincial command between March 2024 and October 2025 under the "
     "name Operation Old Town, uncovered a network that sold cocaine in two quarters. "
     "Officers seized 7 kg of cocaine and arrested 12 people.",
     "2025-11-12", "operation", ("2024-03-01", "2025-10-31")),
]


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_operation_extent(case: DateCase) -> None:
    assert_first_event_days(case)

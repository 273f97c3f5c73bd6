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
    # a ministry's release: its stages dated one after the other in one sentence
    ("Results of the operation \"Kendyr-2025\"\nBishkek, 10 September 2025\n\nThe police "
     "completed the operation \"Kendyr-2025\" against wild hemp. The operation was carried "
     "out in two stages: the first from 5 May to 20 June, the second from 1 to 31 August. "
     "Officers destroyed 640 hectares of hemp and seized 2,100 kg of marijuana.",
     "2025-09-10", "operation", ("2025-05-05", "2025-08-31")),
    # phases of a week each in one sentence: the first start to the last end
    ("Customs wrap up a joint operation\nRiga, 3 April 2025\n\nThe joint customs operation "
     "was held in three phases, from 3 to 9 February, from 3 to 9 March and from 24 to 30 "
     "March. Officers seized 96 kg of cocaine and arrested 11 couriers.",
     "2025-04-03", "operation", ("2025-02-03", "2025-03-30")),
    # a phase beside the operational one is no stage of it
    ("Ports operation results\nLyon, 5 December 2025\n\nCustoms and police announced the "
     "results of Operation Harbour Net. The operational phase ran from 15 September to 30 "
     "November 2025, after a preparatory phase in July and August 2025. Officers seized "
     "4.2 tonnes of cocaine.",
     "2025-12-05", "operation", ("2025-09-15", "2025-11-30")),
]


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_operation_extent(case: DateCase) -> None:
    assert_first_event_days(case)

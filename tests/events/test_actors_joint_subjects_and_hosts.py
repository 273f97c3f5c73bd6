"""Session 35 roles: a subject joined to its partner by a help phrase with no comma ("X
together with Y held a seminar") organizes, the partner takes part; a gathering held at a
body's premises is hosted by that body; sources named with "intelligence shared by",
"information was received from", "with the collaboration of", "the aerial support of" and
"an expert invited by" take part; a local result's helper takes part in the result, not in
the national operation the result belongs to."""

from __future__ import annotations

import pytest
from event_roles import Roles, roles_of

ROLE_CASES: list[tuple[str, list[Roles]]] = [
    # (text, each event's type, organizers and participants)
    ("Seminar for police inspectors\n\nOn 2 November in Karaganda the Police Department of "
     "Karaganda region together with the Regional Center of Mental Health held a training "
     "seminar for 40 district police inspectors.",
     [("training", ["Police Department of Karaganda region"],
       ["Regional Center of Mental Health"])]),
    ("Course on container profiling\n\nThe Drug Enforcement Commission of Zambia in "
     "collaboration with the United Nations Office on Drugs and Crime will conduct a training "
     "in cargo profiling for 35 officers in Lusaka from 23 to 27 November.",
     [("training", ["Drug Enforcement Commission of Zambia"],
       ["United Nations Office on Drugs and Crime"])]),
    ("Dog handlers trained in Ahal\n\nFrom 20 to 31 October, a course for 26 dog handlers was "
     "held at the canine centre of the State Border Service of Turkmenistan in the Ahal "
     "velayat.",
     [("training", ["State Border Service of Turkmenistan"], [])]),
    ("Results discussed in Baku\n\nAt the operational meeting held yesterday in the Main "
     "Police Department of Baku the results of ten months were discussed.",
     [("meeting", ["Main Police Department of Baku"], [])]),
    ("Course for dog handlers\n\nFrom 20 to 31 October a course for 26 dog handlers was held "
     "at the canine centre of the State Border Service of Turkmenistan. An expert invited by "
     "the OSCE Centre in Ashgabat shared his experience.",
     [("training", ["State Border Service of Turkmenistan"], ["OSCE Centre in Ashgabat"])]),
    ("Cocaine in bananas\n\nOn 14 November, officers of the Customs Service of Ecuador, acting "
     "on intelligence shared by the Drug Enforcement Administration, found 410 kg of cocaine "
     "in a container at the port of Guayaquil.",
     [("seizure", ["Customs Service of Ecuador"], ["Drug Enforcement Administration"])]),
    ("Cocaine network dismantled\n\nOn 17 November the Toronto Police Service arrested 14 "
     "people and seized 30 kg of cocaine. The investigation began in May after information "
     "was received from the Canada Border Services Agency.",
     [("operation", ["Toronto Police Service"], ["Canada Border Services Agency"])]),
    ("Sailing boat intercepted\n\nOn 10 February agents of the National Police of Spain, with "
     "the collaboration of the National Crime Agency, intercepted a sailing boat with 900 kg "
     "of cocaine off Cadiz.",
     [("seizure", ["National Police of Spain"], ["National Crime Agency"])]),
    ("Boat stopped off Golfito\n\nOn 27 April the Coast Guard of Costa Rica, with the aerial "
     "support of the Air Surveillance Service, intercepted a boat with 1,200 kg of cocaine "
     "off Punta Burica.",
     [("seizure", ["Coast Guard of Costa Rica"], ["Air Surveillance Service"])]),
    # the helper of one local result takes part in that find only
    ("Operation Sahil-2026 results\n\nFrom 1 to 30 September the Main Department for "
     "Combating Drug Trafficking of the Ministry of Internal Affairs of Azerbaijan conducted "
     "the operation \"Sahil-2026\" in the southern regions. In total 120 kg of drugs were "
     "seized.\n\nOn 14 September officers of the Astara District Police Department together "
     "with the State Border Service of Azerbaijan found 30 kg of heroin in a truck at the "
     "Astara checkpoint.\n\nOn 20 September police officers in Lankaran found 12 kg of "
     "hashish in a house.",
     [("operation", ["Main Department for Combating Drug Trafficking of the Ministry of "
                     "Internal Affairs of Azerbaijan"], []),
      ("seizure", ["Astara District Police Department"], ["State Border Service of Azerbaijan"]),
      ("seizure", ["Main Department for Combating Drug Trafficking of the Ministry of "
                   "Internal Affairs of Azerbaijan"], [])]),
    # session 38: a venue body beside the named host does not organize (it does alone)
    ("Workshop on money trails\n\nThe Royal Oman Police will host from 13 to 15 December a "
     "workshop on financial investigations for 40 officers at the Sultan Qaboos Academy for "
     "Police Sciences in Nizwa.",
     [("training", ["Royal Oman Police"], [])]),
    ("Boarding course\n\nFrom 3 to 7 March a course on boarding of vessels was conducted by "
     "the Drug Enforcement Department of the Maldives Police Service at the Police Academy "
     "in Hulhumale.",
     [("training", ["Drug Enforcement Department of the Maldives Police Service"], [])]),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_CASES)
def test_joint_subjects_hosts_and_sources(text: str, expected: list[Roles]) -> None:
    assert roles_of(text) == expected

"""Session 36 roles: a regional body's member states listed after it ("from 10 Member States,
among them ...", "from all ASEAN Member States, including ...") take part, the body does not
(it still does when no state is listed); a second organizer joined to an organizing verb's
body ("organized by A together with B", also "together with the republic's Ministry of
Health") organizes, also when a headline lists it among those attending; two bodies acting
together are both subjects past their people ("BSF troops and the Punjab Police", "A and
border guards of B"); information exchanged with a body or shared through it makes it a
participant; the body under whose general coordination an operation ran organizes it; a
side a help cue names ("joint work with the Armenian side") takes part, a border's side
("crossed from the Afghan side") does not."""

from __future__ import annotations

import pytest
from event_roles import Roles, roles_of

ROLE_CASES: list[tuple[str, list[Roles]]] = [
    # (text, each event's type, organizers and participants)
    ("Regional experts meet in Lusaka\n\nThe 9th meeting of regional drug law enforcement "
     "experts was held in Lusaka from 3 to 5 November. The meeting was hosted by the Zambia "
     "Police Service and brought together 48 delegates from 10 Member States, among them "
     "Malawi, Namibia and Zimbabwe.",
     [("meeting", ["Zambia Police Service"], ["Malawi", "Namibia", "Zimbabwe"])]),
    ("Senior officials meet in Hanoi\n\nThe annual meeting of ASEAN senior officials on drug "
     "matters took place in Hanoi from 10 to 12 November. It was attended by about 90 "
     "delegates from all ASEAN Member States, including Cambodia, Laos and Myanmar.",
     [("meeting", [], ["Cambodia", "Laos", "Myanmar"])]),
    # no state listed: the body stands for its members
    ("Officers of the regional police met on 3 May in Kostanay. Police chiefs of the five "
     "CSTO member states attended the meeting.",
     [("meeting", [], ["CSTO"])]),
    ("Course for 30 officers of the National Anti-Drug Agency and the Uganda Police Force\n\n"
     "A course on field drug testing was organized by the National Anti-Drug Agency together "
     "with the Uganda Police Force in Jinja from 10 to 12 November.",
     [("training", ["National Anti-Drug Agency", "Uganda Police Force"], [])]),
    ("Operation Clean Streets\n\nFrom 1 to 10 June the operation 'Clean Streets-2026' is held "
     "in the Republic of Tatarstan. It is organized by the Ministry of Internal Affairs for "
     "the Republic of Tatarstan together with the republic's Ministry of Health.",
     [("operation", ["Ministry of Internal Affairs for the Republic of Tatarstan",
                     "Ministry of Health"], [])]),
    ("Heroin recovered near the border\n\nOn Tuesday morning, BSF troops and the Punjab "
     "Police recovered 1.5 kg of heroin near the village of Rajatal in Amritsar district.",
     [("seizure", ["BSF", "Punjab Police"], [])]),
    ("Couriers ambushed\n\nOn 7 September a mobile group of the Sughd Regional Department of "
     "the Drug Control Agency and border guards of the Isfara Border Detachment ambushed two "
     "couriers near the village of Vorukh and seized 8 kg of hashish.",
     [("seizure", ["Sughd Regional Department of the Drug Control Agency",
                   "Isfara Border Detachment"], [])]),
    ("Captagon found at port\n\nOn 18 November officers of the Aqaba Customs House found 300 "
     "kg of captagon in a truck at the Port of Aqaba. The inspection was done on the basis of "
     "information exchanged with the Directorate of Narcotics Control of Iraq.",
     [("seizure", ["Aqaba Customs House"], ["Directorate of Narcotics Control of Iraq"])]),
    ("Boat stopped off Kingstown\n\nOn 3 May the Coast Guard of Saint Vincent intercepted a "
     "boat with 200 kg of cocaine off Kingstown, acting on intelligence shared through the "
     "Joint Regional Communications Centre.",
     [("seizure", ["Coast Guard of Saint Vincent"], ["Joint Regional Communications Centre"])]),
    ("Results of Channel-Steppe summed up\n\nOn 15 October a meeting of the international "
     "coordination headquarters summing up the results of the international operation "
     "\"Channel-Steppe\" was held in Yerevan under the chairmanship of the Police of the "
     "Republic of Armenia. The operation was conducted under the general coordination of the "
     "CSTO Secretariat from 5 to 10 October.",
     [("operation", ["CSTO Secretariat"], []),
      ("meeting", ["Police of the Republic of Armenia"], [])]),
    ("Hashish seized\n\nIn the course of joint work with the Armenian side, border guards "
     "of the Bagratashen Directorate found 7 kg of hashish on 4 May.",
     [("seizure", ["Bagratashen Directorate"], ["Armenian"])]),
    ("Captagon seized\n\nActing on information from the Saudi side, officers of the Aqaba "
     "Customs House found 700 kg of captagon at the Port of Aqaba on 18 November.",
     [("seizure", ["Aqaba Customs House"], ["Saudi"])]),
    ("Couriers detained\n\nOn 4 May two couriers who had crossed the river from the Afghan "
     "side were detained by officers of the Panj Border Detachment with 12 kg of hashish.",
     [("seizure", ["Panj Border Detachment"], [])]),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_CASES)
def test_member_lists_co_organizers_and_subject_people(text: str,
                                                       expected: list[Roles]) -> None:
    assert roles_of(text) == expected

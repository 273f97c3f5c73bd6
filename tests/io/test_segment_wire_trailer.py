"""A wire story's sign-off set apart under its last paragraph (the wire's name or end mark,
then the desk's slashed initials) ends the story: the wire's slug, picture credit and source
lines under it are no part of it; a sentence under the sign-off stays. An agency's credit
right under the last sentence ("-- BERNAMA", "PTI SUM HVA") closes the story too and stays in
it; a press office's signature there does not. Pages of other wires and countries than the
sets that showed the classes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

# a Spanish wire: agency name, initials, then picture credit and source lines
AGENCY_INITIALS_OVER_CREDITS = Layout("agency_initials_over_credits", (
    "Spanish police dismantle hashish network in Algeciras port - eleven arrested\n"
    "\n"
    "Madrid (EFE) - The National Police dismantled a network that smuggled hashish through "
    "the port of Algeciras and arrested eleven people, the ministry said on Thursday.\n"
    "\n"
    "The agents seized 2.300 kilos of hashish hidden in a truck of peppers coming from "
    "Tanger Med.\n"
    "\n"
    "EFE  jlm/fr\n"
    "Foto: EFE/Policía Nacional\n"
    "Fuente: EFE\n"
), [
    ("Spanish police dismantle", "EFE  jlm/fr", None),
])

# a Dutch wire: end mark in brackets, initials, the wire's slug and a picture credit
END_MARK_INITIALS_OVER_SLUG = Layout("end_mark_initials_over_slug", (
    "Customs finds cocaine in banana boxes at Rotterdam terminal\n"
    "\n"
    "Rotterdam (ANP) - Customs officers found 430 kilos of cocaine in a container of bananas "
    "from Ecuador at a terminal in the port on Tuesday, the Public Prosecution Service said.\n"
    "\n"
    "No arrests have been made yet. The investigation continues.\n"
    "\n"
    "(Einde) kb/rs\n"
    "ANP0412  2027-03-09/14:05\n"
    "Beeld: ANP / Robin Utrecht\n"
), [
    ("Customs finds cocaine", "(Einde) kb/rs", None),
])

# a Swiss wire's sign-off closing the page: the story ends with it
END_MARK_INITIALS_LAST = Layout("end_mark_initials_last", (
    "Police seize cannabis plantation near Zurich\n"
    "\n"
    "Zurich (SDA) - The cantonal police found 1,200 cannabis plants in a hall in an "
    "industrial zone on Monday.\n"
    "\n"
    "Two men were arrested on the spot.\n"
    "\n"
    "(Schluss) tn/ra\n"
), [
    ("Police seize cannabis", "(Schluss) tn/ra", None),
])

# a sentence under the sign-off (a correction note) is the story's: the item keeps it
SENTENCE_UNDER_SIGNOFF = Layout("sentence_under_signoff", (
    "Border guards stop truck with cigarettes at Medyka crossing\n"
    "\n"
    "Warsaw (PAP) - Border guards found 48,000 packs of cigarettes without excise stamps in "
    "a truck carrying furniture at the Medyka crossing on Friday.\n"
    "\n"
    "pap  ak/mw\n"
    "This story was corrected to show the crossing's name.\n"
), [
    ("Border guards stop truck", "to show the crossing's name.", None),
])

# an agency's credit glued under the last sentence (an Indonesian, an Indian wire): kept
AGENCY_CREDIT_GLUED = Layout("agency_credit_glued", (
    "BNN seizes 35 kg of crystal meth from fishing boat off Aceh\n"
    "\n"
    "Banda Aceh (ANTARA) - The National Narcotics Agency seized 35 kilograms of crystal "
    "methamphetamine from a fishing boat off the coast of Aceh on Sunday.\n"
    "\n"
    "Three crew members were detained and the boat was towed to the port.\n"
    "-- ANTARA\n"
), [
    ("BNN seizes 35 kg", "towed to the port.\n-- ANTARA", None),
])

AGENCY_DESK_CODES_GLUED = Layout("agency_desk_codes_glued", (
    "NCB busts heroin supply ring in Amritsar, four held\n"
    "\n"
    "Amritsar, Mar 3 (IANS) The Narcotics Control Bureau arrested four men and seized 2.4 kg "
    "of heroin in raids across Amritsar, officials said on Monday.\n"
    "IANS SKS RPS\n"
), [
    ("NCB busts heroin", "on Monday.\nIANS SKS RPS", None),
])

# a press office's signature glued under the last sentence: no part of the story
OFFICE_SIGNATURE_GLUED = Layout("office_signature_glued", (
    "Border guards detain smuggler with 12 kg of hashish at Farap\n"
    "\n"
    "Officers of the State Border Service detained a man carrying 12 kilograms of hashish "
    "near the Farap checkpoint on Thursday. A criminal case has been opened.\n"
    "Press service of the State Border Service\n"
), [
    ("Border guards detain", "A criminal case has been opened.", None),
])

LAYOUTS = [
    AGENCY_CREDIT_GLUED,
    AGENCY_DESK_CODES_GLUED,
    OFFICE_SIGNATURE_GLUED,
    AGENCY_INITIALS_OVER_CREDITS,
    END_MARK_INITIALS_OVER_SLUG,
    END_MARK_INITIALS_LAST,
    SENTENCE_UNDER_SIGNOFF,
]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS, ("bounds", "crlf")))
def test_item_bounds_and_crlf(layout: Layout, check: Callable[[Layout], None]) -> None:
    """Where each item starts and ends, and the same items with CRLF line ends."""
    check(layout)

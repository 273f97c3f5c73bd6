"""Items under a document's header lines (a letterhead's fields set far apart, a wire's
priority line, an address line with phone and fax) open at the title or headline."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

LETTERHEAD_CODE_OVER_TITLE = Layout("letterhead_code_over_caps_title_and_date_line", (
    "AFRICAN UNION COMMISSION                                          AUC/DC/2027/12\n"
    "Department of Health, Humanitarian Affairs and Social Development\n"
    "SUMMARY OF THE THIRD MEETING OF THE CONTINENTAL DRUG CONTROL EXPERTS\n"
    "Addis Ababa                                                 14–15 April 2027\n"
    "Present: experts of Ghana, Kenya, Nigeria and South Africa.\n"
    "The meeting reviewed the seizures of cocaine at the ports of the Gulf of Guinea and "
    "agreed to hold a joint operation in the third quarter of 2027.\n"
), [("SUMMARY OF THE THIRD MEETING", "third quarter of 2027.",
     "SUMMARY OF THE THIRD MEETING OF THE CONTINENTAL DRUG CONTROL EXPERTS")])

WIRE_PRIORITY_LINE = Layout("wire_header_with_priority_over_headline", (
    "NORDIC NEWS SERVICE                                     PRIORITY: 2\n"
    "Finnish customs find 40 kg of amphetamine in a lorry at Vaalimaa\n"
    "01.03.2027 08:15  /nns/\n\n"
    "Finnish customs officers found 40 kg of amphetamine hidden in a lorry's load of "
    "timber at the Vaalimaa border crossing on Sunday, the customs service said.\n"
), [("Finnish customs find 40 kg", "the customs service said.",
     "Finnish customs find 40 kg of amphetamine in a lorry at Vaalimaa")])

LETTERHEAD_WITH_CONTACTS = Layout("letterhead_fields_and_contact_line_over_caps_headline", (
    "ROYAL MALAYSIA POLICE  |  CORPORATE COMMUNICATIONS            PR/2027/088\n"
    "Bukit Aman, Kuala Lumpur          Tel: 03 2262 6015   Fax: 03 2273 1326\n"
    "SYABU WORTH RM4 MILLION SEIZED IN PORT KLANG RAID\n\n"
    "Port Klang, 9 May 2027 - Police seized 120 kg of syabu in a raid on a warehouse in "
    "Port Klang on Friday and arrested three men.\n"
), [("SYABU WORTH RM4 MILLION", "arrested three men.",
     "SYABU WORTH RM4 MILLION SEIZED IN PORT KLANG RAID")])


@pytest.mark.parametrize(("layout", "check"), layout_cases(
    [LETTERHEAD_CODE_OVER_TITLE, WIRE_PRIORITY_LINE, LETTERHEAD_WITH_CONTACTS],
    ("bounds", "titles")))
def test_items_open_under_document_headers(layout: Layout, check: Callable[[Layout], None]
                                           ) -> None:
    check(layout)

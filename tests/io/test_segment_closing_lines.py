"""Lines closing a story under its last line (furniture.with_closing_lines): a wire desk's
initials ("vd/jad", "NTX/LBV/AB") right under the last line, an editor's or reporter's
credit ("[Editor: LMW]", "Reporter: ... / Editor: ...") right under it or one blank line
under it. They are inside the story's item, in a digest between two stories (the next
headline opens the next item) and at the page's end; the copyright and share lines under
them stay outside."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

from pressparse.io.segment_rules import load_segment_rules

DIGEST_INITIALS_RIGHT_UNDER = Layout("digest_initials_right_under_the_story", (
    "HINA English News Service\n"
    "Adriatic ports handle 4% more containers\n\n"
    "Rijeka, Oct 3 (HINA) - Croatian ports handled 412,000 containers in the first nine "
    "months, 4 percent more than a year earlier, the ports authority said on Friday.\n"
    "mk/tb\n"
    "Tourist nights up 2% in September\n\n"
    "Zagreb, Oct 3 (HINA) - Commercial accommodation registered 9.8 million tourist "
    "nights in September, up 2 percent year on year, the statistics office said.\n"
    "jl/tb\n"
    "(C) HINA 2027. All rights reserved.\n"
), [
    ("Adriatic ports handle", "the ports authority said on Friday.\nmk/tb",
     "Adriatic ports handle 4% more containers"),
    ("Tourist nights up", "the statistics office said.\njl/tb",
     "Tourist nights up 2% in September"),
])

CAPITAL_INITIALS_AT_PAGE_END = Layout("capital_initials_at_the_page_end", (
    "Customs seize 2 tonnes of cannabis resin at Tanger Med\n\n"
    "Tangier, 12 May 2027 (Agency) - Customs officers seized two tonnes of cannabis resin "
    "hidden in a lorry loaded with tomatoes at the port of Tanger Med, the customs "
    "administration said on Wednesday.\n"
    "The driver, a foreign national, was arrested.\n"
    "TNG/RBT/MA\n"
    "Share this article\n"
), [
    ("Customs seize 2 tonnes", "was arrested.\nTNG/RBT/MA",
     "Customs seize 2 tonnes of cannabis resin at Tanger Med"),
])


BRACKETED_EDITOR = Layout("bracketed_editor_credit_under_the_body", (
    "Vietnam seizes 300 kg of heroin hidden in tea packets\n\n"
    "HANOI, Jan. 9 (Agency) -- Vietnamese border guards seized 300 kg of heroin hidden in "
    "packets of green tea in a truck from Laos, the Ministry of Public Security said on "
    "Friday.\n"
    "Four suspects were detained.\n"
    "[Editor: LMW]\n"
    "Copyright 2027 Agency. All rights reserved.\n"
), [
    ("Vietnam seizes 300 kg", "Four suspects were detained.\n[Editor: LMW]",
     "Vietnam seizes 300 kg of heroin hidden in tea packets"),
])

REPORTER_AND_EDITOR = Layout("reporter_and_editor_lines_under_a_blank_line", (
    "Philippine coast guard intercepts shabu off Zambales\n\n"
    "Manila (Agency) - The coast guard seized 120 kilograms of shabu from a fishing boat "
    "off Zambales on Sunday, officials said.\n\n"
    "Reporter: Maria Santos\n"
    "Editor: Jose Reyes\n"
    "COPYRIGHT 2027\n"
    "Share: Facebook | X\n"
), [
    ("Philippine coast guard", "Reporter: Maria Santos\nEditor: Jose Reyes",
     "Philippine coast guard intercepts shabu off Zambales"),
])


# desk lines of other shapes (session 27: 6 texts of 5 agencies in four sets ended above
# theirs): an agency code beside lower-case initials, a bracketed agency name before them,
# two capital parts of three letters or more, a filing time after capital initials; a
# masked contact line or the masked rest of the last line between story and desk line.
AGENCY_CODE_UNDER_CONTACT = Layout("agency_code_initials_under_a_contact_line", (
    "Riga port cargo turnover falls 6 percent\n\n"
    "RIGA, 14 March (LETA) - Cargo handled at the Freeport of Riga fell 6 percent in "
    "February to 1.4 million tonnes, the port authority said on Thursday.\n"
    "Information desk of the port: +371 6700 0000.\n"
    "vl/LETA\n"
    "Read more: Business | Transport\n"
), [
    ("Riga port cargo", "+371 6700 0000.\nvl/LETA", "Riga port cargo turnover falls 6 percent"),
])

FILING_TIME_DIGEST = Layout("capital_initials_with_filing_time_in_a_digest", (
    "Coffee farmers in Nyeri get new seedlings\n\n"
    "NYERI, Friday (KNA) - The county government distributed 80,000 coffee seedlings to "
    "farmers' cooperatives in Mathira and Tetu on Friday.\n\n"
    "KNA/JWK/0915\n\n"
    "Mombasa ferry schedule changes for repairs\n\n"
    "MOMBASA, Friday (KNA) - The Likoni ferry will run on a reduced schedule for two weeks "
    "while one vessel is repaired, the ferry services said.\n\n"
    "KNA/AMO/1140\n"
), [
    ("Coffee farmers", "Mathira and Tetu on Friday.\n\nKNA/JWK/0915",
     "Coffee farmers in Nyeri get new seedlings"),
    ("Mombasa ferry", "the ferry services said.\n\nKNA/AMO/1140",
     "Mombasa ferry schedule changes for repairs"),
])

BRACKETED_AGENCY_INITIALS = Layout("bracketed_agency_name_and_initials", (
    "Novi Sad fair draws 120,000 visitors\n\n"
    "NOVI SAD, May 20 (Tanjug) - The agricultural fair in Novi Sad closed on Sunday after "
    "drawing 120,000 visitors, eight percent more than last year, the organisers said.\n"
    "(Tanjug) dj\n"
    "(c) Tanjug 2027. All rights reserved.\n"
), [
    ("Novi Sad fair", "the organisers said.\n(Tanjug) dj", "Novi Sad fair draws 120,000 visitors"),
])

SLASHED_INITIALS_OVER_END = Layout("bracketed_agency_slashed_initials_over_end_line", (
    "Ferry traffic to the islands up 6 percent\n\n"
    "AARHUS, 4 May - Ferries to the Kattegat islands carried 6 percent more cars in April "
    "than a year earlier, the operator said on Monday.\n"
    "(Ritzau) /ab/cd\n"
    "END\n"
), [
    ("Ferry traffic", "the operator said on Monday.\n(Ritzau) /ab/cd",
     "Ferry traffic to the islands up 6 percent"),
])

TWO_PART_INITIALS_UNDER_ADDRESS = Layout("two_capital_parts_under_a_masked_web_address", (
    "Bolivian customs seize 40,000 litres of smuggled diesel\n\n"
    "La Paz, 3 June (ABI).- Customs officers seized 40,000 litres of diesel in three "
    "tanker lorries near the border with Peru, the customs agency said. More details: "
    "(2) 241-0000 / www.aduana.example.bo\n"
    "ABI/MGS\n"
    "Tags: #Customs #Fuel\n"
), [
    ("Bolivian customs", "www.aduana.example.bo\nABI/MGS",
     "Bolivian customs seize 40,000 litres of smuggled diesel"),
])

# session 38: a labelled photo caption that tells something, closed by its credit, right
# under the body is inside; a credit line naming only the body is outside
TOLD_CAPTION = Layout("labelled_caption_under_the_body", (
    "Navy intercepts go-fast boat off the south coast\n\n"
    "KINGSTON, March 4 - The navy intercepted a go-fast boat carrying 600 pounds of "
    "cannabis off the south coast on Tuesday, the force said.\n"
    "PHOTO: Sailors unload the bales of cannabis at the naval base on March 4. (Navy Photo)\n"
    "Share  |  Print  |  Email\n"
), [
    ("Navy intercepts", "at the naval base on March 4. (Navy Photo)",
     "Navy intercepts go-fast boat off the south coast"),
])
CREDIT_ONLY_PHOTO_LINE = Layout("photo_credit_naming_the_body_stays_outside", (
    "Navy intercepts go-fast boat off the south coast\n\n"
    "KINGSTON, March 4 - The navy intercepted a go-fast boat carrying 600 pounds of "
    "cannabis off the south coast on Tuesday, the force said.\n"
    "Photo: Press office of the Navy\n"
    "Share  |  Print  |  Email\n"
), [
    ("Navy intercepts", "on Tuesday, the force said.",
     "Navy intercepts go-fast boat off the south coast"),
])
CONTACT_LINE_ALONE = Layout("contact_line_with_no_desk_line_stays_outside", (
    "Riga airport passengers up 9 percent\n\n"
    "RIGA, 2 April (LETA) - Riga International Airport served 610,000 passengers in March, "
    "9 percent more than a year earlier, the airport said on Tuesday.\n"
    "Information desk of the airport: +371 6700 1111.\n"
    "Read more: Business | Transport\n"
), [
    ("Riga airport", "the airport said on Tuesday.", "Riga airport passengers up 9 percent"),
])


@pytest.mark.parametrize(("layout", "check"), layout_cases(
    [DIGEST_INITIALS_RIGHT_UNDER, CAPITAL_INITIALS_AT_PAGE_END, BRACKETED_EDITOR,
     REPORTER_AND_EDITOR, AGENCY_CODE_UNDER_CONTACT, FILING_TIME_DIGEST,
     BRACKETED_AGENCY_INITIALS, TWO_PART_INITIALS_UNDER_ADDRESS, CONTACT_LINE_ALONE,
     SLASHED_INITIALS_OVER_END, TOLD_CAPTION, CREDIT_ONLY_PHOTO_LINE]))
def test_closing_lines_stay_inside(layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)


@pytest.mark.parametrize(("line", "desk_line"), [
    ("fj/MTI", True),  # lower-case initials, then the agency's code
    ("ANSA/gd", True),  # the agency's code, then the initials
    ("(Hina) mm", True),  # the agency's name in brackets, then the initials
    ("(Lusa) jr/pt", True),
    ("(Ritzau) /ms/kh", True),  # the initials after a slash
    ("DMC/RRC", True),  # two capital parts of three letters or more
    ("BSS/AR/JAS/1545", True),  # capital initials with the filing time
    ("NTX/MGA/AVC", True),
    ("KT/mb/AGN", True),  # the desk's code, the initials and the agency's code (session 38)
    ("US/UK", False),  # two short capital parts: no slug
    ("(Reuters) The", False),
    ("Reporter: Ana Lima", False),  # a credit, no desk line
])
def test_desk_line_shapes(line: str, desk_line: bool) -> None:
    assert (load_segment_rules().any_desk_initials.fullmatch(line) is not None) is desk_line

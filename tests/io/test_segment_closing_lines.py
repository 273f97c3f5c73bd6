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



@pytest.mark.parametrize(("layout", "check"), layout_cases(
    [DIGEST_INITIALS_RIGHT_UNDER, CAPITAL_INITIALS_AT_PAGE_END, BRACKETED_EDITOR,
     REPORTER_AND_EDITOR]))
def test_closing_lines_stay_inside(layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)

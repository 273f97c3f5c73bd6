"""A wire desk's initials on the line right under a story's last line ("vd/jad", "NTX/
LBV/AB") close the story: they are inside its item, in a digest between two stories (the
next headline opens the next item) and at the page's end over its copyright line (outside)."""

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


@pytest.mark.parametrize(("layout", "check"), layout_cases(
    [DIGEST_INITIALS_RIGHT_UNDER, CAPITAL_INITIALS_AT_PAGE_END]))
def test_desk_initials_close_the_story(layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)

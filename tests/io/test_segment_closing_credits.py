"""An editor's or reporter's credit closing a story on a line of its own ("[Editor: LMW]",
"Reporter: ... / Editor: ...") stays inside the story's item, right under its last line or
one blank line under it, as desk initials do; the copyright and share lines under it stay
outside."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

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
    [BRACKETED_EDITOR, REPORTER_AND_EDITOR]))
def test_closing_credits_stay_inside(layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)

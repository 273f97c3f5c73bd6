"""Teletype framing (samples/README.md, "Items"): a wire message sent as "ZCZC" and its
routing lines (message number, dashed slug, priority word) over the headline, closed by
"ENDIT" / "NNNN", is one item from its headline to its desk line; the frame lines are outside
every item, and each frame closes the message above it (upper-case and mixed-case wires)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

from pressparse.io.segment import segment

CAPS_WIRE = Layout("caps_wire_zczc_endit_nnnn", (
    "ZCZC MNT0341 2 MNG /CUSTOMS-DRUGS/\n"
    "URGENT\n"
    "CUSTOMS OFFICERS FIND 6 KG OF HASHISH IN A COAL TRUCK AT GASHUUNSUKHAIT\n"
    "ULAANBAATAR, MARCH 4 (MONTSAME) -- CUSTOMS OFFICERS AT THE GASHUUNSUKHAIT BORDER "
    "CROSSING FOUND 6 KG OF HASHISH HIDDEN UNDER THE COAL OF A TRUCK BOUND FOR CHINA.\n"
    "THE DRIVER, A 41-YEAR-OLD MAN, WAS HANDED OVER TO THE POLICE.\n"
    "MNT/MONTSAME BD\n"
    "ENDIT 0341\n"
    "NNNN\n\n"
    "ZCZC MNT0346 3 MNG /POLICE-MEETING/\n"
    "POLICE CHIEFS OF MONGOLIA AND BURYATIA MEET ON BORDER CRIME\n"
    "ULAANBAATAR, MARCH 4 (MONTSAME) -- THE GENERAL POLICE DEPARTMENT HOSTED A MEETING "
    "WITH THE POLICE OF BURYATIA ON DRUG TRAFFICKING ACROSS THE BORDER.\n"
    "MNT/MONTSAME OT\n"
    "ENDIT 0346\n"
    "NNNN\n"
), [
    ("CUSTOMS OFFICERS FIND 6 KG", "MNT/MONTSAME BD",
     "CUSTOMS OFFICERS FIND 6 KG OF HASHISH IN A COAL TRUCK AT GASHUUNSUKHAIT"),
    ("POLICE CHIEFS OF MONGOLIA", "MNT/MONTSAME OT",
     "POLICE CHIEFS OF MONGOLIA AND BURYATIA MEET ON BORDER CRIME"),
])

MIXED_CASE_WIRE = Layout("mixed_case_wire_zczc_slug_lines", (
    "ZCZC\n"
    "PAP0918 3 ECO 0204 ENG\n"
    "BC-POLAND-PORTS-GDANSK\n"
    "Gdansk container traffic up 11 percent in first quarter\n\n"
    "GDANSK, April 9 (PAP) - The port of Gdansk handled 612,000 containers in the first "
    "quarter, 11 percent more than a year earlier, the port authority said on Wednesday.\n"
    "The terminal expects to pass two million containers this year.\n"
    "(PAP) kw/ad\n"
    "NNNN\n\n"
    "ZCZC\n"
    "PAP0925 4 DOM 0150 ENG\n"
    "BC-POLAND-RAIL-KRAKOW\n"
    "Krakow airport rail link to run every 15 minutes\n\n"
    "KRAKOW, April 9 (PAP) - Trains between Krakow and its airport will run every 15 "
    "minutes from June, the regional rail company said.\n"
    "(PAP) ms/ad\n"
    "NNNN\n"
), [
    ("Gdansk container traffic", "(PAP) kw/ad",
     "Gdansk container traffic up 11 percent in first quarter"),
    ("Krakow airport rail link", "(PAP) ms/ad", "Krakow airport rail link to run every 15 minutes"),
])

ONE_MESSAGE = Layout("one_framed_message", (
    "ZCZC RSS0112 2 NPL /DRUGS/\n"
    "PRIORITY\n"
    "Police seize 25 kg of hashish in Sindhupalchok\n"
    "KATHMANDU, June 2 (RSS) -- Police in Sindhupalchok district seized 25 kg of hashish "
    "from a house in Barhabise on Sunday and arrested two men, the district police office "
    "said.\n"
    "NPL/RSS KT\n"
    "ENDIT\n"
    "NNNN\n"
), [
    ("Police seize 25 kg", "NPL/RSS KT", "Police seize 25 kg of hashish in Sindhupalchok"),
])

LAYOUTS = [CAPS_WIRE, MIXED_CASE_WIRE, ONE_MESSAGE]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS))
def test_framed_wire_messages_are_items_without_their_frames(
        layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)


@pytest.mark.parametrize("text", [
    # no frame: a priority word or a dashed code on a line of its own stays the item's
    "URGENT\nPolice ask drivers to avoid the ring road\n\nThe road is closed after a crash "
    "near the river bridge, police said on Monday.\n",
    "Code of the operation: NORTH-STAR-2026\n\nOfficers of three districts took part in the "
    "raids, the police said.\n",
])
def test_lines_of_frame_shape_outside_a_frame_stay_in_the_item(text: str) -> None:
    segments = segment(text)
    assert [text[s.start:s.end] for s in segments] == [text.strip()]

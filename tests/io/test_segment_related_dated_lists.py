"""A related list under a story (samples/README.md, "Items"): an entry carrying its own date
(a headline link with its date, or a date and its lead) is an item of its own, also when
the list's lines run on with no blank line between them, when the story closes with a
wire's credit line, or when bullets open the entries; the heading is furniture. A list of
dates set into a story under no masked heading stays in the story."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

from pressparse.io.segment import segment

BULLETED_LINKS = Layout("related_bulleted_links_dated", (
    "Police seize 62 kg of cannabis at Lautoka wharf\n\n"
    "Lautoka, 3 March 2026 - Officers of the Fiji Police Force Narcotics Bureau found 62 kg "
    "of dried cannabis in a container of root crops at Lautoka wharf on Monday.\n\n"
    "Two men are in custody and will appear before the Lautoka Magistrates Court.\n\n"
    "Related news\n"
    "• Nadi farmer arrested over cannabis farm in the highlands — 02.03.2026\n"
    "• Police and customs train sniffer dog handlers in Suva — 26.02.2026\n"
), [
    ("Police seize 62 kg", "Lautoka Magistrates Court.",
     "Police seize 62 kg of cannabis at Lautoka wharf"),
    ("• Nadi farmer arrested", "— 02.03.2026", None),
    ("• Police and customs train", "— 26.02.2026", None),
])

CREDIT_THEN_LINK = Layout("related_link_under_wire_credit", (
    "Namibia's fish exports rise 7 percent in 2026\n\n"
    "Windhoek, Jan. 12 (Nampa) -- Namibia exported fish and fish products worth N$12.4 "
    "billion last year, 7 percent more than in 2025, the fisheries ministry said on Monday.\n\n"
    "Hake made up more than half of the exports, most of it sold to Spain.\n\n"
    "(Nampa) J.K/L.M\n"
    "Related news\n"
    "Walvis Bay port handles record cargo in December - 08/01/2027\n"
), [
    ("Namibia's fish exports", "(Nampa) J.K/L.M", "Namibia's fish exports rise 7 percent in 2026"),
    ("Walvis Bay port handles", "- 08/01/2027", None),
])

DATED_LEADS = Layout("related_dated_entry_with_lead", (
    "Coast guard finds 45 bales of cocaine drifting off Carriacou\n\n"
    "St. George's, 9 April 2026 - A coast guard patrol recovered 45 bales of cocaine floating "
    "eight nautical miles east of Carriacou on Tuesday, the Royal Grenada Police Force said.\n\n"
    "Fishermen who find such packages are asked to call the coast guard at once.\n\n"
    "Related stories\n\n"
    "- 2 April 2026 — Police and coast guard hold joint patrol off Petite Martinique: "
    "Officers boarded nine fishing boats during the two-day patrol.\n"
), [
    ("Coast guard finds 45 bales", "call the coast guard at once.",
     "Coast guard finds 45 bales of cocaine drifting off Carriacou"),
    ("- 2 April 2026", "during the two-day patrol.", None),
])

LAYOUTS = [BULLETED_LINKS, CREDIT_THEN_LINK, DATED_LEADS]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS, ("bounds", "crlf")))
def test_dated_entries_of_a_related_list_are_items(
        layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)


def test_a_list_of_dates_inside_a_story_stays_in_the_story() -> None:
    text = ("Court sets dates for the trial of the port cocaine ring\n\n"
            "Quito, 4 March 2026 - The national court set the dates of the trial of eleven men "
            "charged over 2.1 tonnes of cocaine found in banana boxes, the prosecutor said.\n\n"
            "The hearings will run as follows:\n"
            "- Opening of the trial — 12 May 2026\n"
            "- Evidence of the customs officers — 19 May 2026\n"
            "- Closing arguments — 2 June 2026\n\n"
            "The men deny the charges.\n")
    assert [text[s.start:s.end] for s in segment(text)] == [text.strip()]

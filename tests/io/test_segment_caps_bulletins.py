"""Bulletins written in capitals whose cases follow one another with no blank line between
the last sentence of a case and the next case's headline: a line in capitals closing a
paragraph, under a sentence, with a paragraph of prose after the blank line under it, is
that prose's headline and opens the next item; so does one over a headline over prose (a
round-up's day heading, written over each of its stories). A closing line in capitals with
nothing after it stays in the last item."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

DISTRICT_CASES = Layout("caps_district_cases_glued", (
    "BELIZE POLICE DEPARTMENT\n"
    "PRESS OFFICE\n\n"
    "DAILY OPERATIONS REPORT - DRUG SEIZURES\n\n"
    "BELMOPAN - THE BELIZE POLICE DEPARTMENT REPORTS THE FOLLOWING "
    "SEIZURES MADE OVER THE WEEKEND BY ITS DISTRICT UNITS.\n"
    "ORANGE WALK - 310 POUNDS OF CANNABIS FOUND IN SUGAR CANE FIELD\n\n"
    "OFFICERS OF THE ORANGE WALK DIVISION FOUND 310 POUNDS OF CANNABIS HIDDEN IN A SUGAR "
    "CANE FIELD NEAR SAN ESTEVAN ON SATURDAY. NO ARREST WAS MADE.\n"
    "TOLEDO - TWO MEN DETAINED WITH COCAINE AT PUNTA GORDA PIER\n\n"
    "ON SUNDAY, MARCH 7, OFFICERS AT THE PUNTA GORDA PIER DETAINED TWO MEN ARRIVING FROM "
    "GUATEMALA WITH 4 KILOGRAMS OF COCAINE IN A COOLER.\n"
), [
    ("DAILY OPERATIONS REPORT", "BY ITS DISTRICT UNITS.",
     "DAILY OPERATIONS REPORT - DRUG SEIZURES"),
    ("ORANGE WALK - 310 POUNDS", "NO ARREST WAS MADE.",
     "ORANGE WALK - 310 POUNDS OF CANNABIS FOUND IN SUGAR CANE FIELD"),
    ("TOLEDO - TWO MEN", "WITH 4 KILOGRAMS OF COCAINE IN A COOLER.",
     "TOLEDO - TWO MEN DETAINED WITH COCAINE AT PUNTA GORDA PIER"),
])

TELETYPE_BRIEFS = Layout("caps_teletype_briefs_glued", (
    "CUSTOMS SEIZE HEROIN IN CARPET SHIPMENT AT KARACHI PORT\n\n"
    "KARACHI, APRIL 2 - CUSTOMS OFFICERS SEIZED 36 KILOGRAMS OF HEROIN SEWN INTO CARPETS "
    "BOUND FOR EUROPE, AN OFFICIAL SAID ON TUESDAY.\n"
    "ANTI-NARCOTICS FORCE ARRESTS COURIER AT LAHORE AIRPORT\n\n"
    "LAHORE, APRIL 2 - THE ANTI-NARCOTICS FORCE ARRESTED A PASSENGER BOUND FOR DOHA WHO HAD "
    "SWALLOWED 64 CAPSULES OF HEROIN, A SPOKESMAN SAID.\n"
), [
    ("CUSTOMS SEIZE HEROIN", "AN OFFICIAL SAID ON TUESDAY.",
     "CUSTOMS SEIZE HEROIN IN CARPET SHIPMENT AT KARACHI PORT"),
    ("ANTI-NARCOTICS FORCE ARRESTS", "A SPOKESMAN SAID.",
     "ANTI-NARCOTICS FORCE ARRESTS COURIER AT LAHORE AIRPORT"),
])

# a closing line in capitals with nothing under it is the release's own, no headline
CLOSING_CAPS_LINE = Layout("caps_closing_line_stays", (
    "POLICE SEIZE 90 KILOGRAMS OF CANNABIS IN KASANE\n\n"
    "OFFICERS OF THE KASANE STATION SEIZED 90 KILOGRAMS OF CANNABIS FROM A MINIBUS AT A "
    "ROADBLOCK ON FRIDAY. THE DRIVER WAS ARRESTED.\n"
    "ISSUED BY THE POLICE PUBLIC RELATIONS OFFICE\n"
), [
    ("POLICE SEIZE 90 KILOGRAMS", "ISSUED BY THE POLICE PUBLIC RELATIONS OFFICE",
     "POLICE SEIZE 90 KILOGRAMS OF CANNABIS IN KASANE"),
])

# a weekly round-up with no blank line anywhere: a day's heading in capitals under the last
# sentence, over the next story's headline and its prose, opens that story's item
DAY_HEADED_ROUNDUP = Layout("caps_day_headings_over_headlines", (
    "Borders and Crime: The Week in Review, 9-15 June\n"
    "By Tamar Beridze | 15.06.2026\n"
    "Our weekly summary of the main security stories of the region.\n"
    "TUESDAY, 10 JUNE\n"
    "Two held at the northern checkpoint with heroin\n"
    "Border officers detained two drivers with 3 kilograms of heroin hidden in a spare tyre "
    "at the northern checkpoint on Tuesday.\n"
    "FRIDAY, 13 JUNE\n"
    "Cannabis field destroyed near the river\n"
    "Police destroyed about 2,000 cannabis plants on a plot near the river, the ministry "
    "said on Friday.\n"
    "SUNDAY, 15 JUNE\n"
    "Customs find pills in a parcel from abroad\n"
    "Customs officers found 600 tramadol tablets in a parcel sent by post from abroad, the "
    "service said.\n"
), [
    ("Borders and Crime", "security stories of the region.",
     "Borders and Crime: The Week in Review, 9-15 June"),
    ("TUESDAY, 10 JUNE", "checkpoint on Tuesday.",
     "Two held at the northern checkpoint with heroin"),
    ("FRIDAY, 13 JUNE", "the ministry said on Friday.",
     "Cannabis field destroyed near the river"),
    ("SUNDAY, 15 JUNE", "the service said.",
     "Customs find pills in a parcel from abroad"),
])


@pytest.mark.parametrize(("layout", "check"), layout_cases(
    [DISTRICT_CASES, TELETYPE_BRIEFS, CLOSING_CAPS_LINE, DAY_HEADED_ROUNDUP],
    ("bounds", "titles")))
def test_caps_bulletins(layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)

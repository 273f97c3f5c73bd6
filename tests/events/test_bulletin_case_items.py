"""Events of a periodic bulletin split into items (samples/README.md, Items, session 36):
a case under a place heading written as an incident record ("Incident:", "Date & time:",
"Place:", "Details:") is dated and placed by its own fields, not read as a release's header
lines; the overview under a daily or weekend report's title compiles the period (other); a
bulletin's title alone over its cases is no event. Wording of its own, none from a sample."""

from __future__ import annotations

import pytest

import pressparse

RECORD_BULLETIN = (
    "WEEKEND CRIME REPORT: FRIDAY 6 – SUNDAY 8 MARCH\n\n"
    "During the weekend, members of the drug unit and regional police arrested 9 suspects "
    "for dealing in drugs. Selected incidents:\n\n"
    "NORTHERN REGION\n"
    "Incident: Dealing in drugs\n"
    "Date & time: Saturday, 07/03 at 14:20\n"
    "Place: Rundu\n"
    "Details: Officers searched a house and found cannabis weighing 4 kg.\n"
    "Suspect(s): 1 x male (30) arrested.\n\n"
    "COASTAL REGION\n"
    "Incident: Possession of drugs\n"
    "Date & time: Sunday, 08/03 at about 10:00\n"
    "Place: Swakopmund\n"
    "Details: A patrol stopped a taxi and found 60 mandrax tablets on a passenger.\n"
    "Suspect(s): 1 x male (26) arrested.\n")

# (case heading, expected day, expected place)
RECORD_CASES = [("NORTHERN REGION", "2027-03-07", "Rundu"),
                ("COASTAL REGION", "2027-03-08", "Swakopmund")]


@pytest.mark.parametrize(("heading", "day", "place"), RECORD_CASES)
def test_a_record_case_is_dated_and_placed_by_its_fields(heading: str, day: str,
                                                         place: str) -> None:
    doc = pressparse.extract(RECORD_BULLETIN, id="t", published="2027-03-09")
    (item,) = [i for i in doc.items if i.title == heading]
    (event,) = item.events
    assert (event.type, event.start_date, event.end_date) == ("seizure", day, day)
    assert event.location is not None and event.location.text == place


def test_a_weekend_report_overview_compiles_the_period() -> None:
    doc = pressparse.extract(RECORD_BULLETIN, id="t", published="2027-03-09")
    assert [e.type for e in doc.items[0].events] == ["other"]


# a bulletin's title directly over its first numbered case, then its cases
TITLE_OVER_CASES = (
    "Weekly drug roundup: Police Department of the Coastal Province\n"
    "1. On 2 March, officers of the harbour police found 3 kg of heroin in a fishing boat. "
    "The skipper was detained.\n"
    "2. On 4 March, a patrol seized 900 grams of cocaine from a taxi passenger near the "
    "airport.\n")


def test_a_bulletin_title_alone_is_no_event() -> None:
    doc = pressparse.extract(TITLE_OVER_CASES, id="t", published="2027-03-09")
    assert len(doc.items) == 3
    assert doc.items[0].events == []
    assert [e.type for item in doc.items[1:] for e in item.events] == ["seizure", "seizure"]

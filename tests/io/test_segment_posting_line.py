"""The posting line of a page holding one story ("2027-03-12 10:15", "Crime | 12/03/2027 |
09:40" between the site's name and the headline) is page furniture like the head above it:
outside the item, which still takes its date from it. In a listing each entry's date line
opens its entry."""

from __future__ import annotations

import pytest

from pressparse.io.segment import segment
from pressparse.io.segment_rules import is_date_line, load_segment_rules

AGENCY_STORY = (
    "Vietnam News Agency\n"
    "2027-03-12 10:15\n"
    "Border guards seize 48 kg of heroin on the Lao frontier\n\n"
    "HANOI, March 12 (VNA) -- Border guards in Dien Bien province seized 48 kg of heroin "
    "from two men crossing the mountains from Laos on foot, the border command said.\n\n"
    "The two men were handed over to the provincial police for investigation.\n"
)
PORTAL_STORY = (
    "THE NAIROBI LEDGER\n"
    "Crime | 12/03/2027 | 09:40\n"
    "Anti-narcotics officers intercept cocaine at the airport in Nairobi\n"
    "Officers of the Anti-Narcotics Unit arrested a passenger arriving from São Paulo with "
    "3 kg of cocaine in the lining of his suitcase on Thursday night.\n\n"
    "He will be charged in court on Monday.\n"
)
LISTING = (
    "Ministry of Interior of Montenegro\n"
    "Home | News | Contacts\n"
    "12.03.2027\n"
    "Police seize 12 kg of skunk in Bar\n"
    "Officers searched a car at the port and found the drug in the spare tyre.\n\n"
    "10.03.2027\n"
    "Two arrested for selling cocaine in Podgorica\n"
    "The two men were stopped in the city centre with 40 packets of cocaine.\n"
)
RELEASE_OPENING_WITH_ITS_DATE = (
    "12 March 2027\n"
    "Customs officers find 20 kg of cocaine in a shipment of bananas\n\n"
    "Customs officers at the port of Durres found the cocaine in a container from Ecuador.\n"
)


@pytest.mark.parametrize(("text", "items", "dates"), [
    (AGENCY_STORY, [("Border guards seize", "for investigation.")], ["2027-03-12"]),
    (PORTAL_STORY, [("Anti-narcotics officers", "in court on Monday.")], ["2027-03-12"]),
    (LISTING, [("12.03.2027", "in the spare tyre."), ("10.03.2027", "packets of cocaine.")],
     ["2027-03-12", "2027-03-10"]),
    (RELEASE_OPENING_WITH_ITS_DATE, [("12 March 2027", "container from Ecuador.")],
     ["2027-03-12"]),
], ids=["agency_name_time_stamp", "portal_section_date_time", "listing_of_dated_entries",
        "release_opening_with_its_date"])
def test_posting_line_over_one_story_is_outside_it(
        text: str, items: list[tuple[str, str]], dates: list[str]) -> None:
    segments = segment(text)
    spans = [text[seg.start:seg.end] for seg in segments]
    assert len(spans) == len(items), spans
    for span, (opening, ending) in zip(spans, items, strict=True):
        assert span.startswith(opening) and span.endswith(ending), span
    assert [seg.dateline_date for seg in segments] == dates


BYLINE_WITH_WIDE_BAR = (
    "DAILY NEWS OF THE DELTA\n"
    "Politics | Business | Society | Sport\n\n"
    "Anti-narcotics police seize 2 tonnes of hashish in a warehouse near the port\n"
    "Ahmed Farouk  |  14 March 2027\n\n"
    "The narcotics police seized two tonnes of hashish in a warehouse near the port, the "
    "ministry said on Sunday.\n\n"
    "Three suspects were arrested.\n"
)


@pytest.mark.parametrize(("line", "expected"), [
    ("Ahmed Farouk | 14 March 2027", True),
    ("Ahmed Farouk  |  14 March 2027", True),  # the bar set apart by wide spaces
    ("News item   |   14-03-2027   |   16:30", True),
    ("Ahmed Farouk  |  Cairo", False),
])
def test_a_label_and_date_set_apart_by_a_bar(line: str, expected: bool) -> None:
    assert is_date_line(line, load_segment_rules()) is expected


def test_a_byline_with_a_wide_bar_dates_the_story() -> None:
    segments = segment(BYLINE_WITH_WIDE_BAR)
    assert len(segments) == 1
    assert segments[0].dateline_date == "2027-03-14"
    assert segments[0].title is not None and segments[0].title.startswith("Anti-narcotics")


TITLE_CASE_HEADLINE_OVER_BYLINE = (
    "Gulf Coast Ledger\n"
    "Subscribe\n"
    "Local | Crime\n"
    "Deputies Seize Cocaine Hidden Among Pallets Of Bananas At The Port\n\n"
    "By Sarah Miller\n"
    "March 3, 2027 at 10:15 AM CST\n\n"
    "Sheriff's deputies found 70 pounds of cocaine among pallets of bananas unloaded at "
    "the port on Tuesday, the sheriff's office said.\n\n"
    "No arrests have been made.\n"
)


def test_a_title_case_headline_over_a_byline_opens_the_story() -> None:
    text = TITLE_CASE_HEADLINE_OVER_BYLINE  # no figure, no lower-case word: still the title
    segments = segment(text)
    assert len(segments) == 1
    assert text[segments[0].start:].startswith("Deputies Seize Cocaine")
    assert segments[0].title == "Deputies Seize Cocaine Hidden Among Pallets Of Bananas At The Port"
    assert segments[0].dateline_date == "2027-03-03"

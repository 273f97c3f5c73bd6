"""Session 35 results and places: a period's total whose sentence compares it with last
year keeps its own figures and the breakdown after it in one summary; the region one stage of
a regional operation was held across places the whole operation and its other stages; people
"handed to police" or "deprived of liberty" are arrests."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

# (published, text, (type, start, end) of the first event, the seized amounts' spans)
COMPARED_TOTALS: list[tuple[str, str, tuple[str, str, str], list[str]]] = [
    ("2026-10-20",
     "Customs stopped 96 kg of drugs in nine months\n\n"
     "From January to September 2026, the Revenue Service detected 96 kg of narcotic drugs at "
     "the border, 12 percent more than in the same period last year, the service said.\n"
     "Heroin made up 61 kg of the total, followed by hashish at 30 kg and 4,100 tramadol "
     "tablets.",
     ("other", "2026-01-01", "2026-09-30"),
     ["96 kg", "61 kg", "30 kg", "4,100"]),
    ("2026-07-15",
     "Border guards sum up the half-year\n\n"
     "In January-June 2026, the border service seized 212 kg of narcotics, which is 8% less "
     "than in the same period of last year.\n"
     "Of the total amount, 150 kg were hashish and 62 kg marijuana.",
     ("other", "2026-01-01", "2026-06-30"),
     ["212 kg", "150 kg", "62 kg"]),
]


@pytest.mark.parametrize(("published", "text", "first", "amounts"), COMPARED_TOTALS)
def test_compared_period_total_keeps_its_breakdown(
        published: str, text: str, first: tuple[str, str, str], amounts: list[str]) -> None:
    events = [e for item in extract(text, published=published).items for e in item.events]
    event = events[0]
    assert (event.type, event.start_date, event.end_date) == first
    assert [text[s.start:s.end] for s in event.seizures] == amounts


# (published, text, the region every stage and the whole operation are placed in)
REGIONAL_STAGES: list[tuple[str, str, str]] = [
    ("2026-06-20",
     "First stage of operation \"Steppe-2026\" completed\n\n"
     "From 2 to 15 June the Police Department of Akmola region held the first stage of the "
     "regional operation \"Steppe-2026\" across the Akmola region. Officers detained 31 "
     "people and seized 84 kg of marijuana.\n"
     "The second stage of \"Steppe-2026\" will be held from 10 to 24 August.",
     "Akmola region"),
]


@pytest.mark.parametrize(("published", "text", "region"), REGIONAL_STAGES)
def test_stage_region_places_the_whole_operation(
        published: str, text: str, region: str) -> None:
    events = [e for item in extract(text, published=published).items for e in item.events]
    operations = [e for e in events if e.type == "operation"]
    assert len(operations) == 3  # the stage told, the whole operation, the stage to come
    assert [e.location.text if e.location else None for e in operations] == [region] * 3


# (text, the arrests counted)
HANDED_OVER: list[tuple[str, list[float]]] = [
    ("The navy intercepted a skiff carrying 220 kg of hashish off Bosaso on 4 March 2026. "
     "Three crew members were handed to police.", [3.0]),
    ("On 9 May 2026 police found 38 kg of heroin in a warehouse in Tuzla. Four men were "
     "deprived of liberty on suspicion of drug trafficking.", [4.0]),
]


@pytest.mark.parametrize(("text", "arrests"), HANDED_OVER)
def test_people_handed_to_police_are_arrests(text: str, arrests: list[float]) -> None:
    events = [e for item in extract(text, published="2026-11-20").items for e in item.events]
    assert [c.value for e in events for c in e.counts if c.category == "arrests"] == arrests

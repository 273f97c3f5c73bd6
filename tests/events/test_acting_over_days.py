"""A local result told over several days with counted actions of its own (arrests, searches,
laboratories dismantled, plants destroyed) is an operation, as the guide types a "seizure"
reported over several days with its own actions; a find examined or reported over several
days with no such counts stays a seizure, as does a find over one night written as its two
days ("during the night of 11 to 12 March"; the lead's own find too)."""

from __future__ import annotations

import pytest

import pressparse

LEAD = ("Nationwide anti-drug operation: results\n\n"
        "The National Police conducted a nationwide operation against drug trafficking from "
        "1 February to 20 March 2026 in all regions of the country.\n\n")

# (local result paragraph, published, expected type of the event dated by its days)
CASES: list[tuple[str, str, str, str]] = [
    # raids over three days with arrests: an operation
    ("From 3 to 6 March 2026, officers in Novi Grad raided five houses, seized 12 kg of "
     "cannabis and arrested six suspects.", "2026-03-09", "2026-03-03", "operation"),
    # plants destroyed over two days: an operation
    ("On 4 and 5 February 2026, agents in the hills above San Luis uprooted 9,000 cannabis "
     "plants and seized 30 kg of dried cannabis.", "2026-02-09", "2026-02-04", "operation"),
    # one night written as two days, with arrests: still one find
    ("During the night of 11 to 12 March 2026, officers in Novi Grad stopped a van, seized "
     "12 kg of cannabis and arrested two suspects.", "2026-03-16", "2026-03-11", "seizure"),
    # a container examined over several days, no actions counted: still one find
    ("Between 10 and 13 March 2026, customs officers at the port of Santos examined a "
     "container of coffee and found 400 kg of cocaine in its walls.", "2026-03-16",
     "2026-03-10", "seizure"),
]


@pytest.mark.parametrize(("paragraph", "published", "start", "expected"), CASES)
def test_local_result_over_days(paragraph: str, published: str, start: str,
                                expected: str) -> None:
    doc = pressparse.extract(LEAD + paragraph, id="t", published=published)
    types = [e.type for item in doc.items for e in item.events if e.start_date == start]
    assert types == [expected]


# (a release whose lead's find is dated by two days, published, expected (type, start, end))
LEAD_CASES: list[tuple[str, str, tuple[str, str, str]]] = [
    ("Patrol stops smugglers at the river\n\nOn the night of 9 to 10 November 2025, a border "
     "patrol of the Horadiz detachment stopped two men crossing the river and found 14 kg of "
     "heroin in their bags. One violator was detained.", "2025-11-11",
     ("seizure", "2025-11-09", "2025-11-10")),
    ("Coast guard recovers methamphetamine\n\nThe coast guard recovered 311 kg of "
     "methamphetamine from a fishing boat in the Arabian Sea during the intervening night of "
     "12-13 April 2025.", "2025-04-15", ("seizure", "2025-04-12", "2025-04-13")),
    # a "joint operation" that made one find over one night: a seizure
    ("Coast guard and police recover methamphetamine at sea\n\nIn a joint operation based on "
     "specific intelligence, the coast guard and the state police recovered 311 kg of "
     "methamphetamine from a fishing boat in the Arabian Sea during the intervening night of "
     "12-13 April 2025.", "2025-04-15", ("seizure", "2025-04-12", "2025-04-13")),
    # two days of raids with arrests: an operation
    ("Police raid over two days\n\nOn 9 and 10 November 2025, police raided four houses in "
     "the city, seized 14 kg of heroin and arrested nine suspects.", "2025-11-11",
     ("operation", "2025-11-09", "2025-11-10")),
]


@pytest.mark.parametrize(("text", "published", "expected"), LEAD_CASES)
def test_lead_find_over_one_night(text: str, published: str,
                                  expected: tuple[str, str, str]) -> None:
    doc = pressparse.extract(text, id="t", published=published)
    assert [(e.type, e.start_date, e.end_date) for item in doc.items
            for e in item.events] == [expected]


MEETING_LEAD = ("Border chiefs meet in Batken\n\nBISHKEK, April 16, 2026. Heads of the border "
                "services of Kyrgyzstan and Tajikistan met yesterday in Batken to discuss joint "
                "patrols on the border, the Border Service said.\n\n")

# (a find told after the lead, dated only by its week or month; expected type): the vague
# date says when the find fell, not that it ran over those days; people arrested at one find
# keep it a seizure, actions at several places (laboratories, searches) make an operation
VAGUE_DAY_CASES: list[tuple[str, str]] = [
    ("Earlier this month, Kyrgyz border guards detained two men near the village of Kara-Bak "
     "who were carrying about 9 kg of hashish in their backpacks.", "seizure"),
    ("Last week, customs officers at the port of Bar found 80 kg of cocaine in a container of "
     "bananas and detained three men.", "seizure"),
    ("In March, officers of the Osh police dismantled three clandestine laboratories, seized "
     "40 kg of mephedrone and arrested two suspects.", "operation"),
    ("Earlier this month, officers in Osh uncovered a group selling hashish; two members were "
     "detained and 12 kg of hashish were seized during searches.", "operation"),
]


@pytest.mark.parametrize(("paragraph", "expected"), VAGUE_DAY_CASES)
def test_find_dated_by_its_week_or_month(paragraph: str, expected: str) -> None:
    doc = pressparse.extract(MEETING_LEAD + paragraph, id="t", published="2026-04-16")
    assert [e.type for item in doc.items for e in item.events if e.seizures] == [expected]


# (a release whose lead's find is dated by its week or by one day, expected type): a week
# says when one find fell; raids or searches in the plural on one day are an operation
LEAD_WEEK_CASES: list[tuple[str, str]] = [
    ("Customs stops meth at the airport\n\nLast week, Customs officers at Auckland Airport "
     "stopped a traveller from Los Angeles and found 4.2 kg of methamphetamine in his "
     "suitcase. He was arrested and charged.", "seizure"),
    ("Police raid network in the north\n\nLast week, officers of the provincial police "
     "raided 12 houses in Mae Sai and Chiang Saen, arresting 15 suspects and seizing 40 kg of "
     "methamphetamine.", "operation"),
    # the week as the stretch its figures cover: a week's results, not one find
    ("Police seize drugs in the southeast\n\nPolice have seized more than 3.2 tons of "
     "drugs in the southeastern province over the past week, the provincial police chief "
     "said.", "operation"),
    ("Police cripple syndicate\n\nPolice dismantled three drug laboratories in Cheras and "
     "Kajang on Tuesday, seizing 96 kg of syabu and arresting four men.", "operation"),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_WEEK_CASES)
def test_lead_find_told_by_its_week(text: str, expected: str) -> None:
    doc = pressparse.extract(text, id="t", published="2026-05-14")
    assert [e.type for item in doc.items for e in item.events] == [expected]

"""A release's posting line dates the report, never the event (our own wording): a label
with a colon ("Posted On: 14 MAR 2025 5:40PM by ..."), a date alone in a cell of a short
line ("By Public Affairs Staff | March 5, 2025"), a few words beside the date in the header
("Issued on 7 April 2025"); a table row's date is still the find's."""

from __future__ import annotations

import pytest
from event_days import DateCase, assert_first_event_days, case_ids

import pressparse

# (text, published, event type, expected (start_date, end_date) of the first such event)
CASES: list[DateCase] = [
    # an Indian ministry's portal: label, colon, date and clock time, then the office
    ("Ministry of Finance\nCustoms officers seize 12 kg of heroin at the airport\n"
     "Posted On: 14 MAR 2025 5:40PM by PIB Mumbai\n\nCustoms officers at the international "
     "airport have seized 12 kg of heroin from a passenger arriving from Nairobi. The "
     "passenger was arrested under the NDPS Act.",
     None, "seizure", (None, None)),
    # a news page: the posting label and the section in cells
    ("Border police find cocaine in a lorry\nPublished 3 March 2025 | Press office\n\n"
     "Border police officers found 40 kg of cocaine hidden in a lorry carrying bananas at the "
     "northern crossing. The driver was detained.",
     None, "seizure", (None, None)),
    # a U.S. service's byline
    ("Coast guard intercepts go-fast boat with 900 kg of cocaine\nBy Public Affairs Staff | "
     "March 5, 2025\n\nA coast guard cutter intercepted a go-fast boat in the Caribbean Sea "
     "and seized about 900 kg of cocaine. Three crew members were detained.",
     None, "seizure", (None, None)),
    # a European customs page: the date between the kind of page and the service
    ("Press release | 05.03.2025 | Customs Service\nCustoms find 300 kg of cocaine in a "
     "container of pineapples\n\nOfficers of the Customs Service found 300 kg of cocaine in a "
     "container of pineapples at the port. The container had arrived from Ecuador.",
     None, "seizure", (None, None)),
    # a police force's notice
    ("Police dismantle cannabis farm\nIssued on 7 April 2025\n\nOfficers dismantled an indoor "
     "cannabis farm in an industrial unit and seized 640 plants. Two men were arrested at the "
     "scene.",
     None, "operation", (None, None)),
    # the label says it is the issue date; the body gives the find's day
    ("NARCOTICS BUREAU\nDate of issue: 21/05/2025\nBureau seizes 8 kg of methamphetamine\n\n"
     "Officers of the bureau stopped a car on the highway on 19 May 2025 and found 8 kg of "
     "methamphetamine in the spare tyre.",
     None, "seizure", ("2025-05-19", "2025-05-19")),
    # a subtitle giving the operation's days is no posting line: a release is posted on a day
    ("Spring Sweep results\nOperation Spring Sweep: 3-9 March 2025\n\nPolice officers across "
     "the region arrested 52 people and seized 14 kg of drugs during the operation.",
     "2025-03-12", "operation", ("2025-03-03", "2025-03-09")),
    # a footer's update date
    ("Police seize 5 kg of cocaine at the train station\n\nOfficers searched a passenger at "
     "the central train station on Monday 10 March 2025 and found 5 kg of cocaine in his "
     "suitcase.\n\nLast updated: 12/03/2025",
     None, "seizure", ("2025-03-10", "2025-03-10")),
]


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_posting_lines_do_not_date_events(case: DateCase) -> None:
    assert_first_event_days(case)


# rows of a table of finds: each row's date is a find's, not a posting line's
TABLE = ("Agency reports methamphetamine seizures along the river in early March\n"
         "Bangkok – The agency said on Friday that border units intercepted several loads of "
         "methamphetamine tablets between 1 and 12 March.\n\nMain seizures\n"
         "Date     | Province     | Tablets\n"
         "4 Mar    | Chiang Rai   | 3,100,000\n"
         "9 Mar    | Nakhon Phanom | 2,400,000\n")


def test_table_row_dates_stay_the_finds() -> None:
    document = pressparse.extract(TABLE, published="2025-03-14")
    days = {(e.start_date, e.end_date) for item in document.items for e in item.events}
    assert ("2025-03-04", "2025-03-04") in days


# datelines of other shapes: the date is the report's; a day in the body is the event's
DATELINES: list[DateCase] = [
    # a U.S. service: the date in brackets after the place
    ("Coast Guard offloads cocaine\nMIAMI (March 3, 2025) – The crew of a Coast Guard cutter "
     "offloaded about 2,100 kg of cocaine at Port Everglades. The drugs were seized in the "
     "eastern Pacific Ocean.",
     None, "seizure", (None, None)),
    # a UN office: the date first, then the place
    ("UNODC and police train officers\n3 March 2025, Vienna – UNODC trained 30 police "
     "officers of five countries in container profiling at a five-day course.",
     None, "training", (None, None)),
    # a headline closed by the numeric posting date in brackets
    ("Police seize heroin in raid (03.03.2025)\nPolice officers raided a flat in the city "
     "centre and seized 2 kg of heroin.",
     None, "seizure", (None, None)),
    # an agency wire: the weekday in the body dates the find
    ("Police seize heroin\nKABUL, March 5, 2025 (Xinhua) -- Afghan police seized 60 kg of "
     "heroin in the Nangarhar province on Monday, a spokesman said.",
     None, "seizure", ("2025-03-03", "2025-03-03")),
    # a messenger group's export: a message's stamp with its clock time dates its posting,
    # the body's days date the search operation
    ("WhatsApp Chat with District Police Media\n[11.05.2025, 08:40] Police PR: *PRESS "
     "RELEASE*\n[11.05.2025, 08:41] Police PR: Police recovered 3 kg of heroin from a bus at "
     "the district checkpoint on 10 May.\n[14.05.2025, 18:02] Police PR: *Joint search "
     "operation in the hills*\nPeshawar, 14 May 2025: On 12 and 13 May, police and the "
     "border force conducted a search operation in three villages and recovered 220 kg of "
     "opium.",
     None, "operation", ("2025-05-12", "2025-05-13")),
]


@pytest.mark.parametrize("case", DATELINES, ids=case_ids(DATELINES))
def test_dateline_shapes_date_the_report(case: DateCase) -> None:
    assert_first_event_days(case)

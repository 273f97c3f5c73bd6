"""Dates in the styles of the seventh set of publishers (our own sentences), on every path.

Causes fixed in session 7:
- "the same period of 2023", "the same period last year", "... a year earlier" is one
  expression (the samples guide keeps the words of the expression; holdout7 and dev gold): the
  stretch the text compares with (the last one it gave longer than a month, or from a day
  after "since" to the reference), moved to that year; the year told when it gave none.
- "9-11/06/2026", "12-14.03.2025" (South-East Asian police usage): the days of one numeric
  date's month, one range.
- "July and August 2025": two months next to each other and their year, one range (as the
  guide's "October 8 and 9"); "May and September 2025" stay two months.
- A year closing a case's or law's number ("Criminal Case No. E012 of 2023", "Law No. 35 of
  2009") is no date (holdout6 gold).
- Court captions in capitals: "THIS 9TH DAY OF OCTOBER, 2025" is that day.
- An Iberian full date kept in a translated dateline ("20 de febrero de 2026", "12 DE MARÇO
  DE 2025") is that day (foreign_months.jsonl; the month names alone are no date).
- Hijri dates without a gloss are valued by the arithmetic Islamic calendar (see the sixth
  set's table).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from date_paths import publisher_style_tests

from pressparse.temporal.tagger import DateTagger

DCT = "2025-03-18"
AUTUMN = "2024-11-05"


def _span(start: str, end: str) -> dict[str, Any]:
    return {"start": start, "end": end}


CASES: list[tuple[str, str | None, str, str, dict[str, Any]]] = [
    ("same_period", DCT, "In January-June 2024 officers seized 4.1 tonnes of hashish, 9 per "
     "cent more than in the same period of 2023.", "the same period of 2023",
     _span("2023-01-01", "2023-06-30")),
    ("same_period", "2025-10-20", "In the first nine months of this year the unit seized 80 kg of "
     "cocaine, twice as much as in the same period last year.", "the same period last year",
     _span("2024-01-01", "2024-09-30")),
    ("same_period", AUTUMN, "Officers have intercepted 900 kg of cocaine at the ports since "
     "January 1, 2024, up 20% over the same period last year.", "the same period last year",
     _span("2023-01-01", "2023-11-05")),
    ("same_period", DCT, "The operation ran from 1 July to 30 September 2013. Compared with "
     "the same period of 2012, heroin seizures rose by a quarter.", "the same period of 2012",
     _span("2012-07-01", "2012-09-30")),
    ("same_period", DCT, "Seizures of cannabis fell 5 percent from the same period a year "
     "earlier, the ministry said.", "the same period a year earlier",
     _span("2024-01-01", "2024-12-31")),
    ("same_period", DCT, "Since March 20, 2024 police have seized 300 tons of drugs, 8 "
     "percent more than in the same period a year earlier.",
     "the same period a year earlier", _span("2023-03-20", "2024-03-18")),
    ("same_period", DCT, "The first stage ran from 1 to 25 July 2024. During it, 1 064 crimes "
     "were detected (in the same period of 2023 – 917).", "the same period of 2023",
     _span("2023-07-01", "2023-07-25")),
    # a stretch not over at the reference ("so far this year") is compared up to it
    ("same_period", "2025-10-21", "The navy has seized 58 tons of drugs so far this year. In "
     "the same period of 2024 the figure was 49 tons.", "the same period of 2024",
     _span("2024-01-01", "2024-10-21")),
    ("numeric_days", DCT, "The navies will exercise in the strait on 9-11/06/2026 with 14 "
     "boats.", "9-11/06/2026", _span("2026-06-09", "2026-06-11")),
    ("numeric_days", DCT, "The course was held on 12-14.03.2025 in Medan.", "12-14.03.2025",
     _span("2025-03-12", "2025-03-14")),
    ("month_pair", DCT, "The operation took place in July and August 2025 in 12 ports.",
     "July and August 2025", _span("2025-07-01", "2025-08-31")),
    ("month_pair", DCT, "Checks ran through Dec. and Jan. 2025 at the border.",
     "Jan. 2025", _span("2025-01-01", "2025-01-31")),
    ("month_pair", DCT, "Raids were carried out in May and September 2024.", "September 2024",
     _span("2024-09-01", "2024-09-30")),
    ("iberian", DCT, "Cartagena, 14 de enero de 2025 (Translated from Spanish) - The Navy "
     "seized cocaine.", "14 de enero de 2025", _span("2025-01-14", "2025-01-14")),
    ("iberian", DCT, "SÃO PAULO, 12 DE MARÇO DE 2025 - Federal Police arrested two men.",
     "12 DE MARÇO DE 2025", _span("2025-03-12", "2025-03-12")),
    ("numeric_days", DCT, "Results at customs posts for 14.04-20.04.2024", "14.04-20.04.2024",
     _span("2024-04-14", "2024-04-20")),
    ("numeric_days", DCT, "The training ran 03.11–07.11.2024 in Lome.", "03.11–07.11.2024",
     _span("2024-11-03", "2024-11-07")),
    ("court_caption", DCT, "DELIVERED AT NAIROBI THIS 14TH DAY OF NOVEMBER, 2024.",
     "14TH DAY OF NOVEMBER, 2024", _span("2024-11-14", "2024-11-14")),
    ("court_caption", DCT, "HEARD ON 3RD MARCH 2025 BEFORE THE JUDGE", "3RD MARCH 2025",
     _span("2025-03-03", "2025-03-03")),
    ("case_number", DCT, "Criminal Appeal No. 88 of 2021 was heard on 4 February 2025.",
     "4 February 2025", _span("2025-02-04", "2025-02-04")),
]

ABSENT: list[tuple[str, str | None, str, str]] = [
    ("same_period", DCT, "The same period of 2023 saw fewer seizures.", "2023"),
    ("numeric_days", DCT, "The course was held on 12-14.03.2025 in Medan.", "14.03.2025"),
    ("month_pair", DCT, "Raids were carried out in May and September 2024.",
     "May and September 2024"),
    ("month_pair", DCT, "The operation took place in July and August 2025 in 12 ports.",
     "August 2025"),
    ("case_number", DCT, "Criminal Appeal No. 88 of 2021 was heard on 4 February 2025.",
     "2021"),
    ("iberian", DCT, "The vessel Mayo sailed from Abril Bay in 2024.", "Mayo"),
    ("date_column", DCT, "Drug | Price\nHeroin | 12.05 |\n", "12.05"),
    ("case_number", DCT, "CRIMINAL CASE NO. E207 OF 2024\nREPUBLIC v. THE ACCUSED", "2024"),
    ("case_number", DCT, "He was charged under Law No. 35 of 2009 on Narcotics.", "2009"),
]


test_publisher_style_value, test_publisher_style_absent = publisher_style_tests(
    CASES, ABSENT)

# "| 14.04 |" under a table's "Date" column is that day; read where the tagger sees the whole
# item text (the driver's path: the header row may lie outside a token window)
DATE_COLUMN = "No. | Date  | Post\n1   | 14.02 | Osh\n2   | 15.02 | Naryn\n"


@pytest.mark.parametrize(("span", "iso"), [("14.02", "2025-02-14"), ("15.02", "2025-02-15")])
def test_day_in_a_date_column(tagger: DateTagger, span: str, iso: str) -> None:
    found = {DATE_COLUMN[start:end]: value for start, end, value in
             tagger.tag(DATE_COLUMN, date.fromisoformat(DCT), clock_times=True)}
    assert found[span]["start"] == found[span]["end"] == iso

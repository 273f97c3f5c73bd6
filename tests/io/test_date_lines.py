"""The date shapes of page furniture and date lines (pressparse.io.date_lines), one table per
question masking and segmentation ask of a line."""

from __future__ import annotations

import pytest

from pressparse.io.date_lines import (
    date_line_iso,
    date_line_month_day,
    has_date,
    is_date_part,
    is_dated_entry,
    is_day_month,
    is_menu_date,
    is_posting_stamp,
    is_time_stamp,
    opens_with_date,
    opens_with_numeric_date,
    stamp_label_end,
)

MONTHS = {"march": 3, "mar": 3, "nov": 11, "february": 2, "febrero": 2, "april": 4,
          "may": 5, "oct": 10, "october": 10, "november": 11}


@pytest.mark.parametrize(("line", "iso"), [
    ("12.03.2024", "2024-03-12"),
    ("Chișinău, 12.03.2026", "2026-03-12"),
    ("10. 4. 2025", "2025-04-10"),  # Czech spacing
    ("2024-03-12 09:30", "2024-03-12"),
    ("2025.04.04", "2025-04-04"),
    ("2026年3月12日", "2026-03-12"),
    ("2026. 3. 10.", "2026-03-10"),
    ("12 March 2024", "2024-03-12"),
    ("March 12, 2024 | 10:15", "2024-03-12"),
    ("November, 22, 2026 - 14:20", "2026-11-22"),  # a comma after the month, time after a dash
    ("20 de febrero de 2026", "2026-02-20"),
    ("Date: 14 Nov. 2568", "2025-11-14"),  # Buddhist era
    ("Date: 114-10-03    Unit: Southern Branch", "2025-10-03"),  # Republic of China era
    ("Published: 113/12/27", "2024-12-27"),
    ("Case 114-10-035", None),  # no date: a longer number
    ("31.02.2024", None),  # no such day
    ("Today, 11:40", None),
    ("12 Smarch 2024", None),  # unknown month
    # an ISO 8601 date-time of a feed or data dump, its seconds and UTC offset
    ("2027-05-19T16:45:03-03:00", "2027-05-19"),
    ("2027-01-08T09:00:00Z", "2027-01-08"),
    ("2027-01-08T09:00:00.125+01:00", "2027-01-08"),
    ("2027-01-08Tuesday", None),  # no time after the T: no date-time
])
def test_the_date_a_date_line_gives(line: str, iso: str | None) -> None:
    assert date_line_iso(line, MONTHS) == iso


@pytest.mark.parametrize(("part", "expected"), [
    ("18.02.2026, 13:05", True),
    ("Publication date: 14 October 2025, 11:20", True),
    ("Feb 3, 2026 10:00 AM", True),
    ("March 9, 2027 5:12 PM GMT", True),  # the time zone after the time
    ("Feb 3, 2026 10:00 AM GMT+5", True),
    ("22 November 2026 - 14:20", True),  # the time after a dash
    ("25.11.2026 – 14:32", True),
    ("Sunday, 22 November 2026 - 14:20", True),  # after its weekday
    ("2026-02-18", True),
    ("Print", False),
    ("Views: 1 204", False),
    ("Police seized 14 kg on 3 March", False),
])
def test_a_posting_lines_date_part(part: str, expected: bool) -> None:
    assert is_date_part(part) is expected


@pytest.mark.parametrize(("line", "start", "end"), [
    ("Print | Updated: 14 October 2025", 8, 17),
    ("Share | 14 October 2025", 8, None),  # no label
    ("Share | Print", 8, None),
])
def test_the_label_of_a_labelled_date(line: str, start: int, end: int | None) -> None:
    assert stamp_label_end(line, start) == end


@pytest.mark.parametrize(("line", "expected"), [
    ("18.02.2026, 13:05 | Print", True),
    ("Share | 14 October 2025", True),
    ("Mar 3, 2026 | Share", True),
    ("Share | Print | Telegram", False),
    ("Cases rose 3-fold", False),
])
def test_a_date_somewhere_in_a_line(line: str, expected: bool) -> None:
    assert has_date(line) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("10/03/2026 – The police destroyed 18 tons of drugs.", True),
    ("2026-03-10 Customs find cocaine", True),
    ("4 March 2026 | Police raid a farm", True),
    ("March 4, 2026 — Border guards detain two men", True),
    ("Tuesday, August 19, 2025 | The Prefecture seized 620 kilos", True),  # after its weekday
    ("Sundays, 4 March 2026 we open", False),
    ("The police on 10/03/2026 destroyed drugs.", False),
    ("12 kg of heroin found", False),
])
def test_a_line_led_by_its_date(line: str, expected: bool) -> None:
    assert opens_with_date(line) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Today, 11:40", True),
    ("Yesterday, 17:05", True),
    ("April 27, 09:15", True),
    ("27 April, 09:15", True),
    ("25.07.2025", True),
    ("25.07.2025 10:05", True),
    ("Police find 12 kg of hashish in a lorry", False),
    ("Heads of agencies meet in Almaty", False),
])
def test_a_teasers_time_stamp(line: str, expected: bool) -> None:
    assert is_time_stamp(line, 0, len(line)) is expected


@pytest.mark.parametrize(("label", "expected"), [
    ("14 March 2025", True),
    ("बैशाख १४, २०८१", True),
    ("Sport", False),
    ("Contacts.", False),
])
def test_a_menu_bars_date_of_the_day(label: str, expected: bool) -> None:
    assert is_menu_date(label) is expected


@pytest.mark.parametrize(("row", "expected"), [
    ("15.08.2024 | Customs find cocaine", True),
    ("2024-08-15  Police raid", True),
    ("Prague\t31\t26 412", False),
    ("Region | Cases | Seized (kg)", False),
])
def test_a_row_opening_with_a_numeric_date(row: str, expected: bool) -> None:
    assert opens_with_numeric_date(row) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("11.07.2025 | 11:40", True),
    ("2025-07-11 | 11:40 | 11:42", True),
    ("11.07.2025 | Customs find cocaine", False),
    ("11.07.2025", False),
])
def test_a_posting_stamp(line: str, expected: bool) -> None:
    assert is_posting_stamp(line) is expected


@pytest.mark.parametrize(("line", "month_day", "only_day_month"), [
    ("20 November", "--11-20", True),  # a news list's date line of the current year
    ("16-20 May", "--05-16", True),  # a range of days: its first
    ("Oct. 5", "--10-05", True),
    ("[05 Oct, 09:30]", "--10-05", False),  # a channel post's header (a time too)
    ("20 November 2026", None, False),  # a full date: date_line_iso's
    ("3 Comments", None, False),  # no month
    ("In 12 November raids", "--11-12", False),
])
def test_day_and_month_without_a_year(line: str, month_day: str | None,
                                      only_day_month: bool) -> None:
    assert date_line_month_day(line, MONTHS) == month_day
    assert is_day_month(line, MONTHS) is only_day_month


@pytest.mark.parametrize(("line", "expected"), [
    ("Customs warn travellers about parcels from strangers – 13 Nov 2026", True),
    ("Two arrested at the border post with 17 kg of cannabis (2 days ago)", True),
    ("Coast guard receives two new patrol boats (12.04.2026)", True),
    ("17.02.2026  Road police summarize the results of the week", True),
    ("18.11 A resident of the city tried to send cannabis by rail freight", True),
    ("Police and customs meet on border cooperation plan   05/03/2027", True),  # a wide gap
    ("Tuesday, August 19, 2025 | The Prefecture seized 620 kilos of marijuana", True),
    ("Police and customs meet on border cooperation plan 05/03/2027", False),  # no gap
    ("By Ana Ruiz | 11 June 2022", False),  # a byline's date
    ("Coast guard receives two new patrol boats", False),  # a bare link: furniture
    ("1.5 tonnes of hashish seized near the border", False),
])
def test_a_list_entry_carrying_its_own_date(line: str, expected: bool) -> None:
    assert is_dated_entry(line) is expected


@pytest.mark.parametrize(("line", "dated"), [
    ("Customs chief says scanners will be replaced next year | 2 days ago", True),
    ("Court jails two men over heroin in a fishing boat | March 3, 2027", True),
    ("March 20: Power utility reports record loss for 2026", True),
    ("By Ana Ruiz | 11 June 2022", False),
    ("Posted by Ana Maria Ruiz Lopez | 11 June 2022", False),
    ("May 5: the", False),
    ("Mayor opens new fish market in the old town", False),
])
def test_a_related_entrys_own_date(line: str, dated: bool) -> None:
    assert is_dated_entry(line) is dated

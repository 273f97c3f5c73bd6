"""Date conventions of publishers none of our samples come from, in our own sentences: Indian
police and customs notes (dd.mm.yyyy, "5th instant", "the intervening night of 14/15 March",
Indian fiscal years "FY 2024-25"), Gulf agencies (a Hijri date glossed by the Gregorian one),
Nigerian and Ghanaian police ("Tuesday, 4th March, 2025", "last week Friday"), Russian and
Central Asian translations ("from 3 to 7 March of the current year", "11 months of 2024"),
Latin American translations ("the 14th of this month", "last Saturday 8", "last February
27"), US court filings ("on or about", "the 5th day of June, 2023", "between in or about ...
and on or about ..."), US wire style ("Dec. 3", "last month"), Asian numeric dates
("2025/03/14", "2025.03.14", "14-Mar-2025"), quarters, halves and fiscal years, vague
stretches ("the past 24 hours", "this weekend"), decades and centuries; and traps: section,
case, FIR, flight, phone and registration numbers, "24/7", scores, clock times, coordinates,
money, article numbers, ISO standard years, programme names ("Vision 2030").

Decisions where samples/README.md is silent (TimeML/TIMEX3 reading unless said):
- "5th instant" / "the 9th inst." (Indian and British official usage): day N of the reference's
  month, like "the 5th of this month".
- "the intervening night of 14/15 March 2025": one range of the two days, span "14/15 March
  2025" (the night is a frame, as "the night of" is left out elsewhere).
- "FY 2024-25": one span, one financial year (TIMEX3 FY2024/FY2025); the component gives it
  the months of the country's (tests/components/test_dates.py), and when no place or currency
  mark tells the country, of the April year (session 19: a split year named as a fiscal one
  is never two calendar years); a bare "2023-24" stays the calendar years it touches unless
  the text's country writes its financial years so.
- A Hijri date is a date expression of its own ("Wednesday 12 Ramadan 1446 AH"), valued by
  the Gregorian gloss in brackets after it (a second entity: one entity per expression, as the
  holdout6 gold writes it), else by the arithmetic Islamic calendar.
- "last week Friday" (West African usage) is one span: Friday of last week.
- "3 to 7 March of the current year", "the 2nd of March of the present year": the year told
  relative to the reference is in the span, as "March 5 this year".
- "11 months of 2024", "9 months of the current year" (Russian "за 11 месяцев"): the first N
  months of that year, as "the first nine months of the year".
- "last Saturday 8", "this Monday 17" (Spanish "el pasado sábado 8"): one span, the day of the
  month must fall on that weekday.
- "last February 27" (Spanish "el pasado 27 de febrero"): one span, that day in the past.
- Court filings: "between in or about January 2022 and on or about June 2023" is one range
  (the guide: a range is one entity; the leading "between in or about" is a frame, the inner
  "on or about" stays in the span); "the 5th day of June, 2023" is that day.
- "March 14th, 2025 (Friday)": the weekday in brackets glosses the date; both are DATEs with
  the same value, as "Sunday (9 November, 2025)" in the fifth set's table.
- "the last quarter of 2024" is its fourth quarter; "the last quarter" alone (the previous
  quarter) is not read here.
- A numeric date with a two-digit year ("17.03.25", "12/03/25") is read only after a date's
  preposition or "dated" (elsewhere it may be a version or a reference); the year is 20yy.
- A weekday right after the day it names, in brackets or after a comma ("31st March 2024
  (Sunday)"), has that day's value, not the nearest such weekday to the reference.
- "the weekend of March 8-9": only the dates are a DATE ("the weekend" is their frame).
- A court's next date is ahead of the release ("remanded in judicial custody till 25 March",
  "adjourned to 14 April"): future wording. A near future cue followed by a past verb is not
  one ("The deadline was February 28"); "will last until 31 October" is future.
- "this weekend" with past wording, told from Monday to Wednesday, is the weekend just past
  ("Officers seized 40 pounds of meth this weekend", samples/dev d67 has it so).
- "Last updated on 17 Mar 2025", "Release Date: 03/17/2025" and "Lagos, Nigeria — March 17,
  2025:" on an item's first lines date it as a dateline.
- "March-end" (Indian usage) is the month's last day, as "end-March"; "the financial year
  2023-24" is one financial year, as "FY 2024-25".
- "this Tuesday (11)" (Brazilian usage, "nesta terça-feira (11)"): one span, the 11th that is a
  Tuesday. A weekday before a year-less date in brackets ("Tuesday (11/03)") takes its day when
  the weekday fits it.
- "overnight" alone is no DATE (no calendar unit: TimeBank marks it inconsistently).
- A year in a programme's name ("Vision 2030", "Agenda 2063") is the name's, as "World Drug
  Report 2025"; a year after "flight" and an airline code, "km", or a case number ("C.R. No.
  2019/24") is no date; an ISO date inside a reference code ("2025-03-14-0012") is not one.
"""

from __future__ import annotations

from typing import Any

from date_paths import publisher_style_tests, span

DCT = "2025-03-18"  # a Tuesday; ISO week 2025-W12
LATE = "2025-10-20"  # a Monday, for "9 months of the current year"


def _day(iso: str, inferred: bool | None = None) -> dict[str, Any]:
    """The expected values of one day (``year_inferred`` checked only when given)."""
    expected: dict[str, Any] = {"start": iso, "end": iso}
    if inferred is not None:
        expected["year_inferred"] = inferred
    return expected


# (group, reference or None, text, expected span, expected values)
CASES: list[tuple[str, str | None, str, str, dict[str, Any]]] = [
    # -- Indian police, customs and court notes ---------------------------------------------
    ("india", DCT, "The NCB seized 12 kg of ganja on 14.03.2025 at Siliguri.", "14.03.2025",
     _day("2025-03-14", False)),
    ("india", DCT, "A notice dated 12-03-2025 was served on the accused.", "12-03-2025",
     _day("2025-03-12", False)),
    ("india", DCT, "The raid was conducted on 1.3.2025 by the DRI team.", "1.3.2025",
     _day("2025-03-01")),
    ("india", DCT, "The accused was produced before the court on 5th instant.", "5th instant",
     _day("2025-03-05", True)),
    ("india", DCT, "The consignment was intercepted on the 9th inst. at Mundra port.",
     "the 9th inst.", _day("2025-03-09", True)),
    ("india", DCT, "Vehicle checks were run from 10.03.2025 to 14.03.2025 on the highway.",
     "10.03.2025 to 14.03.2025", span("2025-03-10", "2025-03-14")),
    ("india", DCT, "The team reached the spot on 3rd March, 2025 and sealed the godown.",
     "3rd March, 2025", _day("2025-03-03")),
    ("india", DCT, "The new rules apply w.e.f. 01.04.2025 in all districts.", "01.04.2025",
     _day("2025-04-01")),
    ("india", DCT, "He was remanded to judicial custody till 21.03.2025 by the court.",
     "21.03.2025", _day("2025-03-21")),
    ("india", DCT, "During the intervening night of 14/15 March 2025, a truck was stopped.",
     "14/15 March 2025", span("2025-03-14", "2025-03-15")),
    ("india", DCT, "Seizures in FY 2024-25 crossed 900 kg, the bureau said.", "FY 2024-25",
     {"timex": "FY2024/FY2025"}),
    ("india", DCT, "Drug seizures in 2023-24 were the highest in a decade.", "2023-24",
     span("2023-01-01", "2024-12-31")),
    ("india", DCT, "The previous record was set in 2021-22.", "2021-22",
     span("2021-01-01", "2022-12-31")),
    ("india", DCT, "On Wednesday, 12.03.2025, the police raided a den in Ludhiana.",
     "Wednesday, 12.03.2025", _day("2025-03-12", False)),
    ("india", DCT, "The seizure on Friday 14.03.2025 was the largest this year.",
     "Friday 14.03.2025", _day("2025-03-14")),
    ("india", DCT, "The case will be heard on 25.03.2025 (Tuesday) at the special court.",
     "25.03.2025", _day("2025-03-25")),
    ("india", DCT, "The boat docked on 17.03.25 at Kochi port.", "17.03.25",
     _day("2025-03-17", False)),
    ("india", DCT, "A letter dated 12/03/25 was sent to the court.", "12/03/25",
     _day("2025-03-12")),
    ("india", DCT, "He was arrested on 17th March '25 in Goa.", "17th March '25",
     _day("2025-03-17", False)),
    ("india", DCT, "The raid happened on 31st March 2024 (Sunday) in Pune.", "Sunday",
     _day("2024-03-31")),
    ("india", DCT, "Officers arrested him on 11 March (Tuesday) in Pune.", "Tuesday",
     _day("2025-03-11")),
    ("india", DCT, "The letter dated the 10th ultimo reached the court.", "the 10th ultimo",
     _day("2025-02-10")),
    ("india", None, "PUBLISHED: 17 Mar 2025 | 09:45 AM IST\nThe police on Sunday seized "
     "heroin in Amritsar.", "Sunday", _day("2025-03-16", True)),
    # -- Gulf agencies --------------------------------------------------------------------
    ("gulf", DCT, "The campaign was launched on 17 Ramadan 1446 AH (17 March 2025) in Riyadh.",
     "17 Ramadan 1446 AH", _day("2025-03-17", False)),
    ("gulf", DCT, "The campaign was launched on 17 Ramadan 1446 AH (17 March 2025) in Riyadh.",
     "17 March 2025", _day("2025-03-17", False)),
    ("gulf", DCT, "Customs foiled the attempt on Ramadan 15, 1446 H (March 15, 2025).",
     "Ramadan 15, 1446 H", _day("2025-03-15")),
    # no gloss: the arithmetic Islamic calendar (1 Ramadan 1446 was 1 March 2025)
    ("gulf", DCT, "Tuesday 4 Ramadan 1446 AH\nThe ministry announced the arrests.",
     "Tuesday 4 Ramadan 1446 AH", _day("2025-03-04", False)),
    ("gulf", DCT, "Inspectors stopped the lorry on 2 Shawwal 1445 H at the border.",
     "2 Shawwal 1445 H", _day("2024-04-11", False)),
    ("gulf", DCT, "On Monday, 17 March 2025 corresponding to 17 Ramadan 1446 AH, inspectors "
     "found the pills.", "Monday, 17 March 2025", _day("2025-03-17")),
    ("gulf", None, "Dubai, 16 March 2025 (WAM) -- Dubai Customs thwarted an attempt.",
     "16 March 2025", _day("2025-03-16")),
    ("gulf", DCT, "The shipment was seized on Sunday, 16/3/2025 at Jebel Ali port.",
     "Sunday, 16/3/2025", _day("2025-03-16", False)),
    ("gulf", DCT, "The ministry said on Saturday that 40 smugglers had been held since the "
     "start of Ramadan.", "Saturday", _day("2025-03-15", True)),
    # -- Nigerian and Ghanaian police -------------------------------------------------------
    ("west_africa", DCT, "The suspects were arrested on Tuesday, 4th March, 2025 in Lagos.",
     "Tuesday, 4th March, 2025", _day("2025-03-04", False)),
    ("west_africa", DCT, "On Thursday 13th March 2025 at about 1400hrs, operatives stopped a "
     "bus.", "Thursday 13th March 2025", _day("2025-03-13")),
    ("west_africa", DCT, "The NDLEA said the drugs were recovered on 27th February, 2025.",
     "27th February, 2025", _day("2025-02-27")),
    ("west_africa", DCT, "Between 1st and 10th March, 2025, the command arrested 45 suspects.",
     "1st and 10th March, 2025", span("2025-03-01", "2025-03-10")),
    ("west_africa", DCT, "The suspect was picked up last week Friday at the airport.",
     "last week Friday", _day("2025-03-14", True)),
    ("west_africa", DCT, "Detectives traced him to Kano on Monday last week.",
     "Monday last week", _day("2025-03-10")),
    ("west_africa", DCT, "On Saturday, 8th March, officers raided a warehouse in Kumasi.",
     "Saturday, 8th March", _day("2025-03-08", True)),
    ("west_africa", DCT, "Police in Ghana on 28/02/2025 arrested a trader in Tema.",
     "28/02/2025", _day("2025-02-28")),
    ("west_africa", DCT, "The operation lasted from 24th to 28th February, 2025.",
     "24th to 28th February, 2025", span("2025-02-24", "2025-02-28")),
    ("west_africa", DCT, "The meeting will hold on 24th & 25th March 2025 in Abuja.",
     "24th & 25th March 2025", span("2025-03-24", "2025-03-25")),
    ("west_africa", DCT, "The suspect was arraigned on Friday, March 7, 2025 at the High Court.",
     "Friday, March 7, 2025", _day("2025-03-07")),
    # -- Russian and Central Asian translations ---------------------------------------------
    ("cis", DCT, "From 3 to 7 March of the current year, police held a prevention week.",
     "3 to 7 March of the current year", span("2025-03-03", "2025-03-07")),
    ("cis", DCT, "On the 2nd of March of the present year, a lab was dismantled.",
     "the 2nd of March of the present year", _day("2025-03-02")),
    ("cis", DCT, "On 11 February of the current year, a courier was detained in Bishkek.",
     "11 February of the current year", _day("2025-02-11")),
    ("cis", DCT, "From the 1st of January to the 31st of December 2024, 50 labs were shut.",
     "the 1st of January to the 31st of December 2024", span("2024-01-01", "2024-12-31")),
    ("cis", DCT, "In the first half of 2024, the service seized 1.2 tonnes.",
     "the first half of 2024", span("2024-01-01", "2024-06-30")),
    ("cis", DCT, "In January-February 2025, police registered 310 drug crimes.",
     "January-February 2025", span("2025-01-01", "2025-02-28")),
    ("cis", DCT, "For 11 months of 2024, customs officers seized 3 tons of drugs.",
     "11 months of 2024", span("2024-01-01", "2024-11-30")),
    ("cis", LATE, "During 9 months of the current year, 820 drug crimes were solved.",
     "9 months of the current year", span("2025-01-01", "2025-09-30")),
    ("cis", DCT, "In the current year, the agency plans to open two labs.",
     "the current year", span("2025-01-01", "2025-12-31")),
    ("cis", DCT, "At the end of last year, a new unit was set up in Tashkent.",
     "the end of last year", span("2024-12-01", "2024-12-31")),
    ("cis", DCT, "On March 5 this year, the courier was detained in Almaty.",
     "March 5 this year", _day("2025-03-05")),
    ("cis", DCT, "In the 1st quarter of 2025, the unit carried out 12 raids.",
     "the 1st quarter of 2025", {"start": "2025-01-01", "end": "2025-03-31",
                                 "timex": "2025-Q1"}),
    ("cis", DCT, "As of March 1, 2025, 512 people were on the drug register.",
     "March 1, 2025", _day("2025-03-01")),
    ("cis", DCT, "Between January and February this year, 88 suspects were arrested.",
     "January and February this year", span("2025-01-01", "2025-02-28")),
    ("cis", DCT, "In the period from 1 to 15 March 2025, police checked 400 cars.",
     "1 to 15 March 2025", span("2025-03-01", "2025-03-15")),
    ("cis", DCT, "In the first three months of this year, exports of precursors fell.",
     "the first three months of this year", span("2025-01-01", "2025-03-31")),
    ("cis", DCT, "On the night of 9 to 10 March, a car was stopped near Osh.",
     "9 to 10 March", span("2025-03-09", "2025-03-10")),
    # -- Latin American translations ------------------------------------------------------
    ("latam", DCT, "The police reported that on the 14th of this month, agents stopped a bus.",
     "the 14th of this month", _day("2025-03-14", True)),
    ("latam", DCT, "Last Saturday 8, navy personnel seized a boat off Cartagena.",
     "Last Saturday 8", _day("2025-03-08", True)),
    ("latam", DCT, "This Monday 17, the prosecutor charged three men in Quito.",
     "This Monday 17", _day("2025-03-17")),
    ("latam", DCT, "The lab was found on Sunday 16, in a rural area of Sinaloa.",
     "Sunday 16", _day("2025-03-16")),
    ("latam", DCT, "In the early hours of this Tuesday, soldiers found a plane.",
     "this Tuesday", _day("2025-03-18")),
    ("latam", DCT, "Last February 27, police arrested two brothers in Cali.",
     "Last February 27", _day("2025-02-27", True)),
    ("latam", DCT, "The raid took place on the 12th of last month in Rosario.",
     "the 12th of last month", _day("2025-02-12")),
    ("latam", DCT, "On March 1st, agents seized 2 tons in Manzanillo.", "March 1st",
     _day("2025-03-01", True)),
    # -- US court filings -----------------------------------------------------------------
    ("court", DCT, "The defendant sold heroin on or about March 3, 2024, in Newark.",
     "March 3, 2024", _day("2024-03-03", False)),
    ("court", DCT, "Between in or about January 2022 and on or about June 2023, the "
     "defendants imported cocaine.", "January 2022 and on or about June 2023",
     span("2022-01-01", "2023-06-30")),
    ("court", DCT, "From on or about May 1, 2023, through on or about May 30, 2023, he shipped "
     "pills.", "May 1, 2023, through on or about May 30, 2023",
     span("2023-05-01", "2023-05-30")),
    ("court", DCT, "On or about the 5th day of June, 2023, the defendant possessed a firearm.",
     "the 5th day of June, 2023", _day("2023-06-05", False)),
    ("court", DCT, "In or around the summer of 2022, the group began selling fentanyl.",
     "the summer of 2022", span("2022-06-01", "2022-08-31")),
    ("court", DCT, "From in or about 2019 through in or about 2022, the ring laundered cash.",
     "2019 through in or about 2022", span("2019-01-01", "2022-12-31")),
    ("court", DCT, "He was sentenced on March 7, 2025 to 120 months in prison.",
     "March 7, 2025", _day("2025-03-07")),
    # -- US wire style --------------------------------------------------------------------
    ("wire", DCT, "Sentencing is set for Dec. 3 before Judge Smith.", "Dec. 3",
     _day("2025-12-03", True)),
    ("wire", DCT, "The officer was shot Dec. 3 and died a week later.", "Dec. 3",
     _day("2024-12-03", True)),
    ("wire", DCT, "Police seized the guns last month in a traffic stop.", "last month",
     span("2025-02-01", "2025-02-28")),
    ("wire", DCT, "The bust came Sept. 30 after a long probe.", "Sept. 30", _day("2024-09-30")),
    ("wire", DCT, "Agents made the arrests late Monday in El Paso.", "late Monday",
     _day("2025-03-17")),
    ("wire", DCT, "The sheriff's office said Tuesday that two deputies were hurt.", "Tuesday",
     _day("2025-03-18")),
    ("wire", DCT, "On Tuesday the 11th, customs seized 5 kg.", "Tuesday the 11th",
     _day("2025-03-11")),
    ("wire", DCT, "The team met on the weekend of March 8-9 in Oslo.", "March 8-9",
     span("2025-03-08", "2025-03-09")),
    ("wire", DCT, "The ship sank on Christmas Day 2024 off Dover.", "Christmas Day 2024",
     _day("2024-12-25", False)),
    ("wire", DCT, "Crowds are expected downtown this weekend.", "this weekend",
     span("2025-03-22", "2025-03-23")),
    ("wire", DCT, "Police said on the weekend that 12 people were held.", "the weekend",
     span("2025-03-15", "2025-03-16")),
    ("wire", DCT, "In the past 24 hours, police arrested 14 people.", "the past 24 hours",
     {"timex": "PT24H"}),
    ("wire", DCT, "Overdoses have risen in recent weeks, officials said.", "recent weeks",
     {"timex": "PXW"}),
    ("wire", DCT, "The plant is due to open by mid-2024.", "mid-2024",
     span("2024-05-01", "2024-08-31")),
    ("wire", DCT, "The probe began late last year.", "late last year",
     span("2024-09-01", "2024-12-31")),
    ("wire", DCT, "The show drew 40,000 visitors, up from the previous edition in 2023.", "2023",
     span("2023-01-01", "2023-12-31")),
    ("wire", DCT, "Earlier this month, the minister resigned over the scandal.",
     "Earlier this month", {"timex": "2025-03"}),
    ("wire", DCT, "The body was found earlier today near the river.", "earlier today",
     _day("2025-03-18")),
    ("wire", DCT, "The deal was signed the day before yesterday in Panama.",
     "the day before yesterday", _day("2025-03-16")),
    ("wire", DCT, "A verdict is expected Thursday in the case.", "Thursday", _day("2025-03-20")),
    ("wire", DCT, "The summit, to be held on 25 February, will gather 40 states.",
     "25 February", _day("2026-02-25", True)),
    ("wire", DCT, "The deadline was February 28, officials said.", "February 28",
     _day("2025-02-28", True)),
    ("wire", DCT, "The operation, which began in June, will last until 31 October.",
     "31 October", _day("2025-10-31")),
    ("wire", "2025-04-22", "Officers seized 40 pounds of meth this weekend.", "this weekend",
     span("2025-04-19", "2025-04-20")),
    ("wire", "2025-04-22", "The county fair will open this weekend.", "this weekend",
     span("2025-04-26", "2025-04-27")),
    ("court", DCT, "The accused was remanded in judicial custody till 25 March.", "25 March",
     _day("2025-03-25", True)),
    ("court", DCT, "The case was adjourned to 14 April by the magistrate.", "14 April",
     _day("2025-04-14")),
    ("page_label", None, "Last updated on 17 Mar 2025\nPolice on Friday arrested 12 people.",
     "Friday", _day("2025-03-14")),
    ("page_label", None, "Release Date: 03/17/2025\nAgents on Friday arrested 12 people.",
     "Friday", _day("2025-03-14")),
    ("dateline", None, "Lagos, Nigeria — March 17, 2025: Operatives of the NDLEA on Thursday "
     "intercepted a truck.", "Thursday", _day("2025-03-13")),
    ("europe", DCT, "On 14. 3. 2025, police stopped a van near Brno.", "14. 3. 2025",
     _day("2025-03-14", False)),
    ("latam", DCT, "Officers arrested him this Tuesday (11) in Santos.", "this Tuesday (11)",
     _day("2025-03-11")),
    ("latam", DCT, "Officers arrested him on Tuesday (11/03) in Santos.", "Tuesday",
     _day("2025-03-11")),
    ("asia", DCT, "On 11 March 2025 Tuesday police raided a farm.", "Tuesday",
     _day("2025-03-11")),
    ("india", DCT, "The amnesty scheme runs till March-end.", "March-end",
     _day("2025-03-31")),
    ("fiscal", DCT, "In financial year 2023-24, arrests rose by a third.",
     "financial year 2023-24", {"timex": "FY2023/FY2024"}),
    ("fiscal", DCT, "In the financial year 2024, arrests rose.", "the financial year 2024",
     {"timex": "FY2024"}),
    # -- Asian numeric and abbreviated forms --------------------------------------------------
    ("asia", DCT, "The container arrived on 2025/03/14 at Busan.", "2025/03/14",
     _day("2025-03-14", False)),
    ("asia", DCT, "The parcel was found on 2025.03.14 in Taipei.", "2025.03.14",
     _day("2025-03-14", False)),
    ("asia", DCT, "Officers checked the ship from 2025/03/10 to 2025/03/12.",
     "2025/03/10 to 2025/03/12", span("2025-03-10", "2025-03-12")),
    ("asia", DCT, "The seizure was made on 14-Mar-2025 at Changi.", "14-Mar-2025",
     _day("2025-03-14")),
    ("asia", DCT, "On March 14th, 2025 (Friday), officers searched a flat.", "March 14th, 2025",
     _day("2025-03-14")),
    ("asia", DCT, "On March 14th, 2025 (Friday), officers searched a flat.", "Friday",
     _day("2025-03-14")),
    ("asia", DCT, "The committee met on 14 March, 2025 (Friday) in Delhi.", "14 March, 2025",
     _day("2025-03-14")),
    ("asia", DCT, "The courier was caught on 2025-03-09 at Incheon airport.", "2025-03-09",
     _day("2025-03-09")),
    # -- quarters, halves, fiscal years -----------------------------------------------------
    ("fiscal", DCT, "Revenue rose in FY2024 to $3 billion.", "FY2024",
     {"timex": "FY2024", "start": "2024-01-01"}),
    ("fiscal", DCT, "The budget for FY25 was approved by the council.", "FY25",
     {"timex": "FY2025", "start": "2025-01-01", "end": "2025-12-31"}),
    ("fiscal", DCT, "Profit rose in Q3 2024 and in H1 2025.", "Q3 2024",
     {"timex": "2024-Q3"}),
    ("fiscal", DCT, "Profit rose in Q3 2024 and in H1 2025.", "H1 2025", {"timex": "2025-H1"}),
    ("fiscal", DCT, "Sales in 2Q 2024 and 1H 2025 rose.", "1H 2025",
     {"timex": "2025-H1", "start": "2025-01-01", "end": "2025-06-30"}),
    ("fiscal", DCT, "Sales in 2H 2024 fell by a fifth.", "2H 2024",
     {"timex": "2024-H2", "start": "2024-07-01", "end": "2024-12-31"}),
    ("fiscal", DCT, "The figures for Q1 FY25 were released on time.", "Q1 FY25",
     {"timex": "FY2025-Q1"}),
    ("fiscal", DCT, "In the last quarter of 2024, seizures rose.", "the last quarter of 2024",
     {"timex": "2024-Q4", "start": "2024-10-01", "end": "2024-12-31"}),
    ("fiscal", DCT, "In the final quarter of last year, imports fell.",
     "the final quarter of last year", {"timex": "2024-Q4"}),
    ("fiscal", DCT, "In the second quarter of last year, imports fell.",
     "the second quarter of last year", {"timex": "2024-Q2"}),
    ("fiscal", DCT, "The plan covers the second half of 2025.", "the second half of 2025",
     span("2025-07-01", "2025-12-31")),
    ("fiscal", DCT, "Fiscal 2024 profit rose 8%.", "Fiscal 2024", {"timex": "FY2024"}),
    ("fiscal", DCT, "In the third quarter of fiscal 2025, revenue rose.",
     "the third quarter of fiscal 2025", {"timex": "FY2025-Q3"}),
    # one stretch, as "the year to June 30, 2026" (newswire2 gold): the twelve months ending then
    ("fiscal", DCT, "For the fiscal year ending March 31, 2025, seizures doubled.",
     "the fiscal year ending March 31, 2025", span("2024-04-01", "2025-03-31")),
    # -- decades, centuries, vague parts of years -------------------------------------------
    ("era", DCT, "Heroin use peaked in the 1990s.", "the 1990s", {"timex": "199"}),
    ("era", DCT, "The port was built in the 19th century.", "the 19th century",
     {"timex": "18"}),
    ("era", DCT, "Arrests rose in the 2010s and early 2020s.", "early 2020s", {"timex": "202"}),
    ("era", DCT, "The plant closed in late 2023 after a fire.", "late 2023",
     span("2023-09-01", "2023-12-31")),
    ("era", DCT, "In early March 2025, agents raided a farm.", "early March 2025",
     span("2025-03-01", "2025-03-10")),
    ("era", DCT, "In mid-February, the river flooded the road.", "mid-February",
     span("2025-02-11", "2025-02-20")),
]

ABSENT: list[tuple[str, str | None, str, str]] = [
    ("law_name", DCT, "The accused was booked under Section 21(c) of the NDPS Act, 1985.",
     "1985"),
    ("law_name", DCT, "He was charged under Sections 8(c), 20 and 29 of the NDPS Act 1985.",
     "1985"),
    ("case_number", DCT, "FIR No. 123/2025 was registered at the police station.", "123/2025"),
    ("case_number", DCT, "FIR No. 123/2025 was registered at the police station.", "2025"),
    ("case_number", DCT, "Police registered C.R. No. 2019/24 at the Pune station.", "2019/24"),
    ("case_number", DCT, "Case No. 1:24-cr-00123 was unsealed in Brooklyn.", "24"),
    ("phone", DCT, "Call the helpline on +91 11 2345 6789 or 1800-11-0031 any time.", "1800"),
    ("round_the_clock", DCT, "The helpline works 24/7 for all callers.", "24/7"),
    ("score", DCT, "Kano Pillars won 3-1 at home.", "3-1"),
    ("score", DCT, "The match ended 2-2 after extra time.", "2-2"),
    ("clock", DCT, "The bus left at 14:30 from the terminal.", "14:30"),
    ("coordinates", DCT, "The boat was found at 12°58'N 77°35'E off the coast.", "12°58'N"),
    ("money", DCT, "Drugs worth Rs 2.5 crore and Rs 2,025 in cash were seized.", "2,025"),
    ("money", DCT, "Cocaine worth $2,024 was hidden in the car.", "2,024"),
    ("article", DCT, "Under Article 228 of the Constitution, the case was moved.", "228"),
    ("iso_standard", DCT, "The lab holds ISO 9001:2015 certification.", "2015"),
    ("flight", DCT, "The courier arrived on flight EK 2024 from Dubai.", "2024"),
    ("flight", DCT, "He flew on flight AI 2019 to Delhi last year.", "2019"),
    ("registration", DCT, "The vehicle bearing registration MH-12-AB-2025 was stopped.",
     "2025"),
    ("distance", DCT, "The truck was stopped at km 2025 of the highway.", "2025"),
    ("programme_name", DCT, "The Vision 2030 plan sets targets for the kingdom.", "2030"),
    ("programme_name", DCT, "The union adopted Agenda 2063 as its framework.", "2063"),
    ("event_name", DCT, "Riyadh is building new metro lines for Expo 2030.", "2030"),
    ("event_name", DCT, "Tickets for Euro 2028 go on sale in the spring.", "2028"),
    ("event_name", DCT, "The dam powered the Beijing 2022 Winter Olympics with green "
     "electricity.", "2022"),
    ("event_name", DCT, "Sponsors of the Paris 2024 Games reported record sales.", "2024"),
    ("reference_code", DCT, "Shipment ref. 2025-03-14-0012 was flagged at the port.",
     "2025-03-14"),
    ("case_number", DCT, "The gazette lists Case 2024/123 among the appeals.", "2024"),
    ("count", DCT, "Police seized 2020 bottles of cough syrup.", "2020"),
    ("weekend_frame", DCT, "The team met on the weekend of March 8-9 in Oslo.", "the weekend"),
    ("overnight", DCT, "Two men were shot overnight in the city.", "overnight"),
    ("hijri_year", DCT, "In 1446 AH, customs foiled 90 attempts.", "1446"),
    ("count", DCT, "The truck's load weighed 2019 kg at the scale.", "2019"),
    ("ages", DCT, "The suspect, 24, and his wife, 31, were detained.", "24"),
    ("weekday_count", DCT, "On Saturday 8 suspects were arrested in Quito.", "Saturday 8"),
    ("weekday_thousands", DCT, "Officers seized on Sunday 2,000 pills at the port.",
     "Sunday 2"),
]


test_publisher_style_value, test_publisher_style_absent = publisher_style_tests(
    CASES, ABSENT)


def test_table_size() -> None:
    assert len(CASES) + len(ABSENT) >= 120

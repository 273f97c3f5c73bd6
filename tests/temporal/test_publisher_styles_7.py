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

Causes fixed in session 17 (holdout17 and newswire9 errors, each in our own wording):
- A page with no publication date whose posts stand under their own date lines (a social
  page's "handle • 18 February 2026", "Posted Sept. 9, 2027 3:05 pm"): the weekdays and
  "yesterday" of each post count from its own line.
- A year-first dotted or slashed date opens a range to another ("2025.06.25-2025.06.28") or to
  a month and day sharing its year ("2026.06.20-07.03").
- A weekday and a bare day of the month before a clause's first word ("On Saturday 8 the
  investigators ...") is that day (not before a counted noun: "Saturday 8 police officers").
- "from July 8, 2024 up to January 8, 2025": one range.
- "the week under review" is the report's own week.
- "the previous week" / "the following week": the week before (after) the last week the text
  gave, else the one of its last day.
- "in today's dollars", "by today's standards": the present in general, no day.
- "Until end of March the museum is partly closed": a state lasting until the date, so ahead.
- A bare "H1" before a report's noun in a headline ("BANK H1 NET PROFIT UP") is the half.
- "the second half of the month": days 16 to the end of the month the text named (else the
  reference's), not the year's second half; "... of next month" of the month after.
- "on Thursday week" (British usage): a week after the coming Thursday.
- A post header with the day and month only ("@RoyalOmanPolice · Oct 14") dates its post too,
  in the year the text writes nearest; a release with no date line above its text takes the
  posting line below it ("Released: April 12, 2024").

Causes fixed in session 20 (newswire12 and holdout20 errors and self-written probes, each in
our own wording):
- A date never runs over a blank line, even under a long headline ("... visitors a
  year\n\n2027-07-15 18:27:40": the date line's day, not "a year 2027").
- The military and aviation day-time group's date, glued and in capitals ("14JUL2026",
  "20JUL26"); "Q3FY27" glued as "Q3 FY27".
- A list of years each after the one before ("2023, 2024 and 2025") is one stretch, as "2024
  and 2025"; a list with gaps stays years of its own.
- "the day after" with no noun after it is the day after the last date, as "the day before".
- "the 72 hours through Tuesday morning": the days those hours reach into, ending that day;
  hours ahead ("forecast in the 24 hours to Wednesday evening") are a length, the day a date.
- A Spanish, Portuguese, French or Italian agency dateline's short month ("Madrid, 11 mar
  (EFE).-"), before the agency's bracket; a French, Italian or German full date with its year
  ("Mise à jour le 14 mai 2027", "14. März 2027"), as the Iberian "20 de febrero de 2026".
- A day.month opening its line ("02.11" under a headline, "18.11 A resident of ..." in a list
  of a site's news) is that day.
- "from a year earlier" whose sentence gives its stretch only after it ("slumped 41% from a
  year earlier to 18.3 billion yuan in the first seven months"): that stretch a year back.
- A hedge between "until", "by" or "since" and the date ("until at least the end of June")
  leaves the word governing it (ahead, or a month after it at all: "until at least June").
- "June-May 2026/27": a split year's months, June 2026 to May 2027.
- A year-less day or days after "for" ("has called new days of strike for 23 and 24 March")
  are what a thing is set for, as a lone weekday: the nearer ones, whatever the tense.
- "by September" at a line's end before a byline ("\n\nBy Ailing Tan"): a line break ends the
  name "by <Month> <Name>" would be; "earlier than 2038", "no later than 2030": a year.
- A month after "a" is a kind ("compared with a January average"), unless a figure's or
  meeting's noun follows ("a May deadline"); a bare season naming a kind of season ("the
  winter ski season", "the summer peak season") is no date.

Causes fixed in session 18 (holdout18 and newswire10 errors, each in our own wording):
- A date line in any form dates the text under it: a year-first date with a clock time dashed
  on ("2027/10/05-18:34"), a post header in brackets ("[09 Oct, 11:47]"), a time with seconds
  or a zone offset after the date.
- "the first decade of December" (a month's ten-day "decade", Russian usage): days 1-10,
  11-20, 21 to the end; "the third ten-day period of March" too.
- "1 January of 2025" and "the beginning of the year 2025": the year in the span.
- "It will be recalled that on January 28, agents had seized": a date opening a reported
  clause after a future cue takes its own clause's tense.
- A capitalised cue inside a name ("won the Australian Open in January") is no future cue.
- "the entire year" after a year its own sentence names ("since 2019, when Japan logged 744
  cases over the entire year") is that year.
- "today (23rd)": the day of the month glossing a day word is in its span.
- "the past two days" are the reference day and the one before (as "the past 24 hours" touch
  two days).
- A dairy season ("its 2027/28 forecast farmgate milk price") runs June-May.

Causes fixed in session 19 (newswire11 errors and our own wire-style probes, each in our own
wording):
- "the beginning of August", "the start of the month": the month (mod START), as the
  beginning of a year is the year: the text names no day.
- A month's number followed by "%" is a share, not its day ("the nine months to September
  9%").
- "this winter" is the season holding the reference, else the coming one for future wording,
  else the nearer of the one just ended and the next (told on 3 March: the winter just ended).
- "the Jan. 1-20 period", "the 1-10 March period": the days with their frame words, as
  "the January-June period".
- "the 2026-27 financial year": the article in the span, as in "the fiscal year".
- A season noun with no commodity in its sentence takes the story's, named before it
  ("Olive oil prices fell ... in the 2027/2028 campaign": October-September).
- A state begun and still lasting "until" or "through" a date ("China has restricted exports
  until the end of June", "curbs remain in place through the end of June") ends ahead.
- "the first 12 months" with no year is not the calendar year ("loans repaid in the first
  12 months").
- "a year ago" after a comparison word (or the figure compared) in a story that reports on no
  stretch is the reference day a year back ("up 3 percent from a year ago"; "the pace set a
  year ago" stays the year); "this time last year" is that day too, one span.
- A figure compared "a week earlier" ("up from $395 a week earlier") in a sentence that dates
  nothing counts from the reference, not from a day of another sentence.
- "in the past year" is the year before the reference's when the story named it anywhere
  before (not only in the sentence before).
- "That autumn" (opening its sentence or after a preposition): the season of the year the text
  gave last ("in 2018. That autumn": 2018's); not "said that summer tourism rose".
- "the same day" counts from the last day told that is no reporting verb's ("the election on
  Sunday ..., the commission said on Monday. A referendum held on the same day": Sunday).

Causes fixed in session 21 (holdout21 and newswire13 errors and our own probes, each in our own
wording):
- A wire's capital-letter place with a full stop before its day ("ASTANA. Oct 14 (Interfax-
  Kazakhstan) -", the Interfax and Kazinform usage) is a dateline: the lead's weekdays count
  from it.
- A date line with a clock in hours ("Tuesday, 17 November 2026, 10:00 hrs") or a post's
  audience icon after it ("14 November at 16:05 · 🌍") dates the text under it.
- A weekday whose written day does not fall on it in the year nearest a dated text's date is a
  slip, not a date a year away ("Monday 20 October" in a release of 22 October 2026 is 20
  October 2026); the weekday still picks the year within half a year of the date.
- "the same period of 2025" compares the last stretch the text reported, not a coming one
  named in another sentence ("the second stage is planned from 1 August").
- "from 1. January", "since 14. March 2027": a day with the German ordinal dot after a
  preposition (not a list's number: "1. January saw ...").
- A Chinese, Japanese or Korean year-first date with its unit signs ("2026年5月14日").
- A date that is the subject of a future cue right after it ("the quarter ending June 30 will
  show a loss") is ahead.
- A semicolon closes a date's clause: a past verb after it is another act's ("pay 68 euros
  from January, 5 euros more than now; the ministers had decided this in September").
- "April-July this fiscal", "the corresponding period last fiscal" (Indian usage): "fiscal"
  alone is the financial year, unless a noun follows it ("this fiscal policy").
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from date_paths import publisher_style_tests, span

from pressparse.temporal.tagger import DateTagger

DCT = "2025-03-18"
AUTUMN = "2024-11-05"


CASES: list[tuple[str, str | None, str, str, dict[str, Any]]] = [
    ("same_period", DCT, "In January-June 2024 officers seized 4.1 tonnes of hashish, 9 per "
     "cent more than in the same period of 2023.", "the same period of 2023",
     span("2023-01-01", "2023-06-30")),
    ("same_period", "2025-10-20", "In the first nine months of this year the unit seized 80 kg of "
     "cocaine, twice as much as in the same period last year.", "the same period last year",
     span("2024-01-01", "2024-09-30")),
    ("same_period", AUTUMN, "Officers have intercepted 900 kg of cocaine at the ports since "
     "January 1, 2024, up 20% over the same period last year.", "the same period last year",
     span("2023-01-01", "2023-11-05")),
    ("same_period", DCT, "The operation ran from 1 July to 30 September 2013. Compared with "
     "the same period of 2012, heroin seizures rose by a quarter.", "the same period of 2012",
     span("2012-07-01", "2012-09-30")),
    ("same_period", DCT, "Seizures of cannabis fell 5 percent from the same period a year "
     "earlier, the ministry said.", "the same period a year earlier",
     span("2024-01-01", "2024-12-31")),
    ("same_period", DCT, "Since March 20, 2024 police have seized 300 tons of drugs, 8 "
     "percent more than in the same period a year earlier.",
     "the same period a year earlier", span("2023-03-20", "2024-03-18")),
    ("same_period", DCT, "The first stage ran from 1 to 25 July 2024. During it, 1 064 crimes "
     "were detected (in the same period of 2023 – 917).", "the same period of 2023",
     span("2023-07-01", "2023-07-25")),
    # a stretch not over at the reference ("so far this year") is compared up to it
    ("same_period", "2025-10-21", "The navy has seized 58 tons of drugs so far this year. In "
     "the same period of 2024 the figure was 49 tons.", "the same period of 2024",
     span("2024-01-01", "2024-10-21")),
    # the financial year named between the comparison's words and its year ("last fiscal
    # year", "the previous financial year"), and "the same time last year": one span
    ("same_period", "2025-10-20", "Exports rose 12% in July-September, compared with the same "
     "quarter of the previous financial year.", "the same quarter of the previous financial year",
     span("2024-07-01", "2024-09-30")),
    ("same_period", "2025-10-20", "Customs collected Tk 900 crore in July-September, up from Tk "
     "700 crore in the same period last fiscal year.", "the same period last fiscal year",
     span("2024-07-01", "2024-09-30")),
    ("same_period", DCT, "The dam stood at 61% on Monday, against 48% at the same time last "
     "year.", "the same time last year", span("2024-03-17", "2024-03-17")),
    ("numeric_days", DCT, "The navies will exercise in the strait on 9-11/06/2026 with 14 "
     "boats.", "9-11/06/2026", span("2026-06-09", "2026-06-11")),
    ("numeric_days", DCT, "The course was held on 12-14.03.2025 in Medan.", "12-14.03.2025",
     span("2025-03-12", "2025-03-14")),
    ("month_pair", DCT, "The operation took place in July and August 2025 in 12 ports.",
     "July and August 2025", span("2025-07-01", "2025-08-31")),
    ("month_pair", DCT, "Checks ran through Dec. and Jan. 2025 at the border.",
     "Jan. 2025", span("2025-01-01", "2025-01-31")),
    ("month_pair", DCT, "Raids were carried out in May and September 2024.", "September 2024",
     span("2024-09-01", "2024-09-30")),
    ("iberian", DCT, "Cartagena, 14 de enero de 2025 (Translated from Spanish) - The Navy "
     "seized cocaine.", "14 de enero de 2025", span("2025-01-14", "2025-01-14")),
    ("iberian", DCT, "SÃO PAULO, 12 DE MARÇO DE 2025 - Federal Police arrested two men.",
     "12 DE MARÇO DE 2025", span("2025-03-12", "2025-03-12")),
    ("numeric_days", DCT, "Results at customs posts for 14.04-20.04.2024", "14.04-20.04.2024",
     span("2024-04-14", "2024-04-20")),
    ("numeric_days", DCT, "The training ran 03.11–07.11.2024 in Lome.", "03.11–07.11.2024",
     span("2024-11-03", "2024-11-07")),
    ("court_caption", DCT, "DELIVERED AT NAIROBI THIS 14TH DAY OF NOVEMBER, 2024.",
     "14TH DAY OF NOVEMBER, 2024", span("2024-11-14", "2024-11-14")),
    ("court_caption", DCT, "HEARD ON 3RD MARCH 2025 BEFORE THE JUDGE", "3RD MARCH 2025",
     span("2025-03-03", "2025-03-03")),
    ("case_number", DCT, "Criminal Appeal No. 88 of 2021 was heard on 4 February 2025.",
     "4 February 2025", span("2025-02-04", "2025-02-04")),
    # session 17: posts under their own date lines, no publication date
    ("post_line", None, "almaty_police_official • 18 February 2026\nOn Monday officers "
     "detained a courier with 1.2 kg of mephedrone.\nalmaty_police_official • 3 February "
     "2026\nYesterday the department held a seminar for inspectors.", "Monday",
     span("2026-02-16", "2026-02-16")),
    ("post_line", None, "almaty_police_official • 18 February 2026\nOn Monday officers "
     "detained a courier with 1.2 kg of mephedrone.\nalmaty_police_official • 3 February "
     "2026\nYesterday the department held a seminar for inspectors.", "Yesterday",
     span("2026-02-02", "2026-02-02")),
    ("post_line", None, "Posted Sept. 9, 2027 3:05 pm\nTORONTO - Wildfires caused about $2.3 "
     "billion in insured damage, an industry group said Thursday.", "Thursday",
     span("2027-09-09", "2027-09-09")),
    ("post_line", None, "Coast Guard Station | 12.05.2025\nOfficers boarded the dhow on "
     "Saturday and found 40 kg of heroin.", "Saturday", span("2025-05-10", "2025-05-10")),
    ("ymd_range", DCT, "The operation ran from 2026.06.20-07.03 in Selenge province.",
     "2026.06.20-07.03", span("2026-06-20", "2026-07-03")),
    ("ymd_range", DCT, "Checks were held 2024/11/03-11/09 at the rail border.",
     "2024/11/03-11/09", span("2024-11-03", "2024-11-09")),
    ("ymd_range", DCT, "Raids took place 2025.02.25-2025.02.28 in three provinces.",
     "2025.02.25-2025.02.28", span("2025-02-25", "2025-02-28")),
    ("bare_day", DCT, "On Saturday 8 the investigators searched a warehouse in the port.",
     "Saturday 8", span("2025-03-08", "2025-03-08")),
    ("bare_day", DCT, "On Thursday 13 they seized 20 kilos of cocaine.", "Thursday 13",
     span("2025-03-13", "2025-03-13")),
    ("up_to", "2025-02-10", "In the first half, that is from July 8, 2024 up to January 8, "
     "2025, the police seized 30 kg of cocaine.", "July 8, 2024 up to January 8, 2025",
     span("2024-07-08", "2025-01-08")),
    ("under_review", DCT, "WEEKLY BULLETIN - Week of 3 to 9 March 2025\nDuring the week "
     "under review, police units conducted 214 patrols.", "the week",
     span("2025-03-03", "2025-03-09")),
    ("previous_week", DCT, "From 3 to 9 March, officers carried out 27 actions. Compared to "
     "the previous week, seizures rose by 18 percent.", "the previous week",
     span("2025-02-24", "2025-03-02")),
    ("previous_week", DCT, "The team met in Vienna on 4 February 2025 and returned to the "
     "port the following week.", "the following week", span("2025-02-10", "2025-02-16")),
    ("previous_week", DCT, "Sales fell in the previous week, the agency said.",
     "the previous week", span("2025-03-10", "2025-03-16")),
    ("until", "2027-01-14", "The museum set a record. Until end of March the museum is partly "
     "closed because of renovation of the roof.", "end of March",
     span("2027-03-31", "2027-03-31")),
    ("until", "2027-01-14", "The museum set a record. Until March the road was closed for "
     "repairs.", "March", span("2026-03-01", "2026-03-31")),
    ("half_code", "2027-08-26", "BANK RAKYAT MAKMUR H1 NET PROFIT UP 8.6 PCT",
     "H1", span("2027-01-01", "2027-06-30")),
    ("month_half", "2026-03-10", "Parliament will debate the bill in the second half of the "
     "month.", "the second half of the month", span("2026-03-16", "2026-03-31")),
    ("month_half", "2026-03-10", "Fuel prices are set to rise in the first half of next "
     "month.", "the first half of next month", span("2026-04-01", "2026-04-15")),
    ("month_half", "2026-03-10", "Arrests rose in the second half of last month.",
     "the second half of last month", span("2026-02-16", "2026-02-28")),
    ("week_later", "2026-03-10", "The minister will travel to Brussels on Thursday week to "
     "sign the deal.", "Thursday week", span("2026-03-19", "2026-03-19")),
    ("week_later", "2026-03-10", "The magistrate adjourned the case to Monday week.",
     "Monday week", span("2026-03-23", "2026-03-23")),
    ("post_line", None, "Oman Police @OmanPolice · Oct 14\nThe coast guard intercepted a "
     "boat yesterday evening.\nOman Police @OmanPolice · Oct 12\nPolice arrested a man on "
     "Saturday.\nIn the first nine months of 2025, 412 smugglers were held.", "Saturday",
     span("2025-10-11", "2025-10-11")),
    ("post_line", None, "Oman Police @OmanPolice · Oct 14\nThe coast guard intercepted a "
     "boat yesterday evening.\nIn the first nine months of 2025, 412 smugglers were held.",
     "yesterday evening", span("2025-10-13", "2025-10-13")),
    # round 2: "the same month last year" with no month named: the reference's month a
    # year back (TIMEX3's anchor; nw9_04's gold)
    ("same_month", "2027-02-19", "BEIJING, Feb. 19 -- The export quota is up 7 percent on "
     "the first batch issued in the same month last year.", "the same month last year",
     span("2026-02-01", "2026-02-28")),
    ("same_month", "2026-05-14", "Used-car prices were up 3 percent from the year-earlier "
     "month, the dealers' group said.", "the year-earlier month",
     span("2025-05-01", "2025-05-31")),
    ("same_month", "2026-05-14", "Exports in April rose 5 percent from the same month last "
     "year.", "the same month last year", span("2025-04-01", "2025-04-30")),
    # a baseline "from a year ago" with no date in its sentence, in a story reporting on a
    # month: that month a year back (the guide's monthly report; nw_10's gold)
    ("year_ago", "2024-07-23", "Used-car sales fell 3.2% in June, the dealers' group said "
     "Tuesday.\n\nThe stock of unsold cars rose 12.4% from a year ago to 410,000.",
     "a year ago", span("2023-06-01", "2023-06-30")),
    # ... in a story that reports on no stretch, the reference day a year back (session 19:
    # the spent news-wire gold's "up 31% compared to a year ago", "higher than a year ago")
    ("year_ago", "2026-05-14", "Exports rose 5 percent from a year ago, data showed "
     "Thursday.", "a year ago", span("2025-05-14", "2025-05-14")),
    ("year_ago", "2027-07-08", "The price was 9.2 euros a litre, against 7 euros one year "
     "ago.", "one year ago", span("2026-07-08", "2026-07-08")),
    ("year_ago", "2027-07-08", "The bank slowed its bond sales from the pace set a year ago.",
     "a year ago", span("2026-01-01", "2026-12-31")),
    # a cue that is also a plural noun, the subject before a past verb: no coming date
    ("noun_cue", "2026-05-14", "Housing starts in April fell 2.3 percent from a month "
     "earlier, the ministry said.", "April", span("2026-04-01", "2026-04-30")),
    ("noun_cue", "2026-05-14", "Ski runs in March were closed after the avalanche.", "March",
     span("2026-03-01", "2026-03-31")),
    ("noun_cue", "2026-05-14", "New home starts in March also rose to 80,000 units.",
     "March", span("2026-03-01", "2026-03-31")),
    ("noun_cue", "2026-05-14", "The new ferry line starts in April, the operator said.",
     "April", span("2027-04-01", "2027-04-30")),
    ("post_line", None, "MIAMI - The cutter's crew offloaded 7,000 pounds of cocaine at Port "
     "Everglades on Thursday.\n\nReleased: April 12, 2024\nDistrict Public Affairs",
     "Thursday", span("2024-04-11", "2024-04-11")),
    # session 18
    ("date_line", None, "Top > Society\n2027/10/05-18:34\n\nTokyo, Oct. 5 (Jiji Press)--Losses "
     "reached 3.8 trillion yen, an anti-piracy group said Tuesday.", "Tuesday",
     span("2027-10-05", "2027-10-05")),
    ("date_line", None, "Top > Society\n2027/10/05-18:34\n\nTokyo, Oct. 5 (Jiji Press)--Losses "
     "reached 3.8 trillion yen, an anti-piracy group said Tuesday.", "2027/10/05",
     span("2027-10-05", "2027-10-05")),
    ("date_line", None, "[09 Oct, 11:47]\nThe dog found hashish in the spare wheels "
     "yesterday.\nIn January-September 2026 the post made 40 finds.", "yesterday",
     span("2026-10-08", "2026-10-08")),
    ("date_line", None, "Published 05/10/2027 18:34:12 (UTC+3)\nThe court heard the case on "
     "Monday.", "Monday", span("2027-10-04", "2027-10-04")),
    ("decade", "2026-11-20", "The second stage of the exercise will be held in the first "
     "decade of December.", "the first decade of December", span("2026-12-01", "2026-12-10")),
    ("decade", DCT, "In the third decade of February 2024 the dog handlers passed the exam.",
     "the third decade of February 2024", span("2024-02-21", "2024-02-29")),
    ("decade", DCT, "Sowing ends in the second ten-day period of May 2025.",
     "the second ten-day period of May 2025", span("2025-05-11", "2025-05-20")),
    ("of_year", "2027-10-05", "The quotas in force since 1 January of 2025 were cut.",
     "1 January of 2025", span("2025-01-01", "2025-01-01")),
    ("of_year", "2026-03-02", "Since the beginning of the year 2025, customs seized 3 tonnes "
     "of cannabis resin.", "the beginning of the year 2025", span("2025-01-01", "2025-12-31")),
    ("recalled", "2025-02-17", "It will be recalled that on January 28, agents posted at the "
     "airport had seized 38 kilograms of cocaine.", "January 28",
     span("2025-01-28", "2025-01-28")),
    ("recalled", "2025-02-17", "It was agreed that on March 28 the agents will hold a joint "
     "drill.", "March 28", span("2025-03-28", "2025-03-28")),
    ("name_cue", "2027-07-11", "Sinner, who also won the Australian Open in January, will "
     "return to No. 1 on Monday.", "January", span("2027-01-01", "2027-01-31")),
    ("name_cue", "2027-07-11", "Museum Opens In September", "September",
     span("2027-09-01", "2027-09-30")),
    ("entire_year", "2027-03-09", "It was the highest weekly figure since 2019, when Japan "
     "logged 744 cases over the entire year, the institute said.", "the entire year",
     span("2019-01-01", "2019-12-31")),
    ("day_gloss", "2025-09-23", "The Judiciary Police announced today (23rd) that it had "
     "dismantled a syndicate.", "today (23rd)", span("2025-09-23", "2025-09-23")),
    ("day_gloss", "2025-09-23", "The two suspects were seen yesterday (22) at the Border "
     "Gate.", "yesterday (22)", span("2025-09-22", "2025-09-22")),
    ("past_days", "2025-10-06", "Podgorica, 06.10.2025. During the past two days, officers "
     "arrested 31 persons.", "the past two days", span("2025-10-05", "2025-10-06")),
    ("past_days", "2025-10-06", "In the last 48 hours police seized 12 kg of cannabis.",
     "the last 48 hours", span("2025-10-04", "2025-10-06")),
    ("season_subject", "2027-06-02", "The co-operative opened its 2027/28 forecast farmgate "
     "milk price range at NZ$9.00 to NZ$10.50.", "2027/28", span("2027-06-01", "2028-05-31")),
    # -- session 19
    ("month_start", "2027-08-20", "The Rhine is expected to rise again at the beginning of "
     "August, the waterways office said.", "the beginning of August",
     span("2027-08-01", "2027-08-31")),
    ("month_start", "2027-08-20", "Water levels fell sharply at the start of July and stayed "
     "low.", "the start of July", span("2027-07-01", "2027-07-31")),
    ("month_start", "2027-08-20", "Since the beginning of the month, barges have loaded a "
     "third of their capacity.", "the beginning of the month", span("2027-08-01", "2027-08-31")),
    ("month_end", "2027-08-20", "The ban runs until the end of September.",
     "the end of September", span("2027-09-30", "2027-09-30")),
    ("percent_day", "2026-12-02", "Sales in the three months to September rose 4%, and in the "
     "nine months to September 9%.", "the nine months to September",
     span("2026-01-01", "2026-09-30")),
    ("this_season", "2026-03-03", "Rainfall this winter was 40% below the average, the "
     "weather service said.", "this winter", span("2025-12-01", "2026-02-28")),
    ("this_season", "2026-01-20", "Snowfall this winter has been scarce in the Alps.",
     "this winter", span("2025-12-01", "2026-02-28")),
    ("this_season", "2026-10-20", "The resorts expect a good season this winter.",
     "this winter", span("2026-12-01", "2027-02-28")),
    ("this_season", "2026-10-06", "Insured losses from wildfires this summer reached $2.3 "
     "billion.", "this summer", span("2026-06-01", "2026-08-31")),
    ("day_period", "2027-01-21", "Exports rose 11.4 percent on-year in the Jan. 1-20 period, "
     "customs data showed.", "the Jan. 1-20 period", span("2027-01-01", "2027-01-20")),
    ("day_period", "2027-01-21", "Imports fell 3 percent in the 1-10 January period.",
     "the 1-10 January period", span("2027-01-01", "2027-01-10")),
    ("fiscal_noun", "2027-05-10", "The bank expects to write off 4.1 billion in the 2026-27 "
     "financial year.", "the 2026-27 financial year", {"timex": "FY2026/FY2027"}),
    ("season_subject", "2027-02-10", "Olive oil prices in Spain fell 20% in January. "
     "Producers expect output to recover in the 2027/2028 campaign.", "2027/2028",
     span("2027-10-01", "2028-09-30")),
    ("season_subject", "2027-05-20", "Ivory Coast's cocoa arrivals reached 1.5 million tonnes "
     "by May 17. Ghana's regulator has cut its 2026/27 output forecast.", "2026/27",
     span("2026-10-01", "2027-09-30")),
    ("lasting", "2027-03-10", "China has restricted urea exports until the end of June, "
     "traders said.", "the end of June", span("2027-06-30", "2027-06-30")),
    ("lasting", "2027-03-10", "Export curbs remain in place through the end of June.",
     "the end of June", span("2027-06-30", "2027-06-30")),
    ("lasting", "2027-03-10", "Flights have been suspended until Sunday, the airline said.",
     "Sunday", span("2027-03-14", "2027-03-14")),
    ("lasting", "2027-03-10", "Flights had been suspended until Sunday, the airline said.",
     "Sunday", span("2027-03-07", "2027-03-07")),
    ("lasting", "2027-03-10", "The road remained closed until the end of February.",
     "the end of February", span("2027-02-28", "2027-02-28")),
    ("this_time", "2026-10-06", "The reservoir was at 41% of capacity, compared with 58% at "
     "this time last year.", "this time last year", span("2025-10-06", "2025-10-06")),
    ("this_time", "2026-10-06", "This time last year, the reservoir was nearly full.",
     "This time last year", span("2025-10-06", "2025-10-06")),
    # "the same day" is the day of the thing told, not of a reporting verb's
    ("same_day", "2023-10-16", "WARSAW, Oct 16 - Turnout in the election on Sunday reached "
     "74.4%, the commission said on Monday. A referendum held on the same day failed.",
     "the same day", span("2023-10-15", "2023-10-15")),
    ("same_day", "2026-05-12", "Police said on Tuesday they had seized 2 tonnes of cocaine "
     "in a raid on Saturday. The same day, officers arrested four men.", "The same day",
     span("2026-05-09", "2026-05-09")),
    ("same_day", "2026-05-12", "Officers stopped the truck on May 3. The same day, a second "
     "truck was searched at the border.", "The same day", span("2026-05-03", "2026-05-03")),
    # a figure compared "a week earlier" in a sentence that dates nothing: from the reference
    ("week_earlier", "2027-03-10", "India's tender closed on Feb. 10 with offers of 1.5 "
     "million tonnes. Urea rose to $430 a tonne, up from $395 a week earlier, traders said.",
     "a week earlier", span("2027-03-03", "2027-03-03")),
    ("week_earlier", "2027-03-10", "Police arrested the man on Feb. 10. A week earlier, he "
     "had crossed the border.", "A week earlier", span("2027-02-03", "2027-02-03")),
    # "That autumn": the season of the year the text gave last
    ("that_season", "2027-08-20", "The Rhine last fell this low in 2018. That autumn, barges "
     "could load only a third of their capacity.", "That autumn",
     span("2018-09-01", "2018-11-30")),
    ("that_season", "2027-08-20", "The bridge opened on 12 March 2019. In that summer, "
     "traffic doubled.", "that summer", span("2019-06-01", "2019-08-31")),
    # "in the past year" after the year before the reference, named anywhere before it
    ("past_year", "2027-02-15", "Revenue from the tax on sugary drinks reached 45 billion "
     "pesos in 2026, the ministry reported on Monday. The tax was raised in January.\n\nThe "
     "ministry said sales of sugary drinks fell 8% in the past year, while water sales rose.",
     "the past year", span("2026-01-01", "2026-12-31")),
    # -- session 20
    ("blank_line", "2027-07-15", "Mega theme park opens in south China's Hengqin, eyeing 8 mln "
     "visitors a year\n\n2027-07-15 18:27:40\n\nZHUHAI, July 15 (Xinhua) -- The park opened.",
     "2027-07-15", span("2027-07-15", "2027-07-15")),
    ("blank_line", "2026-04-02", "Customs officers at the eastern border seized 40 kg of heroin "
     "hidden in a truck in\n\nMarch 2026 figures show the rise went on.", "March 2026",
     span("2026-03-01", "2026-03-31")),
    ("glued_dtg", "2026-07-15", "Yesterday 14JUL2026, troops of the zone located and disabled "
     "two clandestine airstrips.", "14JUL2026", span("2026-07-14", "2026-07-14")),
    ("glued_dtg", "2026-07-15", "The notice to airmen is valid until 20JUL26 for the whole "
     "sector.", "20JUL26", span("2026-07-20", "2026-07-20")),
    ("dotted_month", None, "Brazil's GDP grows 0.4% in third quarter\nSão Paulo\n"
     "3.Dec.2026 at 9h15 Updated: 3.Dec.2026 at 18h40\n\nThe economy grew 0.4%.",
     "3.Dec.2026", span("2026-12-03", "2026-12-03")),
    ("glued_quarter", "2027-05-14", "The lender's Q3FY27 net profit rose 12 per cent on higher "
     "loan growth.", "Q3FY27", {"timex": "FY2027-Q3"}),
    ("year_list", "2027-10-20", "The team won the world title in 2023, 2024 and 2025.",
     "2023, 2024 and 2025", span("2023-01-01", "2025-12-31")),
    ("year_list", "2027-10-20", "Inflation averaged 4% in 2022, 2023, 2024, and 2025, the "
     "bank said.", "2022, 2023, 2024, and 2025", span("2022-01-01", "2025-12-31")),
    ("day_after", "2026-05-20", "On 16 May the gendarmes arrested a trader in Ivandry. His "
     "accomplice was apprehended the day after.", "the day after",
     span("2026-05-17", "2026-05-17")),
    ("hours_to", "2027-01-12", "Snow piled up to 2 meters in the 72 hours through Tuesday "
     "morning, the weather agency said.", "the 72 hours through Tuesday morning",
     span("2027-01-09", "2027-01-12")),
    ("hours_to", "2027-01-12", "Rainfall in the 24 hours to Monday reached 300 mm in the "
     "hills.", "the 24 hours to Monday", span("2027-01-10", "2027-01-11")),
    ("hours_to", "2027-01-12", "Up to 80 cm of snow is forecast in the 24 hours to Wednesday "
     "evening.", "Wednesday evening", span("2027-01-13", "2027-01-13")),
    ("agency_dateline", "2027-03-12", "Madrid, 11 mar (EFE).- The strike of doctors entered "
     "its fourth day.", "11 mar", span("2027-03-11", "2027-03-11")),
    ("agency_dateline", "2027-04-05", "Lisboa, 3 abr (Lusa) - Police seized 3 tonnes of "
     "cocaine in a container.", "3 abr", span("2027-04-03", "2027-04-03")),
    ("foreign_dmy", "2027-05-14", "Mise à jour le 14 mai 2027 à 10h32", "14 mai 2027",
     span("2027-05-14", "2027-05-14")),
    ("foreign_dmy", "2027-05-14", "Pubblicato il 3 maggio 2027 alle 10:15", "3 maggio 2027",
     span("2027-05-03", "2027-05-03")),
    ("foreign_dmy", "2027-05-14", "Stand: 14. März 2027", "14. März 2027",
     span("2027-03-14", "2027-03-14")),
    ("line_day", "2026-11-18", "Dog handlers of the border units improved their skills\n"
     "02.11\nFrom 20 to 31 October, a course was held in Ahal.", "02.11",
     span("2026-11-02", "2026-11-02")),
    ("line_day", "2026-11-18", "Read also\n18.11 A resident of Cheboksary tried to send "
     "cannabinoids by rail\n17.11 At the Penza-1 station, police detained a courier",
     "17.11", span("2026-11-17", "2026-11-17")),
    ("year_earlier_ahead", "2027-08-03", "Contracted sales slumped 41% from a year earlier "
     "to 18.3 billion yuan in the first seven months.", "a year earlier",
     span("2026-01-01", "2026-07-31")),
    ("year_earlier_ahead", "2027-08-03", "Exports rose 8% from a year earlier in the "
     "April-June quarter, the ministry said.", "a year earlier",
     span("2026-04-01", "2026-06-30")),
    # ... not a record or baseline in another clause after it
    ("year_earlier_ahead", "2023-08-22", "The median sales price rose 4.1% from a year earlier "
     "to $426,900, topping the record of $419,300 set in June 2022.", "a year earlier",
     span("2022-01-01", "2022-12-31")),
    ("year_earlier_ahead", "2025-10-24", "That's 58% below the level of a year earlier and the "
     "cheapest since December 2024.", "a year earlier", span("2024-01-01", "2024-12-31")),
    ("hedged_until", "2027-03-10", "Beijing has told producers to prioritise the domestic "
     "market until at least the end of June, two sources said.", "the end of June",
     span("2027-06-30", "2027-06-30")),
    ("hedged_until", "2027-03-10", "Urea exports are banned until at least June.", "June",
     span("2027-06-01", "2027-06-30")),
    ("line_break_name", "2027-08-03", "Company plans to propose debt overhaul by September"
     "\n\nBy Ailing Tan and Dorothy Ma\nAugust 3, 2027", "September",
     span("2027-09-01", "2027-09-30")),
    ("than_year", "2027-08-01", "For the eastern districts a date earlier than 2038 is "
     "rejected by the state governments.", "2038", span("2038-01-01", "2038-12-31")),
    ("than_year", "2027-08-01", "The report must be filed no later than 2030.", "2030",
     span("2030-01-01", "2030-12-31")),
    ("month_kind", "2027-01-12", "The ministers set a May deadline for the deal.", "May",
     span("2027-05-01", "2027-05-31")),
    ("set_for_days", "2027-03-11", "The union has called new days of strike for 23 and 24 "
     "March with a demonstration in Madrid.", "23 and 24 March",
     span("2027-03-23", "2027-03-24")),
    ("set_for_days", "2027-03-11", "The airline cancelled 40 flights for 2 March, a spokesman "
     "said.", "2 March", span("2027-03-02", "2027-03-02")),
    ("split_months", "2027-05-14", "The June-May 2026/27 marketing year begins next month.",
     "June-May 2026/27", span("2026-06-01", "2027-05-31")),
    # -- session 21
    ("interfax_dateline", None, "ASTANA. Oct 14 (Interfax-Kazakhstan) - Police seized 1.7 "
     "tonnes of drugs in January-September 2026, the ministry said on Wednesday.", "Wednesday",
     span("2026-10-14", "2026-10-14")),
    ("interfax_dateline", None, "OMSK. Nov 20 (Interfax-Siberia) - The FSB detained four "
     "couriers on Thursday, a spokesman said in 2026.", "Thursday",
     span("2026-11-19", "2026-11-19")),
    ("hrs_date_line", None, "Police Headquarters, Area 30, Lilongwe – Tuesday, 17 November "
     "2026, 10:00 hrs\n\nLast Thursday, officers intercepted a courier.", "Last Thursday",
     span("2026-11-12", "2026-11-12")),
    ("hrs_date_line", None, "Gaborone – Monday, 9 November 2026, 14:30 hours\n\nPolice today "
     "confirmed the arrests.", "today", span("2026-11-09", "2026-11-09")),
    ("weekday_slip", "2026-10-22", "He was sentenced on Monday 20 October to nine years.",
     "Monday 20 October", span("2026-10-20", "2026-10-20")),
    ("weekday_slip", "2026-10-22", "The courier was arrested on Sunday 19 October at the "
     "airport.", "Sunday 19 October", span("2026-10-19", "2026-10-19")),
    ("weekday_year", "2026-12-20", "The hearing was moved to Friday, January 8.",
     "Friday, January 8", span("2027-01-08", "2027-01-08")),
    ("weekday_year", "2027-01-05", "He was arrested on Tuesday, Dec. 29.", "Tuesday, Dec. 29",
     span("2026-12-29", "2026-12-29")),
    ("same_period_stage", "2026-07-18", "The first stage ran from 2 June to 15 July 2026. The "
     "second stage is planned from 1 August to 30 September.\n\nOfficers detected 318 "
     "crimes (for the same period of 2025 – 276).", "the same period of 2025",
     span("2025-06-02", "2025-07-15")),
    ("same_period_stage", "2026-10-20", "Seizures will reach 5 tonnes in November-December "
     "2026, against 4 tonnes in the same period of 2025.", "the same period of 2025",
     span("2025-11-01", "2025-12-31")),
    ("dot_dmy", "2027-11-24", "Passengers pay 4.9 percent more from 1. January.", "1. January",
     span("2028-01-01", "2028-01-01")),
    ("dot_dmy", None, "The new rules apply since 14. March 2027 in Hamburg.", "14. March 2027",
     span("2027-03-14", "2027-03-14")),
    ("cjk", None, "The customs office announced on 2026年5月14日 that 40 kg had been seized.",
     "2026年5月14日", span("2026-05-14", "2026-05-14")),
    ("cjk", None, "발표 2026년 11월 3일 세관", "2026년 11월 3일",
     span("2026-11-03", "2026-11-03")),
    ("future_subject", "2027-05-10", "The company said the quarter ending June 30 will show a "
     "loss of $40 million.", "the quarter ending June 30", span("2027-04-01", "2027-06-30")),
    ("future_subject", "2027-01-19", "Officials said Friday will bring the first snow of the "
     "winter.", "Friday", span("2027-01-22", "2027-01-22")),
    ("this_fiscal", "2027-08-17", "Exports dipped 6.8 per cent during April-July this fiscal "
     "against USD 12.2 billion.", "April-July this fiscal", span("2027-04-01", "2027-07-31")),
    ("semicolon", "2027-11-24", "Passengers pay 68 euros per month from January, 5 euros more "
     "than now; the ministers had decided this already in September.", "January",
     span("2028-01-01", "2028-01-31")),
    ("semicolon", "2027-11-24", "Passengers paid 63 euros per month from January; the fare "
     "rises again in the new year.", "January", span("2027-01-01", "2027-01-31")),
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
    ("bare_day", DCT, "On Saturday 8 police officers were hurt in the raid.", "Saturday 8"),
    ("nowadays", "2027-09-09", "The 2016 fire caused insured losses of roughly $4.1 billion "
     "in today's dollars.", "today"),
    ("nowadays", DCT, "By today's standards the haul was small.", "today"),
    ("half_code", DCT, "The clinic reported 40 H1N1 cases and new H1 visa rules.", "H1"),
    ("ymd_range", DCT, "Ref. 2025.02.25-26 was filed.", "2025.02.25-26"),
    ("month_half", DCT, "Parliament will debate the bill in the second half of the month.",
     "the second half"),
    ("week_later", DCT, "The Thursday week of action ended with a march.", "Thursday week"),
    ("date_line", DCT, "Ref. 2025/03/14-0012 was filed.", "2025/03/14"),
    ("decade", DCT, "The first decade of the programme cost $4 million.", "the first decade"),
    ("percent_day", "2026-12-02", "Output in the 12 months to March 9% below target.",
     "March 9"),
    ("this_time", "2026-10-06", "Markets are closed at this time.", "this time last year"),
    ("that_season", "2027-08-20", "Officials said that summer tourism rose in 2018.",
     "that summer"),
    ("first_12_months", "2027-05-10", "Most of the loans were repaid in the first 12 months, "
     "the report said.", "the first 12 months"),
    # -- session 20
    ("year_list", "2027-10-20", "Finals were held in 2019, 2022 and 2025.",
     "2019, 2022 and 2025"),
    ("year_list", "2027-10-20", "He played in 2019, 2020, and 2022.", "2019, 2020, and 2022"),
    ("day_after", "2026-05-20", "His accomplice was arrested the day after the raid.",
     "the day after"),
    ("glued_dtg", "2026-07-15", "The part number 14JULY2026X was recalled.", "14JULY2026"),
    ("line_day", "2026-11-18", "Price list\n12.50 USD per kg\n10.75 for members", "12.50"),
    ("line_day", "2026-11-18", "He ran the distance in\n10.12 seconds.", "10.12"),
    ("agency_dateline", "2027-03-12", "Gates 4, 11 mar the view (see plan).", "11 mar"),
    ("line_break_name", "2027-08-03", "The photo was taken by April Wilson.", "April"),
    ("foreign_dmy", "2027-05-14", "He sold 14 mai tai cocktails at the bar.", "14 mai"),
    ("than_year", "2027-08-01", "The plant produced more than 2038 tonnes.", "2038"),
    ("month_kind", "2027-01-12", "The snow depth reached 4.12 meters, compared with a January "
     "average of 2.05 m.", "January"),
    ("season_kind", "2027-07-15", "A ticket costs 399 yuan during the summer peak season.",
     "the summer"),
    ("season_kind", "2027-01-20", "The strike came at the height of the winter ski season.",
     "the winter"),
    # -- session 21
    ("dot_dmy", "2027-11-24", "Point 1. January saw the sharpest rise.", "1. January"),
    ("dot_dmy", "2027-11-24", "Chapter 3. March of the Penguins", "3. March"),
    ("sports_half", "2027-06-13", "Bath won four scrum penalties in the first half.",
     "the first half"),
    ("this_fiscal", "2027-08-17", "The bank said this fiscal policy stance will hold.",
     "this fiscal"),
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

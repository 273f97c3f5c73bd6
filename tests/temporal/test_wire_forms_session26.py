"""Session 26 forms, classes of error on the spent sealed sets (holdout22-26, newswire14-18),
tested in our own wording and in other countries' styles:
- dates in lines written in capitals ("IN THE FIRST TEN MONTHS OF 2026", "OVER THE PAST WEEK",
  "THE WEEK"; holdout23, holdout24, holdout26): read with their date words in the grammar's
  case; names in capitals stay as written, "MAY"/"MARCH" are months only next to a number or
  after a word that makes a bare month a date.
- a fiscal year written with both years in full ("fiscal year 2027/2028", "FY 2026/2027";
  newswire18 twice): the year that starts with the first, as "FY 2026/27".
- a weekday pair after "between" with each day of the month in brackets ("between Thursday
  (19) and Sunday (22)", Brazilian usage): one stretch, from the day written.
- a date kept in the source language of a translation: "25 nov. 2026" (a short month in lower
  case, with its year), "el 3 de febrero" (an Iberian day and month without the year).
"""

from __future__ import annotations

from date_paths import AbsentCase, ValueCase, publisher_style_tests, span

NOV = "2026-11-25"  # a Wednesday


CASES: list[ValueCase] = [
    ("caps", NOV, "ZAMBIA REVENUE AUTHORITY SEIZED 40 KG OF HEROIN IN THE FIRST TEN MONTHS OF "
     "2026.", "THE FIRST TEN MONTHS OF 2026", span("2026-01-01", "2026-10-31")),
    ("caps", NOV, "OVER THE PAST WEEK, OFFICERS OF THE FIJI POLICE FORCE ARRESTED 12 MEN.",
     "THE PAST WEEK", span("2026-11-16", "2026-11-22")),
    ("caps", NOV, "BULLETIN NO. 44\nTHE BORDER GUARDS OF MONGOLIA SEIZED 3 KG OF OPIUM LAST "
     "SATURDAY NEAR ZAMYN-UUD.", "LAST SATURDAY", span("2026-11-21", "2026-11-21")),
    ("caps", NOV, "CUSTOMS OFFICERS IN MAPUTO SEIZED 2 TONNES OF HASHISH IN MAY 2026.",
     "MAY 2026", span("2026-05-01", "2026-05-31")),
    ("caps", NOV, "THE OPERATION RAN FROM 3 TO 9 NOVEMBER IN THE PROVINCE OF SANTA CRUZ.",
     "3 TO 9 NOVEMBER", span("2026-11-03", "2026-11-09")),
    ("caps", NOV, "POLICE IN LIMA HELD 5 SUSPECTS SINCE MARCH, THE PNP SAID.", "MARCH",
     span("2026-03-01", "2026-03-31")),
    # a headline in capitals over a body in mixed case keeps the body's dates
    ("caps", NOV, "GHANA NARCOTICS CONTROL COMMISSION SEIZES COCAINE\nOn Monday, officers at "
     "Tema port found 20 kg of cocaine.", "Monday", span("2026-11-23", "2026-11-23")),
    ("fiscal_pair", "2027-09-10", "Jordan's cabinet approved the draft budget for fiscal year "
     "2028/2029 on Sunday.", "fiscal year 2028/2029", {"timex": "FY2028/FY2029"}),
    ("fiscal_pair", "2027-09-10", "The Pakistani government raised the FY2027/2028 target.",
     "FY2027/2028", {"timex": "FY2027/FY2028"}),
    ("bracket_days", NOV, "Inspections carried out between Monday (2) and Wednesday (4) in "
     "Lubango led to 14 arrests.", "Monday (2) and Wednesday (4)",
     span("2026-11-02", "2026-11-04")),
    ("bracket_days", NOV, "Federal Highway Police officers worked between Thursday (19) and "
     "Sunday (22) in Cascavel.", "Thursday (19) and Sunday (22)",
     span("2026-11-19", "2026-11-22")),
    ("source_language", NOV, "SANTO DOMINGO, 25 nov. 2026. The DNCD seized 300 kg.",
     "25 nov. 2026", span("2026-11-25", "2026-11-25")),
    ("source_language", NOV, "Ciudad de Panamá, 3 dic 2025 - La policía incautó 30 paquetes.",
     "3 dic 2025", span("2025-12-03", "2025-12-03")),
    ("source_language", NOV, "The exporters said shipments would start on 9 de febrero.",
     "9 de febrero", span("2027-02-09", "2027-02-09")),
]

ABSENT: list[AbsentCase] = [
    # a modal "MAY" and a march in capitals are no months
    ("caps", NOV, "POLICE MAY ARREST MORE SUSPECTS, THE MINISTER SAID.", "MAY"),
    ("caps", NOV, "THOUSANDS JOINED THE PROTEST MARCH IN NAIROBI.", "MARCH"),
    ("source_language", NOV, "The 12 ago in the table is a code.", "12 ago"),
]


test_session26_value, test_session26_absent = publisher_style_tests(CASES, ABSENT)

"""Date conventions of publishers met on the fourth held-out set, in our own sentences: the
ordinal dot after a dotted date's year, "the 2nd of this month", a year inside a reference
code, "the day before" an event named after it, years side by side as a table's columns,
a year-less day after "the afternoon of" ("the afternoon of 12/10"), a bare month after
"compared with/to".

Decisions: the dot after the year is part of the date when the sentence goes on after it or
the date fills its line; a dot ending a sentence stays out. "the Nth of this/last/next
month" is one day. A year glued to a slash and letters ("Ref: 2025/PR-418") is a code.
"the day before/after the <event>" dates the event, which the text names, not the
reference: no date of its own.
"""

from __future__ import annotations

from typing import Any

from date_paths import publisher_style_tests

DCT = "2025-10-16"

# (fix, reference or None, text, expected span, expected values)
CASES: list[tuple[str, str | None, str, str, dict[str, Any]]] = [
    ("ordinal_dot", None, "Police raid a workshop in Kragujevac\n03.09.2025.\n\nOfficers found",
     "03.09.2025.", {"start": "2025-09-03", "end": "2025-09-03"}),
    ("ordinal_dot", None, "During a search on 2.9.2025., officers found 40 plants.",
     "2.9.2025.", {"start": "2025-09-02"}),
    ("ordinal_dot", None, "On 21.08.2025. border police stopped a van at Batrovci.",
     "21.08.2025.", {"start": "2025-08-21"}),
    ("ordinal_dot", None, "The van was stopped at the border on 21.08.2025. The driver fled.",
     "21.08.2025", {"start": "2025-08-21"}),
    ("ordinal_dot", None, "Officers searched the flat on 21.08.2025.\nThey found cash.",
     "21.08.2025", {"start": "2025-08-21"}),
    ("year_columns", DCT,
     "Seizures by year\n\nDrug          2025          2024\nHeroin    12 kg   9 kg", "2024",
     {"start": "2024-01-01", "end": "2024-12-31"}),
    ("year_columns", DCT, "Drug\t2023\t2022\nCocaine\t4 t\t3 t", "2022",
     {"start": "2022-01-01"}),
    ("day_part_of", DCT, "On the afternoon of 11/10, border guards stopped two men.", "11/10",
     {"start": "2025-10-11", "end": "2025-10-11"}),
    ("day_part_of", DCT, "In the early morning of 14/09, police raided a farm.", "14/09",
     {"start": "2025-09-14"}),
    ("compared_with", DCT, "Seizures rose by 38 percent compared with September.",
     "September", {"start": "2025-09-01", "end": "2025-09-30"}),
    ("compared_with", DCT, "Arrests were up 12% compared to August, officials said.", "August",
     {"start": "2025-08-01"}),
    ("nth_of_month", DCT, "On the 2nd of this month, customs officers boarded the ship.",
     "the 2nd of this month", {"start": "2025-10-02", "end": "2025-10-02"}),
    ("nth_of_month", DCT, "The suspect was arrested on the 28th of last month in Faro.",
     "the 28th of last month", {"start": "2025-09-28", "end": "2025-09-28"}),
    ("nth_of_month", DCT, "The hearing is set for the 4th of next month.",
     "the 4th of next month", {"start": "2025-11-04", "end": "2025-11-04"}),
]

# (fix, reference or None, text, span that is no date)
ABSENT: list[tuple[str, str | None, str, str]] = [
    ("ordinal_dot", None, "The van was stopped on 21.08.2025. The driver fled.", "21.08.2025."),
    ("ordinal_dot", None, "Officers searched the flat on 21.08.2025.\nThey found cash.",
     "21.08.2025."),
    ("year_columns", DCT, "Call the hotline on +1 202 555 2020 at any time.", "2020"),
    ("year_columns", DCT, "Call the hotline on 0800 555 2019 at any time.", "2019"),
    ("day_part_of", DCT, "He ate 3/4 of the afternoon of snacks.", "3/4"),
    ("reference_code", DCT, "Press release 12 Oct 2025 | Ref: 2025/PR-377\n\nA course ended.",
     "2025"),
    ("reference_code", DCT, "Our file 2024/INV-0091 was closed.", "2024"),
    ("day_before_event", DCT, "On 17 November, the day before the summit, experts met in Lima.",
     "the day before"),
    ("day_before_event", DCT, "The day after the raid, two more suspects surrendered.",
     "The day after"),
]


test_publisher_style_value, test_publisher_style_absent = publisher_style_tests(
    CASES, ABSENT)

"""Session 27 forms, classes of error on the spent sealed sets (holdout22-27, newswire14-19),
tested in our own wording and in other countries' styles:
- a timeline's entry: a day.month opening its line before a dash or colon ("12.03 — Officers
  ...", "14.03, 06:40 — At the checkpoint ...", "05.11: ..."; holdout27 twice, as the list
  entries "– 17.11, Khorgos" of holdout22 and "18.11 A resident" of holdout20) is that day;
  a text whose lines open with dotted clock times ("14.47 - The fire service ...", a live
  report) reads "10.05 — " there as a time, no date;
- a comparison's year in an aside ("212 cases (2024: 187)") is no year "the reporting year"
  counts from;
- a scan's letters for digits ("l4.l2.2O26", "O9 Decernber", "3O Septernber") read as
  digits and month names inside a number with a real digit, not in words or labels ("No.12",
  "Hello2026", "lO/lI").
"""

from __future__ import annotations

from date_paths import AbsentCase, ValueCase, publisher_style_tests, span

MAR = "2026-03-20"  # a Friday


CASES: list[ValueCase] = [
    ("timeline_day", MAR, "Chronology of the case\n\n12.03 — Detectives of the Tartu "
     "prefecture learned of a courier.\n\n14.03 — A car was stopped at Koidula.", "12.03",
     span("2026-03-12", "2026-03-12")),
    ("timeline_day", MAR, "Chronology of the case\n\n12.03 — Detectives of the Tartu "
     "prefecture learned of a courier.\n\n14.03 — A car was stopped at Koidula.", "14.03",
     span("2026-03-14", "2026-03-14")),
    ("timeline_day", MAR, "How the case unfolded\n09.03, 05:15 - Officers in Kaunas stopped a "
     "van carrying 40 kg of cannabis.", "09.03", span("2026-03-09", "2026-03-09")),
    ("timeline_day", MAR, "Main events of the week:\n– 16.03: the port of Durres received "
     "a container of bananas.\n– 17.03: 300 kg of cocaine were found in it.", "17.03",
     span("2026-03-17", "2026-03-17")),
    ("timeline_day", MAR, "Case file\n• 11.02 — Search of a flat in Chisinau.", "11.02",
     span("2026-02-11", "2026-02-11")),
    ("aside_year", "2026-03-16", "In 2025 the border service opened 212 cases (2024: 187). "
     "Over the reporting year, officers seized 41.7 kg of heroin.", "the reporting year",
     span("2025-01-01", "2025-12-31")),
    ("aside_year", "2027-02-10", "Revenue Service of Georgia, results of 2026\n\nIn 2026 "
     "customs officers of Poti detected 96 smuggling attempts (2025: 71), the service "
     "said. During the year, 14 tonnes of cigarettes were seized.", "the year",
     span("2026-01-01", "2026-12-31")),
    ("scanned_digits", "2026-12-14", "KENYA COAST GUARD SERVICE\nMombasa, l4.l2.2O26\nA "
     "patrol boat intercepted a dhow off Lamu.", "l4.l2.2O26",
     span("2026-12-14", "2026-12-14")),
    ("scanned_digits", "2026-12-14", "On O9 Decernber a patrol boat intercepted a dhow off "
     "Lamu with 2OO kg of heroin.", "O9 Decernber", span("2026-12-09", "2026-12-09")),
    ("scanned_digits", "2026-12-14", "The Port Louis anti-drug unit searched a container on "
     "2l/ll/2O26 and found 8 kg of cocaine.", "2l/ll/2O26",
     span("2026-11-21", "2026-11-21")),
    ("scanned_digits", "2026-10-02", "Gendarmes in Mopti seized 50 kg of cannabis on "
     "3O Septernber.", "3O Septernber", span("2026-09-30", "2026-09-30")),
]

ABSENT: list[AbsentCase] = [
    # a live report's clock times ("14.47 - ...") make its other entries times too
    ("clock_entries", MAR, "Floods: live updates\n\n14.47 - The fire service says 40 homes "
     "were evacuated in Shkoder.\n\n10.05 - Rail services to Lezhe are suspended.", "10.05"),
    ("clock_entries", MAR, "Storm live\n09.30 — Ferries to Split were cancelled.\n10.11 — "
     "The bridge at Omis is closed.", "10.11"),
    # a decimal or a clock time inside a sentence, no line opener
    ("timeline_day", MAR, "The index closed at 12.03 — a record for the exchange.",
     "12.03"),
    # letters in words and labels are no scanned digits
    ("scanned_digits", MAR, "Report No.12 of the Hello2026 campaign lists the I-95 road.",
     "No.12"),
    ("scanned_digits", MAR, "The form lO/lI was filed in March.", "lO/lI"),
]


test_session27_value, test_session27_absent = publisher_style_tests(CASES, ABSENT)

"""Announced events keep their own dates (our own wording): a training, meeting or exercise
"will be held" on days told after the lead, an operation that "started on Monday and will
continue until Friday" (the plan's words make the sentence background for figures, not for
the announced event's own days)."""

from __future__ import annotations

import pytest
from event_days import DateCase, assert_first_event_days, case_ids

# (text, published, event type, expected (start_date, end_date) of the first such event)
CASES: list[DateCase] = [
    # a ministry page: the course's sentence comes after a sentence about the press service
    ("Course for police dog handlers\nMINSK, 2 April 2025. The press service of the ministry "
     "reported this. A training course for dog handlers of the CIS states will be held in "
     "Minsk from 14 to 25 April.",
     None, "training", ("2025-04-14", "2025-04-25")),
    # a regional organization: the meeting is planned for a later day
    ("Ministers to meet\nASTANA, 3 June 2025 – The council of interior ministers will meet in "
     "Astana on 12 June to discuss joint measures against drug trafficking, the ministry said.",
     None, "meeting", ("2025-06-12", "2025-06-12")),
    # a defence ministry: the exercise is announced after the wire's dateline sentence
    ("Joint exercise in Kyrgyzstan\nBISHKEK, 10 September 2024. /AKIpress/. The joint exercise "
     "of the CSTO rapid reaction forces will be held from 16 to 20 September in the Issyk-Kul "
     "region. About 1,500 servicemen from five countries will take part.",
     None, "exercise", ("2024-09-16", "2024-09-20")),
    # a running operation: its start and its announced end in one sentence with 'will'
    ("Operation launched\nThe police started operation Poppy on Monday and will continue it "
     "until Friday. Officers will check vehicles at 40 checkpoints.",
     "2025-06-10", "operation", ("2025-06-09", "2025-06-13")),
    # a headline's coarse start ("to start in June") and the lead's run of days
    ('Operation "Mak-2026" to start in June\nThe interdepartmental operation "Mak-2026" will '
     "be held in the Chui region from 1 June to 30 September, the Ministry of Internal "
     "Affairs said.",
     "2026-03-02", "operation", ("2026-06-01", "2026-09-30")),
    # a course whose length is told with the day it ended: back from its end
    ("UNODC trains 25 port officers in Mombasa\nMOMBASA, 21 May 2026 - A five-day training "
     "course on container profiling for 25 officers of the Kenya Ports Authority concluded "
     "today in Mombasa.",
     "2026-05-22", "training", ("2026-05-17", "2026-05-21")),
]


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_announced_event_dates(case: DateCase) -> None:
    assert_first_event_days(case)

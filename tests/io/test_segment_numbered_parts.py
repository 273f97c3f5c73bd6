"""One document whose parts are numbered headings stays one item: a meeting record's
agenda items ("Item 2 – ...", "Agenda item 3. ..."), a report's dotted sections ("2.2
Seizures at sea" after "2.1 ...", "3.1" under "3. ..."). A heading continues the numbering
of one above it (the next sibling or the first child), or opens a labelled numbering under
the document's own prose."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

MEETING_RECORD = Layout("meeting_record_labelled_items", (
    "RECORD OF THE NINTH MEETING OF HEADS OF ENFORCEMENT\n"
    "Castries, 4–5 March 2027\n\n"
    "The meeting was attended by enforcement heads of eight member administrations and by "
    "observers from two regional bodies, under the chair of the host administration.\n\n"
    "Item 1 – Adoption of the agenda\n"
    "The agenda was adopted without amendment after a short discussion of the timetable.\n\n"
    "Item 2 – Maritime seizures in 2026\n"
    "Members reported 14 interceptions of go-fast vessels and the seizure of 3.2 tonnes of "
    "cocaine, most of it off the southern coast of the region.\n\n"
    "Item 3 – Container control\n"
    "The host administration presented its new risk profile for reefer containers arriving "
    "from South America, which led to two seizures in January.\n\n"
    "Item 4 – Date of the next meeting\n"
    "The tenth meeting will be held in Bridgetown in the second half of the year.\n"
), [
    ("RECORD OF THE NINTH MEETING", "in the second half of the year.",
     "RECORD OF THE NINTH MEETING OF HEADS OF ENFORCEMENT"),
])

REPORT_DOTTED_SECTIONS = Layout("report_dotted_sections", (
    "2. DRUG LAW ENFORCEMENT\n\n"
    "2.1 Arrests\n\n"
    "During the year the Narcotics Bureau arrested 612 people for drug offences, 9 per cent "
    "more than in the previous year, most of them for possession of cannabis.\n\n"
    "2.2 Seizures at sea\n\n"
    "The Maritime Unit seized 410 kg of methamphetamine from a yacht south of Suva in "
    "August, the largest seizure in the country's history.\n\n"
    "2.3 Cooperation with partners\n\n"
    "Officers took part in two regional operations with the police forces of neighbouring "
    "island states and received training on the profiling of small craft.\n"
), [
    ("2. DRUG LAW ENFORCEMENT", "the profiling of small craft.", "2. DRUG LAW ENFORCEMENT"),
])

AGENDA_WITH_DOTTED_NUMBERS = Layout("minutes_labelled_dotted_points", (
    "SUMMARY OF DISCUSSIONS\n\n"
    "The working group met by video link on 12 May 2027 with delegates of six countries "
    "and the regional liaison office; the chair opened the session.\n\n"
    "Point 1. Precursor diversion\n"
    "Delegates described shipments of chemicals declared as solvents and diverted to "
    "clandestine laboratories in the border region.\n\n"
    "Point 2. Online sales\n"
    "The liaison office presented its analysis of drug sales through messaging channels and "
    "parcel lockers in three capitals.\n"
), [
    ("SUMMARY OF DISCUSSIONS", "parcel lockers in three capitals.", "SUMMARY OF DISCUSSIONS"),
])

LAYOUTS = [MEETING_RECORD, REPORT_DOTTED_SECTIONS, AGENDA_WITH_DOTTED_NUMBERS]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS, ("bounds", "titles")))
def test_numbered_parts(layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)

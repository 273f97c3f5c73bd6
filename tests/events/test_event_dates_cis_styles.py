"""Event dates in the styles of CIS agencies and their wires (our own wording): stages
joined by a dash ("the first stage ... from 3 to 7 June, the second stage – from 1 to 5
July"), the day a summing-up meeting was held before the operation it reviewed, and days
without a year in a text without any (a dateline "BISHKEK, 10 September."), read in the year
of the event's name ("Search-2024")."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, event type, event name or None, expected (start_date, end_date))
CASES: list[tuple[str, str | None, str, str | None, tuple[str | None, str | None]]] = [
    ("Operation results announced\nMOSCOW, July 8. /TASS/. The first stage of the "
     "international operation \"Channel – Ambush\" was held from 3 to 7 June, the second "
     "stage – from 1 to 5 July, the CSTO secretariat said.",
     "2024-07-08", "operation", "Channel-Ambush", ("2024-06-03", "2024-07-05")),
    ("Meeting sums up operation\nDUSHANBE, 17 February 2025 – A meeting of the heads of the "
     "drug control agencies was held in Dushanbe on 17 February to sum up the results of the "
     "operation \"Channel – Centre\", conducted from 3 to 14 February.",
     None, "meeting", None, ("2025-02-17", "2025-02-17")),
    ("Meeting sums up operation\nDUSHANBE, 17 February 2025 – A meeting of the heads of the "
     "drug control agencies was held in Dushanbe on 17 February to sum up the results of the "
     "operation \"Channel – Centre\", conducted from 3 to 14 February.",
     None, "operation", None, ("2025-02-03", "2025-02-14")),
    ("Exercise Search-2024 starts\nBISHKEK, 10 September. /AKIpress/. The joint exercise "
     "\"Search-2024\" of the CSTO rapid reaction forces will be held from 16 to 20 September "
     "in the Issyk-Kul region.",
     None, "exercise", None, ("2024-09-16", "2024-09-20")),
    ("Results of the operation\nASTANA, April 25. /Kazinform/ In the period from 15 to 20 "
     "April 2024, within the framework of the operation \"Mak-2024\", police officers "
     "destroyed 12 hectares of wild hemp and seized 300 kg of drugs.",
     "2024-04-25", "operation", None, ("2024-04-15", "2024-04-20")),
    ("Operation in the border regions\nFrom 03.06.2024 to 07.06.2024, border guards conducted "
     "the operation \"Border-2024\" in the southern regions and seized 120 kg of hashish.",
     None, "operation", None, ("2024-06-03", "2024-06-07")),
    # the operation's debriefing meeting "held on" days of its own after the operation ran
    ("Joint operation concludes\nBishkek, 30 July 2025 – Police of five countries have "
     "concluded the joint operation \"Steppe Shield\", carried out from 7 April to 6 June "
     "2025. The results were presented at the operation's debriefing meeting held on 28-29 "
     "July in Bishkek.",
     "2025-07-30", "meeting", None, ("2025-07-28", "2025-07-29")),
    # a working meeting that summed up joint patrols "carried out from ... to ...": the
    # meeting's day, not the patrols' days, though a later clause of its sentence agreed on
    # more (a word of the meeting's kind)
    ("Border guards of two countries met at Karasu\n12.02.2026\nOn February 11, a working "
     "meeting of the heads of the border detachments of Uzbekistan and Tajikistan took "
     "place at the Oybek checkpoint. The sides summed up the joint patrols carried out from "
     "January 26 to February 8 on the mountain sections of the border, agreed on the "
     "exchange of information on couriers and approved a plan of joint measures.",
     None, "meeting", None, ("2026-02-11", "2026-02-11")),
    # the meeting's own date after a passive of holding stays the meeting's
    ("Drug control council meets\n12.02.2026\nThe council of the regional drug control "
     "agencies summed up the year's results at a meeting that was held on February 11 in "
     "Samarkand and agreed on a plan of joint measures.",
     None, "meeting", None, ("2026-02-11", "2026-02-11")),
    # a minister received a delegation on a day ("a delegation": a meeting's words), and
    # later sentences discuss and plan a seminar in May: the reception's day
    ("Minister of Internal Affairs meets delegation of Georgia's police\n18 March, 09:30\n"
     "On March 17, the Minister of Internal Affairs received in Yerevan a delegation led by "
     "the deputy head of the Georgian police.\nThe sides discussed cooperation on the "
     "border. A memorandum on holding a joint seminar for officers in Gyumri in May was "
     "signed at the end of the meeting.",
     "2026-03-18", "meeting", None, ("2026-03-17", "2026-03-17")),
    # the seminar the memorandum plans is a training of its own, though the lead spoke of
    # training and the memorandum is a meeting's word
    ("Minister of Internal Affairs meets delegation of Georgia's police\n18 March, 09:30\n"
     "On March 17, the Minister of Internal Affairs received in Yerevan a delegation led by "
     "the deputy head of the Georgian police.\nThe sides discussed cooperation on the "
     "border and joint training of personnel. A memorandum on holding a joint seminar for "
     "officers in Gyumri in May 2026 was signed at the end of the meeting.",
     "2026-03-18", "training", None, ("2026-05-01", "2026-05-31")),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[2]}@{i}" for i, c in enumerate(CASES)])
def test_cis_style_dates(
        case: tuple[str, str | None, str, str | None, tuple[str | None, str | None]]) -> None:
    text, published, event_type, name, expected = case
    document = pressparse.extract(text, published=published)
    events = [e for item in document.items for e in item.events
              if e.type == event_type and (name is None or e.name == name)]
    assert events, [(e.type, e.name) for item in document.items for e in item.events]
    assert (events[0].start_date, events[0].end_date) == expected

"""Event dates on publisher styles of the fifth held-out set, end to end (our own wording):
a lead that names no date before the sentence saying when the event "took place", and a
dateline whose place has accented letters ("Bogotá, October 14, 2025.")."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, event type, expected (start_date, end_date) of the first such event)
CASES: list[tuple[str, str | None, str, tuple[str | None, str | None]]] = [
    # a dateline whose place carries its state, province or country in brackets (holdout8's
    # "Lomé (Togo), 12 November 2025 –", holdout26's "Chapecó (SC), 24/11/2026 -"): the
    # report's date, the operation's own days dating it
    ("Joint operation on the border\n\nPosadas (MI), 24/11/2026 - The Federal Police carried "
     "out, between Thursday (19) and Sunday (22), the operation Frontera in the border strip. "
     "The teams seized 400 kg of marijuana.",
     "2026-11-24", "operation", ("2026-11-19", "2026-11-22")),
    ("Coast guard exercise ends\n\nGuwahati (Assam), 3 March 2026 – The Assam Police held a "
     "joint exercise from 27 February to 1 March on the Brahmaputra with the border force.",
     "2026-03-03", "exercise", ("2026-02-27", "2026-03-01")),
    # a channel's posts under bracketed stamp lines with their clock time ("[02 Oct, 11:10]"):
    # the stamp is the posting's date, so the period the post reports dates its figures
    ("Far Eastern Customs | official channel\n@dvtu_official · 9 812 subscribers\n📌 Pinned "
     "message\n[02 Oct, 11:10]\n📊 NINE MONTHS IN FIGURES\nIn January–September 2026, the "
     "customs of the Far Eastern Customs Directorate initiated 19 criminal cases on drug "
     "smuggling and withdrew 23,4 kg of narcotic drugs from illegal circulation, "
     "including:\n🔹 hashish – 12,3 kg\n🔹 heroin – 8,1 kg\n👁 2.4K\n[06 Oct, 17:40]\n🚚 "
     "HEROIN IN A TRUCK\nOn October 5, officers of Ussuriysk Customs at the Poltavka "
     "checkpoint found 3,2 kg of heroin in the cabin of a truck. The driver was "
     "detained.\n👁 1.9K\n",
     None, "other", ("2026-01-01", "2026-09-30")),
    ("Prosecutor's Office of the Nation\nHome / News / News 2025\nLanguage: English\n"
     "Smuggling ring that hid cocaine in coffee sacks bound for Spain is dismantled\n"
     "Bulletin 1234\nMedellín, September 3, 2025.\n\n"
     "An investigation of the anti-narcotics directorate, carried out with the National "
     "Police, made it possible to dismantle a ring that hid cocaine in coffee sacks bound "
     "for Spain.\n\nThe captures took place on August 27 and 28 in Medellín and Itagüí, "
     "during 9 searches in which pistols and cash were seized.",
     "2025-09-03", "operation", ("2025-08-27", "2025-08-28")),
    ("Cocaine found in a banana container at the port\n"
     "Mazatlán, October 2, 2025. Customs officers found 310 kg of cocaine in a container "
     "of bananas bound for Rotterdam.",
     None, "seizure", (None, None)),
    # a regional wire's dateline: the place in capitals closed by a period, the agency in
    # brackets, then a hyphen; the exercise was held on the weekday the lead names
    ("Border guards of two countries practise a joint search\n"
     "ABAKAN. Oct 9 (Interfax-Siberia) - Border guards of Khakassia and their neighbours "
     "held a joint exercise on Tuesday near the checkpoint, the directorate told the agency. "
     "About 40 servicemen took part in the exercise.",
     "2025-10-09", "exercise", ("2025-10-07", "2025-10-07")),
    # the day the boat left, counted back from the find, is not the find's day
    ("Heroin seized from a dhow off the coast\n"
     "PEMBA, 14 Nov - A navy patrol boat stopped a dhow on Tuesday east of the port and found "
     "300 kg of heroin in sacks of salt. The dhow had left the Makran coast about two weeks "
     "earlier.",
     "2025-11-14", "seizure", ("2025-11-11", "2025-11-11")),
    # a total "so far in" a year runs to the report: no end
    ("Navy boards a fishing boat\nMANAMA, 12 November 2025 - A frigate boarded a fishing "
     "boat on 9 November and seized 400 kg of hashish.\n\nThe task force has seized more "
     "than 12 tonnes of narcotics so far in 2025.",
     "2025-11-12", "other", ("2025-01-01", None)),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[2]}@{i}" for i, c in enumerate(CASES)])
def test_event_dates_of_publisher_styles(
        case: tuple[str, str | None, str, tuple[str | None, str | None]]) -> None:
    text, published, event_type, expected = case
    document = pressparse.extract(text, published=published)
    assert document.errors == []
    events = [e for item in document.items for e in item.events if e.type == event_type]
    assert events, [e.type for item in document.items for e in item.events]
    assert (events[0].start_date, events[0].end_date) == expected

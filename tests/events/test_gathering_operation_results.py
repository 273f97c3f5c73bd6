"""A meeting carries no seizures: its sentence on a named operation's figures ("During the
operation 1.2 tons were seized") gives them to that operation, and the local results listed
after it are results part_of it; a period's total in a later paragraph ("In 2024, ... seized")
stays a total of its own. Participants named after "participants came from" (our own
wording, end to end)."""

from __future__ import annotations

import pytest

import pressparse
from pressparse.schema import Event

MINUTES = ("Drug control council meets in Bishkek\n"
           "On 12 September 2025, the council of heads of drug control agencies met in "
           "Bishkek.\n"
           "2. On the results of the joint operation \"Mak-2025\"\n"
           "(Report by the head of the working group)\n"
           "It was noted that the operation was conducted from 2 to 20 June in four states.\n"
           "During the operation, 2.6 tonnes of narcotic drugs were withdrawn from illegal "
           "circulation, including 900 kg of hashish.")

# (text, published, operation name, its substances, number of results part_of it)
CASES: list[tuple[str, str | None, str, list[str], int]] = [
    # a regional bureau's meeting summing up a named operation
    ("Heads of anti-drug units met in Tashkent\n"
     "From 3 to 4 June 2025, the regular meeting of the heads of anti-drug units was held in "
     "Tashkent.\n\n"
     "The meeting summed up the results of the joint operation \"Reagent-2025\", carried out "
     "from 5 to 16 May by the police of six states.\n\n"
     "During the operation 28 laboratories were closed and 1.2 tons of synthetic drugs were "
     "seized, including 450 kg of mephedrone.\n\n"
     "Among the main results:\n"
     "– on 7 May, police officers dismantled a laboratory near Tver and seized 96 kg of "
     "mephedrone;\n"
     "– on 12 May, officers in the Almaty region found 40 kg of alpha-PVP in a garage.",
     "2025-06-05", "Reagent-2025", ["mephedrone", "synthetic drugs"], 2),
    # a council session hearing a report on a named operation
    ("Border council holds its session in Baku\n"
     "On 20 October 2025, the council of border services held its session in Baku.\n\n"
     "The council heard a report on the joint operation \"Granit-2025\", held in September "
     "along the southern borders.\n"
     "In the course of the operation border guards seized 3.4 tons of drugs, including 2.1 "
     "tons of hashish.",
     "2025-10-21", "Granit-2025", ["drugs", "hashish"], 0),
    # minutes: an agenda point naming the operation, a speaker's line, then sentences
    # referring back to "the operation" paragraph after paragraph
    (MINUTES,
     "2025-09-13", "Mak-2025", ["drugs", "hashish"], 0),
    # a minutes extract whose header lines name the meeting, its agenda the operation
    ("SHANGHAI COOPERATION ORGANISATION                      RATS-14/2025\n"
     "Council of the Regional Anti-Terrorist Structure\n"
     "EXTRACT FROM THE MINUTES OF THE FOURTEENTH MEETING OF THE COUNCIL OF THE REGIONAL "
     "ANTI-TERRORIST STRUCTURE\n"
     "Tashkent                                                  9–10 October 2025\n"
     "Chaired by: the Chairman of the Council.\n"
     "1. On the results of the joint operation \"Steppe Shield\"\n"
     "It was noted that the operation was carried out from 1 to 12 September 2025. "
     "The operation involved 4,000 officers.\n"
     "During the operation, 2.6 tonnes of narcotic drugs were seized.\n"
     "DECIDED:\n1.1. To take note of the information on the results of the operation.\n",
     "2025-10-11", "Steppe Shield", ["drugs"], 0),
]


def meeting_and_operation(text: str, published: str | None, name: str
                          ) -> tuple[list[Event], Event, Event]:
    """The text's events, its first meeting and the operation named ``name``."""
    events = [e for item in pressparse.extract(text, published=published).items
              for e in item.events]
    meetings = [e for e in events if e.type == "meeting"]
    operations = [e for e in events if e.name == name]
    assert meetings and operations, [(e.type, e.name) for e in events]
    return events, meetings[0], operations[0]


@pytest.mark.parametrize("case", CASES, ids=[c[2] for c in CASES])
def test_meeting_gives_operation_its_figures(
        case: tuple[str, str | None, str, list[str], int]) -> None:
    text, published, name, substances, results = case
    events, meeting, operation = meeting_and_operation(text, published, name)
    assert not meeting.seizures
    assert sorted({s.substance for s in operation.seizures}) == substances
    assert len([e for e in events if e.part_of == operation.id]) == results


def test_operation_dated_by_a_sentence_referring_back_to_it() -> None:
    events = [e for item in pressparse.extract(MINUTES, published="2025-09-13").items
              for e in item.events]
    found = sorted((e.type, e.name, e.start_date, e.end_date) for e in events)
    assert found == [("meeting", None, "2025-09-12", "2025-09-12"),
                     ("operation", "Mak-2025", "2025-06-02", "2025-06-20")]


def test_period_total_after_a_planned_exercise_stays_its_own() -> None:
    text = ("Anti-terrorism council meets in Astana\n"
            "On 5 June 2025, the council of the anti-terrorist structure met in Astana.\n\n"
            "The council approved the plan of the joint operation \"Steppe-2025\", which will "
            "be held in the autumn.\n\n"
            "In 2024, the competent authorities of the member states seized about 4.8 tonnes "
            "of drugs intended to finance terrorism.")
    events = [e for item in pressparse.extract(text, published="2025-06-06").items
              for e in item.events]
    named = [e for e in events if e.name == "Steppe-2025"]
    assert all(not e.seizures for e in named)


PARTICIPANT_CASES = [
    pytest.param("Customs officers complete a profiling course in Kingston\n"
                 "From 2 to 6 March 2026, a container profiling course was held in Kingston. "
                 "Participants came from Barbados, Belize, Guyana and Jamaica.",
                 ["BB", "BZ", "GY", "JM"], id="participants-came-from"),
    pytest.param("Border officers trained in Dushanbe\n"
                 "A one-week training course for border officers was held in Dushanbe from "
                 "7 to 11 July 2025. The trainees came from Kazakhstan, Kyrgyzstan and "
                 "Uzbekistan.",
                 ["KG", "KZ", "UZ"], id="trainees-came-from"),
]


@pytest.mark.parametrize(("text", "countries"), PARTICIPANT_CASES)
def test_participant_countries_after_came_from(text: str, countries: list[str]) -> None:
    events = [e for item in pressparse.extract(text).items for e in item.events
              if e.type == "training"]
    assert events
    found = sorted(p.normalized["iso2"] for p in events[0].participants
                   if p.label == "COUNTRY" and p.normalized)
    assert found == countries


# (text, published, operation name, the operation's counted whats, the meeting's counted whats)
COUNT_CASES: list[tuple[str, str | None, str, list[str], list[str]]] = [
    # a council of financial intelligence units hears an operation's results: counts only,
    # no seizure word in the results' sentences
    ("Financial intelligence council meets in Minsk\n"
     "On 14-15 May 2026, the council of heads of financial intelligence units met in Minsk. "
     "Delegations of Armenia, Belarus and Kazakhstan took part in the meeting.\n"
     "The following issues were considered at the meeting:\n"
     "1. Results of the joint operation \"Cash Trail-2026\", carried out by the financial "
     "intelligence units from 1 February to 31 March 2026.\n"
     "During the operation the units exchanged more than 900 requests. On the basis of the "
     "materials provided, police initiated 418 criminal cases and 1 120 bank cards were "
     "blocked.\n"
     "2. The plan of work for 2027.",
     "2026-05-16", "Cash Trail-2026", ["bank cards", "criminal cases"], []),
    # a working group's own participants stay its count; the operation's arrests and
    # searches are the operation's
    ("Working group on precursors meets in Astana\n"
     "On 3 June 2026, the working group on precursor control held its meeting in Astana; 42 "
     "experts took part in the meeting.\n"
     "The agenda included:\n"
     "1. Results of the operation \"Reagent-East\", held in April by the police of five "
     "states.\n"
     "During the operation, officers detained 57 couriers and searched 130 premises.\n"
     "2. Cooperation with the private sector.",
     "2026-06-04", "Reagent-East", ["couriers", "premises", "states"], ["experts"]),
]


@pytest.mark.parametrize("case", COUNT_CASES, ids=[c[2] for c in COUNT_CASES])
def test_meeting_gives_operation_its_result_counts(
        case: tuple[str, str | None, str, list[str], list[str]]) -> None:
    text, published, name, operation_counts, meeting_counts = case
    _events, meeting, operation = meeting_and_operation(text, published, name)
    assert sorted(c.what for c in operation.counts) == operation_counts
    assert sorted(c.what for c in meeting.counts) == meeting_counts

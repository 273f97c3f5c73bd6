"""An episode of its own inside a short lead (our own wording): a report of a court's
sentence whose first paragraph is one sentence, followed by a paragraph opening with an
earlier day ("According to court documents, on or about June 14, 2023, officers ... found"),
gives that find its own seizure event and day, whatever the title, as does a find told in the
paragraph after a court's outcome ("has been jailed" ... "Officers searched his home ... on
12 January 2024 and found"; also when the find follows the sentence of its day: "on 2
February 2025 ... stopped a lorry. Inside the trailer 58 kg of hashish were found") and a
find a verdict recalls with a day before the verdict's ("sentenced ... for importing 3.4
kilograms of heroin. She had been stopped ... on 9 May 2024", or only "in August 2024"),
whose amounts then leave the verdict; a find on one day of a longer operation told after its
lead is a local result of it; a second paragraph on the lead's own day stays the lead's
event."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, expected (type, start_date, end_date) among the events)
CASES: list[tuple[str, str | None, tuple[str, str | None, str | None]]] = [
    # a U.S. Attorney's release with its header lines
    ("Press Release\nCourier Sentenced to 12 Years for Smuggling Fentanyl\nMonday, March 3, 2025"
     "\nFor Immediate Release\n\nTUCSON, Ariz. – A 29-year-old man was sentenced today to 12 "
     "years in federal prison for smuggling fentanyl through the port of entry.\n\nAccording "
     "to court documents, on or about June 14, 2023, officers of U.S. Customs and Border "
     "Protection at the Nogales port of entry found 9 kilograms of fentanyl powder hidden in "
     "the door panels of his car.\n\nThe man pleaded guilty on October 2, 2024.",
     "2025-03-03", ("seizure", "2023-06-14", "2023-06-14")),
    # a British police force: no header lines, the episode opens with 'On'
    ("Drug courier jailed\nA lorry driver who smuggled cocaine through the port of Dover was "
     "jailed for nine years at Canterbury Crown Court on Friday.\n\nOn 2 April 2024, Border "
     "Force officers at the port of Dover searched his lorry and found 48 kg of cocaine behind "
     "a false wall.\n\nHe admitted importing a class A drug at an earlier hearing.",
     "2025-02-10", ("seizure", "2024-04-02", "2024-04-02")),
    # a British force: the court's outcome undated in the lead, the search in the next
    # paragraph with its day mid-sentence
    ("Drug dealer jailed\nA drug dealer caught with cocaine worth 50,000 pounds has been "
     "jailed for six years at Leeds Crown Court.\n\nOfficers searched his home in Leeds on "
     "12 January 2024 and found 1 kg of cocaine and cash.",
     "2025-03-05", ("seizure", "2024-01-12", "2024-01-12")),
    # the same with the hearing's day given after the find
    ("Drug dealer jailed\nA drug dealer caught with cocaine worth 50,000 pounds has been "
     "jailed.\n\nOfficers searched his home in Leeds on 12 January 2024 and found 1 kg of "
     "cocaine and cash.\n\nHe was sentenced at Leeds Crown Court on Monday 3 March to six "
     "years in prison.",
     "2025-03-05", ("seizure", "2024-01-12", "2024-01-12")),
    # a verdict whose lead gives the amount and whose next sentence recalls the stop with
    # its day: the find is a seizure of its own day, the verdict keeps no amount
    ("Courier jailed for airport heroin\nThe District Court on Tuesday sentenced a 35-year-old "
     "woman to six years in prison for importing 3.4 kilograms of heroin. She had been stopped "
     "by customs officers at Larnaca Airport on 9 May 2024 after arriving on a flight from "
     "Doha.",
     "2025-06-12", ("seizure", "2024-05-09", "2024-05-09")),
    # a cassation report: the day of the stop in one sentence, the find in the next
    ("The Regional Court upheld the sentence of two men convicted of smuggling hashish.\n"
     "As the court established, on 2 February 2025 at the Ak-Tilek checkpoint border guards "
     "stopped a lorry carrying onions. Inside the trailer 58 kg of hashish were found.\n"
     "The men were sentenced to 12 and 14 years of imprisonment.",
     "2025-11-20", ("seizure", "2025-02-02", "2025-02-02")),
    # the recalled stop dated by its month only: a seizure of that month
    ("Courier jailed for cannabis\nThe District Court on Thursday sentenced a 41-year-old man "
     "to five years in prison for trafficking in narcotics. He had been stopped by a police "
     "patrol on the E40 motorway near Liege in August 2024. In the boot of his car officers "
     "found 36 kg of cannabis in vacuum bags.",
     "2025-06-12", ("seizure", "2024-08-01", "2024-08-31")),
    # a find on one day of an operation running for months, told after its lead: a local
    # result of it
    ("Cocaine in banana containers: 11 arrests in operation \"Harbour\"\nGenoa, 18/06/2025\n\n"
     "At dawn today, officers of the Provincial Command of the Guardia di Finanza of Genoa "
     "executed 11 precautionary measures. The investigation, conducted between November 2022 "
     "and April 2024, documented the import of cocaine through the port of Genoa. During the "
     "investigation the financial police seized a total of 2,100 kg of cocaine in six "
     "separate interventions.\n\nThe largest single load, 640 kg, was found on 7 March 2023 "
     "in a refrigerated container declared as fresh fruit.",
     "2025-06-18", ("seizure", "2023-03-07", "2023-03-07")),
    # the second paragraph on the lead's own day stays the lead's seizure
    ("Customs seize cocaine at the airport\nCustoms officers seized 6 kg of cocaine at the "
     "international airport on 4 June 2025.\n\nOn 4 June 2025, officers at Terminal 2 "
     "searched the suitcase of a passenger from Sao Paulo and found the drugs in its lining.",
     None, ("seizure", "2025-06-04", "2025-06-04")),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[2][0]}@{i}" for i, c in enumerate(CASES)])
def test_lead_episode_dates(
        case: tuple[str, str | None, tuple[str, str | None, str | None]]) -> None:
    text, published, expected = case
    document = pressparse.extract(text, published=published)
    found = [(e.type, e.start_date, e.end_date) for item in document.items for e in item.events]
    assert expected in found


@pytest.mark.parametrize("index", [4, 5, 6])
def test_verdict_keeps_no_amount(index: int) -> None:
    text, published, _expected = CASES[index]
    document = pressparse.extract(text, published=published)
    amounts = {e.type: len(e.seizures) for item in document.items for e in item.events}
    assert amounts == {"other": 0, "seizure": 1}


def test_operation_find_is_its_local_result() -> None:
    text, published, _expected = CASES[7]
    document = pressparse.extract(text, published=published)
    events = {e.type: e for item in document.items for e in item.events}
    assert events["seizure"].part_of == events["operation"].id
    assert [s.kg for s in events["seizure"].seizures] == [640]
    assert [s.kg for s in events["operation"].seizures] == [2100]


def test_find_of_an_operation_told_beside_the_items_event() -> None:
    # a briefing (the item's event) tells an operation of several days and its largest find
    text = ("Transcript of the briefing on border security\n20 November 2025 | Press Centre, "
            "Bishkek\n\n[00:00:10] MODERATOR: Good afternoon. Today the head of the Border "
            "Service is with us.\n\n[00:01:02] HEAD: Thank you. Over ten months, border units "
            "detained 940 violators and removed 1 tonne 210 kilograms of drugs from illicit "
            "trafficking.\n\nFrom 13 to 17 October, together with the Border Guard of "
            "Tajikistan, we conducted the joint operation \"Rubezh-2025\". As a result, 210 kg "
            "of hashish were seized and 12 violators were detained. The largest single seizure "
            "was made on 15 October at the Karamyk checkpoint: 64 kg of hashish hidden in the "
            "fuel tank of a truck.\n\n[00:14:40] MODERATOR: Questions, please.")
    document = pressparse.extract(text, published="2025-11-20")
    events = {e.type: e for item in document.items for e in item.events}
    assert (events["seizure"].start_date, events["seizure"].part_of) == (
        "2025-10-15", events["operation"].id)
    assert [s.kg for s in events["seizure"].seizures] == [64]


def test_same_day_paragraph_adds_no_event() -> None:
    text, published, _expected = CASES[-1]
    document = pressparse.extract(text, published=published)
    assert [e.type for item in document.items for e in item.events] == ["seizure"]

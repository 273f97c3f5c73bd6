"""Rows of results by country under a multi-country operation are that country's own
results: an operation over the operation's days when the row names no place or day, a
seizure when it tells one find at a place; both are part of the operation."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

LEAD = ("Joint operation \"Northern Route\" results announced\n\n"
        "From 12 to 16 May 2025 the police forces of Georgia, Moldova and Ukraine took part in "
        "the joint operation \"Northern Route\" coordinated by the regional centre. In total, "
        "more than 900 kg of drugs were seized.\n\n"
        "Results by country:\n")

CASES = [
    # a country's results over the whole operation: no place of their own
    ("– Georgia: the Ministry of Internal Affairs of Georgia seized 41 kg of cannabis and "
     "detained six suspects;\n",
     ("operation", "2025-05-12", "2025-05-16", None, "GE", 41.0)),
    ("– Moldova: the General Police Inspectorate seized 12.5 kg of heroin;\n",
     ("operation", "2025-05-12", "2025-05-16", None, "MD", 12.5)),
    # one dated find at a place stays a seizure of its day
    ("– Ukraine: on 14 May, the National Police of Ukraine found 230 kg of cocaine in a "
     "container in the port of Odesa;\n",
     ("seizure", "2025-05-14", "2025-05-14", "Port of Odesa", "UA", 230.0)),
    # a bare row's figures break the total down; its clause telling one find by a body is
    # that find
    ("– Moldova: 290 kg of heroin; the largest single seizure, 120 kg of heroin in a lorry, "
     "was made by the Border Police of Moldova on 14 May at the Leuseni checkpoint;\n",
     ("seizure", "2025-05-14", "2025-05-14", "Leușeni checkpoint", "MD", 120.0)),
]


@pytest.mark.parametrize(("row", "expected"), CASES)
def test_a_row_of_a_countrys_results_is_its_own_event(row: str, expected: tuple) -> None:
    events = [e for item in extract(LEAD + row).items for e in item.events]
    main = next(e for e in events if e.name == "Northern Route")
    result = next(e for e in events if e.part_of == main.id)
    seizure = result.seizures[0]
    place = result.location.normalized["name"] if result.location else None
    assert (result.type, result.start_date, result.end_date, place,
            seizure.country_iso2, seizure.kg) == expected
    assert all(s.kg != seizure.kg for s in main.seizures)


BREAKDOWN_CASES = [
    "By country: Georgia – 410 kg; Moldova – 290 kg; Ukraine – 230 kg.\n",
    "By region: Tbilisi – 410 kg, Chisinau – 290 kg, Odesa – 230 kg.\n",
    # rows under a header line announcing the breakdown, naming no body acting
    "By countries, the results are as follows:\n— Georgia: 410 kg of drugs, of them 300 kg "
    "of cannabis; 12 suspects detained;\n— Moldova: 290 kg of heroin.\n",
    "Arrests and main seizures by country:\nGeorgia – 12 – 410 kg cannabis\n"
    "Moldova – 8 – 290 kg heroin; 1.5 kg cocaine\n",
]


@pytest.mark.parametrize("line", BREAKDOWN_CASES)
def test_a_line_breaking_the_total_down_by_place_seizes_nothing(line: str) -> None:
    lead = LEAD.replace("Results by country:\n", "")
    events = [e for item in extract(lead + line).items for e in item.events]
    main = next(e for e in events if e.name == "Northern Route")
    assert not [e for e in events if e.part_of == main.id]
    assert sorted(s.kg for s in main.seizures) == [900.0]
    assert not [c for c in main.counts if c.value in (12, 8)]

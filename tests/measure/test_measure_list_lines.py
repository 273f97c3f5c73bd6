"""Counts closing the lines of a statistics list (session 23; holdout17, holdout20 and
holdout23 gold: weekly police and border bulletins): the label, then a dash or a dot leader,
then the figure ("➡️ firearms – 6", "Persons refused entry ........ 96"). The figure counts
what the label names when the label holds a plural or a count noun; a contact line's number
("Hotline for reporting drug crimes – 1060") and a label naming nothing counted stay no
quantity. Our own wording, in the styles of other countries' bulletins.
"""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity, count

WEEKLY = (
    "Results of the week in the capital district:\n"
    "🔹 suspects detained – 17\n"
    "🔹 cannabis (dried) – 4.2 kg\n"
    "🔹 shotguns and rifles – 3\n"
    "🔹 cartridges — 240\n"
)
LEADERS = (
    "Summary of the border service for the week\n\n"
    "Vehicles checked ............................ 12 408\n"
    "Travellers refused entry .................... 31\n"
    "Forged passports detected ................... 4\n"
    "Smuggling cases opened ...................... 9\n"
)
GROUPED = (
    "PDEA Region VII - results of the anti-drug campaign, 1-31 October\n"
    "Drug personalities arrested ................. 2,315\n"
    "◾ marijuana plants uprooted – 12,740\n"
    "◾ firearms – 9\n"
)

# session 25 (holdout24, holdout25: Telegram digests): a list mark after the figure, two
# label-figure fields on one line, a colon before the figure
PUNCTUATED = (
    "Operation Poppy results in the Fergana region:\n"
    "• drug offences uncovered — 22;\n"
    "• persons charged — 15;\n"
    "• pistols — 4, cartridges — 112.\n"
)
COLONS = (
    "Results of the raid week in Batken province\n"
    "1. crimes of drug trafficking detected: 41\n"
    "2. persons held criminally liable: 33\n"
)

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (PUNCTUATED, "22", count(22, what="drug offences uncovered")),
    (PUNCTUATED, "15", count(15, what="persons charged")),
    (PUNCTUATED, "4", count(4, what="pistols")),
    (PUNCTUATED, "112", count(112, what="cartridges")),
    (COLONS, "41", count(41, what="crimes of drug trafficking detected")),
    (COLONS, "33", count(33, what="persons held criminally liable")),
    (WEEKLY, "17", count(17, what="suspects detained")),
    (WEEKLY, "3", count(3, what="shotguns and rifles")),
    (WEEKLY, "240", count(240, what="cartridges")),
    (WEEKLY, "4.2 kg", dict(value=4.2, unit="kg")),
    # session 27 (holdout26, holdout20, holdout13): a figure in groups of thousands closing
    # its line counts what the label names too
    (LEADERS, "12 408", count(12408, what="Vehicles checked")),
    (GROUPED, "2,315", count(2315, what="Drug personalities arrested")),
    (GROUPED, "12,740", count(12740, what="marijuana plants uprooted")),
    (GROUPED, "9", count(9, what="firearms")),
    # a count unit heading the label: the unit, and what it holds
    ("Seized at the ferry terminal:\n- Oxycodone tablets - 85\n- Cash - $4,300\n", "85",
     dict(value=85, unit="tablet", kind="count", what="Oxycodone")),
    (LEADERS, "31", count(31, what="Travellers refused entry")),
    (LEADERS, "4", count(4, what="Forged passports detected")),
    (LEADERS, "9", count(9, what="Smuggling cases opened")),
]

NONE: list[tuple[str, str]] = [
    ("Pinned: Hotline for reporting drug crimes – 1060", "1060"),
    ("Call our free line for tip-offs about smugglers – 119", "119"),
    ("Chapter of the annual report – 4", "4"),
    ("The ferry left the harbour at 6 and docked – 9", "9"),
    ("Contacts of the press office\nTel.: 312 266", "312 266"),
    ("Contacts: duty officer, ext.: 4410", "4410"),
    ("Ministry of Interior of Armenia\nNews code: 51377\nPolice in Gyumri detained two men.",
     "51377"),
]


@pytest.mark.parametrize(("text", "span", "fields"), CASES, ids=[c[1] for c in CASES])
def test_list_line_figure(scanner, text: str, span: str, fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)


@pytest.mark.parametrize(("text", "span"), NONE, ids=[c[1] for c in NONE])
def test_list_line_without_counted_label(scanner, text: str, span: str) -> None:
    found = [text[q.start:q.end] for q in scanner.scan(text)]
    assert span not in found, found

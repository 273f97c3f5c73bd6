"""The names opening the rows of a list headed by a kind of area are places ("By
districts:" over "• Karasu — 12 crimes"), named with the kind's head when it is an official
one (Karasu District) and bare otherwise ("By towns:"); a list headed by anything else
(a substance, a kind of unit), or a row of lower-case words, names none (unit table and full
pipeline, our own texts)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract
from pressparse.entities.place_breakdowns import BreakdownLists

LISTS = BreakdownLists({"district": "District", "municipality": "Municipality",
                        "town": ""})

ROWS = [
    # (text, expected (written, name) pairs)
    ("Results.\nBy districts:\n• Ulytau — 9 crimes;\n• Zhanaarka and Shet — 3 crimes.\n",
     [("Ulytau", "Ulytau District"), ("Zhanaarka", "Zhanaarka District"),
      ("Shet", "Shet District")]),
    ("By towns:\n- Alamedin: 4 crimes\n- Sverdlov: 2 crimes\n",
     [("Alamedin", "Alamedin"), ("Sverdlov", "Sverdlov")]),
    ("Per municipality:\n1. Ermera — 3 arrests\n2. Liquiçá — 2 arrests\nTotal seized — 4 kg\n",
     [("Ermera", "Ermera Municipality"), ("Liquiçá", "Liquiçá Municipality")]),
    ("BY DISTRICTS:\nKARASU — 12 cases\n", [("KARASU", "Karasu District")]),
    # no kind of area in the heading, or a row of words: no place
    ("By substance:\n• Cocaine — 40 kg\n• Heroin — 12 kg\n", []),
    ("By territorial police departments:\n• Alamedin — 4 crimes\n", []),
    ("By districts:\nTotal seized — 4 kg\n", []),
    ("By districts: Karasu — 12 cases\n", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_breakdown_rows(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[p.start:p.end], p.name) for p in LISTS.find(text)] == expected


def test_breakdown_rows_in_pipeline() -> None:
    text = ("The regional police summed up the operation in the Almaty region.\n"
            "By districts:\n• Ulytau — 9 crimes, 22 hectares;\n• Zhanaarka — 3 crimes.\n")
    names = {e.text: (e.normalized or {}).get("name") for item in extract(text).items
             for e in item.entities if e.label == "LOC"}
    assert names.get("Ulytau") == "Ulytau District"
    assert names.get("Zhanaarka") == "Zhanaarka District"

"""Long listed acronyms written in Title Case, as Spanish-language and wire texts write them
("Dirandro", "Frontex"), are the body; short ones and listed exceptions are not (full
pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

CASES = [
    ("Agents of Dirandro found 1.2 tonnes of cocaine in a container in Callao.", "Dirandro",
     "Anti-Drug Directorate of the National Police of Peru"),
    ("Sunat inspectors at the port of Paita flagged a reefer container.", "Sunat",
     "National Superintendency of Customs and Tax Administration"),
    ("Frontex aircraft spotted the speedboat off Lampedusa.", "Frontex",
     "European Border and Coast Guard Agency"),
    ("Officials said the Shape of the deal was unclear.", "Shape", None),
    ("Nato ships patrolled the strait.", "Nato", None),
]


@pytest.mark.parametrize(("sentence", "surface", "name"), CASES)
def test_title_case_acronyms(sentence: str, surface: str, name: str | None) -> None:
    found = {e.text: (e.normalized or {}).get("name") for item in extract(sentence).items
             for e in item.entities if e.label == "ORG"}
    if name is None:  # no body: a word, or an acronym too short to be read in Title Case
        assert surface not in found, found
    else:
        assert found.get(surface) == name, found

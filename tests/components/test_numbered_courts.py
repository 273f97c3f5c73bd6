"""A numbered court ("Federal Court No. 4 of Rosario") is one ORG keeping its qualifiers,
number and place (full pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract


def bodies(text: str) -> dict[str, str | None]:
    return {e.text: (e.normalized or {}).get("name") for item in extract(text).items
            for e in item.entities if e.label == "ORG"}


@pytest.mark.parametrize(("sentence", "surface"), [
    # Argentina
    ("The file went to Federal Court No. 4 of Rosario, which ordered six raids.",
     "Federal Court No. 4 of Rosario"),
    # Spain
    ("A judge of Court No. 2 of Madrid remanded the three suspects in custody.",
     "Court No. 2 of Madrid"),
    # Peru
    ("The Criminal Tribunal No. 3 of Lima sentenced the courier to 15 years.",
     "Criminal Tribunal No. 3 of Lima"),
    # no place written: the court and its number
    ("Investigating Court No. 12 ordered the boat held.", "Investigating Court No. 12"),
])
def test_numbered_courts_are_one_body(sentence: str, surface: str) -> None:
    found = bodies(sentence)
    assert found.get(surface) == surface, found


@pytest.mark.parametrize("sentence", [
    # a lower-case word before the court stays out of its name
    "The case was heard in Court No. 2 of Madrid last week.",
])
def test_lower_case_words_stay_out(sentence: str) -> None:
    assert "Court No. 2 of Madrid" in bodies(sentence)

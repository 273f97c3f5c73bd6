"""A national body written with its country after a comma is one ORG of that country
(full pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract


def _orgs(text: str) -> dict[str, str | None]:
    return {e.text: (e.normalized or {}).get("name") for item in extract(text).items
            for e in item.entities if e.label == "ORG"}


@pytest.mark.parametrize(("text", "span", "name"), [
    ("NEW DELHI - Border guards met officers of the Armed Police Force, Nepal at Birgunj.",
     "Armed Police Force, Nepal", "Armed Police Force of Nepal"),
    ("BANJUL - Officers of the Drug Law Enforcement Agency, The Gambia (DLEAG) seized 40 bags "
     "of cannabis.", "Drug Law Enforcement Agency, The Gambia",
     "Drug Law Enforcement Agency, The Gambia"),
])
def test_body_and_country_after_a_comma(text: str, span: str, name: str) -> None:
    assert _orgs(text).get(span) == name


@pytest.mark.parametrize(("text", "span"), [
    # a list of countries goes on after the body: no join
    ("MADRID - The National Police, Portugal and Morocco signed the plan.", "National Police"),
    ("MADRID - The National Police, Portugal, France and Morocco signed the plan.",
     "National Police"),
])
def test_country_in_a_list_stays_apart(text: str, span: str) -> None:
    assert span in _orgs(text)

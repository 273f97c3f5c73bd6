"""A generic body's canonical name writes its country in the form of ``country_forms``, never
in pycountry's inverted ISO name ("Palestine, State of")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressparse.extensions import VALUES_KEY


def _org_names(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    values = doc.user_data.get(VALUES_KEY) or {}
    return {ent.text: (values.get((ent.start_char, ent.end_char, "ORG")) or {}).get("name")
            for ent in doc.ents if ent.label_ == "ORG"}


@pytest.mark.parametrize(("text", "body", "name"), [
    ("RAMALLAH, 14 March 2027 - The Palestinian police seized 2.7 kg of hashish in Hebron. "
     "The Public Prosecution of Palestine opened a case, and the Public Prosecution said the "
     "two suspects remain in custody. Palestine has tightened controls on the crossings.",
     "Public Prosecution", "Public Prosecution of Palestine"),
])
def test_generic_body_takes_the_written_country_form(
        nlp: Language, text: str, body: str, name: str) -> None:
    names = _org_names(nlp, text)
    assert names.get(body) == name
    assert all(", State of" not in (found or "") for found in names.values())

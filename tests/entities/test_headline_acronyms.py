"""An acronym the text defines for its own body ("Directorate of Anti-Drug Investigations
(DIA)") names that body at every mention, the headline's before the definition too, though a
list gives the acronym to another country's body (Italy's DIA, the United States' ONDCP); with
no definition in the text the list's body stays (our own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import org_names


@pytest.mark.parametrize(("text", "expected"), [
    ("DIA AGENTS SEIZE 300 KG OF COCAINE IN ESCUINTLA\nGUATEMALA CITY, 4 May - Agents of the "
     "Directorate of Anti-Drug Investigations (DIA) seized 300 kg of cocaine. The DIA said two "
     "men were held.",
     [("DIA", "Directorate of Anti-Drug Investigations of Guatemala"),
      ("Directorate of Anti-Drug Investigations",
       "Directorate of Anti-Drug Investigations of Guatemala"),
      ("DIA", "Directorate of Anti-Drug Investigations of Guatemala"),
      ("DIA", "Directorate of Anti-Drug Investigations of Guatemala")]),
    ("ONDCP WARNS OF NEW SYNTHETIC DRUGS\nNASSAU - The Office of National Drug Control and "
     "Prevention Policy (ONDCP) warned parents on Monday.",
     [("ONDCP", "Office of National Drug Control and Prevention Policy of the Bahamas"),
      ("Office of National Drug Control and Prevention Policy",
       "Office of National Drug Control and Prevention Policy of the Bahamas"),
      ("ONDCP", "Office of National Drug Control and Prevention Policy of the Bahamas")]),
    # no definition of its own: the listed body
    ("The DIA, Italy's Anti-Mafia Investigation Directorate, arrested 12 people in Palermo.",
     [("DIA", "Anti-Mafia Investigation Directorate"),
      ("Anti-Mafia Investigation Directorate", "Anti-Mafia Investigation Directorate")]),
])
def test_defined_acronym_names_the_headline_mention_too(
        nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert org_names(nlp, text) == expected

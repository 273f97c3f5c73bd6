"""A body's own-language generic name that several countries of one language use
("Policía Nacional", "Polícia Judiciária", "Gendarmerie nationale") is the text's country's
body, named in English, not the one country the list gave the wording; it tells no country by
itself (our own sentences, several countries)."""

from __future__ import annotations

import pytest

from org_values import orgs


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("LIMA, 3 April 2026 - Agents of the Policía Nacional seized 300 kg of cocaine in "
     "Callao, Peru.", "Policía Nacional", "National Police of Peru"),
    ("TEGUCIGALPA - The Policía Nacional seized 1 tonne of cocaine in Gracias a Dios, "
     "Honduras.", "Policía Nacional", "National Police of Honduras"),
    ("MADRID - La Policía Nacional arrested five people in Málaga, Spain, with 2 tonnes of "
     "hashish.", "Policía Nacional", "National Police of Spain"),
    ("BISSAU, 3 April 2026 - The Polícia Judiciária seized 1 ton of cocaine near Bissau, "
     "Guinea-Bissau. The Polícia Judiciária said four men were held.",
     "Polícia Judiciária", "Judicial Police of Guinea-Bissau"),
    ("PRAIA, 3 April 2026 - A Polícia Judiciária apreendeu cocaína, in Praia, Cabo Verde.",
     "Polícia Judiciária", "Judicial Police of Cabo Verde"),
    ("LISBON - The Polícia Judiciária seized cocaine in Setúbal, Portugal.",
     "Polícia Judiciária", "Judicial Police of Portugal"),
    ("DAKAR, 2 May 2026 - The Gendarmerie nationale seized 2 tonnes of cannabis in Kolda, "
     "Senegal.", "Gendarmerie nationale", "National Gendarmerie of Senegal"),
])
def test_shared_own_language_name_takes_the_texts_country(text: str, surface: str,
                                                          name: str) -> None:
    assert orgs(text).get(surface) == name

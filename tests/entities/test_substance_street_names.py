"""Street, local and foreign names of substances (substances_street.jsonl) on invented texts
from several regions: each is a SUBSTANCE under the guide's canonical name (a name of the
cannabis herb is marijuana, of the hemp plant cannabis)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from entity_pipeline import substance_names

# (text, span, canonical name)
CASES = [
    # local names of the cannabis herb (Central, Southern and East Africa, Brazil)
    ("Police in Huambo seized two tonnes of liamba hidden in a truck.", "liamba", "marijuana"),
    ("Officers in Kinshasa found 40 kg of diamba in a warehouse.", "diamba", "marijuana"),
    ("A man was arrested in Mutare with 12 kg of mbanje.", "mbanje", "marijuana"),
    ("Police in Mwanza burnt three acres of bhangi on Friday.", "bhangi", "marijuana"),
    ("Officers in Maseru seized 80 kg of matekoane at a checkpoint.", "matekoane",
     "marijuana"),
    ("Federal police in Recife found 300 kg of maconha in a lorry.", "maconha", "marijuana"),
    ("Officers seized 90 kg of cannabis herbal material in Kingstown.",
     "cannabis herbal material", "marijuana"),
    ("Police in Valletta found 2 kg of cannabis grass in a flat.", "cannabis grass",
     "marijuana"),
    # the hemp plant: cannabis, as "Indian hemp"
    ("Gendarmes in Kara seized 300 kg of chanvre indien near the border.", "chanvre indien",
     "cannabis"),
    # khat in East Africa
    ("A lorry with 40 bags of miraa was stopped at Moyale.", "miraa", "khat"),
    ("Police in Mbarara seized 200 bundles of mirungi.", "mirungi", "khat"),
    # methamphetamine in Iran
    ("Police in Zahedan seized 7 kg of shisheh in a car.", "shisheh", "methamphetamine"),
    # names left in translated releases
    ("Judicial police in Bissau found 91 kg of cocaína on a boat.", "cocaína", "cocaine"),
    ("Police in Cusco seized 2 kg of mefedrona in a parcel.", "mefedrona", "mephedrone"),
    ("Customs in Santos found 500 kg of haxixe in a container.", "haxixe", "hashish"),
    # brands and Southeast Asian leaves
    ("Customs in Cotonou seized 2 million tablets of tafradol.", "tafradol", "tramadol"),
    ("Police in Kedah seized 600 kg of ketum leaves.", "ketum", "kratom"),
    # a benzodiazepine sold as pills
    ("Police in Pokhara seized 9,000 tablets of nitrazepam.", "nitrazepam", "nitrazepam"),
]


@pytest.mark.parametrize(("text", "span", "name"), CASES)
def test_street_name_is_its_substance(nlp: Language, text: str, span: str, name: str) -> None:
    found = substance_names(nlp, text)
    assert (span, name) in found, found

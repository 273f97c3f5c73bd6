"""A listed customs administration takes its official English name from every form a text
writes it in: its own-language names and their acronyms, and a bare "Customs" in a text that
names it; a demonym before the service word ("Belgian Customs") or a bare "Customs" in a text
that names no customs body stays "Customs of <country>", as for any country."""

from __future__ import annotations

import pytest

from org_values import orgs

BELGIAN = "General Administration of Customs and Excise of Belgium"


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("ZEEBRUGGE, 3 March 2026 - The Algemene Administratie van Douane en Accijnzen (AAD&A) said "
     "the container came from Guayaquil.", "AAD&A", BELGIAN),
    ("LIEGE, 4 March 2026 - The Administration générale des Douanes et Accises seized 300 kg "
     "of cannabis at Liège Airport, Belgium.", "Administration générale des Douanes et Accises",
     BELGIAN),
    ("Question to the Belgian minister of finance: how much cannabis did Customs seize at "
     "Brussels Airport in 2025, and how many cases did the General Administration of Customs "
     "and Excise open in Belgium?", "Customs", BELGIAN),
    # a demonym before the service word, or no customs body named: "Customs of <country>"
    ("ZEEBRUGGE, 3 March 2026 - Belgian Customs found 1.4 tonnes of cocaine in a banana "
     "container.", "Belgian Customs", "Customs of Belgium"),
    ("Customs stops heroin at Liège Airport\nCustoms found 40 kg of heroin in a parcel "
     "on Friday, Belgium.", "Customs", "Customs of Belgium"),
])
def test_customs_name(text: str, surface: str, name: str) -> None:
    assert orgs(text).get(surface) == name

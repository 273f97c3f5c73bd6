"""A listed customs administration takes its official English name from every form a text
writes it in: its own-language names and their acronyms, and a bare "Customs" in a text that
names it; a demonym before the service word ("Belgian Customs") or a bare "Customs" in a text
that names no customs body stays "Customs of <country>", as for any country."""

from __future__ import annotations

import pytest

from org_values import orgs

BELGIAN = "General Administration of Customs and Excise of Belgium"


@pytest.mark.parametrize(("text", "surface"), [
    ("ZEEBRUGGE, 3 March 2026 - The Algemene Administratie van Douane en Accijnzen (AAD&A) said "
     "the container came from Guayaquil.", "AAD&A"),
    ("LIEGE, 4 March 2026 - The Administration générale des Douanes et Accises seized 300 kg "
     "of cannabis at Liège Airport, Belgium.", "Administration générale des Douanes et Accises"),
    ("Question to the Belgian minister of finance: how much cannabis did Customs seize at "
     "Brussels Airport in 2025, and how many cases did the General Administration of Customs "
     "and Excise open in Belgium?", "Customs"),
])
def test_customs_official_name(text: str, surface: str) -> None:
    assert orgs(text).get(surface) == BELGIAN


@pytest.mark.parametrize(("text", "surface"), [
    ("ZEEBRUGGE, 3 March 2026 - Belgian Customs found 1.4 tonnes of cocaine in a banana "
     "container.", "Belgian Customs"),
    ("Customs stops heroin at Liège Airport\nCustoms found 40 kg of heroin in a parcel "
     "on Friday, Belgium.", "Customs"),
])
def test_customs_of_country(text: str, surface: str) -> None:
    assert orgs(text).get(surface) == "Customs of Belgium"

"""Acronyms a page defines in one item and uses bare in a later one (page_acronyms)."""

from __future__ import annotations

import pytest

from pressparse.driver import Extractor
from pressparse.entities.page_acronyms import carry, page_mentions
from pressparse.io.readers import from_text

DUMPS = [
    # (dump of two items, the bare acronym of the second item, the body it must name)
    ("Police seize cannabis farm\n\nKINGSTON, 4 March 2024 - The Narcotics Enforcement "
     "Division (NED) of the Jamaica Constabulary Force raided a farm in St Catherine and "
     "uprooted 3,000 cannabis plants.\n\nTwo arrested at airport\n\nKINGSTON, 6 March 2024 - "
     "NED officers arrested two passengers at Norman Manley International Airport with 4 kg "
     "of cocaine in their luggage.\n",
     "NED", "Narcotics Enforcement Division of the Jamaica Constabulary Force"),
    ("Customs seize heroin at border\n\nTALLINN, 2 May 2023 - The Estonian Tax and Customs "
     "Board (ETCB) found 12 kg of heroin in a lorry at the Narva border crossing.\n\n"
     "Synthetic drugs lab dismantled\n\nTALLINN, 9 May 2023 - The ETCB and the police "
     "dismantled a laboratory producing amphetamine near Tartu.\n",
     "ETCB", "Tax and Customs Board of Estonia"),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(("dump", "acronym", "name"), DUMPS)
def test_later_item_reads_the_acronym_an_item_above_defined(
        extractor: Extractor, dump: str, acronym: str, name: str) -> None:
    items = extractor(from_text(dump, id="page")).items
    assert len(items) == 2
    bare = [e for e in items[1].entities if e.text == acronym]
    assert [(e.label, (e.normalized or {}).get("name")) for e in bare] == [("ORG", name)]


@pytest.mark.parametrize(("text", "found"), [
    ("NED officers and the NEDA said", [(0, 3)]),  # whole words only
    ("The Narcotics Enforcement Division (NED) and NED officers", []),  # its own definition
    ("the ned said", []),  # case-sensitive
])
def test_page_mentions(text: str, found: list[tuple[int, int]]) -> None:
    table = {"NED": {"name": "Narcotics Enforcement Division"}}
    assert [(start, end) for start, end, _value in page_mentions(text, table)] == found


def test_first_definition_on_the_page_wins() -> None:
    table: dict[str, dict[str, str]] = {}
    carry(table, {"NCA": {"name": "Narcotics Control Agency of Malawi"}})
    carry(table, {"NCA": {"name": "National Crime Agency"}, "MRA": {"name": "Revenue"}})
    assert table == {"NCA": {"name": "Narcotics Control Agency of Malawi"},
                     "MRA": {"name": "Revenue"}}

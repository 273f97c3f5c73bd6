"""Acronyms a page defines in one item and uses bare in a later one (page_acronyms)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressparse.driver import Extractor
from pressparse.entities.page_acronyms import (
    DATELINE_COUNTRY_KEY,
    DEFINED_ACRONYMS_KEY,
    PAGE_ACRONYMS_KEY,
    PAGE_COUNTRY_KEY,
    PAGE_HOME_KEY,
    PageTable,
    page_mentions,
    page_names,
)
from pressparse.extensions import HOME_COUNTRY_KEY, VALUES_KEY, home_country
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
    # a territorial unit written with its acronym and area defines the acronym for the page
    ("Courier detained on the highway\n\nTAMBOV, 12 March 2026 - Officers of the UMVD of "
     "Russia for the Tambov region detained a courier with 2 kg of mephedrone near "
     "Michurinsk.\n\nAnti-drug commission met\n\nTAMBOV, 14 March 2026 - Representatives of "
     "the UMVD and the regional health department discussed prevention in schools.\n",
     "UMVD", "Directorate of the Ministry of Internal Affairs of the Russian Federation for "
     "the Tambov region"),
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


@pytest.mark.parametrize(("dump", "acronym", "name"), [
    # a page title opening with an acronym and the name it spells defines it for the page
    ("CANTF - Coastal Anti-Narcotics Task Force \u00bb News Releases\n\nCANTF seizes 40 kg "
     "of cocaine off Punta Gorda\n\nPUNTA GORDA, 3 May 2026 - CANTF officers boarded a skiff "
     "and found 40 kg of cocaine in three bales.\n",
     "CANTF", "Coastal Anti-Narcotics Task Force"),
    ("RINT | Regional Interdiction Network Team\nHome | News | Contact\n\nRINT arrests two "
     "couriers at the port\n\nKINGSTOWN, 4 June 2026 - RINT agents arrested two couriers "
     "with 6 kg of cocaine at the ferry terminal.\n",
     "RINT", "Regional Interdiction Network Team"),
])
def test_acronym_a_title_line_defines(extractor: Extractor, dump: str, acronym: str,
                                      name: str) -> None:
    items = extractor(from_text(dump, id="page")).items
    bare = [e for item in items for e in item.entities if e.text == acronym]
    assert bare and all((e.label, (e.normalized or {}).get("name")) == ("ORG", name)
                        for e in bare)


def test_defined_acronym_with_a_town_is_its_office(extractor: Extractor) -> None:
    dump = ("RINT | Regional Interdiction Network Team\nHome | News | Contact\n\nRINT arrests "
            "two couriers at the port\n\nKINGSTOWN, 4 June 2026 - Agents of RINT Kingstown "
            "arrested two couriers with 6 kg of cocaine at the ferry terminal.\n")
    names = [(e.text, (e.normalized or {}).get("name")) for item in
             extractor(from_text(dump, id="page")).items for e in item.entities
             if e.label == "ORG"]
    assert ("RINT Kingstown", "RINT Kingstown") in names


@pytest.mark.parametrize(("text", "found"), [
    ("NED officers and the NEDA said", [(0, 3)]),  # whole words only
    ("The Narcotics Enforcement Division (NED) and NED officers", []),  # its own definition
    ("the ned said", []),  # case-sensitive
])
def test_page_mentions(text: str, found: list[tuple[int, int]]) -> None:
    table = {"NED": {"name": "Narcotics Enforcement Division"}}
    assert [(start, end) for start, end, _value in page_mentions(text, table)] == found


def test_first_definition_on_the_page_wins() -> None:
    page = PageTable()
    page.take({DEFINED_ACRONYMS_KEY: {"NCA": {"name": "Narcotics Control Agency of Malawi"}}})
    page.take({DEFINED_ACRONYMS_KEY: {"NCA": {"name": "National Crime Agency"},
                                      "MRA": {"name": "Revenue"}}})
    assert page.acronyms == {"NCA": {"name": "Narcotics Control Agency of Malawi"},
                             "MRA": {"name": "Revenue"}}


UNIT_DUMPS = [
    # (dump of two headlined items, the second item's unit named with the acronym the first
    # defined, the name it must take: the defined body, not a listed namesake nor the letters)
    ("Weekly operations summary\n\nLUSAKA, 7 April 2025 - The Drug Enforcement Commission "
     "(DEC) seized 120 kg of cannabis in Chipata during the week.\n\nAirport arrest\n\n"
     "LUSAKA, 9 April 2025 - The Airport Interdiction Unit of the DEC arrested a passenger "
     "with 3 kg of heroin at Kenneth Kaunda International Airport.\n",
     "Airport Interdiction Unit of the DEC",
     "Airport Interdiction Unit of the Drug Enforcement Commission of Zambia"),
    ("Police raid farm\n\nSUVA, 2 June 2024 - The Fiji Police Force (FPF) uprooted 5,000 "
     "marijuana plants in Naitasiri.\n\nCocaine at wharf\n\nSUVA, 5 June 2024 - The "
     "Narcotics Bureau of the FPF found 8 kg of cocaine in a container at Suva wharf.\n",
     "Narcotics Bureau of the FPF", "Narcotics Bureau of the Fiji Police Force"),
    ("Border operation\n\nMANAGUA, 3 July 2024 - The National Police of Nicaragua (PN) seized "
     "900 kg of cocaine near Rivas.\n\nSecond seizure\n\nMANAGUA, 6 July 2024 - The Anti-Drug "
     "Directorate of the PN found 200 kg of cocaine in a lorry at Peñas Blancas.\n",
     "Anti-Drug Directorate of the PN",
     "Anti-Drug Directorate of the National Police of Nicaragua"),
    ("Agency report\n\nACCRA, 2 May 2024 - The Narcotics Control Commission (NACOC) "
     "intercepted 40 kg of cannabis in Tema.\n\nPort seizure\n\nACCRA, 6 May 2024 - NACOC "
     "Tema Port Unit officers found 12 kg of cocaine in a container.\n",
     "NACOC Tema Port Unit", "Tema Port Unit of the Narcotics Control Commission of Ghana"),
]


@pytest.mark.parametrize(("dump", "unit", "name"), UNIT_DUMPS)
def test_later_unit_takes_the_parent_an_item_above_defined(
        extractor: Extractor, dump: str, unit: str, name: str) -> None:
    items = extractor(from_text(dump, id="page")).items
    assert len(items) == 2
    found = [(e.normalized or {}).get("name") for e in items[1].entities if e.text == unit]
    assert found == [name]


CASES = [
    # (a bulletin's numbered case naming only a neighbour, the page's dateline country, the
    # country the case is read in without it, the body and its name with it)
    ("3. On 12 March, officers of the Border Police at the Namanga crossing stopped a bus "
     "coming from Kenya with 30 kg of cannabis. The Kenyan driver was arrested.",
     "TZ", "KE", "Border Police", "Border Police of Tanzania"),
    ("2. On 4 June, the Airport Anti-Narcotics Unit arrested a Brazilian passenger arriving "
     "from São Paulo with 2 kg of cocaine.",
     "PT", "BR", "Airport Anti-Narcotics Unit", "Airport Anti-Narcotics Unit of Portugal"),
    ("Case 2: On 8 May the Customs Service stopped a truck from Ukraine at the border "
     "crossing with 40 kg of hashish; the Ukrainian driver was detained.",
     "RO", "UA", "Customs Service", "Customs Service of Romania"),
]


def _run(nlp: Language, text: str, page_country: str | None) -> tuple[str | None, dict]:
    doc = nlp.make_doc(text)
    if page_country is not None:
        doc.user_data[PAGE_COUNTRY_KEY] = page_country
    for _name, component in nlp.pipeline:
        doc = component(doc)
    values = doc.user_data.get(VALUES_KEY) or {}
    names = {ent.text: (values.get((ent.start_char, ent.end_char, "ORG")) or {}).get("name")
             for ent in doc.ents if ent.label_ == "ORG"}
    return home_country(doc), names


@pytest.mark.parametrize(("text", "page", "alone", "body", "name"), CASES)
def test_case_without_dateline_reads_the_page_country(
        nlp: Language, text: str, page: str, alone: str, body: str, name: str) -> None:
    assert _run(nlp, text, None)[0] == alone
    home, names = _run(nlp, text, page)
    assert home == page
    assert names[body] == name


@pytest.mark.parametrize(("text", "page", "own"), [
    ("Kigali, 3 May 2026 - Officers of the Border Police stopped a bus coming from Uganda "
     "with 30 kg of cannabis.", "TZ", "RW"),
    ("PANAMA CITY, 2 July 2025 - The National Border Service seized 300 kg of cocaine on a "
     "boat from Colombia.", "CR", "PA"),
])
def test_item_dateline_wins_over_the_page_country(nlp: Language, text: str, page: str,
                                                  own: str) -> None:
    assert _run(nlp, text, page)[0] == own


def test_dateline_country_is_written_for_the_items_below(nlp: Language) -> None:
    doc = nlp("Bujumbura, 22 September 2026 - The police seized 40 kg of cannabis in Gitega.")
    assert doc.user_data.get(DATELINE_COUNTRY_KEY) == "BI"
    doc = nlp("The police seized 40 kg of cannabis. Germany, Belgium and Japan were the main "
              "destinations of the traffickers.")  # a country opening a later line: none
    assert DATELINE_COUNTRY_KEY not in doc.user_data


def test_page_table_gives_the_country_to_untitled_items_only() -> None:
    page = PageTable()
    page.take({DEFINED_ACRONYMS_KEY: {"NDEA": {"name": "Drug Agency"}},
               DATELINE_COUNTRY_KEY: "LK"})
    page.take({DATELINE_COUNTRY_KEY: "IN"})  # the first dateline stays the page's
    case: dict[str, object] = {}
    page.give(case, titled=False)
    assert case == {PAGE_ACRONYMS_KEY: {"NDEA": {"name": "Drug Agency"}},
                    PAGE_COUNTRY_KEY: "LK"}
    story: dict[str, object] = {}
    page.give(story, titled=True)  # a headlined story: any country's
    assert story == {PAGE_ACRONYMS_KEY: {"NDEA": {"name": "Drug Agency"}}}


def test_page_names_leave_out_the_item_own_definitions() -> None:
    table = {"PN": {"name": "National Police of Nicaragua"}, "DN": {"name": ""}}
    assert page_names("the Anti-Drug Directorate of the PN", table) == {
        "PN": "National Police of Nicaragua"}
    assert page_names("the Naval Police (PN) and the Port Unit of the PN", table) == {}


def test_page_table_gives_the_one_home_of_the_items_above() -> None:
    page = PageTable()
    page.take({HOME_COUNTRY_KEY: "MD"})
    page.take({})  # an item about no one country leaves the page's home as it is
    entry: dict[str, object] = {}
    page.give(entry, titled=True)
    assert entry == {PAGE_HOME_KEY: "MD"}
    page.take({HOME_COUNTRY_KEY: "UA"})  # two homes above: no fallback
    later: dict[str, object] = {}
    page.give(later, titled=False)
    assert PAGE_HOME_KEY not in later


@pytest.mark.parametrize(("text", "home", "body", "name"), [
    ("[28.11.2026 09:30] Sculeni: officers of the Customs Service, together with the Border "
     "Police, found 2,400 tablets of tramadol in a car arriving from Iasi (Romania); the driver, "
     "a citizen of Ukraine, was detained.",
     "MD", "Customs Service", "Customs Service of the Republic of Moldova"),
    ("Case No. 2/118-26. Indictment: at the checkpoint officers of the Revenue Service found "
     "3 kg of hashish on two citizens of the Republic of Azerbaijan.",
     "GE", "Revenue Service", "Revenue Service of Georgia"),
])
def test_entry_about_no_country_takes_the_page_home(
        nlp: Language, text: str, home: str, body: str, name: str) -> None:
    assert _run(nlp, text, None)[1][body] == body  # alone: no country to name it by
    doc = nlp.make_doc(text)
    doc.user_data[PAGE_HOME_KEY] = home
    for _name, component in nlp.pipeline:
        doc = component(doc)
    values = doc.user_data.get(VALUES_KEY) or {}
    names = {ent.text: (values.get((ent.start_char, ent.end_char, "ORG")) or {}).get("name")
             for ent in doc.ents if ent.label_ == "ORG"}
    assert names[body] == name
    assert home_country(doc) != home  # the item's own home is unchanged

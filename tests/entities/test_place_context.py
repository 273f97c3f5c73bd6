"""Places no gazetteer lists, found from the words around them (entities/place_context.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

import pressparse.components  # noqa: F401  (registers the factories)
from pressparse.data import read_jsonl
from pressparse.entities.place_context import KnownEntity, PlaceContextFinder
from pressparse.entities.records import WordList
from pressparse.pipeline import model_path


@pytest.fixture(scope="module")
def finder() -> PlaceContextFinder:
    path = model_path() / "pressparse_organizations" / "place_context.jsonl"
    lists = {record.id: record.words for record in read_jsonl(path, WordList)}
    return PlaceContextFinder(lists, blocked_words=["Police", "Ministry", "Court"],
                              title_words=["Inspector", "Minister"])


def places(nlp: Language, text: str) -> dict[str, dict]:
    return {ent.text: ent._.normalized or {} for ent in nlp(text).ents if ent.label_ == "LOC"}


@pytest.mark.parametrize(("text", "surface", "name", "country"), [
    # a premises word or an enforcement action before a weak preposition
    ("Detectives from Victoria Police searched a house in Pakenham on Tuesday and seized "
     "2 kg of methamphetamine.", "Pakenham", "Pakenham", "AU"),
    ("Officers from the Australian Federal Police arrested a man at a storage unit in Lilydale "
     "after the consignment was traced.", "Lilydale", "Lilydale", "AU"),
    # plural premises, and the other names of the list
    ("Kampala, Uganda - Police targeted drug dens in Kisenyi, Katanga and Nateete overnight.",
     "Nateete", "Nateete", "UG"),
    ("Lusaka, Zambia - Officers dismantled two hideouts in Chawama and Kanyama last week.",
     "Chawama", "Chawama", "ZM"),
    # strong prepositions and "<direction> of"
    ("The Jamaica Defence Force Coast Guard intercepted a go-fast boat off Negril Point with "
     "900 pounds of ganja.", "Negril Point", "Negril Point", "JM"),
    ("The Sri Lanka Navy seized 95 kg of Kerala cannabis about 5 nautical miles west of "
     "Point Pedro.", "Point Pedro", "Point Pedro", "LK"),
    # a local unit's own prefix is part of the name
    ("PDEA agents seized 25 grams of shabu in Barangay Poblacion, Philippines, on Friday.",
     "Barangay Poblacion", "Barangay Poblacion", "PH"),
    # lower-case kinds of place before "of"
    ("Mexican soldiers destroyed a drug laboratory in the municipality of Tamazula, in the "
     "state of Durango, Mexico.", "Tamazula", "Tamazula", "MX"),
    # ... also in the plural before a list of names
    ("The police prefecture searched houses in the communes of Yopougon, Abobo, Adjame and "
     "Koumassi in Côte d'Ivoire.", "Yopougon", "Yopougon", "CI"),
    ("Checks were held in the localities of Bagnoli, Fuorigrotta and Pozzuoli, Italy.",
     "Fuorigrotta", "Fuorigrotta", "IT"),
    # a home town between an age and a person noun
    ("Victoria Police charged a 41-year-old Hoppers Crossing man with trafficking a large "
     "commercial quantity of cocaine.", "Hoppers Crossing", "Hoppers Crossing", "AU"),
    # the country after a comma wins over the item's dominant country
    ("Spanish customs found the hashish on a lorry that had left from Tanger Med, Morocco, "
     "bound for Spain.", "Tanger Med", "Tanger Med", "MA"),
    # a name listed with known places
    ("Spanish police carried out searches in Seville, Dos Hermanas and Cádiz on Monday.",
     "Dos Hermanas", "Dos Hermanas", "ES"),
    # a listed place cut short is read whole ("Cruz" alone would be the listed one)
    ("Colombian police seized 300 kg of cocaine in the municipality of Santa Cruz de "
     "Mompox, Colombia.", "Santa Cruz de Mompox", "Santa Cruz de Mompox", "CO"),
    # a kind of place whose official name ends with it (the head is in the span)
    ("BNN officers uprooted 9,000 cannabis plants in the hills of Bener Meriah regency, "
     "Indonesia.", "Bener Meriah regency", "Bener Meriah Regency", "ID"),
    # water bodies named after a place
    ("Frontex aircraft spotted the trawler in the Strait of Otranto on Sunday.",
     "Strait of Otranto", "Strait of Otranto", None),
    # a route or journey word before "to"
    ("Venezuelan soldiers stopped a pick-up on the road to Paraguachón with 200 kg of "
     "cocaine.", "Paraguachón", "Paraguachón", "VE"),
    ("The courier was on his way to Ndiago when Mauritanian gendarmes stopped him.",
     "Ndiago", "Ndiago", "MR"),
    # officers where they serve, before a weak preposition
    ("Norwegian customs officers at Svinesund stopped a Lithuanian car with 118,500 pills.",
     "Svinesund", "Svinesund", "NO"),
    ("With the support of UNODC, Ethiopia trained 40 investigators in Adama last month.",
     "Adama", "Adama", "ET"),
    # people of a place, a town's quarter
    ("Malawi Police uprooted cannabis and arrested four villagers of Chikwina on Monday.",
     "Chikwina", "Chikwina", "MW"),
    ("Gendarmes searched the home of a dealer in the quarter of Ambohipo, Madagascar.",
     "Ambohipo", "Ambohipo", "MG"),
    # "on" an island with a second cue, "above" a village, "Police in" a town
    ("Officers on Aitutaki searched two houses and seized 200 grams of cannabis, Cook "
     "Islands police said.", "Aitutaki", "Aitutaki", "CK"),
    ("Officers uprooted 2,000 cannabis plants in the hills above Morne Prosper, Dominica.",
     "Morne Prosper", "Morne Prosper", "DM"),
    ("Police in Lakatoro seized 48 kg of cocaine that had washed ashore, Vanuatu police "
     "said.", "Lakatoro", "Lakatoro", "VU"),
    # a person noun with an age before "of": the home town
    ("A 34-year-old fisherman of Mutsamudu was arrested with 3 kg of cannabis in the "
     "Comoros.", "Mutsamudu", "Mutsamudu", "KM"),
    # a person's name and age before "of": the home town (a court list's, a release's;
    # session 37)
    ("R v Dean HOLLOWAY (33), of Ballaugh Heights, Isle of Man\nCharge: possession",
     "Ballaugh Heights", "Ballaugh Heights", "IM"),
    ("MARCUS BELL, 41, of Kittery Point, was sentenced to five years in prison.",
     "Kittery Point", "Kittery Point", None),
    # unlisted names in a list a listed town opens, no cue before it (session 37)
    ("Outer islands visited: Tahiti, Moorea, Huahine, Maupiti.", "Maupiti", "Maupiti", "PF"),
    ("Patrols covered the road between Mt Hagen and Kudjip last week.", "Kudjip", "Kudjip",
     "PG"),
    # the trade or the growing the clause is about is an action too
    ("A woman was found with 7,5 kg of mbanje which she intended to sell in Lupane, "
     "Zimbabwe police said.", "Lupane", "Lupane", "ZW"),
    # the area a place is in, after a comma, named with a compass word
    ("Officers uprooted 4,000 plants in the hills above Troumaca, North Leeward, on Tuesday, "
     "Saint Vincent and the Grenadines police said.", "North Leeward", "North Leeward", "VC"),
    ("A 29-year-old clearing agent of Providence was charged in Guyana.", "Providence",
     "Providence", "GY"),
    # a saint's abbreviation inside the name is written out
    ("Police searched six premises at Anse Royale and Pointe Ste Marie, Seychelles.",
     "Pointe Ste Marie", "Pointe Sainte Marie", "SC"),
    # a headline's present tense is an enforcement action too (session 36)
    ("Coast guards seize 40 kg of cocaine in Tsabong", "Tsabong", "Tsabong", None),
    ("Border guards detain two at Kerkini with cannabis", "Kerkini", "Kerkini", None),
    # a facility or a headquarters before "in"
    ("Inspectors at the mail sorting facility in Talofofo flagged a parcel.", "Talofofo",
     "Talofofo", None),
    ("Kenyan officials met at the agency's headquarters in Upper Hill on Monday.",
     "Upper Hill", "Upper Hill", "KE"),
    # a capitalized "Near" opening a sentence or a numbered entry
    ("2. Near Orangi Town, Karachi, officers found 12 kg of hashish in Pakistan.",
     "Orangi Town", "Orangi Town", "PK"),
    # a bay before "of"
    ("The schooner lay at anchor in the bay of Petite-Anse since Monday.", "Petite-Anse",
     "Petite-Anse", None),
    # a vessel escorted, towed or taken to a port
    ("The Russian yacht was escorted to Baltiysk after the check, the FSB said.", "Baltiysk",
     "Baltiysk", "RU"),
    # a bearing from a known place after the name
    ("The pirogue with 900 kg of cannabis was at Djifer, north of Ziguinchor.", "Djifer",
     "Djifer", "SN"),
])
def test_places_from_context(nlp: Language, text: str, surface: str, name: str,
                             country: str | None) -> None:
    found = places(nlp, text)
    assert surface in found, found
    assert found[surface]["name"] == name
    assert found[surface]["country_iso2"] == country


@pytest.mark.parametrize(("text", "surface"), [
    # no second cue for a weak preposition
    ("The report was published in Nature and discussed at Chatham House.", "Nature"),
    # months, titles, facilities and organizations after a cue are no places
    ("Two men were arrested in February and appeared at Inspector Wilson's office.",
     "February"),
    ("The suspect was arrested at Kingston Hospital where he worked.", "Kingston Hospital"),
    ("The drugs were found in Ward 4 of the market.", "Ward"),
    ("Officers found the cocaine in Smith's car near the port.", "Smith's"),
    # an all-caps word after a cue is no place name
    ("Officers arrested a man in SOT custody.", "SOT"),
    # "from" introduces people and bodies unless an origin or route word comes before it
    ("Police seized 3 kg of heroin from Ahmed Karimov, who was later charged.",
     "Ahmed Karimov"),
    ("The second stage of the operation will take place in April-May.", "April-May"),
    ("Officials from the department of Health joined the operation in the capital.",
     "Health"),
    # "of" after a relation noun, or after a person noun without an age, names no place
    ("A 29-year-old member of Hezbollah was also detained in Lebanon.", "Hezbollah"),
    ("The 45-year-old father of Jamal Hussein was also questioned.", "Jamal Hussein"),
    # a number before "of" that is no adult's age after a name: no cue
    ("The fine under Article 12 (3), of Federal Law 3-FZ, was paid.", "Federal Law"),
    # a list a capitalized word runs into, or one listed town before two unknown names
    ("The Hit and Run Cargo Rotterdam team and Kees Jansen found the bales.", "Kees Jansen"),
    ("Moscow, Ivan Petrov and Oleg Sidorenko were named in the report.", "Ivan Petrov"),
    # a street's word after a name: a street's, no place (session 37)
    ("Sender: Border Detachment, 65000, Odesa, Izmail, Prymorska str. 14", "Prymorska"),
    # a currency's letters glued to a number by a dot
    ("The dealer sold the heroin at Rs.4,000 per gram in Hyderabad.", "Rs"),
    # "on" without a second cue
    ("Two men were charged on Tuesday and appeared on Channel Five later.", "Channel Five"),
    # a sea's bare name before "routes" is a modifier, after an action too
    ("Customs seize 5 tonnes of cocaine on Pacific routes in a joint operation.", "Pacific"),
])
def test_no_place_from_context(nlp: Language, text: str, surface: str) -> None:
    assert surface not in places(nlp, text)


@pytest.mark.parametrize(("text", "mentions"), [
    # a name found once is a place at its other mentions in the item
    ("Police raided a house in Tabaco on Friday. Tabaco residents said the raid lasted an "
     "hour, and a second suspect from Tabaco remains at large.", 3),
    # but not inside a longer capitalized name
    ("Police raided a house in Tabaco on Friday. The Tabaco Police Station chief confirmed "
     "the arrest.", 1),
    # a headline in capitals names it too
    ("DRUG RAID AT TABACO\nPolice raided a house in Tabaco on Friday.", 2),
    # ... but not a longer name the text writes elsewhere
    ("RAID IN TABACO HILLS\nPolice raided a house in Tabaco on Friday, near the Tabaco "
     "Hills.", 1),
])
def test_other_mentions(finder: PlaceContextFinder, text: str, mentions: int) -> None:
    found = finder.find(text, [])
    assert [text[p.start:p.end].title() for p in found] == ["Tabaco"] * mentions


@pytest.mark.parametrize(("text", "surface", "name", "country"), [
    ("KOMATIPOORT – Customs officers at the border found 40 kg of cocaine.",
     "KOMATIPOORT", "Komatipoort", None),
    ("NOGALES, Ariz. – CBP officers seized 12 pounds of fentanyl.", "Ariz.", "Arizona", "US"),
    ("Campo Grande/MS – The Federal Police seized 2 tonnes of marijuana.", "MS",
     "Mato Grosso do Sul", "BR"),
    # a wire dateline in title case: the agency's bracketed credit makes it one
    ("Court jails four men\nTrnava, March 3, 2025 (TASR) – The regional court sentenced four "
     "men for trafficking pervitin.", "Trnava", "Trnava", None),
    ("Zlin, 14 May (CTK) - Police found a cannabis farm in a barn.", "Zlin", "Zlin", None),
])
def test_datelines(finder: PlaceContextFinder, text: str, surface: str, name: str,
                   country: str | None) -> None:
    found = {text[p.start:p.end]: p.value for p in finder.find(text, [])}
    assert found[surface] == {"name": name, "country_iso2": country, "id": None}


@pytest.mark.parametrize("text", [
    "ANDEAN DRUG MONITOR - weekly digest of seizures and eradication",
    "UPDATE – Police have charged a second man.",
    "Police, customs and the army (pictured) – a joint patrol found 3 kg of heroin.",
])
def test_no_dateline(finder: PlaceContextFinder, text: str) -> None:
    assert finder.find(text, []) == []


def test_known_entities_win(finder: PlaceContextFinder) -> None:
    text = "Officers searched a house in Almaty Police district and arrested him in Bishkek."
    known = [KnownEntity(71, 78, "LOC", {"name": "Bishkek", "country_iso2": "KG",
                                         "id": "kg:bishkek"})]
    assert finder.find(text, known) == []


@pytest.mark.parametrize(("text", "town_end", "country", "codes"), [
    # a Brazilian state's code in brackets after a Brazilian place
    ("Receita Federal officers in Cascavel (PR) found 90 kg of marijuana.", 36, "BR",
     {"PR": "Paraná"}),
    ("Joinville (SC), 3/5/2026 – The Federal Police arrested two men.", 9, "BR",
     {"SC": "Santa Catarina"}),
    # the same letters after a place of another country, or after no place: no state
    ("Officers in Lyon (PR) acted.", 15, "FR", {}),
])
def test_bracketed_brazil_state_codes(finder: PlaceContextFinder, text: str, town_end: int,
                                      country: str, codes: dict[str, str]) -> None:
    town_start = text.rfind(" ", 0, town_end) + 1
    known = [KnownEntity(town_start, town_end, "LOC",
                         {"name": text[town_start:town_end], "country_iso2": country,
                          "id": None})]
    found = {text[p.start:p.end]: p.value["name"] for p in finder.find(text, known)
             if p.value.get("country_iso2") == "BR"}
    assert found == codes


def test_bracketed_code_after_no_place(finder: PlaceContextFinder) -> None:
    text = "The Public Relations (PR) office of the Federal Police spoke."
    assert [p for p in finder.find(text, []) if p.value.get("country_iso2") == "BR"] == []

"""Counts of people in the wording of wire and police releases: "one" naming one more
person after a count ("two Colombians and one Ecuadorian", the samples guideline's own
example), a number word right after "the" (a set already named, no count; "The five men
aboard, three ... and two ..." opening a sentence introduces the set), a level before a
change ("up from 14 in 2019"), the first of a pair of figures ("12 / 9 foreigners"). Our own
sentences.
"""

from __future__ import annotations

import pytest

COUNTED: list[tuple[str, str, str | None]] = [
    # an irregular participle after an adverb is inside the phrase ("locally made")
    ("Two locally made pistols and several cutlasses were also taken.", "Two",
     "locally made pistols"),
    ("Police seized 40 locally grown cannabis plants in the valley.", "40",
     "locally grown cannabis plants"),
    ("The four sailors, two Venezuelan nationals and one Guyanese, were detained.", "one",
     "Guyanese"),
    ("Three Albanian nationals and one Greek were held after the raid.", "one", "Greek"),
    ("Officers arrested two Peruvians and one Chilean national at the port.", "one", None),
    ("The class was taught by three instructors from Kenya and one instructor from Ghana.",
     "one", "instructor"),
    ("Police arrested one woman and two men at the scene.", "one", "woman"),
    # both "one"s are counted; the table keys spans by text, so the last one is checked
    ("Two women, one Haitian and one Jamaican, were detained on the yacht.", "one", "Jamaican"),
    ("The patrol boat stopped a skiff. The five men aboard, three Hondurans and two "
     "Nicaraguans, were arrested.", "five", "men"),
    ("Thirty ports now screen containers, up from 19 in 2021.", "19", None),
    # "The N ..." opening a sentence, then its members in apposition: a set introduced by
    # its count, whatever its noun
    ("The boat was stopped at dawn. The three occupants, the pilot and two passengers, were "
     "held.", "three", "occupants"),
    # a number written again in words in brackets is one number, its span both forms
    ("In all, 4 (four) couriers were arrested during the drive.", "4 (four)", "couriers"),
    ("A course for 32 (thirty two) Investigating Officers was held.", "32 (thirty two)",
     "Investigating Officers"),
    ("Overdose deaths fell to 310, down from 402 a year before.", "402", None),
    ("Arrests (2025 / 2024): 57 / 49 traffickers, including 12 / 9 foreigners", "57",
     "traffickers"),
    ("Arrests (2025 / 2024): 57 / 49 traffickers, including 12 / 9 foreigners", "12",
     "foreigners"),
    # an average of people: decimals before a plural without -s (session 17)
    ("The average household size fell to a record low of 2.15 people.", "2.15", "people"),
    ("Women in the province had 1.38 children on average last year.", "1.38", "children"),
    # a partitive with a possessive: "of its", "of their" before the counted noun
    ("The sweep ran in five of its member states and netted 1,660 plants.", "five",
     "member states"),
    ("Police said three of his accomplices fled across the border.", "three", "accomplices"),
    # a headline's count before a participle: people ("Two arrested ..."), and before a
    # court's word ("Eleven Charged ...") the defendants (session 9: the spent gold's word)
    ("Eleven Charged in Harbour Methamphetamine Case", "Eleven", "defendants"),
    ("Four indicted after cocaine found in banana boxes", "Four", "defendants"),
    ("Nine sentenced for smuggling heroin through the port", "Nine", "defendants"),
    ("Six Convicted Over Container Cocaine Plot at Felixstowe", "Six", "defendants"),
    ("Heroin hidden in fruit crates at border post; two arrested", "two", "people"),
    # "N of them" after a total and its breakdown counts the total (session 9)
    ("In total, nine people were arrested in the case, six Chileans and three Bolivians, "
     "five of them with previous convictions.", "five", "people"),
    ("Police detained 14 men, 9 Albanians, 3 Greeks and 2 Italians, four of them already "
     "wanted in Greece.", "four", "men"),
    ("Officers held 22 crew members, 15 Filipinos and 7 Indonesians, and released six of "
     "them on Friday.", "six", "crew members"),
    # a list that breaks down no total before it: the nearest count, as before
    ("Officers arrested 3 traffickers, 5 couriers and 2 guards, four of them armed.",
     "four", "guards"),
    # "N of them <noun> <adjective> ...": the noun (session 9)
    ("Troops destroyed 4,916 clandestine laboratories, 38 of them crystallizers capable of "
     "processing 2 tons a week.", "38", "crystallizers"),
    ("Police detained 61 suspects, 12 of them dealers responsible for the street trade.",
     "12", "dealers"),
    # "N other <noun>" counts the noun; "N others" counts people (session 7)
    ("Officers arrested two other people who were waiting in a car.", "two", "people"),
    ("Seeing the patrol, three other members of the gang fled.", "three", "members"),
    ("Two men were caught while three others escaped into the forest.", "three", "others"),
    # a headline in capitals names nothing by its capitals: "TWO SEARCH WARRANTS" counts
    ("POLICE EXECUTE THREE SEARCH WARRANTS IN HARBOUR DISTRICT", "THREE", "SEARCH WARRANTS"),
    ("SHABU WORTH P3.4-M SEIZED, TWO DRUG SUSPECTS HELD IN CEBU", "TWO", None),
    # a part of the set just counted: "N of which", "of which N are", "N in <place>"
    ("Troops dismantled 23 cocaine labs, 14 of which were hidden in the jungle.", "14",
     "cocaine labs"),
    ("The carrier now serves 41 airports, of which 9 are new this summer.", "9", "airports"),
    ("Police detained 19 suspects, 12 in Lagos and 7 in Abuja.", "12", "suspects"),
    ("Police detained 19 suspects, 12 in Lagos and 7 in Abuja.", "7", "suspects"),
    ("In all, 21 people have been arrested, 15 in France and 6 in Belgium.", "6", "people"),
    # a name with its acronym in brackets before the counted noun
    ("The shipyard will deliver eight liquefied natural gas (LNG) carriers next year.",
     "eight", "liquefied natural gas (LNG) carriers"),
    ("Troops shot down 14 unmanned aerial (UA) drones overnight.", "14",
     "unmanned aerial (UA) drones"),
    # a number word compared with a count before it counts the same noun
    ("Five people were arrested at the port this year, compared with three a year earlier.",
     "three", "people"),
]

NOT_COUNTED: list[tuple[str, str]] = [
    ("The talks between the two coast guards began in 2019.", "two"),
    ("The detainees, among them the four deckhands, will appear in court.", "four"),
    ("The dealer sold two Hondas and one Nissan to the gang.", "one"),
    ("The fleet includes one Airbus, three Boeings and a cargo plane.", "one"),
    ("Police held three suspects and one Toyota was towed away.", "one"),
    ("The two others were released on bail.", "two"),
    ("He was jailed for 12 years, 4 in Spain and the rest in France.", "4"),
    # "The N ..." repeating a number told just before names a set counted already
    ("A canoe with 2 fishermen aboard was stopped. The two occupants, both from Ghana, were "
     "held.", "two"),
]


@pytest.mark.parametrize(("text", "span", "what"), COUNTED, ids=[c[0][:30] for c in COUNTED])
def test_person_count(scanner, text: str, span: str, what: str | None) -> None:
    found = {text[q.start:q.end]: q for q in scanner.scan(text)}
    assert span in found, list(found)
    assert found[span].kind == "count"
    if what is not None:
        assert found[span].what == what


@pytest.mark.parametrize(("text", "span"), NOT_COUNTED, ids=[c[0][:30] for c in NOT_COUNTED])
def test_no_person_count(scanner, text: str, span: str) -> None:
    found = [text[q.start:q.end] for q in scanner.scan(text)]
    assert span not in found, found

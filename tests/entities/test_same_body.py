"""A generic name that ends another mention's name is that body again, also in a headline
written before the story names it in full."""

from __future__ import annotations

import pytest

from pressparse.driver import extract


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.normalized["name"]) for item in extract(text).items
            for e in item.entities if e.label == "ORG"]


@pytest.mark.parametrize(("text", "surface", "name"), [
    # the headline's short name comes first; the story names the body in full later
    ("Coast Guard seizes 300 kg of cannabis off Chittagong\n\n"
     "Officers of the Bangladesh Coast Guard stopped a trawler south of the port on Friday "
     "and found 300 kg of cannabis in its hold.", "Coast Guard", "Bangladesh Coast Guard"),
    # an acronym spelled by a long form the text's country renamed follows it (the Armenian
    # committee, not the Kazakh one the bare words first matched)
    ("YEREVAN, 4 June - Border guards of the National Security Service of the Republic of "
     "Armenia, with the participation of the State Revenue Committee, stopped a lorry from "
     "Iran at the Agarak checkpoint. Customs officers of the SRC found 40 kg of heroin in it.",
     "SRC", "State Revenue Committee of the Republic of Armenia"),
    # the full name first, the short name after it
    ("Officers of the Bangladesh Coast Guard stopped a trawler on Friday. The Coast Guard "
     "said the crew of six was arrested.", "Coast Guard", "Bangladesh Coast Guard"),
    # the full name is the short name and one office head ("Department", "Service")
    ("On 3 March a team of the Coast Guard Department of the Border Police of Georgia "
     "boarded a tanker off Batumi. Coast Guard divers found 20 kg of cocaine in its hull.",
     "Coast Guard", "Coast Guard Department of the Border Police of Georgia"),
    ("Ranks of the St. Kitts and Nevis Coast Guard Service stopped a pirogue off Nevis. The "
     "Coast Guard said two men were held.", "Coast Guard",
     "St. Kitts and Nevis Coast Guard Service"),
    # a facility noun after "<listed place> <body>": the place is where the base is (an
    # unlisted place, "the Tyrell Bay Coast Guard base", still stays inside the body's name)
    ("Ranks of the St. Vincent and the Grenadines Coast Guard Service intercepted a boat. A "
     "search was conducted at the Calliaqua Coast Guard base.", "Coast Guard",
     "St. Vincent and the Grenadines Coast Guard Service"),
    # the short name inside the body's official wrapper name ("General Inspectorate of X",
    # "Directorate General of X") is that body, not its parent
    ("Border Police stop cocaine at Leuseni\nThe General Inspectorate of Border Police of "
     "Moldova said its officers found 3 kg of cocaine.", "Border Police",
     "General Inspectorate of Border Police of the Republic of Moldova"),
])
def test_short_generic_name_reads_as_the_full_mention(text: str, surface: str,
                                                      name: str) -> None:
    assert (surface, name) in _names(text)


@pytest.mark.parametrize(("text", "surface", "name"), [
    # the end of a unit's name after "of the" is its parent, another body
    ("Officers of the Main Drug Control Department of the Ministry of Internal Affairs of "
     "Azerbaijan seized 12 kg of heroin. The Ministry of Internal Affairs said two men were "
     "held.", "Ministry of Internal Affairs",
     "Ministry of Internal Affairs of the Republic of Azerbaijan"),
    # a short name ending the parent's part of a unit's name is the parent
    ("COLOMBO - Officers of the Coast Guard Intelligence Directorate of the Sri Lanka Coast "
     "Guard boarded the trawler. The Coast Guard said six men were held.", "Coast Guard",
     "Sri Lanka Coast Guard"),
])
def test_parent_at_the_end_of_a_unit_is_not_the_unit(text: str, surface: str,
                                                    name: str) -> None:
    assert (surface, name) in _names(text)


@pytest.mark.parametrize(("text", "surface", "name"), [
    # a publisher's bare short form is the text's body of its country named with the word,
    # also after an "of" in that body's own name
    ("LIBREVILLE, 3 March 2026 (AGP) - The General Directorate of Customs and Excise Duties "
     "seized 30 kg of cannabis at Owendo port in Gabon. The Customs said two men were held.",
     "Customs", "General Directorate of Customs and Excise Duties of Gabon"),
])
def test_bare_short_form_reads_as_the_body_named_with_it(text: str, surface: str,
                                                         name: str) -> None:
    assert (surface, name) in _names(text)


@pytest.mark.parametrize(("text", "surface", "name"), [
    # a listed unit written with the parents its canonical name gives is that unit
    ("MINSK. Officers of the Main Directorate for Drug Control and Combating Trafficking in "
     "Persons of the Ministry of Internal Affairs dismantled a lab near Minsk in Belarus.",
     "Main Directorate for Drug Control and Combating Trafficking in Persons of the Ministry "
     "of Internal Affairs",
     "Main Department for Drug Control and Combating Human Trafficking of the Criminal Police "
     "of the Ministry of Internal Affairs of the Republic of Belarus"),
])
def test_listed_unit_with_its_parents_takes_its_name(text: str, surface: str,
                                                     name: str) -> None:
    assert (surface, name) in _names(text)

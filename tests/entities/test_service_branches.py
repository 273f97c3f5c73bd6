"""Naming rules of session 9 (samples guide, ORG): a force's branch ("Aviation Police",
"Pacific Naval Force") is named with the plain force the text names; a listed national body
whose name is made of institutional words takes its country, and so does a parent written
with a demonym ("... of the Iraqi Ministry of Interior"); a country heading a list line
("- Portugal: ...") is the country of the bodies on that line, and so is a country named
once when the others are only a route's origin; units only one international body has
("Regional Intelligence Liaison Office for ...") take that body; known bodies take the
annotation table's names (full pipeline, our own sentences)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract
from pressparse.entities.generic_names import GenericNames
from pressparse.entities.national_bodies import NationalBodies
from pressparse.pipeline import model_path

NAMED = [
    # (text, ORG as written, expected normalized name of each of its mentions)
    # a branch of the plain police force the text names
    ("Entebbe, Uganda - The Uganda Police Force said its Aviation Police stopped a traveller "
     "with 3 kg of heroin at the airport.",
     "Aviation Police", "Aviation Police of the Uganda Police Force"),
    ("Bangkok, Thailand - The Royal Thai Police said the Traffic Police stopped a pick-up "
     "truck carrying 400,000 methamphetamine tablets in Chiang Rai.",
     "Traffic Police", "Traffic Police of the Royal Thai Police"),
    ("Antwerp, Belgium - The Federal Police said its Maritime and Port Police boarded the "
     "container ship in the port.",
     "Maritime and Port Police", "Maritime and Port Police of the Federal Police of Belgium"),
    # a naval force's branch takes the navy, however the navy is written
    ("Bogota - The Colombian Navy said its Caribbean Naval Force stopped a go-fast boat "
     "with 1.2 tonnes of cocaine off Cartagena, Colombia.",
     "Caribbean Naval Force", "Caribbean Naval Force of the Navy of Colombia"),
    ("Lima, Peru - The Navy of Peru said its Pacific Naval Force towed the fishing boat "
     "to Callao.", "Pacific Naval Force", "Pacific Naval Force of the Navy of Peru"),
    # a police force with a name of its own is no branch: it takes its country
    ("Bucharest, Romania - The Romanian Police and the Border Police searched trucks at the "
     "Nadlac crossing in Romania.", "Border Police", "Border Police of Romania"),
    # listed bodies made of institutional words take their country
    ("Athens, Greece - Officers of the Independent Authority for Public Revenue found 90 kg "
     "of cocaine in a container at Piraeus, Greece.",
     "Independent Authority for Public Revenue",
     "Independent Authority for Public Revenue of Greece"),
    ("Bucharest, Romania - Prosecutors of the Directorate for Investigating Organized Crime "
     "and Terrorism charged eight people in Romania.",
     "Directorate for Investigating Organized Crime and Terrorism",
     "Directorate for Investigating Organized Crime and Terrorism of Romania"),
    # a country heading a list line is the country of the line's bodies
    ("Europol said five countries took part:\n- Portugal: the Judicial Police searched a "
     "yacht in the Azores.\n- Spain: the Guardia Civil arrested three men in Cadiz.",
     "Judicial Police", "Judicial Police of Portugal"),
    ("MAOC-N reported the results:\nEcuador: the Tax and Customs Authority found 2 tonnes "
     "of cocaine.\nPortugal: the Navy stopped a sailing boat.",
     "Tax and Customs Authority", "Tax and Customs Authority of Ecuador"),
    # one mention of a country decides when the others are only a route's origin
    ("Customs finds 600 kilos of cocaine in Rotterdam\nIn a container of pineapples from "
     "Costa Rica, Customs found 600 kilos of cocaine on Tuesday.",
     "Customs", "Customs of the Netherlands"),
    ("Customs stops cocaine in Antwerp\nCustoms found 1,200 kg of cocaine in a banana "
     "container from Colombia on Friday.", "Customs", "Customs of Belgium"),
    # a bare short form is the home country's listed body the text names with that word
    ("Customs seizes syabu at the cargo terminal\nKUALA LUMPUR, Oct 22 - The "
     "Royal Malaysian Customs Department foiled an attempt to smuggle 412 kg of syabu "
     "through the airport in Malaysia on Oct 14.",
     "Customs", "Royal Malaysian Customs Department"),
    # a demonym before the parent's generic name is the country
    ("Officers of the General Directorate of Narcotics Affairs of the Iraqi Ministry of "
     "Interior seized 2 million pills in Basra.",
     "General Directorate of Narcotics Affairs of the Iraqi Ministry of Interior",
     "General Directorate of Narcotics Affairs of the Ministry of Interior of Iraq"),
    ("Agents of the Anti-Drug Directorate of the Peruvian National Police seized 2 tonnes "
     "of cocaine.", "Anti-Drug Directorate of the Peruvian National Police",
     "Anti-Drug Directorate of the National Police of Peru"),
    # a local unit of a national body that says no country: the body takes its country
    ("Minsk, Belarus - Officers of the Gomel Regional Department of the State Security "
     "Committee detained a courier in Belarus.",
     "Gomel Regional Department of the State Security Committee",
     "Gomel Regional Department of the State Security Committee of the Republic of Belarus"),
    ("Almaty, Kazakhstan - The Shymkent City Department of the Investigative Committee opened "
     "a case in Kazakhstan.", "Shymkent City Department of the Investigative Committee",
     "Shymkent City Department of the Investigative Committee of the Republic of Kazakhstan"),
    # ... also when the area it serves follows ("for the Omsk Region")
    ("Omsk, Russia - The Directorate of the Federal Security Service for the Omsk Region said "
     "two couriers were detained in Russia.",
     "Directorate of the Federal Security Service for the Omsk Region",
     "Directorate of the Federal Security Service of the Russian Federation for the Omsk "
     "Region"),
    # "for <words>" that is no area stays inside the name
    ("Dushanbe, Tajikistan - Border Troops of the State Committee for National Security "
     "seized heroin in Tajikistan.",
     "Border Troops of the State Committee for National Security",
     "Border Troops of the State Committee for National Security of the Republic of "
     "Tajikistan"),
    # a border unit named after its place, with its parent after it: one name
    ("Baku, 12 May - Officers of the Bilasuvar border detachment of the State Border Service "
     "detained a man in Azerbaijan.",
     "Bilasuvar border detachment of the State Border Service",
     "Bilasuvar Border Detachment of the State Border Service of the Republic of Azerbaijan"),
    ("Minsk - Officers of the Smorgon border group detained two men.",
     "Smorgon border group", "Smorgon Border Group"),
    # a body whose official name opens with its founders' acronym keeps it
    ("The CARICOM Implementation Agency for Crime and Security trained 40 officers.",
     "CARICOM Implementation Agency for Crime and Security",
     "CARICOM Implementation Agency for Crime and Security"),
    ("Analysts of the RIFC shared the alert.", "RIFC",
     "Regional Intelligence Fusion Centre of the CARICOM Implementation Agency for Crime and "
     "Security"),
    # the annotation table's names of known bodies
    ("Tehran - The DCHQ said police seized 3 tonnes of opium in Sistan and Baluchestan.",
     "DCHQ", "Drug Control Headquarters of Iran"),
    # a unit only one international body has takes that body
    ("Dakar - The World Customs Organization and its Regional Intelligence Liaison Office "
     "for West Africa trained 30 officers.",
     "Regional Intelligence Liaison Office for West Africa",
     "Regional Intelligence Liaison Office for West Africa of the World Customs Organization"),
    ("Lome - Officers from Togo and Benin met at the Regional Office for Capacity Building "
     "for West and Central Africa.",
     "Regional Office for Capacity Building for West and Central Africa",
     "Regional Office for Capacity Building for West and Central Africa of the World "
     "Customs Organization"),
    ("Washington - The OAS said the Multilateral Evaluation Mechanism reviewed the drug "
     "policies of 34 member states.", "Multilateral Evaluation Mechanism",
     "Multilateral Evaluation Mechanism of the Inter-American Drug Abuse Control Commission"),
]


def names_of(text: str, surface: str) -> list[str | None]:
    return [(e.normalized or {}).get("name") for item in extract(text).items
            for e in item.entities if e.label == "ORG" and e.text == surface]


@pytest.mark.parametrize(("text", "surface", "name"), NAMED)
def test_branches_and_bodies_say_whose_they_are(text: str, surface: str, name: str) -> None:
    found = names_of(text, surface)
    assert found and all(n == name for n in found), found


SERVICE_KINDS = [
    # (name, the force it is a branch of, or None)
    ("Aviation Police", "police"),
    ("Water Police", "police"),
    ("Maritime and Port Police", "police"),
    ("Pacific Naval Force", "navy"),
    ("Judicial Police", None),  # another kind word: a body of its own
    ("Border Police", None),
    ("Federal Police", None),  # a national marker
    ("Naval Force", None),  # nothing of its own
    ("Coast Guard Police", None),
]


PLAIN_FORCES = [
    # (name, kind, a force of that kind by its plain name?)
    ("Uganda Police Force", "police", True),
    ("Royal Oman Police", "police", True),
    ("Federal Police of Belgium", "police", True),
    ("National Police of the Netherlands", "police", True),
    ("Navy of Colombia", "navy", True),
    ("Royal Thai Navy", "navy", True),
    ("Judicial Police of Portugal", "police", False),
    ("Criminal Police Bureau of Lithuania", "police", False),
    ("Drug Control Police", "police", False),
    ("Navy of Colombia", "police", False),
]


@pytest.fixture(scope="module")
def generic() -> GenericNames:
    bodies = NationalBodies.load(
        model_path() / "pressparse_organizations" / "national_bodies.json")
    assert bodies is not None and bodies.generic is not None
    return bodies.generic


@pytest.mark.parametrize(("name", "kind"), SERVICE_KINDS)
def test_service_branch_kinds(generic: GenericNames, name: str, kind: str | None) -> None:
    assert generic.service_kind(name) == kind


@pytest.mark.parametrize(("name", "kind", "plain"), PLAIN_FORCES)
def test_plain_forces(generic: GenericNames, name: str, kind: str, plain: bool) -> None:
    assert generic.is_plain_force(name, kind) is plain

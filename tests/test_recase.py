"""Items written in capitals are read recased: the same entities as the text in mixed case,
at the original's offsets and with its text; headlines in capitals over a mixed-case body
are left as written."""

from __future__ import annotations

import pytest

import pressparse
from pressparse.recase import caps_dominant, recased

RECASED_LINES = [
    # (a text in capitals, how it must read)
    ("OFFICERS SEIZED 2 KG 140 G OF HEROIN AND 168 KM/H WAS CLOCKED ON THE HIGHWAY.",
     "Officers seized 2 kg 140 g of heroin and 168 km/h was clocked on the highway."),
    ("THE TANZANIA POLICE FORCE (TPF) SAID US$4,000 AND KSH5,000 WERE FOUND IN THE CAR.",
     "The Tanzania Police Force (TPF) said US$4,000 and KSH5,000 were found in the car."),
    ("A WOMAN FROM SPANISH TOWN WAS HELD BY THE CANADA BORDER SERVICES AGENCY NEAR MAY PEN.",
     "A woman from Spanish Town was held by the Canada Border Services Agency near May Pen."),
    ("BORDER GUARDS OF THE STATE BORDER SERVICE DETAINED THE MEN AT 10:30 A.M. ON FRIDAY.",
     "Border guards of the State Border Service detained the men at 10:30 a.m. on Friday."),
    ("RAIDS BY THE POLICE NARCOTIC BUREAU (PNB) AND THE PORT CONTROL UNIT (PCU) IN MOMBASA.",
     "Raids by the Police Narcotic Bureau (PNB) and the Port Control Unit (PCU) in Mombasa."),
    ("THE NATIONAL CRIMINAL INVESTIGATION SERVICE SCANNED THE CONTAINER IN NANNING.",
     "The National Criminal Investigation Service scanned the container in Nanning."),
    ("THE FBI AND THE VOLTA REGIONAL POLICE COMMAND MADE THE ARRESTS IN HOHOE. KGZ NNNN",
     "The FBI and the Volta Regional Police Command made the arrests in Hohoe. KGZ NNNN"),
]


@pytest.mark.parametrize(("caps", "expected"), RECASED_LINES)
def test_lines_in_capitals_read_as_running_text(caps: str, expected: str) -> None:
    assert recased(caps) == expected


@pytest.mark.parametrize("text", [
    # a headline in capitals over a body in mixed case: left as written
    "CUSTOMS SEIZE 40 KG OF COCAINE AT APAPA PORT IN LAGOS ON TUESDAY MORNING.\n"
    "The Nigeria Customs Service said on Tuesday that officers at Apapa port found 40 kg of "
    "cocaine in a container of frozen fish from Brazil, and arrested two clearing agents.",
    "plain mixed case with no capitals at all",
    # a headline alone, no sentence in capitals: the rules of headlines read it
    "ANTI-DRUG AGENTS FIND COCAINE AT PORT OF GUAYAQUIL",
    "ZCZC ANA0112 2 KEN\nNAIROBI POLICE DRUG HAUL\nENDIT\nNNNN",
])
def test_no_prose_in_capitals_to_recase(text: str) -> None:
    assert recased(text) is None


def test_an_item_in_capitals_is_recased_line_by_line() -> None:
    text = ("Posted by the Press Office\n"
            "ST. LUCIA - POLICE SEIZE GANJA AT VIEUX FORT\n"
            "OFFICERS OF THE NARCOTICS UNIT SEIZED 30 POUNDS OF GANJA AT VIEUX FORT ON MONDAY.")
    assert [text[start:end][:8] for start, end in caps_dominant(text)] == ["ST. LUCI",
                                                                          "OFFICERS"]
    assert recased(text) == (
        "Posted by the Press Office\n"
        "St. Lucia - Police seize ganja at Vieux Fort\n"
        "Officers of the Narcotics Unit seized 30 pounds of ganja at Vieux Fort on Monday.")


BULLETINS = [
    # invented bulletins in several countries' styles, in mixed case: in capitals they must
    # read alike
    "ZCZC PNA0231 3 PHL /DRUGS/\nManila, March 3 (PNA) -- Agents of the Philippine Drug "
    "Enforcement Agency seized 2.5 kilos of shabu worth PHP17 million in a buy-bust operation "
    "in Cagayan de Oro City on Monday, the agency said. Two suspects were arrested.\nNNNN",
    "GHANA POLICE SERVICE\nPRESS RELEASE\nThe Ghana Police Service wishes to inform the public "
    "that officers of the Tema Divisional Police Command arrested three suspects at Ashaiman on "
    "Friday, 14 May 2027, with 40 slabs of cannabis. The suspects will be arraigned at the "
    "Tema Circuit Court on Monday.",
    "FIJI POLICE FORCE\nMEDIA STATEMENT\nOfficers from the Lautoka Drug Unit seized 12 "
    "kilograms of dried marijuana in Nadi on Saturday. A 45-year-old man from Ba was arrested "
    "and will appear in the Nadi Magistrates Court on Monday.",
    "Port Moresby, 9 April -- Members of the Royal Papua New Guinea Constabulary seized 200 kg "
    "of marijuana at Jackson's International Airport and in Mount Hagen last week. The Western "
    "Highlands Provincial Police Command led the operation with the PNG Customs Service.",
]


def _entities(document: pressparse.Document) -> set[tuple[str, str, int, int]]:
    return {(e.label, str(e.normalized.get("name") or e.normalized.get("value")
                          or e.normalized.get("start")), e.start, e.end)
            for e in document.entities}


@pytest.mark.parametrize("text", BULLETINS)
def test_bulletin_in_capitals_reads_like_mixed_case(text: str) -> None:
    caps = text.upper()
    mixed_doc = pressparse.extract(text, published="2027-05-20")
    caps_doc = pressparse.extract(caps, published="2027-05-20")
    assert _entities(caps_doc) == _entities(mixed_doc)
    for entity in caps_doc.entities:  # the original's text at the original's offsets
        assert entity.text == caps[entity.start:entity.end]
    for event in caps_doc.events:
        for role in (event.location, *event.organizers, *event.participants):
            if role is not None and role.start is not None and role.end is not None:
                assert role.text == caps[role.start:role.end]

"""News outlets named in a credit's slot, whatever their name (samples guide, Items: a news
outlet credited on its page is an ORG)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract
from pressparse.entities.credit_slots import CreditSlots


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.normalized.get("name")) for item in extract(text).items
            for e in item.entities if e.label == "ORG"]


HEADLINE = "Two couriers detained with heroin near Osh\n"
LEAD = "Police detained two couriers with 3 kg of heroin near Osh on Monday"


@pytest.mark.parametrize(("text", "found"), [
    (f"{HEADLINE}{LEAD}, the press service of the ministry told Tazabek.", "Tazabek"),
    (f"{HEADLINE}{LEAD}, the service told KNT that more raids will follow.", "KNT"),
    (f"{HEADLINE}{LEAD}, a customs source told Vecherka.kg.", "Vecherka.kg"),
    (f"{HEADLINE}{LEAD}, its chief said in an interview with Issyk-Kul Times.",
     "Issyk-Kul Times"),
    (f"{HEADLINE}By Akipress\n{LEAD}.", "Akipress"),
    (f"{HEADLINE}By Steppe Courier Staff\n{LEAD}.", "Steppe Courier"),
    (f"{HEADLINE}12 May 2026  |  By Bishkek Observer\n{LEAD}.", "Bishkek Observer"),
    (f"{HEADLINE}{LEAD}. Two of them are foreigners. — KNT\n", "KNT"),
    (f"{HEADLINE}{LEAD}. Speaking to Naryn Radio on Monday, the chief said more raids will "
     "follow.", "Naryn Radio"),
    (f"{HEADLINE}{LEAD}, a customs source told 24.kg.", "24.kg"),
    (f"{HEADLINE}Vecherka.kg, KNT   12.05.2026 11:45\n{LEAD}.", "KNT"),
    (f"{HEADLINE}Vecherka.kg, KNT   12.05.2026 11:45\n{LEAD}.", "Vecherka.kg"),
    (f"{HEADLINE}By the El Pueblo newsroom\n{LEAD}.", "El Pueblo"),
])
def test_outlet_in_credit_slot(text: str, found: str) -> None:
    assert (found, found) in _orgs(text)


@pytest.mark.parametrize(("text", "slot"), [
    (f"{HEADLINE}By Aibek Toktogulov\n{LEAD}.", "Aibek Toktogulov"),
    (f"{HEADLINE}By Staff Reporter\n{LEAD}.", "Staff Reporter"),
    (f"{HEADLINE}By: Online Editorial Staff\n{LEAD}.", "Online"),
    (f"{HEADLINE}By Herald Reporter\n{LEAD}.", "Herald"),
    (f"{HEADLINE}{LEAD}.\nPhoto: MIA press service\n", "MIA"),
    (f"{HEADLINE}{LEAD}, the suspect told investigators he was paid.", "investigators"),
    (f"{HEADLINE}{LEAD}. The call line stays open. -ENDS-\n", "ENDS"),
    # a comma-joined line opened by no domain credits no outlet
    (f"{HEADLINE}Naryn, Talas   12.05.2026 11:45\n{LEAD}.", "Talas"),
    # a body's desk after "the" is the body's, no outlet's
    (f"{HEADLINE}By the Ministry staff\n{LEAD}.", "Ministry"),
])
def test_person_desk_or_body_in_slot_is_no_outlet(text: str, slot: str) -> None:
    assert not any(slot in surface for surface, _name in _orgs(text))


def test_spanish_wire_dash_after_the_dateline_credit() -> None:
    # the bundled tokenizer splits ".-" off the bracket: "(Ecuavisa).-" yields "Ecuavisa"
    text = "Cocaine found at the port\nQUITO, Mar 2 (Ecuavisa).- Police seized 300 kg of cocaine."
    assert ("Ecuavisa", "Ecuavisa") in _orgs(text)


def test_bare_name_takes_the_pages_domain() -> None:
    text = f"{HEADLINE}Text: Tazabek.kg\n{LEAD}, the ministry told Tazabek."
    assert ("Tazabek", "Tazabek.kg") in _orgs(text)


def test_slot_shapes() -> None:
    slots = CreditSlots(["told"], ["By", "Text:"], ["By"], ["Staff", "Reporter"],
                        ["News", "Times"], ["Ministry", "Police"], ["The"], ["ENDS"])
    text = ("By Osh Times Staff\nThe Ministry told the Ministry of Justice and told Osh News "
            "that ... told Police.\nText: Karakol | Text: Karakol.kg\n")
    assert [text[s:e] for s, e in slots.find(text)] == ["Osh Times", "Osh News", "Karakol.kg"]

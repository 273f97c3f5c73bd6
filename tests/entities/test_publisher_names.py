"""The page's publisher, a news outlet, credited inside its items (samples guide, ORG)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract
from pressparse.entities.publisher_names import PublisherNames


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.normalized.get("name")) for item in extract(text).items
            for e in item.entities if e.label == "ORG"]


PAGE = ("{masthead}\nHome   News   Politics   Sport\n"
        "Two couriers detained with heroin in Osh\n"
        "12 May 2026, 10:15\n"
        "{body}\n")


@pytest.mark.parametrize(("masthead", "body", "found"), [
    ("Kabarlar.kg", "Police detained two couriers with 3 kg of heroin in Osh, Kabarlar.kg "
     "reports.", ("Kabarlar.kg", "Kabarlar.kg")),
    ("STEPPE DAILY HERALD", "Police detained two couriers with 3 kg of heroin in Osh, the "
     "interior ministry told Steppe Daily Herald.",
     ("Steppe Daily Herald", "Steppe Daily Herald")),
    ("NORTHERN STAR OF KYRGYZSTAN", "Police detained two couriers with 3 kg of heroin in Osh. "
     "— NSK", ("NSK", "Northern Star of Kyrgyzstan")),
    ("KIRPRESS State News Agency", "BISHKEK, 12 May /KIRPRESS/ – Police detained two "
     "couriers with 3 kg of heroin in Osh.", ("KIRPRESS", "KIRPRESS State News Agency")),
    ("KONNA – Kyrgyz Osh National News Agency", "Osh, 12 May 2026 (KONNA) – Police detained two "
     "couriers with 3 kg of heroin.", ("KONNA", "Kyrgyz Osh National News Agency")),
    ("OSH NEWS AGENCY", "Osh, 12 May 2026 (ONA) – Police detained two couriers with 3 kg of "
     "heroin.", ("ONA", "Osh News Agency")),
    ("THE VOICE OF SOUTHERN OSH", "Police detained two couriers with 3 kg of heroin in Osh, the "
     "ministry told VSO.", ("VSO", "The Voice of Southern Osh")),
])
def test_publisher_credited_in_item(masthead: str, body: str,
                                    found: tuple[str, str]) -> None:
    assert found in _orgs(PAGE.format(masthead=masthead, body=body))


def test_furniture_mention_and_body_page_are_no_credit() -> None:
    text = PAGE.format(masthead="Kabarlar.kg", body="Police detained two couriers with 3 kg "
                       "of heroin in Osh.\nSubscribe to Kabarlar.kg on Telegram!")
    assert not any(surface == "Kabarlar.kg" for surface, _name in _orgs(text))
    # a body's own page: its name is the press-unit rule's, no outlet credit
    names = PublisherNames(["of"], ["subscribe to"], ["Services", "Police", "Ministry"],
                           ["News", "Daily"])
    assert names.forms("Osh Information Services\nHome   News") == []
    assert names.forms("NORTHERN STAR OF KYRGYZSTAN") == [
        ("NORTHERN STAR OF KYRGYZSTAN", None), ("NSK", "Northern Star of Kyrgyzstan")]

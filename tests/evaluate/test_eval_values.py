"""Which normalized keys count, per label."""

from __future__ import annotations

from typing import Any

import pytest

from pressparse.evaluate.values import describe_value, is_scored, values_equal

KZ = {"iso2": "KZ", "iso3": "KAZ", "name": "Kazakhstan"}


@pytest.mark.parametrize(
    ("label", "gold", "pred", "equal"),
    [
        ("COUNTRY", KZ, KZ, True),
        ("COUNTRY", KZ, {"iso2": "KZ", "iso3": "KAZ", "name": "Republic of Kazakhstan"}, True),
        ("COUNTRY", KZ, {"iso2": "KG", "iso3": "KGZ", "name": "Kyrgyzstan"}, False),
        ("COUNTRY", KZ, None, False),
        ("COUNTRY", None, KZ, True),  # no gold value: nothing to judge
        ("ORG", {"name": "Europol"}, {"name": "EUROPOL ", "acronym": "x"}, True),
        ("ORG", {"name": "Europol"}, {"name": "Eurojust"}, False),
        # dashes and articles are typography, not identity
        ("ORG", {"name": "Maritime Analysis and Operations Centre - Narcotics"},
         {"name": "Maritime Analysis and Operations Centre \u2013 Narcotics"}, True),
        ("ORG", {"name": "Northern Command of the Sri Lanka Navy"},
         {"name": "Northern Command of Sri Lanka Navy"}, True),
        ("ORG", {"name": "Theft Squad"}, {"name": "Squad"}, False),
        # the form of a country inside a body's name is the writer's choice, not identity
        ("ORG", {"name": "Police Force of the Slovak Republic"},
         {"name": "Police Force of Slovakia"}, True),
        ("ORG", {"name": "Drug Law Enforcement Agency of the Gambia"},
         {"name": "Drug Law Enforcement Agency, The Gambia"}, True),
        ("ORG", {"name": "Federal Customs Service of the Russian Federation"},
         {"name": "Federal Customs Service of Russia"}, True),
        ("ORG", {"name": "Border Force of the United Kingdom"}, {"name": "Border Force of the UK"},
         True),
        ("ORG", {"name": "Police Force of Slovakia"}, {"name": "Police Force of Slovenia"}, False),
        ("ORG", {"name": "Customs Service of Guinea-Bissau"}, {"name": "Customs Service of Guinea"},
         False),
        ("ORG", {"name": "State Border Service of Azerbaijan"}, {"name": "State Border Service"},
         False),
        ("LOC", {"name": "Almaty", "country_iso2": "KZ"}, {"name": "almaty"}, True),
        ("DATE", {"start": "2019-02-26", "end": "2019-03-01"},
         {"start": "2019-02-26", "end": "2019-03-01", "precision": "day", "year_inferred": True},
         True),
        ("DATE", {"start": "2019-02-26", "end": "2019-03-01"},
         {"start": "2019-02-26", "end": "2019-02-26"}, False),
        ("QUANTITY", {"value": 8.9, "unit": "t", "kg": 8900, "qualifier": "more_than"},
         {"value": 8.9, "unit": "t", "kg": 8900.0000001, "qualifier": "more_than"}, True),
        ("QUANTITY", {"value": 8.9, "unit": "t", "kg": 8900, "qualifier": "more_than"},
         {"value": 8.9, "unit": "t", "kg": 8900, "qualifier": "about"}, False),
        ("QUANTITY", {"value": 8.9, "unit": "t", "kg": 8900, "qualifier": "more_than"},
         {"value": 8.9, "unit": "kg", "kg": 8.9, "qualifier": "more_than"}, False),
        ("QUANTITY", {"value": 784}, {"value": 784, "qualifier": "exact"}, True),
        ("QUANTITY", {"value": 784}, {"value": 785}, False),
        ("SUBSTANCE", {"name": "opium", "class": "opioid"}, {"name": "Opium", "class": "x"},
         True),
        ("OPERATION", {"name": "Channel-Center"}, {"name": "Channel - Center"}, False),
        ("PERSON", None, None, True),
        ("PERSON", {"name": "A"}, {"name": "B"}, True),  # PERSON values are not compared
    ],
)
def test_values_equal(label: str, gold: dict[str, Any] | None, pred: dict[str, Any] | None,
                      equal: bool) -> None:
    assert values_equal(label, gold, pred) is equal


def test_describe_value_names_the_compared_keys() -> None:
    assert describe_value("COUNTRY", KZ) == "iso2=KZ"
    assert describe_value("DATE", {"start": "2020-01-01", "end": "2020-01-31"}) == (
        "start=2020-01-01, end=2020-01-31")
    assert describe_value("ORG", None) == "—"


@pytest.mark.parametrize(
    ("gold", "pred", "agree"),
    [
        ("firearms", "firearms", True),
        ("firearm", "Firearms", True),
        ("local residents", "residents", True),
        ("residents", "local residents", True),
        ("units of firearms", "firearms", True),
        ("officers trained", "officers", True),
        ("psychotropic substances", "psychotropic", True),
        ("arrests", "suspects", False),
        ("medicines", "pharmaceuticals", False),
        ("drug crimes", "drug seizures", False),
        ("opium", None, False),
        (None, None, True),
    ],
)
def test_what_agrees(gold: str | None, pred: str | None, agree: bool) -> None:
    from pressparse.evaluate.values import what_agrees

    assert what_agrees(gold, pred) is agree


@pytest.mark.parametrize(("label", "value", "scored"), [
    ("DATE", {"kind": "date", "timex": "2025-03-04"}, True),
    ("DATE", {"kind": "relative", "timex": "2024"}, True),  # "last year" has a calendar value
    ("DATE", {"kind": "duration", "timex": "P2W"}, False),
    ("DATE", {"kind": "relative", "timex": "PRESENT_REF"}, False),  # "now"
    ("DATE", {"kind": "relative", "timex": "PAST_REF"}, False),  # "recently"
    ("QUANTITY", {"kind": "mass", "timex": None}, True),
    ("DATE", None, True),
])
def test_unannotated_kinds_are_not_scored(label: str, value: dict[str, Any] | None,
                                          scored: bool) -> None:
    assert is_scored(label, value) is scored

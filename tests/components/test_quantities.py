"""The QUANTITY component in a spaCy pipeline: entities, normalized values, links, guards."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import pressparse.components  # noqa: F401  (registers the factories)
from pressparse.extensions import HOME_COUNTRY_KEY, set_normalized
from pressparse.pipeline import build_blank
from pressparse.schema import QuantityValue

# Our own wording around the figures of a regional anti-drug operation report.
OPERATION_REPORT = (
    "Results of the joint operation were announced in Almaty: over 11 tons of narcotics "
    "were taken out of circulation.\n\n"
    "The joint operation ran from 17 to 28 June 2024 and again in 2019, with more than "
    "20 thousand employees of the agencies taking part. In total roughly 11.4 tons of "
    "drugs were withdrawn, including more than 8.9 tons of opium, more than 1.8 tons of "
    "hashish, more than 221 kg of heroin, more than 127 kg of marijuana and more than "
    "205 kg of synthetic drugs.\n"
    "Officers uncovered 784 drug crimes and opened about 4 thousand criminal cases; "
    "580 people were held administratively liable. They also confiscated 307 firearms "
    "and about 4.5 thousand ammunition.\n"
    "In one region a clandestine lab was shut down: more than 17 kg of mephedrone and "
    "12.5 kg of amphetamine were found there. In Iran, more than 5.1 tons of opium and "
    "865 kg of hashish were confiscated."
)

EXPECTED = [
    ("over 11 tons", dict(kg=11000, qualifier="more_than", what="drugs")),
    ("more than 20 thousand", dict(value=20000, qualifier="more_than", what="employees",
                                   kind="count", category="personnel")),
    ("roughly 11.4 tons", dict(kg=11400, qualifier="about", what="drugs")),
    ("more than 8.9 tons", dict(kg=8900, qualifier="more_than", what="opium")),
    ("more than 1.8 tons", dict(kg=1800, qualifier="more_than", what="hashish")),
    ("more than 221 kg", dict(kg=221, qualifier="more_than", what="heroin")),
    ("more than 127 kg", dict(kg=127, qualifier="more_than", what="marijuana")),
    ("more than 205 kg", dict(kg=205, qualifier="more_than", what="synthetic drugs")),
    ("784", dict(value=784, qualifier="exact", what="drug crimes", category="crimes")),
    ("about 4 thousand", dict(value=4000, qualifier="about", what="criminal cases",
                              category="cases")),
    ("580", dict(value=580, what="people", category="people")),
    ("307", dict(value=307, what="firearms", category="weapons")),
    ("about 4.5 thousand", dict(value=4500, qualifier="about", what="ammunition",
                                category="ammunition")),
    ("more than 17 kg", dict(kg=17, qualifier="more_than", what="mephedrone")),
    ("12.5 kg", dict(kg=12.5, qualifier="exact", what="amphetamine")),
    ("more than 5.1 tons", dict(kg=5100, qualifier="more_than", what="opium")),
    ("865 kg", dict(kg=865, qualifier="exact", what="hashish")),
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("pressparse_quantities")
    return pipeline


def quantities(doc: Doc) -> dict[str, dict[str, Any]]:
    return {ent.text: ent._.normalized for ent in doc.ents if ent.label_ == "QUANTITY"}


def check(found: dict[str, Any], expected: dict[str, Any]) -> None:
    for key, value in expected.items():
        if isinstance(value, float | int):
            assert found[key] == pytest.approx(value), (key, found)
        else:
            assert found[key] == value, (key, found)


@pytest.mark.parametrize(("span", "expected"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_operation_report(nlp: Language, span: str, expected: dict[str, Any]) -> None:
    found = quantities(nlp(OPERATION_REPORT))
    assert span in found
    check(found[span], expected)


def test_operation_report_has_nothing_else(nlp: Language) -> None:
    found = quantities(nlp(OPERATION_REPORT))
    assert sorted(found) == sorted(span for span, _ in EXPECTED)


def test_values_validate_against_schema(nlp: Language) -> None:
    for value in quantities(nlp(OPERATION_REPORT)).values():
        QuantityValue.model_validate(value)


def _with_entities(nlp: Language, text: str, ents: list[tuple[str, str, dict | None]]) -> Doc:
    doc = nlp.make_doc(text)
    spans = []
    for phrase, label, value in ents:
        start = text.index(phrase)
        span = doc.char_span(start, start + len(phrase), label=label)
        spans.append((span, value))
    doc.ents = [span for span, _ in spans]
    for span, value in spans:
        set_normalized(span, value)
    return doc


def test_substance_entity_name_is_preferred(nlp: Language) -> None:
    text = "Police seized 3 kg of drugs of synthetic origin and 2 kg of brown heroin."
    doc = _with_entities(nlp, text, [
        ("drugs of synthetic origin", "SUBSTANCE", {"name": "synthetic drugs", "class": "x"}),
        ("brown heroin", "SUBSTANCE", {"name": "heroin", "class": "opioid"}),
    ])
    found = quantities(nlp.get_pipe("pressparse_quantities")(doc))
    assert found["3 kg"]["what"] == "synthetic drugs"
    assert found["2 kg"]["what"] == "heroin"


@pytest.mark.parametrize(("text", "substance", "span"), [
    ("The haul included opium (8.9 tons) and more.", "opium", "8.9 tons"),
    ("Seized: heroin: 45 kg, the rest unknown.", "heroin", "45 kg"),
    ("Seized were 8.9 tons opium and other goods.", "opium", "8.9 tons"),
    ("A cocaine shipment weighing 1.2 tonnes was stopped.", "cocaine", "1.2 tonnes"),
    ("They found 3 kg and 5 kg of hashish.", "hashish", "3 kg"),
])
def test_substance_links(nlp: Language, text: str, substance: str, span: str) -> None:
    doc = _with_entities(nlp, text, [(substance, "SUBSTANCE", {"name": substance,
                                                                "class": "x"})])
    found = quantities(nlp.get_pipe("pressparse_quantities")(doc))
    assert found[span]["what"] == substance


@pytest.mark.parametrize(("text", "span", "substance"), [
    ("Officers found hashish in a van; 147 kg of the drug were burned.", "147 kg", "hashish"),
    ("He swallowed 87 capsules with cocaine.", "87 capsules", "cocaine"),
    ("A plot of 0.3 hectares sown with cannabis was found.", "0.3 hectares", "cannabis"),
    ("They seized 96 kg of finished mephedrone.", "96 kg", "mephedrone"),
])
def test_indirect_substance_links(nlp: Language, text: str, span: str, substance: str) -> None:
    start = text.rindex(substance) if "drug" not in text else text.index(substance)
    doc = nlp.make_doc(text)
    ent = doc.char_span(start, start + len(substance), label="SUBSTANCE")
    doc.ents = [ent]
    set_normalized(ent, {"name": substance, "class": "x"})
    found = quantities(nlp.get_pipe("pressparse_quantities")(doc))
    assert found[span]["what"] == substance


TABLE = (
    "Results by substance:\n"
    "Substance | Seized, kg | Cases\n"
    "Opium     | 1,204.5    | 312\n"
    "Heroin    | 88.1       | 97\n"
)


def test_table_columns_give_units_and_counted_nouns(nlp: Language) -> None:
    doc = _with_entities(nlp, TABLE, [("Opium", "SUBSTANCE", {"name": "opium", "class": "x"}),
                                      ("Heroin", "SUBSTANCE", {"name": "heroin", "class": "x"})])
    found = quantities(nlp.get_pipe("pressparse_quantities")(doc))
    check(found["1,204.5"], dict(kg=1204.5, unit="kg", what="opium"))
    check(found["88.1"], dict(kg=88.1, what="heroin"))
    check(found["312"], dict(value=312, kind="count", what="cases", category="cases"))
    check(found["97"], dict(value=97, kind="count", what="cases"))


def test_existing_entities_block_quantities(nlp: Language) -> None:
    text = "Operation Trap 2 began on 5 June and involved 300 officers."
    doc = _with_entities(nlp, text, [("Operation Trap 2", "OPERATION", {"name": "Trap 2"}),
                                     ("5 June", "DATE", None)])
    doc = nlp.get_pipe("pressparse_quantities")(doc)
    labels = [(ent.text, ent.label_) for ent in doc.ents]
    assert labels == [("Operation Trap 2", "OPERATION"), ("5 June", "DATE"),
                      ("300", "QUANTITY")]


def test_quantity_may_displace_a_country_inside_money(nlp: Language) -> None:
    text = "The fund received US$5 million."
    doc = nlp.make_doc(text)
    start = text.index("US$")
    doc.ents = [doc.char_span(start, start + 3, label="COUNTRY", alignment_mode="expand")]
    doc = nlp.get_pipe("pressparse_quantities")(doc)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("US$5 million", "QUANTITY")]


@pytest.mark.parametrize(("text", "symbol", "span"), [
    # an abbreviated symbol and its dot read as a place after "at" (holdout24, holdout25)
    ("The haul from the Matara raid was valued at Rs. 4.5 million, police said.", "Rs",
     "Rs. 4.5 million"),
    ("The seized gold was valued at Nu. 2.3 million by the customs office.", "Nu",
     "Nu. 2.3 million"),
    ("Officers also found about NIS 1.1 million in cash.", "NIS", "about NIS 1.1 million"),
])
def test_quantity_displaces_a_place_read_in_a_currency_symbol(nlp: Language, text: str,
                                                               symbol: str, span: str) -> None:
    doc = nlp.make_doc(text)
    start = text.index(symbol)
    doc.ents = [doc.char_span(start, start + len(symbol), label="LOC",
                              alignment_mode="expand")]
    doc = nlp.get_pipe("pressparse_quantities")(doc)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [(span, "QUANTITY")]


def test_text_without_numbers_is_untouched(nlp: Language) -> None:
    doc = nlp("The ministers discussed cooperation against trafficking.")
    assert list(doc.ents) == []


def test_full_blank_pipeline_keeps_seed_figures() -> None:
    nlp = build_blank()
    found = quantities(nlp(OPERATION_REPORT))
    for span in ("more than 8.9 tons", "784", "about 4.5 thousand", "865 kg"):
        assert span in found
    assert not any("2024" in span or "2019" in span or "17 to 28" in span for span in found)


def test_component_survives_to_disk_and_back(tmp_path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("pressparse_quantities")
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert "865 kg" in quantities(loaded(OPERATION_REPORT))


@pytest.mark.parametrize("digits", ["9" * 400, "1" * 30])
def test_digit_runs_too_long_for_an_amount_are_no_quantity(digits: str) -> None:
    import pressparse

    document = pressparse.extract(f"Police seized {digits} kg of heroin near Osh.")
    assert document.errors == []
    assert [e for e in document.entities if e.label == "QUANTITY"] == []


# A currency symbol or word several countries use is the currency of the country the doc's
# place and country names name most often (our own sentences; the places as the gazetteer
# would tag them).
@pytest.mark.parametrize(("text", "places", "span", "unit"), [
    ("Police in Amritsar seized heroin and Rs 12 lakh, Punjab police said.",
     [("Amritsar", "LOC", {"name": "Amritsar", "country_iso2": "IN"})], "Rs 12 lakh", "INR"),
    ("Police in Lahore seized heroin and Rs 12 lakh in cash.",
     [("Lahore", "LOC", {"name": "Lahore", "country_iso2": "PK"})], "Rs 12 lakh", "PKR"),
    ("Police in Colombia seized about 3.2 billion pesos from the gang.",
     [("Colombia", "COUNTRY", {"iso2": "CO", "iso3": "COL", "name": "Colombia"})],
     "about 3.2 billion pesos", "COP"),
    ("Detectives in Sydney seized $412,000 in cash from the syndicate.",
     [("Sydney", "LOC", {"name": "Sydney", "country_iso2": "AU"})], "$412,000", "AUD"),
    ("Agents in Texas seized $412,000 and 3 kg of cocaine.",
     [("Texas", "LOC", {"name": "Texas", "country_iso2": "US"})], "$412,000", "USD"),
    ("The gang moved 2 million pesos through the port.", [], "2 million pesos", "MXN"),
    # an agency's story writes other dollars with their prefix: a bare "$" is US
    ("PERTH, Oct 21 (Reuters) - A Perth miner said net debt stood at $11.2 billion, and it "
     "will spend A$3.4 billion on a new mine.",
     [("Perth", "LOC", {"name": "Perth", "country_iso2": "AU"})], "$11.2 billion", "USD"),
    ("TORONTO (AP) — A Toronto lender said it set aside $1.2 billion for bad loans.",
     [("Toronto", "LOC", {"name": "Toronto", "country_iso2": "CA"})], "$1.2 billion", "USD"),
    ("Algeria's parliament passed a budget of 9,000 billion dinars.",
     [("Algeria", "COUNTRY", {"iso2": "DZ", "iso3": "DZA", "name": "Algeria"})],
     "9,000 billion dinars", "DZD"),
    # cents of the text's dollar, as a bare "$"
    ("Bus fares in Sydney will rise by 40 cents from July.",
     [("Sydney", "LOC", {"name": "Sydney", "country_iso2": "AU"})], "40 cents", "AUD"),
])
def test_shared_currency_follows_country(nlp: Language, text: str,
                                         places: list[tuple[str, str, dict[str, Any]]],
                                         span: str, unit: str) -> None:
    doc = _with_entities(nlp, text, places)
    found = quantities(nlp.get_pipe("pressparse_quantities")(doc))
    assert found[span]["unit"] == unit, found


# The item's home country (extensions.home_country, weighed by the organizations stage) picks
# a shared symbol's currency first: "FCFA" in a Cameroonian bulletin is XAF, in a Senegalese
# one XOF; a "$" set off by a blank, as the press of peso countries writes it, is the home
# country's peso; a glued "$" of an amount stays the dollar (session 17, our own sentences).
@pytest.mark.parametrize(("text", "home", "span", "unit"), [
    ("Police in the Littoral region seized 710 million FCFA in counterfeit notes.", "CM",
     "710 million FCFA", "XAF"),
    ("Gendarmes seized 185 000 FCFA and 12 kg of cannabis at the border post.", "SN",
     "185 000 FCFA", "XOF"),
    ("In the raids, USD 23.400 and $ 186.500 in cash were also seized.", "UY",
     "$ 186.500", "UYU"),
    ("The drug would reach a value of $ 2.340.000.000 on the illegal market.", "AR",
     "$ 2.340.000.000", "ARS"),
    ("Officers seized $ 186,500 in cash and two vehicles.", "US", "$ 186,500", "USD"),
    ("The exporter said the contract was worth $5 million.", "UY", "$5 million", "USD"),
    ("Police seized heroin and Rs 12 lakh in cash from the house.", "PK", "Rs 12 lakh", "PKR"),
    ("Police seized heroin and Rs 12 lakh in cash from the house.", "IN", "Rs 12 lakh", "INR"),
    # a currency's word names only currencies of its head: "dollars" in a Chilean or
    # Colombian story are US dollars (the pesos share the "$", not the word), "pesos" the
    # home country's pesos, "dollars" in Australia Australian (session 18)
    ("The winning bids promise more than 4,300 million dollars of investment.", "CL",
     "more than 4,300 million dollars", "USD"),
    ("Coffee exports brought in 1,820 million dollars in the first half.", "CO",
     "1,820 million dollars", "USD"),
    ("The mine paid 500 million pesos in royalties.", "CL", "500 million pesos", "CLP"),
    ("The council lost 4 million dollars on the deal.", "AU", "4 million dollars", "AUD"),
    # the Brunei dollar's "B$"; the Macanese pataca's code
    ("The drugs were worth B$34,600, the bureau said.", "BN", "B$34,600", "BND"),
    ("Officers found MOP 57,800 in cash in the flat.", "MO", "MOP 57,800", "MOP"),
    # the Nicaraguan córdoba's "C$" set off by a blank (session 28), the Canadian dollar's
    # elsewhere
    ("Police counted C$ 84.300 in the car at León.", "NI", "C$ 84.300", "NIO"),
    ("Police seized C$ 84,300 in cash.", "CA", "C$ 84,300", "CAD"),
])
def test_shared_currency_follows_home_country(nlp: Language, text: str, home: str, span: str,
                                              unit: str) -> None:
    doc = nlp.make_doc(text)
    doc.user_data[HOME_COUNTRY_KEY] = home
    found = quantities(nlp.get_pipe("pressparse_quantities")(doc))
    assert found[span]["unit"] == unit, found


# A unit's last letter and a sentence's full stop are one token to the tokenizer ("h.",
# "C." read as initials): the quantity ends before the stop, the token is split.
@pytest.mark.parametrize(("text", "span", "unit", "value"), [
    ("The speed limit on the ring road was cut to 80 km/h.", "80 km/h", "km/h", 80),
    ("Gusts reached 38 m/s. Ferries stayed in port.", "38 m/s", "m/s", 38),
    ("Forecasters warned that temperatures could fall below 2 C.", "below 2 C", "°C", 2),
])
def test_span_ends_before_a_glued_full_stop(nlp: Language, text: str, span: str, unit: str,
                                            value: float) -> None:
    doc = nlp(text)
    found = quantities(doc)
    assert found[span]["unit"] == unit and found[span]["value"] == pytest.approx(value)
    assert doc.text == text and doc[-1].text == "."


# A sign before a percentage is the change's direction, in the span, the value its magnitude
# (the guide, session 16): "(-18 per cent)", "+9%", "at -7.5%".
@pytest.mark.parametrize(("text", "span", "value", "change"), [
    ("Seized so far this year: hashish 1 083 kilos (-18 per cent), cocaine 214 kilos "
     "(+41 per cent).", "-18 per cent", 18, "down"),
    ("Seized so far this year: hashish 1 083 kilos (-18 per cent), cocaine 214 kilos "
     "(+41 per cent).", "+41 per cent", 41, "up"),
    ("Exports slipped to 3.1 billion euros (-4.2%) in May.", "-4.2%", 4.2, "down"),
    ("Output in Puglia reached 11.6 million hectolitres (+9%), Veneto 10.2 million (-4%).",
     "+9%", 9, "up"),
    ("Output in Puglia reached 11.6 million hectolitres (+9%), Veneto 10.2 million (-4%).",
     "-4%", 4, "down"),
    ("Glaciers in the Middle East (-35%) lost the most ice since 2000.", "-35%", 35, "down"),
    ("Tuscany held steady, while Sicily fell most sharply, at -7.5%.", "-7.5%", 7.5, "down"),
])
def test_signed_change_keeps_its_sign(nlp: Language, text: str, span: str, value: float,
                                         change: str) -> None:
    found = quantities(nlp(text))
    assert span in found, list(found)
    assert found[span]["value"] == pytest.approx(value)
    assert found[span].get("change") == change


@pytest.mark.parametrize(("text", "span", "unit", "value"), [
    ("POLICE BUST DRUG CARTEL; 6 KG HEROIN, RS 12 LAKH DRUG MONEY RECOVERED",
     "RS 12 LAKH", "INR", 1.2e6),
    ("CUSTOMS SEIZE COCAINE WORTH KSH 252 MILLION AT THE PORT", "KSH 252 MILLION", "KES",
     2.52e8),
    # a code a place also spells (Niš): before a figure it is the currency
    ("Officers also found about NIS 1.1 million in cash hidden in the car.",
     "about NIS 1.1 million", "ILS", 1.1e6),
])
def test_currency_symbol_in_capitals(nlp: Language, text: str, span: str, unit: str,
                                     value: float) -> None:
    found = quantities(nlp(text))
    assert found[span]["unit"] == unit and found[span]["value"] == pytest.approx(value)

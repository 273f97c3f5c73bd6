"""The pressparse_dates component: DATE entities on docs, references, year inference, speed
safety. Texts are our own paraphrases (facts like the seed's, wording ours)."""

from __future__ import annotations

import importlib.util
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pressparse.components.dates import DateRecognizer, explicit_reference, reference_of
from pressparse.extensions import TEXT_KEY, VALUES_KEY
from pressparse.pipeline import build_blank
from pressparse.schema import DateValue
from pressparse.spans import Candidate, add_entities
from timing import bound


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_blank(("pressparse_dates",))


def dates(nlp: Language, text: str, reference: date | None = None) -> dict[str, dict]:
    doc = nlp.make_doc(text)
    doc._.reference_date = reference
    doc = nlp(doc)
    return {ent.text: ent._.normalized for ent in doc.ents if ent.label_ == "DATE"}


# -- the seed's checks, paraphrased ---------------------------------------------------------

def test_explicit_range_with_shared_month_and_year(nlp: Language) -> None:
    found = dates(nlp, "From 17 to 28 June 2024, a two-week course for senior officers was held "
                       "at the ministry's academy.")
    value = found["17 to 28 June 2024"]
    assert (value["start"], value["end"], value["year_inferred"]) == \
        ("2024-06-17", "2024-06-28", False)
    assert (value["timex_start"], value["timex_end"]) == ("2024-06-17", "2024-06-28")
    assert found["two-week"]["kind"] == "duration"
    assert found["two-week"]["duration"] == "P2W"
    assert found["two-week"]["start"] is None


def test_unyeared_range_takes_the_reference_year(nlp: Language) -> None:
    found = dates(nlp, "From 25 to 27 June, the republic hosted the second round of staff talks "
                       "on the joint exercise.", reference=date(2024, 7, 1))
    value = found["25 to 27 June"]
    assert (value["start"], value["end"], value["year_inferred"]) == \
        ("2024-06-25", "2024-06-27", True)


def test_period_across_months(nlp: Language) -> None:
    text = ("In the period from February 26 to March 1, 2019, the international anti-drug "
            "operation was carried out. During the period from February 26 to March 1, 2019, "
            "officers of nine states took part.")
    doc = nlp(text)
    values = [ent._.normalized for ent in doc.ents]
    assert [(v["start"], v["end"]) for v in values] == [("2019-02-26", "2019-03-01")] * 2


def test_this_year_in_an_article_about_2019(nlp: Language) -> None:
    text = ("The operation ran from February 26 to March 1, 2019, in seven countries. "
            "This year it is planned to hold several more joint actions.")
    value = dates(nlp, text)["This year"]
    assert (value["start"], value["end"], value["precision"]) == \
        ("2019-01-01", "2019-12-31", "year")
    assert value["kind"] == "relative" and value["year_inferred"] is True


def test_no_dates_from_names_and_file_names(nlp: Language) -> None:
    text = ("IMG-20190301-WA0012.jpgThe Indestructible Brotherhood-2024 drill and the "
            "Channel-2019 operation were discussed. 784 drug crimes were revealed and about "
            "11.4 tons of drugs were seized, including 17 kg of mephedrone.")
    assert dates(nlp, text) == {}


# -- references -------------------------------------------------------------------------------

def test_without_any_reference_year_less_dates_need_one(nlp: Language) -> None:
    found = dates(nlp, "From 25 to 27 June, talks were held. Officers met yesterday.")
    value = found["25 to 27 June"]
    assert value["start"] is None and value["end"] is None
    assert value["timex_start"] == "XXXX-06-25" and value["timex_end"] == "XXXX-06-27"
    assert value["needs_reference"] is True and value["year_inferred"] is True
    assert found["yesterday"]["needs_reference"] is True


def test_future_wording_moves_the_year_forward(nlp: Language) -> None:
    ref = date(2024, 7, 1)
    past = dates(nlp, "The forum took place on 15 April in Minsk.", ref)["15 April"]
    future = dates(nlp, "The forum will be held on 15 April in Minsk.", ref)["15 April"]
    assert past["start"] == "2024-04-15" and future["start"] == "2025-04-15"


def test_dateline_resolves_weekdays(nlp: Language) -> None:
    text = ("Border guards stop a lorry\nALMATY, March 4 (Kazinform) -- Officers found heroin, "
            "the service said on Monday. Since 2024 seizures have grown.")
    found = dates(nlp, text)
    assert found["March 4"]["start"] == "2024-03-04"
    assert found["Monday"]["start"] == "2024-03-04"


def test_nearest_earlier_full_date_gives_the_year(nlp: Language) -> None:
    text = ("The review covers 2023. The operation ran from 1 June to 30 September 2023. "
            "In October, another check followed; on 17 May a drill was held.")
    found = dates(nlp, text)
    assert found["October"]["start"] == "2023-10-01"
    assert found["17 May"]["start"] == "2023-05-17"


def test_reference_from_published_string() -> None:
    doc = Doc(build_blank(()).vocab, words=["x"])
    doc._.reference_date = None
    doc._.published = "2019-07-02"
    assert reference_of(doc) == date(2019, 7, 2)
    doc._.reference_date = date(2020, 1, 1)
    assert reference_of(doc) == date(2020, 1, 1)


def test_explicit_reference_is_the_latest_full_date(nlp: Language) -> None:
    text = "Talks were held on 3 May 2019 and again from 1 to 4 July 2019; more in 2030."
    assert explicit_reference(nlp.make_doc(text)) == date(2019, 7, 4)
    assert explicit_reference("Nothing dated here.") is None
    assert explicit_reference("It happened in 2018.") == date(2018, 12, 31)


# -- numeric convention -------------------------------------------------------------------

def test_numeric_dates_are_day_first_by_default(nlp: Language) -> None:
    value = dates(nlp, "The order dated 02/07/2013 was cited.")["02/07/2013"]
    assert value["start"] == "2013-07-02" and value["assumption"] == "day_first"


def test_clearly_us_numeric_convention_is_month_first(nlp: Language) -> None:
    found = dates(nlp, "Filed 07/24/2019, amended 02/07/2020 by the court.")
    assert found["07/24/2019"]["start"] == "2019-07-24"
    assert found["02/07/2020"]["start"] == "2020-02-07"
    assert found["02/07/2020"]["assumption"] == "month_first"


# -- contract and pipeline behaviour ----------------------------------------------------------

def test_values_validate_against_the_schema(nlp: Language) -> None:
    text = ("On 5 March 2019 and from 17 to 28 June, the past two years, last week, every year, "
            "recently, the 1990s, Q3 2018, summer 2018, the first half of 2019 and now.")
    doc = nlp.make_doc(text)
    doc._.reference_date = date(2019, 7, 1)
    doc = nlp(doc)
    assert len(doc.ents) >= 10
    for ent in doc.ents:
        DateValue.model_validate(ent._.normalized)


def test_existing_entities_are_kept(nlp: Language) -> None:
    doc = nlp.make_doc("The CSTO met on 5 March 2019 in Minsk.")
    add_entities(doc, [Candidate(4, 8, "ORG", {"name": "CSTO"})])
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("CSTO", "ORG"),
                                                      ("5 March 2019", "DATE")]


def test_spans_leave_out_leading_prepositions(nlp: Language) -> None:
    found = dates(nlp, "Between January 1 and April 30, 2024, agents seized 3 tons. Since 1 March "
                       "checks continue.")
    assert set(found) == {"January 1 and April 30, 2024", "1 March"}


def test_to_disk_and_from_disk_round_trip(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipe")
    loaded = build_blank(("pressparse_dates",)).from_disk(tmp_path / "pipe")
    doc = loaded("Officers met on 26 February 2019.")
    assert [e.text for e in doc.ents] == ["26 February 2019"]


def test_pipe_matches_call(nlp: Language) -> None:
    texts = ["Held on 1 May 2019.", "Nothing here.", "From 3 to 7 June 2024, drills ran."]
    piped = [[e.text for e in doc.ents] for doc in nlp.pipe(texts)]
    called = [[e.text for e in nlp(t).ents] for t in texts]
    assert piped == called == [["1 May 2019"], [], ["3 to 7 June 2024"]]


def test_normalize_without_a_doc(nlp: Language) -> None:
    component = nlp.get_pipe("pressparse_dates")
    assert isinstance(component, DateRecognizer)
    [(start, end, value)] = component.normalize("It ended on 3 July 2024.")
    assert (start, end, value["start"]) == (12, 23, "2024-07-03")


# -- the component finds what the grammar finds ---------------------------------------------

def _table() -> Any:
    path = Path(__file__).parents[1] / "temporal" / "test_expressions.py"
    spec = importlib.util.spec_from_file_location("date_expression_table", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TABLE = _table()


@pytest.mark.parametrize("row", TABLE.CASES, ids=lambda row: row[1])
def test_component_agrees_with_the_expression_table(nlp: Language, row: tuple) -> None:
    """Anchor windows must not lose anything the grammar finds on the whole text."""
    text, span = row[0], row[1]
    doc = nlp.make_doc(text)
    doc._.reference_date = TABLE.REF
    doc = nlp(doc)
    by_text = {ent.text: ent._.normalized for ent in doc.ents}
    assert span in by_text, f"{span!r} not in {list(by_text)}"
    value = by_text[span]
    assert (value["start"], value["end"], value["kind"], value["timex"]) == tuple(row[2:])


@pytest.mark.parametrize("text", TABLE.TRAPS)
def test_component_traps(nlp: Language, text: str) -> None:
    assert dates(nlp, text, TABLE.REF) == {}


# -- robustness -------------------------------------------------------------------------------

ADVERSARIAL = [
    "1 " * 5000,
    "January " * 2500,
    "the end of the beginning of the " * 600,
    "2019-" * 3000,
    "1.2.3.4." * 2000,
    "from 1 to " * 2000,
    "between 2019 and " * 1000,
    "a" * 20000,
    "12/12/12/12/" * 1500,
    "the past two the past " * 900,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_adversarial_input_is_fast(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    started = time.perf_counter()
    nlp.get_pipe("pressparse_dates")(doc)
    assert time.perf_counter() - started < bound(2.0)  # backtracking would take minutes


@pytest.mark.parametrize("text", ["", " ", "\n\n", "2019", "May", "now", "–", "'"])
def test_tiny_inputs(nlp: Language, text: str) -> None:
    nlp(text)


# Financial years in the country the doc's places name (fiscal_years.jsonl; our own
# sentences, the places as the gazetteer would store them; the driver's item-text path).
@pytest.mark.parametrize(("text", "place", "iso2", "span", "start", "end"), [
    ("The Canberra office seized 14.1 tonnes in 2023–24, its annual report says.",
     "Canberra", "AU", "2023–24", "2023-07-01", "2024-06-30"),
    ("In fiscal year 2025, officers at the Laredo port seized 9,000 pounds.",
     "Laredo", "US", "fiscal year 2025", "2024-10-01", "2025-09-30"),
    ("The Mumbai zone recorded 310 cases in FY 2024-25.", "Mumbai", "IN", "FY 2024-25",
     "2024-04-01", "2025-03-31"),
    # told relative to the reference (3 November 2025, in the US fiscal year 2026)
    ("Seizures rose 18 percent over the previous fiscal year at the Laredo port.", "Laredo",
     "US", "the previous fiscal year", "2024-10-01", "2025-09-30"),
    ("The Pretoria office seized R1.9 billion in drugs this financial year.", "Pretoria",
     "ZA", "this financial year", "2025-04-01", "2026-03-31"),
    # Japan names a fiscal year by the year it starts in
    ("The Osaka maker expects record profit in fiscal 2026.", "Osaka", "JP", "fiscal 2026",
     "2026-04-01", "2027-03-31"),
    # session 20: more governments' years (Eswatini's annual report, holdout21)
    ("The Mbabane unit recorded 412 drug cases in Financial Year 2025/26.", "Mbabane", "SZ",
     "Financial Year 2025/26", "2025-04-01", "2026-03-31"),
    ("The Bangkok office says seizures rose by a fifth in fiscal 2025.", "Bangkok", "TH",
     "fiscal 2025", "2024-10-01", "2025-09-30"),
    ("The Kigali bureau closed 86 cases in 2024/25.", "Kigali", "RW", "2024/25",
     "2024-07-01", "2025-06-30"),
    # where the calendar year is the financial year, a span of years stays one
    ("The Oslo unit seized 3 tonnes in 2023–24.", "Oslo", "NO", "2023–24",
     "2023-01-01", "2024-12-31"),
    # two years in full joined by a slash are one financial year too, also before its noun
    # (session 17: an Egyptian agency's "2026/2027 fiscal year"); a dash keeps two years
    ("The Port Said authority earned $6.1 billion in the 2024/2025 fiscal year.",
     "Port Said", "EG", "the 2024/2025 fiscal year", "2024-07-01", "2025-06-30"),
    ("The Port Said authority earned $6.1 billion in the 2024/2025 fiscal year that ended "
     "June 30, up from $4.2 billion a year earlier.", "Port Said", "EG", "a year earlier",
     "2023-07-01", "2024-06-30"),
    # "during the fiscal year": the financial year the text reported before it
    ("The Port Said authority earned $6.1 billion in the 2024/2025 fiscal year. A total of "
     "13,000 ships crossed during the fiscal year.", "Port Said", "EG", "the fiscal year",
     "2024-07-01", "2025-06-30"),
    ("Osaka housing starts fell 3 percent in fiscal 2024. Condominium starts rose during the "
     "fiscal year, the ministry said.", "Osaka", "JP", "the fiscal year", "2024-04-01",
     "2025-03-31"),
    ("Transits at Port Said fell to 11,483 in 2024/2025 from 26,434 in 2022/2023.",
     "Port Said", "EG", "2022/2023", "2022-07-01", "2023-06-30"),
    ("The Karachi customs collectorate met its target in the 2023/2024 financial year.",
     "Karachi", "PK", "the 2023/2024 financial year", "2023-07-01", "2024-06-30"),
    ("The Nairobi unit's budget for 2024-2025 was cut.", "Nairobi", "KE", "2024-2025",
     "2024-01-01", "2025-12-31"),
    # both ends named as fiscal years ("FY22-FY25"): from the first's start to the last's end
    ("The Chennai zone monetised assets worth Rs 9,000 crore during FY22-FY25.", "Chennai",
     "IN", "FY22-FY25", "2021-04-01", "2025-03-31"),
    ("Laredo seizures doubled between FY2021 and FY2024.", "Laredo", "US",
     "FY2021 and FY2024", "2020-10-01", "2024-09-30"),
    # a quarter of a fiscal year told relative to the reference (3 November 2025: India's
    # fiscal 2026 runs from April 2025 to March 2026)
    ("The Pune authority plans a bond issue in the first quarter of the next financial year.",
     "Pune", "IN", "the first quarter of the next financial year", "2026-04-01",
     "2026-06-30"),
    ("The Pune office expects approvals in the fourth quarter of the current financial year.",
     "Pune", "IN", "the fourth quarter of the current financial year", "2026-01-01",
     "2026-03-31"),
    # "the year before" in the sentence that reported a fiscal year: the fiscal year before
    # it (an abbreviation's dot, "Sept. 30", ends no sentence)
    ("The Miami port handled 8.6 million passengers in fiscal year 2025, which ended Sept. "
     "30, up from 8.2 million the year before.", "Miami", "US", "the year before",
     "2023-10-01", "2024-09-30"),
    # a fiscal year "through" the month it ends in: two dates, not a stretch
    ("The Osaka utility expects a net loss in fiscal 2025 through March 2026.", "Osaka", "JP",
     "fiscal 2025", "2025-04-01", "2026-03-31"),
    ("The Osaka utility expects a net loss in fiscal 2025 through March 2026.", "Osaka", "JP",
     "March 2026", "2026-03-01", "2026-03-31"),
    # no place names the country: its currency marks tell it (session 19) ...
    ("The Treasury expects to write off £4.1 billion in the 2026-27 financial year, up from "
     "£3.2 billion the year before.", "", "", "the year before", "2025-04-01", "2026-03-31"),
    ("Wool exports earned A$3.1 billion in the 2023-24 financial year.", "", "",
     "the 2023-24 financial year", "2023-07-01", "2024-06-30"),
    # ... else a split year named as a fiscal one is the April year, not two calendar years
    ("The software exporter raised its FY2026/27 revenue guidance.", "", "", "FY2026/27",
     "2026-04-01", "2027-03-31"),
    ("The board approved the budget for the 2025-26 financial year.", "", "",
     "the 2025-26 financial year", "2025-04-01", "2026-03-31"),
    # "during the year" after a financial year with no calendar year named since: that
    # financial year (session 21: an annual report's "In Financial Year 2024/25 (...) ...
    # seized during the year"); after a calendar year named since, that year
    ("In Financial Year 2024/25 (1 April 2024 – 31 March 2025), the Mbabane police seized "
     "900 kg of dagga. Fields destroyed during the year covered 51 hectares.", "Mbabane", "SZ",
     "the year", "2024-04-01", "2025-03-31"),
    ("In Financial Year 2024/25 the Mbabane police seized 900 kg. In 2023 they seized 700 kg, "
     "the most during the year.", "Mbabane", "SZ", "the year", "2023-01-01", "2023-12-31"),
    # the first months of the current fiscal year, and the same period of the last one: that
    # stretch of fiscal months, a year back (session 38; a span naming the financial year
    # makes the text's dates read as fiscal ones)
    ("Chittagong customs seized 41 kg of gold in the first four months of the current fiscal "
     "year, against 29 kg in the same period last fiscal year.", "Chittagong", "BD",
     "the first four months of the current fiscal year", "2025-07-01", "2025-10-31"),
    ("Chittagong customs seized 41 kg of gold in the first four months of the current fiscal "
     "year, against 29 kg in the same period last fiscal year.", "Chittagong", "BD",
     "the same period last fiscal year", "2024-07-01", "2024-10-31"),
    # (a single fiscal year of an unknown country stays its calendar year: which year ends
    # it is unknown)
    ("The software exporter kept its fiscal 2026 guidance.", "", "", "fiscal 2026",
     "2026-01-01", "2026-12-31"),
])
def test_financial_years_follow_the_country(nlp: Language, text: str, place: str, iso2: str,
                                            span: str, start: str, end: str) -> None:
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    if place:  # (none: no place names the country)
        at = text.index(place)
        doc.user_data[VALUES_KEY] = {(at, at + len(place), "LOC"): {"name": place,
                                                                    "country_iso2": iso2}}
    doc._.reference_date = date(2025, 11, 3)
    doc = nlp.get_pipe("pressparse_dates")(doc)
    found = {ent.text: ent._.normalized for ent in doc.ents}
    assert (found[span]["start"], found[span]["end"]) == (start, end), found


# A national body's or people's country tells the financial year as a place does (session 21:
# "The Australian Federal Police ... the 2025-26 financial year" is July-June); Indian
# "this fiscal" / "last fiscal" is the financial year (our own wording; reference 3 November
# 2025). (text, label, entity, value, span, start, end)
@pytest.mark.parametrize(("text", "label", "entity", "value", "span", "start", "end"), [
    ("The Australian Federal Police seized 38 tonnes in the 2024-25 financial year.", "ORG",
     "Australian Federal Police", {"name": "Australian Federal Police", "country": "AU"},
     "the 2024-25 financial year", "2024-07-01", "2025-06-30"),
    ("Revenue of U.S. Customs and Border Protection reached $98 billion in FY2025.", "ORG",
     "U.S. Customs and Border Protection", {"name": "CBP", "country": "US"}, "FY2025",
     "2024-10-01", "2025-09-30"),
    ("Kenyan officers collected KSh 2.4 trillion in the 2024/25 fiscal year.", "NORP",
     "Kenyan", {"name": "Kenyan", "iso2": "KE"}, "the 2024/25 fiscal year", "2024-07-01",
     "2025-06-30"),
    ("Indian textile exports dipped 6.8 per cent during April-July this fiscal against USD "
     "12.2 billion.", "NORP", "Indian", {"name": "Indian", "iso2": "IN"},
     "April-July this fiscal", "2025-04-01", "2025-07-31"),
    ("Indian toll revenue rose 11 per cent in April-September over the corresponding period "
     "last fiscal.", "NORP", "Indian", {"name": "Indian", "iso2": "IN"},
     "the corresponding period last fiscal", "2024-04-01", "2024-09-30"),
])
def test_a_body_or_people_tells_the_financial_year(
        nlp: Language, text: str, label: str, entity: str, value: dict[str, Any], span: str,
        start: str, end: str) -> None:
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    at = text.index(entity)
    doc.user_data[VALUES_KEY] = {(at, at + len(entity), label): value}
    doc._.reference_date = date(2025, 11, 3)
    doc = nlp.get_pipe("pressparse_dates")(doc)
    found = {ent.text: ent._.normalized for ent in doc.ents}
    assert (found[span]["start"], found[span]["end"]) == (start, end), found


# A separator glued to a date ("Anadolu staff   |14.08.2026", a menu's "Home|12.03.2026|News")
# is split off: the DATE span is the date alone, on a driver-made doc and a plain one.
@pytest.mark.parametrize(("text", "spans"), [
    ("Anadolu staff   |14.08.2026 - Update : 15.08.2026", ["14.08.2026", "15.08.2026"]),
    ("Home|12.03.2026|News", ["12.03.2026"]),
    ("Posted 2025-02-21T10:05:00 by the desk", ["2025-02-21"]),
    # an exported sheet's rows: the cell delimiter is no part of the date
    ("Fecha;Puesto;Droga;kg\n12.04.2026;Desaguadero;Cocaína;7,5", ["12.04.2026"]),
    ("date,port,drug\n2026-03-04,Valparaiso,cocaine", ["2026-03-04"]),
    ("Rapor;2026-09-30;Mersin;Eroin;2", ["2026-09-30"]),
    ("Zaplijene (stanje 31/10/2026)", ["31/10/2026"]),
])
@pytest.mark.parametrize("driver_text", [True, False])
def test_glued_separator_is_no_part_of_a_date(nlp: Language, text: str, spans: list[str],
                                               driver_text: bool) -> None:
    doc = nlp.make_doc(text)
    if driver_text:
        doc.user_data[TEXT_KEY] = text
    doc = nlp(doc)
    assert [ent.text for ent in doc.ents if ent.label_ == "DATE"] == spans

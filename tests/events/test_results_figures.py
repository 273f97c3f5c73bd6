"""Which figures an event records: parts of a total, figures of other periods, headlines."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, count, date_range, day, mass, substance

from pressparse.driver import extract
from pressparse.events.assembly import assemble_events
from pressparse.extensions import TITLE_END_KEY


def _year(year: str) -> dict[str, object]:
    return {"start": f"{year}-01-01", "end": f"{year}-12-31", "precision": "year",
            "year_inferred": False, "kind": "absolute"}


def _counts(text: str, entities: list[Entity], nlp, rules,
            title_end: int = 0) -> list[tuple[float, str]]:
    doc = build_doc(nlp, text, entities)
    if title_end:
        doc.user_data[TITLE_END_KEY] = title_end
    return [(c["value"], c["category"]) for e in assemble_events(doc, rules)
            for c in e["counts"]]


PART_CASES: list[tuple[str, list[Entity], list[tuple[float, str]]]] = [
    # (text, entities, expected counts as (value, category))
    # police: people named after "among them" are part of the people arrested
    ("In the raid, officers arrested 14 suspects, among them three alleged organisers.",
     [("14 suspects", "QUANTITY", count(14, "suspects")),
      ("three alleged organisers", "QUANTITY", count(3, "alleged organisers"))],
     [(14, "arrests")]),
    # news agency: a bracketed breakdown after "including"
    ("Nine members of the gang, including two chemists, were detained during the raid.",
     [("Nine members of the gang", "QUANTITY", count(9, "members of the gang")),
      ("two chemists", "QUANTITY", count(2, "chemists"))],
     [(9, "arrests")]),
    # ministry bulletin: weapons of a kind among the weapons seized
    ("The raids led to the seizure of 187 firearms, among them 41 assault rifles, and 2,950 "
     "rounds of ammunition.",
     [("187 firearms", "QUANTITY", count(187, "firearms")),
      ("41 assault rifles", "QUANTITY", count(41, "assault rifles")),
      ("2,950 rounds of ammunition", "QUANTITY", count(2950, "rounds of ammunition"))],
     [(187, "weapons"), (2950, "ammunition")]),
    # a count of another kind after "including" is no part of the total
    ("In the raid, police seized 6 firearms and arrested 4 men, including the owner of the "
     "farm.",
     [("6 firearms", "QUANTITY", count(6, "firearms")),
      ("4 men", "QUANTITY", count(4, "men"))],
     [(6, "weapons"), (4, "arrests")]),
    # bureau report: every member of the list after "among them" is a part of the total
    ("During the operation 212 persons were detained, among them 31 chemists and 14 "
     "organizers of laboratories.",
     [("212 persons", "QUANTITY", count(212, "persons")),
      ("31 chemists", "QUANTITY", count(31, "chemists")),
      ("14 organizers", "QUANTITY", count(14, "organizers"))],
     [(212, "arrests")]),
    # border service: "of them" before the part
    ("During the operation 968 persons were brought to criminal responsibility, of them 42 "
     "foreign citizens.",
     [("968 persons", "QUANTITY", count(968, "persons")),
      ("42 foreign citizens", "QUANTITY", count(42, "foreign citizens"))],
     [(968, "arrests")]),
    # a list after a part goes on with a thing of another kind: no part of the total
    ("Officers seized 187 firearms, among them 41 assault rifles, and 2,950 rounds of "
     "ammunition during the operation.",
     [("187 firearms", "QUANTITY", count(187, "firearms")),
      ("41 assault rifles", "QUANTITY", count(41, "assault rifles")),
      ("2,950 rounds of ammunition", "QUANTITY", count(2950, "rounds of ammunition"))],
     [(187, "weapons"), (2950, "ammunition")]),
    # a kind of crime among the crimes recorded is a part of the total, no count (session 20)
    ("During the operation, officers recorded 640 offences, including 212 cases of drug "
     "dealing.",
     [("640 offences", "QUANTITY", count(640, "offences")),
      ("212 cases of drug dealing", "QUANTITY", count(212, "cases of drug dealing"))],
     [(640, "crimes")]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), PART_CASES)
def test_parts_of_a_total(nlp, rules, text: str, entities: list[Entity],
                          expected: list[tuple[float, str]]) -> None:
    assert _counts(text, entities, nlp, rules) == expected


PERIOD_CASES: list[tuple[str, list[Entity], list[tuple[float, str]]]] = [
    # wire story: a yearly toll given as background to a one-day seizure
    ("On 4 March 2024 customs officers seized 40 kg of cocaine and arrested 2 men at the "
     "port. In 2022, more than 9,000 people died of overdoses in the country.",
     [("4 March 2024", "DATE", day("2024-03-04")),
      ("40 kg", "QUANTITY", mass(40, 40, "kg")),
      ("cocaine", "SUBSTANCE", substance("cocaine")),
      ("2 men", "QUANTITY", count(2, "men")),
      ("2022", "DATE", _year("2022")),
      ("more than 9,000 people", "QUANTITY", count(9000, "people", "more_than"))],
     [(2, "arrests")]),
    # quarterly report: the previous year's column after a slash
    ("From July to September 2025 police seized 1,284 kg of methamphetamine.\n"
     "- Cases: 3,412 / 3,870\n",
     [("July to September 2025", "DATE", date_range("2025-07-01", "2025-09-30")),
      ("1,284 kg", "QUANTITY", mass(1284, 1284, "kg")),
      ("methamphetamine", "SUBSTANCE", substance("methamphetamine")),
      ("3,412", "QUANTITY", count(3412, "cases")),
      ("3,870", "QUANTITY", count(3870, "cases"))],
     [(3412, "cases")]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), PERIOD_CASES)
def test_counts_of_other_periods(nlp, rules, text: str, entities: list[Entity],
                                 expected: list[tuple[float, str]]) -> None:
    assert _counts(text, entities, nlp, rules) == expected


TITLE_CASES: list[tuple[str, str, list[Entity], list[tuple[float, str]]]] = [
    # (headline, body, entities, expected counts): the body tells the figures
    # police media release: "Two men charged" over a body arresting "two men" in words the
    # counted noun differs in ("a 41-year-old and a 35-year-old man")
    ("Three men charged over cocaine in banana crates",
     "On 4 March 2024 police arrested 3 suspects after officers seized 40 kg of cocaine.",
     [("Three men", "QUANTITY", count(3, "men")),
      ("3 suspects", "QUANTITY", count(3, "suspects")),
      ("4 March 2024", "DATE", day("2024-03-04")),
      ("40 kg", "QUANTITY", mass(40, 40, "kg")),
      ("cocaine", "SUBSTANCE", substance("cocaine"))],
     [(3, "arrests")]),
    # a headline's "14 arrests" rounding nothing: the body counts 12 people arrested
    ("Port raid: 14 arrests, 3 tonnes of cocaine seized",
     "On 4 March 2024 the police arrested 12 people and seized 40 kg of cocaine.",
     [("14 arrests", "QUANTITY", count(14, "arrests")),
      ("12 people", "QUANTITY", count(12, "people")),
      ("4 March 2024", "DATE", day("2024-03-04")),
      ("40 kg", "QUANTITY", mass(40, 40, "kg")),
      ("cocaine", "SUBSTANCE", substance("cocaine"))],
     [(12, "arrests")]),
]


@pytest.mark.parametrize(("title", "body", "entities", "expected"), TITLE_CASES)
def test_headline_figures_left_to_the_body(nlp, rules, title: str, body: str,
                                           entities: list[Entity],
                                           expected: list[tuple[float, str]]) -> None:
    text = f"{title}\n{body}"
    assert _counts(text, entities, nlp, rules, title_end=len(title)) == expected


def test_headline_figure_kept_when_the_body_has_none_of_its_kind(nlp, rules) -> None:
    """A body that does not count the people arrested leaves the headline's count."""
    title = "Two men arrested after cocaine find"
    text = f"{title}\nOn 4 March 2024 customs officers seized 40 kg of cocaine at the port."
    entities: list[Entity] = [
        ("Two men", "QUANTITY", count(2, "men")),
        ("4 March 2024", "DATE", day("2024-03-04")),
        ("40 kg", "QUANTITY", mass(40, 40, "kg")),
        ("cocaine", "SUBSTANCE", substance("cocaine"))]
    assert _counts(text, entities, nlp, rules, title_end=len(title)) == [(2, "arrests")]


CATEGORY_CASES: list[tuple[str, list[Entity], list[tuple[float, str]]]] = [
    # police release: handguns are weapons; arrest warrants are no arrests
    ("In the raid on 4 March 2024, officers executed 9 arrest warrants and seized 3 handguns.",
     [("4 March 2024", "DATE", day("2024-03-04")),
      ("9 arrest warrants", "QUANTITY", count(9, "arrest warrants")),
      ("3 handguns", "QUANTITY", count(3, "handguns"))],
     [(9, "other"), (3, "weapons")]),
    # Interpol style: "arrested" after "officers from 41 countries" befalls the suspects
    ("During the operation, officers from 41 countries arrested 1,200 suspects.",
     [("41 countries", "QUANTITY", count(41, "countries")),
      ("1,200 suspects", "QUANTITY", count(1200, "suspects"))],
     [(41, "countries"), (1200, "arrests")]),
    # meeting note: the whole the participating states are taken from is no count
    ("Delegations of 31 of the 34 member states took part in the meeting.",
     [("31", "QUANTITY", count(31, "member states")),
      ("34 member states", "QUANTITY", count(34, "member states"))],
     [(31, "countries")]),
    # wire story: premises among frozen assets are property, not premises searched
    ("During the operation, police froze assets worth 60 million euros, including 38 "
     "properties, and searched 12 houses.",
     [("38 properties", "QUANTITY", count(38, "properties")),
      ("12 houses", "QUANTITY", count(12, "houses"))],
     [(38, "properties"), (12, "searches")]),
    # training: trainers and experts are its participants
    ("The training course was attended by 60 experts and led by 2 trainers.",
     [("60 experts", "QUANTITY", count(60, "experts")),
      ("2 trainers", "QUANTITY", count(2, "trainers"))],
     [(60, "participants"), (2, "participants")]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CATEGORY_CASES)
def test_count_categories(nlp, rules, text: str, entities: list[Entity],
                          expected: list[tuple[float, str]]) -> None:
    assert _counts(text, entities, nlp, rules) == expected


def test_counts_of_a_local_result_without_drugs_stay_with_the_event() -> None:
    """A defence ministry's weekly results: the paragraph of a local result that seized only
    fuel keeps its vehicles and generators in the week's event."""
    text = ("During the week of 6 to 12 October 2025, army detachments arrested 38 drug "
            "traffickers and seized 520 kg of cannabis resin.\n\n"
            "In the south, detachments intercepted 140 people and seized 31 vehicles and 60 "
            "generators at Tamanrasset, while 9,000 litres of fuel were seized at Tebessa.")
    counts = {(c.value, c.category) for item in extract(text).items for event in item.events
              for c in event.counts}
    assert {(31, "vehicles"), (60, "equipment")} <= counts


def test_rows_breaking_down_a_listed_total_are_no_counts(nlp, rules) -> None:
    """Police weekly round-up: a total before a colon, then the same plants by directorate."""
    text = ("During the operation, officers found 17 plots. In total, 41,870 plants were "
            "destroyed:\n"
            "- Vlora directorate: 18,400 plants;\n"
            "- Fier directorate: 12,950 plants;\n"
            "- other directorates: 10,520 plants.\n"
            "Six citizens were arrested.")
    entities: list[Entity] = [
        ("17 plots", "QUANTITY", count(17, "plots")),
        ("41,870 plants", "QUANTITY", count(41870, "plants")),
        ("18,400 plants", "QUANTITY", count(18400, "plants")),
        ("12,950 plants", "QUANTITY", count(12950, "plants")),
        ("10,520 plants", "QUANTITY", count(10520, "plants")),
        ("Six citizens", "QUANTITY", count(6, "citizens"))]
    assert _counts(text, entities, nlp, rules) == [(17, "fields"), (41870, "plants"),
                                                   (6, "arrests")]


def test_rows_listing_what_was_seized_stay_counts(nlp, rules) -> None:
    """A list opened by a line without a total: every row is a result."""
    text = ("During the raid, officers seized:\n"
            "- 12 firearms;\n"
            "- 3 vehicles.\n")
    entities: list[Entity] = [
        ("12 firearms", "QUANTITY", count(12, "firearms")),
        ("3 vehicles", "QUANTITY", count(3, "vehicles"))]
    assert _counts(text, entities, nlp, rules) == [(12, "weapons"), (3, "vehicles")]


def test_words_before_the_number_give_the_category(nlp, rules) -> None:
    """Interior ministry bulletin: "the arrest of 63 wanted fugitives sentenced in absentia"
    counts arrests, though "sentenced" follows the counted noun."""
    text = "The campaigns led to the arrest of 63 wanted fugitives sentenced in absentia."
    entities: list[Entity] = [("63 wanted fugitives", "QUANTITY", count(63, "wanted fugitives"))]
    assert _counts(text, entities, nlp, rules) == [(63, "arrests")]


TOLL_CASES: list[tuple[str, list[Entity], list[tuple[float, str]]]] = [
    # health ministry figures quoted in a police annual review: a toll, no result
    ("During the operation in 2023, police arrested 412 suspects. The number of deaths from "
     "overdoses fell to 61.",
     [("412 suspects", "QUANTITY", count(412, "suspects")),
      ("61", "QUANTITY", count(61, "deaths"))],
     [(412, "arrests")]),
    # a shoot-out during the raid: people killed in the event
    ("During the raid, 412 suspects were arrested and 3 smugglers were killed.",
     [("412 suspects", "QUANTITY", count(412, "suspects")),
      ("3 smugglers", "QUANTITY", count(3, "smugglers"))],
     [(412, "arrests"), (3, "killed")]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), TOLL_CASES)
def test_overdose_deaths_are_context(nlp, rules, text: str, entities: list[Entity],
                                     expected: list[tuple[float, str]]) -> None:
    assert _counts(text, entities, nlp, rules) == expected

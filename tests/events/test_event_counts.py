"""Event counts: parts of a total, breakdowns and plans are no counts of their own."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, count, country, org

from pressparse.events.assembly import assemble_events

COUNT_CASES: list[tuple[str, list[Entity], list[tuple[float, str]]]] = [
    # (text, entities, expected counts as (value, category))
    ("Police arrested 327 suspects during the raid, among them nine foreign nationals.",
     [("327 suspects", "QUANTITY", count(327, "suspects")),
      ("nine", "QUANTITY", count(9, "foreign nationals"))],
     [(327, "arrests")]),
    # a part of the total's own kind named after "including" is no count of its own
    ("During the raid officers seized 11 firearms, including two rifles.",
     [("11 firearms", "QUANTITY", count(11, "firearms")),
      ("two rifles", "QUANTITY", count(2, "rifles"))],
     [(11, "weapons")]),
    ("During the raid, 19 people were detained. Fifteen of them were taken into custody.",
     [("19 people", "QUANTITY", count(19, "people")),
      ("Fifteen", "QUANTITY", count(15, "people"))],
     [(19, "arrests")]),
    ("In the raid, five suspects, three Chinese nationals and two Cambodians, were arrested.",
     [("five suspects", "QUANTITY", count(5, "suspects")),
      ("three Chinese nationals", "QUANTITY", count(3, "Chinese nationals")),
      ("two Cambodians", "QUANTITY", count(2, "Cambodians"))],
     [(5, "arrests")]),
    ("During the raid, the three crew members, two Colombian nationals and one Panamanian, "
     "were arrested.",
     [("three crew members", "QUANTITY", count(3, "crew members")),
      ("two", "QUANTITY", count(2, "Colombian nationals")),
      ("Colombian", "NORP", {"iso2": "CO", "name": "Colombian", "country": "Colombia"})],
     [(3, "arrests")]),
    ("Four people were arrested in the raid: the driver, two warehouse workers and a "
     "broker.",
     [("Four people", "QUANTITY", count(4, "people")),
      ("two warehouse workers", "QUANTITY", count(2, "warehouse workers"))],
     [(4, "arrests")]),
    # a kind of crime given with the crimes counted is a part of that total (guide, session
    # 20), whether named crimes or cases
    ("During the operation, officers identified 1,893 crimes, including 412 crimes of drug "
     "sale.",
     [("1,893 crimes", "QUANTITY", count(1893, "crimes")),
      ("412 crimes of drug sale", "QUANTITY", count(412, "crimes of drug sale"))],
     [(1893, "crimes")]),
    ("During the operation, officers identified 1,893 crimes, including 412 cases of drug "
     "sale.",
     [("1,893 crimes", "QUANTITY", count(1893, "crimes")),
      ("412 cases of drug sale", "QUANTITY", count(412, "cases of drug sale"))],
     [(1893, "crimes")]),
    ("During the week of the operation, units detected 37 drug crimes, 22 of them related to "
     "sale.",
     [("37 drug crimes", "QUANTITY", count(37, "drug crimes")),
      ("22", "QUANTITY", count(22, "drug crimes"))],
     [(37, "crimes")]),
    # counts of different things in one list are all results
    ("In the raid, soldiers arrested 12 smugglers and seized 47 vehicles, 16 mobile phones "
     "and 9 rifles.",
     [("12 smugglers", "QUANTITY", count(12, "smugglers")),
      ("47 vehicles", "QUANTITY", count(47, "vehicles")),
      ("16 mobile phones", "QUANTITY", count(16, "mobile phones")),
      ("9 rifles", "QUANTITY", count(9, "rifles"))],
     [(12, "arrests"), (47, "vehicles"), (16, "equipment"), (9, "weapons")]),
    # a second group arrested in another place is no part of the first
    ("During the raid, police arrested 6 men in Lagos and 2 women in Abuja.",
     [("6 men", "QUANTITY", count(6, "men")), ("2 women", "QUANTITY", count(2, "women"))],
     [(6, "arrests"), (2, "arrests")]),
    # plans are no results
    ("After the raid, the sides agreed to set up four joint posts on the border.",
     [("four joint posts", "QUANTITY", count(4, "joint posts"))],
     []),
    ("The ministry plans to hold no less than three operations after the raid in 2026.",
     [("no less than three operations", "QUANTITY", count(3, "operations", "at_least"))],
     []),
    # a counted noun of no category that a result verb governs is a count of no category
    ("During the raid, 27 drug dens (\"fumoirs\") were dismantled in four communes.",
     [("27", "QUANTITY", count(27, "drug dens"))],
     [(27, None)]),
    ("In the night raid, a total of 143 checks on vehicles and persons were carried out.",
     [("143", "QUANTITY", count(143, "checks"))],
     [(143, "searches")]),
    ("In the raid, gendarmes dismantled 12 smoking dens near the market.",
     [("12", "QUANTITY", count(12, "smoking dens"))],
     [(12, None)]),
    ("In the operation, poppy was destroyed on 1,264.5 hectares, including 93 illegal "
     "plantings in private plots.",
     [("93", "QUANTITY", count(93, "illegal plantings"))],
     [(93, "plantations")]),
    # the next member of a list after things seized
    ("In the raid, officers seized 9 motorcycles and 3 machetes.",
     [("9", "QUANTITY", count(9, "motorcycles")), ("3", "QUANTITY", count(3, "machetes"))],
     [(9, "vehicles"), (3, None)]),
    # seized tools and gear are equipment (guide, session 17: outboard engines, presses)
    ("In the raid, officers seized two outboard engines and 3 glass pipes.",
     [("two", "QUANTITY", count(2, "outboard engines")),
      ("3", "QUANTITY", count(3, "glass pipes"))],
     [(2, "equipment"), (3, "equipment")]),
    # the parts of a seized craft described with it are no gear of their own
    ("In the raid, officers stopped a go-fast vessel with two outboard engines.",
     [("two", "QUANTITY", count(2, "outboard engines"))],
     []),
    ("In the raid, officers seized 2 presses from the garage.",
     [("2", "QUANTITY", count(2, "presses"))],
     [(2, "equipment")]),
    # no verb acting on them, or a list after people or countries: no count
    ("In the raid, officers from 4 precincts patrolled 2 markets.",
     [("4", "QUANTITY", count(4, "precincts")), ("2", "QUANTITY", count(2, "markets"))],
     []),
    ("After the raid, four crew members of Colombian nationality and one Ecuadorian were "
     "apprehended.",
     [("four", "QUANTITY", count(4, "crew members")),
      ("one", "QUANTITY", count(1, "Ecuadorian"))],
     [(4, "arrests")]),
    ("During the operation, 148 crimes were detected, including 61 facts of drug sale.",
     [("148", "QUANTITY", count(148, "crimes")), ("61", "QUANTITY", count(61, "facts"))],
     [(148, "crimes")]),
    # nationals after "including" and another part are a part of the total too
    ("After the raid, 87 persons were arrested, including nine members of organized gangs "
     "and five foreign nationals.",
     [("87", "QUANTITY", count(87, "persons")), ("nine", "QUANTITY", count(9, "members")),
      ("five", "QUANTITY", count(5, "foreign nationals"))],
     [(87, "arrests")]),
    # people brought to criminal liability are arrests
    ("During the operation police brought 387 persons to criminal liability.",
     [("387", "QUANTITY", count(387, "persons"))],
     [(387, "arrests")]),
    # the people a court's verdict names are the convicted; "against" compares no figure
    ("On 17 February the Navoi Regional Court announced the verdict on the criminal case "
     "against five defendants.",
     [("Navoi Regional Court", "ORG", org("Navoi Regional Court")),
      ("five", "QUANTITY", count(5, "defendants"))],
     [(5, "convictions")]),
    ("The Specialised Criminal Court found four men guilty and sentenced their leader to 14 "
     "years.",
     [("Specialised Criminal Court", "ORG", org("Specialised Criminal Court")),
      ("four", "QUANTITY", count(4, "men"))],
     [(4, "convictions")]),
    # the arrest verbs of translated releases (French "interpellés", Romanian "reținuți")
    ("On 4 May the gendarmes seized a truck of cannabis. Four men, of whom three Nigerian "
     "nationals, were interpellated on the spot.",
     [("Four", "QUANTITY", count(4, "men")),
      ("three", "QUANTITY", count(3, "Nigerian nationals"))],
     [(4, "arrests")]),
    ("After the raid on the greenhouse in Orhei, three men aged 24, 31 and 40 were retained "
     "for 72 hours.",
     [("three", "QUANTITY", count(3, "men"))],
     [(3, "arrests")]),
    # a sentence opening on "Of these," / "Of those arrested," takes its counts from the
    # whole counted before: parts, no counts of their own
    ("During the operation, police detected 1 305 drug offences. Of these, 211 were "
     "aggravated offences.",
     [("1 305", "QUANTITY", count(1305, "drug offences")),
      ("211", "QUANTITY", count(211, "aggravated offences"))],
     [(1305, "crimes")]),
    ("During the operation the bureau arrested 540 persons. Of those arrested, 96 were "
     "repeat offenders and 31 were foreign nationals.",
     [("540 persons", "QUANTITY", count(540, "persons")),
      ("96", "QUANTITY", count(96, "repeat offenders")),
      ("31", "QUANTITY", count(31, "foreign nationals"))],
     [(540, "arrests")]),
    ("During the operation, police detected 860 drug crimes, 215 of which are related to "
     "trafficking.",
     [("860", "QUANTITY", count(860, "drug crimes")),
      ("215", "QUANTITY", count(215, "drug crimes"))],
     [(860, "crimes")]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), COUNT_CASES)
def test_counts_that_are_results(nlp, rules, text: str, entities: list[Entity],
                                 expected: list[tuple[float, str]]) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    found = [(c["value"], c["category"]) for e in events for c in e["counts"]]
    assert found == expected


def test_a_country_in_a_list_of_counts_is_no_part(nlp, rules) -> None:
    """A NORP or COUNTRY far from the count does not make it a breakdown by nationality."""
    text = "In the raid in Kenya, police arrested 9 suspects, 3 couriers were charged."
    doc = build_doc(nlp, text, [("Kenya", "COUNTRY", country("KE", "Kenya")),
                                ("9 suspects", "QUANTITY", count(9, "suspects")),
                                ("3 couriers", "QUANTITY", count(3, "couriers"))])
    found = [c["value"] for e in assemble_events(doc, rules) for c in e["counts"]]
    assert found == [9, 3]

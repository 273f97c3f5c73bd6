"""A running total told after the main event ("... have seized 8 tonnes of cocaine so far this
year") is organized by the body that acted, an organization or a demonym naming a force
("Iranian police", "the Guatemalan State"); a demonym naming a place ("the Mexican state of
Sinaloa") organizes nothing; a definite head noun ("the Commission", "the branch") tells of
the item's body named with that head ("National Drug Enforcement Commission")."""

from __future__ import annotations

import pytest

import pressparse

LEAD = ("Navy seizes cocaine off the coast\n\n"
        "On 9 August 2025, a navy patrol intercepted a speedboat carrying 1,200 kilograms of "
        "cocaine off the Pacific coast and arrested three crew members. ")

# (total sentence, published, organizer texts of the running total)
CASES = [
    pytest.param("With this seizure, the Guatemalan State has seized 8,914 kilograms of "
                 "cocaine in maritime operations so far in 2025.", "2025-08-11",
                 ["Guatemalan"], id="demonym-state"),
    # a total the item's background words do not mark
    pytest.param("With this result, in what goes of the year 2025, the National Navy has "
                 "seized 94.6 tons of drugs in the maritime spaces.", "2025-08-11",
                 ["National Navy"], id="total-sentence-body"),
    pytest.param("Iranian police had seized 410 kilograms of opium since 20 March, the "
                 "agency added.", "2025-08-11", ["Iranian"], id="demonym-police"),
    pytest.param("The Peruvian authorities have seized 21 tonnes of cocaine since the "
                 "beginning of 2025.", "2025-08-11", ["Peruvian"], id="demonym-authorities"),
    # the body named before, told of by its name's head noun ("the Commission", "the branch")
    pytest.param("\n\nThe National Drug Enforcement Commission warns transporters against "
                 "trafficking cannabis. In 2024, the Commission arrested 2,914 suspects and "
                 "seized more than 38 tonnes of cannabis countrywide.", "2025-08-11",
                 ["National Drug Enforcement Commission"], id="definite-head"),
    pytest.param("The crew were handed over to the Southern Coast Guard Branch.\n\nFrom "
                 "January to July, the branch seized 86.4 kg of ketamine and 2,350 grams of "
                 "heroin, the branch said.", "2025-08-11", ["Southern Coast Guard Branch"],
                 id="definite-head-lower-case"),
    # a reference table under a caption naming the body and the period of its figures
    pytest.param("\n\nReference: drug seizures by the Colombian Navy, January-June 2025\n"
                 "Item | Cases | Quantity\nCocaine | 41 | 3,210 kg\nMarijuana | 12 | 940 kg\n"
                 "Total | 53 | —\n", "2025-08-11", ["Colombian Navy"], id="table-caption"),
    # the agent of the total's passive seizure word ("seized by", "recovered by"), a list of
    # bodies too; an arrest word's agent took custody, it made no find
    pytest.param("This seizure brings to 1.8 tonnes the quantity of cannabis seized by the "
                 "Drug Law Enforcement Unit since January 2025.", "2025-08-11",
                 ["Drug Law Enforcement Unit"], id="passive-agent"),
    pytest.param("This interception brings the total amount of cocaine recovered by the "
                 "Maritime Police and the Revenue Protection Division since 1 January to 7.4 "
                 "tonnes.", "2025-08-11", ["Maritime Police", "Revenue Protection Division"],
                 id="passive-agents-listed"),
]


def _events(text: str, published: str,
            lead: str = LEAD) -> tuple[pressparse.Event, pressparse.Event | None]:
    """The item's find and its running total (None when there is none)."""
    doc = pressparse.extract(lead + text, id="t", published=published)
    events = doc.items[0].events
    totals = [e for e in events[1:] if e.type == "other" and e.seizures]
    return events[0], totals[0] if totals else None


@pytest.mark.parametrize(("text", "published", "organizers"), CASES)
def test_total_organizer_is_the_acting_force(text: str, published: str,
                                             organizers: list[str]) -> None:
    _find, total = _events(text, published)
    assert total is not None
    assert [m.text for m in total.organizers] == organizers


# (total sentence, published, the find's organizer texts): the body of a sentence that gives
# only a running total's figures acts the total, not the item's find, also when no background
# word marks the sentence or it stands in the lead's paragraph
FIND_LEAD = ("Cocaine seized off the coast\n\n"
             "On 9 August 2025, a patrol of the Coast Guard Command intercepted a speedboat "
             "carrying 1,200 kilograms of cocaine off the Pacific coast and arrested three crew "
             "members. ")
FIND_CASES = [
    pytest.param("With this result, in what goes of the year 2025, the National Navy has "
                 "seized 94.6 tons of drugs in the maritime spaces.", "2025-08-11",
                 ["Coast Guard Command"], id="total-sentence-body"),
    pytest.param("Iranian police had seized 410 kilograms of opium since 20 March, the "
                 "agency added.", "2025-08-11", ["Coast Guard Command"],
                 id="lead-paragraph-total"),
    pytest.param("The boat was escorted to Puerto Quetzal, where the Naval Command has seized "
                 "2.1 tonnes of cocaine since January.", "2025-08-11", ["Coast Guard Command"],
                 id="relative-clause-total"),
]


@pytest.mark.parametrize(("text", "published", "organizers"), FIND_CASES)
def test_a_total_body_does_not_organize_the_find(text: str, published: str,
                                                 organizers: list[str]) -> None:
    find, total = _events(text, published, FIND_LEAD)
    assert total is not None
    assert [m.text for m in find.organizers] == organizers


# (text, offset of the demonym's end, whether a force noun follows it)
FORCE_CASES = [
    pytest.param("the Guatemalan State has seized", 14, True, id="state-acts"),
    pytest.param("the Mexican state of Sinaloa", 11, False, id="state-of-a-place"),
    pytest.param("Kazakh police detained", 6, True, id="police"),
    pytest.param("the Colombian government reported", 13, True, id="government"),
]


@pytest.mark.parametrize(("text", "end", "expected"), FORCE_CASES)
def test_force_noun_after_demonym(rules, text: str, end: int, expected: bool) -> None:
    assert bool(rules.force_nouns.match(text, end)) is expected



# a customs page whose posting line dates the item (no publication date given)
PAGE = ("Heroin in a truck: customs officers stop a batch at the border\n12.02.2026 15:40\n"
        "On 10 February, at the Kozlovichi road checkpoint, officers of the Brest Regional "
        "Customs inspected a truck arriving from Poland. Behind a false wall were 12 packages "
        "of heroin with a total weight of 6.1 kg.\nThe driver was detained. The investigation "
        "department has opened a criminal case.\n")

# (total sentence, the running total's start and end): the period a figure is compared
# with ("against 17 kg in the same period of 2025") dates nothing
PERIOD_CASES = [
    pytest.param("Since 1 January, customs authorities of Lithuania have seized 40 kg of "
                 "narcotic drugs, against 19 kg in the same period of 2025.",
                 ("2026-01-01", None), id="against-same-period"),
    pytest.param("Since 1 January, customs officers have seized 52 kg of drugs, compared "
                 "with 23 kg during the same period of 2025.",
                 ("2026-01-01", None), id="compared-during-same-period"),
]


@pytest.mark.parametrize(("text", "dates"), PERIOD_CASES)
def test_total_period_is_not_the_compared_one(text: str, dates: tuple[str, str | None]) -> None:
    events = pressparse.extract(PAGE + text, id="t").items[0].events
    totals = [e for e in events if e.type == "other" and e.seizures]
    assert [(e.start_date, e.end_date) for e in totals] == [dates]

"""Countries' forces opening the lead ("Police and customs authorities from Portugal, France
and Ireland, supported by Europol, have dismantled ...") organize the event, each country in
full; the agencies that support them take part; a body opening the lead still acts."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, country, org

from pressparse.events import assemble_events

HELPERS: list[Entity] = [("Europol", "ORG", org("Europol")),
                         ("Eurojust", "ORG", org("Eurojust"))]
COUNTRIES: list[Entity] = [("Portugal", "COUNTRY", country("PT", "Portugal")),
                           ("France", "COUNTRY", country("FR", "France")),
                           ("Ireland", "COUNTRY", country("IE", "Ireland"))]
TAIL = (" have dismantled a network that shipped cocaine in cargo containers. During an "
        "operation in the ports, investigators arrested 19 suspects.")

CASES = [
    pytest.param(
        "Police and customs authorities from Portugal, France and Ireland, supported by "
        "Europol and Eurojust," + TAIL,
        COUNTRIES + HELPERS, ["Portugal", "France", "Ireland"], ["Europol", "Eurojust"],
        id="authorities-from-countries"),
    pytest.param(
        "Investigators of Portugal and France, backed by Europol," + TAIL,
        COUNTRIES[:2] + HELPERS[:1], ["Portugal", "France"], ["Europol"],
        id="investigators-of-countries"),
    pytest.param(
        "Europol and Eurojust, with officers from Portugal and France," + TAIL,
        COUNTRIES[:2] + HELPERS, ["Europol", "Eurojust"], ["Portugal", "France"],
        id="body-named-first-still-acts"),
    # the bodies a help cue names support; the countries' forces of the next lead sentence act
    pytest.param(
        "A joint investigation supported by Europol and Eurojust has dismantled a network that "
        "shipped cocaine in cargo containers.\n\nOn the action day, more than 600 police "
        "officers from Portugal, France and Ireland carried out searches at 73 locations.",
        COUNTRIES + HELPERS, ["Portugal", "France", "Ireland"], ["Europol", "Eurojust"],
        id="helped-bodies-no-subject"),
]


@pytest.mark.parametrize(("text", "entities", "organizers", "participants"), CASES)
def test_country_forces_organize(nlp, rules, text: str, entities: list[Entity],
                                 organizers: list[str], participants: list[str]) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    main = events[0]
    assert [m["text"] for m in main["organizers"]] == organizers
    assert [m["text"] for m in main["participants"]] == participants


TRAINEE_COUNTRIES: list[Entity] = [("Kenya", "COUNTRY", country("KE", "Kenya")),
                                   ("Uganda", "COUNTRY", country("UG", "Uganda")),
                                   ("Germany", "COUNTRY", country("DE", "Germany"))]
GATHERING_CASES = [
    pytest.param(
        "Twenty officers of airport control units from Kenya and Uganda completed a two-week "
        "course on passenger profiling in Nairobi.",
        ["Kenya", "Uganda"], id="trainee-units-from-countries"),
    pytest.param(
        "Officials from Kenya and Uganda attended a regional seminar on precursor control.",
        ["Kenya", "Uganda"], id="officials-from-countries"),
    pytest.param(
        "Experts from Germany taught a course on precursor control to officers in Nairobi.",
        ["Germany"], id="trainers-from-a-country-take-part"),
]


@pytest.mark.parametrize(("text", "participants"), GATHERING_CASES)
def test_trainees_countries_take_part(nlp, rules, text: str, participants: list[str]) -> None:
    entities = [e for e in TRAINEE_COUNTRIES if e[0] in text]
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert [m["text"] for m in events[0]["participants"]
            if m["label"] == "COUNTRY"] == participants


@pytest.mark.parametrize("cue", ["with financial support from", "with the financial support of"])
def test_funding_body_takes_part(nlp, rules, cue: str) -> None:
    text = (f"The course was organized by the Customs Academy {cue} the Government of "
            "Norway and trained 24 officers in Nairobi.")
    entities: list[Entity] = [("Customs Academy", "ORG", org("Customs Academy")),
                              ("Government of Norway", "ORG", org("Government of Norway"))]
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert [m["text"] for m in events[0]["organizers"]] == ["Customs Academy"]
    assert [m["text"] for m in events[0]["participants"]] == ["Government of Norway"]

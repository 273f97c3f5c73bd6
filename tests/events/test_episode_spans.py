"""An undated lead told in episodes of their own days is an operation spanning them, the
episodes its results; a named campaign given only with figures counted since its launch is a
running total (type other, open-ended)."""

from __future__ import annotations

from event_docs import build_doc, count, day, loc, mass, operation, org, substance

from pressparse.events import assemble_events

HEROIN = substance("heroin", "opioid")


CARTEL = (
    "RURAL POLICE BUST DRUG CARTEL; 6 KG HEROIN RECOVERED\n\n"
    "Ludhiana, 16.09.2025: The District Rural Police have busted a drug cartel and arrested "
    "three smugglers with 6 kg heroin, the Superintendent of Police said on Tuesday. The "
    "smugglers were in touch with handlers who used drones to drop consignments.\n\n"
    "Giving details, he said a police party laid a checkpoint near village Khanna on "
    "12.09.2025 and recovered 2 kg heroin from a motorcyclist.\n\n"
    "On his disclosure, police teams raided a house at village Doraha on 13.09.2025 and "
    "recovered 4 kg heroin.\n\n"
    "Notably, since the launch of the campaign \"Clean Villages\" on 01.03.2025, the District "
    "Rural Police have arrested 214 smugglers with 19.5 kg heroin."
)
CARTEL_ENTITIES = [
    ("District Rural Police", "ORG", org("District Rural Police")),
    ("6 kg", "QUANTITY", mass(6, 6, "kg")), ("6 KG", "QUANTITY", mass(6, 6, "kg")),
    ("2 kg", "QUANTITY", mass(2, 2, "kg")), ("4 kg", "QUANTITY", mass(4, 4, "kg")),
    ("19.5 kg", "QUANTITY", mass(19.5, 19.5, "kg")),
    ("214", "QUANTITY", count(214, "smugglers")),
    ("heroin", "SUBSTANCE", HEROIN), ("HEROIN", "SUBSTANCE", HEROIN),
    ("16.09.2025", "DATE", day("2025-09-16")), ("12.09.2025", "DATE", day("2025-09-12")),
    ("13.09.2025", "DATE", day("2025-09-13")), ("01.03.2025", "DATE", day("2025-03-01")),
    ("Khanna", "LOC", loc("Khanna", "IN")), ("Doraha", "LOC", loc("Doraha", "IN")),
    ("Clean Villages", "OPERATION", operation("Clean Villages")),
]


def test_undated_lead_spans_its_episodes(nlp, rules) -> None:
    events = assemble_events(build_doc(nlp, CARTEL, CARTEL_ENTITIES), rules)
    main = events[0]
    assert (main["type"], main["start_date"], main["end_date"]) == (
        "operation", "2025-09-12", "2025-09-13")
    episodes = [(e["location"]["text"], e["type"], e["start_date"], e["part_of"])
                for e in events if e["location"] is not None]
    assert episodes == [("Khanna", "seizure", "2025-09-12", main["id"]),
                        ("Doraha", "seizure", "2025-09-13", main["id"])]


def test_named_campaign_with_figures_since_its_launch_is_a_running_total(nlp, rules) -> None:
    events = assemble_events(build_doc(nlp, CARTEL, CARTEL_ENTITIES), rules)
    campaign = next(e for e in events if e["name"] == "Clean Villages")
    assert (campaign["type"], campaign["start_date"], campaign["end_date"]) == (
        "other", "2025-03-01", None)
    assert [m["text"] for m in campaign["organizers"]] == ["District Rural Police"]

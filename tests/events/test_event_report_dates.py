"""Which dates are the report's (date lines, datelines) and which date the event itself."""

from __future__ import annotations

from datetime import date

import pytest
from event_docs import build_doc, count, date_range, loc, mass, substance

from pressparse.events import assemble_events
from pressparse.extensions import TITLE_END_KEY

REPORT_DATE_CASES = [
    # a date line with its clock time is the report's; the raid's day is told after a
    # sentence recalling the investigation
    ("Two men charged after cocaine seized in Perth\n"
     "Wednesday, 4 June 2025 10:05:12 AM\n\n"
     "Two men have been charged after police seized cocaine in the northern suburbs. "
     "In March 2025, detectives set up a task force to look into the supply of cocaine. "
     "At about 5am yesterday (Tuesday 3 June 2025), officers searched two houses in "
     "Joondalup. Police seized 2.4 kg of cocaine.",
     [("Wednesday, 4 June 2025", "DATE", date_range("2025-06-04", "2025-06-04", "date")),
      ("March 2025", "DATE", {**date_range("2025-03-01", "2025-03-31", "month"),
                              "precision": "month"}),
      ("yesterday", "DATE", {**date_range("2025-06-03", "2025-06-03", "relative")}),
      ("Tuesday 3 June 2025", "DATE", date_range("2025-06-03", "2025-06-03", "date")),
      ("Joondalup", "LOC", loc("Joondalup", "AU")),
      ("2.4 kg", "QUANTITY", mass(2.4, 2.4, "kg", what="cocaine")),
      ("cocaine", "SUBSTANCE", substance("cocaine"))],
     None, ("2025-06-03", "2025-06-03")),
    # a sub-heading of place and day over an incident, in a release of a later day
    ("Walvis Bay Harbour, 3 March\n"
     "Customs officers searched a container of canned fish and found 40 kg of cocaine "
     "behind the cans.",
     [("Walvis Bay", "LOC", loc("Walvis Bay", "NA")),
      ("3 March", "DATE", {**date_range("2025-03-03", "2025-03-03", "date"),
                           "year_inferred": True}),
      ("40 kg", "QUANTITY", mass(40, 40, "kg", what="cocaine")),
      ("cocaine", "SUBSTANCE", substance("cocaine"))],
     date(2025, 3, 7), ("2025-03-03", "2025-03-03")),
    # the same line on the day of publication is the dateline: it dates no seizure
    ("Walvis Bay Harbour, 3 March\n"
     "Customs officers searched a container of canned fish and found 40 kg of cocaine "
     "behind the cans.",
     [("Walvis Bay", "LOC", loc("Walvis Bay", "NA")),
      ("3 March", "DATE", {**date_range("2025-03-03", "2025-03-03", "date"),
                           "year_inferred": True}),
      ("40 kg", "QUANTITY", mass(40, 40, "kg", what="cocaine")),
      ("cocaine", "SUBSTANCE", substance("cocaine"))],
     date(2025, 3, 3), (None, None)),
    # a running total "since" a day dates no seizure told on a day of its own
    ("Beira Port, 12 August\n"
     "Officers searching a truck from Malawi found 9,400 tablets of tramadol hidden in bags "
     "of sugar.\n\nSince 1 January 2025, customs officers have made 412 drug seizures "
     "at the port.",
     [("12 August", "DATE", {**date_range("2025-08-12", "2025-08-12", "date"),
                             "year_inferred": True}),
      ("9,400 tablets", "QUANTITY", {"value": 9400, "unit": "tablet", "kind": "count",
                                     "qualifier": "exact", "what": "tramadol"}),
      ("tramadol", "SUBSTANCE", substance("tramadol", "opioid")),
      ("1 January 2025", "DATE", date_range("2025-01-01", "2025-01-01", "date"))],
     date(2025, 8, 15), ("2025-08-12", "2025-08-12")),
    # a year-less gloss in brackets takes the year before it
    ("Customs results for 2024\n\nIn 2024 (January to December), customs officers seized "
     "about 1,650 kg of drugs in 1,011 cases.",
     [("2024", "DATE", {**date_range("2024-01-01", "2024-12-31", "year"),
                        "precision": "year"}),
      ("January to December", "DATE", {**date_range("2025-01-01", "2025-12-31"),
                                       "precision": "month", "year_inferred": True}),
      ("about 1,650 kg", "QUANTITY", mass(1650, 1650, "kg", "about", "drugs"))],
     date(2025, 2, 27), ("2024-01-01", "2024-12-31")),
    # a clock time without a day of its own does not outrank the raid's day
    ("Police arrest four men in two raids\n\nPolice arrested four men in two raids on "
     "Tuesday. The first raid was carried out at about 3 pm at a house in Pasir Gudang, "
     "where officers seized 12 kg of heroin.",
     [("Tuesday", "DATE", date_range("2025-08-12", "2025-08-12", "relative")),
      ("3 pm", "DATE", {**date_range("2025-08-14", "2025-08-14", "time"),
                        "year_inferred": True}),
      ("12 kg", "QUANTITY", mass(12, 12, "kg", what="heroin")),
      ("heroin", "SUBSTANCE", substance("heroin"))],
     date(2025, 8, 14), ("2025-08-12", "2025-08-12")),
    # a dateline running on into the report stays the report's date
    ("WALVIS BAY, 3 March 2025 - Customs officers searched a container of canned fish and "
     "found 40 kg of cocaine behind the cans.",
     [("3 March 2025", "DATE", date_range("2025-03-03", "2025-03-03", "date")),
      ("40 kg", "QUANTITY", mass(40, 40, "kg", what="cocaine")),
      ("cocaine", "SUBSTANCE", substance("cocaine"))],
     date(2025, 3, 7), (None, None)),
    # a feed's date line with its time zone offset ("Sat, 11 Oct 2025 19:40:00 +0300") is
    # the report's: a find told without its own day stays undated
    ("Dealer held with 6 kg of shabu\n"
     "Sat, 11 Oct 2025 19:40:00 +0300\n\n"
     "Drug control officers arrested a man who was found in possession of 6 kg of shabu, "
     "the interior ministry said.",
     [("Sat, 11 Oct 2025", "DATE", date_range("2025-10-11", "2025-10-11", "date")),
      ("6 kg", "QUANTITY", mass(6, 6, "kg", what="shabu")),
      ("shabu", "SUBSTANCE", substance("methamphetamine"))],
     date(2025, 10, 11), (None, None)),
]


@pytest.mark.parametrize(("text", "entities", "published", "expected"), REPORT_DATE_CASES)
def test_report_dates_and_event_days(nlp, rules, text: str, entities,
                                     published: date | None,
                                     expected: tuple[str | None, str | None]) -> None:
    doc = build_doc(nlp, text, entities)
    doc._.reference_date = published
    events = assemble_events(doc, rules)
    assert (events[0]["start_date"], events[0]["end_date"]) == expected


def test_a_dated_raid_with_a_list_of_finds_is_a_result_of_the_operation(nlp, rules) -> None:
    text = ("Eight charged as Operation Night Harbour ends\n\n"
            "The investigation, named Operation Night Harbour, began in March 2025 after a "
            "rise in overdoses in the city. Detectives of the state police worked with "
            "federal agents to identify the suppliers.\n\n"
            "On June 4, agents executed search warrants at six homes in Mesa and Tempe. "
            "Officers seized:\n\n"
            "- about 52,000 counterfeit pills containing fentanyl\n"
            "- 3.6 kilograms of methamphetamine\n"
            "- 11 firearms\n\n"
            "Eight people were charged.")
    doc = build_doc(nlp, text, [
        ("Night Harbour", "OPERATION", {"name": "Night Harbour"}),
        ("March 2025", "DATE", {**date_range("2025-03-01", "2025-03-31", "month"),
                                "precision": "month"}),
        ("June 4", "DATE", {**date_range("2025-06-04", "2025-06-04", "date"),
                            "year_inferred": True}),
        ("Mesa", "LOC", loc("Mesa", "US")),
        ("Tempe", "LOC", loc("Tempe", "US")),
        ("six", "QUANTITY", count(6, "homes")),
        ("about 52,000", "QUANTITY", {"value": 52000, "unit": "pill", "kind": "count",
                                      "qualifier": "about", "what": "fentanyl"}),
        ("fentanyl", "SUBSTANCE", substance("fentanyl")),
        ("3.6 kilograms", "QUANTITY", mass(3.6, 3.6, "kg", what="methamphetamine")),
        ("methamphetamine", "SUBSTANCE", substance("methamphetamine")),
    ])
    doc._.reference_date = date(2025, 6, 6)
    events = assemble_events(doc, rules)
    operation, raid = events[0], events[1]
    assert (operation["name"], operation["seizures"]) == ("Night Harbour", [])
    # search warrants at six homes on one day: an action at several places (guide)
    assert (raid["type"], raid["start_date"], raid["part_of"]) == (
        "operation", "2025-06-04", operation["id"])
    assert [s["substance"] for s in raid["seizures"]] == ["fentanyl", "methamphetamine"]


# a social page's post: the page's header line with the post's stamp above the post's title
# ("Regional Border Directorate · 12 Mar 2026 at 10:05 · 🌐") dates the post, not the find
POST_HEADER = ("Regional Border Directorate · 12 Mar 2026 at 10:05 · 🌐\n"
               "🔹 Heroin in a load of apples\n"
               "At the southern checkpoint border guards found 2 kg of heroin in a truck "
               "carrying apples. The driver is detained.")


def test_a_post_header_line_above_the_title_dates_the_report(nlp, rules) -> None:
    doc = build_doc(nlp, POST_HEADER, [
        ("12 Mar 2026", "DATE", date_range("2026-03-12", "2026-03-12", "date")),
        ("2 kg", "QUANTITY", mass(2, 2, "kg", what="heroin")),
        ("heroin", "SUBSTANCE", substance("heroin"))])
    doc.user_data[TITLE_END_KEY] = POST_HEADER.index("\nAt the")
    doc._.reference_date = date(2026, 3, 12)
    events = assemble_events(doc, rules)
    assert events and events[0]["start_date"] is None

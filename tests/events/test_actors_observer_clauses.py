"""Observers named before a clause inserted ahead of their verb ("A and B, run by C with D,
took part as observers") are the list before the clause, not the bodies inside it; a list
continued with "as well as" is one list, and so is one with a body's acronym in brackets
("the Centre (RIC) and the Agency were represented as observers"), and so is one naming a
body by the people standing for it ("A and military attachés of B watched as observers")."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, country, date_range, org

from pressparse.events import assemble_events

OBSERVER_CASES: list[tuple[str, list[str | tuple[str, str]], list[str]]] = [
    # (sentence after the meeting's lead, ORG names in it (COUNTRY: name and code), expected
    # observers)
    ("The Drugs Agency and the Airport Project, run by the UN Office with the Customs "
     "Organization, took part as observers.",
     ["Drugs Agency", "Airport Project", "UN Office", "Customs Organization"],
     ["Drugs Agency", "Airport Project"]),
    ("The Border Agency, which is based in Warsaw, attended as observers.",
     ["Border Agency"], ["Border Agency"]),
    ("The Police Academy, as well as the Drugs Agency and the Customs Organization, "
     "attended as observers.",
     ["Police Academy", "Drugs Agency", "Customs Organization"],
     ["Police Academy", "Drugs Agency", "Customs Organization"]),
    # a body's acronym in brackets inside the list
    ("The Regional Information Centre (RIC) and the Drugs Agency were represented as "
     "observers.",
     ["Regional Information Centre", "RIC", "Drugs Agency"],
     ["Regional Information Centre", "Drugs Agency"]),
    ("The Drugs Agency and the Regional Information Centre (RIC) took part as observers.",
     ["Drugs Agency", "Regional Information Centre", "RIC"],
     ["Drugs Agency", "Regional Information Centre"]),
    # list elements named by the people standing for them ("and military attachés of B")
    ("Representatives of the Drugs Agency and military attachés of the Customs Organization "
     "accredited in the capital watched the active phase as observers.",
     ["Drugs Agency", "Customs Organization"], ["Drugs Agency", "Customs Organization"]),
    ("The Police Academy and experts of the Drugs Agency attended as observers.",
     ["Police Academy", "Drugs Agency"], ["Police Academy", "Drugs Agency"]),
    # a parallel genitive: "Representatives of A (ACR) and of B"
    ("Representatives of the Regional Security System (RSS) and of the Embassy in the "
     "capital attended as observers.",
     ["Regional Security System", "RSS", "Embassy"], ["Regional Security System", "Embassy"]),
    # a description inserted after a list element names a body that is no element
    ("Representatives of the Drugs Agency and the Police Academy, bodies having the status "
     "of observer at the Customs Union, and experts of the Border Office participated as "
     "observers.",
     ["Drugs Agency", "Police Academy", "Customs Union", "Border Office"],
     ["Drugs Agency", "Police Academy", "Border Office"]),
    # a name opened by an article is an element, no description
    ("Representatives of the Drugs Agency, the Police Academy of Riga and the Border Office "
     "were present as observers.",
     ["Drugs Agency", "Police Academy of Riga", "Border Office"],
     ["Drugs Agency", "Police Academy of Riga", "Border Office"]),
    # a list after "observer organizations"
    ("The sessions were also attended by observer organizations: the Drugs Agency, the "
     "Police Academy and the Border Office.",
     ["Drugs Agency", "Police Academy", "Border Office"],
     ["Drugs Agency", "Police Academy", "Border Office"]),
    # a country naming where the observing missions sit is no observer ("accredited in")
    ("The embassies of Austria and Norway accredited in Cyprus attended the sessions as "
     "observers.",
     [("Austria", "AT"), ("Norway", "NO"), ("Cyprus", "CY")], ["Austria", "Norway"]),
    # ... while a country listed with the others is one
    ("Representatives of Austria, Norway and Cyprus attended the sessions as observers.",
     [("Austria", "AT"), ("Norway", "NO"), ("Cyprus", "CY")],
     ["Austria", "Norway", "Cyprus"]),
    # a country a delegation serves in ("Delegation to") is its host, no observer
    ("Representatives of the EU Delegation to Moldova and of the OSCE Mission attended the "
     "final session as observers.",
     [("Moldova", "MD"), "OSCE Mission"], ["OSCE Mission"]),
    # ... also a country whose name takes a capital article ("to The Gambia"; session 37)
    ("Representatives of the EU Delegation to The Gambia and of the OSCE Mission attended the "
     "final session as observers.",
     ["OSCE Mission", ("Gambia", "GM")], ["OSCE Mission"]),
    # bodies and countries invited to observe, past the capital their attachés sit in
    ("The Drugs Agency, the Border Office and military attachés of Austria and Norway "
     "accredited in Larnaca have been invited to observe the final session.",
     ["Drugs Agency", "Border Office", ("Austria", "AT"), ("Norway", "NO")],
     ["Drugs Agency", "Border Office", "Austria", "Norway"]),
    ("Representatives of the OSCE Mission were invited to watch the practical part.",
     ["OSCE Mission"], ["OSCE Mission"]),
    # watched by the people standing for bodies and countries, a list going on through
    # the next element's people ("and military attachés of")
    ("The practical part was watched by representatives of the Drugs Agency and military "
     "attachés of Austria and Norway accredited in Larnaca.",
     ["Drugs Agency", ("Austria", "AT"), ("Norway", "NO")],
     ["Drugs Agency", "Austria", "Norway"]),
    ("The final session was watched by delegations of Austria and Norway.",
     [("Austria", "AT"), ("Norway", "NO")], ["Austria", "Norway"]),
]


@pytest.mark.parametrize(("sentence", "names", "observers"), OBSERVER_CASES)
def test_observers_before_an_inserted_clause(nlp, rules, sentence: str,
                                             names: list[str | tuple[str, str]],
                                             observers: list[str]) -> None:
    text = ("Airport drug units meet\n\nThe annual meeting of the Airports Group took place "
            f"in Larnaca from 3 to 5 June. {sentence}")
    entities: list[Entity] = [("Airports Group", "ORG", org("Airports Group")),
                              ("3 to 5 June", "DATE", date_range("2025-06-03", "2025-06-05"))]
    entities += [(name, "ORG", org(name)) if isinstance(name, str)
                 else (name[0], "COUNTRY", country(name[1], name[0])) for name in names]
    event = assemble_events(build_doc(nlp, text, entities), rules)[0]
    assert event["type"] == "meeting"
    assert [m["text"] for m in event["observers"]] == observers

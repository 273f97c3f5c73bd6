"""A named court's custody order told after an operation's lead with a day of its own ("The
City Court on 12 March placed both suspects in custody") is an event of its own (type other,
organized by the court); an unnamed court's undated one, or one still to come, is none."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, the court events expected as (organizer, start, end))
CASES: list[tuple[str, str, list[tuple[str, str | None, str | None]]]] = [
    ("Cocaine ring dismantled in Sofia\n\n"
     "The General Directorate for Combating Organized Crime dismantled a group that "
     "distributed cocaine in Sofia and Plovdiv.\n\n"
     "On 10 March, officers searched six addresses and detained four men. Some 7 kg of "
     "cocaine and two cars were seized.\n\n"
     "The Sofia City Court on 12 March placed all four detainees in custody.",
     "2026-03-14", [("Sofia City Court", "2026-03-12", "2026-03-12")]),
    ("Heroin lab found near Arequipa\n\n"
     "Officers of the Anti-Drug Directorate of the National Police of Peru dismantled a "
     "heroin laboratory in a farmhouse near Arequipa on Tuesday, 4 August, and arrested "
     "three people. Some 12 kg of heroin were seized.\n\n"
     "On Thursday the Arequipa Superior Court of Justice placed the three in preventive "
     "custody for nine months.",
     "2026-08-07", [("Arequipa Superior Court of Justice", "2026-08-06", "2026-08-06")]),
    # a court the text does not name, with no day: no event of its own
    ("Cannabis plantation found in Tartu county\n\n"
     "On 2 June, Estonian police officers found 310 cannabis plants in a barn in Tartu "
     "county and detained two men. A criminal case has been opened; the court has placed "
     "the detainees in custody.",
     "2026-06-05", []),
]


@pytest.mark.parametrize("case", CASES, ids=[f"court@{i}" for i in range(len(CASES))])
def test_court_custody_orders(
        case: tuple[str, str, list[tuple[str, str | None, str | None]]]) -> None:
    text, published, expected = case
    document = pressparse.extract(text, published=published)
    courts = [([o.text for o in e.organizers], e.start_date, e.end_date)
              for item in document.items for e in item.events if e.type == "other"]
    assert courts == [([organizer], start, end) for organizer, start, end in expected]

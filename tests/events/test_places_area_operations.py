"""An operation whose own words say it covered one region ("a special operation in the X
region", "the campaign across X province", 'the operation "Name" in X region') is placed in
that region when nothing else places it, also when the towns it went through are listed
after it (events/places.py, ``_area_region``; guide: a named operation run across one
region). Two regions so named, or a finer place the event was held at, leave it as the
other rules do."""

from __future__ import annotations

import pytest
from event_docs import Entity, build_doc, date_range, loc, operation, org

from pressparse.events.assembly import assemble_events

CASES: list[tuple[str, list[Entity], str | None]] = [
    # a national body's special operation in a region, its towns listed after it
    ("From 3 to 7 March, the National Drug Control Directorate carried out a special "
     "operation in the Loreto region. Homes were searched in Iquitos, Nauta and Requena.",
     [("From 3 to 7 March", "DATE", date_range("2026-03-03", "2026-03-07")),
      ("National Drug Control Directorate", "ORG", org("National Drug Control Directorate")),
      ("Loreto region", "LOC", loc("Loreto", "PE")),
      ("Iquitos", "LOC", loc("Iquitos", "PE")),
      ("Nauta", "LOC", loc("Nauta", "PE")),
      ("Requena", "LOC", loc("Requena", "PE"))],
     "Loreto region"),
    # a campaign across a province, its districts named in the same sentence
    ("Between 10 and 24 April, the Provincial Command ran an eradication campaign across "
     "Cabo Delgado province that destroyed cannabis in the Mueda and Montepuez districts.",
     [("Between 10 and 24 April", "DATE", date_range("2026-04-10", "2026-04-24")),
      ("Provincial Command", "ORG", org("Provincial Command")),
      ("Cabo Delgado province", "LOC", loc("Cabo Delgado", "MZ")),
      ("Mueda", "LOC", loc("Mueda", "MZ")),
      ("Montepuez", "LOC", loc("Montepuez", "MZ"))],
     "Cabo Delgado province"),
    # the operation's quoted name and "was held" stand between it and the region
    ('From 5 to 9 June, the operation "Frontera Limpia" was held throughout the Chiriquí '
     "province with the participation of the Border Service; checks took place in David and "
     "Boquete.",
     [("From 5 to 9 June", "DATE", date_range("2026-06-05", "2026-06-09")),
      ("Frontera Limpia", "OPERATION", operation("Frontera Limpia")),
      ("Chiriquí province", "LOC", loc("Chiriquí", "PA")),
      ("Border Service", "ORG", org("Border Service")),
      ("David", "LOC", loc("David", "PA")),
      ("Boquete", "LOC", loc("Boquete", "PA"))],
     "Chiriquí province"),
    # operations counted over a region by the region's own unit
    ("During the week, officers of the Anti-Narcotics Unit carried out 22 operations in "
     "the Ashanti Region, in Kumasi, Obuasi and Ejisu.",
     [("During the week", "DATE", date_range("2026-11-09", "2026-11-15")),
      ("Anti-Narcotics Unit", "ORG", org("Anti-Narcotics Unit")),
      ("Ashanti Region", "LOC", loc("Ashanti", "GH")),
      ("Kumasi", "LOC", loc("Kumasi", "GH")),
      ("Obuasi", "LOC", loc("Obuasi", "GH")),
      ("Ejisu", "LOC", loc("Ejisu", "GH"))],
     "Ashanti Region"),
    # two regions so named: no one region's
    ("From 1 to 12 August, the Federal Police conducted an operation in the Salta province "
     "and an operation in the Jujuy province, searching homes in Orán and Ledesma.",
     [("From 1 to 12 August", "DATE", date_range("2026-08-01", "2026-08-12")),
      ("Federal Police", "ORG", org("Federal Police")),
      ("Salta province", "LOC", loc("Salta", "AR")),
      ("Jujuy province", "LOC", loc("Jujuy", "AR")),
      ("Orán", "LOC", loc("Orán", "AR")),
      ("Ledesma", "LOC", loc("Ledesma", "AR"))],
     None),
    # a region only on the operation's route, not covered by it: no place
    ("From 2 to 6 September, the Anti-Drug Agency held an operation against couriers who "
     "moved cocaine from the Pando department to Cobija and Riberalta.",
     [("From 2 to 6 September", "DATE", date_range("2026-09-02", "2026-09-06")),
      ("Anti-Drug Agency", "ORG", org("Anti-Drug Agency")),
      ("Pando department", "LOC", loc("Pando", "BO")),
      ("Cobija", "LOC", loc("Cobija", "BO")),
      ("Riberalta", "LOC", loc("Riberalta", "BO"))],
     None),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_operation_in_the_region_it_covered(nlp, rules, text: str, entities: list[Entity],
                                            expected: str | None) -> None:
    events = assemble_events(build_doc(nlp, text, entities), rules)
    operations = [e for e in events if e["type"] == "operation"]
    assert operations
    location = operations[0]["location"]
    assert (location["text"] if location else None) == expected

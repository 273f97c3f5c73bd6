"""A named operation or exercise told in stages with days of their own: each
stage is an event of the same type ``part_of`` the whole, which runs from the first stage's
start to the last one's end; an item on one stage's results is that stage, with the whole
beside it. Where the item counts its stages ("in two phases"), a stage named by its kind
("The field phase took place on ...") is one of them."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

# (published, text, events as (name, start, end, index of the part_of event or None, kg))
STAGE_CASES: list[tuple[str, str, list[tuple[str, str, str, int | None, list[float]]]]] = [
    # the stages listed in one sentence: the item's event is the whole operation
    ("2026-10-20",
     "Results of the joint operation \"Amber Gate-2026\" presented in Vilnius\n\n"
     "The Customs Criminal Service of Lithuania carried out the joint operation \"Amber "
     "Gate-2026\" in two stages: from 4 to 9 May and from 14 to 19 September 2026. Customs "
     "and border guard units of Latvia and Poland took part.\n\n"
     "During the operation, officers seized 412 kg of cannabis and 38 kg of cocaine and "
     "detained 27 people.",
     [("Amber Gate-2026", "2026-05-04", "2026-09-19", None, [412.0, 38.0]),
      ("Amber Gate-2026", "2026-05-04", "2026-05-09", 0, []),
      ("Amber Gate-2026", "2026-09-14", "2026-09-19", 0, [])]),
    # a report on the first stage, the second one still planned: the first stage keeps the
    # results, the whole operation runs to the second stage's end
    ("2026-07-30",
     "Interim results of the first stage of operation \"Green Valley-2026\"\n\n"
     "The first stage of the national operation \"Green Valley-2026\" was held by the "
     "National Police of Paraguay from 1 to 20 July 2026. The second stage is planned from "
     "5 to 25 October.\n\n"
     "During the first stage, officers destroyed 120 hectares of cannabis crops, seized 3.4 "
     "tonnes of marijuana and arrested 41 people.",
     [("Green Valley-2026", "2026-07-01", "2026-07-20", 1, [3400.0]),
      ("Green Valley-2026", "2026-07-01", "2026-10-25", None, []),
      ("Green Valley-2026", "2026-10-05", "2026-10-25", 1, [])]),
    # an exercise counting its phases, each named by its kind
    ("2026-04-12",
     "Joint exercise \"Andes Shield-2026\" completed in Chile\n"
     "SANTIAGO, 12 April 2026 – The joint counter-narcotics exercise \"Andes Shield-2026\" of "
     "the armed forces of Chile and Argentina ended today. It was held from 6 to 12 April.\n\n"
     "Two phases\nIn the planning phase, on 6 and 7 April, the staffs deployed a command post "
     "in Antofagasta.\nThe field phase took place on 8-12 April in the Atacama desert, where "
     "units blocked a smuggling route.",
     [("Andes Shield-2026", "2026-04-06", "2026-04-12", None, []),
      ("Andes Shield-2026", "2026-04-06", "2026-04-07", 0, []),
      ("Andes Shield-2026", "2026-04-08", "2026-04-12", 0, [])]),
    # one run of days and a find on one day of it: no stages
    ("2026-07-30",
     "Police end operation \"River Guard\"\n\n"
     "Operation \"River Guard\" ran from 1 to 20 July 2026 along the Paraná river. The "
     "largest seizure of the stage was made on 9 July, when officers found 400 kg of "
     "marijuana in a boat.",
     [("River Guard", "2026-07-01", "2026-07-20", None, [400.0])]),
]


@pytest.mark.parametrize(("published", "text", "expected"), STAGE_CASES)
def test_dated_stages_are_parts_of_the_whole_operation(
        published: str, text: str,
        expected: list[tuple[str, str, str, int | None, list[float]]]) -> None:
    events = [e for item in extract(text, published=published).items for e in item.events]
    ids = [e.id for e in events]
    found = [(e.name, e.start_date, e.end_date,
              ids.index(e.part_of) if e.part_of is not None else None,
              [s.kg for s in e.seizures]) for e in events]
    assert len({e.type for e in events}) == 1  # the stages of an operation or an exercise
    assert found == expected

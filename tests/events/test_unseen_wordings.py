"""Wordings the spent sealed sets showed unread, each probed on invented texts of other
publishers and countries: a translated release's "occupied" for seized, a period's total
beside a find that runs to the report, a find whose figures all went to a total, an
article with no law-enforcement word (plain news, while a teaser alone keeps its event),
and a dateline whose place and date a dash joins."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, expected (type, start_date, end_date, substances) of every event)
EVENT_CASES: list[tuple[str, str, list[tuple[str, str | None, str | None, list[str]]]]] = [
    # a translated Bolivian release: "occupied" is the translation's "seized"
    ("FELCN seizes cocaine base in the Chapare\n\n"
     "On Saturday 7 March, agents of the Special Force for the Fight against Drug Trafficking "
     "intercepted a truck in Shinahota and occupied 212 kilograms of cocaine base.\n\n"
     "Since January of this year, the FELCN has occupied 18 tons of drugs in the department "
     "of Cochabamba.",
     "2026-03-09",
     [("seizure", "2026-03-07", "2026-03-07", ["coca paste"]),
      ("other", "2026-01-01", None, ["drugs"])]),
    # a translated Panamanian note: the year's total after a boat interdiction
    ("SENAN intercepts go-fast boat off Colón\n\n"
     "On 14 August 2026, units of the National Aeronaval Service intercepted a go-fast boat "
     "north of Colón and found 1,020 kilograms of cocaine.\n\n"
     "In the accumulated of the year 2026, the National Aeronaval Service has occupied 61 "
     "tons of drugs.",
     "2026-08-15",
     [("seizure", "2026-08-14", "2026-08-14", ["cocaine"]),
      ("other", "2026-01-01", None, ["drugs"])]),
    # a Finnish customs release: "In 2026, ... have seized" in an October release runs on
    ("Customs finds amphetamine in a car at Vaalimaa\n\n"
     "On 6 October 2026, customs officers at the Vaalimaa border crossing point found 4.2 kg "
     "of amphetamine hidden in the doors of a car.\n\n"
     "In 2026, Finnish Customs officers have initiated 48 criminal cases for drug smuggling "
     "and seized over 310 kg of drugs.",
     "2026-10-08",
     [("seizure", "2026-10-06", "2026-10-06", ["amphetamine"]),
      ("other", "2026-01-01", None, ["drugs"])]),
    # a railway police teaser whose headline figure is the body's running total: one event
    ("Railway police of the Urals have seized over 30 kg of drugs this year\n\n"
     "Since January 1, officers of the Ural Transport Directorate have detected 96 drug "
     "crimes at railway stations and airports and seized over 30 kg of narcotics.",
     "2026-10-12",
     [("other", "2026-01-01", None, ["drugs"])]),
    # a teaser alone takes the topic of the page listing it: a canine course is a training
    ("Canine handlers from three countries complete a course in Tallinn",
     "2026-10-20",
     [("training", None, None, [])]),
    # a dateline whose place and date a dash joins dates the report, not the find
    ("Police find cannabis at Kingstown port\n\n"
     "KINGSTOWN, St Vincent - Tuesday 3rd March 2026: Officers of the Drug Squad found 12 "
     "kilograms of cannabis in a barrel at the Kingstown port on Sunday 1st March.",
     "2026-03-03",
     [("seizure", "2026-03-01", "2026-03-01", ["cannabis"])]),
]

# plain news: an article (more than its lead) with no law-enforcement word, no substance and
# no operation -> no event of any type
PLAIN_NEWS: list[tuple[str, str]] = [
    ("Grandmaster wins candidates tournament in Madrid\n\n"
     "MADRID, April 21 (AFP) - The candidates chess tournament held in Madrid from 2 to 20 "
     "April ended on Monday with a tie-break between two grandmasters. The winner will meet "
     "the world champion in a title match next year. Organisers said more than 40,000 "
     "visitors attended the games. The prize fund of 1.2 million euros was the largest yet.",
     "2027-04-21"),
    ("Rocket puts weather satellite into orbit\n\n"
     "TANEGASHIMA, Japan, Aug 25 (Kyodo) - A rocket carrying a weather satellite was "
     "launched on Thursday from the Tanegashima Space Center after two postponements. The "
     "satellite separated about 30 minutes after lift-off at an altitude of 600 km. The "
     "agency said the launch cost about 10 billion yen. Forecasters will receive its first "
     "images in October.",
     "2027-08-25"),
    ("Airline orders 20 regional jets\n\n"
     "WARSAW, June 10 (PAP) - The national airline signed a contract on Wednesday for 20 new "
     "regional jets, to be delivered from 2028. The order is worth about 900 million dollars "
     "at list prices. The chief executive said the jets would replace the oldest aircraft "
     "of the fleet. Talks with the manufacturer were held in Warsaw over three months.",
     "2027-06-10"),
]


def _events(text: str, published: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    doc = pressparse.extract(text, published=published)
    return [(e.type, e.start_date, e.end_date, [s.substance for s in e.seizures])
            for e in doc.events]


@pytest.mark.parametrize(("text", "published", "expected"), EVENT_CASES)
def test_events_of_unseen_wordings(text: str, published: str,
                                   expected: list[tuple[str, str | None, str | None,
                                                        list[str]]]) -> None:
    assert _events(text, published) == expected


@pytest.mark.parametrize(("text", "published"), PLAIN_NEWS)
def test_plain_news_has_no_event(text: str, published: str) -> None:
    assert _events(text, published) == []

"""A release whose lead gives the figures of a period longer than a month (arrests and
seizures "from January to May", "since the beginning of the year") is a results summary
(type other), even with many arrests and an operation word in the text; a lead that counts
the interdictions or operations of its period ("during nine interdictions between February
and March") tells a campaign, an operation, and so does a lead telling the body's own
measures over a week or a month ("carried out reinforced checks ... As a result"), also
when the headline gives the period and the lead the measures ("Week of 7 to 13 April" ...
"During the week under review, the units ... conducted 96 operations of patrol"); a
weekend, daily or weekly report that compiles its incidents, each on a day of its own, with
no measures of the body's own is a summary too, however many arrests it counts."""

from __future__ import annotations

import pytest

import pressparse

# (text, published, expected type of the item's first event)
CASES: list[tuple[str, str, str]] = [
    # a ministry's five-month figures, told at a press conference
    ("Police solve thousands of drug cases in five months\n\n"
     "BEIJING, June 25 -- Police across the country solved 11,386 drug cases and arrested "
     "17,052 suspects from January to May this year, seizing 9.8 tonnes of drugs, the "
     "ministry said on Tuesday. Special operations against drug smuggling will continue.",
     "2025-06-25", "other"),
    # a provincial police chief's figures of nine months
    ("Police seize 60 tons of narcotics in nine months\n\n"
     "The anti-narcotics police of the province seized more than 60 tons of drugs between "
     "January and September 2025, the police chief said on Wednesday. A total of 4,900 "
     "traffickers were arrested during police operations.",
     "2025-10-08", "other"),
    # a coast guard campaign counted in interdictions
    ("Coast Guard offloads cocaine seized in the Caribbean\n\n"
     "The crew of a cutter offloaded more than 7,000 kg of cocaine seized during nine "
     "separate interdictions between February and March 2025. Twenty-four suspected "
     "smugglers were detained during the operation.",
     "2025-04-11", "operation"),
    # a border service's week of its own reinforced checks: an operation's results
    ("Border guards stopped five smuggling attempts over the week\n\n"
     "Over the past week, from 4 to 10 May, units of the border service carried out "
     "reinforced checks of vehicles and persons at the checkpoints on the western border. "
     "As a result, 11 persons were detained and more than 6 kg of drugs were withdrawn, "
     "including 4.2 kg of cannabis.\n\n"
     "The most notable cases:\n"
     "• On 6 May, at the Porubne checkpoint, border guards found 2.1 kg of amphetamine in a "
     "minibus.",
     "2026-05-11", "operation"),
    # the same week's figures compiled with no measures of the body's own: a summary
    ("Border guards stopped five smuggling attempts over the week\n\n"
     "Over the past week, from 4 to 10 May, border guards registered five attempts to "
     "smuggle drugs. As a result, 11 persons were detained and more than 6 kg of drugs were "
     "withdrawn, including 4.2 kg of cannabis.",
     "2026-05-11", "other"),
    # a weekly bulletin dated in its headline, the body's measures told in the lead
    ("WEEKLY POLICE BULLETIN No. 14/2025 – Week of 7 to 13 April 2025\n\n"
     "During the week under review, the units of the national police conducted 96 "
     "operations of patrol and search against drug trafficking across the country. These "
     "operations led to the arrest of 41 persons and to the seizure of 1.2 tonnes of "
     "cannabis.\n\nOn Tuesday 8 April, officers of the port police found 800 kg of "
     "cannabis in a container at the port.",
     "2025-04-14", "operation"),
    # a police weekend report: many arrests, then its selected incidents, each on its own
    # day: a compilation of the period's incidents, no operation
    ("WEEKEND REPORT: 7 - 9 MARCH 2025\n\n"
     "Over the weekend, police officers in the province arrested 17 persons for drug "
     "offences. Selected incidents:\n"
     "1. Officers at the Kazungula border post found 3.4 kg of cannabis in a bus on "
     "Friday, 7 March.\n"
     "2. Officers in Livingstone found 25 g of cocaine in a car on Saturday, 8 March.\n"
     "3. Officers in Mazabuka found 12 kg of cannabis in a shed on Sunday, 9 March.",
     "2025-03-10", "other"),
    # a border service's week dated in its title, its measures named in many words
    ("Results of the service activity for the period from 02.06 to 08.06.2025\n\n"
     "During the past week, the units of the border service carried out a complex of "
     "service and operational-search measures on the State border. As a result, 12 "
     "violators were detained and 6 kg 300 g of hashish were withdrawn from illegal "
     "circulation.\n\nOn 4 June, at the checkpoint, border guards found 2.1 kg of hashish "
     "in a car.",
     "2025-06-09", "operation"),
    # a fiscal year's figures in an annual report, with words of actions ("intensified the
    # eradication ... and the interdiction"): a results summary
    ("Chapter 4: Narcotics\n\n"
     "In Financial Year 2025/26 (1 April 2025 – 31 March 2026), the Narcotics Unit "
     "intensified the eradication of dagga fields and the interdiction of drugs at the "
     "borders. The Unit seized 18 340 kg of dagga, and 612 persons were arrested.",
     "2026-08-04", "other"),
    # a navy communique's year-to-date figures after a word of an investigation
    ("The detained persons were handed over to the National Police for the corresponding "
     "investigation.\n\nThe Navy reports that in the period from 1 January to 14 October "
     "2026, it has seized 6,450 kilograms of cocaine and detained 41 persons.",
     "2026-10-15", "other"),
    # a week's figures under a headline naming them the week's results, no measures told
    ("Results of the week: 41 drug crimes detected\n\n"
     "During the week from 9 to 15 March, police units of the Omsk region detected 41 drug "
     "crimes. 19 persons were detained. More than 2.1 kg of drugs were withdrawn from "
     "circulation.",
     "2026-03-16", "other"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_period_results_type(text: str, published: str, expected: str) -> None:
    doc = pressparse.extract(text, id="t", published=published)
    assert doc.items[0].events[0].type == expected

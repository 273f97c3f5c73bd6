"""A periodic bulletin's numbered cases are items of their own (samples/README.md, Items): under
a title naming the bulletin's period ("WEEKLY BULLETIN: ...", "Daily situation report ...",
``periodic_title`` cues) each numbered case is an item, even when the bulletin's summary and a
line announcing them ("The main incidents were the following:") stand above, and the title's
letterhead and period lines stay the head of item 1; what follows a case stays in it up to the
next case, headline or dateline, but for a paragraph of the period's totals ("In total, ...",
``bulletin_total`` cues), an item of its own. A release on one operation that lists its
results as numbered paragraphs stays one item, also when its title says "weekly" but names the
operation. Written in styles and countries of their own, none taken from a sample."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

ANNOUNCED_WEEKLY_CASES = Layout("weekly_bulletin_cases_under_an_announcing_line", (
    "WEEKLY BULLETIN: POLICE SEIZE 310 KG OF DAGGA AND ARREST 22 SUSPECTS\n"
    "Maseru, 14 March 2027 - The Lesotho Mounted Police Service informs the public that during "
    "the week from 7 to 13 March 2027 its units carried out searches at border posts and in "
    "several districts of the country.\n\n"
    "In total the police seized 310 kg of dagga and arrested 22 suspects.\n\n"
    "The main incidents were the following:\n\n"
    "1. On Monday 8 March, officers at the Maseru Bridge border post stopped a minibus from "
    "Ladybrand and found 120 kg of dagga under the seats. The driver was arrested.\n\n"
    "2. On 10/03/2027, in the Leribe district, a patrol searched a homestead and found 95 kg "
    "of dagga in a storeroom. Two brothers were arrested.\n\n"
    "3. From 11 to 12 March, officers in Mohale's Hoek uprooted 4,000 dagga plants on a hill "
    "near the village of Mekaling. No arrests were made.\n"
), [
    ("WEEKLY BULLETIN: POLICE SEIZE", "The main incidents were the following:",
     "WEEKLY BULLETIN: POLICE SEIZE 310 KG OF DAGGA AND ARREST 22 SUSPECTS"),
    ("1. On Monday 8 March", "The driver was arrested.", None),
    ("2. On 10/03/2027", "Two brothers were arrested.", None),
    ("3. From 11 to 12 March", "No arrests were made.", None),
])

DAILY_REPORT_UNDER_LETTERHEAD = Layout("daily_report_title_and_period_over_numbered_cases", (
    "NATIONAL POLICE OF TIMOR-LESTE\n"
    "Public Relations Department, Dili\n"
    "DAILY SITUATION REPORT No. 212/2027\n"
    "Period covered: Tuesday 3rd August to Wednesday 4th August 2027\n"
    "1. During the period under review, police units carried out 14 patrols and 6 "
    "checkpoints across the country and arrested nine persons for drug offences.\n"
    "2. On Tuesday 3rd August 2027, officers of the Border Patrol Unit at Batugade stopped a "
    "motorcycle and found 2.1 kg of methamphetamine in its fuel tank. The rider was arrested.\n"
    "3. On Wednesday 4th August 2027, officers in Baucau searched a house and found 600 "
    "grams of cannabis and a pistol. Two men were arrested.\n"
), [
    ("DAILY SITUATION REPORT", "arrested nine persons for drug offences.",
     "DAILY SITUATION REPORT No. 212/2027"),
    ("2. On Tuesday 3rd August", "The rider was arrested.", None),
    ("3. On Wednesday 4th August", "Two men were arrested.", None),
])

WEEKLY_OPERATION_RESULTS = Layout("weekly_digest_of_one_named_operation_stays_one", (
    "WEEKLY DIGEST: RESULTS OF OPERATION \"CLEAN VALLEY-2027\"\n"
    "Arusha, 20 June 2027 - In the period from 13 to 19 June, the regional police together "
    "with the Drug Control and Enforcement Authority carried out the operation \"Clean "
    "Valley-2027\" in Arusha and Manyara regions. The following results were achieved:\n\n"
    "1. On 14 June, officers found 48 kg of khat in a bus at Makuyuni.\n\n"
    "2. On 16 June, a search in Karatu found 12 kg of cannabis in a maize store.\n\n"
    "3. On 18 June, two suspects were arrested with 300 grams of heroin in Arusha.\n"
), [
    ("WEEKLY DIGEST: RESULTS OF OPERATION", "300 grams of heroin in Arusha.",
     "WEEKLY DIGEST: RESULTS OF OPERATION \"CLEAN VALLEY-2027\""),
])

SERIES_OF_OPERATIONS_RELEASE = Layout("series_of_operations_with_numbered_results_stays_one", (
    "PRESS NOTE\n"
    "Colombo, 9 May 2027:\n\n"
    "The Sri Lanka Navy conducted a series of operations off the northern coast between 2 "
    "and 8 May. The following recoveries were made:\n\n"
    "1. On 3 May, a dinghy was intercepted off Point Pedro with 62 kg of Kerala cannabis.\n"
    "2. On 5 May, 14 kg of ice were recovered from a trawler north of Kankesanthurai.\n"
    "3. On 7 May, two suspects were apprehended with 4 kg of heroin off Delft Island.\n\n"
    "The suspects and the narcotics were handed over to the Police Narcotic Bureau.\n"
), [
    ("Colombo, 9 May 2027:", "handed over to the Police Narcotic Bureau.", None),
])


@pytest.mark.parametrize(("layout", "check"), layout_cases(
    [ANNOUNCED_WEEKLY_CASES, DAILY_REPORT_UNDER_LETTERHEAD, WEEKLY_OPERATION_RESULTS,
     SERIES_OF_OPERATIONS_RELEASE], ("bounds", "titles")))
def test_periodic_bulletin_cases(layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)


WEEKLY_CASES_WITH_CLOSING_LINES = Layout("weekly_bulletin_last_case_runs_to_the_sign_off", (
    "WEEKLY POLICE BULLETIN: 17 DRUG CASES DETECTED IN THE REPUBLIC OF MOLDOVA\n"
    "Chisinau, 22 November 2027 - Between 15 and 21 November, the police detected 17 drug "
    "offences and seized more than 9 kg of narcotic substances across the country.\n\n"
    "Among the cases registered:\n\n"
    "1. On 16 November, border police at the Leuseni crossing point found 6.4 kg of cannabis "
    "hidden in the spare wheel of a car driven by a 34-year-old man.\n\n"
    "2. On 18 November, in Balti, officers searched the flat of a 27-year-old man and found "
    "2 kg of amphetamine and a set of scales.\n\n"
    "The suspect had been under surveillance since September.\n\n"
    "3. Officers of the Orhei police inspectorate stopped a courier carrying 800 grams of "
    "methadone on the road to Chisinau and arrested him.\n\n"
    "The police call on parents to talk to their children about the dangers of drugs and to "
    "report any suspicion to the 112 line.\n\n"
    "Press Office of the General Police Inspectorate\n"
), [
    ("WEEKLY POLICE BULLETIN: 17 DRUG", "Among the cases registered:",
     "WEEKLY POLICE BULLETIN: 17 DRUG CASES DETECTED IN THE REPUBLIC OF MOLDOVA"),
    ("1. On 16 November", "driven by a 34-year-old man.", None),
    ("2. On 18 November", "under surveillance since September.", None),
    ("3. Officers of the Orhei", "Press Office of the General Police Inspectorate", None),
])

DAILY_REPORT_THEN_NEXT_STORY = Layout("daily_report_closing_lines_then_the_next_story", (
    "DAILY OPERATIONAL REPORT OF THE POLICE, 9 JUNE 2027\n"
    "Ulaanbaatar, 9 June 2027 - Over the past day the police registered 41 offences, four of "
    "them related to narcotics, and detained 12 persons.\n\n"
    "1. On 8 June, officers of the Bayanzurkh district police found 350 grams of cannabis "
    "in the home of a 22-year-old student.\n\n"
    "2. On the evening of 8 June, a patrol in Darkhan stopped a taxi and found 40 pills of "
    "tramadol on a passenger.\n\n"
    "The police remind the public that the sale of narcotics is punished by up to 15 years "
    "in prison.\n\n"
    "CUSTOMS FIND HEROIN IN A POSTAL PARCEL FROM ABROAD\n"
    "Zamyn-Uud, 9 June 2027 - Customs officers at the Zamyn-Uud post office found 120 grams "
    "of heroin inside a parcel declared as tea.\n"
), [
    ("DAILY OPERATIONAL REPORT", "detained 12 persons.",
     "DAILY OPERATIONAL REPORT OF THE POLICE, 9 JUNE 2027"),
    ("1. On 8 June", "a 22-year-old student.", None),
    ("2. On the evening of 8 June", "up to 15 years in prison.", None),
    ("CUSTOMS FIND HEROIN", "declared as tea.",
     "CUSTOMS FIND HEROIN IN A POSTAL PARCEL FROM ABROAD"),
])

MONTHLY_CASES_THEN_PERIOD_TOTALS = Layout("monthly_summary_totals_after_the_last_case", (
    "MONTHLY SUMMARY OF DRUG INTERDICTIONS: CUSTOMS SEIZE 47 KG OF COCAINE\n"
    "Paramaribo, 3 November 2027 - The Directorate of Customs reports the following cases "
    "for the month of October.\n\n"
    "1. On 4 October, customs officers at Paramaribo port found 38 kg of cocaine in a "
    "container of frozen fish bound for Rotterdam.\n\n"
    "2. On 19 October, at Zanderij airport, a passenger from Belem was stopped with 3 kg of "
    "cocaine in the lining of her suitcase.\n\n"
    "Overall, in October customs registered 11 drug cases and seized 47 kg of cocaine and "
    "15 kg of cannabis.\n\n"
    "Information on smuggling can be passed to the customs hotline 178.\n"
), [
    ("MONTHLY SUMMARY OF DRUG", "for the month of October.",
     "MONTHLY SUMMARY OF DRUG INTERDICTIONS: CUSTOMS SEIZE 47 KG OF COCAINE"),
    ("1. On 4 October", "bound for Rotterdam.", None),
    ("2. On 19 October", "the lining of her suitcase.", None),
    ("Overall, in October", "the customs hotline 178.", None),
])


@pytest.mark.parametrize(("layout", "check"), layout_cases(
    [WEEKLY_CASES_WITH_CLOSING_LINES, DAILY_REPORT_THEN_NEXT_STORY,
     MONTHLY_CASES_THEN_PERIOD_TOTALS], ("bounds", "titles")))
def test_periodic_bulletin_last_case_runs_to_its_end(
        layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)

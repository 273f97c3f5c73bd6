"""A scraped page's furniture at an item's edges (session 35): search forms, breadcrumbs and
acknowledgement lines in the head; polls, rubric lines, channel lines, feedback widgets,
donation appeals and production notes under the story; inline "Read more:" links and
connective openings under a subheading inside one article."""

from __future__ import annotations

import pytest

from pressparse.io.mask import is_noise_line
from pressparse.io.segment import segment

FURNITURE_LINES = [
    "Search news: [ Region ▾ ] [ Year ▾ ] [ Go ]",
    "Buscar en el sitio…",
    "Home ＞ News ＞ 2027",
    "Beranda > Berita > Siaran Pers / Press Releases of the Directorate",
    "Victoria Police acknowledges the Traditional Owners of the lands on which we work.",
    "POLL: Should fines for smuggling be raised?",
    "Yes — 64%   No — 25%   Not sure — 11%      Votes: 2 318",
    "Rubric: Incidents",
    "Regions:  Primorsky Krai",
    "We are in Telegram: @regionnews",
    "¿Te sirvió esta información?   Sí   No",
    "Sumber: Humas Polda Riau",
    "⟵ Previous article: Harvest festival opens in the capital",
]
PROSE_LINES = [
    "The minister acknowledged the work of the traditional owners of the island.",
    "Police searched the flat and found 2 kg of cannabis.",
    "The survey found that 64% of drivers support the new checks.",
]


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_page_furniture_lines_are_noise(line: str) -> None:
    assert is_noise_line(line)


@pytest.mark.parametrize("line", PROSE_LINES)
def test_prose_lines_are_no_noise(line: str) -> None:
    assert not is_noise_line(line)


READ_MORE_INSIDE = (
    "Court jails eight members of a smuggling ring\n\n"
    "The district court in Split on Tuesday sentenced eight members of a ring that shipped "
    "cocaine hidden in fruit containers to terms of up to 14 years.\n\n"
    "Prosecutors said the group moved at least 600 kg of the drug through the port in 2025.\n\n"
    "Read more: Police arrest port workers over cocaine shipments (March 2, 2027)\n\n"
    "The country has tried 40 people for drug trafficking since 2025, and courts have seized "
    "property worth around 9 million euros, the justice ministry said.\n"
)
SUBHEAD_OVER_CONNECTIVE = (
    "Eradication season opens with a goal of 20,000 hectares\n\n"
    "Eradication teams began uprooting coca in the valley on Monday, with a goal of 20,000 "
    "hectares for the year, the agency said.\n\n"
    "Record find at the port\n\n"
    "In parallel, anti-drug police seized 4 tonnes of cocaine hidden in containers of "
    "bananas bound for Antwerp, the ministry said on Tuesday.\n"
)
APPEALS_UNDER_STORY = (
    "Court jails two couriers for importing cocaine\n\n"
    "A federal court in Abuja on Monday jailed two men for importing 12 kg of cocaine "
    "hidden in shoe boxes through the airport in 2025.\n\n"
    "The drug agency said it secured 3,100 convictions in the first ten months of the year.\n\n"
    "Support THE CAPITAL HERALD's journalism of courage and truth\n"
    "Quality reporting costs money. Donate\n"
    "TEXT AD: Call our sales desk - +2348000000000\n"
)
FOOTNOTE_OVER_APPEAL = (
    "Agency reports fewer heroin seizures but more synthetics\n"
    "Bishkek, 4 March 2027 – On Thursday, the head of the drug control service told "
    "journalists that 2,410 kg of drugs had been seized in the country last year, a "
    "third less than a year earlier.\n"
    "According to him, seizures of synthetic drugs grew fourfold and most of them were "
    "found in parcels sent through courier services from neighbouring countries.\n"
    "He said that the service had closed 14 laboratories and detained 212 people for "
    "trafficking during the year, and that most of the laboratories were set up in "
    "rented flats in the capital and its suburbs.\n"
    "Officers also found cannabis fields in two mountain districts, where some 40 hectares "
    "were destroyed in the autumn.\n"
    "The next stage of the regional operation will be held in May, he added.\n"
    "________________\n"
    "¹ Editor's note: the service reported 3,600 kg a year earlier.\n"
    "We are in Telegram: @centralnews\n"
    "Support Central News — independent journalism from the region. Donate\n"
)
PRODUCTION_NOTE = (
    "Court convicts 12 over cocaine shipments\n\n"
    "The High Court on Monday convicted 12 people of smuggling cocaine through the port, "
    "sentencing the leader to 15 years.\n\n"
    "The verdict can be appealed within 15 days.\n\n"
    "Topics: Courts, Cocaine\n"
    "This article was produced as part of a regional reporting initiative.\n"
    "Regional Reporting Network\n"
)


@pytest.mark.parametrize(("text", "opening", "ending"), [
    (READ_MORE_INSIDE, "Court jails eight", "the justice ministry said."),
    (SUBHEAD_OVER_CONNECTIVE, "Eradication season", "the ministry said on Tuesday."),
    (APPEALS_UNDER_STORY, "Court jails two", "first ten months of the year."),
    (FOOTNOTE_OVER_APPEAL, "Agency reports fewer", "3,600 kg a year earlier."),
    (PRODUCTION_NOTE, "Court convicts 12", "appealed within 15 days."),
], ids=["read_more_inside", "subhead_over_connective", "appeals_under_story",
        "footnote_over_appeal", "production_note"])
def test_one_article_with_its_page_furniture(text: str, opening: str, ending: str) -> None:
    items = segment(text)
    assert len(items) == 1
    assert text[items[0].start:].startswith(opening)
    assert text[:items[0].end].endswith(ending)


SIGNATURE_BLOCK = (
    "PRESS RELEASE No. 41/2027\n"
    "Tegucigalpa, 3 March 2027\n\n"
    "The Naval Force intercepted a go-fast boat with 640 kg of cocaine off the coast of "
    "Gracias a Dios on Sunday, 1 March 2027.\n\n"
    "Three crew members were detained and handed over to the Public Prosecutor's Office.\n\n"
    "Tegucigalpa, 3 March 2027.\n"
    "Directorate of Public Relations and Communication\n"
    "¡ALWAYS LOYAL!\n"
)
DATED_BRIEF_UNDER_STORY = (
    "Police seize 20 kg of cannabis in a truck\n\n"
    "Traffic police stopped a truck near the border on 2 March 2027 and found 20 kg of "
    "cannabis hidden among crates of apples.\n\n"
    "Almaty, 1 March 2027\n"
    "Customs Officers Find Heroin In A Bus\n"
    "Customs officers at the Khorgos crossing found 3 kg of heroin in a bus on Sunday.\n"
)
LIVE_BLOG = (
    "LIVE: Storm closes ports along the coast\n\n"
    "Updated 12 March 2027 18:10\n\n"
    "18:10\n"
    "The port authority says all container terminals will stay closed until Friday.\n\n"
    "16:45\n"
    "Coast guard boats rescued nine fishermen from two trawlers off the northern cape.\n\n"
    "15:20\n"
    "Wind gusts of 140 km/h were recorded at the airport, the weather service said.\n"
)


def test_a_signature_block_under_the_release_stays_in_it() -> None:
    items = segment(SIGNATURE_BLOCK)
    assert len(items) == 1
    assert SIGNATURE_BLOCK[:items[0].end].endswith("Public Relations and Communication")


def test_a_dated_brief_under_a_story_is_no_signature() -> None:
    items = segment(DATED_BRIEF_UNDER_STORY)
    assert len(items) == 2
    assert DATED_BRIEF_UNDER_STORY[:items[0].end].endswith("crates of apples.")


def test_a_live_blog_is_one_item() -> None:
    items = segment(LIVE_BLOG)
    assert [(item.start, item.end) for item in items] == [(0, len(LIVE_BLOG) - 1)]


PROFILE_POST = (
    "Dana Ospanova • 2nd\n"
    "Head of Analytics at the Regional Drug Centre | Cross-border cooperation | Almaty\n"
    "3d • Edited • 🌐\n"
    "Back from Bishkek, where on 2 March 2027 I presented our analysis of synthetic drug "
    "routes to the heads of the drug control services of five countries.\n"
    "#DrugControl #CentralAsia\n"
    "…see more\n\n"
    "Regional News\n"
    "Drug chiefs meet in Bishkek to discuss synthetic routes\n"
)


def test_a_profile_card_and_a_link_card_are_outside_the_post() -> None:
    items = segment(PROFILE_POST)
    assert len(items) == 1
    assert PROFILE_POST[items[0].start:].startswith("Back from Bishkek")
    assert PROFILE_POST[:items[0].end].endswith("five countries.")


BROWSER_PRINT = (
    "03/05/2027, 09:12                    Port of Walvis Bay handles record cargo - NAMPA\n"
    "Port of Walvis Bay handles record cargo\n\n"
    "Economy | 2 May 2027 | 16:40\n\n"
    "Walvis Bay - The port handled 9.4 million tonnes of cargo in 2026, 12 percent more "
    "than a year earlier, the port authority said on Tuesday.\n"
    "https://www.nampa.org/economy/port-of-walvis-bay-handles-record-cargo/          1/1\n\n"
    "03/05/2027, 09:13                    Rains delay the maize harvest in the north - NAMPA\n"
    "Rains delay the maize harvest in the north\n\n"
    "Agriculture | 2 May 2027 | 18:05\n\n"
    "Rundu - Heavy rains have delayed the maize harvest by three weeks in the Kavango "
    "regions, farmers' unions said.\n"
    "https://www.nampa.org/agriculture/rains-delay-the-maize-harvest/          1/1\n"
)
PAGE_NUMBER_UNDER_RULE = (
    "WHEAT EXPORTS RECOVER\n\n"
    "Odesa, 9 October 2027 - Ukraine shipped 4.1 million tonnes of wheat in September, "
    "the most since the start of the season, the agriculture ministry said. Exports to "
    "Egypt and Indonesia made up almost half of the total, and the average price rose "
    "by 6 per cent on the month.\n"
    "------------------------------------------------------------\n"
    "                                                   2\n"
)


def test_browser_print_lines_are_outside_the_printed_stories() -> None:
    items = segment(BROWSER_PRINT)
    assert [BROWSER_PRINT[item.start:item.end].split("\n")[0] for item in items] == [
        "Port of Walvis Bay handles record cargo", "Rains delay the maize harvest in the north"]
    assert [BROWSER_PRINT[item.end - 5:item.end] for item in items] == ["sday.", "said."]


def test_a_page_number_under_the_closing_rule_is_no_footnote() -> None:
    items = segment(PAGE_NUMBER_UNDER_RULE)
    assert len(items) == 1
    assert PAGE_NUMBER_UNDER_RULE[:items[0].end].endswith("on the month.")

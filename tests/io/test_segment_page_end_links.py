"""Item ends on news pages whose story is followed by the page's own furniture
(samples/README.md, "Items", session 36): a "Read more" label over related headlines and a
topic line, a related-links label left alone under the story, a call to report a typo on
the story's last line, a long alerts sign-up, a Malay back link; and a section label
between a listing's headline and its date line. Each page is written in wording of its own,
none taken from a sample."""

from __future__ import annotations

import pytest
from layout_checks import Layout, layout_cases

RELATED_UNDER_READ_MORE = Layout("related_headline_and_topic_line_under_read_more", (
    "Port worker jailed for smuggling cocaine in fruit crates\n\n"
    "A port worker was jailed for nine years on Friday for helping to smuggle 40 kg of "
    "cocaine hidden in crates of pineapples.\n\n"
    "The judge said the man had abused his position of trust at the terminal.\n\n"
    "Read more\n"
    "Customs chief promises new scanners for the container terminal\n"
    "Topic | Courts\n"
    "Copyright © 2027 Harbour Daily Ltd. All rights reserved.\n"
), [("Port worker jailed", "position of trust at the terminal.",
     "Port worker jailed for smuggling cocaine in fruit crates")])

TITLE_CASE_RELATED_LINK = Layout("title_case_related_link_under_read_more", (
    "Exporters Post Record Tea Sales at Weekly Auction\n\n"
    "Tea exporters sold 6.1 million kilograms at this week's auction, the most since 2019, "
    "the board said on Tuesday.\n\n"
    "Prices for the best grades rose 4 per cent from the previous sale.\n\n"
    "Download our app to receive breaking news alerts.\n"
    "Read more\n"
    "In Focus: Why Growers Are Switching to Orthodox Leaf\n"
), [("Exporters Post Record", "from the previous sale.",
     "Exporters Post Record Tea Sales at Weekly Auction")])

LONE_RELATED_LABEL = Layout("related_label_alone_under_the_story", (
    "Freight rates slide for a third week\n\n"
    "Container freight rates fell 6 per cent this week as new ships joined the main routes, "
    "brokers said.\n\n"
    "(Updates with broker comment in third paragraph.)\n"
    "Most Read from Harbour Daily\n"
    "Copyright © 2027 Harbour Daily Ltd. All rights reserved.\n"
), [("Freight rates slide", "in third paragraph.)", "Freight rates slide for a third week")])

TYPO_PROMPT_ON_LAST_LINE = Layout("report_a_typo_prompt_on_the_story_last_line", (
    "Police seize 12 kg of hashish on the highway\n"
    "12.03.2027 10:15\n"
    "REGION, March 12. Officers stopped a lorry on the highway and found 12 kg of hashish "
    "under sacks of flour.\n"
    "The driver was detained, the police said.\n"
    "If you found an error in the text, select it and press Ctrl+Enter\n"
    "Subscribe to our Telegram channel\n"
), [("Police seize 12 kg", "the police said.", "Police seize 12 kg of hashish on the highway")])

LONG_ALERTS_PROMPT = Layout("alerts_sign_up_of_eighteen_words_closes_the_story", (
    "Court awards damages to injured motorcyclist\n\n"
    "The High Court awarded €320,000 to a motorcyclist injured in a collision with a van in "
    "2024.\n\n"
    "The judge will hear submissions on costs next month.\n\n"
    "Sign up for push alerts and have the best news, analysis and comment delivered straight "
    "to your phone\n"
    "Courts | Cork | Motorcycling\n"
    "© 2027 The Island Times\n"
), [("Court awards damages", "on costs next month.",
     "Court awards damages to injured motorcyclist")])

MALAY_BACK_LINK = Layout("malay_back_link_under_each_story", (
    "Agency hosts regional meeting on treatment\n"
    "Date: 04 Nov 2027 | Category: Media Statement\n"
    "The agency hosted a two-day meeting of treatment officers from six countries.\n"
    "« Kembali\n"
    "Course on screening tests for 20 officers\n"
    "Date: 10 Nov 2027 | Category: Media Statement\n"
    "Twenty officers completed a course on urine screening tests.\n"
    "« Kembali\n"
), [("Agency hosts regional meeting", "from six countries.",
     "Agency hosts regional meeting on treatment"),
    ("Course on screening tests", "urine screening tests.",
     "Course on screening tests for 20 officers")])

SECTION_LABEL_OVER_DATE_LINE = Layout("section_label_between_headline_and_date_line", (
    "LATEST NEWS\n"
    "Bean harvest expected to fall after dry spell\n"
    "Business\n"
    "Monday, March 8, 2027\n\n"
    "Farmers expect the bean harvest to fall by a fifth after a dry February, the ministry "
    "said on Sunday.\n"
    "Typhoid cases rise to 310 in two districts\n"
    "Health\n"
    "Monday, March 8, 2027\n\n"
    "The health ministry has confirmed 310 typhoid cases in two districts since January.\n"
), [("Bean harvest expected", "said on Sunday.",
     "Bean harvest expected to fall after dry spell"),
    ("Typhoid cases rise", "since January.", "Typhoid cases rise to 310 in two districts")])

LAYOUTS = [RELATED_UNDER_READ_MORE, TITLE_CASE_RELATED_LINK, LONE_RELATED_LABEL,
           TYPO_PROMPT_ON_LAST_LINE, LONG_ALERTS_PROMPT, MALAY_BACK_LINK,
           SECTION_LABEL_OVER_DATE_LINE]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS))
def test_page_end_links(layout: Layout, check: object) -> None:
    check(layout)  # type: ignore[operator]

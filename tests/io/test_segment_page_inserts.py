"""Items of ordinary news pages (samples/README.md, "Items"): a related list's entries that
carry their own date (after a bar, in brackets, or a month and day before the headline) are
items, its bare links are not; an ad slot or an inline "Read also" link set into an article
leaves one item; a credited photo caption between a headline and its dateline stays in the
article; a sidebar of teasers, each a headline over its stamp, gives one item per teaser; a
sign-off under a closing sentence ending in a masked web address stays in the item."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

STORY = ("Port police seize 30 kg of cocaine in banana boxes\n\n"
         "Officers of the port police found 30 kg of cocaine in a container of bananas from "
         "Guayaquil on Tuesday, the police said in a statement.\n\n"
         "Two dock workers were arrested and will appear in court on Friday.\n\n")

BAR_STAMPED = Layout("related_entries_stamped_after_a_bar", STORY + (
    "Related Stories\n"
    "Customs chief says scanners at the port will be replaced next year | 2 days ago\n"
    "Court jails two men over heroin found in a fishing boat | March 3, 2027\n"
    "Mayor opens new fish market in the old town\n"
), [
    ("Port police seize", "in court on Friday.",
     "Port police seize 30 kg of cocaine in banana boxes"),
    ("Customs chief says", "| 2 days ago", None),
    ("Court jails two men", "| March 3, 2027", None),
])

BRACKET_DATED = Layout("related_entries_with_dates_in_brackets", STORY + (
    "Read also:\n"
    "- Dog unit finds cannabis in a parcel at the sorting centre (14 Oct 2026)\n"
    "- New patrol boats delivered to the coast guard (3 days ago)\n"
    "- Weather service warns of storms this weekend\n"
), [
    ("Port police seize", "in court on Friday.",
     "Port police seize 30 kg of cocaine in banana boxes"),
    ("- Dog unit finds", "(14 Oct 2026)", None),
    ("- New patrol boats", "(3 days ago)", None),
])

MONTH_DAY_ENTRY = Layout("related_entry_opening_with_month_and_day", (
    "Power utility raises tariffs for industry\n\n"
    "Taipei, March 25 (CNA) - The state power utility will raise its tariffs for large "
    "industrial users by 9 percent from April, the economics ministry said on Wednesday.\n\n"
    "(By Lin Mei and Chen Wei)\n"
    "Related News\n"
    "March 20: Power utility reports record loss for 2026\n"
), [
    ("Power utility raises", "(By Lin Mei and Chen Wei)",
     "Power utility raises tariffs for industry"),
    ("March 20:", "record loss for 2026", None),
])

AD_SLOT = Layout("ad_slot_and_read_also_link_inside_an_article", (
    "Border guards seize 85 kg of hashish in a lorry\n\n"
    "Border guards found 85 kg of hashish hidden among sacks of potatoes in a lorry at the "
    "northern crossing on Sunday, the border service said.\n\n"
    "Read also: New rules for travellers carrying medicines explained\n\n"
    "ADVERTISEMENT\n"
    "Fly to the coast this summer with up to 30% off. Book now.\n\n"
    "The driver, a 41-year-old man, was detained and a criminal case was opened.\n\n"
    "ALSO READ | Heavy snow expected in the mountains this week\n\n"
    "Since January the service has seized more than 900 kg of drugs, it added.\n"
), [
    ("Border guards seize", "it added.", "Border guards seize 85 kg of hashish in a lorry"),
])

CAPTIONED = Layout("credited_photo_caption_between_headline_and_dateline", (
    "Deminers clear 2,100 hectares in four months\n\n"
    "Deminers at work near the border village, 2 May 2027. Photo: State News Agency\n\n"
    "Baku, May 4, 2027 - The mine action agency has cleared 2,100 hectares of land in "
    "January-April, the agency said.\n\n"
    "It found 1,240 mines and 3,900 unexploded shells.\n"
), [
    ("Deminers clear", "unexploded shells.", "Deminers clear 2,100 hectares in four months"),
])

SIDEBAR = Layout("sidebar_teasers_headline_over_stamp", STORY + (
    "Latest News\n"
    "Police and customs hold joint drill at the airport\n"
    "1 day ago\n"
    "Two arrested with heroin at the eastern border post\n"
    "2 days ago\n"
    "City council approves new bus routes for the suburbs\n"
    "3 days ago\n"
), [
    ("Port police seize", "in court on Friday.",
     "Port police seize 30 kg of cocaine in banana boxes"),
    ("Police and customs hold", "1 day ago", "Police and customs hold joint drill at the airport"),
    ("Two arrested with heroin", "2 days ago",
     "Two arrested with heroin at the eastern border post"),
    ("City council approves", "3 days ago",
     "City council approves new bus routes for the suburbs"),
])

SIGNOFF = Layout("signoff_under_a_closing_sentence_ending_in_a_web_address", (
    "Operation Harbour: 9 arrested, cocaine and cash seized\n\n"
    "Investigators of the drug squad arrested nine people and seized 6 kg of cocaine and "
    "$210,000 in cash in raids across the city on Tuesday.\n\n"
    "Anyone with information is asked to call police or submit a tip online at "
    "www.tips.example.org.\n\n"
    "Sergeant Ana Ruiz, Corporate Communications\n\n"
    "Tags: drugs, cash, drug squad\n"
), [
    ("Operation Harbour", "Sergeant Ana Ruiz, Corporate Communications",
     "Operation Harbour: 9 arrested, cocaine and cash seized"),
])

LAYOUTS = [BAR_STAMPED, BRACKET_DATED, MONTH_DAY_ENTRY, AD_SLOT, CAPTIONED, SIDEBAR, SIGNOFF]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS))
def test_items_of_news_pages(layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)

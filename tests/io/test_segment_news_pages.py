"""Segmentation of scraped news pages: "title / date line / body" entries, page heads,
teasers above the first article, post footers and site footers."""

from __future__ import annotations

import pytest

from pressparse.io.segment import segment

# Entries of a ministry's news list: title, date line with a view counter, one-sentence
# lead, a "More" link in two languages; then the full article.
TITLE_DATE_TEASERS_UNDER_BILINGUAL_MENU = (
    "Кыргыз Республикасынын Ички иштер министрлиги\n"
    "КЫР | РУС | ENG\n"
    "Main / Press centre / News\n"
    "Police stop a courier with 4 kg of hashish near Osh\n"
    "3 June 2025 | Views: 412\n"
    "Patrol officers found the drug in the spare wheel of a minivan on the Osh–Batken road.\n"
    "Толук / Подробнее\n"
    "Kyrgyz and Tajik drug units hold a working meeting in Batken\n"
    "2 June 2025 | Views: 198\n"
    "The heads of the two services agreed to exchange information on couriers weekly.\n"
    "Толук / Подробнее\n"
    "Heroin laboratory dismantled in the Chui region\n"
    "30 May 2025 | Views: 1 077\n"
    "Officers seized 2.3 kg of heroin and precursors at a farm near Tokmok.\n"
    "Толук / Подробнее\n"
    "Бардык жаңылыктар | All news\n"
)

# A state agency's page of full articles: title, date, time and an eye counter, body,
# a "Go back" button in three languages under each article.
ARTICLES_WITH_TRILINGUAL_BACK_BUTTON = (
    "Tojikiston: Khovar | Tajikistan: National News\n"
    "Home » Society » Security\n"
    "Border troops sum up the first half of the year\n"
    "08.07.2025 | 10:05 | 👁 244\n\n"
    "On 7 July, the board of the border troops reviewed the results of the half year.\n\n"
    "In six months, the troops stopped 41 attempts to smuggle drugs across the river.\n"
    "Бозгашт | Назад | Go back\n"
    "Hashish found in a shipment of dried fruit at Nizhniy Panj\n"
    "08.07.2025 | 12:30 | 👁 131\n\n"
    "On 6 July, customs and border officers found 62 kg of hashish in a truck of apricots.\n\n"
    "The driver was detained and handed to the drug control agency.\n"
    "Бозгашт | Назад | Go back\n"
)

# An alliance's page: two teasers (title, date and eye counter, "More"), then the article.
TEASERS_WITH_EYE_COUNTERS_OVER_ARTICLE = (
    "Regional Drug Council\n"
    "RU | EN       Home   About   News   Contacts\n"
    "News › Press\n"
    "Council reviews the results of the spring operation in Almaty\n"
    "21.05.2025  👁 860\n"
    "More\n"
    "Secretary of the Council meets the OSCE programme office\n"
    "20.05.2025  👁 214\n"
    "More\n"
    "All news\n"
    "Spring operation of the Council: results\n"
    "21.05.2025 | Views: 860\n\n"
    "From 12 to 16 May, the competent authorities of five states held the operation.\n\n"
    "In total, 1.4 tons of drugs were withdrawn and 230 persons were detained.\n"
    "Print   Share\n"
    "← Go back\n"
)

# A ministry's page with two "Featured" headlines above the first full article.
FEATURED_HEADLINES_OVER_ARTICLE = (
    "Ministry of Public Security – Republic of Panama\n"
    "Home | Ministry | Police | Newsroom | Contact\n"
    "Newsroom > News\n"
    "Featured\n"
    "Naval air service seizes 2 tons of cocaine off Darién\n"
    "Anti-drug police destroy a marijuana plot in Chiriquí\n"
    "News\n"
    "Naval service intercepts a speedboat with 64 packages off Darién\n"
    "Published: 14/03/2026 | 9:20 a. m. | Views: 1.902\n\n"
    "Units of the naval air service stopped the speedboat before dawn on Friday.\n\n"
    "Two crew members were arrested and the boat was taken to Panama City.\n"
    "Share  Facebook  X  WhatsApp\n"
)

# A channel's web preview: header, two posts with view counters and forwarding notes.
CHANNEL_WEB_PREVIEW = (
    "t.me/s/border_service_news — web preview\n"
    "Border Service news\n"
    "98 450 subscribers\n"
    "Pinned message · Context · Download Telegram\n\n"
    "Results of the week at the borders, 2-8 June\n"
    "In the past week border guards stopped 14 smuggling attempts and seized 310 kg of "
    "drugs.\n\n"
    "👁 12.7K   edited  11:15\n\n"
    "Warning to drivers: couriers are recruited through job channels offering easy money.\n\n"
    "Report such offers to the hotline of the service.\n"
    "👁 2.2K   18:40\n"
    "Forwarded to 57 chats\n"
)

# A release of a port police under its name; footer with its name and motto.
RELEASE_WITH_SITE_NAME_FOOTER = (
    "NATIONAL PORT POLICE – Harbour Division\n"
    "Home | Releases | Contacts | Archive\n"
    "Port police find 120 kg of cocaine in a reefer container\n"
    "Valparaíso, 9 April 2026\n\n"
    "Officers of the harbour division inspected the container after a risk alert.\n\n"
    "The cargo had arrived from Guayaquil and was declared as frozen shrimp.\n"
    "Print | Share\n"
    "National Port Police – Guarding the coast since 1961\n"
)

# A translated release under a note on the translation.
TRANSLATED_RELEASE = (
    "Polícia Federal | Brasil\n"
    "Translated from Portuguese | Traduzido do português\n"
    "Federal police dismantle a cocaine route through the port of Santos\n"
    "Santos, 11 May 2026\n\n"
    "Federal agents served 12 search warrants in three states on Tuesday.\n\n"
    "The group hid the drug in containers of sugar bound for Europe.\n"
)

# A listing of "date / title" entries: each title closes the entry its date opens.
DATE_OVER_TITLE_LISTING = (
    "Other news\n"
    "04.10.2025\n"
    "Customs officers of two countries discuss the exchange of cargo data\n"
    "02.10.2025\n"
    "Tramadol tablets found at a border post in a car from the south\n"
    "30.09.2025\n"
    "Veterans of the service awarded on Customs Day\n"
)

# A relay's page: each story closes with its link line and buttons.
RELAY_WITH_LINK_LINES = (
    "National News Agency\n"
    "Home  Local  Economy  Sports  Culture\n"
    "Local\n"
    "Customs foil an attempt to smuggle 800,000 pills at a land port\n"
    "JEDDAH, May 4 (NNA) -- Officers found the pills in the floor of a truck on Monday, "
    "the authority said.\n\n"
    "The driver was arrested and the case referred to the prosecution.\n"
    "nna.gov.xx/N1044    Share    Print\n"
    "Heroin courier arrested at the capital's airport\n"
    "RIYADH, May 4 (NNA) -- Officers stopped a passenger arriving from abroad with 3 kg of "
    "heroin in his bag.\n\n"
    "He was handed to the narcotics directorate.\n"
    "nna.gov.xx/N1045    Share    Print\n"
)

# Two names in the page's head (a joint group's partners) over the menu: no teasers.
NAMES_OVER_MENU = (
    "Australian Federal Police and State Crime Command\n"
    "Joint Organised Crime Group Sydney\n"
    "Home | News | Media | Contact\n"
    "Three men charged over 40 kg of MDMA hidden in floor tiles\n"
    "12 March 2026\n\n"
    "Three men were charged on Tuesday after officers found MDMA in a shipment of tiles.\n\n"
    "The shipment arrived from the Netherlands.\n"
)

PAGES = [
    ("names_over_menu", NAMES_OVER_MENU, ["Three men charged"], ["from the Netherlands."]),
    ("title_date_teasers_under_bilingual_menu", TITLE_DATE_TEASERS_UNDER_BILINGUAL_MENU,
     ["Police stop a courier", "Kyrgyz and Tajik", "Heroin laboratory"],
     ["on the Osh–Batken road.", "information on couriers weekly.", "near Tokmok."]),
    ("articles_with_trilingual_back_button", ARTICLES_WITH_TRILINGUAL_BACK_BUTTON,
     ["Border troops sum up", "Hashish found"],
     ["across the river.", "drug control agency."]),
    ("teasers_with_eye_counters_over_article", TEASERS_WITH_EYE_COUNTERS_OVER_ARTICLE,
     ["Council reviews", "Secretary of the Council", "Spring operation of the Council"],
     ["21.05.2025", "20.05.2025", "230 persons were detained."]),
    ("featured_headlines_over_article", FEATURED_HEADLINES_OVER_ARTICLE,
     ["Naval air service", "Anti-drug police", "Naval service intercepts"],
     ["off Darién", "in Chiriquí", "to Panama City."]),
    ("channel_web_preview", CHANNEL_WEB_PREVIEW,
     ["Results of the week", "Warning to drivers"],
     ["seized 310 kg of drugs.", "hotline of the service."]),
    ("release_with_site_name_footer", RELEASE_WITH_SITE_NAME_FOOTER,
     ["Port police find"], ["as frozen shrimp."]),
    ("translated_release", TRANSLATED_RELEASE,
     ["Federal police dismantle"], ["bound for Europe."]),
    ("date_over_title_listing", DATE_OVER_TITLE_LISTING,
     ["04.10.2025", "02.10.2025", "30.09.2025"],
     ["exchange of cargo data", "in a car from the south", "on Customs Day"]),
    ("relay_with_link_lines", RELAY_WITH_LINK_LINES,
     ["Customs foil", "Heroin courier"], ["to the prosecution.", "narcotics directorate."]),
]


@pytest.mark.parametrize(("text", "openings", "endings"), [p[1:] for p in PAGES],
                         ids=[p[0] for p in PAGES])
def test_news_page_entries_are_items_without_furniture(text: str, openings: list[str],
                                                       endings: list[str]) -> None:
    items = [text[s.start:s.end] for s in segment(text)]
    assert len(items) == len(openings), items
    for item, opening, ending in zip(items, openings, endings, strict=True):
        assert item.startswith(opening) and item.endswith(ending), item


@pytest.mark.parametrize(("text", "titles", "dates"), [
    (TITLE_DATE_TEASERS_UNDER_BILINGUAL_MENU,
     ["Police stop a courier with 4 kg of hashish near Osh",
      "Kyrgyz and Tajik drug units hold a working meeting in Batken",
      "Heroin laboratory dismantled in the Chui region"],
     ["2025-06-03", "2025-06-02", "2025-05-30"]),
    (ARTICLES_WITH_TRILINGUAL_BACK_BUTTON,
     ["Border troops sum up the first half of the year",
      "Hashish found in a shipment of dried fruit at Nizhniy Panj"],
     ["2025-07-08", "2025-07-08"]),
], ids=["title_date_teasers", "articles_with_back_button"])
def test_each_entry_keeps_its_title_and_date(text: str, titles: list[str],
                                             dates: list[str]) -> None:
    items = segment(text)
    assert [s.title for s in items] == titles
    assert [s.dateline_date for s in items] == dates


# A "date / title" listing under a site's name that follows another story: each date line
# keeps the title under it (no title moves up to the date line of the entry above).
DATE_OVER_TITLE_UNDER_SITE_NAME = (
    "Police in the capital seized 12 kg of heroin on Friday, the ministry said.\n\n"
    "Regional Prosecutor's Office of Almaty\n"
    "Home / Press centre / News\n"
    "12.09.2025\n"
    "Laboratory dismantled in the region: 40 kg of mephedrone seized\n"
    "10.09.2025\n"
    "Prosecutor meets the regional representative of the UNODC\n"
    "05.09.2025\n"
    "Leader of an online drug shop sentenced to 15 years\n"
)


@pytest.mark.parametrize(("text", "last_entries"), [
    (DATE_OVER_TITLE_UNDER_SITE_NAME,
     ["10.09.2025\nProsecutor meets the regional representative of the UNODC",
      "05.09.2025\nLeader of an online drug shop sentenced to 15 years"]),
    (DATE_OVER_TITLE_LISTING,
     ["02.10.2025\nTramadol tablets found at a border post in a car from the south",
      "30.09.2025\nVeterans of the service awarded on Customs Day"]),
], ids=["under_site_name", "under_section_label"])
def test_date_over_title_entries_keep_their_titles(text: str,
                                                   last_entries: list[str]) -> None:
    items = [text[s.start:s.end] for s in segment(text)]
    assert items[-len(last_entries):] == last_entries

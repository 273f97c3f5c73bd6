"""Item boundaries on layouts of the session 35 review (samples/README.md, "Items"): a byline
over each story's date line in a section list, a posting line with an abbreviated weekday
and its update, a social page's stamp naming the page on its own line, a lead's closing
"Read more »", page widgets (a drop-down caret, a news ticker, a gallery pager), a Latin
American release's "-o0o-" end mark, a section label over a feed's first headline and its
time stamp, a "most read" list in French, a UN release's disclaimer, embargo, star rule and
closing "About" paragraph, periodic bulletins whose cases are numbered without a date or
headed by a region in capitals, and a bilingual page's second
headline closing the paragraph above its date line. Each page is written in wording of its
own, none taken from a sample."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

from pressparse.io.mask import is_noise_line
from pressparse.io.segment import segment

BYLINE_OVER_EACH_DATE = Layout("byline_over_each_story_date_line", (
    "The Valley Times\n"
    "Home | Nation | Health | Sport\n"
    "Health\n"
    "Measles vaccination drive reaches 90 percent of districts\n\n"
    "Staff Reporter\n"
    "Published at : March 3, 2027\n\n"
    "The health ministry said on Tuesday that 412,000 children had been vaccinated in the "
    "first two weeks of the campaign.\n\n"
    "Officials expect to finish the remaining districts by the end of the month.\n\n"
    "New cold-chain depot opens in the eastern hills\n\n"
    "Staff Reporter\n"
    "Published at : March 2, 2027\n\n"
    "A depot able to store 1.5 million vaccine doses opened in the provincial capital on "
    "Monday, built at a cost of $2.1 million.\n\n"
    "Hospital adds 60 beds to its children's ward\n\n"
    "Staff Reporter\n"
    "Published at : February 27, 2027\n\n"
    "The district hospital has added 60 beds and two operating theatres, its director "
    "said.\n"
), [("Measles vaccination drive", "by the end of the month.",
     "Measles vaccination drive reaches 90 percent of districts"),
    ("New cold-chain depot", "cost of $2.1 million.",
     "New cold-chain depot opens in the eastern hills"),
    ("Hospital adds 60 beds", "its director said.",
     "Hospital adds 60 beds to its children's ward")])

POSTED_AND_UPDATED = Layout("posted_line_with_its_update_and_short_weekdays", (
    "Regional Broadcaster\n"
    "Latest | Local | World | Business\n"
    "Latest\n"
    "Ferry fares to rise 6 per cent from April\n\n"
    "Posted Mon 8 Mar 2027 at 9:20am\n\n"
    "The state ferry operator will raise fares by 6 per cent on April 1, citing fuel "
    "costs, its chief executive said.\n\n"
    "Port expansion wins final approval\n\n"
    "Posted Sun 7 Mar 2027 at 2:10pm, updated Sun 7 Mar 2027 at 5:45pm\n\n"
    "The planning commission approved a $640 million expansion of the container port on "
    "Sunday, clearing the way for work to start in June.\n\n"
    "The project adds two berths and is due to be finished in 2030.\n\n"
    "Heat warning issued for the north\n\n"
    "Posted Sun 7 Mar 2027 at 7:05am\n\n"
    "Temperatures are forecast to pass 43 degrees on Wednesday, the weather bureau said.\n"
), [("Ferry fares to rise", "its chief executive said.",
     "Ferry fares to rise 6 per cent from April"),
    ("Port expansion wins", "finished in 2030.", "Port expansion wins final approval"),
    ("Heat warning issued", "the weather bureau said.", "Heat warning issued for the north")])

PAGE_NAMED_POST_STAMPS = Layout("social_stamp_naming_the_page_on_its_line", (
    "Coastal Border Guard Directorate\n"
    "Official page · 9K followers\n\n"
    "Coastal Border Guard Directorate · 14 Mar 2027 at 10:20 · 🌐\n"
    "⚓ Heroin in a fishing boat\n"
    "A patrol boat stopped a trawler near the northern cape and found 7 kg of heroin "
    "under the ice in its hold. Two crew members were detained.\n"
    "#border #sea\n"
    "👍 420    31 comments\n\n"
    "Coastal Border Guard Directorate · 11 Mar 2027 at 16:45 · 🌐\n"
    "Since January our officers have detained 22 violators of the border regime.\n"
    "👍 118    9 comments\n"
), [("⚓ Heroin in a fishing boat", "Two crew members were detained.",
     "⚓ Heroin in a fishing boat"),
    ("Since January our officers", "violators of the border regime.", None)])

TITLED_POST_STAMP_STAYS = Layout("titled_post_keeps_its_stamp", (
    "Island Customs Service\n"
    "Government organisation · 52K followers\n"
    "Posts    About    Photos\n"
    "📌 RECORD YEAR FOR THE CUSTOMS SERVICE\n"
    "Island Customs Service · 3 January at 10:15 · 🌍\n\n"
    "In 2026 our officers seized 2.3 tonnes of cannabis and 41 kg of cocaine at the ports "
    "and the airport.\n"
    "👍 1,2K    84 comments\n"
), [("📌 RECORD YEAR", "ports and the airport.", "📌 RECORD YEAR FOR THE CUSTOMS SERVICE")])

READ_MORE_AFTER_LEAD = Layout("read_more_link_after_the_leads_sentence", (
    "Recent news\n\n"
    "Police burn 3 tonnes of seized cannabis\n"
    "04/05/2027\n"
    "The police destroyed 3 tonnes of cannabis seized in 2026 at a site near the capital. "
    "Read more »\n\n"
    "Two go-fast boats found in the southern mangroves\n"
    "02/05/2027\n"
    "Marines found two abandoned boats with 180 fuel drums in a mangrove channel. "
    "Read more »\n"
), [("Police burn 3 tonnes", "near the capital.", "Police burn 3 tonnes of seized cannabis"),
    ("Two go-fast boats", "in a mangrove channel.",
     "Two go-fast boats found in the southern mangroves")])

WIDGETS_AND_O0O_END = Layout("dropdown_caret_and_o0o_end_mark", (
    "Federal Prosecutor's Office\n"
    "Home > Press > Statements\n"
    "Translate this page: English ▾\n"
    "Prosecutors dismantle a synthetic drug laboratory in the northern hills\n"
    "Federal Prosecutor's Office | 12 de marzo de 2027\n"
    "Agents of the prosecutor's office, with the navy, dismantled a laboratory and secured "
    "300 litres of precursor chemicals in a rural area of the state.\n"
    "Two persons were detained and placed at the disposal of the prosecutor on duty.\n"
    "-o0o-\n"
    "Comparte:   f   X   ✉\n"
    "Imprime\n"
    "¿Te sirvió la información?  Sí  No\n"
), [("Prosecutors dismantle", "prosecutor on duty.",
     "Prosecutors dismantle a synthetic drug laboratory in the northern hills")])

TICKER_OVER_HEADLINE = Layout("news_ticker_over_the_headline", (
    "THE HARBOUR HERALD — News of the Coast\n"
    "Home | Region | Business | Sport\n"
    "Breaking:  New ferry terminal opens  •  Fuel prices steady for March\n"
    "Navy intercepts boat with 400 kg of cannabis off the northern coast\n"
    "By Amina Yusuf  |  Security Desk\n"
    "Posted: Friday, 12 March 2027 – 09:30\n"
    "PORT NOLLOTH – The navy intercepted a fishing boat carrying 400 kg of cannabis "
    "on Thursday night, a spokesman said. Three crew members were arrested.\n"
), [("Navy intercepts boat", "were arrested.",
     "Navy intercepts boat with 400 kg of cannabis off the northern coast")])

LABEL_OVER_STAMPED_FEED = Layout("section_label_over_a_stamped_feed", (
    "ValleyNews.tv\n"
    "Region   World   Economy   Sport\n"
    "Home » Region\n"
    "Region — latest\n"
    "Customs stop 30 kg of cannabis in a melon truck\n"
    "Today, 09:15  |  👁 205\n"
    "Khujand (ValleyNews.tv) -- Customs officers at the border post stopped a lorry "
    "carrying melons and found 30 kg of cannabis under the load. The driver was detained.\n"
    "Read more »\n\n"
    "Police of the region detain a courier with heroin\n"
    "Yesterday, 18:40  |  👁 611\n"
    "Officers of the city police detained a 29-year-old man carrying 1.1 kg of heroin in "
    "his backpack near the bus station.\n"
    "Read more »\n"
), [("Customs stop 30 kg", "The driver was detained.",
     "Customs stop 30 kg of cannabis in a melon truck"),
    ("Police of the region detain", "near the bus station.",
     "Police of the region detain a courier with heroin")])

MOST_READ_IN_FRENCH = Layout("most_read_list_in_french_after_the_last_story", (
    "Agence de presse du Sahel\n"
    "Accueil | Politique | Société | Sport\n"
    "Gendarmes seize 500 kg of cannabis near the border\n"
    "Publié le 03/03/2027 à 10h20\n"
    "Gendarmes of the border brigade seized 500 kg of cannabis in a lorry on Tuesday, the "
    "regional command said. The driver fled on foot.\n"
    "Lire la suite »\n\n"
    "Articles les plus lus\n"
    "› Rentrée scolaire : les dates fixées\n"
    "› Football : victoire des Aigles\n"
    "© Agence de presse du Sahel 2027\n"
), [("Gendarmes seize 500 kg", "The driver fled on foot.",
     "Gendarmes seize 500 kg of cannabis near the border")])

UN_RELEASE_FURNITURE = Layout("un_release_disclaimer_embargo_rule_and_about", (
    "United Nations Information Centre\n"
    "Home  >  Press Releases  >  2027\n"
    "For information only – not an official document\n"
    "EMBARGO: Not for publication before Tuesday, 2 March 2027, 00:01 CET\n"
    "Board report warns of synthetic drug markets spreading to new regions\n"
    "2 March 2027\n"
    "GENEVA, 2 March (UN Information Centre) – Synthetic drug markets are spreading to "
    "regions that had few of them a decade ago, the Board warned in its annual report.\n"
    "The report is available on the Board's website.\n"
    "* *** *\n"
    "For further information, please contact: Board Secretariat, Geneva. Telephone: "
    "(+41-22) 917-1234\n"
    "About the Board: The Board is the independent, quasi-judicial expert body monitoring "
    "the drug control conventions.\n"
), [("Board report warns", "on the Board's website.",
     "Board report warns of synthetic drug markets spreading to new regions")])

ABOUT_LINE_UNDER_BODY = Layout("about_line_glued_under_the_body", (
    "Island Information Office\n"
    "Home | Releases | Contact\n"
    "Coast guard workshop ends in the capital\n"
    "May 4, 2027\n"
    "CAPITAL — Eighteen officers completed a week-long maritime interdiction workshop on "
    "Friday, the information office said.\n"
    "About Island Information Office: Island Information Office is the public information "
    "office of the national government.\n"
    "Share  |  Print  |  Back to Releases\n"
), [("Coast guard workshop ends", "the information office said.",
     "Coast guard workshop ends in the capital")])

# session 38: the publisher's description of itself with no about-heading, glued under
# the body over the page's masked footer
SELF_DESCRIPTION_UNDER_BODY = Layout("self_description_glued_under_the_body", (
    "Border Protection Service\n"
    "Home | Newsroom | Local media releases\n"
    "Agents seize 60 pounds of cocaine near the northern border\n"
    "Release Date: Thu, 05/06/2027\n"
    "NORTHFIELD — Border agents stopped a pickup near the northern border on Tuesday and "
    "found 60 pounds of cocaine in two duffel bags, the service said.\n"
    "The driver was arrested and the case was referred to the federal prosecutor.\n"
    "The Service is the unified border agency charged with the protection of the nation's "
    "borders at and between its ports of entry.\n"
    "Share  |  Print  |  Back to Releases\n"
), [("Agents seize 60 pounds", "referred to the federal prosecutor.",
     "Agents seize 60 pounds of cocaine near the northern border")])

GALLERY_PAGER_UNDER_BODY = Layout("gallery_pager_under_the_body", (
    "Ministry of Interior\n"
    "Press room  /  News\n\n"
    "Police find 6 kg of cocaine in a fruit lorry\n"
    "03.03.2027\n"
    "Officers of the drug police found 6 kg of cocaine in boxes of pineapples at the border "
    "post on Tuesday. The driver was arrested.\n"
    "Photos (4)      ◄  1 / 4  ►\n"
    "Share:   Facebook   X\n"
), [("Police find 6 kg", "The driver was arrested.",
     "Police find 6 kg of cocaine in a fruit lorry")])

BULLETIN_TITLE_OVER_CASE_ONE = Layout("periodic_title_right_over_its_first_case", (
    "Daily bulletin of the Coastal Police Command\n"
    "1. On 3 March, officers of the harbour station found 2 kg of cocaine in a container "
    "of bananas. A dock worker was arrested.\n"
    "2. On 4 March, a patrol stopped a car near the airport and seized 900 g of heroin "
    "from its driver.\n"
), [("Daily bulletin", "Coastal Police Command", None),  # (a title alone: no title of its own)
    ("1. On 3 March", "A dock worker was arrested.", None),
    ("2. On 4 March", "from its driver.", None)])

UNDATED_BULLETIN_CASES = Layout("undated_numbered_cases_under_a_daily_report", (
    "DAILY REPORT OF THE NATIONAL POLICE FOR 9 MARCH 2027\n"
    "Capital, 10.03.2027.\n"
    "Over the past day officers arrested 14 persons, 5 of them for drug offences. We single "
    "out:\n"
    "1. Officers of the border station found 800 grams of cannabis in the spare wheel of a "
    "van driven by a foreign citizen, who was detained.\n"
    "2. Officers of the city police searched a flat in the old town and seized 95 grams of "
    "cocaine and a pistol. Two men were arrested.\n"
), [("DAILY REPORT", "We single out:", None),  # (one paragraph: title, date line, overview)
    ("1. Officers of the border", "who was detained.", None),
    ("2. Officers of the city", "Two men were arrested.", None)])

REGION_HEADED_CASES = Layout("weekend_report_cases_headed_by_regions", (
    "WEEKEND CRIME REPORT: 6 – 8 MARCH\n\n"
    "Over the weekend police arrested 12 suspects for drug offences. Selected incidents:\n\n"
    "NORTHERN REGION\n"
    "Incident: Dealing in drugs\n"
    "Details: Officers searched a house and found 3 kg of cannabis. One man was arrested.\n\n"
    "COASTAL REGION\n"
    "Incident: Possession of drugs\n"
    "Details: A patrol stopped a taxi and found 40 mandrax tablets on a passenger.\n"
), [("WEEKEND CRIME REPORT", "Selected incidents:", "WEEKEND CRIME REPORT: 6 – 8 MARCH"),
    ("NORTHERN REGION", "One man was arrested.", "NORTHERN REGION"),
    ("COASTAL REGION", "tablets on a passenger.", "COASTAL REGION")])

REGION_HEADINGS_GLUED = Layout("weekly_bulletin_region_headings_glued_to_prose", (
    "WEEKLY SECURITY BULLETIN N° 10/2027 – Week of 1 to 7 March 2027\n"
    "During the week the police seized 1.2 tonnes of cannabis. The main cases are presented "
    "below by region.\n"
    "NORTH REGION – GAROUA\n"
    "On Tuesday 2 March, officers stopped a lorry and found 600 kg of cannabis under sacks "
    "of onions. The driver was arrested.\n"
    "WEST REGION – BAFOUSSAM\n"
    "On Friday 5 March, a patrol seized 12 kg of cannabis from two motorcyclists.\n"
), [("WEEKLY SECURITY BULLETIN", "below by region.",
     "WEEKLY SECURITY BULLETIN N° 10/2027 – Week of 1 to 7 March 2027"),
    ("NORTH REGION – GAROUA", "The driver was arrested.", "NORTH REGION – GAROUA"),
    ("WEST REGION – BAFOUSSAM", "two motorcyclists.", "WEST REGION – BAFOUSSAM")])

BILINGUAL_SECOND_HEADLINE = Layout("second_languages_headline_under_the_first_body", (
    "COMUNICADO N.º 8/2027 — Apreensão de cocaína no porto\n\n"
    "Cidade, 2 de março de 2027\n\n"
    "A polícia apreendeu 40 kg de cocaína num contentor no porto da cidade na segunda-feira.\n"
    "PRESS RELEASE No. 8/2027 — Cocaine seized at the port\n\n"
    "Cidade, 2 March 2027\n\n"
    "The police seized 40 kg of cocaine in a container at the city's port on Monday.\n"
), [("COMUNICADO N.º 8/2027", "na segunda-feira.",
     "COMUNICADO N.º 8/2027 — Apreensão de cocaína no porto"),
    ("PRESS RELEASE No. 8/2027", "port on Monday.",
     "PRESS RELEASE No. 8/2027 — Cocaine seized at the port")])

LAYOUTS = [BYLINE_OVER_EACH_DATE, POSTED_AND_UPDATED, PAGE_NAMED_POST_STAMPS,
           TITLED_POST_STAMP_STAYS, READ_MORE_AFTER_LEAD, WIDGETS_AND_O0O_END,
           TICKER_OVER_HEADLINE, LABEL_OVER_STAMPED_FEED, MOST_READ_IN_FRENCH,
           UN_RELEASE_FURNITURE, ABOUT_LINE_UNDER_BODY, SELF_DESCRIPTION_UNDER_BODY,
           GALLERY_PAGER_UNDER_BODY,
           BULLETIN_TITLE_OVER_CASE_ONE, UNDATED_BULLETIN_CASES, REGION_HEADED_CASES,
           REGION_HEADINGS_GLUED, BILINGUAL_SECOND_HEADLINE]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS, ("bounds", "titles")))
def test_page_widgets_and_cases(layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)


@pytest.mark.parametrize(("line", "noise"), [
    ("Translate this page: English ▾", True),
    ("Filter: All regions ▾   Topic: Customs ▾", True),
    ("Sort by: Newest ▾", True),
    ("▼ 12 % fewer seizures than last year", False),  # a chart's arrow opening the line
    ("Breaking:  Port strike ends  •  Rain expected on Friday", True),
    ("BREAKING: Navy seizes 2 tonnes of cocaine off the coast", False),  # a post's headline
    ("Photos (12)      ◄  3 / 12  ►", True),
    ("-o0o-", True),
    ("--oOo--", True),
    ("EMBARGO: Not for publication before 3 March 2027, 00:01 CET", True),
    ("For information only – not an official document", True),
    ("Embargo", False),  # a bare word, no embargo line
])
def test_page_widget_lines(line: str, noise: bool) -> None:
    assert is_noise_line(line) is noise


def test_pager_is_no_part_of_a_sentence() -> None:
    """A figure range in prose ("1 / 6 of the load") is no pager: the item keeps it."""
    text = ("Customs seize 12 kg of khat at the airport\n\n12.03.2027\n\n"
            "Officers found 12 kg of khat, about 1 / 6 of the load, in a passenger's bags.\n")
    (item,) = segment(text)
    assert text[item.start:item.end].endswith("in a passenger's bags.")

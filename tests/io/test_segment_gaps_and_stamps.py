"""Segmentation of layout classes the spent sealed sets broke on, probed on pages of other
publishers and countries: date lines whose time follows a dash ("Tuesday, 24 November
2026 - 10:15", "12.03.2027 – 09:40"), related-news entries closing with their date after a
wide gap ("... border plan   05/03/2027"), datelines giving the date in figures ("Praia,
12/02/2027 – ..."), a sidebar's list set into an article with no blank line around it (the
article goes on under it), a page head and pager in the page's own language, and a section's
path of labels right over a headline. Each case gives where each item starts and ends."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

# headline / weekday, date and time after a dash / body, three items, no blank line between
DASH_TIME_DUMP = Layout("date_lines_with_dash_time", (
    "SENAD Paraguay - Noticias\n"
    "\n"
    "Agents destroy 12 hectares of marijuana crops in Amambay\n"
    "Tuesday, 24 November 2026 - 10:15\n"
    "Agents of the National Anti-Drug Secretariat destroyed 12 hectares of marijuana crops "
    "and 3,400 kilos of pressed marijuana in a rural area of Amambay.\n"
    "Nobody was arrested during the operation, which lasted three days.\n"
    "Cocaine found in a truck carrying soybeans at the Ciudad del Este bridge\n"
    "Monday, 23 November 2026 - 16:40\n"
    "A truck carrying soybeans to Brazil hid 48 packages of cocaine in a double floor, "
    "the secretariat said. The driver was arrested.\n"
    "Training course on port controls opens in Asunción\n"
    "Friday, 20 November 2026 - 09:05\n"
    "Thirty officers of the customs and the secretariat began a course on container "
    "profiling with instructors from Spain.\n"
), [
    ("Agents destroy 12 hectares", "which lasted three days.", None),
    ("Cocaine found in a truck", "The driver was arrested.", None),
    ("Training course on port", "with instructors from Spain.", None),
])

# numeric date lines with the time after a dash, items set apart by blank lines
NUMERIC_DASH_TIME = Layout("numeric_date_lines_dash_time", (
    "Finančná správa SR | Colná správa\n"
    "\n"
    "Customs officers find 9 kg of marijuana in a van at Vyšné Nemecké\n"
    "12.03.2027 – 09:40\n"
    "\n"
    "Customs officers at the Vyšné Nemecké crossing found 9 kg of marijuana hidden in the "
    "spare wheel of a van arriving from Ukraine. The driver was detained.\n"
    "\n"
    "Undeclared cigarettes seized on a train at Čierna nad Tisou\n"
    "10.03.2027 – 14:05\n"
    "\n"
    "A mobile unit found 18,000 cigarettes hidden behind the panels of a freight wagon.\n"
), [
    ("Customs officers find 9 kg", "The driver was detained.", None),
    ("Undeclared cigarettes seized", "panels of a freight wagon.", None),
])

# related-news entries closing with their date after a wide gap: each one an item
RELATED_WIDE_GAP_DATES = Layout("related_entries_date_after_wide_gap", (
    "Public Security Directorate - Jordan\n"
    "Home  News  Services  Contact\n"
    "\n"
    "Anti-Narcotics Department foils attempt to smuggle 1.4 million Captagon pills\n"
    "\n"
    "Amman, 6 March 2027 - The Anti-Narcotics Department foiled an attempt to smuggle 1.4 "
    "million Captagon pills hidden in a shipment of olive oil bound for the Gulf.\n"
    "\n"
    "Two suspects were arrested and referred to the State Security Court prosecutor.\n"
    "Related news\n"
    "Police and customs meet on border cooperation plan   05/03/2027\n"
    "Awareness campaign on drugs opens in Irbid schools   02/03/2027\n"
    "Share: f  X  in\n"
), [
    ("Anti-Narcotics Department foils", "State Security Court prosecutor.", None),
    ("Police and customs meet", "05/03/2027", None),
    ("Awareness campaign", "02/03/2027", None),
])

# a related list's teaser: headline, weekday, date and time after a dash, lead sentence (an
# item); the bare headline links under it are furniture
RELATED_TEASER_DASH_TIME = Layout("related_teaser_dash_time_stamp", (
    "PDEA Regional Office VII\n"
    "Home > News > Operations\n"
    "\n"
    "Buy-bust in Mandaue nets P6.8 million worth of shabu\n"
    "Sunday, 29 November 2026 - 08:30\n"
    "\n"
    "CEBU CITY - Agents of PDEA Regional Office VII arrested two suspects and seized one "
    "kilogram of shabu worth P6.8 million in a buy-bust operation in Mandaue City.\n"
    "\n"
    "The suspects face charges for violation of the Comprehensive Dangerous Drugs Act.\n"
    "\n"
    "Related News\n"
    "Drug den dismantled in Lapu-Lapu City, four arrested\n"
    "Sunday, 22 November 2026 - 14:20\n"
    "Agents dismantled a drug den in Barangay Pajo and arrested its maintainer and three "
    "visitors.\n"
    "Regional director urges barangay officials to report drug pushers\n"
    "Seminar on drug-free workplaces held in Talisay\n"
), [
    ("Buy-bust in Mandaue", "Dangerous Drugs Act.", None),
    ("Drug den dismantled", "and three visitors.", None),
])

# a sidebar's heading and links set into an article with no blank line around them, in a
# page whose items are set apart by wider gaps
SIDEBAR_INSIDE_ARTICLE = Layout("sidebar_list_inside_article", (
    "NACOC Ghana\n"
    "Home   About   Media   Contact\n"
    "\n"
    "NACOC intercepts 240 kg of cannabis at the Aflao border\n"
    "\n"
    "Officers of the Narcotics Control Commission intercepted 240 kg of cannabis hidden "
    "in bags of maize on a truck at the Aflao border on Thursday.\n"
    "READ ALSO\n"
    "Commission trains journalists on drug reporting\n"
    "Two held with cocaine pellets at Kotoka airport\n"
    "Director General visits Volta regional office\n"
    "The driver and his mate were arrested and are assisting investigators, the "
    "commission's spokesperson said.\n"
    "\n"
    "The drugs were taken to the commission's laboratory for tests.\n"
    "\n"
    "\n"
    "\n"
    "Commission opens a drug treatment centre in Tamale\n"
    "\n"
    "The Narcotics Control Commission opened a treatment centre with 40 beds in Tamale on "
    "Friday, with the support of the regional health directorate.\n"
), [
    ("NACOC intercepts 240 kg", "laboratory for tests.", None),
    ("Commission opens a drug", "regional health directorate.", None),
])

# a translated portal's single article under a label line, its dateline giving the date in
# figures, its sections under short sub-headings: one item, the label outside it
NUMERIC_DATELINE_SUBHEADED = Layout("numeric_dateline_subheaded_article", (
    "Polícia Nacional de Cabo Verde\n"
    "Início | Notícias | Contactos\n"
    "\n"
    "Tradução automática\n"
    "Judicial Police dismantle a network that shipped cocaine in sailing boats\n"
    "Praia, 12/02/2027 – The Judicial Police presented on Friday the results of an "
    "investigation that led to the seizure of 860 kilograms of cocaine on two sailing boats.\n"
    "\n"
    "The first boat\n"
    "The first boat was boarded on 2 February about 40 nautical miles off the island of "
    "Santiago, with the support of the Coast Guard.\n"
    "\n"
    "Arrests in Mindelo\n"
    "On 5 February, officers arrested four men in Mindelo who were waiting for the second "
    "boat, which was stopped the same night.\n"
    "\n"
    "Next steps\n"
    "The suspects were remanded in custody and the investigation continues, the police said.\n"
), [
    ("Judicial Police dismantle", "the police said.", None),
])

# a wire's listing of capital headlines, each over a dateline with the date in figures and
# the agency in brackets
NUMERIC_DATELINE_WIRE_LIST = Layout("numeric_dateline_wire_listing", (
    "ANP - Agence Nigérienne de Presse\n"
    "\n"
    "NIAMEY: THE CUSTOMS SEIZE 1.2 TONNES OF CANNABIS NEAR THE BORDER\n"
    "Niamey, 03/03/2027 (ANP) - Customs officers seized 1.2 tonnes of cannabis in a truck "
    "carrying onions near the border with Nigeria, the customs said on Wednesday.\n"
    "The driver fled on foot.\n"
    "AGADEZ: GENDARMES STOP A CONVOY CARRYING TRAMADOL\n"
    "Agadez, 01/03/2027 (ANP) - The gendarmerie stopped two pickups carrying 40 cartons of "
    "tramadol tablets north of the city.\n"
), [
    ("NIAMEY: THE CUSTOMS SEIZE", "The driver fled on foot.", None),
    ("AGADEZ: GENDARMES STOP", "north of the city.", None),
])

# a page head and a pager in the page's own language, no blank line anywhere: a trail of
# labels set apart by slashes, a switch of language codes beside a search box, the pager's
# links around its page numbers; none of them is in an item
OWN_LANGUAGE_HEAD_AND_PAGER = Layout("own_language_head_and_pager", (
    "Lietuvos policija — Policijos departamentas\n"
    "Pradžia / Naujienos / Pranešimai\n"
    "LT | EN   Ieškoti...\n"
    "Officers find 30 kg of cannabis in a warehouse in Kaunas\n"
    "14.04.2027, 10:20\n"
    "Officers of the Kaunas County police found 30 kg of cannabis in a rented warehouse and "
    "detained two men.\n"
    "Training on drug detection for road police\n"
    "12.04.2027, 16:05\n"
    "Forty road police officers attended a two-day course on recognizing drivers under the "
    "influence of drugs.\n"
    "« Ankstesnis   1  2  3 … 27   Kitas »\n"
), [
    ("Officers find 30 kg", "detained two men.", None),
    ("Training on drug detection", "under the influence of drugs.", None),
])

# a section's path of labels right over the story's headline, no blank line and no date
# under the headline (a byline): page furniture, outside the item
SECTION_PATH_OVER_HEADLINE = Layout("section_path_over_headline", (
    "Markets | Oil\n"
    "Nigeria's crude output rises to 1.6 million barrels a day in March\n"
    "\n"
    "By Chinedu Okafor\n"
    "\n"
    "ABUJA (Wire) - Nigeria's crude oil output rose to 1.6 million barrels per day in March, "
    "the upstream regulator said on Monday, as repairs on a major pipeline were completed.\n"
    "\n"
    "The figure is still below the country's OPEC quota of 1.5 million barrels a day plus "
    "condensates, analysts said.\n"
), [
    ("Nigeria's crude output", "analysts said.", None),
])

# a picture's placeholder set apart between two paragraphs of one story (session 31): the
# blank lines around it are no wider gap, the story goes on under it
IMAGE_PLACEHOLDER_INSIDE_STORY = Layout("image_placeholder_inside_story", (
    "Heavy rain cuts the road to Khorog for a third day\n"
    "\n"
    "Dushanbe, 4 March 2027 -- The Dushanbe-Khorog highway stayed closed on Thursday after "
    "mudslides covered 14 sections of the road in the Darvoz district, the transport ministry "
    "said.\n"
    "\n"
    "[Image: bulldozers clear the M41 near Kalai-Khumb]\n"
    "\n"
    "About 60 machines and 400 workers were sent to the area, and 230 trucks wait at both "
    "ends of the closed section.\n"
    "\n"
    "IMG_20270304_0912.jpg\n"
    "\n"
    "The ministry expects one lane to reopen by Saturday evening.\n"
), [
    ("Heavy rain cuts the road", "by Saturday evening.", None),
])

# a converted report's running header between the story's text and an annex's heading over
# its table (session 31): a page break, no wider gap; the annex stays in the story
RUNNING_HEADER_OVER_ANNEX = Layout("running_header_over_annex", (
    "Port of Mombasa handles record 41 million tonnes in 2027\n"
    "\n"
    "Mombasa, January 15, 2028 KNA -- The port handled 41.2 million tonnes of cargo in 2027, "
    "up 6 percent, the ports authority said in its annual report.\n"
    "\n"
    "The statistical annex of the report is reproduced below.\n"
    "\n"
    "Kenya Ports Authority - Annual Report 2027                          page 18\n"
    "ANNEX 2. CARGO THROUGHPUT (million tonnes)\n"
    "\n"
    "Year              2025        2026        2027\n"
    "Imports          29.10       30.44       32.05\n"
    "Exports           8.02        8.40        9.15\n"
    "\n"
    "The authority expects 43 million tonnes in 2028.\n"
), [
    ("Port of Mombasa handles", "43 million tonnes in 2028.", None),
])

# an app article's recommendations under its end, no date on their lines (session 31):
# furniture under the story
UNDATED_RECOMMENDATIONS = Layout("undated_recommendations_under_story", (
    "👆 Click the blue words above to follow us\n"
    "Port officers seize 12 kg of heroin in a tyre shipment\n"
    "\n"
    "On 14 March officers of the Tianjin port inspection station found 12 kg of heroin hidden "
    "in a shipment of tyres, the station said.\n"
    "\n"
    "Two suspects were detained and the case was handed to the police.\n"
    "\n"
    "Previous recommendations\n"
    "▶ Border dogs graduate after six months of training\n"
    "▶ Anti-drug lecture held at a port school\n"
    "\n"
    "Reading 1.8万   👍 96   Wow 12\n"
), [
    ("Port officers seize", "handed to the police.", None),
])

# a wire's digest: each brief's bracketed numbered title over its dateline paragraph, rules
# between the briefs (session 31): the title stays over its brief
BRACKETED_TITLES_OVER_DATELINES = Layout("bracketed_titles_over_datelines", (
    "[MANA 1/3] Tea exports rise 6% in first ten months\n"
    "\n"
    "NOUAKCHOTT, Nov. 12 (MANA) - Tea imports for re-export rose 6% in January-October 2027 "
    "to 41,200 tonnes, the trade ministry said on Thursday. Mali took half of them.\n"
    "-----\n"
    "[MANA 2/3] Iron ore shipments up 11% on year at Nouadhibou\n"
    "\n"
    "NOUADHIBOU, Nov. 11 (MANA) - The national mining company shipped 10.9 million tonnes of "
    "iron ore in the first ten months of 2027, 11% more than a year earlier, a company "
    "official said. The new quay opened in 2026 handled a quarter of them.\n"
    "-----\n"
    "[MANA 3/3] Fishing rest period ends on December 1\n"
    "\n"
    "NOUAKCHOTT, Nov. 12 (MANA) - The biological rest for octopus fishing ends on December 1, "
    "the fisheries ministry announced.\n"
), [
    ("[MANA 1/3] Tea exports", "Mali took half of them.", None),
    ("[MANA 2/3] Iron ore", "a quarter of them.", None),
    ("[MANA 3/3] Fishing rest", "the fisheries ministry announced.", None),
])

# an order's signature line, the office and the signatory's initials set apart by wide
# spaces, over its annex (session 31): the order and its annex stay one item
ORDER_SIGNATURE_OVER_ANNEX = Layout("order_signature_over_annex", (
    "ORDER OF THE GOVERNMENT OF THE KOMI REPUBLIC\n"
    "\n"
    "The interagency operation against wild hemp shall be held from 1 June to 30 September "
    "2027 in all districts of the republic.\n"
    "\n"
    "The order shall enter into force on the day of its signing.\n"
    "\n"
    "Head of the Komi Republic                                      R. Goltsov\n"
    "\n"
    "Annex 2\n"
    "to Order of the Government of the Komi Republic\n"
    "\n"
    "MEMBERS of the working group of the operation\n"
    "– Minister of Internal Affairs of the Komi Republic (head of the group);\n"
    "– chief narcologist of the Ministry of Health of the Komi Republic.\n"
), [
    ("ORDER OF THE GOVERNMENT", "Ministry of Health of the Komi Republic.", None),
])

LAYOUTS = [DASH_TIME_DUMP, NUMERIC_DASH_TIME, RELATED_WIDE_GAP_DATES, RELATED_TEASER_DASH_TIME,
           SIDEBAR_INSIDE_ARTICLE, NUMERIC_DATELINE_SUBHEADED, NUMERIC_DATELINE_WIRE_LIST,
           OWN_LANGUAGE_HEAD_AND_PAGER, SECTION_PATH_OVER_HEADLINE,
           IMAGE_PLACEHOLDER_INSIDE_STORY, RUNNING_HEADER_OVER_ANNEX,
           UNDATED_RECOMMENDATIONS, BRACKETED_TITLES_OVER_DATELINES,
           ORDER_SIGNATURE_OVER_ANNEX]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS, ("bounds", "crlf")))
def test_item_bounds_and_crlf(layout: Layout, check: Callable[[Layout], None]) -> None:
    """Where each item starts and ends, and the same items with CRLF line ends."""
    check(layout)

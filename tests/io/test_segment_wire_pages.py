"""Segmentation of one-story wire and news pages as scrapers deliver them: the story is one
item, from its headline to its last line of prose (agency credits and desk initials inside,
samples/README.md "Items"), whatever furniture the publisher sets around and inside it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

from pressparse.io.mask import mask_noise

NEWSLETTER_UNDER_STORY = Layout("newsletter_sign_up_under_story", (
    "Coast News\nCounties\n\n"
    "Police seize heroin worth Sh20 million in Malindi\n\n"
    "By Amina Hassan\n\n"
    "Police in Malindi have seized 6 kilogrammes of heroin in a raid on a house near the "
    "beach.\n\n"
    "Two suspects were arrested and will be charged on Monday.\n\n"
    "Subscribe for free to our newsletter\n"
    "The day's top stories delivered to your inbox every morning.\n"
    "Sign up\n"
), [
    ("Police seize heroin", "charged on Monday.",
     "Police seize heroin worth Sh20 million in Malindi"),
])

COMMENTS_CLOSED_UNDER_STORY = Layout("comments_closed_under_story", (
    "Police recover 80kg of charas from a truck in Khyber\n\n"
    "PESHAWAR: Police recovered 80 kilograms of charas hidden in a truck at a checkpoint "
    "on the highway on Sunday.\n\n"
    "The driver was arrested.\n\n"
    "Comments are closed on this story.\n"
), [
    ("Police recover 80kg", "The driver was arrested.",
     "Police recover 80kg of charas from a truck in Khyber"),
])

CONVERSATION_WIDGET = Layout("start_a_conversation_widget", (
    "Customs seize gold and cocaine at the airport\n\n"
    "Customs officers seized 2 kg of cocaine from a passenger arriving from Sao Paulo on "
    "Thursday night.\n\n"
    "She was remanded in custody by the magistrate.\n\n"
    "Start a Conversation\nPost comment\n"
), [
    ("Customs seize gold", "by the magistrate.", "Customs seize gold and cocaine at the airport"),
])

MEMBERSHIP_APPEAL = Layout("membership_appeal_under_story", (
    "Police dismantle a drug lab in the Odesa region\n\n"
    "Police dismantled a laboratory that made amphetamine in a village near Odesa, the "
    "regional police said on Friday.\n\n"
    "Three suspects were detained.\n\n"
    "Become a member\n"
    "Support independent journalism.\n"
    "Join now\n"
), [
    ("Police dismantle a drug lab", "Three suspects were detained.",
     "Police dismantle a drug lab in the Odesa region"),
])

CHANNEL_AND_FOLLOW_PROMPTS = Layout("channel_invitation_under_story", (
    "Narcotics bureau seizes heroin in a car at the causeway\n\n"
    "Officers of the narcotics bureau seized 3 kg of heroin hidden in a car at the causeway "
    "checkpoint on Monday.\n\n"
    "A 42-year-old man was arrested.\n\n"
    "Join our Telegram channel and get the latest news delivered to you.\n\n"
    "Follow us\nShort link\n"
), [
    ("Narcotics bureau seizes", "was arrested.",
     "Narcotics bureau seizes heroin in a car at the causeway"),
])

MESSAGE_FROM_PUBLISHER = Layout("message_from_the_publisher", (
    "Police seize cocaine hidden in a shipment of bananas\n\n"
    "Police seized 900 kg of cocaine in a shipment of bananas at the port, the ministry "
    "said on Tuesday.\n\n"
    "Two men were detained.\n\n"
    "A Message from The River Courier:\n"
    "Dear readers,\nWe need your help.\n"
), [
    ("Police seize cocaine", "Two men were detained.",
     "Police seize cocaine hidden in a shipment of bananas"),
])

AD_SLOT_SET_APART = Layout("ad_slot_set_apart_in_the_body", (
    "Soldiers find a synthetic drug lab in the mountains\n\n"
    "BY ANA TORRES\n"
    "Updated 4:17 PM EDT, October 3, 2026\n\n"
    "CULIACAN, Mexico (AP) — Soldiers raided a clandestine laboratory in the mountains of "
    "Sinaloa and seized 900 kilograms of methamphetamine, the army said Friday.\n\n"
    "No arrests were reported.\n\n"
    "Advertisement\n\n"
    "The army has dismantled more than forty such labs this year.\n\n"
    "Associated Press writer Luis Mena contributed to this report.\n"
), [
    ("Soldiers find a synthetic", "contributed to this report.",
     "Soldiers find a synthetic drug lab in the mountains"),
])

STORY_CONTINUES_BELOW = Layout("story_continues_below_advertisement", (
    "Police dismantle a hashish network on the southern coast\n\n"
    "Officers arrested 14 people and seized 5 tonnes of hashish, the force said on "
    "Tuesday.\n\n"
    "Officers searched nine homes and seized four boats.\n\n"
    "Story continues below advertisement\n\n"
    "The network had been watched since the spring.\n\n"
    "Explore more on these topics\nSpain\nDrugs trade\n"
), [
    ("Police dismantle a hashish", "watched since the spring.",
     "Police dismantle a hashish network on the southern coast"),
])

MORE_ON_THIS_STORY = Layout("more_on_this_story_links", (
    "Cannabis found hidden in a lorry at the port\n\n"
    "Border officers found 800 kg of cannabis hidden in a lorry at the port, the Home Office "
    "said.\n\n"
    "The driver, a 51-year-old man, was arrested at the scene.\n\n"
    "More on this story\nVan driver jailed over cocaine at the tunnel\n"
), [
    ("Cannabis found hidden", "arrested at the scene.",
     "Cannabis found hidden in a lorry at the port"),
])

FOREIGN_TAG_HEADING = Layout("foreign_tag_list_heading", (
    "Police seize 3 tonnes of cocaine in a warehouse near the port\n\n"
    "Lima, 22 Apr (EFE).- Anti-drug police seized 3 tonnes of cocaine in a warehouse near "
    "the port of Callao, the ministry said on Tuesday.\n\n"
    "Two men were arrested.\n\n"
    "Etiquetas\nPerú\nNarcotráfico\n"
), [
    ("Police seize 3 tonnes", "Two men were arrested.",
     "Police seize 3 tonnes of cocaine in a warehouse near the port"),
])

HEADER_FIELDS_AND_READING_TIME = Layout("header_fields_and_reading_time", (
    "Home > News > Asia\n\n"
    "Police seize 4 million meth pills at a border checkpoint\n\n"
    "Published: 14 Jun 2026 at 10:22\n"
    "Newspaper section: News\n"
    "Writer: Somchai Rattanakorn\n\n"
    "3 min\n\n"
    "CHIANG RAI - Police and soldiers seized 4 million methamphetamine pills from a pickup "
    "truck at a checkpoint on Friday night.\n\n"
    "Two suspects were arrested.\n"
), [
    ("Police seize 4 million", "Two suspects were arrested.",
     "Police seize 4 million meth pills at a border checkpoint"),
])

BARE_POSTING_LABELS = Layout("posting_labels_over_their_dates", (
    "Narcotics officers seize heroin in a flat raid\n\n"
    "Tan Wei Ling\n"
    "Updated\n"
    "Jun 22, 2026, 05:17 PM\n"
    "Published\n"
    "Jun 22, 2026, 03:50 PM\n\n"
    "Narcotics officers seized 2 kg of heroin in a raid on a flat on June 20.\n\n"
    "A 38-year-old man was arrested.\n"
), [
    ("Narcotics officers seize", "was arrested.", "Narcotics officers seize heroin in a flat raid"),
])

BYLINE_WITH_ROLE_AND_TAG_LINE = Layout("byline_with_role_and_tag_line", (
    "Two men charged over methamphetamine hidden in tiles\n\n"
    "By crime reporter Jane Holt\n\n"
    "Two men have been charged after police found 150 kilograms of methamphetamine hidden "
    "in a shipment of tiles.\n\n"
    "Read more about: Drugs, Courts\n\n"
    "The men will appear in court again in August.\n\n"
    "Kindly share this story:\nLatest News\n"
), [
    ("Two men charged", "in court again in August.",
     "Two men charged over methamphetamine hidden in tiles"),
])

SYNDICATED_FEED_DISCLAIMER = Layout("syndicated_feed_disclaimer", (
    "Heroin dropped by drone seized near the border\n\n"
    "Amritsar, Aug 12 (IANS) Border guards seized 6 kg of heroin dropped by a drone near "
    "the border, officials said on Tuesday.\n\n"
    "--IANS\n\n"
    "Disclaimer: This story is from a syndicated feed. Only the headline and picture may "
    "have been changed.\n"
), [
    ("Heroin dropped by drone", "--IANS", "Heroin dropped by drone seized near the border"),
])

REPORT_WITH_DATED_BAR_FOOTERS = Layout("report_pages_with_dated_bar_footers", (
    "ANNUAL DRUG SITUATION REPORT 2026\n\n"
    "1. Seizures\n\n"
    "In 2026, the agencies seized 9.2 tonnes of drugs, including 6.1 tonnes of hashish.\n"
    "Drug Control Council | Report of 12 March 2027 | Page 1 of 3\n\n"
    "Annual Drug Situation Report 2026\n"
    "The largest seizure was made at the northern border crossing in May.\n\n"
    "2. Arrests\n\n"
    "A total of 2,140 people were arrested, 4 per cent more than in 2025.\n"
    "Drug Control Council | Report of 12 March 2027 | Page 2 of 3\n\n"
    "Annual Drug Situation Report 2026\n"
    "3. Cooperation\n\n"
    "The Council took part in two joint operations with its neighbours.\n"
    "Drug Control Council | Report of 12 March 2027 | Page 3 of 3\n"
), [
    ("ANNUAL DRUG SITUATION REPORT 2026", "joint operations with its neighbours.",
     "ANNUAL DRUG SITUATION REPORT 2026"),
])

STACKED_MENU_OVER_STORY = Layout("menu_one_label_a_line_over_story", (
    "Skip to main content\n"
    "Just In\n"
    "Nation\n"
    "World\n"
    "Business\n\n"
    "Police charge three men over cocaine found in a yacht\n\n"
    "Police have charged three men after officers found 300 kilograms of cocaine hidden in "
    "a yacht moored at the marina.\n\n"
    "The men will appear in court on Friday, police said.\n"
), [
    ("Police charge three men", "police said.",
     "Police charge three men over cocaine found in a yacht"),
])

FOREIGN_MENU_OVER_STORY = Layout("foreign_menu_one_label_a_line", (
    "Nachrichten\n"
    "Themen\n"
    "Deutschland\n"
    "Welt\n\n"
    "Customs find cocaine in a banana container in Hamburg\n\n"
    "Customs officers found 700 kg of cocaine in a container of bananas at the port of "
    "Hamburg, the customs office said on Thursday.\n"
), [
    ("Customs find cocaine", "said on Thursday.",
     "Customs find cocaine in a banana container in Hamburg"),
])

CAPTIONS_INSIDE_THE_BODY = Layout("photo_captions_inside_the_body", (
    "Navy seizes 3 tonnes of cocaine from a semi-submersible\n\n"
    "BOGOTA, March 12 (Reuters) - The navy seized 3 tonnes of cocaine from a semi-submersible "
    "off the Pacific coast, the military said on Wednesday.\n\n"
    "FILE PHOTO: Navy officers stand guard beside packages of cocaine in Tumaco\n\n"
    "Three crew members were detained near the port of Tumaco.\n\n"
    "Photo shows bags of white powder on a table\n"
    "The cocaine was packed in waterproof bales (Supplied: Navy)\n\n"
    "Reporting by Ana Ruiz; Editing by Tom Hale\n"
), [
    ("Navy seizes 3 tonnes", "Editing by Tom Hale",
     "Navy seizes 3 tonnes of cocaine from a semi-submersible"),
])

STANDFIRST_OVER_TWO_DATE_LINES = Layout("standfirst_over_two_date_lines", (
    "Spain: Police bust a cocaine ring using a narco-submarine\n\n"
    "Police say they have arrested nine people in a joint operation with Portugal.\n\n"
    "03/15/2026\n"
    "March 15, 2026\n\n"
    "The operation targeted a network that moved cocaine from Brazil to Galicia, police "
    "said on Sunday.\n\n"
    "ab/rc (AFP, EFE)\n\n"
    "Send us your feedback\n"
), [
    ("Spain: Police bust", "ab/rc (AFP, EFE)",
     "Spain: Police bust a cocaine ring using a narco-submarine"),
])

TAGLINE_OVER_SECTION_PATH = Layout("site_tagline_and_section_path_over_headline", (
    "Skip to main content\n"
    "Independent reporting for the shipping industry\n"
    "Ports | Logistics\n"
    "Container rates ease as Red Sea diversions wind down, carriers add capacity\n\n"
    "By Lena Ortiz\n"
    "June 4, 2027 9:05 AM GMT+0 Updated an hour ago\n\n"
    "HAMBURG, June 4 (Wire) - Spot rates for containers from Asia to northern Europe fell "
    "for a third week, freight brokers said on Friday.\n\n"
    "Carriers have added 14 new vessels to the trade since April.\n"
), [
    ("Container rates ease", "since April.",
     "Container rates ease as Red Sea diversions wind down, carriers add capacity"),
])

SECTION_BAR_UNDER_WIRE_NAME = Layout("section_bar_under_wire_name", (
    "NEWS WIRE\n"
    "World News | Energy\n"
    "Refinery restart lifts Nigerian fuel output to a five-year high\n\n"
    "By OKON BASSEY\n"
    "Updated 11:20 AM WAT, May 2, 2027\n\n"
    "LAGOS (Wire) — A large refinery near Lagos restarted its second unit on Thursday, "
    "officials said.\n\n"
    "Output reached 410,000 barrels a day in April.\n"
), [
    ("Refinery restart lifts", "a day in April.",
     "Refinery restart lifts Nigerian fuel output to a five-year high"),
])

HEADLINE_STANDFIRST_UNDER_BREADCRUMB = Layout("headline_and_standfirst_under_breadcrumb", (
    "agency.example  English  >  News  >  Economy\n"
    "Wheat prices climb, Romania crop smaller by a fifth after dry spring\n\n"
    "Farmers union warns of shortages, asks for import checks\n\n"
    "12 July 2027, 10:40\n"
    "BUCHAREST\n\n"
    "(Agency) - BUCHAREST, JUL 12 - The price of milling wheat rose to 1,210 lei a tonne, "
    "the farmers union said on Monday.\n\n"
    "The harvest is expected at 8.1 million tonnes.\n"
), [
    ("Wheat prices climb", "8.1 million tonnes.",
     "Wheat prices climb, Romania crop smaller by a fifth after dry spring"),
])

AGENCY_CREDIT_DESK_MEDIA_KEYWORDS = Layout("credit_desk_initials_media_mark_keywords", (
    "Chile copper output falls as water shortages hit mines\n\n"
    "Santiago, Mar 3 (Agency).- Copper output in Chile fell 4% in January, the mining "
    "ministry said on Tuesday.\n\n"
    "The country produces about a quarter of the world's copper. AGENCY\n\n"
    "abc/def/ghi\n"
    "(photo)\n"
    "Keywords: Chile | Mining | Water\n"
), [
    ("Chile copper output", "AGENCY\n\nabc/def/ghi",
     "Chile copper output falls as water shortages hit mines"),
])

SECTION_LABEL_FROM_THE_MENU = Layout("section_label_repeating_a_menu_label", (
    "THE VALLEY HERALD\n"
    "Society   Economy   Crime and courts   Sport   Culture\n"
    "Crime and courts\n"
    "\"Night Watch\" on the highways: what the week of checks found in the valley\n"
    "Ana Dobre · 14.03.2027 · 812 views\n"
    "For seven days the traffic police and the customs checked cars and buses on the "
    "valley's two highways.\n"
    "Officers found 2.1 kg of cannabis in a bus from the border.\n"
    "Photo: press service of the Directorate of Internal Affairs of the Valley Regional "
    "Executive Committee\n"
    "Subscribe to our Telegram channel\n"
), [
    ("\"Night Watch\"", "from the border.",
     "\"Night Watch\" on the highways: what the week of checks found in the valley"),
])

VIDEO_LINE_AND_PAGER = Layout("video_player_line_and_pager_under_items", (
    "Border police seize heroin at the river crossing\n"
    "03/05/2027\n"
    "Officers of the border police found 3 kg of heroin in the spare tyre of a car at the "
    "river crossing on Monday. The driver was detained.\n"
    "[Video] 01:12   ▶ The search at the crossing\n"
    "Share  f  X  in\n"
), [
    ("Border police seize", "The driver was detained.",
     "Border police seize heroin at the river crossing"),
])

REPORT_HEADER_OVER_EACH_PAGE = Layout("report_header_over_each_page_and_counter_footer", (
    "Regional Drug Observatory — Half-Year Review 2027\n\n"
    "3. Seizures at sea\n\n"
    "In the first half of 2027, the coast guards seized 2.6 tonnes of cocaine from fishing "
    "boats and yachts.\n"
    "Half-Year Review 2027 — published 2 August 2027                      Page 5 of 9\n\n"
    "Regional Drug Observatory — Half-Year Review 2027\n\n"
    "The largest seizure, 900 kg, was made off the Azores on 3 May.\n"
    "Half-Year Review 2027 — published 2 August 2027                      Page 6 of 9\n"
), [
    ("3. Seizures at sea", "off the Azores on 3 May.", "3. Seizures at sea"),
])

DASHED_PAGE_NUMBERS_AND_HEADER = Layout("dashed_page_numbers_under_a_two_part_header", (
    "ANNUAL REVIEW 2026                                 BORDER GUARD SERVICE\n\n"
    "Chapter 2. Illegal crossings\n\n"
    "In 2026 the service detained 3,410 people crossing the border illegally, 6% fewer than "
    "a year earlier.\n\n"
    "- 11 -\n\n"
    "ANNUAL REVIEW 2026                                 BORDER GUARD SERVICE\n\n"
    "Most of them were detained on the eastern section of the border.\n\n"
    "- 12 -\n"
), [
    ("Chapter 2. Illegal crossings", "eastern section of the border.",
     "Chapter 2. Illegal crossings"),
])

CAPTION_WITH_CREDIT_IN_THE_BODY = Layout("photo_caption_with_credit_in_the_body", (
    "Cocaine seizures at Baltic ports double in a year\n\n"
    "GDANSK, Feb 9 (Wire) - Customs at the Baltic's main ports seized 21 tonnes of cocaine "
    "last year, twice as much as a year earlier, officials said on Monday.\n\n"
    "A customs officer checks a container of bananas at the port of Gdansk, Poland, "
    "February 8, 2027. Wire/Anna Nowak\n\n"
    "Gdansk accounted for 9 tonnes and Klaipeda for 7 tonnes.\n"
), [
    ("Cocaine seizures at Baltic ports", "Klaipeda for 7 tonnes.",
     "Cocaine seizures at Baltic ports double in a year"),
])

AGENCY_CREDIT_CLOSING_A_PARAGRAPH = Layout("agency_credit_closing_an_inner_paragraph", (
    "Peru's fishmeal exports climb as anchovy season opens\n\n"
    "Lima, Apr 20 (Agency).- Peru exported 210,000 tonnes of fishmeal in the first quarter, "
    "up 18% from a year earlier, the exporters' association said on Monday.\n\n"
    "China bought two thirds of the fishmeal shipped abroad in the quarter. AGENCY\n\n"
    "The first anchovy season of the year opens on Wednesday with a quota of 2.5 million "
    "tonnes.\n"
), [
    ("Peru's fishmeal exports", "2.5 million tonnes.",
     "Peru's fishmeal exports climb as anchovy season opens"),
])

CAPTION_WITH_BRACKETED_CREDIT = Layout("photo_caption_with_bracketed_credit_in_the_body", (
    "Customs find 9 tonnes of smuggled sugar in a border warehouse\n\n"
    "Customs officers found 9 tonnes of sugar brought in without declaration in a "
    "warehouse near the border, the revenue authority said on Friday.\n\n"
    "Officers weigh the seized sacks of sugar at the warehouse on Thursday. (Photo: "
    "Revenue Authority)\n\n"
    "The owner of the warehouse faces a fine of three times the value of the goods.\n"
), [
    ("Customs find 9 tonnes", "value of the goods.",
     "Customs find 9 tonnes of smuggled sugar in a border warehouse"),
])

DATED_HEADLINES_OVER_SHORT_LEADS = Layout("listing_headlines_closed_by_dates_over_short_leads", (
    "Latest news\n\n"
    "Cocaine found in a banana container — 21.04.2027\n"
    "Port officers found 30 kg of cocaine in Poti.\n\n"
    "Two hashish couriers detained near the border — 19.04.2027\n"
    "Police stopped a car with 5 kg of hashish.\n\n"
    "Drug laboratory found in a rented garage in Rustavi — 17.04.2027\n"
    "Police found a mephedrone laboratory in a garage.\n"
), [
    ("Cocaine found in a banana", "30 kg of cocaine in Poti.",
     "Cocaine found in a banana container — 21.04.2027"),
    ("Two hashish couriers", "with 5 kg of hashish.",
     "Two hashish couriers detained near the border — 19.04.2027"),
    ("Drug laboratory found", "laboratory in a garage.",
     "Drug laboratory found in a rented garage in Rustavi — 17.04.2027"),
])

READERS_COMMENTS_UNDER_STORY = Layout("readers_comments_under_their_counter", (
    "Police find 300 kg of cocaine in a shipment of avocados\n\n"
    "Police found 300 kg of cocaine hidden among avocados in a lorry at the port of "
    "Algeciras on Monday, the interior ministry said.\n\n"
    "The driver was arrested.\n\n"
    "7 Comments\n"
    "Pedro L. · 3 hours ago\n"
    "Well done.\n"
    "Reply\n"
    "Marta G. · 40 minutes ago\n"
    "And the next one will get through.\n"
    "Reply\n"
), [
    ("Police find 300 kg", "The driver was arrested.",
     "Police find 300 kg of cocaine in a shipment of avocados"),
])

WRITER_NOTE_UNDER_TAGS = Layout("writer_note_under_the_tag_line", (
    "Seized cigarettes worth $2 million destroyed in Accra\n\n"
    "By Kwame Mensah\n\n"
    "Customs destroyed 40 million seized cigarettes worth $2 million at a plant near Accra "
    "on Wednesday.\n\n"
    "The cigarettes had been seized at the port of Tema.\n\n"
    "Tags: Customs, Tema, Cigarettes\n"
    "Kwame Mensah is a business reporter covering trade and customs in Ghana.\n"
), [
    ("Seized cigarettes worth", "at the port of Tema.",
     "Seized cigarettes worth $2 million destroyed in Accra"),
])

POSTING_STAMP_UNDER_EACH_STORY = Layout("posting_stamp_under_each_story_of_a_page", (
    "Coast guard seizes 2 tonnes of hashish off the coast\n\n"
    "A coast guard patrol stopped a speedboat carrying 2 tonnes of hashish off the coast "
    "on Saturday night and arrested its crew of three.\n\n"
    "Posted on 12 May 2027 by Media Office\n\n"
    "Police find cannabis farm in a former school\n\n"
    "Police found 900 cannabis plants in the classrooms of a closed school on Monday.\n\n"
    "Posted on 10 May 2027 by Media Office\n"
), [
    ("Coast guard seizes", "its crew of three.",
     "Coast guard seizes 2 tonnes of hashish off the coast"),
    ("Police find cannabis farm", "closed school on Monday.",
     "Police find cannabis farm in a former school"),
])

CONTACT_TRAILER_AND_COPYRIGHT = Layout("wire_contact_trailer_and_copyright_under_story", (
    "Harbour Finance\n"
    "Markets | Companies | Economy\n"
    "Shipping Group Misses Loan Payment as Freight Rates Slide\n\n"
    "Northsea Shipping says talks with lenders continue\n\n"
    "By Mara Lind\n"
    "May 4, 2027 at 9:10 AM GMT\n\n"
    "(Harbour Finance) -- Northsea Shipping Ltd. missed a $12 million loan payment on Monday "
    "after freight rates fell for a sixth month, the company said.\n\n"
    "Its shares dropped 14% in Oslo.\n\n"
    "--With assistance from Per Aas.\n"
    "To contact the reporter on this story:\n"
    "Mara Lind in Oslo at mlind@example.com\n"
    "To contact the editors responsible for this story:\n"
    "Tom Berg at tberg@example.com\n"
    "©2027 Harbour Finance L.P.\n"
), [
    ("Shipping Group Misses", "--With assistance from Per Aas.",
     "Shipping Group Misses Loan Payment as Freight Rates Slide"),
])

AGENCY_CREDIT_COPYRIGHT_AND_LATEST = Layout("agency_credit_named_in_the_head_then_copyright", (
    "Home / Sport / Rugby\n"
    "NZPA\n"
    "Record crowd sees hosts win the decider\n\n"
    "Ana Rewi\n"
    "(New Zealand Press Association)\n\n"
    "A record 48,200 fans watched the hosts win the deciding test in Auckland on Saturday.\n\n"
    "The next series starts in July.\n\n"
    "NZPA\n"
    "Copyright NZPA 2027\n"
    "Latest in Rugby\n"
), [
    ("Record crowd sees", "The next series starts in July.\n\nNZPA",
     "Record crowd sees hosts win the decider"),
])

SERVICE_PATH_AND_COMPANY_LINE = Layout("service_path_over_headline_company_line_under_story", (
    "Accueil > Actualités > Bretagne\n"
    "ouest-wire / Brittany English desk service\n"
    "Ferry crossings resume after the storm - \"A long week for the islands\"\n\n"
    "Brest (ow) - Ferries to the Breton islands sailed again on Friday after four days of "
    "storm, the operator said in Brest.\n\n"
    "About 3,000 passengers had been waiting on the mainland. ow br xx\n"
    "ouest-wire Media GmbH\n"
), [
    ("Ferry crossings resume", "the mainland. ow br xx",
     "Ferry crossings resume after the storm - \"A long week for the islands\""),
])

BAR_PATH_OVER_HEADLINE = Layout("press_centre_path_with_bars_over_headline_and_dateline", (
    "PRESS SERVICE OF THE STATE CUSTOMS COMMITTEE | News | Seizures at the border\n"
    "Customs officers find 14 kg of hashish in a melon cargo at the southern post\n"
    "Termez, 02.06.2026\n\n"
    "On 1 June, officers of the southern customs post inspected a lorry carrying melons and "
    "found 14 kg of hashish in packages among the fruit. The driver was detained.\n"
), [
    ("Customs officers find", "The driver was detained.",
     "Customs officers find 14 kg of hashish in a melon cargo at the southern post"),
])

ONE_PAGE_NUMBER_BETWEEN_PARAGRAPHS = Layout("pdf_release_with_one_page_number_line", (
    "ISLAND POLICE\n"
    "MEDIA RELEASE\n"
    "MAN JAILED FOR IMPORTING COCAINE; SEARCH IN THE NORTH\n"
    "For Immediate Release – 3 June 2026\n\n"
    "A 38-year-old man was sentenced to six years in prison on Monday for importing 900 "
    "grams of cocaine in a parcel.\n\n"
    "In a separate matter, officers searched a house in the north and seized cannabis "
    "plants and cash.\n\n"
    "ISLAND POLICE | MEDIA RELEASE | Page 2 of 2\n\n"
    "A 25-year-old woman was arrested and charged with possession of the plants and will "
    "appear in court next week.\n\n"
    "The Commissioner thanked the public for their calls to the drug line.\n"
), [
    ("MAN JAILED FOR IMPORTING", "calls to the drug line.",
     "MAN JAILED FOR IMPORTING COCAINE; SEARCH IN THE NORTH"),
])

MEDIA_LABEL_UNDER_LAST_SENTENCE = Layout("media_label_under_the_last_sentence_over_the_footer", (
    "Investigators send smuggling case to court\n"
    "Investigators sent the case of three men accused of smuggling 9 kg of heroin in a lorry "
    "to court on Tuesday.\n"
    "Two of the accused are held in custody.\n"
    "Video of the search\n"
    "Print version\n"
    "Share   Print\n"
), [
    ("Investigators send", "held in custody.", "Investigators send smuggling case to court"),
])

LINKS_UNDER_SHARE_BAR = Layout("links_listed_under_the_share_bar_and_a_masked_label", (
    "Border guards find amber in a fuel tank\n\n"
    "Border guards found 40 kg of raw amber in the fuel tank of a minibus at a crossing on "
    "Monday, the service said.\n"
    "The driver faces a fine.\n"
    "Share: Facebook | Telegram | Viber\n"
    "Other news\n"
    "Border guards of the western unit detected undeclared cigarettes\n"
    "Results of the border service for March 2027\n"
    "© 2027 Border Service. All rights reserved.\n"
), [
    ("Border guards find amber", "The driver faces a fine.",
     "Border guards find amber in a fuel tank"),
])

SIGNATURE_UNDER_THE_LAST_SENTENCE = Layout("office_name_under_the_last_sentence_stays", (
    "Police seize cannabis plants in a greenhouse\n\n"
    "Police seized 120 cannabis plants in a greenhouse near the river on Friday.\n"
    "Police Media Unit\n"
    "Share   Print\n"
), [
    ("Police seize cannabis", "Police Media Unit", "Police seize cannabis plants in a greenhouse"),
])

FACT_BOX_INSIDE_STORY = Layout("fact_box_caption_over_label_value_lines", (
    "Heroin seizures double at the eastern border\n\n"
    "Border police seized 1.1 tonnes of heroin at the eastern border last year, twice as much "
    "as in 2025, the interior ministry said on Monday.\n\n"
    "KEY FACTS\n"
    "Heroin seized: 1.1 tonnes\n"
    "Cases opened: 312\n"
    "Arrests: 401\n\n"
    "Most of the heroin was found in lorries.\n"
), [
    ("Heroin seizures double", "found in lorries.", "Heroin seizures double at the eastern border"),
])

CREDIT_SET_APART_AND_UNDER_LAST_LINE = Layout("image_credit_set_apart_and_under_the_last_line", (
    "Tiger skins seized in raid\n\n"
    "Forest officials seized four tiger skins in a raid on a house in Nagpur on Friday.\n\n"
    "Image: Forest Department\n\n"
    "Two men were arrested and booked under the Wildlife Protection Act.\n"
    "(Photo: Forest Department)\n"
), [
    ("Tiger skins seized", "Wildlife Protection Act.", "Tiger skins seized in raid"),
])

YEARLESS_DATE_LINE_UNDER_SECOND_TITLE = Layout("yearless_day_month_date_line_under_a_title", (
    "Results of the joint river operation summed up\n"
    "06.11.2026\n"
    "Border patrols of the two countries inspected 600 km of the river bank from 19 to 30 "
    "October and found 11 kg of hashish in a boat.\n"
    "Views: 1 204\n"
    "Dog handlers of the border units improved their skills\n"
    "02.11\n"
    "A training course for dog handlers was held at the cynological centre from 20 to 31 "
    "October.\n"
    "Views: 731\n"
), [
    ("Results of the joint", "in a boat.", "Results of the joint river operation summed up"),
    ("Dog handlers of", "20 to 31 October.",
     "Dog handlers of the border units improved their skills"),
])

LAYOUTS = [POSTING_STAMP_UNDER_EACH_STORY, READERS_COMMENTS_UNDER_STORY, WRITER_NOTE_UNDER_TAGS,
           CAPTION_WITH_BRACKETED_CREDIT, DATED_HEADLINES_OVER_SHORT_LEADS,
           REPORT_HEADER_OVER_EACH_PAGE, DASHED_PAGE_NUMBERS_AND_HEADER,
           CAPTION_WITH_CREDIT_IN_THE_BODY, AGENCY_CREDIT_CLOSING_A_PARAGRAPH,
           TAGLINE_OVER_SECTION_PATH, SECTION_BAR_UNDER_WIRE_NAME, BAR_PATH_OVER_HEADLINE,
           ONE_PAGE_NUMBER_BETWEEN_PARAGRAPHS,
           HEADLINE_STANDFIRST_UNDER_BREADCRUMB, AGENCY_CREDIT_DESK_MEDIA_KEYWORDS,
           SECTION_LABEL_FROM_THE_MENU, VIDEO_LINE_AND_PAGER, NEWSLETTER_UNDER_STORY,
           COMMENTS_CLOSED_UNDER_STORY, CONVERSATION_WIDGET,
           MEMBERSHIP_APPEAL, CHANNEL_AND_FOLLOW_PROMPTS, MESSAGE_FROM_PUBLISHER,
           AD_SLOT_SET_APART, STORY_CONTINUES_BELOW, MORE_ON_THIS_STORY, FOREIGN_TAG_HEADING,
           HEADER_FIELDS_AND_READING_TIME, BARE_POSTING_LABELS, BYLINE_WITH_ROLE_AND_TAG_LINE,
           SYNDICATED_FEED_DISCLAIMER, REPORT_WITH_DATED_BAR_FOOTERS,
           STACKED_MENU_OVER_STORY, FOREIGN_MENU_OVER_STORY, CAPTIONS_INSIDE_THE_BODY,
           STANDFIRST_OVER_TWO_DATE_LINES, CONTACT_TRAILER_AND_COPYRIGHT,
           AGENCY_CREDIT_COPYRIGHT_AND_LATEST, SERVICE_PATH_AND_COMPANY_LINE,
           MEDIA_LABEL_UNDER_LAST_SENTENCE, LINKS_UNDER_SHARE_BAR,
           SIGNATURE_UNDER_THE_LAST_SENTENCE, FACT_BOX_INSIDE_STORY,
           CREDIT_SET_APART_AND_UNDER_LAST_LINE, YEARLESS_DATE_LINE_UNDER_SECOND_TITLE]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS))
def test_items_bounds_titles_and_crlf_as_the_guide_says(
        layout: Layout, check: Callable[[Layout], None]) -> None:
    """Where each item starts and ends, its title, and the same items with CRLF line ends."""
    check(layout)


@pytest.mark.parametrize(("line", "masked"), [
    ("Drug Control Council | Report of 12 March 2027 | Page 2 of 3", True),
    ("Page 4 of 9 | Customs Annual Review", True),
    ("- 7 -", True),
    ("Customs seized 2 tonnes of cocaine | page 3 of the report explains why.", False),
    ("7", False),
    ("Half-Year Review 2027 — published 2 August 2027           Page 5 of 9", True),
    ("Page 5 of 9           Half-Year Review 2027", True),
], ids=["footer_fields_and_page", "page_first", "dashed_page_number", "prose_with_bar",
        "bare_number", "footer_and_page_set_apart", "page_first_set_apart"])
def test_a_paged_documents_footer_line_is_masked(line: str, masked: bool) -> None:
    text = f"The agency seized 4 kg of heroin in the port.\n{line}\nThe courier was arrested.\n"
    assert (mask_noise(text)[0].split("\n")[1].strip() == "") is masked

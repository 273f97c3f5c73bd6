"""Segmentation of layouts first met in a blind set (holdout11, newswire3): social posts with a
title line over each post's header, tickers whose items are set apart only by icon share bars,
"Most read" sidebars of teasers with time stamps, tab-separated tables, spaced Czech date lines,
and wire stories with a "Highlights" box. Each case is a raw page and the items the annotation
guide asks for (samples/README.md, "Items"); the texts are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

from pressparse.io.mask import is_noise_line, mask_noise
from pressparse.io.segment import segment

POST_TITLES = Layout("post_titles_over_headers", (
    "Guardia Costera Nacional\n"
    "Government organisation · 95K followers\n"
    "Posts    About    Photos    Videos\n"
    "⚓ HALF A TONNE OF COCAINE FOUND ON A SAILING YACHT\n"
    "Guardia Costera Nacional · 4 March at 08:10 · 🌍\n"
    "This post was translated automatically · See original\n\n"
    "A patrol boat stopped the yacht 30 miles off the coast and found 512 kg of cocaine "
    "in a false floor of the cabin.\n"
    "👉 Details: guardiacostera.gob.xx/news/512kg #CoastGuard #Cocaine\n"
    "👍 1,2K    88 comments    140 shares\n"
    "TRAINING ON SEARCHING CONTAINERS FOR THE PORT UNITS\n"
    "Guardia Costera Nacional · 1 March at 17:45 · 🌍\n"
    "This post was translated automatically · See original\n\n"
    "Twenty officers of the port units finished a five-day course on searching "
    "refrigerated containers.\n"
    "👍 412    9 comments    21 shares\n"
), [
    ("⚓ HALF A TONNE", "in a false floor of the cabin.",
     "⚓ HALF A TONNE OF COCAINE FOUND ON A SAILING YACHT"),
    ("TRAINING ON SEARCHING", "searching refrigerated containers.",
     "TRAINING ON SEARCHING CONTAINERS FOR THE PORT UNITS"),
])

PAGE_NAME_OVER_HEADERS = Layout("page_name_over_each_header", (
    "Riverside County Police\n"
    "March 9 at 2:30 PM · 🌎\n"
    "Officers found 2 kg of methamphetamine in a rental car stopped on Route 9 on Sunday "
    "night; the driver was arrested.\n\n"
    "Riverside County Police\n"
    "March 6 at 10:05 AM · 🌎\n"
    "Thank you to everyone who dropped off unused medicines at our take-back day; we "
    "collected 140 pounds of pills.\n"
), [
    ("Officers found 2 kg", "the driver was arrested.", None),
    ("Thank you to everyone", "collected 140 pounds of pills.", None),
])

ICON_SHARE_TICKER = Layout("ticker_with_icon_share_bars", (
    "GULF WIRE | Latest news\n"
    "Home   Local   Gulf   World   Business\n\n"
    "Police arrest two men with 3 kg of heroin at a farm in the north\n"
    "Doha, Mar. 4 (GW) -- Police arrested two men who had hidden 3 kg of heroin in a "
    "water tank at a farm, the ministry said.\n\n"
    "The two were referred to the prosecution.\n"
    "Share  ✉  🖨\n"
    "Customs find tramadol pills in a shipment of toys\n"
    "Doha, Mar. 3 (GW) -- Customs officers at the seaport found 40,000 tramadol pills "
    "hidden inside boxes of toys arriving from Asia.\n"
    "Share  ✉  🖨\n"
    "Minister meets visiting drug control delegation\n"
    "Doha, Mar. 2 (GW) -- The interior minister received a delegation of a regional drug "
    "control council and discussed the exchange of information.\n"
    "Share  ✉  🖨\n"
), [
    ("Police arrest two men", "referred to the prosecution.",
     "Police arrest two men with 3 kg of heroin at a farm in the north"),
    ("Customs find tramadol", "arriving from Asia.",
     "Customs find tramadol pills in a shipment of toys"),
    ("Minister meets", "exchange of information.",
     "Minister meets visiting drug control delegation"),
])

MOST_READ_TEASERS = Layout("most_read_teasers_with_time_stamps", (
    "STEPPE NEWS\n"
    "Politics  Economy  Incidents  Sport        Рус | Eng\n"
    "USD 87.45  EUR 99.12  RUB 1.07\n"
    "Most read\n"
    "Police find 12 kg of hashish in a lorry near the border\n"
    "Today, 09:20\n"
    "The drug was hidden under sacks of flour, the regional police said.\n"
    "Poppy field destroyed in the east of the region\n"
    "Yesterday, 18:40\n"
    "Officers destroyed about 300 kg of wild poppy on a plot near a village.\n"
    "All news  →\n"
    "Court sentences a courier to eight years for heroin smuggling\n"
    "March 12, 2026\n\n"
    "A district court sentenced a 34-year-old man who tried to carry 1.5 kg of heroin "
    "across the border in the spare tyre of his car.\n"
), [
    ("Police find 12 kg", "the regional police said.",
     "Police find 12 kg of hashish in a lorry near the border"),
    ("Poppy field destroyed", "on a plot near a village.",
     "Poppy field destroyed in the east of the region"),
    ("Court sentences", "spare tyre of his car.",
     "Court sentences a courier to eight years for heroin smuggling"),
])

TAB_TABLE_AND_SPACED_DATES = Layout("tab_table_and_spaced_czech_dates", (
    "Customs Administration | News\n"
    "Home    News    Contacts\n\n"
    "Heroin found in a coach at the D1 motorway\n"
    "14. 5. 2025\n\n"
    "Customs officers found 3,2 kg of heroin in the luggage hold of a coach on Monday.\n"
    "Share    Print\n"
    "Drug seizures by region in April\n"
    "2. 5. 2025\n\n"
    "In April, customs officers recorded 31 drug cases. By region:\n\n"
    "Region\tCases\tCannabis (g)\tPervitin (g)\n"
    "Prague\t14\t2 100\t85\n"
    "Plzeň Region\t9\t640\t1 200\n"
    "Total\t23\t2 740\t1 285\n\n"
    "Most cases concerned travellers crossing from Germany.\n"
), [
    ("Heroin found in a coach", "on Monday.", "Heroin found in a coach at the D1 motorway"),
    ("Drug seizures by region", "crossing from Germany.", "Drug seizures by region in April"),
])

HIGHLIGHTS_BOX = Layout("wire_story_highlights_box", (
    "Cocoa grindings fall 6% in first quarter as prices bite\n\n"
    "Highlights\n"
    "Europe grindings at lowest since 2013\n"
    "Asian demand holds up better\n"
    "Stocks at ports remain tight\n\n"
    "London — Cocoa grindings in Europe fell 6% in the first quarter from a year earlier, "
    "the industry association said on Thursday, as record bean prices cut demand.\n\n"
    "Grindings in Asia slipped 1.2%, while North American data is due next week.\n"
), [
    ("Cocoa grindings fall", "due next week.",
     "Cocoa grindings fall 6% in first quarter as prices bite"),
])

ROC_ERA_DATE_LINES = Layout("roc_era_date_lines", (
    "Maritime Patrol Directorate | English\n"
    "Home | News | Contact | 中文\n"
    "Home > News > Press Releases\n"
    "Font size: S M L    Print    RSS\n"
    "Patrol boats stop a trawler with 600 kg of heroin off Keelung\n"
    "Date: 114-11-20    Unit: Northern Branch    Views: 912\n\n"
    "A patrol vessel boarded the trawler on November 18 and found the drug in its fish hold.\n"
    "Back to list    Share: Facebook | LINE | X\n"
    "Previous: Divers clear nets from a coral reef (114-11-12)\n"
    "Anti-drug drill held at Taichung port\n"
    "Date: 113-12-30    Unit: Central Branch    Views: 1,204\n\n"
    "Officers of the branch held a drill with sniffer dogs and drones on December 27.\n"
    "Back to list    Share: Facebook | LINE | X\n"
), [
    ("Patrol boats stop", "in its fish hold.",
     "Patrol boats stop a trawler with 600 kg of heroin off Keelung"),
    ("Anti-drug drill", "drones on December 27.", "Anti-drug drill held at Taichung port"),
])

NEW_YEAR_TICKER = Layout("ticker_across_the_new_year", (
    "Police seize 20 kg of cannabis at a farm\n"
    "03 Jan 2026 | 10:15\n"
    "Muscat, Jan. 3 (ONA) -- Police seized 20 kg of cannabis grown at a farm in the north.\n"
    "Share  ✉  🖨\n"
    "Customs stop pills hidden in a car's dashboard\n"
    "Muscat, Dec. 31 (ONA) -- Customs officers at the border found 9,000 pills in a car.\n"
    "Share  ✉  🖨\n"
    "Court jails a smuggler for ten years\n"
    "Muscat, Dec. 29 (ONA) -- A criminal court sentenced a man who smuggled heroin by sea.\n"
    "Share  ✉  🖨\n"
), [
    ("Police seize 20 kg", "farm in the north.", "Police seize 20 kg of cannabis at a farm"),
    ("Customs stop pills", "9,000 pills in a car.",
     "Customs stop pills hidden in a car's dashboard"),
    ("Court jails", "smuggled heroin by sea.", "Court jails a smuggler for ten years"),
])

# session 17 (holdout17, newswire9): an Instagram caption series under the account's profile,
# a wire's headline over its standfirst paragraph, a share bar written one button a line
# and a media link under the body, a newspaper's dated teasers set apart by wide spaces,
# a wire's tag list under a qualified heading, an agency's bracketed service link
CAPTION_SERIES = Layout("instagram_captions_under_the_profile", (
    "Instagram\n"
    "harbour_police_official ✔\n"
    "Harbour District Police | Police of the harbour district\n"
    "1 204 posts    18,2K followers    95 following\n"
    "Official page. Emergency: 112. Tips about drug dealing – Direct.\n"
    "harbour_police_official • 12 March 2026\n"
    "🚨 HEROIN IN A DELIVERY VAN\n"
    "On Tuesday officers stopped a delivery van near the ferry terminal and found 3 kg of "
    "heroin behind a panel.\n"
    "The driver was detained.\n"
    "#harbourpolice #nodrugs\n"
    "♥ 120   💬 8\n"
    "harbour_police_official • 2 March 2026\n"
    "📊 RESULTS OF THE WEEK\n"
    "From 23 February to 1 March the district police ran the preventive measure \"Shield\" "
    "across all ports 🛡\n"
    "✅ 14 drug crimes detected\n"
    "Thanks to everyone who sent tips! 🤝\n"
    "#shield #harbourpolice\n"
), [
    ("harbour_police_official • 12 March", "The driver was detained.",
     "🚨 HEROIN IN A DELIVERY VAN"),
    ("harbour_police_official • 2 March", "who sent tips! 🤝", "📊 RESULTS OF THE WEEK"),
])

HEADLINE_OVER_STANDFIRST = Layout("wire_headline_over_its_standfirst", (
    "AA\n"
    "Economy, Africa\n"
    "Port revenue rises to $2.4B as container traffic returns\n\n"
    "Number of ships calling at the port up 21% in the fiscal year, says port authority "
    "head\n\n"
    "Leila Haddad\n"
    "02.08.2027\n"
    "TUNIS\n\n"
    "The port earned $2.4 billion in the fiscal year that ended June 30, up from $1.9 "
    "billion a year earlier, the port authority said on Monday.\n\n"
    "Container volumes rose 14% over the same period.\n"
), [
    ("Port revenue rises", "rose 14% over the same period.",
     "Port revenue rises to $2.4B as container traffic returns"),
])

SHARE_BAR_ONE_BUTTON_A_LINE = Layout("share_bar_one_button_a_line_and_media_link", (
    "AP\n"
    "U.S. News | World News | Politics | Sports | Business\n"
    "City buses carry a record 2.1 million riders in one day\n\n"
    "By ANNA KOWALSKI\n"
    "Updated 9:12 AM EDT, May 4, 2027\n"
    "Share\n"
    "Copy\n\n"
    "CHICAGO (AP) — City buses carried more than 2.1 million riders on a single day last "
    "week, transit officials said Monday.\n\n"
    "The previous record was set in 2019.\n"
    "AP VIDEO: City buses set a ridership record\n"
    "Copyright 2027 The Associated Press. All Rights Reserved.\n"
), [
    ("City buses carry", "The previous record was set in 2019.",
     "City buses carry a record 2.1 million riders in one day"),
])

WIDE_SPACED_DATED_TEASERS = Layout("dated_teasers_set_apart_by_wide_spaces", (
    "STEPPE HERALD · daily newspaper\n"
    "Politics   Economy   Society   Culture   Sport\n"
    "FORUM ON BORDER SECURITY HELD IN THE CAPITAL\n"
    "14.05.2026\n"
    "On 12-13 May, a forum on border security took place in the capital with delegations "
    "of eight countries.\n"
    "The participants agreed to share data on drug routes.\n"
    "Other news\n"
    "13.05.2026  Customs officers seized 8 kg of hashish at the southern checkpoint\n"
    "11.05.2026  Farmers finished the spring sowing of wheat\n"
    "All news »\n"
), [
    ("FORUM ON BORDER", "share data on drug routes.",
     "FORUM ON BORDER SECURITY HELD IN THE CAPITAL"),
    ("13.05.2026  Customs", "at the southern checkpoint", None),
    ("11.05.2026  Farmers", "the spring sowing of wheat", None),
])

WIRE_TOPIC_LIST = Layout("wire_topic_list_under_a_qualified_heading", (
    "Regulator fines shipping group 40 million euros over late filing\n\n"
    "BRUSSELS, March 3 (Reuters) - The regulator fined a shipping group 40 million euros "
    "on Tuesday for filing its merger papers late.\n\n"
    "(Reporting by Jan Novak; Editing by Clare Dunn)\n"
    "Our Standards: The Thomson Reuters Trust Principles.\n"
    "Suggested Topics:\n"
    "Mergers & Acquisitions\n"
    "Shipping\n"
), [
    ("Regulator fines", "Editing by Clare Dunn)",
     "Regulator fines shipping group 40 million euros over late filing"),
])

BRACKETED_SERVICE_LINK = Layout("agency_bracketed_service_link", (
    "Graz museums report record year with 2 million visitors\n\n"
    "Graz (APA) - The city's museums counted 2 million visitors in 2026, a record.\n\n"
    "Two new exhibitions open in spring.\n"
    "(S E R V I C E - www.museums-graz.example.at)\n"
), [
    ("Graz museums", "Two new exhibitions open in spring.",
     "Graz museums report record year with 2 million visitors"),
])

PDF_RUNNING_HEADER_BESIDE_PAGE_NUMBERS = Layout("pdf_running_header_beside_page_numbers", (
    "PORT ANTI-NARCOTICS UNIT\n"
    "Ministry of Security\n"
    "PRESS RELEASE\n"
    "UNIT FINDS COCAINE IN A CONTAINER OF TIMBER AT THE PORT\n"
    "March 3, 2025\n"
    "The Unit informs the public that on Friday its ranks found 40 kg of cocaine hidden in "
    "hollowed planks of a container bound for Europe.\n"
    "Page 1 of 2\n"
    "PANU – PRESS RELEASE – 03/03/2025\n"
    "Two men were arrested on Saturday and charged with trafficking.\n"
    "The Unit thanks the public for the information received.\n"
    "–END–\n"
    "Page 2 of 2\n"
    "PANU – PRESS RELEASE – 03/03/2025\n"
), [
    ("UNIT FINDS COCAINE", "for the information received.",
     "UNIT FINDS COCAINE IN A CONTAINER OF TIMBER AT THE PORT"),
])

LETTERHEAD_OVER_TRANSLATED_BULLETIN = Layout("letterhead_lines_over_a_translated_bulletin", (
    "RÉPUBLIQUE DU SAHEL – Unité – Travail – Progrès\n"
    "DIRECTION GÉNÉRALE DE LA POLICE NATIONALE\n"
    "Bureau de Communication\n"
    "[Translated from French]\n"
    "WEEKLY BULLETIN N° 9/2025 – Week of 3 to 9 March 2025\n"
    "During the week under review, police units seized 120 kg of cannabis and arrested 31 "
    "suspects across the country.\n"
), [
    ("WEEKLY BULLETIN N° 9/2025", "31 suspects across the country.",
     "WEEKLY BULLETIN N° 9/2025 – Week of 3 to 9 March 2025"),
])

SLOGAN_OVER_SHARE_BAR = Layout("publisher_motto_over_the_share_bar", (
    "PRESS BRIEFING ON THE FIGHT AGAINST DRUG TRAFFICKING\n"
    "MODERATOR: Good morning. The Commissioner will brief you on the results.\n"
    "COMMISSIONER: Thank you. This year we seized 2 tonnes of cannabis.\n"
    "MODERATOR: Thank you all for coming.\n"
    "Highland Police – Serving the People with Integrity\n"
    "Facebook | Telegram | YouTube\n"
), [
    ("PRESS BRIEFING", "Thank you all for coming.",
     "PRESS BRIEFING ON THE FIGHT AGAINST DRUG TRAFFICKING"),
])

SITE_NAME_IN_THE_BYLINE = Layout("site_name_over_a_headline_and_its_site_byline", (
    "Harbour Ledger\n"
    "Customs officers find 40 kg of cocaine in a banana container\n"
    "Harbour Ledger · 12.03.2026 10:15\n"
    "Customs officers found 40 kg of cocaine in a container of bananas at the port on "
    "Monday, the service said.\n"
), [
    ("Customs officers find", "the service said.",
     "Customs officers find 40 kg of cocaine in a banana container"),
])

OFFICE_SIGNOFF_OVER_SHARE_BAR = Layout("office_signoff_with_a_dash_over_the_share_bar", (
    "Police seize 12 kg of heroin at the border crossing\n\n"
    "Border police found 12 kg of heroin in the fuel tank of a truck on Tuesday.\n"
    "Press Office – Ministry of the Interior\n"
    "Facebook | Telegram | YouTube\n"
), [
    ("Police seize 12 kg", "Press Office – Ministry of the Interior",
     "Police seize 12 kg of heroin at the border crossing"),
])

WORD_DATED_TEASERS_SET_APART = Layout("word_dated_teasers_set_apart_by_a_tab", (
    "Customs seize 300 kg of cannabis in a lorry at the northern border\n"
    "9 April 2026\n"
    "Customs officers found 300 kg of cannabis hidden under a load of tiles in a lorry "
    "coming from the north.\n"
    "Other news\n"
    "8 April 2026\tPolice dismantle a cannabis farm in a village near the lake\n"
    "April 7, 2026\tCoast guard rescues four fishermen after a storm\n"
), [
    ("Customs seize 300 kg", "coming from the north.",
     "Customs seize 300 kg of cannabis in a lorry at the northern border"),
    ("8 April 2026\tPolice", "near the lake", None),
    ("April 7, 2026\tCoast", "after a storm", None),
])

CHANNEL_NAME_OVER_BRACKETED_STAMPS = Layout("channel_name_over_each_bracketed_stamp", (
    "Exported channel history\n"
    "Channel: Border Guard of the Western Region\n\n"
    "Border Guard of the Western Region\n"
    "Forwarded from State Border Service\n"
    "[03.05.2027 10:12]\n"
    "Border guards at the Verkhnie checkpoint found 2 kg of heroin in the door panels of a "
    "minibus. The driver was detained.\n"
    "👍 88  🔥 9\n\n"
    "Border Guard of the Western Region\n"
    "[04.05.2027 18:30]\n"
    "A patrol stopped two men carrying 40 kg of cannabis across the river at night. Both "
    "were handed over to the police.\n"
    "👍 61\n"
), [
    ("[03.05.2027 10:12]", "The driver was detained.", None),
    ("[04.05.2027 18:30]", "handed over to the police.", None),
])

CHANNEL_PREVIEW_POST_FOOTERS = Layout("channel_preview_posts_closed_by_their_footers", (
    "Port Police Press Office\n"
    "@portpolice_press\n"
    "52 904 subscribers\n\n"
    "Officers of the port police found 9 kg of cocaine in a container of pineapples from "
    "Costa Rica on Tuesday.\n"
    "👁 7.1K  edited  11:02\n\n"
    "A dock worker was arrested for trying to take two bags out of a container before the "
    "customs check. He is in custody.\n"
    "👁 5.3K  16:44\n"
), [
    ("Officers of the port police", "Costa Rica on Tuesday.", None),
    ("A dock worker was arrested", "He is in custody.", None),
])

PAGE_NAME_OVER_FOLLOWERS = Layout("page_name_over_follower_count_and_post_age", (
    "Gulf Maritime Information Centre\n"
    "8,902 followers\n"
    "3d • Edited •\n"
    "A patrol boat of the coast guard stopped a dhow carrying 600 kg of hashish off the "
    "coast on Sunday. The crew of five was detained.\n"
    "Well done to the crew!\n"
    "#maritime #coastguard\n"
    "Like\nComment\nRepost\nSend\n"
), [
    ("A patrol boat of the coast guard", "Well done to the crew!", None),
])

AUDIO_PLAYER_AND_REPEATED_SIGN_UP = Layout("audio_player_line_and_repeated_sign_up_prompt", (
    "THE HARBOUR POST\n"
    "Business | Shipping\n"
    "Listen to this article · 4 min\n"
    "Tanker rates jump as Baltic ports reopen after ice\n\n"
    "By Eva Lind\n"
    "Updated 3 hours ago\n\n"
    "Rates for small tankers in the Baltic rose 18% this week as the ice closed fewer "
    "ports, brokers said.\n\n"
    "Sign up for the Shipping Daily newsletter.\n\n"
    "Rates for the route from Primorsk to Rotterdam reached $41,000 a day.\n\n"
    "Sign up for the Shipping Daily newsletter.\n\n"
    "Brokers expect rates to ease in May.\n"
), [
    ("Tanker rates jump", "to ease in May.",
     "Tanker rates jump as Baltic ports reopen after ice"),
])

UNBOXED_NEWSLETTER_MASTHEAD = Layout("newsletter_masthead_over_its_first_rule", (
    "MEKONG BORDER WATCH\n"
    "Issue 12 · 4 March 2027\n"
    "==============================\n\n"
    "Thailand: rangers seize 2 million tablets near the river\n"
    "Rangers in Chiang Rai province found 2 million methamphetamine tablets in a truck on "
    "1 March.\n\n"
    "------------------------------\n\n"
    "Myanmar: police burn 400 kg of seized opium\n"
    "Police in Shan State burned 400 kg of opium seized last year on 2 March.\n"
), [
    ("Thailand: rangers seize", "on 1 March.",
     "Thailand: rangers seize 2 million tablets near the river"),
    ("Myanmar: police burn", "on 2 March.", "Myanmar: police burn 400 kg of seized opium"),
])

TITLES_UNDER_REPEATED_PAGE_NAME = Layout("post_titles_under_the_page_name_and_comment_widgets", (
    "Tonga Police\n"
    "Government organization · 21K followers\n"
    "Posts\n"
    "Tonga Police\n"
    "MEDIA RELEASE – CANNABIS FARM FOUND AT HOUMA\n"
    "March 11 at 6:02 PM · 🌏\n"
    "Officers found 60 cannabis plants behind a house at Houma on Saturday and arrested "
    "a 40-year-old man.\n"
    "#TongaPolice\n"
    "👍❤️ 1.2K   214 comments   388 shares\n"
    "Like   Comment   Share\n"
    "Most relevant\n"
    "Tonga Police\n"
    "METHAMPHETAMINE IN A PARCEL FROM AUCKLAND\n"
    "March 9 at 11:40 AM · 🌏\n"
    "Customs officers found 300 grams of methamphetamine in a parcel from Auckland on "
    "Tuesday.\n"
    "👍 903   97 comments   241 shares\n"
    "Like   Comment   Share\n"
), [
    ("MEDIA RELEASE – CANNABIS", "a 40-year-old man.",
     "MEDIA RELEASE – CANNABIS FARM FOUND AT HOUMA"),
    ("METHAMPHETAMINE IN A PARCEL", "from Auckland on Tuesday.",
     "METHAMPHETAMINE IN A PARCEL FROM AUCKLAND"),
])

CHAT_EXPORT_MESSAGES = Layout("exported_chat_messages_one_per_line", (
    "[12/03/2027, 09:14] Police Media: Police seized 8 kg of cannabis at a roadblock in "
    "Lilongwe this morning.\n"
    "[12/03/2027, 15:02] Police Media: In Blantyre, officers arrested two men with 600 grams "
    "of heroin.\n"
), [
    ("[12/03/2027, 09:14]", "this morning.", None),
    ("[12/03/2027, 15:02]", "600 grams of heroin.", None),
])

BILINGUAL_CHANNEL_NAME = Layout("bilingual_channel_name_over_posts_with_edited_counters", (
    "МВД Узбекистана | MIA Uzbekistan\n"
    "pinned message\n\n"
    "In the Surkhandarya region, police detained a man with 12 kg of hashish on Monday.\n"
    "👁 3.2K  edited 11:15\n\n"
    "In Tashkent, officers found 400 tablets of tramadol in a pharmacy storeroom.\n"
    "👁 2.9K  11:40\n"
), [
    ("In the Surkhandarya", "hashish on Monday.", None),
    ("In Tashkent", "pharmacy storeroom.", None),
])

RULES_BETWEEN_POSTS = Layout("box_drawing_rule_over_each_post_under_its_counters", (
    "Customs Committee — official channel\n\n"
    "📌 Heroin found in a lorry's spare tyre at the Ayvaj post\n"
    "Officers opened the spare tyre of a lorry on Friday and found 6 kg of heroin.\n"
    "👁 8.1K   🔁 95   09:12\n"
    "──────────\n"
    "⚡️ Training on x-ray scanners ends in Termez\n"
    "Thirty inspectors finished a two-week course on reading x-ray images of cargo.\n"
    "👁 2.4K   🔁 12   16:40\n"
), [
    ("📌 Heroin found", "found 6 kg of heroin.",
     "📌 Heroin found in a lorry's spare tyre at the Ayvaj post"),
    ("⚡️ Training on", "images of cargo.", "⚡️ Training on x-ray scanners ends in Termez"),
])

WIRE_ITEMS_UNDER_DASHED_RULES = Layout("terminal_wires_each_under_a_dashed_rule", (
    "AGENCY TERMINAL | Kazakhstan | Security\n\n"
    "Police dismantle a synthetic drug lab near Almaty\n\n"
    "ALMATY. Nov 14 (Agency) - Police found a laboratory with 12 kg of mephedrone in a "
    "rented house outside the city, the department said on Friday.\n\n"
    "---\n"
    "Two detained with hashish at the Kordai crossing\n\n"
    "KORDAI. Nov 14 (Agency) - Border guards found 3 kg of hashish in a car's fuel tank "
    "at the crossing on Thursday evening.\n"
), [
    ("Police dismantle", "said on Friday.", "Police dismantle a synthetic drug lab near Almaty"),
    ("Two detained", "on Thursday evening.", "Two detained with hashish at the Kordai crossing"),
])

RULE_UNDER_THE_LAST_SENTENCE = Layout("rule_glued_under_a_story's_last_sentence", (
    "Police in the port city seize 12 kg of cocaine\n\n"
    "PORT CITY, May 3 (Wire) - Police seized 12 kg of cocaine in a car on Saturday, a "
    "police spokesman said.\n"
    "═══════════════\n"
    "Customs burn 4 tonnes of seized drugs\n\n"
    "CAPITAL, May 3 (Wire) - Customs burned four tonnes of seized drugs at a cement plant "
    "on Saturday.\n"
), [
    ("Police in the port city", "a police spokesman said.",
     "Police in the port city seize 12 kg of cocaine"),
    ("Customs burn 4 tonnes", "at a cement plant on Saturday.",
     "Customs burn 4 tonnes of seized drugs"),
])

DAY_MONTH_TIME_OVER_EACH_WIRE = Layout("yearless_day_month_time_line_over_each_wire", (
    "LATEST\n\n"
    "3 November 10:32\n"
    "Police in the capital seized 20 kg of hashish from a courier on Tuesday, the city "
    "police said.\n\n"
    "3 November 09:15\n"
    "Customs found 2 kg of heroin in a lorry at the northern crossing, the customs "
    "committee said.\n"
), [
    ("3 November 10:32", "the city police said.", None),
    ("3 November 09:15", "the customs committee said.", None),
])

CHANNEL_NAME_OVER_UNTITLED_POSTS = Layout("channel_name_over_untitled_posts_one_space_counters", (
    "Drug Control Agency\n\n"
    "🔻 Officers at the airport found 3 kg of cocaine in a passenger's shoes.\n"
    "The passenger arrived from Istanbul and was detained.\n"
    "👁 5.2K 11:10\n\n"
    "🔻 The head of the agency met the delegation of the regional office of the UN.\n"
    "👁 2.1K 15:45\n"
), [
    ("🔻 Officers at the airport", "and was detained.", None),
    ("🔻 The head of the agency", "regional office of the UN.", None),
])

DAY_DIVIDERS_BETWEEN_POSTS = Layout("date_lines_between_dashes_over_each_day's_post", (
    "— 12 May 2026 —\n\n"
    "Police in the capital detained a courier with 140 stashes of mephedrone near a metro "
    "station on Sunday evening.\n"
    "👁 9.1K 10:05\n\n"
    "— 13 May 2026 —\n\n"
    "Operatives dismantled a hydroponic cannabis farm in a rented flat and seized 4 kg of "
    "dried cannabis.\n"
    "👁 7.7K 12:30\n"
), [
    ("— 12 May 2026 —", "on Sunday evening.", None),
    ("— 13 May 2026 —", "4 kg of dried cannabis.", None),
])

LAYOUTS = [TITLES_UNDER_REPEATED_PAGE_NAME, CHAT_EXPORT_MESSAGES, BILINGUAL_CHANNEL_NAME,
           CHANNEL_NAME_OVER_BRACKETED_STAMPS,
           CHANNEL_PREVIEW_POST_FOOTERS,
           PAGE_NAME_OVER_FOLLOWERS, AUDIO_PLAYER_AND_REPEATED_SIGN_UP,
           UNBOXED_NEWSLETTER_MASTHEAD, POST_TITLES, PAGE_NAME_OVER_HEADERS,
           ICON_SHARE_TICKER, MOST_READ_TEASERS,
           TAB_TABLE_AND_SPACED_DATES, HIGHLIGHTS_BOX, ROC_ERA_DATE_LINES, NEW_YEAR_TICKER,
           CAPTION_SERIES, HEADLINE_OVER_STANDFIRST, SHARE_BAR_ONE_BUTTON_A_LINE,
           WIDE_SPACED_DATED_TEASERS, WIRE_TOPIC_LIST, BRACKETED_SERVICE_LINK,
           PDF_RUNNING_HEADER_BESIDE_PAGE_NUMBERS, LETTERHEAD_OVER_TRANSLATED_BULLETIN,
           SLOGAN_OVER_SHARE_BAR, SITE_NAME_IN_THE_BYLINE, OFFICE_SIGNOFF_OVER_SHARE_BAR,
           WORD_DATED_TEASERS_SET_APART, RULES_BETWEEN_POSTS, WIRE_ITEMS_UNDER_DASHED_RULES,
           RULE_UNDER_THE_LAST_SENTENCE, DAY_MONTH_TIME_OVER_EACH_WIRE,
           CHANNEL_NAME_OVER_UNTITLED_POSTS, DAY_DIVIDERS_BETWEEN_POSTS]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS))
def test_items_bounds_titles_and_crlf_as_the_guide_says(
        layout: Layout, check: Callable[[Layout], None]) -> None:
    """Where each item starts and ends, its title, and the same items with CRLF line ends."""
    check(layout)


@pytest.mark.parametrize(("layout", "dates"), [
    (TAB_TABLE_AND_SPACED_DATES, ["2025-05-14", "2025-05-02"]),  # "14. 5. 2025"
    (ROC_ERA_DATE_LINES, ["2025-11-20", "2024-12-30"]),  # "Date: 114-11-20"
    # "Dec. 31" under an item of 3 January 2026: the year of the nearest dated item
    (NEW_YEAR_TICKER, ["2026-01-03", "2025-12-31", "2025-12-29"]),
], ids=["spaced_czech", "roc_era", "new_year_ticker"])
def test_date_lines_date_their_items(layout: Layout, dates: list[str]) -> None:
    assert [s.dateline_date for s in segment(layout.text)] == dates


@pytest.mark.parametrize(("text", "dates"), [
    # the dated item below gives the year to the one above
    ("Heroin found in a lorry at the border post\nTASHKENT, Dec. 30 /UzA/. Customs officers "
     "found 4 kg of heroin hidden in a lorry.\n\nSeized drugs destroyed near the capital\n"
     "29.12.2025\nPolice destroyed 12 tonnes of seized drugs at a plant.\n",
     ["2025-12-30", "2025-12-29"]),
    # no item with a full date: a month and day stay without a year
    ("OSH, March 3 /Kabar/. Border guards detained two men with 3 kg of heroin.\n\n"
     "TALAS, March 2 /Kabar/. Police destroyed 4 hectares of wild hemp in the region.\n",
     [None, None]),
], ids=["dated_below", "no_full_date"])
def test_a_dateline_of_month_and_day_takes_the_nearest_dated_items_year(
        text: str, dates: list[str | None]) -> None:
    assert [s.dateline_date for s in segment(text)] == dates


@pytest.mark.parametrize("line", [
    "« 1 2 3 4 … 87 »",
    "‹ 1  2  3  4  5 ... 40 ›",
    "Video 02:37   ▶",
    "Listen 12:05",
    "Subscribe to Steppe News on Telegram",
    "Join us on WhatsApp",
    "Previous: Coast guard rescues three anglers (114-09-29)",
    "Next: Police open a new border post",
    "Font size: S M L    Print    RSS",
    "Text size: A+ A-",
    "This post was translated automatically · See original",
    "Translated from French · Rate this translation",
    "USD 87.45  EUR 99.12  RUB 1.07",
    "EUR 1.0841 ▲0.12%  |  GBP 0.8563 ▼0.05%",
    "Share  ✉  🖨",
    "Print  🖨",
    "← Back to news      Press office of the Customs Directorate: +7 (423) 230-63-11",
    "Press releases  ›  12.03.2026",
    "News › 2026-03-12",
    "👉 Full report: customs.gov.xx/annual-report-2025 #Customs #Results",
    "More photos: police.gov.xx/gallery/412",
])
def test_page_furniture_lines_are_noise(line: str) -> None:
    assert is_noise_line(line), line


@pytest.mark.parametrize("line", [
    "USD 87.45",  # one amount alone: no ticker
    "Jan 120  Feb 135  Mar 140",  # a table's row of monthly counts
    "1 2 3",
    "Next year the agency will open two more border posts.",
    "The price rose to USD 87.45 per gram and EUR 99.12 in the capital.",
    "★  ★  ★",
    "Heroin  ✉  12 kg",
    "Police: 14 cases in March",
    "Seized: 12 kg of heroin, 3 kg of opium",
    "The video (02:37) shows officers opening the boxes.",
])
def test_content_lines_are_not_noise(line: str) -> None:
    assert not is_noise_line(line), line


@pytest.mark.parametrize(("text", "kept"), [
    ("Most read\nPolice find 12 kg of hashish in a lorry\nToday, 09:20\n"
     "The drug was hidden under sacks of flour, the police said.\n",
     "Police find 12 kg of hashish in a lorry\nToday, 09:20\n"),
    ("Related news\nCustoms stop a truck with cigarettes\n14.03.2026 10:05\n"
     "Officers found 600 cartons behind a load of tiles at the border crossing.\n",
     "Customs stop a truck with cigarettes\n14.03.2026 10:05\n"),
    ("Most popular\nOne link to another story\nA second link to a story\n"
     "Officers found 600 cartons behind a load of tiles at the border crossing.\n", ""),
])
def test_a_teasers_headline_and_time_stamp_over_its_lead_stay(text: str, kept: str) -> None:
    masked, _spans = mask_noise(text)
    lead = text.split("\n")[-2]
    assert masked.strip().endswith(lead)
    assert masked[:len(masked) - len(lead) - 1].strip() == kept.strip()

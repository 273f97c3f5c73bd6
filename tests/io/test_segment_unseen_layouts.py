"""Segmentation of page layouts none of the sample sets uses: each case is a raw page with
the items the annotation guide asks for (samples/README.md, "Items"): where each item starts
and ends, and its title. Furniture (site names, menus, running page lines, end marks, notes
to editors, contacts, related-news lists, channel counters) lies outside every item."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

from pressparse.io.segment import segment

PORTAL_LISTING = Layout("portal_listing_read_more", (
    "PACIFIC COAST DAILY\n"
    "Home | Nation | Crime | Business | Sport | Opinion\n"
    "Crime\n\n"
    "Navy stops a fishing boat with 900 kg of cocaine off Manta\n"
    "12 March 2026\n"
    "The boat was boarded 40 nautical miles west of the coast after a chase of two days.\n"
    "Read more »\n\n"
    "Sniffer dogs find cannabis in parcels at the central post office\n"
    "11 March 2026\n"
    "Officers opened fourteen parcels addressed to a phone shop in Guayaquil.\n"
    "Read more »\n\n"
    "Court jails three couriers who swallowed capsules of cocaine\n"
    "10 March 2026\n"
    "The three men were arrested at the airport in January on arrival from Madrid.\n"
    "Read more »\n\n"
    "« Older entries\n"
), [
    ("Navy stops a fishing boat", "after a chase of two days.",
     "Navy stops a fishing boat with 900 kg of cocaine off Manta"),
    ("Sniffer dogs find", "a phone shop in Guayaquil.",
     "Sniffer dogs find cannabis in parcels at the central post office"),
    ("Court jails three", "on arrival from Madrid.",
     "Court jails three couriers who swallowed capsules of cocaine"),
])

AGENCY_FEED = Layout("agency_feed_datelines", (
    "BISHKEK, March 3 /Kabar/. The drug control service of the interior ministry seized "
    "15 kg of hashish from a resident of the Chui region, the ministry said on Monday.\n\n"
    "The man was stopped on the road to the capital; the drug lay under the back seat.\n\n"
    "OSH, March 3 /Kabar/. Border guards detained two men carrying 3 kg of heroin across "
    "the mountains near the Tajik border, the border service reported.\n\n"
    "TALAS, March 2 /Kabar/. Police in the Talas region destroyed 4 hectares of wild hemp "
    "during the first week of a seasonal campaign.\n"
), [
    ("BISHKEK, March 3", "lay under the back seat.", None),
    ("OSH, March 3", "the border service reported.", None),
    ("TALAS, March 2", "of a seasonal campaign.", None),
])

PDF_RELEASE = Layout("pdf_release_running_lines", (
    "REPUBLIC OF NAMIBIA\n"
    "MINISTRY OF HOME AFFAIRS, IMMIGRATION, SAFETY AND SECURITY\n\n"
    "MEDIA RELEASE\n\n"
    "POLICE SEIZE CANNABIS WORTH N$ 2 MILLION IN THE ZAMBEZI REGION\n\n"
    "Windhoek, 4 February 2026 - The Namibian Police Force arrested four suspects after "
    "officers found 310 kg of cannabis in a truck at the Katima Mulilo checkpoint on "
    "Monday.\n\n"
    "The truck had entered the country from Zambia earlier the same day. The cannabis was\n"
    "packed in maize bags and hidden under a load of charcoal.\n\n"
    "Page 1 of 2\n\n"
    "Media Release – Ministry of Home Affairs        1\n\n"
    "The suspects will appear in the Katima Mulilo Magistrate's Court on Wednesday. The\n"
    "police thanked members of the public for their tip.\n\n"
    "Page 2 of 2\n\n"
    "Media Release – Ministry of Home Affairs        2\n"
), [
    ("POLICE SEIZE CANNABIS", "members of the public for their tip.",
     "POLICE SEIZE CANNABIS WORTH N$ 2 MILLION IN THE ZAMBEZI REGION"),
])

ENDS_WITH_NOTES_AND_CONTACT = Layout("ends_notes_media_contact_about", (
    "Border Force officers find heroin in a consignment of rugs\n\n"
    "Officers at the Port of Felixstowe found 48 kg of heroin sewn into the backing of "
    "hand-woven rugs on 19 January, Border Force said today.\n\n"
    "The container had been shipped from Karachi via Jebel Ali. The case was passed to the "
    "National Crime Agency.\n\n"
    "- ENDS -\n\n"
    "Notes to editors\n\n"
    "1. Images of the seizure are available on request.\n"
    "2. Border Force is the law enforcement command within the Home Office that secures the "
    "border.\n\n"
    "Media contact\n"
    "Press Office: 0300 555 0123\n\n"
    "About Border Force\n"
    "Border Force is a law enforcement command that checks people and goods arriving in the "
    "country.\n"
), [
    ("Border Force officers find heroin", "to the National Crime Agency.",
     "Border Force officers find heroin in a consignment of rugs"),
])

HASH_MARKS_TWO_RELEASES = Layout("two_releases_with_hash_marks", (
    "FOR IMMEDIATE RELEASE\n"
    "March 6, 2026\n\n"
    "Sheriff's deputies seize fentanyl pills during a traffic stop\n\n"
    "Deputies stopped a car on Interstate 10 near Quartzsite on Tuesday and found about "
    "20,000 pills suspected to contain fentanyl in a hidden compartment.\n\n"
    "The driver was booked into the county jail.\n\n"
    "###\n\n"
    "FOR IMMEDIATE RELEASE\n"
    "March 7, 2026\n\n"
    "Task force dismantles a methamphetamine ring in Yuma\n\n"
    "A regional task force served six search warrants in Yuma on Thursday and arrested "
    "five people.\n\n"
    "Agents seized 11 pounds of methamphetamine and two handguns.\n\n"
    "###\n"
), [
    ("March 6, 2026", "booked into the county jail.",
     "Sheriff's deputies seize fentanyl pills during a traffic stop"),
    ("March 7, 2026", "and two handguns.", "Task force dismantles a methamphetamine ring in Yuma"),
])

TELEGRAM_EXPORT = Layout("telegram_channel_export", (
    "State Border Service | Official\n"
    "48 210 subscribers\n\n"
    "State Border Service | Official, [14.05.2026 09:12]\n"
    "🚨 Border guards stop 40 kg of heroin on the river\n\n"
    "During a night patrol on 13 May, a border detail stopped a boat crossing the river "
    "near the village of Shurobod. Forty packages of heroin were found on board.\n\n"
    "👁 3.4K\n\n"
    "State Border Service | Official, [14.05.2026 18:40]\n"
    "The head of the service met the delegation of the OSCE border management college "
    "and discussed a course for young officers.\n\n"
    "👁 1.1K\n"
), [
    ("State Border Service | Official, [14.05.2026 09:12]", "were found on board.",
     "🚨 Border guards stop 40 kg of heroin on the river"),
    ("State Border Service | Official, [14.05.2026 18:40]", "a course for young officers.",
     None),
])

BILINGUAL_PAGE = Layout("bilingual_menu_english_text", (
    "Ministère de la Sécurité publique\n"
    "Accueil | Ministère | Actualités | Communiqués | Contact\n"
    "FR | EN\n\n"
    "Gendarmerie seizes 1.2 tonnes of cannabis resin near the border\n"
    "Publié le 18 février 2026\n\n"
    "A gendarmerie patrol stopped two four-wheel-drive vehicles on a desert track on "
    "16 February and found 1.2 tonnes of cannabis resin.\n\n"
    "Three drivers were arrested and handed over to the public prosecutor.\n\n"
    "Partager | Imprimer\n"
), [
    ("Gendarmerie seizes", "to the public prosecutor.",
     "Gendarmerie seizes 1.2 tonnes of cannabis resin near the border"),
])

MINISTRY_SIDEBAR = Layout("ministry_breadcrumbs_sidebar", (
    "Ministry of Interior\n"
    "Home > Media > News > Anti-narcotics\n\n"
    "Anti-narcotics police burn 3 tonnes of seized drugs in the capital\n"
    "Date: 2 April 2026\n\n"
    "The anti-narcotics police destroyed about three tonnes of drugs seized in the past "
    "year at a ceremony attended by the minister on Wednesday.\n\n"
    "The minister said the drugs had been seized in 412 cases.\n\n"
    "Other news\n"
    "Minister receives the ambassador of Japan\n"
    "New police station opens in the eastern province\n"
    "Traffic police launch a road safety week\n"
), [
    ("Anti-narcotics police burn", "seized in 412 cases.",
     "Anti-narcotics police burn 3 tonnes of seized drugs in the capital"),
    # the sidebar's headlines are teasers of other news: items of their own (as gold does
    # for the "Other news" entries of h8_02 and h9_04)
    ("Minister receives", "ambassador of Japan", "Minister receives the ambassador of Japan"),
    ("New police station", "eastern province", "New police station opens in the eastern province"),
    ("Traffic police", "road safety week", "Traffic police launch a road safety week"),
])

RELATED_NEWS_LIST = Layout("release_with_related_news", (
    "Customs find 2,400 ecstasy tablets in a parcel from the Netherlands\n\n"
    "Customs officers at the mail centre found 2,400 ecstasy tablets in a parcel declared "
    "as children's toys on 9 June.\n\n"
    "Police arrested the 27-year-old addressee when he came to collect it.\n\n"
    "Related news\n"
    "Customs seize cocaine in banana boxes\n"
    "Dog team finds cannabis in a courier van\n"
    "Record year for drug seizures at the airport\n"
), [
    ("Customs find 2,400", "came to collect it.",
     "Customs find 2,400 ecstasy tablets in a parcel from the Netherlands"),
])

NUMBERED_DIGEST = Layout("numbered_digest_short_items", (
    "Daily crime summary, 21 October 2025\n\n"
    "1. On 20 October, officers of the Central Police Station arrested a man with 250 g of "
    "cannabis at the bus terminal.\n\n"
    "2. On 20 October, a patrol in the harbour area found 1.1 kg of cocaine in an abandoned "
    "bag and opened an investigation.\n\n"
    "3. On 19 October, detectives searched a house in the northern district and seized "
    "35 cannabis plants.\n"
), [
    # the bulletin's title right over its first case is item 1 alone (samples/README.md)
    ("Daily crime summary", "21 October 2025", None),
    ("1. On 20 October", "at the bus terminal.", None),
    ("2. On 20 October", "opened an investigation.", None),
    ("3. On 19 October", "35 cannabis plants.", None),
])

ALL_CAPS_HEADLINE = Layout("all_caps_headline", (
    "KHAT WORTH KSH 4 MILLION SEIZED AT JKIA\n\n"
    "Detectives at Jomo Kenyatta International Airport on Saturday intercepted 380 kg of "
    "khat packed as fresh vegetables and bound for London.\n\n"
    "Two clearing agents are being questioned over the consignment.\n"
), [
    ("KHAT WORTH", "questioned over the consignment.",
     "KHAT WORTH KSH 4 MILLION SEIZED AT JKIA"),
])

HEADLINE_WITHOUT_BLANK = Layout("headline_without_blank_line", (
    "Coast guard rescues crew and recovers 600 kg of cocaine\n"
    "The coast guard recovered 600 kg of cocaine from a sinking speedboat about 80 miles "
    "south of the island on Sunday and rescued its three crew members.\n"
    "The crew were taken to hospital and later placed under arrest.\n\n"
    "Police dismantle cannabis farm in a disused warehouse\n"
    "Officers raided a former furniture warehouse on Monday and found 900 cannabis plants "
    "under grow lamps.\n"
), [
    ("Coast guard rescues", "placed under arrest.",
     "Coast guard rescues crew and recovers 600 kg of cocaine"),
    ("Police dismantle cannabis farm", "under grow lamps.",
     "Police dismantle cannabis farm in a disused warehouse"),
])

ARTICLE_WITH_SUBHEADINGS = Layout("article_with_subheadings", (
    "Regional agencies review a year of maritime drug interdiction\n\n"
    "Heads of coast guards and navies of the region met in Port of Spain on 12 November to "
    "review the results of joint patrols in 2025.\n\n"
    "Results at sea\n\n"
    "The patrols boarded 61 vessels and seized 8.4 tonnes of cocaine and 12 tonnes of "
    "cannabis, most of it east of the island chain.\n\n"
    "Training and equipment\n\n"
    "Partners delivered four interceptor boats and trained 140 boarding officers during the "
    "year.\n\n"
    "Next steps\n\n"
    "The meeting agreed to extend the patrols to the southern approaches in 2026.\n"
), [
    ("Regional agencies review", "southern approaches in 2026.",
     "Regional agencies review a year of maritime drug interdiction"),
])

ARTICLE_WITH_CAPTION = Layout("article_with_photo_caption", (
    "Anti-drug unit seizes methamphetamine in a rice truck\n\n"
    "Officers of the anti-drug unit stopped a truck loaded with rice in Chiang Rai province "
    "on Friday night and found 1.6 million methamphetamine tablets in the load.\n\n"
    "Officers unload bags of tablets at the provincial police headquarters on Saturday.\n"
    "Photo: Provincial Police Region 5\n\n"
    "The driver told investigators he was paid to take the truck to Bangkok.\n"
), [
    ("Anti-drug unit seizes", "take the truck to Bangkok.",
     "Anti-drug unit seizes methamphetamine in a rice truck"),
])

RELATIVE_STAMPS_FEED = Layout("news_feed_relative_stamps", (
    "Latest\n\n"
    "Police arrest two men with 5 kg of cocaine at a toll gate\n"
    "2 hours ago\n\n"
    "Officers of the highway patrol stopped a pick-up truck at the toll gate and found the "
    "drug in a spare tyre.\n\n"
    "Customs and police sign an agreement on sharing data\n"
    "Yesterday\n\n"
    "The two services will exchange risk information on cargo in real time.\n"
), [
    ("Police arrest two men", "in a spare tyre.",
     "Police arrest two men with 5 kg of cocaine at a toll gate"),
    ("Customs and police sign", "on cargo in real time.",
     "Customs and police sign an agreement on sharing data"),
])

MEDIA_CONTACT_FOOTER = Layout("release_with_media_contact_and_about", (
    "Drug squad charges four over cocaine importation\n\n"
    "Detectives charged four men on Thursday after 120 kg of cocaine was found in a shipping "
    "container of frozen fish at the port.\n\n"
    "The men will face court tomorrow.\n\n"
    "Media contact:\n"
    "Police Media Unit\n"
    "Phone: +61 2 5550 1234\n\n"
    "About the Police Force\n"
    "The Police Force is the principal law enforcement agency of the state, with more than "
    "17,000 officers.\n"
), [
    ("Drug squad charges four", "will face court tomorrow.",
     "Drug squad charges four over cocaine importation"),
])

SITE_FOOTER_SLOGAN = Layout("article_with_site_footer", (
    "National Drug Agency\n"
    "Home   News   Operations   Contact\n\n"
    "Agency destroys 900 kg of seized drugs in a public ceremony\n"
    "15/01/2026\n\n"
    "The agency burned 900 kg of cannabis, cocaine and heroin seized during 2025 in the "
    "presence of judges and journalists.\n\n"
    "Follow us on Facebook\n"
    "© 2026 National Drug Agency. All rights reserved.\n"
), [
    ("Agency destroys 900 kg", "judges and journalists.",
     "Agency destroys 900 kg of seized drugs in a public ceremony"),
])

PROSECUTOR_RELEASE = Layout("prosecutor_release_breadcrumb_release_date", (
    "OFFICE OF THE DISTRICT ATTORNEY FOR THE COUNTY OF KINGS\n"
    "Home | About | Press Releases | Contact\n"
    "Press Releases » 2026 »\n"
    "Six Charged in Brooklyn Heroin Ring; 4 Kilograms Seized\n"
    "FOR IMMEDIATE RELEASE: March 12, 2026\n"
    "Contact: Press Office, (718) 555-0199\n\n"
    "BROOKLYN, NY – The District Attorney today announced the indictment of six people "
    "accused of selling heroin from two apartments in Bushwick.\n\n"
    "The defendants are:\n"
    "LUIS MARTE, 41, of Bushwick\n"
    "ANA ROJAS, 33, of Queens\n\n"
    "The charges are accusations, and the defendants are presumed innocent.\n\n"
    "# # #\n"
), [
    ("Six Charged in Brooklyn", "are presumed innocent.",
     "Six Charged in Brooklyn Heroin Ring; 4 Kilograms Seized"),
])

POSTING_LINE_WITH_BYLINE = Layout("headline_posting_line_byline_dateline", (
    "REGIONAL POLICE OFFICE 3 – Public Information Office\n"
    "Service, Safety, Justice\n"
    "Home | News | Advisories | Hotlines\n"
    "Police seize ₱4.2-M shabu in a week of buy-bust operations; 21 nabbed\n"
    "March 2, 2026 | PIO 3 | 912 views\n\n"
    "SAN FERNANDO CITY – Units of the regional office arrested 21 suspects in 17 buy-bust "
    "operations from February 23 to March 1.\n\n"
    "The suspects are detained and face charges under the drugs act.\n"
    "Like · Share · 12 Comments\n"
), [
    ("Police seize ₱4.2-M shabu", "under the drugs act.",
     "Police seize ₱4.2-M shabu in a week of buy-bust operations; 21 nabbed"),
])

YEAR_FIRST_DATES = Layout("year_first_dates_share_bars", (
    "CUSTOMS AGENCY\n"
    "Home | News | Contact\n"
    "Customs officers find 2 kg of heroin in a bus at the northern checkpoint\n"
    "2025.05.14 | Views: 402\n\n"
    "Officers at the northern checkpoint found two packages of heroin under the floor of a "
    "passenger bus on 13 May.\n"
    "Share:  Facebook   X   Email\n"
    "border_meeting_0512.jpg\n"
    "Customs of two neighbouring states hold a working meeting at the border\n"
    "2025.05.12 | Views: 233\n\n"
    "The heads of the two border posts agreed to open a joint lane for trucks.\n"
    "Share:  Facebook   X   Email\n"
), [
    ("Customs officers find 2 kg", "bus on 13 May.",
     "Customs officers find 2 kg of heroin in a bus at the northern checkpoint"),
    ("Customs of two neighbouring", "joint lane for trucks.",
     "Customs of two neighbouring states hold a working meeting at the border"),
])

DATED_POSTING_WITH_BUTTONS = Layout("posting_line_with_print_and_sections", (
    "MINISTRY OF THE INTERIOR | REPUBLIC OF EXAMPLE\n"
    "Ministry   Police   Migration   Press center\n"
    "Weekly results of the drug police: 31 crimes detected\n"
    "04.03.2026, 10:20   |   Print\n\n"
    "From 25 February to 3 March, the police detected 31 drug crimes and seized 6 kg of "
    "drugs.\n\n"
    "WORKSHOP ON NEW PSYCHOACTIVE SUBSTANCES\n\n"
    "On 3 March, a workshop for forensic experts was held at the police academy.\n"
    "Print   |   Share:  f  X  in\n"
    "◄ Back\n"
    "Pages: 1 2 3 ... 40   Next ►\n"
), [
    ("Weekly results of the drug police", "held at the police academy.",
     "Weekly results of the drug police: 31 crimes detected"),
])

FACEBOOK_REPORT_SECTIONS = Layout("social_page_report_with_region_sections", (
    "State Police Service\n"
    "Government organisation · 96K followers\n"
    "Posts   About   Photos\n"
    "WEEKEND DRUG ARRESTS: 6 – 8 MARCH\n"
    "State Police Service · 9 March at 08:30 ·\n\n"
    "During the weekend, police arrested seven suspects for dealing in drugs. Selected "
    "cases:\n\n"
    "NORTHERN REGION\n"
    "Incident: Dealing in cannabis\n"
    "Details: Officers searched a house and found 1 kg of cannabis.\n\n"
    "COASTAL REGION\n"
    "Incident: Possession of cocaine\n"
    "Details: A patrol stopped a car and found 12 grams of cocaine.\n\n"
    "Report drug dealing to the nearest police station.\n"
), [
    ("WEEKEND DRUG ARRESTS", "to the nearest police station.",
     "WEEKEND DRUG ARRESTS: 6 – 8 MARCH"),
])

RELATED_DATED_ENTRIES = Layout("related_news_dated_entries_with_leads", (
    "Navy stops a semi-submersible with 3 tonnes of cocaine\n\n"
    "The navy intercepted the vessel 120 nautical miles off the coast on Sunday.\n\n"
    "Four crew members were arrested.\n"
    "Noticias relacionadas\n"
    "Police burn 9 tonnes of seized drugs\n"
    "02/03/2026 – Drugs seized during 2025 were destroyed at an incineration plant on "
    "Monday in the presence of a judge. Read more »\n"
    "Ver todas las noticias »\n"
), [
    ("Navy stops a semi-submersible", "Four crew members were arrested.",
     "Navy stops a semi-submersible with 3 tonnes of cocaine"),
    # the lead's "Read more »" link is edge noise (samples/README.md, session 32)
    ("Police burn 9 tonnes", "in the presence of a judge.", "Police burn 9 tonnes of seized drugs"),
])

GOVUK = Layout("govuk_style_release", (
    "Skip to main content\n"
    "GOV.UK\n"
    "Menu\n"
    "Home  Crime, justice and the law  Policing\n"
    "Press release\n"
    "Border Force seizes £3 million of cocaine at Dover\n"
    "Officers found 60 kg of cocaine hidden in a lorry carrying frozen vegetables.\n"
    "From: Border Force and Home Office\n"
    "Published 4 March 2026\n\n"
    "Border Force officers stopped the lorry at the Eastern Docks on 1 March and found the "
    "drugs behind a false wall.\n\n"
    "The driver, a 44-year-old man, was arrested and the case passed to the National Crime "
    "Agency.\n\n"
    "Published 4 March 2026\n"
    "Related content\n"
    "Cannabis worth £1 million found in a van at Coquelles\n"
    "Explore the topic\n"
    "Border control\n"
), [
    ("Border Force seizes £3 million", "to the National Crime Agency.",
     "Border Force seizes £3 million of cocaine at Dover"),
])

WORDPRESS = Layout("wordpress_posts_by_author", (
    "Island Police News\n"
    "Home | About | Contact\n\n"
    "Marijuana field destroyed in the hills above Saint John\n"
    "Posted on March 3, 2026 by admin\n\n"
    "Police destroyed about 4,000 marijuana plants in a field in the hills on Monday.\n\n"
    "No arrests have been made.\n\n"
    "Categories: News, Operations\n"
    "Leave a comment\n\n"
    "Two men held after cocaine found in a fishing boat\n"
    "Posted on March 1, 2026 by admin\n\n"
    "Coast guard officers found 30 kg of cocaine in a fishing boat near the harbour.\n\n"
    "Categories: News\n"
    "Leave a comment\n"
), [
    ("Marijuana field destroyed", "No arrests have been made.",
     "Marijuana field destroyed in the hills above Saint John"),
    ("Two men held after cocaine", "near the harbour.",
     "Two men held after cocaine found in a fishing boat"),
])

UN_STYLE = Layout("un_style_date_location_contact", (
    "PRESS RELEASE\n\n"
    "Regional ministers agree on a plan against synthetic drugs\n\n"
    "Date: 26 June 2025\n"
    "Location: Bangkok\n\n"
    "Ministers from six countries of the Mekong region agreed on Thursday on a three-year "
    "plan to stop the trafficking of methamphetamine and its precursors.\n\n"
    "The plan includes joint border offices and the training of 500 officers.\n\n"
    "For more information, please contact:\n"
    "Communications Officer\n"
    "Email: press@example.org\n"
), [
    ("Regional ministers agree", "training of 500 officers.",
     "Regional ministers agree on a plan against synthetic drugs"),
])

LETTERHEAD_REF = Layout("pdf_letterhead_ref_date_signature", (
    "NATIONAL DRUG LAW ENFORCEMENT AGENCY\n"
    "Directorate of Media and Advocacy\n"
    "Ref: NDLEA/PR/2026/041\n"
    "Date: 12/03/2026\n\n"
    "PRESS RELEASE\n\n"
    "NDLEA INTERCEPTS COCAINE IN BIBLES AT LAGOS AIRPORT\n\n"
    "Operatives of the agency at the Lagos airport have intercepted 2.1 kg of cocaine "
    "concealed in the covers of six bibles in a passenger's luggage.\n\n"
    "The passenger, who arrived from Sao Paulo, is in custody.\n\n"
    "Signed\n"
    "Director, Media and Advocacy\n"
    "12 March 2026\n\n"
    "Page 1 of 1\n"
), [
    # the signature block stays in the item, as gold h9_10 keeps its "Issued by:" block
    ("NDLEA INTERCEPTS COCAINE", "12 March 2026",
     "NDLEA INTERCEPTS COCAINE IN BIBLES AT LAGOS AIRPORT"),
])

X_THREAD = Layout("x_posts_export", (
    "Border Police @BorderPolice · Mar 3\n"
    "Officers at the southern crossing found 12 kg of methamphetamine in a car's fuel tank. "
    "The driver was arrested.\n"
    "12 reposts 40 likes\n\n"
    "Border Police @BorderPolice · Mar 2\n"
    "Our dog unit marked a parcel at the post office: 500 g of cannabis inside. Well done, "
    "Rex!\n"
    "8 reposts 95 likes\n"
), [
    # the masked post header opens each post (as gold h9_02 starts its posts under it)
    ("Officers at the southern crossing", "The driver was arrested.", None),
    ("Our dog unit", "Well done, Rex!", None),
])

BYLINE_LISTING = Layout("news_site_byline_date_items", (
    "THE HARBOUR TIMES\n"
    "News | Sport | Business\n\n"
    "Police raid drug den in the old town\n"
    "By Maria Lopez | 5 March 2026\n\n"
    "Police raided a house in the old town on Wednesday and arrested four people.\n\n"
    "Officers seized cocaine and cash.\n\n"
    "Customs warn travellers over medicines\n"
    "By Staff Reporter | 4 March 2026\n\n"
    "Customs said travellers must declare prescription medicines containing codeine.\n"
), [
    ("Police raid drug den", "Officers seized cocaine and cash.",
     "Police raid drug den in the old town"),
    ("Customs warn travellers", "containing codeine.", "Customs warn travellers over medicines"),
])

EDITORS_NOTE_TOP = Layout("release_with_keyfacts_and_background", (
    "Police dismantle a cannabis farm in a former school\n\n"
    "Key facts:\n"
    "- 1,200 plants seized\n"
    "- three men arrested\n\n"
    "Detectives searched a disused school building on Tuesday and found a cannabis farm "
    "on two floors.\n\n"
    "The three men will appear in court on Thursday.\n\n"
    "Background\n\n"
    "The police launched a campaign against cannabis farms in empty buildings in 2024.\n"
), [
    ("Police dismantle a cannabis farm", "empty buildings in 2024.",
     "Police dismantle a cannabis farm in a former school"),
])

TWO_WIRE_STORIES_CAPS = Layout("two_wire_stories_caps_headlines", (
    "NIGERIA: NDLEA SEIZES 500 KG OF CANNABIS IN EDO\n\n"
    "LAGOS, Nigeria — The National Drug Law Enforcement Agency said on Sunday it had seized "
    "500 kg of cannabis in a forest in Edo State.\n\n"
    "Two suspects were arrested.\n\n"
    "GHANA: POLICE ARREST COURIER AT KOTOKA AIRPORT\n\n"
    "ACCRA, Ghana — Police at Kotoka International Airport arrested a woman who had "
    "swallowed 80 pellets of cocaine, officials said.\n"
), [
    ("NIGERIA: NDLEA SEIZES", "Two suspects were arrested.",
     "NIGERIA: NDLEA SEIZES 500 KG OF CANNABIS IN EDO"),
    ("GHANA: POLICE ARREST", "officials said.", "GHANA: POLICE ARREST COURIER AT KOTOKA AIRPORT"),
])

NEWSLETTER_TOC = Layout("newsletter_in_this_issue", (
    "DRUG MONITOR NEWSLETTER – Issue 12, March 2026\n"
    "==========================================\n"
    "In this issue:\n"
    "1. Regional seizures reach a record\n"
    "2. New training centre opens\n\n"
    "REGIONAL SEIZURES REACH A RECORD\n\n"
    "Seizures of methamphetamine in the region reached 190 tonnes in 2025, a record.\n\n"
    "----------\n\n"
    "NEW TRAINING CENTRE OPENS\n\n"
    "A training centre for customs dog handlers opened in Vientiane on 2 March.\n"
), [
    ("REGIONAL SEIZURES REACH", "a record.", "REGIONAL SEIZURES REACH A RECORD"),
    ("NEW TRAINING CENTRE OPENS", "on 2 March.", "NEW TRAINING CENTRE OPENS"),
])

SUBTITLE = Layout("headline_with_subtitle_line", (
    "Coast guard seizes a go-fast with 900 kg of cocaine\n"
    "Crew of three arrested after a chase south of the island\n\n"
    "The coast guard intercepted the boat about 40 miles south of the island on Friday "
    "night after a chase of two hours.\n\n"
    "The three crew members were handed over to the police.\n"
), [("Coast guard seizes", "handed over to the police.",
     "Coast guard seizes a go-fast with 900 kg of cocaine")])

BULLETS = Layout("release_with_short_bullets", (
    "Police close a drug market in the city centre\n\n"
    "Officers carried out searches at 14 addresses on Tuesday. The following items were "
    "seized:\n\n"
    "- Cocaine with a street value of £120,000\n"
    "- Three firearms and ammunition\n"
    "- More than £40,000 in cash\n\n"
    "Nine people were arrested and remain in custody.\n"
), [("Police close a drug market", "remain in custody.",
     "Police close a drug market in the city centre")])

NUMBERED_RELEASES = Layout("numbered_releases_dump", (
    "Press Release No. 14/2026\n"
    "12 March 2026\n"
    "Customs seize 80 kg of khat at the airport\n\n"
    "Customs officers at the international airport seized 80 kg of khat from two "
    "passengers on Wednesday.\n\n"
    "Press Release No. 13/2026\n"
    "10 March 2026\n"
    "Customs and police hold a joint training on container profiling\n\n"
    "Thirty officers took part in a three-day course on profiling containers at the "
    "port.\n"
), [  # a release's numbered label opens it and titles it (gold of d71, h20_09, h21_13)
    ("Press Release No. 14/2026", "passengers on Wednesday.", "Press Release No. 14/2026"),
    ("Press Release No. 13/2026", "containers at the port.", "Press Release No. 13/2026")])

WIRE_NO_HEADLINE = Layout("wire_stories_gapped_no_headlines", (
    "KABUL (Reuters) - Afghan police seized 2 tonnes of opium in Helmand province on Sunday, "
    "a provincial spokesman said.\n\n"
    "The drugs were found in a compound near Lashkar Gah.\n\n\n\n"
    "ISLAMABAD (Reuters) - Pakistan's Anti-Narcotics Force said on Monday it had seized "
    "heroin worth $3 million at Karachi port.\n\n"
    "The drugs were hidden in a shipment of marble.\n"
), [("KABUL (Reuters)", "near Lashkar Gah.", None),
    ("ISLAMABAD (Reuters)", "a shipment of marble.", None)])

LONG_SUBHEADINGS = Layout("article_with_long_subheadings", (
    "Police dismantle a cocaine network operating from the port\n\n"
    "Detectives arrested eleven people on Tuesday in raids on a network that moved "
    "cocaine through the port for three years.\n\n"
    "How the smugglers hid the drugs\n\n"
    "The network hid the cocaine in containers of fruit and removed it before the "
    "containers reached the customs area.\n\n"
    "What happens next for the suspects\n\n"
    "The suspects will appear before a judge on Thursday, the police said.\n"
), [("Police dismantle a cocaine", "the police said.",
     "Police dismantle a cocaine network operating from the port")])

GALLERY = Layout("article_with_gallery_captions", (
    "Army destroys two drug laboratories in the jungle\n\n"
    "Soldiers found two laboratories for processing coca paste in the jungle on Saturday "
    "and destroyed them with the chemicals found on site.\n\n"
    "Photo 1 of 3: Soldiers inspect barrels of chemicals\n"
    "Photo 2 of 3: The laboratory under a tarpaulin\n"
    "Photo 3 of 3: Destruction of the site\n"
), [("Army destroys two drug", "chemicals found on site.",
     "Army destroys two drug laboratories in the jungle")])

COOKIE_TOP = Layout("cookie_banner_over_article", (
    "We use cookies to improve your experience on our website.\n"
    "Accept all   Reject all   Cookie settings\n\n"
    "Customs find cannabis in a shipment of tea\n"
    "Published: 9 March 2026\n\n"
    "Customs officers at the port found 400 kg of cannabis in a shipment of tea on "
    "Monday.\n"
), [("Customs find cannabis", "shipment of tea on Monday.",
     "Customs find cannabis in a shipment of tea")])

SPEECH = Layout("minister_speech", (
    "Remarks by the Minister at the opening of the regional drug conference\n\n"
    "Excellencies,\n"
    "Ladies and gentlemen,\n\n"
    "It is an honour to welcome you to our capital.\n\n"
    "Last year our police seized more than 12 tonnes of drugs.\n\n"
    "Thank you.\n"
), [("Remarks by the Minister", "Thank you.",
     "Remarks by the Minister at the opening of the regional drug conference")])

PREV_NEXT = Layout("article_with_previous_next_links", (
    "Customs destroy 3 tonnes of counterfeit cigarettes and seized drugs\n"
    "14.03.2026\n\n"
    "Customs officers destroyed three tonnes of counterfeit cigarettes and 120 kg of drugs "
    "at an incineration plant on Friday.\n\n"
    "Previous article: Customs officers receive new scanners at the port\n"
    "Next article: Dog handlers complete a training course\n"
), [("Customs destroy 3 tonnes", "plant on Friday.",
     "Customs destroy 3 tonnes of counterfeit cigarettes and seized drugs")])

ACCESSIBILITY = Layout("accessibility_widgets_on_top", (
    "Version for the visually impaired   A  A  A\n"
    "Ministry of Internal Affairs\n"
    "Home / Press service / News\n\n"
    "Police detain a drug courier at the railway station\n"
    "3 min read\n\n"
    "Transport police detained a 24-year-old man with 600 grams of mephedrone at the "
    "central railway station on Thursday.\n"
), [("Police detain a drug courier", "station on Thursday.",
     "Police detain a drug courier at the railway station")])

VIDEO_PAGE = Layout("video_news_page", (
    "Video\n"
    "Navy intercepts a narco-submarine in the Pacific\n"
    "Duration: 02:31\n"
    "Watch the video\n\n"
    "The navy intercepted a self-propelled semi-submersible carrying 2.5 tonnes of cocaine "
    "about 200 nautical miles off the coast.\n"
), [("Navy intercepts a narco-submarine", "off the coast.",
     "Navy intercepts a narco-submarine in the Pacific")])

TIME_LED_TEASERS = Layout("latest_news_time_led_teasers_over_article", (
    "Latest news\n"
    "10:45 Border guards stop a truck with 300 kg of hashish\n"
    "09:30 Minister meets the head of the regional drug office\n"
    "Yesterday, 18:20 Police dismantle a cannabis farm in the south\n\n"
    "Border guards stop a truck with 300 kg of hashish\n"
    "12.03.2026, 10:45\n\n"
    "Border guards at the southern checkpoint found 300 kg of hashish hidden in a load of "
    "onions on Thursday morning.\n"
), [
    # teasers separated from their article by other teasers are items of their own
    ("10:45 Border guards stop", "300 kg of hashish",
     "10:45 Border guards stop a truck with 300 kg of hashish"),
    ("09:30 Minister meets", "regional drug office",
     "09:30 Minister meets the head of the regional drug office"),
    ("Yesterday, 18:20 Police", "cannabis farm in the south",
     "Yesterday, 18:20 Police dismantle a cannabis farm in the south"),
    ("Border guards stop a truck", "on Thursday morning.",
     "Border guards stop a truck with 300 kg of hashish")])

UPDATED_AGO = Layout("updated_ago_and_reading_time", (
    "Police seize 40 kg of cocaine in a raid on a warehouse\n"
    "Updated 2 hours ago · 2 min read\n\n"
    "Police raided a warehouse in the industrial zone on Monday and seized 40 kg of cocaine "
    "hidden in boxes of tiles.\n\n"
    "Two men were arrested.\n"
), [("Police seize 40 kg", "Two men were arrested.",
     "Police seize 40 kg of cocaine in a raid on a warehouse")])

PRESS_SERVICE_SIGNATURE = Layout("press_service_signature_end", (
    "Operatives of the regional police seized 5 kg of amphetamine\n\n"
    "On 11 March, operatives of the regional police department detained two residents of the "
    "region who were storing 5 kg of amphetamine in a garage.\n\n"
    "A criminal case has been opened.\n\n"
    "Press service of the Main Police Department of the region\n"
), [("Operatives of the regional police",
     "Press service of the Main Police Department of the region",
     "Operatives of the regional police seized 5 kg of amphetamine")])

PIB_STYLE = Layout("government_bureau_release_ids", (
    "Ministry of Finance\n"
    "Revenue intelligence seizes 8 kg of cocaine from a passenger at Mumbai airport\n"
    "Posted On: 12 MAR 2026 4:15PM by Press Bureau Mumbai\n\n"
    "Officers of the revenue intelligence directorate intercepted a passenger arriving from "
    "Addis Ababa and recovered 8 kg of cocaine from a false bottom in his trolley bag.\n\n"
    "The passenger was arrested under the narcotics act.\n\n"
    "***\n\n"
    "RK/SM\n"
    "(Release ID: 2101234)\n"
    "Visitor Counter : 418\n"
    "Read this release in: Hindi , Marathi\n"
), [("Revenue intelligence seizes", "under the narcotics act.",
     "Revenue intelligence seizes 8 kg of cocaine from a passenger at Mumbai airport")])

WORDPRESS_LIKE = Layout("blog_post_with_share_and_like_widgets", (
    "Drug squad arrests three in a raid on a nightclub\n"
    "March 10, 2026\n\n"
    "Officers of the drug squad arrested three men at a nightclub on Saturday and seized "
    "ecstasy tablets and cocaine.\n\n"
    "Share this:\n"
    "Facebook\n"
    "X\n"
    "Like this:\n"
    "Like Loading...\n"
    "Related\n"
), [("Drug squad arrests three", "tablets and cocaine.",
     "Drug squad arrests three in a raid on a nightclub")])

CJK_DATES = Layout("year_month_day_cjk_and_dotted_dates", (
    "Customs Service\n"
    "Home | News | Contact\n"
    "Customs find methamphetamine in a parcel of tea\n"
    "2026年3月12日\n\n"
    "Customs officers at the international mail centre found 1.2 kg of methamphetamine in a "
    "parcel declared as tea.\n\n"
    "Customs and coast guard sign a cooperation agreement\n"
    "2026. 3. 10.\n\n"
    "The two agencies agreed to share surveillance data at sea.\n"
), [("Customs find methamphetamine", "declared as tea.",
     "Customs find methamphetamine in a parcel of tea"),
    ("Customs and coast guard", "surveillance data at sea.",
     "Customs and coast guard sign a cooperation agreement")])

# session 12: wire sites and ministry pages of holdout12 / newswire4 shapes, our own wording
WIRE_BYLINE_UPDATED = Layout("wire_headline_byline_updated_line", (
    "HARBOR WIRE\n"
    "U.S. News   World News   Politics   Sports   Entertainment   Business   Science\n"
    "Menu\n"
    "Storm surge floods coastal towns, forcing thousands to leave\n"
    "By ANNA PEREZ and TOM OKAFOR\n"
    "Updated 6:15 PM EDT, October 3, 2026\n"
    "Share\n\n"
    "GALVESTON, Texas (HW) — A storm surge pushed water into three coastal towns on "
    "Saturday, forcing about 9,000 residents from their homes.\n\n"
    "Officials said the water would recede by Monday.\n\n"
    "___\n\n"
    "Harbor Wire writer Lena Ortiz in Houston contributed to this report.\n"
    "Copyright 2026 Harbor Wire. All Rights Reserved.\n\n"
    "RELATED COVERAGE\n"
    "Forecasters track a second storm in the Gulf\n"
    "Insurers brace for claims after the floods\n"
), [("Storm surge floods", "contributed to this report.",
     "Storm surge floods coastal towns, forcing thousands to leave")])

AUTHOR_AGENCY_UPDATED = Layout("author_and_agency_lines_over_updated_line", (
    "SWA\n"
    "News  |  Sport  |  FactCheck  |  Business  |  Entertainment\n"
    "Bank data breach exposes up to 2 million customers' records\n"
    "Mia Hartley\n"
    "(Southern Wire Agency)\n"
    "Updated 9 May 2026 2:40pm\n\n"
    "Up to 2 million customers of a regional bank have had their records stolen in a cyber "
    "attack, the bank says.\n\n"
    "Customers worried about their accounts can call the bank's hotline.\n"
    "SWA\n"
    "Related Stories\n"
    "Regulator fines bank over outage\n"
), [("Bank data breach exposes", "call the bank's hotline.\nSWA",
     "Bank data breach exposes up to 2 million customers' records")])

SECTION_UNDER_MENU = Layout("section_label_under_the_menu_over_the_headline", (
    "Nordic Agency\n"
    "Home | World | Politics | Economy | Energy | Sports | Analysis\n"
    "World, Europe - Baltic\n"
    "At least 6 dead as a cargo ship sinks in a storm off the coast\n"
    "Rescue teams search the waters where the vessel carrying 14 crew went down\n"
    "Agency staff   |14.03.2026 - Update : 15.03.2026\n\n"
    "RIGA\n\n"
    "At least six sailors were killed when a cargo ship sank in a storm on Friday night, "
    "officials said.\n"
), [("At least 6 dead", "officials said.",
     "At least 6 dead as a cargo ship sinks in a storm off the coast")])

CHANNEL_PINNED = Layout("channel_with_a_pinned_message", (
    "Police of the Republic — official channel\n"
    "t.me/police_official · 120 514 subscribers\n"
    "📌 Pinned message: Hotline of the ministry — 1102\n"
    "04.05.2026 10:12\n"
    "🚨 COURIER WITH HASHISH DETAINED IN THE CAPITAL\n\n"
    "On Saturday officers detained a 24-year-old man who was hiding hashish in the "
    "courtyards of apartment blocks.\n\n"
    "A criminal case has been opened.\n"
    "👁 12.1K   ❤️ 210   🔁 31\n"
    "#police #drugs\n"
    "06.05.2026 18:40\n"
    "🔴 RESULTS OF THE FIRST STAGE OF THE OPERATION\n\n"
    "From 1 to 5 May, officers seized 40 kg of drugs in the capital and the regions.\n"
), [("04.05.2026 10:12", "A criminal case has been opened.",
     "🚨 COURIER WITH HASHISH DETAINED IN THE CAPITAL"),
    ("06.05.2026 18:40", "in the capital and the regions.",
     "🔴 RESULTS OF THE FIRST STAGE OF THE OPERATION")])

SITE_MENU_WITH_HOTLINE = Layout("site_menu_of_its_own_labels_and_a_hotline", (
    "Respublika Daxili Nazirliyi\n"
    "AZ | RU | EN        Search…\n"
    "Ministry   Structure   Press service   Appeals   Wanted persons   102\n"
    "Press service / News\n"
    "Over 5 kilograms of heroin seized in a village near the border\n"
    "Today, 10:40\n"
    "Officers of the drug control department detained a resident of the village who was "
    "storing 5 kilograms of heroin in his barn.\n"
    "A criminal case has been initiated.\n"
    "Views: 1 046      Share  f  X  Telegram\n"
    "Hashish found in a garage in the port city\n"
    "Yesterday, 17:42\n"
    "Officers found 2 kilograms of hashish hidden in a car tyre in a garage.\n"
    "Views: 874      Share  f  X  Telegram\n"
), [("Over 5 kilograms of heroin", "A criminal case has been initiated.",
     "Over 5 kilograms of heroin seized in a village near the border"),
    ("Hashish found in a garage", "hidden in a car tyre in a garage.",
     "Hashish found in a garage in the port city")])

WIRE_CREDIT_UNDER_BODY = Layout("wire_credit_under_the_last_sentence", (
    "NATIONAL WIRE\n"
    "Home  General  Business  Politics  Sports  World  Features  ▾\n"
    "Customs foil bid to smuggle 300 kg of syabu through the air cargo terminal\n"
    "14/09/2025 06:20 PM\n\n"
    "CAPITAL CITY, Sept 14 (NW) -- Customs officers foiled an attempt to smuggle 300 "
    "kilogrammes of syabu through the air cargo terminal on Sept 8.\n\n"
    "The public can report smuggling on the customs toll-free line.\n"
    "-- NATIONAL WIRE\n\n"
    "Related News\n"
    "Customs seize ganja at the northern border\n"
    "© 2025 NATIONAL WIRE. All Rights Reserved.\n"
), [("Customs foil bid", "on the customs toll-free line.\n-- NATIONAL WIRE",
     "Customs foil bid to smuggle 300 kg of syabu through the air cargo terminal")])

WIRE_CREDIT_SET_APART = Layout("wire_credit_set_apart_stays", (
    "Port city: 2 tonnes of chira seized, four suspects arrested\n\n"
    "Port city, 03/12/2025 (NWA) - Police seized 2 tonnes of chira in a warehouse on "
    "Tuesday and arrested four suspects.\n\n"
    "(NWA)\n"
), [("Port city: 2 tonnes", "(NWA)",
     "Port city: 2 tonnes of chira seized, four suspects arrested")])

SELF_DESCRIPTION_UNDER_TAGS = Layout("publisher_description_under_share_bar_and_tags", (
    "Operation Andes Shield ends with 2 tonnes of cocaine seized\n\n"
    "The police forces of six countries seized 2 tonnes of cocaine during the second "
    "edition of the operation, the mechanism said on Friday.\n\n"
    "A third edition is planned for next year.\n"
    "Share:  Facebook  X  LinkedIn  WhatsApp\n"
    "#PoliceCooperation #AndesShield\n"
    "REGIOPOL is a mechanism of police cooperation created in 2009 that brings together "
    "police institutions of the region.\n"
), [("Operation Andes Shield", "planned for next year.",
     "Operation Andes Shield ends with 2 tonnes of cocaine seized")])

SOURCE_AND_EDITOR_LINES = Layout("source_and_editor_lines_over_the_date", (
    "Eastern Wire | english.wire.cn\n"
    "Home | China | World | Business | Sci-Tech | Culture | Photos | Video\n"
    "High-speed railway linking two mountain cities opens\n"
    "Source: Eastern Wire\n"
    "Editor: Li Wen\n"
    "2026-05-18 10:06:31\n\n"
    "KUNMING, May 18 (EW) -- A 180-km high-speed railway connecting two mountain cities "
    "started operation on Monday.\n\n"
    "The line has seven stations. ■\n"
    "[Editor: LW]\n"
    "Related:\n"
    "Railways see record passenger trips during the holiday\n"
), [  # the closing credit is inside (guide, session 25: nw4_10, nw7_07, nw9_04)
    ("High-speed railway linking", "seven stations. ■\n[Editor: LW]",
     "High-speed railway linking two mountain cities opens")])

CAPTION_GLUED_TO_IMAGE = Layout("caption_glued_to_its_image_name_inside_the_story", (
    "Spain raises the minimum wage by 3 percent without employers' backing\n\n"
    "Madrid, Feb 10 (WA).- The government approved on Tuesday a rise of the minimum wage "
    "by 3 percent, to 1,200 euros a month in 14 payments.\n\n"
    "council-ministers-wage-2026.jpgThe Minister of Labour during the press conference "
    "after the Council of Ministers, this Tuesday in Madrid. WA/ Photographer Name\n\n"
    "The rise was agreed last week with the trade unions, but the employers refused to sign "
    "it.\n"
), [("Spain raises the minimum wage", "refused to sign it.",
     "Spain raises the minimum wage by 3 percent without employers' backing")])

PAGE_TOP_LINK = Layout("page_top_link_and_site_footer", (
    "Joint investigation by customs and prefectural police leads to arrest of smugglers\n"
    "14/11/2025\n\n"
    "Customs and the prefectural police arrested two men who tried to smuggle 3 kg of "
    "methamphetamine hidden in machine parts.\n\n"
    "Customs asks anyone with information to call the smuggling hotline.\n"
    "▲ Page top\n"
    "Sitemap | Privacy policy | Accessibility\n"
    "Copyright © Harbour Customs. All rights reserved.\n"
), [("Joint investigation by customs", "call the smuggling hotline.",
     "Joint investigation by customs and prefectural police leads to arrest of smugglers")])

LINK_ENDING_THE_LAST_SENTENCE = Layout("web_address_ending_the_last_sentence", (
    "Commission concludes its regular session in the capital\n\n"
    "The commission adopted its work plan for 2026 and elected its new chair on Friday.\n\n"
    "For more information, please visit the commission's website at www.example.org\n"
    "Share | Print\n"
), [("Commission concludes", "website at www.example.org",
     "Commission concludes its regular session in the capital")])

UPDATED_UNDER_DATE_WITH_PROMOTIONS = Layout("update_line_under_the_date_and_promotions_below", (
    "Northwind\n"
    "Markets  Economics  Industries  Tech  Politics  Opinion\n"
    "Deals\n"
    "Lakeside Dairy Agrees to Sell Cheese Unit for $2.1 Billion\n"
    "By Anna Perez and Tom Rey\n"
    "March 3, 2027 at 6:45 AM EST\n"
    "Updated on March 3, 2027 at 9:20 AM EST\n\n"
    "Lakeside Dairy Corp. agreed to sell its cheese unit for about $2.1 billion in cash, the "
    "company said on Wednesday.\n\n"
    "The buyer will pay $41 a share, a premium of 18% over Tuesday's close.\n\n"
    "(Updates with analyst comment in fifth paragraph.)\n"
    "Before it's here, it's on the Northwind Terminal.\n"
    "LEARN MORE\n"
    "Have a confidential tip for our reporters? Get in touch\n"
    "Download the Northwind app now for markets on the go.\n"
    "Our Standards: The Northwind Trust Principles.\n"
), [("Lakeside Dairy Agrees", "in fifth paragraph.)",
     "Lakeside Dairy Agrees to Sell Cheese Unit for $2.1 Billion")])

DESK_INITIALS_SET_APART = Layout("desk_initials_set_apart_under_the_story", (
    "Storm floods coastal towns as rivers burst their banks\n\n"
    "Lisbon, Nov 4 (WA).- Heavy rain flooded four coastal towns on Tuesday and forced 300 "
    "people from their homes, the civil protection agency said.\n\n"
    "The agency expects the rain to ease on Thursday.\n\n"
    "ab/cde/fg\n"
    "© 2026 WA\n"
    "Read more\n"
    "Harbour closed after ferry runs aground\n"
), [("Storm floods coastal towns", "ease on Thursday.\n\nab/cde/fg",
     "Storm floods coastal towns as rivers burst their banks")])

AGENCY_DESK_SLUG = Layout("agency_name_and_desk_slug_under_the_story", (
    "Wind farms in Austria supply a record share of power\n\n"
    "Vienna (WA) - Wind farms supplied 31 per cent of Austria's electricity in March, the "
    "grid operator said on Tuesday.\n\n"
    "The operator expects the share to fall in the summer months.\n\n"
    "wa kb/rs wxyz b2 lmn\n"
    "Share this article\n"
), [("Wind farms in Austria", "in the summer months.\n\nwa kb/rs wxyz b2 lmn",
     "Wind farms in Austria supply a record share of power")])

SECTION_LABEL_OVER_BYLINED_HEADLINE = Layout("section_label_over_a_bylined_headline", (
    "Home  News  Canada  Business  Sports  Life\n"
    "Business\n"
    "Ottawa raises the lobster quota by 8 per cent as stocks recover\n"
    "By Claire Dubois\n"
    "The Canadian Wire\n"
    "Posted Mar 3, 2027 9:14 am\n\n"
    "HALIFAX — The federal government is raising the lobster quota in the southern Gulf by "
    "8 per cent this season, the department said on Wednesday.\n\n"
    "Fishers had asked for a larger rise.\n"
), [("Ottawa raises the lobster quota", "asked for a larger rise.",
     "Ottawa raises the lobster quota by 8 per cent as stocks recover")])

MASTHEAD_LINES_AND_OFFICE_SIGNOFF = Layout("two_line_masthead_and_press_office_signoff", (
    "State Revenue Committee of the Republic of Westland\n"
    "Official Internet resource of a state body\n"
    "Eng  Rus  Wes\n"
    "About the Committee  >  Press center  >  News\n"
    "Customs officer who let a cocaine shipment through sentenced to 9 years\n"
    "The court has delivered a verdict in the case investigated by the Committee's own "
    "security department.\n"
    "The officer was found guilty of receiving bribes on an especially large scale.\n"
    "If you know of corruption offences, call the hotline 1440.\n"
    "Press service of the State Revenue Committee of the Republic of Westland\n"
    "Share:  Facebook  Instagram  Telegram\n"
    "Print\n"
), [("Customs officer who let", "call the hotline 1440.",
     "Customs officer who let a cocaine shipment through sentenced to 9 years")])

GOVERNMENT_RELEASE_ENDS_DATE = Layout("government_release_dated_by_its_end_mark", (
    "Harbour Customs seizes cannabis at the container terminal\n"
    "*********************************************************\n\n"
    "     Harbour Customs seized about 40 kilograms of suspected cannabis in a container "
    "declared as furniture yesterday (March 2) and arrested a man.\n\n"
    "     The investigation is ongoing.\n\n"
    "Ends/Tuesday, March 3, 2026\n"
    "Issued at HKT 16:05\n"
), [("Harbour Customs seizes", "investigation is ongoing.",
     "Harbour Customs seizes cannabis at the container terminal")])

LISTING_WITH_FILTER_AND_FEEDBACK = Layout("listing_filter_count_and_feedback_widget", (
    "Westland Customs\n"
    "Home > About us > News\n"
    "News and press releases\n"
    "Filter: All | Drugs | Tobacco | Currency\n"
    "Van with 60 kilos of hashish stopped at the border\n"
    "Published 12.05.2026\n"
    "Customs officers stopped a van at the border crossing on Monday and found 60 kilos of "
    "hashish behind the seats.\n"
    "Tags: Drugs, Border\n"
    "Cocaine found in a shipment of pineapples\n"
    "Published 08.05.2026\n"
    "Officers at the port found 12 kilos of cocaine in a container of pineapples.\n"
    "Showing 2 of 180 news items   « Previous   Next »\n"
    "Did you find what you were looking for?  Yes  No\n"
), [("Van with 60 kilos", "behind the seats.",
     "Van with 60 kilos of hashish stopped at the border"),
    ("Cocaine found in", "container of pineapples.", "Cocaine found in a shipment of pineapples")])

FOOTER_NAMING_THE_MINISTRY = Layout("footer_line_naming_the_ministry_after_a_dash", (
    "MINISTRY OF THE INTERIOR\n"
    "Republic of Westland\n"
    "Home | Institutional | News | Contact\n"
    "News > Security\n"
    "ANTI-DRUG POLICE DISMANTLE A COCAINE LABORATORY IN THE NORTH\n"
    "Northtown, May 4, 2026 (Ministry of the Interior).- The anti-drug police dismantled a "
    "cocaine laboratory and seized 210 kilograms of chemicals on Sunday.\n\n"
    "Two men were arrested at the site.\n"
    "#WestlandWithoutDrugs #AntiDrugPolice\n"
    "Directorate of Social Communication – Ministry of the Interior\n"
    "Share: Facebook | X | WhatsApp\n"
), [("ANTI-DRUG POLICE DISMANTLE", "arrested at the site.",
     "ANTI-DRUG POLICE DISMANTLE A COCAINE LABORATORY IN THE NORTH")])

PDF_LAST_PAGE_NUMBER = Layout("converted_pdf_ending_with_its_page_number", (
    "3. Trends 2025\n\n"
    "In 2025, the police recorded 12.410 reports under the drug law, 3,2 % more than in\n"
    "the previous year. Most of the increase concerned cocaine.\n\n"
    "Customs officers at the airport seized more than 40 kg of cocaine in\n"
    "passengers' luggage.\n\n"
    "22\n"
), [("3. Trends 2025", "passengers' luggage.", "3. Trends 2025")])

SINGLE_QUOTED_HEADLINE = Layout("headline_opening_with_a_single_curly_quote", (
    "‘Harbour Lights’ tops the box office with a $41 million opening\n\n"
    "By ANNA PEREZ AP Film Writer\n\n"
    "LOS ANGELES (AP) — The musical “Harbour Lights” opened with $41 million in North "
    "American theaters over the weekend, according to studio estimates on Sunday.\n\n"
    "The film played in 3,900 theaters.\n"
), [("‘Harbour Lights’ tops", "in 3,900 theaters.",
     "‘Harbour Lights’ tops the box office with a $41 million opening")])

HEADLINE_OVER_SOURCE_AND_UPDATED = Layout("headline_over_spaced_source_and_updated_line", (
    "Home » Markets » News\n"
    "Market Live  |  Stock Quotes  |  IPO  |  Commodities\n"
    "Sensex falls 820 pts, Nifty ends below 23,000 as banks drag\n"
    "Press Trust of India  Mumbai\n"
    "Last Updated : Apr 7 2026 | 4:05 PM IST\n\n"
    "Mumbai, Apr 7 (PTI) Benchmark indices fell sharply on Tuesday, dragged down by heavy "
    "selling in banking shares.\n\n"
    "The rupee settled 12 paise lower at 84.10 against the dollar.\n"
), [("Sensex falls 820 pts", "against the dollar.",
     "Sensex falls 820 pts, Nifty ends below 23,000 as banks drag")])

REGIONAL_SITE_WIDGETS = Layout("regional_site_menu_icons_weather_and_section", (
    "VolgaNews.ru — news of Samara and the region\n"
    "☰ News   Incidents   Economy   Culture   Sport        🔍\n"
    "16+   |   +3°C Samara\n"
    "Incidents\n"
    "In Samara, police officers seized 12 kilos of hashish from a courier\n"
    "4 April 2026, 09:12\n"
    "Officers of the regional police stopped a car on the M5 highway near Syzran and found "
    "12 kg of hashish in the spare wheel, the regional police press service said.\n"
    "The driver, 31, has been detained.\n"
    "Share:  VK   OK   Telegram\n"
), [("In Samara, police officers", "has been detained.",
     "In Samara, police officers seized 12 kilos of hashish from a courier")])

DIGEST_WITH_ICON_BUTTONS = Layout("digest_ending_with_icon_buttons", (
    "Customs Service   |   Press office\n"
    "Home   News   Media   Contacts\n"
    "WEEKLY REVIEW: customs results for 6 – 12 April 2026\n"
    "During the week, customs officers detected 14 offences, including two cases of drug "
    "smuggling.\n"
    "At the Hatay post, officers found 9 kg of heroin in a lorry's fuel tank.\n"
    "Source: press office of the Customs Service\n"
    "Views: 1 046   |   🖨 Print   |   Share: Telegram  Facebook\n"
), [("WEEKLY REVIEW: customs results", "in a lorry's fuel tank.",
     "WEEKLY REVIEW: customs results for 6 – 12 April 2026")])

X_PROFILE_THREAD = Layout("x_profile_header_and_a_two_post_thread", (
    "Oslo Politidistrikt\n"
    "@oslopoliti\n"
    "Offisiell konto for Oslo politidistrikt. Ring 112 ved nødsituasjoner.\n"
    "Oslo  ·  politiet.no  ·  Joined May 2012\n"
    "842 Following   288.4K Followers\n"
    "Posts   Replies   Media   Likes\n\n"
    "Oslo Politidistrikt @oslopoliti · Apr 9\n"
    "#Grønland: This morning a patrol stopped a man on Tøyengata. He had 210 g of cocaine "
    "in his bag. He was arrested.\n"
    "9:40 AM · Apr 9, 2026 · 22.1K Views\n\n"
    "Oslo Politidistrikt @oslopoliti · Apr 8\n"
    "UPDATE #Vaterland: The search of the flat is over. Officers found 4,1 kg hash and "
    "a scale. (1/2)\n\n"
    "(2/2) Two men aged 24 and 29 have been charged. Tips can be given on 02800. "
    "#politiet #oslo\n"
    "6:05 PM · Apr 8, 2026 · 41K Views\n"
), [("#Grønland: This morning", "He was arrested.", None),
    ("UPDATE #Vaterland:", "#politiet #oslo", None)])

AGENCY_PAGE_RELATED_TOPICS = Layout("agency_story_with_section_label_and_related_topics", (
    "AA | Anadolu Agency\n"
    "Türkçe  English  Français  Русский\n"
    "Türkiye   World   Politics   Economy   Sports   Analysis\n"
    "World\n"
    "Greek coast guard seizes 2 tons of cannabis off Crete\n"
    "Vessel carrying drugs from North Africa intercepted south of island, says ministry\n\n"
    "Nikos Papas   |12.04.2026 - Update : 12.04.2026\n\n"
    "ATHENS\n\n"
    "The Greek coast guard seized 2 tons of cannabis aboard a fishing vessel south of Crete, "
    "the Shipping Ministry said on Sunday.\n\n"
    "Four crew members were detained.\n"
    "Related topics\n"
    "#Greece  #Drugs\n"
    "Spanish police seize 8 tons of hashish in Cadiz\n"
    "Italy, Albania sign deal on maritime patrols\n"
), [("Greek coast guard seizes", "were detained.",
     "Greek coast guard seizes 2 tons of cannabis off Crete")])

RELEASE_WITH_OFFICE_CONTACTS = Layout("release_mark_office_name_contacts_and_acronym_end", (
    "Coast Guard News\n"
    "Home > News > Press Releases\n"
    "United States Coast Guard\n"
    "News Release\n"
    "U.S. Coast Guard 11th District\n"
    "Contact: 11th District Public Affairs\n"
    "Office: 510-437-3375\n"
    "Coast Guard offloads 9,000 pounds of cocaine in Alameda\n\n"
    "ALAMEDA, Calif. — The crew of the Coast Guard Cutter Munro offloaded approximately "
    "9,000 pounds of cocaine Tuesday.\n\n"
    "The drugs were seized in the Eastern Pacific Ocean.\n"
    "-USCG-\n"
    "For information on how to join the U.S. Coast Guard, visit GoCoastGuard.com.\n"
    "Share this: Facebook  X  Email\n"
), [("Coast Guard offloads", "Eastern Pacific Ocean.",
     "Coast Guard offloads 9,000 pounds of cocaine in Alameda")])

PAGE_POST_WITH_PHOTO_ICON = Layout("page_posts_one_opening_under_a_photo_icon", (
    "Drug Enforcement Board - DEB Zambia\n"
    "Posts   About   Photos   Videos   More\n\n"
    "DEB SEIZES 200 KG OF CANNABIS IN CHIPATA\n"
    "Officers of the Drug Enforcement Board intercepted a truck near Chipata on Friday and "
    "found 200 kg of cannabis hidden under maize bags.\n"
    "The driver was arrested.\n"
    "👍 214   💬 12   ↗ 31\n"
    "Like   Comment   Share\n\n"
    "📷 IMG_20260312_WA0007.jpg\n"
    "DEB TRAINS 40 OFFICERS ON BORDER PROFILING\n"
    "A three-day training on profiling of travellers ended in Lusaka on Thursday.\n"
    "The 40 officers came from the Board and the Immigration Department.\n"
), [("DEB SEIZES 200 KG", "was arrested.", "DEB SEIZES 200 KG OF CANNABIS IN CHIPATA"),
    ("DEB TRAINS 40 OFFICERS", "Immigration Department.",
     "DEB TRAINS 40 OFFICERS ON BORDER PROFILING")])

REPORT_PUBLISHER_OVER_RUNNING_HEADER = Layout("report_publisher_line_over_running_header", (
    "NATIONAL CUSTOMS BOARD OF THE REPUBLIC OF ESTONIA\n"
    "ANNUAL REVIEW 2025                                                       9\n"
    "3. FIGHT AGAINST SMUGGLING\n"
    "In 2025, customs officers detected 812 cases of smuggling of excise goods and drugs, "
    "12 % more than in 2024.\n\n"
    "Most drugs were found in parcels at the Tallinn post centre.\n"
    "10                                                       ANNUAL REVIEW 2025\n"
), [("3. FIGHT AGAINST SMUGGLING", "Tallinn post centre.", "3. FIGHT AGAINST SMUGGLING")])

WIRE_TAG_AND_TIME_DATE_LINE = Layout("wire_version_tag_headline_and_time_date_line", (
    "Seoul Wire\n"
    "N.Korea  National  Economy  Market  Industry  Culture  Sports\n"
    "Economy\n"
    "(2nd LD) Exports rise 8 pct in March on chip demand\n"
    "All News 10:05 April 1, 2027\n\n"
    "SEOUL, April 1 (Seoul Wire) -- South Korea's exports rose 8 percent in March from a "
    "year earlier on strong chip demand, data showed Thursday.\n\n"
    "Outbound shipments reached 61.2 billion dollars.\n"
), [("(2nd LD) Exports rise", "61.2 billion dollars.",
     "(2nd LD) Exports rise 8 pct in March on chip demand")])

WIRE_DATE_WITH_ZONE_OFFSET = Layout("wire_date_line_with_a_zone_offset", (
    "Skip to main content\n"
    "Exclusive news, data and analytics for financial market professionals\n"
    "Markets  Commodities\n"
    "Oil rises 2% as supply outage in Libya tightens market\n\n"
    "By Priya Nair\n\n"
    "April 6, 2027 10:41 AM GMT+5:30\n\n"
    "April 6 (Reuters) - Oil prices rose 2% on Tuesday after an outage at a Libyan field "
    "cut output by 300,000 barrels per day.\n\n"
    "DATA/EVENTS (GMT)\n"
    "1230 U.S. Trade balance Feb\n\n"
    "(Reporting by Priya Nair in Bengaluru; Editing by Anna Kim)\n"
), [("Oil rises 2%", "Editing by Anna Kim)",
     "Oil rises 2% as supply outage in Libya tightens market")])

WIRE_FOOTER_LINKS = Layout("wire_story_footer_links_under_the_byline", (
    "Ottawa posts $2.1-billion surplus in January\n\n"
    "OTTAWA — The federal government posted a surplus of $2.1 billion in January, the "
    "Finance Department said Friday.\n\n"
    "This report by The Canadian Press was first published March 26, 2027.\n\n"
    "Jim Bronskill, The Canadian Press\n"
    "Report an error\n"
    "Journalistic Standards\n"
    "About The Canadian Press\n"
), [("Ottawa posts", "Jim Bronskill, The Canadian Press",
     "Ottawa posts $2.1-billion surplus in January")])


MINUTES_EXTRACT_UNDER_LETTERHEAD = Layout("minutes_extract_letterhead_title_place_date_signature", (
    "SHANGHAI COOPERATION ORGANISATION                            RATS-14/2026\n"
    "Council of the Regional Anti-Terrorist Structure\n"
    "EXTRACT FROM THE MINUTES OF THE FOURTEENTH MEETING OF THE COUNCIL OF THE REGIONAL "
    "ANTI-TERRORIST STRUCTURE OF THE SHANGHAI COOPERATION ORGANISATION\n"
    "Tashkent                                                      3–4 March 2026\n"
    "Chaired by: the Chairman of the Council.\n"
    "1. On the results of the joint border operation\n"
    "DECIDED:\n"
    "1.1. To take note of the information on the results of the operation.\n"
    "Chairman of the Council                                      [signature]\n"
    "Page 1 of 1\n"
), [("EXTRACT FROM THE MINUTES", "results of the operation.",
     "EXTRACT FROM THE MINUTES OF THE FOURTEENTH MEETING OF THE COUNCIL OF THE REGIONAL "
     "ANTI-TERRORIST STRUCTURE OF THE SHANGHAI COOPERATION ORGANISATION")])

WIRE_PAGE_TAGLINE_AND_POSTING_FOOTER = Layout("wire_page_tagline_and_posting_line_footer", (
    "Skip to main content\n"
    "Independent news and data for commodity traders\n"
    "Markets  Commodities  Energy\n"
    "Oil slips as inventories climb for a third week\n\n"
    "By Lena Marsh\n\n"
    "March 9, 2027 5:12 PM GMT  Updated 2 hours ago\n\n"
    "LONDON, March 9 (Northwind) - Oil prices fell 1.4% on Tuesday after stockpiles rose "
    "for a third week, traders said.\n\n"
    "Brent crude settled at $81.20 a barrel.\n"
    "Published: 9 March 2027, 5:12 pm\n"
    "Share   Facebook   X   Email\n"
), [("Oil slips as inventories", "at $81.20 a barrel.",
     "Oil slips as inventories climb for a third week")])

AGENCY_COPYRIGHT_SIGNOFF_AND_NORDIC_FOOTER = Layout(
    "agency_sign_off_in_brackets_and_a_footer_in_the_page_language", (
        "NWA  |  News in English\n"
        "Innenriks  Utenriks  Økonomi  Sport\n"
        "Salmon fishing closed in 30 rivers after a poor return\n\n"
        "The environment agency is closing salmon fishing in 30 rivers from Thursday after "
        "very few fish returned from the sea.\n\n"
        "A new evaluation will be made on 1 July.\n\n"
        "(©NWA)\n"
        "Del artikkelen\n"
        "Les også: Record number of pink salmon removed from northern rivers\n"
    ), [("Salmon fishing closed", "on 1 July.\n\n(©NWA)",
         "Salmon fishing closed in 30 rivers after a poor return")])

BRACKETED_COPYRIGHT_AND_SPACED_INITIALS = Layout(
    "copyright_note_in_brackets_and_spaced_desk_initials", (
        "HARBOUR PRESS\n"
        "Carmaker to recall 400,000 vehicles over brake defect\n\n"
        "Osaka, Feb. 25 (Harbour Press)--A carmaker said Thursday that it will recall some "
        "400,000 vehicles over a defect in brake hoses.\n\n"
        "The recall will cost about 12 billion yen.\n"
        "[Copyright The Harbour Press, Ltd.]\n"
        "Related Articles\n"
        "Automakers post record exports in 2026\n"
    ), [("Carmaker to recall", "about 12 billion yen.",
         "Carmaker to recall 400,000 vehicles over brake defect")])

CUT_TEASERS_WITH_READ_MORE = Layout("related_teasers_cut_with_read_more", (
    "Ministry of Interior\n"
    "Home | Ministry | Press Center | Contact        EN\n"
    "Police seize 4 kg of synthetic drugs in special operation\n"
    "12/03/2026 17:45\n"
    "Officers detained four persons and seized 4 kg of mephedrone in the capital.\n"
    "The court remanded all four in custody.\n"
    "Share: Facebook | X | Print\n"
    "Related news\n"
    "Police detain a man for growing cannabis in the east\n"
    "11/03/2026\n"
    "Officers found 46 cannabis plants in a greenhouse on his plot of land ... Read more\n"
    "Drug dealers detained in the west, 312 grams of heroin seized\n"
    "09/03/2026\n"
    "Officers detained two persons and seized 312 grams of heroin prepared for sale ... "
    "Read more\n"
), [("Police seize 4 kg", "all four in custody.",
     "Police seize 4 kg of synthetic drugs in special operation"),
    ("Police detain a man", "plot of land ...",
     "Police detain a man for growing cannabis in the east"),
    ("Drug dealers detained", "prepared for sale ...",
     "Drug dealers detained in the west, 312 grams of heroin seized")])

X_TIMELINE_WITH_MEDIA_BADGES = Layout("x_timeline_with_media_badges_under_posts", (
    "Harbour Customs جمارك\n"
    "@Harbour_Customs\n"
    "Official account of the Harbour Customs Authority\n"
    "Posts   Replies   Media   Likes\n\n"
    "Harbour Customs @Harbour_Customs · Mar 5\n"
    "Translated from Arabic · Show original\n"
    "Inspectors at the sea port found 35,600 capsules of pregabalin in engine parts.\n"
    "#Harbour_Customs\n"
    "🎥 0:42   ↻ 61   ♥ 214   👁 9,8K\n\n"
    "Harbour Customs @Harbour_Customs · Mar 3\n"
    "Translated from Arabic · Show original\n"
    "Inspectors at the land border foiled an attempt to smuggle 12,400 pills in a spare tyre.\n"
    "📷 4 photos   ↻ 38   ♥ 170   👁 7,1K\n"
), [("Inspectors at the sea port", "in engine parts.", None),
    ("Inspectors at the land border", "in a spare tyre.", None)])

COURT_MASTHEAD_MENU_AND_SECTION_PATH = Layout("bilingual_masthead_menu_and_section_path", (
    "WESTLAND RESPUBLIKASI OLIY SUDI | SUPREME COURT OF THE REPUBLIC OF WESTLAND\n"
    "Main | About the court | Judicial practice | Press service | Appeals\n"
    "Press service / Court news\n"
    "MEMBERS OF A DRUG SMUGGLING GROUP SENTENCED TO LONG TERMS\n"
    "On February 17 the regional court announced the verdict against five defendants "
    "accused of smuggling hashish.\n"
    "The verdict may be appealed in the Supreme Court.\n"
    "Share:  Telegram  Facebook  X\n"
), [("MEMBERS OF A DRUG", "in the Supreme Court.",
     "MEMBERS OF A DRUG SMUGGLING GROUP SENTENCED TO LONG TERMS")])

PDF_TWO_STATEMENTS_LETTERHEAD_AGAIN = Layout("pdf_second_statement_under_its_letterhead", (
    "ISLAND POLICE FORCE\n"
    "Media Unit | Police Headquarters, Port Town\n"
    "MEDIA STATEMENT                                                     Page 1 of 2\n"
    "Police uproot 4,000 cannabis plants in the north\n"
    "Monday 10 February 2025\n"
    "Officers from the northern station completed a week-long eradication operation.\n"
    "Three men were arrested.\n"
    "– ENDS –\n"
    "ISLAND POLICE FORCE\n"
    "MEDIA STATEMENT                                                     Page 2 of 2\n"
    "Villagers hand over blocks found washed up on a beach\n"
    "Monday 10 February 2025\n"
    "The transnational crime unit is investigating three blocks believed to be cocaine.\n"
    "– ENDS –\n"
), [("Police uproot 4,000", "Three men were arrested.",
     "Police uproot 4,000 cannabis plants in the north"),
    ("Villagers hand over", "believed to be cocaine.",
     "Villagers hand over blocks found washed up on a beach")])

NUMBERED_STATEMENT_UNDER_ADDRESS = Layout("numbered_press_statement_under_an_address", (
    "REGIONAL POLICE SECRETARIAT\n"
    "Level 5, Tower One, Jalan Utama, 50100 Port City\n"
    "PRESS STATEMENT                                                   No. 14/2025\n"
    "JOINT OPERATION RIVER SHIELD CONCLUDES WITH 2 400 ARRESTS\n"
    "Port City, 30 July 2025 – Police agencies of six member states have concluded a joint "
    "operation against methamphetamine trafficking.\n"
    "A third phase of the operation is expected to be endorsed in September.\n"
    "– END –\n"
    "Page 1 of 1\n"
), [("JOINT OPERATION RIVER", "endorsed in September.",
     "JOINT OPERATION RIVER SHIELD CONCLUDES WITH 2 400 ARRESTS")])

TRANSCRIPT_END_MARK_AND_SIGNATURE = Layout("transcript_closed_by_its_end_mark", (
    "Transcript: Weekly media briefing at police headquarters\n\n"
    "COMMISSIONER: Good morning to the members of the media.\n"
    "On Tuesday night the coast guard intercepted a pirogue with 1,200 pounds of cannabis.\n"
    "REPORTER: Commissioner, were there arrests?\n"
    "COMMISSIONER: Three men were charged. Thank you.\n"
    "[END OF TRANSCRIPT]\n"
    "Issued by the Public Relations Department, Island Police Force.\n"
), [("Transcript: Weekly media", "were charged. Thank you.",
     "Transcript: Weekly media briefing at police headquarters")])

SYNDICATED_STORY_FIRST_PUBLISHED = Layout("syndicated_story_with_first_published_footer", (
    "Home » India News » Health\n"
    "Daily Ledger\n"
    "Over 1.2 crore children vaccinated as the drive gathers pace\n"
    "Press Agency  New Delhi\n"
    "Last Updated : Mar 14 2027 | 8:57 PM IST\n\n"
    "New Delhi, Mar 14 (PA) More than 1.2 crore children have been vaccinated since the "
    "campaign began on February 28, the health ministry said on Sunday.\n\n"
    "The second phase will begin in mid-May, officials said. PA ABC DEF\n"
    "(Only the headline and picture of this report may have been reworked by the Daily "
    "Ledger staff; the rest of the content is auto-generated from a syndicated feed.)\n"
    "First Published: Mar 14 2027 | 8:57 PM IST\n"
), [("Over 1.2 crore children", "officials said. PA ABC DEF",
     "Over 1.2 crore children vaccinated as the drive gathers pace")])

FLATTENED_DASH_TABLE_IN_RESULTS = Layout("flattened_table_rows_set_apart_by_dashes", (
    "JOINT OPERATION RIVER SHIELD CONCLUDES WITH 2 400 ARRESTS\n"
    "Port City, 30 July 2025 – Police agencies of six member states have concluded a joint "
    "operation against methamphetamine trafficking.\n"
    "Arrests and main seizures by country:\n"
    "Northland – 296 – 410 kg crystal methamphetamine\n"
    "Eastland – 842 – 1 120 kg crystal methamphetamine\n"
    "Southland – 377 – 5.8 million methamphetamine tablets\n"
    "Westland – 416 – 380 kg heroin\n"
    "A third phase of the operation is expected to be endorsed in September.\n"
), [("JOINT OPERATION RIVER", "endorsed in September.",
     "JOINT OPERATION RIVER SHIELD CONCLUDES WITH 2 400 ARRESTS")])

READ_ALSO_DATED_TEASERS = Layout("read_also_teasers_with_their_posting_dates", (
    "Regional News\n"
    "Police close a cannabis farm in a disused hangar near the airfield\n"
    "21 April 2026, 10:15   |   Incidents   |   💬 2\n"
    "Officers of the drug squad found 640 cannabis plants and lamps in a hangar on Monday.\n"
    "Two men from the neighbouring town were detained on the spot.\n"
    "Tags: drugs, police, airfield\n"
    "Comments (2)   Share:  VK  OK  Telegram\n"
    "Read also\n"
    "Customs officers find 2 kg of cocaine in the lining of a traveller's coat\n"
    "19 April 2026, 18:40\n"
    "Courier with 30 bundles of mephedrone detained at the railway station\n"
    "18 April 2026, 09:05\n"
    "We use cookies to make the site more convenient. By continuing, you agree to this.   OK\n"
), [("Police close a cannabis farm", "detained on the spot.",
     "Police close a cannabis farm in a disused hangar near the airfield"),
    ("Customs officers find 2 kg", "19 April 2026, 18:40",
     "Customs officers find 2 kg of cocaine in the lining of a traveller's coat"),
    ("Courier with 30 bundles", "18 April 2026, 09:05",
     "Courier with 30 bundles of mephedrone detained at the railway station")])

OTHER_NEWS_DATED_TEASER = Layout("other_news_teaser_with_its_date_under_the_article", (
    "REGIONAL CUSTOMS UNION\n"
    "About | News | Documents | Contacts          RU | EN\n"
    "Home > News > Cooperation\n"
    "Customs services agree joint risk profiles for parcels\n"
    "12.03.2026 | 11:20\n"
    "The heads of the customs services met in Bishkek on 10-11 March and agreed common risk "
    "profiles for postal parcels.\n"
    "The next meeting will be held in Astana in September.\n"
    "Share:  VK  |  Telegram  |  Copy link\n"
    "Other news\n"
    "Experts of the union discuss the tariff nomenclature in Geneva\n"
    "02.03.2026\n"
    "All news\n"
), [("Customs services agree", "in Astana in September.",
     "Customs services agree joint risk profiles for parcels"),
    ("Experts of the union", "02.03.2026",
     "Experts of the union discuss the tariff nomenclature in Geneva")])

ONE_PAGE_PDF_MESSAGE = Layout("one_page_pdf_message_page_counter_and_contact_footer", (
    "REGIONAL GROUP ON COMBATING MONEY LAUNDERING\n"
    "Group Secretariat | Information note | 1/1\n"
    "INFORMATION NOTE ON THE RESULTS OF THE 12TH PLENARY MEETING\n"
    "Tashkent, 20 March 2026\n"
    "From 16 to 20 March 2026, Tashkent hosted the 12th plenary meeting of the Group, "
    "attended by more than 200 delegates of the member states.\n"
    "The next plenary meeting is scheduled for November 2026.\n"
    "Group Secretariat: info@regional-group.example.org | www.regional-group.example.org\n"
), [("INFORMATION NOTE ON THE", "scheduled for November 2026.",
     "INFORMATION NOTE ON THE RESULTS OF THE 12TH PLENARY MEETING")])

PRESS_OFFICE_FOOTER_WITH_ADDRESS = Layout("press_office_footer_naming_the_site_and_address", (
    "POLICÍA FORAL\n"
    "Gobierno de Navarra\n\n"
    "Officers dismantle a cannabis plantation in a farmhouse in the Ribera\n\n"
    "The Policía Foral found 1,200 plants and arrested two men on Tuesday in a farmhouse "
    "near Tudela.\n"
    "The detainees have been placed at the disposal of the court.\n"
    "Compartir  Facebook  X  WhatsApp\n"
    "Gabinete de Prensa (GP) · Dirección General de la Policía Foral\n"
    "Calle Sangüesa, 12 · 31005 Pamplona\n"
), [("Officers dismantle a cannabis", "at the disposal of the court.",
     "Officers dismantle a cannabis plantation in a farmhouse in the Ribera")])

TRANSLATE_BAR_AND_READER_COMMENTS = Layout("translate_bar_section_label_reader_comments", (
    "IslandNews.example\n"
    "Accueil   Actualités   Politique   Sport   Culture   Contact\n"
    "🔍   |   Traduire : English (auto)\n"
    "Faits divers\n"
    "Police seize heroin and cannabis plants in a busy week\n"
    "Published on Saturday 8 March 2025 at 10:20\n"
    "The anti-drug unit carried out raids across the island between Monday and Friday.\n"
    "On Thursday officers uprooted 300 cannabis plants in the north. No arrest has been "
    "made so far.\n"
    "💬 3 comments  –  React\n"
    "Marie L. · il y a 2 h\n"
    "Bravo! Mais les gros trafiquants sont toujours libres...\n"
), [("Police seize heroin and", "No arrest has been made so far.",
     "Police seize heroin and cannabis plants in a busy week")])

FACEBOOK_GLOBE_POST_HEADERS = Layout("facebook_posts_with_globe_audience_icon", (
    "Harbour District Police\n"
    "Government organisation · 12K followers\n"
    "Posts   About   Photos   Videos\n\n"
    "Harbour District Police\n"
    "9 March at 10:12 · 🌐\n"
    "See translation\n"
    "On 6 March customs officers stopped a passenger at the airport with 1,5 kg of cocaine "
    "in his suitcase. He was arrested on the spot.\n"
    "👍 120   14 comments   6 shares\n"
    "Like   Comment   Share\n\n"
    "Harbour District Police\n"
    "5 March at 15:30 · 🌐\n"
    "See translation\n"
    "On Monday the district court sentenced a man to two years in prison for smuggling "
    "cannabis.\n"
), [("On 6 March customs", "arrested on the spot.", None),
    ("On Monday the district", "for smuggling cannabis.", None)])

SYNDICATION_DISCLAIMER_AFTER_INITIALS = Layout("syndication_disclaimer_under_wire_initials", (
    "Govt cuts duty on edible oil imports to cool prices\n\n"
    "New Delhi, Sep 9 (PA) The government on Tuesday cut the import duty on crude palm oil "
    "to 5 per cent from 10 per cent.\n\n"
    "The cut will take effect from Wednesday, the finance ministry said. PA ABC XYZ\n"
    "This report is auto-generated from Press Agency news service. The Daily Ledger holds "
    "no responsibility for its content.\n"
    "Subscribe to our channels on YouTube & Telegram\n"
), [("Govt cuts duty on", "ministry said. PA ABC XYZ",
     "Govt cuts duty on edible oil imports to cool prices")])

WIRE_SECTION_BAR_AND_CODED_SLUG = Layout("wire_section_bar_and_coded_desk_slug", (
    "dpa International  |  Europe  |  Economy\n"
    "Port strike to cost shippers millions as dockers walk out for a third day\n\n"
    "Hamburg (dpa) - A strike by dock workers is set to cost shipping lines up to €40 "
    "million, the port authority said on Wednesday.\n\n"
    "The union said further strikes could follow next week if no offer was made.\n"
    "dpa abc/de xyzz a2 sp\n"
    "Share this article\n"
), [  # the desk's slug closes the story inside it, as nw8_07's (guide, session 25)
    ("Port strike to cost", "if no offer was made.\ndpa abc/de xyzz a2 sp",
     "Port strike to cost shippers millions as dockers walk out for a third day")])

POSTING_LINES_WITH_WIDE_BARS = Layout("posting_lines_with_fields_between_wide_bars", (
    "Harbour Police  |  Port Authority\n\n"
    "Smuggling attempt at the eastern border foiled: 12 handguns seized\n"
    "08.07.2025  |  10:42\n"
    "On Monday night, soldiers spotted two suspects near the border fence and found 12 "
    "handguns in a bag they left behind.\n"
    "Cannabis laboratory discovered in a flat in the lower town\n"
    "07.07.2025  |  15:10   |   Incidents   |   💬 4\n"
    "Detectives searched a flat last Thursday and found 230 cannabis plants.\n"
), [("Smuggling attempt at the", "a bag they left behind.",
     "Smuggling attempt at the eastern border foiled: 12 handguns seized"),
    ("Cannabis laboratory discovered", "found 230 cannabis plants.",
     "Cannabis laboratory discovered in a flat in the lower town")])

# Layout induction (pressparse.io.layout): the page's own separator line, found because it
# recurs, not because a cue knows the publisher.
DAY_MONTH_CASES_UNDER_ARTICLE = Layout("day_month_cases_under_article", (
    "PROSECUTOR GENERAL'S OFFICE\n"
    "Home / News / Regions\n"
    "Courier of a drug shop sentenced to eight years in Vitebsk\n"
    "12.03.2027 | 10:05\n"
    "The Vitebsk Regional Court sentenced a 22-year-old courier of an online drug shop to "
    "eight years in a penal colony. He had hidden 140 doses of mephedrone in the city.\n"
    "Share:   VK   Telegram\n"
    "Other news\n"
    "9 March\n"
    "In Orsha, a dealer who sold hashish to students was detained at a bus stop\n"
    "7 March\n"
    "Criminal case opened after 300 grams of cannabis were found in a garage in Polotsk\n"
    "4 March\n"
    "Prosecutors check the work of the drug unit of the Glubokoye district police\n"
    "All news →\n"
), [
    ("Courier of a drug shop", "140 doses of mephedrone in the city.",
     "Courier of a drug shop sentenced to eight years in Vitebsk"),
    ("9 March", "detained at a bus stop",
     "In Orsha, a dealer who sold hashish to students was detained at a bus stop"),
    ("7 March", "found in a garage in Polotsk",
     "Criminal case opened after 300 grams of cannabis were found in a garage in Polotsk"),
    ("4 March", "of the Glubokoye district police",
     "Prosecutors check the work of the drug unit of the Glubokoye district police"),
])

BRACKETED_POST_STAMPS = Layout("bracketed_post_stamps_with_view_counters", (
    "Far Eastern Customs | ДВТУ\n"
    "@dvtu_news · 9 870 subscribers\n"
    "[02 Mar, 08:15]\n"
    "🚢 COCAINE IN A BANANA CONTAINER\n"
    "At the port of Vladivostok, customs officers found 12 kg of cocaine in a container "
    "of bananas from Ecuador. A criminal case was opened.\n"
    "👁 4.2K\n"
    "[04 Mar, 17:40]\n"
    "📦 Parcels with pills\n"
    "Officers of the Khabarovsk customs post stopped three parcels with 900 tablets of "
    "tramadol sent from abroad.\n"
    "👁 2.9K\n"
), [
    ("[02 Mar, 08:15]", "A criminal case was opened.", None),
    ("[04 Mar, 17:40]", "sent from abroad.", None),
])

NEWSROOM_SPACED_DATES = Layout("newsroom_headline_over_spaced_date_and_office", (
    "POLICE OF THE REPUBLIC\n"
    "Home  |  News  |  Contacts\n"
    "Heroin found in the tank of a van at the Gruškovje crossing\n"
    "21. 03. 2027 | Maribor Police Administration\n"
    "Border police officers inspected a van on Monday and found 6 kilograms of heroin in "
    "a hidden compartment of the fuel tank. The driver was detained.\n"
    "Read more »\n"
    "Cannabis grown in a flat in the centre of Celje\n"
    "19. 03. 2027 | Celje Police Administration\n"
    "Officers searched a flat and seized 41 cannabis plants and lamps. A complaint will be "
    "filed against the tenant.\n"
    "Read more »\n"
    "Checks of young drivers on the ring road near Koper\n"
    "17. 03. 2027 | Koper Police Administration\n"
    "During the weekend, officers checked 210 drivers and found drugs in four cars.\n"
    "Read more »\n"
), [
    ("Heroin found in the tank", "The driver was detained.",
     "Heroin found in the tank of a van at the Gruškovje crossing"),
    ("Cannabis grown in a flat", "filed against the tenant.",
     "Cannabis grown in a flat in the centre of Celje"),
    ("Checks of young drivers", "found drugs in four cars.",
     "Checks of young drivers on the ring road near Koper"),
])

HEADLINE_DATE_TEASERS_UNDER_ARTICLE = Layout("headline_date_teasers_under_article", (
    "Customs Committee\n"
    "Home | Press centre | News\n"
    "Customs officers sum up the results of February\n"
    "03.03.2027   Astana\n"
    "In February, customs officers opened 11 criminal cases on drug smuggling and seized "
    "42 kg of drugs at the border.\n"
    "Share:   Facebook   Telegram\n"
    "Other news\n"
    "Customs officers of the Almaty region stop a parcel with mephedrone\n"
    "28.02.2027\n"
    "Delegation of the customs service of Kyrgyzstan visits the Khorgos checkpoint\n"
    "25.02.2027\n"
    "Archive of news →\n"
), [
    ("Customs officers sum up", "seized 42 kg of drugs at the border.",
     "Customs officers sum up the results of February"),
    ("Customs officers of the Almaty region", "28.02.2027",
     "Customs officers of the Almaty region stop a parcel with mephedrone"),
    ("Delegation of the customs service", "25.02.2027",
     "Delegation of the customs service of Kyrgyzstan visits the Khorgos checkpoint"),
])

BLOG_POSTED_ON_BY_LINES = Layout("blog_headline_over_posted_on_by_line", (
    "Harbour Watch\n"
    "Coast guard boards a fishing boat with 300 kg of cocaine\n"
    "Posted on Oct. 12, 2027 by harbourdesk\n"
    "The boat was stopped 60 miles off the coast on Saturday after a chase of four hours. "
    "The crew of five was detained.\n"
    "Divers find packages of cocaine under a cargo ship's hull\n"
    "Posted on Sept. 30, 2027 by harbourdesk\n"
    "Police divers found 14 packages fixed to the hull of a bulk carrier in the outer "
    "harbour.\n"
    "Customs at the ferry port stop a van with cannabis resin\n"
    "Posted on May 3, 2027 by portnews\n"
    "Officers searched a van arriving on the morning ferry and found 80 kg of cannabis "
    "resin behind its seats.\n"
), [
    ("Coast guard boards", "The crew of five was detained.",
     "Coast guard boards a fishing boat with 300 kg of cocaine"),
    ("Divers find packages", "in the outer harbour.",
     "Divers find packages of cocaine under a cargo ship's hull"),
    ("Customs at the ferry port", "resin behind its seats.",
     "Customs at the ferry port stop a van with cannabis resin"),
])

TITLE_LEAD_DATE_LISTING = Layout("listing_of_title_lead_and_closing_date", (
    "CITY NEWS\n"
    "Home | News | Police\n"
    "Police seize 200 kg of cannabis in a lorry on the motorway\n"
    "Officers stopped the lorry near the toll station on Sunday and found the drug under "
    "a load of onions.\n"
    "12/03/2027\n"
    "Two arrested after a raid on a flat used to cut cocaine\n"
    "Detectives searched the flat in the old town and seized scales, cutting agents and "
    "3 kg of cocaine.\n"
    "10/03/2027\n"
    "Customs dogs find heroin in a bus passenger's bag\n"
    "The passenger, travelling from the border, was detained at the central bus station.\n"
    "07/03/2027\n"
    "Load more\n"
), [
    ("Police seize 200 kg", "a load of onions.\n12/03/2027",
     "Police seize 200 kg of cannabis in a lorry on the motorway"),
    ("Two arrested after a raid", "3 kg of cocaine.\n10/03/2027",
     "Two arrested after a raid on a flat used to cut cocaine"),
    ("Customs dogs find heroin", "central bus station.\n07/03/2027",
     "Customs dogs find heroin in a bus passenger's bag"),
])

TWO_POSTS_UNDER_DAY_AND_TIME = Layout("two_channel_posts_under_day_and_time_lines", (
    "Customs Service – official channel\n\n"
    "12 May at 09:12\n"
    "Customs officers at the Leuseni crossing found 3 kg of heroin in the spare wheel of a "
    "car coming from the west.\n\n"
    "14 May at 18:40\n"
    "A joint team of customs and police officers dismantled a cannabis greenhouse in a "
    "village near the river.\n"
), [
    ("12 May at 09:12", "coming from the west.", None),
    ("14 May at 18:40", "a village near the river.", None),
])

# no separator: a day's programme under a meeting's page, dated paragraphs of a chronology
MEETING_PROGRAMME_BY_DAY = Layout("meeting_programme_by_day_one_item", (
    "Regional meeting of port control units, Valencia, 4-6 May 2027\n\n"
    "Port control units of eleven countries met in Valencia to exchange information on "
    "cocaine shipments in containers.\n\n"
    "Programme\n\n"
    "Tuesday 4 May\n"
    "09:30  Opening by the head of the port police\n"
    "11:00  Trends in container traffic from South America\n\n"
    "Wednesday 5 May\n"
    "08:30  Visit to the container terminal and its scanners\n\n"
    "Thursday 6 May\n"
    "10:00  Conclusions and the next meeting\n"
), [
    ("Regional meeting of port control units", "Conclusions and the next meeting",
     "Regional meeting of port control units, Valencia, 4-6 May 2027"),
])

CHRONOLOGY_OF_ONE_CASE = Layout("chronology_of_one_case_one_item", (
    "How the investigation of the Harbour Road laboratory unfolded\n\n"
    "On 3 May, a neighbour reported a chemical smell from a warehouse on Harbour Road.\n\n"
    "On 5 May, detectives watched the warehouse and saw two men carry in barrels.\n\n"
    "On 9 May, officers raided the warehouse and seized 60 litres of precursors.\n\n"
    "On 12 May, the two men were charged before the district court.\n"
), [
    ("How the investigation", "before the district court.",
     "How the investigation of the Harbour Road laboratory unfolded"),
])

BRIEFING_TRANSCRIPT_UNDER_NOTE = Layout("briefing_transcript_under_an_editorial_note", (
    "[Transcript – prepared by the Communications Unit]\n"
    "CUSTOMS SERVICE PRESS BRIEFING ON THE PORT SEIZURE\n"
    "Customs House, Port Louis – Monday, 9 March 2026\n\n"
    "CUSTOMS SERVICE SPOKESPERSON: Good morning. On Saturday our officers found 40 kg of "
    "cannabis in a container of rice from the region.\n\n"
    "I now take your questions.\n\n"
    "JOURNALIST (Radio One): Was anyone arrested?\n\n"
    "CUSTOMS SERVICE SPOKESPERSON: Two clearing agents were arrested and are in custody.\n\n"
    "[Translated from French]\n"
), [
    ("CUSTOMS SERVICE PRESS BRIEFING", "are in custody.",
     "CUSTOMS SERVICE PRESS BRIEFING ON THE PORT SEIZURE"),
])

NUMBERED_COMMUNIQUE_UNDER_LETTERHEAD = Layout("numbered_points_of_one_communique", (
    "ARMADA DE LA REPÚBLICA\n"
    "Dirección de Comunicación\n"
    "PRESS RELEASE No. 45/2026\n"
    "Guayaquil, 3 March 2026\n\n"
    "The Navy, through its Coast Guard command, in the fight against drug trafficking, "
    "informs the public of the following results:\n\n"
    "1. On Sunday 1 March 2026, a patrol boat intercepted a fishing boat 40 nautical miles "
    "off the coast and found 600 kilograms of cocaine in a hidden compartment.\n\n"
    "The three crew members were detained and the boat was towed to port.\n\n"
    "2. On Monday 2 March, divers recovered 12 sacks of marijuana floating near the port's "
    "breakwater. No persons were detained.\n\n"
    "3. The detainees and the drugs were handed over to the prosecutor's office.\n"
), [
    ("PRESS RELEASE No. 45/2026", "to the prosecutor's office.", "PRESS RELEASE No. 45/2026"),
])

RELATED_ENTRIES_DATED_ON_THEIR_LINE = Layout("related_news_entries_dated_on_their_own_line", (
    "Anti-Drug Bureau dismantles a heroin network in the lake district\n"
    "Published on 20 Nov 2026\n\n"
    "The bureau arrested eight suspects on Tuesday and seized 6 kg of heroin in three "
    "districts along the lake.\n\n"
    "The public can report on the toll-free line 166.\n"
    "Share:  Facebook  X  WhatsApp\n"
    "Related news\n"
    "Bureau warns youth against dealers posing as job recruiters – 13 Nov 2026\n"
    "Two arrested at the border post with 17 kg of cannabis in a fuel tanker – 06 Nov 2026\n"
    "© 2026 Anti-Drug Bureau. All rights reserved.\n"
), [
    ("Anti-Drug Bureau dismantles", "the toll-free line 166.",
     "Anti-Drug Bureau dismantles a heroin network in the lake district"),
    ("Bureau warns youth", "job recruiters – 13 Nov 2026", None),  # (an entry's one line)
    ("Two arrested at the border", "a fuel tanker – 06 Nov 2026", None),
])

SHORT_HEADLINE_AFTER_END_MARK = Layout("second_release_with_a_short_headline_after_hash_marks", (
    "Police seize cocaine at the port\n"
    "The port police seized 90 kg of cocaine from a container on Monday.\n"
    "###\n"
    "Customs officers receive awards\n"
    "Ten customs officers received awards for their work on drug cases this year.\n"
    "###\n"
    "Media contact\n"
    "Press Office\n"
), [
    ("Police seize cocaine", "from a container on Monday.", "Police seize cocaine at the port"),
    ("Customs officers receive", "on drug cases this year.", "Customs officers receive awards"),
])

LAYOUTS = [PORTAL_LISTING, AGENCY_FEED, PDF_RELEASE, ENDS_WITH_NOTES_AND_CONTACT,
           HASH_MARKS_TWO_RELEASES, TELEGRAM_EXPORT, BILINGUAL_PAGE, MINISTRY_SIDEBAR,
           RELATED_NEWS_LIST, NUMBERED_DIGEST, ALL_CAPS_HEADLINE, HEADLINE_WITHOUT_BLANK,
           ARTICLE_WITH_SUBHEADINGS, ARTICLE_WITH_CAPTION, RELATIVE_STAMPS_FEED,
           MEDIA_CONTACT_FOOTER, SITE_FOOTER_SLOGAN, PROSECUTOR_RELEASE,
           POSTING_LINE_WITH_BYLINE, YEAR_FIRST_DATES, DATED_POSTING_WITH_BUTTONS,
           FACEBOOK_REPORT_SECTIONS, RELATED_DATED_ENTRIES, GOVUK, WORDPRESS, UN_STYLE,
           LETTERHEAD_REF, X_THREAD, BYLINE_LISTING, EDITORS_NOTE_TOP, TWO_WIRE_STORIES_CAPS,
           NEWSLETTER_TOC, SUBTITLE, BULLETS, NUMBERED_RELEASES, WIRE_NO_HEADLINE,
           LONG_SUBHEADINGS, GALLERY, COOKIE_TOP, SPEECH, PREV_NEXT, ACCESSIBILITY,
           VIDEO_PAGE, TIME_LED_TEASERS, UPDATED_AGO, PRESS_SERVICE_SIGNATURE, PIB_STYLE,
           WORDPRESS_LIKE, CJK_DATES, WIRE_BYLINE_UPDATED, AUTHOR_AGENCY_UPDATED,
           SECTION_UNDER_MENU, CHANNEL_PINNED, SITE_MENU_WITH_HOTLINE, WIRE_CREDIT_UNDER_BODY,
           WIRE_CREDIT_SET_APART, SELF_DESCRIPTION_UNDER_TAGS, SOURCE_AND_EDITOR_LINES,
           CAPTION_GLUED_TO_IMAGE, PAGE_TOP_LINK, LINK_ENDING_THE_LAST_SENTENCE,
           UPDATED_UNDER_DATE_WITH_PROMOTIONS, DESK_INITIALS_SET_APART, AGENCY_DESK_SLUG,
           SECTION_LABEL_OVER_BYLINED_HEADLINE, MASTHEAD_LINES_AND_OFFICE_SIGNOFF,
           GOVERNMENT_RELEASE_ENDS_DATE, LISTING_WITH_FILTER_AND_FEEDBACK,
           FOOTER_NAMING_THE_MINISTRY, PDF_LAST_PAGE_NUMBER, SINGLE_QUOTED_HEADLINE,
           HEADLINE_OVER_SOURCE_AND_UPDATED, REGIONAL_SITE_WIDGETS, DIGEST_WITH_ICON_BUTTONS,
           X_PROFILE_THREAD, AGENCY_PAGE_RELATED_TOPICS, RELEASE_WITH_OFFICE_CONTACTS,
           PAGE_POST_WITH_PHOTO_ICON, REPORT_PUBLISHER_OVER_RUNNING_HEADER,
           WIRE_TAG_AND_TIME_DATE_LINE, WIRE_DATE_WITH_ZONE_OFFSET, WIRE_FOOTER_LINKS,
           MINUTES_EXTRACT_UNDER_LETTERHEAD, WIRE_PAGE_TAGLINE_AND_POSTING_FOOTER,
           AGENCY_COPYRIGHT_SIGNOFF_AND_NORDIC_FOOTER, BRACKETED_COPYRIGHT_AND_SPACED_INITIALS,
           CUT_TEASERS_WITH_READ_MORE, X_TIMELINE_WITH_MEDIA_BADGES,
           COURT_MASTHEAD_MENU_AND_SECTION_PATH, PDF_TWO_STATEMENTS_LETTERHEAD_AGAIN,
           NUMBERED_STATEMENT_UNDER_ADDRESS, TRANSCRIPT_END_MARK_AND_SIGNATURE,
           SYNDICATED_STORY_FIRST_PUBLISHED, FLATTENED_DASH_TABLE_IN_RESULTS,
           READ_ALSO_DATED_TEASERS, OTHER_NEWS_DATED_TEASER, ONE_PAGE_PDF_MESSAGE,
           PRESS_OFFICE_FOOTER_WITH_ADDRESS, TRANSLATE_BAR_AND_READER_COMMENTS,
           FACEBOOK_GLOBE_POST_HEADERS, SYNDICATION_DISCLAIMER_AFTER_INITIALS,
           WIRE_SECTION_BAR_AND_CODED_SLUG, POSTING_LINES_WITH_WIDE_BARS,
           DAY_MONTH_CASES_UNDER_ARTICLE, BRACKETED_POST_STAMPS, NEWSROOM_SPACED_DATES,
           HEADLINE_DATE_TEASERS_UNDER_ARTICLE, MEETING_PROGRAMME_BY_DAY,
           CHRONOLOGY_OF_ONE_CASE, BLOG_POSTED_ON_BY_LINES, TITLE_LEAD_DATE_LISTING,
           TWO_POSTS_UNDER_DAY_AND_TIME, BRIEFING_TRANSCRIPT_UNDER_NOTE,
           NUMBERED_COMMUNIQUE_UNDER_LETTERHEAD, RELATED_ENTRIES_DATED_ON_THEIR_LINE,
           SHORT_HEADLINE_AFTER_END_MARK]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS))
def test_items_bounds_titles_and_crlf_as_the_guide_says(
        layout: Layout, check: Callable[[Layout], None]) -> None:
    """Where each item starts and ends, its title, and the same items with CRLF line ends."""
    check(layout)


@pytest.mark.parametrize(("layout", "dates"), [
    (LETTERHEAD_REF, ["2026-03-12"]),  # the letterhead's "Date: 12/03/2026"
    (YEAR_FIRST_DATES, ["2025-05-14", "2025-05-12"]),  # "2025.05.14"
    (PROSECUTOR_RELEASE, ["2026-03-12"]),  # "FOR IMMEDIATE RELEASE: March 12, 2026"
    (GOVUK, ["2026-03-04"]),  # "Published 4 March 2026" under "From: ..."
    (DATED_POSTING_WITH_BUTTONS, ["2026-03-04"]),  # "04.03.2026, 10:20 | Print"
    (CJK_DATES, ["2026-03-12", "2026-03-10"]),  # "2026年3月12日", "2026. 3. 10."
    (PIB_STYLE, ["2026-03-12"]),  # "Posted On: 12 MAR 2026 4:15PM by ..."
    (WIRE_BYLINE_UPDATED, ["2026-10-03"]),  # "Updated 6:15 PM EDT, October 3, 2026"
    (AUTHOR_AGENCY_UPDATED, ["2026-05-09"]),  # "Updated 9 May 2026" under author, agency
    (WIRE_CREDIT_UNDER_BODY, ["2025-09-14"]),  # "14/09/2025 06:20 PM"
    (UPDATED_UNDER_DATE_WITH_PROMOTIONS, ["2027-03-03"]),  # "Updated on ..." under the date
    (SECTION_LABEL_OVER_BYLINED_HEADLINE, ["2027-03-03"]),  # "Posted Mar 3, 2027 9:14 am"
    (GOVERNMENT_RELEASE_ENDS_DATE, ["2026-03-03"]),  # "Ends/Tuesday, March 3, 2026" under it
    (HEADLINE_OVER_SOURCE_AND_UPDATED, ["2026-04-07"]),  # "Last Updated : Apr 7 2026 | ..."
    (WIRE_TAG_AND_TIME_DATE_LINE, ["2027-04-01"]),  # "All News 10:05 April 1, 2027"
    (WIRE_DATE_WITH_ZONE_OFFSET, ["2027-04-06"]),  # "April 6, 2027 10:41 AM GMT+5:30"
    (X_PROFILE_THREAD, ["2026-04-09", "2026-04-08"]),  # each post's own time stamp under it
    (MINUTES_EXTRACT_UNDER_LETTERHEAD, ["2026-03-03"]),  # "Tashkent      3–4 March 2026"
    (WIRE_PAGE_TAGLINE_AND_POSTING_FOOTER, ["2027-03-09"]),  # "... 5:12 PM GMT  Updated ..."
    (SYNDICATED_STORY_FIRST_PUBLISHED, ["2027-03-14"]),  # "Last Updated : ...", not the footer
    (POSTING_LINES_WITH_WIDE_BARS, ["2025-07-08", "2025-07-07"]),  # "08.07.2025  |  10:42"
    (DAY_MONTH_CASES_UNDER_ARTICLE,  # "9 March" takes the year of the dated item above
     ["2027-03-12", "2027-03-09", "2027-03-07", "2027-03-04"]),
    (NEWSROOM_SPACED_DATES, ["2027-03-21", "2027-03-19", "2027-03-17"]),  # "21. 03. 2027 | ..."
    (HEADLINE_DATE_TEASERS_UNDER_ARTICLE,  # "03.03.2027   Astana" under the headline
     ["2027-03-03", "2027-02-28", "2027-02-25"]),
    (TITLE_LEAD_DATE_LISTING, ["2027-03-12", "2027-03-10", "2027-03-07"]),  # under the lead
], ids=["letterhead", "year_first", "immediate_release", "govuk", "posting_with_print",
        "cjk_and_korean", "posted_on_caps_month", "updated_time_first", "updated_under_byline",
        "numeric_date_twelve_hour_time", "updated_under_the_date", "posted_under_byline",
        "end_mark_date", "last_updated_under_source", "label_time_date",
        "time_zone_offset", "post_time_stamp_under_the_post", "place_and_day_range",
        "zone_and_relative_update_stamp", "last_updated_over_a_posting_footer",
        "date_time_and_fields_between_wide_bars", "day_month_entries_under_a_dated_item",
        "spaced_dotted_date_and_office", "date_and_place_set_apart", "date_closing_the_entry"])
def test_items_keep_the_date_of_their_posting_line(layout: Layout, dates: list[str]) -> None:
    assert [s.dateline_date for s in segment(layout.text)] == dates

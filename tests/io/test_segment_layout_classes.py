"""Segmentation of layout classes that broke on unseen sealed pages, each probed on pages of
other publishers and countries: related-news lists of "date / title" entries, day-month-year
date lines joined by hyphens, lists with one pictograph bullet per line, a short title in a dump
of titled entries, a signature's contact lines, a footnote under a rule, a headline ending
open over its byline, capital headlines with no blank line between items, a PDF's running
footer breaking the first page's sentence. Each case gives where each item starts and ends."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

# a related-news list whose entries open with their date (date / title): each entry is an item,
# the undated link under them none
READ_ALSO_DATE_FIRST = Layout("read_also_date_first_entries", (
    "Kenya Revenue Authority\n"
    "Home | Customs | Domestic Taxes | Media Centre\n"
    "Media Centre > News\n"
    "\n"
    "Customs officers at Mombasa port intercept 40 kg of heroin in a container of rice\n"
    "03.02.2027\n"
    "\n"
    "Customs officers at the Port of Mombasa on Monday intercepted 40 kg of heroin hidden in "
    "a container declared as rice from Pakistan.\n"
    "\n"
    "The consignment was flagged by the risk management system and scanned before officers "
    "opened the bags.\n"
    "\n"
    "Read also:\n"
    "28.01.2027\n"
    "KRA officers seize counterfeit cigarettes worth KSh 12 million at Busia\n"
    "21.01.2027\n"
    "Sniffer dogs help customs find cannabis in a bus at Namanga\n"
    "Tips for importers on the new electronic cargo system\n"
    "\n"
    "Share:  Facebook  X  LinkedIn\n"
), [
    ("Customs officers at Mombasa", "before officers opened the bags.", None),
    ("28.01.2027", "12 million at Busia", None),
    ("21.01.2027", "cannabis in a bus at Namanga", None),
])

# the same with dates written in words
RELATED_DATE_IN_WORDS = Layout("related_news_dates_in_words", (
    "SRI LANKA CUSTOMS\n"
    "Home | About | Media | Contact\n"
    "\n"
    "Ice worth Rs. 80 million found in a parcel at the Central Mail Exchange\n"
    "Officers of the Customs Narcotics Control Unit found 1.2 kg of crystal methamphetamine "
    "in a parcel from Malaysia on 9 February 2027, declared as cosmetics.\n"
    "\n"
    "The recipient, a 34-year-old man from Negombo, was arrested when he came to collect it.\n"
    "\n"
    "Related news\n"
    "2 February 2027\n"
    "Cannabis hidden in a shipment of coconut husks detected at the Colombo port\n"
    "26 January 2027\n"
    "Two passengers arrested with gold bars at the airport\n"
    "\n"
    "© 2027 Sri Lanka Customs\n"
), [
    ("Ice worth Rs. 80 million", "when he came to collect it.", None),
    ("2 February 2027", "detected at the Colombo port", None),
    ("26 January 2027", "with gold bars at the airport", None),
])

# headline / day-month-year date line joined by hyphens ('14-02-2027') / body
HYPHEN_DATE_LINES = Layout("title_over_hyphenated_date_lines", (
    "Politie Caribisch Nederland - Nieuws\n"
    "\n"
    "Cocaine found in a sailboat at the port of Kralendijk\n"
    "14-02-2027\n"
    "Officers of the police and the customs found 62 kilos of cocaine on Saturday in a "
    "sailboat that had arrived from Venezuela. Two crew members were arrested.\n"
    "\n"
    "The boat was seized and the investigation continues.\n"
    "\n"
    "Two men arrested after a chase on the coast road\n"
    "11-02-2027\n"
    "On Wednesday evening the police stopped a car after a chase on the coast road. In the "
    "car officers found 3 kilos of marijuana.\n"
    "\n"
    "The two suspects, aged 22 and 25, were taken to the police station.\n"
), [
    ("Cocaine found in a sailboat", "the investigation continues.", None),
    ("Two men arrested after a chase", "taken to the police station.", None),
])

# a post listing what was seized with one pictograph bullet per line: one item, no teasers
EMOJI_BULLET_LIST = Layout("post_with_emoji_bullet_list", (
    "Fiji Police Force\n"
    "2h · 🌍\n"
    "\n"
    "DRUG RAID IN NASINU 🚔\n"
    "Officers of the Narcotics Bureau carried out a search at a house in Nasinu on Saturday "
    "morning under a warrant issued by the court.\n"
    "\n"
    "Items seized during the raid:\n"
    "🔹 2.4 kilograms of dried marijuana in plastic bags\n"
    "🔹 46 marijuana plants growing behind the kitchen\n"
    "🔹 FJ$3,200 in cash believed to be from drug sales\n"
    "🔹 two digital scales and packing material\n"
    "\n"
    "A 38-year-old man is in custody and will appear in court on Monday.\n"
), [
    ("DRUG RAID IN NASINU", "appear in court on Monday.", None),
])

# the same with a check mark opening each point, the list's label glued over its first point
CHECK_MARK_LIST = Layout("post_with_check_mark_list", (
    "Nepal Police Headquarters\n"
    "3h · 🌍\n"
    "\n"
    "BORDER OPERATION IN JHAPA CONCLUDES ✅\n"
    "The Armed Police Force and Nepal Police carried out a joint operation along the eastern "
    "border from 3 to 9 February.\n"
    "\n"
    "Results of the operation:\n"
    "✅ 2,310 vehicles and rickshaws searched\n"
    "✅ 14 persons arrested for smuggling across the border\n"
    "✅ 6.2 kg of hashish recovered from a bus\n"
    "✅ 2 motorcycles and 1 jeep seized\n"
    "✅ goods worth NPR 1.4 million confiscated\n"
    "\n"
    "The largest recovery took place at Kakarbhitta on Thursday night, when officers found "
    "the hashish under the seats of a passenger bus.\n"
), [
    ("BORDER OPERATION IN JHAPA", "under the seats of a passenger bus.", None),
])

# a release listing what was confiscated with '►' bullets: one item
ARROW_BULLET_LIST = Layout("release_with_arrow_bullet_list", (
    "PHILIPPINE DRUG ENFORCEMENT AGENCY\n"
    "Regional Office VII\n"
    "\n"
    "P6.8-M SHABU SEIZED IN CEBU BUY-BUST\n"
    "\n"
    "Cebu City, 12 February 2027 - Agents of PDEA Regional Office VII arrested two suspects "
    "in a buy-bust operation in Barangay Pasil on Tuesday night.\n"
    "\n"
    "Confiscated from the suspects were the following:\n"
    "► one kilogram of suspected shabu in a tea bag\n"
    "► marked money used in the operation\n"
    "► two mobile phones and a motorcycle\n"
    "\n"
    "The suspects are now detained at the PDEA lock-up facility.\n"
), [
    ("P6.8-M SHABU SEIZED", "at the PDEA lock-up facility.", None),
])

# a dump of title / date / body entries where one title is two words: it titles its entry
SHORT_TITLE_IN_TITLED_DUMP = Layout("short_title_among_titled_entries", (
    "Mongol Customs General Administration\n"
    "Home | News | Laws | Contact\n"
    "\n"
    "CUSTOMS OFFICERS FIND SYNTHETIC DRUGS IN A TRUCK AT ZAMIIN-UUD\n"
    "12.02.2027\n"
    "\n"
    "Customs officers at the Zamiin-Uud border port found 4 kg of synthetic drugs hidden in "
    "the spare tyre of a truck coming from China.\n"
    "\n"
    "The driver was handed over to the police.\n"
    "Read more\n"
    "\n"
    "TRAINING FOR DOG HANDLERS HELD IN ULAANBAATAR\n"
    "08.02.2027\n"
    "\n"
    "From 2 to 6 February the training centre held a course for 14 dog handlers from the "
    "border ports.\n"
    "\n"
    "The course was run with experts from the Republic of Korea.\n"
    "Read more\n"
    "\n"
    "ANNUAL RESULTS\n"
    "03.02.2027\n"
    "\n"
    "In 2026 the customs offices of Mongolia detected 38 cases of drug smuggling, 12 more "
    "than in 2025.\n"
    "Read more\n"
), [
    ("CUSTOMS OFFICERS FIND SYNTHETIC DRUGS", "handed over to the police.", None),
    ("TRAINING FOR DOG HANDLERS", "from the Republic of Korea.", None),
    ("ANNUAL RESULTS", "12 more than in 2025.", None),
])

# entries opening with their date lines and no titles: a short label over one of them stays a
# label, outside every item
ARCHIVE_LABEL_UNTITLED_DUMP = Layout("section_label_over_date_first_entries", (
    "Dirección Nacional de Migración y Fronteras\n"
    "Home | News | Contact\n"
    "\n"
    "12.02.2027\n"
    "Border guards detained a man with 2 kg of cocaine at the Chuy crossing on Tuesday. He "
    "was handed over to the prosecutor.\n"
    "\n"
    "10.02.2027\n"
    "A patrol found 40 kg of marijuana in a boat on the river near Salto on Monday night. "
    "Two men fled.\n"
    "Read more\n"
    "\n"
    "Archive 2026\n"
    "05.12.2026\n"
    "Officers of the Rivera unit seized 12 kg of marijuana from a car at the border with Brazil.\n"
), [
    ("12.02.2027", "handed over to the prosecutor.", None),
    ("10.02.2027", "Two men fled.", None),
    ("05.12.2026", "at the border with Brazil.", None),
])

# 'Issued by:' over the office's phone and e-mail line (masked as noise): the release ends with
# them, not with the share bar under them
SIGNATURE_CONTACT_LINES = Layout("signature_over_contact_lines", (
    "GHANA REVENUE AUTHORITY\n"
    "\n"
    "PRESS RELEASE\n"
    "\n"
    "GRA CUSTOMS INTERCEPTS TRAMADOL AT TEMA PORT\n"
    "\n"
    "Officers of the Customs Division of the Ghana Revenue Authority have intercepted a "
    "40-foot container holding 2.1 million tablets of tramadol at the Tema Port.\n"
    "\n"
    "The container was declared as carrying plastic buckets from India. The importer has "
    "been invited to assist with investigations.\n"
    "\n"
    "Issued by: Communication and Public Affairs Department\n"
    "Tel: +233 302 904 545 | Email: info@gra.example\n"
    "Share: Facebook | X | WhatsApp\n"
), [
    ("GRA CUSTOMS INTERCEPTS TRAMADOL", "Email: info@gra.example", None),
])

# a story's footnote set apart by a rule at the page's end (a correction note): part of it
FOOTNOTE_UNDER_RULE = Layout("footnote_under_rule", (
    "Premium Times\n"
    "Home | News | Business | Sport\n"
    "\n"
    "Customs seize tramadol worth N2 billion at Apapa port\n"
    "\n"
    "By Chinedu Okafor\n"
    "\n"
    "The Nigeria Customs Service said on Tuesday it had seized 40 containers of tramadol at "
    "the Apapa port in Lagos.\n"
    "\n"
    "The area comptroller said the containers were declared as spare parts for motorcycles.\n"
    "\n"
    "***\n"
    "\n"
    "This story has been updated to correct the number of containers.\n"
), [
    ("Customs seize tramadol", "the number of containers.", None),
])

# a headline ending open ("... keep coming in") over its "By ..." field and posting line: the
# story opens with the headline
OPEN_HEADLINE_OVER_BYLINE = Layout("open_headline_over_byline", (
    "NATION NEWS\n"
    "Home | Local | Regional | World\n"
    "\n"
    "Coast guard steps up patrols as drug boats keep coming in\n"
    "\n"
    "By MARCIA WALCOTT\n"
    "Published 10 March 2027\n"
    "\n"
    "BRIDGETOWN, Barbados — The coast guard said on Monday it would double its night patrols "
    "after three boats carrying marijuana landed on the south coast in a week.\n"
    "\n"
    "Officers seized 420 pounds of marijuana from the boats, and five men were charged.\n"
), [
    ("Coast guard steps up patrols", "five men were charged.", None),
])

# items written with no blank line between them, each under a headline in capitals
CAPS_HEADLINES_NO_BLANK_LINES = Layout("caps_headlines_no_blank_lines", (
    "ROYAL MALAYSIA POLICE - NEWS\n"
    "\n"
    "POLICE SEIZE SYABU WORTH RM1.2 MILLION IN JOHOR BAHRU\n"
    "Police seized 32 kilograms of syabu from a car at a roadblock in Johor Bahru on Monday "
    "night. Two men aged 29 and 34 were arrested.\n"
    "The drugs were hidden in the spare tyre of the car, the district police chief said.\n"
    "THREE DETAINED IN PENANG DRUG RAID\n"
    "Three men were detained in a raid on a flat in Bayan Lepas on Tuesday, and police found "
    "1.5 kilograms of heroin and 900 ecstasy pills.\n"
    "They are being held for seven days to assist investigations.\n"
    "CUSTOMS FOIL CANNABIS SMUGGLING AT KLIA\n"
    "Customs officers at KLIA found 12 kilograms of cannabis in the luggage of a passenger "
    "arriving from Bangkok on Wednesday.\n"
), [
    ("POLICE SEIZE SYABU", "the district police chief said.", None),
    ("THREE DETAINED IN PENANG", "to assist investigations.", None),
    ("CUSTOMS FOIL CANNABIS", "arriving from Bangkok on Wednesday.", None),
])

# one release with subheadings in capitals glued under its sentences: still one item
CAPS_SUBHEADINGS_ONE_RELEASE = Layout("caps_subheadings_one_release", (
    "ZAMBIA POLICE SERVICE\n"
    "PRESS STATEMENT\n"
    "\n"
    "POLICE RECORD A RISE IN DRUG ARRESTS IN THE COPPERBELT\n"
    "\n"
    "Lusaka, 14 March 2027 - The Zambia Police Service recorded 214 drug-related arrests in "
    "the Copperbelt Province in February, up from 162 in January.\n"
    "THE SEIZURES IN DETAIL\n"
    "Officers seized 420 kilograms of cannabis, 3 kilograms of heroin and 1,200 tablets of "
    "tramadol during the month.\n"
    "WHAT HAPPENS NEXT\n"
    "All suspects have appeared in court. The Service will continue operations in Kitwe and "
    "Ndola.\n"
    "\n"
    "Issued by: Police Public Relations Unit\n"
), [
    ("POLICE RECORD A RISE", "Issued by: Police Public Relations Unit", None),
])

# a converted PDF whose running footer ("... | Page 1 of 2") breaks the first page's
# sentence: the page's head and text stay, the footer lines are outside the item
PDF_FOOTER_BREAKS_DATELINE = Layout("pdf_footer_breaks_dateline_paragraph", (
    "BOTSWANA POLICE SERVICE\n"
    "MEDIA RELEASE\n"
    "\n"
    "POLICE ARREST FOUR SUSPECTS WITH DAGGA IN FRANCISTOWN\n"
    "\n"
    "Francistown, 12 March 2027 - The Botswana Police Service arrested four suspects on "
    "Thursday after a search of a house in the Monarch area of Francistown, where officers "
    "found 86 kilograms of dagga packed in sacks and a\n"
    "Botswana Police Service | Media Release | Page 1 of 2\n"
    "vehicle believed to have been used to move the drugs from the border.\n"
    "\n"
    "The suspects, aged between 24 and 41, will appear before the Francistown Magistrate "
    "Court on Monday.\n"
    "\n"
    "The police appeal to the public to report drug dealing in their neighbourhoods.\n"
    "Botswana Police Service | Media Release | Page 2 of 2\n"
), [
    ("POLICE ARREST FOUR SUSPECTS", "drug dealing in their neighbourhoods.", None),
])

PDF_FOOTER_BREAKS_PROSE = Layout("pdf_footer_breaks_prose_paragraph", (
    "BOTSWANA POLICE SERVICE\n"
    "MEDIA RELEASE\n"
    "\n"
    "POLICE ARREST FOUR SUSPECTS WITH DAGGA IN FRANCISTOWN\n"
    "\n"
    "The Botswana Police Service arrested four suspects on Thursday after a search of a "
    "house in the Monarch area of Francistown, where officers found 86 kilograms of dagga "
    "packed in sacks and a\n"
    "Botswana Police Service | Media Release | Page 1 of 2\n"
    "vehicle believed to have been used to move the drugs from the border.\n"
    "\n"
    "The suspects, aged between 24 and 41, will appear before the Francistown Magistrate "
    "Court on Monday.\n"
    "\n"
    "The police appeal to the public to report drug dealing in their neighbourhoods.\n"
    "Botswana Police Service | Media Release | Page 2 of 2\n"
), [
    ("POLICE ARREST FOUR SUSPECTS", "drug dealing in their neighbourhoods.", None),
])

LAYOUTS = [
    READ_ALSO_DATE_FIRST,
    RELATED_DATE_IN_WORDS,
    HYPHEN_DATE_LINES,
    EMOJI_BULLET_LIST,
    CHECK_MARK_LIST,
    ARROW_BULLET_LIST,
    SHORT_TITLE_IN_TITLED_DUMP,
    ARCHIVE_LABEL_UNTITLED_DUMP,
    SIGNATURE_CONTACT_LINES,
    FOOTNOTE_UNDER_RULE,
    OPEN_HEADLINE_OVER_BYLINE,
    CAPS_HEADLINES_NO_BLANK_LINES,
    CAPS_SUBHEADINGS_ONE_RELEASE,
    PDF_FOOTER_BREAKS_DATELINE,
    PDF_FOOTER_BREAKS_PROSE,
]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS, ("bounds", "crlf")))
def test_item_bounds_and_crlf(layout: Layout, check: Callable[[Layout], None]) -> None:
    """Where each item starts and ends, and the same items with CRLF line ends."""
    check(layout)

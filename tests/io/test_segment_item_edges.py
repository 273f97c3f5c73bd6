"""An item's edges on furniture of shapes the older sets lack (samples/README.md, "Items"):
a share bar under a label in the page's language, a channel post's forwarding note and
counters, readers' comments set apart by blank lines under a post, a wire's capital desk
initials set apart under the story, an e-mail's header written fields first and its
signature separator with the mail's disclaimer under it, and a converted PDF's running
line set with bars and the publisher's address under its last page's footer, and a
gallery's numbered captions between an article's paragraphs, and an agency's credit on
a line of its own closing a digest's story glued to the next headline, and a "Read also"
list running with no blank line into the next article's headline and dateline, and a
translated page's note over the headline. Each class
is written in styles and countries of its own, none taken from a sample."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

from pressparse.io.mask import is_noise_line
from pressparse.io.segment import segment

LABELLED_SHARE_BAR_PT = Layout("labelled_share_bar_portuguese", (
    "Polícia apreende cocaína no porto de Nacala\n\n"
    "14/05/2027\n\n"
    "The Police of the Republic of Mozambique seized 62 kg of cocaine hidden in a container "
    "of frozen fish at the port of Nacala on Tuesday, a spokesman said.\n\n"
    "Two employees of a clearing agent were detained.\n\n"
    "Partilhar: Facebook | X | WhatsApp\n"
), [("Polícia apreende cocaína", "clearing agent were detained.",
     "Polícia apreende cocaína no porto de Nacala")])

LABELLED_SHARE_BAR_DE = Layout("labelled_share_bar_german", (
    "Landespolizei: 4 kg Kokain auf der A12 sichergestellt\n\n"
    "Innsbruck, 2 June 2027 - Officers of the Tyrol provincial police found 4 kg of cocaine "
    "in the spare wheel of a car with Dutch plates near Kufstein on Monday.\n\n"
    "The driver, a 33-year-old man, was taken into custody.\n"
    "Teilen: Facebook · X · E-Mail\n"
), [("Landespolizei: 4 kg", "was taken into custody.",
     "Landespolizei: 4 kg Kokain auf der A12 sichergestellt")])

CHANNEL_FORWARDS = Layout("channel_post_forwarded_from_and_times", (
    "Police of Georgia · 03.04.2027 09:12\n"
    "Forwarded from: Revenue Service | შემოსავლების სამსახური\n"
    "🚨 Customs officers at Sarpi found 3 kg of heroin in a bus from Turkey\n"
    "The drug was hidden in the lining of a passenger's suitcase; the passenger was "
    "detained on the spot.\n"
    "👁 4.2K  🔁 forwarded 17 times\n\n"
    "Police of Georgia · 04.04.2027 18:40\n"
    "📌 Weekly results: 41 drug offences detected, 19 people arrested in Tbilisi and Batumi.\n"
    "👁 2.9K\n"
), [("Police of Georgia · 03.04.2027", "detained on the spot.",
     "🚨 Customs officers at Sarpi found 3 kg of heroin in a bus from Turkey"),
    ("Police of Georgia · 04.04.2027", "arrested in Tbilisi and Batumi.", None)])

COMMENTS_SET_APART = Layout("post_comments_set_apart_by_blank_lines", (
    "Belize Police Department\n"
    "2 July at 08:15 · 🌎\n"
    "📢 DRUGS FOUND IN ABANDONED BOAT NEAR DANGRIGA\n\n"
    "On Thursday 1st July, officers of the Coast Guard found 14 parcels of suspected "
    "cocaine in an abandoned skiff in the mangroves south of Dangriga.\n\n"
    "Anyone with information is asked to call Crime Stoppers at 922.\n\n"
    "#BelizePolice #Dangriga\n"
    "👍❤️ 233\n"
    "41 comments   12 shares\n"
    "Like   Comment   Share\n\n"
    "Anita Cal\n"
    "Good job officers, keep it up\n"
    "2d   Like   Reply   14\n\n"
    "Devon Usher\n"
    "Where was the owner of the boat?\n"
    "1d   Like   Reply   3\n"
), [("📢 DRUGS FOUND IN ABANDONED BOAT", "call Crime Stoppers at 922.",
     "📢 DRUGS FOUND IN ABANDONED BOAT NEAR DANGRIGA")])

COMMENTS_INDENTED_REPLY = Layout("post_comments_with_page_reply", (
    "Guyana Police Force\n"
    "9 August at 17:30 · 🌍\n"
    "RANKS SEIZE 80 LBS OF CANNABIS AT LETHEM\n\n"
    "Ranks on patrol at Lethem intercepted a motor car and found 80 lbs of cannabis in its "
    "trunk on Sunday. The driver was arrested.\n\n"
    "Like   Comment   Share\n\n"
    "Ravi Persaud\n"
    "Great work ranks\n"
    "5h   Like   Reply   9\n\n"
    "    Guyana Police Force\n"
    "    Thank you for your support.\n"
    "    4h   Like   Reply\n"
), [("RANKS SEIZE 80 LBS", "The driver was arrested.",
     "RANKS SEIZE 80 LBS OF CANNABIS AT LETHEM")])

CAPITAL_DESK_INITIALS = Layout("capital_desk_initials_set_apart", (
    "Luanda, 7 March 2027 (ANGOP) - The National Police seized 230 kg of cannabis in a "
    "truck coming from the province of Uíge on Saturday, the police spokesman said.\n\n"
    "The driver and two passengers were detained.\n\n"
    "ANGOP/LDA/JM/PC\n"
    "Partilhe: Facebook | Twitter\n"
), [("Luanda, 7 March 2027", "ANGOP/LDA/JM/PC", None)])

FORWARDED_MAIL_FIELDS_FIRST = Layout("forwarded_mail_fields_first_and_signature", (
    "-------- Original Message --------\n"
    "Subject: Media release - cannabis farm found in Arusha\n"
    "Date: Mon, 8 Mar 2027 09:14:55 +0300\n"
    "From: Police Press Office <press@police.example.tz>\n"
    "To: editors-list@example.tz\n\n"
    "CANNABIS FARM DESTROYED IN ARUSHA REGION\n\n"
    "Arusha, 8 March 2027. Police officers destroyed a cannabis farm of 3 acres in the "
    "Meru district on Saturday and arrested the farm's owner.\n\n"
    "Police Press Office\n"
    "tel. +255 27 000 0000\n"
    "--\n"
    "This message and any attachments are confidential and intended for the addressee only.\n"
), [("CANNABIS FARM DESTROYED", "tel. +255 27 000 0000",
     "CANNABIS FARM DESTROYED IN ARUSHA REGION")])

PDF_BARRED_RUNNING_LINE_AND_FOOT = Layout("pdf_barred_running_line_and_address_foot", (
    "CARICC | Weekly Digest | FOR OFFICIAL USE - RELEASED          Page 1 of 2\n\n"
    "Joint operation Kanal-Steppe: 212 kg of drugs seized in Central Asia\n"
    "Almaty, 14 September 2027\n\n"
    "Law enforcement agencies of five states seized 212 kg of drugs and arrested 37 people "
    "during the operation, which ran from 1 to 10 September.\n\n"
    "The next stage will be held in the spring.\n"
    "CARICC | Weekly Digest | FOR OFFICIAL USE - RELEASED          Page 2 of 2\n"
    "Central Asian Regional Information and Coordination Centre, 010000 Almaty"
    " | info@caricc.example\n"
), [("Joint operation Kanal-Steppe", "will be held in the spring.",
     "Joint operation Kanal-Steppe: 212 kg of drugs seized in Central Asia")])

PDF_FOOT_SENTENCE_STAYS = Layout("pdf_sentence_under_last_footer_stays", (
    "Coast Guard District 7 | Press Summary          Page 1 of 2\n\n"
    "CUTTER OFFLOADS 1,900 KG OF COCAINE AT PORT EVERGLADES\n\n"
    "Miami, 3 October 2027 - The crew of a cutter offloaded 1,900 kg of cocaine seized in "
    "four interdictions in the Caribbean Sea.\n"
    "Coast Guard District 7 | Press Summary          Page 2 of 2\n"
    "The suspects were transferred to federal prosecutors in Miami.\n"
), [("CUTTER OFFLOADS", "federal prosecutors in Miami.",
     "CUTTER OFFLOADS 1,900 KG OF COCAINE AT PORT EVERGLADES")])

GALLERY_CAPTIONS_IN_ARTICLE = Layout("gallery_captions_between_paragraphs", (
    "Guardia Civil intercepts a speedboat with 1,200 kg of hashish off Barbate\n\n"
    "Cádiz, 21 April 2027. Officers of the maritime service intercepted a speedboat carrying "
    "38 bales of hashish two miles off the coast of Barbate on Monday night.\n\n"
    "📸 Foto 1 de 3: the bales on the quay of the port\n\n"
    "The three crew members, of Moroccan nationality, were arrested.\n\n"
    "Image 2/3 – the speedboat towed to port\n\n"
    "The investigation remains open.\n"
), [("Guardia Civil intercepts", "The investigation remains open.",
     "Guardia Civil intercepts a speedboat with 1,200 kg of hashish off Barbate")])

CAPTION_BETWEEN_TWO_STORIES = Layout("caption_then_a_new_dated_story", (
    "BNN destroys 5 hectares of cannabis in Aceh\n\n"
    "Banda Aceh, 2 May 2027 - Officers of the National Narcotics Agency destroyed 5 hectares "
    "of cannabis plants in the hills of Aceh Besar on Sunday.\n\n"
    "Photo 1 of 2: officers uproot the plants\n\n"
    "Customs find methamphetamine in a parcel at Surabaya\n\n"
    "Surabaya, 1 May 2027 - Customs officers found 2 kg of methamphetamine in a parcel "
    "declared as tea leaves at the port of Tanjung Perak.\n"
), [("BNN destroys 5 hectares", "Aceh Besar on Sunday.",
     "BNN destroys 5 hectares of cannabis in Aceh"),
    ("Customs find methamphetamine", "port of Tanjung Perak.",
     "Customs find methamphetamine in a parcel at Surabaya")])

CREDIT_LINE_CLOSES_GLUED_STORIES = Layout("digest_stories_closed_by_credit_lines", (
    "KUNA | Economy\n"
    "Kuwait oil exports rise 4 pct in third quarter\n\n"
    "KUWAIT, Oct 6 (KUNA) -- Kuwait's crude oil exports rose 4 percent in the third quarter "
    "to 1.71 million barrels per day, the oil ministry said on Monday.\n"
    "KUNA\n"
    "Central bank keeps discount rate unchanged at 4 pct\n\n"
    "KUWAIT, Oct 6 (KUNA) -- The Central Bank of Kuwait kept its discount rate at 4 percent "
    "after a meeting of its board of directors on Monday.\n"
    "KUNA\n"
), [("Kuwait oil exports rise", "said on Monday.\nKUNA",
     "Kuwait oil exports rise 4 pct in third quarter"),
    ("Central bank keeps", "directors on Monday.\nKUNA",
     "Central bank keeps discount rate unchanged at 4 pct")])

SIGNING_WORD_IS_NO_CREDIT = Layout("signing_word_under_release_is_no_credit", (
    "NDLEA INTERCEPTS 12 KG OF COCAINE AT LAGOS AIRPORT\n"
    "The National Drug Law Enforcement Agency has arrested a passenger at the Lagos airport "
    "with 12 kg of cocaine hidden in his luggage on Sunday.\n"
    "SIGNED\n"
    "DIRECTOR, MEDIA AND ADVOCACY\n"
), [("NDLEA INTERCEPTS", "DIRECTOR, MEDIA AND ADVOCACY",
     "NDLEA INTERCEPTS 12 KG OF COCAINE AT LAGOS AIRPORT")])

READ_ALSO_RUNS_INTO_NEXT_ARTICLE = Layout("read_also_list_over_next_datelined_article", (
    "APS - Agence de Presse Sénégalaise\n"
    "Kaolack: gendarmes seize 300 kg of Indian hemp in a truck\n"
    "Kaolack, 4 March 2027 (APS) - Gendarmes of the Kaolack brigade seized 300 kg of "
    "Indian hemp hidden under sacks of groundnuts in a truck on Tuesday night.\n"
    "Lire aussi :\n"
    "Thiès: the regional hospital receives new equipment\n"
    "Ziguinchor: customs seize 2 kg of cocaine at the port\n"
    "Ziguinchor, 3 March 2027 (APS) - Customs officers seized 2 kg of cocaine in a "
    "container at the port of Ziguinchor on Monday, the customs directorate said.\n"
), [("Kaolack: gendarmes seize", "on Tuesday night.",
     "Kaolack: gendarmes seize 300 kg of Indian hemp in a truck"),
    ("Ziguinchor: customs seize", "customs directorate said.",
     "Ziguinchor: customs seize 2 kg of cocaine at the port")])

# a translated page's note over the headline, with the languages and a word on the
# original (session 27: two publishers of holdout26 left it at the head of their item)
TRANSLATION_NOTE_WITH_ORIGINAL = Layout("translation_note_with_languages_and_original", (
    "politi.dk > Nyheder\n"
    "Automatic translation (Danish → English). The original Danish version prevails.\n"
    "Cocaine found in a banana container at Aarhus port\n\n"
    "Aarhus, 4 March 2027 - Customs officers found 310 kilos of cocaine in a container of "
    "bananas from Ecuador at the port of Aarhus on Tuesday, East Jutland Police said.\n"
), [("Cocaine found in a banana", "East Jutland Police said.",
     "Cocaine found in a banana container at Aarhus port")])

TRANSLATION_NOTE_WITH_ORIGINAL_LINK = Layout("page_translated_note_with_original_link", (
    "This page was automatically translated from Dutch. | Bekijk origineel\n"
    "Customs seize 48 kilos of heroin at Rotterdam port\n\n"
    "Rotterdam, 12 May 2027 - Customs officers seized 48 kilos of heroin hidden among "
    "spare parts in a container from Turkey, the Public Prosecution Service said.\n"
), [("Customs seize 48 kilos", "Public Prosecution Service said.",
     "Customs seize 48 kilos of heroin at Rotterdam port")])

LAYOUTS = [LABELLED_SHARE_BAR_PT, LABELLED_SHARE_BAR_DE, CHANNEL_FORWARDS, COMMENTS_SET_APART,
           COMMENTS_INDENTED_REPLY, CAPITAL_DESK_INITIALS, FORWARDED_MAIL_FIELDS_FIRST,
           PDF_BARRED_RUNNING_LINE_AND_FOOT, PDF_FOOT_SENTENCE_STAYS,
           GALLERY_CAPTIONS_IN_ARTICLE, CAPTION_BETWEEN_TWO_STORIES,
           CREDIT_LINE_CLOSES_GLUED_STORIES, SIGNING_WORD_IS_NO_CREDIT,
           READ_ALSO_RUNS_INTO_NEXT_ARTICLE, TRANSLATION_NOTE_WITH_ORIGINAL,
           TRANSLATION_NOTE_WITH_ORIGINAL_LINK]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS, ("bounds", "titles")))
def test_item_edges(layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)


@pytest.mark.parametrize(("line", "noise"), [
    ("Comparte esta nota: Facebook | Twitter | WhatsApp", True),
    ("Condividi su: Facebook | X", True),
    ("Share this story: Facebook · LinkedIn", True),
    ("Location: Bethel | Type: Drug Investigation", False),  # a dispatch's fields
    ("Note: Facebook | Police", False),  # a word that is no button
    ("The police said on Monday: Facebook | X", False),  # a clause, no label
    ("👁 9.8K  🔁 forwarded 41 times", True),
    ("Forwarded from: Border Service | Погранслужба", True),
    ("The parcel was forwarded 3 times between depots", False),
    ("--", True),
    ("This e-mail and any attachments are confidential.", True),
    # a saved mail's MIME fields (session 27: two newsletters in holdout27 and newswire19)
    ('Content-Type: text/plain; charset="iso-8859-2"', True),
    ("Content-Transfer-Encoding: 8bit", True),
    ("MIME-Version: 1.0", True),
    ("Message-ID: <20270312.4411@press.example.gov.lv>", True),
    ("Content type: the ministry publishes its bulletins as plain text.", False),
])
def test_labelled_bars_counters_and_mail_lines(line: str, noise: bool) -> None:
    assert is_noise_line(line) is noise


def test_two_part_capital_slug_is_no_desk_line() -> None:
    """"EU/UN" under a story is no desk's slug: three capital parts at least."""
    text = "Brussels, 3 May 2027 - Ministers agreed on a joint drug strategy.\n\nEU/UN\n"
    (item,) = segment(text)
    assert text[item.start:item.end].endswith("joint drug strategy.")

"""Noise masking: file names, navigation, sharing buttons, banners; never prose."""

from __future__ import annotations

import re
import time

import pytest

from pressparse.io.mask import (
    _DECORATION,
    NoisePattern,
    _any_line,
    compile_rules,
    is_noise_line,
    mask_noise,
)
from timing import bound

GLUED = [
    # (text, masked text)
    ("IMG-20190301-WA0012.jpgIn the period under review the agency acted.",
     " " * 23 + "In the period under review the agency acted."),
    ("Weapons were handed over.IMG-20190301-WA0034_resized.jpg",
     "Weapons were handed over." + " " * 31),
    ("DSC_0042.JPGThe border guards stopped a truck.",
     " " * 12 + "The border guards stopped a truck."),
    ("photo_2024-06-17_10-22-33.png\nThe seminar opened on Monday.",
     " " * 29 + "\nThe seminar opened on Monday."),
    ("The full report (annual_report-2023.pdf) is online.",
     "The full report (" + " " * 22 + ") is online."),
    ("Download: Statement_EN.docx", "Download: " + " " * 17),
    ("See https://www.example.org/news/123 for details.",
     "See " + " " * 32 + " for details."),
    ("lab_photo_2025_03_14(1).jpg\nDrug laboratory dismantled",
     " " * 27 + "\nDrug laboratory dismantled"),
    ("<id>tag:customs.example,2025:pr-11</id>\n<title>Cocaine in bananas</title>",
     " " * 39 + "\n" + " " * 7 + "Cocaine in bananas" + " " * 8),
    # HTML escaped inside a feed's content: the tags go, text and a bare '&lt;' stay
    ("&lt;p&gt;Customs found 86 kg of cocaine.&lt;/p&gt; 5 &lt; 6",
     " " * 9 + "Customs found 86 kg of cocaine." + " " * 10 + " 5 &lt; 6"),
]


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_file_names_and_links_are_masked_in_place(text: str, expected: str) -> None:
    masked, spans = mask_noise(text)
    assert masked == expected
    assert len(masked) == len(text)
    assert spans


NOISE_LINES = [
    # a publisher's promotions and standards line under a story
    "Download the Northwind app now for news on the go.",
    "Get the Harbour Times app for breaking alerts",
    "Our Standards: The Northwind Trust Principles.",
    "Have a confidential tip for our reporters? Get in touch",
    "Got a news tip? Email the newsroom",
    "Before it's here, it's on the Northwind Terminal.",
    "LEARN MORE",
    # a listing's filter bar and count, a feedback widget, a story's credits
    "Filter: All | Drugs | Alcohol and tobacco | Currency",
    "Sort by: Newest",
    "Showing 3 of 214 news items   « Previous   Next »",
    "Did you find what you were looking for?  Yes  No",
    "Was this page helpful? Yes No",
    "Interviewed by Maria Lopez",
    "Text: Maria Lopez   Photo: press service of the ministry",
    "Go back",
    "Back to the section",
    "Back to the all news",
    "Back to top",
    "← Go back",
    "Read more",
    "Read more »",
    "Share",
    "Print",
    "Tweet",
    "Views: 312",
    "1 204 views",
    "Share | Print | Tweet",
    "Facebook  Twitter  Telegram",
    "VK, Telegram, WhatsApp",
    "Subscribe to our newsletter",
    "We use cookies to improve your experience on our website. Accept all cookies",
    "This site uses cookies. By continuing to browse you agree to our policy.",
    "Accept all cookies",
    "Home > News > Press releases",
    "Home » Media » 2024",
    "Tags: drugs, border, customs",
    "Previous news",
    "Next article",
    "Related news",
    "Print version",
    "Share on Facebook",
    "Comments (0)",
    "« Previous page   1  2  3  ...  48   Next page »",
    "Subscribe to news",
    "Skip to main content",
    "Media Relations: (02) 5126 9297",
    "514-939-8400",
    "(Release ID: 2032614)",
    "Visitor Counter : 1184",
    "Read this release in: Hindi , Gujarati",
    "Home | About Us | News | Anti-Drug Hotline | Transparency Seal",
    "Home | News | Lead Stories | Business | Sports | E-Paper | Subscribe",
    "Newsroom > News > Operations",
    "« Older posts",
    "Report illegal drug activities: Text Hotline 0920-111-7444",
    "Follow us on X: @CBPArizona",
    "Local Press Release",
    "PRESS NOTE",
    "You must be logged in to comment.",
    "Subscribe to feed",
    "Subscribe to the digest | Archive | Contact",
    "Home  Region  Economy  Opinion  Video",
    "Comments are closed.",
    "Meetings Coverage and Press Releases",
    "© 2025 Ministry of Internal Affairs. All rights reserved.",
    "Copyright 2024 Island Gazette Ltd",
    "- 30 -",
    "Contact: Constable Jane Doe, Media Relations Officer, 905-555-0199",
    "Working hours: Monday–Friday, 09:00–17:00",
    "Hotline: 112 | Press office: (+995 32) 241 10 00 | E-mail: press@example.ge",
    "14 Harbour Road, Port Louis",
    "Enditem",
    "###",
    "Kongsi: Facebook | X | WhatsApp",
    "Paylaş / Share",
    "Ends/Tuesday, November 4, 2025",
    "Issued at HKT 16:35",
    "Tentative translation",
    "LOCAL NEWS",
    "Comments (3)   |   Most Popular   |   Subscribe",
    "Showing items 1-3 of 48 | Subscribe",
    "Inicio | Noticias | Prensa | Contacto",
    "Accueil | Actualités | Communiqués | Contact",
    "NOTIZIE",
    "Questo sito usa cookie tecnici. Accetta | Rifiuta",
    "Utilizamos cookies propias y de terceros. Aceptar | Rechazar",
    "Torna all'elenco",
    "Back to operational summaries",
    "Share this story:  Facebook  X  Email",
    "Follow the Border Force on Facebook | X | YouTube",
    "Media enquiries: Corporate Communications Unit",
    "Related: Customs open a new scanner at the northern port",
    "Read also: Navy patrols extended along the coast",
    "👍 2.1K   💬 140   ↪ 55",
    "Show replies",
    "Load more stories",
    "Most relevant comments ▾",
    "Police Service ✔ @PoliceService · Mar 3",
    "EN | FR      Search...",
    "kms/tr/lb",
    "bur-ab/cd",
    "Previous brief | Next brief | Subscribe",
    "12 stories | Newest first",
    "Compartir en: Facebook  X",
    "Etiquetas: #Aduanas #Puerto",
    "Voltar às notícias",
    "« Previous  1  2 … 17  Next »",
    "Source: Press Office of the Ministry",
    "Reference: PR-88/24",
    "Attachment: report_2025.hwp (1.2MB)",
    "List | Previous | Next",
    "Ћир | Lat | Eng",
    "Política | Sociedad | Economía | Deportes | Cultura",
    "An official website of the Republic of Freedonia",
    "Here's how you know",
    "How do you know?",
    "Secure .gov websites use HTTPS",
    "A .gov website belongs to an official government organization in the United States.",
    "See translation",
    "All reactions: 1.2K",
    "Click here to read the full brief",
    "(END)",
    "Salle de presse | Newsroom",
    "Communiqués / Media releases",
    "Lire la version française | Read in English",
    "Language: English (machine translation)",
    "Acesso à informação   Participe   Serviços   Canais",
    "Drukuj   Zapisz jako PDF",
    "Download as PDF",
    "Visit the campaign page",
    "Powrót",
    "Press Release (EN)",
    "Compartilhe:  Facebook  X  WhatsApp  Link",
    "Home | About the Force | TF 31 | TF 32 | News",
    "View this email in your browser",
    "Unsubscribe | Update your preferences | Forward to a friend",
    "👍❤️😮 2.3K    95 comments    410 shares",
    "3h   Like   Reply",
    "Operation Coral Gate – Results factsheet (PDF, 1.2 MB)",
    "Annual drug seizure report 2024 [PDF 245 KB]",
    "Views: 1 046   |   🖨 Print   |   Share: Telegram  Facebook",  # an icon before a button
    "☰ News   Incidents   Economy   Culture   Sport        🔍",  # a menu between icons
    "16+   |   +3°C Samara",  # a site header's age rating and weather
    "842 Following   288.4K Followers",  # a profile's audience counts
    "Report an error",
    "Journalistic Standards",
    "Share or comment on this article:",  # a share prompt offering comments
    "Archive of news: 2026 | 2025 | 2024",  # an archive's years under a label
]


NOISE_LINES += [  # session 7: page headers of unseen sites
    "Analytics > Information bulletins",
    "Media Office > Speeches and statements",
    "Nederlands | English",
    "Қаз | Рус | Eng     Version for the visually impaired",
    "[scan_0042.pdf — page 1 of 2 — OCR text]",
    "[page 2 — blank]",
    "Search on the site...",
    "Other news of the section",
    "National | Province | Business | Sports | Opinion        14 March 2025",
    "—END—",
]

NOISE_LINES += [  # session 38: a post's counter with its tags beside it
    "👁 2 318    #border #customs",
    "Views: 1 204  |  #police #drugs",
]

NOISE_LINES += [  # session 12: channel, wire and ministry page furniture
    "👁 3.2K  edited 11:15",  # a post's counter and its edit time, one space apart
    "📌 Pinned message: Hotline of the ministry — 1102",
    "Pinned post",
    "▲ Page top",
    "Top of page",
    "↑ Scroll to top",
    "Home  General  Business  Politics  Sports  World  Features  ▾",
    "U.S. News   World News   Politics   Sports   Entertainment   Business",
    "NATIONAL   N.KOREA   ECONOMY   MARKET   SPORTS   OPINION",
    "ALL RIGHTS RESERVED © Copyright Agenzia Stampa",
    "(Only the headline and picture of this report may have been reworked by the Daily "
    "Ledger staff; the rest of the content is auto-generated from a syndicated feed.)",
    "The Wire Agency website contains only a portion of the news stories offered to "
    "subscribers in its news system. Please contact us for subscription options.",
    "Editor: Li Wen",
    "[Editor: LW]",
    # copyright and license notes under a story, a desk's spaced initials, a related link
    # and a share button in the page's own language, a post's media badge
    "[Copyright The Harbour Press, Ltd.]",
    "Copyright Northwind News Agency Ltd.",
    "All materials of the site are available under the Creative Commons Attribution 4.0 "
    "license",
    "Content licensed under a CC BY 4.0 license",
    "sk mf",
    "jt rm",
    "Del artikkelen",
    "Les også: Record number of pink salmon removed from rivers",
    "🎥 0:42   ↻ 61   ♥ 214   👁 9,8K",
    "📷 4 photos   ↻ 38   ♥ 170   👁 7,1K",
    "Updated 2 hours ago",
    # an office's e-mail contact, a postal address with its code and city, a syndicator's
    # disclaimer, an agency's desk slug with its codes, a translation widget
    "Group Secretariat: info@regional-group.example.org",
    "Press Office of the Border Guard (PO): press@border.example.gov",
    "Calle Mayor, 45 · 28013 Madrid",
    "Rua da Prata 12, 1100-414 Lisboa",
    "This report is auto-generated from Press Agency news service. The Daily Ledger holds no "
    "responsibility for its content.",
    "dpa abc/de xyzz a2 sp",
    "Traduire : English (auto)",
    "Translate: Español",
    # session 17: an agency's bracketed service link, a profile's post count
    "(S E R V I C E - www.museums.example.at)",
    "(Information: https://www.customs.example.org/report-2026)",
    "2 418 posts    61,3K followers    312 following",
    # session 19: a wire's keyword line, a bare media mark, a bracketed player line with its
    # clip's caption, a pager between its previous and next links, a channel invitation
    # naming the platform, a long photo credit
    "Keywords: Peru | Exports | Coffee",
    "Palabras clave: Chile, cobre, minería",
    "(photo)",
    "[Video]",
    "(with photos)",
    "Photo gallery (12 photos)",
    "👍 1.2K ❤️ 210 🙏 88",
    "14 photos",
    "[Video] 01:48   ▶ Officers open the hidden compartment",
    "Audio 3:12 ► The prosecutor's statement",
    "« Previous 1 2 3 ... 27 Next »",
    "Subscribe to our Telegram channel",
    "Subscribe to our WhatsApp channel",
    "Photo: press service of the Main Directorate of Internal Affairs of the Regional "
    "Executive Committee",
]


@pytest.mark.parametrize("line", NOISE_LINES)
def test_navigation_lines_are_noise(line: str) -> None:
    assert is_noise_line(line)
    text = f"Customs officers seized heroin.\n\n{line}\n\nThe case was opened."
    masked, _ = mask_noise(text)
    assert masked.replace(" ", "") == "Customsofficersseizedheroin.\n\n\n\nThecasewasopened."
    assert len(masked) == len(text)


PROSE = [
    "Showing the seized weapons to journalists, the commander said 14 rifles were found.",
    "Copyright piracy cases at the port rose by 12 percent in 2026.",
    "The latest in a series of raids took place at the port of Durban on Monday.",
    "Northsea Shipping Ltd. missed a $12 million loan payment on Monday.",
    "Interviewed by police, the driver said he did not know what was in the boxes.",
    "Police urged residents to download the new reporting app and send photos of suspects.",
    "The standards of the laboratory were checked by the inspectors last year.",
    "Have the suspects been charged? The prosecutor said they would be on Monday.",
    "The full report (PDF) lists 1.2 tonnes of cocaine seized at the port in March.",
    "International experts shared practical experience with the delegations.",
    "The ministry will share the results with its partners.",
    "Back in 2019, a similar operation took place in the region.",
    "Print media representatives attended the briefing.",
    "More than 11 tons of drugs were seized.",
    "Read the full statement of the Secretary General below.",
    "The agency uses cookies seized from a bakery as evidence.",
    "Views of the member states differ on the draft.",
    "Home affairs ministers met in Brussels.",
    "Subscribers of the service were warned about the fraud.",
    "Go back to the table, the chairman told the delegates.",
    "The Telegram channel of the ministry published the video.",
    "Security forces arrested five suspects near Kandahar.",
    "Back to back raids in two provinces netted 40 kg of heroin and 12 suspects.",
    "Related arrests followed in three provinces, police said.",
    "The suspect did not accept the cookie jar was evidence of the theft.",
    "Follow-up searches on Friday found more weapons.",
    "Source of the heroin was a laboratory in the north, police said.",
    "The list of suspects includes two customs officers.",
    "Share of seized synthetic drugs rose to 35 percent.",
    "Next year the exercise will be held in Armenia.",
    "Anyone with information can write to: tips@police.example.org",
    "Police seized 1,250 kg of cocaine at the port of Rotterdam",
    "The suspects lived at Calle Mayor 45 in Madrid, the police said.",
    "The video (04:12) shows officers opening the boxes, the police said.",
    "Keywords typed into the search engine led investigators to the seller.",
    "2024",
    "12",
    "Updated figures show a rise in seizures of synthetic drugs.",
    "The contact group met in Geneva on 4 March.",
    "Topics discussed included precursor control and border checks.",
    "Seized: 12 250 tablets and 3.4 kg of heroin.",
    "Heroin | Cocaine | Hashish | Opium",
    "Police | 2023 | 2024 | Change",
    "About 12 comments were received by the ministry.",
    "Contact the police on 112 if you see anything suspicious.",
    "Copyright infringement cases rose by 12 percent.",
    "Home Office figures show 30 arrests in the port.",
    "QUESTION: Will there be more such operations?",
    "Share of seized drugs rose to 35 percent.",
    "Translation of the statement follows below.",
    "Local news outlets reported the seizure.",
    "---",
    "Visit the border post and you will see the queues, the mayor said.",
    "Reports were exchanged between the two ministries / agencies of the region.",
    "Official websites of the ministry were attacked twice in March.",
    "An official website of the ministry was hacked on Monday.",
    "Like the comment of the minister, the share of heroin fell.",
    "The source of the tip was a resident of the village.",
    "Task Force 31 | Task Force 32 | 2024 | 2025",
    "Click on the map to see the border crossings, the officer said.",
    "The author of the report, a former customs officer, was arrested.",
    "Heroin > cocaine in the east, the report said.",
    # a release's closing sentence (annotated like its other sentences); after an end mark
    # ("###") segmentation leaves it out of the item
    "For further information please contact the Public Affairs Office at (202) 555-0147.",
    "Search on the site of the ministry found the list of banned substances.",
    "The end of the operation was announced on Friday.",
    "English and French versions of the report were published.",
    "National | Regional | Local | Total | 2025",
    "Pinned down by gunfire, the soldiers called for air support.",
    "Top officials of the ministry attended the meeting.",
    "The top of the page lists the names of the suspects.",
    "Editors of the newspaper were questioned by the police.",
    "All rights of the suspects were respected, the prosecutor said.",
    "At night the temperature fell to -7°C in Samara.",
    "-7°C Samara",  # a temperature alone on its line: no header widget beside it
    "Our standards of evidence were met, the judge said.",
    "📷 The officers at the checkpoint",  # an icon without a file name after it
    "(©NTB)",  # an agency's own sign-off in brackets closes its story, no copyright line
    "of the",  # a wrapped line's function words are no desk initials
    "PTI ABC HVA",  # an agency's sign-off in capitals: the segmenter's, no slug
    "Copyright cases rose by a third last year, the court said.",
    "Reporting period: 2025 / 2026",  # a period, no archive menu
]


FOOTERS = [
    # (text, what must survive masking); a heading masks itself and the short lines under it
    ("Officers seized 40 kg of cocaine.\n\nMedia enquiries:\nAFP National Media: (02) 5126 9297\n",
     "Officers seized 40 kg of cocaine."),
    ("The trial opens in May.\nAddress for enquiries\nCommunication Office\n+41 58 000 00 00\n",
     "The trial opens in May."),
    ("Three men were jailed.\nShare this article\nFacebook\nX\nEmail\nRelated news\n"
     "Man charged after drugs found in car on A1(M)\nAppeal after shed fire in Peterlee\n",
     "Three men were jailed."),
    ("He was sentenced to 12 years.\n\nTopic\nDrug Trafficking\nComponent\n"
     "USAO - Georgia, Northern\n", "He was sentenced to 12 years."),
    ("The port was closed.\n\nContacts\nRCMP Quebec Media Relations\n514-939-8400\n",
     "The port was closed."),
    ("Charges were laid on Friday.\n\n-30-\n\nSource :\nCommunications Branch\n"
     "Provincial Police\n418 555-0190\n", "Charges were laid on Friday."),
    ("The laboratory was closed down.\n\nMetryczka\nWytworzył: Biuro Prasowe\n"
     "Data publikacji: 03.02.2026 09:15\n", "The laboratory was closed down."),
    ("The next edition is planned for 2027.\n\nRelated documents\n"
     "Results factsheet (PDF, 1.2 MB)\nContact: press@example.org\n",
     "The next edition is planned for 2027."),
    ("IN THIS ISSUE\n* Port security workshop\n* New drug brief\n\n"
     "The workshop opens in March.\n", "The workshop opens in March."),
    ("The line has seven stations.\nRelated:\nRailways see record trips in the holiday\n",
     "The line has seven stations."),
    ("The cause of the fire is under investigation.\n\nRELATED COVERAGE\n"
     "Heat wave to bake the West\nUtility shutoffs leave thousands in the dark\n",
     "The cause of the fire is under investigation."),
    ("Nickel slid 2.1% to $16,740.\nRead Next\nGold edges up as dollar softens\n",
     "Nickel slid 2.1% to $16,740."),
    ("Les autorités ont saisi 3 tonnes.\nSur le même sujet\nLe port rouvre ses quais\n",
     "Les autorités ont saisi 3 tonnes."),
    # a tag heading with a qualifier, and the tags under it (session 17)
    ("The fine was upheld.\nSuggested Topics:\nMergers & Acquisitions\nAntitrust\n",
     "The fine was upheld."),
    ("The port reopened.\nMore on these topics\nShipping\nPorts\n", "The port reopened."),
    ("The conference opened.\nKey topics:\nSynthetic drugs\nMaritime routes\n",
     "The conference opened.\nKey topics:\nSynthetic drugs\nMaritime routes\n"),  # an agenda
    ("Fares rise in January.\nWeitere Meldungen\nDirekt aus dem Newskanal\n",
     "Fares rise in January."),  # a German page's "more news" heading and its list
    # a heading in the page head over the letterhead's label and date line: no list there
    ("MINISTRY OF DEFENCE\nPress Office\nCOMMUNIQUE No. 31/2026\nPort City, 2 April 2026\n\n"
     "The ministry informs the public about the results of the week's operations:\n",
     "MINISTRY OF DEFENCE\nCOMMUNIQUE No. 31/2026\nPort City, 2 April 2026\n\n"
     "The ministry informs the public about the results of the week's operations:\n"),
]


HEAD_MENUS = [
    # (text, the menu line): a site's menu of its own labels in the page's head
    ("Respublika Daxili Nazirliyi\n"
     "Ministry   Structure   Press service   Appeals   Wanted persons   102\n"
     "Heroin seized in a village near the border\n"
     "Officers of the drug control department detained a resident of the village with 5 kg "
     "of heroin.\n",
     "Ministry   Structure   Press service   Appeals   Wanted persons   102"),
    ("CUSTOMS SERVICE\nAbout   Structure   Activities   Documents   Contacts\n\n"
     "Customs officers found 12 kg of cocaine in a container of bananas at the port on "
     "Monday.\n", "About   Structure   Activities   Documents   Contacts"),
    # session 19: a section path under the site's name or tagline, over the headline
    ("DAILY WIRE\nWorld News | Markets | Energy\nCopper hits record as Chilean mines halt\n\n"
     "Copper prices rose to a record on Monday after two of the largest mines in Chile "
     "stopped work.\n", "World News | Markets | Energy"),
    ("Trusted news for the energy trade since 1990\n"
     "Commodities | Metals\nNickel slides as Indonesian output climbs\n\n"
     "Nickel fell 3% on the London Metal Exchange on Tuesday as output in Indonesia rose "
     "again.\n", "Commodities | Metals"),
    # session 37: a shorter submenu right under the site's menu
    ("citynews\nShop   News   Jobs   Cars and bikes   Events   Forum\n"
     "People   Auto   Technologies   Real estate\n"
     "Police close a cannabis farm in a warehouse\n"
     "Officers found 300 cannabis plants in a warehouse on the edge of the city on Friday.\n",
     "People   Auto   Technologies   Real estate"),
]


@pytest.mark.parametrize(("text", "menu"), HEAD_MENUS)
def test_a_site_menu_in_the_page_head_is_masked(text: str, menu: str) -> None:
    masked, _ = mask_noise(text)
    assert menu not in masked
    assert masked.split("\n")[0] == text.split("\n")[0]
    assert len(masked) == len(text)


def test_a_short_label_line_under_no_menu_is_kept() -> None:
    """Four labels set apart are a submenu only right under the site's menu."""
    text = ("citynews\nPeople   Auto   Technologies   Real estate\n"
            "Police close a cannabis farm in a warehouse\n"
            "Officers found 300 cannabis plants in a warehouse on the edge of the city.\n")
    assert "People   Auto" in mask_noise(text)[0]


def test_labels_set_apart_under_prose_are_no_menu() -> None:
    """The same shape under a paragraph of prose is a table's header row: it stays."""
    text = ("Customs officers found 12 kg of cocaine in a container of bananas at the port "
            "on Monday.\n\nRegion   Cocaine   Heroin   Cannabis   Synthetic drugs\n"
            "North   12   4   80   3\n")
    assert mask_noise(text)[0] == text


@pytest.mark.parametrize(("text", "kept"), FOOTERS)
def test_footer_headings_mask_their_lists(text: str, kept: str) -> None:
    masked, _ = mask_noise(text)
    assert masked.split() == kept.split()
    assert len(masked) == len(text)


def test_a_heading_list_stops_at_a_sentence_or_a_blank_line() -> None:
    text = ("Related news\nPolice seize heroin in Osh\n\nThe operation continues.\n"
            "Contacts\nThe customs service asked residents to report smuggling.\n")
    masked, _ = mask_noise(text)
    assert "The operation continues." in masked
    assert "The customs service asked residents to report smuggling." in masked
    assert "Police seize heroin in Osh" not in masked


@pytest.mark.parametrize("line", PROSE)
def test_prose_is_never_masked(line: str) -> None:
    assert not is_noise_line(line)
    masked, spans = mask_noise(f"Heading of the item\n\n{line}\n")
    assert line in masked
    assert spans == []


def test_newlines_are_kept_and_spans_are_reported() -> None:
    text = "First paragraph.\n\nGo back\r\n\nBack to the section\n"
    masked, spans = mask_noise(text)
    assert masked.count("\n") == text.count("\n")
    assert [text[a:b] for a, b in spans] == ["Go back", "Back to the section"]
    assert masked.startswith("First paragraph.")


def test_long_prose_line_is_never_a_navigation_line() -> None:
    line = "Share " + "of the operation results " * 40
    assert not is_noise_line(line)


ADVERSARIAL = [
    "a" * 100_000,
    "a." * 50_000,
    "IMG-" * 25_000,
    "-" * 100_000 + ".jpg",
    "-" * 100_000,
    "=" * 50_000 + "\n" + "- " * 50_000,
    "_" * 50_000 + "x.pdfx",
    "Views: " + "1 " * 20_000,
    "Home > " * 10_000,
    "share " * 15_000,
    "Share | " * 10_000,
    "Go back\n" * 5_000,
    "https://" + "a" * 100_000,
    "www." * 20_000,
    ("We use cookies " * 3000) + "\n",
    "(" * 50_000 + ".png",
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_adversarial_inputs_are_fast(text: str) -> None:
    mask_noise("warm up")
    elapsed = float("inf")
    for _ in range(3):  # best of three: the machine is shared
        started = time.perf_counter()
        masked, _ = mask_noise(text)
        elapsed = min(elapsed, time.perf_counter() - started)
    assert len(masked) == len(text)
    assert elapsed < bound(0.1), f"{elapsed:.3f} s"


@pytest.mark.parametrize(("text", "kept"), [
    ("Police seize 3 kg of cocaine\n#DrugFreeCity #PoliceNews\n", "Police seize 3 kg of cocaine"),
    ("The #1 priority of the unit is cocaine.\n#Customs\n",
     "The #1 priority of the unit is cocaine."),
    ("Report drug sales on 1818.\n#PolicíaNacional 🇵🇪 #ContraLasDrogas 🚫\n",
     "Report drug sales on 1818."),  # emoji and flags among the hashtags
    ("Two couriers were arrested.\n🇬🇭 #NACOC #SayNoToDrugs\n", "Two couriers were arrested."),
    ("Call us on #55 💬 any time.\n", "Call us on #55 💬 any time."),  # a sentence: kept
])
def test_a_line_of_hashtags_only_is_masked(text: str, kept: str) -> None:
    masked, _ = mask_noise(text)
    assert kept in masked
    assert "#" not in masked.replace(kept, "")


def test_running_page_headers_and_their_rules_are_masked() -> None:
    text = ("Report 2024 | Agency        7\n______\n\nBody text of page seven.\n\n"
            "8        Report 2024 | Agency\n\nBody text of page eight.\n"
            "Table 3        9\n")
    masked, _ = mask_noise(text)
    assert "Report 2024" not in masked and "______" not in masked
    assert "Body text of page seven." in masked and "Table 3        9" in masked



@pytest.mark.parametrize(("text", "masked_lines", "kept_lines"), [
    # the facing page's footer, written once, next to a running header's page number
    ("Agency Annual Report 2024        47\n\nText of page 47.\n\n"
     "Agency Annual Report 2024        48\n\nText of page 48.\n\n"
     "48        Federal Police Agency\n",
     ["Agency Annual Report 2024        47", "48        Federal Police Agency"],
     ["Text of page 47.", "Text of page 48."]),
    # the first page's header: the running lines' words
    ("FEDERAL POLICE AGENCY ANNUAL REPORT 2024\nPART 3 - RESULTS\n\nText of page 47.\n\n"
     "Agency Annual Report 2024        47\n\nText of page 48.\n\n"
     "Agency Annual Report 2024        48\n\nText of page 49.\n\n"
     "49        Federal Police Agency\n",
     ["FEDERAL POLICE AGENCY ANNUAL REPORT 2024"], ["PART 3 - RESULTS"]),
    # a table row whose last figure is a page number stays: no blank line around it
    ("Agency Report 2024        7\n\nSeizures by year:\nCocaine        8\nHeroin        2\n\n"
     "8        Agency Report 2024\n",
     ["Agency Report 2024        7"], ["Cocaine        8", "Heroin        2"]),
    # no running line: a first line in capitals stays
    ("POLICE SEIZE COCAINE AT THE PORT\n\nOfficers found 20 kg of cocaine.\n", [],
     ["POLICE SEIZE COCAINE AT THE PORT"]),
    # footers with the page number after a dash, and the header over each page
    ("DRUG CONTROL AGENCY          Quarterly Bulletin Q1 2027\nSeizures in the quarter\n\n"
     "Officers seized 4.2 tonnes of cannabis.\nAgency bulletin — page 1 of 2\n\n"
     "DRUG CONTROL AGENCY          Quarterly Bulletin Q1 2027\n"
     "The largest seizure was made at the port.\nAgency bulletin — page 2 of 2\n",
     ["Agency bulletin", "Quarterly Bulletin Q1 2027"],
     ["Seizures in the quarter", "The largest seizure was made at the port."]),
], ids=["facing_footer", "first_page_header", "table_row", "no_running_lines", "dash_footer"])
def test_page_lines_of_a_converted_pdf(text: str, masked_lines: list[str],
                                       kept_lines: list[str]) -> None:
    masked, _ = mask_noise(text)
    for line in masked_lines:
        assert line not in masked
    for line in kept_lines:
        assert line in masked


@pytest.mark.parametrize(("line", "kept"), [
    ("29.07.2025  |  11:05  |  1 204 views", "29.07.2025  |  11:05"),
    ("Posted by Regional Office | March 4, 2026 | 120 views",
     "Posted by Regional Office | March 4, 2026"),
    ("Security | 03/11/2025 | 11:20 | Views: 1,904", "Security | 03/11/2025 | 11:20"),
    ("Officers seized 120 kg of hashish in 14 raids.",
     "Officers seized 120 kg of hashish in 14 raids."),
])
def test_a_view_counter_ending_a_posting_line_is_masked(line: str, kept: str) -> None:
    masked, _ = mask_noise(line + "\n")
    assert masked.rstrip() == kept


INLINE_NOISE = [
    # (text, what must survive masking)
    ("The two crew members were remanded in custody.\n(NNA) kt/ (287)\n",
     "The two crew members were remanded in custody."),
    ("The drugs were destroyed by court order.\nNNA/RS/KT/0930\n",
     "The drugs were destroyed by court order."),
    ("From: Regional Office <news@office.example.org>\nSubject: Monthly update | May\n"
     "Date: Mon, 5 May 2025 10:00:00 +0200\nTo: subscribers\n\nThe office trained 30 officers.\n",
     "Date: Mon, 5 May 2025 10:00:00 +0200 The office trained 30 officers."),
    ("Exported chat history — Telegram Desktop\nChannel: City Police | Politsiya\n"
     "Messages: 12 | Exported 02.03.2026 11:00\n\nPatrols found 2 kg of hashish.\n",
     "Patrols found 2 kg of hashish."),
    ("County Police Department\nMarch 3 at 9:12 AM · 🌍\nDeputies seized 20 grams of heroin.\n",
     "Deputies seized 20 grams of heroin."),
    ("Town Police\nYesterday at 9:00 PM · Shared with Public\nOfficers found 2 kg of hashish.\n",
     "Officers found 2 kg of hashish."),
    ("Two men were arrested.\nMarch 1 at 10:05 AM · 🌍\nOfficers found 2 kg of hashish.\n",
     "Two men were arrested.\nOfficers found 2 kg of hashish."),
    ("Deputies seized 20 grams of heroin.\n👍 310    41 comments    12 shares\n"
     "Like    Comment    Share\nMost relevant\nAnna B.\nWell done.\n2d   Like   Reply\n"
     "\nThe suspect was released on bail.\n",
     "Deputies seized 20 grams of heroin.\n\nThe suspect was released on bail."),
    ("No arrest has been made so far.\n💬 2 comments  –  React\nAnna B. · 3 h ago\n"
     "Well done!\n\nThe unit thanked the public.\n",
     "No arrest has been made so far.\n\nThe unit thanked the public."),  # reader comments
    ("Harbour Police\n9 March at 10:12 · 🌐\nSee translation\nOfficers found 2 kg of hashish.\n",
     "Officers found 2 kg of hashish."),  # a post header with the globe icon
    ("REGIONAL GROUP\nGroup Secretariat | Information note | 1/1\nThe plenary opened.\n",
     "REGIONAL GROUP\nThe plenary opened."),  # a one-page PDF's header with its counter
    ("Oslo Politidistrikt\n@oslopoliti\nOffisiell konto for Oslo politidistrikt.\n"
     "842 Following   288.4K Followers\n\n#Grønland: A patrol found 210 g of cocaine.\n",
     "#Grønland: A patrol found 210 g of cocaine."),  # a profile's name, handle and bio
    ("The truck was seized.\n📷 IMG_20260312_WA0007.jpg\nDEB TRAINS 40 OFFICERS\n",
     "The truck was seized.\nDEB TRAINS 40 OFFICERS"),  # a file's icon with its name
    ("The drugs were seized at sea.\n-USCG-\nVisit GoCoastGuard.com.\n",
     "The drugs were seized at sea.\nVisit GoCoastGuard.com."),  # an acronym end mark
    ("Harbour Customs جمارك\n@Harbour_Customs\nOfficial account of the Harbour Customs "
     "Authority\nPosts   Replies   Media   Likes\n\nInspectors found 4 kg of hashish.\n",
     "Inspectors found 4 kg of hashish."),  # a profile's header over its tab bar
    ("Bus ridership hits a record\nBy ANNA KOWALSKI\nShare\nCopy\n\nThe buses carried 2.1 "
     "million riders on a single day last week, officials said.\nAP AUDIO: Buses set a "
     "record\n", "Bus ridership hits a record\nBy ANNA KOWALSKI\nThe buses carried 2.1 "
     "million riders on a single day last week, officials said."),  # a share bar a line,
    # a media link under the body
    ("Share\nFlipboard\nEmail\n\nThe court jailed the smuggler.\n",
     "The court jailed the smuggler."),
    ("The market fell 4.3% on Tuesday.\n\nBy Anna Berg\n\n"
     "March 9, 2027 5:12 PM GMT  Updated 2 hours ago\n",
     "The market fell 4.3% on Tuesday. By Anna Berg March 9, 2027 5:12 PM GMT"),
    # a post's fold link after its cut text; the newsletter's and the page's footers;
    # a wire's contact trailer; a bracketed photo credit on its own line
    ("Police seized 3 kg of methamphetamine at the wharf. A man was arrested... See more\n",
     "Police seized 3 kg of methamphetamine at the wharf. A man was arrested..."),
    ("Officers found 12 parrots in a car.…See more\n", "Officers found 12 parrots in a car.…"),
    ("The course ended in March.\n\nYou received this newsletter because you subscribed. "
     "Unsubscribe\n", "The course ended in March."),
    ("The department said.\n\nIs this page useful?  Yes  No  Report a problem with this page\n",
     "The department said."),
    ("Shares fell 9%.\nTo contact the editor responsible for this story:\n"
     "Per Holm at pholm@example.com\n", "Shares fell 9%."),
    ("Two men were arrested.\n(Photo: Forest Department)\n", "Two men were arrested."),
    ("The series resumes in July.\nCopyright Pacific Wire 2027\nLatest in Rugby\n",
     "The series resumes in July."),
]


@pytest.mark.parametrize(("text", "kept"), INLINE_NOISE)
def test_signoffs_headers_and_comment_threads_are_masked(text: str, kept: str) -> None:
    masked, _ = mask_noise(text)
    assert masked.split() == kept.split()
    assert len(masked) == len(text)


ARTICLE_HEADS_UNDER_A_LIST = [
    # one related entry that is the head of the article under it
    ("The first seizure closes the page.\nRelated news\n"
     "Customs find cannabis in a tourist coach at the bridge\n"
     "Published 04/11/2025 10h20\n\n"
     "Customs officers found 20 kg of cannabis in the luggage hold of a tourist coach "
     "coming from the border on Sunday, and the driver was handed to the police.\n",
     ["Customs find cannabis in a tourist coach at the bridge", "Published 04/11/2025 10h20"],
     []),
    # a dump: the related list, a share bar, then the next article's headline and byline
    ("The pilots escaped into the jungle.\nRelated articles\n"
     "Honduras destroys clandestine airstrip in Olancho\n"
     "Navy seizes semi-submersible off Oaxaca\n"
     "Share this: Facebook  Twitter  WhatsApp  Email  |  4 Comments\n"
     "Port police find cocaine in banana boxes at Gioia Tauro\n"
     "By Lucia Ferri | 14 March 2023\n\n"
     "Officers of the Guardia di Finanza found 310 kilograms of cocaine hidden in boxes of "
     "bananas unloaded from a ship that had sailed from Ecuador, the prosecutor said.\n",
     ["Port police find cocaine in banana boxes at Gioia Tauro", "By Lucia Ferri | 14 March 2023"],
     ["Honduras destroys", "Navy seizes semi-submersible", "Share this"]),
    # teasers listed under the heading: a headline over its date over its cut lead
    ("The course closed today.\nRelated content\n"
     "Programme office hands over radios to border posts\n4 May 2026\n"
     "The office transferred 40 radios and 12 quad bikes to border units in the south ...\n"
     "Workshop on financial investigations held in Almaty\n23 April 2026\n"
     "Investigators from five countries discussed tracing the proceeds of drug crime ...\n",
     ["Programme office hands over radios to border posts", "4 May 2026",
      "Workshop on financial investigations held in Almaty"], []),
    # teasers listed under the heading without leads: a headline over its posting date
    ("Two men were detained on the spot.\nRead also\n"
     "Customs officers find 2 kg of cocaine in a traveller's coat\n19 April 2026, 18:40\n"
     "Courier with 30 bundles of mephedrone detained at the station\n18 April 2026, 09:05\n",
     ["Customs officers find 2 kg of cocaine in a traveller's coat", "19 April 2026, 18:40",
      "Courier with 30 bundles of mephedrone detained at the station",
      "18 April 2026, 09:05"], []),
    # teasers dated by day and month only, the year being the page's ("16-20 May")
    ("The next course is planned for June.\nRelated news\n"
     "Dog handlers from three countries complete a course in Riga\n16-20 May\n"
     "Scanners for the river port handed over to the customs service\n3 April\n",
     ["Dog handlers from three countries complete a course in Riga", "16-20 May",
      "Scanners for the river port handed over to the customs service", "3 April"], []),
    # bare links to other reports under their heading: no teasers, masked
    ("Citizens can report dealers on the number 122.\nRelated reports\n"
     "Daily report for 14 and 15 March 2027\nDaily report for 13 March 2027\n",
     [], ["Daily report for 14", "Daily report for 13"]),
]


@pytest.mark.parametrize(("text", "kept", "gone"), ARTICLE_HEADS_UNDER_A_LIST)
def test_the_head_of_an_article_under_a_related_list_stays(text: str, kept: list[str],
                                                           gone: list[str]) -> None:
    masked, _ = mask_noise(text)
    assert "Related" not in masked
    for line in kept:
        assert line in masked
    for line in gone:
        assert line not in masked


def test_an_undated_contact_over_a_paragraph_is_still_masked() -> None:
    text = ("The seizure closes the page.\nPress contacts\nJane Roe, spokesperson\n\n"
            "The agency is responsible for customs control at the borders, the ports and the "
            "airports of the country and employs more than 4,000 officers in 12 regions.\n")
    masked, _ = mask_noise(text)
    assert "Jane Roe" not in masked and "The agency is responsible" in masked


CASE_RULES = [
    # (kind, ignore_case, pattern, line, masked): an inline regex is case-sensitive unless
    # its record says ignore_case; a line rule is case-blind unless it says ignore_case false
    ("inline", None, "STAFF-ONLY", "See the staff-only notice.", False),
    ("inline", None, "STAFF-ONLY", "See the STAFF-ONLY notice.", True),
    ("inline", True, "STAFF-ONLY", "See the staff-only notice.", True),
    ("line", None, "back to archive", "Back to Archive", True),
    ("line", False, "back to archive", "Back to Archive", False),
    ("line", False, "Back to Archive", "Back to Archive", True),
]


@pytest.mark.parametrize(("kind", "ignore_case", "pattern", "line", "masked"), CASE_RULES)
def test_a_rules_ignore_case_field_is_honoured(kind: str, ignore_case: bool | None,
                                               pattern: str, line: str, masked: bool) -> None:
    fields = {"id": "case_rule", "kind": kind, "pattern": pattern}
    if ignore_case is not None:
        fields["ignore_case"] = ignore_case
    rules = compile_rules([NoisePattern(**fields)])
    assert (mask_noise(line, rules)[0] != line) is masked


@pytest.mark.parametrize(("line", "noise"), [
    ("Home > News > Crime", True),
    ("Ministry › Press service › News", True),
    ("<item><title>Customs destroy seized cigarettes</title>", False),
    ("<entry><title>Police find heroin</title></entry>", False),
], ids=["breadcrumb", "breadcrumb_arrows", "feed_item_title", "feed_entry_title"])
def test_the_angle_brackets_of_markup_are_no_breadcrumb(line: str, noise: bool) -> None:
    """A breadcrumb's labels hold no '<': a feed item's title line between tags is text."""
    assert is_noise_line(line) is noise


DECORATED_LINES = [
    # (text, found): a footer heading filling a line but for the decoration around it, as
    # ``fullmatch(line.strip(decoration))`` reads it; long decoration runs are read in one pass
    ("Related news", True),
    ("—— Related news ——", True),
    ("-" * 100_000, False),
    ("-" * 50_000 + " Related news " + "-" * 50_000, True),
    ("-" * 50_000 + "x" + "-" * 50_000, False),
    (" " * 100_000 + "Related news", True),
    ("Police seize heroin.\n" + "- " * 50_000 + "\nRelated news\n" + "*" * 100_000, True),
    ("Related news " + "x-" * 50_000, False),
]


@pytest.mark.parametrize(("text", "found"), DECORATED_LINES, ids=lambda t: repr(t)[:24])
def test_a_line_scan_reads_decoration_runs_as_strip_does(text: str, found: bool) -> None:
    """The line scan finds what stripping each line's decoration and matching would find,
    and the pattern is tried at most three times per line, so no run is walked back through
    retrying it (a line of 100,000 dashes took seconds when it was retried at every dash)."""
    scan = _any_line(re.compile("related news", re.IGNORECASE))
    assert scan is not None
    assert scan.found_in(text) is found
    stripped = any(line.strip(_DECORATION).lower() == "related news"
                   for line in text.split("\n"))
    assert stripped is found
    assert "*+$" in scan.line.pattern  # a possessive trailing run: linear in its length


@pytest.mark.parametrize(("line", "masked"), [
    ("Channel exported on 14.03.2027", True),
    ("Exported: 2027-03-14 18:40", True),
    ("Chat history exported on March 14, 2027 at 10:15", True),
    ("Export date 14/03/2027", True),
    ("Cocaine exported on 12 May was seized at the port.", False),  # a sentence
    ("Exported 3 tonnes", False),  # no date
])
def test_a_chat_exports_stamp_line_is_masked(line: str, masked: bool) -> None:
    text = f"Philippine National Police\n{line}\n14.03.2027 09:12\nOfficers seized 2 kg of shabu.\n"
    out, _ = mask_noise(text)
    assert (line not in out) is masked
    assert "Officers seized 2 kg of shabu." in out

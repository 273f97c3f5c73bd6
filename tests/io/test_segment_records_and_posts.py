"""Item boundaries of layouts written as records (session 29, texts invented in other styles
than the spent sets that showed them): a social page's one-line post header with the page's
name, the post's time and audience mark heads each post, outside it (session 35, as the guide
says since session 29); a post's last line over the next post's (masked)
header is no title; a dateline's agency may carry accents; a listing line may open with a
weekday; the rows of a delimited sheet and the fields of a fact box are never split; an
e-mail reply ends over the message it quotes ("On ... wrote:", "-----Original Message-----"),
which is an item only when it is a release, and its header fields are no item's."""

from __future__ import annotations

import pytest

import pressparse
from pressparse.io.delimited import row_shape
from pressparse.io.segment import segment
from pressparse.io.segment_rules import is_field_line

PAGE_POSTS_ONE_LINE_HEADERS = (
    "Policía Nacional de Colombia - Dirección Antinarcóticos\n"
    "Government organization · 2.1M followers\n"
    "\n"
    "Dirección de Antinarcóticos de la Policía Nacional de Colombia · 3 Mar 2027 at 09:15 · 🌐\n"
    "Cocaine in a banana container at Turbo\n"
    "Officers at the port of Turbo found 640 kilograms of cocaine hidden among boxes of "
    "bananas bound for Antwerp. Two dock workers were detained.\n"
    "👍 3.4K    210 comments    98 shares\n"
    "\n"
    "Dirección de Antinarcóticos de la Policía Nacional de Colombia · 1 Mar 2027 at 17:40 · 🌐\n"
    "Laboratory destroyed in Nariño\n"
    "A joint team with the Army dismantled a cocaine laboratory in the rural area of Tumaco "
    "and destroyed 1,200 litres of liquid precursors.\n"
    "👍 1.9K    77 comments    41 shares\n"
    "\n"
    "Dirección de Antinarcóticos de la Policía Nacional de Colombia · 27 Feb 2027 at 08:05 · 🌐\n"
    "Since January the directorate has seized 41 tonnes of cocaine hydrochloride and arrested "
    "312 people in 19 departments.\n"
)

PAGE_POSTS_LAST_LINE_OVER_HEADER = (
    "Royal Malaysia Police - Kelantan\n"
    "Government organization · 310K followers\n"
    "Royal Malaysia Police - Kelantan\n"
    "March 14, 2027 at 11:20 AM · 🌍\n"
    "OPERASI TAPIS: BORDER OPERATION ✅\n"
    "From 10 to 13 March the Kelantan contingent searched 22 houses in Rantau Panjang.\n"
    "Results:\n"
    "➡️ 18.2 kg of ganja\n"
    "➡️ 4,100 yaba pills\n"
    "All suspects are being held for investigation. Terima kasih! 🙏\n"
    "#PDRMKelantan #Tapis\n"
    "👍 2.2K     140 comments     65 shares\n"
    "Like   Comment   Share\n"
    "Royal Malaysia Police - Kelantan\n"
    "March 12, 2027 at 4:10 PM · 🌍\n"
    "The contingent chief received a delegation of the Thai Narcotics Control Board in Kota "
    "Bharu to discuss patrols along the Golok River. The two sides agreed to share data.\n"
    "#PDRMKelantan\n"
    "👍 640     12 comments     9 shares\n"
)

WIRE_DIGEST_ACCENTED_AGENCY = (
    "Agência Brasil - English Service\n"
    "\n"
    "ECONOMIA-SOJA / Soybean exports reach record in February\n"
    "\n"
    "Brasília, March 2 (Agência Brasil) - Brazil exported 14.1 million tonnes of soybeans in "
    "February, a record for the month, the Ministry of Development reported.\n"
    "(Agência Brasil) AB-RJ\n"
    "\n"
    "SEGURANÇA-PORTOS / Federal Police find cocaine in Santos sugar cargo\n"
    "\n"
    "São Paulo, March 2 (Agência Brasil) - Federal Police officers found 1.1 tonnes of "
    "cocaine in a sugar shipment at the port of Santos bound for Valencia.\n"
    "(Agência Brasil) CM-RJ\n"
)

COURT_LIST_WEEKDAY_LINES = (
    "Sittings of the week of 12 April 2027\n"
    "\n"
    "The following drug cases were heard at the Law Courts, Valletta.\n"
    "Wed 14/04/2027 | Court of Magistrates | Hall 3 | 09:30\n"
    "The Police v Karl BORG (29), of Qormi\n"
    "Charge: possession of cannabis not for personal use.\n"
    "Outcome: 18 months' imprisonment and a fine of EUR 2,000.\n"
    "Thu 15/04/2027 | Court of Magistrates | Hall 1 | 11:00\n"
    "The Police v Amadou DIALLO (34), of Marsa\n"
    "Charge: importation of 2.3 kg of cocaine at the Freeport.\n"
    "Outcome: remanded in custody; case adjourned to May.\n"
)

SHEET_EXPORT = (
    "Open data portal > Customs > Seizures\n"
    "\n"
    "# Seizures of narcotics by Finnish Customs, first quarter 2027\n"
    "date;office;place;means;substance;kg;arrests;value_eur\n"
    "04.01.2027;Vaalimaa customs;Vaalimaa border crossing;lorry;amphetamine;12,400;2;372 000,00\n"
    "2027-02-11;Helsinki-Vantaa customs;Helsinki Airport;passenger;cocaine;3,150;1;315 000,00\n"
    "19.03.2027;Port of Helsinki customs;Vuosaari harbour;container;hashish;220,000;3;"
    "2 200 000,00\n"
    "TOTAL amphetamine;;;;;12,400;2;372 000,00\n"
    "TOTAL cocaine;;;;;3,150;1;315 000,00\n"
    "# Source: Finnish Customs; provisional figures.\n"
)

FACT_BOX_RELEASE = (
    "FENA - Federal News Agency\n"
    "Bosnia | Economy | Region | World | Sports\n"
    "Economy\n"
    "FACTSHEET: Flood aid for the Drina valley\n"
    "\n"
    "\n"
    "Sarajevo, 9 October 2027 (FENA) - The Council of Ministers on Thursday approved an aid "
    "package for households hit by the September floods. Main points:\n"
    "\n"
    "Total amount: BAM 42 million\n"
    "Households covered: about 6,500\n"
    "Water and power bills: waived for September-November 2027\n"
    "Households eligible (estimate): around 6,500\n"
    "Applications: 20 October to 30 November, at the 12 municipal offices of the Agency\n"
    "First payments: by the end of December\n"
    "Rainfall in September, Višegrad station: 240 mm (average: 80 mm)\n"
    "\n"
    "The minister told reporters the money would come from the budget reserve, and that "
    "more would follow in 2028.\n"
)

TWO_PLACE_HEADED_ITEMS = (
    "Customs news\n"
    "\n"
    "\n"
    "Oujda: 3,200 tablets of psychotropic drugs found in a bus\n"
    "Officers of the customs post at Oujda found 3,200 tablets of psychotropic drugs in the "
    "luggage of a passenger on Monday. The passenger was handed to the prosecution.\n"
    "\n"
    "Tanger Med: cannabis resin in a refrigerated truck\n"
    "Customs officers at the port of Tanger Med seized 4.2 tonnes of cannabis resin hidden "
    "in a refrigerated truck bound for Algeciras on Tuesday.\n"
)


NUMBERED_RECOVERIES_UNDER_DASHED_COLON = (
    "Dhaka, 4 March 2027:\n"
    "\n"
    "Bangladesh Coast Guard carried out special drives in the Teknaf and Shahpori Dwip areas "
    "between 1 and 3 March. Details of recoveries are as under:-\n"
    "\n"
    "1. On 1 March, a patrol near Shahpori Dwip stopped a fishing boat and recovered 60,000 "
    "yaba tablets. Two smugglers were held.\n"
    "2. On 2 March, 4 kg of crystal meth was found buried on the beach at Teknaf. No arrest "
    "was made.\n"
    "3. On 3 March, a trawler with 9,000 litres of smuggled diesel was seized off Cox's Bazar.\n"
    "\n"
    "The seized goods were handed over to the police for legal action.\n"
)


REPLY_QUOTING_QUESTION_AND_RELEASE = (
    "De : Service de presse <presse@douane.example.tn>\n"
    "À : Karim Ben Salah <k.bensalah@journal.example.tn>\n"
    "Objet : RE: Saisie de Ras Jedir\n"
    "Date: Tue, 2 Mar 2027 09:15:44 +0100\n"
    "\n"
    "Bonjour Karim,\n"
    "\n"
    "Here are the answers to your questions. The lorry was stopped at Ras Jedir on Sunday "
    "evening and the driver, a Libyan citizen aged 41, was handed over to the prosecutor.\n"
    "\n"
    "Regards,\n"
    "Press service of the Customs\n"
    "\n"
    "Le lun. 1 mars 2027 à 17:02, Karim Ben Salah <k.bensalah@journal.example.tn> a écrit :\n"
    "> Thank you. When was the lorry stopped and who was the driver?\n"
    "> Karim\n"
    ">\n"
    "> Le lun. 1 mars 2027 à 11:30, Service de presse <presse@douane.example.tn> a écrit :\n"
    "> > Ras Jedir: 410,000 psychotropic tablets found in a lorry\n"
    "> >\n"
    "> > Customs officers at the Ras Jedir border post found 410,000 psychotropic tablets\n"
    "> > hidden in the double floor of a lorry coming from Libya. The lorry and its load\n"
    "> > were seized and an investigation has been opened.\n"
)

REPLY_OVER_ORIGINAL_MESSAGE = (
    "Importance: High\n"
    "\n"
    "Hi Priya,\n"
    "\n"
    "Yes, the seizure took place on Friday at Chennai port. Officers of the Directorate found "
    "48 kg of hashish in a container of granite slabs bound for Colombo. Two agents were held.\n"
    "\n"
    "Thanks,\n"
    "Media Cell, DRI Chennai Zonal Unit\n"
    "\n"
    "-----Original Message-----\n"
    "From: Priya Raman <priya@news.example.in>\n"
    "Sent: Saturday, 6 March 2027 10:05\n"
    "To: DRI Media Cell <media@dri.example.in>\n"
    "Subject: Chennai port seizure\n"
    "\n"
    "Dear sir, could you confirm the seizure at Chennai port yesterday and the quantity?\n"
    "Regards, Priya\n"
)


def _items(text: str) -> list[str]:
    return [text[s.start:s.end] for s in segment(text)]


@pytest.mark.parametrize(("text", "openings"), [
    # the page's stamp heading each post, with the page's name, is the platform's furniture:
    # outside the item (samples/README.md, Items, session 29: h29_08)
    (PAGE_POSTS_ONE_LINE_HEADERS, [
        "Cocaine in a banana container at Turbo", "Laboratory destroyed in Nariño",
        "Since January the directorate"]),
    (WIRE_DIGEST_ACCENTED_AGENCY, [
        "ECONOMIA-SOJA / Soybean exports", "SEGURANÇA-PORTOS / Federal Police"]),
    (COURT_LIST_WEEKDAY_LINES, [
        "Sittings of the week", "Wed 14/04/2027 | Court of Magistrates",
        "Thu 15/04/2027 | Court of Magistrates"]),
])
def test_each_record_opens_an_item(text: str, openings: list[str]) -> None:
    items = _items(text)
    assert len(items) == len(openings)
    for item, opening in zip(items, openings, strict=True):
        assert item.startswith(opening)


def test_a_posts_last_line_over_the_next_header_stays_in_its_post() -> None:
    items = _items(PAGE_POSTS_LAST_LINE_OVER_HEADER)
    assert len(items) == 2
    assert items[0].startswith("OPERASI TAPIS")
    assert items[0].endswith("Terima kasih! 🙏")
    assert items[1].startswith("The contingent chief received")


@pytest.mark.parametrize(("text", "first", "last"), [
    (SHEET_EXPORT, "# Seizures of narcotics", "# Source: Finnish Customs; provisional figures."),
    (FACT_BOX_RELEASE, "FACTSHEET: Flood aid", "and that more would follow in 2028."),
    (NUMBERED_RECOVERIES_UNDER_DASHED_COLON, "Dhaka, 4 March 2027:",
     "handed over to the police for legal action."),
])
def test_sheet_rows_fact_box_fields_and_announced_lists_stay_one_item(
        text: str, first: str, last: str) -> None:
    items = _items(text)
    assert len(items) == 1
    assert items[0].startswith(first)
    assert items[0].endswith(last)


def test_place_headed_items_are_no_fact_box() -> None:
    items = _items(TWO_PLACE_HEADED_ITEMS)
    assert [item.split("\n")[0] for item in items] == [
        "Oujda: 3,200 tablets of psychotropic drugs found in a bus",
        "Tanger Med: cannabis resin in a refrigerated truck"]


@pytest.mark.parametrize(("line", "shape"), [
    ("04.01.2027;Vaalimaa customs;Vaalimaa border crossing;amphetamine;12,400;2", (";", 5)),
    ("TOTAL;;;;235,550;6", (";", 5)),
    ("2027-01-04,Vaalimaa,amphetamine,12.4,2", (",", 4)),
    ("date\toffice\tsubstance\tkg", ("\t", 3)),
    ("Officers found cocaine, heroin, hashish and cash, the police said.", None),
    ("08.03.2027 | Two held with heroin", None),
    ("04.01.2027 | Vaalimaa customs | amphetamine | 12.4", ("|", 3)),  # a row read as a table
    ('05.01.2027;"Nuijamaa; lorry lane";cannabis;2,1', (";", 3)),  # a quoted delimiter
    ("Officers found 1,204 kg of cocaine, 3,500 tablets and 12,000 cigarettes.", None),
])
def test_row_shape(line: str, shape: tuple[str, int] | None) -> None:
    assert row_shape(line) == shape


@pytest.mark.parametrize(("line", "field"), [
    ("Total amount: BAM 42 million", True),
    ("Damage assessment period: 15 September to 15 October 2027", True),
    ("Support per household, damaged roofs and walls: BAM 3,000", True),
    ("12 arrested: police", False),
    ("The minister said: we will pay. Then he left.", False),
])
def test_is_field_line(line: str, field: bool) -> None:
    assert is_field_line(line) is field


@pytest.mark.parametrize(("line", "field"), [
    ("Cannabis plants destroyed: 2,140", True),
    ("Vessels boarded: 3. Crew held: 11", True),  # any marks in a short value
    ("Total amount: BAM 42 million", True),
    ("Support per household, damaged roofs and walls: BAM 3,000", False),  # six label words
    ("Applications: 16 August to 15 September, online or at any district office", False),
    ("12 arrested: police", False),
])
def test_is_short_field_line(line: str, field: bool) -> None:
    assert is_field_line(line, short=True) is field


@pytest.mark.parametrize(("text", "bounds", "absent"), [
    (REPLY_QUOTING_QUESTION_AND_RELEASE, [
        ("De : Service de presse", "Press service of the Customs"),
        ("> > Ras Jedir: 410,000 psychotropic tablets", "investigation has been opened.")],
     ["a écrit", "When was the lorry stopped"]),
    (REPLY_OVER_ORIGINAL_MESSAGE, [
        ("Hi Priya,", "Media Cell, DRI Chennai Zonal Unit")],
     ["Original Message", "could you confirm"]),
])
def test_a_reply_ends_over_the_message_it_quotes(
        text: str, bounds: list[tuple[str, str]], absent: list[str]) -> None:
    items = [text[i.start:i.end] for i in pressparse.extract(text).items]
    assert len(items) == len(bounds)
    for item, (first, last) in zip(items, bounds, strict=True):
        assert item.startswith(first)
        assert item.endswith(last)
    assert not any(words in item for item in items for words in absent)

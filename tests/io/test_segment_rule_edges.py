"""An item's edges at a drawn rule line and the date lines of data dumps (session 27,
round 2): a newsletter's last item closed by a rule glued under its last sentence, the
footer under that rule (an address, a mail notice) no part of it and no item, while a
rule between stories still parts them; and an ISO 8601 date-time ("2027-05-19T16:45:03
-03:00") under a feed entry's headline dates the entry, while the feed's own stamp above
its entries is no item. Texts are invented, in styles and countries of their own."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

from pressparse.io.segment import segment
from pressparse.io.segment_rules import is_date_line, load_segment_rules

RULE = "-" * 48

NEWSLETTER_RULE_GLUED = Layout("newsletter_last_item_closed_by_glued_rule", (
    "Methamphetamine found in a yacht's water tank at Savusavu\n\n"
    "Customs officers boarding a yacht from Tonga at Savusavu found 3.2 kg of "
    "methamphetamine in its water tank on Monday. The skipper was handed to the police.\n"
    f"{RULE}\n"
    "DIARY NOTE\n\n"
    "The regional border management workshop opens in Lautoka on 14 June. Partners "
    "are asked to confirm their delegations by the end of May.\n"
    f"{RULE}\n"
    "Revenue House, 3 Thomson Street, Suva\n"
), [("Methamphetamine found in a yacht", "handed to the police.",
     "Methamphetamine found in a yacht's water tank at Savusavu"),
    ("DIARY NOTE", "by the end of May.", "DIARY NOTE")])

ORPHAN_UNDER_CLOSING_RULE = Layout("address_line_under_the_closing_rule", (
    "Prefectura Naval: 480 kg of marijuana found on a barge near Fray Bentos\n\n"
    "Fray Bentos, 2 July 2027 - Officers of the Naval Prefecture inspecting a barge on "
    "the Uruguay River found 480 kg of marijuana under its cargo of timber.\n\n"
    "BRIEFLY - 1 July: a courier was stopped at Carrasco airport with 2 kg of cocaine "
    "in his luggage; he was remanded in custody.\n\n"
    f"{RULE}\n\n"
    "Press Office, Rambla 25 de Agosto 2001, Montevideo\n"
), [("Prefectura Naval: 480 kg", "remanded in custody.",
     "Prefectura Naval: 480 kg of marijuana found on a barge near Fray Bentos")])

RULE_BETWEEN_STORIES = Layout("rule_glued_between_two_stories", (
    "Coast guard seizes cocaine off Cape Verde\n\n"
    "Praia, 4 May 2027 - The coast guard seized 1.1 tonnes of cocaine from a fishing "
    "boat 80 nautical miles south of Brava on Sunday.\n"
    f"{RULE}\n\n"
    "Police dismantle cannabis plantation on Santo Antao\n\n"
    "Porto Novo, 5 May 2027 - Judicial police officers destroyed 3,000 cannabis plants "
    "in the Paul valley on Monday and arrested two farmers.\n"
), [("Coast guard seizes", "south of Brava on Sunday.",
     "Coast guard seizes cocaine off Cape Verde"),
    ("Police dismantle", "arrested two farmers.",
     "Police dismantle cannabis plantation on Santo Antao")])

# session 37: a faxed release's signature closed by a rule, the fax's end line under it
SIGNATURE_OVER_CLOSING_RULE = Layout("signature_closed_by_rule_over_fax_end", (
    "HEROIN FOUND IN A FISHING BOAT AT BETIO\n\n"
    "Police officers found 600 grams of heroin in a fishing boat at Betio on Sunday. Two men "
    "were arrested.\n\n"
    "(Signed)\n"
    "Public Relations Officer\n"
    "for: Commissioner of Police\n"
    "=================================================\n"
    " END OF TRANSMISSION - Please call the sender if pages are missing\n"
), [
    ("HEROIN FOUND", "for: Commissioner of Police", "HEROIN FOUND IN A FISHING BOAT AT BETIO"),
])


@pytest.mark.parametrize(("layout", "check"), layout_cases(
    [NEWSLETTER_RULE_GLUED, ORPHAN_UNDER_CLOSING_RULE, RULE_BETWEEN_STORIES,
     SIGNATURE_OVER_CLOSING_RULE]))
def test_items_end_at_a_rule(layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)


@pytest.mark.parametrize(("line", "expected"), [
    ("2027-05-19T16:45:03-03:00", True),
    ("2027-05-19T16:45:03Z", True),
    ("2027-05-19T16:45:03.500+05:45", True),
    ("2027-05-19T16:45", True),
    ("2027-05-19T16:45:03 and later", False),
])
def test_an_iso_date_time_is_a_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line, load_segment_rules()) is expected


@pytest.mark.parametrize(("line", "expected"), [
    # session 38: a stamp line read by its shape, a full date with a few capitalized words
    ("Date 2027.03.05", True),  # a label over the masked hit counter
    ("Island Herald - Friday 5 March 2027 - 09:40", True),  # the outlet, weekday and time
    ("Notice 05.03.2027", True),
    ("5-6 October 2027 | Suva, Fiji", True),  # an event's days and place over its teaser
    ("Daily report for 5 March 2027", False),  # words of a sentence, no stamp
    ("Done at Suva, 5 March 2027", False),  # a signing line
    ("N$12.00          SUVA - 5 March 2027          No. 88", False),  # a gazette's columns
    ('"date": "2027-03-05",', False),  # a record's field
    ("• 5–7 March 2027 — staff talks, Nadi", False),  # a bulleted point
])
def test_a_stamp_shaped_line_is_a_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line, load_segment_rules()) is expected


# session 38: a news list with no blank line, each brief a headline over its stamp line,
# closed by the agency's credit after a dash; a "Date <year-first date>" line over each story
STAMPED_BRIEFS = Layout("briefs_closed_by_dash_credit_over_the_next_headline", (
    "Harbour News\n"
    "News in Brief\n"
    "Police seize cannabis in a fishing boat at the port\n"
    "Mon, Mar 8, 2027\n"
    "Port Louis: Police officers seized 40 kg of cannabis in a fishing boat at the port on "
    "Sunday night and arrested its two crew members. — MBC\n"
    "Customs find heroin in a parcel at the airport\n"
    "Mon, Mar 8, 2027\n"
    "Port Louis: Customs officers found 2 kg of heroin in a parcel from abroad at the "
    "airport cargo terminal on Saturday. — MBC\n"
), [("Police seize cannabis", "arrested its two crew members. — MBC",
     "Police seize cannabis in a fishing boat at the port"),
    ("Customs find heroin", "cargo terminal on Saturday. — MBC",
     "Customs find heroin in a parcel at the airport")])

LABELLED_YEAR_FIRST_DATES = Layout("headline_over_a_labelled_year_first_date_line", (
    "Coast Guard Press Releases\n"
    "Coast guard finds cocaine in the sea chest of a bulk carrier\n"
    "Date 2027.04.12\n"
    "Coast guard divers found 18 kg of cocaine in the sea chest of a bulk carrier at the "
    "northern port on Saturday.\n"
    "The ship had sailed from Ecuador, the coast guard said.\n"
    "Joint boarding exercise held with the navy off the island\n"
    "Date 2027.04.19\n"
    "The coast guard and the navy held a joint boarding exercise off the island on "
    "Thursday with observers from two neighbouring countries.\n"
), [("Coast guard finds cocaine", "the coast guard said.",
     "Coast guard finds cocaine in the sea chest of a bulk carrier"),
    ("Joint boarding exercise", "two neighbouring countries.",
     "Joint boarding exercise held with the navy off the island")])


@pytest.mark.parametrize(("layout", "check"), layout_cases(
    [STAMPED_BRIEFS, LABELLED_YEAR_FIRST_DATES]))
def test_a_headline_over_a_stamp_line_opens_its_item(
        layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)


FEED_DUMP = (
    "Border police seize opium at Torkham crossing\n"
    "2027-05-19T16:45:03+04:30\n"
    "Border police at the Torkham crossing found 12 kg of opium in a truck carrying "
    "dried fruit on Wednesday. The driver was arrested.\n\n"
    "Customs officers find hashish in a tyre shipment at Hairatan\n"
    "2027-05-17T09:10:00+04:30\n"
    "Customs officers at the Hairatan port found 40 kg of hashish hidden in a shipment "
    "of tyres from Uzbekistan on Monday.\n"
)


def test_an_iso_date_time_under_a_headline_dates_its_entry() -> None:
    segments = segment(FEED_DUMP)
    headlines = ["Border police seize opium at Torkham crossing",
                 "Customs officers find hashish in a tyre shipment at Hairatan"]
    assert [FEED_DUMP[s.start:].split("\n", 1)[0] for s in segments] == headlines
    assert [s.title for s in segments] == headlines
    assert [s.dateline_date for s in segments] == ["2027-05-19", "2027-05-17"]



ATOM_FEED = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n'
    '  <title>Guardia di Finanza - Press releases</title>\n'
    '  <updated>2027-06-03T09:30:00+02:00</updated>\n'
    '  <entry>\n'
    '    <title type="text">\nFinance police seize 80 kg of cocaine at Gioia Tauro\n</title>\n'
    '    <updated>2027-06-03T09:30:00+02:00</updated>\n'
    '    <content type="text">Officers of the finance police found 80 kg of cocaine in a '
    'container of coffee from Colombia at the port of Gioia Tauro on Monday.\n</content>\n'
    '  </entry>\n'
    '  <entry>\n'
    '    <title type="text">\nCounterfeit cigarettes found in a lorry at Trieste\n</title>\n'
    '    <updated>2027-05-28T15:10:00+02:00</updated>\n'
    '    <content type="text">Customs and finance police officers found 4 tonnes of '
    'counterfeit cigarettes in a lorry from Slovenia at Trieste on Thursday.\n</content>\n'
    '  </entry>\n'
    '</feed>\n'
)


def test_a_feeds_own_stamp_over_its_entries_is_no_item() -> None:
    segments = segment(ATOM_FEED)
    assert [s.title for s in segments] == [
        "Finance police seize 80 kg of cocaine at Gioia Tauro",
        "Counterfeit cigarettes found in a lorry at Trieste"]
    assert [s.dateline_date for s in segments] == ["2027-06-03", "2027-05-28"]


# session 38: a section page's stories, each "headline / byline / date line / body": the
# headline and byline over the date line open its item, not close the story above
SECTION_STORIES_WITH_BYLINES = Layout("headline_and_byline_over_the_date_line", (
    "The Southern Courier\n\n"
    "Harbour board approves new container crane\n"
    "By Mere Tait\n"
    "Monday, 8 March 2027\n\n"
    "The harbour board approved the purchase of a third container crane on Monday, the "
    "chairman said.\n\n"
    "The crane will cost $14 million and is due to arrive next year.\n\n"
    "Ferry timetable changes for the winter season\n"
    "By Tom Hale\n"
    "Sunday, 7 March 2027\n\n"
    "The ferry operator will run two sailings a day instead of four from May, it said on "
    "Sunday.\n\n"
    "Bookings for the summer season open in October.\n"
), [("Harbour board approves", "due to arrive next year.",
     "Harbour board approves new container crane"),
    ("Ferry timetable changes", "open in October.",
     "Ferry timetable changes for the winter season")])

# the next story's title written as the last link of a "Related Articles" list (masked
# with the list) right over its posting line opens that story's item
TITLE_AS_LAST_RELATED_LINK = Layout("related_list_link_over_the_next_storys_date", (
    "The Bay Herald\n\n"
    "Port volumes rise for a fifth month\n"
    "Published : Mar. 4, 2027 - 09:10   Updated : Mar. 4, 2027 - 11:02\n"
    "By Kim Soo-ah\n\n"
    "Container volumes at the port rose 6.1 percent in February from a year earlier, the "
    "port authority said on Thursday.\n\n"
    "Related Articles\n"
    "Shipyard wins order for four tankers\n"
    "Central bank keeps rate at 2.5 percent\n"
    "Published : Feb. 26, 2027 - 10:41\n"
    "By Lee Jun-ho\n\n"
    "The central bank kept its base rate at 2.5 percent on Thursday, with five of the seven "
    "board members voting for a hold at the meeting that began in the morning.\n\n"
    "The bank has cut the rate by a total of 75 basis points since last spring, and most "
    "economists expect one more cut before the end of the year.\n"
), [("Port volumes rise", "the port authority said on Thursday.",
     "Port volumes rise for a fifth month"),
    ("Central bank keeps rate", "before the end of the year.",
     "Central bank keeps rate at 2.5 percent")])


@pytest.mark.parametrize(("layout", "check"), layout_cases(
    [SECTION_STORIES_WITH_BYLINES, TITLE_AS_LAST_RELATED_LINK]))
def test_a_storys_head_over_its_date_line_opens_its_item(
        layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)

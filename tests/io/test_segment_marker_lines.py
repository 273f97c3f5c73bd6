"""Item boundaries of dumps whose entries sit under a marker line of their own written with
no blank line between them (session 30, texts invented in other styles and countries than
the spent sets that showed them): a push log's stamp line ("dd.mm.yyyy hh:mm · source ·
section") and a press review's outlet line opening with the same symbol, each outlet's
written its own way, open items; lines that only share their symbol under a story's lead
are its sections, and marker lines under a sentence (closing their entries) cut nothing."""

from __future__ import annotations

import pytest
from layout_checks import item_texts

from pressparse.io.layout import marker_key
from pressparse.io.segment_rules import load_segment_rules

# an app's notification history: a stamp line over each one-line alert, no blank lines
PUSH_LOG_STAMPS = (
    "12.02.2027 06:40 · LUSA · Portugal\n"
    "Storm Karl closes the port of Leixões; the harbour master expects it to reopen on "
    "Thursday morning.\n"
    "12.02.2027 09:15 · LUSA · Economy\n"
    "Portuguese exports rose 4.2% in 2026 to EUR 82.4 billion, the statistics institute "
    "INE said.\n"
    "12.02.2027 13:05 · LUSA · Portugal\n"
    "CP cancels 38 regional trains on the Douro line after a landslide near Régua.\n"
)

# a press review: an outlet line opening with the same symbol over each quoted headline
PRESS_REVIEW_OUTLETS = (
    "■ DAGENS NYHETER, 14/05/2027\n"
    "\"Stockholm rents rise again\"\n"
    "Rents in new-build flats rose 6.1 per cent this year, the paper reports, citing the "
    "tenants' union.\n"
    "■ SVENSKA DAGBLADET (web), 13 May 2027, 18:20\n"
    "\"Riksbank holds rate\"\n"
    "The central bank kept its policy rate at 2.25 per cent, as economists had expected.\n"
    "■ GÖTEBORGS-POSTEN, 13.5.2027, p. 8\n"
    "\"Port volumes down\"\n"
    "The port of Gothenburg handled 4 per cent fewer containers in April than a year earlier.\n"
)

# a weekly digest's cases under its title and lead: sections of one item
DIGEST_CASES_UNDER_LEAD = (
    "BORDER WEEK: digest of the Estonian Police and Border Guard Board\n"
    "During the week officers of the board detected several smuggling cases at the eastern "
    "border; the most notable are presented below.\n"
    "► 3 May | Narva crossing point\n"
    "In the boot of a car officers found 1.2 kilograms of amphetamine.\n"
    "► 5 May | Koidula\n"
    "A lorry driver was detained with 4,000 untaxed cigarette packs.\n"
    "► 6 May | Luhamaa\n"
    "Officers seized 300 grams of hashish from a bus passenger.\n"
)

# a dispatch log: each entry closed by its "Received:" line, under its text
DISPATCH_LOG_CLOSING_LINES = (
    "Case 27-0412\n"
    "On 2 March troopers stopped a car near Tok and found 90 grams of methamphetamine.\n"
    "Received: 03/03/2027 09:12\n"
    "Case 27-0419\n"
    "On 3 March a search warrant in Nome located 40 grams of heroin.\n"
    "Received: 03/04/2027 14:40\n"
    "Case 27-0433\n"
    "On 5 March investigators in Sitka seized 1.1 kilograms of cocaine from a parcel.\n"
    "Received: 03/06/2027 10:05\n"
)


@pytest.mark.parametrize(("text", "openings"), [
    (PUSH_LOG_STAMPS, ["12.02.2027 06:40", "12.02.2027 09:15", "12.02.2027 13:05"]),
    (PRESS_REVIEW_OUTLETS, ["■ DAGENS NYHETER", "■ SVENSKA DAGBLADET", "■ GÖTEBORGS-POSTEN"]),
    (DIGEST_CASES_UNDER_LEAD, ["BORDER WEEK"]),
])
def test_repeated_marker_lines_open_items_unless_under_a_lead(
        text: str, openings: list[str]) -> None:
    items = item_texts(text)
    assert len(items) == len(openings)
    for item, opening in zip(items, openings, strict=True):
        assert item.startswith(opening)


def test_marker_lines_under_their_entries_cut_no_entry_at_them() -> None:
    assert not any(item.startswith("Received:") for item in item_texts(DISPATCH_LOG_CLOSING_LINES))


@pytest.mark.parametrize(("line", "key"), [
    ("▶ PHILELEFTHEROS, 24/09/2027", "▶ …"),
    ("▶ CYPRUS MAIL (online), 23 September 2027, 21:40", "▶ …"),
    ("29.04.2027 07:05 · ANA-MPA · Transport", "9.9.9 9:9 · a-a · a"),
    ("▶ The customs officers seized the drugs on 3 May.", None),  # a sentence
])
def test_marker_key(line: str, key: str | None) -> None:
    assert marker_key(line, load_segment_rules().months) == key


# a court's docket: each case's number line over its hearing line, then its fields
DOCKET_CASE_OVER_HEARING = (
    "CRIMINAL HEARINGS, DISTRICT COURT OF RIGA, 8-12 MARCH 2027\n"
    "Case No. 11-0233-27\n"
    "Hearing: 08.03.2027 10:00 | Courtroom 4\n"
    "Charges: smuggling of narcotic substances in large quantity.\n"
    "Result: 6 years' imprisonment.\n"
    "Case No. 11-0241-27\n"
    "Hearing: 09.03.2027 13:30 | Courtroom 2\n"
    "Charges: possession of 300 grams of amphetamine for sale.\n"
    "Result: postponed to 2 April.\n"
    "Case No. 11-0250-27\n"
    "Hearing: 11.03.2027 09:00 | Courtroom 4\n"
    "Charges: cultivation of cannabis plants.\n"
    "Result: 2 years, suspended.\n"
)


def test_a_second_marker_line_under_the_first_stays_in_its_entrys_head() -> None:
    items = item_texts(DOCKET_CASE_OVER_HEARING)
    assert [item.split("\n")[0] for item in items[-2:]] == [
        "Case No. 11-0241-27", "Case No. 11-0250-27"]
    assert not any(item.startswith("Hearing:") for item in items)


# a dispatch page: each entry's fields and text closed by its "Received:" line, no blank line
# between entries, then the page's disclaimer (session 31): the entries are items
DISPATCH_PAGE_FIELDS_AND_FOOTER = (
    "Yukon RCMP - Dispatches\n"
    "\n"
    "YT27000184\n"
    "Location: Whitehorse\n"
    "Type: Drug Investigation\n"
    "Dispatch Text:\n"
    "On 02/14/2027 officers searched a home in Riverdale and seized 220 grams of cocaine.\n"
    "Received: 02/15/2027 08:40\n"
    "YT27000191\n"
    "Location: Watson Lake\n"
    "Type: Traffic Stop\n"
    "Dispatch Text:\n"
    "On 02/15/2027 a driver stopped on the Alaska Highway was found with 3 kilograms of "
    "cannabis resin.\n"
    "Received: 02/16/2027 11:05\n"
    "YT27000203\n"
    "Location: Dawson City\n"
    "Type: Search Warrant\n"
    "Dispatch Text:\n"
    "On 02/17/2027 investigators seized 140 grams of methamphetamine from a cabin.\n"
    "Received: 02/18/2027 16:22\n"
    "\n"
    "Charges are allegations only. Every accused person is presumed innocent until proven "
    "guilty in a court of law.\n"
)


def test_marker_lines_closing_entries_open_the_next_entry_under_them() -> None:
    items = item_texts(DISPATCH_PAGE_FIELDS_AND_FOOTER)
    assert [item.split("\n")[0] for item in items[1:]] == ["YT27000191", "YT27000203"]
    assert items[0].endswith("Received: 02/15/2027 08:40")

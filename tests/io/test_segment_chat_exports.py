"""Exported chat groups (samples/README.md, "Items"): each news message is an item from its
stamp line, also a stamp over a forwarded statement or over no text of its own (the update
on the next line); the export's header, the group's chatter (thanks, requests, greetings,
deleted messages, attachments) are outside every item, and so is a numbered release label
over a headline."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

from pressparse.io.segment import segment

BRACKETED_GROUP = Layout("bracketed_stamps_forwarded_release", (
    "WhatsApp Chat with LMPS Media Desk\n"
    "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
    "WhatsApp, can read or listen to them.\n"
    "[03.03.2026, 08:02] LMPS PRO: Good morning colleagues, statements of the police will be "
    "shared in this group only.\n"
    "[03.03.2026, 08:15] LMPS PRO: *Police seize 120 kg of dagga at Maseru Bridge*\n"
    "Maseru, 3 March 2026: Officers of the Lesotho Mounted Police Service found 120 kg of "
    "dagga hidden in bags of maize meal on a truck at the Maseru Bridge border post on "
    "Monday. The driver was arrested.\n"
    "[03.03.2026, 08:16] LMPS PRO: <attached: 00000012-PHOTO-2026-03-03-08-16-02.jpg>\n"
    "[03.03.2026, 08:40] Thabo (Radio Lesotho): Thanks, well received\n"
    "[03.03.2026, 08:41] Palesa (Post): This message was deleted\n"
    "[04.03.2026, 10:05] LMPS PRO: \u200eForwarded\n"
    "*MEDIA STATEMENT No. 14/2026*\n"
    "*Two arrested with cannabis seedlings in Leribe*\n"
    "Leribe, 4 March 2026: Police arrested two men found with 300 cannabis seedlings in a "
    "house at Hlotse on Tuesday.\n"
    "[04.03.2026, 10:20] Thabo (Radio Lesotho): Sir, can we get photos of the seedlings please?\n"
    "[05.03.2026, 09:00] LMPS PRO: \n"
    "Update: the two men appeared before the Leribe Magistrate Court and were remanded in "
    "custody for seven days.\n"
), [
    ("[03.03.2026, 08:15] LMPS PRO: *Police seize", "The driver was arrested.", None),
    ("[04.03.2026, 10:05] LMPS PRO: \u200eForwarded", "at Hlotse on Tuesday.", None),
    ("[05.03.2026, 09:00] LMPS PRO:", "custody for seven days.", None),
])

DASHED_GROUP = Layout("dashed_stamps_media_omitted", (
    "12/05/2026, 09:14 - Belize Police Press Office: Police find 40 kg of cocaine on a "
    "boat near Caye Caulker\n"
    "Officers of the Anti-Drug Unit boarded a skiff off Caye Caulker on Monday night and "
    "found 40 kg of cocaine in two bags. Two men were detained.\n"
    "12/05/2026, 09:15 - Belize Police Press Office: <Media omitted>\n"
    "12/05/2026, 09:30 - Maria (Amandala): Received, thank you\n"
    "13/05/2026, 16:02 - Belize Police Press Office: Police destroy cannabis field in Toledo\n"
    "A joint team of police and BDF soldiers uprooted 2,500 cannabis plants near San Antonio "
    "village, Toledo District, on Tuesday.\n"
), [
    ("12/05/2026, 09:14 - Belize", "Two men were detained.", None),
    ("13/05/2026, 16:02 - Belize", "on Tuesday.", None),
])

LAYOUTS = [BRACKETED_GROUP, DASHED_GROUP]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS, ("bounds", "crlf")))
def test_news_messages_of_a_chat_export_are_items_without_its_chatter(
        layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)


@pytest.mark.parametrize(("text", "opening"), [
    # a numbered label over the headline: outside, the item opens at the headline
    ("MEDIA RELEASE No. 31/2026\n"
     "Customs find heroin in a shipment of carpets at Port Louis\n"
     "Port Louis, 6 May 2026\n\n"
     "Officers of the Mauritius Revenue Authority found 4 kg of heroin in rolled carpets.\n",
     "Customs find heroin"),
    ("    COMUNICADO DE PRENSA N° 22-2026/DIRCOM\n"
     "Police seize 300 kg of marijuana in Amambay\n\n"
     "Officers of SENAD found the drug in a truck on the road to Pedro Juan Caballero.\n",
     "Police seize 300 kg"),
    # over the place and date line, the label is the release's only heading: it stays
    ("PRESS RELEASE No. 9/2026\n"
     "Apia, 3 March 2026\n\n"
     "The Samoa Police Service seized 2 kg of methamphetamine at Faleolo airport.\n",
     "PRESS RELEASE No. 9/2026"),
])
def test_a_numbered_release_label_over_a_headline_is_furniture(text: str, opening: str) -> None:
    segments = segment(text)
    assert len(segments) == 1
    assert text[segments[0].start:].startswith(opening)

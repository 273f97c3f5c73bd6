"""Item boundaries of feeds and bot digests whose entries are one line each, opening with
their clock time (session 30, texts invented in other styles and countries than the spent
sets that showed them): each entry is an item, the day lines between them and the feed's
name and labels above them are no item's; under a story's headline (a live blog's updates)
they stay one item."""

from __future__ import annotations

import pytest
from layout_checks import item_texts

# a bot's digest: one alert a line, no blank line, a day line between the days
BOT_DIGEST_DAY_LINES = (
    "🤖 PRO4A_Alerts_bot · daily digest\n"
    "— Monday 3 May 2027 —\n"
    "07:15 🚨 #BatangasCity | Operatives of the Batangas City Police Station arrested a "
    "34-year-old man with 12 grams of shabu during a buy-bust operation in Barangay Kumintang.\n"
    "10:40 🚨 #Lipa | The Provincial Drug Enforcement Unit seized 2.5 kilograms of dried "
    "marijuana leaves from a bus passenger at a checkpoint on the STAR Tollway.\n"
    "— Tuesday 4 May 2027 —\n"
    "06:05 📢 #Calabarzon | The regional director reminds the public that the hotline 911 "
    "is open for anonymous reports on illegal drugs around the clock.\n"
    "13:22 🚨 #Tanauan | Two suspects were caught with 50 grams of shabu worth PHP 340,000 "
    "in Barangay Darasa, the Tanauan City Police said.\n"
)

# a news site's feed: a clock time before every item, each set apart by a blank line
FEED_BLANK_LINES = (
    "Incidents — 12 March\n"
    "\n"
    "21:10 Almaty: police seize 4 kg of hashish from a car on the Kapshagay highway and "
    "detain the driver, a resident of the Zhambyl region.\n"
    "\n"
    "18:35 At Aktau seaport, customs officers find 900 grams of heroin in the cabin of a "
    "cargo ship from Baku, the State Revenue Committee said.\n"
    "\n"
    "16:02 Kazakhstan and Kyrgyzstan agree to hold joint border patrols on the Korday "
    "crossing from April, the Border Service reported today.\n"
)

# a live blog: its updates, each opening with a clock time, under the story's headline
LIVE_BLOG_UNDER_HEADLINE = (
    "Floods in Queensland: thousands evacuated as the Brisbane River rises\n"
    "\n"
    "14:05 The Bureau of Meteorology has issued a major flood warning for the Brisbane "
    "River at Moggill, where the water is expected to peak at 14.2 metres tonight.\n"
    "\n"
    "13:20 Around 3,400 residents of Ipswich have been told to leave their homes, police "
    "said, and 12 evacuation centres are open across the city.\n"
    "\n"
    "12:45 Queensland Rail has suspended services on the Ipswich and Rosewood lines until "
    "further notice after water covered the tracks at Goodna.\n"
)

@pytest.mark.parametrize(("text", "openings"), [
    (BOT_DIGEST_DAY_LINES, ["07:15 🚨 #BatangasCity", "10:40 🚨 #Lipa", "06:05 📢 #Calabarzon",
                            "13:22 🚨 #Tanauan"]),
    (FEED_BLANK_LINES, ["21:10 Almaty", "18:35 At Aktau", "16:02 Kazakhstan"]),
    (LIVE_BLOG_UNDER_HEADLINE, ["Floods in Queensland"]),
])
def test_clock_led_entries_open_items_only_in_a_feed(text: str, openings: list[str]) -> None:
    items = item_texts(text)
    assert len(items) == len(openings)
    for item, opening in zip(items, openings, strict=True):
        assert item.startswith(opening)
        assert "—" not in item.splitlines()[-1]  # no day line closes an entry

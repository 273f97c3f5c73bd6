"""A feed saved as text (samples/README.md, "Items": one item per entry): the feed's own
head above its first <entry>/<item> tag (its title, subtitle, update time, author) is no
item, whatever fields it keeps; each entry is an item from its title to its content."""

from __future__ import annotations

import pytest

import pressparse

ATOM_TWO_ENTRIES = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<feed xmlns="http://www.w3.org/2005/Atom">\n'
    "  <title>Policía Nacional del Uruguay - Comunicados (English)</title>\n"
    "  <subtitle>Press statements of the Ministry of the Interior</subtitle>\n"
    "  <updated>2027-05-14T18:40:00-03:00</updated>\n"
    "  <author><name>Oficina de Prensa</name></author>\n"
    "  <entry>\n"
    "    <title>Cocaine found in a grain lorry at Fray Bentos</title>\n"
    "    <updated>2027-05-14T18:40:00-03:00</updated>\n"
    "    <content type=\"html\">&lt;p&gt;Officers of the Brigada Antidrogas found 96 kilograms "
    "of cocaine hidden in a lorry carrying soybeans at the Fray Bentos bridge on "
    "Tuesday.&lt;/p&gt;</content>\n"
    "  </entry>\n"
    "  <entry>\n"
    "    <title>Marijuana plantation dismantled in Rivera</title>\n"
    "    <updated>2027-05-12T09:05:00-03:00</updated>\n"
    "    <content type=\"html\">&lt;p&gt;Police in Rivera destroyed 310 cannabis plants in a "
    "rural property and arrested the owner, a 52-year-old man.&lt;/p&gt;</content>\n"
    "  </entry>\n"
    "</feed>\n"
)

RSS_CHANNEL_DATED = (
    '<rss version="2.0">\n'
    "<channel>\n"
    "<title>Namibian Police Force - Crime Bulletin</title>\n"
    "<description>Daily crime news from the Namibian Police Force</description>\n"
    "<pubDate>Fri, 03 Sep 2027 07:00:00 +0200</pubDate>\n"
    "<item>\n"
    "<title>Suspect arrested with 12 kg of cannabis at Noordoewer</title>\n"
    "<pubDate>Fri, 03 Sep 2027 06:45:00 +0200</pubDate>\n"
    "<description>A 37-year-old man was arrested at the Noordoewer border post on Thursday "
    "after officers found 12 kg of cannabis in his vehicle.</description>\n"
    "</item>\n"
    "<item>\n"
    "<title>Mandrax tablets seized in Katutura</title>\n"
    "<pubDate>Thu, 02 Sep 2027 15:10:00 +0200</pubDate>\n"
    "<description>Police seized 840 Mandrax tablets during a search of a house in Katutura "
    "on Wednesday evening.</description>\n"
    "</item>\n"
    "</channel>\n"
    "</rss>\n"
)

ATOM_ONE_ENTRY = (
    '<feed xmlns="http://www.w3.org/2005/Atom">\n'
    "<title>Malta Customs - News</title>\n"
    "<updated>2027-02-08T11:00:00+01:00</updated>\n"
    "<entry>\n"
    "<title>Khat seized at Malta International Airport</title>\n"
    "<updated>2027-02-08T11:00:00+01:00</updated>\n"
    "<content>Customs officers found 22 kilograms of khat in the luggage of a passenger "
    "arriving from Istanbul on Saturday.</content>\n"
    "</entry>\n"
    "</feed>\n"
)


@pytest.mark.parametrize(("text", "titles"), [
    (ATOM_TWO_ENTRIES, ["Cocaine found in a grain lorry", "Marijuana plantation dismantled"]),
    (RSS_CHANNEL_DATED, ["Suspect arrested with 12 kg", "Mandrax tablets seized"]),
    (ATOM_ONE_ENTRY, ["Khat seized at Malta"]),
])
def test_a_feeds_own_head_is_no_item(text: str, titles: list[str]) -> None:
    items = [text[item.start:item.end] for item in pressparse.extract(text).items]
    assert len(items) == len(titles)
    for item, title in zip(items, titles, strict=True):
        assert title in item.split("\n")[0]
        assert "feed" not in item.lower() or "Feed" in title

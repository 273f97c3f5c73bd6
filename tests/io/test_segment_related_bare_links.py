"""A related-news list of a saved page (samples/README.md, "Items", "Related news"): each
link carrying its own date ("... 14.03.2027") is an item; a bare headline link beside them,
with no date and no lead ("How to report drug dealing"), is page furniture."""

from __future__ import annotations

import pytest

import pressparse

STORY = (
    "<html><body><h1>Police destroy cannabis plots in Amambay</h1>\n"
    "<p>Officers of the National Anti-Drug Secretariat destroyed 14 hectares of cannabis "
    "plantations near Pedro Juan Caballero on Tuesday and seized 2,300 kilograms of dried "
    "marijuana ready for transport.</p>\n"
)
HTML_LIST = STORY + (
    "<div class=\"related\"><h3>Related news</h3><ul>\n"
    "<li><a href=\"/n/812\">Cocaine found in a light aircraft in Concepcion</a> "
    "<span>14.03.2027</span></li>\n"
    "<li><a href=\"/n/799\">Two arrested with crack in Asuncion market</a> "
    "<span>09.03.2027</span></li>\n"
    "<li><a href=\"/n/640\">How to report drug dealing in your neighbourhood</a></li>\n"
    "</ul></div></body></html>\n"
)
# the bare link between the dated ones, the list in an <ol> of an <aside>
MIDDLE_LINK = STORY + (
    "<aside><h4>Read also</h4><ol>\n"
    "<li><a href=\"/n/812\">Cocaine found in a light aircraft in Concepcion</a> "
    "<span>14.03.2027</span></li>\n"
    "<li><a href=\"/n/640\">How to report drug dealing in your neighbourhood</a></li>\n"
    "<li><a href=\"/n/799\">Two arrested with crack in Asuncion market</a> "
    "<span>09.03.2027</span></li>\n"
    "</ol></aside></body></html>\n"
)


@pytest.mark.parametrize(("text", "titles"), [
    (HTML_LIST, ["Police destroy cannabis plots", "Cocaine found in a light aircraft",
                 "Two arrested with crack"]),
    (MIDDLE_LINK, ["Police destroy cannabis plots", "Cocaine found in a light aircraft",
                   "Two arrested with crack"]),
])
def test_a_bare_link_among_dated_related_links_is_no_item(text: str,
                                                            titles: list[str]) -> None:
    items = [text[item.start:item.end] for item in pressparse.extract(text).items]
    assert len(items) == len(titles)
    for item, title in zip(items, titles, strict=True):
        assert title in item


def test_one_dated_link_leaves_the_list_alone() -> None:
    text = HTML_LIST.replace("<span>09.03.2027</span>", "")
    items = [text[item.start:item.end] for item in pressparse.extract(text).items]
    assert any("How to report drug dealing" in item for item in items)

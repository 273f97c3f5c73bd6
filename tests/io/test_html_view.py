"""Reading HTML and feed markup left in a text: tags as line breaks or nothing, references as
their characters, whitespace collapsed; offsets mapped back to the original."""

from __future__ import annotations

import pytest

import pressparse
from pressparse.io.edits import apply_edits
from pressparse.io.html_view import html_markup
from pressparse.text_view import pipeline_view


def _read(text: str) -> str:
    return apply_edits(text, html_markup(text))[0]


@pytest.mark.parametrize(("text", "reads"), [
    # paragraphs read as blank lines, a <br> as a line break, two of them as a blank line
    ("<p>Customs in Mombasa.</p>\n<p>Two men held.<br>\nOne fled.<br>\n<br>\nEnd.</p>\n",
     "Customs in Mombasa.\n\nTwo men held.\nOne fled.\n\nEnd.\n"),
    # inline tags read as nothing, a space beside them as one space
    ("<div><b>Van</b>couver <a href='/x'>port</a> &amp; <em>rail</em></div>\n<div>b</div>\n"
     "<div>c</div>", "Vancouver port & rail\nb\nc\n"),
    # references by name, decimal and hex; a space reference joins a number's groups
    ("<p>1&nbsp;250&nbsp;kg &ndash; &#8212; &#x2014; &laquo;Ceres&raquo;</p>\n<p>x</p>\n<p>y</p>",
     "1 250 kg – — — «Ceres»\n\nx\n\ny\n"),
    # a page's head and scripts read as nothing; list items each on a line
    ("<html><head><title>Ministry &#8212; News</title><script>var a = '<p>';</script></head>\n"
     "<body><ul><li>Drug raid in Salto</li>\n<li>Patrol in Rivera</li></ul></body></html>",
     "Drug raid in Salto\nPatrol in Rivera\n"),
    # a feed: CDATA brackets, escaped HTML, metadata fields (guid, link) read as nothing; an
    # item's tag is kept on a line of its own (segmentation reads it as a new entry)
    ("<rss><channel>\n<item>\n<title>Cocaine at berth 11</title>\n"
     "<link>https://kpa.example/n/1</link>\n<pubDate>Tue, 03 Mar 2026 10:00:00 +0300</pubDate>\n"
     "<description><![CDATA[&lt;p&gt;Officers found 12 kg.&lt;/p&gt;&lt;p&gt;A clerk was held."
     "&lt;/p&gt;]]></description>\n<guid>kpa-1</guid>\n</item>\n</channel></rss>\n",
     "<item>\nCocaine at berth 11\nTue, 03 Mar 2026 10:00:00 +0300\n\nOfficers found 12 kg.\n\n"
     "A clerk was held.\n"),
    # an Atom feed: its own date above its first entry reads as nothing, an entry's as a line
    ('<feed xmlns="http://www.w3.org/2005/Atom">\n<title>Port of Durban - News</title>\n'
     "<updated>2026-03-03T10:00:00Z</updated>\n<entry>\n<title>Heroin found at gate 4</title>\n"
     "<updated>2026-03-02T09:00:00Z</updated>\n"
     '<content type="html">&lt;p&gt;Officers found 3 kg.&lt;/p&gt;</content>\n</entry>\n</feed>\n',
     "Port of Durban - News\n\n<entry>\nHeroin found at gate 4\n2026-03-02T09:00:00Z\n\n"
     "Officers found 3 kg.\n"),
    # '&amp;' blanked by the reader (io/decode.py: '&' and four spaces) before a reference
    ("<p>the port&    #039;s dog</p>\n<p>a</p>\n<p>b</p>", "the port's dog\n\na\n\nb\n"),
])
def test_a_page_reads_as_a_browser_shows_it(text: str, reads: str) -> None:
    assert _read(text) == reads


@pytest.mark.parametrize("text", [
    "Prices < 5 dollars & more; see <https://x.example>.\nA second line.\nA third.",
    "Smith & Sons <smith@example.org> wrote:\nNo markup here.",
    "Only one tag <p> here.\nAnd one &amp; there.\nNothing else.",
    "",
])
def test_text_without_dense_markup_is_untouched(text: str) -> None:
    assert html_markup(text) == []


def test_references_alone_are_read_and_whitespace_kept() -> None:
    text = "A &quot;B&quot;\nC &#8217;s\nD&hellip;   E\n"
    assert _read(text) == "A \"B\"\nC ’s\nD…   E\n"


MINISTRY_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Ministerio del Interior &#8212; Noticias</title></head>\n"
    "<body><div class=\"menu\"><a href=\"/\">Inicio</a> | <a href=\"/prensa\">Prensa</a></div>\n"
    "<h1>Police seize 1&nbsp;250 kg of marijuana in Rivera</h1>\n"
    "<div class=\"fecha\">14/05/2026</div>\n"
    "<p>RIVERA, 14 May 2026&nbsp;&#8211; Officers of the Ministry of the Interior of Uruguay "
    "found 1&nbsp;250 kg of marijuana in a truck at the Rivera border crossing on 12 May."
    "<br>\n<br>\nThe driver, a 52-year-old man, was arrested.</p>\n"
    "<p>&copy; 2026 Ministerio del Interior</p></body></html>\n"
)


def test_a_saved_page_reads_its_amounts_at_the_original_offsets() -> None:
    document = pressparse.extract(MINISTRY_PAGE, published="2026-05-14")
    amounts = [e for e in document.entities if e.label == "QUANTITY"]
    assert [e.normalized.get("value") for e in amounts] == [1250.0, 1250.0]
    # (the reader blanks '&nbsp;' to spaces of its length: io/decode.py)
    for entity in document.entities:
        assert len(MINISTRY_PAGE[entity.start:entity.end]) == len(entity.text)
    assert [MINISTRY_PAGE[e.start:e.end] for e in amounts] == ["1&nbsp;250 kg"] * 2


def test_an_item_takes_in_the_tags_on_its_edge_lines() -> None:
    view, view_map = pipeline_view(MINISTRY_PAGE)
    assert view_map is not None
    start = view.index("Police seize")
    end = view.index("was arrested.") + len("was arrested.")
    first, last = view_map.item_span(start, end, MINISTRY_PAGE)
    assert MINISTRY_PAGE[first:].startswith("<h1>Police seize")
    assert MINISTRY_PAGE[:last].endswith("was arrested.</p>")

"""Dates in page clutter are masked with it: a feed's channel metadata rendered as text
('lastBuildDate: ... | language: ...') and a converted PDF's running line whose page number
stands between two labels ('ABC        Page 1 of 3        Updated March 4, 2026'); an
item's own pubDate line and a dated line of the body stay."""

from __future__ import annotations

import pytest

from pressparse.io.mask import mask_noise

FEED_CHANNEL_LINES = [
    "lastBuildDate: Mon, 2 Mar 2026 08:00:00 +0100 | language: es-AR | generator: Hugo 0.121",
    "lastBuildDate: Fri, 14 Aug 2026 21:40:12 +1000",
    "language: pt-BR | lastBuildDate: Wed, 7 Oct 2026 06:05:00 -0300",
    "generator: Joomla! 4 | ttl: 60 | lastBuildDate: Tue, 3 Feb 2026 11:00:00 +0200",
]


@pytest.mark.parametrize("line", FEED_CHANNEL_LINES)
def test_feed_channel_metadata_line_is_masked(line: str) -> None:
    text = (f"Policía de Misiones » Noticias\n{line}\n==========\n"
            "Secuestran 120 kilos de marihuana en Posadas\n"
            "Mon, 2 Mar 2026 07:55:00 +0100\n"
            "Agents seized 120 kilograms of marijuana on Sunday in Posadas.\n")
    masked, _ = mask_noise(text)
    assert len(masked) == len(text)
    assert masked.split("\n")[1].strip() == ""
    assert "Mon, 2 Mar 2026 07:55:00" in masked  # the item's own posting date stays
    assert "on Sunday in Posadas" in masked


RUNNING_PAGES = [
    ("USAO-NDGA", "Updated March 4, 2026"),
    ("Fiji Police Force", "Issued 12 June 2026"),
    ("MEDIA RELEASE – Royal Malaysia Police", "21/09/2026"),
]


@pytest.mark.parametrize(("label", "stamp"), RUNNING_PAGES)
def test_page_number_between_two_labels_is_a_running_line(label: str, stamp: str) -> None:
    pages = [f"{label}                  Page {page} of 2                  {stamp}"
             for page in (1, 2)]
    text = ("Two men sentenced for smuggling cocaine by sea\n\n"
            "The two men were arrested on the vessel on January 8, 2026, and pleaded "
            "guilty in May.\n\n"
            f"{pages[0]}\n\n"
            "Each was sentenced to 120 months in prison on the same day.\n\n"
            f"{pages[1]}\n")
    masked, _ = mask_noise(text)
    assert len(masked) == len(text)
    for page in pages:
        start = text.index(page)
        assert masked[start:start + len(page)].strip() == ""
    assert "January 8, 2026" in masked
    assert "120 months in prison" in masked


BODY_LINES = [
    # (headline, a line of the body, words of it that stay)
    # a sentence opened by 'Language:' is no feed field
    ("Customs train dog handlers",
     "Language: the course was taught in French and Arabic over 12 days in 2026.",
     "taught in French"),
    # a sentence is never a running line, wide spaces and a page word or not
    ("Court jails trafficker",
     "The ruling runs to 40 pages.  Page 12 of the ruling  sets out the sentence.",
     "sets out the sentence"),
]


@pytest.mark.parametrize(("headline", "line", "kept"), BODY_LINES)
def test_a_dated_or_paged_body_line_stays(headline: str, line: str, kept: str) -> None:
    assert kept in mask_noise(f"{headline}\n\n{line}\n")[0]

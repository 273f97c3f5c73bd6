"""A site's section path over the headline (samples/README.md, "Items": the site's name and
menus above the first headline are outside the item): labels set apart by a bar or a slash,
a site's domain among them ("english.news.cn  |  Africa"), however wide the spaces around
the bar, or a full-width bar of an East Asian page."""

from __future__ import annotations

import pytest

from pressparse.io.segment import segment
from pressparse.io.segment_rules import SECTION_PATH

HEADLINE = "Port of Mombasa handles record cargo volumes in first quarter"
BODY = ("MOMBASA, April 9 -- The port handled 9.8 million tonnes of cargo in the first "
        "quarter, 14 percent more than a year earlier, the ports authority said on Tuesday.\n")


@pytest.mark.parametrize("path", [
    "nation.example.africa  |  Business",
    "standardmedia.example.ke | Counties | Coast",
    "Kenya News Agency / Economy",
    "Yomiuri Online｜Economy",
])
def test_a_section_path_over_the_headline_is_outside_the_item(path: str) -> None:
    text = f"{path}\n{HEADLINE}\n\n{BODY}"
    items = [text[s.start:s.end] for s in segment(text)]
    assert items == [f"{HEADLINE}\n\n{BODY}".strip()]


@pytest.mark.parametrize("line", [
    "Police found 2 kg. | The rest was burnt",  # sentences, no labels
    "7,904 / 8,615",  # a ratio
    "Seized: 12 kg | Arrested: 3",  # figures
])
def test_lines_with_figures_or_sentences_are_no_section_path(line: str) -> None:
    assert SECTION_PATH.fullmatch(line) is None

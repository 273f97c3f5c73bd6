"""Hard-wrapped text (a converted PDF report): a single line break inside a sentence, after a
word or comma and before a lowercase word, ends no sentence and no paragraph; real line ends
(punctuation, a capital, a blank line, a table row) still do."""

from __future__ import annotations

import pytest

from pressparse.events.text import layout

CASES = [
    pytest.param("On 3 May 2024, customs officers examined a shipment of garden\n"
                 "furniture and found 212 kilograms of cocaine.",
                 1, 1, id="wrap-after-word"),
    pytest.param("Investigators replaced the drugs and,\nwith state police, watched the "
                 "container.", 1, 1, id="wrap-after-comma"),
    pytest.param("Officers seized 4 kg of heroin.\nthe suspect was arrested.", 2, 2,
                 id="sentence-end-before-break"),
    pytest.param("Results of the week\nNo. | Date | Goods\n1 | 14.04 | hashish", 3, 3,
                 id="table-rows-stay-lines"),
    pytest.param("Officers seized 4 kg of heroin at the port of\n\nentry", 2, 2,
                 id="blank-line-ends-paragraph"),
    pytest.param("Operation Reef Guard\nCustoms officers found cocaine.", 2, 2,
                 id="heading-over-capital"),
]


@pytest.mark.parametrize(("text", "sentences", "paragraphs"), CASES)
def test_soft_wraps_join_lines(text: str, sentences: int, paragraphs: int) -> None:
    lay = layout(text)
    assert (len(lay.sentences), len(lay.paragraphs)) == (sentences, paragraphs)

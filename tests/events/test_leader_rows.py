"""Rows whose figure follows dot leaders ("Detained violators ............ 58"): each row is
read on its own, so words opening the next row ("of them citizens of ... 41") are no part cue
of the row above, which keeps its count; the next row stays a part of it."""

from __future__ import annotations

import pytest
from event_figures import Count, assert_counts

# (text, published, counts as (value, category)) over all events
CASES: list[tuple[str, str, list[Count]]] = [
    # a Caucasus border guard's operation results, dotted rows, a part row under a total
    ("Results of operation \"Mountain Pass-2026\"\nTbilisi, 20.10.2026\n\n"
     "From 5 to 15 October the Border Police of Georgia held the operation \"Mountain "
     "Pass-2026\" on the border with Armenia.\n\n"
     "Results of the operation:\n"
     "detained violators of the state border .............. 44\n"
     "of them citizens of Turkey ....................... 30\n"
     "criminal cases initiated ............................ 6\n",
     "2026-10-20", [(44, "arrests"), (6, "cases")]),
    # a Central Asian drug agency's weekly lines, people detained first
    ("Weekly results of the Drug Control Agency\nDushanbe, 9 March 2026\n\n"
     "From 2 to 8 March 2026 the Agency carried out raids in Khatlon region.\n\n"
     "Persons detained ................... 17\n"
     "of them women ...................... 3\n"
     "Criminal cases opened .............. 12\n",
     "2026-03-09", [(17, "arrests"), (12, "cases")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_leader_row_keeps_its_count(text: str, published: str, expected: list[Count]) -> None:
    assert_counts(text, published, expected)

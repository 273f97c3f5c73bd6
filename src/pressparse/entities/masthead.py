"""The page masthead: the publisher's lines above a page's first item.

A press page opens with its publisher ("NSW Police Force", "Ministry of Interior of the
Republic of Serbia | Home / News") before the first item; segmentation leaves those lines out
of every item, yet they tell the country of the bodies the items name without one. The driver
stores them in each item doc's ``user_data`` under :data:`MASTHEAD_KEY`.
"""

from __future__ import annotations

MASTHEAD_KEY = "pressparse_masthead"
# Only the top of the page is the publisher's: a long run of text before the first item is a
# menu, a teaser list or a cookie notice, not a masthead.
MAX_MASTHEAD_CHARS = 400


def masthead_text(view: str, first_item_start: int) -> str | None:
    """The text above the first item (its first ``MAX_MASTHEAD_CHARS`` characters), or None
    when the page opens with its item."""
    head = view[:first_item_start].strip()
    return head[:MAX_MASTHEAD_CHARS] or None

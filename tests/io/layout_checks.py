"""Helpers of the raw page layout tables: a page with the items the annotation guide asks
for, and the checks of where the segmenter starts and ends them and what it titles them."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pytest

from pressparse.io.segment import segment


class Layout(NamedTuple):
    """A raw page and its expected items: (first words, last words, title) per item."""

    name: str
    text: str
    items: list[tuple[str, str, str | None]]


def item_texts(text: str) -> list[str]:
    """The texts of the items the segmenter finds in ``text``."""
    return [text[s.start:s.end] for s in segment(text)]


def check_item_bounds(layout: Layout) -> None:
    """The segmenter finds ``layout``'s items, each opening and ending with its words."""
    items = item_texts(layout.text)
    assert len(items) == len(layout.items), items
    for item, (opening, ending, _title) in zip(items, layout.items, strict=True):
        assert item.startswith(opening), item
        assert item.endswith(ending), item


def check_item_titles(layout: Layout) -> None:
    """The segmenter gives ``layout``'s items their titles, each at its place in the text."""
    segments = segment(layout.text)
    assert [s.title for s in segments] == [title for _o, _e, title in layout.items]
    for seg in segments:
        if seg.title is not None:
            assert layout.text[seg.title_start:seg.title_end] == seg.title


def check_crlf_items(layout: Layout) -> None:
    """``layout``'s page with Windows line ends gives the same items as with "\\n" ones."""
    crlf = layout.text.replace("\n", "\r\n")
    items = [crlf[s.start:s.end].replace("\r\n", "\n") for s in segment(crlf)]
    assert items == [layout.text[s.start:s.end] for s in segment(layout.text)]


LAYOUT_CHECKS: dict[str, Callable[[Layout], None]] = {
    "bounds": check_item_bounds, "titles": check_item_titles, "crlf": check_crlf_items}


def layout_cases(layouts: list[Layout], kinds: tuple[str, ...] = tuple(LAYOUT_CHECKS)
                 ) -> list[object]:
    """The checks of ``LAYOUT_CHECKS`` named in ``kinds`` (all by default) on every layout, as
    ``(layout, check)`` params."""
    return [pytest.param(layout, LAYOUT_CHECKS[kind], id=f"{layout.name}-{kind}")
            for layout in layouts for kind in kinds]

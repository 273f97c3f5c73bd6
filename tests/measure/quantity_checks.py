"""Helpers of the quantity tables: the field check and substance mentions as the SUBSTANCE
component passes them."""

from __future__ import annotations

from typing import Any

import pytest

from pressparse.measure.scanner import SubstanceMention


def check_quantity(scanner: Any, text: str, span: str, fields: dict[str, Any]) -> None:
    """``span`` is one of the quantities ``scanner`` finds in ``text``, with ``fields`` (numbers
    compared to a relative 1e-4)."""
    found = {text[q.start:q.end]: q.normalized() for q in scanner.scan(text)}
    assert span in found, f"{span!r} not among {list(found)}"
    value = found[span]
    for key, expected in fields.items():
        if isinstance(expected, float | int) and not isinstance(expected, bool):
            assert value.get(key) == pytest.approx(expected, rel=1e-4), (key, value)
        else:
            assert value.get(key) == expected, (key, value)


def substance_mentions(text: str, known: dict[str, str]) -> list[SubstanceMention]:
    """Every occurrence of a ``known`` surface (case-insensitive) as the SUBSTANCE component
    would pass it to the scanner: ``SubstanceMention(start, end, canonical name)``."""
    found = []
    low = text.lower()
    for surface, name in known.items():
        start = low.find(surface)
        while start >= 0:
            found.append(SubstanceMention(start, start + len(surface), name))
            start = low.find(surface, start + 1)
    return sorted(found, key=lambda m: m.start)

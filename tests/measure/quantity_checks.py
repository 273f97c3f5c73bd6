"""Helpers of the quantity tables: the expected fields of a row (money, percent, count,
measure, range), the field check, and substance mentions as the SUBSTANCE component passes
them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pressparse.measure.scanner import SubstanceMention
from quantity_fields import assert_quantity_fields


def money(value: float, unit: str, **more: Any) -> dict[str, Any]:
    """The fields of a sum of money in currency ``unit``."""
    return dict(value=value, unit=unit, kind="money", **more)


def pct(value: float, unit: str = "%", **more: Any) -> dict[str, Any]:
    """The fields of a percentage (or of points: ``unit`` "pp")."""
    return dict(value=value, unit=unit, kind="percent", **more)


def count(value: float, **more: Any) -> dict[str, Any]:
    """The fields of a count (no unit)."""
    return dict(value=value, unit=None, kind="count", **more)


def measure(value: float, unit: str, **more: Any) -> dict[str, Any]:
    """The fields of a measurement in ``unit``."""
    return dict(value=value, unit=unit, **more)


def span_range(low: float, high: float, unit: str | None, **more: Any) -> dict[str, Any]:
    """The fields of a range from ``low`` to ``high``."""
    return dict(value=None, low=low, high=high, unit=unit, qualifier="range", **more)


def check_quantity(scanner: Any, text: str, span: str | None, fields: dict[str, Any],
                   mentions: Sequence[SubstanceMention] = ()) -> None:
    """``span`` is one of the quantities ``scanner`` finds in ``text`` (given the substance
    ``mentions``), with ``fields`` (numbers compared to a relative 1e-4); ``span`` None:
    ``scanner`` finds no quantity in ``text``."""
    if span is None:
        assert [text[q.start:q.end] for q in scanner.scan(text, mentions)] == []
        return
    found = {text[q.start:q.end]: q.normalized() for q in scanner.scan(text, mentions)}
    assert_quantity_fields(found, span, fields)


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


def whats_by_span(scanner: Any, text: str, known: dict[str, str]) -> dict[str, str | None]:
    """What each quantity ``scanner`` finds in ``text`` measures, by its span's text (the
    substances ``known`` passed as ``substance_mentions`` would pass them)."""
    return {text[q.start:q.end]: q.what
            for q in scanner.scan(text, substance_mentions(text, known))}

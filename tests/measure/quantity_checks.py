"""One check for the quantity tables: the span is found and its normalized fields match."""

from __future__ import annotations

from typing import Any

import pytest


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

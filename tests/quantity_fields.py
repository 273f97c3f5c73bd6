"""The field check of a found quantity, shared by the measure and reader tests."""

from __future__ import annotations

from typing import Any

import pytest


def assert_quantity_fields(found: dict[str, dict[str, Any]], span: str,
                           fields: dict[str, Any]) -> None:
    """``span`` is among the quantities ``found`` (written form: normalized fields), with
    ``fields`` (numbers compared to a relative 1e-4)."""
    assert span in found, f"{span!r} not among {list(found)}"
    value = found[span]
    for key, expected in fields.items():
        if isinstance(expected, float | int) and not isinstance(expected, bool):
            assert value.get(key) == pytest.approx(expected, rel=1e-4), (key, value)
        else:
            assert value.get(key) == expected, (key, value)

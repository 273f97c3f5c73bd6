"""Unit conversion factors computed once with pint (never per quantity)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _registry() -> Any:
    import pint

    return pint.UnitRegistry()


@lru_cache(maxsize=256)
def factor(source: str, target: str) -> float:
    """How many ``target`` units one ``source`` unit is (pint expressions, e.g. "metric_ton")."""
    registry = _registry()
    return float(registry.parse_expression(source).to(target).magnitude)

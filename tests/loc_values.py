"""The LOC entities a whole-pipeline reading of a text finds, for the place tests."""

from __future__ import annotations

from pressparse.driver import extract


def locs(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each LOC of ``extract(text)`` as written, with the name and country its value gives."""
    return {e.text: ((e.normalized or {}).get("name"), (e.normalized or {}).get("country_iso2"))
            for item in extract(text).items for e in item.entities if e.label == "LOC"}


def place_names(text: str) -> dict[str, str | None]:
    """Each LOC of ``extract(text)`` as written, with the name its value gives."""
    return {e.text: (e.normalized or {}).get("name") for item in extract(text).items
            for e in item.entities if e.label == "LOC"}

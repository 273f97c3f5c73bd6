"""The ORG entities a whole-pipeline reading of a text finds, for the organization tests."""

from __future__ import annotations

from pressparse.driver import extract


def orgs(text: str) -> dict[str, str | None]:
    """Each ORG of ``extract(text)`` as written, with the name its value gives."""
    return {e.text: (e.normalized or {}).get("name") for item in extract(text).items
            for e in item.entities if e.label == "ORG"}

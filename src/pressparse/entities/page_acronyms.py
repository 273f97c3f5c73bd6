"""Acronyms a page defines for itself, carried from item to item.

A dump of several news items often defines a body's acronym once ("the Drug Law Enforcement
Unit (DLEU)") and uses it bare in a later item ("DLEU officers seized ..."). The organizations
component writes the definitions an item makes (the value its bracketed acronym took) under
:data:`DEFINED_ACRONYMS_KEY`; the driver gathers them and gives each later item of the page the
table under :data:`PAGE_ACRONYMS_KEY`, so that a bare mention there takes the defined body.
Only definitions travel, never guesses: an acronym no item defined is not in the table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .acronyms import acronym_after, mentions
from .doc_view import Ent
from .entity_merge import Values

DEFINED_ACRONYMS_KEY = "pressparse_defined_acronyms"  # acronym -> value, this item's own
PAGE_ACRONYMS_KEY = "pressparse_page_acronyms"  # acronym -> value, the items above it


def defined_acronyms(text: str, ents: Sequence[Ent], values: Values) -> dict[str, dict[str, Any]]:
    """The acronyms an item defines in brackets right after an ORG ("... Unit (DLEU)") with
    the value the bracketed acronym itself took as an ORG (its first definition wins)."""
    orgs = {(ent.start_char, ent.end_char) for ent in ents if ent.label_ == "ORG"}
    found: dict[str, dict[str, Any]] = {}
    for _start, end in sorted(orgs):
        definition = acronym_after(text, end)
        if definition is None or definition[0] in found:
            continue
        acronym, acronym_start, acronym_end = definition
        if (acronym_start, acronym_end) not in orgs:
            continue
        value = values.get((acronym_start, acronym_end, "ORG"))
        if value and value.get("name") and value.get("name") != acronym:
            found[acronym] = dict(value)
    return found


def page_mentions(text: str, table: Mapping[str, dict[str, Any]],
                  ) -> list[tuple[int, int, dict[str, Any]]]:
    """Bare mentions of the page's acronyms in an item that does not define them itself."""
    found = []
    for acronym, value in table.items():
        if f"({acronym})" in text:
            continue  # the item's own definition decides
        found += [(start, end, value) for start, end in mentions(text, acronym)]
    return found


def carry(table: dict[str, dict[str, Any]], defined: Mapping[str, dict[str, Any]]) -> None:
    """Add an item's definitions to the page's table (an acronym defined above keeps its
    first body)."""
    for acronym, value in defined.items():
        table.setdefault(acronym, value)

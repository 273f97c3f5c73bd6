"""A unit written after its parent's possessive ("the Uganda Police Force's Anti-Narcotics
Department"): one ORG with its parent, named '<unit> of <parent's name>' (samples guide,
session 34). :func:`possessive_owner` is the one test of "written after a body's
possessive", for this join and for naming the unit (``NationalBodyResolver._owned``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .doc_view import Ent
from .entity_merge import Values, entity_value
from .page_acronyms import without_article
from .parent_units import with_parent

ORG = "ORG"
POSSESSIVE_GAPS = frozenset({"'s ", "\u2019s "})  # "<body>'s <unit>"
BARE_GAPS = frozenset({"' ", "\u2019 "})  # "the DPS' Criminal Investigations Division"


def possessive_owner(text: str, rows: Sequence[tuple[Ent, str]], i: int) -> Ent | None:
    """The body whose possessive ``rows[i]`` (entities and labels in text order) is written
    right after ("the DEA's Phoenix Field Division": the DEA; "the DPS' Criminal
    Investigations Division", a bare apostrophe after an "s"), or None."""
    if not i or rows[i - 1][1] != ORG:
        return None
    owner = rows[i - 1][0]
    gap = text[owner.end_char:rows[i][0].start_char]
    if gap in POSSESSIVE_GAPS or (gap in BARE_GAPS and owner.text[-1:] in {"s", "S"}):
        return owner
    return None


def possessive_units(text: str, ents: Sequence[Ent],
                     values: Values) -> list[tuple[int, int, dict[str, Any]]]:
    """Each body and its unit written after its possessive, where the unit was named as that
    body's ("Anti-Narcotics Department of the Uganda Police Force"): the pair's character
    span and the unit's value, its parent part the body's final name ("Drug and Firearms
    Squad of the State Crime Command" -> "... of the State Crime Command of the NSW Police
    Force"); a unit named bare, as written, takes the body as its parent ("the DEA's Phoenix
    Field Division" -> "Phoenix Field Division of the Drug Enforcement Administration"). A
    listed body after the possessive and a country's possessive ("Chile's Investigations
    Police") stay apart."""
    rows = [(ent, ent.label_) for ent in ents]
    found: list[tuple[int, int, dict[str, Any]]] = []
    for i, (unit, label) in enumerate(rows):
        owner = possessive_owner(text, rows, i) if label == ORG else None
        if owner is None:
            continue
        owner_name = (entity_value(values, owner) or {}).get("name") or ""
        value = entity_value(values, unit) or {}
        own = without_article(unit.text)
        name = with_parent(own, owner_name) if owner_name and not value.get("id") \
            and value.get("name") == own else _joined_name(own, value.get("name") or "",
                                                             owner_name)
        if name is not None:
            found.append((owner.start_char, unit.end_char, {**value, "name": name}))
    return found


def _joined_name(own: str, name: str, owner: str) -> str | None:
    """The unit's name with its parent ``owner``, when its ``name`` is its ``own`` words and
    "of" the owner's name, a start of it, or its end after "of" (the owner since renamed as
    the text's full name: "Border Police" -> "General Inspectorate of Border Police of
    ..."); else None."""
    if not owner or not name.startswith(f"{own} of "):
        return None
    parent = name[len(own) + 4:].removeprefix("the ")
    if parent != owner and not owner.startswith(f"{parent} ") \
            and not owner.endswith(f" of {parent}"):
        return None
    return with_parent(own, owner)

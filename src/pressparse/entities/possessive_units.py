"""A unit written after its parent's possessive ("the Uganda Police Force's Anti-Narcotics
Department"), or before it with "in" ("the Information Branch in the Internal Security
Forces"): one ORG with its parent, named '<unit> of <parent's name>' (samples guide,
session 34). :func:`possessive_owner` is the one test of "written after a body's
possessive", for this join and for naming the unit (``NationalBodyResolver._owned``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from .doc_view import Ent, gapped_pairs
from .entity_merge import Values, crosses, entity_value
from .page_acronyms import without_article
from .parent_units import with_parent
from .place_context import AREA_LABELS

ORG = "ORG"
POSSESSIVE_GAPS = frozenset({"'s ", "\u2019s "})  # "<body>'s <unit>"
BARE_GAPS = frozenset({"' ", "\u2019 "})  # "the DPS' Criminal Investigations Division"
IN_GAPS = frozenset({" in the ", " in "})  # "the Information Branch in the ISF"
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")  # "the 47th Battalion SSB": the parent's acronym


class Joined(NamedTuple):
    """A body and its unit written after its possessive, as one ORG: the pair's character
    span, the unit's new value and its own words."""

    start: int
    end: int
    value: dict[str, Any]
    unit: str


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


def possessive_units(text: str, ents: Sequence[Ent], values: Values,
                     country_of: Callable[[str], str | None] | None = None) -> list[Joined]:
    """Each body and its unit written after its possessive, where the unit was named as that
    body's ("Anti-Narcotics Department of the Uganda Police Force"): the pair's character
    span and the unit's value, its parent part the body's final name ("Drug and Firearms
    Squad of the State Crime Command" -> "... of the State Crime Command of the NSW Police
    Force"); a unit named bare, as written, takes the body as its parent ("the DEA's Phoenix
    Field Division" -> "Phoenix Field Division of the Drug Enforcement Administration"). A
    listed body after the possessive and a country's possessive ("Chile's Investigations
    Police") stay apart. A unit named "<own words> of <country>" where ``country_of`` reads
    that country as the owner's ("the RCMP's Federal Serious and Organized Crime", named "...
    of Canada" by its home country) takes the owner as its parent too."""
    rows = [(ent, ent.label_) for ent in ents]
    found: list[Joined] = []
    for i, (unit, label) in enumerate(rows):
        owner = possessive_owner(text, rows, i) if label == ORG else None
        if owner is None:
            continue
        owner_value = entity_value(values, owner) or {}
        owner_name = owner_value.get("name") or ""
        value = entity_value(values, unit) or {}
        own = without_article(unit.text)
        bare = value.get("name") == own or _home_suffixed(
            own, value.get("name") or "", owner_value, country_of)
        name = with_parent(own, owner_name) if owner_name and not value.get("id") \
            and bare else _joined_name(own, value.get("name") or "", owner_name)
        if name is not None:
            found.append(Joined(owner.start_char, unit.end_char, {**value, "name": name}, own))
    return found


def units_in_bodies(text: str, ents: Sequence[Ent], values: Values,
                    is_unit: Callable[[str], bool],
                    may_parent: Callable[[str], bool]) -> list[Joined]:
    """A unit written with "in" and its body right after it ("the Information Branch in the
    Internal Security Forces", a translation's wording), or with its body's acronym ("the
    47th Battalion SSB"): one ORG like a unit written with "of", named '<unit> of <body's
    name>' (``is_unit``: a generic unit's words;
    ``may_parent``: a body's name that may be a parent, no court nor news agency)."""
    rows = [ent for ent in ents if ent.label_ == ORG]
    found: list[Joined] = []
    for unit, body, gap in gapped_pairs(text, rows):
        if gap not in IN_GAPS and not (gap == " " and _ACRONYM.fullmatch(body.text)):
            continue
        own = without_article(unit.text)
        value = entity_value(values, unit) or {}
        parent = (entity_value(values, body) or {}).get("name") or ""
        if value.get("id") or not parent or not is_unit(own) or not may_parent(parent):
            continue
        found.append(Joined(unit.start_char, body.end_char,
                            {**value, "name": with_parent(own, parent)}, own))
    return found


def name_repeated_units(ents: Sequence[Ent], values: Values, joins: Sequence[Joined]) -> None:
    """A unit the text names again alone ("the Central Criminal Police Department" beside
    "the Ministry of Internal Affairs' Central Criminal Police Department"), or by its
    acronym, is the unit of its possessive mention: it takes that mention's name (not a
    listed body's mention, nor a unit whose words two joins name differently)."""
    names: dict[str, set[str]] = {}
    for join in joins:
        names.setdefault(join.unit, set()).add(join.value.get("name") or "")
    renamed: dict[str, dict[str, Any]] = {}
    # its acronym too ("the RCMP's Federal Serious and Organized Crime (FSOC) unit" ... "FSOC")
    by_acronym: dict[str, dict[str, Any]] = {}
    for join in joins:
        if len(names[join.unit]) == 1:
            renamed[join.unit] = join.value
            if acronym := join.value.get("acronym"):
                by_acronym[acronym] = join.value
    renamed.update({acronym: value for acronym, value in by_acronym.items()
                    if acronym not in renamed})
    spans = {(join.start, join.end) for join in joins}
    for ent in ents:
        if ent.label_ != ORG or (ent.start_char, ent.end_char) in spans:
            continue
        key = (ent.start_char, ent.end_char, ORG)
        value = values.get(key) or {}
        new = renamed.get(without_article(ent.text))
        if new is not None and not value.get("id") and value.get("name") != new.get("name"):
            values[key] = {**new, "acronym": value.get("acronym") or new.get("acronym")}


def _home_suffixed(own: str, name: str, owner: dict[str, Any],
                   country_of: Callable[[str], str | None] | None) -> bool:
    """Is ``name`` the unit's ``own`` words with only the ``owner`` body's country after
    "of" (a home country read for a bare name, which the owner says better)?"""
    if country_of is None or not owner.get("country") or not name.startswith(f"{own} of "):
        return False
    return country_of(name[len(own) + 4:]) == owner["country"]


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


# after a body's possessive: an ordinal unit ("11th District", "3rd Infantry Division") or
# capitalized words, the last of which may be a unit's head ("Marine Unit")
_ORDINAL_UNIT = re.compile(r"\d{1,3}(?:st|nd|rd|th)(?:[ \t]+[A-Z][\w\-]*){1,4}")
_CAPITALIZED_RUN = re.compile(r"(?:[A-Z][\w\-]*[ \t]+){0,4}[A-Z][\w\-]*")


def units_after_possessives(text: str, ents: Sequence[Ent], heads: frozenset[str],
                            ) -> list[tuple[int, int]]:
    """Units no grammar read written right after a body's possessive (samples guide: a
    unit after its parent in the possessive is one ORG with it): an ordinal and capitalized
    words ("the Coast Guard's 11th District"), capitalized words ending in a unit's or
    department's head (``heads``, lower case), or such a head and a place entity right after
    it ("the United States Coast Guard's Sector Guam"). Returns the units' character spans;
    :func:`possessive_units` joins each to its body. A person's title or a programme ("the
    DEA's Administrator", "the EU's Connecting Europe Facility") has no such head."""
    starts = {ent.start_char: ent for ent in ents}
    taken = [(ent.start_char, ent.end_char) for ent in ents]
    found: list[tuple[int, int]] = []
    for ent in ents:
        if ent.label_ != ORG or text[ent.end_char:ent.end_char + 3] not in POSSESSIVE_GAPS:
            continue
        start = ent.end_char + 3
        if start in starts:
            continue  # a unit already read: the join's
        end = _unit_end(text, start, heads, starts)
        if end is not None and not crosses(taken, start, end):  # (a place inside it is its)
            found.append((start, end))
    return found


def _unit_end(text: str, start: int, heads: frozenset[str],
              starts: dict[int, Ent]) -> int | None:
    """The end of a unit written at ``start`` (see :func:`units_after_possessives`)."""
    ordinal = _ORDINAL_UNIT.match(text, start)
    if ordinal is not None:
        return ordinal.end()
    run = _CAPITALIZED_RUN.match(text, start)
    if run is None:
        return None
    words = list(re.finditer(r"\S+", run.group()))
    # the last head word of the run ends the unit ("Marine Unit Command" at "Command")
    for i in range(len(words) - 1, -1, -1):
        if words[i].group().lower() in heads:
            end = start + words[i].end()
            if i == 0:  # a bare head ("Sector") is a unit with the place written after it
                place = starts.get(end + 1)
                if place is None or place.label_ not in AREA_LABELS \
                        or text[end:end + 1] != " ":
                    return None
                return place.end_char
            return end
    return None


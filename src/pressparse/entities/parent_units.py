"""Units named without their parent body get the parent the text names.

"Northern Command", "Tucson Field Office" or "Anti-Narcotics Unit" alone name no body an
analyst can look up; in a release that names the Australian Federal Police, CBP or the
National Police Service, they are that body's units: "Northern Command of the Australian
Federal Police". Only unlisted names ending in a unit word qualify, and only listed national
bodies (a country in their record) serve as parents; news agencies, courts and parliaments
never do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

ORG = "ORG"


@dataclass(frozen=True)
class UnitWords:
    """The word lists of unit naming (``word_lists.jsonl``)."""

    heads: tuple[str, ...]  # a unit's name ends with one: "Unit", "Field Office", "Command"
    not_parents: frozenset[str]  # a body whose name has one is no parent: "News", "Court"
    own_bodies: frozenset[str] = frozenset()  # a name with one is a body of its own: "Police"


@dataclass(frozen=True)
class Mention:
    """An ORG entity of the doc and its normalized value."""

    start: int
    end: int
    value: Mapping[str, Any]


def is_unit_name(name: str, words: UnitWords) -> bool:
    """Does an unlisted name read as a unit of some body ("Bhubaneswar Zonal Unit"), not a
    body of its own ("Marietta Police Department")?"""
    parts = name.split()
    return len(parts) >= 2 and " of " not in name and " in " not in name \
        and name.endswith(words.heads) and parts[0] not in words.heads \
        and not any(part in words.own_bodies for part in parts)


def can_be_parent(value: Mapping[str, Any], words: UnitWords) -> bool:
    """A listed national body that units belong to (not a news agency or a court)."""
    name = value.get("name") or ""
    return bool(value.get("id")) and bool(value.get("country")) \
        and not any(word in words.not_parents for word in name.split())


def with_parent(unit: str, parent: str) -> str:
    """``Northern Command`` + ``Australian Federal Police`` -> ``Northern Command of the
    Australian Federal Police``; no article before an abbreviation ("of U.S. Customs ...")."""
    first = parent.split()[0]
    article = "" if "." in first or first.isupper() else "the "
    return f"{unit} of {article}{parent}"


def parent_kind(name: str, words: UnitWords) -> str | None:
    """The head noun that says what kind of body a parent is: "Vietnam Border Guard" ->
    "Guard", "National Police of Peru" -> "Police" (unit words at its end are skipped:
    "Border Guard Command" -> "Guard")."""
    parts = name.split(" of ", 1)[0].split()
    while parts and parts[-1] in words.heads:
        parts.pop()
    return parts[-1] if len(parts) > 1 else None


def names_kind(unit: str, parent: str, words: UnitWords) -> bool:
    """Does a unit's name, before its own unit word, hold the parent's kind ("Dien Bien
    Provincial Border Guard Command" and the Vietnam Border Guard)?"""
    own = next((unit[: -len(head)] for head in words.heads if unit.endswith(" " + head)), unit)
    kind = parent_kind(parent, words)
    return kind is not None and kind in own.split()


def attach_parents(mentions: Iterable[Mention], words: UnitWords,
                   names_other_body: Callable[[str], bool],
                   set_value: Callable[[Mention, dict[str, Any]], None],
                   home_country: str | None = None) -> None:
    """Give each unit mention the nearest parent mention before it (else the first after).

    ``names_other_body`` tells names that hold a country, demonym or listed body of their own.
    A unit whose name already holds a parent's kind ("Dien Bien Provincial Border Guard
    Command" beside the Vietnam Border Guard) is a body of that kind: no parent. With a
    ``home_country`` (the text's dominant country), only that country's bodies are parents:
    a Peruvian unit never joins the DEA a Peruvian text mentions.
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    parents = [m for m in ordered if can_be_parent(m.value, words)]
    if home_country is not None:
        parents = [p for p in parents if p.value.get("country") == home_country]
    if not parents:
        return
    for mention in ordered:
        value = mention.value
        name = value.get("name") or ""
        if value.get("id") or not is_unit_name(name, words) or names_other_body(name):
            continue
        before = [p for p in parents if p.end <= mention.start]
        parent = before[-1] if before else next(
            (p for p in parents if p.start >= mention.end), None)
        if parent is None or names_kind(name, parent.value["name"], words):
            continue
        set_value(mention, {**value, "name": with_parent(name, parent.value["name"])})

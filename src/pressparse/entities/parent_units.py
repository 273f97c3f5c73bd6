"""Units named without their parent body get the parent the text names.

"Northern Command", "Dog Unit" or "Directorate of Special Units" alone name no body an analyst
can look up; in a release that names the Australian Federal Police or the Federal Police of
Belgium, they are that body's units: "Northern Command of the Australian Federal Police".
Only generic unit names qualify (a unit named after its place keeps its name: "Tucson Field
Office"), and only national bodies of the unit's country serve as parents; news agencies,
courts and parliaments never do.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .generic_names import GenericNames

ORG = "ORG"


@dataclass(frozen=True)
class UnitWords:
    """The word list of unit naming (``national_bodies.json``; unit heads are
    ``GenericNames.unit_heads``)."""

    not_parents: frozenset[str]  # a body whose name has one is no parent: "News", "Court"

    def excludes(self, name: str) -> bool:
        """Is the body no parent: a word of ``not_parents`` in its name, or two words written
        together ("Information Service", not "Fiscal Information and Investigation Service")?
        Hyphenated parts count apart."""
        words = name.replace("-", " ").split()  # "Agence France-Presse"
        not_parents = self.not_parents
        return any(word in not_parents for word in words) or any(
            f"{first} {second}" in not_parents for first, second in pairwise(words))


# "Constabulary's ": a word in the possessive opening a unit's name
_OWNER_WORD = re.compile(r"([A-Z][\w\-]*)(?:'s|\u2019s) (?=[A-Z])")


def with_parent(unit: str, parent: str) -> str:
    """``Northern Command`` + ``Australian Federal Police`` -> ``Northern Command of the
    Australian Federal Police``; no article before an abbreviation ("of U.S. Customs ...")
    or a bare acronym ("of INTERPOL"), one before a name opening with one ("of the NSW Police
    Force"). A parent that is the unit's own body with its country ("Public Prosecution
    Service" + "Public Prosecution Service of the Netherlands") is that body's name. The
    parent's head word in the possessive before the unit's name is the parent's ("Force's
    Serious Crime Division" + "Western Australia Police Force": "Serious Crime Division of
    the ..."; "Agency's Criminal Police Department" + "General Police Agency of Mongolia")."""
    owner = _OWNER_WORD.match(unit)
    if owner is not None and owner.group(1) in parent.split()[1:]:
        unit = unit[owner.end():]
    if parent == unit or parent.startswith(f"{unit} of ") or parent.endswith(f" {unit}"):
        return parent  # (the same body: "Arizona Attorney General's Office")
    words = parent.split()
    first = words[0]
    article = "" if "." in first or (first.isupper() and len(words) == 1) else "the "
    return f"{unit} of {article}{parent}"


def choose_parent(start: int, unit: str, kind: str, country: str | None,
                  parents: Sequence[tuple[int, str, str]],
                  words: GenericNames, unit_mentions: int = 1,
                  local: Callable[[str], bool] | None = None) -> str | None:
    """The parent body's name for a generic unit at ``start`` (``parents``: each national
    body mention's start, name and country), or None.

    Only bodies of the unit's country qualify (when it is known); a unit whose name holds a
    kind word ("Customs", "Police") belongs to a body of that kind, else of a kind that keeps
    such units (``GenericNames.kind_owners``: a police force's "Border Control Unit"); a
    department (``kind`` "department") only to a police, ministry or customs body or one of
    its kind, a general directorate (``kind`` "general") only to a ministry or a police force,
    a service's branch (``kind`` "service": "Aviation Police") only to the plain force of
    its kind ("Uganda Police Force"),
    and not to one the text names first after the department (at ``start``, its first
    mention) and less often (``unit_mentions``: the "Public Prosecution Service" a release
    names five times is no department of the "National Public Prosecutor's Office" it names
    once, later); a unit named for police work
    ("Drug Enforcement Unit") not to an armed force when a civil body qualifies, a
    military unit ("Infantry Battalion") to an armed force when one qualifies, a land
    force's unit to an army before a navy; never to a
    body whose name opens with its place (``local``: "Ihosy Gendarmerie", "Ljubljana Police
    Administration": a generic unit the text names apart from a local body is a national
    one, "Special Intervention Group").
    A joint unit ("Joint Airport Interdiction Task Force") has no parent, and a joint body
    ("National Interinstitutional Security Force") is no parent: the bodies that staff it
    keep their own departments.
    Of the rest, the body the text names most often (a release's own body), then the nearest
    before the unit, then the first after it.
    """
    if words.is_joint(unit):  # "Joint Airport Interdiction Task Force": several bodies'
        return None
    kinds = words.kinds(unit)
    found = [p for p in parents if p[0] != start and (country is None or p[2] == country)
             and not words.is_joint(p[1])]
    if kind == "service":  # "Aviation Police": a branch of the plain police force only
        found = [p for p in found if any(words.is_plain_force(p[1], k) for k in kinds)]
    elif kind == "general":  # (of a ministry, or a force of its own kind: no "General Tax
        # Administration" of the National Police)
        found = [p for p in found if words.can_parent_general(p[1])
                 and (not kinds or not (other := words.kinds(p[1])) or kinds & other)]
    elif kinds:  # a body of the unit's own kind, else of a kind that keeps such units
        owners = words.kind_owners(kinds)
        found = [p for p in found if kinds & words.kinds(p[1])] \
            or [p for p in found if owners & words.kinds(p[1])]
    elif kind == "department":  # (a coast guard's only when no police or ministry is named)
        found = [p for p in found if words.can_parent_department(p[1])] \
            or [p for p in found if words.can_parent_department(p[1], fallback=True)]
    if not found:
        return None
    counts = Counter(name for _, name, _ in found)
    if kind in {"department", "general"} and unit_mentions > 1:
        first = {name: at for at, name, _ in reversed(found)}
        found = [p for p in found if counts[p[1]] >= unit_mentions or first[p[1]] < start]
        if not found:
            return None
    if words.is_civil_unit(unit):
        civil = [p for p in found if not words.is_military(p[1])]
        found = civil or found
    elif words.is_military(unit):  # "66th Infantry Battalion": an armed force's, if named
        military = [p for p in found if words.is_military(p[1])]
        land = [p for p in military if words.is_army(p[1])] if words.is_land_unit(unit) else []
        found = land or military or found  # (of an army, before a navy named more often)
    if local is not None:
        found = [p for p in found if not local(p[1])]
        if not found:
            return None
    counts = Counter(name for _, name, _ in found)
    most = max(counts.values())
    found = [p for p in found if counts[p[1]] == most]
    before = [p for p in found if p[0] < start]
    return (before[-1] if before else found[0])[1]

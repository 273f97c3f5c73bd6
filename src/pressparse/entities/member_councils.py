"""Councils named for their member states' officials belong to an international body.

"Council of Heads of State" or "Council of Commanders of Border Troops" in a CIS release name
no national body: their members are several states' heads or commanders, so the council is
the international organization's the text is about ("... of the Commonwealth of Independent
States"). Word lists: ``member_councils`` of ``national_bodies.json``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..word_alternation import escaped_alternation

ORG = "ORG"


@dataclass(frozen=True)
class MemberCouncils:
    """Council heads ("Council", "Committee") and member phrases ("Heads of State",
    "Commanders") that make a council's name an international body's."""

    pattern: re.Pattern[str]
    dominance: float = 2.0
    organs: frozenset[str] = frozenset()  # whole names: "Joint Staff", "Executive Committee"
    # "<unit> of the Council": a unit whose parent is a collegial body named by its head alone
    short_parent: re.Pattern[str] = re.compile("(?!)")
    # "Working Group on Typologies": an organ named for its topic ("organ_prefixes")
    organ_prefixes: tuple[str, ...] = ()

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> MemberCouncils | None:
        heads, members = data.get("heads", ()), data.get("members", ())
        if not heads or not members:
            return None
        short_heads = data.get("short_parent_heads", ())
        return cls(re.compile(rf"(?:{escaped_alternation(heads)}) of (?:the )?"
                              rf"(?:{escaped_alternation(members)})\b"),
                   float(data.get("dominance", 2.0)), frozenset(data.get("organs", ())),
                   re.compile(rf"\S.*? of the (?:{escaped_alternation(short_heads)})")
                   if short_heads else re.compile("(?!)"),
                   tuple(f"{prefix} " for prefix in data.get("organ_prefixes", ())))

    def names_short_parent(self, name: str) -> bool:
        """"Coordination Service of the Council": a unit of a collegial body named by its
        head alone."""
        return self.short_parent.fullmatch(name) is not None

    def is_member_council(self, name: str) -> bool:
        """"Council of Heads of State", "Council of Commanders of Border Troops" (a name with
        no "of the <body>" after it: "... of the CSTO" already says its body), or an organ an
        international body names so ("Joint Staff", "Collective Forces", "Working Group on
        Typologies")."""
        if name in self.organs:
            return True
        if name.startswith(self.organ_prefixes):  # "Working Group on Typologies"
            return " of the " not in name and " under the " not in name
        match = self.pattern.match(name)
        return match is not None and " of the " not in name[match.end():]

    def leading_body(self, names: Iterable[str]) -> str | None:
        """The international body a text names clearly most often: ``names`` are its
        international bodies' names, a unit's counted as its body's ("Executive Committee of
        the Commonwealth of Independent States" is one CIS mention)."""
        names = list(names)
        whole = set(names)
        counts: Counter[str] = Counter()
        for name in names:
            body = name
            parts = name.split(" of the ")
            for i in range(1, len(parts)):
                tail = " of the ".join(parts[i:])
                if tail in whole:
                    body = tail
                    break
            counts[body] += 1
        if not counts:
            return None
        ranked = counts.most_common(2)
        if len(ranked) > 1 and ranked[0][1] < self.dominance * ranked[1][1]:
            return None
        return ranked[0][0]

"""An event under construction, filled in field by field by the assembly layers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .mentions import EventCueMatch, Mention
from .roles import RoleAssignment


@dataclass
class Draft:
    """An event under construction."""

    type: str
    name: str | None = None
    key: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)
    trigger: EventCueMatch | None = None
    part_of: Draft | None = None
    place: Mention | None = None
    dates: list[Mention] = field(default_factory=list)
    roles: list[RoleAssignment] = field(default_factory=list)
    seizures: list[dict[str, Any]] = field(default_factory=list)
    counts: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    agents: list[Mention] = field(default_factory=list)  # participants without a role cue
    organizer_agents: list[Mention] = field(default_factory=list)
    fallback_location: Mention | None = None
    sub_result: bool = False
    span_days: int | None = None  # "a two-day session" opening on a single date
    period: tuple[str, str] | None = None  # bounds given apart ("started on ... until ...")
    summit: bool = False  # a meeting summing up the item's named operation
    follow_up: bool = False  # arrests on a later day than the item's seizure
    court: Mention | None = None  # the court of a decision told after the lead
    decision: bool = False  # a court's decision told after the lead (its court named or not)
    recalled: bool = False  # a find a court's verdict recalls ("Officers found 8 kilos ...")
    open_end: bool = False  # a running total "since 1 January": no end date
    country_row: bool = False  # a row of results by country ("– Armenia: ... seized 14 kg")
    further: bool = False  # a gathering of its own day later in the item ("A second course ...")
    valued: bool = False  # a running total told only by its value ("drugs worth Rs 412 million")
    referred: set[int] = field(default_factory=set)  # "the operation was carried out ..."
    id: str = ""

    @property
    def figure_starts(self) -> list[int]:
        """The start offsets of its seizures and counts, seizures first."""
        return [item["start"] for item in (*self.seizures, *self.counts)]

    @property
    def first_offset(self) -> int:
        offsets = [m.start for m in self.mentions] + [s for s, _ in self.evidence]
        if self.trigger is not None:
            offsets.append(self.trigger.start)
        return min(offsets) if offsets else 0

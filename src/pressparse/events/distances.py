"""A place a distance is measured from ("about 40 nautical miles south of Isla Beata"): its
compass cue places a find at sea or in the open more strongly than a plain "in" naming the
sea or region around it (role_cues.jsonl ``distance_priority``)."""

from __future__ import annotations

import re
from dataclasses import replace

from .mentions import RoleCueMatch
from .results import kind_alternatives
from .roles import LOCALITY_WORDS_FILE

# a number and a unit of distance right before a cue (locality_words.jsonl distance_unit)
_DISTANCE_BEFORE = re.compile(
    rf"\d[\d.,]*\s*(?:{kind_alternatives(LOCALITY_WORDS_FILE, 'distance_unit')})\.?\s+\Z",
    re.IGNORECASE)
DISTANCE_CHARS = 32  # "1,250 nautical miles " before a compass cue


def measured_from(matches: list[RoleCueMatch], text: str) -> list[RoleCueMatch]:
    """``matches`` with each cue that has a ``distance_priority`` and follows a distance
    given that priority (the cue's other fields kept)."""
    result = []
    for match in matches:
        raised = match.cue.distance_priority
        if raised is not None and _DISTANCE_BEFORE.search(
                text, max(0, match.start - DISTANCE_CHARS), match.start):
            match = replace(match, cue=match.cue.model_copy(update={"priority": raised}))
        result.append(match)
    return result

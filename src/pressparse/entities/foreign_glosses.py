"""A body's name in its own language, in brackets right after its English name: "the Customs
Authority (Alfândega)", "the Rotterdam District Court (rechtbank Rotterdam)", "the Federal
Police Directorate (Bundespolizeidirektion)". The bracket is an ORG of its own naming the same
body, as a bracketed acronym is."""

from __future__ import annotations

import re
from collections.abc import Sequence

# a bracket right after the name: no digit, no nested bracket (``max_words`` checked after)
_BRACKET = re.compile(r"[ \t\u00a0]*\([ \t]*(?P<gloss>[^\W\d_][^()\n\d]{1,80}?)[ \t]*\)")
_WORD = re.compile(r"[^\W\d_]+")


class ForeignGlossFinder:
    """Finds a foreign name in brackets: one of its words holds a head of a body's name in
    another language (``heads``, lower case: "alfândega", "rechtbank", "bea cukai"; a compound
    holding one counts, "Bundespolizeidirektion" holds "polizei")."""

    def __init__(self, heads: Sequence[str], max_words: int = 6) -> None:
        self.heads = frozenset(head.lower() for head in heads)
        self.max_words = max_words

    def after(self, text: str, pos: int) -> tuple[int, int] | None:
        """The span of the foreign name in brackets right at ``pos``, if there is one."""
        if not self.heads:
            return None
        match = _BRACKET.match(text, pos)
        if match is None:
            return None
        gloss = match["gloss"]
        if len(_WORD.findall(gloss)) > self.max_words:
            return None
        lowered = gloss.lower()
        if not any(head in lowered for head in self.heads):
            return None
        return match.start("gloss"), match.end("gloss")

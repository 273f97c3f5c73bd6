"""Acronyms defined in the text: "... Center (CARICC)" links CARICC to the long form."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

_PAREN = re.compile(r"[ \t\u00a0]*\(\s*(?P<acronym>[A-Z][A-Za-z]?[A-Z0-9&\-]{1,10})\s*\)")


@dataclass(frozen=True)
class AcronymDefinition:
    """An acronym defined right after an organization's long form."""

    acronym: str
    long_form: Span
    start: int  # character offsets of the acronym inside the parentheses
    end: int


def find_definitions(doc: Doc, forbidden: frozenset[str] = frozenset()) -> list[AcronymDefinition]:
    """Acronyms in parentheses right after an ORG entity, not already another entity's name."""
    text = doc.text
    found: list[AcronymDefinition] = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        match = _PAREN.match(text, ent.end_char)
        if match is None or match["acronym"] in forbidden:
            continue
        found.append(AcronymDefinition(match["acronym"], ent, match.start("acronym"),
                                       match.end("acronym")))
    return found


def mentions(text: str, acronym: str) -> list[tuple[int, int]]:
    """Every whole-word, case-sensitive occurrence of an acronym."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


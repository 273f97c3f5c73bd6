"""Small text normalizations shared by the entity components."""

from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")
_DASH = re.compile(r"\s*[-\u2010-\u2015\u2212]\s*")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                         "\u00ab": '"', "\u00bb": '"', "\u201e": '"'})
_NON_WORD = re.compile(r"[\W_]+")
# quotes around a name glued to them ('Regiment "Puglia"', 'the "Astara" customs post')
OPEN_QUOTES = frozenset({'"', "\u201c", "\u00ab"})
CLOSE_QUOTES = frozenset({'"', "\u201d", "\u00bb"})


def clean_name(text: str) -> str:
    """Collapse whitespace (line breaks, NBSP), straighten quotes, drop a leading "the" and a
    trailing possessive ("Ministry of Interior's" -> "Ministry of Interior")."""
    text = _SPACES.sub(" ", text.translate(_QUOTES)).strip()
    if text.endswith("'s"):
        text = text[:-2]
    return _LEADING_THE.sub("", text)


def dash_normalized(text: str) -> str:
    """``Channel - Far Eastern Raid`` -> ``Channel-Far Eastern Raid`` (any dash, any spacing)."""
    return _DASH.sub("-", clean_name(text)).strip("-")


def name_key(text: str) -> str:
    """A key equal for dash/space/case variants: ``Channel Center`` == ``channel-center``."""
    return _NON_WORD.sub("", text.lower())

"""Which script a letter is written in (one test for every module that asks)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=4096)
def is_latin_letter(letter: str) -> bool:
    """Whether ``letter`` (one alphabetic character) is of the Latin script: ASCII, accented
    ("é", "ł", "ș"), Vietnamese ("ạ") or full-width ("Ａ") letters; not Cyrillic, Arabic, CJK."""
    return letter.isascii() or "LATIN" in unicodedata.name(letter, "")

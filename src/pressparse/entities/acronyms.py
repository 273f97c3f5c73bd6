"""Acronyms defined in the text: "... Center (CARICC)" links CARICC to the long form."""

from __future__ import annotations

import re

# capitals with diacritics too ("Office of the Special Prosecutor (ÚŠP)", "(ČTK)")
_CAP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
# a transliterated acronym keeps the lower-case letter of a short word between capitals
# ("GUNiPTL": "... Drug Control and [i] Combating Trafficking ..."): one lower-case letter at
# most before each capital, so a bracketed word ("(Ltd)", "(McDonald)") is none
_PAREN = re.compile(
    rf"[ \t\u00a0]*\(\s*(?P<acronym>[{_CAP}](?:[a-z]?[{_CAP}0-9&\-]){{1,10}})\s*\)")


def acronym_after(text: str, pos: int) -> tuple[str, int, int] | None:
    """The acronym in parentheses right at ``pos`` ("... Center (CARICC)"), with its offsets."""
    match = _PAREN.match(text, pos)
    if match is None:
        return None
    return match["acronym"], match.start("acronym"), match.end("acronym")


# "(SBNON MVD)", "(BNNP Aceh)", "(DP of Almaty)": an acronym and a second word in one
# bracket, the unit's acronym with its parent's or its place's, maybe after "of" (group 2:
# the second word)
_PAIR = re.compile(
    rf"[ \t\u00a0]*\(\s*(?P<acronym>[{_CAP}](?:[a-z]?[{_CAP}0-9&\-]){{1,10}})[ \t]+"
    rf"(?:of[ \t]+)?(?P<second>[{_CAP}][\w\-]*)\s*\)")


def acronym_pair_after(text: str, pos: int) -> tuple[str, str, int, int] | None:
    """An acronym and a second word in parentheses right at ``pos`` ("... Agency (BNNP
    Aceh)", "(DP of Almaty)"): the acronym, the second word, the start of the pair and its
    end."""
    match = _PAIR.match(text, pos)
    if match is None:
        return None
    return match["acronym"], match["second"], match.start("acronym"), match.end("second")


def mentions(text: str, acronym: str) -> list[tuple[int, int]]:
    """Every whole-word, case-sensitive occurrence of an acronym."""
    literal = re.escape(acronym)  # first, so that re scans for it; the word start after
    pattern = re.compile(rf"{literal}(?<![\w-]{literal})(?![\w-])")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


"""Numbers written with digits of other scripts or grouped by thin spaces, read in ASCII.

English pages of some publishers keep the digits of their own script or input method in
numbers: full-width digits from a Japanese or Chinese editor ("１６.２ kg", "K３２０",
"１，４８０，０００ hectares"), Arabic-Indic and Persian digits with the Arabic decimal
separator ("۱۴٫۵ kg"); others group thousands with a thin or narrow no-break space
("38\u2009416 kg", "2\u202f914"). Each such digit reads as its ASCII digit (its decimal value,
as NFKC folds it), a full-width or Arabic separator between two of them as its ASCII form,
and a thin space between two digits as a space. Letters are never folded, and a number set
among words of another script ("２０２６年１１月", a Nepali date) is left as written.
"""

from __future__ import annotations

import re
import unicodedata

from .edits import Edit
from .script import is_latin_letter

# Separators between two digits and what they read as.
SEPARATORS = {"\uff0e": ".", "\uff0c": ",", "\uff0d": "-", "\uff1a": ":", "\uff0f": "/",
              "\u066b": ".", "\u066c": ","}
# A run of digits with separators (these or ASCII ones) inside it, at least one digit outside
# ASCII, or two digit groups parted by a thin space.
_NUMBER = re.compile(r"\d(?:[\d" + "".join(SEPARATORS) + r".,:/-]*\d)?")
_THIN_SPACES = "[\u2009\u202f\u2007]"  # thin, narrow no-break and figure spaces
_SIGN = re.compile(rf"[^\x00-\x7f](?:(?<=\d)|(?<={_THIN_SPACES}))")  # (a cheap test)
_THIN_SPACE = re.compile(rf"(?<=\d){_THIN_SPACES}(?=\d)")
NEIGHBOUR_REACH = 12  # characters looked at on each side for the nearest letter


def unicode_digits(text: str) -> list[Edit]:
    """Digits of other scripts read as ASCII digits (with the separators between them) and
    thin spaces between digits as spaces; else no edit (an ASCII text costs one test)."""
    if text.isascii() or not _SIGN.search(text):
        return []
    edits = [Edit(m.start(), m.end(), " ") for m in _THIN_SPACE.finditer(text)]
    for match in _NUMBER.finditer(text):
        number = match.group()
        if number.isascii() or _among_other_script(text, match.start(), match.end()):
            continue
        for index, char in enumerate(number):
            if char.isdigit() and not char.isascii():
                edits.append(Edit(match.start() + index, match.start() + index + 1,
                                  str(unicodedata.decimal(char))))
            elif char in SEPARATORS:
                edits.append(Edit(match.start() + index, match.start() + index + 1,
                                  SEPARATORS[char]))
    return sorted(edits)


def _among_other_script(text: str, start: int, end: int) -> bool:
    """Whether the nearest letter before or after ``text[start:end]`` on its line is of a
    script other than Latin (a date written in Japanese, a Nepali masthead)."""
    before = text[max(start - NEIGHBOUR_REACH, 0):start].rsplit("\n", 1)[-1]
    after = text[end:end + NEIGHBOUR_REACH].split("\n", 1)[0]
    letters = [next((c for c in reversed(before) if c.isalpha()), ""),
               next((c for c in after if c.isalpha()), "")]
    return any(letter and not is_latin_letter(letter) for letter in letters)

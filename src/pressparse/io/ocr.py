"""Digits a scan's text recognition read as letters, and letters it read as digits.

OCR confuses the letter O with the digit 0 and the letters l and I with 1: "l2 kg 4OO g",
"O8.09.2O26", "2,4O,OOO pieces", and the other way round "0pium", "secti0n", "B0RDER". In a
text that shows several such numbers, each reads as the number it stands for and each word
with a 0 among its letters reads with an O; text without them is untouched.
"""

from __future__ import annotations

import re

from .edits import Edit

_DIGIT_FOR = {"O": "0", "l": "1", "I": "1"}
# A number written with a letter among its digits (or a letter for its only digit beside
# another one): digits, O, l and I and the separators inside numbers, at least one real digit.
_MISREAD_NUMBER = re.compile(r"(?<![\w.,:/])(?=[0-9OlI.,:/-]*[0-9])(?=[0-9.,:/-]*[OlI])"
                             r"[0-9OlI](?:[0-9OlI.,:/-]*[0-9OlI])?(?!\w)")
# A word of letters with a 0 among them ("0pium", "secti0n", "B0RDER", "0f"), no other digit.
_MISREAD_WORD = re.compile(r"\b[A-Za-z]*0[A-Za-z0]*\b")
# A digit beside O, l or I: a scan's text shows several (a cheap test before the others).
_DIGIT_BESIDE_LETTER = re.compile(r"[0-9][OlI]|[OlI][0-9]")
OCR_MIN_NUMBERS = 3  # misread numbers a text must show to be read as a scan's


def ocr_digits(text: str) -> list[Edit]:
    """Letters inside numbers read as their digits and zeros inside words as O, in a text
    with several numbers misread so; else no edit."""
    if len(_DIGIT_BESIDE_LETTER.findall(text)) < OCR_MIN_NUMBERS:
        return []
    numbers = [match for match in _MISREAD_NUMBER.finditer(text)
               if any(char.isdigit() for char in match.group())]
    if len(numbers) < OCR_MIN_NUMBERS:
        return []
    edits = [Edit(match.start() + index, match.start() + index + 1, _DIGIT_FOR[char])
             for match in numbers for index, char in enumerate(match.group())
             if char in _DIGIT_FOR]
    for match in _MISREAD_WORD.finditer(text):
        word = match.group()
        if len(word) < 2:
            continue
        for index, char in enumerate(word):
            if char == "0":
                upper = word[max(index - 1, 0):index + 2].replace("0", "").isupper()
                edits.append(Edit(match.start() + index, match.start() + index + 1,
                                  "O" if upper else "o"))
    return sorted(edits)

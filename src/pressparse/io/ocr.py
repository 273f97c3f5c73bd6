"""Digits a scan's text recognition read as letters, and letters it read as digits.

OCR confuses the letter O with the digit 0 and the letters l and I with 1: "l2 kg 4OO g",
"O8.09.2O26", "2,4O,OOO pieces", and the other way round "0pium", "secti0n", "tab1ets". In
a text that shows several such numbers, each reads as the number it stands for and each word
with a 0 or a 1 among its letters reads with the letter it stands for (O; l or i); text
without them is untouched.
"""

from __future__ import annotations

import re

from .edits import Edit

_DIGIT_FOR = {"O": "0", "l": "1", "I": "1"}
# A number written with a letter among its digits (or a letter for its only digit beside
# another one): digits, O, l and I and the separators inside numbers, at least one real digit.
_MISREAD_NUMBER = re.compile(r"(?<![\w.,:/])(?=[0-9OlI.,:/-]*[0-9])(?=[0-9.,:/-]*[OlI])"
                             r"[0-9OlI](?:[0-9OlI.,:/-]*[0-9OlI])?(?!\w)")
# A word of letters with a 0 or a 1 among them ("0pium", "secti0n", "B0RDER", "tab1ets",
# "Serv1ce"), no other digit.
_MISREAD_WORD = re.compile(r"\b[A-Za-z]*[01][A-Za-z01]*\b")
# The letters a 1 stands for: l where English writes l before a vowel (after a vowel or in
# the clusters bl, cl, fl, gl, pl, sl: "vio1ators", "tab1ets"), else i ("investigat1on").
_L_BEFORE_VOWEL = re.compile(r"[aeiouybcfgps]1[aeiouy]", re.IGNORECASE)
WORD_EDGE_LETTERS = 3  # letters a digit at a word's edge needs beside it to be one of them
# A digit beside O, l or I: a scan's text shows several (a cheap test before the others).
_DIGIT_BESIDE_LETTER = re.compile(r"[0-9][OlI]|[OlI][0-9]")
OCR_MIN_NUMBERS = 3  # misread numbers a text must show to be read as a scan's


def ocr_digits(text: str) -> list[Edit]:
    """Letters inside numbers read as their digits and the digits 0 and 1 among the letters of
    a word as O and l or i, in a text with several numbers misread so; else no edit."""
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
        for index, char in enumerate(word):
            if char.isdigit() and _inside_letters(word, index):
                edits.append(Edit(match.start() + index, match.start() + index + 1,
                                  _letter_for(word, index)))
    return sorted(edits)


def _inside_letters(word: str, index: int) -> bool:
    """Whether the digit at ``index`` has letters on both sides, or enough on its one side at
    an edge of the word ("0pium"; not "1kg")."""
    if 0 < index < len(word) - 1:
        return True  # (the word's other characters are letters, 0s and 1s)
    return sum(char.isalpha() for char in word) >= WORD_EDGE_LETTERS


def _letter_for(word: str, index: int) -> str:
    """The letter a digit among letters stands for, in the case of the letters beside it."""
    near = word[max(index - 1, 0):index + 2]
    upper = near.replace(word[index], "").isupper()
    if word[index] == "0":
        return "O" if upper else "o"
    letter = "l" if _L_BEFORE_VOWEL.fullmatch(near) else "i"
    return letter.upper() if upper and letter == "i" else letter

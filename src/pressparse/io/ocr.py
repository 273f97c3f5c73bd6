"""Digits a scan's text recognition read as letters, and letters it read as digits.

OCR confuses the letter O with the digit 0 and the letters l and I with 1: "l2 kg 4OO g",
"O8.09.2O26", "2,4O,OOO pieces", and the other way round "0pium", "secti0n", "tab1ets",
"Va11ey", and the capital I with l ("SERVlCE", "lzmail", "ln the period"). In a text that
shows several such numbers, each reads as the number it stands for, and each word with a 0
or a 1 among its letters reads with the letters it stands for: the spelling running text
writes (``word_cases.jsonl``: "t0" -> "to", "Tw0" -> "Two", "kind1y" -> "kindly"), else by
the letters around it (O; l beside an l or an i, at a word's end, before a vowel after a
vowel or in a cluster, else i). An l reads I in a word in capitals and at the start of a
word before a consonant; a word a scan broke ("rev ealed") reads whole where running text
writes it so and its tail alone is no word, and a tilde between two letters
("Giurgiule~sti", a lost accent) reads as nothing. Text without misread numbers is untouched.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product
from typing import NamedTuple

from ..recase import WordCases, word_cases
from .edits import Edit

_DIGIT_FOR = {"O": "0", "l": "1", "I": "1"}
# A number written with a letter among its digits (or a letter for its only digit beside
# another one): digits, O, l and I and the separators inside numbers, at least one real digit;
# after a slash only in a reference of words ("NDLEA/LAG/2O26/l4"), not inside a date.
_MISREAD_NUMBER = re.compile(r"(?<![\w.,:])(?<![\d.,:]/)"
                             r"(?=[0-9OlI.,:/-]*[0-9])(?=[0-9.,:/-]*[OlI])"
                             r"[0-9OlI](?:[0-9OlI.,:/-]*[0-9OlI])?(?!\w)")
# A word of letters, maybe with 0s and 1s among them ("0pium", "secti0n", "B0RDER",
# "tab1ets", "Serv1ce", "SERVlCE"), no other digit.
_SCAN_WORD = re.compile(r"\b[A-Za-z01]*[A-Za-z][A-Za-z01]*\b")
# The letters a 1 stands for: l where English writes l before a vowel (after a vowel or in
# the clusters bl, cl, fl, gl, pl, sl: "vio1ators", "tab1ets"), else i ("investigat1on").
_L_BEFORE_VOWEL = re.compile(r"[aeiouybcfgps]1[aeiouy]", re.IGNORECASE)
WORD_EDGE_LETTERS = 3  # letters a digit at a word's edge needs beside it to be one of them
MAX_CHOICES = 3  # 1s in a word whose l-or-i readings are all looked up in the word table
# A digit beside O, l or I: a scan's text shows several (a cheap test before the others).
_DIGIT_BESIDE_LETTER = re.compile(r"[0-9][OlI]|[OlI][0-9]")
OCR_MIN_NUMBERS = 3  # misread numbers a text must show to be read as a scan's
# A word a scan broke in two: a head of letters, one space, a lower-case tail.
_BROKEN_WORD = re.compile(r"\b([A-Za-z]{1,8}) (?=([a-z]{2,14})\b)")
_TILDE_IN_WORD = re.compile(r"(?<=[^\W\d_])~(?=[^\W\d_])")
OCR_FILE = "ocr.json"  # the letters and shapes below, in the preprocessing data directory


class OcrShapes(NamedTuple):
    """``ocr.json``: what a misread l and a sentence's end look like."""

    l_as_i_before: frozenset[str]  # a word's first l before one of these is an I ("lzmail")
    sentence_end: frozenset[str]  # stops ending a sentence
    abbreviation_end: re.Pattern[str]  # text before a stop ending an abbreviation ("p.m.")


@lru_cache(maxsize=1)
def ocr_shapes() -> OcrShapes:
    """The bundled ``ocr.json``."""
    from .mask import read_data_json

    data = read_data_json(OCR_FILE)
    return OcrShapes(frozenset(data["l_as_i_before"]), frozenset(data["sentence_end"]),
                     re.compile(data["abbreviation_end"]))


def ocr_digits(text: str) -> list[Edit]:
    """Letters inside numbers read as their digits and the digits 0 and 1 among the letters of
    a word as the letters they stand for (see the module's docstring), in a text with several
    numbers misread so; else no edit."""
    if len(_DIGIT_BESIDE_LETTER.findall(text)) < OCR_MIN_NUMBERS:
        return []
    numbers = [match for match in _MISREAD_NUMBER.finditer(text)
               if any(char.isdigit() for char in match.group())]
    if len(numbers) < OCR_MIN_NUMBERS:
        return []
    edits = [Edit(match.start() + index, match.start() + index + 1, _DIGIT_FOR[char])
             for match in numbers for index, char in enumerate(match.group())
             if char in _DIGIT_FOR]
    in_numbers = {match.start() for match in numbers}
    cases = word_cases()
    for match in _SCAN_WORD.finditer(text):
        if match.start() in in_numbers:
            continue
        reading = _word_reading(text, match, cases)
        edits.extend(Edit(match.start() + index, match.start() + index + 1, char)
                     for index, (char, old) in enumerate(zip(reading, match.group(),
                                                             strict=True)) if char != old)
    edits.extend(_broken_words(text, cases))
    edits.extend(Edit(m.start(), m.end(), "") for m in _TILDE_IN_WORD.finditer(text))
    return sorted(edits)


def _word_reading(text: str, match: re.Match[str], cases: WordCases) -> str:
    """A scanned word as it reads: its l read as I where the word shows it is one, its 0s and
    1s as the letters they stand for."""
    word = _capital_i(match.group(), cases)
    digits = [index for index, char in enumerate(word) if char in "01"]
    if not digits:
        return word
    known = _known_reading(word, digits, cases)
    if known is None and not all(_inside_letters(word, index) for index in digits):
        return word
    chars = list(word)
    for index in digits:
        letter = known[index] if known is not None else _letter_for(word, index)
        chars[index] = _in_case(word, index, letter, known, text, match.start(), cases)
    return "".join(chars)


def _capital_i(word: str, cases: WordCases) -> str:
    """``word`` with its l read as I in a word in capitals ("SERVlCE", "lZMAlL") and at its
    start before a consonant ("lzmail", "ln", "lnformation"), unless running text writes it."""
    if "l" not in word:
        return word
    letters = [char for char in word if char.isalpha() and char != "l"]
    if len(letters) >= 2 and all(char.isupper() for char in letters):
        return word.replace("l", "I")
    if (word[0] == "l" and len(word) > 1 and word[1] in ocr_shapes().l_as_i_before
            and _spelling(cases, word.lower()) is None
            and (len(word) >= 4 or _spelling(cases, "i" + word[1:].lower()) is not None)):
        return "I" + word[1:]
    return word


def _known_reading(word: str, digits: list[int], cases: WordCases) -> str | None:
    """The word with its digits read as letters so that running text writes it (lower case),
    trying l before i for each 1; None when no reading is known or there are too many 1s."""
    ones = [index for index in digits if word[index] == "1"]
    if len(ones) > MAX_CHOICES:
        return None
    base = ["o" if char == "0" else char.lower() for char in word]
    for letters in product("li", repeat=len(ones)):
        for index, letter in zip(ones, letters, strict=True):
            base[index] = letter
        reading = "".join(base)
        if _spelling(cases, reading) is not None:
            return reading
    return None


def _inside_letters(word: str, index: int) -> bool:
    """Whether the digit at ``index`` has letters on both sides, or enough on its one side at
    an edge of the word ("0pium"; not "1kg")."""
    if 0 < index < len(word) - 1:
        return True  # (the word's other characters are letters, 0s and 1s)
    return sum(char.isalpha() for char in word) >= WORD_EDGE_LETTERS


def _letter_for(word: str, index: int) -> str:
    """The letter a digit among letters stands for, in lower case: o for a 0; for a 1, l
    beside an l, an i or another 1 ("Va11ey", "Tbi1isi"), at the word's end ("Termina1") or
    before a vowel after a vowel or in a cluster ("tab1ets"), else i ("hero1n")."""
    if word[index] == "0":
        return "o"
    beside = word[max(index - 1, 0):index] + word[index + 1:index + 2]
    if any(char in "lLiI1" for char in beside) or index == len(word) - 1:
        return "l"
    near = word[max(index - 1, 0):index + 2]
    return "l" if _L_BEFORE_VOWEL.fullmatch(near) else "i"


def _in_case(word: str, index: int, letter: str, known: str | None, text: str, start: int,
             cases: WordCases) -> str:
    """The letter in the case of the letters beside it; a 0 opening a word in lower case
    reads O at a sentence's start ("0n 13.11"), where running text writes the word with a
    capital ("0desa", "Field 0ffice"), or where it does not write it and its ending is no
    common word's (a name)."""
    near = word[max(index - 1, 0):index + 2].replace(word[index], "")
    if near.isupper():
        return letter.upper()
    if index == 0 and word[0] == "0":
        form = _spelling(cases, known) if known is not None else None
        common = (form.islower() if form is not None
                  else word.lower().endswith(cases.lower_endings))
        if not common or _opens_sentence(text, start):
            return "O"
    return letter


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence: a sentence's end (not an abbreviation's
    stop, "p.m."), a line's start or the text's start before it."""
    before = text[max(start - 80, 0):start].rstrip(" \t")
    shapes = ocr_shapes()
    return (not before or before[-1] == "\n"
            or (before[-1] in shapes.sentence_end and not shapes.abbreviation_end.search(before)))


def _spelling(cases: WordCases, key: str) -> str | None:
    """How running text writes the lower-case word ``key`` (a word written either way, lower
    case as a common word and title case in names, as ``key``), or None if unknown."""
    form = cases.known_form(key)
    return key if form is None and key in cases.either else form


def _broken_words(text: str, cases: WordCases) -> list[Edit]:
    """The space inside a word a scan broke ("rev ealed", "ass istance"): its head and tail
    read as one word where running text writes it so and the tail alone is no word."""
    edits: list[Edit] = []
    for match in _BROKEN_WORD.finditer(text):
        head, tail = match.group(1), match.group(2)
        if (_spelling(cases, tail) is None
                and _spelling(cases, (head + tail).lower()) is not None):
            edits.append(Edit(match.end(1), match.end(), ""))
    return edits

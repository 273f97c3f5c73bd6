"""A document exported with its tracked changes and reviewers' comments, read as its final text.

A draft saved from a word processor with "All Markup" shown keeps what an editor struck out
("[Deleted: 12][Inserted: 14] crimes", CriticMarkup's "{--12--}{++14++}", a strikethrough
"~~12~~") and what reviewers wrote in the margin ("Comment [AK1]: check figure", inline
"[Comment [RB1]: ...]"). The text the release says is the final one: in a text that shows
several such marks a deleted run and a comment reads as nothing (with a space beside it where
two would meet, and with its line break where it fills a line), an inserted run as its body
without its marks. The marks are data: ``revisions.json``; a text without "[", "{" or "~~"
costs three substring tests, one with them a search.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .edits import Edit

REVISIONS_FILE = "revisions.json"
_CLOSING_SPACE_BEFORE = ".,;:!?)]"  # a hidden run before these takes the space before it


class _Delimited(NamedTuple):
    """A run between two marks on one paragraph, and whether its body is read."""

    pattern: re.Pattern[str]
    opening: int  # the length of its opening mark
    closing: int  # the length of its closing mark
    body_reads: bool


class RevisionMarks(NamedTuple):
    """``revisions.json`` compiled: the marks of a revised document."""

    sign: re.Pattern[str]  # any opening mark (the cheap test)
    bracketed: re.Pattern[str]  # '[<label>:' or '[<label> [AB1]:', group 'label'
    inserts: frozenset[str]  # the labels whose body is read (lower case)
    comment_line: re.Pattern[str]  # a margin comment filling its line
    delimited: tuple[_Delimited, ...]
    substitution: re.Pattern[str]  # '{~~old~>new~~}', group 'new'
    max_run: int
    min_marks: int


def _alternation(words: list[str]) -> str:
    """The words as one regex alternation, longest first, spaces matching any blank run."""
    return "|".join(re.escape(word).replace(r"\ ", r"[ \t]+")
                    for word in sorted(words, key=len, reverse=True))


def _tight(mark: dict[str, object], run: str) -> str:
    """The body of a delimited run, starting and ending with neither a space nor a tilde if
    the mark is tight (a strikethrough's '~~', not a scan's row of tildes '~~~~~~')."""
    return rf"(?=[^\s~]){run}(?<=[^\s~])" if mark.get("tight") else run


@lru_cache(maxsize=1)
def revision_marks() -> RevisionMarks:
    """The bundled marks of ``revisions.json``."""
    from .mask import read_data_json

    data = read_data_json(REVISIONS_FILE)
    labels = [*data["labels"]["delete"], *data["labels"]["insert"]]
    bracketed = re.compile(rf"\[(?P<label>{_alternation(labels)})"
                           rf"(?:[ \t]*{data['reviewer_id']})?[ \t]*:", re.IGNORECASE)
    comment_line = re.compile(rf"(?m)^[ \t]*{data['comment_line']}")
    run = r"(?:[^\n]|\n(?![ \t]*\n))+?"  # a run within one paragraph
    delimited = tuple(
        _Delimited(re.compile(rf"{re.escape(mark['open'])}{_tight(mark, run)}"
                              rf"{re.escape(mark['close'])}"),
                   len(mark["open"]), len(mark["close"]), mark["reads"] == "inside")
        for mark in data["delimited"])
    opening, middle, closing = (re.escape(mark) for mark in data["substitution"])
    substitution = re.compile(rf"{opening}{run}{middle}(?P<new>{run}){closing}")
    openers = [re.escape(mark["open"]) for mark in data["delimited"]]
    sign = re.compile("|".join([bracketed.pattern, comment_line.pattern.removeprefix("(?m)"),
                                *openers]), re.IGNORECASE | re.MULTILINE)
    return RevisionMarks(sign, bracketed,
                         frozenset(word.lower() for word in data["labels"]["insert"]),
                         comment_line, delimited, substitution, int(data["max_run"]),
                         int(data["min_marks"]))


def tracked_changes(text: str) -> list[Edit]:
    """Deleted runs and comments read as nothing and inserted runs without their marks, in a
    text with several marks of tracked changes (see the module's docstring); else no edit."""
    if "[" not in text and "{" not in text and "~~" not in text:
        return []  # every mark holds one (a plain text costs three substring tests)
    marks = revision_marks()
    if not marks.sign.search(text):
        return []
    edits: list[Edit] = []
    count = 0
    for match in marks.bracketed.finditer(text):
        close = _closing_bracket(text, match.start(), marks.max_run)
        if close is None:
            continue
        count += 1
        if " ".join(match.group("label").lower().split()) in marks.inserts:
            body = match.end() + (text[match.end():match.end() + 1] in " \t")
            edits.extend([Edit(match.start(), body, ""), Edit(close, close + 1, "")])
        else:
            edits.append(_hidden(text, match.start(), close + 1))
    for match in marks.comment_line.finditer(text):
        count += 1
        edits.append(_hidden(text, match.start(), match.end()))
    for match in marks.substitution.finditer(text):
        count += 1
        edits.extend([Edit(match.start(), match.start("new"), ""),
                      Edit(match.end("new"), match.end(), "")])
    for run in marks.delimited:
        for match in run.pattern.finditer(text):
            if match.end() - match.start() > marks.max_run:
                continue
            count += 1
            if run.body_reads:
                edits.extend([Edit(match.start(), match.start() + run.opening, ""),
                              Edit(match.end() - run.closing, match.end(), "")])
            else:
                edits.append(_hidden(text, match.start(), match.end()))
    return sorted(edits) if count >= marks.min_marks else []


def _closing_bracket(text: str, start: int, max_run: int) -> int | None:
    """The offset of the ``]`` closing the bracket at ``start`` (brackets inside counted),
    or None when none closes it within ``max_run`` characters of one paragraph."""
    depth = 0
    for index in range(start, min(len(text), start + max_run)):
        char = text[index]
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return index
        elif char == "\n" and text[index + 1:index + 2] == "\n":
            return None
    return None


def _hidden(text: str, start: int, end: int) -> Edit:
    """``text[start:end]`` read as nothing: with its line break when it fills its line, else
    with the space before it when a space or a closing sign follows ("hashish [Deleted: and
    marijuana] and" reads "hashish and")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:start].strip() and not text[end:line_end].strip():
        return Edit(line_start, min(line_end + 1, len(text)), "")
    after = text[end:end + 1]
    if start > 0 and text[start - 1] in " \t" and (not after or after in " \t\n"
                                                    or after in _CLOSING_SPACE_BEFORE):
        return Edit(start - 1, end, "")
    return Edit(start, end, "")

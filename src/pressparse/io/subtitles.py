"""Subtitle files (SRT, WebVTT) read as running text.

A video's subtitles cut its script into numbered cues, each under its timing line
("00:01:12,040 --> 00:01:15,200"), a sentence often split across two cues and across the
two lines of one cue. In a text with several timing lines the cue numbers and timing lines
read as nothing, and a cue's line that does not end a sentence goes on, with a space, on the
next line of text (in the same cue or the next one); a cue that ends a sentence keeps the
blank line under it, and a line in capitals or in brackets keeps its breaks, so headings,
sound notes and speakers' captions stay lines of their own. The shapes are data:
``subtitles.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .edits import Edit, line_span
from .wrapping import line_shapes

SUBTITLES_FILE = "subtitles.json"
TIME_ARROW = "-->"  # every timing line holds it: a text without it costs one substring test


class SubtitleShapes(NamedTuple):
    """``subtitles.json``: a cue's timing line and its number, and how many cues make a
    text subtitles."""

    time_code: re.Pattern[str]  # a whole timing line, its line break left out
    cue_number: re.Pattern[str]  # a whole cue-number line
    min_cues: int


@lru_cache(maxsize=1)
def subtitle_shapes() -> SubtitleShapes:
    """The bundled shapes of ``subtitles.json``."""
    from .mask import read_data_json

    data = read_data_json(SUBTITLES_FILE)
    return SubtitleShapes(re.compile(data["time_code"]), re.compile(data["cue_number"]),
                          int(data["min_cues"]))


class _Line(NamedTuple):
    """A line of the file, its leading and trailing spaces left out."""

    start: int  # offset of the line's first character
    end: int  # offset after its last non-space character
    kind: str  # "text", "blank" or "cue" (a cue number or a timing line)


def subtitle_cues(text: str) -> list[Edit]:
    """A subtitle file read as running text (see the module's docstring); else no edit."""
    if TIME_ARROW not in text:
        return []
    shapes = subtitle_shapes()
    lines = _lines(text, shapes)
    if sum(line.kind == "cue" and TIME_ARROW in text[line.start:line.end]
           for line in lines) < shapes.min_cues:
        return []
    sentence_end = line_shapes().sentence_end
    edits: list[Edit] = []
    previous: _Line | None = None  # the last line of a cue's text read so far
    crossed_cue = False  # a cue line lies between it and the line at hand
    cue_start = -1  # where the run of cue lines over the line at hand starts
    for line in lines:
        if line.kind == "cue":
            if not crossed_cue:
                cue_start = line.start
            crossed_cue = True
            continue
        if line.kind == "blank":
            continue
        if previous is not None and _goes_on(text[previous.start:previous.end],
                                             text[line.start:line.end], sentence_end):
            edits.append(Edit(previous.end, line.start, " "))
        elif crossed_cue:
            edits.append(Edit(cue_start, line.start, ""))
        # a line over the first cue (a file name, a title) is no cue's text
        previous = line if crossed_cue or previous is not None else None
        crossed_cue = False
    if crossed_cue:  # cue lines closing the text
        edits.append(Edit(cue_start, len(text), ""))
    return edits


def _goes_on(line: str, after: str, sentence_end: re.Pattern[str]) -> bool:
    """Whether a cue's ``line`` goes on on the line of text ``after`` it: it ends no sentence,
    and neither is a caption of its own (in capitals, or in brackets: "[music]", "(Border
    Service press office)")."""
    return not (sentence_end.search(line) or _is_caption(line) or _is_caption(after))


def _is_caption(line: str) -> bool:
    """Whether a cue's line is a caption: in capitals, or wholly in brackets."""
    return line.isupper() or (line[0] in "([" and line[-1] in ")]")


def _lines(text: str, shapes: SubtitleShapes) -> list[_Line]:
    """The text's lines, each a cue line (a timing line, or a number over one), a blank
    line or a line of text."""
    lines: list[_Line] = []
    at = 0
    raw = text.split("\n")
    for index, line in enumerate(raw):
        if not line.strip():
            kind = "blank"
        elif shapes.time_code.fullmatch(line) or (
                index + 1 < len(raw) and shapes.cue_number.fullmatch(line)
                and shapes.time_code.fullmatch(raw[index + 1])):
            kind = "cue"
        else:
            kind = "text"
        lines.append(_Line(*line_span(at, line), kind))
        at += len(line) + 1
    return lines

"""io/edits.line_span: a line's span without the spaces around it (mask's noise lines and a
subtitle file's cue lines both read it)."""

from __future__ import annotations

import pytest

from pressparse.io.edits import line_span


@pytest.mark.parametrize(("start", "line", "span"), [
    (0, "Share  |  Print", (0, 15)),
    (40, "   Vanuatu Police Force Media Unit   ", (43, 74)),
    (12, "\t00:00:04,120 --> 00:00:07,880\r", (13, 42)),  # a WebVTT cue line, CRLF file
    (7, "    ", (11, 7)),  # a blank line: its start lands after its end
    (3, "", (3, 3)),
])
def test_line_span(start: int, line: str, span: tuple[int, int]) -> None:
    assert line_span(start, line) == span

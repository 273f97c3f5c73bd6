"""Time bounds for the tests that guard against runaway work (catastrophic regex backtracking,
quadratic loops), which would take minutes. Bounds are scaled by ``PRESSPARSE_TIME_SLACK``
(default 10) so that a busy shared machine does not fail them; speed itself is measured in
``benchmarks/``, never here."""

from __future__ import annotations

import os

SLACK = float(os.environ.get("PRESSPARSE_TIME_SLACK", "10"))


def bound(seconds: float) -> float:
    """The wall-clock limit for work that takes well under ``seconds`` on an idle machine."""
    return seconds * SLACK

"""Precision/recall/F1 counters and one-to-one assignment."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

G = TypeVar("G")
P = TypeVar("P")


@dataclass
class PRF:
    """True positives, false positives and false negatives, with derived scores.

    ``judged``/``correct`` optionally count an accuracy beside the F1 (for event fields:
    paired events whose gold has the field, and those the prediction got right).
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    judged: int = 0
    correct: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.judged if self.judged else None

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def empty(self) -> bool:
        """Nothing in gold and nothing predicted."""
        return not (self.tp or self.fp or self.fn)

    @property
    def support(self) -> int:
        """Gold count (tp + fn)."""
        return self.tp + self.fn

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.judged += other.judged
        self.correct += other.correct

    def as_dict(self) -> dict[str, float | int | None]:
        result: dict[str, float | int | None] = {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4)}
        if self.judged:
            accuracy = self.accuracy
            result.update(judged=self.judged, correct=self.correct,
                          accuracy=None if accuracy is None else round(accuracy, 4))
        return result


def assign(scores: Sequence[Sequence[float | None]]) -> list[tuple[int, int]]:
    """Maximum-total one-to-one assignment of rows to columns (Hungarian algorithm).

    ``scores[i][j]`` is the benefit of pairing row i with column j, or ``None`` when the pair
    is not allowed. Rows may stay unpaired: only allowed pairs with a positive score are
    returned, as (row, column) tuples sorted by row.
    """
    n = len(scores)
    if n == 0:
        return []
    m = len(scores[0])
    if m == 0:
        return []
    # Columns m..m+n-1 are "unpaired" slots of cost 0, so forbidden pairs are never needed.
    forbidden = 1e9
    width = m + n
    cost = [[0.0] * (width + 1) for _ in range(n + 1)]
    for i in range(n):
        for j in range(m):
            score = scores[i][j]
            cost[i + 1][j + 1] = forbidden if score is None or score <= 0 else -float(score)
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (width + 1)
    owner = [0] * (width + 1)
    way = [0] * (width + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (width + 1)
        used = [False] * (width + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            row = cost[i0]
            for j in range(1, width + 1):
                if not used[j]:
                    cur = row[j] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(width + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]
    return sorted((i, j) for i, j in pairs if cost[i + 1][j + 1] < 0)


def match_lists(gold: Sequence[G], pred: Sequence[P],
                score: Callable[[G, P], float | None]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index) maximizing the summed ``score``."""
    return assign([[score(g, p) for p in pred] for g in gold])

"""PRF arithmetic and the one-to-one assignment."""

from __future__ import annotations

import itertools

import pytest

from pressparse.evaluate.matching import PRF, assign


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "precision", "recall", "f1"),
    [
        (0, 0, 0, 0.0, 0.0, 0.0),
        (1, 0, 0, 1.0, 1.0, 1.0),
        (1, 1, 0, 0.5, 1.0, 2 / 3),
        (1, 0, 1, 1.0, 0.5, 2 / 3),
        (3, 1, 2, 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35),
        (0, 4, 5, 0.0, 0.0, 0.0),
    ],
)
def test_prf(tp: int, fp: int, fn: int, precision: float, recall: float, f1: float) -> None:
    prf = PRF(tp, fp, fn)
    assert prf.precision == pytest.approx(precision)
    assert prf.recall == pytest.approx(recall)
    assert prf.f1 == pytest.approx(f1)
    assert prf.support == tp + fn


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ([], []),
        ([[]], []),
        ([[1.0]], [(0, 0)]),
        ([[None]], []),
        ([[0.0]], []),
        # greedy would take (0, 0) = 5 and leave row 1 unpaired; optimum pairs both
        ([[5.0, 4.0], [4.0, None]], [(0, 1), (1, 0)]),
        ([[1.0, 2.0, 3.0]], [(0, 2)]),
        ([[3.0], [2.0], [1.0]], [(0, 0)]),
        ([[None, None], [None, 2.0]], [(1, 1)]),
        ([[2.0, 1.0], [1.0, 2.0]], [(0, 0), (1, 1)]),
    ],
)
def test_assign(scores: list[list[float | None]], expected: list[tuple[int, int]]) -> None:
    assert assign(scores) == expected


@pytest.mark.parametrize("seed", range(20))
def test_assign_is_optimal_on_small_random_matrices(seed: int) -> None:
    import random

    rng = random.Random(seed)
    rows, cols = rng.randint(1, 4), rng.randint(1, 4)
    scores = [[rng.choice([None, 0.5, 1.0, 2.0, 3.5]) for _ in range(cols)] for _ in range(rows)]

    def total(pairs: list[tuple[int, int]]) -> float:
        return sum(scores[i][j] or 0.0 for i, j in pairs)

    best = 0.0
    for perm in itertools.permutations(range(max(rows, cols)), rows):
        pairs = [(i, j) for i, j in enumerate(perm) if j < cols and scores[i][j] is not None]
        best = max(best, total(pairs))
    found = assign(scores)
    assert total(found) == pytest.approx(best)
    assert len({j for _, j in found}) == len(found)

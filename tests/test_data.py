"""Tests for pressparse.data.gc_paused: no collection inside, what it made promoted after."""

from __future__ import annotations

import gc

import pytest

from pressparse import data
from pressparse.data import gc_paused


def test_young_generation_is_empty_after_the_block() -> None:
    if gc.get_freeze_count() or not gc.isenabled():
        pytest.skip("a frozen heap or collection off: nothing is promoted")
    with gc_paused():
        assert not gc.isenabled()
        made = [{"row": index} for index in range(5_000)]
    assert gc.isenabled()
    assert gc.get_count()[0] < 1_000  # the rows were handed on, not counted as young
    assert len(made) == 5_000


def test_inner_block_leaves_collection_off(monkeypatch: pytest.MonkeyPatch) -> None:
    promoted: list[bool] = []
    enabled = gc.isenabled()
    monkeypatch.setattr(data, "_promote_all", lambda: promoted.append(True))
    with gc_paused():
        with gc_paused():
            pass
        assert not gc.isenabled() and not promoted
    assert promoted == ([True] if enabled else [])


def test_frozen_heap_stays_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(gc, "get_freeze_count", lambda: 1)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(gc, "unfreeze", lambda: calls.append("unfreeze"))
    data._promote_all()
    assert calls == []


def test_a_heap_frozen_for_good_is_known_without_counting(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """After a batch run froze its loaded heap, gc_paused does not ask gc.get_freeze_count
    (it walks every frozen object) and leaves the heap frozen."""
    calls: list[str] = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(gc, "unfreeze", lambda: calls.append("unfreeze"))
    monkeypatch.setattr(gc, "get_freeze_count", lambda: calls.append("count") or 0)
    monkeypatch.setattr(data, "_heap_frozen", False)
    data.freeze_for_good()
    data._promote_all()
    assert calls == ["freeze"]

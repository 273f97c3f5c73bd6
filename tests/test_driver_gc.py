"""Batch runs' garbage-collector settings (freeze_loaded_heap): the young generation's
threshold is raised once, never lowered, never turned back on; output does not depend on it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

import pressparse
from pressparse import data, driver


@pytest.fixture
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A process where freeze_loaded_heap has not run yet (nothing is really frozen), its
    thresholds put back afterwards."""
    saved = gc.get_threshold()
    monkeypatch.setattr(driver, "_loaded_frozen", False)
    monkeypatch.setattr(gc, "freeze", lambda: None)
    monkeypatch.setattr(data, "_heap_frozen", False)
    yield
    gc.set_threshold(*saved)


@pytest.mark.parametrize(("before", "after"), [
    ((700, 10, 10), (driver.YOUNG_GC_THRESHOLD, 10, 10)),  # Python's default: raised
    ((2_000, 5, 20), (driver.YOUNG_GC_THRESHOLD, 5, 20)),  # older generations kept
    ((50_000, 10, 10), (50_000, 10, 10)),  # a process's higher threshold is kept
    ((0, 10, 10), (0, 10, 10)),  # automatic collection turned off stays off
])
def test_young_threshold_after_freeze(fresh_process: None, before: tuple[int, int, int],
                                      after: tuple[int, int, int]) -> None:
    gc.set_threshold(*before)
    driver.freeze_loaded_heap()
    assert gc.get_threshold() == after
    gc.set_threshold(700, 10, 10)
    driver.freeze_loaded_heap()  # once per process: a second call changes nothing
    assert gc.get_threshold() == (700, 10, 10)


TEXTS = [
    "WELLINGTON, 4 March 2026 - New Zealand Customs Service officers seized 38 kg of "
    "methamphetamine hidden in a shipment of tractor parts at the Port of Tauranga on "
    "Tuesday. Two men aged 41 and 29 were arrested.",
    "Lisbon, 17.09.2025 — A Polícia Judiciária dismantled a network moving cocaine through "
    "the port of Sines. Agents seized 1.250 kilograms of cocaine and arrested 6 people, "
    "including 2 Brazilian nationals.\n\nThe operation, code-named Operation Maré Alta, "
    "began in January with the support of Spain's Guardia Civil.",
    "Royal Malaysia Police\n\nKUALA LUMPUR: Police detained 14 suspects and seized "
    "ganja weighing 212 kilograms in raids across Kedah and Perlis between Nov 2 and Nov 6.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_output_is_the_same_at_either_threshold(text: str) -> None:
    saved = gc.get_threshold()
    try:
        outputs = []
        for young in (700, driver.YOUNG_GC_THRESHOLD):
            gc.set_threshold(young, *saved[1:])
            outputs.append(pressparse.extract(text, id="t", published="2026-03-05")
                           .model_dump_json(exclude={"pressparse_version"}))
    finally:
        gc.set_threshold(*saved)
    assert outputs[0] == outputs[1]

"""Driver speed paths: the reference re-run (an item whose dates needed a neighbour's
reference is put back into its state before the dates stage and read again in place; the
result must equal reading a freshly tokenized copy of the item, the way it was done before),
and the batch run's one garbage-collector freeze of the loaded pipeline."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from pressparse import data, driver
from pressparse.components.dates import NEIGHBOUR_REFERENCE_KEY
from pressparse.driver import Extractor, ItemPlan, ItemState
from pressparse.io.readers import from_text
from pressparse.io.writer import dump_line
from pressparse.pipeline import shared

DUMPS = [
    # a year-less headline item above an item that writes its year
    ("BORDER GUARDS STOP HEROIN COURIERS\n\nOn 15 April the Border Service of Tajikistan "
     "detained two couriers near Khorog with 6 kg of heroin.\n\nCSTO REPORTS RESULTS OF "
     "OPERATION KANAL\n\nASTANA, 20 April 2021 - The CSTO secretariat reported the results "
     "of operation \"Kanal\", in which 2 tons of drugs were seized.\n"),
    ("Police seize cocaine in port\nPosted on 3 June\n\nOn 1 June, police in Callao seized "
     "300 kg of cocaine hidden in a container of bananas.\n\nNavy intercepts boat off the "
     "coast\nPosted on 28 May 2022\n\nOn 27 May 2022, the navy intercepted a boat carrying "
     "1.2 tonnes of cocaine.\n"),
]


def _fresh_rerun(extractor: Extractor, doc: Doc, plan: ItemPlan, state: ItemState,
                 reader: Any, neighbour: bool = True) -> Doc:
    """The re-run as a newly tokenized doc of the item's text."""
    fresh = extractor.nlp.make_doc(doc.text)
    state.restore(fresh)
    fresh._.reference_date = plan.reference
    if neighbour:
        fresh.user_data[NEIGHBOUR_REFERENCE_KEY] = True
    return reader(fresh)


@pytest.mark.parametrize("text", DUMPS)
def test_in_place_rerun_equals_a_rerun_on_a_fresh_doc(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    extractor = Extractor(shared(), time_budget=None)
    reruns: list[int] = []
    in_place = Extractor._rerun_reader

    def counted(self: Extractor, doc: Doc, plan: ItemPlan, state: ItemState,
                reader: Any, neighbour: bool = True) -> Doc:
        reruns.append(plan.start)
        return in_place(self, doc, plan, state, reader, neighbour)

    monkeypatch.setattr(Extractor, "_rerun_reader", counted)
    expected_line = dump_line(extractor(from_text(text, id="x")))
    assert reruns, "the dump should make at least one item take a neighbour's reference"
    monkeypatch.setattr(Extractor, "_rerun_reader",
                        lambda self, doc, plan, state, reader, neighbour=True:
                        _fresh_rerun(self, doc, plan, state, reader, neighbour))
    assert dump_line(extractor(from_text(text, id="x"))) == expected_line


@pytest.mark.parametrize("batches", [1, 3])
def test_a_batch_run_freezes_the_loaded_objects_once(
        batches: int, monkeypatch: pytest.MonkeyPatch) -> None:
    freezes: list[bool] = []
    monkeypatch.setattr(driver, "_loaded_frozen", False)
    # as after any earlier batch run of the process (the state this test met in the whole
    # suite): gc_paused's own freeze-unfreeze promotion is not counted (run alone, it was)
    monkeypatch.setattr(data, "_heap_frozen", True)
    monkeypatch.setattr(driver.gc, "freeze", lambda: freezes.append(True))
    for _ in range(batches):
        documents = list(driver.extract_many(DUMPS, nlp=shared(), time_budget=None))
        assert [len(d.items) for d in documents] == [2, 2]
    assert freezes == [True]

"""DATE entities: dates, ranges, relative dates, durations and sets, normalized (TIMEX3 too)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from ..spans import Candidate, add_entities
from ..temporal.context import latest_explicit_date
from ..temporal.tagger import DateTagger, tagger_for
from .base import DataComponent

WINDOW_BEFORE = 6  # tokens before an anchor a date expression may start ("between late ...")
WINDOW_AFTER = 5  # tokens after an anchor it may still run ("June 17 - 28 , 2024")


def reference_of(doc: Doc) -> date | None:
    """The doc's reference date: ``doc._.reference_date``, else an ISO ``doc._.published``."""
    for value in (doc._.reference_date, doc._.published):
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str) and len(value) >= 10:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def _default_tagger() -> DateTagger:
    from ..pipeline import model_path

    return tagger_for(str(model_path() / DateRecognizer.factory))


def explicit_reference(doc: Doc | str, tagger: DateTagger | None = None) -> date | None:
    """The latest date written in full (with its year) in a doc or text, or None.

    A driver can use it on neighbouring items to give a year-less item a reference date.
    """
    text = doc if isinstance(doc, str) else doc.text
    tagger = tagger or _default_tagger()
    return latest_explicit_date(tagger.find(text))


class DateRecognizer(DataComponent):
    """Dates, date ranges, relative dates and durations, normalized with year inference."""

    factory = "pressparse_dates"

    def load(self, data_dir: Path) -> None:
        self.tagger = tagger_for(str(data_dir))
        self.flag = self.nlp.vocab.add_flag(self.tagger.is_anchor)

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Character windows around the tokens that can anchor a date (vocabulary flag)."""
        table = doc.to_array([self.flag, IDX])
        anchors = numpy.flatnonzero(table[:, 0])
        if len(anchors) == 0:
            return []
        last_token = len(doc) - 1
        text_end = len(doc.text)
        spans: list[tuple[int, int]] = []
        low = high = -1
        for anchor in anchors.tolist():
            lo, hi = max(0, anchor - WINDOW_BEFORE), min(last_token, anchor + WINDOW_AFTER)
            if lo <= high:
                high = hi
                continue
            if high >= 0:
                spans.append((low, high))
            low, high = lo, hi
        spans.append((low, high))
        starts = table[:, 1].tolist()
        return [(starts[lo], starts[hi + 1] if hi < last_token else text_end)
                for lo, hi in spans]

    def process(self, doc: Doc) -> Doc:
        windows = self.windows(doc)
        if not windows:
            return doc
        text = doc.text
        found = self.tagger.find(text, windows)
        if not found:
            return doc
        reference = reference_of(doc)
        candidates = [Candidate(start, end, "DATE", value)
                      for start, end, value in self.tagger.resolve(text, found, reference)]
        add_entities(doc, candidates)
        return doc

    def normalize(self, text: str, reference: date | None = None) -> \
            list[tuple[int, int, dict[str, Any]]]:
        """(start, end, normalized) for every expression of a text, without a Doc."""
        self.ensure_loaded()
        return self.tagger.tag(text, reference)


@Language.factory("pressparse_dates", default_config={"data_dir": None})
def make_dates(nlp: Language, name: str, data_dir: str | None) -> DateRecognizer:
    return DateRecognizer(nlp, name, data_dir)

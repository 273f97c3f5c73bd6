"""DATE entities: dates, ranges, relative dates, durations and sets, normalized (TIMEX3 too)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import IDX, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from ..spans import Candidate, add_entities
from ..temporal.context import latest_explicit_date
from ..temporal.tagger import DateTagger, tagger_for
from .base import DataComponent

WINDOW_BEFORE = 4  # tokens before an anchor an expression may start ("the end of the year")
WINDOW_AFTER = 3  # tokens after an anchor it may still run ("May 20 - 22")


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


class TokenTable:
    """Token offsets and strings of a doc (from ``Doc.to_array``), to rebuild stretches of its
    text cheaply: ``doc.text`` creates a Token object per token."""

    def __init__(self, doc: Doc, array: numpy.ndarray) -> None:
        self.strings = doc.vocab.strings
        self.array = array
        self._whole: str | None = None

    def text(self, lo: int, hi: int) -> tuple[int, str]:
        """(offset, text) of tokens lo..hi (inclusive)."""
        strings = self.strings
        rows = self.array[lo:hi + 1, 1:4].tolist()
        return rows[0][0], "".join(
            [strings[orth] + " " if space else strings[orth] for _idx, orth, space in rows])

    def around(self, start: int, end: int) -> tuple[int, str]:
        """(0, whole text): rebuilt once, on the first call, for tense and dateline checks."""
        if self._whole is None:
            self._whole = self.text(0, len(self.array) - 1)[1]
        return 0, self._whole


class DateRecognizer(DataComponent):
    """Dates, date ranges, relative dates and durations, normalized with year inference."""

    factory = "pressparse_dates"

    def load(self, data_dir: Path) -> None:
        self.tagger = tagger_for(str(data_dir))
        self.flag = self.nlp.vocab.add_flag(self.tagger.is_anchor)

    def windows(self, doc: Doc) -> tuple[list[tuple[int, str]], TokenTable | None]:
        """(offset, text) of the stretches around tokens that can anchor a date.

        Anchors are found with a vocabulary flag (computed once per word type), and only the
        windows' text is rebuilt and searched: ``doc.text`` would rebuild all of it.
        """
        array = doc.to_array([self.flag, IDX, ORTH, SPACY])
        anchors = array[:, 0].nonzero()[0].tolist()
        if not anchors:
            return [], None
        table = TokenTable(doc, array)
        last_token = len(doc) - 1
        ranges: list[list[int]] = []
        for anchor in anchors:
            lo, hi = max(0, anchor - WINDOW_BEFORE), min(last_token, anchor + WINDOW_AFTER)
            if ranges and lo <= ranges[-1][1] + 1:
                ranges[-1][1] = hi
            else:
                ranges.append([lo, hi])
        return [table.text(lo, hi) for lo, hi in ranges], table

    def process(self, doc: Doc) -> Doc:
        windows, table = self.windows(doc)
        if table is None:
            return doc
        found = self.tagger.find_in_windows(windows)
        if not found:
            return doc
        values = self.tagger.resolve(found, reference_of(doc), table.around)
        add_entities(doc, [Candidate(start, end, "DATE", value) for start, end, value in values])
        return doc

    def normalize(self, text: str, reference: date | None = None) -> \
            list[tuple[int, int, dict[str, Any]]]:
        """(start, end, normalized) for every expression of a text, without a Doc."""
        self.ensure_loaded()
        return self.tagger.tag(text, reference)


@Language.factory("pressparse_dates", default_config={"data_dir": None})
def make_dates(nlp: Language, name: str, data_dir: str | None) -> DateRecognizer:
    return DateRecognizer(nlp, name, data_dir)

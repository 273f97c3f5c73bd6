"""Dates, date ranges, relative dates and durations, normalized with year inference."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .base import DataComponent


class DateRecognizer(DataComponent):
    """Dates, date ranges, relative dates and durations, normalized with year inference."""

    factory = "pressparse_dates"

    def process(self, doc: Doc) -> Doc:
        return doc


@Language.factory("pressparse_dates", default_config={"data_dir": None})
def make_dates(nlp: Language, name: str, data_dir: str | None) -> DateRecognizer:
    return DateRecognizer(nlp, name, data_dir)

"""Temporal expressions: grammar, parsing, year inference, TIMEX3 normalization."""

from .expressions import (
    CalendarPeriod,
    CalendarRange,
    Duration,
    Expression,
    Recurrence,
    ReferenceToken,
    RelativePeriod,
)
from .resolve import Reference, Resolver
from .tagger import DateTagger, tagger_for

__all__ = [
    "CalendarPeriod", "CalendarRange", "DateTagger", "Duration", "Expression", "Recurrence",
    "Reference", "ReferenceToken", "RelativePeriod", "Resolver", "tagger_for",
]

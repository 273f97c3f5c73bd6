"""Measuring expressions in text: numbers, units, qualifiers, counted things, conversions.

The QUANTITY component (``components/quantities.py``) is a thin spaCy wrapper around
:class:`~pressparse.measure.scanner.QuantityScanner`, which works on plain text and offsets.
"""

from .lexicon import Lexicon, load_lexicon
from .scanner import QuantityScanner, RawQuantity

__all__ = ["Lexicon", "QuantityScanner", "RawQuantity", "load_lexicon"]

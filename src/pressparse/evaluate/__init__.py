"""Scoring pressparse against annotated samples: entity spans and values, event fields.

Library use::

    from pressparse.evaluate import read_annotations, score_system
    gold = read_annotations(Path("samples/test"))
"""

from __future__ import annotations

from .corpus import AnnotationError, AnnotationWarning, EvalDoc, pair_predictions, read_predictions
from .matching import PRF, assign
from .readers import LabelMap, read_annotations
from .scoring import SystemResult, score_system

__all__ = ["PRF", "AnnotationError", "AnnotationWarning", "EvalDoc", "LabelMap",
           "SystemResult", "assign", "pair_predictions", "read_annotations",
           "read_predictions", "score_system"]

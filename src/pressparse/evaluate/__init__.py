"""Scoring pressparse against annotated samples: entity spans and values, event fields.

Command line (``pressparse evaluate``)::

    pressparse evaluate samples/test                      # run the pipeline, print tables
    pressparse evaluate samples/test --pred out.jsonl     # score saved predictions
    pressparse evaluate samples/test --json r.json --html r.html --baseline naive
    pressparse evaluate samples/test --min-f1 default --min-f1 COUNTRY=0.99
    pressparse evaluate export.json --format labelstudio --label-map labels.json

Scores:

- entities per label: *strict* (same start, end, label), *overlap* (same label, overlapping
  characters, paired one to one), *value accuracy* (overlap pairs whose normalized value
  agrees on the keys in ``fields.json``: COUNTRY iso2; ORG, LOC, SUBSTANCE, OPERATION name;
  DATE start+end; QUANTITY value+unit+qualifier+kg), *value F1* (strict span and right
  value: the gated score), and for QUANTITY the *link* accuracy (what it counts or weighs);
- events: paired one to one per document (Hungarian assignment on evidence overlap, name,
  shared seizures, same type within overlapping items), then each field (type, name,
  start_date, end_date, dates, location, organizers, participants, observers, countries,
  seizures by substance + kg within 1 %, counts) scored as slot-filling P/R/F1, with the
  accuracy of scalar fields on paired events.

Gold formats: pressparse's own (folder of ``NAME.gold.json`` + ``NAME.txt``, or JSONL of
Documents with ``text``), Label Studio JSON export, doccano JSONL, Prodigy JSONL and spaCy
DocBin. Thresholds for ``--min-f1 default`` live in ``thresholds.json``.

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

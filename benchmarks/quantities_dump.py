"""Dump the QUANTITY stage's output, to check that a speed change keeps it identical.

Usage: python benchmarks/quantities_dump.py OUT.jsonl [--corpus 1000] [--inputs DOCS.pickle]
       [--profile]

Items: every news item of samples/*/*.txt and of the first benchmark-corpus documents
(corpus.py) until ``--corpus`` items, segmented as stages.py does. Each item runs through
the components before ``pressparse_quantities``; then the stage runs and one JSON line per
item records every entity (offsets, label, normalized value) after it. Compare two dumps
byte for byte (``cmp``). ``--profile`` prints a cProfile of the stage alone instead.
``--inputs``: the docs as they reach the stage, pickled on the first run and read back on
later runs, so that edits to the earlier components (other people's work in the same tree)
do not change the stage's input between two dumps.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus
from spacy.language import Language
from spacy.tokens import Doc
from stages import item_texts

from pressparse.driver import pipeline_view
from pressparse.extensions import VALUES_KEY
from pressparse.io.mask import mask_noise
from pressparse.io.segment import segment
from pressparse.pipeline import shared

STAGE = "pressparse_quantities"


def sample_items() -> list[str]:
    """The news items of every sample text, as the driver segments them."""
    items: list[str] = []
    for path in corpus.set_text_paths():
        text = path.read_text(encoding="utf-8")
        view, _positions = pipeline_view(mask_noise(text)[0])
        items += [view[seg.start:seg.end] for seg in segment(view, masked=True, original=text)]
    return items


def stage_inputs(nlp: Language, corpus_items: int) -> list[Doc]:
    """The sample and corpus items after the components that run before the stage."""
    texts = sample_items()
    documents = 0
    items: list[str] = []
    while len(items) < corpus_items:
        documents += 100
        items = item_texts(documents)
    texts += items[:corpus_items]
    docs = [nlp.make_doc(t) for t in texts]
    for name, component in nlp.pipeline:
        if name == STAGE:
            break
        docs = [component(doc) for doc in docs]
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--corpus", type=int, default=1000)
    parser.add_argument("--inputs", type=Path)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    nlp = shared()
    stage = dict(nlp.pipeline)[STAGE]
    if args.inputs and args.inputs.exists():
        docs = pickle.loads(args.inputs.read_bytes())
    else:
        docs = stage_inputs(nlp, args.corpus)
        if args.inputs:
            args.inputs.write_bytes(pickle.dumps(docs))
    if args.profile:
        import cProfile
        import pstats

        stage.ensure_loaded()
        copies = [doc.copy() for doc in docs]
        profiler = cProfile.Profile()
        profiler.enable()
        for doc in copies:
            stage(doc)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(35)
        return
    with open(args.out, "w", encoding="utf-8") as out:
        for doc in docs:
            doc = stage(doc)
            values = doc.user_data.get(VALUES_KEY, {})
            ents = [[ent.start, ent.end, ent.start_char, ent.end_char, ent.label_,
                     values.get((ent.start_char, ent.end_char, ent.label_))]
                    for ent in doc.ents]
            stored = sorted([list(key), value] for key, value in values.items()
                            if key[2] == "QUANTITY")
            out.write(json.dumps({"ents": ents, "quantity_values": stored},
                                 sort_keys=True) + "\n")
    print(f"{len(docs)} items written to {args.out}")


if __name__ == "__main__":
    main()

"""Dump the pipeline's output on every sample text, one JSON line per text (team tool).

Run: ``PYTHONPATH=<tree>/src .venv/bin/python scripts/dump_outputs.py OUT.jsonl [SET ...]``
(default: every set under samples/ less those named in ``samples/SEALED``). Each text is
extracted with its gold file's ``published`` date; the version field is left out, so two
dumps of trees that should behave alike compare with ``cmp``: a refactor that claims "same
output" proves it this way.
"""

from __future__ import annotations

import sys
from pathlib import Path

import orjson
from score_sets import SAMPLES, sealed_sets

import pressparse


def sample_texts(sets: list[str]) -> list[Path]:
    """The ``.txt`` files of the named sets (all but ``ann/`` and sealed ones if none)."""
    if sets:
        return sorted(path for name in sets for path in (SAMPLES / name).glob("*.txt"))
    skipped = sealed_sets() | {"ann"}
    return sorted(path for path in SAMPLES.glob("*/*.txt") if path.parent.name not in skipped)


def main(argv: list[str]) -> None:
    out_path, sets = Path(argv[0]), argv[1:]
    with out_path.open("w", encoding="utf-8") as out:
        for text_path in sample_texts(sets):
            gold = orjson.loads(text_path.with_name(text_path.stem + ".gold.json").read_bytes())
            document = pressparse.extract(text_path.read_text(encoding="utf-8"),
                                          id=text_path.stem, published=gold.get("published"))
            out.write(document.model_dump_json(exclude={"pressparse_version"}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])

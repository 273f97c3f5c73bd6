"""Score the pipeline on several sample sets and print one table of F1s (team tool).

Run: ``.venv/bin/python scripts/score_sets.py TAG [--tree DIR] [SET ...]`` (default sets: test,
dev and every held-out and news-wire set). For each set it runs ``pressparse evaluate
samples/SET --json /tmp/ev_TAG_SET.json`` with the code of ``DIR/src`` (default: this checkout),
so a clean worktree of another commit can be scored against the same gold, then prints entity
value F1s (ALL also strict), event-field F1s (type: accuracy) and the exact news-item F1.
``--errors FIELD`` instead prints the errors of a label or event field from the JSON files
already written under TAG.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
COLUMNS = ("strict", "value", "ORG", "LOC", "DATE", "QTY", "ev", "type", "dates", "seiz", "ctry",
           "orgz", "part", "loc", "cnt", "items")


def sealed_sets() -> set[str]:
    """Sets named in ``samples/SEALED`` (one per line): written this session to be scored only
    at its end, so a default run leaves them out (name them to score them)."""
    path = SAMPLES / "SEALED"
    return set(path.read_text(encoding="utf-8").split()) if path.exists() else set()


def default_sets() -> list[str]:
    """test, dev, then the held-out and news-wire sets in numeric order, less sealed ones."""
    def order(name: str) -> tuple[str, int]:
        digits = name.lstrip("abcdefghijklmnopqrstuvwxyz")
        return name.rstrip("0123456789"), int(digits) if digits else 0
    sealed = sealed_sets()
    others = sorted((p.name for p in SAMPLES.iterdir()
                     if p.is_dir() and p.name.startswith(("holdout", "newswire"))
                     and p.name not in sealed), key=order)
    return ["test", "dev", *others]


def report_path(tag: str, name: str) -> Path:
    return Path("/tmp") / f"ev_{tag}_{name}.json"


def evaluate(tag: str, tree: Path, name: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    subprocess.run([sys.executable, "-m", "pressparse", "evaluate", str(SAMPLES / name),
                    "--json", str(report_path(tag, name))],
                   env=env, cwd=tree, check=False, stdout=subprocess.DEVNULL)


def entity_f1(system: dict[str, Any], label: str, kind: str = "value") -> float | None:
    """A label's F1 (``value`` or ``strict``), None where the gold has none of it."""
    scores = system["entities"].get(label)
    return scores[kind]["f1"] if scores and scores["gold"] else None


def event_score(system: dict[str, Any], field: str, measure: str = "f1") -> float | None:
    """An event field's score (``f1`` or ``accuracy``), None where nothing was judged."""
    scores = system.get("events", {}).get(field)
    judged = scores and scores.get("tp", 0) + scores.get("fn", 0)
    return scores.get(measure) if judged else None


def row(system: dict[str, Any]) -> list[float | None]:
    entity, event = partial(entity_f1, system), partial(event_score, system)
    return [entity("ALL", "strict"), entity("ALL"), entity("ORG"), entity("LOC"), entity("DATE"),
            entity("QUANTITY"), event("events"), event("type", "accuracy"), event("dates"),
            event("seizures"), event("countries"), event("organizers"), event("participants"),
            event("location"), event("counts"), system["items"]["f1"]]


def print_table(tag: str, names: list[str]) -> None:
    width = max(len(name) for name in names)
    print(f"{'set':{width}} " + " ".join(f"{column:>5}" for column in COLUMNS))
    for name in names:
        path = report_path(tag, name)
        if not path.exists():
            print(f"{name:{width}} (no report)")
            continue
        system = json.loads(path.read_text("utf-8"))["systems"]["pressparse"]
        cells = ("  -  " if value is None else f"{100 * value:5.1f}" for value in row(system))
        print(f"{name:{width}} " + " ".join(cells))


def print_errors(tag: str, names: list[str], field: str) -> None:
    for name in names:
        path = report_path(tag, name)
        if not path.exists():
            continue
        for error in json.loads(path.read_text("utf-8"))["systems"]["pressparse"]["errors"]:
            if field in ("all", error.get("label")):
                print(f"[{name}] {error['doc_id'][:40]} {error['scope']}/{error['kind']} "
                      f"{error.get('label')} {error.get('text')!r} gold={error.get('gold')} "
                      f"pred={error.get('pred')} {error.get('note', '')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tag")
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--tree", type=Path, default=ROOT, help="checkout whose src/ is scored")
    parser.add_argument("--errors", metavar="FIELD", help="print errors of FIELD (or 'all')")
    args = parser.parse_intermixed_args()
    names = args.sets or default_sets()
    if args.errors:
        print_errors(args.tag, names, args.errors)
        return
    for name in names:
        evaluate(args.tag, args.tree.resolve(), name)
    print_table(args.tag, names)


if __name__ == "__main__":
    main()

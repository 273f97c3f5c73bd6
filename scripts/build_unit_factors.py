"""Write pressparse_quantities/unit_factors.jsonl: every conversion units.jsonl asks for,
computed with pint, so that loading the pipeline needs no pint registry (about 0.5 s).

Run after editing units.jsonl: ``.venv/bin/python scripts/build_unit_factors.py``.
tests/measure/test_unit_factors.py checks the file against pint and against units.jsonl.
"""

from __future__ import annotations

from pathlib import Path

import orjson

from pressparse.data import read_jsonl
from pressparse.measure.conversion import factor
from pressparse.measure.records import UnitRecord

DATA = Path(__file__).resolve().parents[1] / "models" / "pressparse-en" / "pressparse_quantities"
HEADER = ("# Unit conversion factors computed with pint by scripts/build_unit_factors.py from "
          "units.jsonl\n# (one per pint expression and target); regenerate after editing "
          "units.jsonl.\n")


def conversions(data_dir: Path = DATA) -> list[tuple[str, str]]:
    """Every (pint expression, target) pair units.jsonl converts, in file order."""
    pairs: dict[tuple[str, str], None] = {}
    for record in read_jsonl(data_dir / "units.jsonl", UnitRecord):
        if record.pint and record.to:
            pairs[(record.pint, record.to)] = None
        if record.imperial and record.imperial.pint and record.to:
            pairs[(record.imperial.pint, record.to)] = None
    return list(pairs)


def main() -> None:
    lines = [orjson.dumps({"pint": source, "to": target, "factor": factor(source, target)})
             for source, target in conversions()]
    (DATA / "unit_factors.jsonl").write_bytes(HEADER.encode() + b"\n".join(lines) + b"\n")
    print(f"wrote {len(lines)} factors")


if __name__ == "__main__":
    main()

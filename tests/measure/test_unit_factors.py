"""The precomputed unit factors agree with pint and cover every conversion units.jsonl asks for."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pressparse.data import read_jsonl
from pressparse.measure.conversion import factor
from pressparse.measure.records import UnitFactorRecord

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from build_unit_factors import DATA, conversions  # noqa: E402

TABLE = read_jsonl(DATA / "unit_factors.jsonl", UnitFactorRecord)


@pytest.mark.parametrize("record", TABLE, ids=[f"{r.pint}->{r.to}" for r in TABLE])
def test_factor_is_pint_s(record: UnitFactorRecord) -> None:
    assert record.factor == pytest.approx(factor(record.pint, record.to), rel=1e-12)


def test_every_conversion_of_units_jsonl_is_precomputed() -> None:
    assert set(conversions()) == {(r.pint, r.to) for r in TABLE}


def test_loading_the_pipeline_needs_no_pint_registry() -> None:
    import subprocess

    code = ("import sys; from pressparse.pipeline import shared; nlp = shared(); "
            "[p.ensure_loaded() for _, p in nlp.pipeline]; print('pint' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=True)
    assert result.stdout.strip() == "False"

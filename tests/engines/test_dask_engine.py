"""--engine dask on a local cluster gives the same records as the local run.

Skipped when the optional extra is missing: pip install 'pressparse[dask]'.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

pytest.importorskip("dask.bag")
pytest.importorskip("dask.distributed")

from pressparse.cli import app
from pressparse.engines.dask_bag import run_dask

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "dev"


@pytest.fixture()
def inputs(tmp_path: Path) -> list[str]:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(SAMPLES.glob("*.txt"))[:7]:
        shutil.copy(path, folder / path.name)
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 8)
    # ids repeated across inputs (dask wrote them unrenamed) and a JSONL file inside the
    # folder between text files (dask ran every text file before every JSONL file)
    first = sorted(SAMPLES.glob("*.txt"))[0].stem
    (folder / "c.jsonl").write_text(f'{{"id": "{first}", "text": "Talks in Baku."}}\n'
                                    '{"id": "j1", "text": "Talks in Minsk."}\n')
    jsonl = tmp_path / "more.jsonl"
    jsonl.write_bytes(b'{"id": "j1", "text": "Police in Osh seized 2 kg of opium."}\n[1]\n'
                      b'{"id": "j3", "text": "Talks in Minsk on 3 May 2024."}\n')
    return [str(folder), str(jsonl)]


def test_dask_output_equals_local_run(inputs: list[str], tmp_path: Path) -> None:
    local = tmp_path / "local.jsonl"
    result = CliRunner().invoke(app, ["extract", *inputs, "-o", str(local), "-q"])
    assert result.exit_code == 1  # the binary file and the [1] line have errors
    run = run_dask(inputs, tmp_path / "dask_out", n_workers=2, files_per_partition=3)
    assert run.partitions >= 3
    assert not (tmp_path / "dask_out.partial").exists()
    distributed = b"".join(part.read_bytes() for part in run.files)
    records = [orjson.loads(x) for x in local.read_bytes().splitlines()]
    assert [orjson.loads(x) for x in distributed.splitlines()] == records
    assert sum(record["id"].startswith("j1") for record in records) == 2
    assert len({record["id"] for record in records}) == len(records)


def test_cli_engine_dask_refuses_existing_output(inputs: list[str], tmp_path: Path) -> None:
    out = tmp_path / "parts"
    out.mkdir()
    result = CliRunner().invoke(app, ["extract", *inputs, "-o", str(out), "--engine", "dask",
                                      "-q"])
    assert result.exit_code == 2
    result = CliRunner().invoke(app, ["extract", *inputs, "--engine", "dask", "-q"])
    assert result.exit_code == 2  # needs --output

"""process_partition: the engine-neutral contract used by Dask, Spark and Ray."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import orjson

from pressparse.driver import extract_many
from pressparse.engines import process_partition
from pressparse.engines.partition import process_batch
from pressparse.schema import json_schema

RECORDS = [
    {"id": "a", "text": "On 3 May 2024 police in Osh seized 12 kg of heroin."},
    {"id": "b", "text": "Talks between Kazakhstan and Belarus were held in Minsk."},
    {"id": "c", "text": 17},
    {"id": "d"},
    "not a record",
    {"id": "f", "text": ""},
]


def test_one_output_per_record_in_order_and_schema_valid() -> None:
    validator = jsonschema.Draft202012Validator(json_schema())
    outputs = list(process_partition(iter(RECORDS)))
    assert [o["id"] for o in outputs] == ["a", "b", "c", "d", "4", "f"]
    for output in outputs:
        validator.validate(output)
        orjson.dumps(output)
    assert [bool(o["errors"]) for o in outputs] == [False, False, True, True, True, False]


def test_same_as_the_local_driver() -> None:
    good = RECORDS[:2]
    local = [d.model_dump(mode="json", by_alias=True) for d in extract_many(good)]
    assert list(process_partition(good)) == local


def test_ray_style_batches() -> None:
    batch = {"id": ["x", "y"], "text": ["Seized 3 kg in Osh.", "Talks in Baku on 4 May."]}
    result = process_batch(batch)
    assert result["id"] == ["x", "y"]
    assert [orjson.loads(d)["id"] for d in result["document"]] == ["x", "y"]


def test_dask_plan_skips_the_output_folder_in_globs_and_folders(tmp_path) -> None:
    """A rerun with --force whose glob or folder holds the output folder planned the last
    run's part files as inputs before (dask itself is not needed to plan)."""
    from pressparse.engines.dask_bag import plan_inputs
    from pressparse.io.readers import ReadOptions, output_exclusions

    (tmp_path / "a.txt").write_text("Talks in Minsk on 3 May 2024.")
    parts = tmp_path / "out"
    parts.mkdir()
    (parts / "part-00000.jsonl").write_text('{"id": "a", "items": []}\n')
    options = ReadOptions(exclude=output_exclusions(parts, tmp_path / "out.partial"))
    for spec in (str(tmp_path), f"{tmp_path}/*"):
        partitions = plan_inputs([spec], options)
        assert [[task.doc_id for task in tasks] for tasks in partitions] == [["a"]]


def _repeated_ids_inputs(tmp_path: Path) -> list[str]:
    """Text files and JSONL files whose ids repeat across inputs (and one already ~1)."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Talks in Minsk on 3 May 2024.")
    (folder / "b.jsonl").write_bytes(b'{"id": "a", "text": "Police in Osh seized 2 kg."}\n'
                                     b'{"id": "a~1", "text": "x"}\n{"id": "b", "text": "y"}\n')
    (folder / "sub" / "c.txt").write_text("z")
    more = tmp_path / "more.jsonl"
    more.write_bytes(b'{"id": "a", "text": "Talks in Baku."}\n[1]\n{"id": "sub/c", "text": "w"}\n')
    return [str(folder), str(more), str(tmp_path / "missing.txt"), str(tmp_path / "none*.txt")]


def test_dask_plan_gives_the_local_ids_and_order(tmp_path: Path) -> None:
    """Repeated ids across inputs were renamed by the local run only (--engine dask wrote
    'a' three times), and dask ran text files before all JSONL files; the plan now gives the
    same ids, renaming warnings and order as the local reader."""
    from pressparse.engines.dask_bag import _task_inputs, plan_inputs
    from pressparse.io.readers import ReadOptions, read_inputs, unique_ids

    specs = _repeated_ids_inputs(tmp_path)
    options = ReadOptions()
    local = [(d.id, d.text, d.error, d.warnings) for d in unique_ids(read_inputs(specs, options))]
    partitions = plan_inputs(specs, options, files_per_partition=1)
    planned = [(d.id, d.text, d.error, d.warnings)
               for tasks in partitions for d in _task_inputs(tasks, options)]
    assert planned == local
    assert [doc_id for doc_id, *_ in local] == [
        "a", "a~1", "a~1~1", "b", "sub/c", "a~2", f"{tmp_path / 'more.jsonl'}:2", "sub/c~1",
        str(tmp_path / "missing.txt"), str(tmp_path / "none*.txt")]

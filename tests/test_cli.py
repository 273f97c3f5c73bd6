"""The `pressparse extract` command on a folder of samples: every line schema-valid."""

from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import orjson
import pytest
from typer.testing import CliRunner

from pressparse.cli import app
from pressparse.schema import json_schema

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "dev"
runner = CliRunner()
CLI = [sys.executable, "-c", "from pressparse.cli import app; app()"]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = orjson.loads(result.stdout)
    assert schema == json_schema()
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture()
def sample_folder(tmp_path: Path) -> Path:
    """Up to 12 sample texts (our own) plus a generated one, in a scratch folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(SAMPLES.glob("*.txt"))[:12]:
        shutil.copy(path, folder / path.name)
    (folder / "extra.txt").write_text(
        "ASTANA, 3 May 2024 -- Customs officers seized 14 kg of hashish at the border.\n")
    return folder


def lines_of(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def run(*args: str) -> object:
    return runner.invoke(app, ["extract", *args, "--quiet"])


def test_folder_to_jsonl_all_lines_valid(sample_folder: Path, tmp_path: Path,
                                         validator: jsonschema.Draft202012Validator) -> None:
    out = tmp_path / "out" / "records.jsonl"
    result = run(str(sample_folder), "-o", str(out))
    assert result.exit_code == 0, result.output
    documents = lines_of(out)
    texts = sorted(sample_folder.glob("*.txt"))
    assert [d["id"] for d in documents] == [p.stem for p in texts]
    for document in documents:
        validator.validate(document)
        assert document["errors"] == []
        for item in document["items"]:
            for entity in item["entities"]:
                text = (sample_folder / f"{document['id']}.txt").read_text()
                assert text[entity["start"]:entity["end"]] == entity["text"]


def test_refuses_existing_output_then_force(sample_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    out.write_text("old\n")
    result = run(str(sample_folder), "-o", str(out))
    assert result.exit_code == 2
    assert out.read_text() == "old\n"
    assert run(str(sample_folder), "-o", str(out), "--force").exit_code == 0
    assert len(lines_of(out)) == 13


@pytest.mark.parametrize(
    ("args", "hidden_module", "exit_code", "message"),
    [
        (["--resume"], None, 2, "--resume needs --output"),
        (["-o", "o.csv", "--format", "csv", "--resume"], None, 2, "--format jsonl only"),
        (["-o", "parts", "--engine", "dask"], "dask", 2, "pip install 'pressparse[dask]'"),
        (["--stdin-format", "json"], None, 2, "'json' is not one of 'text', 'jsonl'"),
        (["--time-budget", "-1"], None, 2, "Invalid value for '--time-budget'"),
        (["--published", "last Friday"], None, 2, "'last Friday' is not a date (YYYY-MM-DD)"),
        (["-o", "in"], None, 2, "in is a folder; give a file name"),
        (["-o", "in/extra.txt/o.jsonl"], None, 3, "cannot create the folder in/extra.txt"),
        (["-o", "in/extra.txt/o.csv", "--format", "csv"], None, 3, "cannot create the folder"),
        (["missing.txt", "-o", "o.csv", "--format", "csv"], None, 1,
         "1 document(s) with errors, not in the CSV: missing.txt: read: no such file or folder"),
        (["-", "-o", "o.jsonl"], None, 0,
         "1 document(s) gave no news item (empty, or only page furniture such as menus and "
         "footers): stdin"),
        (["--help"], None, 0, "dask (pip install 'pressparse[dask]'; OUTPUT is then a folder"),
        (["--help"], None, 0, "decoded gets a line with an errors entry and the run goes on"),
    ],
)
def test_usage_messages(args: list[str], hidden_module: str | None, exit_code: int,
                        message: str, sample_folder: Path, tmp_path: Path,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Usage errors exit 2 and an output that cannot be written 3, before any work, with a
    message saying what to do (no traceback); help reads whole."""
    if hidden_module:
        monkeypatch.setitem(sys.modules, hidden_module, None)  # as if not installed
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["extract", str(sample_folder), *args],
                           env={"COLUMNS": "300", "TERM": "dumb"})
    assert result.exit_code == exit_code, result.output
    assert not isinstance(result.exception, ImportError)
    assert message in " ".join(result.output.replace("│", " ").split())


def test_resume_skips_done_ids(sample_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    assert run(str(sample_folder), "-o", str(out)).exit_code == 0
    first = out.read_bytes()
    partial = out.with_name(out.name + ".partial")
    partial.write_bytes(b"".join(first.splitlines(keepends=True)[:5]) + b'{"id": "to')
    out.unlink()
    assert run(str(sample_folder), "-o", str(out), "--resume").exit_code == 0
    ids = [d["id"] for d in lines_of(out)]
    assert sorted(ids) == sorted(d["id"] for d in orjson_lines(first))
    assert len(ids) == len(set(ids))


def orjson_lines(data: bytes) -> list[dict]:
    return [orjson.loads(line) for line in data.splitlines()]


def test_errors_give_exit_code_1_and_a_line_each(tmp_path: Path,
                                                  validator: jsonschema.Draft202012Validator
                                                  ) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Police in Osh seized 2 kg of opium on 1 June 2024.")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 8)
    jsonl = tmp_path / "lines.jsonl.gz"
    jsonl.write_bytes(gzip.compress(b'{"id": "j1", "text": "Talks in Minsk."}\n[1]\n'))
    out = tmp_path / "out.jsonl"
    result = run(str(folder), str(jsonl), "-o", str(out))
    assert result.exit_code == 1
    documents = lines_of(out)
    assert len(documents) == 4
    for document in documents:
        validator.validate(document)
    assert [bool(d["errors"]) for d in documents] == [True, False, False, True]
    assert documents[0]["errors"][0]["stage"] == "decode"


def test_stdin_jsonl_to_stdout(validator: jsonschema.Draft202012Validator) -> None:
    data = (b'{"id": "a", "text": "Talks were held in Minsk on 3 May 2024."}\n'
            b'{"id": "b", "text": ""}\n')
    result = runner.invoke(app, ["extract", "-", "--stdin-format", "jsonl", "-q"], input=data)
    assert result.exit_code == 0, result.output
    documents = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in documents] == ["a", "b"]
    for document in documents:
        validator.validate(document)


@pytest.mark.parametrize(("stdin_format", "data", "published"), [
    ("text", b"On Tuesday police in Osh seized 5 kg of heroin.", "2024-05-10"),
    ("jsonl", b'{"id": "a", "text": "On Tuesday police in Osh seized 5 kg of heroin."}\n',
     "2024-05-10"),
    # a record's own date wins over the run's default
    ("jsonl", b'{"id": "a", "text": "On Tuesday police in Osh seized 5 kg of heroin.", '
              b'"published": "2023-01-20"}\n', "2023-01-20"),
])
def test_published_option_dates_inputs_without_their_own(stdin_format: str, data: bytes,
                                                         published: str) -> None:
    result = runner.invoke(app, ["extract", "-", "--stdin-format", stdin_format, "-q",
                                 "--published", "2024-05-10"], input=data)
    assert result.exit_code == 0, result.output
    document = orjson.loads(result.stdout.splitlines()[0])
    assert document["published"] == published
    days = [e["normalized"]["start"] for item in document["items"] for e in item["entities"]
            if e["label"] == "DATE"]
    assert days == [{"2024-05-10": "2024-05-07", "2023-01-20": "2023-01-17"}[published]]


def test_json_array_format(sample_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    assert run(str(sample_folder), "-o", str(out), "--format", "json").exit_code == 0
    assert len(orjson.loads(out.read_bytes())) == 13


def test_n_process_2_equals_n_process_1(sample_folder: Path, tmp_path: Path) -> None:
    """Through the real console script: a fresh process with a spawned pool."""
    outputs = []
    for n in ("1", "2"):
        out = tmp_path / f"out{n}.jsonl"
        completed = subprocess.run(
            [*CLI, "extract", str(sample_folder), "-o",
             str(out), "-n", n, "--batch-size", "3", "-q"],
            capture_output=True, timeout=300, cwd=ROOT)
        assert completed.returncode == 0, completed.stderr.decode()[-2000:]
        assert completed.stderr == b""  # --quiet
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_summary_on_stderr(sample_folder: Path, tmp_path: Path) -> None:
    completed = subprocess.run(
        [*CLI, "extract", str(sample_folder), "-o",
         str(tmp_path / "o.jsonl")], capture_output=True, timeout=300, cwd=ROOT)
    assert completed.returncode == 0
    assert completed.stdout == b""
    assert b"documents" in completed.stderr and b"docs/s" in completed.stderr


def test_workers_that_keep_dying_exit_4_and_keep_the_partial(
        sample_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pressparse.driver
    from pressparse.parallel import WorkersKeepDying

    def dying(*args: object, **kwargs: object) -> object:
        yield from []
        raise WorkersKeepDying("worker processes died on 5 documents in a row")

    monkeypatch.setattr(pressparse.driver, "extract_many", dying)
    out = tmp_path / "o.jsonl"
    result = run(str(sample_folder), "-o", str(out), "-n", "2")
    assert result.exit_code == 4
    assert not out.exists() and out.with_name("o.jsonl.partial").exists()


@pytest.mark.parametrize("spec", ["{folder}", "{folder}/*"])
@pytest.mark.parametrize("flag", ["--force", "--resume"])
def test_output_inside_the_input_folder_is_not_read_back(tmp_path: Path, spec: str,
                                                         flag: str) -> None:
    """A rerun into an output inside the input folder read the last run's output (and
    with a glob, its .partial) as JSONL input before: a spurious error line per old line."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("ASTANA, 3 May 2024 -- Customs seized 14 kg of hashish.\n")
    out = folder / "records.jsonl"
    for args in ([], [flag]):
        result = runner.invoke(app, ["extract", spec.format(folder=folder), "-o", str(out),
                                     "-q", *args])
        assert result.exit_code == 0, result.output
        assert [d["id"] for d in lines_of(out)] == ["a"]


def test_file_names_that_are_not_utf8_do_not_stop_the_run(tmp_path: Path) -> None:
    """The first such name (an archive from a cp1251 machine) ended the run with a traceback."""
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    for name in (b"\xcf\xf0\xe5\xf1\xf1.txt", b"ok.txt"):
        with open(os.fsencode(folder) + b"/" + name, "wb") as handle:
            handle.write(b"ASTANA, 3 May 2024 -- Customs seized 14 kg of hashish.\n")
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert sorted(d["id"] for d in lines_of(out)) == ["\\xcf\\xf0\\xe5\\xf1\\xf1", "ok"]


def test_stdout_closed_by_its_reader(tmp_path: Path) -> None:
    """`pressparse extract ... | head -c 100`: the closed pipe was reported as "Free space
    and rerun with --resume" (no output file to resume). Empty texts with 40 kB ids give
    more output than a pipe holds at once, at no pipeline cost."""
    jsonl = tmp_path / "big_ids.jsonl"
    jsonl.write_bytes(b"".join(orjson.dumps({"id": f"{i}-" + "x" * 40_000, "text": ""}) + b"\n"
                               for i in range(20)))
    process = subprocess.Popen([*CLI, "extract", str(jsonl), "-q"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    assert len(process.stdout.read(100)) == 100
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 3
    assert "reader of stdout closed it" in stderr
    assert "--resume" not in stderr and "Traceback" not in stderr and "Exception" not in stderr


@pytest.mark.parametrize(("respelled", "warned"), [
    (False, False),  # the same inputs: every kept line matches one, nothing to say
    (True, True),    # 'dir/sub/../in.jsonl': FILE:LINE ids differ, the kept lines match none
])
def test_resume_warns_when_kept_lines_match_no_input(tmp_path: Path, respelled: bool,
                                                     warned: bool) -> None:
    """--resume skips the ids already written; when the inputs are spelled differently
    (so their ids differ) it used to write every document again without a word."""
    inputs = tmp_path / "in.jsonl"
    inputs.write_bytes(b"".join(orjson.dumps({"text": f"Talks in Minsk on {day} May 2024."})
                                + b"\n" for day in range(1, 5)))
    out = tmp_path / "out.jsonl"
    assert run(str(inputs), "-o", str(out)).exit_code == 0
    partial = out.with_name(out.name + ".partial")
    partial.write_bytes(b"".join(out.read_bytes().splitlines(keepends=True)[:3]))  # killed
    out.unlink()
    (tmp_path / "sub").mkdir()
    again = str(tmp_path / "sub" / ".." / "in.jsonl") if respelled else str(inputs)
    result = run(again, "-o", str(out), "--resume")
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert ("3 of the 3 lines already in" in said and "have ids that no input has" in said
            ) == warned, said
    assert len(lines_of(out)) == (7 if respelled else 4)


@pytest.mark.parametrize(("files", "cut_after_lines", "exit_code"), [
    # a clean folder: exit 0 before and after the resume
    ({"quito.txt": b"Ecuadorian police seized 1.4 tonnes of cocaine in Guayaquil on 2 May 2025.",
      "tallinn.txt": b"Estonian customs found 9 kg of amphetamine at Tallinn port."}, 1, 0),
    # an undecodable file done before the interruption: its error line stays in the output,
    # so the finished run still exits 1 (as one uninterrupted run would)
    ({"a_blob.txt": bytes(range(256)) * 8,
      "b_hanoi.txt": b"Vietnamese border guards seized 20 kg of heroin in Lang Son."}, 1, 1),
    # every document already done, one of them with errors: nothing to process, still 1
    ({"a_blob.txt": bytes(range(256)) * 8,
      "b_hanoi.txt": b"Vietnamese border guards seized 20 kg of heroin in Lang Son."}, 2, 1),
])
def test_resume_exit_code_counts_the_documents_it_skips(
        files: dict[str, bytes], cut_after_lines: int, exit_code: int, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    out = tmp_path / "records.jsonl"
    assert run(str(folder), "-o", str(out)).exit_code == exit_code
    whole = out.read_bytes()
    out.write_bytes(b"".join(whole.splitlines(keepends=True)[:cut_after_lines]))
    assert run(str(folder), "-o", str(out), "--resume").exit_code == exit_code
    assert out.read_bytes() == whole


@pytest.mark.parametrize(("args", "flags"), [
    (["--help"], ["--version"]),
    (["extract", "--help"], ["--resume", "--force", "--follow-symlinks", "--summary", "--quiet"]),
])
def test_help_shows_no_value_for_on_off_options(args: list[str], flags: list[str]) -> None:
    """A newcomer reading '--resume <bool>' types '--resume true' (a usage error)."""
    result = runner.invoke(app, args, env={"COLUMNS": "200", "TERM": "dumb"})
    assert result.exit_code == 0
    lines = {flag: next(line for line in result.output.splitlines() if f" {flag} " in line)
             for flag in flags}
    assert all("<bool>" not in line for line in lines.values()), lines


@pytest.mark.parametrize(("files", "warned"), [
    ({}, True),                                           # an empty folder
    ({"scan.pdf": b"%PDF-1.7", ".hidden.txt": b"Police seized 2 kg."}, True),
    ({"brief.txt": b"Customs seized 40 kg of hashish in Oran on 2 May 2025."}, False),
])
def test_warns_when_no_document_was_read(files: dict[str, bytes], warned: bool,
                                         tmp_path: Path) -> None:
    """A run that read no document at all (a folder of PDFs, the wrong folder) says so
    instead of ending in silence with an empty output."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    result = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "o.jsonl")],
                           env={"COLUMNS": "300", "TERM": "dumb"})
    assert result.exit_code == 0, result.output
    assert ("no document was read" in result.output) is warned

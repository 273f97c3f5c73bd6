"""The JSONL writer: atomic rename, --force, --resume with torn-tail repair, disk full."""

from __future__ import annotations

import math
import subprocess
import sys
import textwrap
from pathlib import Path

import orjson
import pytest

from pressparse.io.writer import (
    JsonlWriter,
    OutputExistsError,
    dump_line,
    partial_path,
    repair_and_read_ids,
)
from pressparse.schema import Document


def doc(doc_id: str) -> Document:
    return Document(id=doc_id, pressparse_version="test")


def ids_in(path: Path) -> list[str]:
    return [orjson.loads(line)["id"] for line in path.read_bytes().splitlines()]


def test_partial_then_rename(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "out.jsonl"
    writer = JsonlWriter(out)
    writer.write(doc("a"))
    assert partial_path(out).exists() and not out.exists()
    writer.close()
    assert ids_in(out) == ["a"] and not partial_path(out).exists()


def test_incomplete_close_keeps_partial(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    writer = JsonlWriter(out)
    writer.write(doc("a"))
    writer.close(complete=False)
    assert not out.exists() and ids_in(partial_path(out)) == ["a"]


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("keep me\n")
    with pytest.raises(OutputExistsError):
        JsonlWriter(out)
    assert out.read_text() == "keep me\n"
    writer = JsonlWriter(out, force=True)
    assert out.read_text() == "keep me\n"  # the old output stays until the new one is done
    writer.write(doc("new"))
    writer.close()
    assert ids_in(out) == ["new"]


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        (b"", ["a", "b"]),
        (b'{"id": "c", "pressparse_ver', ["a", "b"]),
        (b'{"id": "c"}', ["a", "b"]),  # complete JSON but no newline: torn
        (b"\x00\x00\x00\x00", ["a", "b"]),
        (b'{"no_id": 1}\n', ["a", "b"]),
        (b"garbage\n" + dump_line(doc("d")), ["a", "b"]),
    ],
)
def test_repair_cuts_torn_tail(tmp_path: Path, tail: bytes, kept: list[str]) -> None:
    path = tmp_path / "p.jsonl"
    good = dump_line(doc("a")) + dump_line(doc("b"))
    path.write_bytes(good + tail)
    assert repair_and_read_ids(path) == set(kept)
    assert path.read_bytes() == good


def test_resume_appends_after_repair(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    partial_path(out).write_bytes(dump_line(doc("a")) + b'{"id": "b", "ite')
    writer = JsonlWriter(out, resume=True)
    assert writer.done_ids == {"a"}
    writer.write(doc("b"))
    writer.close()
    assert ids_in(out) == ["a", "b"]


def test_resume_of_completed_output(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(dump_line(doc("a")))
    writer = JsonlWriter(out, resume=True)
    assert writer.done_ids == {"a"}
    writer.close()
    assert ids_in(out) == ["a"]


def test_lines_are_strict_json(tmp_path: Path) -> None:
    document = doc("a\u2028\ud7ff\U0001f600")
    document.warnings = []
    line = dump_line(document)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert orjson.loads(line)["id"] == document.id


def test_non_finite_values_cannot_reach_output() -> None:
    from pydantic import ValidationError

    from pressparse.schema import QuantityValue

    with pytest.raises(ValidationError):
        QuantityValue(value=math.inf)


DISK_FULL_SCRIPT = textwrap.dedent(
    """
    import resource, sys
    from pathlib import Path
    from pressparse.io.writer import JsonlWriter
    from pressparse.schema import Document
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
    out = Path(sys.argv[1])
    writer = JsonlWriter(out, fsync_every=10**9)
    try:
        for i in range(10_000):
            writer.write(Document(id=f"doc-{i}", pressparse_version="x" * 50))
    except OSError as exc:
        print("ERROR", exc.errno, exc)
        writer.close(complete=False)
        sys.exit(3)
    writer.close()
    """
)


def test_disk_full_is_clear_and_resumable(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = subprocess.run([sys.executable, "-c", DISK_FULL_SCRIPT, str(out)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 3, result.stderr
    assert "ERROR 27" in result.stdout  # EFBIG: file too large
    assert not out.exists()
    done = repair_and_read_ids(partial_path(out))  # a torn tail is cut off
    assert 0 < len(done) < 10_000
    lines = partial_path(out).read_bytes().splitlines()
    assert len(lines) == len(done)
    writer = JsonlWriter(out, resume=True)
    for i in range(10_000):
        if f"doc-{i}" not in writer.done_ids:
            writer.write(Document(id=f"doc-{i}", pressparse_version="x" * 50))
    writer.close()
    ids = ids_in(out)
    assert len(ids) == len(set(ids)) == 10_000


@pytest.mark.parametrize("bad", [math.inf, -math.inf, math.nan])
def test_non_finite_value_becomes_error_record(bad: float) -> None:
    from pressparse.schema import Entity, Item

    document = doc("q")
    document.items = [Item(start=0, end=5, entities=[Entity(
        label="QUANTITY", text="9" * 5, start=0, end=5,
        normalized={"value": bad, "unit": "kg"})])]
    line = orjson.loads(dump_line(document))
    assert line["items"] == []
    assert "non-finite number at .items.0.entities.0.normalized.value" in line["errors"][0][
        "message"]


def test_finite_document_dumped_unchanged() -> None:
    from pressparse.schema import Entity, Item

    document = doc("ok")
    document.items = [Item(start=0, end=5, entities=[Entity(
        label="QUANTITY", text="12 kg", start=0, end=5,
        normalized={"value": 12.0, "unit": "kg", "kg": 12.0})])]
    assert orjson.loads(dump_line(document))["items"][0]["entities"][0]["normalized"]["kg"] == 12


def test_a_document_that_cannot_be_written_becomes_a_write_error_line() -> None:
    """A lone surrogate in an id (a library caller's InputDoc) stopped the whole run before."""
    from pressparse.io.writer import dump_line
    from pressparse.schema import Document

    line = dump_line(Document(id="a\ud800", source="s\udcff", pressparse_version="1"))
    document = orjson.loads(line)
    assert document["id"] == "a\ufffd" and document["source"] == "s\\xff"
    assert document["errors"][-1]["stage"] == "write"


@pytest.mark.parametrize(("second_resume", "second_force"), [
    (True, False),   # a --resume started while the first run still writes
    (False, True),   # a --force rerun would empty the file under it
    (False, False),  # a plain rerun (the old partial is not the output yet)
])
def test_a_second_writer_is_refused_while_the_first_still_writes(
        tmp_path: Path, second_resume: bool, second_force: bool) -> None:
    """A run whose wrapper was killed but not itself keeps appending: a resume reading the
    file then would write every later document twice (64 duplicates, session 18)."""
    from pressparse.io.writer import OutputLockedError

    out = tmp_path / "out.jsonl"
    first = JsonlWriter(out)
    first.write(doc("a"))
    with pytest.raises(OutputLockedError, match="still writing"):
        JsonlWriter(out, resume=second_resume, force=second_force)
    first.write(doc("b"))  # untouched by the refused writer: not read, cut or emptied
    first.close(complete=False)
    assert ids_in(partial_path(out)) == ["a", "b"]
    resumed = JsonlWriter(out, resume=True)  # the lock went with the first writer
    assert resumed.done_ids == {"a", "b"}
    resumed.write(doc("c"))
    resumed.close()
    assert ids_in(out) == ["a", "b", "c"]


def test_the_lock_is_held_until_after_the_rename(tmp_path: Path) -> None:
    """A finished run renames its partial file before letting it go: a resume waiting on
    it finds the output complete, never a half-renamed pair."""
    out = tmp_path / "out.jsonl"
    first = JsonlWriter(out)
    first.write(doc("a"))
    first.close()
    resumed = JsonlWriter(out, resume=True)
    assert resumed.done_ids == {"a"}
    resumed.close()
    assert ids_in(out) == ["a"] and not partial_path(out).exists()

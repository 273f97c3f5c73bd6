"""Readers: every input document becomes exactly one InputDoc, problems become errors."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import os
import threading
from pathlib import Path
from typing import Any

import orjson
import pytest

from pressparse.io.readers import (
    ReadOptions,
    doc_id_for,
    from_record,
    from_text,
    read_inputs,
    read_jsonl,
    read_jsonl_ids,
    unique_ids,
)

TEXT = "On 4 March 2024 customs officers in Aktau seized 12 kg of heroin."


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    path.write_bytes(data)
    return path


def read_all(*specs: str | Path, **options: object) -> list:
    return list(read_inputs([str(s) for s in specs], ReadOptions(**options)))  # type: ignore[arg-type]


def test_folder_order_ids_and_suffixes(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", TEXT)
    write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "sub" / "c.text", TEXT)
    write(tmp_path / "notes.md", TEXT)
    write(tmp_path / "image.png", b"\x89PNG")
    write(tmp_path / ".hidden.txt", TEXT)
    docs = read_all(tmp_path)
    assert [d.id for d in docs] == ["a", "b", "sub/c"]
    assert all(d.text == TEXT and d.encoding == "utf-8" and d.error is None for d in docs)


def test_jsonl_plain_and_gzip(tmp_path: Path) -> None:
    lines = [{"id": "x1", "text": TEXT, "published": "2024-03-05"}, {"text": "second"}]
    body = b"\n".join(orjson.dumps(line) for line in lines) + b"\n\n"
    write(tmp_path / "in.jsonl", body)
    (tmp_path / "in2.jsonl.gz").write_bytes(gzip.compress(body))
    docs = read_all(tmp_path / "in.jsonl", tmp_path / "in2.jsonl.gz")
    assert [d.id for d in docs] == ["x1", f"{tmp_path / 'in.jsonl'}:2",
                                    "x1", f"{tmp_path / 'in2.jsonl.gz'}:2"]
    assert docs[0].published == "2024-03-05"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b"[1, 2]", "not an object"),
        (b'"just a string"', "not an object"),
        (b'{"id": "a"}', "no 'text'"),
        (b'{"id": "a", "text": 5}', "must be a string"),
        (b'{"id": "a", "text": null}', "must be a string"),
        (b'{"id": "a", "text": ["x"]}', "must be a string"),
        (b'{"id": "a", "text": "x"', "not valid JSON"),
        (b"\xff\xfe garbage", "not valid JSON"),
        # valid JSON nested 5,000 deep (in an ignored field): "not valid JSON: depth limit
        # exceeded" before
        (b'{"id": "a", "text": "x", "m": ' + b"[" * 5000 + b"]" * 5000 + b"}",
         "line 1 is JSON nested too deeply to read"),
    ],
)
def test_bad_jsonl_lines_become_errors(line: bytes, message: str) -> None:
    docs = list(read_jsonl(io.BytesIO(line + b"\n" + b'{"text": "ok"}\n'), name="t"))
    assert len(docs) == 2
    assert docs[0].text is None and message in docs[0].error[1]
    assert docs[1].text == "ok"


@pytest.mark.parametrize(
    ("line", "doc_id", "text", "warning"),
    [
        # json.dumps writes lone surrogates as escapes; orjson refuses them
        (b'{"id": "s", "text": "Osh \\udc80 police \\ud83d"}', "s", "Osh \ufffd police \ufffd",
         "2 lone surrogate(s)"),
        (b'{"id": "\\ud800x", "text": "a"}', "\ufffdx", "a", None),
        # a UTF-8 byte-order mark before the first line (Windows editors)
        (b'\xef\xbb\xbf{"id": "bom", "text": "Talks in Minsk."}', "bom", "Talks in Minsk.", None),
        # a line written in cp1252 in a UTF-8 file
        (b'{"id": "cp", "text": "caf\xe9 in Osh"}', "cp", "caf\u00e9 in Osh", "not UTF-8"),
        # non-JSON constants and huge numbers in fields the reader ignores
        (b'{"id": "nan", "text": "x", "score": NaN, "big": 1e400}', "nan", "x", None),
        (b'{"id": 1e400, "text": "x"}', "inf", "x", None),
        (b'{"id": "crlf", "text": "x"}\r', "crlf", "x", None),
    ],
)
def test_jsonl_lines_orjson_refuses_keep_their_record(line: bytes, doc_id: str, text: str,
                                                      warning: str | None) -> None:
    """Each such line was a 'not valid JSON' error (its id and text lost) before."""
    docs = list(read_jsonl(io.BytesIO(line + b"\n"), name="t"))
    assert len(docs) == 1 and docs[0].error is None
    assert (docs[0].id, docs[0].text) == (doc_id, text)
    if warning:
        assert any(warning in w for w in docs[0].warnings), docs[0].warnings
    orjson.dumps(docs[0].id)  # writable as UTF-8


CR = "line ends are bare CR"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # a CR-only file (classic Mac line ends): one "not valid JSON" error for all before
        (b'{"id": "a", "text": "x"}\r{"id": "b", "text": "y"}\r{"id": "c", "text": "z"}\r',
         [("a", "x", None, CR), ("b", "y", None, CR), ("c", "z", None, CR)]),
        # numbered as universal newlines: a blank CR line counts, a bad piece is its own error
        (b'{"text": "x"}\r\r{bad\r{"text": "z"}',
         [("t:1", "x", None, CR), ("t:3", None, "line 3 is not valid JSON", None),
          ("t:4", "z", None, CR)]),
        # mixed: a CR-only run inside an LF file; later LF lines keep counting
        (b'{"text": "x"}\n{"text": "y"}\r{"text": "z"}\n{"text": "w"}\n',
         [("t:1", "x", None, None), ("t:2", "y", None, CR), ("t:3", "z", None, CR),
          ("t:4", "w", None, None)]),
        # a bare CR between JSON tokens is whitespace: the line is one record
        (b'{"id": "w",\r"text": "x"}\n', [("w", "x", None, None)]),
        # CRLF and a lone trailing CR are line ends as before
        (b'{"id": "a", "text": "x"}\r\n{bad\r\n',
         [("a", "x", None, None), ("t:2", None, "line 2 is not valid JSON", None)]),
        (b"\r\r\r", []),
    ],
)
def test_bare_cr_line_ends(data: bytes, expected: list[tuple]) -> None:  # type: ignore[type-arg]
    docs = list(read_jsonl(io.BytesIO(data), name="t"))
    assert len(docs) == len(expected)
    got = [(d.id, d.text, d.error[1][:len(e[2])] if d.error and e[2] else d.error,
            CR if any(CR in w for w in d.warnings) else None)
           for d, e in zip(docs, expected, strict=True)]
    assert got == expected


def test_overlong_cr_only_file_says_why() -> None:
    data = b"".join(b'{"id": "%d", "text": "x"}\r' % i for i in range(200))
    docs = list(read_jsonl(io.BytesIO(data), name="t", max_line_bytes=1000))
    assert len(docs) == 1 and "bare CR" in docs[0].error[1]


def test_non_utf8_line_that_is_not_json_says_both() -> None:
    docs = list(read_jsonl(io.BytesIO(b'\xff\xfe{"id": "x", "text": "caf\xe9"}\n'), name="t"))
    assert docs[0].id == "t:1" and "not UTF-8" in docs[0].error[1]


@pytest.mark.parametrize(
    ("published", "kept", "warned"),
    [
        ("2024-03-05", "2024-03-05", False),
        ("2024-03-05T09:30:00+05:00", "2024-03-05T09:30:00+05:00", False),
        (None, None, False),
        ("", None, False),
        ("05/03/2024", None, True),
        ("March 5, 2024", None, True),
        ("yesterday", None, True),
        (20240305, None, True),
        ("2024-03-05T09:30:00Z", "2024-03-05T09:30:00Z", False),
        (dt.date(2024, 3, 5), "2024-03-05", False),
        (dt.datetime(2024, 3, 5, 9, 30), "2024-03-05T09:30:00", False),
        # kept verbatim (not an ISO date) before: only the first 10 characters were checked
        ("2024-03-05Tgarbage", None, True),
        ("2024-03-05 and more", None, True),
        ("2024-W05-1", None, True),
        ("2024-03", None, True),
    ],
)
def test_published_is_an_iso_date_or_a_warning(published: object, kept: str | None,
                                               warned: bool) -> None:
    """README: published is an ISO date or null; anything else is dropped with a warning."""
    for doc in (from_record({"text": TEXT, "published": published}, default_id="d", source=None),
                from_text(TEXT, id="d", published=published)):
        assert doc.published == kept
        assert any("not an ISO date" in w for w in doc.warnings) == warned


def test_from_record_keeps_meta_and_source() -> None:
    doc = from_record({"id": 7, "text": TEXT, "source": "wire", "lang": "en"},
                      default_id="d", source="file")
    assert (doc.id, doc.source, doc.meta) == ("7", "wire", {"lang": "en"})


def test_from_text_refuses_non_strings() -> None:
    assert from_text(b"bytes", id="1").error == ("read", "'text' must be a string, got bytes")


def test_unique_ids_renames_duplicates_deterministically() -> None:
    docs = [from_text("a", id="x"), from_text("b", id="x"), from_text("c", id="x~2"),
            from_text("d", id="x")]
    ids = [d.id for d in unique_ids(docs)]
    assert ids == ["x", "x~1", "x~2", "x~3"]
    assert "duplicate id" in docs[1].warnings[0]


def test_missing_and_unmatched_glob(tmp_path: Path) -> None:
    docs = read_all(tmp_path / "nope.txt", str(tmp_path / "*.none"))
    assert [d.error[1] for d in docs] == ["no such file or folder", "glob pattern matched no files"]


def test_glob_matches_folders_and_files(tmp_path: Path) -> None:
    write(tmp_path / "d1" / "a.txt", TEXT)
    write(tmp_path / "d2" / "b.txt", TEXT)
    docs = read_all(str(tmp_path / "d*"))
    assert [d.id for d in docs] == ["a", "b"]


def test_fifo_is_skipped_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    write(tmp_path / "ok.txt", TEXT)
    result: list = []
    reader = threading.Thread(target=lambda: result.extend(read_all(tmp_path)), daemon=True)
    reader.start()
    reader.join(10)
    assert not reader.is_alive(), "reading a FIFO blocked"
    errors = {d.id: d.error for d in result}
    assert errors["ok"] is None
    assert "FIFO" in errors["pipe"][1]
    assert "FIFO" in errors[str(tmp_path / "pipe.jsonl")][1]


def test_fifo_given_directly(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "p.jsonl")
    os.mkfifo(tmp_path / "p.txt")
    docs = read_all(tmp_path / "p.jsonl", tmp_path / "p.txt")
    assert all("FIFO" in d.error[1] for d in docs)


def test_symlinks_loops_dev_zero_and_outside(tmp_path: Path) -> None:
    root = tmp_path / "in"
    write(root / "ok.txt", TEXT)
    outside = write(tmp_path / "secret.txt", "outside text")
    (root / "loop_a.txt").symlink_to(root / "loop_b.txt")
    (root / "loop_b.txt").symlink_to(root / "loop_a.txt")
    (root / "zero.txt").symlink_to("/dev/zero")
    (root / "out.txt").symlink_to(outside)
    (root / "self").symlink_to(root)  # folder loop
    (root / "inside.txt").symlink_to(root / "ok.txt")
    docs = read_all(root)
    by_id = {Path(d.id).name: d for d in docs}
    assert by_id["ok"].text == TEXT
    assert by_id["inside"].text == TEXT
    assert "loop" in by_id["loop_a.txt"].error[1]
    assert "outside" in by_id["zero.txt"].error[1]
    assert "outside" in by_id["out.txt"].error[1]
    assert len(docs) == 6
    followed = {Path(d.id).name: d for d in read_all(root, follow_symlinks=True)}
    assert followed["out"].text == "outside text"
    assert "regular" in followed["zero"].error[1]


def test_dev_zero_given_directly() -> None:
    [doc] = read_all("/dev/zero")
    assert "regular" in doc.error[1]


def test_size_limit(tmp_path: Path) -> None:
    write(tmp_path / "big.txt", "x" * 5000)
    [doc] = read_all(tmp_path / "big.txt", max_bytes=1000)
    assert "over the limit" in doc.error[1]


def test_unreadable_file_and_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "locked.txt", TEXT)
    write(tmp_path / "ok.txt", TEXT)
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    docs = read_all(tmp_path)
    assert [d.id for d in docs] == ["locked", "ok"]
    assert "Permission denied" in docs[0].error[1]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_by_mode(tmp_path: Path) -> None:
    locked = write(tmp_path / "locked.txt", TEXT)
    locked.chmod(0)
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed").chmod(0)
    docs = read_all(tmp_path)
    assert all(d.error for d in docs) and len(docs) == 2


def test_binary_file_gets_decode_error(tmp_path: Path) -> None:
    write(tmp_path / "blob.txt", bytes(range(256)) * 10)
    [doc] = read_all(tmp_path / "blob.txt")
    assert doc.error[0] == "decode"


def test_stdin_text_and_jsonl() -> None:
    [doc] = read_inputs(["-"], stdin=io.BytesIO(TEXT.encode()))
    assert (doc.id, doc.text) == ("stdin", TEXT)
    docs = list(read_inputs(["-"], stdin=io.BytesIO(b'{"text":"a"}\n{"text":"b"}\n'),
                            stdin_format="jsonl"))
    assert [d.text for d in docs] == ["a", "b"]


@pytest.mark.parametrize(
    ("path", "root", "expected"),
    [
        ("/in/a/b.txt", "/in", "a/b"),
        ("/in/a.b.c.txt", "/in", "a.b.c"),
        ("/elsewhere/x.txt", "/in", "x"),
        ("/in/noext", "/in", "noext"),
        ("/x/y.txt", None, "y"),
    ],
)
def test_doc_ids(path: str, root: str | None, expected: str) -> None:
    assert doc_id_for(Path(path), Path(root) if root else None) == expected


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0xFF, data[at + 1] ^ 0xFF]) + data[at + 2:]


# damage -> the read error's words ({n}: the documents read before it). A damaged stream
# (zlib.error, not an OSError) stopped the whole batch with a traceback (session 21).
DAMAGED_GZIP = [
    ("truncated", lambda data: data[: len(data) // 2], "truncated) after {n} documents"),
    ("crc", lambda data: data[:-8] + bytes([data[-8] ^ 0xFF]) + data[-7:],
     "failed its integrity check) after {n} documents"),
    ("deflate", lambda data: _flip(data, 20), "corrupt after {n} documents; the rest"),
    ("not_gzip", lambda data: gzip.decompress(data), "not gzip-compressed; nothing read"),
]


@pytest.mark.parametrize(("name", "damage", "message"), DAMAGED_GZIP,
                         ids=[row[0] for row in DAMAGED_GZIP])
def test_damaged_gzip_keeps_earlier_lines_and_the_batch(
        tmp_path: Path, name: str, damage: Any, message: str) -> None:
    body = b"".join(orjson.dumps({"text": f"doc {i} " * (i % 7 + 1)}) + b"\n"
                    for i in range(200))
    (tmp_path / "cut.jsonl.gz").write_bytes(damage(gzip.compress(body)))
    write(tmp_path / "z.txt", TEXT)
    docs = read_all(tmp_path)
    assert [d.id for d in docs][-1] == "z" and docs[-1].text == TEXT
    damaged = docs[:-1]
    assert damaged[-1].error is not None and damaged[-1].error[0] == "read"
    assert message.format(n=len(damaged) - 1) in damaged[-1].error[1], damaged[-1].error
    if name == "truncated":
        assert all(d.text for d in damaged[:-1])
    assert list(read_jsonl_ids(tmp_path / "cut.jsonl.gz"))  # the planner's read ends too


@pytest.mark.parametrize(("size", "limit", "refused"), [
    (100, 1000, False), (1001, 1000, True), (5000, 0, False)])
def test_character_limit(tmp_path: Path, size: int, limit: int, refused: bool) -> None:
    write(tmp_path / "doc.txt", "a" * size)
    write(tmp_path / "doc.jsonl", orjson.dumps({"text": "b" * size}))
    docs = read_all(tmp_path / "doc.txt", tmp_path / "doc.jsonl", max_chars=limit)
    for doc in docs:
        assert (doc.text is None) == refused
        if refused:
            assert "over the limit of 1,000 (see --max-chars)" in doc.error[1]


@pytest.mark.parametrize("compressed", [False, True])
def test_jsonl_line_over_the_byte_limit_is_refused_unread(tmp_path: Path,
                                                          compressed: bool) -> None:
    """A huge line (a .jsonl.gz can expand into gigabytes) was read whole before."""
    body = (orjson.dumps({"id": "a", "text": TEXT}) + b"\n"
            + orjson.dumps({"id": "huge", "text": "x" * 5000}) + b"\n"
            + orjson.dumps({"id": "b", "text": TEXT}) + b"\n")
    path = tmp_path / ("in.jsonl.gz" if compressed else "in.jsonl")
    path.write_bytes(gzip.compress(body) if compressed else body)
    docs = read_all(path, max_bytes=1000)
    assert [d.id for d in docs] == ["a", f"{path}:2", "b"]
    assert "line 2 is over 1,000 bytes" in docs[1].error[1]
    assert docs[0].text == docs[2].text == TEXT


def test_stdin_over_the_byte_limit_is_refused() -> None:
    docs = list(read_inputs(["-"], ReadOptions(max_bytes=100), stdin=io.BytesIO(b"x" * 101)))
    assert len(docs) == 1 and "stdin is over 100 bytes" in docs[0].error[1]


def test_file_names_that_are_not_utf8_give_writable_stable_ids(tmp_path: Path) -> None:
    """Such a name reaches Python with lone surrogates: the first one stopped a CLI run."""
    root = os.fsencode(tmp_path)
    os.makedirs(root + b"/\xcf\xf0\xe5\xf1\xf1")
    for name in (b"/\xff\xfe name.txt", b"/\xcf\xf0\xe5\xf1\xf1/a.txt", b"/ok.txt"):
        with open(root + name, "wb") as handle:
            handle.write(TEXT.encode())
    with open(root + b"/\xe9.jsonl", "wb") as handle:
        handle.write(orjson.dumps({"text": TEXT}) + b"\n")
    docs = read_all(tmp_path)
    assert sorted(d.id for d in docs) == sorted(
        ["ok", "\\xff\\xfe name", "\\xcf\\xf0\\xe5\\xf1\\xf1/a", f"{tmp_path}/\\xe9.jsonl:1"])
    assert all(d.text == TEXT for d in docs)
    orjson.dumps([[d.id, d.source] for d in docs])  # writable as UTF-8
    assert [d.id for d in read_all(tmp_path)] == [d.id for d in docs]  # stable for --resume


def test_input_doc_built_by_hand_is_made_writable() -> None:
    from pressparse.io.readers import InputDoc

    doc = InputDoc(id="a\ud800", text="x\udc80y", source="s\udcff",
                   error=None)
    assert (doc.id, doc.text, doc.source) == ("a\ufffd", "x\ufffdy", "s\\xff")
    assert any("surrogate" in w for w in doc.warnings)


@pytest.mark.parametrize(("record", "message"), [
    ({"id": "a", "content": "Police seized 2 kg."},
     "JSON object has no 'text' field; it has 'content': rename that field to 'text' "
     "(pressparse reads only 'text')"),
    ({"id": "a", "body": "Police seized 2 kg.", "title": "Seizure"},
     "JSON object has no 'text' field; it has 'body': rename that field to 'text' "
     "(pressparse reads only 'text')"),
    ({"id": "a", "article": "x", "content": "y"},
     "JSON object has no 'text' field; it has 'content': rename that field to 'text' "
     "(pressparse reads only 'text')"),
    ({"id": "a", "story": "Police seized 2 kg of heroin. " * 10, "lang": "en"},
     "JSON object has no 'text' field; it has 'story': rename that field to 'text' "
     "(pressparse reads only 'text')"),
    ({"id": "a", "title": "Seizure", "n": 3},
     "JSON object has no 'text' field (its fields: 'id', 'title', 'n')"),
    ({}, "JSON object has no 'text' field (the object is empty)"),
])
def test_a_record_without_text_names_the_field_that_holds_it(record: dict, message: str
                                                              ) -> None:
    """JSONL from other tools keeps the text in 'content', 'body', 'article'...: the error
    names that field, so a whole file of such lines is fixed by one rename."""
    from pressparse.io.readers import from_record

    doc = from_record(record, default_id="in.jsonl:1", source="in.jsonl")
    assert doc.error == ("read", message)


ODD_JSONL = b"\n".join([
    b'{"id": "a", "text": "Police seized 2 kg."}',
    b"",                                                   # blank: no document, but a number
    b"not json",
    b"[1, 2]",
    b'{"text": "no id"}',
    b'{"id": "", "text": "empty id"}',
    b'{"id": 17, "text": "number id"}',
    b'{"id": "sur\\ud800", "text": "lone surrogate id"}',
    b'{"id": "Z\xfcrich", "text": "a line that is not UTF-8"}',
    b'\xef\xbb\xbf{"id": "bom", "text": "BOM"}',
    b'{"id": "a", "text": "repeated id"}',
    b'{"id": "cr1", "text": "x"}\r{"id": "cr2", "text": "y"}',  # bare CR line ends
    b'{"id": "x", "text": "' + b"y" * 300 + b'"}',             # over the line limit below
    b'{"id": "cut", "text": "torn',
])


@pytest.mark.parametrize("compressed", ["plain", "gzip", "gzip cut mid-stream"])
def test_jsonl_ids_alone_are_the_ids_of_the_documents(tmp_path: Path, compressed: str) -> None:
    """The dask planner reads a JSONL file for its ids alone (~10x faster than building
    the documents): they must be exactly the documents' ids, in order, however odd."""
    from pressparse.io.readers import read_jsonl_file, read_jsonl_ids

    path = tmp_path / ("in.jsonl" if compressed == "plain" else "in.jsonl.gz")
    data = ODD_JSONL if compressed == "plain" else gzip.compress(ODD_JSONL)
    if compressed == "gzip cut mid-stream":
        data = data[: len(data) * 2 // 3]
    path.write_bytes(data)
    expected = [doc.id for doc in read_jsonl_file(path, max_line_bytes=200)]
    assert list(read_jsonl_ids(path, max_line_bytes=200)) == expected
    assert len(expected) >= (5 if compressed == "gzip cut mid-stream" else 13)


# JSON Lines saved in a wide encoding with its byte-order mark (Windows PowerShell 5's
# `Out-File` and `>` write UTF-16 LE): each record is read, not two "not valid JSON" lines.
_WIDE_LINES = [
    {"id": "py-1", "text": "Paraguayan police seized 1.2 t of marijuana in Pedro Juan "
                           "Caballero on 3 March 2025.\u2028Photo: SENAD"},
    {"id": "nz-2", "text": "New Zealand Customs found 14 kg of methamphetamine at Auckland "
                           "airport; a Māori warden helped."},
]


@pytest.mark.parametrize(("encoding", "line_end", "gzipped"), [
    ("utf-16", "\r\n", False),    # PowerShell: BOM FF FE, CRLF
    ("utf-16-be", "\n", False),   # (BOM written below)
    ("utf-32", "\n", False),
    ("utf-16", "\n", True),
])
def test_jsonl_in_utf16_or_utf32_with_bom_is_read(encoding: str, line_end: str, gzipped: bool,
                                                   tmp_path: Path) -> None:
    body = line_end.join(orjson.dumps(r).decode() for r in _WIDE_LINES) + line_end + "{bad\n"
    data = body.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / ("news.jsonl.gz" if gzipped else "news.jsonl")
    path.write_bytes(gzip.compress(data) if gzipped else data)
    docs = list(read_inputs([str(path)]))
    assert [(d.id, d.text, d.error) for d in docs[:2]] == [
        (r["id"], r["text"], None) for r in _WIDE_LINES]
    assert docs[2].id == f"{path}:3" and docs[2].error and "not valid JSON" in docs[2].error[1]
    assert len(docs) == 3
    assert list(read_jsonl_ids(path)) == [d.id for d in docs]  # (--resume and dask plan by these)


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("cut.jsonl.gz", b"", "0 bytes"),            # a copy interrupted before its first byte
    ("empty.jsonl.gz", gzip.compress(b""), None),  # a real gzip of nothing: no documents
    ("empty.jsonl", b"", None),
    ("blank.ndjson", b"\n  \r\n\n", None),
])
def test_empty_jsonl_files(name: str, data: bytes, expected: str | None,
                           tmp_path: Path) -> None:
    """A JSONL file without one document is one record named after it: an error when it is
    damaged, else a warning, so it is never silently absent from the output."""
    path = write(tmp_path / name, data)
    docs = list(read_inputs([str(path)]))
    assert [d.id for d in docs] == [str(path)]
    if expected:
        assert docs[0].error and expected in docs[0].error[1]
    else:
        assert docs[0].error is None and docs[0].text == ""
        assert docs[0].warnings == ["the JSONL file holds no document (empty, or blank lines only)"]
    assert list(read_jsonl_ids(path)) == [d.id for d in docs]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
@pytest.mark.parametrize(("letters", "overlong"), [(100, False), (190, True), (400, True)])
def test_a_wide_jsonl_line_limit_counts_utf8_bytes(encoding: str, letters: int,
                                                   overlong: bool) -> None:
    """A UTF-16/32 line is held to the same byte limit as a UTF-8 one: Cyrillic letters are
    two UTF-8 bytes each, so 190 of them pass 300 characters but not 300 bytes. The line
    after an overlong one is still read."""
    long_text = "Ж" * letters
    lines = [f'{{"id": "long", "text": "{long_text}"}}', '{"id": "next", "text": "Almaty"}']
    data = ("\n".join(lines) + "\n").encode(encoding)
    docs = list(read_jsonl(io.BufferedReader(io.BytesIO(data)), name="t",  # (peekable, as a file)
                           max_line_bytes=300))
    utf8_docs = list(read_jsonl(io.BytesIO(("\n".join(lines) + "\n").encode("utf-8")),
                                name="t", max_line_bytes=300))
    assert [(d.id, d.text, d.error is not None) for d in docs] == \
        [(d.id, d.text, d.error is not None) for d in utf8_docs]
    assert (docs[0].error is not None) is overlong
    assert docs[-1].id == "next" and docs[-1].text == "Almaty"

"""Input readers: text files, JSON Lines (plain or gzip), folders, globs and stdin.

Every input document becomes exactly one ``InputDoc``; problems become an ``error`` on it,
never an exception that stops the batch.
"""

from __future__ import annotations

import codecs
import datetime as dt
import glob
import gzip
import io
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from .decode import LONE_SURROGATE, DecodeError, clean_text, decode_bytes, guess_encoding

TEXT_SUFFIXES = {".txt", ".text", ".htm", ".html"}
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
MAX_INPUT_BYTES = 64 * 1024 * 1024
# Larger documents are refused: one such "document" is a whole dump in practice, its output
# line would be tens of MB, and memory grows ~110 MB per million characters processed.
MAX_DOC_CHARS = 2_000_000


@dataclass
class InputDoc:
    """One input document, decoded, or the reason it could not be."""

    id: str
    text: str | None
    source: str | None = None
    published: str | None = None
    encoding: str | None = None
    error: tuple[str, str] | None = None  # (stage, message)
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # A file name that is not UTF-8 (an archive from a cp1251/cp866 machine) reaches
        # Python with lone surrogates, which no output line can hold: the run would stop.
        self.id = writable(self.id)
        if self.source is not None:
            self.source = writable(self.source)
        if self.error is not None:
            self.error = (self.error[0], writable(self.error[1]))
        if self.text is not None and LONE_SURROGATE.search(self.text):
            cleaned = clean_text(self.text)
            self.text = cleaned.text
            self.warnings.extend(cleaned.warnings)


def writable(value: str) -> str:
    """``value`` without lone surrogates: a file name's undecodable bytes as ``\\xNN``
    escapes (distinct and stable, so --resume sees the same id), others as U+FFFD."""
    if not LONE_SURROGATE.search(value):
        return value
    try:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return clean_text(value).text


@dataclass
class ReadOptions:
    follow_symlinks: bool = False
    max_bytes: int = MAX_INPUT_BYTES
    max_chars: int = MAX_DOC_CHARS  # 0: no limit
    text_suffixes: frozenset[str] = frozenset(TEXT_SUFFIXES)
    # Absolute paths never read from a folder or glob (the run's own output and its
    # .partial: a rerun with --force would read the last run's output as input).
    exclude: frozenset[str] = frozenset()
    # The publication date (ISO) of inputs that give none of their own: .txt files, stdin
    # text, JSONL records without 'published' (a dump of one day's releases).
    published: str | None = None

    def excluded(self, path: Path | str) -> bool:
        return bool(self.exclude) and os.path.abspath(path) in self.exclude


def output_exclusions(*paths: Path) -> frozenset[str]:
    """``ReadOptions.exclude`` for output paths: each as given and with links resolved."""
    return frozenset(str(form) for path in paths for form in (path.absolute(), path.resolve()))


_ISO_DATE_START = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|[T ])")


def _is_iso_date(value: str) -> bool:
    """Whether ``value`` is ``YYYY-MM-DD`` or an ISO datetime starting with one."""
    if not _ISO_DATE_START.match(value):  # week dates ("2024-W05-1") and the like
        return False
    try:
        if len(value) == 10:
            dt.date.fromisoformat(value)
        else:
            dt.datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
    except ValueError:
        return False
    return True


def iso_published(value: Any) -> tuple[str | None, list[str]]:
    """A ``published`` value kept if it is an ISO date (or datetime), else None and why.

    A ``datetime.date`` (library callers) is kept as its ISO form.
    """
    if value is None or value == "":
        return None, []
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat(), []
    if isinstance(value, str) and _is_iso_date(value):
        return value, []
    shown = clean_text(str(value)[:40]).text
    return None, [f"'published' {shown!r} is not an ISO date (YYYY-MM-DD); ignored, "
                  "so it gives year-less dates no reference"]


def from_text(text: Any, *, id: str, source: str | None = None,
              published: Any = None) -> InputDoc:
    """An InputDoc from a value given in memory (library call or JSONL field)."""
    published, warnings = iso_published(published)
    if not isinstance(text, str):
        return InputDoc(id=id, text=None, source=source, published=published,
                        error=("read", f"'text' must be a string, got {type(text).__name__}"),
                        warnings=warnings)
    decoded = clean_text(text, document=True)
    return InputDoc(id=id, text=decoded.text, source=source, published=published,
                    encoding=None, warnings=[*warnings, *decoded.warnings])


def record_id(record: dict[str, Any], default_id: str) -> str:
    """The id of a JSON object's document: its ``id`` field, else ``default_id``."""
    raw_id = record.get("id")
    # (an id holding lone surrogates could not be written as UTF-8)
    return clean_text(str(raw_id)).text if raw_id not in (None, "") else default_id


def from_record(record: Any, *, default_id: str, source: str | None) -> InputDoc:
    """An InputDoc from a JSON object with ``text`` and optional id/published/source."""
    if not isinstance(record, dict):
        return InputDoc(id=default_id, text=None, source=source,
                        error=("read", f"JSON line is a {type(record).__name__}, not an object"))
    doc_id = record_id(record, default_id)
    src = clean_text(record["source"]).text if isinstance(record.get("source"), str) else source
    if "text" not in record:
        return InputDoc(id=doc_id, text=None, source=src,
                        published=iso_published(record.get("published"))[0],
                        error=("read", "JSON object has no 'text' field" + _text_hint(record)))
    doc = from_text(record["text"], id=doc_id, source=src, published=record.get("published"))
    doc.meta = {k: v for k, v in record.items() if k not in {"id", "text", "published", "source"}}
    return doc


# Fields that other tools put a document's text in: named in the error of a line without
# 'text', so that a whole file of them is fixed by renaming one field, not guessed at.
TEXT_FIELD_NAMES = ("content", "body", "article", "full_text", "fulltext", "article_text",
                    "text_body", "maintext", "main_text", "description", "message", "html",
                    "raw_text", "document", "contents", "Text", "Content", "Body")


def _text_hint(record: dict[str, Any]) -> str:
    """What to do about a JSON object without 'text': the field that seems to hold it."""
    found = [key for key in TEXT_FIELD_NAMES if isinstance(record.get(key), str)]
    if not found:  # else the longest string field, when it is long enough to be a text
        strings = sorted(((len(value), key) for key, value in record.items()
                          if isinstance(value, str) and key not in {"id", "source",
                                                                    "published"}),
                         reverse=True)
        found = [key for length, key in strings[:1] if length >= 200]
    if found:
        return (f"; it has {clean_text(found[0][:40]).text!r}: rename that field to 'text' "
                "(pressparse reads only 'text')")
    fields = ", ".join(repr(clean_text(str(key)[:40]).text) for key in list(record)[:8])
    return f" (its fields: {fields})" if fields else " (the object is empty)"


def read_bytes_file(path: Path, doc_id: str, options: ReadOptions) -> InputDoc:
    """Read and decode one text file."""
    source = str(path)
    try:
        problem = not_regular(path)
        if problem:
            return InputDoc(id=doc_id, text=None, source=source, error=("read", problem))
        info = path.stat()
        if info.st_size > options.max_bytes:
            return InputDoc(id=doc_id, text=None, source=source,
                            error=("read", f"file is {info.st_size} bytes, over the limit of "
                                           f"{options.max_bytes} (see --max-bytes)"))
        data = path.read_bytes()
    except OSError as exc:
        return InputDoc(id=doc_id, text=None, source=source,
                        error=("read", f"{type(exc).__name__}: {exc.strerror or exc}"))
    return decode_input(data, doc_id=doc_id, source=source)


def decode_input(data: bytes, *, doc_id: str, source: str | None) -> InputDoc:
    """Decode bytes into an InputDoc, recording the encoding or the decode error."""
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        return InputDoc(id=doc_id, text=None, source=source, error=("decode", str(exc)))
    return InputDoc(id=doc_id, text=decoded.text, source=source, encoding=decoded.encoding,
                    warnings=decoded.warnings)


class TooDeep(ValueError):
    """A JSON line nested deeper than the parsers go (valid JSON, but unreadable here)."""


def parse_json_line(raw: bytes) -> tuple[Any, list[str]]:
    """The JSON value of one line and warnings; raises ValueError for a line that is not JSON.

    orjson first; what it refuses but Python's ``json`` reads is accepted too: lone
    surrogate escapes (``"\\ud800"``, written by ``json.dumps``; replaced by U+FFFD later),
    ``NaN``/``Infinity`` and huge numbers in fields. A line that is not UTF-8 is decoded as
    the encoding it looks like, with a warning; a UTF-8 byte-order mark is dropped.
    """
    warnings: list[str] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return orjson.loads(raw), warnings
    except orjson.JSONDecodeError as exc:
        first_error = exc
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        encoding = guess_encoding(raw) or "latin-1"
        line = raw.decode(encoding, errors="replace")
        warnings.append(f"line is not UTF-8 (byte {exc.start}); decoded as {encoding}")
    try:
        return json.loads(line), warnings
    except RecursionError:  # (orjson said "depth limit exceeded": "not valid JSON" misleads)
        raise TooDeep("is JSON nested too deeply to read (over 1,000 levels of [ or {); "
                      "flatten its fields") from None
    except ValueError as exc:
        if warnings:  # orjson's complaint would be about the bytes, not the JSON
            raise ValueError(f"{warnings[0]}, then: {exc}") from None
        raise ValueError(str(first_error)) from None


@dataclass(frozen=True)
class _Overlong:
    """A line over the byte limit, skipped unread; ``bare_cr``: its start has CR line ends."""

    bare_cr: bool


# A carriage return not followed by a line feed: a line end in CR-only files (classic Mac
# OS, some Windows exports), which a reader splitting on LF alone sees as one long line.
_BARE_CR = re.compile(rb"\r(?!\n)")


def _lines(handle: BinaryIO, max_line_bytes: int) -> Iterator[bytes | _Overlong]:
    """The lines of a stream; ``_Overlong`` for a line over ``max_line_bytes`` (skipped)."""
    while raw := handle.readline(max_line_bytes + 1):
        if len(raw) > max_line_bytes and not raw.endswith(b"\n"):
            bare_cr = bool(_BARE_CR.search(raw, 0, 1 << 20))
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield _Overlong(bare_cr)
        else:
            yield raw


def _parsed_lines(handle: BinaryIO, max_line_bytes: int
                  ) -> Iterator[tuple[bytes | _Overlong, Any, list[str], ValueError | None]]:
    """(raw line, JSON value, warnings, parse error) per line, numbered as universal newlines
    would be for a line that is not JSON as a whole but whose bare CRs end JSON lines.

    A line holding bare CRs that parses as one value (JSON allows CR between tokens) is
    kept whole; otherwise it is split at them, each piece a line of its own with a warning.
    """
    for raw in _lines(handle, max_line_bytes):
        if isinstance(raw, _Overlong) or not raw.strip():
            yield raw, None, [], None
            continue
        try:
            value, warnings = parse_json_line(raw)
        except ValueError as exc:
            pieces = _BARE_CR.split(raw)
            if len(pieces) == 1 or (len(pieces) == 2 and not pieces[1].strip()):
                yield raw, None, [], exc
                continue
            note = "line ends are bare CR characters (old Mac style); read as line breaks"
            for piece in pieces:
                if not piece.strip():
                    yield piece, None, [], None
                    continue
                try:
                    value, warnings = parse_json_line(piece)
                except ValueError as piece_exc:
                    yield piece, None, [], piece_exc
                else:
                    yield piece, value, [note, *warnings], None
            continue
        yield raw, value, warnings, None


def read_jsonl(handle: BinaryIO, *, name: str,
               max_line_bytes: int = MAX_INPUT_BYTES) -> Iterator[InputDoc]:
    """One InputDoc per non-blank line of a JSON Lines stream.

    A line longer than ``max_line_bytes`` gets an error without being held in memory (a
    small .jsonl.gz can expand into a line of gigabytes). Bare CR line ends (a CR-only
    file) count as line breaks, so each of its records gets its own document.
    """
    for number, raw, record, warnings, problem in _jsonl_entries(handle, max_line_bytes):
        default_id = f"{name}:{number}"
        if isinstance(raw, _Overlong):
            hint = (" (its line ends are bare CR characters: convert them to LF)"
                    if raw.bare_cr else "")
            yield InputDoc(id=default_id, text=None, source=name, error=(
                "read", f"line {number} is over {max_line_bytes:,} bytes (see --max-bytes); "
                        f"split the document{hint}"))
            continue
        if problem is not None:
            what = f"{problem}" if isinstance(problem, TooDeep) else f"is not valid JSON: {problem}"
            yield InputDoc(id=default_id, text=None, source=name,
                           error=("read", f"line {number} {what}"))
            continue
        doc = from_record(record, default_id=default_id, source=name)
        doc.warnings[:0] = warnings
        yield doc


def _jsonl_entries(handle: BinaryIO, max_line_bytes: int
                   ) -> Iterator[tuple[int, bytes | _Overlong, Any, list[str],
                                       ValueError | None]]:
    """(line number, raw line, JSON value, warnings, parse error) per document line."""
    wide = _wide_encoding(handle)
    lines = _Utf8Lines(handle, wide) if wide else handle
    try:
        for number, (raw, record, warnings, problem) in enumerate(
                _parsed_lines(lines, max_line_bytes), start=1):  # type: ignore[arg-type]
            if isinstance(raw, _Overlong) or raw.strip():
                yield number, raw, record, warnings, problem
    finally:
        if isinstance(lines, _Utf8Lines):
            lines.detach()


# Byte-order marks of the encodings whose lines are not ASCII-compatible (UTF-32 first: its
# little-endian mark begins with UTF-16's). Windows PowerShell 5 writes UTF-16 by default.
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _wide_encoding(handle: BinaryIO) -> str | None:
    """"utf-16"/"utf-32" when a peekable stream starts with that byte-order mark."""
    peek = getattr(handle, "peek", None)
    head = peek(4)[:4] if peek else b""
    return next((name for bom, name in _WIDE_BOMS if head.startswith(bom)), None)


class _Utf8Lines:
    """A UTF-16/32 JSON Lines stream read line by line (at LF only) as UTF-8 bytes.

    ``readline(size)`` keeps the byte stream's contract: at most ``size`` UTF-8 bytes, so a
    line limit counts bytes here too (a wide stream is read ``size`` characters at a time,
    which can encode to up to four times as many bytes). A line cut that way had already been
    read to its end: the next call returns its bare line end, as the rest of the line.
    """

    def __init__(self, handle: BinaryIO, encoding: str) -> None:
        self._text = io.TextIOWrapper(handle, encoding=encoding,  # type: ignore[arg-type]
                                      errors="replace", newline="\n")
        self._cut_line_ended = False  # the line cut last time had reached its LF

    def readline(self, size: int = -1) -> bytes:
        if self._cut_line_ended:
            self._cut_line_ended = False
            return b"\n"
        line = self._text.readline(size).encode("utf-8")
        if 0 <= size < len(line):
            self._cut_line_ended = line.endswith(b"\n")
            return line[:size]
        return line

    def detach(self) -> None:
        """Leave the underlying stream open (its owner closes it)."""
        self._text.detach()


def read_jsonl_ids(path: Path, max_line_bytes: int = MAX_INPUT_BYTES) -> Iterator[str]:
    """The ids ``read_jsonl_file(path)`` gives its documents, in order, without building
    them: a planner (the dask engine's) reads a large file ~15x faster (no text cleaning).
    """
    name = str(path)
    try:
        if _unreadable_jsonl(path):
            yield writable(name)
            return
        count = 0
        with _open_jsonl(path) as handle:
            for number, raw, record, _, problem in _jsonl_entries(handle, max_line_bytes):
                count += 1
                default_id = f"{name}:{number}"
                usable = not isinstance(raw, _Overlong) and problem is None
                yield writable(record_id(record, default_id)
                               if usable and isinstance(record, dict) else default_id)
        if count == 0:
            yield writable(name)  # (the no-document record's id)
    except (OSError, EOFError, zlib.error):
        yield writable(name)


def not_regular(path: Path) -> str | None:
    """Why ``path`` cannot be read as a file (FIFO, device, folder...), or None if it can."""
    info = path.stat()
    if stat.S_ISREG(info.st_mode):
        return None
    if stat.S_ISDIR(info.st_mode):
        return "is a folder"
    return "not a regular file (device, FIFO or socket)"


def _empty_gzip(path: Path) -> str | None:
    """Why a 0-byte file named .gz is an error (even an empty gzip stream has a header):
    an interrupted copy or download, which would otherwise leave no trace."""
    if path.name.endswith(".gz") and path.stat().st_size == 0:
        return "named .gz but empty (0 bytes, not even a gzip header): an interrupted copy?"
    return None


def _unreadable_jsonl(path: Path) -> str | None:
    """Why ``path`` cannot be read as a JSONL file at all, or None."""
    return not_regular(path) or _empty_gzip(path)


def _open_jsonl(path: Path) -> BinaryIO:
    """A JSONL file's bytes, decompressed when its name ends with .gz."""
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def read_jsonl_file(path: Path, max_line_bytes: int = MAX_INPUT_BYTES) -> Iterator[InputDoc]:
    """The documents of a JSONL file (gzipped when named .gz), one per line in order; a file
    that cannot be read, is cut short or damaged, or holds no document line gives a record
    saying so, after the documents read before the problem."""
    name = str(path)
    count = 0
    try:
        problem = _unreadable_jsonl(path)
        if problem:
            yield InputDoc(id=name, text=None, source=name, error=("read", problem))
            return
        with _open_jsonl(path) as handle:
            for doc in read_jsonl(handle, name=name, max_line_bytes=max_line_bytes):
                count += 1
                yield doc
        if count == 0:
            yield _no_documents(name)
    except EOFError as exc:  # a .gz cut short (an interrupted copy or download)
        yield InputDoc(id=name, text=None, source=name, error=(
            "read", f"compressed file ends early (truncated) after {count} documents; "
                    f"the rest of it is lost (EOFError: {exc})"))
    except (gzip.BadGzipFile, zlib.error) as exc:  # damaged bytes, or not gzip at all
        yield InputDoc(id=name, text=None, source=name, error=("read", _gzip_problem(exc, count)))
    except OSError as exc:
        yield InputDoc(id=name, text=None, source=name,
                       error=("read", f"{type(exc).__name__}: {exc}"))


def _no_documents(name: str) -> InputDoc:
    """The record of a JSONL file without one document line (0 bytes, or blank lines only):
    a warning, not an error, as for an empty text file, so the file is not silently absent
    from the output."""
    return InputDoc(id=name, text="", source=name,
                    warnings=["the JSONL file holds no document (empty, or blank lines only)"])


def _gzip_problem(exc: Exception, count: int) -> str:
    """What a damaged or mislabelled .gz means for the documents read from it."""
    detail = f"({type(exc).__name__}: {exc})"
    if count == 0 and "Not a gzipped file" in str(exc):
        return f"named .gz but not gzip-compressed; nothing read {detail}"
    if isinstance(exc, zlib.error):
        return (f"compressed file is corrupt after {count} documents; the rest of it is "
                f"lost {detail}")
    return (f"compressed file is corrupt (failed its integrity check) after {count} "
            f"documents; those documents may hold damaged text {detail}")


def is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES)


def walk_folder(root: Path, options: ReadOptions) -> Iterator[Path | InputDoc]:
    """Files under ``root`` in sorted order; symlinks outside the root are not followed."""
    root_real = root.resolve()
    seen_dirs: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
            key = (info.st_dev, info.st_ino)
            if key in seen_dirs:
                continue
            seen_dirs.add(key)
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield InputDoc(id=str(folder), text=None, source=str(folder),
                           error=("read", f"cannot list folder: {exc.strerror or exc}"))
            continue
        subfolders: list[Path] = []
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith(".") or options.excluded(path):
                continue
            if entry.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError) as exc:  # loops, dangling links
                    yield InputDoc(id=str(path), text=None, source=str(path),
                                   error=("read", f"broken symlink or symlink loop: {exc}"))
                    continue
                if not options.follow_symlinks and not target.is_relative_to(root_real):
                    yield InputDoc(id=str(path), text=None, source=str(path),
                                   error=("read", "symlink points outside the input folder; "
                                                  "not followed (use --follow-symlinks)"))
                    continue
            try:
                if entry.is_dir():
                    subfolders.append(path)
                elif is_jsonl(path) or path.suffix.lower() in options.text_suffixes:
                    yield path
            except OSError as exc:
                yield InputDoc(id=str(path), text=None, source=str(path),
                               error=("read", f"{exc.strerror or exc}"))
        stack.extend(reversed(subfolders))


def doc_id_for(path: Path, root: Path | None) -> str:
    """A stable id: the path relative to the folder given, without the suffix."""
    relative = path.relative_to(root) if root and path.is_relative_to(root) else Path(path.name)
    return relative.with_suffix("").as_posix() if relative.suffix else relative.as_posix()


def read_path(path: Path, root: Path | None, options: ReadOptions) -> Iterator[InputDoc]:
    if is_jsonl(path):
        yield from read_jsonl_file(path, options.max_bytes)
    else:
        yield read_bytes_file(path, doc_id_for(path, root), options)


def read_any(path: Path, options: ReadOptions) -> Iterator[InputDoc]:
    """A folder (walked) or a single file named by the user."""
    if path.is_dir():
        for found in walk_folder(path, options):
            if isinstance(found, InputDoc):
                yield found
            else:
                yield from read_path(found, path, options)
    else:
        yield from read_path(path, None, options)


def limit_chars(doc: InputDoc, max_chars: int) -> InputDoc:
    """Turn a document longer than ``max_chars`` characters into a clear read error."""
    if max_chars and doc.text is not None and len(doc.text) > max_chars:
        doc.error = ("read", f"document has {len(doc.text):,} characters, over the limit of "
                             f"{max_chars:,} (see --max-chars); split it into smaller documents")
        doc.text = None
    return doc


def with_options(doc: InputDoc, options: ReadOptions) -> InputDoc:
    """``doc`` under the run's options: the length limit, the default publication date."""
    if doc.published is None and doc.text is not None:
        doc.published = options.published
    return limit_chars(doc, options.max_chars)


def read_inputs(inputs: Iterable[str], options: ReadOptions | None = None,
                stdin: BinaryIO | None = None, stdin_format: str = "text") -> Iterator[InputDoc]:
    """Stream InputDocs from paths, folders, globs and ``-`` (stdin), in the order given."""
    options = options or ReadOptions()
    for doc in _read_specs(inputs, options, stdin, stdin_format):
        yield with_options(doc, options)


def _read_specs(inputs: Iterable[str], options: ReadOptions, stdin: BinaryIO | None,
                stdin_format: str) -> Iterator[InputDoc]:
    for spec in inputs:
        if spec == "-":
            stream = stdin or sys.stdin.buffer
            if stdin_format == "jsonl":
                yield from read_jsonl(stream, name="stdin", max_line_bytes=options.max_bytes)
            else:
                data = stream.read(options.max_bytes + 1)
                if len(data) > options.max_bytes:
                    yield InputDoc(id="stdin", text=None, source="stdin", error=(
                        "read", f"stdin is over {options.max_bytes:,} bytes (see --max-bytes)"))
                else:
                    yield decode_input(data, doc_id="stdin", source="stdin")
            continue
        path = Path(spec)
        if path.exists() or path.is_symlink():
            yield from read_any(path, options)
        elif glob.has_magic(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                yield missing_input(spec)
            for match in matches:
                if not options.excluded(match):
                    yield from read_any(Path(match), options)
        else:
            yield missing_input(spec)


def missing_input(spec: str) -> InputDoc:
    """The error document of an input naming nothing: a glob pattern that matched no file,
    or a path that does not exist."""
    message = "glob pattern matched no files" if glob.has_magic(spec) else "no such file or folder"
    return InputDoc(id=spec, text=None, source=spec, error=("read", message))


class UniqueIds:
    """Decides the ids of a stream of documents: a repeated id gets a ``~N`` suffix
    (deterministic, so --resume sees the same ids), skipping suffixes already taken."""

    def __init__(self) -> None:
        self.emitted: set[str] = set()
        self.counters: dict[str, int] = {}

    def __call__(self, doc_id: str) -> str:
        """The id the next document with ``doc_id`` gets (``doc_id`` itself unless taken)."""
        if doc_id in self.emitted:
            count = self.counters.get(doc_id, 1)
            while f"{doc_id}~{count}" in self.emitted:
                count += 1
            self.counters[doc_id] = count
            new_id = f"{doc_id}~{count}"
        else:
            new_id = doc_id
        self.emitted.add(new_id)
        return new_id


def rename(doc: InputDoc, new_id: str) -> InputDoc:
    """Give ``doc`` the id ``new_id`` decided by ``UniqueIds``, with the renaming warning."""
    if new_id != doc.id:
        doc.warnings.append(f"duplicate id {doc.id!r} renamed to {new_id!r}")
        doc.id = new_id
    return doc


def unique_ids(docs: Iterable[InputDoc]) -> Iterator[InputDoc]:
    """Give repeated ids a ``~N`` suffix (deterministic, so --resume sees the same ids).

    Every id yielded is distinct, also when an input already uses a ``~N`` id.
    """
    decide = UniqueIds()
    for doc in docs:
        yield rename(doc, decide(doc.id))

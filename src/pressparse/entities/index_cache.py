"""A per-user cache of the built gazetteer (:class:`~.gazetteer_data.GazetteerData`): the
phrase index's tables, the place lookups, the name dicts, pickled once and read back by every
later process instead of being rebuilt from the data files (about a second of start-up).

The cache is only ever a shortcut: a missing, unreadable, corrupt or stale file, a cache
directory that cannot be made or written, or ``PRESSPARSE_CACHE_DIR=off`` all mean the gazetteer
is built from its files as without a cache.

* Where: ``$PRESSPARSE_CACHE_DIR``, else ``$XDG_CACHE_HOME/pressparse``, else
  ``~/.cache/pressparse``; delete the directory (or its ``gazetteer-*.pickle`` files) to clear.
* Key: the bytes of every file in the data directory, the source of the modules that build and
  hold the structures (``pressparse/entities/*.py``, ``data.py``, ``tokenizer.py``), the
  tokenizer's settings (phrases are stored as its tokens), the pressparse, spaCy and Python
  versions and :data:`FORMAT_VERSION`. A different key is a different file name; the key is
  also stored inside the file and checked, with a SHA-256 of the pickled bytes.
* The index is stored without the ``Language``: its ``nlp`` and vocab-bound helper are attached
  again on load, and the few phrases the build ran through the tokenizer are tokenized again,
  so the vocab's strings and lexemes are as a build leaves them.
* Writes go to a temporary file in the cache directory, then ``os.replace``: a concurrent
  reader (a worker process of a pool) sees the old file, the new one, or none, never half.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

import spacy
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokenizer import Tokenizer
from spacy.vocab import Vocab

from ..data import gc_paused
from .phrases import LexemeFacts, PhraseIndex

if TYPE_CHECKING:
    from .gazetteer_data import GazetteerData

FORMAT_VERSION = 1  # bump when what is stored changes in a way the source hash cannot see
ENV_VAR = "PRESSPARSE_CACHE_DIR"
OFF = "off"
_MAGIC = b"pressparse-gazetteer-cache\n"
_PREFIX = "gazetteer-"
_SUFFIX = ".pickle"
KEEP_FILES = 8  # older cache files (other data or code versions) beyond these are removed
# the index's attributes bound to the Language: never pickled, made again on load
_LANGUAGE_BOUND = ("nlp", "_facts")
_PACKAGE = Path(__file__).resolve().parent.parent
_log = logging.getLogger(__name__)


def cache_dir() -> Path | None:
    """The cache directory (not necessarily existing yet), or None when caching is off."""
    configured = os.environ.get(ENV_VAR, "").strip()
    if configured.lower() == OFF:
        return None
    if configured:
        return Path(configured).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    if xdg and os.path.isabs(xdg):  # the XDG spec ignores relative paths
        return Path(xdg) / "pressparse"
    try:
        return Path.home() / ".cache" / "pressparse"
    except (RuntimeError, KeyError, OSError):  # no home directory
        return None


def _hash_files(digest: Any, paths: list[Path], root: Path) -> None:
    for path in paths:
        data = path.read_bytes()
        name = path.relative_to(root).as_posix().encode()
        digest.update(b"%d:%s %d:" % (len(name), name, len(data)))
        digest.update(data)


def _source_files() -> list[Path]:
    return sorted([*(_PACKAGE / "entities").glob("*.py"), _PACKAGE / "data.py",
                   _PACKAGE / "tokenizer.py"])


def cache_key(nlp: Language, data_dir: Path) -> str:
    """What the built gazetteer depends on, hashed (see the module docstring)."""
    from .. import __version__

    digest = hashlib.sha256()
    versions = (f"format {FORMAT_VERSION} pressparse {__version__} spacy {spacy.__version__} "
                f"python {sys.version_info[0]}.{sys.version_info[1]} "
                f"lang {nlp.lang} {type(nlp).__module__}.{type(nlp).__qualname__}")
    digest.update(versions.encode())
    digest.update(b"\0tokenizer\0")
    digest.update(_tokenizer_bytes(nlp.tokenizer))
    digest.update(b"\0data\0")
    _hash_files(digest, sorted(p for p in data_dir.rglob("*") if p.is_file()), data_dir)
    digest.update(b"\0source\0")
    _hash_files(digest, [p for p in _source_files() if p.is_file()], _PACKAGE)
    return digest.hexdigest()


def _tokenizer_bytes(tokenizer: Any) -> bytes:
    from .gazetteer_data import tokenizer_fingerprint  # (that module imports this one)

    if isinstance(tokenizer, Tokenizer):
        return tokenizer_fingerprint(tokenizer).encode()  # as phrase_tokens.jsonl is keyed
    # another callable: its type (no settings to read); tokens of phrases may still differ
    return f"{type(tokenizer).__module__}.{type(tokenizer).__qualname__}".encode()


def cache_file(nlp: Language, data_dir: Path) -> tuple[Path, str] | None:
    """The cache file for this pipeline and data directory and its key, or None (off)."""
    directory = cache_dir()
    if directory is None:
        return None
    key = cache_key(nlp, data_dir)
    return directory / f"{_PREFIX}{key[:32]}{_SUFFIX}", key


def restore(data: GazetteerData, nlp: Language, data_dir: Path) -> bool:
    """Fill ``data`` from the cache; False (``data`` untouched) when there is no usable file."""
    try:
        target = cache_file(nlp, data_dir)
    except OSError as exc:  # a data file vanished while hashed: the build will say more
        _log.debug("gazetteer cache skipped: %s", exc)
        return False
    if target is None:
        return False
    payload = _read(*target)
    if payload is None:
        return False
    state, index_tables, tokenized = payload
    index = PhraseIndex.__new__(PhraseIndex)
    vars(index).update(index_tables)
    index.nlp = nlp
    index._facts = LexemeFacts(nlp.vocab)
    for text in tokenized:  # the build's tokenizer calls add these strings and lexemes
        nlp.tokenizer(text)
    vars(data).update(state)
    data.index = index
    data.data_dir = data_dir
    return True


def store(data: GazetteerData, nlp: Language, data_dir: Path) -> bool:
    """Write ``data`` (just built) to the cache; False when it could not be (never raises
    for an unwritable or missing cache directory)."""
    try:
        target = cache_file(nlp, data_dir)
        if target is None:
            return False
        path, key = target
        # the index's place kept (None): attributes come back in the order a build sets them
        state = {name: None if name == "index" else value for name, value in vars(data).items()}
        index = data.index
        tables = {name: value for name, value in vars(index).items()
                  if name not in _LANGUAGE_BOUND}
        _check_unbound(state, tables)
        tokenized = [text for text in index.tokenizer_phrases if text not in index.cached_tokens]
        write_checked(path, _MAGIC, (key, state, tables, tokenized))
        _prune(path)
        return True
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError,
            ValueError) as exc:
        _log.debug("gazetteer cache not written: %s", exc)
        return False


_BOUND_TYPES = (Language, Vocab, StringStore, Tokenizer)


def _check_unbound(*parts: dict[str, Any]) -> None:
    """No stored attribute (nor an attribute of one) may hold the pipeline or its vocab: it
    would be pickled with it, and restored detached from the process's own."""
    for part in parts:
        for name, value in part.items():
            inner = getattr(value, "__dict__", None) or {}
            for item in (value, *inner.values()):
                if isinstance(item, _BOUND_TYPES):
                    raise TypeError(f"gazetteer attribute {name} holds a {type(item).__name__}")


def _read(path: Path, key: str) -> tuple[dict[str, Any], dict[str, Any], list[str]] | None:
    stored = read_checked(path, _MAGIC, "gazetteer cache")
    if not isinstance(stored, tuple) or len(stored) != 4:
        return None
    stored_key, state, tables, tokenized = stored
    if stored_key != key or not isinstance(state, dict) or not isinstance(tables, dict) \
            or not isinstance(tokenized, list):
        return None
    return state, tables, tokenized


def read_checked(path: Path, magic: bytes, what: str) -> Any:
    """The object pickled in a file :func:`write_checked` wrote with ``magic``, or None when
    the file is missing, unreadable, corrupt (its checksum fails) or holds a bad pickle
    (``what`` names the cache in the debug log)."""
    try:
        blob = path.read_bytes()
    except OSError:  # missing (the common cold case) or unreadable
        return None
    head = len(magic) + 32
    if len(blob) < head or not blob.startswith(magic) \
            or hashlib.sha256(memoryview(blob)[head:]).digest() != blob[len(magic):head]:
        _log.debug("%s %s is corrupt: ignored", what, path)
        return None
    try:
        with gc_paused():
            return pickle.loads(memoryview(blob)[head:])
    except Exception as exc:  # whatever a bad pickle raises means "compile or build anew"
        _log.debug("%s %s unreadable (%s): ignored", what, path, exc)
        return None


def write_checked(path: Path, magic: bytes, payload: Any) -> None:
    """``payload`` pickled behind ``magic`` and its SHA-256 checksum, written atomically."""
    with gc_paused():
        body = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    _write_atomic(path, magic + hashlib.sha256(body).digest() + body)


def _write_atomic(path: Path, blob: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(blob)
        os.replace(temp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise


def _prune(keep: Path) -> None:
    """Remove all but the :data:`KEEP_FILES` newest cache files (other keys: old data)."""
    try:
        files = sorted(keep.parent.glob(f"{_PREFIX}*{_SUFFIX}"),
                       key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[KEEP_FILES:]:
            if old != keep:
                old.unlink()
    except OSError:
        pass

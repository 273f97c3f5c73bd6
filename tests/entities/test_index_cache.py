"""The gazetteer cache: a warm cache gives the structures and entities a build gives; a changed
data file, tokenizer or format is another key; a corrupt or foreign file is rebuilt; ``off``
and an unwritable directory only skip the cache.

A small copy of the bundled gazetteer (every file, places cut to their first 400 lines) keeps
each build short."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language

import pressparse.components  # noqa: F401  (registers the factories)
from pressparse.entities import index_cache
from pressparse.entities.gazetteer_data import GazetteerData
from pressparse.entities.index_cache import cache_dir, cache_file, cache_key
from pressparse.pipeline import model_path

SOURCE = model_path() / "pressparse_gazetteer"
PLACE_LINES = 400
NEW_SUBSTANCE = '{"id": "zorbaxene", "name": "zorbaxene", "class": "other", "variants": []}\n'
TEXTS = [
    "Anti-narcotics police of Afghanistan seized 120 kg of heroin in Kabul and Herat; two "
    "Afghans were detained near Mazar-e Sharif.",
    "DUBAI, March 3 (WAM) - Dubai Customs found captagon pills at Jebel Ali port, the UAE's "
    "Ministry of Interior said, and handed them to the Sharjah police.",
    "The UNODC and Interpol met in Abu Dhabi on the\nUnited Arab Emirates' fight against "
    "methamphetamine; the Emirati delegation thanked Andorra.",
]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("gazetteer")
    for path in SOURCE.iterdir():
        if path.name.startswith("places") and path.name != "places.jsonl":
            continue  # curated places extend places.jsonl's ids, cut here
        if path.name == "places.jsonl":
            lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
            (target / path.name).write_text("".join(lines[:PLACE_LINES]), encoding="utf-8")
        else:
            shutil.copy(path, target / path.name)
    return target


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv(index_cache.ENV_VAR, str(directory))
    return directory


def built(nlp: Language, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
          restored: bool) -> GazetteerData:
    """GazetteerData, asserting whether it came from the cache (no ``_load``) or a build."""
    calls: list[bool] = []
    original = GazetteerData._load

    def counting(self: GazetteerData, *args: Any) -> None:
        calls.append(True)
        original(self, *args)

    with monkeypatch.context() as patch:
        patch.setattr(GazetteerData, "_load", counting)
        data = GazetteerData(nlp, data_dir)
    assert bool(calls) is not restored
    return data


def plain(value: Any) -> Any:
    """A comparable (hashable) picture of a built structure, without the Language."""
    if isinstance(value, dict):
        return ("dict", tuple((plain(k), plain(v)) for k, v in value.items()))
    if isinstance(value, (set, frozenset)):
        return ("set", frozenset(plain(item) for item in value))
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(plain(item) for item in value))
    if isinstance(value, re.Pattern):
        return ("re", value.pattern, value.flags)
    if isinstance(value, Path):
        return ("path", str(value))
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    slots = getattr(type(value), "__slots__", ())
    attrs = dict(getattr(value, "__dict__", {}))
    attrs.update({name: getattr(value, name) for name in slots if hasattr(value, name)})
    attrs = {name: attrs[name] for name in sorted(attrs) if name not in ("nlp", "_facts")}
    return (type(value).__qualname__, plain(attrs))


def entities(nlp_data: tuple[Language, GazetteerData], text: str) -> list[tuple[Any, ...]]:
    nlp, data = nlp_data
    doc = nlp.make_doc(text)
    return [(m.start, m.end, doc[m.start:m.end].text, plain(m.entry))
            for m in data.index.matches(doc)]


def test_warm_cache_gives_the_built_structures_and_matches(
        nlp: Language, data_dir: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = built(nlp, data_dir, monkeypatch, restored=False)
    assert len(list(cache.glob("gazetteer-*.pickle"))) == 1
    assert not list(cache.glob(".*.tmp"))  # the temporary file was renamed
    warm = built(nlp, data_dir, monkeypatch, restored=True)
    assert warm.index.nlp is nlp
    assert plain(warm) == plain(cold)
    assert len(warm.index) == len(cold.index) > 1000
    found = [entities((nlp, warm), text) for text in TEXTS]
    assert found == [entities((nlp, cold), text) for text in TEXTS]
    names = {match[2] for text in found for match in text}
    assert {"Kabul", "heroin", "Dubai", "UAE", "Abu Dhabi", "captagon"} <= names
    assert "United Arab Emirates" in names or "United Arab\nEmirates" in names


def test_pipeline_entities_same_cold_warm_and_off(
        data_dir: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def ents() -> list[list[tuple[str, str, str]]]:
        pipeline = spacy.blank("en")
        pipeline.add_pipe("pressparse_gazetteer", config={"data_dir": str(data_dir)})
        return [[(e.text, e.label_, e.kb_id_) for e in pipeline(text).ents] for text in TEXTS]

    cold = ents()
    warm = ents()
    monkeypatch.setenv(index_cache.ENV_VAR, "off")
    assert cold == warm == ents()
    assert any(cold)


@pytest.mark.parametrize("change", [
    "edit a data file", "add a data file", "tokenizer special case", "format version",
    "other language class"])
def test_what_the_build_depends_on_changes_the_key(
        tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    copy = tmp_path / "data"
    shutil.copytree(data_dir, copy)
    pipeline = spacy.blank("en")
    before = cache_key(pipeline, copy)
    assert cache_key(spacy.blank("en"), copy) == before  # deterministic
    if change == "edit a data file":
        with (copy / "substances.jsonl").open("a", encoding="utf-8") as out:
            out.write(NEW_SUBSTANCE)
    elif change == "add a data file":
        (copy / "places_extra.jsonl").write_text("", encoding="utf-8")
    elif change == "tokenizer special case":
        pipeline.tokenizer.add_special_case("Sharjah", [{"ORTH": "Shar"}, {"ORTH": "jah"}])
    elif change == "format version":
        monkeypatch.setattr(index_cache, "FORMAT_VERSION", index_cache.FORMAT_VERSION + 1)
    else:
        pipeline = spacy.blank("de")
    assert cache_key(pipeline, copy) != before


def test_changed_data_file_is_rebuilt_with_its_names(
        tmp_path: Path, nlp: Language, data_dir: Path, cache: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "data"
    shutil.copytree(data_dir, copy)
    built(nlp, copy, monkeypatch, restored=False)
    built(nlp, copy, monkeypatch, restored=True)
    with (copy / "substances.jsonl").open("a", encoding="utf-8") as out:
        out.write(NEW_SUBSTANCE)
    data = built(nlp, copy, monkeypatch, restored=False)
    assert [e.normalized["name"] for e in data.index.entries_of("zorbaxene")] == ["zorbaxene"]
    assert built(nlp, copy, monkeypatch, restored=True).index.entries_of("zorbaxene")
    assert len(list(cache.glob("gazetteer-*.pickle"))) == 2  # the old key's file stays


def _truncated(blob: bytes) -> bytes:
    return blob[: len(blob) // 2]


def _flipped(blob: bytes) -> bytes:
    middle = len(blob) // 2
    return blob[:middle] + bytes([blob[middle] ^ 1]) + blob[middle + 1:]


def _resealed_garbage(blob: bytes) -> bytes:  # a valid checksum over bytes no pickle reads
    import hashlib

    body = b"\x80\x05not a pickle"
    return index_cache._MAGIC + hashlib.sha256(body).digest() + body


def _other_key(blob: bytes) -> bytes:  # a sound file written under another key
    import hashlib
    import pickle

    head = len(index_cache._MAGIC) + 32
    _key, *rest = pickle.loads(blob[head:])
    body = pickle.dumps(("0" * 64, *rest), protocol=pickle.HIGHEST_PROTOCOL)
    return index_cache._MAGIC + hashlib.sha256(body).digest() + body


@pytest.fixture(scope="module")
def sound(nlp: Language, data_dir: Path,
          tmp_path_factory: pytest.TempPathFactory) -> tuple[GazetteerData, bytes]:
    """A build and the cache file it wrote."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(index_cache.ENV_VAR, str(tmp_path_factory.mktemp("sound")))
        data = GazetteerData(nlp, data_dir)
        path, _ = cache_file(nlp, data_dir)
        return data, path.read_bytes()


@pytest.mark.parametrize("damage", [
    lambda blob: b"", _truncated, _flipped, lambda blob: b"garbage" * 100, _resealed_garbage,
    _other_key,
], ids=["empty", "truncated", "flipped byte", "garbage", "checksummed garbage", "other key"])
def test_corrupt_cache_file_is_not_read(nlp: Language, data_dir: Path, cache: Path,
                                        sound: tuple[GazetteerData, bytes], damage: Any) -> None:
    data, blob = sound
    path, _ = cache_file(nlp, data_dir)
    path.parent.mkdir(parents=True)
    path.write_bytes(blob)
    assert index_cache.restore(GazetteerData.__new__(GazetteerData), nlp, data_dir)
    path.write_bytes(damage(blob))
    shell = GazetteerData.__new__(GazetteerData)
    assert not index_cache.restore(shell, nlp, data_dir)
    assert not vars(shell)  # left untouched for the build
    assert index_cache.store(data, nlp, data_dir)  # a build replaces the file
    assert path.read_bytes() == blob


def test_corrupt_cache_file_is_rebuilt(nlp: Language, data_dir: Path, cache: Path,
                                       sound: tuple[GazetteerData, bytes],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = cache_file(nlp, data_dir)
    path.parent.mkdir(parents=True)
    path.write_bytes(_truncated(sound[1]))
    rebuilt = built(nlp, data_dir, monkeypatch, restored=False)
    assert rebuilt.index.entries_of("Kabul") and path.read_bytes() == sound[1]
    built(nlp, data_dir, monkeypatch, restored=True)


@pytest.mark.parametrize(("env", "expected"), [
    ({"PRESSPARSE_CACHE_DIR": "off"}, None),
    ({"PRESSPARSE_CACHE_DIR": "OFF", "XDG_CACHE_HOME": "/x"}, None),
    ({"PRESSPARSE_CACHE_DIR": "/var/pp", "XDG_CACHE_HOME": "/x"}, Path("/var/pp")),
    ({"XDG_CACHE_HOME": "/x"}, Path("/x/pressparse")),
    ({"XDG_CACHE_HOME": "relative"}, Path("/home/u/.cache/pressparse")),  # ignored, as XDG
    ({}, Path("/home/u/.cache/pressparse")),
])
def test_cache_directory(monkeypatch: pytest.MonkeyPatch, env: dict[str, str],
                         expected: Path | None) -> None:
    for name in ("PRESSPARSE_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("HOME", "/home/u")
    assert cache_dir() == expected


def test_off_switch_writes_and_reads_nothing(
        tmp_path: Path, nlp: Language, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv(index_cache.ENV_VAR, "off")
    built(nlp, data_dir, monkeypatch, restored=False)
    built(nlp, data_dir, monkeypatch, restored=False)
    assert not list(tmp_path.rglob("*.pickle"))


def test_unusable_cache_directory_only_skips_the_cache(
        tmp_path: Path, nlp: Language, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(index_cache.ENV_VAR, str(blocker / "cache"))
    data = built(nlp, data_dir, monkeypatch, restored=False)
    assert data.index.entries_of("Kabul")
    assert not index_cache.store(data, nlp, data_dir)

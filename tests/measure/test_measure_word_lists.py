"""The optional word lists of the quantities data: each file ``<field>.jsonl`` fills the
Lexicon field of its name with its lower-case words (a missing file leaves it empty)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import orjson
import pytest

from pressparse.measure.lexicon import OPTIONAL_WORD_LISTS, Lexicon, load_lexicon
from pressparse.pipeline import model_path

DATA = model_path() / "pressparse_quantities"
FIELDS = {field.name for field in dataclasses.fields(Lexicon)}


@pytest.mark.parametrize("name", OPTIONAL_WORD_LISTS)
def test_list_fills_its_field(name: str) -> None:
    assert name in FIELDS
    path = DATA / f"{name}.jsonl"
    words = {word.lower() for line in path.read_bytes().splitlines()
             if line.strip() and not line.lstrip().startswith((b"#", b"//"))
             for word in orjson.loads(line)["words"]}
    assert getattr(load_lexicon(DATA), name) == frozenset(words)


def test_missing_lists_are_empty(tmp_path: Path) -> None:
    data = tmp_path / "pressparse_quantities"
    data.mkdir()
    for path in DATA.iterdir():
        if path.stem not in OPTIONAL_WORD_LISTS:
            (data / path.name).write_bytes(path.read_bytes())
    (tmp_path / "pressparse_gazetteer").mkdir()
    demonyms = model_path() / "pressparse_gazetteer" / "demonyms.jsonl"
    (tmp_path / "pressparse_gazetteer" / "demonyms.jsonl").write_bytes(demonyms.read_bytes())
    lexicon = load_lexicon(data)
    assert all(getattr(lexicon, name) == frozenset() for name in OPTIONAL_WORD_LISTS)

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


@pytest.mark.parametrize(("builder", "before", "found"), [
    # subject_words.jsonl absolute_joints, absolute_determiners: "with ... at"
    ("absolute_at", "exports rose, with the palm oil price at ", True),
    ("absolute_at", "followed by crude steel at ", True),
    ("absolute_at", "the meeting at ", False),
    # value_after_comma: a sum set off as the value of the amount before it
    ("valued_after", "4,200 tonnes of cashew nuts, valued at ", True),
    ("valued_after", "3 kg of gold, for a total value of ", True),
    ("valued_after", "3 kg of gold and a value of ", False),
    # partitive_pronouns, partitive_nouns: a part of a total named before
    ("part_of_total", "Of this quantity, ", True),
    ("part_of_total", "of which ", True),
    ("part_of_total", "a piece of ", False),
    # share_holder_links, share_verbs: "with Lagos accounting for 14, followed by Kano with 9"
    ("share_of_total", "with Lagos accounting for ", True),
    ("share_of_total", "followed by Kano with ", True),
    ("share_of_total", "along with ", False),
])
def test_clause_patterns_read_their_subject_words(builder: str, before: str,
                                                  found: bool) -> None:
    from pressparse.measure import clause_links, counts

    build = {"absolute_at": clause_links._absolute_at,
             "valued_after": clause_links._valued_after,
             "part_of_total": clause_links._part_of_total_before,
             "share_of_total": counts.share_of_total_before}[builder]
    words = load_lexicon(DATA).subject_words
    text = before if builder in ("valued_after", "share_of_total") else before.lower()
    assert (build(words).search(text) is not None) is found

"""The benchmark corpus reads every sample set but those named in samples/SEALED."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus.py"


@pytest.fixture(scope="module")
def corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_corpus", CORPUS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FILES = {
    "dev/a.txt": True,
    "holdout7/b.txt": True,
    "ann/holdout7/b.txt": True,
    "wire99/c.txt": False,  # a sealed set
    "ann/wire99/c.txt": False,  # its annotations' folder
    "blindset/d.txt": False,
    "dev/notes.md": False,  # not a text
}


@pytest.mark.parametrize("sealed_file", ["wire99\nblindset\n", "blindset wire99"])
def test_sealed_sets_are_left_out(tmp_path: Path, corpus: ModuleType,
                                  sealed_file: str) -> None:
    for name in FILES:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Text of {name}: 12 kg of cannabis seized in Durban.", encoding="utf-8")
    (tmp_path / "SEALED").write_text(sealed_file, encoding="utf-8")
    kept = {path.relative_to(tmp_path).as_posix() for path in corpus.sample_paths(tmp_path)}
    assert kept == {name for name, read in FILES.items() if read}
    assert len(corpus.sample_texts(tmp_path)) == len(kept)
    sets = {path.relative_to(tmp_path).as_posix() for path in corpus.set_text_paths(tmp_path)}
    assert sets == {name for name in kept if not name.startswith("ann/")}


def test_no_sealed_file_reads_every_set(tmp_path: Path, corpus: ModuleType) -> None:
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "a.txt").write_text("Officers seized 3 kg of heroin.", encoding="utf-8")
    assert [p.name for p in corpus.sample_paths(tmp_path)] == ["a.txt"]

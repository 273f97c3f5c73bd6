"""The pipeline directory loads with spacy.load, and factories resolve via entry points."""

from __future__ import annotations

import gc
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import spacy

from pressparse.components.base import DataComponent
from pressparse.pipeline import PIPE_NAMES, build_blank, load, model_path

ROOT = Path(__file__).resolve().parents[1]


def test_bundled_pipeline_has_every_component() -> None:
    nlp = load()
    assert tuple(nlp.pipe_names) == PIPE_NAMES


def test_spacy_load_of_the_model_directory_in_a_fresh_interpreter() -> None:
    """A program that merely has pressparse installed can spacy.load the directory."""
    code = (
        "import spacy, sys; nlp = spacy.load(sys.argv[1]); "
        "doc = nlp('The CSTO met in Almaty.'); print(','.join(nlp.pipe_names))"
    )
    result = subprocess.run([sys.executable, "-c", code, str(ROOT / "models" / "pressparse-en")],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip().split(",") == list(PIPE_NAMES)


@pytest.mark.parametrize("factory", PIPE_NAMES)
def test_add_pipe_by_factory_name_in_a_fresh_interpreter(factory: str) -> None:
    """The spacy_factories entry point registers each factory without importing pressparse."""
    code = (
        "import spacy, sys; nlp = spacy.blank('en'); nlp.add_pipe(sys.argv[1]); "
        "nlp('Interpol and the CSTO held talks on 3 May 2024.'); print('ok')"
    )
    result = subprocess.run([sys.executable, "-c", code, factory],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "ok"


class _RecordingComponent(DataComponent):
    """Records whether cyclic garbage collection was on while its data loaded."""

    factory = "pressparse_gazetteer"

    def __init__(self, fail: bool) -> None:
        super().__init__(spacy.blank("en"), "recording")
        self.fail = fail
        self.collecting: bool | None = None

    def load(self, data_dir: Path) -> None:
        self.collecting = gc.isenabled()
        if self.fail:
            raise ValueError("bad data file")


@pytest.mark.parametrize(("enabled_before", "fail"), [
    (True, False),   # the usual case: collections off while loading, back on after
    (True, True),    # a data file that fails to load still turns them back on
    (False, False),  # a caller that turned them off keeps them off
])
def test_component_data_loads_without_cyclic_collections(enabled_before: bool,
                                                         fail: bool) -> None:
    component = _RecordingComponent(fail)
    was = gc.isenabled()
    (gc.enable if enabled_before else gc.disable)()
    try:
        if fail:
            with pytest.raises(ValueError):
                component.ensure_loaded()
        else:
            component.ensure_loaded()
        after = gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
    assert component.collecting is False
    assert after is enabled_before


def test_model_directory_holds_config_and_component_data() -> None:
    path = model_path()
    assert (path / "config.cfg").is_file()
    assert (path / "meta.json").is_file()
    assert list((path / "pressparse_gazetteer").glob("*.jsonl"))


def test_pipeline_round_trips_through_to_disk(tmp_path: Path) -> None:
    nlp = load()
    nlp.to_disk(tmp_path / "copy")
    again = spacy.load(tmp_path / "copy")
    text = "From 17 to 28 June 2024 the CSTO held a course in Moscow."
    assert [(e.text, e.label_) for e in again(text).ents] == [
        (e.text, e.label_) for e in nlp(text).ents
    ]


@pytest.mark.slow
def test_wheel_contains_the_pipeline_and_typing_marker(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(tmp_path), str(ROOT)], check=True)
    wheel = next(tmp_path.glob("pressparse-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "pressparse/py.typed" in names
    assert "pressparse/models/pressparse-en/config.cfg" in names
    assert "pressparse/models/pressparse-en/tokenizer" in names
    assert any(n.startswith("pressparse/models/pressparse-en/pressparse_gazetteer/")
               for n in names)


@pytest.mark.parametrize(("text", "tokens"), [
    ("/TASS/. Police", ["/", "TASS", "/", ".", "Police"]),
    ("rose +6.2% on", ["rose", "+", "6.2", "%", "on"]),
    ("paid €120m. It", ["paid", "€", "120", "m", ".", "It"]),
    ("was 40C. It", ["was", "40C", ".", "It"]),
    ("hit $3bn. It", ["hit", "$", "3bn", ".", "It"]),
    ("seized 3 kg 450 g. It", ["seized", "3", "kg", "450", "g", ".", "It"]),
    ("poured 12 l. It", ["poured", "12", "l", ".", "It"]),
    ("J. M. Smith at 5 p.m. in the U.S.", ["J.", "M.", "Smith", "at", "5", "p.m.", "in", "the",
                                           "U.S."]),
])
def test_tokenizer_splits_scraped_text_as_the_rules_expect(text: str,
                                                          tokens: list[str]) -> None:
    assert [t.text for t in build_blank(()).make_doc(text)] == tokens


def test_shared_pipeline_is_one_object_however_the_default_is_asked_for() -> None:
    """``shared()``, ``shared(None)`` and a default ``Extractor`` hold one pipeline: a batch
    after the CLI's warm-up (``shared()``) must not load a second copy (+100 MB, +1 s)."""
    from pressparse.driver import Extractor
    from pressparse.pipeline import shared

    nlp = shared()
    assert shared(None) is nlp
    assert Extractor(time_budget=None).nlp is nlp

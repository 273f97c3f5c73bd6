"""`pressparse evaluate` end to end: tables, --json, --html, --min-f1 exit codes, baselines."""

from __future__ import annotations

import copy
import html as html_lib
import shutil
from pathlib import Path

import orjson
import pytest
import typer
from eval_helpers import GOLD_DIR
from typer.testing import CliRunner

from pressparse.evaluate.baselines import naive_entities, run_baseline, spacy_sm_package
from pressparse.evaluate.command import evaluate_command
from pressparse.evaluate.corpus import EvalDoc
from pressparse.evaluate.html import html_report
from pressparse.evaluate.readers import read_annotations
from pressparse.evaluate.scoring import score_system
from pressparse.evaluate.thresholds import Threshold, ThresholdError, check, parse

app = typer.Typer()
app.command("evaluate")(evaluate_command)
app.command("noop")(lambda: None)  # two commands: invoke as `evaluate ...` like the real CLI
runner = CliRunner()


def gold_docs() -> list[EvalDoc]:
    return read_annotations(GOLD_DIR)


def write_predictions(path: Path, gold: list[EvalDoc], spoil: bool) -> Path:
    """Gold turned into prediction Documents (JSONL), optionally with errors."""
    lines = []
    for doc in gold:
        data = orjson.loads((GOLD_DIR / f"{doc.id}.gold.json").read_bytes())
        if spoil and doc.id == "border_operation":
            item = data["items"][0]
            item["entities"] = [e for e in item["entities"] if e["label"] != "NORP"]
            for entity in item["entities"]:
                if entity["text"] == "Kazakhstan":
                    entity["normalized"]["iso2"] = "KG"
            item["entities"].append({"label": "ORG", "text": "border guards",
                                     "start": doc.text.index("border guards"),
                                     "end": doc.text.index("border guards") + 13})
            item["events"][0]["end_date"] = "2022-10-10"
            item["events"].pop()
        lines.append(orjson.dumps(data))
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_perfect_predictions_pass_the_default_thresholds(tmp_path: Path) -> None:
    pred = write_predictions(tmp_path / "pred.jsonl", gold_docs(), spoil=False)
    result = runner.invoke(app, ["evaluate", str(GOLD_DIR), "--pred", str(pred),
                                 "--min-f1", "default", "--json", str(tmp_path / "r.json")])
    assert result.exit_code == 0, result.output
    assert "COUNTRY" in result.output and "seizures" in result.output
    report = orjson.loads((tmp_path / "r.json").read_bytes())
    assert report["passed"] is True
    main = report["systems"]["pressparse"]
    assert main["entities"]["ALL"]["value"]["f1"] == 1.0
    assert main["events"]["events"] == {"tp": 4, "fp": 0, "fn": 0, "precision": 1.0,
                                        "recall": 1.0, "f1": 1.0}


def test_errors_fail_the_thresholds_and_are_reported(tmp_path: Path) -> None:
    pred = write_predictions(tmp_path / "pred.jsonl", gold_docs(), spoil=True)
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["evaluate", str(GOLD_DIR), "--pred", str(pred), "--json",
                                 str(out), "--min-f1", "default", "--min-f1", "LOC=0.5"])
    assert result.exit_code == 1, result.output
    report = orjson.loads(out.read_bytes())
    failed = {c["score"] for c in report["thresholds"] if not c["passed"]}
    assert failed == {"COUNTRY.value", "ORG.value", "events.dates.accuracy"}
    kinds = {(e["kind"], e["label"]) for e in report["systems"]["pressparse"]["errors"]}
    assert kinds == {("FN", "NORP"), ("FP", "ORG"), ("value", "COUNTRY"), ("FN", "events"),
                     ("value", "end_date"), ("value", "dates")}


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--min-f1", "COUNTRY=high"], 2, "not a number"),
        (["--min-f1", "COUNTRY=1.5"], 2, "between 0 and 1"),
        (["--min-f1", "events.colour=0.5"], 2, "unknown event field"),
        (["--format", "excel"], 2, "unknown format"),
    ],
)
def test_usage_errors_exit_2(args: list[str], code: int, message: str, tmp_path: Path) -> None:
    pred = write_predictions(tmp_path / "pred.jsonl", gold_docs(), spoil=False)
    result = runner.invoke(app, ["evaluate", str(GOLD_DIR), "--pred", str(pred), *args])
    assert result.exit_code == code
    assert message in result.output


def test_html_report_lists_every_false_positive_and_negative(tmp_path: Path) -> None:
    gold = gold_docs()
    pred = copy.deepcopy(gold)
    # shift every second entity by one character and drop the first event of each document
    for doc in pred:
        doc.entities = [e.model_copy(update={"end": e.end - 1, "text": e.text[:-1]})
                        if i % 2 else e for i, e in enumerate(doc.entities)]
        doc.events = (doc.events or [])[1:]
        doc.event_items = doc.event_items[1:]
    result = score_system("pressparse", gold, pred)
    page = html_report(gold, [result], [])
    wrong = [e for e in result.errors if e.kind in ("FP", "FN")]
    assert len(wrong) > 20
    assert page.count("class='err err-FP'") + page.count("class='err err-FN'") == len(wrong)
    for error in wrong:
        row = (f"<td class=l>{error.scope}</td><td class=l>{html_lib.escape(error.label)}</td>")
        assert row in page
        assert html_lib.escape(" ".join(error.text.split())) in page
    assert page.count("class=\"entities\"") == 2 * len(gold)  # displaCy, both sides


def test_html_escapes_text(tmp_path: Path) -> None:
    doc = EvalDoc(id="<id>", text="<script>x</script> UNODC", events=[])
    page = html_report([doc], [score_system("p", [doc], [EvalDoc("<id>", doc.text)])], [])
    assert "<script>x" not in page


@pytest.mark.parametrize(
    ("specs", "expected"),
    [
        (["COUNTRY=0.9"], {"COUNTRY.value": 0.9}),
        (["ORG.strict=0.8,seizures=0.7"], {"ORG.strict": 0.8, "events.seizures": 0.7}),
        (["type.accuracy=0.9", "events.dates=0.5"],
         {"events.type.accuracy": 0.9, "events.dates": 0.5}),
        (["default", "COUNTRY=0.5"], None),
        (["items=0.8"], {"items": 0.8}),
    ],
)
def test_threshold_parsing(specs: list[str], expected: dict[str, float] | None) -> None:
    found = {t.name: t.minimum for t in parse(specs)}
    if expected is None:
        assert found["COUNTRY.value"] == 0.5 and "events.type.accuracy" in found
    else:
        assert found == expected


@pytest.mark.parametrize("spec", ["country=0.5", "type.recall=0.5", "events.colour=0.5"])
def test_threshold_names_must_exist(spec: str) -> None:
    with pytest.raises(ThresholdError):
        parse([spec])


def test_accuracy_threshold_is_checked() -> None:
    gold = gold_docs()
    pred = copy.deepcopy(gold)
    pred[0].events = [e.model_copy(update={"type": "other"}) for e in pred[0].events or []]
    result = score_system("p", gold, pred)
    (only,) = check(result, parse(["type.accuracy=0.9"]))
    assert only.actual == pytest.approx(2 / 4) and not only.passed  # 2 of 4 events retyped


@pytest.mark.parametrize(("gold_items", "pred_items", "f1"), [
    ([(0, 100)], [(0, 100)], 1.0),
    ([(0, 100), (102, 200)], [(0, 200)], 0.0),  # two items merged: both missed
    ([(0, 100), (102, 200)], [(0, 100), (102, 150), (151, 200)], 0.4),
])
def test_item_segmentation_is_scored_and_gated(gold_items: list[tuple[int, int]],
                                                pred_items: list[tuple[int, int]],
                                                f1: float) -> None:
    gold = gold_docs()[:1]
    pred = copy.deepcopy(gold)
    gold[0].items, pred[0].items = gold_items, pred_items
    result = score_system("p", gold, pred)
    assert result.items is not None and result.items.f1 == pytest.approx(f1)
    (only,) = check(result, parse(["items=0.5"]))
    assert only.actual == pytest.approx(f1) and only.passed == (f1 >= 0.5)



@pytest.mark.parametrize(("gold_items", "pred_items", "exact_f1", "overlap_f1"), [
    # the page header kept in front of the article: wrong edge, same item
    ([(120, 2400)], [(0, 2400)], 0.0, 1.0),
    # a sign-off stamp kept at the end of each of two items
    ([(0, 1000), (1010, 2000)], [(0, 1016), (1010, 2030)], 0.0, 1.0),
    # two items merged into one: both missed on either measure
    ([(0, 1000), (1010, 2000)], [(0, 2000)], 0.0, 0.0),
    # one article split in four numbered paragraphs: the first part is too small to count
    ([(0, 2000)], [(0, 600), (600, 1100), (1100, 1500), (1500, 2000)], 0.0, 0.0),
    # half of a three-item dump right, one item cut short by half
    ([(0, 500), (500, 1000), (1000, 1500)], [(0, 500), (500, 750), (1000, 1480)], 1 / 3, 2 / 3),
])
def test_item_overlap_forgives_edges_not_merges(gold_items: list[tuple[int, int]],
                                                pred_items: list[tuple[int, int]],
                                                exact_f1: float, overlap_f1: float) -> None:
    gold = gold_docs()[:1]
    pred = copy.deepcopy(gold)
    gold[0].items, pred[0].items = gold_items, pred_items
    result = score_system("p", gold, pred)
    assert result.items is not None and result.items.f1 == pytest.approx(exact_f1)
    assert result.items_overlap is not None
    assert result.items_overlap.f1 == pytest.approx(overlap_f1)

def test_unscored_thresholds_pass() -> None:
    gold = gold_docs()
    result = score_system("p", gold, copy.deepcopy(gold))
    (only,) = check(result, [Threshold("PERSON.value", 0.99)])
    assert only.actual is None and only.passed


def test_naive_baseline_finds_dates_and_quantities_with_true_offsets() -> None:
    text = "On 4 March 2021 agents seized 250 kg of cocaine."
    found = naive_entities(text)
    assert {e.label for e in found} == {"DATE", "QUANTITY"}
    for entity in found:
        assert text[entity.start:entity.end] == entity.text
    quantity = next(e for e in found if e.label == "QUANTITY")
    assert quantity.normalized is not None and quantity.normalized["kg"] == pytest.approx(250)


def test_baseline_subset_is_reported(tmp_path: Path) -> None:
    run = run_baseline("naive", gold_docs(), limit=1)
    assert len(run.predictions) == 1 and "first 1 of 3" in run.note


def test_cli_baseline_adds_a_comparison(tmp_path: Path) -> None:
    pred = write_predictions(tmp_path / "pred.jsonl", gold_docs(), spoil=False)
    result = runner.invoke(app, ["evaluate", str(GOLD_DIR), "--pred", str(pred), "--baseline",
                                 "naive", "--baseline-limit", "1", "--json",
                                 str(tmp_path / "r.json")])
    assert result.exit_code == 0, result.output
    systems = orjson.loads((tmp_path / "r.json").read_bytes())["systems"]
    assert set(systems) == {"pressparse", "pressparse (same 1 docs)", "naive"}
    assert systems["naive"]["events"] is None


@pytest.mark.skipif(spacy_sm_package() is None, reason="optional en_core_web_sm not installed")
def test_spacy_sm_baseline_maps_labels() -> None:
    from pressparse.evaluate.baselines import spacy_entities

    found = spacy_entities("Police in France and the United Nations met in Paris on Monday.")
    labels = {(e.label, e.text) for e in found}
    assert ("COUNTRY", "France") in labels
    assert all(e.label in ("COUNTRY", "LOC", "ORG", "DATE", "QUANTITY") for e in found)


def test_pipeline_runs_when_no_predictions_are_given(tmp_path: Path) -> None:
    pytest.importorskip("pressparse.driver")
    result = runner.invoke(app, ["evaluate", str(GOLD_DIR), "--json", str(tmp_path / "r.json")])
    assert result.exit_code == 0, result.output
    report = orjson.loads((tmp_path / "r.json").read_bytes())
    assert report["systems"]["pressparse"]["documents"] == 3


def test_gold_as_jsonl_and_predictions_as_a_folder(tmp_path: Path) -> None:
    gold_lines = []
    pred_dir = tmp_path / "pred"
    pred_dir.mkdir()
    for doc in gold_docs():
        data = orjson.loads((GOLD_DIR / f"{doc.id}.gold.json").read_bytes())
        (pred_dir / f"{doc.id}.json").write_bytes(orjson.dumps(data))
        gold_lines.append(orjson.dumps({**data, "text": doc.text}))
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_bytes(b"\n".join(gold_lines) + b"\n")
    result = runner.invoke(app, ["evaluate", str(gold_path), "--pred", str(pred_dir), "--json",
                                 str(tmp_path / "r.json"), "--min-f1", "ALL.strict=1"])
    assert result.exit_code == 0, result.output
    report = orjson.loads((tmp_path / "r.json").read_bytes())
    assert report["systems"]["pressparse"]["entities"]["ALL"]["gold"] == 24


def test_missing_prediction_counts_as_empty_with_a_warning(tmp_path: Path) -> None:
    gold = gold_docs()
    pred = write_predictions(tmp_path / "pred.jsonl", gold[:2], spoil=False)
    result = runner.invoke(app, ["evaluate", str(GOLD_DIR), "--pred", str(pred)])
    assert result.exit_code == 0
    assert "no prediction for gold document 'ministry_statement'" in result.output


def test_predictions_pair_by_base_name_when_ids_differ(tmp_path: Path) -> None:
    lines = []
    for doc in gold_docs():
        data = orjson.loads((GOLD_DIR / f"{doc.id}.gold.json").read_bytes())
        data["id"] = f"corpus/in/{doc.id}.txt"
        lines.append(orjson.dumps(data))
    pred = tmp_path / "pred.jsonl"
    pred.write_bytes(b"\n".join(lines) + b"\n")
    result = runner.invoke(app, ["evaluate", str(GOLD_DIR), "--pred", str(pred), "--html",
                                 str(tmp_path / "r.html"), "--min-f1", "ALL.strict=1"])
    assert result.exit_code == 0, result.output
    assert "no prediction" not in result.output
    assert "No errors." in (tmp_path / "r.html").read_text()


def flat(output: str) -> str:
    """Terminal output with Rich's line wrapping undone."""
    return " ".join(output.split())


def no_spacy_sm(monkeypatch: pytest.MonkeyPatch) -> None:
    import pressparse.evaluate.baselines as baselines

    monkeypatch.setattr(baselines, "spacy_sm_package", lambda: None)
    baselines._spacy_sm.cache_clear()


@pytest.mark.parametrize(("args", "setup", "exit_code", "shown"), [
    # the optional extra's name in brackets was eaten as Rich markup: "pip install 'pressparse'"
    (["--baseline", "spacy-sm"], no_spacy_sm, 0,
     "skipping baseline spacy-sm: baseline spacy-sm needs the en_core_web_sm package "
     "(pip install 'pressparse[spacy-sm]')"),
    (["--min-f1", "[bold]=0.5"], None, 2, "error: '[bold]' is neither an entity label"),
    # was a ValueError traceback (baselines ran outside the error handling)
    (["--baseline", "[nope]"], None, 2, "error: unknown baseline '[nope]' (one of naive, "
                                       "spacy-sm)"),
    (["--min-f1", "ORG.value=0.99", "--name", "p"], None, 0, ""),
    # a system name is shown as written, not read as rich markup (was "Entities — sysv2")
    (["--name", "sys[bold]v2[/bold]"], None, 0, "Entities — sys[bold]v2[/bold]"),
])
def test_messages_keep_their_brackets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      args: list[str], setup: object, exit_code: int,
                                      shown: str) -> None:
    if callable(setup):
        setup(monkeypatch)
    pred = write_predictions(tmp_path / "pred.jsonl", gold_docs(), spoil=False)
    result = runner.invoke(app, ["evaluate", str(GOLD_DIR), "--pred", str(pred), *args])
    assert result.exit_code == exit_code, result.output
    assert shown in flat(result.output)


def test_warnings_and_errors_with_brackets_are_shown_as_written(tmp_path: Path) -> None:
    folder = tmp_path / "gold[v2]"
    folder.mkdir()
    result = runner.invoke(app, ["evaluate", str(folder)])
    assert result.exit_code == 2
    assert f"{folder}: no *.gold.json files found" in flat(result.output)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    tree = tmp_path / "t"
    shutil.copytree(GOLD_DIR, tree / "op[1]")
    result = runner.invoke(app, ["evaluate", str(tree), "--pred", str(empty)])
    assert "no prediction for gold document 'border_operation': scored as empty" in flat(
        result.output)


def gold_tree(root: Path, folders: list[str]) -> Path:
    """``root/FOLDER/`` copies of the fixture gold for each folder, plus a folder of notes."""
    for folder in folders:
        shutil.copytree(GOLD_DIR, root / folder)
    (root / "notes").mkdir(parents=True, exist_ok=True)
    (root / "notes" / "README.md").write_text("not gold")
    return root


@pytest.mark.parametrize(("folders", "target", "extra", "scored"), [
    # a folder of gold folders (like samples/): each scored on its own, in name order
    (["test", "dev"], "", [], {"dev": 3, "test": 3}),
    (["test", "dev", "deeper/one"], "", [], {"deeper": 3, "dev": 3, "test": 3}),
    (["test", "dev"], "", ["--pooled"], {"": 6}),  # asked for: every gold file as one set
    (["test", "dev"], "dev", [], {"": 3}),  # one gold folder: as before
    (["only"], "", [], {"": 3}),  # a single gold subfolder: nothing to split
])
def test_a_folder_of_gold_folders_is_scored_folder_by_folder(
        tmp_path: Path, folders: list[str], target: str, extra: list[str],
        scored: dict[str, int]) -> None:
    root = gold_tree(tmp_path / "samples", folders)
    pred = write_predictions(tmp_path / "pred.jsonl", gold_docs(), spoil=False)
    report = tmp_path / "r.json"
    result = runner.invoke(app, ["evaluate", str(root / target), "--pred", str(pred),
                                 "--json", str(report), "--html", str(tmp_path / "r.html"),
                                 "--min-f1", "default", *extra])
    assert result.exit_code == 0, result.output
    data = orjson.loads(report.read_bytes())
    total = sum(scored.values())
    if list(scored) == [""]:
        assert data["systems"]["pressparse"]["documents"] == total and data["passed"]
        assert (tmp_path / "r.html").is_file()
        assert "Per folder" not in result.output
        assert f"evaluated {total} documents in" in result.output
        return
    assert {name: run["systems"]["pressparse"]["documents"]
            for name, run in data["folders"].items()} == scored
    assert data["passed"] is True
    assert sorted(p.name for p in tmp_path.glob("r-*.html")) == [
        f"r-{name}.html" for name in scored]
    output = flat(result.output)
    assert "Per folder of" in output and "notes" not in output
    assert f"evaluated {total} documents in {len(scored)} folders" in output
    for name in scored:  # a row in the summary table
        assert f"│ {name} " in output


def test_thresholds_are_checked_in_every_folder(tmp_path: Path) -> None:
    root = gold_tree(tmp_path / "samples", ["dev", "test"])
    pred = write_predictions(tmp_path / "pred.jsonl", gold_docs(), spoil=True)
    result = runner.invoke(app, ["evaluate", str(root), "--pred", str(pred),
                                 "--min-f1", "COUNTRY.value=0.99"])
    assert result.exit_code == 1
    assert ("below --min-f1 thresholds: dev: COUNTRY.value; test: COUNTRY.value"
            in flat(result.output))

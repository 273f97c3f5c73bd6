"""The HTML report: scores, then each document with gold and predicted entities side by side
(rendered with displaCy) and every error listed by kind in its context."""

from __future__ import annotations

from html import escape

from spacy import displacy

from ..schema import Entity, Event
from .corpus import EvalDoc
from .entities import ALL
from .errors import ErrorEntry
from .events import EVENT_FIELDS, describe_event
from .matching import PRF
from .scoring import SystemResult
from .thresholds import Check

LABEL_COLORS = {
    "ORG": "#7aecec", "COUNTRY": "#feca74", "LOC": "#ff9561", "DATE": "#bfe1d9",
    "QUANTITY": "#e4e7d2", "SUBSTANCE": "#c887fb", "OPERATION": "#aa9cfc", "PERSON": "#ddd",
    "NORP": "#c8e6a0",
}
ERROR_COLORS = {"FN": "#f87171", "FP": "#f87171", "value": "#fb923c"}
CONTEXT_CHARS = 80
MARK_CHARS = 240  # longer highlighted spans are cut

CSS = """
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { margin-top: 0; } h2 { border-top: 2px solid #ccc; padding-top: .6em; }
table { border-collapse: collapse; margin: .5em 0 1em; font-size: .9em; }
th, td { border: 1px solid #ccc; padding: .2em .5em; text-align: right; vertical-align: top; }
th { background: #f2f2f2; } td.l, th.l { text-align: left; }
tr.all td { font-weight: bold; } .fail { color: #b91c1c; font-weight: bold; }
.pass { color: #15803d; } .muted { color: #777; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; }
.side { border: 1px solid #ddd; border-radius: 6px; padding: .5em .8em; max-height: 34em;
        overflow: auto; font-size: .92em; }
.side h3 { margin: .2em 0 .4em; font-size: 1em; }
.kind { font-weight: bold; padding: 0 .3em; border-radius: 3px; }
.kind-FN { background: #fecaca; } .kind-FP { background: #fecaca; }
.kind-value { background: #fed7aa; }
.ctx { text-align: left; font-family: ui-monospace, monospace; font-size: .85em; }
.ctx mark { background: #fde047; padding: 0 .1em; }
nav ul { columns: 3; font-size: .9em; }
"""


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def _score(prf: PRF, attribute: str) -> str:
    return "—" if prf.empty else _pct(getattr(prf, attribute))


def _entity_summary(result: SystemResult) -> str:
    head = ("<tr><th class=l>label</th><th>gold</th><th>pred</th><th>strict P</th>"
            "<th>strict R</th><th>strict F1</th><th>overlap F1</th><th>value acc</th>"
            "<th>value F1</th><th>link acc</th></tr>")
    rows = []
    for label, s in result.entity_rows().items():
        cls = " class=all" if label == ALL else ""
        rows.append(
            f"<tr{cls}><td class=l>{label}</td><td>{s.strict.support}</td>"
            f"<td>{s.strict.tp + s.strict.fp}</td><td>{_score(s.strict, 'precision')}</td>"
            f"<td>{_score(s.strict, 'recall')}</td><td>{_score(s.strict, 'f1')}</td>"
            f"<td>{_score(s.overlap, 'f1')}</td><td>{_pct(s.value_accuracy)}</td>"
            f"<td>{_score(s.value, 'f1')}</td><td>{_pct(s.link_accuracy)}</td></tr>")
    return f"<h4>Entities</h4><table>{head}{''.join(rows)}</table>"


def _event_summary(result: SystemResult) -> str:
    head = ("<tr><th class=l>field</th><th>gold</th><th>pred</th><th>TP</th><th>P</th>"
            "<th>R</th><th>F1</th><th>acc on paired</th></tr>")
    rows = []
    for name in EVENT_FIELDS:
        prf = result.events.get(name)
        if prf is None:
            continue
        rows.append(f"<tr><td class=l>{name}</td><td>{prf.support}</td>"
                    f"<td>{prf.tp + prf.fp}</td><td>{prf.tp}</td>"
                    f"<td>{_score(prf, 'precision')}</td><td>{_score(prf, 'recall')}</td>"
                    f"<td>{_score(prf, 'f1')}</td><td>{_pct(prf.accuracy)}</td></tr>")
    return (f"<h4>Events ({result.event_documents} documents with annotated events)</h4>"
            f"<table>{head}{''.join(rows)}</table>")


def _checks(checks: list[Check]) -> str:
    if not checks:
        return ""
    rows = []
    for c in checks:
        verdict = ("<span class=pass>pass</span>" if c.actual is not None
                   else "<span class=muted>not scored</span>") if c.passed \
            else "<span class=fail>FAIL</span>"
        rows.append(f"<tr><td class=l>{escape(c.threshold.name)}</td>"
                    f"<td>{_pct(c.threshold.minimum)}</td><td>{_pct(c.actual)}</td>"
                    f"<td class=l>{verdict}</td></tr>")
    return ("<h3>--min-f1 thresholds</h3><table><tr><th class=l>score</th><th>minimum</th>"
            f"<th>actual</th><th class=l>result</th></tr>{''.join(rows)}</table>")


def _non_overlapping(entities: list[Entity]) -> list[Entity]:
    kept: list[Entity] = []
    for ent in sorted(entities, key=lambda e: (e.start, -e.end)):
        if ent.start >= ent.end or (kept and ent.start < kept[-1].end):
            continue
        kept.append(ent)
    return kept


def _render(text: str, entities: list[Entity], marks: dict[tuple[int, int, str], str]) -> str:
    """displaCy markup; entities in ``marks`` get their error kind after the label."""
    ents = []
    colors = dict(LABEL_COLORS)
    for ent in _non_overlapping(entities):
        kind = marks.get((ent.start, ent.end, ent.label))
        label = f"{ent.label} {kind}" if kind else ent.label
        if kind:
            colors[label] = ERROR_COLORS[kind]
        ents.append({"start": ent.start, "end": ent.end, "label": label})
    return displacy.render({"text": text, "ents": ents, "title": None}, style="ent",
                           manual=True, page=False, jupyter=False, options={"colors": colors})


def _context(text: str, start: int | None, end: int | None) -> str:
    if start is None or end is None:
        return ""
    left = text[max(0, start - CONTEXT_CHARS):start]
    right = text[end:end + CONTEXT_CHARS]
    marked = " ".join(text[start:end].split())
    if len(marked) > MARK_CHARS:
        marked, right = marked[:MARK_CHARS], "…"
    squash = " ".join
    return (f"…{escape(squash(left.split()))} <mark>{escape(marked)}</mark> "
            f"{escape(squash(right.split()))}…")


def _errors_table(doc: EvalDoc, errors: list[ErrorEntry]) -> str:
    if not errors:
        return "<p class=pass>No errors.</p>"
    order = {"FN": 0, "FP": 1, "value": 2}
    rows = []
    for e in sorted(errors, key=lambda e: (e.scope, order[e.kind], e.start or 0)):
        rows.append(
            f"<tr class='err err-{e.kind}'><td class=l><span class='kind kind-{e.kind}'>"
            f"{e.kind}</span></td><td class=l>{e.scope}</td><td class=l>{escape(e.label)}</td>"
            f"<td class=ctx>{_context(doc.text, e.start, e.end)}</td>"
            f"<td class=l>{escape(e.gold or '—')}</td><td class=l>{escape(e.pred or '—')}</td>"
            f"<td class=l>{escape(e.note)}</td></tr>")
    return ("<table><tr><th class=l>kind</th><th class=l>scope</th><th class=l>label / field"
            "</th><th class=l>in context</th><th class=l>gold</th><th class=l>predicted</th>"
            f"<th class=l>note</th></tr>{''.join(rows)}</table>")


def _events_list(events: list[Event] | None) -> str:
    if events is None:
        return "<p class=muted>events not annotated</p>"
    if not events:
        return "<p class=muted>no events</p>"
    items = "".join(f"<li>{escape(describe_event(e))}</li>" for e in events)
    return f"<ul>{items}</ul>"


def _document(index: int, gold: EvalDoc, pred: EvalDoc, result: SystemResult) -> str:
    errors = result.errors_for(gold.id)
    gold_marks: dict[tuple[int, int, str], str] = {}
    pred_marks: dict[tuple[int, int, str], str] = {}
    for e in errors:
        if e.scope != "entity" or e.start is None or e.end is None:
            continue
        if e.kind == "FN":
            gold_marks[(e.start, e.end, e.label)] = "FN"
        else:  # a strict false positive keeps its FP mark even if its value is also wrong
            pred_marks.setdefault((e.start, e.end, e.label), e.kind)
    counts = {k: sum(e.kind == k for e in errors) for k in ("FN", "FP", "value")}
    summary = ", ".join(f"{n} {k}" for k, n in counts.items()) or "no errors"
    return f"""
<section id="doc-{index}">
<h2>{escape(gold.id)}</h2>
<p class=muted>{escape(gold.source or "")} · published {escape(gold.published or "—")}
 · {len(gold.entities)} gold / {len(pred.entities)} predicted entities · {summary}</p>
<div class=sides>
 <div class=side><h3>Gold</h3>{_render(gold.text, gold.entities, gold_marks)}
  <h3>Gold events</h3>{_events_list(gold.events)}</div>
 <div class=side><h3>Predicted ({escape(result.name)})</h3>
  {_render(pred.text or gold.text, pred.entities, pred_marks)}
  <h3>Predicted events</h3>{_events_list(pred.events)}</div>
</div>
<h3>Errors</h3>
{_errors_table(gold, errors)}
</section>"""


def html_report(gold: list[EvalDoc], results: list[SystemResult], checks: list[Check]) -> str:
    """A standalone HTML page for the first system in ``results`` (baselines in the summary)."""
    main = results[0]
    summaries = []
    for result in results:
        events = (_event_summary(result)
                  if result.predicts_events and result.event_documents else "")
        note = f"<p class=muted>{escape(result.note)}</p>" if result.note else ""
        summaries.append(f"<h3>{escape(result.name)} — {result.documents} documents</h3>"
                         f"{note}{_entity_summary(result)}{events}")
    nav = "".join(
        f"<li><a href='#doc-{i}'>{escape(doc.id)}</a> "
        f"<span class=muted>({len(main.errors_for(doc.id))} errors)</span></li>"
        for i, doc in enumerate(gold))
    docs = "".join(
        _document(i, doc, main.predictions.get(doc.id) or EvalDoc(doc.id, doc.text), main)
        for i, doc in enumerate(gold))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>pressparse evaluation</title><style>{CSS}</style></head>
<body>
<h1>pressparse evaluation</h1>
<p class=muted>Strict: same span and label. Overlap: same label, overlapping characters.
Value F1: strict span with the right normalized value. FN: gold missed; FP: predicted but not
in gold; value: span found, normalized value wrong.</p>
{''.join(summaries)}
{_checks(checks)}
<nav><h3>Documents</h3><ul>{nav}</ul></nav>
{docs}
</body></html>
"""

"""Gold and predicted documents as the evaluator sees them, and reading them from disk."""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from pydantic import ValidationError

from ..schema import Document, Entity, Event

GOLD_SUFFIX = ".gold.json"


class AnnotationWarning(UserWarning):
    """A problem in annotations that evaluation works around (misaligned span, unknown label)."""


class AnnotationError(ValueError):
    """Annotations that cannot be read at all."""


@dataclass
class EvalDoc:
    """One document's text with its entities and events (gold or predicted).

    ``events`` is ``None`` when the source says nothing about events (e.g. a doccano file
    with spans only): event scores then skip the document instead of counting misses.
    """

    id: str
    text: str
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] | None = None
    event_items: list[tuple[int, int]] = field(default_factory=list)
    published: str | None = None
    source: str | None = None
    items: list[tuple[int, int]] | None = None  # news items (start, end); None: not given

    @classmethod
    def from_document(cls, doc: Document, text: str | None = None,
                      source: str | None = None) -> EvalDoc:
        """Wrap a schema Document; ``text`` overrides ``doc.text`` (e.g. from the .txt file)."""
        body = text if text is not None else (doc.text or "")
        events: list[Event] = []
        spans: list[tuple[int, int]] = []
        for item in doc.items:
            for event in item.events:
                events.append(event)
                spans.append((item.start, item.end))
        entities = sorted(doc.entities, key=lambda e: (e.start, e.end, e.label))
        return cls(id=doc.id, text=body, entities=entities, events=events, event_items=spans,
                   published=doc.published, source=source or doc.source,
                   items=[(item.start, item.end) for item in doc.items])


def doc_key(identifier: str) -> str:
    """A loose key for pairing ids: the base name without .txt/.json/.gold suffixes."""
    name = identifier.replace("\\", "/").rsplit("/", 1)[-1]
    for suffix in (GOLD_SUFFIX, ".json", ".txt", ".gold"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.casefold()


def _parse_document(raw: bytes | dict, where: str) -> Document:
    try:
        data = orjson.loads(raw) if isinstance(raw, bytes) else raw
        return Document.model_validate(data)
    except orjson.JSONDecodeError as exc:
        raise AnnotationError(f"{where}: invalid JSON: {exc}") from exc
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'document'}: {err['msg']}"
            for err in exc.errors()[:5]
        )
        raise AnnotationError(f"{where}: not a pressparse Document: {problems}") from exc


def iter_jsonl_documents(path: Path) -> Iterator[tuple[Document, str]]:
    """Documents of a JSON Lines file, each with its ``file:line`` location."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.strip()
            if line:
                where = f"{path}:{number}"
                yield _parse_document(line, where), where


def check_offsets(doc: EvalDoc) -> None:
    """Warn about entities whose offsets do not reproduce their text."""
    for ent in doc.entities:
        if ent.end > len(doc.text) or ent.start > ent.end:
            warnings.warn(f"{doc.id}: {ent.label} [{ent.start}:{ent.end}] is outside the text",
                          AnnotationWarning, stacklevel=3)
        elif ent.text and doc.text[ent.start:ent.end] != ent.text:
            warnings.warn(
                f"{doc.id}: {ent.label} [{ent.start}:{ent.end}] is "
                f"{doc.text[ent.start:ent.end]!r} in the text but {ent.text!r} in the annotation",
                AnnotationWarning, stacklevel=3)


def gold_files(folder: Path) -> list[Path]:
    """Every ``*.gold.json`` under ``folder``, sorted."""
    return sorted(folder.rglob(f"*{GOLD_SUFFIX}"))


def read_gold_file(path: Path) -> EvalDoc:
    """A ``NAME.gold.json`` Document, with its text from the sibling ``NAME.txt`` if present."""
    document = _parse_document(path.read_bytes(), str(path))
    txt = path.with_name(path.name[: -len(GOLD_SUFFIX)] + ".txt")
    if txt.is_file():
        text = txt.read_bytes().decode("utf-8")
    elif document.text is not None:
        text = document.text
    else:
        raise AnnotationError(f"{path}: no text (neither {txt.name} nor a 'text' field)")
    doc = EvalDoc.from_document(document, text, source=str(txt if txt.is_file() else path))
    check_offsets(doc)
    return doc


def read_native(path: Path) -> list[EvalDoc]:
    """Gold in pressparse's own shape: a folder of ``*.gold.json``, one such file, or JSONL."""
    if path.is_dir():
        files = gold_files(path)
        if not files:
            raise AnnotationError(f"{path}: no *{GOLD_SUFFIX} files found")
        return [read_gold_file(file) for file in files]
    if path.name.endswith(GOLD_SUFFIX):
        return [read_gold_file(path)]
    docs: list[EvalDoc] = []
    for document, where in iter_jsonl_documents(path):
        if document.text is None:
            raise AnnotationError(f"{where}: a gold JSONL line needs its 'text'")
        doc = EvalDoc.from_document(document, source=where)
        check_offsets(doc)
        docs.append(doc)
    return docs


def read_predictions(path: Path) -> dict[str, Document]:
    """Predicted Documents by id: a JSONL file, a JSON file, or a folder of either."""
    files: Iterable[Path]
    if path.is_dir():
        files = sorted(p for p in path.rglob("*")
                       if p.suffix in (".json", ".jsonl") and not p.name.endswith(GOLD_SUFFIX))
    else:
        files = [path]
    found: dict[str, Document] = {}
    for file in files:
        if file.suffix == ".jsonl":
            for document, _ in iter_jsonl_documents(file):
                found[document.id] = document
        else:
            data = orjson.loads(file.read_bytes())
            for number, entry in enumerate(data if isinstance(data, list) else [data]):
                document = _parse_document(entry, f"{file}[{number}]")
                found[document.id] = document
    return found


def pair_predictions(gold: list[EvalDoc], predictions: dict[str, Document]) -> list[EvalDoc]:
    """The prediction for each gold document (by id, else by base name); empty when missing."""
    loose = {doc_key(key): doc for key, doc in predictions.items()}
    paired: list[EvalDoc] = []
    for doc in gold:
        found = predictions.get(doc.id) or loose.get(doc_key(doc.id))
        if found is None and doc.source:
            found = loose.get(doc_key(doc.source))
        if found is None:
            warnings.warn(f"no prediction for gold document {doc.id!r}: scored as empty",
                          AnnotationWarning, stacklevel=2)
            paired.append(EvalDoc(id=doc.id, text=doc.text, events=[]))
        else:
            predicted = EvalDoc.from_document(found, doc.text, source=doc.source)
            predicted.id = doc.id  # paired loosely (by base name): report under the gold id
            paired.append(predicted)
    return paired

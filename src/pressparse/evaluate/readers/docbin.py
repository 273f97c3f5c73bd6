"""spaCy DocBin (``.spacy``) to and from evaluation docs.

Spans are ``doc.ents`` (or, when a doc has none, every span group). Values and events travel
in ``doc.user_data["pressparse"]``; pressparse's own span values (``span._.normalized``)
are used when present.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, DocBin

from ...extensions import VALUES_KEY
from ..corpus import EvalDoc
from .align import LabelMap, tokenizer_nlp
from .common import META_KEY, RawSpan, build_doc, meta_block


def _spans(doc: Doc) -> list[RawSpan]:
    values = doc.user_data.get(VALUES_KEY, {})
    spans = list(doc.ents) or [span for group in doc.spans.values() for span in group]
    return [RawSpan(s.start_char, s.end_char, s.label_,
                    values.get((s.start_char, s.end_char, s.label_)))
            for s in spans]


def read_docbin(path: Path, label_map: LabelMap) -> list[EvalDoc]:
    """Documents of a ``.spacy`` file."""
    vocab = tokenizer_nlp().vocab
    docs = []
    for number, doc in enumerate(DocBin().from_disk(path).get_docs(vocab)):
        where = f"{path}[{number}]"
        meta = doc.user_data.get(META_KEY)
        docs.append(build_doc(str(number), doc.text, _spans(doc), meta, label_map, where))
    label_map.warn_dropped(str(path))
    return docs


def to_docbin(docs: list[EvalDoc]) -> DocBin:
    """A DocBin (with user data) holding ``docs``' entities, values and events."""
    nlp = tokenizer_nlp()
    store = DocBin(store_user_data=True)
    for doc in docs:
        spacy_doc = nlp.make_doc(doc.text)
        spans = [spacy_doc.char_span(e.start, e.end, label=e.label, alignment_mode="expand")
                 for e in doc.entities]
        spacy_doc.ents = [s for s in spans if s is not None]
        spacy_doc.user_data[META_KEY] = meta_block(doc)
        store.add(spacy_doc)
    return store

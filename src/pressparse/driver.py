"""The extraction driver: decoded text -> masked, segmented items -> pipeline -> Document."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

from .regex_cache import cached_patterns

# the patterns the pipeline's modules compile at import, from the regex cache (start-up);
# the window loading the pipeline writes what is new (as in components/__init__.py)
with cached_patterns(deferred=True):
    from . import __version__
    from .budget import TimeBudgetExceeded, deadline, make_doc
    from .components.dates import NEIGHBOUR_REFERENCE_KEY, needs_reference, written_reference
    from .data import freeze_for_good, gc_paused
    from .entities.masthead import MASTHEAD_KEY, masthead_text
    from .entities.page_acronyms import PAGE_HOME_KEY, PageTable, page_homes
    from .events.linking import link_events
    from .extensions import TEXT_KEY, TITLE_END_KEY, VALUES_KEY
    from .io.mask import load_rules, mask_noise
    from .io.readers import MAX_DOC_CHARS, InputDoc, from_record, from_text
    from .io.segment import segment
    from .io.segment_rules import load_segment_rules
    from .measure.numbers import NUMBER_STYLE_KEY, NumberStyle, document_style
    from .pipeline import shared
    from .recase import RECASED_KEY, recased, restore_role_texts
    from .records import build_item, raw_events
    from .schema import Document, ErrorRecord
    from .temporal.context import GAP_REACH, date_line_above, first_date_line, first_written_day
    from .text_view import pipeline_view, remap_item

# Items are processed in chunks of at most this many characters (cut at line or word breaks):
# a release is rarely longer, and event assembly compares mentions pairwise within an item.
MAX_ITEM_CHARS = 20_000
# Documents per spaCy memory zone in extract_many: a zone frees the strings and lexemes it
# added, so words shared by nearby documents are built once per zone, not once per document.
MEMORY_ZONE_DOCS = 256
DEFAULT_TIME_BUDGET = 60.0  # seconds per document
DATE_LINE_MIN = 5  # characters of the shortest date line ("Oct 5")
STAMP_REACH_DAYS = 366  # days before a page's date a post's own blanked date line may give


@dataclass
class ItemPlan:
    """One unit the pipeline processes: a news item (or a chunk of a very long one)."""

    start: int
    end: int
    title: str | None
    reference: dt.date | None
    title_end: int | None = None  # offset in the view where the title line ends
    masthead: str | None = None  # the page's publisher lines above its first item
    number_style: NumberStyle | None = None  # the page's number separators


def parse_iso_date(value: str | None) -> dt.date | None:
    """A date from an ISO string (a datetime's date part is accepted); None if invalid."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def split_long(start: int, end: int, text: str,
               limit: int = MAX_ITEM_CHARS) -> list[tuple[int, int]]:
    """Cut [start, end) into pieces under ``limit`` chars at line or word breaks."""
    pieces = []
    while end - start > limit:
        cut = text.rfind("\n", start + limit // 2, start + limit)
        if cut == -1:
            cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = start + limit if cut == -1 else cut + 1
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


WARM_UP_TEXT = ("ALMATY, 3 May 2024 -- From 1 to 2 June the CSTO and Kazakhstan police seized "
                "more than 12 kg of heroin in Almaty during operation \"Channel\".")


def warm_up(nlp: Language) -> None:
    """Load lazily read component data and intern common strings outside any memory zone.

    Strings first added inside ``nlp.memory_zone()`` are freed when it ends; a matcher
    built there would then fail on the next document with spaCy's E018.
    """
    # (no collections: loading makes only long-lived objects; patterns compiled in an earlier
    # process are read from the regex cache)
    with gc_paused(), cached_patterns():
        load_rules()  # the driver's own rules (noise mask, segmentation), else read by the
        load_segment_rules()  # first document
        for _name, pipe in nlp.pipeline:
            load = getattr(pipe, "ensure_loaded", None)
            if callable(load):
                load()
        # A component bug here must not stop the batch: each document gets its own error record.
        with contextlib.suppress(Exception):
            nlp(WARM_UP_TEXT)


_loaded_frozen = False  # whether freeze_loaded_heap has run in this process
YOUNG_GC_THRESHOLD = 10_000
"""Container allocations between two young-generation collections in a batch run (Python's
default is 700). A document's items, docs, spans and record dicts are thousands of container
objects that all live until the document is done, so at 700 the collector ran 2-3 times per
document, each time walking and promoting all of them; at 10,000 it runs every few documents
and finds the same garbage later (a batch's CPU time 0.97x, benchmarks/compare_trees.py,
against 0.99x for a tree compared with itself)."""


def freeze_loaded_heap() -> None:
    """Put every object alive now (a loaded, warmed-up pipeline: gazetteer tables, vocab,
    compiled rules) out of the cyclic garbage collector's reach, and let the young generation
    grow to YOUNG_GC_THRESHOLD allocations between collections, once per process.

    None of the loaded objects ever becomes garbage, yet each full collection during a batch
    walks all of them again (4 full collections cost about 6 % of the CPU time of 2,000
    documents; after the freeze they cost less than half of that). Batch runs
    (``extract_many``, the CLI, pool workers, Dask partitions) call this after loading: what
    is frozen is never collected. Both settings are the process's: a threshold already
    higher (or 0, automatic collection off) is left as it is.
    """
    global _loaded_frozen
    if not _loaded_frozen:  # (no collection first: loading left no garbage to freeze)
        freeze_for_good()
        young, *older = gc.get_threshold()
        if 0 < young < YOUNG_GC_THRESHOLD:
            gc.set_threshold(YOUNG_GC_THRESHOLD, *older)
        _loaded_frozen = True


class Extractor:
    """Turns InputDocs into Documents with one loaded pipeline."""

    def __init__(self, nlp: Language | None = None, *, include_text: bool = False,
                 time_budget: float | None = DEFAULT_TIME_BUDGET,
                 max_chars: int = MAX_DOC_CHARS, model: str | None = None) -> None:
        # one regex-cache window for loading and warming up (a cold start writes it once),
        # the warm-up (batch helper) before any memory zone is entered
        with cached_patterns():
            self.nlp = nlp or shared(model)
            warm_up(self.nlp)
        self.include_text = include_text
        self.time_budget = time_budget
        self.max_chars = max_chars

    def __call__(self, source: InputDoc) -> Document:
        document = Document(id=source.id, source=source.source, published=source.published,
                            pressparse_version=__version__, encoding=source.encoding)
        if source.warnings:
            document.warnings = [ErrorRecord(stage="decode", message=w) for w in source.warnings]
        if source.error is not None or source.text is None:
            stage, message = source.error or ("read", "no text")
            document.errors.append(ErrorRecord(stage=stage, message=message))
            return document
        if self.max_chars and len(source.text) > self.max_chars:
            document.errors.append(ErrorRecord(stage="read", message=(
                f"document has {len(source.text)} characters, over the limit of "
                f"{self.max_chars}; split it into smaller documents")))
            return document
        if self.include_text:
            document.text = source.text
        try:
            with deadline(self.time_budget):
                self._fill(document, source.text)
            if not document.items and source.text.strip():
                document.warnings.append(ErrorRecord(stage="segment", message=(
                    "no news item: the whole text was masked as page furniture "
                    "(navigation, menus, footers) or holds no sentence")))
        except TimeBudgetExceeded:
            document.items = []
            document.errors.append(ErrorRecord(
                stage="timeout",
                message=f"processing took longer than {self.time_budget:g} s (see --time-budget)"))
        except Exception as exc:  # one bad document must never stop a batch
            document.items = []
            document.errors.append(ErrorRecord(stage="pipeline",
                                               message=f"{type(exc).__name__}: {exc}"))
        return document

    def _plan(self, view: str, original: str,
              published: dt.date | None) -> list[ItemPlan]:
        plans: list[ItemPlan] = []
        for seg in segment(view, masked=True, original=original):
            reference = published or parse_iso_date(seg.dateline_date)
            for start, end in split_long(seg.start, seg.end, view):
                title = seg.title if start == seg.start else None
                title_end = seg.title_end if title is not None else None
                plans.append(ItemPlan(start, end, title, reference, title_end))
        # (the masthead is read unmasked: the noise mask blanks a page's header lines)
        masthead = masthead_text(original or view, plans[0].start) if plans else None
        # (an item's numbers are read with the whole page's separators when it shows none)
        number_style = document_style(view) if len(plans) > 1 else None
        for plan in plans:
            plan.masthead = masthead
            plan.number_style = number_style
        return plans

    def _make_doc(self, view: str, plan: ItemPlan) -> Doc:
        item_text = view[plan.start:plan.end]
        # (an item written mostly in capitals is read recased, its offsets unchanged)
        recased_text = recased(item_text)
        if recased_text is not None:
            item_text = recased_text
        doc = make_doc(self.nlp, item_text)
        if recased_text is not None:
            doc.user_data[RECASED_KEY] = True
        doc.user_data[TEXT_KEY] = item_text
        if plan.title_end is not None:
            doc.user_data[TITLE_END_KEY] = plan.title_end - plan.start
        doc._.reference_date = plan.reference
        if plan.masthead is not None:
            doc.user_data[MASTHEAD_KEY] = plan.masthead
        if plan.number_style is not None:
            doc.user_data[NUMBER_STYLE_KEY] = plan.number_style
        return doc

    def _run(self, plans: list[ItemPlan], view: str, split: int | None,
             unmasked: str) -> list[Doc]:
        """Run the pipeline on every item. With a reference-reading component at ``split``:
        run up to and including it on every item, give items whose dates found no reference
        the day of a date line right above them (read in ``unmasked``, the text before the
        noise mask with the view's offsets), else the nearest item's, run
        that component again on them alone, then finish all items."""
        if split is None:
            return list(self.nlp.pipe(self._make_doc(view, plan) for plan in plans))
        early, (_name, reader), late = (self.nlp.pipeline[:split], self.nlp.pipeline[split],
                                        self.nlp.pipeline[split + 1:])
        docs: list[Doc] = []
        kept: dict[int, ItemState] = {}
        page = PageTable()  # what the items above defined: acronyms, the page's country
        given: list[dict[Any, Any]] = []  # what the table gave each item
        for plan in plans:
            given.append({})
            page.give(given[-1], titled=plan.title is not None)
            doc = self._read_early(early, view, plan, given[-1])
            page.take(doc.user_data)
            docs.append(doc)
        for index, home in page_homes(docs, given).items():
            # an item whose bodies found no home country of their own, on a page whose other
            # items, below it too, are all about one country: read again with that one
            docs[index] = self._read_early(early, view, plans[index],
                                           {**given[index], PAGE_HOME_KEY: home})
        for _early_name, component in early:  # what one item names for the others
            name_units = getattr(component, "name_page_units", None)
            if name_units is not None:
                name_units(docs)
        for index, doc in enumerate(docs):
            state = ItemState.capture(doc)
            docs[index] = reader(doc)
            if needs_reference(docs[index]):
                kept[index] = state
        if kept:
            written = [written_reference(doc) for doc in docs]
            nearest = nearest_references(written)
            # a date line of the page's head, above its first item ("Sent: Friday, 20
            # November 2026 17:02", "Date: Wed, 18 Feb 2026 10:41:07 +0300"): the page's
            # own day, before any neighbouring item's latest written date
            head = self._page_head_date(unmasked, plans, reader)
            for index, state in kept.items():
                # the item's own date line in its head (a post's stamp under its title, "14
                # November at 16:05 · 🌍", a wire's "14.10 15:42", masked or not) dates it,
                # its year the one nearest the neighbour's date, else the item's own
                own = self._head_date_line(unmasked, plans, index,
                                           nearest[index] or written[index], reader)
                if own is None and nearest[index] is None:
                    # no neighbour writes a year: a date line of the item's own head the
                    # noise mask blanked (a byline's, a source line's) dates it
                    own = self._blanked_head_date(unmasked, view, plans, index, reader)
                if own is not None:
                    plans[index].reference = own
                    docs[index] = self._rerun_reader(docs[index], plans[index], state,
                                                     reader, neighbour=False)
                    continue
                near = head or nearest[index]
                if near is None:
                    continue
                # a post's own date line left above the item ("@RoyalOmanPolice · Oct 14")
                # dates it, its year the one nearest the page's or neighbour's date; else
                # the page's head date line, else the neighbour
                above = self._date_line_above(unmasked, plans, index, near, reader)
                plans[index].reference = above or near
                docs[index] = self._rerun_reader(docs[index], plans[index], state, reader,
                                                 neighbour=above is None and head is None)
        for _late_name, component in late:
            docs = [component(doc) for doc in docs]
        return docs

    def _read_early(self, early: list[tuple[str, Any]], view: str, plan: ItemPlan,
                    given: dict[Any, Any]) -> Doc:
        """The item's doc run through the ``early`` components, with what the page ``given``
        it in its user data."""
        doc = self._make_doc(view, plan)
        doc.user_data.update(given)
        for _early_name, component in early:
            doc = component(doc)
        return doc

    def _rerun_reader(self, doc: Doc, plan: ItemPlan, state: ItemState,
                      reader: Any, neighbour: bool = True) -> Doc:
        """The item's reference reader run again on its doc, put back into the state before
        the first run (the tokens stay: no second tokenization); ``neighbour``: the
        reference is a neighbouring item's date, none of this item's own."""
        state.restore(doc)
        doc._.reference_date = plan.reference
        if neighbour:
            doc.user_data[NEIGHBOUR_REFERENCE_KEY] = True
        return reader(doc)

    @staticmethod
    def _page_head_date(text: str, plans: list[ItemPlan], reader: Any) -> dt.date | None:
        """The day of the last date line written with its year above the first item (a
        mail's or newsletter's header, read in ``text``), None without one."""
        tagger = getattr(reader, "tagger", None)
        if tagger is None or not plans or plans[0].start < DATE_LINE_MIN:
            return None
        head = text[:plans[0].start]
        return date_line_above(tagger.find(head), head, None)

    @staticmethod
    def _date_line_above(view: str, plans: list[ItemPlan], index: int, near: dt.date,
                         reader: Any) -> dt.date | None:
        """The day of a date line between the item and the one before it (at most
        GAP_REACH characters above it), if any."""
        tagger = getattr(reader, "tagger", None)
        start = plans[index].start
        above = _gap_start(plans, index)
        if tagger is None or start - above < DATE_LINE_MIN:
            return None
        gap = view[above:start]
        return date_line_above(tagger.find(gap), gap, near)

    @staticmethod
    def _stamped_references(plans: list[ItemPlan], view: str, unmasked: str,
                            reader: Any) -> None:
        """Give an item of a dated page whose head holds its own date line the noise mask
        blanked (a post's stamp under its title: "October 11 at 6:02 · 🌍") that line's day as
        its reference, when it is no later than the page's date and within a year of it
        (its year the one nearest that date): a post's "yesterday" is told from its own day.
        (A date line the mask leaves is the doc's own dateline: the dates component reads
        it.)"""
        for index, plan in enumerate(plans):
            published = plan.reference
            if published is None:
                continue
            start, above = plan.start, _gap_start(plans, index)
            stop = min(plan.end, start + GAP_REACH)
            if view[above:stop] == unmasked[above:stop]:
                continue  # nothing blanked around the head (the common case: no tagging)
            day = Extractor._head_date_line(
                unmasked, plans, index, published, reader,
                lambda lo, hi, at=start: not view[at + lo:at + hi].strip())
            if day is None and start - above >= DATE_LINE_MIN:
                # the post's stamp left above its item with its title ("MEDIA RELEASE ...\n
                # October 11 at 6:02 PM · 🌏")
                day = Extractor._date_line_above(unmasked, plans, index, published, reader)
            if day is not None and 0 < (published - day).days <= STAMP_REACH_DAYS:
                plan.reference = day

    @staticmethod
    def _head_date_line(text: str, plans: list[ItemPlan], index: int, near: dt.date | None,
                        reader: Any,
                        blank: Callable[[int, int], bool] | None = None) -> dt.date | None:
        """The day of the first date line in the item's head (its first GAP_REACH
        characters, read in ``text``; with ``blank(start, end)``, only one whose date it
        tells is blanked), its year the written one, else the one nearest ``near``; None
        without one."""
        tagger = getattr(reader, "tagger", None)
        if tagger is None:
            return None
        start = plans[index].start
        head = text[start:min(plans[index].end, start + GAP_REACH)]
        found = tagger.find(head)
        if blank is not None:
            found = [item for item in found if blank(item.start, item.end)]
        return first_date_line(found, head, near)

    @staticmethod
    def _blanked_head_date(unmasked: str, view: str, plans: list[ItemPlan], index: int,
                           reader: Any) -> dt.date | None:
        """The first day written with its year that the noise mask blanked in the item's
        head or just above it (GAP_REACH characters each way: "Olga Ivashkevich ·
        09.11.2026 · 1 117 views", "Source: Xinhua  Editor: huaxia  2024-06-25 17:42:10"),
        read in ``unmasked``; None without one."""
        tagger = getattr(reader, "tagger", None)
        if tagger is None:
            return None
        start = plans[index].start
        above = _gap_start(plans, index)
        below = min(plans[index].end, start + GAP_REACH)
        head = unmasked[above:below]
        return first_written_day(
            tagger.find(head), lambda lo, hi: not view[above + lo:above + hi].strip())

    def _fill(self, document: Document, text: str) -> None:
        # The unmasked text lets segmentation keep noise glued to an item's edge inside it.
        unmasked, view_map = pipeline_view(text)
        if view_map is None or view_map.view:  # (a decoded text's noise is found in what
            view = mask_noise(unmasked)[0]  # it reads as; without a map the view is the text)
        else:
            view = view_map.apply(mask_noise(text)[0])
        published = parse_iso_date(document.published)
        plans = self._plan(view, unmasked, published)
        split = reference_split(self.nlp)
        if published is not None and split is not None:
            self._stamped_references(plans, view, unmasked, self.nlp.pipeline[split][1])
        # (a post's date line above its item is page furniture the mask blanks)
        docs = self._run(plans, view, split, unmasked)
        events_per_item = [
            raw_events(doc, plan.start, f"{document.id}#{index}:")
            for index, (plan, doc) in enumerate(zip(plans, docs, strict=True))
        ]
        link_events(events_per_item)
        for plan, doc, events in zip(plans, docs, events_per_item, strict=True):
            reference = plan.reference.isoformat() if plan.reference else None
            # (entity text from the unmasked view: the original itself without a view map;
            # with one, remap_item reads it again from the original at the mapped offsets)
            item = build_item(doc, unmasked, plan.start, plan.end, plan.title, events, reference)
            if doc.user_data.get(RECASED_KEY):
                restore_role_texts(item, unmasked)
            if view_map is not None:
                remap_item(item, view_map, text)
            document.items.append(item)


# Components that read doc._.reference_date; those before the first of them do not.
REFERENCE_READERS = ("pressparse_dates",)
_ENT_ATTRS = [ENT_IOB, ENT_TYPE]


def reference_split(nlp: Language) -> int | None:
    """Index of the first pipeline component that reads the reference date, if any."""
    for index, name in enumerate(nlp.pipe_names):
        if name in REFERENCE_READERS:
            return index
    return None


@dataclass
class ItemState:
    """A doc's entities and user data, to start a re-run after the components that made
    them (they do not depend on the reference date). The reference reader changes nothing
    else of a doc (no tokens, spans or token attributes), so restoring these two undoes
    its run."""

    ents: Any  # numpy array of _ENT_ATTRS per token
    user_data: dict[Any, Any]

    @classmethod
    def capture(cls, doc: Doc) -> ItemState:
        values = doc.user_data.get(VALUES_KEY)
        user_data = dict(doc.user_data)
        if values is not None:
            user_data[VALUES_KEY] = dict(values)
        return cls(doc.to_array(_ENT_ATTRS), user_data)

    def restore(self, doc: Doc) -> None:
        """Put the captured entities and user data back (a state is restored once: the doc
        takes over its user data)."""
        doc.from_array(_ENT_ATTRS, self.ents)
        doc.user_data.clear()
        doc.user_data.update(self.user_data)


def nearest_references(references: list[dt.date | None]) -> list[dt.date | None]:
    """For each item, the reference of the closest preceding item that has one, else of the
    closest following one (two linear passes).

    Dumps list their items in page order: the items above share the page's period more
    often than an older article printed below them.
    """
    before: list[dt.date | None] = []
    last: dt.date | None = None
    for reference in references:
        before.append(last)
        last = reference if reference is not None else last
    after: list[dt.date | None] = [None] * len(references)
    last = None
    for index in range(len(references) - 1, -1, -1):
        after[index] = last
        last = references[index] if references[index] is not None else last
    return [b if b is not None else a for b, a in zip(before, after, strict=True)]


def _gap_start(plans: list[ItemPlan], index: int) -> int:
    """Where the gap above item ``index`` starts: the item above's end, at most
    GAP_REACH characters above the item."""
    return max(plans[index - 1].end if index else 0, plans[index].start - GAP_REACH)


def to_input(value: str | dict[str, Any] | InputDoc, index: int) -> InputDoc:
    """Normalize what a library user passes into an InputDoc."""
    if isinstance(value, InputDoc):
        return value
    if isinstance(value, dict):
        return from_record(value, default_id=str(index), source=None)
    return from_text(value, id=str(index))


def extract(text: str, *, id: str | None = None, published: str | dt.date | None = None,
            source: str | None = None, nlp: Language | None = None) -> Document:
    """Extract entities and event records from one text.

    >>> doc = extract("From 17 to 28 June 2024 the CSTO held a course in Moscow.")
    >>> doc.items[0].entities[0].label
    'DATE'
    """
    if id is not None and not isinstance(id, str):
        raise TypeError(f"extract(id={id!r}): id must be a str, not {type(id).__name__}")
    if isinstance(published, dt.date):
        published = published.isoformat()
    source_doc = from_text(text, id=id or "0", source=source, published=published)
    return _extractor_for(nlp)(source_doc)


_EXTRACTORS: dict[int, Extractor] = {}


def _extractor_for(nlp: Language | None) -> Extractor:
    """One warmed-up Extractor per pipeline, reused by ``extract()`` calls."""
    key = id(nlp)
    if key not in _EXTRACTORS:
        _EXTRACTORS[key] = Extractor(nlp)
    return _EXTRACTORS[key]


def extract_many(docs: Iterable[str | dict[str, Any] | InputDoc], *, n_process: int = 1,
                 batch_size: int = 32, nlp: Language | None = None,
                 model: str | Path | None = None,
                 time_budget: float | None = DEFAULT_TIME_BUDGET) -> Iterator[Document]:
    """Stream Documents for an iterable of texts, ``{"id","text",...}`` dicts or InputDocs.

    Order is kept. With ``n_process > 1`` documents go to a pool of worker processes that
    notices crashed workers (the affected documents get error records); each worker loads
    the pipeline directory ``model`` (default: the bundled one), since a loaded ``nlp``
    cannot be shared across processes (save yours with ``nlp.to_disk(path)``). The first
    batch run in a process freezes the loaded pipeline out of the garbage collector's reach
    (:func:`freeze_loaded_heap`). Bad arguments raise at the call: a bare ``str`` or
    ``bytes`` as ``docs`` (TypeError: pass a list of texts), ``n_process`` or ``batch_size``
    not an int (TypeError) or below 1 or a negative ``time_budget`` (ValueError; 0 or None:
    no budget, as the CLI's 0), with ``n_process > 1`` a ``model`` directory that does not
    exist (spaCy's OSError, as the first document raises with ``n_process=1``).
    """
    if isinstance(docs, (str, bytes, bytearray)):
        raise TypeError(f"extract_many() takes an iterable of documents, not one "
                        f"{type(docs).__name__}: pass [text], or use extract(text)")
    for name, value in (("n_process", n_process), ("batch_size", batch_size)):
        if not isinstance(value, int):
            raise TypeError(f"extract_many({name}={value!r}): {name} must be an int, "
                            f"not {type(value).__name__}")
        if value < 1:
            raise ValueError(f"extract_many({name}={value!r}): must be at least 1")
    if time_budget is not None and time_budget < 0:
        raise ValueError(f"extract_many(time_budget={time_budget!r}): must be at least 0 "
                         "(0 or None: no budget)")
    if n_process > 1 and nlp is not None:
        raise ValueError("extract_many(n_process > 1) loads the pipeline in each worker "
                         "process: pass model=<pipeline directory> (nlp.to_disk(path)) "
                         "instead of nlp")
    if n_process > 1 and model is not None and not Path(model).exists():
        # (spaCy's own error for a missing pipeline directory, before any worker starts)
        raise OSError(Errors.E052.format(path=Path(model)))
    return _extract_many(docs, n_process=n_process, batch_size=batch_size, nlp=nlp,
                         model=model, time_budget=time_budget)


def _extract_many(docs: Iterable[str | dict[str, Any] | InputDoc], *, n_process: int,
                  batch_size: int, nlp: Language | None, model: str | Path | None,
                  time_budget: float | None) -> Iterator[Document]:
    """The stream of :func:`extract_many`, its arguments checked."""
    inputs = (to_input(value, index) for index, value in enumerate(docs))
    if n_process > 1:
        from .parallel import process_parallel

        yield from process_parallel(inputs, n_process=n_process, batch_size=batch_size,
                                    time_budget=time_budget, model=model)
        return
    from .parallel import MemoryZones

    extractor = Extractor(nlp, time_budget=time_budget, model=model)
    freeze_loaded_heap()
    zones = MemoryZones()  # the first documents warm the vocabulary outside any zone
    while batch := list(islice(inputs, MEMORY_ZONE_DOCS)):
        with zones.zone(extractor.nlp, len(batch)):
            documents = [extractor(source) for source in batch]
        yield from documents

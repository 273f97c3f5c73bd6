"""Shared behaviour of components whose rules live in a data directory."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..data import gc_paused


class DataComponent:
    """A pipeline component whose data files are read lazily from one directory.

    ``from_disk`` (called by ``spacy.load``) points it at the pipeline directory's copy;
    otherwise the bundled copy of the factory's data is used.
    """

    factory: str = ""

    def __init__(self, nlp: Language, name: str, data_dir: str | None = None) -> None:
        self.nlp = nlp
        self.name = name
        self._data_dir: Path | None = Path(data_dir) if data_dir else None
        self._loaded = False

    @property
    def data_dir(self) -> Path:
        if self._data_dir is None:
            from ..pipeline import model_path

            self._data_dir = model_path() / self.factory
        return self._data_dir

    def ensure_loaded(self) -> None:
        if not self._loaded:
            # Loading only makes long-lived objects (tables, compiled rules): a cyclic
            # collection during it would only rescan them (about 0.2 s of start-up).
            with gc_paused():
                self.load(self.data_dir)
            self._loaded = True

    def load(self, data_dir: Path) -> None:
        """Read the component's data files; override in subclasses."""

    def __call__(self, doc: Doc) -> Doc:
        self.ensure_loaded()
        return self.process(doc)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        self.ensure_loaded()
        for doc in docs:
            yield self.process(doc)

    def process(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> DataComponent:
        path = Path(path)
        if path.is_dir():
            self._data_dir = path
            self._loaded = False
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        source = self.data_dir
        if path.resolve() == source.resolve():
            return
        shutil.copytree(source, path, dirs_exist_ok=True)

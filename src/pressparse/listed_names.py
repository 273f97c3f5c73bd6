"""The names the gazetteer lists, keyed by their words in lower case: how a line written in
capitals writes them back ("CANADA BORDER SERVICES AGENCY", "MAY PEN", "SPANISH TOWN"), and
the bodies' short forms ("FBI", "CBSA").

Only names of two words or more are kept: a one-word name is too often an everyday word
("May", "Reading"). A body listed as "<name> of <country or place>" is also listed as its
name alone ("NATIONAL CRIMINAL INVESTIGATION SERVICE", "MINISTRY OF INTERIOR"), as texts
write it. Read once, on the first item written in capitals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import orjson

GAZETTEER_SUBDIR = "pressparse_gazetteer"
NAME_FILES = ("organizations*.jsonl", "places*.jsonl", "countries.jsonl", "country_aliases.jsonl")
NAME_FIELDS = ("name", "variants", "aliases", "names")
ACRONYM_FIELDS = ("acronyms", "shared_acronyms")
NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class ListedNames:
    """``by_first``: a name's first word (lower case) -> (its words in lower case, its
    written words), longest names first; ``single``: the one-word names in lower case (read
    only for words no other list knows); ``acronyms``: the bodies' short forms."""

    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]
    single: frozenset[str]
    acronyms: frozenset[str]

    def longest_at(self, keys: list[str], index: int) -> tuple[str, ...] | None:
        """The written words of the longest listed name whose words are ``keys[index:]``'s
        first ones, or None."""
        for words, forms in self.by_first.get(keys[index], ()):
            if tuple(keys[index:index + len(words)]) == words:
                return forms
        return None


@lru_cache(maxsize=2)
def listed_names(directory: Path | None = None) -> ListedNames:
    """The names of the gazetteer's data files in ``directory`` (default: the bundled one)."""
    if directory is None:
        from .pipeline import model_path
        directory = model_path() / GAZETTEER_SUBDIR
    by_first: dict[str, dict[tuple[str, ...], tuple[str, ...]]] = {}
    acronyms: set[str] = set()
    single: set[str] = set()
    for record in _records(directory):
        for field in ACRONYM_FIELDS:
            acronyms.update(a for a in record.get(field) or () if isinstance(a, str))
        for name in _names(record):
            for written in (name, *_own_names(name, record)):
                forms = tuple(NAME_WORD.findall(written))
                if len(forms) == 1 and forms[0] == written:
                    single.add(written.lower())
                if len(forms) < 2 or not _plain_separators(written):
                    continue
                words = tuple(form.lower() for form in forms)
                by_first.setdefault(words[0], {}).setdefault(words, forms)
    return ListedNames({first: sorted(names.items(), key=lambda item: -len(item[0]))
                        for first, names in by_first.items()}, frozenset(single),
                       frozenset(acronyms))


def _own_names(name: str, record: dict[str, object]) -> tuple[str, ...]:
    """A body's name without its last " of <country or place>" (a body's record only)."""
    if "acronyms" not in record or " of " not in name:
        return ()
    return (name.rsplit(" of ", 1)[0],)


def _plain_separators(name: str) -> bool:
    """Are a name's words parted by spaces, hyphens or a comma only ("Foreign,
    Commonwealth and Development Office")?"""
    return not re.sub(r"[ ,\-]", "", NAME_WORD.sub("", name))


def _records(directory: Path) -> Iterator[dict[str, object]]:
    for pattern in NAME_FILES:
        for path in sorted(directory.glob(pattern)):
            with path.open("rb") as handle:
                for raw in handle:
                    line = raw.strip()
                    if line and not line.startswith((b"#", b"//")):
                        record = orjson.loads(line)
                        if isinstance(record, dict):
                            yield record


def _names(record: dict[str, object]) -> Iterator[str]:
    for field in NAME_FIELDS:
        value = record.get(field)
        if isinstance(value, str):
            yield value
        elif isinstance(value, list):
            yield from (v for v in value if isinstance(v, str))

"""A memo dict of bounded size that forgets its least recently used entry when full.

For caches keyed by what texts hold (names, lines, words, phrases): the keys are open, so a
cache must be bounded, and a full one that dropped everything at once would recompute the
common keys (a site's menu line, "the", a country's police) right after every wipe.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, ItemsView, Iterator, MutableMapping, ValuesView
from dataclasses import fields
from typing import TypeVar, overload

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
D = TypeVar("D")

_MISSING = object()  # (None may be a stored answer)


class LRUCache(MutableMapping[K, V]):
    """At most ``maxsize`` entries; reading an entry (``cache[key]``, ``get``) makes it the
    most recent, storing one into a full cache forgets the least recent; ``key in cache``
    and iterating do not count as uses. Picklable (the phrase index is stored with one)."""

    __slots__ = ("_entries", "maxsize")

    def __init__(self, maxsize: int) -> None:
        if maxsize < 1:
            raise ValueError(f"maxsize must be at least 1, not {maxsize}")
        self.maxsize = maxsize
        self._entries: OrderedDict[K, V] = OrderedDict()

    def __getitem__(self, key: K) -> V:
        entries = self._entries
        entries.move_to_end(key)  # (KeyError when missing, as a dict raises it)
        return entries[key]

    @overload
    def get(self, key: K, default: None = None) -> V | None: ...
    @overload
    def get(self, key: K, default: V | D) -> V | D: ...

    def get(self, key: K, default: V | D | None = None) -> V | D | None:
        entries = self._entries
        try:
            entries.move_to_end(key)
        except KeyError:
            return default
        return entries[key]

    def get_or_set(self, key: K, compute: Callable[[], V]) -> V:
        """The entry of ``key`` (a use of it), else ``compute()`` stored under ``key`` (a stored
        None is a known answer)."""
        value = self.get(key, _MISSING)
        if value is _MISSING:
            value = self[key] = compute()
        return value  # type: ignore[return-value]

    def __setitem__(self, key: K, value: V) -> None:
        entries = self._entries
        entries[key] = value
        entries.move_to_end(key)
        if len(entries) > self.maxsize:
            entries.popitem(last=False)

    def __delitem__(self, key: K) -> None:
        del self._entries[key]

    def clear(self) -> None:
        self._entries.clear()

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def __iter__(self) -> Iterator[K]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def items(self) -> ItemsView[K, V]:  # (a look at all entries is no use of them)
        return self._entries.items()

    def values(self) -> ValuesView[V]:
        return self._entries.values()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(maxsize={self.maxsize}, entries={len(self)})"


def clear_lru_fields(instance: object) -> None:
    """Empty every :class:`LRUCache` field of a dataclass ``instance`` (its memos)."""
    for each in fields(instance):  # type: ignore[arg-type]
        value = getattr(instance, each.name)
        if isinstance(value, LRUCache):
            value.clear()

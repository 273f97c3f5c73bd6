"""LRUCache: a bounded memo dict that forgets the least recently used entry, never all."""

from __future__ import annotations

import pickle

import pytest

from pressparse.lru import LRUCache

# (maxsize, operations, keys left oldest first); "set K" stores K, "get K" reads it (there),
# "miss K" reads it (not there), "has K" asks `in` (no use), "sub K" reads it with [], "memo K"
# reads it with get_or_set (stored when not there).
CASES = [
    (2, ["set a", "set b", "set c"], ["b", "c"]),
    (2, ["set a", "set b", "get a", "set c"], ["a", "c"]),
    (2, ["set a", "set b", "sub a", "set c"], ["a", "c"]),
    (2, ["set a", "set b", "has a", "set c"], ["b", "c"]),
    (2, ["set a", "set b", "set a", "set c"], ["a", "c"]),  # a stored again is recent
    (3, ["set a", "miss b", "set b"], ["a", "b"]),
    (1, ["set a", "set b", "miss a"], ["b"]),
    (2, ["set a", "set b", "memo a", "memo c"], ["a", "c"]),  # a read, c stored
]


@pytest.mark.parametrize(("maxsize", "operations", "left"), CASES)
def test_forgets_least_recently_used(maxsize: int, operations: list[str],
                                     left: list[str]) -> None:
    cache: LRUCache[str, str] = LRUCache(maxsize)
    for operation in operations:
        verb, key = operation.split()
        if verb == "set":
            cache[key] = key.upper()
        elif verb == "get":
            assert cache.get(key) == key.upper()
        elif verb == "miss":
            assert cache.get(key) is None
        elif verb == "sub":
            assert cache[key] == key.upper()
        elif verb == "memo":
            assert cache.get_or_set(key, key.upper) == key.upper()
        else:
            assert key in cache
    assert list(cache) == left
    assert len(cache) == len(left) <= maxsize


def test_reads_like_a_dict() -> None:
    cache: LRUCache[tuple[str, bool], int | None] = LRUCache(4)
    cache[("Customs Service", True)] = None  # a stored None is a known answer
    assert ("Customs Service", True) in cache
    assert cache.get(("Customs Service", True), 7) is None
    assert cache.get(("Coast Guard", False), 7) == 7
    with pytest.raises(KeyError):
        cache[("Coast Guard", False)]
    assert dict(cache.items()) == {("Customs Service", True): None}
    cache.clear()
    assert not cache


def test_get_or_set_computes_only_what_is_missing() -> None:
    cache: LRUCache[str, bool | None] = LRUCache(4)
    computed: list[str] = []

    def judge(line: str) -> bool | None:
        computed.append(line)
        return None if line == "Share" else line.isupper()

    for line in ["MENU", "Share", "MENU", "Share"]:
        cache.get_or_set(line, lambda line=line: judge(line))
    assert computed == ["MENU", "Share"]  # a stored None is a known answer
    assert dict(cache.items()) == {"MENU": True, "Share": None}


def test_pickles_with_its_bound_and_order() -> None:
    cache: LRUCache[int, str] = LRUCache(3)
    for number in range(5):
        cache[number] = str(number)
    cache.get(2)
    copy = pickle.loads(pickle.dumps(cache, protocol=pickle.HIGHEST_PROTOCOL))
    assert copy.maxsize == 3
    assert list(copy.items()) == [(3, "3"), (4, "4"), (2, "2")]


def test_refuses_no_room() -> None:
    with pytest.raises(ValueError):
        LRUCache(0)

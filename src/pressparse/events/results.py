"""Seizure and count records: categories of counted things, de-duplication of figures."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from ..word_alternation import NEVER, spaced_alternation
from .cues import CountCategory, EventRules, kinded_phrases

EVENTS_DATA_DIR = "pressparse_events"
MOVED_AMOUNTS_FILE = "moved_amounts.jsonl"
UNIT_LINKS_FILE = "unit_links.jsonl"
ROLE_WORDS_FILE = "role_words.jsonl"
EPISODE_WORDS_FILE = "episode_words.jsonl"
COUNT_WORDS_FILE = "count_words.jsonl"
SEIZURE_WORDS_FILE = "seizure_words.jsonl"


def quantity_fields(norm: dict[str, Any]) -> dict[str, Any]:
    """The value, qualifier and bounds of a QUANTITY's normalized value."""
    return {
        "value": norm.get("value"), "qualifier": norm.get("qualifier") or "exact",
        "low": norm.get("low"), "high": norm.get("high"),
    }


_HEAD_END = re.compile(r"\s+(?:of|with|from|in|for|containing|holding|carrying|involving)\s",
                       re.IGNORECASE)
_NOUN_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)?")
MOVED_SUBJECT_CHARS = 60  # an amount's noun phrase before its passive verb ("of ganja and ...")
RESTATED_COUNT_TOLERANCE = 0.05  # a headline rounding a number of pills ("3.4 million")
ROUNDED_COUNT_STEP = 100_000  # such a headline writes tenths of a million
ROUNDED_MASS_TOLERANCE = 0.05  # a headline's round "6 tonnes" for the body's "6,214 kilos"
MORE_THAN_REACH = 0.2  # "over a tonne" restates an exact figure up to 20 % above it
BOUND_QUALIFIERS = ("more_than", "at_least")  # a lower bound: "over", "at least"


def events_data_file(file_name: str) -> Path:
    """The path of one of the pipeline's event data files."""
    from ..pipeline import model_path  # the pipeline module imports the event components

    return model_path() / EVENTS_DATA_DIR / file_name


@functools.cache
def phrases_by_kind(file_name: str) -> dict[str, tuple[str, ...]]:
    """The phrases of one of the pipeline's event data files, by kind (read once)."""
    return kinded_phrases(events_data_file(file_name))


def words_of(file_name: str, kind: str) -> tuple[str, ...]:
    """The phrases of one kind in one of the pipeline's event data files."""
    return phrases_by_kind(file_name).get(kind, ())


def phrase_alternatives(phrases: tuple[str, ...]) -> str:
    """A regex alternation of phrases, longest first, any whitespace between their words
    (:func:`~pressparse.word_alternation.spaced_alternation`); never matching when empty."""
    return spaced_alternation(phrases, r"\s+", empty=NEVER)


def kind_alternatives(file_name: str, *kinds: str) -> str:
    """A regex alternation (:func:`phrase_alternatives`, longest first) of some kinds'
    phrases in one of the pipeline's event data files."""
    return phrase_alternatives(tuple(word for kind in kinds for word in words_of(file_name, kind)))


# letters an IGNORECASE pattern meets only as themselves in either case: "i", "k" and "s"
# also match "ı"/"İ", "K" (Kelvin) and "ſ" (long s)
_CASE_SAFE_RUN = re.compile(r"[a-hjlmnoprtu-z]+")


def case_safe_needles(phrases: tuple[str, ...]) -> tuple[str, ...] | None:
    """A lower-case piece of each phrase (its longest run of case-safe letters): a text whose
    ``lower()`` holds none of them has no match of ``phrase_alternatives(phrases)`` under
    re.IGNORECASE (a plain string test before a regex scan). None when a phrase has no
    such piece."""
    needles = []
    for phrase in phrases:
        runs = _CASE_SAFE_RUN.findall(phrase.lower())
        if not runs:
            return None
        needles.append(max(runs, key=len))
    return tuple(needles)


# pattern -> the needles one of which every match of it holds (needled)
_NEEDLES: dict[re.Pattern[str], tuple[str, ...]] = {}


def needled(pattern: re.Pattern[str], phrases: tuple[str, ...]) -> re.Pattern[str]:
    """``pattern``, registered with the :func:`case_safe_needles` of ``phrases`` when every
    match of it holds one of those phrases under re.IGNORECASE (see :func:`needles_of`)."""
    needles = case_safe_needles(phrases)
    if needles is not None:
        _NEEDLES[pattern] = needles
    return pattern


def needles_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The registered needles of ``pattern`` (:func:`needled`; None when it has none): a
    text whose ``lower()`` holds none of them has no match of it."""
    return _NEEDLES.get(pattern)


def may_match(needles: tuple[str, ...] | None, text: str) -> bool:
    """Whether ``text`` may hold a match of a pattern with these needles (always, without
    needles)."""
    if needles is None:
        return True
    lowered = text.lower()
    return any(needle in lowered for needle in needles)


def needled_search(pattern: re.Pattern[str], text: str, start: int = 0,
                   end: int | None = None) -> re.Match[str] | None:
    """``pattern.search(text, start, end)``, run only when ``text[start:end]`` holds one of
    the pattern's registered needles (:func:`needled`; always without needles)."""
    if end is None:
        end = len(text)
    if not may_match(_NEEDLES.get(pattern), text[start:end]):
        return None
    return pattern.search(text, start, end)


def needled_kind(file_name: str, *kinds: str, before: str = "(?<![a-z])",
                 after: str = "(?![a-z])") -> re.Pattern[str]:
    """A case-blind pattern of the kinds' phrases of an event data file (their
    :func:`phrase_alternatives` between ``before`` and ``after``), registered with their
    needles (:func:`needled`)."""
    phrases = tuple(word for kind in kinds for word in words_of(file_name, kind))
    return needled(re.compile(rf"{before}(?:{phrase_alternatives(phrases)}){after}",
                              re.IGNORECASE), phrases)


# "were publicly burned", "incinerated": drugs destroyed (episode_words.jsonl kind destruction)
DESTRUCTION = needled_kind(EPISODE_WORDS_FILE, "destruction")


@functools.cache
def moved_amount_before() -> re.Pattern[str]:
    """Matches a verb of moving, selling or destroying drugs (and filler words) ending right
    before an amount: "had imported upwards of ", "among the items burnt were " (see
    moved_amounts.jsonl)."""
    words = phrases_by_kind(MOVED_AMOUNTS_FILE)
    past = phrase_alternatives(words.get("past", ()))
    adverbs = phrase_alternatives(words.get("adverb", ()))
    verbs = phrase_alternatives(words.get("verb", ()))
    fillers = phrase_alternatives(words.get("filler", ()))
    return re.compile(rf"(?<![a-z])(?:(?:had|have|has)\s+(?:(?:{adverbs})\s+)?(?:{past})"
                      rf"|{verbs})\s+(?:(?:{fillers})\s+){{0,3}}$", re.IGNORECASE)


@functools.cache
def charge_verb_before() -> re.Pattern[str]:
    """Matches a verb of a drug charge ending right before an amount: "to distribute " (see
    moved_amounts.jsonl kind charge_verb)."""
    verbs = kind_alternatives(MOVED_AMOUNTS_FILE, "charge_verb")
    return re.compile(rf"(?<![a-z])(?:{verbs})\s+$", re.IGNORECASE)


@functools.cache
def moved_amount_after() -> re.Pattern[str]:
    """Matches, from right after an amount, its own clause's passive verb of destroying or
    selling it: " of ganja and other drugs were destroyed", " was later sold" (the amount is
    the verb's subject; see moved_amounts.jsonl kind passive). A relative clause ("which
    were destroyed") is the caller's to rule out."""
    words = phrases_by_kind(MOVED_AMOUNTS_FILE)
    adverbs = phrase_alternatives(words.get("adverb", ()))
    passive = phrase_alternatives(words.get("passive", ()))
    return re.compile(rf"[^.;:,()\n\d]{{0,{MOVED_SUBJECT_CHARS}}}?\b(?:was|were|is|are|"
                      rf"(?:has|have|had)\s+been)\s+(?:(?:{adverbs})\s+)?(?:{passive})\b",
                      re.IGNORECASE)


def count_entry(what: str | None, rules: EventRules) -> CountCategory | None:
    """The category entry of a counted noun phrase: the whole phrase, else the words of its
    head (before "of", "with" ...) from the last one back ("members of criminal groups" ->
    members), else the words of the rest ("units of weapons and equipment" -> equipment); a counting
    word's ("units of firearms") rest first."""
    if not what:
        return None
    lowered = what.lower()
    entry = rules.categories.get(lowered)
    if entry is not None:
        return entry
    head_end = _HEAD_END.search(lowered)
    cut = head_end.start() if head_end else len(lowered)
    head = _last_entry(lowered[:cut], rules)
    if head is not None and not head.classifier:
        return head
    # "units of firearms": the things a counting word counts, else the counting word's own
    return _last_entry(lowered[cut:], rules) or head


def _last_entry(part: str, rules: EventRules) -> CountCategory | None:
    """The category entry of the last word of ``part`` that has one."""
    for word in reversed(_NOUN_WORDS.findall(part)):
        entry = rules.categories.get(word)
        if entry is not None:
            return entry
    return None


def category_of(what: str | None, rules: EventRules) -> tuple[str | None, bool]:
    """(category, is a drug unit) of a counted noun phrase (see ``count_entry``)."""
    entry = count_entry(what, rules)
    return (entry.category, entry.seizure) if entry else (None, False)


def _amount(seizure: dict[str, Any]) -> Any:
    """A seizure's mass, else its number of units."""
    return seizure.get("kg") or seizure.get("value")


def _precision(value: Any) -> int:
    if not isinstance(value, (int, float)):
        return 0
    digits = f"{value:.6g}".replace(".", "").replace("-", "").strip("0")
    return len(digits)


def dedupe_seizures(seizures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a rounded re-statement ("more than 11 tons of drugs") of a more precise seizure."""
    kept: list[dict[str, Any]] = []
    # kept seizures by substance and paragraph: a restatement is in another paragraph
    index: dict[str, dict[Any, list[int]]] = {}
    for seizure in seizures:
        by_paragraph = index.setdefault((seizure.get("substance") or "").lower(), {})
        twin = next((position for paragraph, positions in by_paragraph.items()
                     if paragraph != seizure.get("paragraph") for position in positions
                     if _restates(kept[position], seizure)), None)
        if twin is None:
            by_paragraph.setdefault(seizure.get("paragraph"), []).append(len(kept))
            kept.append(seizure)
        elif _precision(_amount(seizure)) > _precision(_amount(kept[twin])):
            kept[twin] = seizure
    return kept


def _restates(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if (a.get("substance") or "").lower() != (b.get("substance") or "").lower():
        return False
    if a.get("paragraph") == b.get("paragraph"):
        return False
    if (a.get("value"), a.get("unit")) == (b.get("value"), b.get("unit")):
        return True  # a headline repeating the body's figure
    ka, kb = a.get("kg"), b.get("kg")
    if not ka and not kb and a.get("unit") == b.get("unit"):
        # pills or tablets: "3.4 million captagon pills" over the body's "3,412,000"
        va, vb = a.get("value"), b.get("value")
        if not (isinstance(va, (int, float)) and isinstance(vb, (int, float)) and va and vb):
            return False
        rounded, exact = (a, b) if _precision(va) < _precision(vb) else (b, a)
        low, high = rounded["value"], exact["value"]
        if (rounded.get("qualifier") in BOUND_QUALIFIERS and exact.get("qualifier") == "exact"
                and low % ROUNDED_COUNT_STEP == 0):
            # "over 200,000 tablets" in a headline over the body's "216,400 tablets"
            return low < high <= low * (1 + MORE_THAN_REACH)
        return (low != high and low % ROUNDED_COUNT_STEP == 0
                and abs(va - vb) / max(va, vb) <= RESTATED_COUNT_TOLERANCE)
    if not ka or not kb:
        return False
    if a["qualifier"] == "exact" and b["qualifier"] == "exact":
        # a headline's round "6 tonnes" over the body's "6,214 kilos"
        rounded, exact = (a, b) if _precision(_amount(a)) < _precision(_amount(b)) else (b, a)
        return (_precision(_amount(rounded)) < _precision(_amount(exact))
                and float(rounded.get("value") or 0).is_integer()
                and abs(ka - kb) / max(ka, kb) <= ROUNDED_MASS_TOLERANCE)
    bound, exact = (a, b) if a["qualifier"] != "exact" else (b, a)
    if bound["qualifier"] in BOUND_QUALIFIERS and exact["qualifier"] == "exact":
        # "over a tonne" and the body's "1,137 kilograms"
        low = bound.get("kg") or 0
        return low <= (exact.get("kg") or 0) <= low * (1 + MORE_THAN_REACH)
    return abs(ka - kb) / max(ka, kb) <= 0.1


def dedupe_counts(counts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One count per (category, value): a headline's "49 arrests" and the body's
    "49 suspects were arrested" are one figure; the later (body) wording is kept."""
    by_key: dict[tuple[Any, Any], dict[str, Any]] = {}
    for count in counts:
        key = (count.get("category") or count["what"], count.get("value"))
        by_key[key] = count
    kept = {id(c) for c in by_key.values()}
    return [c for c in counts if id(c) in kept]

"""Counted noun phrases after a number ("784 drug crimes were ...") and their category."""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import Lexicon
from .patterns import PHRASE_WORDS, Patterns

MAX_WORDS = PHRASE_WORDS


class NounPhrase(NamedTuple):  # a tuple: created per number, cheaper than a frozen dataclass
    """A short noun phrase: its words' offsets, text, and the category of its head."""

    start: int
    end: int
    text: str
    category: str | None
    head_is_unit: bool = False


class _Shape(NamedTuple):
    """A noun phrase read from a run of words, as offsets from the run's start."""

    start: int
    end: int
    category: str | None
    head_is_unit: bool


_NO_PHRASE = _Shape(-1, -1, None, False)  # the words hold no noun phrase


def noun_phrase(text: str, pos: int, lex: Lexicon, pats: Patterns,
                after_of: bool = False) -> NounPhrase | None:
    """The noun phrase starting after ``pos``: up to a few words, stopping at verbs,
    prepositions, conjunctions and punctuation; cut after the last known head noun.

    The phrase depends only on the run of words the pattern matches (and ``after_of``), so
    it is cached by that run; only the "of" complement after it is read in place.
    """
    match = pats.phrase_words.match(text, pos)  # up to MAX_WORDS words in one call
    if match is None:
        return None
    shapes = lex.phrase_shapes
    key = (match.group(), after_of)
    shape = shapes.get(key)
    if shape is None:
        shape = _shape(match, lex, after_of) or _NO_PHRASE
        shapes[key] = shape
    if shape is _NO_PHRASE:
        return None
    base = match.start()
    start, end = base + shape.start, base + shape.end
    category = shape.category
    if text.startswith(" and ", end):
        # "of military and special equipment": adjectives sharing the noun after "and";
        # "eight West and Central African countries": names of regions sharing it
        lower = _adjective(text[start:end], lex)
        if lower or (category is None and _title_words(text[start:end])):
            shared = noun_phrase(text, end + 4, lex, pats, after_of=True)
            if shared is not None and shared.start == end + 5 and " " in shared.text \
                    and not _counts_anew(shared.text, lex) and (
                        shared.text.islower() if lower else
                        shared.category is not None and shared.text[0].isupper()):
                return NounPhrase(start, shared.end, text[start:shared.end], shared.category,
                                  shared.head_is_unit)
    if category in lex.of_complement_categories and text.startswith(" of ", end):
        complement = noun_phrase(text, end + 3, lex, pats, after_of=True)
        if complement is not None and complement.start == end + 4:
            end = complement.end  # "rounds of ammunition", "cases of drug trafficking"
    return NounPhrase(start, end, text[start:end], category, shape.head_is_unit)


def _shape(match: re.Match[str], lex: Lexicon, after_of: bool) -> _Shape | None:
    """The phrase in a run of words (offsets from ``match.start()``), or None."""
    text = match.string
    words: list[tuple[int, int, str]] = []
    participle_first = False
    for group in range(1, MAX_WORDS + 1):
        word_start = match.start(group)
        if word_start < 0:
            break
        word_end = match.end(group)
        word = text[word_start:word_end]
        low = word.lower()
        # "300 daily flights", "500 million monthly active users": an adjective of
        # frequency before the noun is no stop, the adverb is ("earns $50 daily")
        if (low in lex.phrase_stops or low in lex.qualifiers_before) and (
                words or not low.endswith("ly") or not _noun_follows(match, group, lex)) \
                and not (words and words[-1][2].endswith("ly") and low in lex.phrase_stops
                         and _noun_follows(match, group, lex)):
            break  # but "locally made pistols": an irregular participle after an adverb
        if low.endswith(("ed", "ing")) and low not in lex.count_heads \
                and low not in lex.activity_nouns:  # "drug trafficking" is no verb
            modifier = bool(words) and _gerund_modifier(match, group, words, lex)
            if words and not (low.endswith("ed") and words[-1][2].endswith("ly")) \
                    and not modifier:
                break  # a verb; but "newly registered users", "illegally imported guns"
            if not modifier:  # "digital weighing scales": no participle opens the phrase
                participle_first = not after_of  # "of dried marijuana" is no verb
        if low in lex.months and word[0].isupper():
            break
        words.append((word_start, word_end, low))
    if not words or (participle_first and not any(
            _is_head(w, lex) for _s, _e, w in words[1:]) and not _plural_after(words, lex)):
        # "3.4 million needed aid": a verb, not "armed men", "suspected dealers",
        # "encrypted phones", "unaccompanied migrant minors", "long-lasting insecticidal nets"
        return None
    last_head = None
    category = None
    head_is_unit = False
    for i, (_s, _e, low) in enumerate(words):
        if i and last_head is not None and low.endswith("ed"):
            words = words[:i]  # "94 suspects arrested": a verb after the counted noun
            break
        pair = words[i - 1][2] + " " + low if i else None
        if pair and pair in lex.count_heads:
            last_head, category, head_is_unit = i, lex.count_heads[pair], False
        elif low in lex.count_heads:
            last_head, category, head_is_unit = i, lex.count_heads[low], False
        elif low in lex.unit_words and lex.unit_words[low].kind == "count":
            last_head, category, head_is_unit = i, None, True
    if last_head is not None:
        words = words[: last_head + 1]
    else:
        capitalized = [i for i, (s, _e, _w) in enumerate(words) if text[s].isupper()]
        # after "of"/"in" no verb follows a name: "of Afghan heroin", "in Canadian currency"
        if not after_of and capitalized and capitalized[-1] < len(words) - 1 \
                and not _plural_noun(words[capitalized[-1] + 1][2], lex):
            # "3 million Syrians live": stop at the verb; not "20 Grand Slam titles"
            words = words[: capitalized[-1] + 1]
        words = words[:3]
    base = match.start()
    return _Shape(words[0][0] - base, words[-1][1] - base, category, head_is_unit)


def _gerund_modifier(match: re.Match[str], group: int, words: list[tuple[int, int, str]],
                     lex: Lexicon) -> bool:
    """The -ing word of group ``group`` modifies the head noun right after it, inside a
    phrase with no head yet ("digital weighing scales", "drug processing laboratories"), not
    a verb after a noun ("suspects carrying bags")."""
    if not match.group(group).endswith("ing") or group >= MAX_WORDS \
            or match.start(group + 1) < 0:
        return False
    if any(_is_head(w, lex) or _plural_noun(w, lex) for _s, _e, w in words):
        return False
    after = match.group(group + 1)
    return after.islower() and (_is_head(after, lex) or _plural_noun(after, lex))


def _noun_follows(match: re.Match[str], group: int, lex: Lexicon) -> bool:
    """The word after group ``group`` of a run is a lower-case word that is no stop."""
    if group >= MAX_WORDS or match.start(group + 1) < 0:
        return False
    word = match.group(group + 1)
    return word.islower() and word not in lex.phrase_stops \
        and word not in lex.qualifiers_before


def _adjective(word: str, lex: Lexicon) -> bool:
    """"military", "unwanted": one lower-case word with an adjective's ending."""
    return word.isalpha() and word.islower() and len(word) > 4 \
        and word.endswith(lex.adjective_endings)


def _title_words(phrase: str) -> bool:
    """"West", "North Caucasus": one or two capitalized words of letters (a region's name
    that may share a noun after "and")."""
    words = phrase.split(" ")
    return len(words) <= 2 and all(w.isalpha() and w[0].isupper() and w[1:].islower()
                                   for w in words)


def _counts_anew(phrase: str, lex: Lexicon) -> bool:
    """The phrase after "and" opens with a number: a count of its own ("37 units of equipment
    and six ships"), no noun shared with the words before "and"."""
    first = phrase.split(" ", 1)[0]
    return first in lex.number_words or first[:1].isdigit()


def _plural_after(words: list[tuple[int, int, str]], lex: Lexicon) -> bool:
    """After a participle opening a run, a plural noun right after it, or one further on
    with no other participle between ("unaccompanied migrant minors"; not "87 placed winning
    bids", a verb and its object)."""
    rest = [w for _s, _e, w in words[1:]]
    if rest and _plural_noun(rest[0], lex):
        return True
    return any(_plural_noun(w, lex) for w in rest) \
        and not any(w.endswith(("ed", "ing")) for w in rest)


def _plural_noun(word: str, lex: Lexicon) -> bool:
    """"titles", "players": a lower-case regular plural that is no stop word."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) \
        and word not in lex.phrase_stops


def _is_head(word: str, lex: Lexicon) -> bool:
    unit = lex.unit_words.get(word)
    return word in lex.count_heads or (unit is not None and unit.kind == "count")

"""Which substance readings a gazetteer span keeps where a substance's name is also a body,
a place or an everyday word: the substance after an amount ("2,480 kg of ICE"), before its
amount on a table row or a word of its seizure ("Ganja ..... 21 kg", "Ganja seized"), in
capitals its other reading does not take ("GANJA SEIZED"), an everyday word ("ice") only with
a drug signal in the text, and a form in brackets after it ("Cannabis (herbal)": marijuana)."""

from __future__ import annotations

from collections.abc import Mapping

from .gazetteer_data import PLACE_HEAD
from .phrases import Match, TokenTexts


def substances_after_amounts(texts: TokenTexts, matches: list[Match],
                             amount_words: frozenset[str]) -> list[Match]:
    """A span that is a substance and also a body or a place is the substance after an amount
    ("2,480 kg of ICE", "kilos of 'ice'"): its other readings are dropped there."""
    return _substance_only(matches, {
        (m.start, m.end) for m in _other_readings(matches)
        if _after_amount(texts, m.start, amount_words)})


def everyday_substances(texts: TokenTexts, matches: list[Match], words: frozenset[str],
                        determiners: frozenset[str], modified: frozenset[str]) -> list[Match]:
    """A substance's name that is also an everyday word ("ice") names the drug only in a text
    that names another substance, the drug signal ("1,312 kg of ketamine"; a glacier study's
    "their ice" is none), and after a determiner ("under the ice in the fish hold") only when
    an earlier bare mention read as the drug ("380 kg of ice ... the ice had been brought").
    A name set in quotes or in capitals the word does not take is slang: its own signal
    ("three kilos of 'ice'", "48 kg of ICE"). Before a word of `modified` or a hyphen it is a
    modifier, the everyday word ("a white crystal substance", "ice cream", "crystal-like")."""
    names = {(m.start, m.end): texts.span_text(m.start, m.end).lower()
             for m in matches if m.entry.label == "SUBSTANCE"}
    everyday = [m for m in matches if m.entry.label == "SUBSTANCE"
                and names[(m.start, m.end)] in words]
    if not everyday:
        return matches
    signal = any(name not in words for name in names.values()) \
        or any(_slang_marked(texts, m.start, m.end) for m in everyday)
    drop: set[tuple[int, int]] = set()
    seen: set[str] = set()
    for m in sorted(everyday, key=lambda m: (m.start, m.end)):
        word = names[(m.start, m.end)]
        if not signal or _modifies_next(texts, m.end, modified):
            drop.add((m.start, m.end))
        elif _after_word_of(texts, m.start, determiners):
            if word not in seen:
                drop.add((m.start, m.end))
        else:
            seen.add(word)
    if not drop:
        return matches
    return [m for m in matches if m.entry.label != "SUBSTANCE" or (m.start, m.end) not in drop]


def _modifies_next(texts: TokenTexts, end: int, modified: frozenset[str]) -> bool:
    """Whether the name ending at ``end`` modifies the word after it ("crystal substance",
    "crystal-like")."""
    return end < len(texts) and (texts[end].lower() in modified or texts[end] == "-")


def _slang_marked(texts: TokenTexts, start: int, end: int) -> bool:
    return texts.span_text(start, end).isupper() or _slang_quoted(texts, start, end)


def substances_in_capitals(texts: TokenTexts, matches: list[Match],
                           place_cues: frozenset[str]) -> list[Match]:
    """A span that is a substance and also a body or a place, written in capitals its other
    reading does not have, is the substance ("GANJA SEIZED", not the town Ganja), unless a
    place word comes before it ("RAID IN GANJA"). An acronym written as listed ("ICE") keeps
    its reading."""
    return _substance_only(matches, {
        (m.start, m.end) for m in _other_readings(matches)
        if _in_capitals_not_its_own(texts.span_text(m.start, m.end), m)
        and not _after_word_of(texts, m.start, place_cues)})


def _in_capitals_not_its_own(written: str, match: Match) -> bool:
    """Whether ``written`` is in capitals that are not the name's own ("GANJA", not "ICE")."""
    return written.isupper() and written not in match.entry.normalized.values()


def bracketed_substance_forms(texts: TokenTexts, matches: list[Match],
                              forms: Mapping[tuple[str, str], str]) -> list[Match]:
    """A substance with its form in brackets after it is that form's substance: "Cannabis
    (herbal)" is marijuana (the span stays the substance's word)."""
    targets = {m.entry.normalized.get("name"): m.entry for m in matches
               if m.entry.label == "SUBSTANCE"}
    size = len(texts)
    result: list[Match] = []
    for m in matches:
        entry = m.entry
        if entry.label == "SUBSTANCE" and m.end + 2 < size and texts[m.end] == "(" \
                and texts[m.end + 2][:1] == ")":  # "(herbal)", "(herbal):"
            target = forms.get((str(entry.normalized.get("name")), texts[m.end + 1].lower()))
            if target is not None:
                normalized = {**entry.normalized, "name": target}
                known = targets.get(target)
                if known is not None:
                    normalized = dict(known.normalized)
                m = Match(m.start, m.end, entry._replace(normalized=normalized))
        result.append(m)
    return result


def substances_before_amounts(texts: TokenTexts, matches: list[Match],
                              amount_words: frozenset[str], seizure_words: frozenset[str],
                              place_cues: frozenset[str]) -> list[Match]:
    """A span that is a substance and also a body or a place is the substance before its
    amount in a table row ("Ganja ........ 21 kg 650 g", "Ganja: 86 g") or before a word of
    its seizure ("Ganja seized off the coast", "Ganja plantation dismantled"): its other
    readings are dropped there, unless a place word comes before it ("police in Ganja
    seized")."""
    return _substance_only(matches, {
        (m.start, m.end) for m in _other_readings(matches)
        if not _after_word_of(texts, m.start, place_cues)
        and _before_amount_or_seizure(texts, m.end, amount_words, seizure_words)})


def substances_in_lists(texts: TokenTexts, matches: list[Match]) -> list[Match]:
    """A span that is a substance and also a body or a place is the substance in a list with
    another substance ("seizes yaba and ICE", "ICE AND HEROIN FROM A TRAWLER") or set in
    quotes ('FIGHT AGAINST "ICE" TRAFFICKING'): its other readings are dropped there."""
    others = _other_readings(matches)
    if not others:
        return matches
    substances = {m.start: m.end for m in matches if m.entry.label == "SUBSTANCE"}
    ends = set(substances.values())  # (a substance ending right before a link word)
    return _substance_only(matches, {
        (m.start, m.end) for m in others
        if _slang_quoted(texts, m.start, m.end)
        or (_after_word_of(texts, m.start, _LIST_LINKS) and m.start - 1 in ends)
        or _listed_before(texts, m.end, substances)})


def _listed_before(texts: TokenTexts, end: int, substances: Mapping[int, int]) -> bool:
    """Is the span ending at ``end`` followed by "and"/"or"/"," and another substance?"""
    return end + 1 < len(texts) and texts[end].lower() in _LIST_LINKS and end + 1 in substances


def _slang_quoted(texts: TokenTexts, start: int, end: int) -> bool:
    return start > 0 and end < len(texts) and texts[start - 1] in _QUOTES \
        and texts[end] in _QUOTES


_LIST_LINKS = frozenset({"and", "or", ",", "&", "/"})


def _other_readings(matches: list[Match]) -> list[Match]:
    """The readings other than the substance (and a place head) of spans that are also a
    substance."""
    substance_spans = {(m.start, m.end) for m in matches if m.entry.label == "SUBSTANCE"}
    return [m for m in matches if m.entry.label not in {"SUBSTANCE", PLACE_HEAD}
            and (m.start, m.end) in substance_spans]


def _substance_only(matches: list[Match], spans: set[tuple[int, int]]) -> list[Match]:
    """The matches less the other readings of ``spans``, which keep only the substance."""
    if not spans:
        return matches
    return [m for m in matches if m.entry.label == "SUBSTANCE" or (m.start, m.end) not in spans]


def _after_word_of(texts: TokenTexts, start: int, words: frozenset[str]) -> bool:
    return start > 0 and texts[start - 1].lower() in words


def _before_amount_or_seizure(texts: TokenTexts, end: int, amount_words: frozenset[str],
                              seizure_words: frozenset[str]) -> bool:
    size = len(texts)
    if end < size and texts[end].lower() in seizure_words:
        return True
    i = end
    while i < size and texts[i] and all(ch in _LEADERS for ch in texts[i]):
        i += 1
    return i + 1 < size and texts[i][:1].isdigit() and texts[i + 1].lower() in amount_words


_LEADERS = frozenset(".\u2026:|-\u2013\u2014_\u00b7")


def _after_amount(texts: TokenTexts, start: int, amount_words: frozenset[str]) -> bool:
    i = start - 1
    while i >= 0 and texts[i] in _QUOTES:
        i -= 1
    return i >= 1 and texts[i].lower() == "of" and texts[i - 1].lower() in amount_words


_QUOTES = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d", "\u00ab", "\u00bb", "`",
                     "''", "``"})

"""Which names an acronym spells: bodies, their parents and places named by their initials."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from itertools import pairwise
from typing import Any

from ..spans import Candidate
from .acronyms import acronym_after, mentions
from .doc_view import Ent
from .entity_merge import Values, entity_value, overlaps
from .same_body import core_initials
from .text import clean_name

_OF_COUNTRY = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")  # "MIA of Kyrgyzstan"
# "Fiji Police Force's ": a body's possessive before its unit's name
POSSESSOR = re.compile(r"^[^']*(?:'s|\u2019s)[ \t]+")
# a capitalized word of a name ("Revenue", "Anti-Narcotics", "People's")
_CAPITALIZED = r"[A-Z][\w'\u2019\-]*"
# "... Revenue| and Customs" up to a bracket: capitalized words, "of"/"the" between them
_AND_NAME = re.compile(
    rf"[ \t]+(?:and|&)[ \t]+(?P<last>{_CAPITALIZED}"
    rf"(?:[ \t]+(?:(?:of|for|the)[ \t]+){{0,2}}{_CAPITALIZED}){{0,5}})(?=[ \t]*\()")



def spelled_initials(name: str) -> set[str]:
    """The acronyms a body's written name spells without a definition: its capitalized
    words' initials up to its first "of" ("General Police Department of Mongolia" -> GPD),
    with that "of" as an O ("Bureau of Customs" -> BOC, "Ministry of Interior" -> MOI), and
    without it up to a second "of" ("Ministry of Internal Affairs of ..." -> MIA); a
    hyphenated word's capitals count each ("Anti-Narcotics Unit" -> ANU as well as AU)."""
    if "-" in name:  # "Anti-Narcotics Unit of the DCI": AU, and ANU as well
        return _initials(name) | _initials(re.sub(r"-(?=[A-Z])", " ", name))
    return _initials(name)


def _initials(name: str) -> set[str]:
    """:func:`spelled_initials` of a name read word by word."""
    found = {core_initials(name)}
    first, of, rest = name.partition(" of ")
    if of:  # (core_initials reads ``rest`` up to its own first "of", skipping "the")
        found.add(core_initials(first) + "O" + core_initials(rest))
        # and every capitalized word's initial up to the next "of" ("Ministry of Justice
        # Investigation Bureau" -> MJIB, "Ministry of Internal Affairs of ..." -> MIA)
        found.add(core_initials(first) + core_initials(rest))
    return {letters for letters in found if len(letters) >= 3}


def spells_acronym(name: str, acronym: str) -> bool:
    """Do the capitalized words of ``name`` start with the acronym's capitals, in order or
    in another language's word order, with at most one English word more ("Narcotics Control
    Bureau" -> NCB; "National Police of Peru" -> PNP, from "Policía Nacional del Perú";
    "Coordination Centre" is no CARICC)?"""
    initials = "".join(word[0] for word in re.split(r"[\s\-]+", name) if word[:1].isupper())
    capitals = "".join(ch for ch in acronym if ch.isupper())
    if initials == capitals or sorted(initials) == sorted(capitals):
        return True
    # one English word more than the other language's ("National Coast Guard Service" ->
    # SNG, from "Servicio Nacional de Guardacostas")
    return len(initials) == len(capitals) + 1 and len(capitals) >= 3 \
        and not Counter(capitals) - Counter(initials)


def coordinated_long_forms(
        text: str, long_forms: Sequence[tuple[int, int, dict[str, Any], Ent | None]],
) -> list[tuple[int, int, dict[str, Any], Ent | None]]:
    """Names joined by "and" that one bracketed acronym spells as a whole ("Department of
    Revenue and Customs (DRC)", "Criminal Police and Investigation Service (SKPV)"): one
    body, though the grammar reads "and" before a body word as a list. The first part is a
    found name; the acronym must spell the whole and not the last part alone."""
    found = []
    for start_char, end_char, _value, _ent in long_forms:
        joined = _AND_NAME.match(text, end_char)
        if joined is None:
            continue
        definition = acronym_after(text, joined.end())
        if definition is None:
            continue
        whole = POSSESSOR.sub("", text[start_char:joined.end()])
        if spells_acronym(whole, definition[0]) \
                and not spells_acronym(joined["last"], definition[0]):
            found.append((start_char, joined.end(),
                          {"name": clean_name(text[start_char:joined.end()]),
                           "acronym": None, "id": None}, None))
    return found


def acronym_of(text: str, ents: Sequence[Ent], label: str) -> Iterator[tuple[Ent, Ent]]:
    """Each one-word ORG in capitals ("FSB", "SBNON") and the ``label`` entity right after it
    across "of" or "of the" ("FSB of Russia", "SBNON of the Ministry ...")."""
    for ent, after in pairwise(ents):
        if ent.label_ == "ORG" and after.label_ == label and ent.text.isupper() \
                and " " not in ent.text \
                and _OF_COUNTRY.fullmatch(text, ent.end_char, after.start_char):
            yield ent, after


def place_acronyms(text: str, ents: Sequence[Ent], values: Values,
                   taken: list[tuple[int, int]]) -> list[Candidate]:
    """An acronym in brackets after a place that spells it ("Kotoka International Airport
    (KIA)", "Murtala Muhammed International Airport (MMIA)") is that place, there and at
    its other mentions ("... AT KIA WITH COCAINE")."""
    found: list[Candidate] = []
    for ent in ents:
        if ent.label_ != "LOC" or " " not in ent.text:
            continue
        definition = acronym_after(text, ent.end_char)
        if definition is None or not spells_acronym(ent.text, definition[0]):
            continue
        value = dict(entity_value(values, ent) or {})
        found += [Candidate(start, end, "LOC", value)
                  for start, end in mentions(text, definition[0])
                  if not overlaps(taken, start, end)]
    return found


def spelled_bodies(ents: Sequence[Ent], values: Values,
                   acronyms: set[str]) -> dict[str, dict[str, Any]]:
    """The value of the one listed body of ``ents`` whose name, up to its first " of ",
    spells each of ``acronyms`` by its initials ("State Revenue Committee of the Republic of
    Armenia" -> SRC; also with that "of": "Bureau of Customs" -> BOC); an acronym two bodies
    spell is left out."""
    matches: dict[str, list[dict[str, Any]]] = {}
    for ent in ents:
        if ent.label_ != "ORG" or " " not in ent.text:
            continue
        value = entity_value(values, ent)
        if not value or not value.get("name"):
            continue
        for initials in {core_initials(ent.text)} | spelled_initials(ent.text):
            if initials in acronyms:
                known = matches.setdefault(initials, [])
                if value["name"] not in [v["name"] for v in known]:
                    known.append(value)
    return {acronym: {**found[0], "acronym": acronym}
            for acronym, found in matches.items() if len(found) == 1}


def spelled_parent(long_form: str, acronym: str) -> str | None:
    """The parent body a unit's name ends with when the bracketed acronym after the name
    spells that parent and not the whole name ("Southern Branch of the Coast Guard
    Administration (CGA)": "Coast Guard Administration"; "Prosecutor's Office against Drug
    Trafficking of the Public Ministry (MP)": "Public Ministry"), else None."""
    if " of " not in long_form or spells_acronym(long_form, acronym):
        return None
    rest = long_form
    while " of " in rest:
        rest = rest.split(" of ", 1)[1].removeprefix("the ")
        if rest[:1].isupper() and " " in rest and spells_acronym(rest, acronym):
            return rest
    return None


# a word of a name written before its bracketed acronym: a capitalized word, or a lower-case
# link between two of them ("Partners Against Narcotics Trafficking", "Hit and Run Cargo";
# the links: word_lists.jsonl spelled_name_links)
_NAME_WORD = re.compile(_CAPITALIZED)
_RUN_WORDS = 12  # words looked at before the bracket


def spelled_long_form(text: str, acronym: str, links: Collection[str],
                      stop: Collection[str] = ()) -> tuple[int, int] | None:
    """The capitalized words right before the text's first "(ACRONYM)" whose initials spell
    it ("detectives with the Partners Against Narcotics Trafficking (PANT) task force":
    "Partners Against Narcotics Trafficking"), the fewest that do, two at least, with the
    lower-case ``links`` of names between them; None when no such words stand there, or when a
    word of ``stop`` (a title: "Senior Superintendent of Police (SSP)") comes first."""
    at = text.find(f"({acronym})")
    if at <= 0:
        return None
    offset = max(0, at - 200)
    words = [(m.start(), m.end(), m.group())
             for m in re.finditer(r"\S+", text[offset:at])][-_RUN_WORDS:]
    if not words:
        return None
    end = offset + words[-1][1]
    capitals = 0
    for start, _word_end, word in reversed(words):
        if _NAME_WORD.fullmatch(word) is None:
            if word not in links:
                return None
            continue
        if word in stop:
            return None  # "Senior Superintendent of Police (SSP)": a title, no name
        capitals += 1
        if capitals < 2:
            continue
        name = text[offset + start:end]
        if "\n" in name:
            return None  # every longer name holds the line break too
        if spells_acronym(name, acronym):
            return offset + start, end
    return None


# "ALERT - Alberta Law Enforcement Response Teams » News Releases Feed", "BSS | Bangladesh
# Sangbad Sangstha": a line (a page's title or masthead) opening with an acronym, a dash,
# bar or colon, and a name, up to the line's next separator or its end
_HEADED = re.compile(
    r"^[^\w\n]*(?P<acronym>[A-Z](?:[a-z]?[A-Z0-9&]){1,9})[ \t]+[-\u2013\u2014|:][ \t]+"
    r"(?P<name>[A-Z][^\n|\u00bb(]*?)[ \t]*(?=[ \t][-\u2013\u2014|\u00bb][ \t]|\(|$)",
    re.MULTILINE)


# "BIMSTEC" / "Bay of Bengal Initiative for ...": a masthead's acronym alone on its line and
# its name alone on the next (a logo's text over the body's name)
_STACKED = re.compile(
    r"^[ \t]*(?P<acronym>[A-Z](?:[a-z]?[A-Z0-9&]){1,9})[ \t]*\n"
    r"[ \t]*(?P<name>[A-Z][^\n|\u00bb(]*?)[ \t]*$", re.MULTILINE)


def headed_definitions(text: str, links: Collection[str]) -> dict[str, tuple[str, int, int]]:
    """The acronyms a line defines by opening with them and then their name ("ALERT - Alberta
    Law Enforcement Response Teams » News Releases Feed"), or by standing alone over a line
    of their name ("BIMSTEC" / "Bay of Bengal Initiative for ..."), when the name's capitalized
    words spell the acronym, with lower-case ``links`` between them (in English and the
    Romance languages of official names: "Agence Gabonaise de Presse"): acronym -> (name,
    the line's start, its end); the first definition of an acronym wins."""
    found: dict[str, tuple[str, int, int]] = {}
    for match in [*_HEADED.finditer(text), *_STACKED.finditer(text)]:
        acronym, name = match["acronym"], match["name"]
        words = name.split()
        if acronym in found or len(words) < 2 \
                or any(not word[:1].isupper() and word not in links
                       for word in words) \
                or not spells_acronym(name, acronym):
            continue
        end = text.find("\n", match.end())
        found[acronym] = (clean_name(name), match.start(), len(text) if end < 0 else end)
    return found

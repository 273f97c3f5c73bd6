"""Mentions that name a body the item already named: a defined acronym ("NACD" after the
National Authority for Combating Drugs), a generic name ending an earlier mention's name
("Coast Guard" after "Bangladesh Coast Guard") and a publisher's bare short form ("Customs"
for the New Zealand Customs Service) read as that mention, so one body has one name."""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping
from typing import Any

from .doc_view import Ent
from .generic_names import GenericNames

ORG = "ORG"
Values = MutableMapping[tuple[int, int, str], "dict[str, Any] | None"]
Before = Mapping[int, "Mapping[str, Any] | None"]  # each ORG's value before resolution


def is_short_form(text: str) -> bool:
    """One capitalized word, no acronym: a bare short form ("Customs", "Revenue")."""
    return len(text) > 3 and " " not in text and text[0].isupper() and text[1:].islower()


def same_as_long_form(rows: list[tuple[Ent, str]], values: Values,
                      generic: GenericNames | None, before: Before,
                      home: str | None = None) -> None:
    """An acronym the text defines ("NACD") reads as its long form's mention before it
    (else the first after); then :func:`same_as_full_name`."""
    full: dict[str, list[Ent]] = {}
    acronyms: list[Ent] = []
    for ent, label in rows:
        old = before.get(ent.start_char) if label == ORG else None
        if not old or old.get("id") or not old.get("name"):
            continue
        if ent.text == old.get("acronym") and " " not in ent.text:
            acronyms.append(ent)
        elif ent.text != old["name"] and " " not in ent.text:
            continue
        else:
            full.setdefault(old["name"], []).append(ent)
    for ent in acronyms:
        old = before[ent.start_char] or {}
        forms = full.get(old.get("name") or "")
        if not forms:
            continue
        earlier = [f for f in forms if f.start_char < ent.start_char]
        form = earlier[-1] if earlier else forms[0]
        value = values.get((form.start_char, form.end_char, ORG)) or {}
        if value.get("name") and value != values.get((ent.start_char, ent.end_char, ORG)):
            values[(ent.start_char, ent.end_char, ORG)] = dict(value)
    same_as_full_name(rows, values, generic, before, home)


def same_as_spelled_long_form(rows: list[tuple[Ent, str]], values: Values,
                              before: Before) -> None:
    """An acronym read as a listed body because a long form the text names spells it ("the
    State Revenue Committee" ... "customs officers of the SRC") follows that long form when
    the text's country renamed it (the Armenian committee, not the Kazakh one the bare
    words first matched): one body, one name (the nearest mention before, else the first
    after)."""
    orgs = [ent for ent, label in rows if label == ORG]
    for ent in orgs:
        old = before.get(ent.start_char)
        if not old or not old.get("id") or _BARE_ACRONYM.fullmatch(ent.text) is None \
                or values.get((ent.start_char, ent.end_char, ORG)) != old:
            continue
        found: dict[str, Any] | None = None
        for other in orgs:
            if other.start_char > ent.start_char and found is not None:
                break
            other_old = before.get(other.start_char) or {}
            value = values.get((other.start_char, other.end_char, ORG)) or {}
            if " " not in other.text.split(" of ", 1)[0] or other_old.get("id") != old["id"] \
                    or not value.get("name") or value.get("id") == old["id"] \
                    or core_initials(other.text) != ent.text:
                continue
            found = value
        if found is not None:
            values[(ent.start_char, ent.end_char, ORG)] = {**found, "acronym": ent.text}


def core_initials(name: str) -> str:
    """The first letters of a name's capitalized words up to its first " of " ("State
    Revenue Committee of the Republic of Armenia" -> SRC; no test of the other words)."""
    return "".join(word[0] for word in name.split(" of ", 1)[0].split() if word[:1].isupper())


def same_as_full_name(rows: list[tuple[Ent, str]], values: Values,
                      generic: GenericNames | None, before: Before,
                      home: str | None = None) -> None:
    """A generic name that ends another mention's name ("Coast Guard" and the "Bangladesh
    Coast Guard") is that body again: it reads as that mention (the nearest before, else the
    first after); so is a bare short form (:func:`short_form`). In a text of the ``home``
    country, a body of that country the text names so wins over a listed foreign one nearer
    ("the Coast Guard" of a Djiboutian release after "a vessel of the Japan Coast Guard")."""
    if generic is None:
        return
    orgs = [ent for ent, label in rows if label == ORG]
    for i, ent in enumerate(orgs):
        old = before.get(ent.start_char)
        if not old or old.get("id"):
            continue
        if is_short_form(ent.text):
            value = values.get((ent.start_char, ent.end_char, ORG)) or {}
            if value.get("name", ent.text) == ent.text:  # not named by the text's country
                short_form(ent, orgs, values)
            continue
        if not generic.is_generic(ent.text):
            continue
        tail = " " + ent.text
        # the nearest mention before, else the first after (a headline's "Coast Guard" is the
        # "Bangladesh Coast Guard" its story names; "Coast Guard" the "Coast Guard Department
        # of the Border Police" or the "National Coast Guard Service": the name and one
        # office head after it)
        # (a name that took the home country is no foreign body's: "the Coast Guard" of a
        # Djiboutian item naming only the "Japan Coast Guard" beside it)
        took_home = (values.get((ent.start_char, ent.end_char, ORG)) or {}).get("name") \
            not in (None, old.get("name"))
        for other in _home_first([*reversed(orgs[:i]), *orgs[i + 1:]], values, home,
                                 keep_foreign=not took_home):
            ahead = other.text[:len(other.text) - len(tail)]  # (with the tail at its end)
            office = _office_of(ent.text, other.text, generic) \
                or _wrapped(tail, other.text, generic)
            if office or (other.text.endswith(tail) and not _PARENT_LINK.search(ahead)):
                value = values.get((other.start_char, other.end_char, ORG)) or {}
                if not office and " of " in ahead:
                    # "Coast Guard" after the "Intelligence Directorate of the Sri Lanka Coast
                    # Guard": the parent the unit's name ends with, not the unit
                    parent = (value.get("name") or "").split(" of the ", 1)[-1]
                    value = {"name": parent, "acronym": None, "id": None} \
                        if parent.endswith(tail) else {}
                if value.get("name"):
                    values[(ent.start_char, ent.end_char, ORG)] = {
                        **value, "acronym": value.get("acronym") or old.get("acronym")}
                break


def _home_first(orgs: list[Ent], values: Values, home: str | None,
                keep_foreign: bool = True) -> list[Ent]:
    """``orgs`` with the listed bodies of a country other than ``home`` moved last (in
    order), or left out unless ``keep_foreign``."""
    if home is None:
        return orgs
    foreign = [ent for ent in orgs if (country := (values.get(
        (ent.start_char, ent.end_char, ORG)) or {}).get("country")) and country != home]
    return [ent for ent in orgs if ent not in foreign] + (foreign if keep_foreign else [])


def _wrapped(tail: str, name: str, generic: GenericNames) -> bool:
    """Is ``name`` the body whose short name is ``tail`` (a space before it) in its official
    wrapper ("General Inspectorate of Border Police", also with its country after "of")?"""
    at = name.find(tail)
    if at < 0 or not generic.wraps(name[:at]):
        return False
    rest = name[at + len(tail):]
    return not rest or rest.startswith(" of ")


def _office_of(short: str, name: str, generic: GenericNames) -> bool:
    """Is ``name`` (its own part, before its first " of ") the generic ``short`` name and one
    office head after it ("Coast Guard Department", "National Coast Guard Service" for "Coast
    Guard")?"""
    own = " ".join(name.split(" of ", 1)[0].split())
    words = own.rsplit(" ", 1)
    if len(words) != 2 or words[1].lower() not in generic.department_heads:
        return False
    return words[0] == short or words[0].endswith(" " + short)


def short_forms_of_home_bodies(rows: list[tuple[Ent, str]], values: Values, before: Before,
                               home: str) -> None:
    """A bare short form ("Customs") that took the text's country ("Customs of Malaysia")
    is the listed body of that country the text names with that word ("Royal Malaysian
    Customs Department"): one body, one name (the nearest before, else the first after)."""
    orgs = [ent for ent, label in rows if label == ORG]
    for ent in orgs:
        old = before.get(ent.start_char)
        if not is_short_form(ent.text) or not old or old.get("id"):
            continue
        value = values.get((ent.start_char, ent.end_char, ORG)) or {}
        name = value.get("name") or ""
        if not value.get("id") and name.startswith(ent.text + " of "):
            short_form(ent, orgs, values, country=home)
            if values.get((ent.start_char, ent.end_char, ORG)) == value:
                # no listed body: the text's own body of that country named with the word
                # ("Customs" -> "Customs General Administration of Mongolia", not the
                # "Zamiin-Uud Customs Office" nor "Erenhot Customs of the ... China")
                short_form(ent, orgs, values, suffix=name[len(ent.text):])


def same_as_initials(rows: list[tuple[Ent, str]], values: Values,
                     links: frozenset[str]) -> None:
    """An acronym no list knows and the text does not define ("the press service of the
    SCC", "the MPS said") is the body the text names with those initials ("State Customs
    Committee", "Ministry of Public Security": its capitalized words' first letters, the
    lower-case ``links`` between them left out): it reads as that mention (the nearest
    before, else the first after). An acronym of three letters or more with those letters
    in another order is the one body whose initials they are ("the PNC" after the
    "National Civil Police": a translated name, its acronym in the original order)."""
    acronyms = unread_acronyms(rows, values)
    if not acronyms:
        return
    initials = [(ent, letters) for ent, label in rows if label == ORG
                for letters in initials_of(ent.text, links)]
    for ent in acronyms:
        found = [other for other, letters in initials if letters == ent.text]
        if not found and len(ent.text) >= 3:  # a translated name keeps its own language's
            # acronym, its words in that language's order ("National Civil Police": PNC)
            letters_of = sorted(ent.text)
            found = [other for other, letters in initials if sorted(letters) == letters_of]
            if len({other.text for other in found}) > 1:
                continue
        if not found:
            continue
        earlier = [other for other in found if other.start_char < ent.start_char]
        other = earlier[-1] if earlier else found[0]
        value = values.get((other.start_char, other.end_char, ORG)) or {}
        if value.get("name"):
            values[(ent.start_char, ent.end_char, ORG)] = {
                **value, "acronym": value.get("acronym") or ent.text}


def same_as_publisher_initials(rows: list[tuple[Ent, str]], values: Values,
                               publisher: list[dict[str, Any]],
                               links: frozenset[str]) -> None:
    """An acronym no list, definition or mention of the text reads ("the Investigation
    Department of the SRC") that spells the initials of the page publisher's listed body
    (``publisher``: the masthead's "State Revenue Committee of the Republic of Armenia", up
    to its first "of") is that body."""
    acronyms = unread_acronyms(rows, values)
    if not acronyms or not publisher:
        return
    spelled: dict[str, dict[str, Any] | None] = {}
    for value in publisher:
        letters = spelled_initials(value["name"], links)
        if letters is not None:
            spelled[letters] = value if letters not in spelled else None
    for ent in acronyms:
        value = spelled.get(ent.text)
        if value is not None:
            values[(ent.start_char, ent.end_char, ORG)] = {**value, "acronym": ent.text}


def spelled_initials(name: str, links: frozenset[str]) -> str | None:
    """The acronym a body's name spells up to its first "of" ("State Revenue Committee of
    the Republic of Armenia" -> SRC), or None."""
    found = initials_of(name, links)
    return found[0] if found else None


def _unread_acronym(ent: Ent, values: Values) -> bool:
    """Is ``ent`` a bare acronym ("MPS") no list or definition gave a name?"""
    value = values.get((ent.start_char, ent.end_char, ORG)) or {}
    return _BARE_ACRONYM.fullmatch(ent.text) is not None \
        and value.get("name", ent.text) == ent.text and not value.get("id")


def initials_of(name: str, links: frozenset[str]) -> list[str]:
    """The acronyms a body's written ``name`` may go by: its capitalized words' first
    letters, for the whole name and for its parts before an "of" ("State Customs Committee
    of Belarus": SCC, SCCB; "Anti-Narcotics Bureau": AB, ANB); none for a one-word,
    all-capital or lower-case-worded name."""
    words = name.split()
    if len(words) < 2 or name.isupper():
        return []
    if words[0].lower() == "the":
        words = words[1:]
    if any(not (word[0].isupper() or word in links) for word in words):
        return []
    ends = [i for i, word in enumerate(words) if word == "of"] + [len(words)]
    found = ["".join(word[0] for word in words[:end] if word[0].isupper()) for end in ends]
    if any("-" in word for word in words):  # "Anti-Narcotics Bureau": ANB as well as AB
        found += ["".join(part[0] for word in words[:end] for part in word.split("-")
                          if part[:1].isupper()) for end in ends]
    return [letters for letters in dict.fromkeys(found) if len(letters) >= 2]


def unread_acronyms(rows: list[tuple[Ent, str]], values: Values) -> list[Ent]:
    """The bare acronyms ("SCC", "ANB") no list, definition or mention has read yet."""
    return [ent for ent, label in rows if label == ORG and _unread_acronym(ent, values)]


_BARE_ACRONYM = re.compile(r"[A-Z]{2,6}")


# "... Department of the [Ministry of Internal Affairs]": a name after a link is the
# other mention's parent, not the same body
_PARENT_LINK = re.compile(r"\s(?:of|of the|under|under the|for|for the|at|at the)$")


def short_form(ent: Ent, orgs: list[Ent], values: Values, country: str | None = None,
               suffix: str | None = None) -> None:
    """A publisher's bare short form ("Customs", "Revenue") is the body the text names with
    that word ("New Zealand Customs Service"): the nearest before, else the first after;
    with ``country``, only a listed body of that country; with ``suffix``, only a body whose
    name ends with it (" of Mongolia") or opens with its country ("Tonga Customs")."""
    found: dict[str, Any] | None = None
    for other in orgs:
        if other.start_char == ent.start_char:
            if found is not None:
                break
            continue
        value = values.get((other.start_char, other.end_char, ORG)) or {}
        if country is not None and not (value.get("id") and value.get("country") == country):
            continue
        if suffix is not None and not (
                _carries_country(value.get("name") or "", suffix)
                and ent.text in _own_words(value.get("name") or "", suffix)):
            continue  # (the word in the body's own name: no "Criminal Intelligence Service
            # of the Customs of Austria" for "Customs"; "General Administration of Customs
            # of Kuwait" is one)
        if ent.text in (value.get("name") or "").split() and not is_short_form(other.text):
            found = value
            if other.start_char > ent.start_char:
                break
    if found is not None:
        values[(ent.start_char, ent.end_char, ORG)] = dict(found)


def _own_words(name: str, suffix: str) -> list[str]:
    """The words of a body's own name: less the country ``suffix`` it ends with (" of
    Kuwait") and any parent after an "of the" ("General Administration of Customs" of
    "General Administration of Customs of Kuwait", "Criminal Intelligence Service" of
    "Criminal Intelligence Service of the Customs of Austria")."""
    own = name.removesuffix(suffix)
    return own.split(" of the ", 1)[0].replace(",", " ").split()


def _carries_country(name: str, suffix: str) -> bool:
    """Does a body's name carry the country of ``suffix`` (" of Tonga"): at its end ("Customs
    General Administration of Mongolia") or in front ("Tonga Customs", "Cook Islands Customs
    Service")?"""
    country = suffix.removeprefix(" of ")
    return name.endswith(suffix) or (country != suffix and name.startswith(country + " "))

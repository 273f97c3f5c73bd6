"""What a page defines for all its items: its acronyms and its country.

A dump of several news items often defines a body's acronym once ("the Drug Law Enforcement
Unit (DLEU)") and uses it bare in a later item ("DLEU officers seized ...", "the Anti-Drug
Brigade of the DLEU"), and names its own country only in its lead item's dateline
("Bujumbura, 22 September -") while its numbered cases name a neighbour ("a lorry coming
from Rwanda"). The organizations component writes the definitions an item makes (the value
its bracketed acronym took) under :data:`DEFINED_ACRONYMS_KEY` and the country of its
dateline under :data:`DATELINE_COUNTRY_KEY`; the driver gathers them in one
:class:`PageTable` and gives each later item of the page the table's acronyms under
:data:`PAGE_ACRONYMS_KEY` and its country under :data:`PAGE_COUNTRY_KEY`. An item's own
definitions and its own dateline still win, and a headlined item (a news site's story) takes
no country from above. Only definitions travel, never guesses: an
acronym no item defined is not in the table, and a country only a dateline named. The one
exception is a fallback: an item about no country of its own takes the home country of the
items above when they are all about one (:data:`PAGE_HOME_KEY`; a docket's or a bot
digest's later entry naming only a driver's nationality); one whose national bodies wanted a
home country and found none is read again with the one home country of all the page's
other items, below it too (:func:`page_homes`: a news site's lead story naming only the
smugglers' country, a briefing's header above its transcript).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .acronyms import acronym_after, mentions
from .doc_view import Ent
from .entity_merge import Values

DEFINED_ACRONYMS_KEY = "pressparse_defined_acronyms"  # acronym -> value, this item's own
PAGE_ACRONYMS_KEY = "pressparse_page_acronyms"  # acronym -> value, the items above it
PAGE_COUNTRY_KEY = "pressparse_page_country"  # ISO alpha-2: the dateline country above
DATELINE_COUNTRY_KEY = "pressparse_dateline_country"  # ISO alpha-2: this item's dateline's
PAGE_HOME_KEY = "pressparse_page_home"  # ISO alpha-2: the one home country of the items above
ITEM_HOME_KEY = "pressparse_home_country"  # (extensions.HOME_COUNTRY_KEY: an item's own home)
DEFINED_UNITS_KEY = "pressparse_defined_units"  # a unit's short name -> value, this item's
# True: the item's national bodies asked for its home country and it had none of its own
HOME_WANTED_KEY = "pressparse_home_wanted"


def defined_acronyms(text: str, ents: Sequence[Ent], values: Values) -> dict[str, dict[str, Any]]:
    """The acronyms an item defines in brackets right after an ORG ("... Unit (DLEU)") with
    the value the bracketed acronym itself took as an ORG (its first definition wins)."""
    orgs = {(ent.start_char, ent.end_char) for ent in ents if ent.label_ == "ORG"}
    found: dict[str, dict[str, Any]] = {}
    for _start, end in sorted(orgs):
        definition = acronym_after(text, end)
        if definition is None or definition[0] in found:
            continue
        acronym, acronym_start, acronym_end = definition
        if (acronym_start, acronym_end) not in orgs:
            continue
        value = values.get((acronym_start, acronym_end, "ORG"))
        if value and value.get("name") and value.get("name") != acronym:
            found[acronym] = dict(value)
    return found


def page_mentions(text: str, table: Mapping[str, dict[str, Any]],
                  own: Container[str] = ()) -> list[tuple[int, int, dict[str, Any]]]:
    """Bare mentions of the page's acronyms in an item that does not define them itself
    (in brackets, or as ``own``: the acronyms of the item's own territorial units)."""
    found = []
    for acronym, value in table.items():
        if f"({acronym})" in text or acronym in own:
            continue  # the item's own definition decides
        found += [(start, end, value) for start, end in mentions(text, acronym)]
    return found


def page_names(text: str, table: Mapping[str, dict[str, Any]] | None) -> dict[str, str]:
    """The bodies the page's acronyms stand for (acronym -> name), less those the item
    defines itself: the parents of units written with a page acronym ("the Anti-Drug Brigade
    of the PNB")."""
    return {acronym: value["name"] for acronym, value in (table or {}).items()
            if value.get("name") and f"({acronym})" not in text}


@dataclass(frozen=True)
class PageContext:
    """What the items above an item defined, as that item reads it."""

    acronyms: Mapping[str, dict[str, Any]]
    country: str | None
    home: str | None = None  # the one country the items above are about (a fallback)


def page_context(user_data: Mapping[Any, Any]) -> PageContext | None:
    """The page's definitions the driver gave an item doc, or None when it gave none."""
    acronyms = user_data.get(PAGE_ACRONYMS_KEY)
    country = user_data.get(PAGE_COUNTRY_KEY)
    home = user_data.get(PAGE_HOME_KEY)
    if not acronyms and country is None and home is None:
        return None
    return PageContext(acronyms or {}, country, home)


@dataclass
class PageTable:
    """The definitions a page's items made so far, for the items below them: acronyms
    (the first body each was defined for) and the page's country (the first dateline's)."""

    acronyms: dict[str, dict[str, Any]] = field(default_factory=dict)
    country: str | None = None
    homes: set[str] = field(default_factory=set)  # the home countries of the items above

    def give(self, user_data: dict[Any, Any], titled: bool) -> None:
        """Store the table in an item doc's user data before its components run; the
        country only in an item with no headline of its own (``titled`` false: a
        bulletin's numbered case continues the release above it, while a news site's
        headlined story may be any country's)."""
        if self.acronyms:
            user_data[PAGE_ACRONYMS_KEY] = dict(self.acronyms)
        if self.country is not None and not titled:
            user_data[PAGE_COUNTRY_KEY] = self.country
        if len(self.homes) == 1:  # every item above that is about a country is about this one
            user_data[PAGE_HOME_KEY] = next(iter(self.homes))

    def take(self, user_data: dict[Any, Any]) -> None:
        """Add what an item defined: its acronyms (an acronym defined above keeps its first
        body) and its dateline's country."""
        for acronym, value in user_data.pop(DEFINED_ACRONYMS_KEY, {}).items():
            self.acronyms.setdefault(acronym, value)
        if self.country is None:
            self.country = user_data.get(DATELINE_COUNTRY_KEY)
        home = user_data.get(ITEM_HOME_KEY)
        if home is not None:
            self.homes.add(home)


def defined_units(ents: Sequence[Ent], values: Values,
                  is_unit: Callable[[str], bool]) -> dict[str, dict[str, Any]]:
    """The units an item names in full with their parent ("the Customs Department of the
    Revenue Service"), by their own short name ("Customs Department", ``is_unit``: a generic
    unit's or department's name), with the value they took; a short name two units of the
    item share is left out."""
    found: dict[str, dict[str, Any] | None] = {}
    for ent in ents:
        value = values.get((ent.start_char, ent.end_char, "ORG")) if ent.label_ == "ORG" \
            else None
        written = without_article(ent.text)
        short = written.split(" of the ", 1)[0]
        if not value or value.get("id") or short == written or " " not in short \
                or not (value.get("name") or "").startswith(short + " of the ") \
                or not is_unit(short):
            continue
        _keep_unique(found, short, dict(value))
    return {short: value for short, value in found.items() if value is not None}


def _keep_unique(table: dict[str, dict[str, Any] | None], short: str,
                 value: dict[str, Any]) -> None:
    """``value`` kept under ``short``, or None there once two values of other names meet."""
    known = table.setdefault(short, value)
    if known is not None and known.get("name") != value.get("name"):
        table[short] = None


def page_units(items: Sequence[tuple[Sequence[Ent], Values, Mapping[Any, Any]]],
               same_country: Callable[[str, str], bool]) -> None:
    """Each item's (``items``: its entities, values and user data) units named by their
    short name alone take the full name an item above gave them (:func:`unit_full_names`);
    a short name two items above named differently is no one's."""
    table: dict[str, dict[str, Any] | None] = {}
    for ents, values, user_data in items:
        known = {short: value for short, value in table.items() if value is not None}
        if known:
            unit_full_names(ents, values, known, same_country)
        for short, value in user_data.get(DEFINED_UNITS_KEY, {}).items():
            _keep_unique(table, short, value)


def unit_full_names(ents: Sequence[Ent], values: Values, table: Mapping[str, dict[str, Any]],
                    same_country: Callable[[str, str], bool]) -> None:
    """A unit an item names by its short name alone ("the Customs Department", named "...
    of Georgia" or as written) is the unit an item above named in full ("the Customs
    Department of the Revenue Service of Georgia"), unless the item names a unit of that
    short name in full itself or gave it another country (``same_country(old, new)``)."""
    orgs = [ent for ent in ents if ent.label_ == "ORG"]
    own = {without_article(ent.text).split(" of the ", 1)[0] for ent in orgs
           if " of the " in ent.text}
    for ent in orgs:
        short = without_article(ent.text)
        key = (ent.start_char, ent.end_char, "ORG")
        value = values.get(key) or {}
        full = table.get(short)
        name = value.get("name") or ""
        if full is None or short in own or value.get("id") \
                or not (name == short or name.startswith(short + " of ")) \
                or not same_country(name, full.get("name") or ""):
            continue
        values[key] = {**full, "acronym": full.get("acronym") or value.get("acronym")}


def without_article(text: str) -> str:
    """``text`` with its spaces collapsed and less a leading "the " (any case)."""
    written = " ".join(text.split())
    return written[4:] if written[:4].lower() == "the " else written


def page_homes(items: Sequence[Mapping[Any, Any] | Any],
               given: Sequence[Mapping[Any, Any]]) -> dict[int, str]:
    """The items to read again with the page's home country (index -> country): those
    whose national bodies wanted a home country and found none of their own, when every
    other item of the page that has one, below them too, has the same one and the table
    gave them another (or none). ``items``: the item docs (or their user data);
    ``given``: what :meth:`PageTable.give` stored in each."""
    data = [getattr(item, "user_data", item) for item in items]
    if len(data) < 2:
        return {}
    homes = [user_data.get(ITEM_HOME_KEY) for user_data in data]
    page = {home for home in homes if home is not None}  # an item read again has none
    if len(page) != 1:
        return {}
    home = next(iter(page))
    return {index: home for index, user_data in enumerate(data)
            if homes[index] is None and user_data.get(HOME_WANTED_KEY)
            and given[index].get(PAGE_HOME_KEY) != home}

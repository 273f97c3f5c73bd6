"""National bodies named without their official country form, resolved to one canonical name.

"the Interior Ministry" in a Kyrgyz release, "Investigative Committee of Armenia", "Kazakhstan's
National Guard" and "the Armenian Investigative Committee" all name a country's own body: the
canonical name is "<body> of <the country's official form>" ("Ministry of Internal Affairs of
the Kyrgyz Republic"), or the listed body of that country when the gazetteer knows it. A bare
mention takes the text's country only when one country clearly dominates the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from itertools import pairwise
from typing import Any, NamedTuple

from ..lru import LRUCache
from .body_countries import SENTENCE_END, CountryEvidence, country_code
from .doc_view import DocView, Ent
from .generic_names import OWN_POSSESSIVE, GenericNames
from .member_councils import MemberCouncils
from .national_body_data import COUNTRY_LABELS, ORG, NameMatch, NationalBodies, Synonym, Values
from .page_acronyms import PageContext, page_names, without_article
from .parent_units import choose_parent, with_parent
from .possessive_units import possessive_owner
from .same_body import (
    initials_of,
    is_short_form,
    same_as_full_name,
    same_as_initials,
    same_as_long_form,
    same_as_publisher_initials,
    same_as_spelled_long_form,
    short_forms_of_home_bodies,
    spelled_initials,
    unread_acronyms,
)

# the data classes, read here by name as before
__all__ = ["COUNTRY_LABELS", "ORG", "ItemCountries", "NameMatch", "NationalBodies",
           "NationalBodyResolver", "Synonym", "Values"]
# a masthead's lines and parts ("Anti-Narcotics Bureau - Seychelles", "Police | News")
_MASTHEAD_PARTS = re.compile(r"\n|[ \t]+[-\u2013\u2014|\u00b7][ \t]+")
_ITS_BEFORE = re.compile(r"\b[Ii]ts[ \t]+$")  # "its Task Force": the unit of the body before
# "<unit> (<ACRONYM>) of the <parent>": the words between the acronym and the parent
_BRACKET_OF = re.compile(r"\)\s+of\s+(?:the\s+)?")
# "<unit> of (the) <ACRONYM>": a unit named with its parent's acronym at the end
_ACRONYM_PARENT = re.compile(r"^(\S.*?) of (?:the )?([A-Z][A-Z0-9&\-]*[A-Z])$")
# "<ACRONYM> <unit>": a unit named with its parent's acronym in front ("HCSO Street Crimes Unit")
_ACRONYM_FIRST = re.compile(r"^([A-Z][A-Z0-9&\-]*[A-Z]) (\S.*)$")
# "<unit> of the <Head>": a unit named with its parent's bare head ("of the Council")


class ItemCountries(NamedTuple):
    """The countries :meth:`NationalBodyResolver.apply` read in an item."""

    home: str | None  # the item's home country
    dateline: str | None  # the country its own dateline names
    wanted: bool = False  # its bodies asked for a home country, and it had none of its own


class NationalBodyResolver(CountryEvidence):
    """Applies :class:`NationalBodies` to a doc's unlisted ORG entities, using the gazetteer's
    phrase index (``index.matches``) to find countries, demonyms and bodies inside names (see
    :class:`CountryEvidence`)."""

    def __init__(self, bodies: NationalBodies, nlp: Any, index: Any,
                 countries: Mapping[str, Mapping[str, str]],
                 listed: Iterable[Mapping[str, Any]] = (),
                 contested_places: Iterable[str] = ()) -> None:
        super().__init__(bodies, nlp, index, contested_places)
        # the listed bodies of each country, for a short form of one ("Border Service")
        self.listed_by_country: dict[str, list[Mapping[str, Any]]] = {}
        for value in listed:
            if value.get("country") and value.get("name"):
                self.listed_by_country.setdefault(value["country"], []).append(value)
        self.common_names = {iso2: value["name"] for iso2, value in countries.items()}
        self.learn_shared_cores(
            [value for values in self.listed_by_country.values() for value in values],
            {iso2: {name, bodies.country_form(iso2, name)}
             for iso2, name in self.common_names.items()})
        self._resolved: LRUCache[tuple[str, str | None, str | None], dict[str, Any] | None] = \
            LRUCache(4096)
        self._may: LRUCache[str, bool] = LRUCache(4096)
        self._bare: LRUCache[str, str | None] = LRUCache(4096)
        self._parent_first: LRUCache[tuple[str, bool], str | None] = LRUCache(4096)
        self._area_first: LRUCache[str, str | None] = LRUCache(4096)
        self._country_body: LRUCache[tuple[str, str], dict[str, Any] | None] = LRUCache(4096)
        self._country_listed: LRUCache[tuple[str, str], dict[str, Any] | None] = \
            LRUCache(4096)
        self._short_forms: dict[str, set[str]] | None = None  # listed names before "of"
        self._initials_by_country: dict[str, dict[str, Mapping[str, Any] | None]] = {}

    def apply(self, doc: DocView, values: Values, masthead: str | None = None,
              page: PageContext | None = None) -> ItemCountries:
        """Name the doc's national bodies by their country and units by their parent body;
        ``values`` maps (start_char, end_char, label) to normalized values (the doc's store),
        ``doc`` gives the entities (``doc.ents``) and text, ``masthead`` the page's publisher
        lines above its first item (see :meth:`masthead_country`), ``page`` what the items
        above defined (acronyms, the page's country; see :mod:`.page_acronyms`). Returns the
        text's home country (:meth:`text_countries`, ISO alpha-2 or None), weighed once per
        doc: the one the bodies were resolved by, else weighed at the end; and the country
        of its own dateline (for the items below it on the page)."""
        rows = [(ent, ent.label_) for ent in doc.ents]
        # (weighed at the first call and kept: the bodies, the units named by a shared
        # acronym and the doc's stored country all read the same one)
        countries = cache(lambda: self.text_countries(
            doc.text, rows, values, self.masthead_country(masthead),
            page.country if page is not None else None))
        @cache
        def home() -> str | None:
            return countries()[0] or (page.home if page is not None else None)
        parents = page_names(doc.text, page.acronyms) if page is not None else {}
        self._resolve_national(doc, rows, values, masthead, home, parents)
        if ") of " in doc.text:
            self._name_bracketed_parents(doc, values)
        if "through" in doc.text:
            self._name_units_through(doc, values)
        if self.bodies.jurisdictions:
            self._name_districts(doc, values)
        # wanted: its bodies asked for a home country and it had none of its own (an item
        # about no one country, on a page whose items above are all about one: a digest's or
        # docket's later entry, "officers of the Customs Service")
        return ItemCountries(*countries(), wanted=home.cache_info().misses > 0
                             and countries()[0] is None)

    def _name_bracketed_parents(self, doc: DocView, values: Values) -> None:
        """"The National Investigation Inspectorate (INI) of the General Police
        Inspectorate", "the Direction des enquêtes sur le crime organisé (DECO) of the Sûreté
        du Québec": a unit parted from the parent it names by its own bracketed acronym is
        that parent's unit ("... of the General Police Inspectorate of the Republic of
        Moldova"), whatever country or parent its name alone would take; its acronym and
        other mentions follow. Not an international body's listed name (CICAD "of the
        Organization of American States" keeps its own), nor a unit whose name carries its
        country or place ("Arica Anti-Narcotics ... Brigade (BRIANCO Arica) of the ...")."""
        text = doc.text
        orgs = [ent for ent in doc.ents if ent.label_ == ORG]
        for unit, acronym, parent in zip(orgs, orgs[1:], orgs[2:], strict=False):
            if text[unit.end_char:acronym.start_char].strip() != "(" \
                    or _BRACKET_OF.fullmatch(text, acronym.end_char, parent.start_char) is None:
                continue
            value = values.get((unit.start_char, unit.end_char, ORG)) or {}
            parent_name = (values.get((parent.start_char, parent.end_char, ORG)) or {}).get(
                "name")
            own = " ".join(unit.text.split())
            if not parent_name or not value.get("name") or self.no_parent(parent_name) \
                    or (value.get("id") and not value.get("country")) \
                    or self.name_country(own) is not None:
                continue
            old, new = value["name"], with_parent(own, parent_name)
            if new == old:
                continue
            for ent in orgs:  # its acronym and its other mentions in the item
                key = (ent.start_char, ent.end_char, ORG)
                other = values.get(key) or {}
                if other.get("name") == old:
                    values[key] = {**other, "name": new}

    def _name_units_through(self, doc: DocView, values: Values) -> None:
        """"The National Police, through the National Anti-Drug Investigation Directorate
        (DNIA), ...", "The Judicial Police, through its National Unit ...": a unit a body
        acts through is that body's ("... of the National Police of Ecuador"), also when its
        own wording reads as a national body's; its other mentions (the acronym) follow. Not
        a ministry's services nor a service or force of its own ("through the Navy")."""
        generic = self.bodies.generic
        if generic is None:
            return
        text = doc.text
        orgs = [ent for ent in doc.ents if ent.label_ == ORG]
        for body, unit in pairwise(orgs):
            if _THROUGH.fullmatch(text, body.end_char, unit.start_char) is None:
                continue
            parent = (values.get((body.start_char, body.end_char, ORG)) or {}).get("name")
            value = values.get((unit.start_char, unit.end_char, ORG)) or {}
            own = " ".join(unit.text.split())
            if not parent or not value.get("name") or value.get("id") \
                    or self.no_parent(parent) or generic.head(parent) == "ministry" \
                    or generic.head(own) not in self.bodies.through_unit_heads \
                    or any(m.label in COUNTRY_LABELS for m in self.names_in(own)):
                continue
            old, new = value["name"], with_parent(own, parent)
            for ent in orgs:  # the unit's acronym and later mentions, and its own units
                key = (ent.start_char, ent.end_char, ORG)
                other = values.get(key) or {}
                name = other.get("name") or ""
                if ent.start_char >= unit.start_char and name == old:
                    values[key] = {**other, "name": new}
                elif name.endswith(f" of the {old}"):
                    values[key] = {**other, "name": name[:-len(old)] + new}

    def _name_districts(self, doc: DocView, values: Values) -> None:
        """"U.S. Attorney's Office" -> "... for the Western District of Texas" when the text
        names a district (the first one it names: the release's own, in its header)."""
        for jurisdiction in self.bodies.jurisdictions:
            district: str | None = None
            for ent in doc.ents:
                key = (ent.start_char, ent.end_char, ORG)
                value = values.get(key) if ent.label_ == ORG else None
                if not value or (value.get("name") or "").lower() not in jurisdiction.names:
                    continue
                if district is None:
                    match = jurisdiction.district.search(doc.text)
                    if match is None:
                        break
                    district = match.group(0)
                values[key] = {**value, "name": jurisdiction.template.format(
                    name=value["name"], district=district)}

    def _resolve_national(self, doc: DocView, rows: list[tuple[Ent, str]], values: Values,
                          masthead: str | None, home: Callable[[], str | None],
                          page_parents: Mapping[str, str]) -> None:
        deferred: list[tuple[Ent, str, str]] = []
        self._resolve_bodies(doc.text, rows, values, deferred, masthead, home, page_parents)
        if deferred:
            self._name_member_councils(rows, values, deferred)
            self._name_text_parents(rows, values, deferred, home, masthead, page_parents)
            for ent, kind, earlier_start in deferred:
                if kind == "same":  # "Coordination Service" after "... Service of the Council"
                    earlier = next(e for e, _label in rows if e.start_char == int(earlier_start))
                    value = values.get((earlier.start_char, earlier.end_char, ORG))
                    if value:
                        values[(ent.start_char, ent.end_char, ORG)] = dict(value)

    def _name_member_councils(self, rows: list[tuple[Ent, str]], values: Values,
                              deferred: list[tuple[Ent, str, str]]) -> None:
        """"Council of Heads of State", "Joint Staff": the international body the text names
        clearly most often is its body (see :class:`MemberCouncils`), an organ's the body of
        the organ's earlier full name; else it keeps its name."""
        councils = self.bodies.councils
        if councils is None or not any(kind == "council" for _ent, kind, _ in deferred):
            return
        names = []
        for ent, label in rows:
            value = values.get((ent.start_char, ent.end_char, ORG)) if label == ORG else None
            if value and value.get("id") and not value.get("country") \
                    and not self.no_parent(value.get("name") or ""):
                names.append(value["name"])
        body = councils.leading_body(names)
        for ent, kind, name in deferred:
            if kind != "council":
                continue
            key = (ent.start_char, ent.end_char, ORG)
            # an organ the text names in full before ("RATS Executive Committee", then "the
            # Executive Committee"): that one
            full = next((value["name"] for other, label in rows
                         if label == ORG and other.start_char < ent.start_char
                         and (value := values.get((other.start_char, other.end_char, ORG)))
                         and (value.get("name") or "").startswith(f"{name} of ")), None) \
                if name in councils.organs else None
            if full is not None:
                values[key] = {**(values.get(key) or {}), "name": full}
            elif body is not None:
                values[key] = {**(values.get(key) or {}), "name": with_parent(name, body)}

    def _name_text_parents(self, rows: list[tuple[Ent, str]], values: Values,
                           deferred: list[tuple[Ent, str, str]],
                           home: Callable[[], str | None] = lambda: None,
                           masthead: str | None = None,
                           page_parents: Mapping[str, str] | None = None) -> None:
        """"Narcotics Control Bureau of the MPS", "Information and Analytical Department of
        CARICC": the parent's acronym at the end is written out, as the body the text gives
        that acronym ("Ministry of Public Security (MPS)"), else an item above on the page
        (``page_parents``: acronym -> body), or the listed body it stands for
        (of several countries' bodies sharing it, "MIA", the one of the text's country
        ``home()``, else none); "Coordination Service of the Council": a bare head names
        the text's council."""
        by_acronym: dict[str, str] = dict(page_parents or {})
        own: set[str] = set()  # the acronyms the item names a body by itself: they win
        orgs = [ent for ent, label in rows if label == ORG]
        for ent in orgs:
            if ent.text.isupper() and ent.text not in own:
                name = (values.get((ent.start_char, ent.end_char, ORG)) or {}).get("name")
                if name and name != ent.text:
                    by_acronym[ent.text] = name
                    own.add(ent.text)
        for ent, kind, key in deferred:
            if kind == "head":
                unit, head = key.rsplit(" of the ", 1)
                parent = self._named_head(ent, head, orgs, values)
                if parent is not None:
                    values[(ent.start_char, ent.end_char, ORG)] = {
                        **(values.get((ent.start_char, ent.end_char, ORG)) or {}),
                        "name": with_parent(unit, parent)}
                continue
            if kind == "acronym_first":  # only an acronym the text defines: a listed
                acronym, unit = key.split(" ", 1)  # one's units are named by parent_first
                parent = by_acronym.get(acronym)
                if parent is None and len(acronym) >= 3:  # "AFM Maritime Squadron" in a
                    # Maltese text: the body of the text's country it stands for
                    country = home()
                    found = self._home_body(acronym, country) if country else None
                    parent = self.listed_name(found) if found is not None else None
                if parent is not None and self._placed_unit(unit):
                    at = (ent.start_char, ent.end_char, ORG)  # "NAV Pest County Tax and
                    values[at] = {**(values.get(at) or {}), "name": unit}  # Customs
                    # Directorate": a unit named with its place keeps its name alone
                elif parent is not None:
                    at = (ent.start_char, ent.end_char, ORG)
                    values[at] = {**(values.get(at) or {}), "name": with_parent(unit, parent)}
                continue
            if kind != "acronym":
                continue
            unit, acronym = key.rsplit(" of ", 1)
            acronym = acronym.removeprefix("the ")
            parent = by_acronym.get(acronym)
            if parent is None:
                listed = self._listed_acronym(acronym, home) \
                    or self._publisher_spelled(acronym, masthead)
                parent = self.listed_name(listed) if listed is not None else None
            if parent is None or parent == acronym:
                continue
            at = (ent.start_char, ent.end_char, ORG)
            values[at] = {**(values.get(at) or {}), "name": with_parent(unit, parent)}

    def _placed_unit(self, unit: str) -> bool:
        """Does the unit's name open with a place ("Pest County Tax and Customs
        Directorate", "Csongrád-Csanád County ...")? Such a unit keeps its name as written,
        with no parent (samples guide)."""
        return any(m.label == "LOC" and m.start == 0 and m.end < len(unit)
                   for m in self.names_in(unit))

    def _local_body(self, name: str) -> bool:
        """Does a body's name open with a settlement, and name no country, region nor listed
        body ("Ihosy Gendarmerie", "Ljubljana Police Administration"; not "Trinidad and Tobago
        Police Service", "Ontario Provincial Police", "Arizona Attorney General's Office")?"""
        generic = self.bodies.generic
        return self._placed_unit(name) and not any(
            m.label in COUNTRY_LABELS or (m.label == ORG and m.start == 0 and m.end == len(name))
            or (m.label == "LOC" and m.start == 0 and generic is not None
                and generic.is_region_id(str(m.value.get("id") or "")))
            for m in self.names_in(name))

    def _listed_acronym(self, acronym: str,
                        home: Callable[[], str | None]) -> Mapping[str, Any] | None:
        """The listed body an acronym stands for: the only one, or of several countries'
        ("MIA": a ministry of internal affairs of a dozen countries) the one of the text's
        country ``home()``; None when none or none of that country."""
        listed = [m.value for m in self.names_in(acronym) if m.label == ORG
                  and m.start == 0 and m.end == len(acronym) and m.value.get("name")]
        if len({value.get("country") for value in listed}) > 1:
            country = home()
            listed = [value for value in listed if value.get("country") == country]
        return listed[0] if listed else None

    @staticmethod
    def _named_head(ent: Ent, head: str, orgs: list[Ent], values: Values) -> str | None:
        """The name of the body the text names with ``head`` first ("Council of Commanders
        ..." for "the Council"): the nearest mention before ``ent``, else the first after."""
        found: str | None = None
        for other in orgs:
            if other.start_char == ent.start_char or not other.text.startswith(head + " "):
                continue
            if other.start_char > ent.start_char and found is not None:
                break
            found = (values.get((other.start_char, other.end_char, ORG)) or {}).get("name")
            if other.start_char > ent.start_char:
                break
        return found

    def _resolve_bodies(self, text: str, rows: list[tuple[Ent, str]], values: Values,
                        deferred: list[tuple[Ent, str, str]],
                        masthead: str | None, home_once: Callable[[], str | None],
                        page_parents: Mapping[str, str] | None = None) -> None:
        """National bodies take their country, units their parent (see :meth:`apply`);
        names that need other bodies' final names are left in ``deferred`` as (entity, kind,
        key): "acronym" (a unit named with its parent's acronym: "... of the MPS"; at its
        start: "acronym_first", "HCSO Street Crimes Unit"), "head"
        (with a bare head: "... of the Council"), "council" (a member council) and "same"
        (a generic name starting an earlier mention's: key is that mention's start)."""
        councils = self.bodies.councils
        generic_names = self.bodies.generic
        todo: list[tuple[int, Ent, dict[str, Any], str]] = []
        named_parents: dict[str, str | None] | None = None  # (made when first needed)
        for i, (ent, label) in enumerate(rows):
            if label != ORG:
                continue
            value = values.get((ent.start_char, ent.end_char, ORG)) or {}
            if not value.get("name"):
                continue
            family = self.bodies.family_parent(value["name"])
            if family is not None:  # "Regional Intelligence Liaison Office for West Africa"
                values[(ent.start_char, ent.end_char, ORG)] = {
                    **value, "name": with_parent(value["name"], family)}
                continue
            if value.get("id"):  # a listed body: only a country-less national variant
                unit = self.parent_first(value["name"], acronym_only=True)
                if unit is not None:  # "UNODC Global Maritime Crime Programme"
                    values[(ent.start_char, ent.end_char, ORG)] = {**value, "name": unit}
                    continue
                if not value.get("country"):
                    continue
                namesake = self._home_namesake(text, rows, values, i, value, home_once)
                if namesake is not None:  # "NCB" in a Nepali text: Nepal's, not India's
                    values[(ent.start_char, ent.end_char, ORG)] = dict(namesake)
                    continue
                name = self.bare_national(ent.text)
                if name is None and self._publisher_namesake(value, masthead):
                    name = self.bare_national(value["name"])  # "NDLEA" on the page of the
                    # "NATIONAL DRUG LAW ENFORCEMENT AGENCY – SIERRA LEONE": that one
                if name is None:
                    if self._unclaimed_namesake(text, rows, values, i, value, masthead,
                                                home_once):  # "GNA" of an Argentine text
                        values[(ent.start_char, ent.end_char, ORG)] = {  # with no clear
                            # country: not France's "National Gendarmerie" by default
                            "name": self.listed_core(value["name"], value["country"]),
                            "acronym": value.get("acronym"), "id": None}
                        continue
                    self._qualify_listed(values, ent, value)
                    continue
            else:
                publisher = self.publisher_short_form(value["name"], masthead)
                if publisher is not None:  # "the National Center" on the Center's own page
                    values[(ent.start_char, ent.end_char, ORG)] = publisher
                    continue
                possessive = self.possessive_parent(value["name"]) \
                    or self._text_possessive_parent(value["name"], rows, values)
                if possessive is not None:  # "Fiji Police Force's Counter Narcotics Bureau"
                    values[(ent.start_char, ent.end_char, ORG)] = {**value, "name": possessive}
                    continue
                area_first = self.area_first(value["name"])
                if area_first is not None:  # "Omsk Region Interior Ministry Directorate"
                    value = {**value, "name": area_first}
                    values[(ent.start_char, ent.end_char, ORG)] = value
                unit = self.parent_first(value["name"])
                if unit is not None:  # "DEA Atlanta Field Division"
                    values[(ent.start_char, ent.end_char, ORG)] = {**value, "name": unit}
                    continue
                if named_parents is None:
                    named_parents = self._named_parents(rows, values)
                parent = self._text_parent(value["name"], named_parents) \
                    or (None if _defines_parent_acronym(text, value["name"], page_parents)
                        else self._listed_tail(value["name"]))
                if parent is not None:  # "... Department of the Drug Control Agency"
                    values[(ent.start_char, ent.end_char, ORG)] = {**value, "name": parent}
                    continue
                deferral = self._deferral(ent, value["name"], rows, i, councils,
                                          generic_names)
                if deferral is not None:
                    deferred.append((ent, *deferral))
                    continue
                name = value["name"] if self.may_resolve(value["name"]) \
                    or self._owned(text, rows, i) else None
            if name is not None:
                todo.append((i, ent, value, name))
        if not todo:
            same_as_initials(rows, values, self.bodies.initial_links)
            self._publisher_initials(rows, values, masthead, home_once)
            if any(is_short_form(ent.text) for ent, label in rows if label == ORG):
                same_as_full_name(rows, values, self.bodies.generic, {
                    ent.start_char: values.get((ent.start_char, ent.end_char, ORG))
                    for ent, label in rows if label == ORG})
            return
        before = {ent.start_char: values.get((ent.start_char, ent.end_char, ORG))
                  for ent, label in rows if label == ORG}
        home = home_once()
        # a bare national body of an item whose country is not clear (a joint operation with
        # Romania on the Moldovan Customs Service's page) is the publisher's country's
        own = home or (self.masthead_country(masthead) if masthead else None)
        named: set[str] | None = None  # the countries the text names (read when needed)
        generic = self.bodies.generic
        units: list[tuple[Ent, dict[str, Any], str, str, str | None]] = []
        for i, ent, value, name in todo:
            country = value.get("country")
            shared = bool(value.get("id") and home is None and country and self.says_no_country(
                value.get("name") or "", country, ent.text))
            if value.get("id") and named is None and (
                    shared or (home is not None and country != home)):
                # (an unlisted place's country is a guess, maybe from this very body:
                # "Kuntorloh" guessed Nigerian beside the listed Nigerian "NDLEA")
                named = {code for ent, label in rows if label != ORG
                         and (code := country_code(label, found := values.get(
                             (ent.start_char, ent.end_char, label)) or {}))
                         and (label != "LOC" or found.get("id"))}
            if shared and named and country not in named \
                    and self.country_near(text, rows, values, i, own) is None:
                # "State Customs Committee" (Belarus's, Azerbaijan's, Uzbekistan's) in a text
                # naming other countries, none clearly its own: named as written (in a text
                # naming no country the list's body stays the likeliest)
                values[(ent.start_char, ent.end_char, ORG)] = {
                    "name": name, "acronym": value.get("acronym"), "id": None}
                continue
            if value.get("id") and (home is None or country == home
                                    or country in (named or ())):
                self._qualify_listed(values, ent, value)
                continue
            # (a place "in" the sentence is another country's only at the sentence's start
            # when the text or its publisher has a country: "In Ecuador, the Navy ...")
            outside = _bracketed_country(text, rows, values, i) \
                or self.country_near(text, rows, values, i, own)
            tail = self._listed_tail(name, outside or home) \
                if not value.get("id") and (outside or home) else None
            if tail is not None:  # "Sughd Regional Department of the Drug Control Agency" in
                # a Tajik text: the Tajik agency's listed name
                values[(ent.start_char, ent.end_char, ORG)] = {**value, "name": tail}
                continue
            kind = generic.unit_kind(name) if generic is not None and not value.get("id") \
                else None
            if kind is None and not value.get("id") and self._owned(text, rows, i):
                kind = "unit"  # "the National Gendarmerie's Research Brigade"
            if kind is not None:
                listed = self.country_listed(name, outside or own) \
                    if kind in _LISTED_UNIT_KINDS else None
                if listed is not None:  # "Special Anti-Terrorist Unit" in a Greek text: the
                    # listed body of Greece, not a unit of the Hellenic Police the text names
                    # (a department stays a unit: "Anti-Narcotics Department" of a force)
                    values[(ent.start_char, ent.end_char, ORG)] = listed
                    continue
                units.append((ent, value, name, kind, outside or own))
                continue
            full = self.country_body(name, outside or own) if not value.get("id") else None
            if full is not None:  # "Border Service" in a Kyrgyz text: its listed body
                values[(ent.start_char, ent.end_char, ORG)] = full
                continue
            if outside is None and not value.get("id"):
                outside = self.masthead_body_country(name, masthead)
            region = self._home_region(name, rows, values, masthead, own) \
                if outside is None and home is not None and not value.get("id") else None
            if region is not None:  # "the Public Prosecution" of a Ras Al Khaimah Police
                values[(ent.start_char, ent.end_char, ORG)] = {  # item: that emirate's
                    **value, "name": f"{name} of {region}"}
                continue
            self._set_resolved(values, ent, value, self.resolved(name, outside, own))
        if units and generic is not None:
            publishers = [(at, self.listed_name({"name": name, "country": code}), code)
                          for at, name, code in self.masthead_bodies(masthead)]
            self._attach_units(rows, values, units, generic, home, publishers, text)
        same_as_long_form(rows, values, self.bodies.generic, before, home)
        same_as_spelled_long_form(rows, values, before)
        same_as_initials(rows, values, self.bodies.initial_links)
        self._publisher_initials(rows, values, masthead, home_once)
        if home is not None:
            short_forms_of_home_bodies(rows, values, before, home)

    def _named_parents(self, rows: list[tuple[Ent, str]],
                       values: Values) -> dict[str, str | None]:
        """The listed bodies the text names, by the short forms a unit's name may end with:
        each mention as written and its name's part before "under" when its name is longer
        ("Drug Control Agency" -> "Drug Control Agency under the President of the Republic
        of Tajikistan") and its head noun ("Agency"); None where two bodies share a form."""
        found: dict[str, str | None] = {}
        generic = self.bodies.generic
        for ent, label in rows:
            value = values.get((ent.start_char, ent.end_char, ORG)) if label == ORG else None
            name = (value or {}).get("name") or ""
            if not value or not value.get("id") or self.no_parent(name):
                continue
            core = name.split(" under ", 1)[0]  # "Drug Control Agency under the President"
            forms = [form for form in {ent.text, core} if name.startswith(form + " ")]
            head = generic.head(core) if generic is not None else None
            if head and head in generic.body_heads:
                forms.append(head.title())
            for form in forms:
                found[form] = name if found.get(form, name) == name else None
        return found

    def _listed_tail(self, name: str, country: str | None = None) -> str | None:
        """"Council of the Regional Anti-Terrorist Structure of the Shanghai Cooperation
        Organization": a unit whose name ends with a listed body written otherwise than its
        name (or with one and the area it serves: "... of the MIA of Russia for the Moscow
        Region") takes that body's name ("... Organisation"); one body only, else None. An
        acronym needs no article before it ("Executive Committee of SCO RATS": "... of the
        Regional Anti-Terrorist Structure ..."). A body written bare, as any country's
        body may be ("... of the Drug Control Agency"), is that listed body only when it is
        of the text's ``country``."""
        if " of " not in name:
            return None
        # the body ends the name, or a regional office's area follows it ("Main Directorate
        # of the MIA of Russia for the Moscow Region")
        area = self.bodies.area_after.search(name)
        end = area.start() if area is not None else len(name)
        tails = [m for m in self.names_in(name)
                 if m.label == ORG and m.end == end and m.value.get("id")
                 and (name[:m.start].endswith(" of the ")
                      or (name[:m.start].endswith(" of ") and name[m.start:end].isupper()))]
        if not tails:
            return None
        start = min(m.start for m in tails)  # the longest: "Regional ... Organization"
        longest = [m.value for m in tails if m.start == start]
        parent = longest[0].get("name") or ""
        if len({value["id"] for value in longest}) != 1 or not parent \
                or name[start:end] == parent or self.no_parent(parent) \
                or (self.bare_national(name[start:end]) is not None
                    and (country is None or longest[0].get("country") != country)):
            return None
        article = "" if name[:start].endswith(" the ") else "the "
        return f"{name[:start]}{article}{parent}{name[end:]}"

    @staticmethod
    def _text_parent(name: str, named_parents: Mapping[str, str | None]) -> str | None:
        """"Khatlon Regional Department of the Drug Control Agency", "Sughd Regional
        Department of the Agency": a unit whose parent is written short, the parent's full
        name as the text gives it (see :meth:`_named_parents`), else None."""
        if not named_parents or " of the " not in name:
            return None
        unit, short = name.rsplit(" of the ", 1)
        parent = named_parents.get(short)
        return f"{unit} of the {parent}" if parent and unit else None

    def _deferral(self, ent: Ent, name: str, rows: list[tuple[Ent, str]], i: int,
                  councils: MemberCouncils | None,
                  generic: GenericNames | None) -> tuple[str, str] | None:
        """(kind, key) of the name of ``rows[i]`` when it is resolved after the others (see
        :meth:`_resolve_bodies`), else None."""
        if _ACRONYM_PARENT.match(name):  # "Narcotics Control Bureau of the MPS"
            return "acronym", name
        first = _ACRONYM_FIRST.match(name)
        if first is not None and generic is not None \
                and generic.head(first.group(2)) in generic.body_heads:
            return "acronym_first", name  # "HCSO Street Crimes Unit"
        if councils is not None and councils.names_short_parent(name):
            return "head", name  # "Coordination Service of the Council"
        if councils is not None and councils.is_member_council(name):
            return "council", name
        if generic is not None and " " in ent.text and generic.is_generic(ent.text):
            # an earlier mention that goes on with a link word: "Main Department" after
            # "Main Department for Combating Drug Trafficking of the ..."
            prefix = ent.text + " "
            links = self.bodies.short_form_links
            for j in range(i - 1, -1, -1):
                other, label = rows[j]
                if label == ORG and other.text.startswith(prefix) \
                        and other.text[len(prefix):].split(" ", 1)[0] in links:
                    return "same", str(other.start_char)
        return None

    def _home_namesake(self, text: str, rows: list[tuple[Ent, str]], values: Values, i: int,
                       value: Mapping[str, Any],
                       home: Callable[[], str | None]) -> Mapping[str, Any] | None:
        """The home country's listed namesake of the listed body that mention ``i`` was read
        as (:meth:`home_namesake`), unless the words around the mention give it the list's
        country ("India's Narcotics Control Bureau", "NCB (India)"); else None."""
        code = value.get("country")
        written = rows[i][0].text
        if not code or not self.says_no_country(value.get("name") or "", code, written):
            return None
        country = home()
        found = self.home_namesake(value, country) if country else None
        if found is None:
            return None
        near = _bracketed_country(text, rows, values, i) \
            or self.country_near(text, rows, values, i, country)
        return found if near in {None, country} else None

    def _home_region(self, name: str, rows: list[tuple[Ent, str]], values: Values,
                     masthead: str | None, country: str | None) -> str | None:
        """The region a bare body its regions each hold (``regional_bodies``: "Public
        Prosecution" of the emirates) belongs to: the place of ``country`` that names the
        first police force of the masthead, else of the item ("Sharjah Police",
        "Anti-Narcotics Department of Ras Al Khaimah Police"), as written there; else None."""
        generic = self.bodies.generic
        if not country or generic is None \
                or name not in self.bodies.regional_bodies.get(country, ()):
            return None
        forces = [part for part in _MASTHEAD_PARTS.split(masthead or "")]
        forces += [(values.get((ent.start_char, ent.end_char, ORG)) or {}).get("name") or ""
                   for ent, label in rows if label == ORG]
        for force in forces:
            force = without_article(force.strip()).rsplit(" of ", 1)[-1]
            for match in self.names_in(force):
                rest = force[match.end:].strip()
                if match.start == 0 and match.label == "LOC" and rest \
                        and match.value.get("country_iso2") == country \
                        and generic.head(rest) in generic.service_kinds:
                    return force[:match.end]
        return None

    def _unclaimed_namesake(self, text: str, rows: list[tuple[Ent, str]], values: Values,
                            i: int, value: Mapping[str, Any], masthead: str | None,
                            home: Callable[[], str | None]) -> bool:
        """Is mention ``i``, read as a listed body that several countries' bodies name alike
        and written with nothing of its own country ("GNA", "NCB": :meth:`says_no_country`),
        in a text with no clear country (``home()`` None) that names other countries but not
        the list's one, near it neither, nor the body with it? Then no country's body is a
        safe guess."""
        code = value.get("country")
        if not code or not self.says_no_country(value.get("name") or "", code, rows[i][0].text) \
                or home() is not None:
            return False
        own = self.masthead_country(masthead) if masthead else None
        if own == code or any(  # its long form with its country ("National Police of Peru")
                label == ORG and (other := values.get((ent.start_char, ent.end_char, ORG)))
                and other.get("id") == value.get("id")
                and not self.says_no_country(other.get("name") or "", code, ent.text)
                for ent, label in rows):
            return False
        named = {found for ent, label in rows if label != ORG
                 and (found := country_code(label, (place := values.get(
                     (ent.start_char, ent.end_char, label)) or {})))
                 and (label != "LOC" or place.get("id"))}
        return bool(named) and code not in named \
            and _bracketed_country(text, rows, values, i) is None \
            and self.country_near(text, rows, values, i, own) is None

    def _publisher_namesake(self, value: Mapping[str, Any], masthead: str | None) -> bool:
        """Does the page's masthead name the listed body ``value`` with another country than
        the list's (its own: "NATIONAL DRUG LAW ENFORCEMENT AGENCY – SIERRA LEONE", a
        namesake of Nigeria's)? Its mentions, the acronym too, are then the publisher's."""
        if not masthead or not value.get("id"):
            return False
        country = self.masthead_country(masthead)
        return country is not None and country != value.get("country") and any(
            m.label == ORG and m.value.get("id") == value["id"] for m in self.names_in(masthead))

    def _publisher_bodies(self, masthead: str | None) -> list[dict[str, Any]]:
        """The listed bodies of its own country a national publisher's masthead names."""
        country = self.masthead_country(masthead) if masthead else None
        if country is None:
            return []
        return [dict(m.value) for m in self.names_in(masthead or "")
                if m.label == ORG and m.value.get("id") and m.value.get("name")
                and m.value.get("country") == country]

    def _publisher_initials(self, rows: list[tuple[Ent, str]], values: Values,
                            masthead: str | None, home: Callable[[], str | None]) -> None:
        """Bare acronyms spelling the publisher's listed body (see
        :func:`same_as_publisher_initials`); only on a national publisher's page. Those
        still unread are read by the text's country ``home()`` (:meth:`_home_initials`)."""
        publisher = self._publisher_bodies(masthead)
        if publisher:
            same_as_publisher_initials(rows, values, publisher, self.bodies.initial_links)
        acronyms = unread_acronyms(rows, values)
        if acronyms:
            self._home_initials(acronyms, values, masthead, home)

    def _home_initials(self, acronyms: list[Ent], values: Values, masthead: str | None,
                       home: Callable[[], str | None]) -> None:
        """An acronym of three letters or more that no list, definition or mention of the
        item reads ("the press service of the SCC" in a Belarusian item, "ANB officers" on
        the page of the "Anti-Narcotics Bureau - Seychelles") is the body of the text's
        country that it names: a listed acronym several countries' bodies share ("MVD"),
        the one of that country; else the one listed body of that country whose name (up to
        an "of") it spells; else the body the masthead names in a line or part of its own
        ("Anti-Narcotics Bureau - Seychelles") that it spells, with the masthead's country."""
        country = home() or self.masthead_country(masthead)
        if country is None:
            return
        for ent in acronyms:
            acronym = ent.text
            if len(acronym) < 3:
                continue
            found = self._home_body(acronym, country) \
                or self._masthead_spelled(acronym, masthead, country)
            if found is not None:
                values[(ent.start_char, ent.end_char, ORG)] = {
                    **found, "acronym": found.get("acronym") or acronym}

    def _home_body(self, acronym: str, country: str) -> Mapping[str, Any] | None:
        """The listed body of ``country`` an acronym stands for: a listed acronym several
        countries' bodies share ("MVD", "AFM"), that country's; else the one listed body of
        that country whose name it spells ("SCC", "AFM": Armed Forces of Malta); or None."""
        found = self._listed_acronym(acronym, lambda: country)
        if found is not None and found.get("country") == country:
            return found
        return self._country_initials(country).get(acronym)

    def _country_initials(self, country: str) -> dict[str, Mapping[str, Any] | None]:
        """The listed bodies of ``country`` by the acronyms their names spell, up to each
        "of" and whole ("Armed Forces of Malta": AF, AFM; None where two share one), cached
        per country."""
        cache = self._initials_by_country
        found = cache.get(country)
        if found is None:
            found = {}
            for value in self.listed_by_country.get(country, ()):
                for letters in initials_of(value["name"], self.bodies.initial_links):
                    found[letters] = value if letters not in found else None
            cache[country] = found
        return found

    def _masthead_spelled(self, acronym: str, masthead: str | None,
                          country: str) -> dict[str, Any] | None:
        """The body a masthead line or part ("Anti-Narcotics Bureau - Seychelles", "X |
        Y") names and ``acronym`` spells, resolved with ``country`` (a national body's
        name gets the country: "Anti-Narcotics Bureau of Seychelles"); None if none."""
        if not masthead or self.masthead_country(masthead) not in {None, country}:
            return None
        for part in _MASTHEAD_PARTS.split(masthead):
            name = " ".join(part.split())
            if acronym not in initials_of(name, self.bodies.initial_links) \
                    or any(m.label in COUNTRY_LABELS for m in self.names_in(name)) \
                    or not (self.bodies.is_national(name) or self.may_resolve(name)):
                continue
            value = self.resolved(name, country, country)
            if value is not None:
                return dict(value)
        return None

    def _publisher_spelled(self, acronym: str,
                           masthead: str | None) -> Mapping[str, Any] | None:
        """The publisher's listed body whose name up to its first "of" ``acronym`` spells
        ("... of the SRC" on the State Revenue Committee's page), when only one does."""
        publisher = self._publisher_bodies(masthead)
        found = [value for value in publisher
                 if spelled_initials(value["name"], self.bodies.initial_links) == acronym]
        return found[0] if len(found) == 1 else None

    def masthead_short_form_countries(self, masthead: str) -> set[str]:
        """"Valsts robežsardze | State Border Guard": a masthead part (a line or a "|" cell)
        that is a listed body's name of three words or more up to its first "of" ("State
        Border Guard of Latvia"; "Customs Service" or "Police Service" tell too little)
        names the publisher's country when every listed body of that short form is one
        country's (a bare "Ministry of Interior" is many countries') and the rest of its
        name is the country ("Federal Bureau" of Investigation is no short form)."""
        if self._short_forms is None:
            short: dict[str, set[str]] = {}
            for country, listed in self.listed_by_country.items():
                for value in listed:
                    head, _, rest = value["name"].partition(" of ")
                    rest = rest.removeprefix("the ")
                    if head.count(" ") >= 2 and rest and any(  # "<name> of <the country>" only
                            m.label in COUNTRY_LABELS and m.start == 0 and m.end == len(rest)
                            for m in self.names_in(rest)):
                        short.setdefault(head, set()).add(country)
            self._short_forms = short
        found: set[str] = set()
        for line in masthead.splitlines():
            for part in line.split("|"):
                codes = self._short_forms.get(" ".join(part.split()))
                if codes is not None and len(codes) == 1:
                    found.update(codes)
        return found

    def _qualify_listed(self, values: Values, ent: Ent, value: Mapping[str, Any]) -> None:
        name = self.listed_name(value)
        if name != value["name"]:
            values[(ent.start_char, ent.end_char, ORG)] = {**value, "name": name}

    def listed_name(self, value: Mapping[str, Any]) -> str:
        """A listed body's name: a generic canonical name ("National Drug Control
        Directorate") with its country, unless known alone ("Drug Enforcement
        Administration")."""
        generic = self.bodies.generic
        name = value.get("name") or ""
        iso2 = value.get("country")
        if generic is None or not iso2 or name in generic.stand_alone \
                or not generic.is_generic(name):
            return name
        formal = self.bodies.country_form(iso2, self.common_names.get(iso2))
        return f"{name} of {formal}" if formal else name

    def country_listed(self, name: str, country: str | None) -> dict[str, Any] | None:
        """The listed body of ``country`` that a generic name written without its country
        is: its listed name is "<name> of <country>" ("Special Anti-Terrorist Unit" ->
        "Special Anti-Terrorist Unit of Greece"), or None."""
        if not country:
            return None
        key = (name, country)
        if key in self._country_listed:
            found = self._country_listed[key]
        else:
            found = self._country_listed[key] = self._find_country_listed(name, country)
        return dict(found) if found is not None else None

    def _find_country_listed(self, name: str, country: str) -> dict[str, Any] | None:
        """:meth:`country_listed`, uncached."""
        common = self.common_names.get(country)
        formal = self.bodies.country_form(country, common)
        wanted = {_plain_name(f"{name} of {form}") for form in (formal, common) if form}
        for value in self.listed_by_country.get(country, ()):
            listed = self.listed_name(value)
            if _plain_name(listed) in wanted:
                return {**value, "name": listed}
        return None

    def country_body(self, name: str, country: str | None) -> dict[str, Any] | None:
        """A short form of one listed body of the text's country: "Border Service" in a
        Kyrgyz text is the "Border Service of the State Committee for National Security of
        the Kyrgyz Republic" (the only listed body of that country whose name is the short
        form and a parent after it), also as a unit's parent ("Academy of the Border Service"
        -> "Academy of the Border Service of the National Security Committee of the Republic
        of Kazakhstan"); None when no or several listed bodies fit."""
        if not country or " " not in name:
            return None
        key = (name, country)
        if key in self._country_body:
            found = self._country_body[key]
            return dict(found) if found is not None else None
        found = self._country_body[key] = self._find_country_body(name, country)
        return dict(found) if found is not None else None

    def _find_country_body(self, name: str, country: str) -> dict[str, Any] | None:
        """:meth:`country_body`, uncached."""
        for unit, short in ((None, name), *(
                [tuple(name.rsplit(" of the ", 1))] if " of the " in name else [])):
            prefix = f"{short} of the "
            found = [value for value in self.listed_by_country.get(country, ())
                     if value["name"].startswith(prefix)]
            if len(found) == 1:
                if unit is None:
                    return dict(found[0])
                return {"name": with_parent(unit, found[0]["name"]), "acronym": None,
                        "id": None}
        return None

    def possessive_parent(self, name: str) -> str | None:
        """"Fiji Police Force's Counter Narcotics Bureau": a listed body's unit written with
        the body's possessive in front is "<unit> of the <body's name>" (the unit's head a
        body's or a unit's); None otherwise (a country's possessive is the national rule's)."""
        match = _POSSESSIVE_PARENT.match(name)
        generic = self.bodies.generic
        if match is None or generic is None:
            return None
        body, unit = match.group(1), match.group(2)
        head = generic.head(unit)
        if head not in generic.body_heads and head not in generic.unit_heads:
            return None
        listed = next((m.value for m in self.names_in(body) if m.label == ORG and m.start == 0
                       and m.end == len(body) and m.value.get("name")), None)
        if listed is None or self.no_parent(listed["name"]):
            return None
        return with_parent(unit, self.listed_name(listed))

    def _text_possessive_parent(self, name: str, rows: list[tuple[Ent, str]],
                                values: Values) -> str | None:
        """"Vancouver Police Department's Organized Crime Section": a unit written after the
        possessive of a body is "<unit> of the <body>": the name of the body's mention alone
        where the text writes one (so; one name only), else the body as written
        (a body with an acronym in it, "WA Police Force's", is the later rules', and so is a
        bare head: "Constabulary's" is the text's full name's, see
        :func:`~pressparse.entities.possessive_units.possessive_units`); the unit's head a
        unit's, the body's a body's; None otherwise."""
        match = _POSSESSIVE_PARENT.match(name)
        generic = self.bodies.generic
        if match is None or generic is None:
            return None
        body, unit = match.group(1), match.group(2)
        if generic.head(unit) not in generic.unit_heads:
            return None
        names = {(values.get((ent.start_char, ent.end_char, ORG)) or {}).get("name") or ""
                 for ent, label in rows
                 if label == ORG and without_article(ent.text) == body}
        if len(names) > 1 or any(len(word) > 1 and word.isupper() for word in body.split()) \
                or (not names and " " not in body):
            return None
        parent = names.pop() if names else body
        if "'" in parent or "\u2019" in parent or generic.head(parent) not in generic.body_heads \
                or self.no_parent(parent):
            return None
        return with_parent(unit, parent)

    def area_first(self, name: str) -> str | None:
        """"Omsk Region Interior Ministry Directorate", "Sverdlovsk Region FSB Department": a
        regional office written area first (Russian news style) in the guide's order,
        "Directorate of the Interior Ministry for the Omsk Region", so the body is named
        and its country added like any other; None when the name is no such office (the
        area a listed place, the body a listed one or a ministry's synonym; cached)."""
        if not name.endswith(_AREA_FIRST_HEADS):
            return None  # (most names: one C-level check)
        if name in self._area_first:
            return self._area_first[name]
        found: str | None = None
        match = _AREA_FIRST.match(name)
        if match is not None:
            area, body, head = match.group("area", "body", "head")
            places = [m for m in self.names_in(area) if m.label == "LOC" and m.start == 0]
            listed = any(m.label == ORG and m.start == 0 and m.end == len(body)
                         and m.value.get("country") for m in self.names_in(body))
            synonym = self.bodies.is_synonym_form(body)
            area_head = area[max((m.end for m in places), default=0):].strip()
            if places and (listed or synonym) and area_head in _AREA_HEADS:
                # "for the Omsk Region", "for Almaty"
                article = "the " if area.rsplit(" ", 1)[-1] in _AREA_HEADS else ""
                found = f"{head} of the {body} for {article}{area}"
        self._area_first[name] = found
        return found

    def parent_first(self, name: str, acronym_only: bool = False) -> str | None:
        """"DEA Atlanta Field Division", "OPP Emergency Response Team", "UNODC Global Maritime
        Crime Programme": a listed body, then a unit of it -> "<unit> of <body>" (cached).
        ``acronym_only`` (a listed body's own canonical name): only after an acronym
        ("UNODC ..."), as "United Nations Office ..." is no unit of the United Nations; news
        agencies ("TASS Russian News Agency") never."""
        key = (name, acronym_only)
        if key in self._parent_first:
            return self._parent_first[key]
        found: str | None = None
        generic = self.bodies.generic
        if generic is not None:
            name = generic.spelled_out(name)  # "PDEA RO XI": "... Regional Office XI"
        head = self._designated_head(name) if generic is not None else None
        first = None
        if generic is not None and " " in name \
                and (generic.is_part_head(head) or head in generic.organ_heads
                     or name.lower().endswith(" headquarters")) \
                and not (acronym_only and not name.split(" ", 1)[0].isupper()):
            # (the rest's head is the name's: no lookup for names that cannot qualify)
            # an acronym several bodies share: one that has units, not a news agency
            # ("AFP Brisbane Office": the Australian Federal Police's, not Agence France-Presse)
            first = max((m for m in self.names_in(name) if m.label == ORG and m.start == 0
                         and m.end < len(name) and m.value.get("name")),
                        key=lambda m: (m.end, not self.no_parent(m.value["name"])),
                        default=None)
        if acronym_only and first is not None and not (
                name[:first.end].isupper() and " " not in name[:first.end]):
            first = None
        if acronym_only and first is not None and generic is not None \
                and head in generic.parent_heads and head not in generic.department_heads:
            first = None  # "CARICOM Implementation Agency for Crime and Security": a body of
            # its own whose official name opens with its founders' acronym, no unit
        if first is not None and (self.no_parent(name)
                                  or self.bare_national(name[:first.end]) is not None):
            first = None  # a bare "Federal Police ..." says no country: not this listed body
        if generic is not None and first is not None \
                and name[first.end:first.end + 1] == " ":
            rest = name[first.end + 1:].strip()
            head = self._designated_head(rest)
            parent = self.listed_name(first.value)
            if rest.lower() == "headquarters":
                found = parent
            elif " " in rest and generic.is_part_head(head):
                found = (self._area_office(rest, parent) if first.value.get("country")
                         else None) or with_parent(rest, parent)
            elif rest and " " not in rest and rest.lower() in generic.kind_words \
                    and head in generic.body_heads and rest.lower() not in parent.lower():
                found = with_parent(rest, parent)  # "SARS Customs": the body's customs
            elif rest.lower() in generic.organ_heads and name[:first.end].isupper():
                found = with_parent(rest, parent)  # "ECOWAS Commission": the body's own
        self._parent_first[key] = found
        return found

    def _designated_head(self, name: str) -> str | None:
        """The head of a unit's name, past a listed place written after it as the unit's
        designator ("Zone Chattogram", "Regional Directorate Balochistan": "zone",
        "directorate"), as past a unit number ("District Seven"); else the name's head."""
        generic = self.bodies.generic
        assert generic is not None
        head = generic.head(name)
        if generic.is_part_head(head) or " " not in name:
            return head
        start = min((m.start for m in self.names_in(name)
                     if m.label == "LOC" and m.end == len(name) and m.start > 0), default=None)
        if start is None or name[start - 1:start] != " ":
            return head
        core_head = generic.head(name[:start].strip())
        return core_head if generic.is_part_head(core_head) else head

    def _area_office(self, unit: str, parent: str) -> str | None:
        """"Directorate for the Sverdlovsk Region" of the FSB: a national body's regional
        office takes its parent before the area it serves, as :meth:`area_first` writes it
        ("Directorate of the Federal Security Service ... for the Sverdlovsk Region"); None
        when the unit names no area ("for" and a place)."""
        own, _, area = unit.partition(" for ")
        place = area.removeprefix("the ")
        if not area or " for " in area or not any(
                m.label == "LOC" and m.start == 0 for m in self.names_in(place)):
            return None
        return f"{with_parent(own, parent)} for {area}"

    def _set_resolved(self, values: Values, ent: Ent, value: Mapping[str, Any],
                      new: Mapping[str, Any] | None) -> None:
        if new is not None and new.get("name") != value["name"]:
            new = dict(new)
            if not new.get("acronym") and value.get("acronym") and not value.get("id"):
                new["acronym"] = value["acronym"]
            values[(ent.start_char, ent.end_char, ORG)] = new

    def _attach_units(self, rows: list[tuple[Ent, str]], values: Values,
                      units: list[tuple[Ent, dict[str, Any], str, str, str | None]],
                      generic: GenericNames, home: str | None,
                      publishers: Sequence[tuple[int, str, str]] = (), text: str = "") -> None:
        """Generic unit names ("Dog Unit", "Directorate of Special Units") take the parent
        body the text names (see :meth:`choose_parent`; a body's own unit, "X announced that
        its Task Force ...", that body: see :meth:`_possessor`), else the page's publisher
        named in its masthead (``publishers``: "NSW Police Force" above "Dog Unit"); without
        one they are national bodies ("<name> of <country>")."""
        own = {ent.start_char for ent, *_ in units}
        parents: list[tuple[int, str, str]] = []
        for ent, label in rows:
            if label != ORG or ent.start_char in own:
                continue
            value = values.get((ent.start_char, ent.end_char, ORG)) or {}
            name = value.get("name") or ""
            if not name or self.no_parent(name) \
                    or generic.head(name) in generic.unit_heads:
                continue
            code = value.get("country") if value.get("id") else self.name_country(name)
            if code:
                # a listed body is a parent by its own name ("Narcotics Suppression Bureau of
                # the Royal Thai Police"); an unlisted unit's by the body it belongs to
                parents.append((ent.start_char,
                                name if value.get("id") else generic.own_body(name), code))
        mentions = Counter(name for _ent, _value, name, _kind, _country in units)
        chosen: dict[tuple[str, str | None], str | None] = {}  # one unit, one parent
        for ent, _value, name, _kind, country in units:
            if (name, country) not in chosen and text:
                owner = self._possessor(text, rows, values, ent)
                if owner is not None:
                    chosen[(name, country)] = owner
        for ent, value, name, kind, country in units:
            if (name, country) not in chosen:
                # the page's publisher first: a release's own units are its publisher's
                # ("Drug Squad" on the Royal Grenada Police Force's page, though the text
                # names the Coast Guard more often); no second parent after an "of the"
                # (a body of the publisher's own the text names, nearer the unit, before it:
                # "Narcotics Suppression Division 5" of the "Narcotics Suppression Bureau of
                # the Royal Thai Police" on the Royal Thai Police's page)
                own = choose_parent(ent.start_char, name, kind, country, publishers, generic) \
                    if " of the " not in name else None
                named = choose_parent(ent.start_char, name, kind, country, parents, generic,
                                      mentions[name], self._local_body)
                chosen[(name, country)] = named if own is None or (
                    named is not None and named.endswith(f" of the {own}")) else own
            parent = chosen[(name, country)]
            if parent is not None:
                core = OWN_POSSESSIVE.sub("", name)
                values[(ent.start_char, ent.end_char, ORG)] = {
                    **value, "name": with_parent(core, parent)}
            elif (full := self.country_body(name, country)) is not None:
                values[(ent.start_char, ent.end_char, ORG)] = full  # no parent in the text
            else:
                self._set_resolved(values, ent, value, self.resolved(name, country, home))

    def _owned(self, text: str, rows: list[tuple[Ent, str]], i: int) -> bool:
        """Is ``rows[i]`` a unit or department written right after a body's possessive ("the
        National Gendarmerie's Research Brigade", "the Royal Papua New Guinea Constabulary's
        Transnational Crime Unit"): that body's, whatever words its own name has?"""
        generic = self.bodies.generic
        owner = possessive_owner(text, rows, i)
        if owner is None or generic is None:
            return False
        ent = rows[i][0]
        return generic.head(ent.text) in generic.unit_or_department_heads \
            and not self.no_parent(owner.text) and not self._placed_unit(ent.text)
        # (a unit named with its place keeps its name: "the DEA's Phoenix Field Division")

    def _possessor(self, text: str, rows: list[tuple[Ent, str]], values: Values,
                   ent: Ent) -> str | None:
        """"The Ha Tinh Provincial Border Guard Command announced that its Drug and Crime
        Prevention Task Force ...": a unit written after "its" is the unit of the nearest body
        named before it in its sentence (that body's name), else None; so is one written
        right after a body's possessive ("the National Gendarmerie's Research Brigade")."""
        if not _ITS_BEFORE.search(text, max(0, ent.start_char - 5), ent.start_char):
            at = next((j for j, (other, _label) in enumerate(rows) if other is ent), 0)
            if not self._owned(text, rows, at):
                return None
            owner = rows[at - 1][0]
            name = (values.get((owner.start_char, owner.end_char, ORG)) or {}).get("name")
            return name or None
        owner: Ent | None = None
        for other, label in rows:
            if other.start_char >= ent.start_char:
                break
            if label == ORG:
                owner = other
        if owner is None or SENTENCE_END.search(text, owner.end_char, ent.start_char):
            return None
        name = (values.get((owner.start_char, owner.end_char, ORG)) or {}).get("name") or ""
        return name if name and not self.no_parent(name) else None

    def may_resolve(self, name: str) -> bool:
        """Can an unlisted name change: a country inside it, or a national body's wording?"""
        found = self._may.get(name)
        if found is None:
            generic = self.bodies.generic
            found = self._may[name] = self.bodies.is_national(name) or (
                generic is not None and generic.is_service(name)) or any(
                m.label in COUNTRY_LABELS for m in self.names_in(name))
        return found

    def bare_national(self, text: str) -> str | None:
        """A listed body's text as a bare national name ("State Revenue Committee"), or None
        when it names a country or is no national body's wording (cached)."""
        if text in self._bare:
            return self._bare[text]
        name = without_article(text)
        name = self.bodies.capitals_form(name) or name  # "POLÍCIA JUDICIÁRIA" (a letterhead)
        generic = self.bodies.generic
        if not self.bodies.is_national(name) \
                or (generic is not None and name in generic.stand_alone) \
                or any(m.label in COUNTRY_LABELS for m in self.names_in(name)):
            name = None
        self._bare[text] = name
        return name

    def resolved(self, name: str, outside: str | None,
                 doc_iso2: str | None) -> dict[str, Any] | None:
        """:meth:`NationalBodies.resolve` of a name, cached (names repeat across texts)."""
        key = (name, outside, doc_iso2)
        if key not in self._resolved:
            self._resolved[key] = self.bodies.resolve(name, self.names_in(name), outside,
                                                      doc_iso2, self.common_names,
                                                      self.names_in)
        return self._resolved[key]


def _defines_parent_acronym(text: str, name: str,
                            page_parents: Mapping[str, str] | None = None) -> bool:
    """Does the text (or an item above on the page: ``page_parents``) define in brackets
    the acronym a unit's name ends with ("Anti-Drug Brigade of the PNB" after "Burundi
    National Police (PNB)")? Then that acronym is the text's body, not a listed one sharing
    it (resolved with the deferred acronyms)."""
    found = _ACRONYM_PARENT.match(name)
    return found is not None and (f"({found.group(2)})" in text
                                  or found.group(2) in (page_parents or ()))


def _bracketed_country(text: str, rows: list[tuple[Ent, str]], values: Values,
                       i: int) -> str | None:
    """"the Central Office for the Fight against Drugs (OCAD) of Guinea": the country a body
    is parted from by its own bracketed acronym, else None."""
    if i + 2 >= len(rows) or rows[i + 1][1] != ORG or rows[i + 2][1] not in COUNTRY_LABELS:
        return None
    ent, acronym, country = rows[i][0], rows[i + 1][0], rows[i + 2][0]
    if text[ent.end_char:acronym.start_char].strip() != "(" \
            or _BRACKET_OF.fullmatch(text, acronym.end_char, country.start_char) is None:
        return None
    return country_code(rows[i + 2][1], values.get(
        (country.start_char, country.end_char, rows[i + 2][1])) or {})


# "Fiji Police Force's Counter Narcotics Bureau": a body's possessive, then its unit
_POSSESSIVE_PARENT = re.compile(r"^([A-Z][^']*?)(?:'s|\u2019s) ([A-Z].*)$")
# "Omsk Region Interior Ministry Directorate": an area, a body and an office's head
_AREA_FIRST = re.compile(
    r"^(?P<area>[A-Z][\w'\u2019\-]*(?: [A-Z][\w'\u2019\-]*){0,3}?"
    r"(?: Region| Territory| Krai| Oblast| Republic)?) "
    r"(?P<body>[A-Z][\w'\u2019\-]*(?: [A-Z][\w'\u2019\-]*){0,3}?) "
    r"(?P<head>(?:Main )?(?:Directorate|Department|Administration))$")
_AREA_FIRST_HEADS = ("Directorate", "Department", "Administration")
# the heads an area's name may end with in such an office's name ("" for none)
_AREA_HEADS = frozenset({"", "Region", "Territory", "Krai", "Oblast", "Republic"})
# ", through the ", " through its ": a body acting through its unit (the text between them)
_THROUGH = re.compile(r",?[ \t]+(?:acting[ \t]+)?through[ \t]+(?:its|the)[ \t]+")
# unit kinds (GenericNames.unit_kind) that may be a listed body of the text's country
_LISTED_UNIT_KINDS = frozenset({"unit", "service"})


def _plain_name(name: str) -> str:
    """A name compared without case, articles and spacing ("of the Philippines" = "of
    Philippines")."""
    return " ".join(word for word in name.casefold().split() if word != "the")

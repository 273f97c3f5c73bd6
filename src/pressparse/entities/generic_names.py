"""Generic national body names: a name made only of institutional words ("Tax and Customs
Authority", "Directorate of Special Units") says no country or parent of its own, unlike one
that carries a proper name ("Guardia Civil"); the same words tell a unit from a body.
Word lists: ``generic`` of ``national_bodies.json``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..lru import LRUCache

_PUNCTUATION = ",.;:()[]\"\u201c\u201d"
_WORD_SPLIT = re.compile(r"[\s\-\u2010-\u2014]+")
# unit numbers in Roman numerals ("Regional Office XI"; "I" reads as the pronoun: not one)
ROMAN_UNIT_NUMBERS = frozenset(["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
                                "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII"])
_ORDINAL_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)$")  # "66th Infantry Battalion"
_ROMAN_LOWER = frozenset(numeral.lower() for numeral in ROMAN_UNIT_NUMBERS)
OWN_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")  # "Sheriff's" -> "Sheriff"


@dataclass(frozen=True)
class GenericNames:
    """Word lists that tell a generic national body's name ("Tax and Customs Authority")
    from one that carries a proper name, and a unit's name from a body's (``generic`` of
    ``national_bodies.json``; words compared in lower case)."""

    words: frozenset[str]
    links: frozenset[str]
    body_heads: frozenset[str]
    unit_heads: frozenset[str]
    department_heads: frozenset[str]
    national_markers: frozenset[str]
    department_parents: frozenset[str]
    parent_heads: frozenset[str]
    kind_words: frozenset[str]
    origin_cues: tuple[str, ...] = ()
    local_cues: tuple[str, ...] = ()
    dateline_weight: float = 3.0
    body_weight: float = 1.5
    origin_weight: float = 0.5
    stand_alone: frozenset[str] = frozenset()  # listed names known without their country
    kind_aliases: Mapping[str, str] = field(default_factory=dict)  # "naval" -> "navy"
    postposed: frozenset[str] = frozenset({"general"})  # after a head: "Directorate General"
    sub_heads: frozenset[str] = frozenset()  # "<listed body> <X>": X a part of that body
    military_words: frozenset[str] = frozenset()  # "Defence Force", "Navy": armed forces
    civil_unit_words: frozenset[str] = frozenset()  # "Drug Enforcement Unit": police work
    general_markers: frozenset[str] = frozenset()  # "General" of "General Directorate of X"
    general_parents: frozenset[str] = frozenset()  # "Ministry", "Police": own such directorates
    organ_heads: frozenset[str] = frozenset()  # "<ACRONYM> Council": the body's own council
    head_abbreviations: Mapping[str, str] = field(default_factory=dict)  # "RO": "Regional Office"
    service_kinds: frozenset[str] = frozenset()  # "police", "navy": forces with own branches
    plain_force_words: frozenset[str] = frozenset()  # "Force", "National": a force's own name
    closed_prefixes: tuple[str, ...] = ()  # "anti": "Antinarcotics" is "anti" + "narcotics"
    joint_words: frozenset[str] = frozenset()  # "Joint", "Interagency": several bodies' unit
    region_kinds: frozenset[str] = frozenset()  # "state", "province": a listed region's kind
    # a unit kind's other owners: "border" -> "police" ("Border Control Unit" of a police)
    kind_parents: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # spelled unit numbers after a head, skipped like digits ("District Seven", "Zone Two")
    spelled_numbers: frozenset[str] = frozenset()
    # bodies keeping departments when no department_parents body qualifies ("Coast Guard")
    fallback_department_parents: frozenset[str] = frozenset()
    # a country named in a foreign role tells no home country ("the delegation of ...",
    # "... attended as observers", "a Ukrainian citizen"); a street's name no place at all
    foreign_role_before: tuple[str, ...] = ()
    foreign_role_after: tuple[str, ...] = ()
    demonym_origin_cues: tuple[str, ...] = ()  # "from the [Iranian side]"
    demonym_origin_stops: tuple[str, ...] = ()  # "according [to the Iranian side]": no route
    nationality_words: tuple[str, ...] = ()
    street_words: tuple[str, ...] = ()
    # heads of a body's official wrapper name ("General Inspectorate of Border Police")
    wrapper_heads: frozenset[str] = frozenset()
    land_unit_words: frozenset[str] = frozenset()  # "Infantry": an army's unit
    _known: LRUCache[str, tuple[bool, str | None]] = field(
        default_factory=lambda: LRUCache(4096), compare=False, repr=False)
    _heads: LRUCache[str, str | None] = field(default_factory=lambda: LRUCache(4096),
                                              compare=False, repr=False)
    # unit_heads | department_heads: the heads a unit's name ends in
    unit_or_department_heads: frozenset[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        """Precompute :attr:`unit_or_department_heads`."""
        object.__setattr__(self, "unit_or_department_heads",
                           self.unit_heads | self.department_heads)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> GenericNames:
        def lower(key: str) -> frozenset[str]:
            return frozenset(word.lower() for word in data.get(key, ()))
        return cls(lower("generic_words"), lower("link_words"), lower("body_heads"),
                   lower("unit_heads"), lower("department_heads"), lower("national_markers"),
                   lower("department_parents"), lower("parent_heads"), lower("kind_words"),
                   tuple(data.get("origin_cues", ())), tuple(data.get("local_cues", ())),
                   float(data.get("dateline_weight", 3.0)), float(data.get("body_weight", 1.5)),
                   float(data.get("origin_weight", 0.5)), frozenset(data.get("stand_alone", ())),
                   {k.lower(): v.lower() for k, v in data.get("kind_aliases", {}).items()},
                   lower("postposed_words") or frozenset({"general"}), lower("sub_heads"),
                   lower("military_words"), lower("civil_unit_words"),
                   lower("general_markers"), lower("general_parents"), lower("organ_heads"),
                   dict(data.get("head_abbreviations", {})), lower("service_kinds"),
                   lower("plain_force_words"), tuple(sorted(lower("closed_prefixes"))),
                   lower("joint_words"), lower("region_kinds"),
                   {kind.lower(): frozenset(owner.lower() for owner in owners)
                    for kind, owners in data.get("kind_parents", {}).items()},
                   lower("spelled_numbers"), lower("department_parents_fallback"),
                   tuple(data.get("foreign_role_before", ())),
                   tuple(data.get("foreign_role_after", ())),
                   tuple(data.get("demonym_origin_cues", ())),
                   tuple(data.get("demonym_origin_stops", ())),
                   tuple(data.get("nationality_words", ())),
                   tuple(data.get("street_words", ())), lower("wrapper_heads"),
                   lower("land_unit_words"))

    def spelled_out(self, name: str) -> str:
        """``name`` with its abbreviated unit heads written out ("PDEA RO XI" -> "PDEA
        Regional Office XI"; ``head_abbreviations``, whole words, as written)."""
        if not self.head_abbreviations:
            return name
        words = name.split(" ")
        if not any(word in self.head_abbreviations for word in words[1:]):
            return name
        return " ".join([words[0]] + [self.head_abbreviations.get(w, w) for w in words[1:]])

    @staticmethod
    def words_of(name: str) -> list[str]:
        """Lower-case words of a name, hyphenated parts apart, a possessive dropped."""
        words = (OWN_POSSESSIVE.sub("", word.strip(_PUNCTUATION)).lower()
                 for word in _WORD_SPLIT.split(name))
        return [word for word in words if word]

    def head_part(self, words: list[str]) -> list[str]:
        """The words before the first link other than "and" ("Directorate" of
        "Directorate of Special Units"; "Tax and Customs Authority" whole)."""
        for i, word in enumerate(words):
            if word in self.links and word not in {"and", "&"}:
                return words[:i]
        return words

    def head(self, name: str) -> str | None:
        """The head noun of a name (see :meth:`_head`), cached per name."""
        if name in self._heads:
            return self._heads[name]
        found = self._heads[name] = self._head(name)
        return found

    def _head(self, name: str) -> str | None:
        """The head noun of a name: the last word of its head part; a postposed word or a
        unit number ("Directorate General of ...", "Task Force South", "Division 5",
        "Regional Office XI", "District Seven") is skipped."""
        part = self.head_part(self.words_of(name))
        while len(part) > 1 and (part[-1] in self.postposed or part[-1].isdigit()
                                 or part[-1] in _ROMAN_LOWER or part[-1] in self.spelled_numbers):
            part = part[:-1]
        if part[-2:] == ["task", "force"]:
            return "taskforce"  # "Joint Interagency Task Force South" is a unit's name
        return part[-1] if part else None

    def is_generic(self, name: str) -> bool:
        """A name made only of generic words whose head is a body's ("National Police",
        "Directorate of Special Units"), not one with a proper name ("Guardia Civil")."""
        return self._judged(name)[0]

    def unit_kind(self, name: str) -> str | None:
        """"unit" for a generic unit's name ("Dog Unit", "National Unit to Combat Drug
        Trafficking"), "department" for a department's without a national marker ("Directorate
        of Special Units"), "general" for one whose only marker is a general marker ("General
        Directorate of Anti-Narcotics": a ministry's or a police force's when the text names
        one), None for a body of its own or a name that names its parent."""
        return self._judged(name)[1]

    def _judged(self, name: str) -> tuple[bool, str | None]:
        """(is_generic, unit_kind) of a name, cached (names repeat across texts)."""
        found = self._known.get(name)
        if found is None:
            generic = self._is_generic(name)
            found = self._known[name] = (generic, self._unit_kind(name) if generic else None)
        return found

    def _is_generic(self, name: str) -> bool:
        words = self.words_of(name)
        if len(words) < 2 or any(w not in self.words and w not in self.links
                                 and not w.isdigit() and not _ORDINAL_NUMBER.match(w)
                                 and not self._prefixed_word(w) for w in words):
            return False
        return self.head(name) in self.body_heads

    def _prefixed_word(self, word: str) -> bool:
        """A generic word written closed up after a prefix ("antinarcotics", "antidrug",
        "counternarcotics": a translation's "Antinarcotics Division" is as generic as
        "Anti-Narcotics Division")."""
        return any(word.startswith(prefix) and word[len(prefix):] in self.words
                   for prefix in self.closed_prefixes)

    def is_service(self, name: str) -> bool:
        """One body word, bare ("Customs" in a Dutch release) or after a demonym ("[Mexican]
        Navy", "[Dutch] Customs")."""
        words = self.words_of(name)
        return len(words) == 1 and words[0] in self.body_heads

    def names_parent(self, name: str) -> bool:
        """Does the name hold its parent after an "of" ("... Directorate of the National
        Police", "... Unit of the Directorate of Criminal Investigations"; not "Directorate
        of Special Units")?"""
        words = self.words_of(name)
        for i, word in enumerate(words[1:], 1):
            if word == "of":
                head = self.head(" ".join(w for w in words[i + 1:] if w != "the"))
                if head in self.body_heads and head not in self.unit_heads:
                    return True
        return False

    def _unit_kind(self, name: str) -> str | None:
        if self.names_parent(name):
            return None
        head = self.head(name)
        if head in self.unit_heads:
            return "unit"
        if head in self.department_heads:
            words = self.words_of(name)
            # (not "Office of National Security": a body of its own)
            if not any(w in self.national_markers and w not in self.general_markers
                       for w in words):
                if not any(w in self.national_markers for w in self.head_part(words)):
                    return "department"
                if "'" not in name and "\u2019" not in name:
                    return "general"  # "General Directorate of Anti-Narcotics": a ministry's
                    # (not "Attorney General's Office": the office of a holder's title)
        if self.service_kind(name) is not None:
            return "service"
        return None

    def service_kind(self, name: str) -> str | None:
        """The force a service's branch belongs to ("police" for "Aviation Police" and
        "Maritime and Port Police", "navy" for "Pacific Naval Force"): its one kind word is a
        service kind, no other kind word ("Border Police", "Judicial Police" are bodies of
        their own) nor national marker ("Federal Police"), and a word of its own besides the
        force's plain words; else None."""
        kinds = self.kinds(name)
        if len(kinds) != 1 or not kinds <= self.service_kinds:
            return None
        words = self.words_of(name)
        if any(w in self.national_markers for w in words):
            return None
        own = [w for w in self.head_part(words) if w not in self.plain_force_words
               and self.kind_aliases.get(w, w) not in kinds]
        return next(iter(kinds)) if own else None

    def is_plain_force(self, name: str, kind: str) -> bool:
        """Is the body a force of ``kind`` by its plain name ("Uganda Police Force", "Royal
        Oman Police", "Federal Police of Belgium", "Navy of Colombia"; not "Judicial Police
        of Portugal" nor "Criminal Police Bureau")? Proper names (a country's, a place's)
        count as plain words."""
        words = self.head_part(self.words_of(name))
        last = words[-1] if words else ""
        if not last or (self.kind_aliases.get(last, last) != kind
                        and last not in self.plain_force_words):
            return False
        return kind in self.kinds(name) and all(
            w in self.plain_force_words or self.kind_aliases.get(w, w) == kind
            or w not in self.words for w in words)

    def own_body(self, name: str) -> str:
        """The body a unit's full name ends with ("Drug Enforcement Department of the
        Maldives Police Service" -> "Maldives Police Service"), else the name."""
        rest = name
        while " of the " in rest:
            rest = rest.split(" of the ", 1)[1]
            head = self.head(rest)
            if head in self.body_heads and head not in self.unit_heads:
                return rest
        return name

    def kinds(self, name: str) -> frozenset[str]:
        """The kind words of a name ("Customs" of "Airport Passengers Customs Department"),
        one word per kind ("Naval" is "Navy")."""
        return frozenset(self.kind_aliases.get(w, w) for w in self.words_of(name)
                         if w in self.kind_words)

    def kind_owners(self, kinds: frozenset[str]) -> frozenset[str]:
        """The kinds of bodies, besides their own, that keep units of all of ``kinds``
        ("border" -> "police": a police force's "Border Control Unit"; none for "border" and
        "guard": a "Border Guard Command" is a border guard's)."""
        if not kinds:
            return frozenset()
        return frozenset.intersection(*(self.kind_parents.get(kind, frozenset())
                                        for kind in kinds))

    def is_part_head(self, head: str | None) -> bool:
        """Is ``head`` a body's head or a listed body's part's ("Directorate", "District":
        ``body_heads``, ``sub_heads``)?"""
        return head in self.body_heads or head in self.sub_heads

    def is_joint(self, name: str) -> bool:
        """A unit several bodies staff ("Joint Airport Interdiction Task Force", "Interagency
        Team"): no one body's unit."""
        return any(word in self.joint_words for word in self.words_of(name))

    def is_region_id(self, place_id: str) -> bool:
        """Is a listed place's id a region's ("us:arizona-state", "mg:toamasina-province":
        the kind after the last hyphen), not a settlement's ("mg:ihosy")?"""
        return "-" in place_id and place_id.rsplit("-", 1)[1] in self.region_kinds

    def is_military(self, name: str) -> bool:
        """An armed force's name or a military unit's ("Royal Bahamas Defence Force")."""
        return any(word in self.military_words for word in self.words_of(name))

    def is_land_unit(self, name: str) -> bool:
        """A land force's unit by its words ("15th Infantry Battalion"): the army's."""
        return any(word in self.land_unit_words for word in self.words_of(name))

    def is_army(self, name: str) -> bool:
        """An army's name by its kind words ("Army of Honduras", "Philippine Army", "Armed
        Forces of Lebanon"; not "Naval Force of Honduras")."""
        return "army" in self.kinds(name)

    def is_civil_unit(self, name: str) -> bool:
        """A unit named for police work and no military word ("Drug Enforcement Unit",
        "Airport Division"): no unit of an armed force when a civil body is named."""
        words = self.words_of(name)
        return any(word in self.civil_unit_words for word in words) \
            and not any(word in self.military_words for word in words)

    def wraps(self, ahead: str) -> bool:
        """Is ``ahead`` a body's official wrapper before its short name and "of" ("General
        Inspectorate of" Border Police, "Directorate General of" Customs): a general marker
        and a wrapper head, so that the whole is that body, not a unit of it?"""
        words = ahead.lower().split()
        if len(words) != 3 or words[2] != "of":
            return False
        return {words[0], words[1]} & self.general_markers != set() \
            and {words[0], words[1]} & self.wrapper_heads != set()

    def can_parent_general(self, name: str) -> bool:
        """A body "General Directorates" belong to: a ministry or a police force by its head
        ("Ministry of Interior", "Royal Oman Police"), not another agency nor a police
        department ("Phoenix Police Department")."""
        return self.head(name) in self.general_parents

    def can_parent_department(self, name: str, fallback: bool = False) -> bool:
        """A body departments belong to: a police, ministry or customs body by its head part
        (with ``fallback``: one of the bodies taken only when none of those qualifies, a
        coast guard)."""
        parents = self.fallback_department_parents if fallback else self.department_parents
        return any(w in parents for w in self.head_part(self.words_of(name)))

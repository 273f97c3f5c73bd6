"""Organizations no list knows, named operations, and acronyms defined in the text."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container, Mapping, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..data import DataFileError, read_jsonl
from ..entities.acronym_bodies import AcronymBodyFinder
from ..entities.acronym_spelling import (
    POSSESSOR,
    acronym_of,
    coordinated_long_forms,
    headed_definitions,
    place_acronyms,
    spelled_bodies,
    spelled_initials,
    spelled_long_form,
    spelled_parent,
    spells_acronym,
)
from ..entities.acronyms import acronym_after, acronym_pair_after, mentions
from ..entities.caps_lines import TitledLines, caps_lines, first_head_end
from ..entities.comma_countries import bodies_with_countries
from ..entities.credit_slots import CreditSlots
from ..entities.doc_view import DocView, Ent
from ..entities.entity_merge import Values, crosses, entity_value, merge_entities, overlaps
from ..entities.foreign_glosses import ForeignGlossFinder
from ..entities.gazetteer_data import read_word_lists
from ..entities.head_first_units import HeadFirstUnitFinder
from ..entities.local_units import LocalUnitFinder
from ..entities.masthead import MASTHEAD_KEY
from ..entities.mission_families import MissionFamilies
from ..entities.national_bodies import NationalBodies, NationalBodyResolver
from ..entities.national_body_data import COUNTRY_LABELS
from ..entities.news_credits import NewsCreditFinder
from ..entities.operations import OperationFinder, unify_names
from ..entities.org_grammar import ForeignNameFinder, GrammarWords, OrganizationGrammar
from ..entities.org_patterns import (
    body_suffix_pattern,
    bracketed_area_pattern,
    regional_unit_patterns,
)
from ..entities.page_acronyms import (
    DATELINE_COUNTRY_KEY,
    DEFINED_ACRONYMS_KEY,
    DEFINED_UNITS_KEY,
    HOME_WANTED_KEY,
    PAGE_ACRONYMS_KEY,
    defined_acronyms,
    defined_units,
    page_context,
    page_mentions,
    page_units,
)
from ..entities.place_context import KnownEntity, PlaceContextFinder
from ..entities.placed_units import PlacedUnitFinder
from ..entities.possessive_units import (
    POSSESSIVE_GAPS,
    Joined,
    name_repeated_units,
    possessive_units,
    units_after_possessives,
    units_in_bodies,
)
from ..entities.publisher_names import PublisherNames
from ..entities.records import MissionFamily, OperationRecord, TerritorialAcronym, WordList
from ..entities.signoff_units import SignoffUnits
from ..entities.territorial_acronyms import TerritorialAcronymFinder
from ..entities.territorial_units import Body, TerritorialUnitFinder
from ..entities.text import clean_name
from ..extensions import HOME_COUNTRY_KEY, TITLE_END_KEY, VALUES_KEY, doc_text
from ..spans import Candidate
from .base import DataComponent

GRAMMAR_PRIORITY = -1  # a gazetteer body wins a tie with a grammar span
PLACE_CONTEXT_PRIORITY = -2  # listed entities and organization names win a tie with them
GLOSS_PRIORITY = 1  # a bracketed gloss wins a tie with the same words read as a name of its own
PAGE_ACRONYM_PRIORITY = 1  # an acronym the page defined wins a tie with a list's reading of it
SPELLED_PRIORITY = 0  # a masthead's long form for its acronym wins a tie with a grammar span
CREDIT_SLOT_PRIORITY = -3  # the masthead's name for a credited publisher wins a tie with it


class OrganizationGrammarComponent(DataComponent):
    """Organizations no list knows, named operations, and acronyms defined in the text.

    Runs after the gazetteer: operations first (so no grammar name swallows "Channel Center"),
    then the organization grammar (which absorbs the gazetteer's countries and bodies inside a
    longer name), then acronyms defined in parentheses after an organization.
    """

    factory = "pressparse_organizations"
    grammar: OrganizationGrammar
    operations: OperationFinder

    def load(self, data_dir: Path) -> None:
        lists = {record.id: record.words
                 for record in read_jsonl(data_dir / "word_lists.jsonl", WordList)}
        needed = ("head_nouns", "link_words", "articles", "name_lowercase_words", "name_endings",
                  "sentence_words", "title_words", "operation_cues", "operation_prefixes",
                  "spelled_name_links", "headed_name_links")
        missing = [name for name in needed if name not in lists]
        if missing:
            raise DataFileError(f"{data_dir / 'word_lists.jsonl'}: missing lists {missing}")
        words = GrammarWords(
            heads=frozenset(lists["head_nouns"]), links=frozenset(lists["link_words"]),
            articles=frozenset(lists["articles"]),
            lowercase=frozenset(lists["name_lowercase_words"]),
            endings=frozenset(lists["name_endings"]), sentence=frozenset(lists["sentence_words"]),
            titles=frozenset(lists["title_words"]),
            in_heads=frozenset(lists.get("in_link_heads", [])),
            sitting_heads=frozenset(lists.get("sitting_heads", [])),
            local_court_levels=frozenset(lists.get("local_court_levels", [])),
            tail_heads=frozenset(lists.get("unit_tail_heads", [])),
            tail_modifiers=frozenset(lists.get("unit_tail_modifiers", [])),
            post_head=frozenset(lists.get("post_head_words", [])),
            numbered_heads=frozenset(lists.get("numbered_heads", [])),
            numbered_unit_heads=frozenset(lists.get("numbered_unit_heads", [])),
            office_holders=frozenset(lists.get("office_holders", [])),
            ordinals=frozenset(lists.get("ordinal_words", [])),
            reference_heads=frozenset(lists.get("reference_heads", [])),
            platforms=frozenset(lists.get("social_platforms", [])),
            roles=frozenset(lists.get("role_words", [])),
            number_words=frozenset(lists.get("unit_number_words", [])),
            in_objects=frozenset(lists.get("in_object_words", [])),
            over_objects=frozenset(lists.get("over_object_words", [])),
            object_gerunds=frozenset(lists.get("object_gerunds", [])),
            head_and_words=frozenset(lists.get("head_and_words", [])),
            shared_area_heads=frozenset(lists.get("shared_area_heads", [])),
            paired_area_heads=frozenset(lists.get("paired_area_heads", [])),
            phrase_links=tuple(tuple(phrase.split()) for phrase in lists.get("phrase_links", [])),
            place_tails=frozenset(lists.get("name_place_tails", [])),
            amount_words=frozenset(lists.get("unit_amount_words", [])),
            verbs_in_s=frozenset(lists.get("unit_words_in_s", [])),
            second_body_openers=frozenset(lists.get("second_body_openers", [])),
        )
        self.grammar = OrganizationGrammar(words)
        self._long_form_stop = words.titles | words.sentence  # see _spelled_long_forms
        self._spelled_links = frozenset(lists["spelled_name_links"])
        self._headed_links = self._spelled_links | frozenset(lists["headed_name_links"])
        self.grammar_heads = words.heads
        self.operation_cue_words = frozenset(lists["operation_cues"])
        known = read_jsonl(data_dir / "operations.jsonl", OperationRecord)
        self.operations = OperationFinder(lists["operation_cues"], lists["operation_prefixes"],
                                          known, stop_heads=lists["head_nouns"],
                                          name_stop=[*lists.get("operation_name_stop", []),
                                                     *lists["sentence_words"]],
                                          name_verbs=lists.get("operation_name_verbs", []))
        self.national_bodies = NationalBodies.load(data_dir / "national_bodies.json")
        if self.national_bodies is not None:  # a letterhead's home country in its language
            self.national_bodies.add_foreign_names(
                data_dir.parent / "pressparse_gazetteer" / "countries_foreign.jsonl")
        self._national: NationalBodyResolver | None = None
        self._redefined: dict[str, dict[str, Any]] = {}  # acronym -> the text's long form
        self.acronym_bodies = AcronymBodyFinder(lists.get("acronym_body_verbs", []),
                                                lists.get("acronym_body_staff", []),
                                                lists.get("acronym_body_stop", []),
                                                lists.get("acronym_body_agents", []))
        self.news_credits = NewsCreditFinder(lists.get("press_question_labels", []))
        self.publisher_names = PublisherNames(lists["link_words"],
                                              lists.get("publisher_furniture_cues", []),
                                              lists["head_nouns"],
                                              lists.get("publisher_news_words", []),
                                              lists["articles"])
        self.credit_slots = CreditSlots(
            lists.get("news_credit_verbs", []), lists.get("news_credit_labels", []),
            lists.get("news_credit_single_labels", []), lists.get("news_credit_staff", []),
            lists.get("publisher_news_words", []), lists["head_nouns"],
            [*lists["sentence_words"], *lists["title_words"]],
            lists.get("news_credit_end_markers", []))
        self.signoff_units = SignoffUnits(lists.get("signoff_labels", []),
                                          lists.get("press_unit_words", []),
                                          lists.get("signoff_name_links", []))
        self.local_units = LocalUnitFinder(lists.get("local_unit_levels", []),
                                           lists.get("local_unit_heads", []),
                                           lists.get("named_unit_heads", []),
                                           [*lists["sentence_words"], *lists["title_words"]],
                                           lists.get("local_unit_parented_heads", []))
        self.district_heads = frozenset(lists.get("district_unit_heads", []))
        self.body_suffix = body_suffix_pattern(lists.get("body_unit_suffixes", []),
                                               lists.get("body_unit_suffix_areas", []))
        self.suffix_words = tuple(s.split()[-1] for s in lists.get("body_unit_suffixes", []))
        self.foreign_glosses = ForeignGlossFinder(lists.get("foreign_gloss_heads", []))
        self.bracketed_area = bracketed_area_pattern(lists.get("bracketed_area_words", []))
        self._bracketed_cue = re.compile(self.bracketed_area.pattern.removeprefix(r"[ \t]*")) \
            if self.bracketed_area is not None else None
        self.regional_units = regional_unit_patterns(lists.get("regional_unit_acronyms", []),
                                                     lists["sentence_words"], lists["title_words"])
        self.foreign_names = ForeignNameFinder(lists.get("foreign_name_heads", []),
                                               lists.get("foreign_first_links", []),
                                               lists.get("foreign_links", []),
                                               lists.get("foreign_adjective_endings", []))
        # capitalized words after a unit's head that name no place of it ("Station Commander")
        unit_name_stop = [*lists["sentence_words"], *lists["title_words"], *lists["head_nouns"],
                          *lists.get("head_first_unit_stop", [])]
        self.head_first_units = HeadFirstUnitFinder(lists.get("head_first_units", []),
                                                    unit_name_stop)
        self.placed_units = PlacedUnitFinder(
            words.heads | words.tail_heads, lists.get("placed_unit_name_heads", []),
            lists.get("placed_unit_area_words", []), [*unit_name_stop, *words.tail_heads],
            [*lists["link_words"], *lists.get("placed_unit_links", [])])
        self.facility_modifiers = frozenset(lists.get("facility_modifiers", []))
        self.seat_words = frozenset(lists.get("seat_words", []))
        self.facility_nouns = frozenset(lists.get("facility_nouns", []))
        self.territorial_units = TerritorialUnitFinder(lists.get("territorial_area_words", []),
                                                       lists.get("territorial_in_heads", []))
        families_path = data_dir / "mission_families.jsonl"
        self.mission_families = MissionFamilies(
            read_jsonl(families_path, MissionFamily) if families_path.exists() else [])
        acronyms_path = data_dir / "territorial_acronyms.jsonl"
        self.territorial_acronyms = TerritorialAcronymFinder(
            read_jsonl(acronyms_path, TerritorialAcronym) if acronyms_path.exists() else [])
        self.operation_prefixes = frozenset(lists["operation_prefixes"])
        self.short_forms = tuple(lists.get("bare_short_forms", []))
        self.opening_verbs = frozenset(lists.get("bare_short_form_opening_verbs", []))
        self.participle_links = frozenset(lists.get("bare_short_form_participle_links", []))
        named_short = lists.get("named_short_forms", [])
        # "the Gendarmerie": a head naming the body alone (not before a name or "of")
        self._named_short_form = re.compile(
            r"(?<=[Tt]he )(?:" + "|".join(re.escape(w) for w in named_short)
            + r")(?![\w-])(?![ \t]+(?:of\b|[A-Z]))") if named_short else None
        self._short_form = re.compile(
            "|".join(re.escape(w) for w in self.short_forms)) if self.short_forms else None
        # each bare short form as a word in a line of capitals ("CUSTOMS")
        self._caps_short_form = {
            short: re.compile(rf"(?<![\w-]){re.escape(short.upper())}(?![\w-])")
            for short in self.short_forms}
        self.staff_words = frozenset(lists.get("acronym_body_staff", []))
        self.criminal_heads = frozenset(lists.get("criminal_group_heads", []))
        # words of a line in capitals the grammar reads in lower case ("OF", "AND", "THE")
        self.caps_small_words = frozenset([*lists["link_words"], *lists["articles"],
                                           *lists.get("caps_lower_words", [])])
        self.caps_joiners = frozenset(lists.get("caps_name_joiners", []))
        self.parent_name_links = frozenset(lists.get("parent_name_links", []))
        # words that go on a name in capitals ("NAVY NATIONAL", "CUSTOMS SERVICE")
        self.caps_name_words = frozenset([*lists["head_nouns"],
                                          *lists.get("caps_name_words", [])])
        portfolio = lists.get("portfolio_titles", [])
        # "<title> of " right before a name: the holder's portfolio ("Minister of Justice and
        # Police", "Chief of Defence Staff"), no body
        self._portfolio_before = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in portfolio) + r")[ \t]+of[ \t]+$") \
            if portfolio else None
        self.criminal_words = frozenset(lists.get("criminal_group_words", []))
        self.places: PlaceContextFinder | None = None
        place_path = data_dir / "place_context.jsonl"
        if place_path.exists():
            place_lists = read_word_lists(place_path)
            self.places = PlaceContextFinder(
                place_lists, blocked_words=[*lists["head_nouns"], *lists["sentence_words"]],
                title_words=lists["title_words"])

    def operation_candidates(self, text: str, ents: Sequence[Ent] = (),
                             values: Values | None = None) -> list[Candidate]:
        """Named operations; an unquoted single word is dropped where the gazetteer knows it
        ("the operation Kazakh police...", "the Almaty operation")."""
        found = unify_names(self.operations.find(text))
        taken: list[tuple[int, int]] = []
        if any(m.weak for m in found):
            weak_places = self.ambiguous_place_ids()
            values = values or {}
            taken = [(ent.start_char, ent.end_char) for ent in ents
                     if (entity_value(values, ent) or {}).get("id") not in weak_places]
        return [Candidate(m.start, m.end, "OPERATION", {"name": m.name}) for m in found
                if not (m.weak and overlaps(taken, m.start, m.end))]

    def organization_candidates(self, doc: Doc, view: DocView,
                                operations: list[Candidate]) -> list[Candidate]:
        """Grammar names, skipping those a gazetteer body already covers exactly."""
        blocked: set[int] = _title_break(doc, view)
        operation_starts = {operation.start for operation in operations}
        for operation in operations:
            tokens = view.expand(operation.start, operation.end)
            if tokens is not None:
                blocked.update(range(*tokens))
        ents = view.ents
        known = {(ent.start, ent.end) for ent in ents if ent.label_ == "ORG"}
        title_tokens: int | None = None  # read only for a name around a listed body
        found: list[Candidate] = []
        idx, lengths, text = view.idx, view.lengths, view.text
        short_places = _abbreviated_places(ents, doc.user_data.get(VALUES_KEY, {}))
        places = None  # LOC entities by start token, read when a facility noun follows
        for start, end in self.grammar.find(view, ents, blocked):
            if self.facility_nouns and end < len(view) and view.spaces[end - 1] \
                    and view[end] in self.facility_nouns:
                if places is None:
                    places = {ent.start: ent.end for ent in ents if ent.label_ == "LOC"}
                if start in places and places[start] < end:
                    # "the Calliaqua Coast Guard base": the body's base at a place, the place
                    # no part of the body's name
                    start = _skip_space(view, places[start])
            if (start, end) in known:
                continue
            if any(s >= start and e <= end for s, e in known):
                if title_tokens is None:
                    title_tokens = _title_case_title_tokens(doc)
                if end <= title_tokens:
                    continue  # "Commission on Narcotic Drugs Concludes Session": a headline verb
            if self._seat(view, start, end, known):
                continue  # "at the SELEC Headquarters in Bucharest": the body's seat
            start_char, end_char = idx[start], idx[end - 1] + lengths[end - 1]
            if self._criminal_group(view, start, end) or self._facility(view, start, end):
                continue
            if self._portfolio_before is not None and self._portfolio_before.search(
                    text, max(0, start_char - 40), start_char) is not None:
                continue  # "the Minister of Justice and Police": a portfolio, no body
            if self._title_after(text, end_char) and text.count(" ", start_char, end_char) == 1 \
                    and not any(s >= start and e <= end for s, e in known):
                continue  # "Provincial Police Commander": a person's title, no body (a
                # named unit before a title stays: "the Drug Enforcement Unit Director")
            if end_char + 1 in operation_starts \
                    and text[start_char:end_char] in self.operation_prefixes:
                continue  # "Strike Force Tamborine": the operation's prefix, no body
            name = clean_name(text[start_char:end_char])
            for place_start, (written, full) in short_places.items():
                if start <= place_start < end:
                    name = name.replace(written, full, 1)  # "Mt Hagen Police Station"
            quoted = self._quoted_own_name(view, end, end_char, operation_starts)
            if quoted is not None:
                end_char, name = quoted.end(), f"{name} {quoted.group(1)}"
            value: dict[str, Any] = {"name": name, "acronym": None, "id": None}
            found.append(Candidate(start_char, end_char, "ORG", value, GRAMMAR_PRIORITY))
        found += self._caps_names(view, ents, blocked, known)
        for start_char, end_char in self.foreign_names.find(text):
            if not any(c.start <= start_char < c.end for c in found):
                value = {"name": clean_name(text[start_char:end_char]), "acronym": None,
                         "id": None}
                found.append(Candidate(start_char, end_char, "ORG", value, GRAMMAR_PRIORITY))
        for start_char, end_char, name in self.head_first_units.find(text):
            found.append(Candidate(start_char, end_char, "ORG",
                                   {"name": name, "acronym": None, "id": None},
                                   GRAMMAR_PRIORITY))  # "Police Station Gharinda"
        return found

    def _caps_names(self, view: DocView, ents: Sequence[Ent], blocked: set[int],
                    known: set[tuple[int, int]]) -> list[Candidate]:
        """Names in lines written in capitals ("HONDURAN NAVAL FORCE SECURES ...", "DRUG
        ENFORCEMENT COMMISSION"), read by the grammar as if in title case (link words in
        lower case). A name needs two words of its own besides the entities it holds: a
        demonym and one service word ("KAZAKH CUSTOMS FIND ...") stays a NORP, as a
        lower-case "Kazakh customs" does."""
        text = view.text
        lines = caps_lines(text)
        if not lines:
            return []
        in_entity: dict[int, Ent] = {i: ent for ent in ents for i in range(ent.start, ent.end)}
        words: dict[int, str] = {}
        for start_char, end_char in lines:
            tokens = view.expand(start_char, end_char)
            if tokens is None:
                continue
            for i in range(*tokens):
                word = view[i]
                if not word.isupper():
                    continue
                ent = in_entity.get(i)
                if ent is not None and ent.label_ == "ORG" and len(ent.text) <= 6:
                    continue  # an acronym stays as written: "CIS", "CSTO"
                lower = word.lower()
                words[i] = lower if lower in self.caps_small_words else word[0] + word[1:].lower()
        if not words:
            return []
        titled = TitledLines(view, words)
        found: list[Candidate] = []
        idx, lengths = view.idx, view.lengths
        heads, generic = self.grammar_heads, self.grammar.words.lowercase
        for start, end in self.grammar.find(titled, ents, blocked):  # type: ignore[arg-type]
            end = first_head_end(titled, start, end, heads, in_entity, self.caps_joiners)
            if (start, end) in known or any(s <= start and end <= e for s, e in known):
                continue
            own = [words[i] for i in range(start, end) if i in words and i not in in_entity
                   and words[i][:1].isupper()]
            first_head = next((w for w in own if w in heads), "")
            if len(own) < 2 or all(word in heads for word in own) \
                    or (all(w in heads or w.lower() in generic for w in own)
                        and (len(own) < 3 or first_head.lower() in generic)) \
                    or not any(i in in_entity or titled[i] in self.grammar.words.links
                               for i in range(start, end)) \
                    or self._criminal_group(titled, start, end):  # type: ignore[arg-type]
                continue  # "POLICE AND CUSTOMS OFFICERS", "DRUG TRAFFICKING GROUP", "DRUG
                # CONTROL AGENCIES OF ...": generic words; "NAVAL FORCES INTERCEPT ...": a
                # headline's subject that says neither whose nor what it is
            start_char, end_char = idx[start], idx[end - 1] + lengths[end - 1]
            name = "".join(titled[i] + (" " if view.spaces[i] else "")
                           for i in range(start, end)).strip()
            found.append(Candidate(start_char, end_char, "ORG",
                                   {"name": clean_name(name), "acronym": None, "id": None},
                                   GRAMMAR_PRIORITY))
        return found

    def _title_after(self, text: str, end_char: int) -> bool:
        """Is the word right after ``end_char`` a capitalized title word ("Commander",
        "Chief")?"""
        if text[end_char:end_char + 1] != " ":
            return False
        word = text[end_char + 1:end_char + 20].split(" ", 1)[0].rstrip(",.;:")
        return word in self.grammar.words.titles

    def _quoted_own_name(self, view: DocView, end: int, end_char: int,
                         operation_starts: set[int]) -> re.Match[str] | None:
        """'11th Carabinieri Regiment "Puglia"': the unit's own name in quotes right after its
        head noun (token ``end - 1``, ending at ``end_char``); None when there is none or the
        quotes hold an operation's name ('the Naval Command "Orion" operation')."""
        if view[end - 1] not in self.grammar_heads:
            return None
        text = view.text
        quoted = _QUOTED_NAME.match(text, end_char)
        if quoted is None or quoted.start(1) in operation_starts:
            return None
        after = _NEXT_WORD.match(text, quoted.end())
        if after is not None and after.group(1).lower() in self.operation_cue_words:
            return None
        return quoted

    def _seat(self, view: DocView, start: int, end: int, known: set[tuple[int, int]]) -> bool:
        """"SELEC Headquarters", "NDLEA Headquarters": a listed body and a word of its seat
        (``seat_words``) is the place the body sits; the body alone is the ORG."""
        if not self.seat_words or view[end - 1] not in self.seat_words:
            return False
        i = end - 2
        while i > start and view[i].isspace():
            i -= 1
        return (start, i + 1) in known

    def _facility(self, view: DocView, start: int, end: int) -> bool:
        """"Harlan County Detention Center": a place where people are held, no body."""
        return end - start >= 2 and view[end - 1] in _CENTRES \
            and view[end - 2] in self.facility_modifiers

    def _criminal_group(self, view: DocView, start: int, end: int) -> bool:
        """"Drug Trafficking Organization", "Transnational Criminal Network": generic words and
        a criminal group's head, capitalized (a headline, a US release's style), are no body."""
        if view[end - 1] not in self.criminal_heads:
            return False
        words = self.criminal_words
        return all(view[i].isspace() or view[i].lower() in words for i in range(start, end - 1))

    def suffix_candidates(self, text: str, ents: list[Ent],
                          values: Values) -> list[Candidate]:
        """A listed body with a phase or a unit written after it: "COPOLAD III", "EL PAcCTO
        2.0" (the programme's phase, named as written), "CMF Public Affairs" (a unit, named
        '<unit> of the <body>'); and a regional unit "<Place> HIDTA"."""
        found: list[Candidate] = []
        suffixes = self.body_suffix is not None \
            and any(word in text for word in self.suffix_words)
        phases = _PHASE_CUE.search(text) is not None
        for ent in ents if suffixes or phases else ():
            if ent.label_ != "ORG":
                continue
            match = self.body_suffix.match(text, ent.end_char) if suffixes else None
            if match is None:
                match = _PHASE.match(text, ent.end_char) if phases else None
                if match is None:
                    continue
                name = text[ent.start_char:match.end()]
                value = {"name": name, "acronym": None, "id": None}
            else:
                body = (entity_value(values, ent) or {}).get("name") or ent.text
                value = {"name": f"{match.group(1)} of the {body}", "acronym": None, "id": None}
            found.append(Candidate(ent.start_char, match.end(), "ORG", value))
        if self.regional_units is not None:
            acronyms, place_before, long_forms = self.regional_units
            matches = list(acronyms.finditer(text)) \
                if any(a in text for a in long_forms) else []
            units: dict[str, set[str]] = {}  # acronym -> the regional units' names
            bare: list[re.Match[str]] = []
            places = {ent.end_char: ent.start_char for ent in ents if ent.label_ == "LOC"} \
                if matches else {}
            for match in matches:
                acronym = match.group()
                start = places.get(match.start() - 1) \
                    if text[match.start() - 1:match.start()] == " " else None
                if start is None:  # no listed place: capitalized words, not in capitals
                    window = max(0, match.start() - 80)
                    place = place_before.search(text, window, match.start())
                    start = place.start(1) if place is not None \
                        and not place.group(1).isupper() else None
                if start is None:
                    bare.append(match)
                    continue
                area = " ".join(text[start:match.start()].split())
                name = f"{area.title() if area.isupper() else area} {long_forms[acronym]}"
                units.setdefault(acronym, set()).add(name)
                found.append(Candidate(start, match.end(), "ORG",
                                       {"name": name, "acronym": acronym, "id": None}))
            listed = {(ent.start_char, ent.end_char) for ent in ents if ent.label_ == "ORG"}
            for match in bare:  # "Gujarat ATS ... the ATS team": the text's one such unit
                names = units.get(match.group(), set())
                if len(names) == 1 and match.span() not in listed:
                    found.append(Candidate(match.start(), match.end(), "ORG",
                                           {"name": next(iter(names)),
                                            "acronym": match.group(), "id": None}))
        return found

    def placed_unit_candidates(self, text: str, ents: Sequence[Ent], values: Values,
                               names: Sequence[Candidate] = ()) -> list[Candidate]:
        """A place written right after an unlisted body's head noun, before no capitalized word
        ("State Criminal Police Office Vienna", "Coast Guard Station Tacloban"): a unit whose
        name carries its place, one ORG named as written (unlisted gazetteer bodies and the
        grammar's ``names``; see entities/placed_units.py)."""
        places = {ent.start_char: ent.end_char for ent in ents if ent.label_ == "LOC"}
        spans = [(ent.start_char, ent.end_char) for ent in ents
                 if ent.label_ == "ORG" and not (entity_value(values, ent) or {}).get("id")]
        spans += [(c.start, c.end) for c in names]
        if not spans:
            return []
        place_names = sorted({text[start:end] for start, end in places.items()},
                             key=len, reverse=True)
        named = {(c.start, c.end) for c in names}  # "Police Station Gharinda": named already
        return [Candidate(start, end, "ORG", {"name": clean_name(text[start:end]),
                                              "acronym": None, "id": None}, GRAMMAR_PRIORITY)
                for start, end in self.placed_units.find(text, spans, places, place_names)
                if (start, end) not in named]

    def place_list_unit_candidates(self, text: str, ents: Sequence[Ent],
                                   names: Sequence[Candidate]) -> list[Candidate]:
        """"the Imereti, Racha-Lechkhumi and Kvemo Svaneti Main Division": a unit named after
        the list of regions it covers, where the grammar's name holds the list's last two
        ("Racha-Lechkhumi and Kvemo Svaneti Main Division") or its last one ("Adjara Regional
        Division" after "Guria and") and the places before it, after "the", are joined by
        commas and "and", is one ORG from the list's first place, named as written."""
        found: list[Candidate] = []
        places: dict[int, Ent] | None = None  # by end offset, read when a name needs it
        for name in names:
            written = text[name.start:name.end]
            before = text[max(0, name.start - 5):name.start]
            if not ((" and " in written and before.endswith(", ")) or before == " and ") \
                    or written.rsplit(None, 1)[-1] not in self.grammar.words.heads:
                continue
            if places is None:
                places = {ent.end_char: ent for ent in ents if ent.label_ == "LOC"}
            start = name.start
            if before == " and " and (place := places.get(start - 5)) is not None:
                start = place.start_char  # "the Guria and Adjara Regional Division"
            while text[start - 2:start] == ", " and (place := places.get(start - 2)) is not None:
                start = place.start_char
            if start == name.start or text[max(0, start - 4):start].lower() != "the ":
                continue  # (after "the": "In Tbilisi, Border Police and ..." is no list)
            found.append(Candidate(start, name.end, "ORG", {
                "name": clean_name(text[start:name.end]), "acronym": None, "id": None},
                GRAMMAR_PRIORITY))
        return found

    def district_unit_candidates(self, text: str, ents: Sequence[Ent],
                                 values: Values) -> list[Candidate]:
        """A place named with a title-case territorial head, then "of" and a listed body
        ("Ural District of Rosgvardia"): the body's territorial unit, one ORG named '<place>
        of the <body's name>' (``district_unit_heads``)."""
        found: list[Candidate] = []
        if not self.district_heads:
            return found
        bodies = {ent.start_char: ent for ent in ents if ent.label_ == "ORG"}
        for ent in ents:
            if ent.label_ != "LOC" or ent.text.rsplit(None, 1)[-1] not in self.district_heads:
                continue
            link = _DISTRICT_LINK.match(text, ent.end_char)
            body = bodies.get(link.end()) if link is not None else None
            value = entity_value(values, body) if body is not None else None
            if body is None or not value or not value.get("id") or not value.get("name"):
                continue
            found.append(Candidate(ent.start_char, body.end_char, "ORG", {
                "name": f"{clean_name(ent.text)} of the {value['name']}", "acronym": None,
                "id": None}))
        return found

    def bracketed_area_candidates(self, text: str, ents: Sequence[Ent],
                                  names: Sequence[Candidate],
                                  values: Values) -> list[Candidate]:
        """"Frontier Corps Balochistan (South)", "Coast Guard Region (North West)": a body's
        or unit's name and the compass area in brackets right after it are one ORG, named
        with the area as written (a parent is named after it: see ``resolve_national``)."""
        if self.bracketed_area is None or "(" not in text \
                or self._bracketed_cue.search(text) is None:
            return []  # (one scan from each bracket: most texts have no compass area)
        bodies = [(ent.start_char, ent.end_char, entity_value(values, ent) or {}) for ent in ents
                  if ent.label_ == "ORG"]
        bodies += [(c.start, c.end, c.normalized or {}) for c in names if c.label == "ORG"]
        found: list[Candidate] = []
        for start, end, value in bodies:
            match = self.bracketed_area.match(text, end)
            if match is None:
                continue
            area = " ".join(match.group(1).split()).title()
            name = value.get("name") or clean_name(text[start:end])
            found.append(Candidate(start, match.end(), "ORG",
                                   {"name": f"{name} ({area})", "acronym": None, "id": None}))
        return found

    def publisher_candidates(self, view: DocView, values: Values,
                             masthead: str | None) -> list[Candidate]:
        """The page's publisher, a news outlet, credited in the item ("Tengrinews.kz
        reports", "— GNLM"; :mod:`~pressparse.entities.publisher_names`); a mention a list
        already reads as an ORG keeps that reading, unless the list reads it as another
        medium ("(BNA)" on Bakhtar News Agency's page is no Bahrain News Agency's credit)."""
        text = view.text
        listed = {(ent.start_char, ent.end_char): ent for ent in view.ents
                  if ent.label_ == "ORG"}
        found = []
        for start, end, name in self.publisher_names.find(text, masthead):
            if not view.whole_tokens(start, end):  # "(EFE).-" read as one token
                continue
            ent = listed.get((start, end))
            # a name the masthead spells out ("SONNA" -> "Somali National News Agency") wins a
            # tie with the dateline's credit as written
            priority = PLACE_CONTEXT_PRIORITY if name == text[start:end] else SPELLED_PRIORITY
            if ent is not None:
                reading = str((entity_value(values, ent) or {}).get("name") or "")
                if reading == name or not self.publisher_names.is_medium_name(reading) \
                        or not self.publisher_names.spells(text[start:end], name):
                    continue
                priority = PAGE_ACRONYM_PRIORITY  # the page's own medium over another
            found.append(Candidate(start, end, "ORG",
                                   {"name": name, "acronym": None, "id": None}, priority))
        return found

    def acronym_place_candidates(self, text: str, ents: Sequence[Ent],
                                 values: Values) -> list[Candidate]:
        """"HSI Honolulu", "OS7 Antofagasta", "PIB Delhi": a body's acronym with a town or
        region written right after it, on its line and before no capitalized word, is the
        body's office there, one ORG (a unit whose name carries its place): named as written,
        a listed body's acronym by its long form when that has no "of" ("Press Information
        Bureau Delhi")."""
        places = {ent.start_char: ent for ent in ents if ent.label_ == "LOC"}
        found: list[Candidate] = []
        for ent in ents if places else ():
            if ent.label_ != "ORG" or not _BODY_ACRONYM.fullmatch(ent.text) \
                    or text[ent.end_char:ent.end_char + 1] != " ":
                continue
            place = places.get(ent.end_char + 1)
            if place is None or _capitalized_next(text, place.end_char) \
                    or text[ent.start_char - 1:ent.start_char] in {"(", "/", "-"}:
                continue
            value = entity_value(values, ent) or {}
            long_form = value.get("name") or ""
            where = text[place.start_char:place.end_char]
            name = f"{long_form} {where}" if value.get("id") and long_form \
                and " of " not in long_form else f"{ent.text} {where}"
            found.append(Candidate(ent.start_char, place.end_char, "ORG",
                                   {"name": name, "acronym": None, "id": None}))
        return found

    def acronym_country_candidates(self, text: str, ents: Sequence[Ent],
                                   values: Values) -> list[Candidate]:
        """"MIA of Kyrgyzstan", "FSB of Russia": a listed body's acronym and "of <country>"
        are one ORG, the body of that country the acronym stands for (of several countries'
        bodies sharing it, that country's); none when no listed body of that country has it."""
        if " of " not in text:
            return []
        found: list[Candidate] = []
        for ent, after in acronym_of(text, ents, "COUNTRY"):
            country = (entity_value(values, after) or {}).get("iso2")
            national = self.national_resolver()
            if not country or national is None:
                continue
            listed = [m.value for m in national.names_in(ent.text) if m.label == "ORG"
                      and m.start == 0 and m.end == len(ent.text)
                      and m.value.get("country") == country]
            if listed:
                found.append(Candidate(ent.start_char, after.end_char, "ORG", dict(listed[0])))
        return found

    def acronym_parent_candidates(self, text: str, ents: Sequence[Ent],
                                  values: Values) -> list[Candidate]:
        """"the SBNON of the Ministry of Internal Affairs of the Kyrgyz Republic": a listed
        unit's acronym, "of", and the listed body its name gives as its parent are one ORG,
        the unit."""
        if " of " not in text:
            return []
        found: list[Candidate] = []
        for ent, after in acronym_of(text, ents, "ORG"):
            value = entity_value(values, ent)
            if value and value.get("name") and self._names_parent(value["name"], after, values):
                found.append(Candidate(ent.start_char, after.end_char, "ORG", dict(value)))
        return found

    def territorial_unit_candidates(self, text: str, ents: Sequence[Ent], values: Values,
                                    names: Sequence[Candidate],
                                    with_country: Sequence[Candidate]) -> list[Candidate]:
        """"the MVD for the Republic of Tatarstan", "the FSB of Russia for the Tver Region":
        a national body (listed, a listed acronym with its country, or a grammar name) and
        the area it serves after "for" (a unit's after "in"), one ORG
        (:mod:`~pressparse.entities.territorial_units`)."""
        national = self.national_resolver()
        if national is None:
            return []
        bodies = [Body(c.start, c.end, c.normalized["name"], True)
                  for c in (*names, *with_country) if c.normalized and c.normalized.get("name")]
        for ent in ents:
            linked = ent.label_ == "ORG" and text.startswith((" for ", " in "), ent.end_char)
            value = entity_value(values, ent) if linked else None
            if value and value.get("country") and value.get("name"):
                names_country = any(m.label in COUNTRY_LABELS
                                    for m in national.names_in(ent.text))
                bodies.append(Body(ent.start_char, ent.end_char, value["name"], names_country))
        places = {ent.start_char: ent for ent in ents if ent.label_ == "LOC"}
        return [Candidate(start, end, "ORG", value) for start, end, value
                in self.territorial_units.find(text, bodies, places, self._without_country)]

    def territorial_acronym_candidates(self, text: str, ents: Sequence[Ent],
                                       values: Values) -> list[Candidate]:
        """"the UMVD of Russia for the Omsk region", "the GUVD of Chui region": a territorial
        unit's acronym and its area, one ORG, and the acronym's bare mentions in the text
        (:mod:`~pressparse.entities.territorial_acronyms`); they win a tie with the acronym
        read alone."""
        places = {ent.start_char: ent for ent in ents if ent.label_ == "LOC"}
        countries = {ent.start_char: ent for ent in ents if ent.label_ == "COUNTRY"}
        national = self.national_resolver()

        def country_at(start: int) -> tuple[str, int] | None:
            """The country named at ``start``: an entity, or words inside a listed body's
            name ("MVD of Russia")."""
            ent = countries.get(start)
            if ent is not None:
                code = (entity_value(values, ent) or {}).get("iso2")
                return (code, ent.end_char) if code else None
            line_end = text.find("\n", start)
            window = text[start:line_end if line_end >= 0 else len(text)][:60]
            for match in national.names_in(window) if national is not None else ():
                if match.start == 0 and match.label == "COUNTRY" and match.value.get("iso2"):
                    return match.value["iso2"], start + match.end
            return None

        found = self.territorial_acronyms.find(
            text, places, country_at, lambda ent: entity_value(values, ent) or {},
            partial(self.territorial_units.area_end, places=places))
        return [Candidate(start, end, "ORG", value, GLOSS_PRIORITY)
                for start, end, value in found]

    def _names_parent(self, name: str, ent: Ent, values: Values) -> bool:
        """Is the listed body ``ent`` the parent a unit's ``name`` gives after "of" ("Service
        for Combating Drug Trafficking of the Ministry of Internal Affairs of the Kyrgyz
        Republic" and an "MVD" read as any country's Ministry of Internal Affairs)?"""
        parent = (entity_value(values, ent) or {}).get("name") if ent.label_ == "ORG" else None
        if not parent or " of " not in name:
            return False
        own = self._without_country(parent)
        return any(f" of the {form}" in name or f" of {form}" in name
                   for form in {parent, own} if " " in form)

    def _without_country(self, name: str) -> str:
        """A body's name less a country it ends with ("Ministry of Internal Affairs of the
        Kyrgyz Republic" -> "Ministry of Internal Affairs")."""
        national = self.national_resolver()
        ends = [m.start for m in national.names_in(name)
                if m.label in COUNTRY_LABELS and m.end == len(name)] if national else []
        return _TRAILING_OF.sub("", name[:ends[0]]) if ends else name

    def news_credit_candidates(self, view: DocView) -> list[Candidate]:
        """Outlets a wire's dateline or a transcript's question label credits ("Pezinok,
        January 22, 2025 (TASR) -", "QUESTION (Kaktus.media):"), where no entity is and the
        name is whole tokens."""
        found = self.news_credits.find(view.text)
        if not found:
            return []
        ents = [(ent.start_char, ent.end_char, ent.label_) for ent in view.ents]

        def blocking(start: int, end: int) -> bool:
            # a place the credit's name holds yields to it ("– Fergana.": the outlet)
            return overlaps([(s, e) for s, e, label in ents
                             if not (label == "LOC" and start <= s and e <= end)], start, end)

        return _credited_spans(view, found, blocking, GRAMMAR_PRIORITY)

    def credit_slot_candidates(self, view: DocView, masthead: str) -> list[Candidate]:
        """Outlets named in a credit's slot ("told Fontanka.", "By Delfi", "— ONA";
        :mod:`~pressparse.entities.credit_slots`), named as written, where no entity is but
        places, countries and demonyms inside the name ("told Belarus Today"); whole tokens; a
        bare name the page writes as a domain takes the domain ("Fontanka" -> "Fontanka.ru")."""
        text = view.text
        found = self.credit_slots.find(text)
        if not found:
            return []
        ents = [(ent.start_char, ent.end_char) for ent in view.ents
                if ent.label_ not in _NAME_PARTS]
        parts = [(ent.start_char, ent.end_char) for ent in view.ents
                 if ent.label_ in _NAME_PARTS]

        def blocking(start: int, end: int) -> bool:
            return overlaps(ents, start, end) \
                or any(s < end and start < e and not (start <= s and e <= end
                                                      and (s, e) != (start, end))
                       for s, e in parts)

        page = f"{masthead}\n{text}"
        return _credited_spans(view, found, blocking, CREDIT_SLOT_PRIORITY,
                               lambda name: self.credit_slots.domain_form(name, page))

    def _with_staff_words(self, text: str, candidate: Candidate,
                          outlets: set[tuple[int, int]]) -> bool:
        """Is ``candidate`` a credited outlet's name with staff words after it ("Island Times
        Staff" over the credited "Island Times")?"""
        return any(start == candidate.start and end < candidate.end
                   and self.credit_slots.staff_only(text[end:candidate.end])
                   for start, end in outlets)

    def short_form_candidates(self, text: str, ents: list[Ent],
                              others: Sequence[Candidate] = ()) -> list[Candidate]:
        """"a Customs investigations manager said", "contact Revenue in confidence": a
        publisher's bare short form for its own body inside a sentence, or opening one before
        a verb ("Customs finds ..."), not before a staff noun ("Customs officers" is
        generic)."""
        if self._short_form is None or not any(w in text for w in self.short_forms):
            return []
        taken = [(ent.start_char, ent.end_char) for ent in ents]
        taken += [(c.start, c.end) for c in others]  # a longer name wins anyway
        found: list[Candidate] = []
        staffed: list[re.Match[str]] = []  # "Customs officers" opening a sentence
        named: set[str] = set()  # short forms the text writes alone ("contact Customs")
        for match in self._short_form.finditer(text):
            start, end = match.span()
            if (start and (text[start - 1].isalnum() or text[start - 1] in "-_#@")) \
                    or (end < len(text) and (text[end].isalnum() or text[end] in "-_")):
                continue  # inside a word, a hashtag ("#Customs")
            if overlaps(taken, start, end):
                continue
            following = _NEXT_WORD.match(text, end)
            opening = _opens_sentence(text, start)
            if opening and following is not None and following.group(1) in self.staff_words:
                staffed.append(match)
                continue
            if opening and (following is None or not self._acts(text, following)):
                continue  # "Customs finds ...", "Customs will ..." open a sentence as a body
            if following is not None and (
                    following.group(1)[:1].isupper()
                    or (following.group(1) in _AND_OF
                        and not _body_after(ents, following.end()))):
                continue  # "Customs Service", "Customs and Excise"; inside a sentence a
                # staff noun follows a name ("assisted by Revenue officers", "Revenue and
                # An Garda")
            if following is None or following.group(1) not in self.staff_words:
                named.add(match.group())
            found.append(Candidate(start, end, "ORG",
                                   {"name": match.group(), "acronym": None, "id": None},
                                   GRAMMAR_PRIORITY))
        # a capital opening a sentence before a staff noun ("Customs officers found ...") is
        # the body only in a text that names it alone elsewhere ("contact Customs"; guide)
        found += [Candidate(*match.span(), "ORG",
                            {"name": match.group(), "acronym": None, "id": None},
                            GRAMMAR_PRIORITY)
                  for match in staffed if match.group() in named]
        return found

    def named_short_form_candidates(self, text: str, ents: Sequence[Ent],
                                    others: Sequence[Candidate]) -> list[Candidate]:
        """"agents of the Gendarmerie" after "the National Gendarmerie": a head of
        ``named_short_forms`` after "the" is the body the text names in full with that word,
        one ORG named as written (its value is the full mention's: see
        :func:`~pressparse.entities.same_body.short_form`)."""
        if self._named_short_form is None:
            return []
        matches = list(self._named_short_form.finditer(text))
        if not matches:
            return []
        spans = [(e.start_char, e.end_char) for e in ents if e.label_ == "ORG"]
        spans += [(c.start, c.end) for c in others if c.label == "ORG"]
        holders = {word for start, end in spans for word in text[start:end].split()
                   if end - start > len(word)}
        taken = [(e.start_char, e.end_char) for e in ents] + [(c.start, c.end) for c in others]
        return [Candidate(*match.span(), "ORG",
                          {"name": match.group(), "acronym": None, "id": None},
                          GRAMMAR_PRIORITY)
                for match in matches
                if match.group() in holders and not overlaps(taken, *match.span())]

    def _acts(self, text: str, following: re.Match[str]) -> bool:
        """Is the word after a bare short form opening a sentence its verb: a listed one
        ("finds", "will") or any verb in the past tense ("Customs detained three men"), unless
        a preposition follows that one, as after a participle ("Revenue collected from
        fuel duties rose")?"""
        word = following.group(1)
        if word in self.opening_verbs:
            return True
        if not (word.islower() and len(word) > 4 and word.endswith("ed")):
            return False
        after = _NEXT_WORD.match(text, following.end())
        return after is None or after.group(1) not in self.participle_links

    def caps_mention_candidates(self, text: str, ents: Sequence[Ent],
                               others: Sequence[Candidate]) -> list[Candidate]:
        """"COAST GUARD INTERCEPTS PIROGUE ..." over "officers of the Coast Guard": a body the
        text names in mixed case (two words or more, or a bare short form: "Customs"), written
        in a line of capitals, is that body; its title-case text is its name (resolved like the
        mention it repeats). Only lines in capitals are read (a pre-filter skips texts
        without two words in capitals)."""
        lines = caps_lines(text)
        if not lines:
            return []
        names: dict[str, str] = {}
        for start, end in [(e.start_char, e.end_char) for e in ents if e.label_ == "ORG"] \
                + [(c.start, c.end) for c in others if c.label == "ORG"]:
            written = " ".join(text[start:end].split())
            if written.upper() != written and (" " in written or written in self.short_forms):
                names.setdefault(written.upper(), written)
        if not names:
            return []
        # (a place or country the repeated name holds is taken into it: "FRANCISTOWN POLICE")
        taken = [(e.start_char, e.end_char) for e in ents if e.label_ not in _NAME_PARTS] \
            + [(c.start, c.end) for c in others]
        found: list[Candidate] = []
        for line_start, line_end in lines:
            line = text[line_start:line_end]
            for upper, written in names.items():
                at = line.find(upper)
                while at >= 0:
                    start, end = line_start + at, line_start + at + len(upper)
                    if (at == 0 or not line[at - 1].isalnum()) \
                            and (end == line_end or not text[end].isalnum()) \
                            and not overlaps(taken, start, end):
                        found.append(Candidate(start, end, "ORG", {
                            "name": written, "acronym": None, "id": None}, GRAMMAR_PRIORITY))
                        taken.append((start, end))
                    at = line.find(upper, at + 1)
        found += self._caps_short_forms(text, lines, names, taken)
        return found

    def _caps_short_forms(self, text: str, lines: list[tuple[int, int]],
                          names: Mapping[str, str],
                          taken: list[tuple[int, int]]) -> list[Candidate]:
        """"PNTL AND CUSTOMS SEIZE ...", "JOINT OPERATION WITH CUSTOMS": a bare short form in
        a line of capitals is the one body the text names in mixed case with that word
        ("the Customs Authority"), not before a staff noun ("CUSTOMS OFFICERS")."""
        found: list[Candidate] = []
        for short in self.short_forms:
            holders = {written for written in names.values()
                       if written != short and short in written.split()}
            if len(holders) != 1:
                continue
            holder = holders.pop()
            pattern = self._caps_short_form[short]
            for line_start, line_end in lines:
                for match in pattern.finditer(text, line_start, line_end):
                    start, end = match.span()
                    following = _NEXT_WORD.match(text, end)
                    if overlaps(taken, start, end) or (following is not None and (
                            following.group(1).lower() in self.staff_words
                            or following.group(1).title() in self.caps_name_words)):
                        continue  # "CUSTOMS OFFICERS", "NAVY NATIONAL": no bare short form
                    found.append(Candidate(start, end, "ORG", {
                        "name": holder, "acronym": None, "id": None}, GRAMMAR_PRIORITY))
                    taken.append((start, end))
        return found

    def acronym_candidates(self, text: str, ents: list[Ent], names: list[Candidate],
                           values: Values | None = None,
                           ) -> tuple[list[Candidate], list[tuple[Ent, str]]]:
        """Acronyms defined in parentheses after an organization, and their other mentions.

        Returns the candidates and the gazetteer bodies whose value must get the acronym.
        """
        if "(" not in text:
            return [], []
        values = values or {}
        taken = [(ent.start_char, ent.end_char) for ent in ents]
        long_forms: list[tuple[int, int, dict[str, Any], Ent | None]] = [
            (ent.start_char, ent.end_char, dict(entity_value(values, ent) or {}), ent)
            for ent in ents if ent.label_ == "ORG"
        ]
        long_forms += [(c.start, c.end, c.normalized or {}, None) for c in names]
        found: list[Candidate] = []
        updates: list[tuple[Ent, str]] = []
        listed = {(ent.start_char, ent.end_char): ent for ent in ents if ent.label_ == "ORG"}
        coordinated = coordinated_long_forms(text, long_forms)
        long_forms += coordinated
        claimed = {end: start for start, end, _value, _ent in coordinated}
        widest: dict[int, int] = {}
        for form in long_forms:
            widest[form[1]] = min(form[0], widest.get(form[1], form[0]))
        for start_char, end_char, value, ent in long_forms:
            if claimed.get(end_char, start_char) < start_char:
                continue  # "... Revenue and [Customs] (DRC)": the coordination's acronym
            definition = acronym_after(text, end_char)
            if definition is None:
                if start_char == widest.get(end_char):  # (the longest form ending there)
                    found += _bracketed_pair(text, end_char, value, ents, taken,
                                            partial(self._names_parent, values=values))
                    found += self._gloss_candidates(text, end_char, value, taken)
                continue
            acronym = definition[0]
            if end_char in claimed and claimed[end_char] == start_char:
                found.append(Candidate(start_char, end_char, "ORG", value))
            if start_char != widest.get(end_char) and any(ch.isdigit() for ch in acronym):
                continue  # "... Department of the Ministry of Public Security (C04)": a code
                # with digits is the whole name's, not the listed parent's (letters may spell
                # the parent's own-language name: "... of the Suriname Police Force (KPS)")
            other = listed.get((definition[1], definition[2]))
            long_form = POSSESSOR.sub("", text[start_char:end_char])  # "X's Counter ..."
            if other is not None and value.get("name") and \
                    (entity_value(values, other) or {}).get("name") != value["name"] and \
                    (spells_acronym(long_form, acronym)
                     or not self._same_body(long_form, entity_value(values, other) or {})):
                # "Narcotics Control Bureau (NCB)": the text's own long form wins over a listed
                # body sharing the acronym (INTERPOL's NCB), for every mention; also one it
                # does not spell, a translated name's own acronym ("Suriname Coast Guard
                # (KWS)": the Kustwacht, not the Kenya Wildlife Service; "Directorate General
                # of National Security (DGSN)" of Mauritania, not Morocco's); a headline's
                # mention before the definition too ("... IN ONDCP COCAINE CASE")
                value = {**value, "acronym": value.get("acronym") or acronym}
                updates += [(e, "") for e in ents if e.label_ == "ORG" and e.text == acronym]
                self._redefined[acronym] = value
                continue
            blocking = taken
            if spells_acronym(long_form, acronym):
                # "Department of Revenue and Customs (DRC)": the text's definition beats a
                # list's place or country of that acronym (the Congo's DRC), at every mention
                read_otherwise = {(e.start_char, e.end_char) for e in ents
                                  if e.label_ != "ORG" and e.text == acronym}
                blocking = [span for span in taken if span not in read_otherwise]
            if overlaps(blocking, definition[1], definition[2]):
                continue
            parent = spelled_parent(long_form, acronym)
            if parent is not None:  # "Southern Branch of the Coast Guard Administration (CGA)"
                value = {"name": parent, "acronym": acronym}
            elif not value.get("acronym"):
                value["acronym"] = acronym
                if ent is not None:
                    updates.append((ent, acronym))
            for start, end in mentions(text, acronym):
                if not overlaps(blocking, start, end):
                    found.append(Candidate(start, end, "ORG", value))
        found += place_acronyms(text, ents, values, taken)
        return found, updates

    def _gloss_candidates(self, text: str, end_char: int, value: dict[str, Any],
                          taken: list[tuple[int, int]]) -> list[Candidate]:
        """The body's own-language name in brackets after its English name ("the Customs
        Authority (Alfândega)"): an ORG of its own with the English name's value."""
        gloss = self.foreign_glosses.after(text, end_char)
        if gloss is None or not value.get("name") or gloss in taken:
            return []
        return [Candidate(gloss[0], gloss[1], "ORG", dict(value), GLOSS_PRIORITY)]

    def _same_body(self, long_form: str, listed: Mapping[str, Any]) -> bool:
        """May a long form name the listed body its acronym stands for: the long form names
        that body's country, or its words (or its parent's after an "of the") are all in the
        body's name ("National Criminal Agency (NAKA)": Slovakia's; "French Anti-Drug Office
        (OFAST)": France's)? Else the
        acronym is the text's own ("Suriname Coast Guard (KWS)": no Kenya Wildlife Service)."""
        name = set(str(listed.get("name") or "").lower().replace("-", " ").split())
        parts = long_form.lower().replace("-", " ").split(" of the ")
        for i in range(len(parts)):  # the whole, or its parent after an "of the" ("Global
            # Maritime Crime Programme of the United Nations Office on Drugs and Crime (UNODC)")
            words = {w for w in " ".join(parts[i:]).split()
                     if w not in self.grammar.words.links and w != "the"}
            if words <= name:
                return True
        resolver = self.national_resolver()
        country = listed.get("country")
        return resolver is not None and country is not None \
            and resolver.name_country(long_form) == country

    def process(self, doc: Doc) -> Doc:
        text = doc_text(doc)  # built from every token: read once per doc, shared
        view = DocView(doc, text)
        ents = view.ents
        values = doc.user_data.setdefault(VALUES_KEY, {})
        operations = self.operation_candidates(text, ents, values)
        names = self.organization_candidates(doc, view, operations)
        names = _listed_units_with_parents(text, ents, values, names, self.parent_name_links)
        local = self.local_unit_candidates(text, ents, names)
        # (a local unit's bracketed short form is its own: "... police department (DP of
        # Almaty)")
        acronyms, updates = self.acronym_candidates(text, ents, names + local, values)
        places = {text[c.start:c.end] for c in acronyms if c.label == "LOC"}  # "(KIA)"
        candidates = operations + names + acronyms + self.acronym_body_candidates(
            text, ents, values, places, names)
        candidates += local
        candidates += self.suffix_candidates(text, ents, values)
        placed = self.placed_unit_candidates(text, ents, values, names)
        candidates += placed
        candidates += self.place_list_unit_candidates(text, ents, names)
        candidates += self.district_unit_candidates(text, ents, values)
        candidates += self.bracketed_area_candidates(text, ents, names, values)
        candidates += self.acronym_place_candidates(text, ents, values)
        candidates += [Candidate(start, end, "ORG", value) for start, end, value
                       in self.mission_families.find(text, ents, values)]
        with_country = self.acronym_country_candidates(text, ents, values)
        candidates += with_country + self.acronym_parent_candidates(text, ents, values)
        candidates += self.territorial_unit_candidates(text, ents, values, names, with_country)
        territorial = self.territorial_acronym_candidates(text, ents, values)
        candidates += territorial
        own_units = self.territorial_acronyms.unit_names(
            text, [(c.start, c.end, c.normalized or {}) for c in territorial]) \
            if territorial else {}
        candidates += self.news_credit_candidates(view)
        credited = self.credit_slot_candidates(view, doc.user_data.get(MASTHEAD_KEY) or "")
        candidates += credited
        candidates += self.publisher_candidates(view, values, doc.user_data.get(MASTHEAD_KEY))
        places = {ent.start_char: ent for ent in ents if ent.label_ == "LOC"}
        candidates += _page_acronym_candidates(text, doc.user_data.get(PAGE_ACRONYMS_KEY),
                                               places, own_units)
        headed = headed_definitions(text, self._headed_links)
        masthead = doc.user_data.get(MASTHEAD_KEY) or ""
        candidates += _headed_acronym_candidates(
            text, ents, {**headed_definitions(masthead, self._headed_links), **headed},
            headed, places)
        candidates += self.short_form_candidates(text, ents, candidates)
        candidates += self.named_short_form_candidates(text, ents, candidates)
        repeats = self.caps_mention_candidates(text, ents, candidates)
        candidates += repeats
        candidates += self.place_candidates(doc, text, ents, candidates)
        outlets = {(c.start, c.end) for c in credited}  # a medium is no press unit
        if outlets:  # "By Island Times Staff": the desk's staff word is no part of the name
            candidates = [c for c in candidates if c.label != "ORG"
                          or not self._with_staff_words(text, c, outlets)]
        candidates = [c for c in candidates if c.label != "ORG" or (c.start, c.end) in outlets
                      or not self.signoff_units.is_signoff_unit(text, c.start, c.end)]
        merged = merge_entities(doc, view, candidates, values) if candidates else None
        self._update_acronyms(values, updates)
        if merged is not None:
            view.ents = merged
        units = self.possessive_unit_candidates(text, view.ents)
        if units and (merged := merge_entities(doc, view, units, values)) is not None:
            view.ents = merged  # (after the merge: "the Coast Guard's" is a short form's)
        doc = self.resolve_national(doc, view)
        resolver = self.national_resolver()
        _keep_written_names(values, placed, resolver)
        joins = possessive_units(text, view.ents, values,
                                 resolver.name_country if resolver else None) \
            + self._units_in_bodies(
            text, view.ents, values)
        joined = [Candidate(join.start, join.end, "ORG", join.value) for join in joins]
        joined += [Candidate(start, end, "ORG", value)
                   for start, end, value in self._bodies_with_countries(text, view.ents, values)]
        if joined and (merged := merge_entities(doc, view, joined, values)) is not None:
            view.ents = merged  # "the Uganda Police Force's Anti-Narcotics Department"
            name_repeated_units(view.ents, values, joins)
        if repeats:
            _name_as_repeated(view, values, repeats)
        # the later items of the page read the acronyms it defines
        defined = {**own_units, **{acronym: _headed_value(acronym, name)
                                   for acronym, (name, _s, _e) in headed.items()}}
        if "(" in text:
            defined.update(defined_acronyms(text, view.ents, values))
            doc.user_data[DEFINED_ACRONYMS_KEY] = defined
        elif defined:
            doc.user_data[DEFINED_ACRONYMS_KEY] = defined
        self._define_units(doc, view, values)
        return doc

    def possessive_unit_candidates(self, text: str, ents: Sequence[Ent]) -> list[Candidate]:
        """Units written after a body's possessive that no other rule read ("the Coast
        Guard's 11th District", "the United States Coast Guard's Sector Guam"), named as
        written; the possessive join names them after the body (see
        :func:`~pressparse.entities.possessive_units.units_after_possessives`)."""
        generic = self.national_bodies.generic if self.national_bodies is not None else None
        if generic is None or "s " not in text:
            return []
        return [Candidate(start, end, "ORG", {"name": clean_name(text[start:end]),
                                              "acronym": None, "id": None}, GRAMMAR_PRIORITY)
                for start, end in units_after_possessives(
                    text, ents, generic.unit_or_department_heads)]

    def _units_in_bodies(self, text: str, ents: Sequence[Ent], values: Values) -> list[Joined]:
        """See :func:`~pressparse.entities.possessive_units.units_in_bodies`: a generic unit
        (a unit kind's name) in a body that may be a parent."""
        national = self.national_resolver()
        generic = self.national_bodies.generic if self.national_bodies is not None else None
        if national is None or generic is None:
            return []
        return units_in_bodies(text, ents, values,
                               lambda name: generic.unit_kind(name) is not None,
                               lambda name: not national.no_parent(name))

    def _bodies_with_countries(self, text: str, ents: Sequence[Ent],
                               values: Values) -> list[tuple[int, int, dict[str, Any]]]:
        """See :func:`~pressparse.entities.comma_countries.bodies_with_countries`: a bare
        national body's name, named as the country's by the resolver."""
        national = self.national_resolver() if ", " in text else None
        if national is None:
            return []
        return bodies_with_countries(
            text, ents, values, lambda name: national.bare_national(name) is not None,
            lambda name, code: national.resolved(name, code, code))

    def _define_units(self, doc: Doc, view: DocView, values: Values) -> None:
        """Keep the units this item names in full for the items below it on the page (see
        :meth:`name_page_units`)."""
        generic = self.national_bodies.generic if self.national_bodies is not None else None
        if generic is not None and " of the " in doc_text(doc):
            units = defined_units(view.ents, values,
                                  lambda name: generic.unit_kind(name) is not None)
            if units:
                doc.user_data[DEFINED_UNITS_KEY] = units
            else:
                doc.user_data.pop(DEFINED_UNITS_KEY, None)

    def name_page_units(self, docs: Sequence[Doc]) -> None:
        """A page's items (in order, each read): units named by their short name take the
        full name an item above gave them ("Customs Department" after "the Customs Department
        of the Revenue Service"; see :func:`~pressparse.entities.page_acronyms.page_units`),
        unless they took another country."""
        national = self.national_resolver()
        if national is None or len(docs) < 2 \
                or not any(DEFINED_UNITS_KEY in doc.user_data for doc in docs):
            return

        def same_country(old: str, new: str) -> bool:
            return national.name_country(old) == national.name_country(new)

        page_units([(doc.ents, doc.user_data.get(VALUES_KEY) or {}, doc.user_data)
                    for doc in docs], same_country)

    def _update_acronyms(self, values: Values, updates: list[tuple[Ent, str]]) -> None:
        """Give listed bodies the acronym the text defines for them (``acronym`` set), or a
        redefined acronym's mentions the text's long form (``acronym`` empty)."""
        redefined, self._redefined = self._redefined, {}
        for ent, acronym in updates:
            if acronym:
                value = dict(entity_value(values, ent) or {})
                value["acronym"] = acronym
            else:
                value = dict(redefined.get(ent.text) or entity_value(values, ent) or {})
            values[(ent.start_char, ent.end_char, ent.label_)] = value

    def local_unit_candidates(self, text: str, ents: list[Ent],
                              names: Sequence[Candidate] = ()) -> list[Candidate]:
        """"the Karasai district police department": a place and a lower-case unit head
        (``names``: the grammar's organization names, parents a unit may name after it)."""
        places = [(ent.start_char, ent.end_char) for ent in ents if ent.label_ == "LOC"]
        peoples = {ent.start_char for ent in ents if ent.label_ in COUNTRY_LABELS}
        found = self.local_units.find(text, places, peoples)
        parented = self.local_units.find_parented(text, places)
        if not found and not parented:
            return []
        bodies = {ent.start_char: ent.end_char for ent in ents if ent.label_ == "ORG"}
        for name_candidate in names:
            if name_candidate.label == "ORG":
                bodies[name_candidate.start] = max(name_candidate.end,
                                                   bodies.get(name_candidate.start, 0))
        candidates = []
        taken = {start for start, _end, _name in found}
        for start, end, name in [*found, *(row for row in parented if row[0] not in taken)]:
            # "the Bilasuvar border detachment of the State Border Service": one name with
            # the parent written after it (samples guide); a bare head only so
            parent = _PARENT_AFTER.match(text, end)
            if parent is not None and parent.end() in bodies:
                name += text[end:bodies[parent.end()]]
                end = bodies[parent.end()]
            elif start not in taken:
                continue
            candidates.append(Candidate(start, end, "ORG",
                                        {"name": name, "acronym": None, "id": None},
                                        GRAMMAR_PRIORITY))
        return candidates

    def place_candidates(self, doc: Doc, text: str, ents: list[Ent],
                         others: list[Candidate]) -> list[Candidate]:
        """Places no list knows, from the words around them ("a house in Consett")."""
        if self.places is None:
            return []
        def known() -> list[KnownEntity]:  # read only when a cue needs the entities
            values = doc.user_data.get(VALUES_KEY) or {}
            entities = []
            for ent in ents:
                key = (ent.start_char, ent.end_char, ent.label_)
                entities.append(KnownEntity(*key, values.get(key) or {}))
            return entities

        taken = [(c.start, c.end) for c in others]
        return [Candidate(p.start, p.end, "LOC", p.value, PLACE_CONTEXT_PRIORITY)
                for p in self.places.find(text, known, taken)]

    def _defined_after_title(self, text: str, acronym: str) -> bool:
        """Does the text define ``acronym`` right after a title word ("Provincial Police
        Commander (PPC)")? Then it stands for a person's title, no body."""
        at = text.find(f"({acronym})")
        if at <= 0:
            return False
        words = text[max(0, at - 20):at].split()
        return bool(words) and words[-1] in self.grammar.words.titles

    def acronym_body_candidates(self, text: str, ents: list[Ent],
                                values: Values | None = None,
                                places: Collection[str] = (),
                                names: Sequence[Candidate] = ()) -> list[Candidate]:
        """Acronyms no list knows that an organization cue marks ("the DKNB said"); one
        that spells the initials of a body the text names, up to its first "of" ("State
        Revenue Committee of the Republic of Armenia" ... "officers of the SRC"), is that
        body (when only one body spells it), also without a cue when it has three letters
        or more ("According to the GPD", "operatives of BOC": see
        :func:`spelled_initials`; the bodies are the listed ``ents`` and the grammar's
        ``names``). ``places`` are acronyms the text defines for a place ("Kotoka
        International Airport (KIA)"): no body's."""
        found = [row for row in self.acronym_bodies.find(text) if row[2] not in places
                 and not self._defined_after_title(text, row[2])]
        found += self._bracket_defined(text, {row[2] for row in found} | set(places))
        named = [(ent.text, entity_value(values or {}, ent)) for ent in ents
                 if ent.label_ == "ORG"] + [(text[c.start:c.end], c.normalized) for c in names
                                            if c.label == "ORG"]
        by_initials: dict[str, list[dict[str, Any]]] = {}
        for written, value in named:
            if " " in written and value and value.get("name"):
                for letters in spelled_initials(written):
                    by_initials.setdefault(letters, []).append(value)
        if by_initials:  # an acronym no cue marks that spells a body the text names
            cued = {acronym for _, _, acronym in found}
            found += [row for row in self.acronym_bodies.spelled(text, set(by_initials) - cued)
                      if row[2] not in places]
        if not found:
            return []
        taken = [(ent.start_char, ent.end_char) for ent in ents]
        spelled = spelled_bodies(ents, values or {}, {acronym for _, _, acronym in found})
        for letters, bodies in by_initials.items():
            if letters not in spelled and len({body["name"] for body in bodies}) == 1:
                spelled[letters] = {**bodies[0], "acronym": letters}
        org_spans: list[tuple[int, int]] = []
        other_spans: list[tuple[int, int]] = []
        for ent in ents:
            (org_spans if ent.label_ == "ORG" else other_spans).append(
                (ent.start_char, ent.end_char))
        long_forms = self._spelled_long_forms(
            text, {row[2] for row in found} - set(spelled),
            org_spans + [(c.start, c.end) for c in names], other_spans)
        spelled.update({acronym: c.normalized or {} for acronym, c in long_forms.items()})
        return list(long_forms.values()) + [
            Candidate(start, end, "ORG",
                      spelled.get(acronym) or {"name": acronym, "acronym": acronym, "id": None},
                      GRAMMAR_PRIORITY)
            for start, end, acronym in found if not overlaps(taken, start, end)]

    def _bracket_defined(self, text: str, known: Collection[str],
                         ) -> list[tuple[int, int, str]]:
        """Acronyms no cue marks that the text defines in brackets after capitalized words
        spelling them, where a cue marks that long form as a body ("the RCMP's Federal
        Serious and Organized Crime (FSOC) unit", "Specialists of the Landelijke Faciliteit
        Ontmantelen (LFO)", "organised by the Narcotics and Affairs of Border (NAB)"): every
        mention, the definition's own too (samples guide: an acronym in brackets after the
        long form is a separate ORG). A title's acronym is none ("Provincial Police
        Commander (PPC)")."""
        found: list[tuple[int, int, str]] = []
        seen: set[str] = set()  # only an acronym's first bracket defines it
        for match in _BRACKETED.finditer(text):
            acronym = match["acronym"]
            if acronym in seen:
                continue
            seen.add(acronym)
            if acronym in known or acronym in self.acronym_bodies.stop:
                continue
            span = spelled_long_form(text, acronym, self._spelled_links, self._long_form_stop)
            if span is None or not self.acronym_bodies.bracket_marked(text, span[0],
                                                                      match.end() - 1):
                continue
            found += [(start, end, acronym) for start, end in mentions(text, acronym)]
        return found

    def _spelled_long_forms(self, text: str, acronyms: Collection[str],
                            taken: list[tuple[int, int]],
                            inner: Sequence[tuple[int, int]] = ()) -> dict[str, Candidate]:
        """The long forms the text writes before a bracketed body acronym no list or
        found name spells ("the Partners Against Narcotics Trafficking (PANT) task force",
        "PANT detectives"): capitalized words that spell it, an ORG named as written, whose
        name the acronym's mentions take (samples guide: an acronym and its long form carry
        one name). ``taken`` spans block a long form; ``inner`` ones (places, countries)
        only where they cross its edge: a place inside the name is part of it ("Dienst
        Regionale Recherche Rotterdam (DRR)")."""
        found: dict[str, Candidate] = {}
        for acronym in acronyms:
            span = spelled_long_form(text, acronym, self._spelled_links, self._long_form_stop)
            if span is None or overlaps(taken, *span) or crosses(inner, *span):
                continue
            found[acronym] = Candidate(*span, "ORG", {
                "name": clean_name(text[span[0]:span[1]]), "acronym": acronym, "id": None},
                GRAMMAR_PRIORITY)
        return found

    def resolve_national(self, doc: Doc, view: DocView | None = None) -> Doc:
        """Country-less national bodies and units get their canonical names (see
        :class:`NationalBodyResolver`); ``view`` is the doc's current view, if made. The
        text's home country they were resolved by is kept in ``doc.user_data`` under
        :data:`HOME_COUNTRY_KEY` for the later stages (read it with
        :func:`pressparse.extensions.home_country`), the country of its own dateline under
        :data:`DATELINE_COUNTRY_KEY` for the items below it on the page (see
        :mod:`pressparse.entities.page_acronyms`)."""
        national = self.national_resolver()
        if national is not None:
            values = doc.user_data.get(VALUES_KEY)
            if values is None:
                values = {}  # (as before: a doc without values gets none stored)
            countries = national.apply(
                view or DocView(doc, doc_text(doc)), values, doc.user_data.get(MASTHEAD_KEY),
                page_context(doc.user_data))
            doc.user_data[HOME_COUNTRY_KEY] = countries.home
            if countries.wanted:
                doc.user_data[HOME_WANTED_KEY] = True
            if countries.dateline is not None:
                doc.user_data[DATELINE_COUNTRY_KEY] = countries.dateline
        return doc

    def ambiguous_place_ids(self) -> set[str]:
        """Ids of places also named like people or things ("Orion"): an operation's name
        wins over them."""
        if "pressparse_gazetteer" not in self.nlp.pipe_names:
            return set()
        gazetteer = self.nlp.get_pipe("pressparse_gazetteer")
        gazetteer.ensure_loaded()
        return gazetteer.data.ambiguous_place_ids

    def national_resolver(self) -> NationalBodyResolver | None:
        """Country-less national bodies ("the Interior Ministry") get their country's name;
        needs the gazetteer stage's phrase index (None when the pipeline has none)."""
        if self._national is None and self.national_bodies is not None \
                and "pressparse_gazetteer" in self.nlp.pipe_names:
            gazetteer = self.nlp.get_pipe("pressparse_gazetteer")
            gazetteer.ensure_loaded()
            data = gazetteer.data
            self._national = NationalBodyResolver(self.national_bodies, self.nlp, data.index,
                                                  data.countries, data.organizations.values(),
                                                  data.contested_place_ids)
        return self._national


# "(FSOC)": a bracketed acronym of three capitals or more (see :meth:`_bracket_defined`)
_BRACKETED = re.compile(r"\((?P<acronym>[A-Z][A-Z0-9&]{2,9})\)")


def _page_acronym_candidates(text: str, table: Mapping[str, dict[str, Any]] | None,
                             places: Mapping[int, Ent],
                             own_units: Container[str] = ()) -> list[Candidate]:
    """Bare mentions of acronyms an item above on the page defined ("DLEU officers"): ORGs
    with the defined body's value (:mod:`~pressparse.entities.page_acronyms`), or its office
    in the place after it (:func:`_defined_mention`; ``places``: the LOCs by start), less
    the acronyms of the item's own territorial units (``own_units``: they decide)."""
    if not table:
        return []
    return [_defined_mention(text, start, end, value, places)
            for start, end, value in page_mentions(text, table, own_units)]


def _headed_acronym_candidates(text: str, ents: Sequence[Ent],
                               definitions: Mapping[str, tuple[str, int, int]],
                               own: Mapping[str, tuple[str, int, int]],
                               places: Mapping[int, Ent]) -> list[Candidate]:
    """Bare mentions of the acronyms a line of the item or of the page's masthead defines
    by opening with them and their name ("ALERT - Alberta Law Enforcement Response Teams"):
    ORGs named by it, outside the defining line (a page's title, furniture) and where no
    entity stands (a listed body's acronym keeps its list's reading); ``places``: the LOCs
    of ``ents`` by start."""
    taken = [(ent.start_char, ent.end_char) for ent in ents]
    found: list[Candidate] = []
    for acronym, (name, line_start, line_end) in definitions.items():
        inside = (line_start, line_end) if acronym in own else (0, 0)
        found += [_defined_mention(text, start, end, _headed_value(acronym, name), places)
                  for start, end in mentions(text, acronym)
                  if not inside[0] <= start < inside[1] and not overlaps(taken, start, end)]
    return found


def _defined_mention(text: str, start: int, end: int, value: dict[str, Any],
                     places: Mapping[int, Ent]) -> Candidate:
    """A bare mention of an acronym the text or its page defines, with the defined body's
    value; with a town or region right after it on its line ("ALERT Edmonton"), the body's
    office there, one ORG named as written (a unit whose name carries its place)."""
    place = places.get(end + 1) if text[end:end + 1] == " " \
        and text[start - 1:start] not in {"(", "/", "-"} else None
    if place is not None and not _capitalized_next(text, place.end_char):
        return Candidate(start, place.end_char, "ORG", {
            "name": text[start:place.end_char], "acronym": None, "id": None})
    return Candidate(start, end, "ORG", dict(value), PAGE_ACRONYM_PRIORITY)


def _headed_value(acronym: str, name: str) -> dict[str, Any]:
    """The value of a body defined by a line opening with its acronym and name."""
    return {"name": name, "acronym": acronym, "id": None}


def _listed_units_with_parents(text: str, ents: Sequence[Ent], values: Values,
                               names: list[Candidate], links: frozenset[str],
                               ) -> list[Candidate]:
    """"Main Directorate for Drug Control ... of the Criminal Police of the Ministry of
    Internal Affairs": a grammar name that opens with a listed unit whose canonical name has
    its parents ("... of the Criminal Police of the Ministry of Internal Affairs of the
    Republic of Belarus") and goes on with "of" and words all in that name is the listed
    unit written with its parents: it takes the listed value (one body, one name). Words
    compare in lower case, less the ``links`` ("of", "the")."""
    listed = {ent.start_char: ent for ent in ents if ent.label_ == "ORG"}
    if not listed:
        return names
    found: list[Candidate] = []
    for name in names:
        ent = listed.get(name.start)
        value = entity_value(values, ent) if ent is not None else None
        if ent is not None and value and value.get("id") and ent.end_char < name.end \
                and " of " in (value.get("name") or "") \
                and _OF_PARENT.match(text, ent.end_char) is not None:
            written = _name_words(text[ent.end_char:name.end], links)
            if written and set(_name_words(value["name"], links)).issuperset(written):
                name = replace(name, normalized=dict(value))
        found.append(name)
    return found


def _name_words(name: str, links: frozenset[str]) -> list[str]:
    """A name's words in lower case, less its ``links`` ("of", "the", "and")."""
    return [w for w in name.lower().replace(",", " ").split() if w not in links]


_OF_PARENT = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")


def _name_as_repeated(view: DocView, values: Values,
                      repeats: Sequence[Candidate]) -> None:
    """A body written again in a line of capitals ("COAST GUARD") takes the final name of the
    mixed-case mention it repeats ("Coast Guard" -> "Grenada Coast Guard")."""
    by_text: dict[str, dict[str, Any]] = {}
    for ent in view.ents:
        value = values.get((ent.start_char, ent.end_char, "ORG")) if ent.label_ == "ORG" \
            else None
        written = " ".join(ent.text.split())
        if value and written.upper() != written:
            by_text.setdefault(written, value)
    for candidate in repeats:
        key = (candidate.start, candidate.end, "ORG")
        value = by_text.get((candidate.normalized or {}).get("name") or "")
        if key in values and value is not None:
            values[key] = dict(value)


def _keep_written_names(values: Values, units: Sequence[Candidate],
                        national: NationalBodyResolver | None) -> None:
    """A unit whose name carries its place ("Coast Guard Station Tacloban") keeps its name as
    written (samples guide), also when no list knows the place and the national bodies' rules
    renamed it as a bare national unit; only the name is put back, its other fields stay.
    A unit written after a listed parent ("Bangladesh Coast Guard Zone Chattogram") keeps
    the "<unit> of <parent>" name ``national`` gave it, as "DEA Atlanta Field Division" does,
    and so does one written after its parent's possessive ("Vancouver Police Department's
    Organized Crime Section")."""
    for unit in units:
        key = (unit.start, unit.end, "ORG")
        value = values.get(key)
        if value is None or unit.normalized is None:
            continue
        name = unit.normalized["name"]
        if national is None or (national.parent_first(name) is None
                                and not any(gap in name for gap in POSSESSIVE_GAPS)):
            values[key] = {**value, "name": name}


def _bracketed_pair(text: str, end_char: int, value: dict[str, Any], ents: Sequence[Ent],
                    taken: list[tuple[int, int]],
                    names_parent: Callable[[str, Ent], bool]) -> list[Candidate]:
    """"Aceh Provincial National Narcotics Agency (BNNP Aceh)", "... Brigade (BRIANCO
    Arica)", "... Unit of the National Police (DAU PN)": a unit's acronym and its place, or
    its parent's acronym, in one bracket after the long form (ending at ``end_char``) are one
    ORG, the long form's body, there and where the text writes the pair again. The second
    word is a place the gazetteer found or a listed body the long form names as its parent
    (after "of"); a pair the lists know as written is left to them."""
    pair = acronym_pair_after(text, end_char)
    if pair is None or not value.get("name"):
        return []
    acronym, second, start, end = pair
    second_ent = next((ent for ent in ents if ent.start_char == end - len(second)
                       and ent.end_char == end), None)
    # (two acronyms no list reads apart, "(EUPOL COPPS)": one acronym of two words)
    two_words = second_ent is None and _TWO_WORD_ACRONYM.fullmatch(second) is not None \
        and not any(ent.start_char < end and ent.end_char > start for ent in ents)
    if not two_words and (second_ent is None or (
            second_ent.label_ != "LOC" and not names_parent(value["name"], second_ent))):
        return []
    written = text[start:end]
    if (start, end) in taken:
        return []
    pair_value = {**value, "acronym": value.get("acronym") or (written if two_words else acronym)}
    return [Candidate(s, e, "ORG", pair_value, GRAMMAR_PRIORITY)
            for s, e in mentions(text, written) if (s, e) not in taken]





_TWO_WORD_ACRONYM = re.compile(r"[A-Z]{2,8}")  # "COPPS" of "(EUPOL COPPS)"
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
# a unit's own name in quotes right after its head ('Regiment "Puglia"', 'Squadron "Oberá"')
_QUOTED_NAME = re.compile(r"[ \t]+[\"\u201c]([A-Z][^\W\d_]*(?:[ \t][A-Z][^\W\d_]*){0,2})"
                          r"[\"\u201d]")  # (letters only: "Interaction-2025" is an operation)
# "<unit> of the <body>", "<unit> of <ACRONYM>" (the body an entity starting right after)
_PARENT_AFTER = re.compile(r" of (?:the )?")
_BODY_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,6}")  # "HSI", "OS7", "BNNP"


def _capitalized_next(text: str, end: int) -> bool:
    """Does a capitalized word or a bracket follow ``end`` on its line (one space between)?"""
    return text[end:end + 1] in {" ", "\t"} and (text[end + 1:end + 2].isupper()
                                                  or text[end + 1:end + 2] == "(")
_AND_OF = frozenset({"and", "of", "&"})
_NAME_PARTS = frozenset({"LOC", "COUNTRY", "NORP"})


def _credited_spans(view: DocView, found: Sequence[tuple[int, int]],
                    blocking: Callable[[int, int], bool], priority: int,
                    name: Callable[[str], str] | None = None) -> list[Candidate]:
    """An outlet's ORG candidate for each credited span in ``found`` that is whole tokens
    and that ``blocking`` lets through, named as written or by ``name`` of the text."""
    text = view.text
    candidates = []
    for start, end in found:
        if not view.whole_tokens(start, end) or blocking(start, end):
            continue
        written = text[start:end]
        candidates.append(Candidate(start, end, "ORG",
                                    {"name": name(written) if name else written,
                                     "acronym": None, "id": None},
                                    priority))
    return candidates


def _skip_space(view: DocView, i: int) -> int:
    """The first token from ``i`` that is no whitespace."""
    while i < len(view) and view[i].isspace():
        i += 1
    return i


def _body_after(ents: Sequence[Ent], end: int) -> bool:
    """Does a body or a country's name start right after ``end`` (past one space): "Revenue
    and [An Garda Síochána]" is a list of two bodies, not one name?"""
    return any(ent.label_ in {"ORG", "COUNTRY"} and end < ent.start_char <= end + 2
               for ent in ents)


def _opens_sentence(text: str, start: int) -> bool:
    """Does the word at ``start`` open the text, a line or a sentence (after quotes)?"""
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0\"'\u201c\u2018(":
        i -= 1
    return i < 0 or text[i] in ".!?:\n\r|\u2013\u2014-"








_CENTRES = frozenset({"Center", "Centre"})
# A programme's phase after its name: a Roman numeral from II, or a version "2.0".
_PHASE = re.compile(r" (?:I{2,3}|IV|VI{1,3}|IX|\d\.0)(?![\w\-/]|\.\w)")


_PHASE_CUE = re.compile(r" (?:I[IVX]|VI|IX|\d\.0)")


# "of" or "of the" between a territorial unit's place and its body
_DISTRICT_LINK = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_TRAILING_OF = re.compile(r"[ \t]+of(?:[ \t]+the)?[ \t]*$")  # "... Affairs of the " + country




def _abbreviated_places(ents: Sequence[Ent], values: Values) -> dict[int, tuple[str, str]]:
    """Places written with a contracted first word ("Mt Hagen", "Ft. Portal", "St Helier"):
    start token -> (written form, the place's name), so a unit named after the place writes it
    out as the place alone does ("Mt Hagen Police Station" -> "Mount Hagen Police Station")."""
    found: dict[int, tuple[str, str]] = {}
    for ent in ents:
        if ent.label_ != "LOC":
            continue
        first, _, rest = ent.text.partition(" ")
        full = (entity_value(values, ent) or {}).get("name")
        if not rest or not full or full == ent.text or not full.endswith(f" {rest}"):
            continue
        word = full[:-len(rest) - 1]
        if " " not in word and _contracts(first.rstrip("."), word):
            found[ent.start] = (ent.text, full)
    return found


def _contracts(short: str, word: str) -> bool:
    """``short`` is a contraction of ``word``: shorter, same first letter, its letters in order
    ("Mt" of "Mount", "Ft" of "Fort", "St" of "Saint")."""
    if not short or len(short) >= len(word) or short[0] != word[0]:
        return False
    letters = iter(word[1:])
    return all(letter in letters for letter in short[1:])





@Language.factory("pressparse_organizations", default_config={"data_dir": None})
def make_organizations(nlp: Language, name: str,
                       data_dir: str | None) -> OrganizationGrammarComponent:
    return OrganizationGrammarComponent(nlp, name, data_dir)


def _title_case_title_tokens(doc: Doc) -> int:
    """The token count of the item's title line when it is written in Title Case (its words
    of four letters or more nearly all capitalized), else 0: there, capitalized words say
    nothing about names."""
    title_end = doc.user_data.get(TITLE_END_KEY)
    if not title_end:
        return 0
    words = _LONG_WORD.findall(doc_text(doc)[:title_end])
    if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return 0
    span = doc.char_span(0, title_end, alignment_mode="contract")
    return span.end if span is not None else 0


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _title_break(doc: Doc, view: DocView) -> set[int]:
    """The line break after the item's title (set by the driver), as a token no name spans:
    "...Agents Seize Over 900 Pounds / U.S. Attorney's Office" are two lines, not one name."""
    title_end = doc.user_data.get(TITLE_END_KEY)
    if title_end is None or title_end >= len(view.text):
        return set()
    after = view.expand(title_end, title_end + 1)
    if after is None or after[0] >= after[1] or not view[after[0]].isspace():
        return set()  # a space kept as the title's last token's trailing whitespace
    return {after[0]}

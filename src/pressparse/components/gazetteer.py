"""Countries, organizations, places, substances and demonyms from gazetteer files."""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import pairwise
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from ..data import read_jsonl
from ..entities.gazetteer_data import PLACE_HEAD, GazetteerData, read_word_lists
from ..entities.masthead import MASTHEAD_KEY
from ..entities.name_glosses import without_glossed_places
from ..entities.phrases import Match, TokenTexts
from ..entities.place_apposition import place_in_apposed_country, prefer_apposed_countries
from ..entities.place_grammar import KnownSpan, abbreviates
from ..entities.place_routes import NamedRoadFinder, NumberedRouteFinder
from ..entities.province_readings import ProvinceCues, headed_reading, readings_by_span
from ..entities.records import PlaceRecord
from ..entities.road_numbers import RoadNumberFinder
from ..entities.shared_acronyms import SharedAcronyms
from ..entities.substance_readings import (
    bracketed_substance_forms,
    everyday_substances,
    substances_after_amounts,
    substances_before_amounts,
    substances_in_capitals,
    substances_in_lists,
)
from ..entities.surname_places import SurnamePlaces, everyday_words
from ..entities.text import OPEN_QUOTES
from ..entities.vessel_names import VesselNames
from ..extensions import VALUES_KEY, doc_text
from ..lru import LRUCache
from ..recase import CASES_FILE, word_cases
from ..spans import Candidate, OverlapPolicy, add_entities
from ..word_alternation import escaped_alternation
from .base import DataComponent

PLACE_PRIORITY = -1  # a listed place wins a tie with a grammar place


class Gazetteer(DataComponent):
    """Countries, organizations, places, substances and demonyms from gazetteer files.

    Names match case-insensitively but must keep the capitals of the listed form ("china"
    is no country, "CHINA" in a headline is); acronyms match case-sensitively. Overlaps are
    resolved by :func:`pressparse.spans.add_entities` (longest span, then label priority), so
    a country inside an organization's name is not reported on its own.
    """

    factory = "pressparse_gazetteer"
    data: GazetteerData

    def load(self, data_dir: Path) -> None:
        self.data = GazetteerData(self.nlp, data_dir)
        self._mastheads: LRUCache[str, frozenset[str]] = LRUCache(256)
        context_path = data_dir / "country_context.jsonl"
        lists = read_word_lists(context_path)
        self.country_context = CountryContext(
            frozenset(lists.get("places_not_countries", [])),
            frozenset(lists.get("title_words_after_country", [])),
            frozenset(lists.get("words_after_no_demonym", [])),
            frozenset(lists.get("words_before_no_demonym", [])),
            frozenset(lists.get("language_verbs", [])),
            frozenset(lists.get("language_links", [])),
            frozenset(lists.get("language_adverbs", [])))
        words_path = data_dir / "place_words.jsonl"
        place_lists = read_word_lists(words_path)
        if self.data.places is not None:
            self.data.places.configure(place_lists)
        strings = self.nlp.vocab.strings
        self.named_country_places = NamedCountryPlaces.load(
            data_dir, self.data.headed_name_countries, self.data.head_forms.name,
            place_lists.get("saint_abbreviations", []))
        self._gated_orths = frozenset(strings.add(word)
                                      for word in self.named_country_places.first_words)
        self.roads = RoadNumberFinder(place_lists.get("road_words", []),
                                      place_lists.get("road_followers", []))
        self.routes = NumberedRouteFinder(place_lists.get("route_number_words", []),
                                          place_lists.get("route_number_qualifiers", []))
        self.named_roads = NamedRoadFinder(place_lists.get("named_road_heads", []),
                                           place_lists.get("named_road_prepositions", []),
                                           place_lists.get("named_road_generic", []))
        # a doc holds a road number or a named road only with a road word or a named road's
        # head somewhere: one C-level set check
        self._road_orths = frozenset(strings.add(form) for word in (*self.roads.road_words,
                                                                    *self.routes.road_words,
                                                                    *self.named_roads.last_words)
                                     for form in (word, word.title(), word.upper()))
        self.feature_heads = frozenset(place_lists.get("bare_feature_heads", []))
        self._apposed_country_stops = frozenset(place_lists.get("apposed_country_stops", []))
        water_words = place_lists.get("water_context_words", [])
        # "on the Prut", "across the Caspian": a name the wording makes water (one scan)
        self._water_followers = frozenset(place_lists.get("water_followers", []))
        self._water_context = re.compile(
            r"\b(?:" + "|".join(map(re.escape, water_words)) + r")\s+$",
            re.IGNORECASE) if water_words else None
        self._local_bodies = _local_body_names(data_dir / "local_body_names.jsonl")
        # the names a text of ASCII letters only can hold (most texts: a shorter pre-check)
        self._local_ascii_names = [name for name in self._local_bodies if name.isascii()]
        self._local_pattern = re.compile(
            r"(?<!\w)(?:" + escaped_alternation(self._local_bodies) + r")(?!\w)"
        ) if self._local_bodies else None
        self._body_values: dict[str, dict[str, Any] | None] = {}
        court_path = data_dir / "numbered_courts.jsonl"
        court_lists = read_word_lists(court_path)
        # "Court No.", "Tribunal Nº": a court's number follows (read before the full pattern)
        self._court_number = re.compile(
            r"(?:" + "|".join(map(re.escape, court_lists.get("court_heads", []))) + r")[ \t]+N")
        self._numbered_court = _numbered_court_pattern(
            court_lists.get("court_heads", []), court_lists.get("court_qualifiers", []),
            court_lists.get("court_place_stops", []))
        # "the patrol boat \"Ochamchire\"", "the patrol vessel Kaohsiung": a ship's name
        self._vessel_orths = frozenset(strings.add(word) for word in
                                       place_lists.get("vessel_nouns", []))
        self._quote_orths = frozenset(strings.add(word) for word in OPEN_QUOTES)
        self._saint_orths = frozenset(strings.add(word) for word in
                                      place_lists.get("saint_abbreviations", []))
        self._feature_modifier_orths = frozenset(
            strings.add(word) for word in place_lists.get("bare_feature_modifier_nouns", []))
        self._town_words = frozenset(place_lists.get("town_prefix_words", []))
        # "Herat police", "in Nangarhar and Kandahar": the province named like its capital
        self._province_cues = ProvinceCues.from_lists(place_lists)
        # "on Monday in Herat": a date's word before "in" contains no place
        self._not_containing = frozenset(place_lists.get("date_words", []))
        self._admin_heads = frozenset(place_lists.get("place_heads_admin", []))
        # "Police", "Command" before "in": a body, no place containing the next name
        self._body_nouns = frozenset(place_lists.get("place_head_compound_nouns", []))
        # a column head's word ("Region", "OBLASTS"): a doc without one has no such table
        self._admin_head_orths = frozenset(
            strings.add(form) for head in self._admin_heads for word in head.split()
            for plural in (word, word + "s") for form in (plural, plural.title(), plural.upper()))
        self._town_orths = frozenset(strings.add(word) for word in self._town_words)
        self._of_orth = strings.add("of")
        self._compass_orths = frozenset(
            strings.add(form) for word in place_lists.get("region_compass_words", [])
            for form in (word, word.upper()))  # "NORTH ARABIAN SEA" in a capitals line
        everyday = self._everyday_words(data_dir)
        self.surnames = self._surname_places(data_dir, place_lists, everyday)
        if self.data.places is not None:  # "Economic region": no place's name
            self.data.places.set_everyday_words(everyday)
        self.vessels = VesselNames(place_lists.get("vessel_prefixes", []),
                                   place_lists.get("vessel_name_links", []),
                                   place_lists.get("vessel_locatives", []),
                                   place_lists.get("ship_class_words", []))
        # a doc with no ship's prefix and no class word has no ship to read
        self._ship_rule_orths = frozenset(strings.add(word)
                                          for word in self.vessels.gate_words())

    def token_candidates(self, doc: Doc,
                         texts: TokenTexts | None = None) -> list[TokenCandidate]:
        """Every gazetteer match and grammar place, in token offsets (before overlap
        resolution).

        Grammar places come first so that on an equal span their reading wins ("Tver" in "the
        Tver and Kaluga regions" is Tver Oblast, not the city).
        """
        texts = texts if texts is not None else TokenTexts(doc)
        matches = list(self.data.index.matches(doc, texts))
        roads = self.road_numbers(doc, texts)
        if not matches and self._numbered_court is not None:
            roads = roads + self.numbered_courts(doc, texts)
        waters = self.bare_waters(doc, texts) if self._water_context is not None else []
        if not matches and not roads and not waters:
            return []
        matches = substances_after_amounts(texts, matches, self.data.amount_words)
        matches = substances_before_amounts(texts, matches, self.data.amount_words,
                                            self.data.substance_seizure_words,
                                            self.data.caps_place_cues)
        if self.data.everyday_substances:
            matches = everyday_substances(texts, matches, self.data.everyday_substances,
                                          self.data.everyday_determiners,
                                          self.data.everyday_modified)
        matches = substances_in_capitals(texts, matches, self.data.caps_place_cues)
        matches = substances_in_lists(texts, matches)
        if self.data.bracketed_forms:
            matches = bracketed_substance_forms(texts, matches, self.data.bracketed_forms)
        heads: list[tuple[int, int, int]] = []
        found: list[TokenCandidate] = []
        bounds: PlaceBounds | None = None
        orths, size, modifier_orths = texts.orths, len(texts), self._feature_modifier_orths
        saint_orths = self._saint_orths
        # read while the matches are walked: a compass word before a place, a town word
        # and "of" before one, a name two listed places share (see subdivision_in_context)
        compass, town_orths, of_orth = self._compass_orths, self._town_orths, self._of_orth
        compass_hit = towns = shared_name = False
        last_place, last_name = (-1, -1), ""
        for start, end, entry in matches:
            label = entry.label
            if label == "COUNTRY" and start and orths[start - 1] in compass:
                compass_hit = True  # "Western Slovakia"
            if label == "LOC":
                if start and orths[start - 1] in compass:
                    compass_hit = True
                elif start > 1 and orths[start - 1] == of_orth \
                        and orths[start - 2] in town_orths:
                    towns = True
                name = entry.normalized.get("name") or ""
                if (start, end) == last_place and name != last_name and (
                        name.startswith(last_name + " ") or last_name.startswith(name + " ")
                        or name.endswith(" " + last_name) or last_name.endswith(" " + name)):
                    shared_name = True  # a town and a subdivision: "Escuintla (Department)"
                last_place, last_name = (start, end), name
            if label == PLACE_HEAD:
                heads.append((0, start, end))
            elif label == "LOC" and in_compound(texts, start, end):
                bounds = bounds or PlaceBounds(matches, self.data.route_words)
                if not bounds.route(texts, start, end):
                    continue
                found.append(TokenCandidate(start, end, label, dict(entry.normalized),
                                            entry.priority))
            elif label == "LOC" and start and orths[start - 1] in saint_orths:
                continue  # "St Elizabeth" is no Elizabeth: a saint's place, unlisted
            elif label == "LOC" and start and self._vessel_name(orths, start):
                continue  # 'the patrol boat "Ochamchire"': a ship named after a town
            elif label == "LOC" and end < size and orths[end] in modifier_orths \
                    and self._bare_feature_modifier(texts, start, end, entry):
                continue  # "the Atlantic routes", "the Pacific coast": no place
            elif label == "ORG" and end - start == 1 and texts[start].isupper() \
                    and in_compound(texts, start, end, numbers=True):
                continue  # "SARS-CoV-2", "NATO-Russia": an acronym inside a longer name
            else:
                value = dict(entry.normalized)
                if label == "LOC" and value.get("id"):
                    spelled = written_spelling(value.get("name") or "", texts.span_text(start, end))
                    if spelled is not None:  # "Kordai" (listed "Korday"): as written
                        value["name"] = spelled
                found.append(TokenCandidate(start, end, label, value, entry.priority))
        found += self.numbered_units(doc, texts)
        if self._numbered_court is not None:
            found += self.numbered_courts(doc, texts)
        found += roads
        if compass_hit:
            found += self.compass_regions(texts, found)
        # places of the text's or the publisher's countries first, also for the place
        # grammar's reading ("the ports of Paraná" after "Receita Federal": the state)
        found = prefer_named_countries(
            found, self.masthead_countries(doc.user_data.get(MASTHEAD_KEY)))
        found = prefer_apposed_countries(texts, found)  # "San Fernando, Trinidad"
        found = place_in_apposed_country(  # "Tripoli, Lebanon"
            texts, found, self._apposed_country_stops)
        if waters:  # the wording made them water: before any town of the text's country
            found = waters + found
        if not self._gated_orths.isdisjoint(orths):  # (most docs: no such first word)
            found += self.named_country_places.find(
                doc_text(doc), texts, found,
                self.masthead_countries(doc.user_data.get(MASTHEAD_KEY)))
        places = self.data.places if heads else None
        known = [KnownSpan(c.start, c.end, c.label, c.normalized) for c in found] \
            if places is not None else []
        found += demonym_bodies(found)
        if places is not None:
            found = [TokenCandidate(p.start, p.end, "LOC", p.value, PLACE_PRIORITY)
                     for p in places.find(texts, known, heads)] + found
        if self._local_pattern is not None:
            found += self.local_body_names(doc, texts, found)
        shared = self.data.shared_acronyms
        if shared.ids and any(c.label == "ORG" and c.normalized.get("id") in shared.ids
                              for c in found):
            found = resolve_shared_acronyms(doc, texts, found, shared)
        if self._town_words and (towns or shared_name):
            # (most docs: no name two listed places share, none after a town word)
            found = subdivision_in_context(doc, texts, found, self._town_words,
                                           self.data.major_city_ids, towns, self._body_nouns,
                                           self._not_containing)
        if shared_name:
            found = self._province_cues.apply(texts, found)
        if not self._admin_head_orths.isdisjoint(orths):  # (most docs: no "Region" word)
            found = subdivisions_in_columns(doc, texts, found, self.data.place_lookup,
                                            self._admin_heads, self._town_words,
                                            self.data.major_city_ids)
        found = first_per_span(found)
        found = self.surnames.apply(doc_text(doc), texts, found, _token_span)
        if not self._ship_rule_orths.isdisjoint(orths):  # (most docs: no "HMCS", "-class")
            found = self.vessels.apply(texts, found, _token_span)
        found = without_glossed_places(doc_text(doc), found, _char_span(texts))
        return self.country_context.apply(texts, found)

    @staticmethod
    def _everyday_words(data_dir: Path) -> list[str]:
        """The recasing's everyday words of running text (``word_cases.jsonl``)."""
        preprocess = data_dir.parent / "pressparse_preprocess"
        return everyday_words(word_cases(preprocess)) \
            if (preprocess / CASES_FILE).is_file() else []

    @staticmethod
    def _surname_places(data_dir: Path, place_lists: Mapping[str, list[str]],
                        everyday: list[str]) -> SurnamePlaces:
        """The surname filter: no given name is a sentence opener, a title, a head noun, a
        compass word, a place's lead or an everyday word of running text (the organizations'
        word lists, the place words and the recasing's ``word_cases.jsonl``)."""
        org_path = data_dir.parent / "pressparse_organizations" / "word_lists.jsonl"
        org_lists = read_word_lists(org_path)
        titles = [*org_lists.get("title_words", []), *org_lists.get("role_words", [])]
        not_given = [*org_lists.get("sentence_words", []), *org_lists.get("head_nouns", []),
                     *place_lists.get("place_leads", []),
                     *place_lists.get("region_compass_words", []),
                     *place_lists.get("saint_abbreviations", []),
                     *place_lists.get("place_name_stop", []),
                     *place_lists.get("surname_not_given", []),
                     *everyday]
        return SurnamePlaces(not_given, titles, place_lists.get("person_name_labels", []),
                             place_lists.get("person_alias_words", []))

    def _vessel_name(self, orths: Sequence[int], start: int) -> bool:
        """Does a vessel's noun come right before ``start`` (an opening quote between):
        'the patrol vessel Kaohsiung', 'the patrol boat "Ochamchire"'?"""
        before = start - 1
        if orths[before] in self._quote_orths and before:
            before -= 1
        return orths[before] in self._vessel_orths

    def compass_regions(self, texts: TokenTexts,
                        found: list[TokenCandidate]) -> list[TokenCandidate]:
        """"North Arabian Sea", "Eastern Caribbean": a compass word written capitalized
        right before a sea, a region of several countries or a listed town is part of its
        name (region_compass_words: "South Tarawa", "North York"); before a country ("Western
        Slovakia") it names a region of that country, written as the text writes it."""
        orths, compass = texts.orths, self._compass_orths
        extended: list[TokenCandidate] = []
        listed: set[tuple[int, int]] | None = None  # ("South America", "Northern Ireland")
        for candidate in found:
            start = candidate.start
            if candidate.label == "COUNTRY" and start and orths[start - 1] in compass \
                    and texts.space_after(start - 1) and candidate.normalized.get("iso2") \
                    and not (candidate.end < len(texts)
                             and orths[candidate.end] in self._feature_modifier_orths):
                if listed is None:
                    listed = {(c.start, c.end) for c in found}
                if any(s <= start - 1 and candidate.end <= e for s, e in listed):
                    continue  # a listed name holds the compass word already
                extended.append(TokenCandidate(start - 1, candidate.end, "LOC", {
                    "name": " ".join(texts.span_text(start - 1, candidate.end).split()),
                    "country_iso2": candidate.normalized["iso2"], "id": None},
                    candidate.priority))
                continue
            if candidate.label != "LOC" or not start or orths[start - 1] not in compass \
                    or not candidate.normalized.get("id") or not texts.space_after(start - 1) \
                    or (candidate.end < len(texts)
                        and orths[candidate.end] in self._feature_modifier_orths):
                continue  # ("the Western Mediterranean route": a route, no place's name)
            name = candidate.normalized.get("name") or ""
            word = texts[start - 1]
            if name.startswith(word + " "):
                continue  # the listed name has it already
            if listed is None:
                listed = {(c.start, c.end) for c in found}
            if any(s <= start - 1 and candidate.end <= e for s, e in listed):
                continue  # a listed name holds the compass word already
            # a town of a country: "South Tarawa", "North York" (the part of it so named)
            extended.append(TokenCandidate(start - 1, candidate.end, "LOC", {
                "name": f"{word.title() if word.isupper() else word} {name}",
                "country_iso2": candidate.normalized.get("country_iso2"), "id": None},
                candidate.priority))
        return extended

    def bare_waters(self, doc: Doc, texts: TokenTexts) -> list[TokenCandidate]:
        """"on the Prut", "across the Caspian", "sailing up the Paraná": a capitalized name
        after a water word and "the" whose name with a water head ("Prut River", "Caspian
        Sea": bare_feature_heads) is a listed place is that water, whatever else the bare
        name lists (a state, a town); not before a modifier noun ("on the Pacific coast")."""
        assert self._water_context is not None
        lookup, idx, size = self.data.place_lookup, texts.idx, len(texts)
        waters: list[TokenCandidate] = []
        text, before = doc_text(doc), self._water_context
        for the_start, the_end in _the_before_names(text):  # the water word after
            if not the_start or not text[the_start - 1].isspace() or before.search(
                    text, max(0, the_start - 16), the_start) is None:
                continue  # (a space before "the": what the water word's \s+ reads)
            start = bisect_left(idx, the_end)
            if start >= size or idx[start] != the_end:
                continue
            end = start
            while end < size and end - start < 3 and texts[end][:1].isupper() \
                    and texts[end].isalpha():
                end += 1
            if end == start:
                continue
            after = texts[end] if end < size else ""
            if after in {"-", "\u2013"} or (after.isalpha() and after.islower()
                                            and after not in self._water_followers):
                continue  # "on the Niger border", "across the Caspian-Black Sea route"
            if end < size and texts[end].title() in self.feature_heads:
                continue  # the head is written: the listed name reads it
            surface = " ".join(texts.span_text(start, end).split())
            for head in self.feature_heads:
                value = lookup.get(f"{surface} {head}".lower())
                if value is not None and str(value.get("name") or "").lower().startswith(
                        surface.lower()):
                    waters.append(TokenCandidate(start, end, "LOC", dict(value),
                                                 PLACE_PRIORITY))
                    break
        return waters

    def local_body_names(self, doc: Doc, texts: TokenTexts,
                         found: list[TokenCandidate]) -> list[TokenCandidate]:
        """"la Gendarmería", "la Prefectura" in an Argentine text, "la Douane sénégalaise":
        a national body's short name in its own language (local_body_names.jsonl) is that
        body only when the text (or its masthead) names the body's country; one short name
        may stand for a body of each of several countries ("Armada")."""
        assert self._local_pattern is not None
        text = doc_text(doc)
        names = self._local_ascii_names if text.isascii() else self._local_bodies
        if not any(name in text for name in names):
            return []  # (most texts: no short name at all, one C-level scan per name)
        hits = list(self._local_pattern.finditer(text))
        if not hits:
            return []
        named = {code for c in found if (code := _named_country(c.label, c.normalized))}
        named.update(self.masthead_countries(doc.user_data.get(MASTHEAD_KEY)))
        idx, size, bodies = texts.idx, len(texts), []
        for hit in hits:
            start = bisect_left(idx, hit.start())
            if start >= size or idx[start] != hit.start():
                continue
            end = bisect_left(idx, hit.end())
            if end < size and idx[end] < hit.end():
                continue  # the name ends inside a token
            for country, body in self._local_bodies[hit.group()]:
                value = self._body_value(body) if country in named else None
                if value is not None:
                    bodies.append(TokenCandidate(start, end, "ORG", dict(value), 0))
                    break
        return bodies

    def numbered_courts(self, doc: Doc, texts: TokenTexts) -> list[TokenCandidate]:
        """"Federal Court No. 4 of Rosario", "Court No. 2 of Madrid": a numbered court is one
        ORG keeping its qualifiers, number and place (numbered_courts.jsonl)."""
        assert self._numbered_court is not None
        text = doc_text(doc)
        if self._court_number.search(text) is None:
            return []  # (most texts: no numbered court; a literal-led scan)
        idx, size, courts = texts.idx, len(texts), []
        for hit in self._numbered_court.finditer(text):
            start = bisect_left(idx, hit.start())
            end = bisect_left(idx, hit.end())
            if start >= size or idx[start] != hit.start() or (end < size
                                                             and idx[end] < hit.end()):
                continue
            courts.append(TokenCandidate(start, end, "ORG", {
                "name": " ".join(hit.group().split()), "acronym": None, "id": None}, 0))
        return courts

    def _body_value(self, name: str) -> dict[str, Any] | None:
        """The listed body's value of a listed name (cached)."""
        if name not in self._body_values:
            doc = self.nlp.make_doc(name)
            self._body_values[name] = next(
                (dict(m.entry.normalized) for m in self.data.index.matches(doc)
                 if m.entry.label == "ORG" and m.start == 0 and m.end == len(doc)), None)
        return self._body_values[name]

    def masthead_countries(self, masthead: str | None) -> frozenset[str]:
        """The countries a page's masthead names (countries, demonyms, listed bodies): the
        publisher's, whose places win a name shared with a foreign place (cached: every
        item of a page has the same masthead)."""
        if not masthead:
            return frozenset()
        cache = self._mastheads
        if masthead not in cache:
            doc = self.nlp.make_doc(masthead)
            cache[masthead] = frozenset(
                code for match in self.data.index.matches(doc)
                if (code := _named_country(match.entry.label, match.entry.normalized)))
        return cache[masthead]

    def _bare_feature_modifier(self, texts: TokenTexts, start: int, end: int,
                               entry: Any) -> bool:
        """A sea's or river's name written without its head ("Atlantic" of Atlantic Ocean)
        before a lower-case noun of ``bare_feature_modifier_nouns`` ("routes", "coast"): a
        modifier (read by ORTH hash: most places are followed by other words)."""
        if end >= len(texts) or texts.orths[end] not in self._feature_modifier_orths \
                or not texts.space_after(end - 1):
            return False
        name = entry.normalized.get("name") or ""
        surface = texts.span_text(start, end)
        return name.startswith(surface + " ") \
            and name[len(surface) + 1:] in self.feature_heads

    def road_numbers(self, doc: Doc, texts: TokenTexts) -> list[TokenCandidate]:
        """Roads named by their number ("the BR-163 highway": see :class:`RoadNumberFinder`;
        "State Route 260": :class:`NumberedRouteFinder`) or by words before a road head ("the
        Glenn Highway": :class:`NamedRoadFinder`), as places of no listed country, on whole
        tokens only."""
        found: list[TokenCandidate] = []
        if self._road_orths.isdisjoint(texts.orths):
            return found
        idx = texts.idx
        text = doc_text(doc)
        for start_char, end_char, name in (*self.roads.find(text), *self.routes.find(text),
                                           *self.named_roads.find(text)):
            start = bisect_left(idx, start_char)
            end = bisect_left(idx, end_char)
            if start >= len(texts) or idx[start] != start_char \
                    or idx[end - 1] + len(texts[end - 1]) != end_char:
                continue
            found.append(TokenCandidate(start, end, "LOC", {
                "name": name, "country_iso2": None, "id": None}, PLACE_PRIORITY))
        return found

    def numbered_units(self, doc: Doc, texts: TokenTexts) -> list[TokenCandidate]:
        """"RAB-7", "CTF-152": a listed body's acronym and a unit number, one token; the
        body's numbered unit (named '<body name>-<number>')."""
        found: list[TokenCandidate] = []
        text = doc_text(doc)
        for hyphen in _NUMBERED_UNIT_TAIL.finditer(text):  # "-7": a literal-led scan
            match = _NUMBERED_UNIT.search(text, max(0, hyphen.start() - 6), hyphen.end())
            if match is None or match.end() != hyphen.end():
                continue
            start = bisect_left(texts.idx, match.start())
            if start >= len(texts) or texts.idx[start] != match.start() \
                    or texts[start] != match.group():
                continue
            acronym, number = match.group(1), match.group(2)
            for entry in self.data.index.entries_of(acronym):
                if entry.label == "ORG":
                    found.append(TokenCandidate(start, start + 1, "ORG", {
                        **entry.normalized, "id": None, "acronym": match.group(),
                        "name": f"{entry.normalized.get('name')}-{number}"}))
                    break
        return found

    def candidates(self, doc: Doc) -> list[Candidate]:
        """:meth:`token_candidates` in character offsets."""
        found = self.token_candidates(doc)
        if not found:
            return []
        starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist()
        return [Candidate(starts[c.start], starts[c.end - 1] + lengths[c.end - 1], c.label,
                          c.normalized, c.priority) for c in found]

    def process(self, doc: Doc) -> Doc:
        if doc.has_annotation("ENT_IOB"):  # entities from elsewhere: the shared merge
            return add_entities(doc, self.candidates(doc))
        texts = TokenTexts(doc)
        found = self.token_candidates(doc, texts)
        if not found:
            return doc
        return set_token_entities(doc, found, texts)


class NamedCountryPlaces:
    """Subdivisions whose bare name is everyday words or a saint's ("Eastern Cape", "Free
    State", "St. George", "Saint Andrew"): ISO lists them, but such words name no place in
    most texts, so the build writes them with their head ("Eastern Cape Province", "Saint
    George Parish") and only that form is listed. The bare name is the subdivision in a text
    that names its country (a country, a demonym, a listed national body or place, the
    masthead) more often than any other country that has one of that name, where no listed
    place or body covers it and no
    capitalized word or possessive follows ("St. George's", "St. John Street")."""

    def __init__(self, values: Mapping[str, list[dict[str, Any]]]) -> None:
        self.values = dict(values)
        self.first_words = frozenset(name.split()[0] for name in self.values)
        self._pattern = re.compile(
            r"(?<![\w.'\u2019-])(?:" + escaped_alternation(self.values)
            + r")(?![\w'\u2019-])") if self.values else None

    @classmethod
    def load(cls, data_dir: Path, headed_countries: frozenset[str],
             head_name: Any, saint_words: Iterable[str]) -> NamedCountryPlaces:
        """The bare names of the subdivisions listed with the head in their name; a saint's
        name also with its abbreviations (saint_abbreviations: "St.", "St")."""
        records: dict[str, PlaceRecord] = {}
        paths = sorted(data_dir.glob("places_subdivisions*.jsonl"))
        paths += sorted(data_dir.glob("places_curated*.jsonl"))
        for path in paths:  # (a curated record renames a generated one of its id)
            for record in read_jsonl(path, PlaceRecord):
                if record.name is not None:
                    records[record.id] = record
        saints = [word for word in saint_words if word[:1].isupper() and not word.isupper()]
        values: dict[str, list[dict[str, Any]]] = {}
        for record in records.values():
            head, name, country = record.head, record.name, record.country
            if not head or not name or not country or not name.endswith(f" {head}"):
                continue
            bare = name[: -len(head) - 1]
            words = bare.split()
            if words[0] in saints and len(words) == 2:  # "Saint George": "St. George"
                forms = [f"{saint} {words[1]}" for saint in saints
                         if abbreviates(saint, words[0])]
            elif len(words) >= 2:
                forms = [bare]
            else:
                continue  # one word ("Somali", "Edo"): too common a word to read bare
            value = {"name": head_name(bare, head, country) if country in headed_countries
                     else bare, "country_iso2": country, "id": record.id}
            for form in dict.fromkeys([bare, *forms]):
                values.setdefault(form, []).append(value)
        return cls(values)

    def find(self, text: str, texts: TokenTexts, found: Sequence[TokenCandidate],
             publisher: Iterable[str] = ()) -> list[TokenCandidate]:
        """The bare names in ``text`` of subdivisions of the countries the text names."""
        if self._pattern is None:
            return []
        hits = list(self._pattern.finditer(text))
        if not hits:
            return []
        named: dict[str, int] = {}  # how often the text names each country
        mentions: list[tuple[int, str]] = []  # (token, country) of each country named
        for c in found:
            code = _named_country(c.label, c.normalized)
            if code:
                mentions.append((c.start, code))
            elif c.label == "LOC" and c.normalized.get("id"):
                code = c.normalized.get("country_iso2")  # "Grenville" is Grenada's
            if code:
                named[code] = named.get(code, 0) + 1
        for code in publisher:
            named[code] = named.get(code, 0) + len(found)  # the publisher's first
        if not named:
            return []
        mentions.sort()
        idx, size = texts.idx, len(texts)
        places: list[TokenCandidate] = []
        covered: list[tuple[int, int]] | None = None
        for hit in hits:
            values = [v for v in self.values[hit.group()] if v["country_iso2"] in named]
            start = bisect_left(idx, hit.start())
            # the country named last before it ("In Grenada, ... at Grenville, St Andrew"),
            # else the one the text names most
            last = {code: at for at, code in mentions if at < start}

            def rank(value: dict[str, Any], last: dict[str, int] = last) -> tuple[int, int]:
                return last.get(value["country_iso2"], -1), named[value["country_iso2"]]

            values.sort(key=rank, reverse=True)  # (stable: ties keep the list's order)
            if not values or (len(values) > 1 and rank(values[0]) == rank(values[1])):
                continue  # no country the text names, or two alike: no telling which
            end = bisect_left(idx, hit.end())
            if start >= size or idx[start] != hit.start() or (end < size
                                                             and idx[end] < hit.end()):
                continue
            if end < size and texts[end][:1].isupper() and texts.space_after(end - 1):
                continue  # "St. John Street", "Free State Province" (listed whole)
            if covered is None:
                covered = [(c.start, c.end) for c in found if c.label in {"LOC", "ORG"}]
            if any(s < end and start < e for s, e in covered):
                continue  # a listed place or a body holds it ("Saint John", New Brunswick)
            places.append(TokenCandidate(start, end, "LOC", dict(values[0]), PLACE_PRIORITY))
        return places


class CountryContext(NamedTuple):
    """Country mentions that are something else in context (``country_context.jsonl``)."""

    places: frozenset[str]  # ISO codes of territories named as places ("Puerto Rico")
    title_words: frozenset[str]  # "Assistant U.S. Attorney": part of a person's title
    after_no_demonym: frozenset[str] = frozenset()  # "Ethiopian Airlines"
    before_no_demonym: frozenset[str] = frozenset()  # "North American market"
    language_verbs: frozenset[str] = frozenset()  # "(Translated from Spanish)": a language
    language_links: frozenset[str] = frozenset()  # "from", "into", "in" after a language verb
    language_adverbs: frozenset[str] = frozenset()  # "Translated automatically from French"

    def language_note(self) -> re.Pattern[str] | None:
        """"<language verb> [<adverb>] <link> " at a text's end ("Automatic translation from
        ", "Translated automatically from "): the demonym after it is a language (none
        without language verbs)."""
        if not self.language_verbs or not self.language_links:
            return None
        adverb = rf"(?:(?i:{escaped_alternation(self.language_adverbs)})[ \t]+)?" \
            if self.language_adverbs else ""
        return re.compile(rf"\b(?i:{escaped_alternation(self.language_verbs)})[ \t]+{adverb}"
                          rf"(?:{escaped_alternation(self.language_links)})[ \t]+$")

    def after_language_verb(self, texts: TokenTexts, start: int) -> bool:
        """Does a demonym at token ``start`` follow a language verb and its link, an adverb
        between them or not ("Translated from Spanish", "translated automatically from
        French")?"""
        if start < 2 or texts[start - 1] not in self.language_links:
            return False
        verb = start - 2
        if verb > 0 and texts[verb].lower() in self.language_adverbs:
            verb -= 1
        return texts[verb].lower() in self.language_verbs

    def apply(self, texts: TokenTexts, found: list[TokenCandidate]) -> list[TokenCandidate]:
        """A territory's name is a LOC of its own code; a country before a title word is
        none ("U.S. Attorney"), unless a possessive follows ("U.S. Attorney's Office"); a
        demonym before a company or language word, after a region word or after a language
        verb and its preposition is none ("Ethiopian Airlines", "the Spanish version",
        "North American market", "Translated from Spanish")."""
        changed: dict[int, TokenCandidate | None] = {}
        size = len(texts)
        for i, c in enumerate(found):
            if c.label == "NORP":
                if (c.end < size and texts[c.end] in self.after_no_demonym) \
                        or (c.start > 0 and texts[c.start - 1] in self.before_no_demonym
                            and texts.space_after(c.start - 1)) \
                        or self.after_language_verb(texts, c.start):
                    changed[i] = None
                continue
            if c.label != "COUNTRY":
                continue
            if c.end < size and texts[c.end] in self.title_words \
                    and not (c.end + 1 < size and texts[c.end + 1] in _POSSESSIVES):
                changed[i] = None
                continue
            iso2 = c.normalized.get("iso2")
            if iso2 in self.places:
                name = c.normalized.get("name") or ""
                if "," in name:  # "Virgin Islands, U.S.": the name as written
                    name = texts.span_text(c.start, c.end)
                changed[i] = c._replace(label="LOC", normalized={
                    "name": name, "country_iso2": iso2, "id": None})
        if not changed:
            return found
        kept = [changed.get(i, c) for i, c in enumerate(found)]
        return [c for c in kept if c is not None]


_NUMBERED_UNIT = re.compile(r"(?<![\w\-.])([A-Z]{2,6})-(\d{1,3})(?![\w\-])")
_NUMBERED_UNIT_TAIL = re.compile(r"-\d{1,3}(?![\w\-])")
_POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})


class TokenCandidate(NamedTuple):
    """A gazetteer entity in token offsets."""

    start: int
    end: int
    label: str
    normalized: dict[str, Any]
    priority: int = 0


def _token_span(candidate: TokenCandidate) -> tuple[int, int, str]:
    return candidate.start, candidate.end, candidate.label


def _char_span(texts: TokenTexts) -> Callable[[TokenCandidate], tuple[int, int, str]]:
    """A candidate's start and end characters and label, read on ``texts``."""
    def chars(candidate: TokenCandidate) -> tuple[int, int, str]:
        end = texts.idx[candidate.end - 1] + len(texts[candidate.end - 1])
        return texts.idx[candidate.start], end, candidate.label
    return chars


def resolve_shared_acronyms(doc: Doc, texts: TokenTexts, found: list[TokenCandidate],
                            shared: SharedAcronyms) -> list[TokenCandidate]:
    """One reading per mention of an acronym several bodies share (see
    :class:`~pressparse.entities.shared_acronyms.SharedAcronyms`), or none; a shared acronym
    glued into a compound ("PNP-led" is kept, "SARS-CoV-2" is no body) is dropped."""
    mentions: dict[tuple[int, int], str] = {}
    for c in found:
        if c.label == "ORG" and c.end - c.start == 1 and c.normalized.get("id") in shared.ids:
            word = texts[c.start]
            if word in shared:
                mentions[(c.start, c.end)] = word
    if not mentions:
        return found
    counts: dict[str, int] = {}
    for c in found:
        if (c.start, c.end) in mentions:
            continue
        code = _country_of(c)
        if code:
            counts[code] = counts.get(code, 0) + 1
    text = doc_text(doc)  # (``doc.text`` rebuilds the text from every token)
    chosen: dict[tuple[int, int], dict[str, Any] | None] = {}
    for (start, end), acronym in mentions.items():
        if in_compound(texts, start, end, numbers=True):
            chosen[(start, end)] = None
            continue
        first = texts.idx[start]
        last = first + len(acronym)
        value = shared.resolve(acronym, text[max(0, first - 40):first],
                               text[last:last + 40], counts)
        if value is None or value.get("id") not in shared.news_ids:
            news = [v for v in shared.readings.get(acronym, []) if v["id"] in shared.news_ids]
            if news and wire_credit(text, first, last):
                value = news[0]
        chosen[(start, end)] = value
    # one acronym, one body in a text: a wire credit's agency reads its other mentions too
    # ("Baghdad – INA" ... "a statement received by INA")
    credited = {mentions[span]: value for span, value in chosen.items()
                if value is not None and value.get("id") in shared.news_ids}
    for span, value in chosen.items():
        if value is None and mentions[span] in credited:
            chosen[span] = credited[mentions[span]]
    kept: list[TokenCandidate] = []
    done: set[tuple[int, int]] = set()
    for c in found:
        span = (c.start, c.end)
        if c.label != "ORG" or span not in chosen:
            kept.append(c)
        elif span not in done:  # one candidate per mention, whichever reading it had
            done.add(span)
            value = chosen[span]
            if value is not None:
                kept.append(c._replace(normalized=dict(value)))
    return kept


_Y_OR_I = frozenset({"y", "i"})


def written_spelling(name: str, written: str) -> str | None:
    """A place written with "y" where the listed name has "i", or the other way round (one
    sound, two romanizations: "Kordai"/"Korday", "Ayritom"/"Airitom", "Masalli"/"Masally")
    keeps the text's letters in the name's case ("Ayritom customs post"); None when the text
    writes the name itself or another form."""
    if len(name) != len(written) or name == written:
        return None
    out: list[str] = []
    swapped = False
    for n, w in zip(name, written, strict=True):
        low_n, low_w = n.lower(), w.lower()
        if low_n == low_w:
            out.append(n)
        elif {low_n, low_w} == _Y_OR_I:
            out.append(w.upper() if n.isupper() else low_w)
            swapped = True
        else:
            return None
    return "".join(out) if swapped else None


def wire_credit(text: str, start: int, end: int) -> bool:
    """Is the acronym at ``start:end`` a news agency's credit line: in parentheses before a
    dash or a line's end ("RIYADH, May 19 (SPA) --", "(MAP)" closing a story), or after a
    dash at a line's end ("Baghdad – INA")?"""
    if _CREDIT_AFTER.match(text, end) and text[max(0, start - 1):start] == "(":
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return _CREDIT_BEFORE.search(text, line_start, start) is not None \
        and _LINE_END.match(text, end) is not None


_CREDIT_AFTER = re.compile(r"\)[ \t]*(?:\.?[ \t]*[-\u2013\u2014:]|[ \t]*(?:\n|$))")
_CREDIT_BEFORE = re.compile(r"[\w.][ \t]+[-\u2013\u2014][ \t]+$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def _country_of(candidate: TokenCandidate) -> str | None:
    value = candidate.normalized
    if candidate.label in {"COUNTRY", "NORP"}:
        return value.get("iso2")
    if candidate.label == "LOC":
        return value.get("country_iso2")
    if candidate.label == "ORG":
        return value.get("country")
    return None


def demonym_bodies(found: list[TokenCandidate]) -> list[TokenCandidate]:
    """"Spanish Guardia Civil": a demonym of a listed body's own country right before it is
    part of its name (the body's value)."""
    demonyms = {c.end: c for c in found if c.label == "NORP"}
    if not demonyms:
        return []
    return [TokenCandidate(norp.start, c.end, "ORG", c.normalized, c.priority)
            for c in found if c.label == "ORG" and (norp := demonyms.get(c.start)) is not None
            and c.normalized.get("country")
            and c.normalized.get("country") == norp.normalized.get("iso2")]


def set_token_entities(doc: Doc, found: list[TokenCandidate],
                       texts: TokenTexts | None = None) -> Doc:
    """What :func:`pressparse.spans.add_entities` does on a doc without entities, on token
    offsets and arrays (no Span objects): overlaps go by the shared overlap policy's rank
    (longest in characters, then label priority, then the candidate's own priority)."""
    texts = texts if texts is not None else TokenTexts(doc)
    starts = texts.idx
    chars = [(starts[c.start], starts[c.end - 1] + len(texts[c.end - 1])) for c in found]
    # Two spans share a token iff two neighbours in start order do.
    spans = sorted([(c.start, c.end) for c in found])
    conflict = any(next_start < end for (_, end), (next_start, _) in pairwise(spans))
    order = list(range(len(found)))
    if conflict:
        priority = _POLICY.priority
        keys = [(end - start, priority.get(c.label, 0), c.priority, -start)
                for c, (start, end) in zip(found, chars, strict=True)]
        ranked = sorted(order, reverse=True, key=keys.__getitem__)
        taken = bytearray(len(doc))  # 1: the token is in a kept span
        order = []
        for i in ranked:
            start, end = found[i].start, found[i].end
            if taken.find(1, start, end) < 0:
                taken[start:end] = b"\x01" * (end - start)
                order.append(i)
    # Lists, then one array: cheaper than writing numpy cells one by one.
    length = len(doc)
    # the shared merge sets ``doc.ents`` when spans overlap: every other token is outside
    iob = [_IOB_OUTSIDE if conflict else 0] * length
    types = [0] * length
    strings = doc.vocab.strings
    label_ids: dict[str, int] = {}
    values = doc.user_data.setdefault(VALUES_KEY, {})
    for i in order:
        c = found[i]
        width = c.end - c.start
        label_id = label_ids.get(c.label)
        if label_id is None:
            label_id = label_ids[c.label] = strings.add(c.label)
        iob[c.start:c.end] = [_IOB_BEGIN] + [_IOB_INSIDE] * (width - 1)
        types[c.start:c.end] = [label_id] * width
        values[(chars[i][0], chars[i][1], c.label)] = c.normalized
    annotation = numpy.array([iob, types], dtype="uint64").T
    doc.from_array([ENT_IOB, ENT_TYPE], annotation)
    return doc


_POLICY = OverlapPolicy()
_IOB_INSIDE, _IOB_OUTSIDE, _IOB_BEGIN = 1, 2, 3


class PlaceBounds:
    """Where the gazetteer's places (LOC, COUNTRY) start and end in a doc, to tell a route
    between two places from a name no list knows."""

    def __init__(self, matches: list[Match], route_words: frozenset[str]) -> None:
        self.end_of: dict[int, int] = {}  # each place start: its longest match's end
        for start, end, entry in matches:
            if entry.label in {"LOC", "COUNTRY"}:
                self.end_of[start] = max(end, self.end_of.get(start, end))
        self.ends = set(self.end_of.values())
        self.route_words = route_words

    def route(self, texts: TokenTexts, start: int, end: int) -> bool:
        """Two places joined by a hyphen before a route word ("the Kano-Zaria road", "the
        Bishkek-Osh highway", "the Linden-Soesdyke Highway": the other one a single word no
        list knows, the place-context rules name it): each stays a place ("Antwerp-Bruges"
        stays one name)."""
        if end + 1 < len(texts) and texts[end] == "-":
            if end + 1 in self.end_of:
                return self._route_word(texts, self.end_of[end + 1])
            return _is_word(texts[end + 1]) and self._route_word(texts, end + 2)
        if start > 1 and texts[start - 1] == "-":
            return (start - 1 in self.ends or _is_word(texts[start - 2])) \
                and self._route_word(texts, end)
        return False

    def _route_word(self, texts: TokenTexts, i: int) -> bool:
        return i < len(texts) and texts[i].lower() in self.route_words


def _is_word(text: str) -> bool:
    """A capitalized word of letters ("Soesdyke")."""
    return text[:1].isupper() and text.isalpha()


def in_compound(texts: TokenTexts, start: int, end: int, numbers: bool = False) -> bool:
    """A place name glued by a hyphen to another capitalized name is only part of a name no
    list knows ("Kara" in "the village of Kara-Bak"); an acronym glued to a capitalized word
    or a number ("SARS-CoV-2") too (``numbers``)."""
    def glued(word: str) -> bool:
        return word[:1].isupper() or (numbers and word[:1].isdigit())

    if end + 1 < len(texts) and texts[end] == "-" and not texts.space_after(end - 1) \
            and not texts.space_after(end) and glued(texts[end + 1]):
        return True
    return start > 1 and texts[start - 1] == "-" and not texts.space_after(start - 1) \
        and not texts.space_after(start - 2) and glued(texts[start - 2])


def _named_country(label: str, value: Mapping[str, Any] | None) -> str | None:
    """The country a country, demonym or listed national body names, else None."""
    value = value or {}
    if label in {"COUNTRY", "NORP"}:
        return value.get("iso2")
    if label == "ORG" and value.get("id"):
        return value.get("country")
    return None


# "the Prut", "THE CASPIAN": a capitalized name after "the" (the water word before is
# checked in a short window, so the scan is led by a literal)
_THE_BEFORE_NAME = re.compile(r"[Tt](?:he|HE)\s+(?=[A-Z])")
# the same, led by a literal (re scans for a literal far faster than for [Tt]); the T/t is
# checked after a hit
_HE_BEFORE_NAME = re.compile(r"he\s+(?=[A-Z])")
_CAPS_HE_BEFORE_NAME = re.compile(r"HE\s+(?=[A-Z])")


def _the_before_names(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every _THE_BEFORE_NAME match in ``text``, in text order (two
    literal-led scans: "the"/"The" and "tHE"/"THE")."""
    found = [(hit.start() - 1, hit.end()) for hit in _HE_BEFORE_NAME.finditer(text)
             if hit.start() and text[hit.start() - 1] in "Tt"]
    if "HE" in text:
        found.extend((hit.start() - 1, hit.end()) for hit in _CAPS_HE_BEFORE_NAME.finditer(text)
                     if hit.start() and text[hit.start() - 1] in "Tt")
        found.sort()
    return found


def _numbered_court_pattern(heads: list[str], qualifiers: list[str],
                            place_stops: Sequence[str] = ()) -> re.Pattern[str] | None:
    """A place's capitalized name of one or two words before qualifiers ("Karaganda City"),
    capitalized qualifiers, a court head, "No."/"Nº"/"Number" and a number, then "of" and a
    capitalized place of one or two words."""
    if not heads:
        return None
    words = escaped_alternation(qualifiers)
    stops = "|".join(map(re.escape, place_stops)) or "(?!)"
    place = (r"(?:(?!(?:" + stops + r"|" + words + r")[ \t])[A-Z][\w'-]+[ \t]+){1,2}"
             r"(?=(?:" + words + r")[ \t])")
    return re.compile(
        r"(?<![\w-])(?:" + place + r")?(?:(?:" + words + r")[ \t]+)*(?:"
        + "|".join(map(re.escape, heads))
        + r")[ \t]+(?:No\.?|Nº|N°|Number)[ \t]*\d+(?![\d,.]\d)"
        + r"(?:[ \t]+of[ \t]+(?!the\b)[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?)?")


def _local_body_names(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Short name -> (country, listed body name) pairs, from ``local_body_names.jsonl``."""
    names: dict[str, list[tuple[str, str]]] = {}
    if path.is_file():
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    record = json.loads(line)
                    names.setdefault(record["text"], []).append(
                        (record["country"], record["body"]))
    return names


def prefer_named_countries(candidates: list[Candidate],
                           publisher: Iterable[str] = ()) -> list[Candidate]:
    """Listed places in a country the text names (a country, a demonym, a listed national
    body: "Hamilton, Canada", "the Receita Federal ... the ports of Paraná") or the page's
    masthead names (``publisher``) come first; otherwise the order stays (most populous
    first). Stable, so ties keep their order."""
    places = [(c.start, c.end) for c in candidates if c.label == "LOC"]
    if len(places) == len(set(places)):
        return candidates  # no name two places share: the order decides nothing
    named = {code for c in candidates if (code := _named_country(c.label, c.normalized))}
    named.update(publisher)
    if not named:
        return candidates
    later = [c.label == "LOC" and bool((c.normalized or {}).get("id"))
             and (c.normalized or {}).get("country_iso2") not in named for c in candidates]
    if not any(later):
        return candidates
    return [c for _, c in sorted(zip(later, candidates, strict=True), key=itemgetter(0))]


# "Puerto Quetzal, " / "Puerto Quetzal in " right before a name: a place it contains
_CONTAINED_BEFORE = re.compile(r"\b[^\W\d_a-z][\w'\u2019.-]*(?:,[ \t]*|[ \t]+in[ \t]+)$")
# a list goes on after the name ("Mixco, Escuintla, Villa Nueva", "Mixco, Escuintla and ...")
_OPENING_BEFORE = re.compile(r"(?:^|[.!?:;\n\"\u201c(][ \t]*)$")
_LIST_AFTER = re.compile(r",[ \t]*[^\W\d_a-z]|[ \t]+(?:and|or|&)[ \t]")
_TOWN_PREFIX = re.compile(r"(?i:\b([a-z]+)[ \t]+of[ \t]+)$")


_CELL_BREAK = re.compile(r"[ \t]*\|[ \t]*|\t+|[ \t]{2,}")
_MAX_TABLE_ROWS = 60


def _column_head(text: str, pos: int, heads: frozenset[str]) -> str | None:
    """The one of ``heads`` heading the table column of the row starting at ``pos``
    ("region" for "Talas | 74,3" under "Regions | Area destroyed, ha"), else None. The row
    and the lines over it up to the header must part their cells ('|', tabs, wide spaces)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if text[line_start:pos].strip():
        return None  # not a row's first cell
    end = text.find("\n", pos)
    if _CELL_BREAK.search(text, pos, end if end >= 0 else len(text)) is None:
        return None
    for _ in range(_MAX_TABLE_ROWS):
        if line_start == 0:
            return None
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        parts = _CELL_BREAK.split(text[prev_start:line_start - 1].strip(), maxsplit=1)
        if len(parts) < 2 or not parts[0]:
            return None  # the table ended above
        first = parts[0].lower()
        if first in heads:
            return first
        if first.endswith("s") and first[:-1] in heads:
            return first[:-1]
        line_start = prev_start
    return None


def subdivision_in_context(doc: Doc, texts: TokenTexts, candidates: list[TokenCandidate],
                           town_words: frozenset[str],
                           major_cities: Iterable[str] = (),
                           towns: bool = True,
                           body_nouns: frozenset[str] = frozenset(),
                           date_words: frozenset[str] = frozenset()) -> list[TokenCandidate]:
    """A name that is a town and a subdivision of one country reads by the words around it:
    after a town's word ("the municipality of Enriquillo", "the town of Ondo") it is the town,
    named as written; right after another place, as its area ("Puerto Quetzal, Escuintla",
    "Puerto Quetzal in Escuintla"; not in a list of towns) the subdivision's headed reading
    comes first, unless the town is a city of a million or more (``major_cities``: "Ikeja,
    Lagos" is the city); a body before "in" contains no place (a listed one, a noun of
    ``body_nouns``: "the Eswatini Police in Manzini", an acronym: "the GKNB in Osh"), nor does a
    day or month of ``date_words`` ("on Monday in Herat city"). Other
    mentions keep their order (the most populous place first).
    ``towns``: the doc has a town word (else a name with one reading cannot change)."""
    by_span = readings_by_span(candidates)
    # only a name with a headed reading can change: two readings, or one with a space
    by_span = {span: indexes for span, indexes in by_span.items()
               if len(indexes) > 1 or (towns and " " in (
                   candidates[indexes[0]].normalized.get("name") or ""))}
    if not by_span:
        return candidates
    text = doc_text(doc)  # (read only when a name may change)
    idx = texts.idx
    result = list(candidates)
    for (start, end), indexes in by_span.items():
        first = candidates[indexes[0]]
        written = texts.span_text(start, end)
        start_char = idx[start]
        headed = [i for i in indexes if headed_reading(written, candidates[i].normalized)]
        if not headed:
            continue
        prefix = _TOWN_PREFIX.search(text, max(0, start_char - 24), start_char)
        if prefix is not None and prefix.group(1).lower() in town_words:
            if len(headed) == len(indexes):  # no town reading: the town named as written
                value = first.normalized
                name = written.title() if written.isupper() else written
                result[indexes[0]] = first._replace(normalized={
                    "name": name, "country_iso2": value.get("country_iso2"), "id": None})
            elif headed[0] == indexes[0]:  # the town's reading first
                town = next(i for i in indexes if i not in headed)
                result[indexes[0]], result[town] = candidates[town], first
            continue
        if headed[0] == indexes[0] or prefix is not None \
                or first.normalized.get("id") in major_cities:
            continue
        end_char = idx[end - 1] + len(texts[end - 1])
        before = _CONTAINED_BEFORE.search(text, max(0, start_char - 40), start_char)
        if before is None or _LIST_AFTER.match(text, end_char) is not None \
                or before.group().split()[0].rstrip(",") in date_words:
            continue  # (nor "on Monday in Herat": a day is no place)
        if "," not in before.group() and (
                _OPENING_BEFORE.search(text, max(0, before.start() - 4),
                                       before.start()) is not None
                or _body_before_in(before.group(), body_nouns)
                or any(c.label == "ORG" and c.end == start - 1 for c in candidates)):
            continue  # before "in", a capital opening a sentence ("Police in Escuintla") or
            # a body ("the PNC in Escuintla") is no place containing the name
        country = candidates[headed[0]].normalized.get("country_iso2")
        if any(candidates[i].normalized.get("country_iso2") != country for i in indexes):
            continue  # a foreign place of that name: the country decides, not the area
        result[indexes[0]], result[headed[0]] = candidates[headed[0]], first
    return result


def _body_before_in(before: str, body_nouns: frozenset[str]) -> bool:
    """Is the word before "in" (``before``: "Police in ") a body's noun or an acronym?"""
    word = before.split()[0]
    return word.lower() in body_nouns or (len(word) > 1 and word.isupper())


def subdivisions_in_columns(doc: Doc, texts: TokenTexts, candidates: list[TokenCandidate],
                            lookup: Mapping[str, Mapping[str, Any]], heads: frozenset[str],
                            town_words: frozenset[str],
                            major_cities: Iterable[str] = ()) -> list[TokenCandidate]:
    """A listed town that is a table row's first cell under a column headed by a
    subdivision's head (``heads``: "Region | Drugs seized, kg" over "Talas | 74,3", "Oblasts
    | Cases" over "Osh | 47") reads as the subdivision of its country of that name; not a
    city of a million or more (``major_cities``: "Bishkek | 41"), nor "<name> city" ("Osh
    city | 5"). A name with the subdivision's reading among its own (``candidates``) takes
    it, else the name with the column's head is looked up (``lookup``: "osh region")."""
    text = doc_text(doc)
    result = list(candidates)
    seen: set[tuple[int, int]] = set()
    for i, first in enumerate(candidates):
        span = (first.start, first.end)
        if first.label != "LOC" or span in seen:
            continue
        seen.add(span)
        if not first.normalized.get("id") or first.normalized.get("id") in major_cities \
                or (first.end < len(texts) and texts[first.end].lower() in town_words):
            continue
        head = _column_head(text, texts.idx[first.start], heads)
        if head is None:
            continue
        written = texts.span_text(first.start, first.end)
        if headed_reading(written, first.normalized):
            continue  # the subdivision's reading already
        headed = next((j for j in range(i + 1, len(candidates))
                       if (candidates[j].start, candidates[j].end) == span
                       and candidates[j].label == "LOC"
                       and headed_reading(written, candidates[j].normalized)), None)
        if headed is not None:
            result[i], result[headed] = candidates[headed], first
            continue
        value = lookup.get(f"{written} {head}".lower())
        if value is not None and value.get("id") != first.normalized.get("id") \
                and value.get("country_iso2") == first.normalized.get("country_iso2"):
            result[i] = first._replace(normalized=dict(value))
    return result


def first_per_span(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per span and label, the first: entries are listed best first (the most
    populous "St. Petersburg"), and ``add_entities`` keeps one value per span and label."""
    seen: set[tuple[int, int, str]] = set()
    kept: list[Candidate] = []
    for candidate in candidates:
        key = (candidate.start, candidate.end, candidate.label)
        if key not in seen:
            seen.add(key)
            kept.append(candidate)
    return kept


@Language.factory("pressparse_gazetteer", default_config={"data_dir": None})
def make_gazetteer(nlp: Language, name: str, data_dir: str | None) -> Gazetteer:
    return Gazetteer(nlp, name, data_dir)

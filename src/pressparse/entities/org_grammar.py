"""A grammar for organization names no list knows.

A name is a *core* (a run of capitalized words or known entities ending in a head noun such as
Ministry, Council or Forces) followed by *extensions* (a link word like "of", "for", "on",
"against", "and", an optional "the", then a segment of capitalized words, known entities and a
few lowercase name words). Work starts only at head nouns (found by their ORTH hashes), so the
Python cost is proportional to the number of heads, not of tokens; tokens are read from a
:class:`~pressparse.entities.doc_view.DocView` (no Token objects).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress, count

from spacy.strings import hash_string

from ..word_alternation import escaped_alternation
from .doc_view import DocView, Ent
from .generic_names import ROMAN_UNIT_NUMBERS
from .road_numbers import ROAD_NUMBER
from .text import CLOSE_QUOTES, OPEN_QUOTES

ABSORBED_LABELS = frozenset({"ORG", "COUNTRY", "LOC", "NORP"})
QUOTED_NAME_WORDS = 3  # the capitalized words of a unit's own name in quotes, at most
INNER_SERIES_WORDS = 3  # the capitalized words of one part of "of Health, Labour and Welfare"


@dataclass(frozen=True)
class GrammarWords:
    """The word lists the grammar uses (from ``word_lists.jsonl``)."""

    heads: frozenset[str]
    links: frozenset[str]
    articles: frozenset[str]
    lowercase: frozenset[str]
    endings: frozenset[str]
    sentence: frozenset[str]
    titles: frozenset[str]
    in_heads: frozenset[str] = frozenset()
    # in_heads of courts: "in" + a place is where they sit unless a local level word names
    # them after it ("the Supreme Court in Apia"; "the District Court in Tartu")
    sitting_heads: frozenset[str] = frozenset()
    local_court_levels: frozenset[str] = frozenset()
    tail_heads: frozenset[str] = frozenset()  # heads only after a head: "Police Station"
    tail_modifiers: frozenset[str] = frozenset()  # ... or after these: "Military Zone"
    post_head: frozenset[str] = frozenset()  # "Directorate General", "Consulate General"
    numbered_heads: frozenset[str] = frozenset()  # "Division 5", "Post 10"
    numbered_unit_heads: frozenset[str] = frozenset()  # "Region 1 Command": the unit's head
    office_holders: frozenset[str] = frozenset()  # "Prosecutor's Office"
    ordinals: frozenset[str] = frozenset()  # "Third Army Region"
    reference_heads: frozenset[str] = frozenset()  # "Section 2 of the Act": no body
    platforms: frozenset[str] = frozenset()  # "... Field Office on X": a channel, no name part
    # a person's role after "and the" ("... Group and the Chief of the Cyprus Police"), besides
    # the titles
    roles: frozenset[str] = frozenset()
    # a unit's number written out inside a name ("Court of Instruction number 2 of Ayamonte")
    number_words: frozenset[str] = frozenset()
    # words whose object follows "in" ("Combating Trafficking in Persons"), lower case
    in_objects: frozenset[str] = frozenset()
    # words whose object follows "over" ("Department for Control over Drug Trafficking")
    over_objects: frozenset[str] = frozenset()
    # gerunds whose object follows "the" ("and Countering the Financing of Terrorism")
    object_gerunds: frozenset[str] = frozenset()
    # a service's fields after "<Head> and" that go on with one name ("Customs and Excise")
    head_and_words: frozenset[str] = frozenset()
    # a plural area head two places share at the end of a name ("... for the Omsk and
    # Novosibirsk Regions")
    shared_area_heads: frozenset[str] = frozenset()
    # an area's head closing the second of two places a unit serves after "for" ("... for
    # St. Petersburg and Leningrad Region")
    paired_area_heads: frozenset[str] = frozenset()
    # lower-case phrases that join a body to the one it serves, ending with their link
    # ("Secretariat of State in charge of the National Gendarmerie"): only with a name after
    phrase_links: tuple[tuple[str, ...], ...] = ()
    # lower-case words after a name's closing place that stay in the name ("Police Department
    # of Shymkent city"): a LOC leaves them out, the body's name as written keeps them
    place_tails: frozenset[str] = frozenset()
    # words after a unit's number that read it as an amount ("Squad 3 kg", "number 3 million")
    amount_words: frozenset[str] = frozenset()
    # lower-case words ending in "s" that are no plural noun counted by a unit's number ("Unit
    # 5 was"), unlike "Unit 5 officers"
    verbs_in_s: frozenset[str] = frozenset()
    # words opening a second body after "and the" ("... of the Sharjah Police and the National
    # Ambulance"): no field of the name before goes on with them
    second_body_openers: frozenset[str] = frozenset()


class OrganizationGrammar:
    """Finds ``(start_token, end_token)`` spans of organization names in a doc."""

    def __init__(self, words: GrammarWords, max_tokens: int = 40) -> None:
        self.words = words
        self.max_tokens = max_tokens
        self._head_orths = frozenset(hash_string(head) for head in words.heads | words.tail_heads)
        self._soft: set[int] = set()
        self._ent_ends: set[int] = set()
        self._place_starts: dict[int, int] = {}  # a place's end token -> its start
        self._name_start = 0  # the start of the name being parsed
        self._after_tail = words.heads | words.tail_modifiers | words.tail_heads
        self._phrase_firsts = frozenset(phrase[0] for phrase in words.phrase_links)

    # -- token predicates ----------------------------------------------------------------
    def _is_name_word(self, text: str, core: bool) -> bool:
        if not text[:1].isupper() or not any(c.isalpha() for c in text):
            return False
        if text in self.words.sentence or text.lower() in self.words.links:
            return False
        return not (core and text in self.words.titles)

    def _name_word_next(self, doc: DocView, i: int) -> bool:
        """Is the word after ``i`` a name word ("First Instance", not "First, the")?"""
        j = _skip_inner_space(doc, i + 1)
        return j < len(doc) and self._is_name_word(doc[j], core=False)

    @staticmethod
    def _is_joiner(doc: DocView, i: int) -> bool:
        """A hyphen or possessive glued between two words ("Anti-Terrorist", "People's",
        "Magistrates' Court")."""
        if doc[i] in {"-", "\u2010", "\u2011"} and 0 < i < len(doc) - 1:
            return not doc.spaces[i - 1] and not doc.spaces[i]
        return _is_possessive(doc, i)

    def _word_end(self, doc: DocView, i: int) -> int:
        """The end of the compound word starting at ``i`` ("Anti-Terrorist", "Co-operation")."""
        i += 1
        while i + 1 < len(doc) and self._is_joiner(doc, i):
            if _is_possessive(doc, i):
                i += 1
                continue
            if not doc[i + 1][:1].isalnum():
                break
            i += 2
        return i

    # -- parsing -------------------------------------------------------------------------
    def find(self, doc: DocView, ents: Sequence[Ent] | None = None,
             blocked: set[int] | None = None) -> list[tuple[int, int]]:
        """Non-overlapping organization spans (token offsets), longest first per head.

        ``ents`` are the doc's entities (read from the doc when not given); ``blocked`` are
        token indices no name may touch (added to those of non-name entities).
        """
        heads = list(compress(count(), map(self._head_orths.__contains__, doc.orths)))
        if not heads:
            return []
        ents = doc.ents if ents is None else ents
        ent_by_start, ent_by_end = _entity_maps(ents)
        blocked = _blocked_tokens(ents) | (blocked or set())
        # capitalized substances a name's extension may read ("... of Coca Leaf Cultivation")
        self._ent_ends = set(ent_by_end)
        self._place_starts = {end: ent.start for end, ent in ent_by_end.items()
                              if ent.label_ == "LOC"}
        self._soft = {i for ent in ents if ent.label_ == "SUBSTANCE" and ent.text[:1].isupper()
                      for i in range(ent.start, ent.end)}
        spans: list[tuple[int, int]] = []
        last_end = -1
        tails = self.words.tail_heads
        for head in heads:
            if head < last_end or head in blocked:
                continue
            if doc[head] in tails and not self._tail_head_at(doc, head):
                continue  # "Moscow Region", "Washington Post": a place, a title
            if doc[head] in self.words.reference_heads and head + 1 < len(doc) \
                    and doc[head + 1][:1].isdigit():
                continue  # "Section 39B of the Dangerous Drugs Act": a law's part
            found = self._parse_at(doc, head, ent_by_start, ent_by_end, blocked, last_end)
            if found is not None:
                spans.append(found)
                last_end = found[1]
        return spans

    def _parse_at(self, doc: DocView, head: int, ent_by_start: dict[int, Ent],
                  ent_by_end: dict[int, Ent], blocked: set[int],
                  floor: int = 0) -> tuple[int, int] | None:
        """The name around the head noun at ``head``; it may not start before ``floor``
        (the end of the name found before it)."""
        core_end = self._core_end(doc, head, ent_by_start)
        start = self._core_start(doc, head, ent_by_end, blocked, floor)
        content = [i for i in range(start, core_end) if not doc[i].isspace()]
        self._name_start = start
        end = self._place_tail(doc, self._extend(doc, core_end, ent_by_start, blocked, depth=0))
        if end == core_end and doc[core_end - 1] in self.words.heads:
            end = self._after_quoted_name(doc, core_end, ent_by_start, blocked)
        if len(content) == 1 and end == core_end:
            return None  # a bare head noun ("Police", "Ministry") is no name
        if end == core_end and len(content) == 2 and doc[content[1]] in _CENTRES \
                and doc[content[0]].isupper() and len(doc[content[0]]) > 1:
            end = self._seat_named(doc, core_end, ent_by_start)
        if len(content) == 3 and end == core_end and content[1] == head - 1 \
                and doc[content[0]] in self.words.office_holders \
                and doc[head - 1] in _ANY_POSSESSIVES:
            return None  # "the Sheriff's Office", "the Prosecutor's Office": a bare office
        if len(content) == 1 and _sentence_start(doc, start) and doc[head].endswith("s") \
                and doc[head] not in {"Headquarters", "Customs"}:
            return None  # "Troops of the CSTO ...": a capitalized plural opening a sentence
        if end - start > self.max_tokens:
            return None
        return start, end

    def _place_tail(self, doc: DocView, end: int) -> int:
        """``end`` past a lower-case place tail ("of Shymkent city") when the name ends with a
        place (LOC), else ``end``."""
        if end not in self._place_starts or end >= len(doc) or not doc.spaces[end - 1] \
                or doc[end] not in self.words.place_tails:
            return end
        return end + 1

    def _after_quoted_name(self, doc: DocView, pos: int, ent_by_start: dict[int, Ent],
                           blocked: set[int]) -> int:
        """'Regional Command "West" of the Armed Forces': a unit's own name in quotes right
        after its head noun (at ``pos``), then the parent it belongs to: the name runs on over
        both; without a parent after the quotes it ends at ``pos`` (the quoted name alone is
        read by the organizations component)."""
        if pos + 2 >= len(doc) or not doc.spaces[pos - 1] or doc[pos] not in OPEN_QUOTES:
            return pos
        i = pos + 1
        for _ in range(QUOTED_NAME_WORDS):  # capitalized words, letters only
            if i >= len(doc) or i in blocked or not doc[i].isalpha() \
                    or not doc[i][:1].isupper():
                return pos  # (an operation's name is blocked: no unit's)
            i += 1
            if i < len(doc) and doc[i] in CLOSE_QUOTES:
                break
        if i >= len(doc) or doc[i] not in CLOSE_QUOTES or not doc.spaces[i]:
            return pos
        j = _skip_inner_space(doc, i + 1)
        if j >= len(doc) or doc[j] != "of":
            return pos
        end = self._extend(doc, i + 1, ent_by_start, blocked, depth=0)
        return end if end > i + 1 else pos

    def _core_end(self, doc: DocView, head: int, ent_by_start: dict[int, Ent]) -> int:
        """Extend the core rightwards to the last head noun of its capitalized run."""
        end = head + 1
        i = end
        while i < len(doc):
            token = doc[i]
            if token.isspace() and "\n\n" not in token:
                if _breaks_name(doc, i):
                    break
                i += 1
                continue
            if i in ent_by_start:
                i = ent_by_start[i].end
                continue
            if token.lower() in AND_WORDS and (end < i or self._word_before_head(doc, i + 1,
                                                                          ent_by_start)) \
                    and self._head_ahead(doc, i + 1, ent_by_start):
                i += 1  # "Customs Intelligence and Investigations Directorate", "Customs
                continue  # and Excise Department": one name
            if not self._is_name_word(token, core=True):
                if self._number_before_head(doc, end, i):
                    i += 1  # "Coast Guard Region 1 Command": the numbered unit's own head
                    continue
                break
            word_start = i
            i = self._word_end(doc, i)
            word = doc[i - 1]
            if word in self.words.heads:
                end = i
            elif word in self.words.post_head and end == word_start:
                end = i  # "Directorate General of Customs and Excise"
            elif word in self.words.tail_heads and self._tail_head_at(doc, i - 1):
                end = i  # "Teknaf Model Police Station"
        if doc[end - 1] in self.words.numbered_heads:
            return self._unit_number_end(doc, end)
        return end

    def _word_before_head(self, doc: DocView, i: int, ent_by_start: dict[int, Ent]) -> bool:
        """After "and" right after a head noun: is the word at ``i`` a service's field, no
        head and no entity ("Customs and Excise Department", "Police and Border Guard
        Board": one name; "Police and Customs officers", "West Yorkshire Police and
        Humberside Police": two)?"""
        i = _skip_inner_space(doc, i)
        if i >= len(doc) or i in ent_by_start or doc[i] in self.words.heads:
            return False
        word = doc[i].lower()  # a service's field, not a place ("and Humberside Police")
        return word in self.words.head_and_words

    def _tail_head_at(self, doc: DocView, i: int) -> bool:
        """Does the tail head at ``i`` follow a head noun or a tail modifier ("Police
        Station", "Army Region", "Military Zone")?"""
        return i > 0 and doc[i - 1] in self._after_tail

    def _number_before_head(self, doc: DocView, end: int, i: int) -> bool:
        """Is the token at ``i`` a unit number right after the numbered head that ends the
        core at ``end`` and right before a further head noun ("Coast Guard Region 1
        Command", "Border Detachment 2 Headquarters")?"""
        if i != end or not self._numbered_head_number(doc, end) or not doc.spaces[i]:
            return False
        return i + 1 < len(doc) and doc[i + 1] in self.words.numbered_unit_heads

    def _numbered_head_number(self, doc: DocView, end: int) -> bool:
        """Is the token at ``end`` a unit number one space after a numbered head ("Region
        1", "Police Post 10")?"""
        return end < len(doc) and doc[end - 1] in self.words.numbered_heads \
            and bool(doc.spaces[end - 1]) and _UNIT_NUMBER.match(doc[end]) is not None

    def _unit_number_end(self, doc: DocView, end: int) -> int:
        """A unit number right after a numbered head joins the name ("Narcotics Suppression
        Division 5", "Police Post 10"), unless a count or an amount reads it ("Unit 5
        officers", "Squad 3 kg")."""
        if not self._numbered_head_number(doc, end):
            return end
        after = _skip_inner_space(doc, end + 1)
        if after >= len(doc) or "\n" in doc[after - 1] or after > end + 1:
            return end + 1
        word = doc[after]
        if not word[:1].isalpha():
            return end + 1
        if word[:1].isupper() or word in self.words.amount_words:
            return end
        if word.endswith("s") and word not in self.words.verbs_in_s:
            return end  # "Unit 5 officers": a count
        return end + 1

    def _core_start(self, doc: DocView, head: int, ent_by_end: dict[int, Ent],
                    blocked: set[int], floor: int = 0) -> int:
        """Extend the core leftwards over capitalized words and known entities, and over an
        "and" between capitalized words that belong to no name found before ("Customs and
        Monopolies Agency")."""
        start = head
        i = head - 1
        while i >= 0 and i not in blocked:
            token = doc[i]
            if token.lower() in AND_WORDS and i == start - 1 and i - 1 >= floor \
                    and i not in ent_by_end and i - 1 not in blocked \
                    and self._is_name_word(doc[i - 1], core=True) \
                    and not _acronym_before(doc, i - 1, head):
                i -= 1
                continue
            if i + 1 in ent_by_end:
                i = ent_by_end[i + 1].start
                start = i
                i -= 1
                continue
            if token.isspace() and "\n\n" not in token:
                if ("\n" in token and _ends_body(ent_by_end, i)) or _breaks_name(doc, i):
                    break  # "Source: Australian Border Force / Australian Border Force officers"
                i -= 1
                continue
            if self._is_joiner(doc, i):
                if _is_possessive(doc, i) and (_ends_owner(ent_by_end, i) or i <= floor
                                               or (start < head and doc[i - 1]
                                                   in self.words.office_holders)):
                    break  # "the DEA's Phoenix Field Division", "Chile's Investigations
                    # Police", "the Attorney General's Special Investigations Section": the
                    # owner's unit, a name of its own
                if i > 0 and doc[i - 1][:1].isupper():  # "All-Russian", "Anti-Drug"
                    start = i - 1
                    i -= 2
                    continue
                break
            if not self._is_name_word(token, core=True):
                if start == head and i > 1 and self._number_before_head(doc, i, i):
                    start = i  # "Region 3 Command": its numbered head before it
                    i -= 1
                    continue
                if token in self.words.office_holders and token[:1].isupper() \
                        and doc[start] in self.words.office_holders \
                        and start + 1 < head and _is_possessive(doc, start + 1):
                    start = i  # "the Prosecutor General's Office": a title that holds the
                    i -= 1  # office is in its name
                    continue
                if _ORDINAL.match(token):  # "23rd Federal Court", "5th Fleet"
                    start = i
                elif token in self.words.ordinals and (not _sentence_start(doc, i)
                                                       or _wrapped_line_start(doc, i)):
                    start = i  # "the Third Army Region", "a boat of the\nThird Naval Area
                    # Command" (a hard-wrapped sentence goes on after its line break)
                break
            start = i
            i -= 1
        return start

    def _paired_area(self, doc: DocView, pos: int, second: Ent) -> bool:
        """Is ``second``, a place after "and", an area by its head ("Leningrad Region") that
        a unit serves with the place ending at ``pos``, itself after "for" (and "the")?"""
        if doc[second.end - 1] not in self.words.paired_area_heads:
            return False
        j = self._place_starts.get(pos, 0) - 1
        while j >= 0 and (doc[j].isspace() or doc[j].lower() in self.words.articles):
            j -= 1
        return j >= 0 and doc[j] == "for"

    def _extend(self, doc: DocView, pos: int, ent_by_start: dict[int, Ent], blocked: set[int],
                depth: int) -> int:
        """The end of the longest valid chain of extensions starting at ``pos``."""
        if depth > 12:
            return pos
        i = _skip_inner_space(doc, pos)
        if i >= len(doc):
            return pos
        link = doc[i].lower()
        needs_body = False
        if self.words.phrase_links and doc[i] in self._phrase_firsts:
            phrase_end = self._phrase_link_end(doc, i)
            if phrase_end > i:  # "... of State in charge of the National Gendarmerie"
                i, link, needs_body = phrase_end - 1, doc[phrase_end - 1].lower(), True
        number_end = self._written_number_end(doc, i)
        if number_end > i:  # "Court of Instruction number 2 (of Ayamonte)"
            return self._extend(doc, number_end, ent_by_start, blocked, depth + 1)
        if depth and link in self.words.articles and doc[pos - 1] in self.words.object_gerunds:
            return self._gerund_object(doc, pos, i, ent_by_start, blocked, depth)
        if depth and pos not in self._ent_ends and doc[pos - 1] not in self.words.heads:
            inner = self._inner_link(doc, pos, i, ent_by_start, blocked)
            if inner > i:  # "... of Health, Labour and Welfare", "Trafficking in Drugs"
                return self._extend(doc, inner, ent_by_start, blocked, depth + 1)
        if link == "in" and pos > 0 and doc[pos - 1] in self.words.in_heads:
            if self._sits_in(doc, pos):
                return pos  # "the Supreme Court in Apia": where it sits, not its name
            return self._in_place(doc, i + 1, pos, ent_by_start)
        if link not in self.words.links:
            return pos
        i = _skip_inner_space(doc, i + 1)
        if link == "on" and i < len(doc) and doc[i] in self.words.platforms:
            return pos  # "Follow the Laredo Field Office on X": where it posts
        article = i < len(doc) and doc[i].lower() in self.words.articles \
            and (doc[i].islower() or _country_article(doc, i, ent_by_start))
        if article:
            i = _skip_inner_space(doc, i + 1)
        if link == "on" and i < len(doc) and _ROAD_NUMBER.fullmatch(doc[i]):
            return pos  # "the Grand Ducal Police on the A3": where it acted, a road
        seg_end, scan_end, capitalized, has_head, only_entities = self._segment(
            doc, i, ent_by_start, blocked)
        if scan_end == i:
            return pos
        if link in AND_WORDS and not article and pos in self._place_starts and i in ent_by_start \
                and ent_by_start[i].label_ == "LOC":
            shared = _skip_inner_space(doc, ent_by_start[i].end)
            if shared < len(doc) and doc[shared] in self.words.shared_area_heads:
                # "... for the Omsk and Novosibirsk Regions": two places, one head
                return self._extend(doc, shared + 1, ent_by_start, blocked, depth + 1)
            if self._paired_area(doc, pos, ent_by_start[i]):
                # "... for St. Petersburg and Leningrad Region": one unit, two areas
                return self._extend(doc, ent_by_start[i].end, ent_by_start, blocked,
                                    depth + 1)
        if link in AND_WORDS and article and (not capitalized or _lone_acronym(doc, i, seg_end)
                                              or doc[i] in self.words.second_body_openers):
            return pos  # "the Committee and the drug control department of ...", "the
            # Federal Police and the FPF" (a body's acronym no list knows), "the Sharjah
            # Police and the National Ambulance": two bodies
        if link in AND_WORDS and not article and capitalized and not doc[pos - 1].isupper() \
                and _acronyms_only(doc, i, seg_end):
            return pos  # "Police and EUPOL COPPS": a second body by its acronym
        if link in AND_WORDS and not article and capitalized and depth \
                and self._field_conjunct(doc, pos, i, seg_end, has_head, only_entities,
                                         ent_by_start):
            # "Ministry of Education and Science and Ministry of Health", "Ministry of
            # Revenue and Customs": the second field of the portfolio, then the name ends
            return self._extend(doc, seg_end, ent_by_start, blocked, depth + 1)
        if link in AND_WORDS and article and capitalized \
                and self._person_ahead(doc, i, seg_end):
            return pos  # "Coast Guard and the National Commissioner of Police": a person
        if link in {"and", "&"} and (has_head or only_entities
                                     or self._head_ahead(doc, seg_end, ent_by_start)
                                     or _has_body(ent_by_start, i, seg_end)):
            return pos  # "... Ministry of X and the Ministry of Y": two bodies; "X and Y": a list
        if link == "under" and not (has_head or only_entities):
            return pos  # "Police Station under the Narcotics Control Act": a law, no body
        if needs_body and not (has_head or only_entities or capitalized):
            return pos  # "the Ministry in charge of roads": no name goes on
        if link in {"and", "&"} and (doc[i] in self.words.titles
                                     or (article and doc[i] in self.words.roles)):
            return pos  # "UNODC and the President of the Board": a person's role follows
        if capitalized:
            return self._extend(doc, seg_end, ent_by_start, blocked, depth + 1)
        # Lower-case words only ("of heads of security units ..."): valid if a name follows.
        further = self._extend(doc, scan_end, ent_by_start, blocked, depth + 1)
        return further if further > scan_end else pos

    def _field_conjunct(self, doc: DocView, pos: int, i: int, seg_end: int, has_head: bool,
                        only_entities: bool, ent_by_start: dict[int, Ent]) -> bool:
        """After a name's object ("Ministry of Education", its last word at ``pos - 1``, no
        head noun), is the segment ``i:seg_end`` after "and" the portfolio's second field,
        not a second body? So when another "and" and a body follow it ("... and Science and
        Ministry of Health": "Science" is no body of its own), or when it is one service
        word (``head_and_words``) after a service word ("of Revenue and Customs")."""
        before = doc[pos - 1]
        if pos in self._ent_ends or before in self.words.heads or only_entities \
                or _has_body(ent_by_start, i, seg_end):
            return False
        after = _skip_inner_space(doc, seg_end)
        if not has_head:
            return after < len(doc) and doc[after] in AND_WORDS \
                and self._head_ahead(doc, after + 1, ent_by_start)
        fields = self.words.head_and_words
        return seg_end == i + 1 and doc[i].lower() in fields and before.lower() in fields \
            and (after >= len(doc) or not self._is_name_word(doc[after], core=False))

    def _person_ahead(self, doc: DocView, i: int, seg_end: int) -> bool:
        """Does the capitalized segment after "and the" (tokens ``i:seg_end``) hold a person's
        title ("and the National Commissioner of the Icelandic Police", "and the Deputy
        Director")?"""
        titles, roles = self.words.titles, self.words.roles
        return any(doc[k] in titles or doc[k] in roles for k in range(i, seg_end))

    def _phrase_link_end(self, doc: DocView, i: int) -> int:
        """The end of a ``phrase_links`` phrase written at ``i`` ("in charge of": lower-case
        words, single spaces), else ``i``."""
        for phrase in self.words.phrase_links:
            end = i + len(phrase)
            if end <= len(doc) and all(doc[i + k] == word and doc.spaces[i + k]
                                       for k, word in enumerate(phrase)):
                return end
        return i

    def _written_number_end(self, doc: DocView, i: int) -> int:
        """"number 2", "No. 5" at ``i`` after a name part: the end of the number when a unit
        number follows the word and nothing reads it as a count ("the Forces number 300
        officers": a verb), else ``i``."""
        if doc[i] not in self.words.number_words or i + 2 >= len(doc):
            return i
        j = i + 1
        if doc[j] == "." and not doc.spaces[i]:  # "No. 5"
            j += 1
        if not doc.spaces[j - 1] or j >= len(doc) or not _UNIT_NUMBER.match(doc[j]):
            return i
        after = _skip_inner_space(doc, j + 1)
        word = doc[after] if after < len(doc) and "\n" not in doc[after - 1] else ""
        if word in self.words.amount_words or (word[:1].islower() and word.endswith("s")
                                     and word not in self.words.verbs_in_s):
            return i  # "the Forces number 300 officers", "number 3 kg": a count
        return j + 1

    def _gerund_object(self, doc: DocView, pos: int, i: int, ent_by_start: dict[int, Ent],
                       blocked: set[int], depth: int) -> int:
        """"... and Countering the Financing of Terrorism": after a gerund of a name's
        subject (at ``pos - 1``), "the" and capitalized words without a head noun are its
        object and stay in the name; the article is at ``i``. The end, or ``pos``."""
        j = _skip_inner_space(doc, i + 1)
        seg_end, _, capitalized, has_head, _ = self._segment(doc, j, ent_by_start, blocked)
        if not capitalized or has_head or j in ent_by_start:
            return pos
        return self._extend(doc, seg_end, ent_by_start, blocked, depth + 1)

    def _sits_in(self, doc: DocView, pos: int) -> bool:
        """Is the name ending at ``pos`` a court or an office holder's office ("Supreme
        Court", "Public Prosecutor's Office") without a local level word ("District Court",
        "Basic State Prosecutor's Office"), so that "in" + a place after it is only where it
        sits?"""
        head = doc[pos - 1]
        office = pos > 2 and doc[pos - 2] in _ANY_POSSESSIVES \
            and doc[pos - 3] in self.words.office_holders
        if head not in self.words.sitting_heads and not office:
            return False
        levels = self.words.local_court_levels
        return not any(doc[k] in levels for k in range(self._name_start, pos))

    def _inner_link(self, doc: DocView, pos: int, i: int, ent_by_start: dict[int, Ent],
                    blocked: set[int]) -> int:
        """Inside an extension ("of Health", "of Illicit Trafficking"), the words that go on
        with the thing it names, not with a body or a place: a comma and a series ending in
        "and" ("of Health, Labour and Welfare", "of Agriculture, Forestry and Fisheries"), or
        "in" between subject words of names (``name_lowercase_words``: "Trafficking in
        Drugs"), or "over" after a word of control (``over_object_words``: "Control over
        Drug Trafficking"). The extension ends at ``pos``, its link would be at ``i``.
        The end of those words, or ``i`` when none: every part is capitalized words without a
        head noun or an entity, and no head follows ("of Interior, Customs and the Border
        Guard": bodies)."""
        if doc[i] == ",":
            first = self._plain_segment(doc, _skip_inner_space(doc, i + 1), ent_by_start,
                                        blocked)
            if first is None:
                return i
            j = _skip_inner_space(doc, first)
            if j >= len(doc) or doc[j] != "and":
                return i
            last = self._plain_segment(doc, _skip_inner_space(doc, j + 1), ent_by_start,
                                       blocked)
        elif doc[i] == "in" and ((subject := doc[pos - 1].lower()) in self.words.lowercase
                                 or subject in self.words.in_objects):
            j = _skip_inner_space(doc, i + 1)
            last = self._plain_segment(doc, j, ent_by_start, blocked)
            objects = subject in self.words.in_objects  # "Trafficking in Persons"
            if last is not None and not objects and any(
                    doc[k].lower() not in self.words.lowercase
                    for k in range(j, last) if not doc[k].isspace()):
                return i  # "Court of Justice in Cobourg": a seat, not a subject's object
        elif doc[i] == "over" and doc[pos - 1].lower() in self.words.over_objects:
            last = self._plain_segment(doc, _skip_inner_space(doc, i + 1), ent_by_start,
                                       blocked)  # "Control over Drug Trafficking"
        else:
            return i
        if last is None or self._head_ahead(doc, last, ent_by_start):
            return i
        return last

    def _plain_segment(self, doc: DocView, i: int, ent_by_start: dict[int, Ent],
                       blocked: set[int]) -> int | None:
        """The end of one to three capitalized words at ``i`` that are no head noun, no
        entity and not in caps (a title's), else None."""
        end, words = i, 0
        while end < len(doc) and words < INNER_SERIES_WORDS:
            token = doc[end]
            if end in ent_by_start or (end in blocked and end not in self._soft) \
                    or not self._is_name_word(token, core=True) or token in self.words.heads \
                    or token.isupper():
                break
            end, words = self._word_end(doc, end), words + 1
        return end if end > i else None

    def _seat_named(self, doc: DocView, pos: int, ent_by_start: dict[int, Ent]) -> int:
        """"the OSCE Centre in Ashgabat": a centre named by nothing but its parent's acronym
        is told apart by its seat, "in" + a place, which is part of its name (a centre with
        a name of its own is not: "the INTERPOL Command and Coordination Centre in Buenos
        Aires"). The end of the seat, or ``pos``."""
        i = _skip_inner_space(doc, pos)
        if i >= len(doc) or doc[i] != "in":
            return pos
        return self._in_place(doc, i + 1, pos, ent_by_start)

    @staticmethod
    def _in_place(doc: DocView, i: int, pos: int, ent_by_start: dict[int, Ent]) -> int:
        """"Programme Office in Tajikistan": "in" + one country or place ends the name."""
        i = _skip_inner_space(doc, i)
        if i < len(doc) and doc[i].lower() == "the":
            i = _skip_inner_space(doc, i + 1)
        ent = ent_by_start.get(i)
        return ent.end if ent is not None and ent.label_ in {"COUNTRY", "LOC"} else pos

    def _head_ahead(self, doc: DocView, i: int, ent_by_start: dict[int, Ent]) -> bool:
        """Does the capitalized run at ``i`` ("and Operations Centre") reach a head noun?"""
        for _ in range(8):
            i = _skip_inner_space(doc, i)
            if i >= len(doc):
                return False
            token = doc[i]
            if token in self.words.heads:
                return True
            if i in ent_by_start:
                i = ent_by_start[i].end
                if doc[i - 1] in self.words.heads:
                    return True  # "... and Media Department" read as a place: its head
            elif token.lower() in {"and", "&"} or self._is_name_word(token, core=False):
                i += 1
            else:
                return False
        return False

    def _owner_possessive(self, doc: DocView, i: int) -> bool:
        """Is token ``i`` an owner's possessive inside a name's extension: "'s", or a bare
        apostrophe after an "s" ("the Ministry of Internal Affairs' Central Criminal Police
        Department") not right before a head noun (the "Magistrates' Court", "Supreme
        Prosecutors' Office" own no unit: the possessive is in their name)?"""
        if doc[i] in _POSSESSIVES:
            return True
        if not _is_possessive(doc, i):
            return False
        j = _skip_inner_space(doc, i + 1)
        return j >= len(doc) or doc[j] not in self.words.heads

    def _owner_ends_name(self, doc: DocView, i: int, ent_by_start: dict[int, Ent]) -> bool:
        """After a possessive at ``i - 1`` inside a name's extension: a lower-case word (the
        name owns a thing: "Ministry of Interior's efforts") or a name with a head noun of its
        own (a unit: "Ministry of Interior's General Administration") ends the name there."""
        j = _skip_inner_space(doc, i)
        if j >= len(doc):
            return True
        return doc[j][:1].islower() or self._head_ahead(doc, j, ent_by_start)

    def _office_end(self, doc: DocView, i: int, word_start: int) -> int:
        """After an office holder's possessive ending at ``i`` ("Prosecutor's"): the end of
        the office's head noun when it ends the capitalized run ("the National Prosecutor's
        Office."), else 0 ("the Ministry of Interior's General Administration")."""
        if i - 1 <= word_start or doc[i - 1] not in _POSSESSIVES \
                or doc[i - 2] not in self.words.office_holders:
            return 0
        j = _skip_inner_space(doc, i)
        if j >= len(doc) or doc[j] not in self.words.heads:
            return 0
        after = _skip_inner_space(doc, j + 1)
        if after < len(doc) and self._is_name_word(doc[after], core=False):
            return 0
        return j + 1

    def _segment(self, doc: DocView, i: int, ent_by_start: dict[int, Ent],
                 blocked: set[int]) -> tuple[int, int, bool, bool, bool]:
        """Parse one segment: (end of the name part, end of the words read, has capitals,
        has a head noun, only entities)."""
        start = end = i
        capitalized = has_head = has_word = False
        has_entity = after_entity = False
        last_label = ""
        entity_end = -1
        while i < len(doc) and (i not in blocked or i in self._soft):
            token = doc[i]
            if i in ent_by_start:
                last_label = ent_by_start[i].label_
                i = entity_end = ent_by_start[i].end
                end, capitalized, has_entity, after_entity = i, True, True, True
                continue
            if token.isspace() and "\n\n" not in token:
                if _breaks_name(doc, i):
                    break
                i += 1
                continue
            # (a place's body goes on: "of the Gomel Regional Executive Committee")
            if after_entity and token.lower() not in self.words.lowercase \
                    and token not in self.words.heads \
                    and (last_label == "NORP" or not self._head_ahead(doc, i, ent_by_start)):
                if last_label == "NORP" and self._is_name_word(token, core=False):
                    return start, start, False, False, False  # "of the Honduran Armed Forces"
                break  # "of Belarus Alexander Volfovich": a name after the entity is a person
            if self._is_name_word(token, core=False) or (
                    i == start and token in self.words.ordinals
                    and self._name_word_next(doc, i)):  # "Court of First Instance"
                word_start = i
                i = self._word_end(doc, i)
                office = self._office_end(doc, i, word_start)
                if office:
                    i = end = office  # "of the National Prosecutor's Office"
                    capitalized = has_word = has_head = True
                    continue
                if i - 1 > word_start and self._owner_possessive(doc, i - 1) \
                        and self._owner_ends_name(doc, i, ent_by_start):
                    end, capitalized, has_word = i - 1, True, True
                    # a unit of the owner follows: for "and" a second body ("... and the
                    # State Attorney General's Office")
                    after = _skip_inner_space(doc, i)
                    has_head = has_head or (after < len(doc) and not doc[after][:1].islower())
                    i -= 1
                    break  # "the Ministry of Interior's efforts / General Administration"
                end, capitalized, has_word = i, True, True
                has_head = has_head or doc[i - 1] in self.words.heads
                continue
            if token in self.words.lowercase:
                i += 1
                if token in self.words.endings:
                    end = i
                continue
            break
        scan_end = i
        while scan_end > end and doc[scan_end - 1].isspace():
            scan_end -= 1
        if last_label == "NORP" and end == entity_end and not has_word and scan_end > end:
            return start, start, False, False, False  # "Delegation of Iranian police": a
            # demonym before a lower-case generic noun is no name's part (samples guide)
        return end, scan_end, capitalized, has_head, has_entity and not has_word


AND_WORDS = frozenset({"and", "&"})  # words joining two names
_CENTRES = frozenset({"Centre", "Center"})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")
# a road's number ("A3", "N-1", "BR-163"), no subject of a name ("Committee on ...")
_ROAD_NUMBER = re.compile(ROAD_NUMBER)
_UNIT_NUMBER = re.compile(
    rf"(?:\d{{1,3}}|{escaped_alternation(ROMAN_UNIT_NUMBERS)})$")
_POSSESSIVES = frozenset({"'s", "\u2019s"})
_PLURAL_POSSESSIVES = frozenset({"'", "\u2019"})
_ANY_POSSESSIVES = _POSSESSIVES | _PLURAL_POSSESSIVES


def _acronym_before(doc: DocView, i: int, head: int) -> bool:
    """Is token ``i``, before an "and" that opens a name with its head noun at ``head``, an
    acronym in a line not written in caps ("the SRC and Revenue Service of Georgia", "FFAA
    and US Southern Command": two bodies; "CUSTOMS AND EXCISE DEPARTMENT" is one)?"""
    return _is_acronym(doc[i]) and not doc[head].isupper()


def _lone_acronym(doc: DocView, i: int, seg_end: int) -> bool:
    """Is the segment ``i:seg_end`` after "and the" one acronym ("and the MIPD": a second
    body, no part of the name before it)?"""
    return seg_end == i + 1 and _is_acronym(doc[i])


def _acronyms_only(doc: DocView, i: int, seg_end: int) -> bool:
    """Is the segment ``i:seg_end`` after "and" acronyms alone ("and EUPOL COPPS", "and
    DCCG")?"""
    words = [doc[k] for k in range(i, seg_end) if not doc[k].isspace()]
    return bool(words) and all(_is_acronym(word) for word in words)


def _is_acronym(word: str) -> bool:
    """Is ``word`` an acronym: two or more capital letters, nothing else ("MIPD", "SRC")?"""
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _ends_body(ent_by_end: dict[int, Ent], i: int) -> bool:
    """Does a listed or found organization end right before token ``i``?"""
    ent = ent_by_end.get(i)
    return ent is not None and ent.label_ == "ORG"


def _has_body(ent_by_start: dict[int, Ent], start: int, end: int) -> bool:
    """Is an organization among the entities of tokens ``start:end`` ("and Appalachia
    HIDTA": a second body)?"""
    for i in range(start, end):
        ent = ent_by_start.get(i)
        if ent is not None and ent.label_ == "ORG":
            return True
    return False


def _ends_owner(ent_by_end: dict[int, Ent], i: int) -> bool:
    """Does an organization or a country, the owner before a possessive ("the DEA's",
    "Chile's"), end right before token ``i``?"""
    ent = ent_by_end.get(i)
    return ent is not None and ent.label_ in ("ORG", "COUNTRY")


def _is_possessive(doc: DocView, i: int) -> bool:
    """A possessive glued to the word before it: "People's", "Magistrates' "."""
    if i == 0 or doc.spaces[i - 1]:
        return False
    text = doc[i]
    return text in _POSSESSIVES or (text in _PLURAL_POSSESSIVES and bool(doc.spaces[i])
                                    and doc[i - 1].endswith("s"))


def _breaks_name(doc: DocView, i: int) -> bool:
    """Token ``i`` is a line break (a title's, a signature's "Director, Media & Advocacy", a
    list entry's, also a hard-wrapped paragraph's: no sample's gold runs a name over one) or
    a cell break inside a line (:func:`_cell_gap`): no name runs over it."""
    return "\n" in doc[i] or _cell_gap(doc[i])


def _cell_gap(token: str) -> bool:
    """A tab or a run of three or more spaces inside a line (a whitespace token of two: the
    word before keeps one): a menu's or a table's cell break ("Ministry   Structure   Press
    service"), over which no name runs."""
    return "\n" not in token and ("\t" in token or len(token) >= 2)


def _sentence_start(doc: DocView, i: int) -> bool:
    """Does token ``i`` open a sentence or a line ("...ago\nTroops of the ...")?"""
    while i > 0 and doc[i - 1].isspace():
        if "\n" in doc[i - 1]:
            return True
        i -= 1
    return i == 0 or doc[i - 1] in {".", "!", "?", ":", ";"}


def _wrapped_line_start(doc: DocView, i: int) -> bool:
    """Does token ``i`` open a line that carries on a sentence the line above breaks off
    after a lower-case word ("... a patrol boat of the\nThird Naval Area Command": hard-wrapped
    text, PDF columns, subtitle cues), not after a full stop or a heading?"""
    j = i - 1
    if j < 1 or not doc[j].isspace() or doc[j].count("\n") != 1:
        return False
    previous = doc[j - 1]
    return previous[:1].islower() and previous.isalpha()


def _country_article(doc: DocView, i: int, ent_by_start: dict[int, Ent]) -> bool:
    """Is the capitalized article at ``i`` part of the country's name right after it ("to
    The Gambia", "in The Bahamas"), so it joins a name's link as "the" does?"""
    after = i + 1
    return doc.spaces[i] and after in ent_by_start \
        and ent_by_start[after].label_ in {"COUNTRY", "LOC"}


def _skip_inner_space(doc: DocView, i: int) -> int:
    while i < len(doc) and doc[i].isspace() and "\n\n" not in doc[i]:
        i += 1
    return i


def _entity_maps(ents: Sequence[Ent]) -> tuple[dict[int, Ent], dict[int, Ent]]:
    by_start: dict[int, Ent] = {}
    by_end: dict[int, Ent] = {}
    for ent in ents:
        if ent.label_ in ABSORBED_LABELS:
            by_start[ent.start] = ent
            by_end[ent.end] = ent
    return by_start, by_end


def _blocked_tokens(ents: Sequence[Ent]) -> set[int]:
    """Tokens inside entities that a name may not absorb (operations, dates, quantities...)."""
    blocked: set[int] = set()
    for ent in ents:
        if ent.label_ not in ABSORBED_LABELS:
            blocked.update(range(ent.start, ent.end))
    return blocked



class ForeignNameFinder:
    """Official names written in French, Spanish, Portuguese or Italian inside an English
    text ("Direction des enquêtes sur le crime organisé", "Service de police de la Ville de
    Saint-Jérôme", "Centrale de l'information criminelle").

    A name is a capitalized head of those languages (``heads``) with at most one word before
    its first link (one of ``first_links``: words English never writes there), then links
    ("de", "des", "de la", "d'", "sur le"...) each followed by a word and at most one word
    more. A lower-case word after the head or a link's word must look like a Romance
    adjective (``endings``: "organisé", "intermunicipale", "criminelle"), so an English verb
    after the name ("... de Laval seized") stays out. The name needs a link; it ends at
    punctuation, a line break, a digit or an English word. Works on characters: one compiled
    pattern finds heads followed by a link, then a short scan reads the rest.
    """

    def __init__(self, heads: Sequence[str], first_links: Sequence[str],
                 links: Sequence[str], endings: Sequence[str], max_words: int = 14) -> None:
        self.links = frozenset(link.lower() for link in [*first_links, *links])
        self.endings = tuple(endings)
        self.max_words = max_words
        head_names = escaped_alternation(heads)
        link_names = escaped_alternation(first_links)
        # a first link after a space ("d" starts every one: a literal prefix the regex engine
        # scans for fast), then the head looked for in a window before it
        self._start = re.compile(
            rf"(?<![\w\-'\u2019])(?:{head_names})(?:[ \t]+[\w\-]+)?[ \t]+$"
        ) if heads and first_links else None
        self._cue = re.compile(rf" (?:{link_names})(?:[ \t]|(?<=['\u2019]))") \
            if first_links else None

    def find(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the names in ``text``."""
        if self._start is None or self._cue is None:
            return []
        found: list[tuple[int, int]] = []
        last_end = 0
        for cue in self._cue.finditer(text):
            if cue.start() < last_end:
                continue
            match = self._start.search(text, max(last_end, cue.start() - 40), cue.start() + 1)
            if match is None:
                continue
            end = self._name_end(text, match.start())
            if end > match.start():
                found.append((match.start(), end))
                last_end = end
        return found

    def _name_end(self, text: str, start: int) -> int:
        """The end of the name starting at ``start`` (``start`` when there is none)."""
        words = _WORD.finditer(text, start, min(len(text), start + 300))
        end = start
        linked = False
        state = "head"  # head -> word (a noun or name) -> link -> word ...
        free = 1  # words allowed before the next link
        count = 0
        previous = start
        for word in words:
            if previous < word.start() and text[previous:word.start()] not in _GAPS:
                break  # a line break or several spaces between the words
            previous = word.end()
            token = word.group()
            lower = token.lower()
            count += 1
            if count > self.max_words:
                break
            if state == "head":
                state, end = "word", word.end()
                continue
            if lower in self.links or lower.rstrip("'\u2019") in self.links:
                state = "link"
                continue
            if state == "link":
                if not (token[:1].isupper() or token[:1].isalpha()):
                    break
                state, free, end, linked = "word", 1, word.end(), True
                continue
            # a word after a word: a capitalized one, or a Romance adjective
            if free and ((token[:1].isupper() and token not in _ENGLISH_CAPITALS)
                         or lower.endswith(self.endings)):
                free -= 1
                end = word.end()
                continue
            break
        return end if linked else start


_WORD = re.compile(r"[^\W\d_][\w\-]*(?:['\u2019](?=\w))?|\d+|[^\w\s]")
_GAPS = frozenset({" ", "\t", "\u00a0"})
_ENGLISH_CAPITALS = frozenset({"The", "A", "An", "And", "Of", "In", "On", "At", "For"})

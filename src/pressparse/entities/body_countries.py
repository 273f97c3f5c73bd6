"""The country a text, a page's masthead or a body's name tells: the evidence
:class:`~pressparse.entities.national_bodies.NationalBodyResolver` weighs before it names a
national body written without its country ("the Interior Ministry" in a Kyrgyz release)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from typing import Any

from ..lru import LRUCache
from ..word_alternation import longest_first_key, spaced_alternation
from .doc_view import Ent
from .national_body_data import COUNTRY_LABELS, ORG, NameMatch, NationalBodies, Values
from .page_acronyms import without_article

_EVIDENCE_LABELS = frozenset({"COUNTRY", "NORP", "LOC", ORG})
SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_DATELINE_AFTER = re.compile(r"(?:,[ \t]*[A-Z][\w.' \t]{1,30})?[ \t]*(?:,|\(|[-\u2013\u2014:])")
LANGUAGE_NOTE_CHARS = 40  # how far before a demonym its language verb and link are looked for


class CountryEvidence:
    """The countries, demonyms, places and listed bodies inside a text (found with the
    gazetteer's phrase index, ``index.matches``), and the country they tell: a text's own, a
    masthead's, a name's, the one the words around a mention give it."""

    def __init__(self, bodies: NationalBodies, nlp: Any, index: Any,
                 contested_places: Iterable[str] = ()) -> None:
        self.bodies = bodies
        self.nlp = nlp
        self.index = index
        # ids of listed places whose name another country's place shares, or that are named
        # like people or things ("Astara", "Mercedes"): a mention of one is weak evidence
        self.contested_places = frozenset(contested_places)
        self._cache: LRUCache[str, list[NameMatch]] = LRUCache(4096)
        self._name_country: LRUCache[str, str | None] = LRUCache(4096)
        self._body_country: LRUCache[tuple[str, str | None], str | None] = LRUCache(4096)
        self._masthead_country: LRUCache[str, str | None] = LRUCache(4096)
        self._no_country: LRUCache[tuple[str, str, str], bool] = LRUCache(4096)
        # listed bodies' names without their country that two countries' bodies share
        self.shared_cores: dict[str, set[str]] = {}
        # each shared core's listed body per country, read from names and variants alike
        self.namesakes: dict[str, dict[str, Mapping[str, Any]]] = {}
        self._country_endings: dict[str, list[str]] = {}
        generic = bodies.generic
        self._origin_re = _cue_pattern(generic.origin_cues, coordinated=True) \
            if generic else None
        self._local_re = _cue_pattern(generic.local_cues) if generic else None
        self._role_before_re = _cue_pattern(generic.foreign_role_before) if generic else None
        self._demonym_origin_re = _cue_pattern(generic.demonym_origin_cues) \
            if generic else None
        self._origin_stop_re = _words_before(generic.demonym_origin_stops) if generic else None
        self._role_after_re = _words_after(generic.foreign_role_after, _CLAUSE_GAP) \
            if generic else None
        self._nationality_re = _words_after(generic.nationality_words) if generic else None
        self._street_re = _words_after(generic.street_words) if generic else None

    def _named_for_country(self, text: str, value: Mapping[str, Any]) -> bool:
        """Does an unlisted place's name open with the name of the country it is placed in
        ("Luxembourg Airport", "Kuwait Airport")? Then its country is no guess."""
        code = value.get("country_iso2")
        if not code or " " not in text:
            return False
        return any(m.start == 0 and m.label == "COUNTRY" and m.value.get("iso2") == code
                   for m in self.names_in(text))

    def names_in(self, text: str) -> list[NameMatch]:
        """Countries, demonyms, places and listed bodies inside ``text`` (cached per text)."""
        found = self._cache.get(text)
        if found is None:
            doc = self.nlp.make_doc(text)
            found = []
            for match in self.index.matches(doc):
                if match.entry.label in COUNTRY_LABELS or match.entry.label in {ORG, "LOC"}:
                    end = doc[match.end - 1]
                    found.append(NameMatch(doc[match.start].idx, end.idx + len(end.text),
                                           match.entry.label, match.entry.normalized))
            self._cache[text] = found
        return found

    def text_countries(self, text: str, rows: list[tuple[Ent, str]], values: Values,
                       publisher: str | None = None, page: str | None = None,
                       ) -> tuple[str | None, str | None]:
        """The country a text is about and the country its own dateline names.

        Home country: its countries, demonyms and places count once (a route's "from Iran"
        less), national bodies more, a dateline ("Baku, 13 May") and the page's publisher
        (``publisher``, the masthead's country) most; the first mention has a head start;
        the top one must dominate the second. When the first body named is an international
        one, the dateline is its seat ("LYON, France - INTERPOL ...") and says nothing of the
        bodies the text names: it is not counted. ``page``, the dateline country of an item
        above on the page, is the publisher's of an item with no masthead country and no
        dateline of its own (a bulletin's numbered case). Dateline country: "Bujumbura, 22
        September -", the first country the text names; none under an international body."""
        generic = self.bodies.generic
        evidence, international_lead = self._text_evidence(text, rows, values)
        # (only the first country it names: "Germany, Saudi Arabia and Japan were the top
        # destinations" opening a later line is no dateline)
        dateline_country = evidence[0][0] if evidence and evidence[0][2] \
            and not international_lead else None
        if publisher is None and page is not None \
                and not any(dateline for _code, _weight, dateline in evidence):
            publisher = page
        if publisher is not None:  # the page's own country, named above everything else
            evidence.insert(0, (publisher,
                                1.0 + (generic.dateline_weight if generic else 0.0), True))
        return self._weigh(evidence, publisher is not None, international_lead), \
            dateline_country

    def _text_evidence(self, text: str, rows: list[tuple[Ent, str]], values: Values,
                       ) -> tuple[list[tuple[str, float, bool]], bool | None]:
        """The countries a text names as ``(country, weight, in a dateline)``, in order,
        and whether the first body it names is an international one (see
        :meth:`text_countries`)."""
        generic = self.bodies.generic
        evidence: list[tuple[str, float, bool]] = []  # (country, weight, in a dateline)
        international_lead: bool | None = None
        dateline_end = -1
        for ent, label in rows:
            if label not in _EVIDENCE_LABELS:
                continue
            value = values.get((ent.start_char, ent.end_char, label)) or {}
            weight = 1.0
            dateline = False
            if label == ORG:
                name = value.get("name") or ""
                code = self.body_country(name, value)
                if code and value.get("id") and self.says_no_country(name, code, ent.text):
                    code = None  # "Narcotics Control Bureau", "NCB": India's or Brunei's
                if generic is not None:
                    weight = generic.origin_weight if code and self._foreign_role(text, ent) \
                        else generic.body_weight  # "the delegation of the Ministry of ..."
                if international_lead is None and not self.no_parent(name):
                    international_lead = bool(value.get("id")) and not value.get("country")
            else:
                code = country_code(label, value) if label != "LOC" or value.get("id") \
                    or self._named_for_country(ent.text, value) \
                    else None  # an unlisted place's country is only a guess from the text,
                # unless the place is named with its country's name ("Luxembourg Airport")
                if code and label == "LOC" and _matches_at(self._street_re, text, ent.end_char):
                    code = None  # "on Tabriz street" in Baku: no place of Iran
                if code and generic is not None and label == "LOC" \
                        and value.get("id") in self.contested_places:
                    weight = generic.origin_weight  # "Astara": Iran's town or Azerbaijan's
                if code and generic is not None and label == "NORP":
                    if self._foreign_demonym(text, ent):  # "a Ukrainian citizen"
                        weight = generic.origin_weight
                elif code and generic is not None:
                    if self._after_origin(text, ent.start_char) \
                            or self._foreign_role(text, ent):
                        weight = generic.origin_weight
                    if _is_dateline(text, ent) or (  # "LYON, France -": its country too
                            0 <= ent.start_char - dateline_end <= 2
                            and text[dateline_end:ent.start_char].strip() in {",", ""}):
                        dateline, dateline_end = True, ent.end_char
            if code:
                evidence.append((self.bodies.sovereign.get(code, code), weight, dateline))
        return evidence, international_lead

    def _weigh(self, evidence: list[tuple[str, float, bool]], published: bool,
               international_lead: bool | None) -> str | None:
        """The country that dominates the evidence (``published``: its first row is the
        publisher's), or None."""
        generic = self.bodies.generic
        scores: dict[str, float] = {}
        raw: dict[str, int] = {}
        datelined: set[str] = set()
        solid: set[str] = set()  # countries named other than as a route's end
        # the first country a text names as its own, not as a route's end ("mostly from
        # Malaysia and Indonesia"), has the head start
        bonus = self.bodies.first_bonus
        for index, (code, weight, dateline) in enumerate(evidence):
            if dateline and published and index == 0:
                datelined.add(code)  # the masthead: weighed above, whoever the text names
            elif dateline:
                if international_lead:
                    continue
                if generic is not None:
                    weight += generic.dateline_weight
                datelined.add(code)
            route = generic is not None and weight == generic.origin_weight
            scores[code] = scores.get(code, 0.0) + weight + (0.0 if route else bonus)
            if not route:
                bonus = 0.0
                solid.add(code)
            raw[code] = raw.get(code, 0) + 1
        if not scores:
            return None
        ranked = sorted(scores.values(), reverse=True)
        top = max(scores, key=lambda k: scores[k])
        second = ranked[1] if len(ranked) > 1 else 0.0
        if ranked[0] < self.bodies.dominance * second or top not in solid:
            return None
        if raw[top] < self.bodies.min_mentions and top not in datelined \
                and any(code in solid for code in scores if code != top):
            return None  # one mention decides only when no other country is named (but
            # as a route's end: "bananas from Ecuador ... in Rotterdam" is a Dutch text)
        return top

    def masthead_country(self, masthead: str | None) -> str | None:
        """The one country a page's masthead names ("Albanian State Police", "Ministry of
        Interior of the Republic of Serbia"): its listed bodies' countries (an international
        body's none), and countries and demonyms outside them; None when it names none or
        several (a regional news site), or when it is a news agency's or a news site's
        ("TASS — Russian News Agency": a relay's items are about any country)."""
        if not masthead:
            return None
        if masthead in self._masthead_country:
            return self._masthead_country[masthead]
        found = [match for match in self.names_in(masthead)
                 if not self._names_language(masthead, match)]
        codes: set[str] = set()
        media = self.bodies.media_masthead
        relay = (media is not None and media.search(masthead) is not None) or any(
            match.label == ORG and self.no_parent(match.value.get("name") or "")
            for match in found)
        if relay:
            found = []  # a news agency's or site's page: its country is not the items'
        shared = _shared_listed_spans(found, self.body_country)
        foreign = [] if relay else self.bodies.foreign_country_spans(masthead)
        for match in found:
            if any(other.start <= match.start and match.end <= other.end
                   and other.end - other.start > match.end - match.start for other in found):
                continue  # "Iraqi" inside "Iraqi News Agency": the agency tells
            if match.label == ORG:
                if _acronym_beside_country(masthead, match, found):
                    continue  # "MVD Uzbekistan": the country says whose ministry it is
                beside = _foreign_beside(masthead, match, foreign)
                if beside is not None:  # "DOUANE TUNISIENNE": not France's "Douane"
                    codes.add(beside)
                    continue
                if (match.start, match.end) in shared:
                    continue  # "La Douane": France's and the Netherlands' listed name
                code = self.body_country(match.value.get("name") or "", match.value)
                if code and match.value.get("id") and self.says_no_country(
                        match.value.get("name") or "", code,
                        masthead[match.start:match.end]):
                    code = None  # "NARCOTICS CONTROL BUREAU": any of several countries'
                    # (see text_countries; a country written beside it is its own match)
            elif match.label in COUNTRY_LABELS:
                code = country_code(match.label, match.value)
            else:
                continue  # a place's country is only a guess
            if code:
                codes.add(self.bodies.sovereign.get(code, code))
        if not relay:
            codes.update(self.bodies.native_country_codes(masthead))
        if not relay and not codes:
            codes.update(self.masthead_short_form_countries(masthead))
        if not relay and not codes:  # a translated release's letterhead ("DOUANE TUNISIENNE")
            codes.update(code for _start, _end, code in foreign)
        country = next(iter(codes)) if len(codes) == 1 else None
        self._masthead_country[masthead] = country
        return country

    def _names_language(self, text: str, match: NameMatch) -> bool:
        """Is a demonym a language after a language verb ("[Automatic translation from
        French]" in a Djiboutian page's header)? The gazetteer's ``language_verbs`` list
        (``country_context.jsonl``) tells the verbs; the note names no country."""
        pattern = self._language_note
        return match.label == "NORP" and pattern is not None and pattern.search(
            text, max(0, match.start - LANGUAGE_NOTE_CHARS), match.start) is not None

    @cached_property
    def _language_note(self) -> re.Pattern[str] | None:
        """The gazetteer's language note before a name (:meth:`CountryContext.language_note
        <pressparse.components.gazetteer.CountryContext.language_note>`); none without it."""
        if "pressparse_gazetteer" not in getattr(self.nlp, "pipe_names", ()):
            return None
        context = getattr(self.nlp.get_pipe("pressparse_gazetteer"), "country_context", None)
        return context.language_note() if context is not None else None

    def masthead_short_form_countries(self, masthead: str) -> set[str]:
        """The countries of the listed bodies a masthead names by their short form alone
        (see :class:`NationalBodyResolver`); none here."""
        return set()

    def publisher_short_form(self, name: str, masthead: str | None) -> dict[str, Any] | None:
        """The listed body a page's masthead names when ``name`` is its short form: two or
        more of its words in order, the first word and the head noun its own ("National
        Center" on the page of the "National Information and Analytical Center on Drug
        Control"), else None."""
        generic = self.bodies.generic
        if generic is None or not masthead or " " not in name \
                or self.masthead_country(masthead) is None:
            return None
        words = generic.words_of(name)
        for match in self.names_in(masthead):
            full = match.value.get("name") or ""
            if match.label != ORG or not match.value.get("id") or self.no_parent(full):
                continue
            own = generic.head_part(generic.words_of(full.split(" under ", 1)[0]))
            if len(own) > len(words) and own[0] == words[0] \
                    and generic.head(full) == words[-1] and _in_order(words, own):
                return dict(match.value)
        return None

    def masthead_body_country(self, name: str, masthead: str | None) -> str | None:
        """The masthead's country when the masthead names the body itself with its country
        ("State Border Service of the Republic of Azerbaijan" above an item's bare "State
        Border Service", which names Georgia too): the publisher's own body, whatever other
        countries its item names; else None."""
        if not masthead or " " not in name:
            return None
        at = masthead.find(name + " of ")
        while at >= 0:
            if at == 0 or not masthead[at - 1].isalnum():
                return self.masthead_country(masthead)
            at = masthead.find(name + " of ", at + 1)
        return None

    def masthead_bodies(self, masthead: str | None) -> list[tuple[int, str, str]]:
        """The listed national bodies a publisher's masthead names, as parents for
        :func:`choose_parent` (start -1: before every mention); none on a news agency's or
        site's page or one naming several countries (see :meth:`masthead_country`)."""
        if self.masthead_country(masthead) is None:
            return []
        generic = self.bodies.generic
        found: list[tuple[int, str, str]] = []
        for match in self.names_in(masthead or ""):
            name = match.value.get("name") or ""
            code = match.value.get("country")
            if match.label != ORG or not code or not match.value.get("id") \
                    or self.no_parent(name) \
                    or (generic is not None and generic.head(name) in generic.unit_heads):
                continue
            if all(name != other for _start, other, _code in found):
                found.append((-1, name, code))
        return found

    def no_parent(self, name: str) -> bool:
        """A body that is nobody's parent and tells no country (a news agency, a court)."""
        units = self.bodies.units
        return units is not None and units.excludes(name)

    def body_country(self, name: str, value: Mapping[str, Any]) -> str | None:
        """The country an ORG mention tells: a listed body's, else the one its name holds;
        None for a news agency or a court, which say nothing of the text's country."""
        key = (name, value.get("country") if value.get("id") else None)
        if key in self._body_country:
            return self._body_country[key]
        if self.no_parent(name):
            code = None
        else:
            code = key[1] if value.get("id") else self.name_country(name)
        self._body_country[key] = code
        return code

    def _after_origin(self, text: str, start: int) -> bool:
        pattern = self._origin_re
        return pattern is not None and pattern.search(text, max(0, start - 60), start) \
            is not None

    def _foreign_role(self, text: str, ent: Ent) -> bool:
        """Is a country or body named in a foreign role: a delegation's or observers' ("the
        delegation of the Ministry of ...", "observers from ...") or one its clause calls
        observers ("representatives of the ... attended as observers")?"""
        before = self._role_before_re
        return (before is not None and before.search(
            text, max(0, ent.start_char - 60), ent.start_char) is not None) \
            or _matches_at(self._role_after_re, text, ent.end_char)

    def _foreign_demonym(self, text: str, ent: Ent) -> bool:
        """Is a demonym a person's nationality ("a Ukrainian citizen", "of Congolese
        nationality") or a route's end ("from the Iranian side"; not "according to the
        ...")? It tells no home country."""
        if _matches_at(self._nationality_re, text, ent.end_char):
            return True
        cue = self._demonym_origin_re
        found = cue.search(text, max(0, ent.start_char - 40), ent.start_char) \
            if cue is not None else None
        stop = self._origin_stop_re
        return found is not None and (stop is None or stop.search(
            text, max(0, found.start() - 12), found.start()) is None)

    def country_near(self, text: str, rows: list[tuple[Ent, str]], values: Values, i: int,
                     home: str | None) -> str | None:
        """The country the words around entity ``i`` give it: "Kazakhstan's [National
        Guard]" / "Kazakh [...]" just before, or a sentence opening "In Ecuador, ..." (any
        "in <country>" earlier in the sentence when ``home`` is None: the caller's country
        of the text, or of its publisher too)."""
        ent = rows[i][0]
        if i:
            prev, prev_label = rows[i - 1]
            prev_value = values.get((prev.start_char, prev.end_char, prev_label)) or {}
            found = _country_before_text(text, prev, prev_label, prev_value, ent)
            if found:
                return found
        if self._local_re is None:
            return None
        sentence = max(0, ent.start_char - 400)
        for end in SENTENCE_END.finditer(text, sentence, ent.start_char):
            sentence = end.end()
        for j in range(i - 1, -1, -1):
            prev, label = rows[j]
            if prev.start_char < sentence:
                break
            if label not in {"COUNTRY", "LOC"}:
                continue
            code = country_code(label, values.get((prev.start_char, prev.end_char, label))
                                 or {})
            if code and label == "COUNTRY" and _heads_line(text, sentence, prev):
                return code  # "- Portugal: the Navy and the Judicial Police ..."
            cue = self._local_re.search(text, max(sentence, prev.start_char - 12),
                                        prev.start_char)
            if code and cue is not None and (home is None or cue.start() == sentence):
                return code
        return None

    def says_no_country(self, name: str, code: str, written: str) -> bool:
        """Is a listed body of country ``code`` (``name``, also when it was given its
        country: "Narcotics Control Bureau of India") written (``written``) only with the
        words listed bodies of other countries bear too ("Narcotics Control Bureau": India's
        and Brunei's; see :attr:`shared_cores`) or with their initials ("NCB")? Such a
        mention tells no country by itself, nor does a synonym form shared by several
        countries' bodies ("Polícia Judiciária"); one with words of its own does ("Indian
        Narcotics Control Bureau", "Douane sénégalaise")."""
        if not self.shared_cores:
            return False
        key = (name, code, written)
        found = self._no_country.get(key)
        if found is None:
            core = self.listed_core(name, code).lower()
            text = without_article(written)
            shared = len(self.shared_cores.get(core, ())) > 1 and (
                text.lower() == core or (text.isupper() and " " not in text))
            # "Polícia Judiciária": Portugal's, Cabo Verde's or Guinea-Bissau's
            found = shared or self.bodies.is_synonym_form(text)
            self._no_country[key] = found
        return found

    def listed_core(self, name: str, code: str) -> str:
        """A listed body's name without its own country at the end ("Narcotics Control
        Bureau of Brunei Darussalam" -> "Narcotics Control Bureau")."""
        for form in self._country_endings.get(code, ()):
            if name.endswith(form) and len(name) > len(form):
                return name[:-len(form)]
        return name

    def learn_shared_cores(self, listed: Iterable[Mapping[str, Any]],
                           country_names: Mapping[str, Iterable[str]]) -> None:
        """Index the listed bodies by their names without their country (``country_names``:
        each country's written forms, "the Republic of Kazakhstan", "Kazakhstan"): a core
        two countries' bodies share ("Narcotics Control Bureau") names none of them."""
        self._country_endings = {
            code: sorted({f" of {form}" for form in forms if form}, key=longest_first_key)
            for code, forms in country_names.items()}
        cored = [(value, self.listed_core(value["name"], value["country"])) for value in listed
                 if value.get("country") and value.get("name")]
        cores: dict[str, set[str]] = {}
        for value, core in cored:
            cores.setdefault(core.lower(), set()).add(value["country"])
        self.shared_cores = {core: codes for core, codes in cores.items() if len(codes) > 1}
        # a unit named with its country's body as parent ("Narcotics Control Bureau of the
        # Nepal Police") is that country's namesake of the shared core before its "of"
        own_names = {(value["country"], value["name"]) for value, _core in cored}
        namesakes: dict[str, dict[str, Mapping[str, Any]]] = {}
        for value, core in cored:
            code, name = value["country"], value["name"]
            head, _, parent = name.rpartition(" of ")
            if head and (code, parent.removeprefix("the ")) in own_names:
                core = head
            if core.lower() in self.shared_cores:
                namesakes.setdefault(core.lower(), {}).setdefault(code, value)
        self.namesakes = namesakes

    def home_namesake(self, value: Mapping[str, Any], home: str) -> Mapping[str, Any] | None:
        """The listed body of the text's country ``home`` that a mention of another country's
        listed body (``value``) names as well; else None. The caller has found that the
        mention tells no country (:meth:`says_no_country`: "Narcotics Control Bureau",
        "NCB": India's, Brunei's and Nepal's)."""
        code, name = value.get("country"), value.get("name") or ""
        if not code or code == home or self.no_parent(name):
            return None  # (a news agency is quoted from anywhere: "Associated Press")
        found = self.namesakes.get(self.listed_core(name, code).lower(), {}).get(home)
        return found if found is not None and found.get("id") != value.get("id") else None

    def name_country(self, name: str) -> str | None:
        """The one country a name holds ("Romanian Police", "Federal Police of Belgium", a
        listed place's country: "Federal Judicial Police of Antwerp"), or None. A place
        listed under the name as written outweighs others read into the same words
        ("Northern Territory Police": Australia's territory, not a "Northern Region")."""
        if name in self._name_country:
            return self._name_country[name]
        matches = self.names_in(name)
        # listed places, each with whether it is listed under the name as written
        places = [(m, str(m.value.get("name") or "").lower() == name[m.start:m.end].lower())
                  for m in matches if m.label == "LOC" and m.value.get("id")]
        exact = {(m.start, m.end) for m, written in places if written}
        codes: set[str] = {m.value.get("iso2") or "" for m in matches if m.label in COUNTRY_LABELS}
        codes |= {m.value.get("country_iso2") or "" for m, written in places
                  if written or (m.start, m.end) not in exact}
        codes.discard("")
        code = codes.pop() if len(codes) == 1 else None
        self._name_country[name] = code
        return code


_DASHES = frozenset({"-", "\u2013", "\u2014", "|"})
_BESIDE_GAP = " \t\u00a0-\u2013\u2014|"


def _acronym_beside_country(text: str, match: NameMatch, found: list[NameMatch]) -> bool:
    """A listed body written as a bare acronym right next to a country's name ("MVD
    Uzbekistan", "Kyrgyzstan GKNB"), or by a name without a country of its own parted from
    a country by a dash in a letterhead ("NATIONAL DRUG LAW ENFORCEMENT AGENCY – SIERRA
    LEONE"): the body is that country's, whatever country the list gives it."""
    written = text[match.start:match.end]
    acronym = written.isupper() and " " not in written
    for other in found:
        if other.label not in COUNTRY_LABELS:
            continue
        gap = text[match.end:other.start] if other.start >= match.end \
            else text[other.end:match.start] if other.end <= match.start else None
        if gap is None or gap.strip(_BESIDE_GAP) != "":
            continue
        if (acronym and len(gap) <= 2) or (len(gap) <= 3 and gap.strip() in _DASHES
                                           and not _holds_country(found, match)):
            return True
    return False


def _holds_country(found: list[NameMatch], match: NameMatch) -> bool:
    """Does a country's or demonym's name stand inside the body's mention?"""
    return any(other.label in COUNTRY_LABELS and match.start <= other.start
               and other.end <= match.end for other in found)


def _shared_listed_spans(found: list[NameMatch],
                         body_country: Callable[[str, Any], str | None]) -> set[tuple[int, int]]:
    """The spans of a masthead that the listed bodies of two countries share as written
    ("Douane": France's and the Netherlands' customs): such a mention tells no country."""
    countries: dict[tuple[int, int], set[str | None]] = {}
    for match in found:
        if match.label == ORG:
            countries.setdefault((match.start, match.end), set()).add(
                body_country(match.value.get("name") or "", match.value))
    return {span for span, codes in countries.items() if len(codes) > 1}


def _foreign_beside(text: str, match: NameMatch,
                    spans: list[tuple[int, int, str]]) -> str | None:
    """The country a listed body's mention is written with in another language, right
    before or after it ("DOUANE TUNISIENNE"): that country's body, whatever country the list
    gives the bare name ("Douane": France's and the Netherlands'); else None."""
    for start, end, code in spans:
        gap = text[match.end:start] if start >= match.end \
            else text[end:match.start] if end <= match.start else None
        if gap is not None and len(gap) <= 2 and gap.strip(" \t\u00a0-") == "":
            return code
    return None


def _in_order(words: list[str], within: list[str]) -> bool:
    """Are ``words`` a subsequence of ``within``?"""
    rest = iter(within)
    return all(word in rest for word in words)


def country_code(label: str, value: Mapping[str, Any]) -> str | None:
    if label in COUNTRY_LABELS:
        return value.get("iso2")
    if label == "LOC":
        return value.get("country_iso2")
    if label == ORG:
        return value.get("country")
    return None


def _cue_pattern(cues: Iterable[str], coordinated: bool = False) -> re.Pattern[str] | None:
    """Cue words right before a name ("from (the) ", "in "), either case at the start;
    ``coordinated``: also before the names joined to the first ("from Malaysia and
    [Indonesia]", "from Limbang, [Sarawak]", "from Iași ([Romania])")."""
    words = sorted(set(cues), key=longest_first_key)
    if not words:
        return None
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in cue.split()) for cue in words)
    joined = r"(?:[A-Z][\w'\u2019.\-]*(?:[ \t]+[A-Z][\w'\u2019.\-]*){0,3}" \
        r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|or)[ \t]+|[ \t]*,[ \t]*and[ \t]+|[ \t]*\([ \t]*)" \
        r"(?:the[ \t]+)?){0,4}" \
        if coordinated else ""
    return re.compile(rf"\b(?i:{alternatives})\s+(?:the\s+)?{joined}$")


# what may stand between a name and a role written after it in its clause
_CLAUSE_GAP = r"[^.;!?\n]{0,60}?"


def _words_before(words: Iterable[str]) -> re.Pattern[str] | None:
    """Words ending right before a cue ("according" before "to the"), either case."""
    alternatives = spaced_alternation(words, r"\s+")
    if not alternatives:
        return None
    return re.compile(rf"\b(?i:{alternatives})\s+$")


def _words_after(words: Iterable[str], gap: str = "") -> re.Pattern[str] | None:
    """Words right after a name (``gap``: what may come between), either case."""
    alternatives = spaced_alternation(words, r"\s+")
    if not alternatives:
        return None
    return re.compile(rf"{gap}[ \t]+(?i:{alternatives})(?![\w])")


def _matches_at(pattern: re.Pattern[str] | None, text: str, at: int) -> bool:
    return pattern is not None and pattern.match(text, at) is not None


def _is_dateline(text: str, ent: Ent) -> bool:
    """A place or country opening a line near the top, then a comma, bracket or dash
    ("Baku, 13 May 2025", "QUITO (AFP) -", "LYON, France -", "Ecuador: ...")."""
    start = ent.start_char
    return start < 800 and (start == 0 or text[start - 1] == "\n") \
        and _DATELINE_AFTER.match(text, ent.end_char) is not None


def _heads_line(text: str, sentence: int, country: Ent) -> bool:
    """Does ``country`` head its line as a label ("Portugal: ...", "- Spain: ...",
    "• ITALY – ...")? A country report's line names that country's bodies."""
    return _LINE_LABEL_BEFORE.fullmatch(text, sentence, country.start_char) is not None \
        and _LINE_LABEL_AFTER.match(text, country.end_char) is not None


# a list line's bullet before its country label, and the colon or dash after it
_LINE_LABEL_BEFORE = re.compile(r"[ \t]*(?:[-\u2013\u2014\u2022*\u25cf\u25aa][ \t]*)?")
_LINE_LABEL_AFTER = re.compile(r"[ \t]*(?::|[\u2013\u2014][ \t])")


def _country_before_text(text: str, prev: Ent, prev_label: str, value: Mapping[str, Any],
                         ent: Ent) -> str | None:
    """``Kazakhstan's [National Guard]``, ``Kazakh [National Guard]``: the country just
    before (a space or a possessive between)."""
    if prev_label not in COUNTRY_LABELS:
        return None
    gap = text[prev.end_char:ent.start_char]
    if gap.strip() in {"", "'s", "\u2019s"} and len(gap) <= 4:
        return value.get("iso2")
    return None

"""Where an event happened: places of a route or a list left out, the dateline's place, an
address's finest place, and a facility or finer place of the same country."""

from __future__ import annotations

import re
from functools import cached_property
from itertools import pairwise

from ..entities.road_numbers import ROAD_NUMBER
from ..extensions import home_country
from .cues import Tail, tail_ends
from .dating import DateRules, span_days
from .draft import Draft
from .mentions import PLACE_LABELS, Mention
from .results import ROLE_WORDS_FILE, kind_alternatives
from .roles import LOCALITY_WORDS_FILE, RoleAssignment, best_location


def _locality_words(*kinds: str) -> str:
    """The regex alternation of some kinds of words of locality_words.jsonl."""
    return kind_alternatives(LOCALITY_WORDS_FILE, *kinds)


def _words_regex(kind: str | tuple[str, ...], before: str = r"(?<![a-z])",
                 after: str = r"(?![a-z])") -> re.Pattern[str]:
    """Some kinds of locality_words.jsonl as a case-blind pattern between two boundaries."""
    kinds = (kind,) if isinstance(kind, str) else kind
    return re.compile(rf"{before}(?:{_locality_words(*kinds)}){after}", re.IGNORECASE)


# an event's verb of holding, "there" after it or not ("were held there", "was carried out")
_HELD_VERB = ("gathering_verb", "held_there_verb")


# a locality's word right after its name or ending it ("the Sabon Gari area", "Chimwemwe
# township")
_LOCALITY_AFTER = _words_regex("locality", before=r"\s+")
_LOCALITY_END = _words_regex("locality", after="$")
# a plural head word right after a place: several names share it ("the Malu'u and Fouia
# areas", "the Tver, Kaluga and Vladimir regions")
_SHARED_HEAD = _words_regex("shared_head", before=r"\s+")
# the shared head and "of" before the place holding the places listed ("the Malu'u and Fouia
# areas of North Malaita")
_SHARED_HEAD_OF = _words_regex("shared_head", before=r"\s+", after=r"\s+of\s+(?:the\s+)?")
# a body of water's word in a place's name ("North Arabian Sea", "Strait of Sicily")
_WATER_WORD = _words_regex("water")
# the last word of a two-country border's name ("the Tajik-Afghan border")
_BORDER_END = _words_regex("border_line", after="$")
# a compass word of a region's name ("West Africa", "Central Asia")
_COMPASS_WORD = _words_regex("compass", before=r"(?<![\w-])", after=r"(?![\w-])")
# an administrative area an operation covers ("in Maricopa County", "in the Sino district")
_COVERED_AREA = _words_regex("covered_area")
# an operation's noun, its quoted or bracketed name, "was held", then the words saying it
# covered the area, right before a region ("a special operation in the North Unguja region",
# 'the operation "Toza hudud-2026" ("Clean territory") in Tashkent region', "the campaign
# was carried out across Herat province"; locality_words.jsonl area_operation_noun,
# held_auxiliary, held_there_verb, area_cover)
_AREA_OPERATION_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_locality_words('area_operation_noun')})"
    r"(?:\s*[«\"“„'(][^»\"”'()\n]{1,60}[»\"”')]){0,2}"
    rf"(?:\s+(?:{_locality_words('held_auxiliary')})\s+(?:{_locality_words(*_HELD_VERB)}))?"
    rf"\s+(?:{_locality_words('area_cover')})\s+(?:the\s+)?\Z",
    re.IGNORECASE)
AREA_OPERATION_CHARS = 140  # chars before a region searched for the operation's words
# an arrest right before a place's cue: where suspects were caught ("two leaders were
# detained in Marbella"), not where an operation was carried out (role_words.jsonl)
_ARRESTED_BEFORE = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'arrest_verb')})\s*$",
    re.IGNORECASE)
ARREST_REACH = 30  # chars before a place's cue searched for an arrest word
# a ship's prefix right before a place: the place names the ship ("HNLMS Groningen (P843), an
# offshore patrol vessel"; locality_words.jsonl vessel_prefix), it places nothing
_VESSEL_PREFIXES = _locality_words("vessel_prefix")
_VESSEL_BEFORE = re.compile(  # the prefix written in capitals
    rf"(?<![\w/])(?=[A-Z/]+[.\s])(?i:{_VESSEL_PREFIXES})\.?[ \t]+\Z")
VESSEL_PREFIX_CHARS = 8  # "HMNZS. " before a place
# a body's or a ship's seat: "based in Key West", "homeported in Wilmington"
# (locality_words.jsonl seat_word)
_SEAT_BEFORE = re.compile(
    rf"\b(?:{_locality_words('seat_word')})"
    r"\s+(?:in|at)\s+(?:the\s+)?\Z", re.IGNORECASE)
SEAT_CHARS = 24  # "headquartered in the " before a place
# a force's people right before "in" and a place: the town they serve in ("police in
# Bulawayo stopped a bus at a roadblock in Figtree"; locality_words.jsonl force_word,
# role_words.jsonl staff_noun)
_FORCE_IN_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:{_locality_words('force_word')}"
    rf"|{kind_alternatives(ROLE_WORDS_FILE, 'staff_noun')})"
    rf"\s+in|(?:{_locality_words('posting_word')})\s+(?:in|at))\s+(?:the\s+)?\Z",
    re.IGNORECASE)  # also where they are posted: "troops deployed at Jiwani intercepted a
# dinghy near Gunz" (locality_words.jsonl posting_word)
FORCE_IN_CHARS = 30  # "investigators in the " before a place
# a force's people of a region right before the region ("police of the Smolensk region
# conducted the operation"): the region's own force acting (locality_words.jsonl force_word)
_FORCE_OF_BEFORE = _words_regex("force_word", before=r"(?<![\w-])",
                                after=r"\s+of\s+(?:the\s+)?\Z")
FORCE_OF_CHARS = 30  # "police of the " before a region
# a press briefing's venue: "speaking to reporters in Pemba", "Briefing reporters at the RAB-15
# camp in Cox's Bazar town" (locality_words.jsonl briefing_word), within its clause
# (also with a settlement's noun: "Speaking to reporters in the city of Kerman")
# (its matches end with "in", "at", "the" or "of")
_BRIEFING_BEFORE = Tail(re.compile(
    rf"\b(?:{_locality_words('briefing_word')})\b[^.;:,\n]{{0,40}}?"
    rf"\b(?:in|at)\s+(?:the\s+)?(?:(?:{_locality_words('list_place_noun')})\s+of\s+)?\Z",
    re.IGNORECASE), tail_ends((), "in", "at", "the", "of"))
BRIEFING_CHARS = 80  # "press conference at the RAB-15 camp in the city of " before a place
BRIEFING_TYPES = frozenset({"seizure", "operation"})  # a press event places itself
# a road named by its two ends joined by a dash ("the Douala–Yaoundé road", "Kano-Zaria
# road"; locality_words.jsonl road_word): the place's partner and the road word after it, or
# the dash after its partner before it
_ROAD_WORDS = _locality_words("road_word")
_ROAD_AFTER = re.compile(
    rf"\s*[–—-]\s*[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){{0,2}}\s+(?i:{_ROAD_WORDS})\b")
_ROAD_END = re.compile(rf"\s+(?i:{_ROAD_WORDS})\b")
_ROAD_PARTNER = re.compile(r"[A-Z][\w'’.]*\s*[–—-]\s*\Z")
ROAD_PARTNER_CHARS = 40  # "Bishkek – " before a road's second end
# where a person lives, right before the place ("a resident of the village of Gumbashi";
# locality_words.jsonl residence_word, residence_place), and a person's home a find was made
# at ("the search of his house", "on whose plot of land"; home_word)
_RESIDENCE_BEFORE = re.compile(
    rf"(?<![\w/])(?:{_locality_words('residence_word')})\s+"
    rf"(?:the\s+(?:{_locality_words('residence_place')})\s+of\s+)?\Z", re.IGNORECASE)
RESIDENCE_CHARS = 40  # "residents of the settlement of " before a place
_HOME_WORD = _words_regex("home_word")
# an event's verb of holding with "there" for its place ("were held there")
_HELD_THERE = _words_regex(_HELD_VERB, before=r"\b", after=r"\s+there\b")
# between an event's name, its dates and its place in a listing: punctuation and "the"
_LISTING_GAP = re.compile(r"[\s\"'”»,;:–—-]*(?:the\s+)?", re.IGNORECASE)
_WORDS_BEGIN = re.compile(r"\s")  # a longer name going on past a shorter one's last word
_DATELINE_TAIL = re.compile(r"\s*(?:,|\(|--|–|—|-)")
_LIST_JOINT = re.compile(r",\s*|\s+and\s+|\s+or\s+|,\s+and\s+", re.IGNORECASE)
# a later place of a list of places, after "and" with its own "in" or its settlement's noun
# ("in the city of Beira and in the districts of Dondo, Nhamatanda and Búzi", "in Gyumri and the
# village of Akhuryan"; locality_words.jsonl list_place_noun); a comma's "in" goes down to the
# places in an area ("in the district of Faro, in the localities of Tavira and Olhão")
_PLACE_LIST_JOINT = re.compile(
    r",\s*|,?\s+(?:and|or)\s+(?:(?:in|at)\s+)?"
    rf"(?:the\s+(?:{_locality_words('list_place_noun')})\s+of\s+)?", re.IGNORECASE)
# a route's later places: "to Antwerp, in Belgium", "in Bishkek and in Kazakhstan"
_ROUTE_JOINT = re.compile(r"(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)(?:in\s+)?", re.IGNORECASE)
# "entered through the Sarahs border post", "via Al-Haditha": a crossing where it was found
_CROSSING_BEFORE = re.compile(r"(?<![a-z])(?:through|via)\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?$",
                              re.IGNORECASE)  # "through the port of Olya" too
_ADDRESS_JOINT = re.compile(r"\s*,\s*")  # "Rio Brilhante, Mato Grosso do Sul"
_AND_OR = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)
# "on the Naf River near Shah Porir Dwip": the place before "near" is where it happened
_NEAR_JOINT = re.compile(
    r"\s*,?\s+(?:near|close\s+to)\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?",
    re.IGNORECASE)
ROUTE_CUE_CHARS = 25  # chars before a place searched for a route cue ("bound for the")
ROUTE_LIST_STEPS = 8  # joined places walked back from a place to a route cue
# a comma between two places of a list, and the list's "and" after the second ("at the Nur
# Zholy checkpoint, the Kolzhat checkpoint and the Khorgos centre")
_LIST_COMMA = re.compile(r",\s*(?:the\s+)?")
_LIST_GOES_ON = re.compile(r"[^.;:\n]*?\b(?:and|or)\s+(?:the\s+|at\s+)?[A-Z]")
LIST_TAIL_CHARS = 40
SCATTER_GAP_CHARS = 80  # chars between two places of a period's results joined by "and"
ROUTE_OVERRIDE_PRIORITY = 3  # "coordinated from Lyon": a strong cue's place is no route's
# a road's word ending a place's name or before its number ("the Glenn Highway", "State Route
# 260"; not "Kazan railway station")
_ROAD_NAME_END = _words_regex("road_word", after=r"(?:\s+\d[\w-]*)?$")
# a road written as its number only ("the BR-282", "I-35", "the N5"; the road-number places of
# the gazetteer's road finder): letters, an optional dash, digits
_ROAD_NUMBER = re.compile(rf"{ROAD_NUMBER}(?:-[A-Z]{{1,3}})?")
# a place's phrase opening its sentence as the scope of what the sentence tells ("In the area
# of Pljevlja, officers ...", "2. In Kano, ..."), closed by a comma after the place
_FRONTED_SCOPE = re.compile(
    r"[\s\"'“(]*(?:\d{1,2}[.)]\s*)?(?:In|At|Near)\s+(?:the\s+[a-z]+\s+of\s+)?(?:the\s+)?")
_SCOPE_COMMA = re.compile(r"\s*,")
# what a digest entry's heading holds besides its date and places ("2. 14.05.2024, Khatlon
# region, Panj district.")
_HEADING_RESIDUE = re.compile(r"[\s\d.,;:()/–—-]*")
HEADING_CHARS = 120  # a heading line of dates and places is short
CUSTODY_REACH = 30  # chars before a place searched for "are being held in"
COURT_PLACE_TYPES = frozenset({"operation", "seizure"})  # a court places a verdict (other)
OPERATION_PLACE_PRIORITY = 2  # an operation is placed by a cue stronger than a bare "in"
# An operation's dateline is its headquarters' city ("LYON -- An INTERPOL operation ..."), not
# where it was carried out: an operation is placed by its own text only.
# A period's results or a verdict (type other) took place in many places or in court: its
# place is one the text gives for it, not the dateline's nor a local result's.
_NO_DATELINE_PLACE_TYPES = frozenset({"operation", "other"})
# the words right before a running total's place ("border guards of Buryatia", "at Frankfurt
# Airport") and a breakdown's words before it in its clause ("11 of them at Kazbegi")
# (locality_words.jsonl total_place_lead, total_breakdown)
_TOTAL_PLACE_LEAD = _words_regex("total_place_lead", before=r"(?<![\w-])",
                                 after=r"\s+(?:the\s+)?\Z")
TOTAL_LEAD_CHARS = 30  # "on the territory of the " before a place
# a later place of a list whose earlier ones are no names ("at the checkpoints on the state
# border and at Zvartnots airport")
_LATER_PLACE_BEFORE = re.compile(r"\band\s+(?:at|in|on)\s+(?:the\s+)?\Z", re.IGNORECASE)
_TOTAL_BREAKDOWN = _words_regex("total_breakdown")
# the words right before the COUNTRY of a country's period total ("customs authorities of
# Belarus", "in Kazakhstan", "across China"; locality_words.jsonl total_place_lead,
# total_country_lead)
_COUNTRY_TOTAL_LEAD = _words_regex(("total_place_lead", "total_country_lead"),
                                   before=r"(?<![\w-])", after=r"\s+(?:the\s+)?\Z")
# a total's lead that covers the country: no route's "across" (total_cover)
_TOTAL_COVER = _words_regex("total_cover", before=r"(?<![\w-])", after=r"\s+(?:the\s+)?\Z")
TOTAL_BREAKDOWN_CHARS = 40  # "most of them were detained in " before a place
# a period's results, an exercise or an operation told of two places joined in one sentence
# ("near the town of Kachkanar and at the Shirokorechensky training ground") took place at
# neither: it spans them
SCATTERED_TYPES = frozenset({"other", "exercise", "operation"})
# a training's or meeting's side part ("a practical exercise at the port") is held elsewhere
SIDE_VENUE_TYPES = frozenset({"training", "meeting"})


def iso2(place: Mention) -> str | None:
    """The place's country code: its own (a country's) or its country's."""
    value = place.normalized.get("iso2") or place.normalized.get("country_iso2")
    return str(value) if value else None


def _place_name(place: Mention) -> str:
    """The place's name as compared with another's: its normalized name, else its text,
    lowercased."""
    return str(place.normalized.get("name") or place.text).lower()


def _longer_name(place: Mention, name: str) -> bool:
    """The place's text goes on past ``name``, a lowercased shorter name, by whole words
    ("the Evzonoi border crossing" past "evzonoi"; not "Almatyk" past "almaty")."""
    text = place.text.lower()
    return (len(text) > len(name) and text.startswith(name)
            and _WORDS_BEGIN.match(text, len(name)) is not None)


def _same_or_headed(first: str, second: str) -> bool:
    """Two lowercased place names are one place, or one is the other with a head word after
    it ("bavra" and "bavra checkpoint")."""
    return (first == second or first.startswith(second + " ")
            or second.startswith(first + " "))


def _written_or_named(words: re.Pattern[str], place: Mention) -> bool:
    """One of ``words`` stands in the place's text or in its normalized name."""
    return bool(words.search(place.text)
                or words.search(str(place.normalized.get("name") or "")))


def scope_place(place: Mention) -> bool:
    """A place of no country that is a region, the scope of a release rather than a venue
    ("in Latin America", "in West Africa"): one the gazetteer lists as a region, or one a
    compass word names. A place of no country otherwise is a locality no list knows ("a
    vehicle being driven in Ħamrun")."""
    if place.label != "LOC" or place.normalized.get("country_iso2"):
        return False
    if str(place.normalized.get("id") or "").startswith("region:"):
        return True
    return _written_or_named(_COMPASS_WORD, place)


def headed_area(place: Mention, text: str) -> bool:
    """A place written with its head word last ("the Fuzuli district", "the Sabon Gari
    area"), also when the head word follows the name ("in the Hadar neighbourhood"): the
    article before it comes with the head word, it marks no region's name."""
    return bool(_LOCALITY_END.search(place.text)
                or _COVERED_AREA.search(place.text.rsplit(None, 1)[-1])
                or _LOCALITY_AFTER.match(text, place.end))


def water_place(place: Mention) -> bool:
    """A sea, strait, gulf, river or lake ("in the North Arabian Sea", "on the Naf River"):
    a place of no country that can be where an event happened."""
    return place.label == "LOC" and _written_or_named(_WATER_WORD, place)


def border_place(place: Mention) -> bool:
    """A border between two countries ("on the Kazakh-Uzbek border", "the Chile–Bolivia
    border"): a place of no country that can be where an event happened."""
    return (place.label == "LOC" and not place.normalized.get("country_iso2")
            and _written_or_named(_BORDER_END, place))


def countryless_venue(place: Mention) -> bool:
    """A place of no country that an event can be held on: a body of water or a border
    between two countries (not a continent or a region, the scope of a release)."""
    return water_place(place) or border_place(place)


class PlaceRules(DateRules):
    """Place filters and place refinement."""

    @cached_property
    def _route_places(self) -> dict[int, bool]:
        """Whether each place is a route's, by its start (_route_place)."""
        return {}

    @cached_property
    def _named_countries(self) -> frozenset[str]:
        """The countries the item names by a COUNTRY or NORP mention."""
        return frozenset(code for m in self.mentions if m.label in ("COUNTRY", "NORP")
                         and (code := iso2(m)))

    def _country_of(self, place: Mention) -> str | None:
        """The place's country, read in the item's home country: a place the gazetteer gives
        another country that the item never names is the home country's homonym ("a house
        in the Agios Athanasios area" of a Limassol release is Cypriot, not Greek)."""
        code = place.normalized.get("country_iso2")
        home = home_country(self.doc)
        if code and home and code != home and code not in self._named_countries:
            return home
        return str(code) if code else None

    def _road_end(self, place: Mention) -> bool:
        """A place naming one end of a road ("on the Douala–Yaoundé road", "the Kano-Zaria
        road"): the road runs between the places, it is at neither."""
        if place.label != "LOC":
            return False
        if _ROAD_AFTER.match(self.text, place.end):
            return True
        return bool(_ROAD_END.match(self.text, place.end) and _ROAD_PARTNER.search(
            self.text, max(0, place.start - ROAD_PARTNER_CHARS), place.start))

    def _vessel_name(self, place: Mention) -> bool:
        """A place naming a ship after its prefix ("HNLMS Groningen", "USCGC Hamilton")."""
        return place.label == "LOC" and _VESSEL_BEFORE.search(
            self.text, max(0, place.start - VESSEL_PREFIX_CHARS), place.start) is not None

    def _seat_place(self, place: Mention) -> bool:
        """A place named as a body's or a ship's seat ("the Task Force, based in Key West");
        not a facility, where the officers posted act ("officers stationed at the Ariamsvlei
        border post stopped a bakkie")."""
        return (_SEAT_BEFORE.search(self.text, max(0, place.start - SEAT_CHARS), place.start)
                is not None and not self.rules.facility_places.search(place.text))

    def _force_town(self, place: Mention) -> bool:
        """A town named as where a force's people serve ("police in Bulawayo stopped a bus
        at a roadblock in Figtree"), not a facility ("officers in Durban port")."""
        return (place.label == "LOC" and not self.rules.facility_places.search(place.text)
                and _FORCE_IN_BEFORE.search(self.text, max(0, place.start - FORCE_IN_CHARS),
                                            place.start) is not None)

    def _briefing_place(self, place: Mention, event_type: str) -> bool:
        """A place where a find or an operation was told to the press ("speaking to reporters
        in Pemba on Thursday"): the briefing's venue, no seizure's or operation's place."""
        return event_type in BRIEFING_TYPES and self._briefing_before(
            max(0, place.start - BRIEFING_CHARS), place.start)

    def _briefing_before(self, start: int, end: int) -> bool:
        """_BRIEFING_BEFORE ends ``text[start:end]`` (searched only when its last word may
        end a match: :class:`~.cues.Tail`)."""
        return _BRIEFING_BEFORE.search(self.text, start, end) is not None

    def _route_place(self, mention: Mention) -> bool:
        """A place of origin, transit or destination ("from Ecuador and Colombia",
        "bound for Europe"), also when it is a later element of such a list."""
        known = self._route_places
        found = known.get(mention.start)
        if found is None:
            found = known[mention.start] = self._on_route(mention, _LIST_JOINT)
        return found

    def _route_tail(self, mention: Mention) -> bool:
        """A route's place, also one added with "in" ("shipped to Antwerp, in Belgium";
        "for sale in Bishkek and in Kazakhstan"): no place of the event."""
        return self._route_place(mention) or self._on_route(mention, _ROUTE_JOINT)

    def _on_route(self, mention: Mention, joint: re.Pattern[str]) -> bool:
        """A route cue ("from", "bound for") right before the place, or before an earlier
        place it is joined to by ``joint`` ("from Ecuador and Colombia")."""
        current = mention
        for _ in range(ROUTE_LIST_STEPS):
            before = self.text[max(0, current.start - ROUTE_CUE_CHARS) : current.start]
            if self.rules.route_before.search(before):
                return True
            previous = [m for m in self.by_sentence[current.sentence]
                        if m.end <= current.start and m.label in PLACE_LABELS
                        and joint.fullmatch(self.text, m.end, current.start)]
            if not previous:
                return False
            current = previous[-1]
        return False

    def _custody_place(self, mention: Mention, event_type: str) -> bool:
        """A place where suspects are held or people live ("are being held in Pemba",
        "R/o Nanded"): a person's place, not the event's; for a seizure also a body's seat
        ("MAOC (N), based in Lisbon"); for a find or an operation also a press briefing's
        venue ("speaking to reporters in Pemba")."""
        before = self.text[max(0, mention.start - CUSTODY_REACH) : mention.start]
        seizure = event_type == "seizure"
        if (self.rules.seat_before if seizure else self.rules.custody_before).search(before):
            return True
        # "appeared at the Montréal courthouse": a court's place, a verdict's at most
        if (event_type in COURT_PLACE_TYPES
                and self.rules.custody_after.match(self.text, mention.end) is not None):
            return True
        return self._briefing_place(mention, event_type)

    def _heading_place(self, draft: Draft) -> Mention | None:
        """The finest place of a heading made of a date and places only, opening the
        event's first sentence or one of its own ("3. 16.05.2024, Sughd region, Khujand.
        Two residents ..." -> Khujand)."""
        if not draft.sentences:
            return None
        first = min(draft.sentences)
        for sentence in sorted(draft.sentences | {first - 1} - {-1}):
            start, end = self.lay.sentences[sentence]
            mentions = self.by_sentence[sentence]
            places = [m for m in mentions if m.label == "LOC"]
            if not places or end - start > HEADING_CHARS:
                continue
            residue = list(self.text[start:end])
            for mention in mentions:
                residue[mention.start - start : mention.end - start] = (
                    " " * (mention.end - mention.start))
            if _HEADING_RESIDUE.fullmatch("".join(residue)):
                fine = [m for m in places if not self._broad(m)]
                return (fine or places)[-1]
        return None

    def _trigger_sentence_places(self, draft: Draft,
                                 roles: list[RoleAssignment]) -> list[RoleAssignment]:
        """A meeting's or training's place the sentence telling it names ("the head of the
        Ministry received in Baku the delegation ...", "From 20 to 24 April in Ashgabat ... a
        course took place"; the lead's, when a headline tells it) over places its other
        sentences name by a weak cue (the checkpoint a practical day visited, the crossing
        the talks were about, a future operation's post); a strong cue ("was held at") still
        places it anywhere."""
        told = self._telling_sentences(draft)
        names = {a.mention.text.lower() for a in roles
                 if a.role == "location" and a.mention.sentence in told}
        if not names:
            return roles
        # the same place named in full elsewhere stays ('at "Ak-Zhol"' and "at the Ak-Zhol
        # checkpoint")
        return [a for a in roles if a.role != "location" or a.mention.sentence in told
                or a.cue.cue.priority >= ROUTE_OVERRIDE_PRIORITY
                or any(_same_or_headed(a.mention.text.lower(), name) for name in names)]

    def _telling_sentences(self, draft: Draft) -> set[int]:
        """The sentence of the event's word, and the first body sentence of the event when
        that word is the headline's."""
        trigger = draft.trigger
        if trigger is None:
            return set()
        told = {trigger.sentence}
        title_end = self._title_end()
        if trigger.start < title_end:
            body = [s for s in draft.sentences if self.lay.sentences[s][0] >= title_end]
            if body:
                told.add(min(body))
        return told

    def _side_venue(self, mention: Mention) -> bool:
        """A place of a sentence about a training's side part ("took part in a practical
        exercise at the Tema Port container terminal")."""
        start, end = self.lay.sentences[mention.sentence]
        return bool(self.rules.side_venue.search(self.text, start, end))

    def _near_head(self, place: Mention) -> Mention:
        """The place a reference place is near ("in the village of Stryków near Łódź" ->
        Stryków): the LOC right before "near", unless it is a broad area or a body of water
        (a river or a sea is no finer than the village it is placed by: "wading across the
        Araks River near the village of Nrnadzor" -> Nrnadzor), nor is a road ("a traffic stop
        on Interstate 35 near Laredo" -> Laredo)."""
        earlier = [m for m in self.by_sentence[place.sentence]
                   if m.label == "LOC" and m.end <= place.start]
        if not earlier or not _NEAR_JOINT.fullmatch(self.text, earlier[-1].end, place.start):
            return place
        head = earlier[-1]
        if self._broad(head) or water_place(head) or self._road(head) \
                or head.normalized.get("country_iso2") not in (
                place.normalized.get("country_iso2"), None):
            return place
        return head

    def _off_road(self, place: Mention) -> Mention:
        """The place a road's sentence names besides the road ("on National Route 14, near
        the town of San José"): the town or facility places the event, the road only runs by
        it; a road its sentence names alone, or with a route's place or a road's end only, is
        the place ("on the Glenn Highway near milepost 37"; "on Route 11-CH a few kilometres
        from the Chungará border crossing": a place after "from" is a route's)."""
        if not self._road(place):
            return place
        dateline = self._dateline_place()  # the publisher's city, no place on the road
        return next((m for m in self.by_sentence[place.sentence]
                     if m.label == "LOC" and m is not place and m is not dateline
                     and not self._road(m)
                     and not self._route_place(m) and not self._road_end(m)), place)

    @staticmethod
    def _road(place: Mention) -> bool:
        """A road no list knows, named with its road word last or before its number ("the
        Glenn Highway", "State Route 260"; not the listed town of Road Town), or by its number
        alone ("on the BR-282 in São Miguel do Oeste", "on northbound I-35")."""
        return not place.normalized.get("id") and (
            _ROAD_NAME_END.search(place.text) is not None
            or _ROAD_NUMBER.fullmatch(place.text) is not None)

    def _dateline_place(self) -> Mention | None:
        """The place a dateline opens with ("ALMATY, March 4 (Kazinform) --")."""
        return self._dateline

    @cached_property
    def _dateline(self) -> Mention | None:
        """The dateline's place, found once (_dateline_place)."""
        for mention in self.mentions:  # in text order
            if mention.start > 200:
                break
            if mention.label != "LOC":
                continue
            line_start = self.text.rfind("\n", 0, mention.start) + 1
            if self.text[line_start : mention.start].strip():
                continue
            if _DATELINE_TAIL.match(self.text, mention.end):
                return mention
        return None

    @cached_property
    def _place_lists(self) -> dict[int, bool]:
        """Whether each place is one of a list, by its start (_place_list)."""
        return {}

    def _place_list(self, mention: Mention) -> bool:
        """Whether the place is one of a list of places ("in Algeciras, La Línea and San
        Roque"): joined to another by "and"/"or", or by commas to two others ("Ikeja, Lagos"
        is a place and the city holding it, no list; nor is a comma chain ending in a
        province)."""
        known = self._place_lists
        if mention.start not in known:
            known[mention.start] = self._in_place_list(mention)
        return known[mention.start]

    def _in_place_list(self, mention: Mention) -> bool:
        """Whether the place is one of a list of places (_place_list, uncached); a place
        whose plural head it shares with names before it is one too ("the Malu'u and Fouia
        areas of North Malaita": a name no list of places knows stands before it)."""
        if _SHARED_HEAD.match(self.text, mention.end):
            return True
        places = [m for m in self.by_sentence[mention.sentence] if m.label == "LOC"]
        if len(places) < 2:
            return False
        index = next((i for i, m in enumerate(places) if m is mention), None)
        if index is None:
            return False

        def joined(i: int) -> bool:  # places i and i + 1 are listed together
            return bool(_PLACE_LIST_JOINT.fullmatch(self.text, places[i].end,
                                                    places[i + 1].start))

        first = last = index
        while first > 0 and joined(first - 1):
            first -= 1
        while last + 1 < len(places) and joined(last):
            last += 1
        joints = [self.text[places[i].end : places[i + 1].start] for i in range(first, last)]
        if any(_AND_OR.search(j) for j in joints):
            return True
        # "at Ban Huai Khrai, Mae Sai District, Chiang Rai Province": an address running
        # from a place to the area holding it, no list
        return last - first >= 2 and not self._broad(places[last])

    def _locality_in(self, place: Mention) -> Mention:
        """The locality of the town its sentence names after it ("In Kano, operatives raided
        the Sabon Gari area"; "officers in Kitwe raided a house in Chimwemwe township"): a
        LOC of the same country that a locality word follows or ends; else the place."""
        iso2 = self._country_of(place)
        for mention in self.by_sentence[place.sentence]:
            if (mention.start > place.end and mention.label == "LOC"
                    and self._country_of(mention) == iso2
                    and (_LOCALITY_AFTER.match(self.text, mention.end)
                         or _LOCALITY_END.search(mention.text))):
                return mention
        return place

    def _address_head(self, place: Mention) -> Mention:
        """The first place of an address the place ends ("Rio Brilhante, Mato Grosso do Sul";
        "Barangay Anabu, Imus City, Cavite"): the finest of them."""
        earlier = [m for m in self.by_sentence[place.sentence]
                   if m.label == "LOC" and m.end <= place.start]
        head = place
        for mention in reversed(earlier):
            if (not _ADDRESS_JOINT.fullmatch(self.text, mention.end, head.start)
                    or self.rules.broad_places.search(mention.text)):
                break  # "Sughd region, Isfara district" runs from the region down
            head = mention
        return head

    def _facility_place(self, draft: Draft, place: Mention | None) -> Mention | None:
        """A facility or crossing of the place's country (of any country when the event has
        no place) that the event's own sentences name ("at the port of Lázaro Cárdenas",
        "Lebombo border post", "entered Armenia through the Agarak border checkpoint"), not a
        route's end, nor a road the sentence then names a place on ("on the Glenn Highway
        near Palmer": Palmer; "#Nogales | ... the checkpoint on Federal Highway 15": the
        road)."""
        country = iso2(place) if place is not None else None
        # the sentences of the place and of the event's amounts, not another episode's port
        amounts = {self.lay.sentence_of(s["start"]) for s in draft.seizures}
        if place is not None:
            amounts.add(place.sentence)
        if draft.trigger is not None and draft.trigger.start >= self._title_end():
            amounts.add(draft.trigger.sentence)  # "stopped an attempt to smuggle ... through"
        for sentence in sorted(amounts):
            for mention in self.by_sentence[sentence]:
                if (mention.label == "LOC" and mention is not place
                        and (place is None
                             or mention.normalized.get("country_iso2") in (country, None))
                        and _written_or_named(self.rules.facility_places, mention)
                        and not (place is not None and self._road(mention)
                                 and place.sentence == mention.sentence
                                 and place.start > mention.end)
                        and (not self._route_place(mention) or _CROSSING_BEFORE.search(
                            self.text, max(0, mention.start - 20), mention.start))):
                    return mention
        return self._headline_facility(draft, place, country)

    def _headline_facility(self, draft: Draft, place: Mention | None,
                           country: str | None) -> Mention | None:
        """The item's headline's one place when it is a facility of the body's place's own
        country ("Skunk hidden in tourist bus seized at the Friendship Bridge" over the body's
        "officers ... in Foz do Iguaçu seized 38.6 kg"); a headline of several places joins
        several finds, one of another country or none is no find's place, nor one the body
        names again outside the event's sentences ("Coast Guard offloads ... at Port
        Everglades": the body's offload "Wednesday at Port Everglades", not the interdiction
        "south of Beata Island")."""
        title_end = self._title_end()
        if place is None or not country or title_end <= 0 or place.start < title_end:
            return None
        headline = [m for sentence in range(self.lay.sentence_of(title_end - 1) + 1)
                    for m in self.by_sentence.get(sentence, ())
                    if m.label in ("LOC", "COUNTRY") and m.start < title_end]
        if len(headline) != 1:
            return None
        mention = headline[0]
        if (mention.label != "LOC" or mention.normalized.get("country_iso2") != country
                or not self.rules.facility_places.search(mention.text)
                or self._route_place(mention)):
            return None
        name = _place_name(mention)
        if any(_place_name(m) == name for m in self.mentions
               if m.start >= title_end and m.label == "LOC"
               and m.sentence not in draft.sentences):
            return None
        return mention

    def _finer_place(self, draft: Draft, broad: Mention) -> Mention | None:
        """A place in a region the event's own sentences name ("Khatlon region, Panj
        district"; "in Sistan and Baluchestan province ... near the city of Saravan"):
        the first LOC of the same country without a region word, not a route's end."""
        iso2 = self._country_of(broad)
        dateline = self._dateline_place()
        for sentence in sorted(draft.sentences | {broad.sentence}):
            for mention in self.by_sentence[sentence]:
                if (mention.label == "LOC" and mention is not broad
                        and mention is not dateline  # the publisher's city
                        and self._country_of(mention) == iso2
                        and not self._broad(mention)
                        and not self._route_place(mention)
                        and not self._custody_place(mention, draft.type)):
                    return mention
        return None

    def _headed_subdivision(self, place: Mention) -> bool:
        """A place written with a large area's head word last ("the Tashkent region", "the
        Sud-Est department"): the article comes with the head word, the name is no region's
        of several countries."""
        words = place.text.rsplit(None, 1)
        return len(words) > 1 and self.rules.broad_places.fullmatch(words[-1]) is not None

    def _broad(self, place: Mention) -> bool:
        """A large administrative area, by its written or its normalized name ("Sistan and
        Baluchestan" is "Sistan and Baluchestan Province")."""
        broad = self.rules.broad_places
        # the gazetteer's id names the kind of a subdivision ("ph:bohol-province")
        slug = str(place.normalized.get("id") or "").partition(":")[2]
        return bool(broad.search(place.text)
                    or broad.search(str(place.normalized.get("name") or ""))
                    or broad.search(slug))

    def _finer_candidate(self, chosen: RoleAssignment,
                         roles: list[RoleAssignment]) -> RoleAssignment:
        """The most specific of the event's place candidates: a place of the chosen
        country ("held in Montevideo, Uruguay"; the headline's "in Kyrgyzstan" and the
        body's "at the Edelweiss training ground"), or the body's place of the country
        the headline's place is in (the headline's "off Pedernales", the body's "42 nautical
        miles south of Cabo Rojo")."""
        place, title_end = chosen.mention, self._title_end()
        if place.label == "COUNTRY":
            country, in_body = place.normalized.get("iso2"), False
        elif place.label == "LOC" and place.start < title_end:
            country, in_body = place.normalized.get("country_iso2"), True
        else:
            return chosen
        if not country:
            return chosen
        finer = [a for a in roles if a.role == "location" and a.mention.label == "LOC"
                 and a.mention.normalized.get("country_iso2") == country
                 and (not in_body or a.mention.start >= title_end)
                 and not self._route_place(a.mention)]
        return best_location(finer, title_end) or chosen

    def _facility_named_after(self, chosen: RoleAssignment,
                              roles: list[RoleAssignment]) -> RoleAssignment:
        """A facility among the event's place candidates named after the chosen place, by a
        cue as strong ("EVZONOI" in a heading and "at the Evzonoi border crossing"; "held in
        Erenhot" and "was held at the Erenhot highway checkpoint"): the facility is the finer
        place; else the chosen one."""
        place = chosen.mention
        if place.label != "LOC":
            return chosen
        name = place.text.lower()
        return next((a for a in roles
                     if a.role == "location" and a.mention.label == "LOC"
                     and a.cue.cue.priority >= chosen.cue.cue.priority
                     and _longer_name(a.mention, name)
                     and self.rules.facility_places.search(a.mention.text) is not None
                     and not self._route_place(a.mention)), chosen)

    def _past_fronted_scope(self, chosen: RoleAssignment,
                            roles: list[RoleAssignment]) -> RoleAssignment:
        """A place opening its sentence as the scope of what it tells ("In the area of
        Pljevlja, officers ... found, on a plot of land in the village of Glibaći, 86 cannabis
        plants"; "In Grodno, ... officers searched a private house in the Oktyabrsky
        district") gives way to a place of the same country a cue names later in that
        sentence, not a route's: the clause's own place is finer."""
        place = chosen.mention
        if place.label != "LOC":
            return chosen
        start = self.lay.sentences[place.sentence][0]
        if (not _FRONTED_SCOPE.fullmatch(self.text, start, place.start)
                or not _SCOPE_COMMA.match(self.text, place.end)):
            return chosen
        country = self._country_of(place)
        return next((a for a in sorted(roles, key=lambda a: a.mention.start)
                     if a.role == "location" and a.mention.label == "LOC"
                     and a.mention.sentence == place.sentence
                     and a.mention.start > place.end
                     and not self._route_place(a.mention)
                     and self._country_of(a.mention) in (country, None)), chosen)

    def _only_place(self, draft: Draft, assignment: RoleAssignment) -> bool:
        """The event's own sentences name no place but the assignment's (and the dateline's
        city, the publisher's): an operation told in one town ("Between April 10 and 12, a raid in
        Konaev targeted online shops"); a region or county it covers places none ("Operation
        Mak in the Issyk-Kul region", "in Maricopa County"), nor do arrests there ("two
        leaders were detained in Marbella")."""
        place, cue = assignment.mention, assignment.cue
        if _ARRESTED_BEFORE.search(self.text, max(0, cue.start - ARREST_REACH), cue.start):
            return False
        if (place.label != "LOC" or self._broad(place)
                or _written_or_named(_COVERED_AREA, place)):
            return False
        name = _place_name(place)
        dateline = self._dateline_place()
        return all(_place_name(m) == name for sentence in draft.sentences
                   for m in self.by_sentence.get(sentence, ())
                   if m.label == "LOC" and m is not dateline)

    def _without_scattered_places(self, roles: list[RoleAssignment],
                                  everywhere: bool = True) -> list[RoleAssignment]:
        """A period's results told of several places joined in one sentence ("The largest
        amounts were found at the Sarpi customs checkpoint on the border with Türkiye and at
        Tbilisi International Airport"; or listed with commas before a closing "and": "at the
        Nur Zholy checkpoint, the Kolzhat checkpoint and ...") took place at none of them:
        their weak cues' places are left out, unless a strong cue ("held in") names the
        place. A place and the area
        holding it ("in Sisdol, Nuwakot district") are one place. Not ``everywhere`` (an
        exercise or an operation held "near the town of Kachkanar and at the Shirokorechensky
        training ground"): only the places of the sentence that joins them are left out, a
        sentence of its own may still place the event."""
        title_end = self._title_end()  # a headline joins the places of several events
        places = sorted((a.mention for a in roles
                         if a.role == "location" and a.mention.label == "LOC"
                         and a.mention.start >= title_end
                         and a.cue.cue.priority < ROUTE_OVERRIDE_PRIORITY),
                        key=lambda m: m.start)
        scattered = {
            first.sentence for first, second in pairwise(places)
            if first.sentence == second.sentence and _place_name(first) != _place_name(second)
            and second.start - first.end <= SCATTER_GAP_CHARS
            and (_AND_OR.search(self.text, first.end, second.start) is not None
                 or self._listed_on(first, second))}
        if not scattered:
            return roles
        return [a for a in roles if a.role != "location"
                or a.cue.cue.priority >= ROUTE_OVERRIDE_PRIORITY
                or not (everywhere or a.mention.sentence in scattered)]

    @staticmethod
    def _spans_days(draft: Draft) -> bool:
        """The draft is dated by a span of days or more ("in the week of 09-15.11.2026",
        "Financial Year 2025/26"), or by bounds given apart."""
        return draft.period is not None or any(span_days(d) > 0 for d in draft.dates[:1])

    def _told_in_own_sentence(self, draft: Draft, place: Mention) -> bool:
        """The place stands in the lead or in a sentence that tells the draft. A period's
        results take no place from a later sentence they merely own, which tells one incident
        of the period ("In addition, undeclared cash was detected at the Shahtakhti customs
        checkpoint", "On 27.11, at the Giurgiulești crossing point, a citizen presented a
        forged passport"): the period's results were achieved in many places."""
        return place.sentence in draft.sentences or place.sentence <= self.lead_last

    def _listed_on(self, first: Mention, second: Mention) -> bool:
        """Two fine places (no region holding the other) joined by a comma in a list that goes
        on with "and" ("at the Nur Zholy checkpoint, the Kolzhat checkpoint and the Khorgos
        centre")."""
        between = self.text[first.end:second.start]
        if not _LIST_COMMA.fullmatch(between) or self._broad(first) or self._broad(second):
            return False
        rest = self.text[second.end:second.end + LIST_TAIL_CHARS]
        return _LIST_GOES_ON.match(rest) is not None

    def _event_place(self, draft: Draft) -> Mention | None:
        """The event's place: the best location cue's place, else the draft's own place (a
        local result's) or the dateline's; a broad region gives way to a finer place of the
        event's sentences, and a seizure's place to its address head or facility."""
        # a place of a list ("searches in Algeciras, La Línea and ...", "jailed for running
        # farms in Bradford, Leeds and Hull") places no event
        # a place where suspects are held or live ("are being held in Pemba") places nothing,
        # nor a route's place ("shipped to Antwerp, in Belgium") but by a strong cue
        roles = [self._holding_place(a) for a in draft.roles]
        roles = [a for a in roles if a.role != "location"
                 or not (self._custody_place(a.mention, draft.type)
                         or self._vessel_name(a.mention) or self._seat_place(a.mention)
                         or self._road_end(a.mention)
                         or (a.cue.cue.priority < ROUTE_OVERRIDE_PRIORITY
                             and self._route_tail(a.mention)))]
        towns = [a for a in roles if a.role == "location" and self._force_town(a.mention)]
        town_ids = {id(a) for a in towns}
        if towns and any(a.role == "location" and id(a) not in town_ids for a in roles):
            # "police in Bulawayo stopped a bus at a roadblock in Figtree": the force's town
            # places the event only when nothing else does
            roles = [a for a in roles if id(a) not in town_ids]
        if draft.type in SIDE_VENUE_TYPES:
            roles = [a for a in roles if a.role != "location"
                     or not self._side_venue(a.mention)]
            roles = self._trigger_sentence_places(draft, roles)
        if draft.type in SCATTERED_TYPES:
            roles = self._without_scattered_places(roles, everywhere=draft.type == "other")
        if draft.type == "other" and self._spans_days(draft):
            roles = [a for a in roles
                     if a.role != "location" or self._told_in_own_sentence(draft, a.mention)]
        if any(a.role == "location" and a.mention.label == "LOC" for a in roles):
            roles = [a for a in roles if a.role != "location"
                     or a.mention.label != "LOC" or not self._place_list(a.mention)]
        if draft.type == "operation" and not draft.follow_up:
            # an operation spans places: a bare "in" does not place it ("leaders detained in
            # Marbella"), unless its sentences name no other place ("a raid in Konaev"); one
            # run on a border is held there ("on the Russian-Kazakh border")
            roles = [a for a in roles if a.cue.cue.priority >= OPERATION_PLACE_PRIORITY
                     or a.role != "location" or border_place(a.mention)
                     or self._only_place(draft, a)]
        chosen = best_location(roles, self._title_end())
        if chosen is not None:
            chosen = self._finer_candidate(chosen, roles)
            chosen = self._past_fronted_scope(chosen, roles)
            chosen = self._facility_named_after(chosen, roles)
        own_place = draft.place if draft.place is not None and draft.place.label != "NORP" else None
        if own_place is not None and (
                self._vessel_name(own_place) or self._road_end(own_place) or (
                    own_place.label == "LOC" and self._custody_place(own_place, draft.type))):
            own_place = None  # "HNLMS Groningen ... seized": a ship, no place; "two
            # 'cooks', residents of Borisov, were detained": the people's place; "stopped on
            # the Douala–Yaoundé road": a road's end
        if draft.type == "other":
            own_place = None  # a local result that proved to be a period's summary
        elif own_place is not None and own_place.label == "LOC" and self._place_list(own_place):
            own_place = None  # "searches in Pune and Surat": no one place
        fallback = self._fallback_place(draft)
        if chosen is None and own_place is None:
            own_place = self._listed_place(draft) or self._place_there(draft)
        place = chosen.mention if chosen is not None else (own_place or fallback)
        if place is not None:
            place = self._body_full_name(draft, place)
        if draft.type == "seizure" and (place is None or place.label == "COUNTRY"):
            # a digest entry's "date, region, district." (also over a country its text names:
            # "– 20.11, Kolzhat checkpoint. ... two citizens of Uzbekistan"), else a crossing
            # the find's own sentence names ("entered Armenia from Iran through the Agarak
            # border checkpoint")
            place = self._heading_place(draft) or place
            if place is None:
                place = self._facility_place(draft, None)
        if place is not None and place.label == "LOC":
            place = self._near_head(place)
            place = self._off_road(place)
        if (place is not None and place.label == "LOC" and self._broad(place)
                and draft.type != "other"):  # a period's total over a region: the region
            place = self._finer_place(draft, place) or place
        if draft.type == "seizure" and (place is None or place.label != "LOC"
                                        or place.sentence not in draft.sentences
                                        or self._broad(place)
                                        or _written_or_named(_COVERED_AREA, place)):
            # "a resident of the village of Gumbashi in the Lankaran district was detained.
            # During the search of his house, 8 kilograms of heroin were found": the home
            place = self._home_place(draft, place) or place
        if place is not None and place.label == "LOC" and draft.type == "seizure":
            place = self._locality_in(place)
            place = self._address_head(place)
            if not self.rules.facility_places.search(place.text):
                place = self._facility_place(draft, place) or place
        elif place is not None and place.label == "COUNTRY" and draft.type == "seizure":
            # "trucks from Iran ... entered through the Sarahs border post": the crossing
            place = (self._facility_place(draft, place) or self._parent_facility(draft, place)
                     or place)
        if place is None and draft.type == "operation" and not draft.follow_up:
            place = (self._own_region(draft) or self._area_region(draft)
                     or (self._operation_border(draft) if draft.name else None))
        if (place is None and draft.type == "other" and not draft.country_row
                and self._spans_days(draft)):
            place = self._country_total(draft)
        return place

    def _figure_sentences(self, draft: Draft) -> list[int]:
        """The sentences of a draft's dates, seizures and counts, in text order: where its
        total is told."""
        sentences = {d.sentence for d in draft.dates}
        sentences.update(self.lay.sentence_of(start) for start in draft.figure_starts)
        return sorted(sentences)

    def _country_total(self, draft: Draft) -> Mention | None:
        """The one country a period's total is told in or by ("since 1 January, customs
        authorities of Belarus have seized ...", "since the beginning of 2026 ... in
        Kazakhstan", "organs across China solved ..."): the first of its figures' sentences
        that names a country so locates the total at that COUNTRY, unless it also gives a
        finer place for the total itself ("since January ... at the port of Owendo") or names
        two countries so. A country of a route, a border or a person ("from Iran", "the
        border with Jordan", "citizens of Afghanistan"), of a breakdown ("19 of them in
        Russia") or of a list ("in Estonia and Latvia") places nothing."""
        for sentence in self._figure_sentences(draft):
            place = self._total_place(sentence)
            if place is not None and self._total_covers(place):
                return place  # "seized ... across Northern Ireland": the area it covered
            found = self._total_countries(sentence)
            if found:
                if len({iso2(m) for m in found}) != 1 or place is not None:
                    return None
                return found[0]
        return None

    def _lead_before(self, lead: re.Pattern[str], mention: Mention) -> bool:
        """A total's lead words (``lead``) end right before the place, within its sentence."""
        start = self.lay.sentences[mention.sentence][0]
        before = max(start, mention.start - TOTAL_LEAD_CHARS)
        return lead.search(self.text, before, mention.start) is not None

    def _total_covers(self, mention: Mention) -> bool:
        """A cover word stands right before the place in its sentence ("the VPD has seized
        more than 41 kilograms of fentanyl across Vancouver", "arrests across the Kurdistan
        Region"; total_cover): the area the total covered, no route's."""
        return self._lead_before(_TOTAL_COVER, mention)

    def _after_breakdown(self, mention: Mention) -> bool:
        """A breakdown's words stand right before the place in its clause ("19 of them in
        Russia", "11 of them at Kazbegi"): a part of the total's, not its place."""
        start = self.lay.sentences[mention.sentence][0]
        clause = self.text[max(start, mention.start - TOTAL_BREAKDOWN_CHARS):mention.start]
        return _TOTAL_BREAKDOWN.search(clause.rsplit(",", 1)[-1]) is not None

    def _total_countries(self, sentence: int) -> list[Mention]:
        """The COUNTRY mentions of a sentence a total's lead word stands before
        (_COUNTRY_TOTAL_LEAD; "across" only as a lead, no route's), not of a breakdown or a
        list."""
        found = []
        for mention in self.by_sentence.get(sentence, ()):
            if mention.label != "COUNTRY":
                continue
            if not self._lead_before(_COUNTRY_TOTAL_LEAD, mention) or (
                    self._route_tail(mention) and not self._total_covers(mention)):
                continue
            if not (self._after_breakdown(mention) or self._listed_with_place(mention)):
                found.append(mention)
        return found

    def _listed_with_place(self, mention: Mention) -> bool:
        """The mention is joined to another place of its sentence by a comma, "and" or "or"
        ("customs officers in Estonia and Latvia"): one of a list."""
        others = [m for m in self.by_sentence[mention.sentence]
                  if m is not mention and m.label in PLACE_LABELS]
        return any(_LIST_JOINT.fullmatch(self.text, m.end, mention.start)
                   or _LIST_JOINT.fullmatch(self.text, mention.end, m.start) for m in others)

    def _operation_border(self, draft: Draft) -> Mention | None:
        """The one two-country border a named operation's own sentences name, when nothing
        else places it ("held the joint operation "Dunai-2026" ... on the Ukrainian-Moldovan
        border near Reni and Giurgiulesti"): an operation the text places only on one border
        is held there; two borders place it nowhere, nor does a border an unnamed week's
        measures "across the country" mention."""
        borders = [m for sentence in sorted(draft.sentences)
                   for m in self.by_sentence.get(sentence, ())
                   if border_place(m) and not self._route_place(m)]
        if len({_place_name(m) for m in borders}) != 1:
            return None
        return next((m for m in borders if m.start >= self._title_end()), borders[0])

    def _result_place(self, draft: Draft, place: Mention, drafts: list[Draft],
                      find_places: dict[int, Mention]) -> bool:
        """The operation's place is one of its own results' places ("Operation Arrozal ...
        the container was inspected at the Port of Montevideo"): the find was made there,
        the operation spanning it and more is placed by nothing but its own words.
        ``find_places``: the places of operations' one finds (_find_place_of_operation) by
        id."""
        if draft.type != "operation":
            return False
        name = _place_name(place)
        return any(other.part_of is draft and other.type != "operation"
                   and (own := self._event_place(other)
                        or find_places.get(id(other))) is not None
                   and _same_or_headed(_place_name(own), name) for other in drafts)

    def _find_place_of_operation(self, draft: Draft, drafts: list[Draft]) -> Mention | None:
        """The place of an operation's one find whose sentences name no place: the town, village
        or facility the operation's own words give ("the workshop was set up in a barn in the
        village of Zhabinka. ... during the search of the farm, the officers found 12 kg"):
        the find was made there; the operation, spanning more than its find, keeps none
        (_result_place)."""
        parent = draft.part_of
        if (draft.type != "seizure" or parent is None or parent.type != "operation"
                or parent.follow_up
                or sum(other.part_of is parent and other.type == "seizure"
                       for other in drafts) != 1
                or any(m.label == "LOC" for sentence in draft.sentences
                       for m in self.by_sentence.get(sentence, ()))):
            return None  # ("follow-up searches in Osh and Batken": places of its own)
        place = self._event_place(parent)
        if (place is None or place.label != "LOC" or self._broad(place)
                or scope_place(place) or countryless_venue(place)):
            return None
        return place

    def _fallback_place(self, draft: Draft) -> Mention | None:
        """The draft's place when no cue places it: the dateline's or the one its assembly
        gave it. An operation or a period's results is never placed by the dateline; a
        running total is placed by its own sentence's place ("Since January, border guards
        of Buryatia detained ...", "since the start of 2026 border guards in Syunik have
        prevented ...")."""
        fallback = draft.fallback_location
        if fallback is None or draft.type not in _NO_DATELINE_PLACE_TYPES:
            return fallback
        if (draft.type == "other" and fallback is not self._dateline_place()
                and fallback.sentence in draft.sentences):
            return self._total_place(fallback.sentence)
        return None

    def _total_place(self, sentence: int) -> Mention | None:
        """The place a running total's sentence says its figures were achieved at or by
        (``_TOTAL_PLACE_LEAD`` right before it): the first named (capitalized) place on no
        route, in no list of places ("at the checkpoints on the state border and at
        Zvartnots airport"), after no breakdown's words ("11 of them at Kazbegi") and no
        press briefing's ("said at a press conference in Asunción")."""
        start = self.lay.sentences[sentence][0]
        for mention in self.by_sentence.get(sentence, ()):
            if (mention.label != "LOC" or mention.text.islower()
                    or (self._route_place(mention)  # "across" a total's cover, no route
                        and not self._total_covers(mention))
                    or self._place_list(mention)):
                continue
            if (not self._lead_before(_TOTAL_PLACE_LEAD, mention)
                    or self._lead_before(_LATER_PLACE_BEFORE, mention)
                    or self._briefing_before(max(start, mention.start - BRIEFING_CHARS),
                                             mention.start)):
                continue
            if self._after_breakdown(mention):
                continue
            return mention
        return None

    def _area_region(self, draft: Draft) -> Mention | None:
        """The one region the operation's own words say it covered, when nothing else places
        it ("a special operation in the North Unguja region. 14 houses were searched in
        Mkokotoni, Nungwi and Kiwengwa"; "the poppy eradication campaign in Herat province
        ... in the Shindand and Adraskan districts"): the towns it went through are its
        places, the region is where it was held; "across" right after the operation's noun
        covers the region, it names no route. Two regions so named place it nowhere."""
        regions = [m for sentence in sorted(draft.sentences)
                   for m in self.by_sentence.get(sentence, ())
                   if m.label == "LOC" and self._broad(m)
                   and _AREA_OPERATION_BEFORE.search(
                       self.text, max(0, m.start - AREA_OPERATION_CHARS), m.start)]
        if len({_place_name(m) for m in regions}) != 1:
            return None
        return next((m for m in regions if m.start >= self._title_end()), regions[0])

    def _own_region(self, draft: Draft) -> Mention | None:
        """The region a regional body's operation covers, when nothing else places it and its
        sentences name one region with its head word and no town (but a route's), border or
        water ("the Police Department of Mangystau region conducted the regional operation ...
        on the territory of the Mangystau region"; "police of the Smolensk region conducted
        the operation"): the region's own force or body acts, so the region is where it was
        held. A body named after the region places it there also when the region is named as
        a route's ("closing the routes of drug delivery to Bishkek through the Chui region");
        a force's "of the <region>" does not. A national body's operation in a region ("the
        Ministry's service held Operation Mak in the Issyk-Kul region") is no region's own:
        only its words covering the region place it (``_area_region``)."""
        places = [m for sentence in sorted(draft.sentences)
                  for m in self.by_sentence.get(sentence, ()) if m.label == "LOC"]
        if any(not m.normalized.get("country_iso2") for m in places):
            return None  # "on the Russian-Kazakh border", "on the Amu Darya": no region's
        dateline = self._dateline_place()
        if any(not self._broad(m) and m is not dateline and not self._route_place(m)
               and not self.rules.facility_places.search(m.text) for m in places):
            return None  # "started in the Shu Valley": a finer place is named
        regions = [m for m in places if self.rules.broad_places.search(m.text)]
        if not regions or len({_place_name(m) for m in regions}) != 1:
            return None
        region = next((m for m in regions if m.start >= self._title_end()), regions[0])
        core = self.rules.broad_places.sub("", region.text).strip().lower()
        if not core:
            return None
        if any(core in agent.text.lower() for agent in draft.organizer_agents):
            return region
        forced = any(_FORCE_OF_BEFORE.search(self.text, max(0, m.start - FORCE_OF_CHARS),
                                             m.start)
                     for m in regions if not self._route_place(m))
        return region if forced else None

    def _listed_place(self, draft: Draft) -> Mention | None:
        """The place a listing gives after the event's name and dates ("• with the Rapid
        Reaction Forces – "Interaction-2026", 14–19 September, Matybulak training ground
        (Zhambyl region);"): the event's name, then only its dates and punctuation, then
        the place."""
        for name in draft.mentions:
            if name.label != "OPERATION":
                continue
            cursor = name.end
            for mention in self.by_sentence.get(name.sentence, ()):
                if mention.start < cursor:
                    continue
                if not _LISTING_GAP.fullmatch(self.text, cursor, mention.start):
                    break
                if mention.label == "DATE":
                    cursor = mention.end
                    continue
                if mention.label == "LOC" and cursor > name.end:
                    return mention  # a date stands between the name and the place
                break
        return None

    def _place_there(self, draft: Draft) -> Mention | None:
        """The place "there" stands for in the sentence of the event's word ("... was
        completed at the Brestsky training ground in Belarus. At the same time, the exercises
        "Search-2025" and "Echelon-2025" were held there"): the last place the sentence
        before names, not a route's."""
        trigger = draft.trigger
        if trigger is None or trigger.sentence == 0:
            return None
        if not self.sentence_has(_HELD_THERE, trigger.sentence):
            return None
        places = [m for m in self.by_sentence.get(trigger.sentence - 1, ())
                  if m.label == "LOC" and not self._route_place(m)]
        return places[-1] if places else None

    def _body_full_name(self, draft: Draft, place: Mention) -> Mention:
        """The body's fuller name of a headline's place, in the event's own sentences or the
        lead's ("Cocaine found in Poti roadstead" over "waiting to enter the Poti port"): the
        body names the place in full; the headline's place itself when the body does not."""
        if place.label != "LOC" or place.start >= self._title_end():
            return place
        name = place.text.lower()
        lead = range(place.sentence + 1, self.lead_last + 1)
        for sentence in (*sorted(draft.sentences), *lead):
            for mention in self.by_sentence.get(sentence, ()):
                if mention.label == "LOC" and _longer_name(mention, name):
                    return mention
        return place

    def _home_place(self, draft: Draft, place: Mention | None) -> Mention | None:
        """Where the person lives whose home, plot or garage the find was made at, when the
        event's sentences name that home ("a resident of Telavi, on whose plot of land 46
        cannabis plants were found"): a place finer than ``place`` (a region, a district, a
        country, a place outside the event's sentences, or none), of its country (or one no
        list knows, whose country is a guess)."""
        sentences = sorted(draft.sentences)
        if not any(self.sentence_has(_HOME_WORD, s) for s in sentences):
            return None
        country = None if place is None else (
            iso2(place) if place.label == "COUNTRY" else self._country_of(place))
        for sentence in sentences:
            for mention in self.by_sentence.get(sentence, ()):
                if (mention.label == "LOC" and mention is not place
                        and not self._broad(mention)
                        and not _written_or_named(_COVERED_AREA, mention)
                        and (country is None or self._country_of(mention) == country
                             or not mention.normalized.get("id"))  # a locality no list knows
                        and _RESIDENCE_BEFORE.search(
                            self.text, max(0, mention.start - RESIDENCE_CHARS),
                            mention.start)):
                    return mention
        return None

    def _holding_place(self, assignment: RoleAssignment) -> RoleAssignment:
        """A cue's place that shares its plural head with other names, followed by the place
        holding them all ("carried out in the Malu'u and Fouia areas of North Malaita"): the
        holding place is where the event was (North Malaita); any other assignment as it is."""
        if assignment.role != "location":
            return assignment
        place = assignment.mention
        head = _SHARED_HEAD_OF.match(self.text, place.end)
        if head is None:
            return assignment
        holder = next((m for m in self.by_sentence[place.sentence]
                       if m.start == head.end() and m.label in ("LOC", "COUNTRY")), None)
        if holder is None:
            return assignment
        return RoleAssignment(assignment.role, holder, assignment.cue, assignment.label_rank,
                              assignment.distance)

    def _parent_facility(self, draft: Draft, country: Mention) -> Mention | None:
        """The facility of the country where the operation a local result belongs to was
        placed ("Customs detected two cases at Hong Kong International Airport ... a
        passenger arrived in Hong Kong from Bangkok ... officers found 9.6kg"): the case's
        own text names only the country, the lead the airport where both cases were found."""
        parent = draft.part_of
        if parent is None or not draft.sub_result:
            return None
        code = iso2(country)
        return next((a.mention for a in parent.roles
                     if a.role == "location" and a.mention.label == "LOC"
                     and a.mention.normalized.get("country_iso2") == code
                     and self.rules.facility_places.search(a.mention.text)), None)

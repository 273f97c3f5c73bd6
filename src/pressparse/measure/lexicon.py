"""The QUANTITY vocabulary read from the data directory, with lookup tables."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..data import RecordT, read_jsonl
from ..lru import LRUCache
from .conversion import factor
from .records import (
    CalibreWordsRecord,
    ChangeCueRecord,
    CountNounRecord,
    CropSubstancesRecord,
    CurrencyRecord,
    NumberWordRecord,
    QualifierRecord,
    RangeRecord,
    ScaleRecord,
    SpacedSymbolRecord,
    SubjectWordsRecord,
    SymbolSenseRecord,
    UnitFactorRecord,
    UnitRecord,
    WhatAliasRecord,
    WhatCueRecord,
    WordListRecord,
)


@dataclass(frozen=True)
class UnitReading:
    """One way to read a unit: canonical name, kind, factor to its target, assumption."""

    name: str
    kind: str
    to: str | None
    factor: float | None
    assumption: str | None = None
    standalone: bool = True
    scale: float = 1.0  # "mb/d": million barrels a day


@dataclass(frozen=True)
class Unit:
    """A unit as the scanner uses it: its usual reading and its reading in imperial texts."""

    usual: UnitReading
    imperial: UnitReading

    # Read for every quantity: computed once per unit (a frozen dataclass still has a
    # ``__dict__`` for cached_property; equality and hash use the fields only).
    @cached_property
    def kind(self) -> str:
        return self.usual.kind

    @cached_property
    def name(self) -> str:
        return self.usual.name

    @cached_property
    def ambiguous(self) -> bool:
        return self.usual != self.imperial


SHAPE_CACHE_SIZE = 25_000  # noun phrases remembered (``Lexicon.phrase_shapes``)
OPTIONAL_WORD_LISTS = (  # Lexicon fields filled with the lower-case words of <field>.jsonl
    "multiplier_words", "penalty_cues", "one_person_nouns", "quake_words", "up_particle_verbs",
    "market_words", "wire_credits", "piece_words", "of_heads", "rate_words", "street_words",
    "activity_nouns", "portion_nouns", "people_verbs", "counter_labels", "contact_labels",
    "counter_nouns", "pagination_labels", "date_column_headers", "generic_column_headers",
    "range_verbs", "file_types", "attachment_words", "determiners", "object_links",
    "estimated_links", "drug_anaphors", "level_tails",
)


@dataclass
class Lexicon:
    """Lookup tables built from the data files (keys of word tables are lower-case)."""

    unit_words: dict[str, Unit] = field(default_factory=dict)
    container_units: frozenset[str] = frozenset()  # unit names that are also vessels
    unit_measures: dict[str, str] = field(default_factory=dict)  # "°C": temperature
    unit_symbols: dict[str, Unit] = field(default_factory=dict)
    unit_prefixes: dict[str, Unit] = field(default_factory=dict)
    glued_symbols: frozenset[str] = frozenset()
    scaled_currency_symbols: frozenset[str] = frozenset()
    """Currency symbols read only before a scale or a figure with separators ("SR79 billion")."""
    glued_currency_symbols: dict[str, str] = field(default_factory=dict)
    currency_words: dict[str, str] = field(default_factory=dict)
    currency_symbols: dict[str, str] = field(default_factory=dict)
    scales: dict[str, ScaleRecord] = field(default_factory=dict)
    number_words: dict[str, NumberWordRecord] = field(default_factory=dict)
    qualifiers_before: dict[str, str] = field(default_factory=dict)
    qualifiers_after: dict[str, str] = field(default_factory=dict)
    qualifiers_after_the: dict[str, str] = field(default_factory=dict)
    """qualifiers.jsonl position after_the: a word after an amount written after "the" ("the
    9.75% area")."""
    ranges: list[RangeRecord] = field(default_factory=list)
    count_heads: dict[str, str] = field(default_factory=dict)
    phrase_stops: frozenset[str] = frozenset()
    code_words: frozenset[str] = frozenset()
    count_unit_names: frozenset[str] = frozenset()  # units of kind count ("dose", "TEU")
    street_words: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    what_aliases: dict[str, str] = field(default_factory=dict)
    word_count_categories: frozenset[str] = frozenset()
    anaphors: frozenset[str] = frozenset()
    portion_nouns: frozenset[str] = frozenset()
    people_verbs: frozenset[str] = frozenset()  # "injured 200": a bare number counts people
    counter_labels: frozenset[str] = frozenset()  # "Hits 2,417": a page's view counter
    contact_labels: frozenset[str] = frozenset()  # "Hotline ... – 1060": a phone number
    counter_nouns: frozenset[str] = frozenset()  # "| 0 Comments": a counter after its number
    pagination_labels: frozenset[str] = frozenset()  # "Showing 3 of 214": a page's pager
    date_column_headers: frozenset[str] = frozenset()  # "| Date |": its figures are days
    generic_column_headers: frozenset[str] = frozenset()  # "| Quantity |": rows name it
    file_size_units: frozenset[str] = frozenset()  # "(412KB)" after an attached file name
    file_types: frozenset[str] = frozenset()  # "(PDF, 212 KB)": a file's type before its size
    attachment_words: frozenset[str] = frozenset()  # "Photos attached (3 files, 4.2 MB)"
    demonyms: frozenset[str] = frozenset()  # "Jamaican": the gazetteer's NORP names, lower case
    weekdays: frozenset[str] = frozenset()  # "Monday": the date component's weekday names
    scaled_symbols: dict[str, Unit] = field(default_factory=dict)  # "20 mln T"
    level_units: frozenset[str] = frozenset()  # "fell 120 points to 4,512.3": points
    range_verbs: frozenset[str] = frozenset()  # "ranging from 5 to 7": one range
    determiners: frozenset[str] = frozenset()  # "the", "its", "total": start no linked phrase
    object_links: frozenset[str] = frozenset()  # "of", "the": inside a verb's object phrase
    estimated_links: frozenset[str] = frozenset()  # "the ... of": inside "estimated at" nouns
    drug_anaphors: frozenset[str] = frozenset()  # "the drug": never a precursor
    level_tails: frozenset[str] = frozenset()  # "... was", " to": a level's verb before it
    activity_nouns: frozenset[str] = frozenset()
    of_complement_categories: frozenset[str] = frozenset()
    currency_factors: dict[str, float] = field(default_factory=dict)
    minor_symbol_factors: dict[str, float] = field(default_factory=dict)  # "7.2p": 0.01
    bare_minor_words: frozenset[str] = frozenset()  # "cents": of the currency beside them
    rate_words: frozenset[str] = frozenset()
    currency_countries: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """currencies.jsonl: a currency's countries (ISO alpha-2), when not its code's first two
    letters (XAF: CM, GA, ...)."""
    blank_symbol_currencies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """currencies.jsonl blank_symbols: a symbol set off by a blank -> the currencies whose
    press so writes it in a text about their country ("$ 186.500": UYU, ARS, ...)."""
    unit_symbol_currencies: dict[str, str] = field(default_factory=dict)
    """currencies.jsonl unit_symbols: a unit's symbol -> the currency it is in a text about
    that currency's country ("18.350 KM" in Bosnia: BAM)."""
    spaced_symbols: dict[str, frozenset[str]] = field(default_factory=dict)
    """spaced_symbols.jsonl: a glued-only symbol -> the sentence words that let a blank
    stand before it ("below 2 C" among temperatures)."""
    symbol_senses: dict[str, tuple[Unit, frozenset[str]]] = field(default_factory=dict)
    """symbol_senses.jsonl: symbol -> (the other unit, the sentence words that select it)."""
    calibre_words: dict[str, frozenset[str]] = field(default_factory=dict)
    """calibre_words.jsonl: "marks" after a calibre's number, "arms" the firearm nouns."""
    multiplier_words: frozenset[str] = frozenset()
    penalty_cues: frozenset[str] = frozenset()  # a law's maximum fine, no reported sum
    one_person_nouns: frozenset[str] = frozenset()  # "One suspect was arrested"
    quake_words: frozenset[str] = frozenset()  # "a 6.8 quake": a magnitude
    up_particle_verbs: frozenset[str] = frozenset()  # "edged up to 3.8%": no up_to
    market_words: frozenset[str] = frozenset()  # "$5m in the black market": no what
    quote_bases: tuple[str, ...] = ()
    """quote_bases.jsonl: currency codes, the most common base of an exchange rate first."""
    wire_credits: frozenset[str] = frozenset()  # "(Reuters) -": a bare "$" is US dollars
    crop_classes: frozenset[str] = frozenset()  # SUBSTANCE classes grown on land ("cannabis")
    crop_names: frozenset[str] = frozenset()  # SUBSTANCE names grown on land ("opium")
    of_heads: frozenset[str] = frozenset()  # "500 head of cattle", "a strain of cannabis"
    piece_words: frozenset[str] = frozenset()  # "| 240 pcs": the goods are in the cell before
    idioms: frozenset[str] = frozenset()
    change_cues: dict[str, str] = field(default_factory=dict)
    change_before: dict[str, str] = field(default_factory=dict)
    change_after: dict[str, str] = field(default_factory=dict)
    currency_contexts: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    currency_alternatives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """A currency code -> the other currencies its symbol or bare word may name ("Rs": INR,
    PKR; "pesos": MXN, COP, PHP ...), in file order."""
    shared_currency_forms: frozenset[str] = frozenset()
    """The lower-case symbols and words several currencies write ("$", "rs", "pesos")."""
    currency_heads: dict[str, frozenset[str]] = field(default_factory=dict)
    """A currency code -> the heads of its names (:func:`currency_head`: "dollar", "peso"):
    a bare word of a currency names only the currencies whose names share its head
    ("dollars" in a Chilean text is US dollars, not pesos sharing the "$")."""
    head_currencies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """A head of currencies' names -> the currencies it names ("pound": GBP, EGP, LBP ...),
    in file order (``currency_heads`` read backwards)."""
    what_cues: list[WhatCueRecord] = field(default_factory=list)
    adjective_endings: tuple[str, ...] = ()  # "military and special equipment": one phrase
    subject_words: dict[str, frozenset[str]] = field(default_factory=dict)
    """subject_words.jsonl: role -> lower-case words (links, measure_nouns, ...)."""
    phrase_shapes: LRUCache[tuple[str, bool], object] = field(
        default_factory=lambda: LRUCache(SHAPE_CACHE_SIZE), repr=False, compare=False)
    """Cache of ``phrases.noun_phrase``: the phrase read from each run of words (filled as
    texts are read; the tables above do not change after loading)."""

    def unit_named(self, word: str) -> Unit | None:
        """The unit a header's or a rate's word names ("kg", "tonnes"): by its word, else its
        symbol."""
        return self.unit_words.get(word) or self.unit_symbols.get(word)


def _currency_alternatives(lex: Lexicon, data_dir: Path
                           ) -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """The currencies sharing a symbol with another one (listed with context words) or
    named by a bare word of another one qualified ("Colombian pesos" for "pesos"), and the
    lower-case symbols and words so shared."""
    alternatives: dict[str, list[str]] = {}
    shared: set[str] = set()
    for usual, contexts in lex.currency_contexts.items():
        for code, _words in contexts:
            if code not in alternatives.setdefault(usual, []):
                alternatives[usual].append(code)
    for currency in read_jsonl(data_dir / "currencies.jsonl", CurrencyRecord):
        for symbol in currency.symbols:
            if lex.currency_symbols.get(symbol) != currency.code:
                shared.add(symbol.lower())  # kept by the currency listed first
        for word in currency.words:
            head = word.lower().split()[-1]
            usual = lex.currency_words.get(head)
            if " " in word and usual is not None and usual != currency.code:
                shared.update({head, head.rstrip("s")})
                if currency.code not in alternatives.get(usual, ()):
                    alternatives.setdefault(usual, []).append(currency.code)
                    if currency.context_words:  # "lei" in a text naming Moldova: MDL
                        lex.currency_contexts.setdefault(usual, []).append(
                            (currency.code, tuple(currency.context_words)))
    return {usual: tuple(codes) for usual, codes in alternatives.items()}, frozenset(shared)


def _reading(name: str, kind: str, pint_expr: str | None, to: str | None,
             assumption: str | None, standalone: bool = True,
             factors: dict[tuple[str, str], float] | None = None,
             scale: float = 1.0) -> UnitReading:
    """A unit's reading; its factor from the precomputed table, else from pint."""
    ratio = None
    if pint_expr and to:
        ratio = (factors or {}).get((pint_expr, to))
        if ratio is None:
            ratio = factor(pint_expr, to)
    return UnitReading(name, kind, to, ratio, assumption, standalone, scale)


def _factors(path: Path) -> dict[tuple[str, str], float]:
    """Precomputed pint factors (unit_factors.jsonl), so loading needs no pint registry."""
    if not path.is_file():
        return {}
    return {(r.pint, r.to): r.factor for r in read_jsonl(path, UnitFactorRecord)}


def _words(path: Path) -> frozenset[str]:
    return frozenset(w for record in read_jsonl(path, WordListRecord) for w in record.words)


def _optional_words(path: Path) -> frozenset[str]:
    """The lower-cased words of an optional word-list file (none when it is absent)."""
    return frozenset(w.lower() for w in _words(path)) if path.exists() else frozenset()


def _optional_records(path: Path, model: type[RecordT]) -> list[RecordT]:
    """The records of an optional data file (none when it is absent)."""
    return read_jsonl(path, model) if path.exists() else []


def _demonyms(path: Path) -> frozenset[str]:
    """The lower-cased names and variants of the gazetteer's demonyms ("jamaican"), none
    when the gazetteer data is absent."""
    if not path.exists():
        return frozenset()
    names: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            names.update(n.lower() for n in [record.get("name", ""), *record.get("variants", [])])
    names.discard("")
    return frozenset(names)


def _weekdays(path: Path) -> frozenset[str]:
    """The weekday names of the date component's data ("Monday", "Tue."), none when that
    data is absent."""
    if not path.exists():
        return frozenset()
    names: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("{"):
            names.update(json.loads(line).get("names", []))
    return frozenset(names)


def currency_head(word: str) -> str:
    """The head of a currency's name, lower-case and without a plural "s" ("US dollars" ->
    "dollar", "pesos" -> "peso")."""
    return word.lower().rpartition(" ")[2].removesuffix("s")


def _with_number_forms(words: list[str]) -> list[str]:
    """A currency's qualified names in the other grammatical number its bare names give
    ("Turkish lira" and "liras" give "Turkish liras"; "Indian rupees" and "rupee" give
    "Indian rupee"): a bare name differing from a qualified name's last word by a plural
    ending of one or two letters, after a qualifier that is a name (not "crore rupees")."""
    bare = [word for word in words if " " not in word]
    found: list[str] = []
    for word in words:
        qualifier, _, head = word.rpartition(" ")
        if not qualifier[:1].isupper():
            continue
        for other in bare:
            longer, shorter = (other, head) if len(other) > len(head) else (head, other)
            if other != head and longer.startswith(shorter) and len(longer) - len(shorter) <= 2:
                found.append(f"{qualifier} {other}")
    return [word for word in found if word not in words]


def _title_form(symbol: str) -> str:
    """A symbol of letters with a capital inside as a press that capitalizes only its first
    letter writes it ("Frw 20 million" for "FRw", "Tsh" for "TSh"); other symbols as they are."""
    if len(symbol) < 3 or not symbol[0].isupper() or not symbol[1:].isalpha() \
            or symbol[1:].islower() or symbol[1:].isupper():
        return symbol  # not a code in capitals either: "Top 10", "All 5" are no sums
    return symbol[0] + symbol[1:].lower()


def load_lexicon(data_dir: Path) -> Lexicon:
    """Read every QUANTITY data file in ``data_dir``."""
    lex = Lexicon()
    glued: set[str] = set()
    bare_minor: set[str] = set()
    scaled: set[str] = set()
    factors = _factors(data_dir / "unit_factors.jsonl")
    for record in read_jsonl(data_dir / "units.jsonl", UnitRecord):
        usual = _reading(record.name, record.kind, record.pint, record.to, record.assumption,
                         record.standalone, factors, record.scale)
        variant = record.imperial
        imperial = (
            _reading(variant.name, record.kind, variant.pint, record.to, variant.assumption,
                     factors=factors)
            if variant else usual
        )
        unit = Unit(usual, imperial)
        if record.container:
            lex.container_units |= {record.name}
        if record.measures:
            lex.unit_measures[record.name] = record.measures
        for word in record.words:
            lex.unit_words[word.lower()] = unit
        for symbol in record.symbols:
            lex.unit_symbols[symbol] = unit
        for symbol in record.glued_symbols:
            lex.unit_symbols[symbol] = unit
            glued.add(symbol)
        for symbol in record.scaled_symbols:
            lex.scaled_symbols[symbol] = unit
        if record.elided_level:
            lex.level_units = lex.level_units | {record.name}
        if record.kind == "count":
            lex.count_unit_names = lex.count_unit_names | {record.name}
        for phrase in record.prefix_words:
            lex.unit_prefixes[" ".join(phrase.lower().split())] = unit
    for currency in read_jsonl(data_dir / "currencies.jsonl", CurrencyRecord):
        for symbol in currency.glued_symbols:
            lex.glued_currency_symbols[symbol] = currency.code
            glued.add(symbol)
        for symbol in currency.minor_glued_symbols:
            lex.glued_currency_symbols[symbol] = currency.code
            lex.minor_symbol_factors[symbol] = 0.01
            glued.add(symbol)
        lex.currency_symbols[currency.code] = currency.code
        if currency.countries:
            lex.currency_countries[currency.code] = tuple(currency.countries)
        for symbol in currency.unit_symbols:
            lex.unit_symbol_currencies[symbol] = currency.code
        for symbol in currency.blank_symbols:
            lex.blank_symbol_currencies[symbol] = \
                (*lex.blank_symbol_currencies.get(symbol, ()), currency.code)
        for word in _with_number_forms(currency.words):
            lex.currency_words.setdefault(word.lower(), currency.code)
        # (the other numbers _with_number_forms gives end in a bare name: no other head)
        lex.currency_heads[currency.code] = frozenset(map(currency_head, currency.words))
        for head in lex.currency_heads[currency.code]:
            lex.head_currencies[head] = (*lex.head_currencies.get(head, ()), currency.code)
        for word in currency.words:
            lex.currency_words[word.lower()] = currency.code
        for word in currency.minor_words + currency.shared_minor_words:
            lex.currency_words[word.lower()] = currency.code
            lex.currency_factors[word.lower()] = 0.01
        bare_minor.update(word.lower() for word in currency.shared_minor_words)
        for symbol in currency.scaled_symbols:
            lex.currency_symbols.setdefault(symbol, currency.code)
            scaled.add(symbol)
        for symbol in currency.symbols:
            usual = lex.currency_symbols.get(symbol)
            if usual is not None and currency.context_words:
                lex.currency_contexts.setdefault(usual, []).append(
                    (currency.code, tuple(currency.context_words)))
                continue
            lex.currency_symbols[symbol] = currency.code
    for symbol, code in list(lex.currency_symbols.items()):
        lex.currency_symbols.setdefault(_title_form(symbol), code)
    lex.glued_symbols = frozenset(glued)
    lex.scaled_currency_symbols = frozenset(scaled)
    lex.bare_minor_words = frozenset(bare_minor)
    lex.currency_alternatives, lex.shared_currency_forms = _currency_alternatives(lex, data_dir)
    for scale in read_jsonl(data_dir / "scales.jsonl", ScaleRecord):
        for form in scale.forms:
            lex.scales[form.lower()] = scale
    for word in read_jsonl(data_dir / "number_words.jsonl", NumberWordRecord):
        lex.number_words[word.word.lower()] = word
    for qualifier in read_jsonl(data_dir / "qualifiers.jsonl", QualifierRecord):
        table = lex.qualifiers_before if qualifier.position == "before" else (
            lex.qualifiers_after if qualifier.position == "after" else lex.qualifiers_after_the)
        table[qualifier.phrase.lower()] = qualifier.qualifier
    lex.ranges = read_jsonl(data_dir / "ranges.jsonl", RangeRecord)
    in_words: set[str] = set()
    of_complement: set[str] = set()
    for noun in read_jsonl(data_dir / "count_nouns.jsonl", CountNounRecord):
        for form in noun.forms:
            lex.count_heads[form.lower()] = noun.category
        if noun.in_words:
            in_words.add(noun.category)
        if noun.of_complement:
            of_complement.add(noun.category)
    lex.word_count_categories = frozenset(in_words)
    lex.of_complement_categories = frozenset(of_complement)
    lex.phrase_stops = frozenset(w.lower() for w in _words(data_dir / "phrase_stops.jsonl"))
    lex.code_words = frozenset(w.lower() for w in _words(data_dir / "code_words.jsonl"))
    lex.months = _words(data_dir / "months.jsonl")
    idioms_path = data_dir / "idioms.jsonl"
    if idioms_path.exists():
        lex.idioms = frozenset(" ".join(w.lower().split()) for w in _words(idioms_path))
    for name in OPTIONAL_WORD_LISTS:  # each list's file is named after its field
        setattr(lex, name, _optional_words(data_dir / f"{name}.jsonl"))
    bases_path = data_dir / "quote_bases.jsonl"
    if bases_path.exists():
        lex.quote_bases = tuple(code for record in read_jsonl(bases_path, WordListRecord)
                                for code in record.words)
    for crops in _optional_records(data_dir / "crop_substances.jsonl", CropSubstancesRecord):
        lowered = frozenset(w.lower() for w in crops.words)
        if crops.kind == "classes":
            lex.crop_classes |= lowered
        else:
            lex.crop_names |= lowered
    for spaced in _optional_records(data_dir / "spaced_symbols.jsonl", SpacedSymbolRecord):
        lex.spaced_symbols[spaced.symbol] = frozenset(w.lower() for w in spaced.words)
    units_by_name = {unit.name: unit for unit in lex.unit_words.values()}
    for sense in _optional_records(data_dir / "symbol_senses.jsonl", SymbolSenseRecord):
        lex.symbol_senses[sense.symbol] = (
            units_by_name[sense.unit], frozenset(w.lower() for w in sense.words))
    for row in _optional_records(data_dir / "calibre_words.jsonl", CalibreWordsRecord):
        lex.calibre_words[row.kind] = frozenset(w.lower() for w in row.words)
    for cue in read_jsonl(data_dir / "change_cues.jsonl", ChangeCueRecord):
        for word in cue.words:
            lex.change_cues[word.lower()] = cue.direction
            if cue.states_direction:
                lex.change_before[word.lower()] = cue.direction
        for word in cue.after:
            lex.change_after[word.lower()] = cue.direction
    lex.anaphors = frozenset(w.lower() for w in _words(data_dir / "anaphors.jsonl"))
    lex.demonyms = _demonyms(data_dir.parent / "pressparse_gazetteer" / "demonyms.jsonl")
    lex.weekdays = _weekdays(data_dir.parent / "pressparse_dates" / "weekdays.jsonl")
    lex.file_size_units = frozenset(_words(data_dir / "file_size_units.jsonl")) \
        if (data_dir / "file_size_units.jsonl").exists() else frozenset()
    for alias in read_jsonl(data_dir / "what_aliases.jsonl", WhatAliasRecord):
        for phrase in alias.phrases:
            lex.what_aliases[phrase.lower()] = alias.what
    lex.adjective_endings = tuple(sorted(_optional_words(data_dir / "adjective_endings.jsonl")))
    subjects_path = data_dir / "subject_words.jsonl"
    if subjects_path.exists():
        for words in read_jsonl(subjects_path, SubjectWordsRecord):
            lex.subject_words[words.role] = lex.subject_words.get(
                words.role, frozenset()) | frozenset(w.lower() for w in words.words)
    cues_path = data_dir / "what_cues.jsonl"
    if cues_path.exists():
        lex.what_cues = read_jsonl(cues_path, WhatCueRecord)
    return lex

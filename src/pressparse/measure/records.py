"""Pydantic models of the QUANTITY data files (one record per JSONL line)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from ..schema import Qualifier, QuantityKind


class UnitVariant(BaseModel):
    """How an ambiguous unit is read when the text works in imperial units."""

    name: str
    pint: str
    assumption: str | None = None


class UnitFactorRecord(BaseModel):
    """A conversion factor computed with pint (unit_factors.jsonl, generated)."""

    pint: str
    to: str
    factor: float


class UnitRecord(BaseModel):
    """A unit of measure with its spellings and its conversion (units.jsonl)."""

    name: str
    kind: QuantityKind
    words: list[str] = Field(default_factory=list)
    symbols: list[str] = Field(default_factory=list)
    glued_symbols: list[str] = Field(
        default_factory=list, description="case-sensitive symbols read only when written "
                                          "right after the digits ('38C'), never after a space")
    elided_level: bool = Field(
        False, description="true: a bare figure after a move in this unit in its sentence is "
                           "a level in it ('fell 120 points to 4,512.3': points)")
    scaled_symbols: list[str] = Field(
        default_factory=list, description="case-sensitive symbols read only right after a "
                                          "scale word ('20 mln T': tonnes; a bare 'T' is no unit)")
    pint: str | None = None
    to: str | None = None
    assumption: str | None = None
    imperial: UnitVariant | None = None
    prefix_words: list[str] = Field(
        default_factory=list,
        description="case-insensitive words naming the unit before the number ('magnitude "
                    "5.4'); in the span, unless they end in 'of' ('a magnitude of 6.1')")
    scale: float = Field(
        1.0, description="a multiplier the unit's abbreviation carries ('1.1 mb/d': 1.1 million "
                         "barrels a day, value 1.1e6 in the record's unit)")
    standalone: bool = Field(
        True, description="false: read (so '5-day' is not a count) but only reported inside "
                          "a rate; durations belong to the DATE component")
    measures: str | None = Field(
        None, description="the noun a quantity in this unit measures when its text names none "
                          "('41 degrees Celsius in Skopje': temperature)")
    container: bool = Field(
        False, description="true: also a vessel a load is put in; after 'in'/'into' ('loaded "
                           "in 76 barrels') the number counts vessels instead of measuring")


class CurrencyRecord(BaseModel):
    """A currency: ISO code, names and symbols (currencies.jsonl)."""

    code: str = Field(pattern=r"^[A-Z]{3}$")
    words: list[str] = Field(default_factory=list)
    symbols: list[str] = Field(default_factory=list)
    minor_words: list[str] = Field(
        default_factory=list, description="names of the hundredth unit ('pence'): value / 100")
    shared_minor_words: list[str] = Field(
        default_factory=list,
        description="names of the hundredth unit several currencies use ('cents'): value / 100, "
                    "in the currency of the amount beside it in its sentence, else this one")
    glued_symbols: list[str] = Field(
        default_factory=list, description="symbols read only right after the digits")
    minor_glued_symbols: list[str] = Field(
        default_factory=list, description="symbols of the hundredth unit read only right after "
                                          "the digits ('7.2p': 0.072 GBP)")
    scaled_symbols: list[str] = Field(
        default_factory=list,
        description="symbols read only before a scale word or a figure with separators or "
                    "decimals ('SR79 billion', 'SR 1,200'), as a road or model code looks "
                    "alike ('SR 520')")
    context_words: list[str] = Field(
        default_factory=list,
        description="for a symbol another currency already uses: words of the text that pick "
                    "this one instead (\"Rs\" in a text naming Pakistan is PKR)")
    countries: list[str] = Field(
        default_factory=list,
        description="ISO alpha-2 codes of the countries that use it, when they are not the "
                    "code's first two letters (XAF: CM, GA, TD, ...)")
    unit_symbols: list[str] = Field(
        default_factory=list,
        description="a unit's symbol this currency's own press writes after a sum (\"18.350 "
                    "KM\", convertible marks): read as this currency in a text about its "
                    "country (its home country, else the country it names most)")
    blank_symbols: list[str] = Field(
        default_factory=list,
        description="symbols of another currency this one's own press writes set off from the "
                    "figure by a blank ('$ 186.500' in Uruguay): so written in a text about "
                    "one of its countries, they are this currency")


class ScaleRecord(BaseModel):
    """A multiplier written after a number: "thousand", "bn", "m" (scales.jsonl)."""

    value: float
    forms: list[str]
    glued: bool = False
    needs_currency: bool = False
    abbreviations: list[str] = []  # forms that may end in a dot of their own ("Mil.")


class NumberWordRecord(BaseModel):
    """A number written as a word (number_words.jsonl)."""

    word: str
    value: float
    role: Literal["digit", "teen", "tens", "fraction", "article"]


class QualifierRecord(BaseModel):
    """A phrase stating the bound of a quantity (qualifiers.jsonl)."""

    phrase: str
    qualifier: Qualifier
    position: Literal["before", "after", "after_the"]


class RangeRecord(BaseModel):
    """A connector between the two numbers of a range (ranges.jsonl)."""

    connector: str
    opener: str | None = None


class CountNounRecord(BaseModel):
    """Heads of counted noun phrases sharing one category (count_nouns.jsonl)."""

    category: str
    forms: list[str]
    in_words: bool = Field(
        False, description="small numbers written in words ('five couriers') count this")
    of_complement: bool = Field(
        False, description="the phrase goes on through 'of' ('rounds of ammunition')")


class WordListRecord(BaseModel):
    """A plain list of words (phrase_stops.jsonl, code_words.jsonl, months.jsonl)."""

    words: list[str]


class CropSubstancesRecord(BaseModel):
    """SUBSTANCE classes or names that grow on land an area measures
    (crop_substances.jsonl)."""

    kind: Literal["classes", "names"]
    words: list[str]


class SpacedSymbolRecord(BaseModel):
    """A symbol read only glued to its number ("38C") that may stand after one blank when
    its sentence holds one of ``words`` (spaced_symbols.jsonl: "below 2 C")."""

    symbol: str
    words: list[str]


class SymbolSenseRecord(BaseModel):
    """A unit symbol read as another unit when its sentence holds one of ``words``
    (symbol_senses.jsonl: "nm" is the nautical mile, the nanometre beside "chip")."""

    symbol: str
    unit: str = Field(description="the name of the other unit (units.jsonl)")
    words: list[str]


class CalibreWordsRecord(BaseModel):
    """The words that make a number a firearm's calibre (calibre_words.jsonl)."""

    kind: Literal["marks", "arms"]
    words: list[str]


class SubjectWordsRecord(BaseModel):
    """Words of one role in the noun phrase a clause says a figure is about
    (subject_words.jsonl)."""

    role: Literal["links", "postmodifiers", "measure_nouns", "measure_modifiers", "asides",
                  "change_verbs", "value_words", "level_verbs", "sale_verbs",
                  "period_nouns", "referents", "auxiliaries", "crop_verbs", "seizure_nouns",
                  "money_nouns", "cash_words", "back_measures",
                  "comparatives", "identity_hedges", "unit_price_before", "unit_price_after",
                  "to_level_verbs", "margin_verbs",
                  "margin_nouns", "penalty_nouns", "ratio_bases",
                  "code_verb_markers", "copulas",
                  "possessives", "level_links", "quote_links",
                  "level_prepositions", "compared_periods", "age_bounds", "age_nouns",
                  "age_holders", "temperature_words", "fahrenheit_marks", "angle_words",
                  "copula_adverbs", "idiom_prepositions", "period_header_words",
                  "energy_units", "energy_words", "spending_verbs", "estimate_verbs",
                  "vague_of_heads", "change_nouns", "object_ends", "count_measures",
                  "period_deictics", "relative_pronouns", "index_words",
                  "source_nouns", "source_tails", "duration_modifiers", "total_modifiers",
                  "container_contents", "nationality_nouns", "level_adverbs",
                  "absolute_joints", "absolute_determiners", "value_after_comma",
                  "partitive_pronouns", "partitive_nouns", "share_holder_links",
                  "share_verbs", "object_joints", "object_stops", "time_prepositions",
                  "land_nouns", "crop_object_verbs", "thermometer_nouns",
                  "earning_verbs", "gapped_same", "gapped_not", "record_nouns",
                  "period_joints", "fiscal_words", "clause_verbs", "verb_group_words",
                  "reporting_verbs", "clause_joints", "clause_openers", "subject_pronouns",
                  "object_pronouns", "trailing_adverbs", "change_object_verbs",
                  "purchase_verbs"]
    words: list[str]


class WhatAliasRecord(BaseModel):
    """A counted or measured noun phrase and the name recorded for it (what_aliases.jsonl)."""

    phrases: list[str]
    what: str


class ChangeCueRecord(BaseModel):
    """Verbs of change: "rose 2% to 5%" states a change and a level, not a range.

    ``words`` right before a quantity (maybe with "by" or "of" between) also give it its
    ``change`` direction ("rose 3%", "an increase of 6%"), unless ``states_direction`` is
    false ("raised $5 million" is money collected, not a rise); ``after`` words right after
    it do too ("a 4% drop", "5% higher").
    """

    words: list[str] = Field(default_factory=list)
    direction: Literal["up", "down"]
    states_direction: bool = True
    after: list[str] = Field(default_factory=list)


class WhatCueRecord(BaseModel):
    """Words around a quantity that say what it measures (what_cues.jsonl).

    ``link``: ``fixed`` records ``what``; ``noun_before`` the noun just before the ``before``
    words ("contraband worth 5 million"); ``phrase_after`` the noun phrase after the ``after``
    words ("3 million in cash"); ``substance_before`` the nearest substance named earlier
    ("its street value is estimated at ..."); ``cue_noun`` the first word of the ``before``
    words ("revenue of $5 billion").
    """

    kinds: list[str]
    link: Literal["fixed", "noun_before", "phrase_after", "substance_before",
                  "cue_noun"] = "fixed"
    before: list[str] = Field(default_factory=list,
                              description="words ending just before the quantity")
    after: list[str] = Field(default_factory=list,
                             description="words starting just after the quantity")
    sentence: list[str] = Field(default_factory=list,
                                description="a word anywhere earlier in the same sentence")
    what: str | None = None
    list_what: str | None = Field(
        None, description="noun_before: what to record when the noun ends a list of several "
                          "substances ('15 kg of cocaine and 4 kg of heroin, worth ...')")
    object_words: list[int] = Field(
        default_factory=list,
        description="[fewest, most] words of a verb's object that may stand between the "
                    "`before` words and the quantity ('fined Dutch packaging maker Verpakt "
                    "Holding 112 million euros'); none when empty")
    subject: bool = Field(False, description="a noun before the `before` words names what "
                          "changed: 'yields rose by 16 %' is a 'yields increase'")

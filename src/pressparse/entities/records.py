"""Pydantic models of the gazetteer and grammar data files (one record per JSONL line)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

# The classes of the annotation guide (samples/README.md).
SUBSTANCE_CLASSES = ("opioid", "cannabis", "stimulant", "nps", "synthetic", "hallucinogen",
                     "precursor", "psychotropic", "other")


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CountryRecord(_Record):
    """One ISO 3166-1 country (generated file ``countries.jsonl``)."""

    id: str
    iso2: str = Field(min_length=2, max_length=2)
    iso3: str = Field(min_length=3, max_length=3)
    name: str
    names: list[str] = Field(default_factory=list)


class CountryAlias(_Record):
    """Curated names of a country (``country_aliases.jsonl``)."""

    iso2: str = Field(min_length=2, max_length=2)
    iso3: str | None = None
    name: str | None = None
    aliases: list[str] = Field(default_factory=list)
    acronyms: list[str] = Field(default_factory=list)
    ambiguous: bool = False


class ForeignCountryNames(_Record):
    """A country's names in other languages (generated file ``countries_foreign.jsonl``)."""

    iso2: str = Field(min_length=2, max_length=2)
    names: list[str] = Field(default_factory=list)


class DemonymRecord(_Record):
    """A demonym (NORP): "Iranian" -> IR."""

    id: str
    iso2: str = Field(min_length=2, max_length=2)
    name: str
    variants: list[str] = Field(default_factory=list)


class OrganizationRecord(_Record):
    """A known body: canonical name, acronyms (case-sensitive) and name variants."""

    id: str
    name: str
    acronyms: list[str] = Field(default_factory=list)
    variants: list[str] = Field(default_factory=list)
    country: str | None = None
    # acronyms this body shares with other bodies ("PNP": Peru's and the Philippines' police):
    # resolved in context (a wire cue, the countries the text names), never by load order
    shared_acronyms: list[str] = Field(default_factory=list)
    news_agency: bool = False  # a wire service: its shared acronym wins after "(AFP) -"


class PlaceRecord(_Record):
    """A city, region or province; a record with only ``id`` and ``aliases`` extends another."""

    id: str
    name: str | None = None
    country: str | None = None
    kind: str = "city"
    population: int | None = None
    aliases: list[str] = Field(default_factory=list)
    # The generic head written after the name ("State" in "Shan State"): that form matches
    # too and is named with it.
    head: str | None = None
    ambiguous: bool = False  # also a person's name: skipped before a capitalized word
    # Other romanizations of the name ("Izmail" for "Izmayil"): they match too, each named
    # as written, as English texts name the place by their own transliteration.
    spellings: list[str] = Field(default_factory=list)


class SubstanceRecord(_Record):
    """A drug, precursor or contraband class."""

    id: str
    name: str
    class_: str = Field(alias="class")
    variants: list[str] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @field_validator("class_")
    @classmethod
    def _known_class(cls, value: str) -> str:
        if value not in SUBSTANCE_CLASSES:
            raise ValueError(f"class must be one of {', '.join(SUBSTANCE_CLASSES)}")
        return value


class OperationRecord(_Record):
    """A known operation or exercise series with its canonical spelling and variants."""

    id: str
    name: str
    variants: list[str] = Field(default_factory=list)


class TerritorialAcronym(_Record):
    """One reading of a territorial unit's acronym in one country
    (``territorial_acronyms.jsonl``)."""

    acronym: str
    country: str = Field(min_length=2, max_length=2)
    name: str
    link: str


class WordList(_Record):
    """A named list of words used by a grammar (head nouns, link words, cue words...)."""

    id: str
    words: list[str]
    comment: str | None = None


class MissionFamily(_Record):
    """A family of missions sharing one acronym, each named by the place it serves
    ("EUCAP Somalia", "EUCAP Sahel Mali"): the family's long form before the place
    (``mission_families.jsonl``)."""

    acronym: str
    name: str

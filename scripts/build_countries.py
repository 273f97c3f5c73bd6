"""Generate the country and demonym gazetteers of models/pressparse-en from pycountry.

Run ``python scripts/build_countries.py`` after upgrading pycountry. Writes
``pressparse_gazetteer/countries.jsonl`` (every ISO 3166-1 country with its ISO names and
their plain-ASCII and un-inverted forms) and ``demonyms.jsonl`` (from the optional
``countryinfo`` package when installed). Hand-curated aliases live in ``country_aliases.jsonl``
and ``demonyms_extra.jsonl`` and are never overwritten. Also writes
``countries_foreign.jsonl``: each country's names in the languages of translated releases'
letterheads (pycountry's ISO 3166 gettext translations, with the regular adjective of a name in
-ie/-ia: "Tunisie" -> "tunisienne", "Colombia" -> "colombiana"), read only as a masthead's
home-country evidence ("République Tunisienne", "DOUANE TUNISIENNE"), never as entities.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pycountry

DATA_DIR = Path(__file__).resolve().parents[1] / "models" / "pressparse-en" / "pressparse_gazetteer"


def ascii_fold(text: str) -> str:
    """``Türkiye`` -> ``Turkiye``; leaves plain ASCII untouched."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def uninvert(name: str) -> str:
    """``Korea, Republic of`` -> ``Republic of Korea``."""
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    return f"{tail} {head}"


def name_forms(country: object) -> list[str]:
    """All ISO names of a country, in plain and folded forms, without parentheses."""
    raw = [getattr(country, key, None) for key in ("common_name", "name", "official_name")]
    forms: list[str] = []
    for name in filter(None, raw):
        outside = re.sub(r"\s*\([^)]*\)", "", name)
        inside = [p for p in re.findall(r"\(([^)]*)\)", name) if len(p.split()) > 1]
        for part in [outside, *inside]:  # "Cocos (Keeling) Islands": not "Keeling" alone
            part = part.strip()
            if not part or "," in uninvert(part):
                continue
            for form in (uninvert(part), ascii_fold(uninvert(part))):
                form = re.sub(r"^(?:the|The) ", "", form)
                if form not in forms:
                    forms.append(form)
    return forms


def display_name(country: object) -> str:
    """pycountry's ``common_name`` when it has one, else its ``name`` (the samples' rule)."""
    return getattr(country, "common_name", None) or country.name  # type: ignore[attr-defined]


def demonyms() -> list[dict[str, object]]:
    """Demonyms per country from ``countryinfo`` (empty when it is not installed)."""
    try:
        from countryinfo import all_countries
    except ImportError:
        return []
    best: dict[str, tuple[int, str]] = {}
    for country in all_countries():
        info = country.info()
        iso2 = (info.get("ISO") or {}).get("alpha2")
        population = int(info.get("population") or 0)
        for demonym in re.split(r"[,/]", info.get("demonym") or ""):
            demonym = demonym.strip()
            if not iso2 or not demonym[:1].isupper() or demonym.endswith("Island"):
                continue
            if demonym not in best or population > best[demonym][0]:
                best[demonym] = (population, iso2)
    rows = [
        {"id": f"norp:{iso2}:{name.lower().replace(' ', '-')}", "iso2": iso2, "name": name,
         "variants": []}
        for name, (_population, iso2) in best.items()
    ]
    return sorted(rows, key=lambda row: str(row["id"]))


# the languages of translated releases' letterheads (Latin and Cyrillic scripts)
FOREIGN_LOCALES = ("fr", "es", "pt", "pt_BR", "it", "de", "nl", "ro", "pl", "cs", "sk", "hr",
                   "sl", "sr@latin", "bs", "sq", "tr", "id", "ru", "uk", "be", "bg", "mk", "kk",
                   "ky", "uz", "tg", "az", "ka")
# the regular adjective of a country name by its ending, per language: (ending, adjective
# endings); "Tunisie" -> "tunisien", "tunisienne"; "Colombia" -> "colombiano", "colombiana"
FOREIGN_ADJECTIVES = {
    "fr": (("ie", ("ien", "ienne", "iens", "iennes")),),
    "es": (("ia", ("iano", "iana", "ianos", "ianas")),),
    "it": (("ia", ("iano", "iana", "iani", "iane")),),
    "pt": (("ia", ("iano", "iana")),),
}
MIN_FOREIGN_CHARS = 4  # "Inde" yes; shorter names are words of many languages


def jsonl_rows(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a data file (blank and ``#`` comment lines skipped)."""
    for line in path.read_bytes().splitlines():
        if line.strip() and not line.startswith(b"#"):
            yield orjson.loads(line)


def english_words() -> set[str]:
    """The English words of the model's word lists (place grammar heads "island", unit and
    body words) and the curated country aliases (lower case): no foreign name is one."""
    words: set[str] = set()
    paths = [DATA_DIR / "place_words.jsonl", DATA_DIR / "country_aliases.jsonl",
             DATA_DIR.parent / "pressparse_organizations" / "word_lists.jsonl"]
    for path in paths:
        if not path.is_file():
            continue
        for row in jsonl_rows(path):
            for word in [*row.get("words", []), *row.get("aliases", []), row.get("name")]:
                if isinstance(word, str):
                    words.add(word.lower())
                    words.update(word.lower().split())
    return words


def english_place_owners() -> dict[str, set[str]]:
    """The countries of each English place and demonym name of the gazetteer (lower case):
    a foreign country name that is another country's place ("Columbia") is left out."""
    owners: dict[str, set[str]] = {}
    for path in sorted(DATA_DIR.glob("places*.jsonl")) + sorted(DATA_DIR.glob("demonyms*.jsonl")):
        for row in jsonl_rows(path):
            code = row.get("country") or row.get("iso2")
            for name in [row.get("name"), *row.get("aliases", []), *row.get("variants", [])]:
                if name and code:
                    owners.setdefault(name.lower(), set()).add(code)
    return owners


def foreign_names(english: set[str]) -> list[dict[str, object]]:
    """Each country's names in :data:`FOREIGN_LOCALES` (name, common and official name, and
    their accent-free forms) and the regular adjectives of one-word names; a form two
    countries share, a form shorter than :data:`MIN_FOREIGN_CHARS`, one already an English
    name (``english``, lower case) or another country's English place is left out."""
    places = english_place_owners()
    english = english | english_words()
    owners: dict[str, set[str]] = {}
    for locale in FOREIGN_LOCALES:
        try:
            translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                              languages=[locale])
        except OSError:
            continue
        rules = FOREIGN_ADJECTIVES.get(locale.split("_")[0], ())
        for country in pycountry.countries:
            for key in ("name", "common_name", "official_name"):
                source = getattr(country, key, None)
                if not source:
                    continue
                name = re.sub(r"\s*\([^)]*\)", "", translation.gettext(source)).strip()
                if not name or "," in name:
                    continue
                forms = {name, ascii_fold(name)}
                if " " not in name:
                    for ending, adjectives in rules:
                        if name.endswith(ending):
                            stem = name[:-len(ending)].lower()
                            forms.update(stem + adjective for adjective in adjectives)
                            forms.update(ascii_fold(stem) + adj for adj in adjectives)
                for form in forms:
                    owners.setdefault(form.lower(), set()).add(country.alpha_2)
    by_country: dict[str, list[str]] = {}
    for form, codes in sorted(owners.items()):
        if len(codes) == 1 and len(form) >= MIN_FOREIGN_CHARS and form not in english \
                and places.get(form, codes) <= codes:
            by_country.setdefault(next(iter(codes)), []).append(form)
    return [{"iso2": iso2, "names": names} for iso2, names in sorted(by_country.items())]


def write_jsonl(path: Path, header: str, rows: list[dict[str, object]]) -> None:
    with path.open("wb") as handle:
        handle.write(f"# {header}\n".encode())
        for row in rows:
            handle.write(orjson.dumps(row) + b"\n")
    print(f"wrote {len(rows)} records to {path}")


def main() -> None:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    rows = [
        {
            "id": country.alpha_2,
            "iso2": country.alpha_2,
            "iso3": country.alpha_3,
            "name": display_name(country),
            "names": name_forms(country),
        }
        for country in sorted(pycountry.countries, key=lambda c: c.alpha_2)
    ]
    write_jsonl(DATA_DIR / "countries.jsonl",
                "generated by scripts/build_countries.py from pycountry; do not edit", rows)
    english = {form for row in rows for name in [row["name"], *row["names"]]
               for form in [name.lower(), *name.lower().split()]}  # "Guiana" of French Guiana
    write_jsonl(DATA_DIR / "countries_foreign.jsonl",
                "generated by scripts/build_countries.py from pycountry's translations; "
                "do not edit", foreign_names(english))
    rows = demonyms()
    if rows:
        write_jsonl(DATA_DIR / "demonyms.jsonl",
                    "generated by scripts/build_countries.py from countryinfo; do not edit", rows)


if __name__ == "__main__":
    main()

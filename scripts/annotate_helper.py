"""Build gold files of samples/ from inline-annotated sources (authoring aid).

A source ``samples/ann/{dev,test}/NAME.ann`` is the raw text with inline marks and directive
lines; this script writes ``samples/{dev,test}/NAME.txt`` (the marks removed) and
``NAME.gold.json`` (a ``pressparse.schema.Document``). It only computes offsets and derived
values (ISO codes from the lexicon, kg from the unit, month ends); every annotation decision is
written by hand in the source.

Source syntax
-------------
``@published 2024-03-05``      document metadata (first lines only; omit for null)
``@@ITEM`` / ``@@ITEM T``      starts a news item; ``T``: its first line is the title
``@@NOISE``                    starts a region outside every item (navigation at the end);
                               after text on a line, the rest of that line starts it (a view
                               counter after an item's last date: ``[[10.03.2025|D]] @@NOISE👁 402``)
``@E id type key=value ...``   an event of the item it stands in (shlex-split; see EVENT_KEYS)
``[[surface|SPEC]]``           an entity; SPEC = LABEL[=value][:what][@category][#key]; the
                               surface may hold one line break (a word hyphenated at a line
                               end: ``[[tra-`` / ``madol|S]]``), kept in the text

Labels: C country, N demonym (NORP), O org, L loc, D date, Q quantity, S substance, P operation.
Values: ``C=KZ``; ``O=Full Name/ACR``; ``L=Almaty/KZ`` or ``L/KZ``; ``D=2019-02-26..2019-03-01``
(``~`` suffix: year inferred; ``^`` suffix: relative); ``Q`` is parsed from the surface unless
``Q=value,unit,qualifier[,low,high]``; ``S=name/class``; ``P=Name``.
Event values: ``name="..."``, ``date=START..END``, ``loc=key``, ``org=k1,k2``, ``part=``, ``obs=``,
``seiz=k1,k2@IR`` (``@`` adds the seizure's country), ``cnt=``, ``part_of=``, ``same_as=``, ``ev=``.

Run: ``.venv/bin/python scripts/annotate_helper.py [NAME ...]`` (default: every source).
"""

from __future__ import annotations

import calendar
import json
import re
import shlex
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry

from pressparse.schema import Document

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
TABLES: dict[str, Any] = json.loads((SAMPLES / "ann" / "tables.json").read_text("utf-8"))
MARK = re.compile(r"\[\[(?!\[)([^\]|]+)\|([^\]]+)\]\]")
OPEN_MARK = re.compile(r"\[\[(?!\[)[^\]|\n]*\n$")  # a mark's surface broken at the line end
LABELS = {"C": "COUNTRY", "N": "NORP", "O": "ORG", "L": "LOC", "D": "DATE", "Q": "QUANTITY",
          "S": "SUBSTANCE", "P": "OPERATION"}
EVENT_KEYS = {"name", "date", "loc", "org", "part", "obs", "seiz", "cnt", "part_of", "same_as",
              "ev"}
NUMBER = r"\d[\d,]*(?:\.\d+)?"
QUALIFIER_BEFORE = (
    r"\b(?:" + "|".join(re.escape(q) for q in TABLES["qualifiers"] if q != "some") + r")\s*$"
)


@dataclass
class Mark:
    """One inline entity mark, after removal from the text."""

    label: str
    text: str
    start: int
    end: int
    normalized: dict[str, Any]
    key: str | None
    category: str | None = None


@dataclass
class Region:
    """An item (or a noise region) of the raw text."""

    start: int
    noise: bool = False
    titled: bool = False
    inline: bool = False  # a noise region opened mid-line: later @E lines keep to the item
    end: int = 0
    events: list[str] = field(default_factory=list)


# codes in common use that ISO 3166 leaves user-assigned (the pipeline's country_aliases has them)
USER_ASSIGNED = {"XK": {"iso3": "XKX", "name": "Kosovo"}}


def country_value(iso2: str) -> dict[str, str]:
    """COUNTRY normalized value from an ISO 3166 alpha-2 code."""
    if iso2 in USER_ASSIGNED:
        return {"iso2": iso2, **USER_ASSIGNED[iso2]}
    country = pycountry.countries.get(alpha_2=iso2)
    if country is None:
        raise ValueError(f"unknown ISO2 {iso2}")
    name = getattr(country, "common_name", None) or country.name
    return {"iso2": iso2, "iso3": country.alpha_3, "name": name}


def month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def date_value(value: str) -> dict[str, Any]:
    """DATE normalized value from ``START[..END]`` with ``~`` (year inferred) / ``^`` (relative)."""
    inferred = "~" in value
    relative = "^" in value
    value = value.replace("~", "").replace("^", "")
    first, _, last = value.partition("..")
    last = last or first

    def bounds(part: str) -> tuple[str, str, str]:
        pieces = part.split("-")
        if len(pieces) == 3:
            return part, part, "day"
        if len(pieces) == 2:
            year, month = int(pieces[0]), int(pieces[1])
            return f"{part}-01", f"{part}-{month_end(year, month):02d}", "month"
        return f"{part}-01-01", f"{part}-12-31", "year"

    start, _, precision = bounds(first)
    _, end, _ = bounds(last)
    if relative:
        kind = "relative"
    elif precision == "day":
        kind = "date" if start == end else "range"
    elif first != last:
        kind = "range"
    else:
        kind = precision
    if start > end:
        raise ValueError(f"date start after end: {value}")
    return {"start": start, "end": end, "precision": precision, "year_inferred": inferred,
            "kind": kind}


def parse_number(raw: str) -> float:
    """A number with thousands commas and an optional multiplier word."""
    raw = raw.strip()
    match = re.fullmatch(rf"({NUMBER})\s*([A-Za-z]*)", raw)
    if not match:
        raise ValueError(f"cannot parse number {raw!r}")
    number = float(match.group(1).replace(",", ""))
    word = match.group(2).lower()
    if word:
        number *= TABLES["multipliers"][word]
    return number


def quantity_value(surface: str, what: str | None) -> dict[str, Any]:
    """QUANTITY normalized value parsed from the surface (qualifier + number + unit)."""
    text = surface.strip()
    lowered = text.lower()
    qualifier = "exact"
    for word in sorted(TABLES["qualifiers"], key=len, reverse=True):
        if lowered.startswith(word + " "):
            qualifier = TABLES["qualifiers"][word]
            text = text[len(word) + 1:].strip()
            break
    currency = None
    for symbol in sorted(TABLES["currency_symbols"], key=len, reverse=True):
        if text.lower().startswith(symbol):
            currency = TABLES["currency_symbols"][symbol]
            text = text[len(symbol):].strip()
            break
    multiplier = "|".join(TABLES["multipliers"])
    num = rf"{NUMBER}(?:\s*(?:{multiplier})\b)?"
    match = re.fullmatch(
        rf"({num})(?:\s*(?:-|–|to|and)\s*({num}))?\s*(?:of\s+)?(.*)", text, flags=re.I
    )
    if not match:
        raise ValueError(f"cannot parse quantity {surface!r}")
    low_raw, high_raw, unit_raw = match.groups()
    unit_raw = unit_raw.strip().lower()
    value: float | None = parse_number(low_raw)
    low = high = None
    if high_raw:
        low, high = value, parse_number(high_raw)
        # "2-3 million": the multiplier of the high end applies to the low end
        if re.search(rf"(?:{multiplier})\b", high_raw) and not re.search(
            rf"(?:{multiplier})\b", low_raw
        ):
            factor = TABLES["multipliers"][high_raw.split()[-1].lower()]
            low = float(low_raw.replace(",", "")) * factor
        value, qualifier = None, "range"
    unit = kind = None
    factor = None
    if currency:
        unit, kind = currency, "money"
        if unit_raw and unit_raw not in ("",):
            raise ValueError(f"text after currency amount in {surface!r}")
    elif unit_raw:
        if unit_raw not in TABLES["units"]:
            raise ValueError(f"unknown unit {unit_raw!r} in {surface!r}")
        unit, kind, factor = TABLES["units"][unit_raw]
    else:
        kind = "count"
    kg = None
    if kind == "mass" and value is not None:
        kg = round(value * factor, 6)
    return {"value": value, "low": low, "high": high, "unit": unit, "kind": kind, "kg": kg,
            "qualifier": qualifier, "what": what}


def explicit_quantity(spec: str, what: str | None) -> dict[str, Any]:
    """QUANTITY value given as ``value,unit,qualifier[,low,high]`` (empty parts are null)."""
    parts = spec.split(",") + [""] * 5
    value = float(parts[0]) if parts[0] else None
    unit = parts[1] or None
    qualifier = parts[2] or "exact"
    low = float(parts[3]) if parts[3] else None
    high = float(parts[4]) if parts[4] else None
    kind, factor = "count", None
    if unit:
        entry = next((v for v in TABLES["units"].values() if v[0] == unit), None)
        if entry:
            kind, factor = entry[1], entry[2]
        elif unit in TABLES["currency_symbols"].values() or (
                len(unit) == 3 and pycountry.currencies.get(alpha_3=unit)):
            kind = "money"  # any ISO 4217 code, listed in the table or not
    kg = round(value * factor, 6) if kind == "mass" and value is not None else None
    return {"value": value, "low": low, "high": high, "unit": unit, "kind": kind, "kg": kg,
            "qualifier": qualifier, "what": what}


def org_value(surface: str, value: str | None) -> dict[str, Any]:
    if value:
        name, _, acronym = value.partition("/")
        return {"name": name, "acronym": acronym or None}
    known = TABLES["orgs"].get(surface.lower()) or TABLES["orgs"].get(
        re.sub(r"^the\s+", "", surface.lower())
    )
    if known:
        return {"name": known[0], "acronym": known[1]}
    clean = re.sub(r"^the\s+", "", surface.strip(), flags=re.I)
    acronym = clean if clean.isupper() and len(clean) <= 10 else None
    return {"name": clean, "acronym": acronym}


def normalize(label: str, surface: str, value: str | None, what: str | None) -> dict[str, Any]:
    """The normalized value of one mark."""
    lowered = surface.lower().strip()
    if label == "COUNTRY":
        return country_value(value or TABLES["countries"][lowered])
    if label == "NORP":
        iso2 = value or TABLES["demonyms"][lowered]
        singular = lowered[:-1] if lowered.endswith("s") else lowered
        lemma = singular if singular in TABLES["demonyms"] else lowered
        return {"iso2": iso2, "name": lemma.title(), "country": country_value(iso2)["name"]}
    if label == "ORG":
        return org_value(surface, value)
    if label == "LOC":
        # the country code follows the last slash: a name may hold one ("Francisco C. Ada/Saipan")
        name, _, iso2 = (value or "").rpartition("/") if "/" in (value or "") else (value, "", "")
        if iso2 and not re.fullmatch(r"[A-Z]{2}", iso2):
            raise ValueError(f"LOC country code must be two capitals: {iso2!r}")
        return {"name": name or surface, "country_iso2": iso2 or None}
    if label == "DATE":
        if not value:
            raise ValueError(f"DATE needs a value: {surface!r}")
        return date_value(value)
    if label == "QUANTITY":
        return explicit_quantity(value, what) if value else quantity_value(surface, what)
    if label == "SUBSTANCE":
        if value:
            name, _, klass = value.partition("/")
            return {"name": name, "class": klass}
        name, klass = TABLES["substances"][lowered]
        return {"name": name, "class": klass}
    if label == "OPERATION":
        name = value or re.sub(r"\s*[-–—]\s*", "-", surface.strip("\"“”«» "))
        return {"name": name}
    raise ValueError(label)


def parse_spec(spec: str) -> tuple[str, str | None, str | None, str | None, str | None]:
    """Split ``LABEL[=value][:what][@category][#key]``."""
    key = category = what = value = None
    if "#" in spec:
        spec, key = spec.rsplit("#", 1)
    if "@" in spec and not spec.startswith("@"):
        spec, category = spec.rsplit("@", 1)
    head, sep, rest = spec.partition("=")
    if sep:
        if ":" in rest:
            rest, what = rest.rsplit(":", 1)
        value = rest
    else:
        head, _, what_part = head.partition(":")
        what = what_part or None
        if head.startswith("L/"):
            head, value = "L", head[1:]
    return LABELS.get(head, head), value, what, category, key


@dataclass
class Parsed:
    text: str
    marks: list[Mark]
    regions: list[Region]
    published: str | None


def _emit(line: str, pos: int, out: list[str], marks: list[Mark]) -> int:
    """Append a line (or part of one) without its marks to out; return the new position."""
    cursor = 0
    for match in MARK.finditer(line):
        out.append(line[cursor:match.start()])
        pos += match.start() - cursor
        surface, spec = match.group(1), match.group(2)
        label, value, what, category, key = parse_spec(spec)
        try:
            normalized = normalize(label, surface, value, what)
        except (KeyError, ValueError) as exc:
            raise ValueError(f"bad mark [[{surface}|{spec}]]: {exc!r}") from exc
        before = line[max(0, match.start() - 25):match.start()].lower()
        if label == "QUANTITY" and re.search(QUALIFIER_BEFORE, before):
            raise ValueError(f"qualifier left outside the mark [[{surface}|{spec}]]")
        marks.append(Mark(label, surface, pos, pos + len(surface), normalized, key, category))
        out.append(surface)
        pos += len(surface)
        cursor = match.end()
    out.append(line[cursor:])
    return pos + len(line) - cursor


def _joined_lines(source: str) -> list[str]:
    """The source's lines, a line whose last mark's surface runs on over one line break joined
    with the next (only when the joined line closes that mark)."""
    lines = source.splitlines(keepends=True)
    joined: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if index + 1 < len(lines) and OPEN_MARK.search(MARK.sub("", line)):
            both = line + lines[index + 1]
            if "[[" not in MARK.sub("", both):  # no mark left open, none half-written
                joined.append(both)
                index += 2
                continue
        joined.append(line)
        index += 1
    return joined


def parse_source(source: str) -> Parsed:
    """Remove directives and marks; return raw text, marks, regions and event lines."""
    out: list[str] = []
    marks: list[Mark] = []
    regions: list[Region] = []
    published = None
    pos = 0
    for line in _joined_lines(source):
        stripped = line.strip()
        if stripped.startswith("@published"):
            published = stripped.split()[1]
            continue
        if stripped.startswith("@@ITEM"):
            regions.append(Region(start=pos, titled=stripped.endswith(" T")))
            continue
        if stripped.startswith("@@NOISE"):
            regions.append(Region(start=pos, noise=True))
            continue
        if stripped.startswith("@E "):
            if not regions:
                regions.append(Region(start=0))
            owner = regions[-2] if regions[-1].inline and len(regions) > 1 else regions[-1]
            owner.events.append(stripped[3:])
            continue
        head, noise_mark, tail = line.partition("@@NOISE")
        pos = _emit(head, pos, out, marks)
        if noise_mark:
            regions.append(Region(start=pos, noise=True, inline=True))
            pos = _emit(tail, pos, out, marks)
    text = "".join(out)
    if not regions:
        regions.append(Region(start=0))
    for index, region in enumerate(regions):
        region.end = regions[index + 1].start if index + 1 < len(regions) else len(text)
    return Parsed(text, marks, regions, published)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def ref(mark: Mark) -> dict[str, Any]:
    return {"text": mark.text, "label": mark.label, "normalized": mark.normalized,
            "start": mark.start, "end": mark.end}


def auto_key(mark: Mark) -> str | None:
    """Default keys: iso2 for countries, acronym or name for orgs, name for operations."""
    norm = mark.normalized
    if mark.label in ("COUNTRY", "NORP"):
        return norm["iso2"].lower()
    if mark.label == "ORG":
        return (norm.get("acronym") or norm["name"]).lower()
    if mark.label in ("OPERATION", "SUBSTANCE", "LOC"):
        return norm["name"].lower()
    return None


def find(marks: list[Mark], key: str, lo: int, hi: int) -> Mark:
    """The first mark of the item [lo, hi) with this key (explicit key, else automatic)."""
    inside = [m for m in marks if lo <= m.start < hi]
    candidates = [m for m in inside if m.key == key] or [m for m in inside if auto_key(m) == key]
    if not candidates:
        raise KeyError(f"no entity with key {key!r} in item at {lo}")
    return candidates[0]


def build_event(line: str, marks: list[Mark], lo: int, hi: int) -> dict[str, Any]:
    """One event record from an ``@E`` line."""
    tokens = shlex.split(line)
    event: dict[str, Any] = {"id": tokens[0], "type": tokens[1], "name": None,
                             "start_date": None, "end_date": None, "location": None,
                             "organizers": [], "participants": [], "observers": [],
                             "seizures": [], "counts": [], "evidence": [], "part_of": None,
                             "same_as": []}
    used: list[Mark] = []
    for token in tokens[2:]:
        key, _, value = token.partition("=")
        if key not in EVENT_KEYS:
            raise ValueError(f"unknown event key {key!r} in {line!r}")
        keys = [k for k in value.split(",") if k]
        if key == "name":
            event["name"] = value
        elif key == "date":
            start, sep, end = value.partition("..")
            event["start_date"] = start or None
            event["end_date"] = end or None if sep else start or None
        elif key == "loc":
            mark = find(marks, value, lo, hi)
            event["location"] = ref(mark)
            used.append(mark)
        elif key in ("org", "part", "obs"):
            role = {"org": "organizers", "part": "participants", "obs": "observers"}[key]
            for k in keys:
                mark = find(marks, k, lo, hi)
                event[role].append(ref(mark))
                used.append(mark)
        elif key == "seiz":
            for k in keys:
                k, _, iso2 = k.partition("@")
                mark = find(marks, k, lo, hi)
                norm = mark.normalized
                if not norm.get("what"):
                    raise ValueError(f"seizure quantity without substance: {mark.text!r}")
                seizure = {"substance": norm["what"], "value": norm["value"],
                           "unit": norm["unit"], "kg": norm["kg"],
                           "qualifier": norm["qualifier"], "low": norm["low"],
                           "high": norm["high"], "start": mark.start, "end": mark.end}
                if iso2:
                    seizure["country_iso2"] = iso2
                event["seizures"].append(seizure)
                used.append(mark)
        elif key == "cnt":
            for k in keys:
                mark = find(marks, k, lo, hi)
                norm = mark.normalized
                event["counts"].append({"what": norm["what"], "value": norm["value"],
                                        "qualifier": norm["qualifier"], "low": norm["low"],
                                        "high": norm["high"], "start": mark.start,
                                        "end": mark.end, "category": mark.category})
                used.append(mark)
        elif key == "part_of":
            event["part_of"] = value
        elif key == "same_as":
            event["same_as"] = keys
        elif key == "ev":
            used.extend(find(marks, k, lo, hi) for k in keys)
    name_marks = [m for m in marks if m.label == "OPERATION" and lo <= m.start < hi
                  and m.normalized["name"] == event["name"]]
    used.extend(name_marks[:1])
    event["evidence"] = sorted({(m.start, m.end) for m in used})
    return event


def render(path: Path) -> tuple[Document, str, str]:
    """Parse one source: the gold Document, the raw text and the gold file's JSON text."""
    split = path.parent.name
    name = path.stem
    parsed = parse_source(path.read_text("utf-8"))
    items: list[dict[str, Any]] = []
    ids: set[str] = set()
    placed: set[int] = set()
    for region in parsed.regions:
        if region.noise:
            continue
        start, end = trim(parsed.text, region.start, region.end)
        title = None
        if region.titled:
            title = parsed.text[start:end].split("\n", 1)[0].strip()
        entities = []
        for index, mark in enumerate(parsed.marks):
            if start <= mark.start and mark.end <= end:
                placed.add(index)
                entity = {"label": mark.label, "text": mark.text, "start": mark.start,
                          "end": mark.end, "normalized": mark.normalized}
                entities.append(entity)
        events = [build_event(line, parsed.marks, start, end) for line in region.events]
        for event in events:
            if event["id"] in ids:
                raise ValueError(f"{path}: duplicate event id {event['id']}")
            ids.add(event["id"])
        items.append({"start": start, "end": end, "title": title, "entities": entities,
                      "events": events, "reference_date": None})
    missing = [parsed.marks[i].text for i in range(len(parsed.marks)) if i not in placed]
    if missing:
        raise ValueError(f"{path}: entities outside every item: {missing}")
    for item in items:
        for event in item["events"]:
            for other in [event.get("part_of"), *event["same_as"]]:
                if other and other not in ids:
                    raise ValueError(f"{path}: event {event['id']} links unknown {other}")
    doc = Document.model_validate({
        "id": name, "source": f"samples/{split}/{name}.txt", "published": parsed.published,
        "pressparse_version": "gold", "items": items, "errors": [],
    })
    data = doc.model_dump(by_alias=True, exclude={"text", "encoding"})
    return doc, parsed.text, json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def build(path: Path) -> Document:
    """Write the .txt and .gold.json of one source into samples/<split>/."""
    doc, text, gold = render(path)
    target = SAMPLES / path.parent.name
    (target / f"{path.stem}.txt").write_text(text, "utf-8")
    (target / f"{path.stem}.gold.json").write_text(gold, "utf-8")
    return doc


def main(names: list[str]) -> int:
    sources = sorted((SAMPLES / "ann").glob("*/*.ann"))
    if names:
        sources = [s for s in sources if s.stem in names]
    failed = 0
    for source in sources:
        try:
            doc = build(source)
        except (ValueError, KeyError) as exc:
            failed += 1
            print(f"FAIL {source.name}: {exc}")
            continue
        n_ent = sum(len(i.entities) for i in doc.items)
        n_ev = sum(len(i.events) for i in doc.items)
        print(f"ok   {source.parent.name}/{source.stem}: {len(doc.items)} items, "
              f"{n_ent} entities, {n_ev} events")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

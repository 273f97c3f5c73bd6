"""Press-release-like texts for the batch tests (our own wording, varied by a seed)."""

from __future__ import annotations

import random

AGENCIES = ["the Border Service", "customs officers", "the Drug Control Agency", "police",
            "the National Guard", "the Financial Monitoring Agency", "Interpol", "Europol",
            "the CSTO", "the Ministry of Internal Affairs"]
PLACES = ["Almaty", "Bishkek", "Dushanbe", "Tashkent", "Minsk", "Moscow", "Osh", "Aktau",
          "Rotterdam", "Antwerp", "Yerevan", "Baku", "Khorog", "Termez"]
COUNTRIES = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Belarus", "Russia",
             "Armenia", "Afghanistan", "the Netherlands", "Belgium", "Iran", "China"]
SUBSTANCES = ["heroin", "hashish", "cocaine", "opium", "methamphetamine", "mephedrone",
              "cannabis", "tramadol tablets", "precursors", "synthetic drugs"]
UNITS = ["kg", "kilograms", "tons", "grams", "g", "tonnes", "pounds"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
OPERATIONS = ["Channel", "Mak", "Lionfish", "Northern Route", "Kanal-Centre", "Trap"]
QUALIFIERS = ["", "more than ", "about ", "at least ", "up to ", "nearly "]


def _day(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2015, 2025)
    return rng.choice([f"{day} {month} {year}", f"{month} {day}, {year}", f"{day} {month}",
                       f"{year}-{MONTHS.index(month) + 1:02d}-{day:02d}"])


def _date(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2015, 2025)
    return rng.choice([f"on {_day(rng)}", f"in {month} {year}",
                       f"from {day} to {min(day + rng.randint(1, 9), 28)} {month} {year}"])


def _amount(rng: random.Random, qualified: bool = True) -> str:
    value = rng.choice([str(rng.randint(1, 999)), f"{rng.randint(1, 99)}.{rng.randint(1, 9)}",
                        f"{rng.randint(1, 9)},{rng.randint(100, 999)}"])
    qualifier = rng.choice(QUALIFIERS) if qualified else ""
    return f"{qualifier}{value} {rng.choice(UNITS)}"


SENTENCES = [
    lambda r: f"On {_day(r)}, {r.choice(AGENCIES)} in {r.choice(PLACES)} seized "
              f"{_amount(r)} of {r.choice(SUBSTANCES)}.",
    lambda r: f"{r.choice(AGENCIES).capitalize()} of {r.choice(COUNTRIES)} and "
              f"{r.choice(COUNTRIES)} held joint talks in {r.choice(PLACES)} {_date(r)}.",
    lambda r: f"During operation \"{r.choice(OPERATIONS)}-{r.randint(2015, 2025)}\", "
              f"{r.randint(2, 900)} people were detained and {_amount(r)} of "
              f"{r.choice(SUBSTANCES)} were confiscated.",
    lambda r: f"The exercise took place {_date(r)} near {r.choice(PLACES)}, with observers "
              f"from {r.choice(COUNTRIES)}.",
    lambda r: f"{r.randint(2, 60)} criminal cases were opened and {r.randint(1, 40)} "
              f"firearms removed from circulation.",
    lambda r: f"A {r.randint(20, 60)}-year-old resident of {r.choice(PLACES)} was detained "
              f"with {_amount(r)} of {r.choice(SUBSTANCES)} hidden in a car.",
    lambda r: f"Representatives of {r.choice(COUNTRIES)} took part in the meeting.",
    lambda r: f"Since the start of {r.randint(2016, 2025)}, more than {_amount(r, False)} of drugs "
              f"have been intercepted on the border with {r.choice(COUNTRIES)}.",
]


def press_release(seed: int, sentences: int | None = None) -> str:
    """A varied, realistic-looking release: a title line, a dateline and paragraphs."""
    rng = random.Random(seed)
    count = sentences or rng.randint(3, 14)
    title = (f"{rng.choice(AGENCIES).capitalize()} report on {rng.choice(SUBSTANCES)} "
             f"in {rng.choice(PLACES)}")
    body = [rng.choice(SENTENCES)(rng) for _ in range(count)]
    paragraphs = [" ".join(body[i:i + 3]) for i in range(0, len(body), 3)]
    dateline = f"{rng.choice(PLACES).upper()}, {rng.choice(MONTHS)} {rng.randint(1, 28)} -- "
    return title + "\n" + dateline + "\n\n".join(paragraphs) + "\n"


def records(count: int, seed: int = 0) -> list[dict[str, str]]:
    return [{"id": f"doc-{seed}-{i:05d}", "text": press_release(seed * 1_000_003 + i)}
            for i in range(count)]

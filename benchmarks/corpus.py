"""A benchmark corpus of varied press releases built from the annotated samples.

How documents vary (so no text repeats and the string store sees new tokens):
1. each document recombines 2-6 paragraphs drawn from different sample files, in random
   order, under the title of one of them;
2. every number is redrawn (same number of digits), so amounts, dates and ids differ;
3. month names are rotated and years shifted by -3..+3;
4. one paragraph in eight is cut at a random sentence boundary.
Without samples (a fresh checkout in progress) a template generator stands in.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
_NUMBER = re.compile(r"\d+")
_YEAR = re.compile(r"\b(19[89]\d|20[0-3]\d)\b")
_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sealed_sets(root: Path = SAMPLES) -> set[str]:
    """The sets named in ``samples/SEALED``: written blind to be scored once, so no benchmark
    reads them (their texts would otherwise end up in every corpus document's paragraphs)."""
    path = root / "SEALED"
    return set(path.read_text(encoding="utf-8").split()) if path.exists() else set()


def sample_paths(root: Path = SAMPLES) -> list[Path]:
    """The sample .txt files of every set but the sealed ones (at any depth: the sealed
    sets' folders under ``ann/`` too), sorted."""
    sealed = sealed_sets(root)
    return sorted(path for path in root.rglob("*.txt")
                  if sealed.isdisjoint(path.relative_to(root).parts[:-1]))


def set_text_paths(root: Path = SAMPLES) -> list[Path]:
    """The sample .txt files one folder down (each set's own texts, not its ``ann/``
    folders), but the sealed sets', sorted."""
    return [path for path in sample_paths(root) if path.parent.parent == root]


def sample_texts(root: Path = SAMPLES) -> list[str]:
    """The sample .txt files (all splits but the sealed ones), or [] when there are none."""
    return [path.read_text(encoding="utf-8", errors="replace")
            for path in sample_paths(root) if path.stat().st_size > 0]


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) > 40]


def _vary(paragraph: str, rng: random.Random) -> str:
    shift = rng.randint(-3, 3)
    paragraph = _YEAR.sub(lambda m: str(int(m.group()) + shift), paragraph)
    rotate = rng.randint(0, 11)
    paragraph = _MONTH.sub(lambda m: MONTHS[(MONTHS.index(m.group()) + rotate) % 12],
                           paragraph)

    def redraw(match: re.Match[str]) -> str:
        digits = match.group()
        if _YEAR.fullmatch(digits):
            return digits
        if len(digits) <= 2 and int(digits) <= 31:  # a day of the month, perhaps
            return str(rng.randint(1, 28)).zfill(len(digits))
        return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))

    paragraph = _NUMBER.sub(redraw, paragraph)
    if rng.random() < 0.125:
        sentences = _SENTENCE_END.split(paragraph)
        paragraph = " ".join(sentences[: rng.randint(1, max(1, len(sentences)))])
    return paragraph


def generated_text(rng: random.Random) -> str:
    """Stand-in when no samples exist: a short templated release."""
    place = rng.choice(["Almaty", "Bishkek", "Dushanbe", "Tashkent", "Minsk", "Osh"])
    return (f"{place.upper()}, {rng.randint(1, 28)} {rng.choice(MONTHS)} "
            f"{rng.randint(2015, 2025)} -- Police in {place} seized {rng.randint(1, 999)} kg "
            f"of heroin during operation Channel-{rng.randint(2015, 2025)}. "
            f"{rng.randint(2, 90)} suspects were detained.")


def documents(count: int, seed: int = 0, texts: list[str] | None = None) -> Iterator[str]:
    """``count`` varied documents (a generator: constant memory for long runs)."""
    rng = random.Random(seed)
    texts = sample_texts() if texts is None else texts
    pools = [paragraphs(text) for text in texts]
    pools = [pool for pool in pools if pool]
    for _ in range(count):
        if not pools:
            yield generated_text(rng)
            continue
        first = rng.choice(pools)
        chosen = [first[0]] + [rng.choice(rng.choice(pools))
                               for _ in range(rng.randint(1, 5))]
        yield "\n\n".join(_vary(p, rng) for p in chosen) + "\n"


def describe(texts: list[str] | None = None) -> str:
    texts = sample_texts() if texts is None else texts
    count = sum(len(paragraphs(t)) for t in texts)
    return (f"{len(texts)} sample files, {count} paragraphs; each document recombines 2-6 "
            "paragraphs from different samples with numbers redrawn, months rotated and years "
            "shifted")

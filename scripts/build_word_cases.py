"""Build ``pressparse_preprocess/word_cases.jsonl``: how each word is written in running text.

Run: ``.venv/bin/python scripts/build_word_cases.py SET [SET ...]`` (sets under samples/).
It reads the mixed-case lines of the sets' texts (lines in capitals tell no case), counts
how each word is written where its case is free (not a sentence's or line's first word) and
keeps the words seen ``MIN_SEEN`` times or more: written one way at least ``SHARE`` of the
time, that way ("kg", "seized", "a.m.": lower case; "Kingston", "Division": title case;
"UNODC": capitals), else as ``either`` with the share of its title-case forms ("border":
"border guards", "Border Service"). The recasing view (``pressparse.recase``) reads lines
written in capitals through this table.
Never give it ``test`` (the untouched yardstick) or a sealed set.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "models" / "pressparse-en" / "pressparse_preprocess"
OUT = DATA / "word_cases.jsonl"
ENDINGS_OUT = DATA / "word_endings.jsonl"
ENDING_MIN_SEEN = 20  # rare words with an ending, for the ending to tell their case
ENDING_SHARE = 0.9  # ... written in lower case this often
MIN_SEEN = 3
SHARE = 0.75
WORD = re.compile(r"(?<![\w.'’-])(?:(?:[A-Za-z]\.){2,}|[A-Za-z]+(?:['’][a-z]+)?(?![\w'’]|-\d))")
SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;\"“”()\[\]•|–—-]|\s-)\s*$")
ENDINGS_HEADER = ("# Endings of words too rare for word_cases.jsonl that running text writes in "
                  "lower case\n# (built by scripts/build_word_cases.py): a word in capitals "
                  "no table knows with one reads in lower case.\n")
HEADER = ("# How words are written in running mixed-case text (built by "
          "scripts/build_word_cases.py from the tuning sets' mixed-case lines; never test):\n"
          "# the recasing view reads words in lines written in capitals as written here.\n")


def free_forms(text: str) -> list[str]:
    """The words of ``text``'s mixed-case lines whose case is free (not after a sentence's
    or line's opening)."""
    forms: list[str] = []
    for line in text.splitlines():
        if not re.search(r"[a-z]", line):
            continue
        for match in WORD.finditer(line):
            if not SENTENCE_OPEN.search(line[:match.start()]):
                forms.append(match.group())
    return forms


def main(sets: list[str]) -> None:
    if "test" in sets:
        raise SystemExit("never build from test")
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for name in sets:
        for path in sorted((ROOT / "samples" / name).glob("*.txt")):
            for form in free_forms(path.read_text(encoding="utf-8")):
                seen[form.lower()][form] += 1
    lines = [HEADER]
    for key in sorted(seen):
        form, count = seen[key].most_common(1)[0]
        total = sum(seen[key].values())
        if total < MIN_SEEN or len(key) < 2:
            continue
        titled = sum(n for written, n in seen[key].items() if written[:1].isupper()) / total
        record = {"form": form} if count >= SHARE * total \
            else {"form": key, "either": True, "title_share": round(titled, 2)}
        lines.append(orjson.dumps(record).decode() + "\n")
    OUT.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines) - 1} words -> {OUT}")
    rare = {key: forms for key, forms in seen.items() if sum(forms.values()) < MIN_SEEN}
    endings = lower_endings(rare)
    ENDINGS_OUT.write_text(ENDINGS_HEADER + "".join(
        orjson.dumps({"ending": ending}).decode() + "\n" for ending in endings),
        encoding="utf-8")
    print(f"{len(endings)} endings -> {ENDINGS_OUT}")


def lower_endings(rare: dict[str, Counter[str]]) -> list[str]:
    """Endings (two to five letters) of words too rare for the table that running text
    writes in lower case ``ENDING_SHARE`` of the time or more, seen ``ENDING_MIN_SEEN`` times
    or more ("-ed", "-ing", "-ly"), less those a shorter kept ending covers."""
    counts: dict[str, Counter[bool]] = defaultdict(Counter)
    for key, forms in rare.items():
        for written, n in forms.items():
            for size in range(2, 6):
                if len(key) > size + 2:
                    counts[key[-size:]][written.islower()] += n
    kept: list[str] = []
    for ending in sorted(counts, key=len):
        total = counts[ending][True] + counts[ending][False]
        if total >= ENDING_MIN_SEEN and counts[ending][True] >= ENDING_SHARE * total \
                and not any(ending.endswith(shorter) for shorter in kept):
            kept.append(ending)
    return sorted(kept)


if __name__ == "__main__":
    main(sys.argv[1:])

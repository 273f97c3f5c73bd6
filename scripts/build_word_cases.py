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
OUT = ROOT / "models" / "pressparse-en" / "pressparse_preprocess" / "word_cases.jsonl"
MIN_SEEN = 3
SHARE = 0.75
WORD = re.compile(r"(?<![\w.'’-])(?:(?:[A-Za-z]\.){2,}|[A-Za-z]+(?:['’][a-z]+)?(?![\w'’]|-\d))")
SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;\"“”()\[\]•|–—-]|\s-)\s*$")
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


if __name__ == "__main__":
    main(sys.argv[1:])

"""Write the tokenizer of models/pressparse-en: spaCy's blank English tokenizer, plus
prefixes and suffixes that scraped press releases need.

- "/" as prefix and suffix: agency tags such as "/TASS/." must yield the token "TASS";
- "+" before a digit as prefix: "+6.2%" must yield "6.2" and "%".
- "." after a number's glued unit or scale ends the sentence: "40C." and "3bn." yield "40C"
  and "3bn" before "."; the single-letter abbreviations "m.", "k.", "b." and the unit letters
  "g.", "l.", "t." are no special cases, so "EUR120m." yields "120", "m", "." and "450 g."
  yields "g", "." (spaCy keeps them whole for initials).
- ".-" after a closing bracket: a Spanish wire's dateline credit "LIMA, Aug 5 (EFE).- ..." must
  yield "EFE", ")" and ".-".

Run after upgrading spaCy or changing the affixes: ``python scripts/build_tokenizer.py``.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.util import compile_prefix_regex, compile_suffix_regex

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "pressparse-en"
EXTRA_PREFIXES = [r"/", r"\+(?=[0-9])"]
EXTRA_SUFFIXES = [r"/", r"(?<=/)\.", r"(?<=\))\.-", r"(?<=[0-9][A-Za-z])\.",
                  r"(?<=[0-9][a-z]{2})\."]
# "120m.": million at a sentence end, not an initial; "450 g.", "12 l.", "3 t.": a unit
SCALE_LETTERS = ("m.", "k.", "b.", "g.", "l.", "t.")


def main() -> None:
    nlp = spacy.blank("en")
    defaults = nlp.Defaults
    nlp.tokenizer.prefix_search = compile_prefix_regex(
        list(defaults.prefixes) + EXTRA_PREFIXES).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(
        list(defaults.suffixes) + EXTRA_SUFFIXES).search
    nlp.tokenizer.rules = {text: tokens for text, tokens in nlp.tokenizer.rules.items()
                           if text not in SCALE_LETTERS}
    nlp.tokenizer.to_disk(MODEL_DIR / "tokenizer")
    print(f"wrote {MODEL_DIR / 'tokenizer'}")


if __name__ == "__main__":
    main()

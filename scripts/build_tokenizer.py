"""Write the tokenizer of models/pressparse-en from spaCy's blank English tokenizer.

Run after upgrading spaCy: ``python scripts/build_tokenizer.py``.
"""

from __future__ import annotations

from pathlib import Path

import spacy

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "pressparse-en"


def main() -> None:
    nlp = spacy.blank("en")
    nlp.tokenizer.to_disk(MODEL_DIR / "tokenizer")
    print(f"wrote {MODEL_DIR / 'tokenizer'}")


if __name__ == "__main__":
    main()

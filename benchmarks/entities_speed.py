"""Time the entity stages (gazetteer + organization grammar) against the blank tokenizer.

Usage: ``python benchmarks/entities_speed.py [N_PARAGRAPHS]``. Prints the tokenizer's time,
each stage's time and their ratio to the tokenizer, best of three runs, on (1) synthetic
paragraphs and (2) the annotated sample texts (whole news items, ``samples/*/*.txt``).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus

from pressparse.components import gazetteer, organizations  # noqa: F401  (factories)

SUBJECTS = [
    "the Ministry of Internal Affairs of the Republic of Kazakhstan", "UNODC", "the CSTO",
    "the State Border Committee of Belarus", "Interpol", "the Drug Control Agency of Tajikistan",
    "officers of the Coordination Council of Heads of Border Units of the CIS member states",
    "the Kyrgyz police", "the Main Directorate for Drug Control", "customs officers",
    "the Regional Office for Security Cooperation of the Eurasian Group",
]
PLACES = ["Almaty", "Alma-Ata", "the Ryazan Region", "Osh Region", "Bishkek", "Dushanbe",
          "the port of Rotterdam", "Kabul Province", "Moscow", "Tashkent", "the Sughd Region"]
COUNTRIES = ["Afghanistan", "Iran", "the Islamic Republic of Iran", "China", "Turkey", "the USA",
             "Great Britain", "the Russian Federation", "Mongolia", "Uzbekistan", "Pakistan"]
DRUGS = ["heroin", "hashish", "opium", "marijuana", "mephedrone", "amphetamine", "cocaine",
         "synthetic drugs", "acetic anhydride", "methamphetamine"]
TEMPLATES = [
    "From {d1} to {d2} May, {s} conducted the operation \"{op}\" in {p}. More than {n} kg of "
    "{g} and {n2} kg of {g2} were seized from couriers travelling from {c}.",
    "During the joint exercise {op}-2024, {s} and observers from {c} and {c2} practised "
    "interdiction along the border. The Iranian delegation praised the work.",
    "According to {s}, {n} people were detained in {p} on suspicion of smuggling {g}.\n"
    "The investigation continues with the help of partners in {c}.",
    "{S} reported that in the first half of the year {n} tons of {g} had been removed from "
    "illicit trafficking, including {n2} kg of {g2} found in a truck near {p}.",
    "A working meeting was held between {s} and the delegation of {c}; the parties discussed "
    "countering the trafficking of {g} and precursors along the northern route.",
]
OPERATIONS = ["Channel-Center", "Channel - Union", "Mak", "Interaction", "Search", "Proxy"]


def paragraphs(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        subject = rng.choice(SUBJECTS)
        out.append(rng.choice(TEMPLATES).format(
            s=subject, S=subject[:1].upper() + subject[1:], p=rng.choice(PLACES),
            c=rng.choice(COUNTRIES), c2=rng.choice(COUNTRIES), g=rng.choice(DRUGS),
            g2=rng.choice(DRUGS), op=rng.choice(OPERATIONS), n=rng.randint(2, 900),
            n2=rng.randint(2, 90), d1=rng.randint(1, 9), d2=rng.randint(10, 28)))
    return out


def sample_texts() -> list[str]:
    """The sample news texts of every set but the sealed ones."""
    return [path.read_text(encoding="utf-8") for path in corpus.set_text_paths()]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    measure(paragraphs(count), f"{count} synthetic paragraphs")
    texts = sample_texts()
    if texts:
        measure(texts * 10, f"{len(texts)} sample news items x 10")


def measure(texts: list[str], title: str) -> None:
    nlp = spacy.blank("en")
    stages = [nlp.add_pipe("pressparse_gazetteer"), nlp.add_pipe("pressparse_organizations")]
    nlp(texts[0])  # load data once, outside the timing
    best: dict[str, float] = {}
    for _ in range(3):
        start = time.perf_counter()
        docs = [nlp.make_doc(text) for text in texts]
        tokenizer = time.perf_counter() - start
        best["tokenizer"] = min(best.get("tokenizer", 1e9), tokenizer)
        for stage in stages:
            start = time.perf_counter()
            docs = [stage(doc) for doc in docs]
            best[stage.name] = min(best.get(stage.name, 1e9), time.perf_counter() - start)
    words = sum(len(text.split()) for text in texts)
    print(f"{title}: {words} words")
    for name, seconds in best.items():
        ratio = seconds / best["tokenizer"]
        print(f"{name:28s} {seconds * 1000:8.1f} ms   {ratio:6.1%} of tokenizer")
    total = sum(v for k, v in best.items() if k != "tokenizer")
    print(f"{'entity stages together':28s} {total * 1000:8.1f} ms   "
          f"{total / best['tokenizer']:6.1%} of tokenizer")


if __name__ == "__main__":
    main()

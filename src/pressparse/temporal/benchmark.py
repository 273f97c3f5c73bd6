"""Speed of the DATE stage relative to the blank tokenizer.

Run: ``python -m pressparse.temporal.benchmark``.

Paragraphs are generated (our own wording, varied numbers, names and date forms) so the
tokenizer's cache does not make the baseline unrealistically fast.
"""

from __future__ import annotations

import argparse
import random
import time

import spacy

SUBJECTS = ["The ministry", "Police in the region", "Customs officers", "The agency",
            "Border guards",
            "The national bureau", "Investigators", "A joint task force", "The prosecutor's office",
            "Officials of the organization", "The secretariat", "Regional authorities"]
VERBS = ["reported", "announced", "said", "confirmed", "noted", "stated", "disclosed", "revealed"]
OBJECTS = ["{n} kg of heroin", "{n} tons of cocaine", "{n} people", "{n} firearms",
           "about {n} thousand rounds of ammunition", "{n} criminal cases", "{n} suspects",
           "{n}.{m} tonnes of hashish", "{n} vehicles", "more than {n} laboratories"]
DATES = ["on {d} {mon} {y}", "on {mon} {d}, {y}", "from {d} to {d2} {mon}", "in {mon} {y}",
         "last week", "on {wd}", "earlier this month", "in {y}", "between {mon} {d} and {d2}",
         "the first quarter of {y}", "for {n2} days", "a two-week", "since {y}", "yesterday",
         "by the end of the year", "in mid-{y}", "over the past {n2} years", "{d}.0{m}.{y}",
         "this year", "in the 1990s", "two months ago", "on {d} {mon}"]
FILLER = ["The operation involved several agencies of the member states and their partners.",
          "Cooperation between the services will continue in the framework of the agreement.",
          "Representatives of international organizations took part as observers.",
          "The results were discussed at a meeting of the coordination council in {city}.",
          "Experts exchanged practical experience and reviewed the legal framework.",
          "The suspects were detained and handed over to investigators in {city}.",
          "Further details of the investigation were not disclosed by the spokesman.",
          "Version {n}.{m} of the database was used by analysts; call +7 {n} {m}{m}-{n2}."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December", "Feb.", "Sept."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
CITIES = ["Almaty", "Minsk", "Moscow", "Bishkek", "Dushanbe", "Yerevan", "Tashkent", "Astana"]


def paragraph(rng: random.Random) -> str:
    """One varied news-like paragraph (3 to 6 sentences)."""
    sentences: list[str] = []
    for _ in range(rng.randint(3, 6)):
        slots = {"n": rng.randint(2, 990), "m": rng.randint(1, 9), "n2": rng.randint(2, 12),
                 "d": rng.randint(1, 14), "d2": rng.randint(15, 28), "y": rng.randint(2010, 2025),
                 "mon": rng.choice(MONTHS), "wd": rng.choice(WEEKDAYS), "city": rng.choice(CITIES)}
        if rng.random() < 0.4:
            sentences.append(rng.choice(FILLER).format(**slots))
            continue
        date = rng.choice(DATES).format(**slots) if rng.random() < 0.7 else ""
        thing = rng.choice(OBJECTS).format(**slots)
        sentences.append(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} that {thing} were seized "
                         f"{date} in {rng.choice(CITIES)} (case {rng.randint(100, 99999)}).")
    return " ".join(sentences)


def corpus_paragraphs(count: int, seed: int, whole: bool = False) -> list[str] | None:
    """Paragraphs (or ``whole`` documents) of the checkout's benchmark corpus (varied
    annotated samples), if present."""
    import re
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    if not (root / "benchmarks" / "corpus.py").is_file():
        return None
    sys.path.insert(0, str(root))
    try:
        from benchmarks.corpus import documents  # type: ignore[import-not-found]
    except ImportError:
        return None
    finally:
        sys.path.remove(str(root))
    paragraphs: list[str] = []
    for document in documents(count, seed=seed):
        if whole:
            paragraphs.append(document)
            continue
        paragraphs += [p for p in re.split(r"\n\s*\n", document) if len(p.strip()) > 40]
        if len(paragraphs) >= count:
            break
    return paragraphs[:count] or None


def measure(count: int = 2000, repeats: int = 3, seed: int = 7,
            source: str = "generated") -> dict[str, float]:
    """Best-of-``repeats`` seconds for tokenizer alone and tokenizer + DATE stage."""
    from .. import components  # noqa: F401

    rng = random.Random(seed)
    texts = None
    if source in ("corpus", "documents"):
        texts = corpus_paragraphs(count, seed, whole=source == "documents")
    if texts is None:
        texts = [paragraph(rng) for _ in range(count)]
    blank = spacy.blank("en")
    nlp = spacy.blank("en")
    dates = nlp.add_pipe("pressparse_dates")
    list(nlp.pipe(texts[:50]))  # load data (the grammar's regexes compile with it)
    docs = [nlp.make_doc(t) for t in texts]
    best_tok = best_dates = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for text in texts:
            blank.make_doc(text)
        best_tok = min(best_tok, time.process_time() - start)
        docs = [nlp.make_doc(t) for t in texts]
        start = time.process_time()
        for doc in docs:
            dates(doc)
        best_dates = min(best_dates, time.process_time() - start)
    entities = sum(len(doc.ents) for doc in docs)
    return {"texts": len(texts), "characters": sum(map(len, texts)), "tokenizer_s": best_tok,
            "dates_s": best_dates, "ratio": best_dates / best_tok, "date_entities": entities}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--source", choices=["generated", "corpus", "documents"],
                        default="generated", help="generated paragraphs, or paragraphs or "
                        "whole documents of benchmarks/corpus.py")
    args = parser.parse_args()
    result = measure(args.count, args.repeats, source=args.source)
    for name, value in result.items():
        print(f"{name:>16}: {value:.4f}" if isinstance(value, float) else f"{name:>16}: {value}")


if __name__ == "__main__":
    main()

"""Generic words for what was seized are reported under the canonical names: drugs in
general ("ready-made drugs", "intoxicant tablets") as "drugs", precursors in general
("precursor chemicals", "drug precursors") as "precursors"."""

from __future__ import annotations

import pytest
from event_docs import build_doc, count, day, mass

from pressparse.events.assembly import assemble_events

NAME_CASES: list[tuple[str, str, dict, str]] = [
    # (sentence, amount text, amount value, expected substance)
    ("Customs officers seized 2.4 tonnes of precursor chemicals at the port on 3 June 2025.",
     "2.4 tonnes", mass(2.4, 2400, "t", what="precursor chemicals"), "precursors"),
    ("Police seized 350 kilograms of drug precursors in a warehouse on 3 June 2025.",
     "350 kilograms", mass(350, 350, "kg", what="drug precursors"), "precursors"),
    ("Investigators seized 120 kilograms of ready-made drugs in a laboratory on 3 June 2025.",
     "120 kilograms", mass(120, 120, "kg", what="ready-made drugs"), "drugs"),
    ("Police seized 4,500 intoxicant tablets from a car on 3 June 2025.",
     "4,500", {**count(4500, "intoxicant"), "unit": "tablet"}, "drugs"),
    # a counted noun read on past its head: the participle after it names no substance
    ("In the raid on 3 June 2025, police took 186 kg of narcotic drugs withdrawn from sale.",
     "186 kg", mass(186, 186, "kg", what="narcotic drugs withdrawn"), "drugs"),
    ("On 3 June 2025 the border guards reported 52 kg of narcotics seized at the post.",
     "52 kg", mass(52, 52, "kg", what="narcotics seized"), "drugs"),
    # a translated wording of drugs in general (Russian "narkoticheskikh sredstv")
    ("On 3 June 2025 more than 40 kilograms of narcotic means were seized in the case.",
     "40 kilograms", mass(40, 40, "kg", what="narcotic means"), "drugs"),
    # a word of variety before a generic word: drugs in general
    ("On 3 June 2025 the Asayish reported it had seized more than 148 kg of different "
     "narcotics.", "148 kg", mass(148, 148, "kg", what="different narcotics"), "drugs"),
    ("On 3 June 2025 the provincial police seized 6 tons of various narcotic drugs.",
     "6 tons", mass(6, 6000, "t", what="various narcotic drugs"), "drugs"),
    ("On 3 June 2025 the brigade seized 40 kg of assorted drugs in a warehouse.",
     "40 kg", mass(40, 40, "kg", what="assorted drugs"), "drugs"),
    ("On 3 June 2025 the coast guard seized 900 kg of various drugs off the coast.",
     "900 kg", mass(900, 900, "kg", what="various drugs"), "drugs"),
]


@pytest.mark.parametrize(("text", "amount", "value", "expected"), NAME_CASES)
def test_generic_words_take_canonical_names(nlp, rules, text: str, amount: str, value: dict,
                                            expected: str) -> None:
    entities = [(amount, "QUANTITY", value), ("3 June 2025", "DATE", day("2025-06-03"))]
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert [s["substance"] for e in events for s in e["seizures"]] == [expected]

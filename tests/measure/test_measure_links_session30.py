"""What a figure measures on layouts and clauses the spent sealed sets showed unhandled
(measure/clause_links.py, measure/what_measured.py, subject_words.jsonl): a clause's subject
before a verb of level or a modal copula, a sum or amount sizing the noun after it, a compared
level, a part of a total, an absolute "with ... at", and a results line's label closed by a
dot leader or a colon. Our own sentences in other styles and countries than the samples (a
Chilean port bulletin, a Ghanaian cocoa board release, a Finnish energy wire, a Kenyan customs
statement, a Mongolian mining brief, a Peruvian fisheries note, a Tanzanian police summary)."""

from __future__ import annotations

import pytest
from quantity_checks import whats_by_span

KNOWN = {"heroin": "heroin", "cocaine": "cocaine", "hashish": "hashish",
         "cannabis": "cannabis", "drugs": "drugs", "khat": "khat", "kush": "marijuana"}

LINKED = [
    # the subject of a verb of level the list lacked (averaged, covers, costs, amounts to,
    # improved, sunk)
    ("Copper output at the Oyu Tolgoi mine averaged about 1,150 tonnes a day in May.",
     "about 1,150 tonnes", "Copper output"),
    ("The new marine reserve covers 4,820 square kilometres off the Chilean coast.",
     "4,820 square kilometres", "new marine reserve"),
    ("A return ferry ticket to Zanzibar costs TZS 70,000 in the high season.", "TZS 70,000",
     "return ferry ticket"),
    ("The refurbishment of the Tema terminal amounts to about GHS 410 million.",
     "about GHS 410 million", "refurbishment of the Tema terminal"),
    ("Punctuality on the Helsinki commuter lines improved to 94.2% in March.", "94.2%",
     "Punctuality"),
    # a copula after a modal or an auxiliary
    ("The new quay wall at San Antonio will be 730 metres long.", "730 metres",
     "new quay wall"),
    ("The cocoa board said the farm-gate price would be GHS 3,228 per bag next season.",
     "GHS 3,228", "farm-gate price"),
    ("Each of the wind turbines will be 230 metres high.", "230 metres", "wind turbines"),
    # a sum or an amount as the adjective of the noun after it, after an article
    ("Fingrid announced a EUR 340 million grid reinforcement programme on Monday.",
     "EUR 340 million", "grid reinforcement programme"),
    ("The board approved the $48 million dredging contract for Mombasa port.",
     "$48 million", "dredging contract"),
    ("A consortium will build the 450 MW solar park near Ouarzazate.", "450 MW",
     "solar park"),
    ("The magistrate imposed a KES 500,000 fine on the importer.", "KES 500,000", "fine"),
    # ... a name between them: the common noun after the name (session 38)
    ("Work on the 600 MW Kafue Gorge Lower hydropower station resumed.", "600 MW",
     "hydropower station"),
    ("Crews cleared the site for the 300 MW Kipeto solar park.", "300 MW",
     "solar park"),
    # a compared level takes what the level before it in its sentence is of
    ("Unemployment stood at 7.4% in Finland in April, against 7.9% a year earlier.", "7.9%",
     "Unemployment"),
    ("The ministry aims for 12 GW of offshore wind capacity by 2035, up from 1.2 GW today.",
     "1.2 GW", "offshore wind capacity"),
    # an amount of change moves what its clause changed, and the level after "to" is its
    ("The central bank raised its gold holdings by 12 tonnes to 96 tonnes last year.",
     "12 tonnes", "gold holdings"),
    ("The central bank raised its gold holdings by 12 tonnes to 96 tonnes last year.",
     "96 tonnes", "gold holdings"),
    # a part of a total: the total's what, not an amount named in passing
    ("Peru landed 3.9 million tonnes of anchovy, including 40,000 tonnes of bonito. Of this "
     "amount, 2.1 million tonnes were processed in Chimbote.", "2.1 million tonnes", "anchovy"),
    # an absolute "with ... at" and a list's "followed by ... at"
    ("The Helsinki exchange closed higher, with the Nordea share at EUR 11.42.",
     "EUR 11.42", "Nordea share"),
    ("Copper made up most of the exports at 1.4 million tonnes, followed by coal at 820,000 "
     "tonnes and zinc at 96,000 tonnes.", "820,000 tonnes", "coal"),
    ("Copper made up most of the exports at 1.4 million tonnes, followed by coal at 820,000 "
     "tonnes and zinc at 96,000 tonnes.", "96,000 tonnes", "zinc"),
    # a sum set off as the value of the amount before it
    ("In 2026 Ghana exported 612,000 tonnes of cocoa beans, worth about 2.9 billion dollars.",
     "about 2.9 billion dollars", "cocoa beans"),
    ("Bolivia shipped 41,300 tonnes of quinoa grain in 2027, for a value of 103.4 million "
     "dollars.", "103.4 million dollars", "quinoa grain"),
    # a vague noun before "of" names nothing: the clause's subject does
    ("Ticket sales at Kenyan stadiums hit an all-time high of KES 412 million last season.",
     "KES 412 million", "Ticket sales"),
    ("The Druzhba pipeline moved an average of 812,000 barrels per day in the first quarter.",
     "812,000 barrels per day", "Druzhba pipeline"),
    # a results line's label before a sum or measure (a dot leader, a colon)
    ("Results of the week:\nKhat seized ................... 1 240 kg\n"
     "Explosives recovered ........... 35 kg\n", "35 kg", "Explosives"),
    ("Results of the week:\nGoods detained (value) ....... KES 2 450 000\n", "KES 2 450 000",
     "Goods"),
    # (a substance the label names is the what)
    ("Seized in Dar es Salaam:\n• kush (herbal): 61,5 kilos\n", "61,5 kilos", "marijuana"),
    ("Port of Valparaiso, first half\nContainer throughput at 30 June: 612,300 TEU\n"
     "Installed crane capacity at 30 June: 2,400 t\n", "2,400 t",
     "Installed crane capacity"),
]

UNLINKED = [
    # a part of a seized total stays bare (no seizure of its own), not the drug named last
    ("Officers seized 4.6 tonnes of drugs in the lake region, including 40 kg of heroin. "
     "Of this amount, 3.1 tonnes were found in Mwanza.", "3.1 tonnes"),
    # a participle after the sum is a verb, no noun it sizes
    ("The bid came in below the 104.20 dollars expected by traders.", "104.20 dollars"),
    # a label that only measures, names a period or a place names nothing
    ("Quantity ............ 4 800 kg\n", "4 800 kg"),
    ("Q3 2026 ........... 1,240 MW\n", "1,240 MW"),
    ("Mombasa ........... 320 kg\n", "320 kg"),
]


@pytest.mark.parametrize(("text", "span", "what"), LINKED,
                         ids=[f"{c[1]}-{c[2]}" for c in LINKED])
def test_what_the_clause_or_line_names(scanner, text: str, span: str, what: str) -> None:
    found = whats_by_span(scanner, text, KNOWN)
    assert span in found, f"{span!r} not among {list(found)}"
    assert found[span] == what


@pytest.mark.parametrize(("text", "span"), UNLINKED, ids=[c[1] for c in UNLINKED])
def test_no_what_when_nothing_is_named(scanner, text: str, span: str) -> None:
    found = whats_by_span(scanner, text, KNOWN)
    assert span in found, f"{span!r} not among {list(found)}"
    assert found[span] is None

"""What a figure measures when the level it follows only gets its ``what`` late, when its verb
is left out, or when it restates, changes or breaks a record of the figure before it
(measure/clause_links.py ``_after_late_levels``). Our own sentences in wire, trade-bulletin
and ministry styles."""

from __future__ import annotations

import pytest
from quantity_checks import whats_by_span

LINKED = [
    # a share or an amount of change after a level its copula names
    ("Cement exports were 412,000 tonnes, up 7% on July.", "7%", "Cement exports"),
    ("Rice imports were 96,500 tonnes in March, 11 percent below February.", "11 percent",
     "Rice imports"),
    ("Wind parks yielded nothing new: the output was steady. Coal shipments were 2.4 mln "
     "tonnes, 0.3 mln tonnes less than a year ago.", "0.3 mln tonnes", "Coal shipments"),
    # a level verb whose subject is what is measured
    ("Container throughput hits record 4.8 million TEU", "4.8 million TEU",
     "Container throughput"),
    ("Tourism receipts tops US$3.1 billion", "US$3.1 billion", "Tourism receipts"),
    ("Peak electricity demand touched 12,350 MW on Monday evening.", "12,350 MW",
     "Peak electricity demand"),
    # a phrasal verb of earning before "in" and the sum
    ("Gate receipts brought in US$12.4 million, against US$10.9 million a year earlier.",
     "US$12.4 million", "Gate receipts"),
    ("The regatta has brought in EUR 3 million for the island.", "EUR 3 million", "regatta"),
    ("The mercury touched 46.8 deg C in the capital on Sunday.", "46.8 deg C", "temperature"),
    # a record set beside the level before it
    ("Gas consumption reached 288.4 million cubic meters on Tuesday, beating the previous "
     "record of 271.9 million cubic meters.", "271.9 million cubic meters", "Gas consumption"),
    # an amount restated after ", or" in another currency
    ("Herb exports rose to EUR 31.2 million, or about 3.4 billion lek.",
     "about 3.4 billion lek", "Herb exports"),
    # gapped verbs: the short noun phrase before the figure
    ("Sugar exports were EUR 0.8 bln and imports EUR 1.6 bln in the period.", "EUR 1.6 bln",
     "imports"),
    ("A one-way ticket costs US$45, a return ticket US$80 and a season pass US$1,400.",
     "US$80", "return ticket"),
    ("A one-way ticket costs US$45, a return ticket US$80 and a season pass US$1,400.",
     "US$1,400", "season pass"),
    ("Grain shipments amounted to 14.2 mln tonnes, coal - 9.7 mln tonnes.", "9.7 mln tonnes",
     "coal"),
    ("Diesel will now cost Rs 96 per litre, petrol Rs 104 and kerosene Rs 71.", "Rs 104",
     "petrol"),
    # a gapped verb's preposition, the same as before the earlier figure (session 38)
    ("Maize is seen to account for 2.3 million tonnes, sorghum for 0.4 million tonnes.",
     "0.4 million tonnes", "sorghum"),
    ("Equities accounted for 68.2% of the fund, bonds for 29.1% and cash for 2.7%.", "29.1%",
     "bonds"),
    # a gapped period: the same thing at another time
    ("In 2026 the volume of transit cargo was 12.4 mln tonnes, and in 2025 - 11.9 mln tonnes.",
     "11.9 mln tonnes", "transit cargo"),
]

UNLINKED = [
    # an addition, not a gapped noun
    ("The winner takes 40,000 euros, plus 2,500 euros for every goal.", "2,500 euros"),
    # a comparison with a price placeholder names nothing
    ("Prices ranged between 30 and 45 pesos per kilo this week, versus 55 pesos in May.",
     "55 pesos"),
    # another preposition than the earlier figure's: no gapped verb
    ("Wheat accounted for 2.3 million tonnes, rising to 2.6 million tonnes in 2027.",
     "2.6 million tonnes"),
]


@pytest.mark.parametrize(("text", "span", "what"), LINKED,
                         ids=[c[2] + ":" + c[1] for c in LINKED])
def test_late_level_links(scanner, text: str, span: str, what: str) -> None:
    assert whats_by_span(scanner, text, {})[span] == what


@pytest.mark.parametrize(("text", "span"), UNLINKED, ids=[c[1] for c in UNLINKED])
def test_no_gapped_noun(scanner, text: str, span: str) -> None:
    assert whats_by_span(scanner, text, {})[span] is None

"""What a figure measures when no clause around it says (session 29; newswire11, 15, 19 and
21 gold: ministry factsheets and wire fact boxes; temperatures in 11 news-wire sets): the
label of its line ("Affected area: 61,300 hectares"), the amount it converts in brackets
after such a label, else the noun its unit always measures (degrees Celsius or Fahrenheit: a
temperature). Also the words of other alphabets' Latin letters after a figure
("lankytojų") and other languages' scale abbreviations ("212 tūkst.", "15 tys."), as a
bilingual page writes them. Our own wording, in the styles of other countries' releases.
"""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity, count, measure, money, pct, span_range

FACTSHEET = (
    "Flood aid for farmers: the main figures released by the Ministry of Agriculture\n\n"
    "Total aid: MDL 412 million (about EUR 21 million)\n"
    "Flooded area: 18,200 hectares in 31 districts\n"
    "Crop loss (maize and sunflower): 40 to 70 percent\n"
    "Compensation per hectare, maize: MDL 3,500\n"
    "Eligible households (estimate): around 9,400\n"
    "Rainfall in May, Balti station: 212 mm\n"
)
BULLETS = (
    "Peru's anchovy season closed on Friday. Highlights from PRODUCE:\n"
    "* Catch: 2.4 million tonnes\n"
    "* Export value: $1.9 billion\n"
    "* Fishmeal plants operating: 118\n"
)
WEATHER = (
    "CHISINAU, July 14 - The State Hydrometeorological Service recorded 38.4 degrees "
    "Celsius in Cahul on Sunday and 96 F was felt in the capital's streets; it expects "
    "between 26 and 29 degrees by Thursday."
)
BILINGUAL = (
    "Druskininkai spa resorts counted 412,000 guests this summer.\n"
    "Druskininkų kurortuose šią vasarą apsilankė 412 tūkst. svečių, 6,2 proc. daugiau.\n"
    "W Zakopanem odnotowano 15 tys. turystów.\n"
)

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (FACTSHEET, "MDL 412 million", money(412e6, "MDL", what="Total aid")),
    (FACTSHEET, "about EUR 21 million", money(21e6, "EUR", what="Total aid")),
    (FACTSHEET, "18,200 hectares", measure(18200, "ha", what="Flooded area")),
    (FACTSHEET, "40 to 70 percent", span_range(40, 70, "%", what="Crop loss")),
    (FACTSHEET, "MDL 3,500", money(3500, "MDL", what="Compensation per hectare, maize")),
    (FACTSHEET, "around 9,400", count(9400, what="Eligible households")),
    (FACTSHEET, "212 mm", measure(212, "mm", what="Rainfall in May, Balti station")),
    (BULLETS, "2.4 million tonnes", measure(2.4e6, "t", what="Catch")),
    (BULLETS, "$1.9 billion", money(1.9e9, "USD", what="Export value")),
    (WEATHER, "38.4 degrees Celsius", measure(38.4, "°C", what="temperature")),
    (WEATHER, "96 F", measure(96, "°F", what="temperature")),
    (WEATHER, "between 26 and 29 degrees", span_range(26, 29, "°C", what="temperature")),
    ("Sahara dust pushed the mercury in Agadez to 47C.", "47C",
     measure(47, "°C", what="temperature")),
    # a clause that names what was measured keeps it
    ("Sea temperatures reached 14 degrees Celsius off Valparaíso.",
     "14 degrees Celsius", measure(14, "°C", what="Sea temperatures")),
    # other languages' words and scale abbreviations after a figure
    (BILINGUAL, "412 tūkst.", count(412000, what="svečių")),
    (BILINGUAL, "15 tys.", count(15000, what="turystów")),
    # Spanish and Portuguese unit words are units (a bilingual page's other half)
    ("La Policía incautó 1.236 kilogramos de cocaína y US$ 31,4 millones en Escuintla.",
     "1.236 kilogramos", measure(1236, "kg", kg=1236)),
]

# "<verb> the <noun> at <figure>" (newswire2-21: rates kept, crops forecast, quotas set, exports
# capped) and its passive "<noun> is set/put at <figure>": the noun
PUT_AT: list[tuple[str, str, dict[str, Any]]] = [
    ("The Bank of Ghana kept the policy rate at 27.5 percent on Monday.", "27.5 percent",
     pct(27.5, what="policy rate")),
    ("Analysts forecast Zambia's maize crop at 3.1 million tonnes.", "3.1 million tonnes",
     measure(3.1e6, "t", what="maize crop")),
    ("The consultancy sees soybean exports at 4.2 mln tons.", "4.2 mln tons",
     measure(4.2e6, "t", what="soybean exports")),
    ("Paraguay capped ethanol imports at 2 billion litres.", "2 billion litres",
     measure(2e9, "l", what="ethanol imports")),
    ("The agency projects the planted area at 1.4 million hectares.", "1.4 million hectares",
     measure(1.4e6, "ha", what="planted area")),
    ("Investment in the port is put at 3 billion pesos.", "3 billion pesos",
     money(3e9, "MXN", what="Investment")),
    ("The sugar export quota was set at 86,000 tonnes.", "86,000 tonnes",
     measure(86000, "t", what="sugar export quota")),
    ("The cost of the bridge was earlier estimated at 12.6 bln rubles.", "12.6 bln rubles",
     money(12.6e9, "RUB", what="cost of the bridge")),
    # a measure noun refers to the figure named before; a count counts its own noun
    ("A poll put the figure at 1.8 million tonnes.", "1.8 million tonnes",
     measure(1.8e6, "t", what=None)),
    ("Officials put the haul at 2 tonnes.", "2 tonnes", measure(2, "t", what=None)),
]

# a share set off by a comma after an amount of its sentence is of what the amount is of
# (newswire, 7-21: "up 7.2% from", "9% below", "61% of them"); a share "of the total" or "of
# capacity" is of its clause's subject, like one "of GDP" (subject_words ratio_bases)
SHARES: list[tuple[str, str, dict[str, Any]]] = [
    ("Kenya's tea exports totalled 512,000 tonnes, 9% below the previous season.", "9%",
     pct(9, what="Kenya's tea exports")),
    ("The plant produced 412 GWh of electricity in May, 21 percent below the plan.",
     "21 percent", pct(21, what="electricity")),
    ("Mwanza police arrested 2,105 suspects, 61% of them under 30.", "61%",
     pct(61, what="suspects")),
    ("Diesel buses made up around 64 per cent of the total.", "around 64 per cent",
     pct(64, what="Diesel buses")),
    ("Reservoirs in Andalusia stood at 31.2% of capacity on Monday.", "31.2%",
     pct(31.2, what="Reservoirs")),
    ("Diesel buses accounted for around 64 per cent of the total.", "around 64 per cent",
     pct(64, what="Diesel buses")),
    ("Maize is expected to account for 1.2 million tonnes, sorghum for 0.4 million.",
     "1.2 million tonnes", measure(1.2e6, "t", what="Maize")),
    ("Reservoirs in Extremadura stood at just 44.1% of capacity.", "44.1%",
     pct(44.1, what="Reservoirs")),
    ("Fish exports rose to NOK 8.1 billion, an increase of 4.5 percent.", "4.5 percent",
     pct(4.5, what="Fish exports")),
    # an adverb before a share is no verb of its level; the noun after "of its" is what the
    # part is of (session 38)
    ("The airline said it would operate just 40% of its program.", "40%",
     pct(40, what="program")),
    # a clause restating the change ("which represents", "with", "the latter") and a line
    # wrapped inside the sentence (session 39)
    ("The unit opened 318 cases of smuggling (2025: 274), which represents an increase of "
     "16 %.", "16 %", pct(16, what="cases of smuggling")),
    ("The agency handled 2,407 drug cases, with an increase of 9% over 2025.", "9%",
     pct(9, what="drug cases")),
    ("Tea exports reached 512,000 tonnes and coffee exports 98,000 tonnes, the latter 7% "
     "below the plan.", "7%", pct(7, what="coffee exports")),
    ("The port handled 1.4 million containers in the first\nhalf, an increase of 3.1 percent.",
     "3.1 percent", pct(3.1, what="containers")),
    # an amount of another sentence is not restated
    ("Tea exports totalled 512,000 tonnes. Officials said 9% was a record.", "9%",
     pct(9, what=None)),
]

# a label that is no measured thing: a phone, a counter, a pager
NOT_LABELS: list[tuple[str, str]] = [
    ("Press office of the Ministry\nTelephone: 2250 4410\nFax: 2250 4411\n", "2250 4410"),
    ("Views: 1,284\nThe customs of Moldova seized 3 kg of heroin.", "1,284"),
]


@pytest.mark.parametrize(("text", "span", "fields"), CASES + PUT_AT + SHARES,
                         ids=[c[1] for c in CASES + PUT_AT + SHARES])
def test_what_measured(scanner, text: str, span: str, fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)


@pytest.mark.parametrize(("text", "span"), NOT_LABELS, ids=[c[1] for c in NOT_LABELS])
def test_label_naming_no_amount(scanner, text: str, span: str) -> None:
    found = {text[q.start:q.end]: q.what for q in scanner.scan(text)}
    assert found.get(span) is None

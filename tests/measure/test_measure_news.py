"""General news quantities (our own sentences in wire, business, science and sports styles).

Each row: a sentence, the exact text of the QUANTITY span, and the fields it must carry.
Decisions documented here (as in samples/README.md): ages ("a 45-year-old"), durations,
multiplicative phrases ("doubled", "three times", "threefold"), fractions ("two-thirds of",
"half of the"), match scores ("won 3-1"), years, dates, clock times, phone numbers, addresses,
model names and ordinals are not quantities. Counts of people or things end at the number
and name the counted noun in ``what``.
"""

from __future__ import annotations

from typing import Any

import pytest


def row(text: str, span: str, **fields: Any) -> tuple[str, str, dict[str, Any]]:
    return (text, span, fields)


def money(value: float, unit: str, **more: Any) -> dict[str, Any]:
    return dict(value=value, unit=unit, kind="money", **more)


def pct(value: float, unit: str = "%", **more: Any) -> dict[str, Any]:
    return dict(value=value, unit=unit, kind="percent", **more)


def measure(value: float, unit: str, kind: str, **more: Any) -> dict[str, Any]:
    return dict(value=value, unit=unit, kind=kind, **more)


def count(value: float, what: str, **more: Any) -> dict[str, Any]:
    return dict(value=value, kind="count", what=what, **more)


PERCENTAGES = [
    row("The jobless rate rose 3.5 percentage points in a year.", "3.5 percentage points",
        **pct(3.5, "percentage point")),
    row("Analysts expect a 12 per cent drop in orders.", "12 per cent", **pct(12)),
    row("Shares of the carmaker were up 4% in early trading.", "4%", **pct(4)),
    row("The benchmark index slid 1.8 percent on Tuesday.", "1.8 percent", **pct(1.8)),
    row("Turnout reached 67.4% in the second round.", "67.4%", **pct(67.4)),
    row("Inflation cooled to 2.9 pct in March from 3.1 pct.", "2.9 pct", **pct(2.9)),
    row("Inflation cooled to 2.9 pct in March from 3.1 pct.", "3.1 pct", **pct(3.1)),
    row("The central bank cut rates by 25 basis points.", "25 basis points",
        **pct(25, "basis point")),
    row("The bank raised its key rate by 50 bps.", "50 bps", **pct(50, "basis point")),
    row("Nearly half the voters, about 48 percent, backed the plan.", "about 48 percent",
        **pct(48, qualifier="about")),
    row("The party won 31.2 per cent of the vote.", "31.2 per cent", **pct(31.2)),
    row("Unemployment edged down 0.2 percentage point to 3.7%.", "0.2 percentage point",
        **pct(0.2, "percentage point")),
    row("Unemployment edged down 0.2 percentage point to 3.7%.", "3.7%", **pct(3.7)),
    row("Sales grew by more than 15% year on year.", "more than 15%",
        **pct(15, qualifier="more_than")),
    row("Its market share fell to under 10 per cent.", "under 10 per cent",
        **pct(10, qualifier="less_than")),
    row("Growth of between 2% and 3% is forecast for next year.", "between 2% and 3%",
        low=2, high=3, unit="%", kind="percent", qualifier="range"),
    row("Rents climbed 8-10% across the capital.", "8-10%", low=8, high=10, unit="%",
        kind="percent", qualifier="range"),
    row("The vaccine was 94.1% effective in the trial.", "94.1%", **pct(94.1)),
    row("Core prices rose 0.3% month on month.", "0.3%", **pct(0.3)),
    row("The yield on the 10-year note rose to 4.25%.", "4.25%", **pct(4.25)),
    row("Ten percent of the crop was lost to frost.", "Ten percent", **pct(10)),
    row("Support for the measure stood at forty per cent.", "forty per cent", **pct(40)),
    row("Output shrank 1.2% after a 0.5% gain in May.", "0.5%", **pct(0.5)),
    row("The stock has lost roughly 30% since January.", "roughly 30%",
        **pct(30, qualifier="about")),
]

MONEY = [
    row("The insurer reported a profit of $2.3bn for the quarter.", "$2.3bn",
        **money(2.3e9, "USD")),
    row("The deal is valued at US$ 1.2 million.", "US$ 1.2 million", **money(1.2e6, "USD")),
    row("The club paid £40m for the striker.", "£40m", **money(4e7, "GBP")),
    row("Brussels approved €1.5 billion in aid.", "€1.5 billion", **money(1.5e9, "EUR")),
    row("The state approved Rs 500 crore for the highway.", "Rs 500 crore",
        **money(5e9, "INR")),
    row("Each family will receive 1.2 lakh rupees.", "1.2 lakh rupees", **money(1.2e5, "INR")),
    row("The ministry plans a ¥3 trillion stimulus.", "¥3 trillion", **money(3e12, "JPY")),
    row("The startup raised 5 million yuan from investors.", "5 million yuan",
        **money(5e6, "CNY")),
    row("Entry to the museum costs CHF 30.", "CHF 30", **money(30, "CHF")),
    row("Petrol hit $4 a gallon in California.", "$4 a gallon", **money(4, "USD/gal")),
    row("The vaccine costs $19.50 per dose.", "$19.50 per dose", **money(19.5, "USD/dose")),
    row("Brent crude traded at $82.40 a barrel.", "$82.40 a barrel", **money(82.4, "USD/bbl")),
    row("The fine was set at €250,000.", "€250,000", **money(250000, "EUR")),
    # "$" by the publisher the text names (currencies.jsonl context_words), else USD
    row("The RCMP said the cocaine was worth $46.8 million.", "$46.8 million",
        **money(4.68e7, "CAD")),
    row("Australian Federal Police valued the haul at $330 million.", "$330 million",
        **money(3.3e8, "AUD")),
    row("The Central Narcotics Bureau seized drugs worth about $212,000.", "about $212,000",
        **money(212000, "SGD", qualifier="about")),
    row("Agents seized $2 million in cash near the border with Canada.", "$2 million",
        **money(2e6, "USD")),
    row("Shabu worth PhP6.8 million was seized in the buy-bust.", "PhP6.8 million",
        **money(6.8e6, "PHP")),
    row("The shabu was valued at ₱13.6 million.", "₱13.6 million", **money(1.36e7, "PHP")),
    row("Police seized heroin worth Sh360 million in Mombasa.", "Sh360 million",
        **money(3.6e8, "KES")),
    row("The fine was 500,000 Kenyan shillings.", "500,000 Kenyan shillings",
        **money(5e5, "KES")),
    # Indian digit grouping (lakh and crore positions)
    row("The police recovered Rs.53,00,000 in cash.", "Rs.53,00,000", **money(5.3e6, "INR")),
    row("Officers found Rs 1,20,00,000 in the car.", "Rs 1,20,00,000", **money(1.2e7, "INR")),
    row("Revenue came in at $14.2 billion, beating forecasts.", "$14.2 billion",
        **money(1.42e10, "USD")),
    row("The company will invest between $5 and $7 million in the plant.",
        "between $5 and $7 million", low=5e6, high=7e6, unit="USD", kind="money",
        qualifier="range"),
    row("The merger is worth about $68.7 billion.", "about $68.7 billion",
        **money(6.87e10, "USD", qualifier="about")),
    row("Tickets cost 45 euros each.", "45 euros", **money(45, "EUR")),
    row("The minimum wage rises to £11.44 an hour.", "£11.44 an hour",
        **money(11.44, "GBP/hour")),
    row("Salaries start at A$85,000 a year.", "A$85,000 a year", **money(85000, "AUD/year")),
    row("The airline lost C$1.1 billion in 2023.", "C$1.1 billion", **money(1.1e9, "CAD")),
    row("Bail was set at 20,000 dollars.", "20,000 dollars", **money(20000, "USD")),
    row("A loaf now costs 150 naira more.", "150 naira", **money(150, "NGN")),
    row("The transfer fee was reported as 80 million euros.", "80 million euros",
        **money(8e7, "EUR")),
    row("The firm booked sales of USD 3.4bn.", "USD 3.4bn", **money(3.4e9, "USD")),
    row("Its shares closed at $178.72.", "$178.72", **money(178.72, "USD")),
    row("Donors pledged more than $1 billion for reconstruction.", "more than $1 billion",
        **money(1e9, "USD", qualifier="more_than")),
    row("The budget deficit narrowed to 2.1 trillion won.", "2.1 trillion won",
        **money(2.1e12, "KRW")),
    row("The prize fund totals $2.5 million.", "$2.5 million", **money(2.5e6, "USD")),
    row("The watchdog imposed a penalty of EUR 4.3 million.", "EUR 4.3 million",
        **money(4.3e6, "EUR")),
    row("Homes in the area sell for around £300,000.", "around £300,000",
        **money(3e5, "GBP", qualifier="about")),
    row("The state pays farmers 2,000 rupees a month.", "2,000 rupees a month",
        **money(2000, "INR/month")),
    row("Coffee futures jumped 12 cents to $2.40 a pound.", "12 cents", **money(0.12, "USD")),
    row("The bonds raised 750 million Swiss francs.", "750 million Swiss francs",
        **money(7.5e8, "CHF")),
    row("Exports to the region were worth $12.8bn last year.", "$12.8bn",
        **money(1.28e10, "USD")),
    row("The council set aside £1.5 million for repairs.", "£1.5 million", **money(1.5e6, "GBP")),
    row("A kilo of tomatoes costs 3,500 pesos.", "3,500 pesos", **money(3500, "MXN")),
]

MEASURES = [
    row("The storm made landfall with winds of 185 km/h.", "185 km/h",
        **measure(185, "km/h", "other")),
    row("Gusts topped 90 mph on the coast.", "90 mph", **measure(90, "mph", "other")),
    row("The marathon route is 42.2 km long.", "42.2 km", **measure(42.2, "km", "length")),
    row("The convoy travelled 300 miles overnight.", "300 miles", **measure(300, "mi", "length")),
    row("The reserve covers 1,200 sq km of forest.", "1,200 sq km",
        **measure(1200, "km2", "area")),
    row("The wildfire has burned 40,000 hectares.", "40,000 hectares",
        **measure(40000, "ha", "area")),
    row("The ranch spans 12,000 acres.", "12,000 acres", **measure(12000, "acre", "area")),
    row("Temperatures reached 41.5 degrees Celsius in Seville.", "41.5 degrees Celsius",
        **measure(41.5, "°C", "other")),
    row("Phoenix recorded 118 degrees Fahrenheit.", "118 degrees Fahrenheit",
        **measure(118, "°F", "other")),
    row("Overnight lows fell to -12°C.", "-12°C", **measure(-12, "°C", "other")),
    row("The heat peaked at 38C in the afternoon.", "38C", **measure(38, "°C", "other")),
    row("The field pumps 120,000 barrels per day.", "120,000 barrels per day",
        **measure(120000, "bbl/day", "other")),
    row("Output rose to 1.2 million bpd.", "1.2 million bpd", **measure(1.2e6, "bbl/day", "other")),
    row("The wind farm will generate 1.4 GW.", "1.4 GW", **measure(1.4, "GW", "other")),
    row("The solar park has a capacity of 250 MW.", "250 MW", **measure(250, "MW", "other")),
    row("A household uses about 2,700 kWh a year.", "about 2,700 kWh a year",
        unit="kWh/year", kind="other", qualifier="about", value=2700),
    row("The smelter produces 300,000 tonnes per year.", "300,000 tonnes per year",
        **measure(300000, "t/year", "other")),
    row("The tower rises 828 metres above the desert.", "828 metres",
        **measure(828, "m", "length")),
    row("The jet cruised at 35,000 feet.", "35,000 feet", **measure(35000, "ft", "length")),
    row("Snow depths reached 14 inches in Boston.", "14 inches", **measure(14, "in", "length")),
    row("The diamond weighs 1,109 carats.", "1,109 carats",
        **measure(1109, "ct", "mass", kg=0.2218)),
    row("The ship can carry 24,000 TEU.", "24,000 TEU", **measure(24000, "TEU", "count")),
    row("The phone ships with 256 GB of storage.", "256 GB", **measure(256, "GB", "other")),
    row("The breach exposed 2 TB of data.", "2 TB", **measure(2, "TB", "other")),
    row("The glacier lost 3 cubic kilometres of ice.", "3 cubic kilometres",
        kind="volume", unit="l", value=3e12),
    row("The tanker spilled 11 million gallons of crude.", "11 million gallons",
        kind="volume", unit="l", original_value=1.1e7, original_unit="gal"),
    row("The harvest reached 2.5 million tonnes of wheat.", "2.5 million tonnes",
        **measure(2.5e6, "t", "mass", kg=2.5e9, what="wheat")),
    row("The probe is 6.2 billion kilometres from Earth.", "6.2 billion kilometres",
        **measure(6.2e9, "km", "length")),
    row("The river rose 2.3 metres overnight.", "2.3 metres", **measure(2.3, "m", "length")),
    row("The quake struck at a depth of 10 km.", "10 km", **measure(10, "km", "length")),
    row("The sprinter ran the 100 metres in 9.58 seconds.", "100 metres",
        **measure(100, "m", "length")),
    row("Rainfall totalled 150 mm in 24 hours.", "150 mm", **measure(150, "mm", "length")),
    row("The battery stores 100 kWh.", "100 kWh", **measure(100, "kWh", "other")),
    row("The rover travelled 28 kilometres on Mars.", "28 kilometres",
        **measure(28, "km", "length")),
    row("The new terminal adds 50,000 square metres of space.", "50,000 square metres",
        **measure(50000, "m2", "area")),
    row("The plant imports 5 million cubic metres of gas a day.", "5 million cubic metres",
        kind="volume", unit="l", value=5e9, original_value=5e6, original_unit="m3",
        what="gas"),
    row("The pipeline carries 55 bcm of gas a year.", "55 bcm", kind="volume", unit="l",
        value=5.5e13),
    row("The athlete cleared 6.24 m in the pole vault.", "6.24 m",
        **measure(6.24, "m", "length")),
    row("The rocket burns 500 kg of fuel per second.", "500 kg",
        **measure(500, "kg", "mass", kg=500, what="fuel")),
    row("She won the 200m final in 21.8 seconds.", "200m", **measure(200, "m", "length")),
    row("He won the 400m hurdles in Rome.", "400m", **measure(400, "m", "length")),
    row("The lake holds 3.2 km3 of water.", "3.2 km3", kind="volume", unit="l", value=3.2e12),
    row("Emissions reached 37.4 Gt of CO2.", "37.4 Gt", kind="mass", unit="Gt", kg=3.74e13),
    row("CO2 levels passed 420 ppm.", "420 ppm", **measure(420, "ppm", "other")),
    row("Wind turbines generated 82 TWh.", "82 TWh", **measure(82, "TWh", "other")),
    row("The port handled 4.5 million TEUs.", "4.5 million TEUs",
        **measure(4.5e6, "TEU", "count")),
    row("Highs of 32C are forecast for Madrid.", "32C", **measure(32, "°C", "other")),
    row("The wall stands 5 feet 10 inches high.", "5 feet 10 inches",
        **measure(5.833333, "ft", "length")),
    row("The parcel weighed 1 kg 150 g.", "1 kg 150 g", **measure(1.15, "kg", "mass", kg=1.15)),
    row("Public debt topped $1.5trn.", "$1.5trn", **money(1.5e12, "USD")),
    row("The stolen cash came to R2.7 million.", "R2.7 million", **money(2.7e6, "ZAR")),
    row("A fine of R1,500 was imposed.", "R1,500", **money(1500, "ZAR")),
    row("Forecasts range from 5% to 7% growth.", "5%", **pct(5)),
    row("Economists see growth of 1.5% to 2% next year.", "1.5% to 2%", low=1.5, high=2,
        unit="%", kind="percent", qualifier="range"),
    row("Prices fell 2% to 3% in the month.", "2%", **pct(2)),
    row("Tickets cost 40 euros to 60 euros.", "40 euros to 60 euros", low=40, high=60,
        unit="EUR", kind="money", qualifier="range"),
]

COUNTS = [
    row("The carmaker will cut 1,200 jobs in Germany.", "1,200", **count(1200, "jobs")),
    row("The bus was carrying 35 passengers.", "35", **count(35, "passengers",
                                                             category="people")),
    row("At least 14 people died in the floods.", "At least 14",
        **count(14, "people", qualifier="at_least")),
    row("More than 3,000 firefighters battled the blaze.", "More than 3,000",
        **count(3000, "firefighters", qualifier="more_than")),
    row("The airline operates 290 aircraft.", "290", **count(290, "aircraft")),
    row("Some 40,000 fans packed the stadium.", "Some 40,000",
        **count(40000, "fans", qualifier="about")),
    row("The retailer will close 45 stores.", "45", **count(45, "stores")),
    row("About 2.1 million visitors came last year.", "About 2.1 million",
        **count(2.1e6, "visitors", qualifier="about")),
    row("The quake destroyed 600 homes.", "600", **count(600, "homes")),
    row("Police arrested 23 protesters on Saturday.", "23", **count(23, "protesters")),
    row("The hospital has 450 beds.", "450", **count(450, "beds")),
    row("Twelve miners were trapped underground.", "Twelve", **count(12, "miners")),
    row("The company employs about 15,000 people worldwide.", "about 15,000",
        **count(15000, "people", qualifier="about")),
    row("Three soldiers were wounded in the attack.", "Three", **count(3, "soldiers")),
    row("The study followed 12,500 patients.", "12,500", **count(12500, "patients")),
    row("The team signed two players in January.", "two", **count(2, "players")),
    row("The app has 500 million users.", "500 million", **count(5e8, "users")),
    row("Rescuers pulled 11 survivors from the rubble.", "11", **count(11, "survivors")),
    row("Forty-two countries signed the pact.", "Forty-two", **count(42, "countries")),
    row("The shelter took in 80 dogs.", "80", **count(80, "dogs")),
    row("The storm knocked out power to 250,000 homes.", "250,000", **count(250000, "homes")),
    row("The school enrolled 1,850 students.", "1,850", **count(1850, "students")),
    row("The fleet grew to 74 ships.", "74", **count(74, "ships")),
    row("He scored 32 points in the win.", "32 points", value=32, unit="point", kind="other"),
    row("Ten of the defendants were arrested on Monday.", "Ten", **count(10, "defendants")),
    row("Federer won 20 Grand Slam titles.", "20", **count(20, "Grand Slam titles")),
    row("Patients took 500 mg of the drug twice a day.", "500 mg",
        **measure(500, "mg", "mass", what="drug")),
    row("The galaxy is 13.4 billion light years away.", "13.4 billion light years",
        **measure(1.34e10, "ly", "length")),
    row("Petrol prices hit 150p a litre.", "150p a litre", **money(150, "GBX/l")),
    row("Shares rose 12p to 345p.", "345p", **money(345, "GBX")),
    row("Samsung shipped 60.1m smartphones in the quarter.", "60.1m",
        **count(6.01e7, "smartphones")),
    row("The population grew by 0.5 per cent to 67.7 million.", "67.7 million",
        value=6.77e7, kind="count"),
    row("Only 3 of the officers stayed.", "3", **count(3, "officers")),
    row("The crew were two Colombians and one Ecuadorian woman.", "two",
        **count(2, "Colombians")),
    row("Two men and one woman were arrested.", "one", **count(1, "woman")),
    row("A total of 94 suspected drug offenders were arrested.", "94",
        **count(94, "suspected drug offenders")),
    row("The cargo has a street value of over N6.3 billion.", "over N6.3 billion",
        **money(6.3e9, "NGN", qualifier="more_than")),
]

RANGES = [
    row("Forecasters expect 10 to 15 centimetres of snow.", "10 to 15 centimetres",
        low=10, high=15, unit="cm", kind="length", qualifier="range"),
    row("Between 200 and 300 workers walked out.", "Between 200 and 300", low=200, high=300,
        kind="count", qualifier="range", what="workers"),
    row("Prices ranged from $20 to $30.", "$20", **money(20, "USD")),
    row("The repairs will cost $3m-$4m.", "$3m-$4m", low=3e6, high=4e6, unit="USD",
        kind="money", qualifier="range"),
    row("The project needs 5-6 billion euros.", "5-6 billion euros", low=5e9, high=6e9,
        unit="EUR", kind="money", qualifier="range"),
    row("Waves of 4 to 6 metres hit the pier.", "4 to 6 metres", low=4, high=6, unit="m",
        kind="length", qualifier="range"),
    row("Temperatures of 30-35 degrees Celsius are expected.", "30-35 degrees Celsius",
        low=30, high=35, unit="°C", kind="other", qualifier="range"),
]

NOT_QUANTITIES = [
    "A 45-year-old man was arrested at the scene.",
    "The 23-year-old striker signed a new deal.",
    "Chelsea won 3-1 at Anfield on Sunday.",
    "The Lakers beat the Celtics 112-104.",
    "Brazil drew 2-2 with Argentina.",
    "The talks began at 10:30 and ended at 14:45.",
    "The launch is set for 9.30 a.m. on Friday.",
    "Call the helpline on 0800 123 4567.",
    "Reach the press office at +1 202-555-0143.",
    "The summit was held at 10 Downing Street.",
    "The embassy moved to 1600 Pennsylvania Avenue.",
    "A Boeing 737 MAX was grounded.",
    "The air force ordered more F-16 jets.",
    "COVID-19 restrictions were lifted.",
    "Leaders gathered for the G20 summit.",
    "The drill Brotherhood-2024 began on Monday.",
    "Airbus delivered its first A320neo.",
    "She finished 3rd in the final.",
    "He came 2nd in his heat and 21st overall.",
    "Revenue doubled last year.",
    "Prices have tripled since the war.",
    "Exports were three times higher than in 2019.",
    "The firm saw a threefold increase in orders.",
    "Two-thirds of voters backed the deal.",
    "Half of the staff work from home.",
    "The law was passed in 1998 and amended in 2021.",
    "The study (Smith et al., 2020) was cited.",
    "The results appear in ref. [12] and in Table 3.",
    "The meeting took place on 14 March 2024.",
    "He was born on 12/05/1990.",
    "The agreement runs until 2030.",
    "Section 2 of the report covers Chapter 7 bankruptcies.",
    "Apple released iOS 17 in September.",
    "The Windows 11 update failed.",
    "Route 66 was closed for repairs.",
    "He wore the No. 10 shirt.",
    "The Sustainable Development Goal 4 targets education.",
    "The A380 superjumbo landed in Dubai.",
    "Traffic on the R21 and the N1 was diverted.",
    "One of the officers said the raid had worked.",
    "The 737 MAX 9 was grounded after the incident.",
    "See p 12 and 150 p for details.",
    "The two of them left before noon.",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_a_quantity(scanner, text: str) -> None:
    found = [text[q.start:q.end] for q in scanner.scan(text)]
    assert found == []


CASES = PERCENTAGES + MONEY + MEASURES + COUNTS + RANGES


def test_table_is_large_enough() -> None:
    assert len(CASES) + len(NOT_QUANTITIES) >= 120


@pytest.mark.parametrize(("text", "span", "fields"), CASES,
                         ids=[f"{i}:{c[1]}" for i, c in enumerate(CASES)])
def test_news_quantity(scanner, text: str, span: str, fields: dict[str, Any]) -> None:
    found = {text[q.start:q.end]: q.normalized() for q in scanner.scan(text)}
    assert span in found, f"{span!r} not among {list(found)}"
    value = found[span]
    for key, expected in fields.items():
        if isinstance(expected, float | int) and not isinstance(expected, bool):
            assert value.get(key) == pytest.approx(expected, rel=1e-4), (key, value)
        else:
            assert value.get(key) == expected, (key, value)

"""Quantities in general news (markets, sport, weather, science, tech, transport, politics).

Our own sentences, written the way wire services write. Each row: a sentence, the exact text
of the QUANTITY span, and the normalized fields it must carry (keys not given are not checked).

Decisions (consistent with samples/README.md, QUANTITY):
- A stated direction of change goes to ``change`` ("up" / "down"): "rose 3.2%", "fell 15 basis
  points", "up 0.5 percentage point", "a 4% drop"; the value stays positive. A level reached
  ("to $1.2 billion") or a figure without a verb of change carries no ``change``.
- "from X to Y" after a verb of change is two quantities (the old level and the new one), not
  a range: a range is stated with "between X and Y", "X-Y", "X to Y" without "from", or
  "from X to Y" after a verb of ranging ("prices ranged from $20 to $30", range_verbs.jsonl).
- Ages, durations, multipliers ("doubled", "threefold", "10-fold"), fractions and ratios
  ("two-thirds of", "one in five"), vote tallies and scores ("2-1", "6-3"), stock splits
  ("3-for-1") and vague amounts ("dozens of", "hundreds of") are not quantities. "a dozen"
  is 12.
- Units have one canonical spelling whatever the text writes: "percent"/"%"/"pct" -> "%",
  "kilometres per hour"/"km/h"/"kph" -> "km/h", "degrees Fahrenheit"/"F" -> "°F",
  "calories" -> "kcal", "gigahertz"/"GHz" -> "GHz", "hertz"/"Hz" -> "Hz", "decibels"/"dB"
  -> "dB", "megapixels"/"MP" -> "MP", "milliamp-hours"/"mAh" -> "mAh", "magnitude" ->
  "magnitude", "cups" -> "cup"; a rate is "unit/unit" only when units.jsonl names it or it
  is a concentration or dose ("mg/kg", "bbl/d", "km/h"); a sum, count or mass per time, per
  share or per unit of goods is the amount alone ("$78.30" per barrel: USD), as the gold marks.
- Volumes keep the written unit and value ("3 cubic metres": 3 m3; the guide values an amount
  "in the written unit", and the annotation tables name ml and m3).
- Counts of people or things end at the number; the counted noun goes to ``what``.
- A fraction written with digits before a unit ("3/4 inch", "1½ cups", "2 1/2 miles") is
  its decimal value; a fraction of a set ("two-thirds of the voters") is not a quantity.
"""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity


def row(text: str, span: str, **fields: Any) -> tuple[str, str, dict[str, Any]]:
    return (text, span, fields)


def pct(value: float, unit: str = "%", **more: Any) -> dict[str, Any]:
    return dict(value=value, unit=unit, kind="percent", **more)


def money(value: float, unit: str, **more: Any) -> dict[str, Any]:
    return dict(value=value, unit=unit, kind="money", **more)


def measure(value: float, unit: str, kind: str = "other", **more: Any) -> dict[str, Any]:
    return dict(value=value, unit=unit, kind=kind, **more)


def count(value: float, what: str, **more: Any) -> dict[str, Any]:
    return dict(value=value, unit=None, kind="count", what=what, **more)


def span_range(low: float, high: float, unit: str | None, kind: str,
               **more: Any) -> dict[str, Any]:
    return dict(value=None, low=low, high=high, unit=unit, kind=kind, qualifier="range", **more)


MARKETS = [
    row("Quarterly revenue rose 3.2% to $1.2 billion.", "3.2%", **pct(3.2, change="up")),
    row("Quarterly revenue rose 3.2% to $1.2 billion.", "$1.2 billion",
        **money(1.2e9, "USD", change=None)),
    row("Treasury yields fell 15 basis points after the data.", "15 basis points",
        **pct(15, "basis point", change="down")),
    row("The jobless rate was up 0.5 percentage point from a year earlier.",
        "0.5 percentage point", **pct(0.5, "percentage point", change="up")),
    row("Brussels unveiled a €40bn package for chipmakers.", "€40bn", **money(4e10, "EUR")),
    row("The striker's release clause is £3.5m.", "£3.5m", **money(3.5e6, "GBP")),
    row("The ministry set aside 1.2 trillion yen for subsidies.", "1.2 trillion yen",
        **money(1.2e12, "JPY")),
    row("The new field will pump 500,000 barrels a day by 2027.", "500,000 barrels a day",
        **measure(5e5, "bbl/d")),
    row("The Dow dropped 1.4 per cent in afternoon trade.", "1.4 per cent",
        **pct(1.4, change="down")),
    row("The Nasdaq gained 2.05% on Friday.", "2.05%", **pct(2.05, change="up")),
    row("Gold climbed $23 to $2,410 an ounce.", "$23", **money(23, "USD", change="up")),
    row("Gold climbed $23 to $2,410 an ounce.", "$2,410",
        **money(2410, "USD", change=None)),
    row("The pound slipped 0.3 percent against the dollar.", "0.3 percent",
        **pct(0.3, change="down")),
    row("Retail sales increased by 4.1% in December.", "4.1%", **pct(4.1, change="up")),
    row("Profits plunged 62% as costs soared.", "62%", **pct(62, change="down")),
    row("The company posted a net loss of $310 million.", "$310 million",
        **money(3.1e8, "USD")),
    row("Analysts expect earnings of $1.85 a share.", "$1.85", **money(1.85, "USD")),
    row("The startup was valued at $50K per seat in the round.", "$50K", **money(5e4, "USD")),
    row("The lender set aside 2.3 mln euros for bad loans.", "2.3 mln euros",
        **money(2.3e6, "EUR")),
    row("Global debt hit $307tn last year.", "$307tn", **money(3.07e14, "USD")),
    row("The road project will cost Rs 1,450 crore.", "Rs 1,450 crore",
        **money(1.45e10, "INR")),
    row("Each victim's family gets Rs 5 lakh in compensation.", "Rs 5 lakh",
        **money(5e5, "INR")),
    row("The fund manages about SEK 90 billion.", "about SEK 90 billion",
        **money(9e10, "SEK", qualifier="about")),
    row("Petrobras will invest R$ 12 billion in refining.", "R$ 12 billion",
        **money(1.2e10, "BRL")),
    row("The tycoon paid HK$ 800 million for the mansion.", "HK$ 800 million",
        **money(8e8, "HKD")),
    row("Bitcoin fell below $60,000 on Monday.", "below $60,000",
        **money(6e4, "USD", qualifier="less_than")),
    row("The central bank held its key rate at 5.25%.", "5.25%", **pct(5.25)),
    row("Inflation slowed to 2.4 pct in May.", "2.4 pct", **pct(2.4)),
    row("Mortgage rates have climbed above 7 percent.", "above 7 percent",
        **pct(7, qualifier="more_than")),
    row("The firm cut its forecast by $200 million.", "$200 million", **money(2e8, "USD")),
    row("Oil settled at $78.30 per barrel.", "$78.30", **money(78.3, "USD")),
    row("Tesla shares tumbled 12 percent to $180.", "12 percent", **pct(12, change="down")),
    row("The deficit widened to 5.8% of GDP.", "5.8%", **pct(5.8)),
    row("Exports shrank 0.4 per cent in the quarter.", "0.4 per cent",
        **pct(0.4, change="down")),
    row("Housing starts jumped 9.6% last month.", "9.6%", **pct(9.6, change="up")),
    row("The index ended down 3% for the week.", "3%", **pct(3, change="down")),
    row("The company's stock is up 40% this year.", "40%", **pct(40, change="up")),
    row("A litre of diesel now costs 1.89 euros.", "1.89 euros", **money(1.89, "EUR")),
    row("The Turkish lira lost 20% of its value.", "20%", **pct(20, change="down")),
    row("The airline ordered jets worth 9.5 billion dollars.", "9.5 billion dollars",
        **money(9.5e9, "USD")),
    row("Tuition rose to $58,000 a year.", "$58,000", **money(5.8e4, "USD")),
    row("The bill includes $1.9 trillion in spending.", "$1.9 trillion",
        **money(1.9e12, "USD")),
    row("Card spending fell by 2.2 percent.", "2.2 percent", **pct(2.2, change="down")),
    row("A 4% drop in orders hit the shares.", "4%", **pct(4, change="down")),
    row("The board approved an increase of 6% in the dividend.", "6%",
        **pct(6, change="up")),
    row("GDP contracted by 1.1% in the first quarter.", "1.1%", **pct(1.1, change="down")),
    row("The rand weakened 1.3% to 18.9 per dollar.", "1.3%", **pct(1.3, change="down")),
    row("The trade gap narrowed to 68.9 billion dollars.", "68.9 billion dollars",
        **money(6.89e10, "USD")),
    row("The fine amounts to 4 million Swiss francs.", "4 million Swiss francs",
        **money(4e6, "CHF")),
    row("Dubai property prices rose 20 percent, to 1,400 dirhams per square foot.",
        "20 percent", **pct(20, change="up")),
]

POLITICS_AND_SOCIETY = [
    row("She took 52 percent of the vote in the runoff.", "52 percent", **pct(52)),
    row("The coalition holds 300 seats in the lower house.", "300",
        **count(300, "seats")),
    row("He won the primary by 1,500 votes.", "1,500", **count(1500, "votes")),
    row("Nearly 200 people marched to parliament.", "Nearly 200",
        **count(200, "people", qualifier="about")),
    row("More than a dozen lawmakers signed the letter.", "More than a dozen",
        **count(12, "lawmakers", qualifier="more_than")),
    row("Twenty-five senators voted against the bill.", "Twenty-five",
        **count(25, "senators")),
    row("The program will help a quarter of a million families.",
        "a quarter of a million", **count(2.5e5, "families")),
    row("Some 1.5 million refugees crossed the border.", "Some 1.5 million",
        **count(1.5e6, "refugees", qualifier="about")),
    row("Turnout was 71.3 per cent, up from 66 per cent in 2019.", "71.3 per cent",
        **pct(71.3)),
    row("Turnout was 71.3 per cent, up from 66 per cent in 2019.", "66 per cent", **pct(66)),
    row("Between 40,000 and 50,000 protesters filled the square.",
        "Between 40,000 and 50,000", **span_range(4e4, 5e4, None, "count",
                                                  what="protesters")),
    row("The city will hire 2,500 teachers.", "2,500", **count(2500, "teachers")),
    row("About one million people lost power.", "About one million",
        **count(1e6, "people", qualifier="about")),
    row("The union represents 180,000 workers.", "180,000", **count(1.8e5, "workers")),
    row("Fifteen countries have recognised the state.", "Fifteen",
        **count(15, "countries")),
    row("Lawmakers approved a minimum wage of $15 an hour.", "$15",
        **money(15, "USD")),
]

SPORT = [
    row("He ran the 10,000 metres in 26 minutes and 11 seconds.", "10,000 metres",
        **measure(1e4, "m", "length")),
    row("The quarterback threw for 342 yards.", "342 yards", **measure(342, "yd", "length")),
    row("The rookie scored 41 points against Boston.", "41 points", **measure(41, "point")),
    row("The winning putt came from 40 feet.", "40 feet", **measure(40, "ft", "length")),
    row("The stadium holds 80,000 spectators.", "80,000", **count(8e4, "spectators")),
    row("The club sold 1.2 million shirts last season.", "1.2 million",
        **count(1.2e6, "shirts")),
    row("The peloton covered 187 km on the stage.", "187 km", **measure(187, "km", "length")),
    row("The javelin landed at 89.94 metres.", "89.94 metres",
        **measure(89.94, "m", "length")),
]

WEATHER = [
    row("Up to 20 cm of snow is expected on the hills.", "Up to 20 cm",
        **measure(20, "cm", "length", qualifier="up_to")),
    row("Winds of 90 km/h brought down trees.", "90 km/h", **measure(90, "km/h")),
    row("Gusts of 110 kph were recorded on the coast.", "110 kph", **measure(110, "km/h")),
    row("Winds reached 120 kilometres per hour.", "120 kilometres per hour",
        **measure(120, "km/h")),
    row("Madrid sweltered at 38C on Sunday.", "38C", **measure(38, "°C")),
    row("Temperatures plunged to minus 5 degrees Fahrenheit.", "minus 5 degrees Fahrenheit",
        **measure(-5, "°F")),
    row("The mercury hit 104F in Dallas.", "104F", **measure(104, "°F")),
    row("Overnight lows of -8 degrees Celsius are forecast.", "-8 degrees Celsius",
        **measure(-8, "°C")),
    row("The storm dumped 250 mm of rain in a day.", "250 mm",
        **measure(250, "mm", "length")),
    row("Hailstones 5 centimetres wide smashed windows.", "5 centimetres",
        **measure(5, "cm", "length")),
    row("The hurricane packed sustained winds of 150 mph.", "150 mph", **measure(150, "mph")),
    row("Three inches of rain fell in an hour.", "Three inches",
        **measure(3, "in", "length")),
    row("Waves up to 8 metres battered the harbour.", "up to 8 metres",
        **measure(8, "m", "length", qualifier="up_to")),
]

SCIENCE_AND_HEALTH = [
    row("The trial dose was 5 mg per kilogram of body weight.", "5 mg per kilogram",
        **measure(5, "mg/kg")),
    row("The meal packs 1,200 calories.", "1,200 calories", **measure(1200, "kcal")),
    row("A 7.8-magnitude earthquake struck the region.", "7.8-magnitude",
        **measure(7.8, "magnitude")),
    row("The quake had a magnitude of 6.1.", "6.1", **measure(6.1, "magnitude")),
    row("A magnitude 5.4 quake shook the island.", "magnitude 5.4",
        **measure(5.4, "magnitude")),
    row("The epicentre was 10 km deep.", "10 km", **measure(10, "km", "length")),
    row("The engine noise reached 150 decibels.", "150 decibels", **measure(150, "dB")),
    row("Adults need about 2,000 kcal a day.", "about 2,000 kcal",
        **measure(2000, "kcal", qualifier="about")),
    row("The tablets contain 200 mg of ibuprofen.", "200 mg",
        **measure(200, "mg", "mass", kg=2e-4)),
    row("The comet passed 4.2 million miles from Earth.", "4.2 million miles",
        **measure(4.2e6, "mi", "length")),
    row("Doctors recorded 3,400 new cases on Tuesday.", "3,400", **count(3400, "new cases")),
    row("The vaccine is 91 percent effective.", "91 percent", **pct(91)),
    row("The asteroid is about 400 metres across.", "about 400 metres",
        **measure(400, "m", "length", qualifier="about")),
    row("Sea levels rose 10 centimetres over the period.", "10 centimetres",
        **measure(10, "cm", "length")),
    row("The wildfire scorched 12,000 acres.", "12,000 acres",
        **measure(1.2e4, "acre", "area")),
    row("Each patient received 0.5 ml of the vaccine.", "0.5 ml",
        kind="volume", unit="ml", value=0.5),
    row("The new telescope mirror is 6.5 metres wide.", "6.5 metres",
        **measure(6.5, "m", "length")),
    row("Emissions fell 4.6% last year.", "4.6%", **pct(4.6, change="down")),
]

TECH = [
    row("The tablet comes with 256 GB of storage.", "256 GB", **measure(256, "GB")),
    row("The chip runs at 3.2 GHz.", "3.2 GHz", **measure(3.2, "GHz")),
    row("The display refreshes at 120 Hz.", "120 Hz", **measure(120, "Hz")),
    row("The monitor supports a 144-hertz refresh rate.", "144-hertz",
        **measure(144, "Hz")),
    row("The phone has a 6.1-inch screen.", "6.1-inch", **measure(6.1, "in", "length")),
    row("Its main camera has 50 megapixels.", "50 megapixels", **measure(50, "MP")),
    row("A 48MP sensor sits on the back.", "48MP", **measure(48, "MP")),
    row("The battery is rated at 5,000 mAh.", "5,000 mAh", **measure(5000, "mAh")),
    row("The laptop weighs 1.24 kg.", "1.24 kg", **measure(1.24, "kg", "mass")),
    row("The service lost 1.8 million subscribers.", "1.8 million",
        **count(1.8e6, "subscribers")),
    row("The data centre will draw 300 megawatts.", "300 megawatts", **measure(300, "MW")),
    row("Download speeds reach 1 Gbps.", "1 Gbps", **measure(1, "Gbit/s")),
    row("The breach exposed 12 terabytes of records.", "12 terabytes",
        **measure(12, "TB")),
]

TRANSPORT = [
    row("The ferry carried 3,000 passengers.", "3,000", **count(3000, "passengers")),
    row("The train reached 250 mph on the test run.", "250 mph", **measure(250, "mph")),
    row("The hatchback has a 1.6-litre engine.", "1.6-litre",
        kind="volume", unit="l", value=1.6),
    row("The new line cuts the trip by 45 km.", "45 km", **measure(45, "km", "length")),
    row("The bridge is 1.5 miles long.", "1.5 miles", **measure(1.5, "mi", "length")),
    row("A 40-tonne lorry blocked the motorway.", "40-tonne",
        **measure(40, "t", "mass", kg=4e4)),
    row("The airport handled 79 million passengers last year.", "79 million",
        **count(7.9e7, "passengers")),
    row("The ship was sailing at 22 knots.", "22 knots", **measure(22, "knot")),
    row("The plane climbed to 37,000 ft.", "37,000 ft", **measure(3.7e4, "ft", "length")),
]

NUMBERS_AND_FORMS = [
    row("The pipe is 3/4 inch wide.", "3/4 inch", **measure(0.75, "in", "length")),
    row("Add 1½ cups of flour.", "1½ cups", kind="volume", unit="cup", value=1.5),
    row("The trail runs 2 1/2 miles along the river.", "2 1/2 miles",
        **measure(2.5, "mi", "length")),
    row("The fund lost $2.5bn, or -3.5%, in the quarter.", "-3.5%", **pct(3.5, change="down")),
    row("Real wages grew -0.8% last year.", "-0.8%", **pct(0.8, change="down")),
    row("The temperature dropped to −12 °C.", "−12 °C", **measure(-12, "°C")),
    row("Sixty-two percent of voters backed the plan.", "Sixty-two percent", **pct(62)),
    row("One hundred and twenty firefighters were deployed.", "One hundred and twenty",
        **count(120, "firefighters")),
    row("Three million people live in the valley.", "Three million",
        **count(3e6, "people")),
    row("The factory makes 10k cars a month.", "10k", **count(1e4, "cars")),
    row("The budget is 4.5 bln roubles.", "4.5 bln roubles", **money(4.5e9, "RUB")),
    row("Salaries start at $85k.", "$85k", **money(8.5e4, "USD")),
    row("The firm raised €2m in seed funding.", "€2m", **money(2e6, "EUR")),
    row("The city counted 1.2m visitors.", "1.2m", **count(1.2e6, "visitors")),
    row("A half-million fans lined the route.", "half-million",
        **count(5e5, "fans")),
    row("The tower is 1,250 ft tall.", "1,250 ft", **measure(1250, "ft", "length")),
    row("Prices are 5-7% higher than last year.", "5-7%",
        **span_range(5, 7, "%", "percent")),
    row("The deal could fetch between $5 and $7 a share.", "between $5 and $7",
        **span_range(5, 7, "USD", "money")),
    row("Inflation fell from 3% to 2.5%.", "3%", **pct(3)),
    row("Inflation fell from 3% to 2.5%.", "2.5%", **pct(2.5)),
    row("Rents rose from $1,800 to $2,100 a month.", "$1,800", **money(1800, "USD")),
    row("Growth of 2% to 2.5% is expected.", "2% to 2.5%",
        **span_range(2, 2.5, "%", "percent")),
    row("Forecasters see 15 to 25 inches of snow.", "15 to 25 inches",
        **span_range(15, 25, "in", "length")),
    row("A crowd of at least 5,000 gathered.", "at least 5,000",
        value=5000, kind="count", qualifier="at_least"),
    row("The mine produced 1.1 million ounces of gold.", "1.1 million ounces",
        **measure(1.1e6, "oz", "mass", what="gold")),
]

CHANGES_AND_FORMS = [
    row("Jobless claims rose by 12,000 to 231,000 last week.", "12,000",
        value=12000, kind="count", change="up"),
    row("Jobless claims rose by 12,000 to 231,000 last week.", "231,000",
        value=231000, kind="count", change=None),
    row("The bank cut its key rate by half a percentage point.", "half a percentage point",
        **pct(0.5, "percentage point")),
    row("Yields rose a quarter of a percentage point.", "a quarter of a percentage point",
        **pct(0.25, "percentage point", change="up")),
    row("The data showed a 0.3 percentage-point rise.", "0.3 percentage-point",
        **pct(0.3, "percentage point", change="up")),
    row("Gusts of up to 130 kilometres an hour felled power lines.",
        "up to 130 kilometres an hour", **measure(130, "km/h", qualifier="up_to")),
    row("The storm moved at 15 miles an hour.", "15 miles an hour", **measure(15, "mph")),
    row("The satellite orbits at 7.8 kilometres per second.", "7.8 kilometres per second",
        **measure(7.8, "km/s")),
    row("The hybrid returns 52 mpg on the motorway.", "52 mpg", **measure(52, "mpg")),
    row("Officials signed a 2.4bn-euro rail contract.", "2.4bn-euro", **money(2.4e9, "EUR")),
    row("Police seized cash and around 30 encrypted phones.", "around 30",
        **count(30, "encrypted phones", qualifier="about")),
    row("The new pill lowered blood pressure by 12 mmHg.", "12 mmHg", **measure(12, "mmHg")),
    row("Only a half-million tickets remain.", "half-million", **count(5e5, "tickets")),
    row("The quake, magnitude 6.9, hit at dawn.", "magnitude 6.9",
        **measure(6.9, "magnitude")),
    row("The death toll from the blast rose to 37.", "37", value=37, kind="count"),
    row("Overdose deaths fell by 18 last year.", "18", value=18, kind="count",
        change="down"),
    row("The storm dropped 5 to 10 inches of rain.", "5 to 10 inches",
        **span_range(5, 10, "in", "length", change="down")),
    row("Prices fell 2 to 3 percent in May.", "2 to 3 percent",
        **span_range(2, 3, "%", "percent", change="down")),
    row("The firm will cut 200 to 300 jobs.", "200 to 300",
        **span_range(200, 300, None, "count", what="jobs", change="down")),
    row("The 7-Eleven chain runs 85,000 stores.", "85,000", **count(85000, "stores")),
    row("Staff numbers grew from 50 to 200 employees.", "50", **count(50, "employees")),
    row("Staff numbers grew from 50 to 200 employees.", "200", **count(200, "employees")),
    row("House prices rose 17.5pc last year.", "17.5pc", **pct(17.5, change="up")),
    row("The jet can fly at Mach 2.2.", "Mach 2.2", **measure(2.2, "Mach")),
    row("Central pressure fell to 920 millibars.", "920 millibars", **measure(920, "hPa")),
    row("The Fed cut rates by a quarter point.", "a quarter point", **measure(0.25, "point")),
    row("The winger earns £300,000-a-week.", "£300,000", **money(3e5, "GBP")),
    row("The video was viewed over 100 million times.", "over 100 million",
        value=1e8, kind="count", qualifier="more_than"),
    row("Markets priced in a half-point cut.", "half-point",  # a rate's move: pp
        **measure(0.5, "percentage point", "percent", change="down")),
    row("The well water held 12 micrograms per litre of arsenic.", "12 micrograms per litre",
        **measure(12, "µg/l")),
    row("The coupe's engine makes 500 hp.", "500 hp", **measure(500, "hp")),
    row("The scooter has a 125cc engine.", "125cc", kind="volume", unit="ml", value=125),
    row("Jakarta approved a 5 trillion rupiah stimulus.", "5 trillion rupiah",
        **money(5e12, "IDR")),
    row("The penthouse sold for 45 million dirhams.", "45 million dirhams",
        **money(4.5e7, "AED")),
    row("The ministry fined the bank RM 2.5 million.", "RM 2.5 million",
        **money(2.5e6, "MYR")),
    row("The cabinet backed a NIS 3 billion package.", "NIS 3 billion", **money(3e9, "ILS")),
    row("The plant will cost NT$ 12 billion.", "NT$ 12 billion", **money(1.2e10, "TWD")),
    row("Budapest fined the firm 300,000 forints.", "300,000 forints",
        **money(3e5, "HUF")),
    row("Dhaka approved a Tk 500 crore bridge.", "Tk 500 crore", **money(5e9, "BDT")),
]

CASES = (CHANGES_AND_FORMS + MARKETS + POLITICS_AND_SOCIETY + SPORT + WEATHER
         + SCIENCE_AND_HEALTH + TECH + TRANSPORT + NUMBERS_AND_FORMS)

# Sentences and a part of them no quantity may cover (other quantities may be found).
TRAPS = [
    ("The deal closed in 2023 after two years of talks.", "2023"),
    ("Shares were suspended on 12 March 2024.", "12 March 2024"),
    ("The vote is set for 10/11/2025.", "10/11/2025"),
    ("The market opens at 10:30 local time.", "10:30"),
    ("The briefing starts at 9 a.m.", "9 a.m."),
    ("Call the hotline on 020 7946 0958.", "020 7946 0958"),
    ("The prime minister spoke at 10 Downing Street.", "10"),
    ("Airlines grounded the Boeing 737 after the incident.", "737"),
    ("COVID-19 cases rose in the north.", "19"),
    ("Finance ministers of the G7 met in Tokyo.", "7"),
    ("Article 5 of the treaty was invoked.", "5"),
    ("Section 230 shields platforms from liability.", "230"),
    ("She finished 3rd in the giant slalom.", "3rd"),
    ("The update ships with iOS 17.2.", "17.2"),
    ("The claim appears on page 14 of the report.", "14"),
    ("Arsenal beat Spurs 3-1 on Sunday.", "3-1"),
    ("The Lakers won 118-109 in overtime.", "118-109"),
    ("The Senate passed the measure by a 2-to-1 margin.", "2-to-1"),
    ("The court ruled 6-3 in favour of the state.", "6-3"),
    ("The committee voted 2-1 to advance the bill.", "2-1"),
    ("The board approved a 3-for-1 stock split.", "3-for-1"),
    ("Carriers are rolling out 5G across the country.", "5G"),
    ("A 34-year-old man was charged.", "34"),
    ("The suspect, aged 71, was released on bail.", "71"),
    ("Revenue doubled in two years.", "doubled"),
    ("Costs rose threefold since 2020.", "threefold"),
    ("The firm saw a 10-fold increase in demand.", "10"),
    ("One in five adults smokes.", "One in five"),
    ("Two-thirds of the members backed the leader.", "Two-thirds"),
    ("Nearly half of the staff were laid off.", "half"),
    ("Dozens of homes were flooded.", "Dozens"),
    ("Hundreds of flights were cancelled.", "Hundreds"),
    ("Tens of thousands of people rallied.", "Tens of thousands"),
    ("The Airbus A350 landed safely.", "350"),
    ("The PlayStation 5 sold out.", "5"),
    ("He served two terms in the 1990s.", "1990s"),
    ("The race starts on Route 1 at 7:45.", "7:45"),
    ("Interstate 95 was closed for hours.", "95"),
    ("The Apollo 11 crew landed in 1969.", "11"),
    ("The trial took place in the years 2019-2021.", "2019-2021"),
    ("Chapter 11 protection was granted.", "11"),
    ("The firm traded on Nasdaq under Form 10-K rules.", "10"),
    ("Flights on the Boeing 787-9 resumed.", "787-9"),
    ("The 787 Dreamliner order was delayed.", "787"),
    ("Apple unveiled the iPhone 16 Pro in Cupertino.", "16"),
    ("The deal values the firm at about 13 times earnings.", "13"),
    ("Only one in 12 patients received treatment.", "12"),
    ("Nine out of 10 economists expect a cut.", "10"),
    ("The 7-Eleven chain runs 85,000 stores.", "Eleven"),
    ("The festival runs from 17 to 28 June.", "17 to 28 June"),
    ("At one point the index was down sharply.", "one point"),
    ("The meeting ran from 9:15 to 11:40.", "11:40"),
]


def test_table_is_large_enough() -> None:
    assert len(CASES) + len(TRAPS) >= 120


@pytest.mark.parametrize(("text", "span", "fields"), CASES,
                         ids=[f"{i}:{c[1]}" for i, c in enumerate(CASES)])
def test_general_news_quantity(scanner, text: str, span: str, fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)


@pytest.mark.parametrize(("text", "trap"), TRAPS, ids=[t[1] for t in TRAPS])
def test_general_news_trap(scanner, text: str, trap: str) -> None:
    trap_start = text.index(trap)
    trap_end = trap_start + len(trap)
    covering = [text[q.start:q.end] for q in scanner.scan(text)
                if q.start < trap_end and trap_start < q.end]
    assert covering == []

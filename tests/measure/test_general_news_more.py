"""More general-news quantities: our own sentences (economy, sport, weather, science, health,
tech, markets wire style, then science and sport), written in four batches after the first
table, each run before any fix to measure the component on unseen styles.

Same decisions as test_general_news.py, plus: a verb of change may govern a quantity through
"by" ("raised rates by 25 basis points", "cut the risk of death by 18%"), and a change noun
may follow a quantity after one noun ("a 3 per cent pay rise"); a time scaled by a million or
more ("66 million years") is a measurement, not a duration for the DATE component (a race
timed to the hundredth, "9.79 seconds", is a duration: guide, session 32); "312 of the 543
seats" counts both numbers.
"30-fold" is a multiplier like "30 times"; "category 4" names a class, like "level 3".
A figure restating a change after ", or" has its direction ("up 62 cents, or 0.7%").
"12 of them" and a clause-opening "1 250 were ..." count the set named before (its noun in
`what`, or the plural noun after "were"; "12 of them minors": the noun right after); a number
word counts a plural noun after capitalized modifiers ("Two Kenyan runners"), as the samples
guideline annotates "two Albanian nationals".
Rows without a span (NONE) must give no quantity at all.
"""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity, count, measure, money, pct, span_range

CASES = [
    (
        "Shares of the retailer fell 3.2% to $41.50 in early trading.",
        "3.2%",
        pct(3.2, change="down"),
    ),
    ("Shares of the retailer fell 3.2% to $41.50 in early trading.", "$41.50", money(41.5, "USD")),
    (
        "A 6.1-magnitude quake struck off the coast on Tuesday.",
        "6.1-magnitude",
        measure(6.1, "magnitude"),
    ),
    ("Forecasters warned of temperatures of 40C across the south.", "40C", measure(40, "°C")),
    ("The storm brought 120 km/h winds to the islands.", "120 km/h", measure(120, "km/h")),
    (
        "The cartel agreed to cut output by 2.5 million barrels per day.",
        "2.5 million barrels per day",
        measure(2.5e6, "bbl/d", change="down"),
    ),
    (
        "The central bank raised rates by 25 basis points.",
        "25 basis points",
        pct(25, "basis point", change="up"),
    ),
    ("The lender reported a pre-tax profit of £1.2bn for the half.", "£1.2bn", money(1.2e9, "GBP")),
    (
        "Tokyo approved an extra ¥500 billion for flood defences.",
        "¥500 billion",
        money(5e11, "JPY"),
    ),
    ("The new solar farm will generate 1,200 MW at peak.", "1,200 MW", measure(1200, "MW")),
    ("The cheapest model ships with 5 GB of storage.", "5 GB", measure(5, "GB")),
    ("The bakery sold a dozen loaves before nine.", "a dozen", count(12)),
    ("Inflation eased to 2.4 per cent in October.", "2.4 per cent", pct(2.4)),
    (
        "Unemployment edged up 0.2 percentage points to 4.3%.",
        "0.2 percentage points",
        pct(0.2, "percentage point", change="up"),
    ),
    ("Unemployment edged up 0.2 percentage points to 4.3%.", "4.3%", pct(4.3)),
    ("Brent crude slipped 87 cents to $78.10 a barrel.", "$78.10", money(78.1, "USD")),
    ("The airline will buy 40 jets worth $6.8 billion.", "$6.8 billion", money(6.8e9, "USD")),
    ("The airline will buy 40 jets worth $6.8 billion.", "40", count(40)),
    ("Germany's economy shrank 0.3% in the third quarter.", "0.3%", pct(0.3, change="down")),
    (
        "The index closed down 112 points at 7,432.",
        "112 points",
        measure(112, "point", change="down"),
    ),
    ("The euro rose to $1.0925 against the dollar.", "$1.0925", money(1.0925, "USD")),
    ("Exports jumped 14 percent from a year earlier.", "14 percent", pct(14, change="up")),
    ("The chipmaker plans to hire 3,000 engineers.", "3,000", count(3000)),
    ("The firm posted revenue of €812 million.", "€812 million", money(8.12e8, "EUR")),
    ("Bitcoin traded near $67,400 on Sunday.", "$67,400", money(67400, "USD")),
    (
        "The marathon winner covered 42.195 kilometres in just over two hours.",
        "42.195 kilometres",
        measure(42.195, "km"),
    ),
    ("The striker joined for a fee of €120m.", "€120m", money(1.2e8, "EUR")),
    ("The stadium holds 60,000 spectators.", "60,000", count(60000)),
    ("The jumper cleared 2.35 metres at the indoor meet.", "2.35 metres", measure(2.35, "m")),
    ("The club's wage bill reached £310 million last season.", "£310 million", money(3.1e8, "GBP")),
    ("The hurricane packed winds of 150 mph as it made landfall.", "150 mph", measure(150, "mph")),
    (
        "Up to 30 centimetres of snow is expected overnight.",
        "Up to 30 centimetres",
        measure(30, "cm", qualifier="up_to"),
    ),
    ("The city recorded 85 mm of rain in 24 hours.", "85 mm", measure(85, "mm")),
    (
        "Temperatures could reach 104 degrees Fahrenheit in Phoenix.",
        "104 degrees Fahrenheit",
        measure(104, "°F"),
    ),
    (
        "The wildfire has burned more than 12,000 acres.",
        "more than 12,000 acres",
        measure(12000, "acre", qualifier="more_than"),
    ),
    (
        "Pressure dropped to 940 millibars at the eye of the storm.",
        "940 millibars",
        measure(940, "hPa"),
    ),
    (
        "The probe passed within 6.2 million kilometres of the sun.",
        "6.2 million kilometres",
        measure(6.2e6, "km"),
    ),
    ("The telescope spotted a planet 120 light years away.", "120 light years", measure(120, "ly")),
    (
        "The glacier has lost about 40 metres of thickness since 2000.",
        "about 40 metres",
        measure(40, "m", qualifier="about"),
    ),
    (
        "The fossil is roughly 66 million years old.",
        "roughly 66 million years",
        measure(6.6e7, "year", qualifier="about"),
    ),
    ("The trial enrolled 1,450 patients across 12 countries.", "1,450", count(1450)),
    ("The vaccine was 91% effective against severe illness.", "91%", pct(91)),
    ("The drug cut the risk of death by 18%.", "18%", pct(18, change="down")),
    ("Each tablet contains 500 mg of paracetamol.", "500 mg", measure(500, "mg")),
    ("The hospital has 450 beds.", "450", count(450)),
    ("The phone has a 6.7-inch screen and a 5,000 mAh battery.", "6.7-inch", measure(6.7, "in")),
    ("The phone has a 6.7-inch screen and a 5,000 mAh battery.", "5,000 mAh", measure(5000, "mAh")),
    ("The new chip runs at 3.2 GHz.", "3.2 GHz", measure(3.2, "GHz")),
    ("The data centre will draw 300 megawatts from the grid.", "300 megawatts", measure(300, "MW")),
    ("The cable carries data at 400 Gbps.", "400 Gbps", measure(400, "Gbit/s")),
    ("The platform has 2.1 billion monthly users.", "2.1 billion", count(2.1e9)),
    ("The startup raised $45 million in a funding round.", "$45 million", money(4.5e7, "USD")),
    ("The camera has a 50-megapixel sensor.", "50-megapixel", measure(50, "MP")),
    ("Turnout was 67.3%, the highest since 1992.", "67.3%", pct(67.3)),
    ("The ruling party won 312 of the 543 seats.", "312", count(312)),
    ("Half of the 300 staff will be moved to the new site.", "300", count(300)),
    ("The budget allots Rs 2.5 lakh crore to defence.", "Rs 2.5 lakh crore", money(2.5e12, "INR")),
    ("The fine amounts to 4 million Swiss francs.", "4 million Swiss francs", money(4e6, "CHF")),
    (
        "Police seized 2.4 tonnes of cocaine at the port.",
        "2.4 tonnes",
        dict(value=2.4, unit="t", kg=2400),
    ),
    ("The bridge is 1.6 kilometres long.", "1.6 kilometres", measure(1.6, "km")),
    (
        "The dam holds 39 billion cubic metres of water.",
        "39 billion cubic metres",
        dict(kind="volume"),
    ),
    (
        "Farmers harvested 4.5 million tonnes of wheat.",
        "4.5 million tonnes",
        dict(value=4.5e6, unit="t", kg=4.5e9),
    ),
    ("Rents rose between 5% and 8% in the capital.", "between 5% and 8%", span_range(5, 8, "%")),
    ("The package is worth 3-4% of GDP.", "3-4%", span_range(3, 4, "%")),
    (
        "Analysts expect growth of 1.5 to 2 percent next year.",
        "1.5 to 2 percent",
        span_range(1.5, 2, "%"),
    ),
    (
        "Fuel prices climbed 12 cents a litre.",
        "12 cents",
        money(0.12, "USD", change="up"),
    ),
    ("Nearly 7,000 flights were cancelled.", "Nearly 7,000", count(7000, qualifier="about")),
    ("At least 23 people died in the floods.", "At least 23", count(23, qualifier="at_least")),
    (
        "More than 1.3 million people were displaced.",
        "More than 1.3 million",
        count(1.3e6, qualifier="more_than"),
    ),
    (
        "The tanker spilled some 5,000 gallons of fuel.",
        "some 5,000 gallons",
        dict(kind="volume", qualifier="about"),
    ),
    ("The average price of a home hit A$1.1 million.", "A$1.1 million", money(1.1e6, "AUD")),
    ("Toyota sold 10.3 million vehicles last year.", "10.3 million", count(1.03e7)),
    ("Wages grew 5.6% while prices rose 4%.", "4%", pct(4, change="up")),
    ("The tower stands 828 metres tall.", "828 metres", measure(828, "m")),
    ("The heatwave pushed power demand to 52 GW.", "52 GW", measure(52, "GW")),
    (
        "Deforestation in the Amazon fell 22% to 9,001 square kilometres.",
        "9,001 square kilometres",
        measure(9001, "km2"),
    ),
    ("The car can travel 500 km on a single charge.", "500 km", measure(500, "km")),
    ("The company cut 1,800 jobs, or 6% of its workforce.", "1,800", count(1800)),
    ("The company cut 1,800 jobs, or 6% of its workforce.", "6%", pct(6)),
    (
        "Passenger numbers were down 3 points on the index.",
        "3 points",
        measure(3, "point", change="down"),
    ),
    ("The pound rose 0.4% to $1.2710 in London.", "$1.2710", money(1.271, "USD")),
    ("Nurses were offered a 3 per cent pay rise.", "3 per cent", pct(3, change="up")),
    ("The bank will pay a dividend of 42 pence a share.", "42 pence", money(0.42, "GBP")),
    # the ringgit's hundredth, and any ISO code before a sum (session 17)
    ("The lender declared an interim dividend of 16 sen per share.", "16 sen",
     money(0.16, "MYR")),
    ("The NDEA put the street value of the drugs at SCR 2.8 million.", "SCR 2.8 million",
     money(2.8e6, "SCR")),
    ("The court fined the importer MKD 300,000 for the breach.", "MKD 300,000",
     money(3e5, "MKD", what="fine")),
    ("Analysts forecast earnings of $1.85 a share.", "$1.85", money(1.85, "USD")),
    ("The ten-year yield climbed to 4.25%.", "4.25%", pct(4.25)),
    ("Overnight lows of -15C are forecast in the mountains.", "-15C", measure(-15, "°C")),
    (
        "The mall offers 3.5 million square feet of retail space.",
        "3.5 million square feet",
        measure(3.5e6, "ft2"),
    ),
    (
        "The field produces 400,000 barrels of oil a day.",
        "400,000 barrels",
        dict(value=400000, unit="bbl", kind="volume"),
    ),
    (
        "The group expects sales of between $10 billion and $12 billion.",
        "between $10 billion and $12 billion",
        span_range(1e10, 1.2e10, "USD"),
    ),
    ("The Fed trimmed rates by 25bp in September.", "25bp", pct(25, "basis point", change="down")),
    (
        "The plant makes 40,000 tonnes of steel per year.",
        "40,000 tonnes",
        dict(value=40000, unit="t"),
    ),
    ("The runway is 3 kilometres (1.9 miles) long.", "3 kilometres", measure(3, "km")),
    ("The runway is 3 kilometres (1.9 miles) long.", "1.9 miles", measure(1.9, "mi")),
    ("The state spent Rs 500 crore on the scheme.", "Rs 500 crore", money(5e9, "INR")),
    ("The ECB has bought €1.5 trillion of bonds.", "€1.5 trillion", money(1.5e12, "EUR")),
    ("The merger creates a company worth US$2.3bn.", "US$2.3bn", money(2.3e9, "USD")),
    ("Sea levels rose 20 cm over the last century.", "20 cm", measure(20, "cm", change="up")),
    (
        "Electricity bills will go up by £150 a year.",
        "£150",
        money(150, "GBP", change="up"),
    ),
    (
        "The lake shrank by 40 square kilometres in a decade.",
        "40 square kilometres",
        measure(40, "km2", change="down"),
    ),
    ("The index has gained 18% so far this year.", "18%", pct(18, change="up")),
    ("The fund manages $900bn in assets.", "$900bn", money(9e11, "USD")),
    (
        "Some 250,000 fans are expected at the parade.",
        "Some 250,000",
        count(250000, qualifier="about"),
    ),
    ("Ticket prices start at €35.", "€35", money(35, "EUR")),
    ("The meteor was travelling at 17 km per second.", "17 km per second", measure(17, "km/s")),
    ("The vessel can carry 24,000 TEU.", "24,000 TEU", measure(24000, "TEU")),
    ("Gold hit a record $2,500 an ounce.", "$2,500", money(2500, "USD")),
    ("Output fell to 1.1 million bpd in May.", "1.1 million bpd", measure(1.1e6, "bbl/d")),
    ("The unit delivers 250 horsepower.", "250 horsepower", measure(250, "hp")),
    # a minor unit converts to its currency; the written amount stays in original_*
    (
        "Brent crude slipped 87 cents to $78.10 a barrel.",
        "87 cents",
        money(0.87, "USD", original_value=87, original_unit="cents", change="down"),
    ),
    ("Corn rose 4 cents to $4.85 a bushel.", "4 cents", money(0.04, "USD", original_value=4)),
    # second batch, written after the first round of fixes
    ("Petrol now costs $4.20 a gallon in California.", "$4.20", money(4.2, "USD")),
    (
        "The minimum wage rises to £12.21 an hour in April.",
        "£12.21",
        money(12.21, "GBP"),
    ),
    ("Global warming must be held to 1.5C, scientists say.", "1.5C", measure(1.5, "°C")),
    (
        "The sea warmed by 2 degrees Celsius above the average.",
        "2 degrees Celsius",
        measure(2, "°C", change="up"),
    ),
    (
        "Temperatures plunged to minus 40 degrees in Yakutsk.",
        "minus 40 degrees",
        measure(-40, "°C"),
    ),
    ("The centre-back stands 6ft 4in tall.", "6ft 4in", dict(unit="ft")),
    (
        "The carrier posted a net loss of $3.5bn-$4bn for the year.",
        "$3.5bn-$4bn",
        span_range(3.5e9, 4e9, "USD"),
    ),
    (
        "Growth slowed to between 4.5 and 5 per cent.",
        "between 4.5 and 5 per cent",
        span_range(4.5, 5, "%"),
    ),
    ("Walkers should aim for 10,000 steps a day.", "10,000", count(10000)),
    (
        "Fewer than 400 tigers remain in the wild.",
        "Fewer than 400",
        count(400, qualifier="less_than"),
    ),
    ("Almost 40% of households rent their homes.", "Almost 40%", pct(40, qualifier="about")),
    (
        "The index rose as much as 2.3% before paring gains.",
        "as much as 2.3%",
        pct(2.3, qualifier="up_to"),
    ),
    ("The firm's market value topped $3 trillion.", "$3 trillion", money(3e12, "USD")),
    ("China's exports grew 8.7% year on year in September.", "8.7%", pct(8.7, change="up")),
    ("Rainfall was 30% below normal for the month.", "30%", pct(30)),
    ("The lottery jackpot reached $1.6bn.", "$1.6bn", money(1.6e9, "USD")),
    ("The town lies 15 miles north of the border.", "15 miles", measure(15, "mi")),
    ("The shuttle reached an altitude of 400 km.", "400 km", measure(400, "km")),
    ("Scientists drilled 3,200 metres into the ice sheet.", "3,200 metres", measure(3200, "m")),
    ("The reactor produces 1.6 gigawatts of power.", "1.6 gigawatts", measure(1.6, "GW")),
    ("Households used an average of 2,700 kWh of electricity.", "2,700 kWh", measure(2700, "kWh")),
    ("The plane was carrying 186 passengers and six crew.", "186", count(186)),
    ("The plane was carrying 186 passengers and six crew.", "six", count(6)),
    ("The elephant weighed 6.5 tonnes.", "6.5 tonnes", dict(value=6.5, unit="t", kg=6500)),
    ("Each bag holds 25 kilograms of rice.", "25 kilograms", measure(25, "kg", kg=25)),
    ("The coin contains one ounce of gold.", "one ounce", measure(1, "oz")),
    ("The winner took home $2.2 million in prize money.", "$2.2 million", money(2.2e6, "USD")),
    ("Ticket sales were up 12% on last season.", "12%", pct(12, change="up")),
    (
        "The yield on the 10-year note fell 8 basis points to 4.1%.",
        "8 basis points",
        pct(8, "basis point", change="down"),
    ),
    ("The yield on the 10-year note fell 8 basis points to 4.1%.", "4.1%", pct(4.1)),
    ("The regulator fined the bank €2.4 billion.", "€2.4 billion", money(2.4e9, "EUR")),
    ("The country imports 90 percent of its food.", "90 percent", pct(90)),
    (
        "Britain's debt stands at about £2.7 trillion.",
        "about £2.7 trillion",
        money(2.7e12, "GBP", qualifier="about"),
    ),
    ("The Swiss franc firmed 0.6% against the euro.", "0.6%", pct(0.6, change="up")),
    ("Wheat futures slid 2.1 per cent to $5.62 a bushel.", "2.1 per cent", pct(2.1, change="down")),
    ("The canal is 193 km long and 24 metres deep.", "24 metres", measure(24, "m")),
    ("The park covers 2,000 hectares of forest.", "2,000 hectares", measure(2000, "ha")),
    ("The union wants a 7.5% raise for its 40,000 members.", "7.5%", pct(7.5)),
    ("The union wants a 7.5% raise for its 40,000 members.", "40,000", count(40000)),
    ("Mortgage rates hit 7.08% this week.", "7.08%", pct(7.08)),
    ("A barrel of Brent cost $91 on Monday, up from $84 a week earlier.", "$91", money(91, "USD")),
    ("The transfer fee could rise to £100m with add-ons.", "£100m", money(1e8, "GBP")),
    ("The company said it would buy back $10 billion of stock.", "$10 billion", money(1e10, "USD")),
    ("Some 3.4 million people voted early.", "Some 3.4 million", count(3.4e6, qualifier="about")),
    ("The tablet weighs just 460 grams.", "460 grams", measure(460, "g", kg=0.46)),
    ("The rover travelled 28 metres on Mars last week.", "28 metres", measure(28, "m")),
    ("The device charges to 80% in 30 minutes.", "80%", pct(80)),
    (
        "Speeds of up to 1 Gbps will be offered.",
        "up to 1 Gbps",
        measure(1, "Gbit/s", qualifier="up_to"),
    ),
    ("The reservoir is at 35% of capacity.", "35%", pct(35)),
    ("The team scored 112 points in the win.", "112 points", measure(112, "point")),
    ("The bank holds 8,133 tonnes of gold.", "8,133 tonnes", dict(value=8133, unit="t")),
    ("The crowd of 75,000 watched in silence.", "75,000", count(75000)),
    (
        "Over 2,000 firefighters battled the blaze.",
        "Over 2,000",
        count(2000, qualifier="more_than"),
    ),
    ("Food inflation hit a 45-year high of 19.1%.", "19.1%", pct(19.1)),
    ("The council approved a 4.99% rise in council tax.", "4.99%", pct(4.99, change="up")),
    ("A kilo of coffee now costs €18.", "€18", money(18, "EUR")),
    # third batch: markets and economy wire style
    (
        "The benchmark index rose 1.2% to 4,512.33 points.",
        "4,512.33 points",
        measure(4512.33, "point"),
    ),
    ("The dollar index fell 0.3% to 104.2.", "0.3%", pct(0.3, change="down")),
    ("Oil rose $1.20, or 1.5%, to $81.40 a barrel.", "$1.20", money(1.2, "USD", change="up")),
    ("Oil rose $1.20, or 1.5%, to $81.40 a barrel.", "1.5%", pct(1.5)),
    ("Oil rose $1.20, or 1.5%, to $81.40 a barrel.", "$81.40", money(81.4, "USD")),
    ("The economy grew at a 4.9% annualised rate in the quarter.", "4.9%", pct(4.9)),
    ("Jobless claims rose 12,000 to 230,000 last week.", "12,000", count(12000, change="up")),
    ("Jobless claims rose 12,000 to 230,000 last week.", "230,000", count(230000)),
    ("The stock has lost 40% of its value this year.", "40%", pct(40, change="down")),
    (
        "Nearly 1.5 million shares changed hands.",
        "Nearly 1.5 million",
        count(1.5e6, qualifier="about"),
    ),
    (
        # a rate's move in a fraction of a point: percentage points (newswire6 gold, cf5372b)
        "The Fed is expected to deliver a quarter-point cut.",
        "a quarter-point",
        measure(0.25, "percentage point", change="down"),
    ),
    (
        "Net debt stood at 1.2 billion euros at the end of June.",
        "1.2 billion euros",
        money(1.2e9, "EUR"),
    ),
    (
        "The lender set aside 2.3 billion Swiss francs.",
        "2.3 billion Swiss francs",
        money(2.3e9, "CHF"),
    ),
    ("The tycoon paid HK$1.8 billion for the tower.", "HK$1.8 billion", money(1.8e9, "HKD")),
    ("Singapore's budget includes S$6 billion for housing.", "S$6 billion", money(6e9, "SGD")),
    ("The Canadian miner earned C$450 million.", "C$450 million", money(4.5e8, "CAD")),
    ("Brazil's central bank sold R$2 billion in bonds.", "R$2 billion", money(2e9, "BRL")),
    (
        "The chipmaker will invest 20 trillion won in a new plant.",
        "20 trillion won",
        money(2e13, "KRW"),
    ),
    ("The scheme costs ₹1.5 lakh per family.", "₹1.5 lakh", money(1.5e5, "INR")),
    (
        "Farmers get 5,000 rupees a month under the plan.",
        "5,000 rupees",
        money(5000, "INR"),
    ),
    ("Natural gas futures settled at $2.50 per mmBtu.", "$2.50", money(2.5, "USD")),
    (
        "Gold fell 0.8% to $1,940.20 per troy ounce.",
        "$1,940.20",
        dict(value=1940.2, kind="money"),
    ),
    ("Corn rose 4 cents to $4.85 a bushel.", "4 cents", money(0.04, "USD", change="up")),
    (
        "The company sold 7.5 million units in the quarter.",
        "7.5 million",
        count(7.5e6, what="units"),
    ),
    ("The bid values the group at $30 a share in cash.", "$30", money(30, "USD")),
    ("The market capitalisation hit $2.1 trillion.", "$2.1 trillion", money(2.1e12, "USD")),
    ("Retail sales slipped 0.1 percent in March.", "0.1 percent", pct(0.1, change="down")),
    ("Home prices rose 5.5 pct in the year to June.", "5.5 pct", pct(5.5, change="up")),
    ("The trade deficit widened to $68.9 billion.", "$68.9 billion", money(6.89e10, "USD")),
    (
        "The current account surplus narrowed by 2.4 billion euros.",
        "2.4 billion euros",
        money(2.4e9, "EUR", change="down"),
    ),
    ("The central bank held its key rate at 5.25%.", "5.25%", pct(5.25)),
    ("Core inflation slowed to 3.1% from 3.4%.", "3.1%", pct(3.1)),
    ("Core inflation slowed to 3.1% from 3.4%.", "3.4%", pct(3.4)),
    ("The ringgit weakened 0.5% to 4.70 per dollar.", "0.5%", pct(0.5, change="down")),
    ("The retailer will close 150 stores and cut 2,400 jobs.", "150", count(150)),
    ("The retailer will close 150 stores and cut 2,400 jobs.", "2,400", count(2400, change="down")),
    ("Bond sales totalled €35bn in January.", "€35bn", money(3.5e10, "EUR")),
    ("The firm repaid £750m of debt.", "£750m", money(7.5e8, "GBP")),
    ("Factory output rose by a stronger-than-expected 1.1%.", "1.1%", pct(1.1)),
    (
        "The Treasury plans to borrow $1.01 trillion this quarter.",
        "$1.01 trillion",
        money(1.01e12, "USD"),
    ),
    (
        "Venture funding dropped to $36 billion, the lowest in five years.",
        "$36 billion",
        money(3.6e10, "USD"),
    ),
    (
        "The tax will raise about 8 billion dollars a year.",
        "about 8 billion dollars",
        dict(value=8e9, qualifier="about", kind="money"),
    ),
    ("The mine produced 1.2 million ounces of gold.", "1.2 million ounces", measure(1.2e6, "oz")),
    ("Copper hit $9,800 a tonne on the LME.", "$9,800", money(9800, "USD")),
    (
        "Producers pumped 12.9 million barrels a day in October.",
        "12.9 million barrels a day",
        measure(1.29e7, "bbl/d"),
    ),
    ("Wages rose an average of 4.2% over the year.", "4.2%", pct(4.2)),
    ("The share price has doubled to 840p since March.", "840p", money(8.4, "GBP")),
    # fourth batch: health, science, weather, tech, sport
    ("The disease kills 12 people per 100,000 each year.", "12", count(12)),
    (
        "The quake measured 5.5 on the Richter scale.",
        "5.5 on the Richter scale",
        measure(5.5, "magnitude"),
    ),
    ("The laptop ships with 16GB of RAM and a 1TB drive.", "16GB", measure(16, "GB")),
    ("The laptop ships with 16GB of RAM and a 1TB drive.", "1TB", measure(1, "TB")),
    ("The phone's 120Hz display is brighter.", "120Hz", measure(120, "Hz")),
    ("The chips are built on a 3 nanometre process.", "3 nanometre", measure(3, "nm")),
    ("The jet cruised at 35,000 feet.", "35,000 feet", measure(35000, "ft")),
    ("The missile flew at Mach 5.", "Mach 5", measure(5, "Mach")),
    ("The forward scored 31 points and grabbed 12 rebounds.", "31 points", measure(31, "point")),
    ("She ran the 10km course in 31 minutes.", "10km", measure(10, "km")),
    ("The subscription costs £2.99 per month.", "£2.99", money(2.99, "GBP")),
    ("The plan costs $9.99/month.", "$9.99", money(9.99, "USD")),
    (
        "The camera records 4K video at 60 frames per second.",
        "60 frames per second",
        measure(60, "fps"),
    ),
    ("Patients took a 10mg dose twice a day.", "10mg", measure(10, "mg")),
    ("Each shot contains 5 micrograms of antigen.", "5 micrograms", measure(5, "µg")),
    ("His temperature reached 39.5 degrees.", "39.5 degrees", measure(39.5, "°C")),
    ("A normal body temperature is 98.6F.", "98.6F", measure(98.6, "°F")),
    (
        "Blood sugar above 7 mmol/L indicates diabetes.",
        "above 7 mmol/L",
        measure(7, "mmol/L", qualifier="more_than"),
    ),
    ("The trial found a 38% reduction in heart attacks.", "38%", pct(38, change="down")),
    ("Obesity rates have tripled to 28% since 1990.", "28%", pct(28)),
    (
        "The heatwave killed more than 1,100 people.",
        "more than 1,100",
        count(1100, qualifier="more_than"),
    ),
    ("Gusts of up to 90mph are forecast.", "up to 90mph", measure(90, "mph", qualifier="up_to")),
    ("The river peaked at 5.8 metres on Sunday.", "5.8 metres", measure(5.8, "m")),
    ("The blizzard dumped 2 feet of snow on Buffalo.", "2 feet", measure(2, "ft")),
    ("Humidity hovered around 90 percent.", "around 90 percent", pct(90, qualifier="about")),
    ("The drought has cut hydropower output by 30%.", "30%", pct(30, change="down")),
    (
        "The ice sheet loses 270 billion tonnes a year.",
        "270 billion tonnes",
        dict(value=2.7e11),
    ),
    ("The comet is 4.6 billion years old.", "4.6 billion years", measure(4.6e9, "year")),
    (
        "The asteroid is about 500 metres wide.",
        "about 500 metres",
        measure(500, "m", qualifier="about"),
    ),
    (
        "The probe is travelling at 17 kilometres per second.",
        "17 kilometres per second",
        measure(17, "km/s"),
    ),
    ("The telescope's mirror is 6.5 metres across.", "6.5 metres", measure(6.5, "m")),
    ("The battery pack weighs 450kg.", "450kg", measure(450, "kg", kg=450)),
    ("The EV has a range of 520 kilometres.", "520 kilometres", measure(520, "km")),
    ("The plant will produce 30 GWh of batteries a year.", "30 GWh", dict(value=30)),
    ("The network covers 95% of the population.", "95%", pct(95)),
    ("Downloads topped 100 million within a week.", "100 million", count(1e8)),
    ("The app has 500 million daily users.", "500 million", count(5e8)),
    ("The league fined the club €50,000.", "€50,000", money(50000, "EUR")),
    (
        "The goalkeeper signed a five-year deal worth £150,000 a week.",
        "£150,000",
        money(150000, "GBP"),
    ),
    ("The Kenyan won the 5,000m in 12 minutes 57 seconds.", "5,000m", measure(5000, "m")),
    ("The boxer weighed in at 91kg.", "91kg", measure(91, "kg")),
    ("The stadium's capacity will rise to 62,000.", "62,000", count(62000)),
    ("He has scored 12 goals in 20 games this season.", "12", count(12)),
    ("He has scored 12 goals in 20 games this season.", "20", count(20)),
    ("The bill would cap insulin at $35 a month.", "$35", money(35, "USD")),
    ("The hospital waiting list reached 7.6 million.", "7.6 million", count(7.6e6)),
    # fifth batch: abbreviated scales and hyphenated units
    ("The singer's account passed 50K followers overnight.", "50K", count(50000, what="followers")),
    ("The state set aside Rs 5,000 cr for irrigation.", "Rs 5,000 cr", money(5e10, "INR")),
    ("It was 3.2 degrees C warmer than usual.", "3.2 degrees C", measure(3.2, "°C")),
    ("They bought a 2,500-square-foot home.", "2,500-square-foot", measure(2500, "ft2")),
    (
        "The developer plans a 40,000-square-metre mall.",
        "40,000-square-metre",
        measure(40000, "m2"),
    ),
    # a figure restated after ', or' keeps the change; a level with separators and decimals
    (
        "The index added 312.45 points, or 0.9 percent, to 35,210.5.",
        "0.9 percent",
        pct(0.9, change="up"),
    ),
    (
        "The index added 312.45 points, or 0.9 percent, to 35,210.5.",
        "35,210.5",
        dict(value=35210.5, change=None),
    ),
    ("Brent futures were up 62 cents, or 0.7%, at $85.91.", "0.7%", pct(0.7, change="up")),
    (
        "Shares of the bank fell 5%, or $2.10, in late trading.",
        "$2.10",
        money(2.1, "USD", change="down"),
    ),
    # seventh batch: wire mix, currencies of many countries (all passed before any change)
    ("The carmaker delivered 435,059 vehicles in Q2.", "435,059", count(435059)),
    ("Revenue of $94.8bn beat estimates of $93bn.", "$94.8bn", money(9.48e10, "USD")),
    ("Revenue of $94.8bn beat estimates of $93bn.", "$93bn", money(9.3e10, "USD")),
    ("The bank's capital ratio rose to 14.2%.", "14.2%", pct(14.2)),
    ("Mortgage rates hit a 10-year high of 5%.", "5%", pct(5)),
    ("Economists expect a 50bp hike in July.", "50bp", pct(50, "basis point", change="up")),
    ("Public debt is nearing $1.2tn.", "$1.2tn", money(1.2e12, "USD")),
    ("House prices were up 0.4pc in May.", "0.4pc", pct(0.4, change="up")),
    (
        "The country exports about 3m barrels a day.",
        "about 3m barrels a day",
        dict(value=3e6, unit="bbl/d", qualifier="about"),
    ),
    ("GDP per capita reached $12,000.", "$12,000", money(12000, "USD")),
    ("Unions expect a rise of around 25-30%.", "around 25-30%", span_range(25, 30, "%")),
    (
        "Some 1,500-2,000 workers joined the strike.",
        "Some 1,500-2,000",
        span_range(1500, 2000, None),
    ),
    (
        "Between 2,000 and 3,000 people were evacuated.",
        "Between 2,000 and 3,000",
        span_range(2000, 3000, None),
    ),
    ("Global emissions hit 36.8 gigatonnes of CO2.", "36.8 gigatonnes", measure(36.8, "Gt")),
    ("A 6.4 magnitude earthquake hit the region.", "6.4 magnitude", measure(6.4, "magnitude")),
    ("The typhoon packed sustained winds of 185 kph.", "185 kph", measure(185, "km/h")),
    (
        "Waves of up to 8 metres battered the coast.",
        "up to 8 metres",
        measure(8, "m", qualifier="up_to"),
    ),
    ("Forecasters expect rainfall of 200-300 mm.", "200-300 mm", span_range(200, 300, "mm")),
    (
        "Visibility fell below 50 metres in the fog.",
        "below 50 metres",
        measure(50, "m", qualifier="less_than"),
    ),
    ("The storm dropped 12 inches of rain.", "12 inches", measure(12, "in")),
    ("The airline operates a fleet of 300 aircraft.", "300", count(300)),
    ("The chancellor faces a £9bn black hole.", "£9bn", money(9e9, "GBP")),
    ("The state will spend 10bn euros on rail.", "10bn euros", money(1e10, "EUR")),
    ("Beijing issued 50bn yuan of special bonds.", "50bn yuan", money(5e10, "CNY")),
    ("The Bank of Japan bought ¥3.2tn of bonds.", "¥3.2tn", money(3.2e12, "JPY")),
    ("Nigeria approved ₦500 billion for roads.", "₦500 billion", money(5e11, "NGN")),
    ("The county lost KSh 2 billion to fraud.", "KSh 2 billion", money(2e9, "KES")),
    ("Eskom needs R5 billion to fix the plant.", "R5 billion", money(5e9, "ZAR")),
    ("Oil fell $10/barrel in a week.", "$10", money(10, "USD", change="down")),
    ("The lira lost 40% of its value last year.", "40%", pct(40, change="down")),
    ("Fewer than 5,000 tickets remain.", "Fewer than 5,000", count(5000, qualifier="less_than")),
    ("The index climbed 1.1% to 7,950.7.", "7,950.7", dict(value=7950.7)),
    (
        "The firm employs roughly 12,500 people worldwide.",
        "roughly 12,500",
        count(12500, qualifier="about"),
    ),
    # an exchange rate is money in the quoted currency (the news-wire gold's "148 yen"), also
    # when the sentence names that currency before the number only
    ("The yuan weakened past 7.3 per dollar.", "7.3", money(7.3, "CNY")),
    ("The forint slid to 395.20 to the euro on Friday.", "395.20", money(395.2, "HUF")),
    # a table row labelled with a scale and a currency: the cell is that sum
    ("Indicator | 2024 | 2025\nValue of goods seized, billion soums | 386.2 | 441.9\n",
     "386.2", money(386.2e9, "UZS")),
    ("Indicator | 2024 | 2025\nthe same in US dollars, million | 31.6 | 34.5\n", "34.5",
     money(34.5e6, "USD")),
    # dollars of another country named in words (any of currencies.jsonl's): plain "dollars"
    # of the text are then US ones
    ("Police seized 2 million Zimbabwe dollars in the raid.", "2 million Zimbabwe dollars",
     money(2e6, "ZWL")),
    ("Bridgetown police seized 300 Barbados dollars and 450 dollars in the raid.",
     "450 dollars", money(450, "USD")),
    # "$" in brackets after an amount in another currency (any of currencies.jsonl's names,
    # codes or signs): a conversion into US dollars
    ("The ring laundered 5 billion Thai baht ($150 million) through casinos.",
     "$150 million", money(1.5e8, "USD")),
    # a symbol read only before a scale or a figure with separators
    ("Saudi Arabia posted a deficit of SR79 billion in the quarter.", "SR79 billion",
     money(79e9, "SAR", what="deficit")),
    ("The contract is worth SR 1,250,000.", "SR 1,250,000", money(1250000, "SAR")),
    # the Caribbean guilder of Curaçao and Sint Maarten (2025), "Cg" before its sum (session 39)
    ("Willemstad's port authority posted a loss of Cg 2.3 million.", "Cg 2.3 million",
     money(2.3e6, "XCG")),
    ("The court fined the courier 7,500 Caribbean guilders.", "7,500 Caribbean guilders",
     money(7500, "XCG")),
    # a level after "against <currency> to": quoted in the pair's non-base currency
    ("The dollar rose 0.4% against the yen to 151.20.", "151.20", money(151.2, "JPY")),
    ("The euro fell 0.2 percent against the dollar to 1.0850 in late trading.", "1.0850",
     money(1.085, "USD")),
    ("The ringgit weakened against the US dollar to 4.4850 on Tuesday.", "4.4850",
     money(4.485, "MYR")),
    # a currency named with its country before a large or scaled amount
    ("Parliament approved Uganda shillings 3.5 billion for the roads.",
     "Uganda shillings 3.5 billion", money(3.5e9, "UGX")),
    ("The county spent Kenya shillings 48,500 on the audit.", "Kenya shillings 48,500",
     money(48500, "KES")),
    # ... not the name ending an amount before it
    ("They paid 10 million US dollars 2,000 miles away.", "2,000 miles",
     dict(value=2000, unit="mi", kind="length")),
    # counts of a named set ('12 of them', 'Of these, 1 250 were'); number words before a
    # named plural ('Two Kenyan runners')
    ("Police detained 40 protesters, 12 of them minors.", "12", count(12, what="minors")),
    ("Police detained 40 protesters; 12 of them were minors.", "12",
     count(12, what="protesters")),
    (
        "More than 5 000 suspects were held. Of these, 1 250 were released on bail.",
        "1 250",
        count(1250, what="suspects"),
    ),
    ("Of the 60 applicants, 14 were women.", "14", count(14, what="applicants")),
    ("Of the 80 patients, 25 were smokers.", "25", count(25, what="smokers")),
    ("Two Kenyan runners led the race at halfway.", "Two", count(2, what="Kenyan runners")),
    ("Five British tourists were injured in the crash.", "Five", count(5, what="British tourists")),
    ("Three of them were later released.", "Three", count(3)),
    # Philippine 'P', capitalized 'RS.', crewmen
    (
        "The seized boat was worth an estimated P850,000, officials said.",
        "an estimated P850,000",
        money(850000, "PHP", qualifier="about"),
    ),
    ("TRUCK WITH GOODS WORTH RS. 12 LAKHS SEIZED", "RS. 12 LAKHS", money(1.2e6, "INR")),
    ("Four crewmen were rescued from the sinking trawler.", "Four", count(4, what="crewmen")),
    # politics, disasters, crime (26 of 27 passed before the change)
    ("The death toll rose to 45 on Tuesday.", "45", count(45)),
    (
        "The blast killed at least 12 people and injured 200.",
        "at least 12",
        count(12, qualifier="at_least"),
    ),
    ("The blast killed at least 12 people and injured 200.", "200", count(200)),
    ("Floods have displaced 1.2 million people.", "1.2 million", count(1.2e6)),
    ("Officials evacuated 10,000 residents overnight.", "10,000", count(10000)),
    ("The ruling coalition won a majority of 52 seats.", "52", count(52)),
    ("She won 54.3% of the vote.", "54.3%", pct(54.3)),
    ("Turnout dropped 4 points to 61%.", "4 points",
     measure(4, "percentage point", change="down")),
    ("The opposition needs 326 seats for a majority.", "326", count(326)),
    ("Polls give the party a lead of 8 points.", "8 points", measure(8, "point")),
    ("About 3,500 troops will be deployed.", "About 3,500", count(3500, qualifier="about")),
    ("The bill passed by 218 votes to 214.", "218", count(218)),
    ("The war has cost $150 billion so far.", "$150 billion", money(1.5e11, "USD")),
    ("Aid agencies need $2.8bn to feed 9 million people.", "9 million", count(9e6)),
    ("The strike halted 40% of flights.", "40%", pct(40)),
    ("Rescuers pulled 17 survivors from the rubble.", "17", count(17)),
    ("The wildfire destroyed 1,400 homes.", "1,400", count(1400)),
    ("The quake left 2,000 people homeless.", "2,000", count(2000)),
    ("Up to 300,000 people may be affected.", "Up to 300,000", count(300000, qualifier="up_to")),
    ("The ferry was carrying 120 passengers.", "120", count(120)),
    ("Police arrested 34 people after the protest.", "34", count(34)),
    (
        "The march drew an estimated 100,000 people.",
        "an estimated 100,000",
        count(100000, qualifier="about"),
    ),
    # a bare number after a verb that counts people; a scale after a hyphen next to a currency
    ("The blast killed at least 12 people and injured 200.", "200", count(200)),
    ("Police said the gang had arrested 15.", "15", count(15)),
    ("The mayor announced a $5-million grant for parks.", "$5-million", money(5e6, "USD")),
    ("P2.4-M WORTH OF SHABU SEIZED IN CEBU", "P2.4-M", money(2.4e6, "PHP")),
    # 'from X to Y' after a verb of ranging is one range
    (
        "Temperatures ranged from 10C to 15C along the coast.",
        "10C to 15C",
        span_range(10, 15, "°C"),
    ),
    (
        "Fines range from $500 to $2,000 per offence.",
        "$500 to $2,000",
        span_range(500, 2000, "USD"),
    ),
    (
        "A plan costs anywhere from $10 to $15 a month.",
        "$10 to $15",
        span_range(10, 15, "USD"),
    ),
    ("Estimates vary from 2 to 3 million people.", "2 to 3 million", span_range(2e6, 3e6, None)),
]

# sentences that hold no quantity
NONE = [
    "Traffic on SR 520 was closed after the crash.",
    "Twice as many voters backed the proposal this time.",
    "Exports to China fell by a third.",
    # a compound adjective sizing a group (the guide: "three-member", "a 12-member panel")
    "A 1,000-strong crowd gathered outside.",
    "The average diver can hold their breath for 90 seconds.",
    "The sprinter clocked 9.79 seconds in the final.",
    "Fewer than one in 10 firms plan to hire.",
    "The WHO recommends 150 minutes of exercise a week.",
    "The golfer shot a 7-under-par 65.",
    "The team won 4-2 on penalties after a 1-1 draw.",
    "Measles cases jumped 30-fold last year.",
    "Nearly two-thirds of voters backed the plan.",
    "The senator, 81, announced his retirement.",
]

TRAPS = [
    ("Madrid won 3-1 at home on Saturday.", "3-1"),
    ("A 30-year-old man was arrested at the scene.", "30"),
    ("The 2026 World Cup will be held in North America.", "2026"),
    ("Flight BA 117 was diverted to Shannon.", "117"),
    ("The G20 summit ended without a statement.", "20"),
    ("Windows 11 adoption has been slow.", "11"),
    ("The case was heard at 9.30am on Monday.", "9.30am"),
    ("Henry VIII had six wives.", "VIII"),
    ("The 1-0 defeat ended their run.", "1-0"),
    ("She was ranked No. 1 in the world.", "1"),
    ("The club finished in the top 4 last season.", "4"),
    ("The M25 was closed in both directions.", "25"),
    ("The team plays in a 4-3-3 formation.", "4-3-3"),
    ("The Under-21 side lost in the final.", "21"),
    ("A 24-hour strike began at midnight.", "24"),
    ("The F-35 fighter jet was grounded.", "35"),
    ("The ruling was upheld by a 5-4 majority.", "5-4"),
    ("Flights resumed at 06:00 GMT.", "06:00"),
    ("The FTSE 100 ended flat.", "100"),
    ("The S&P 500 closed higher.", "500"),
    ("Q3 results beat forecasts.", "3"),
    ("The 10-year bond rallied.", "10"),
    ("The 2024-25 budget was tabled.", "2024-25"),
    ("Boeing delivered its first 777X.", "777"),
    ("The category 4 hurricane hit Florida.", "4"),
    ("The 100m final starts at 8pm.", "8pm"),
    ("She shot a final-round 65 at the Open.", "final-round"),
    ("Level 3 restrictions were lifted.", "3"),
    ("The team plays its home games at Gate 7.", "7"),
    ("She won the 5K race in Boston.", "5K"),
    ("The tax year runs from 1 January.", "1 January"),
    ("Profits for the 12 months to March fell.", "12 months"),
    ("The 2023/24 season was his best.", "2023/24"),
    ("Levels of PM2.5 were high.", "2.5"),
    ("The women, aged 25 and 31 were charged on Friday.", "31"),
    ("The two of them met in Paris.", "two"),
    ("Staff must hand in form P45 when leaving.", "45"),
    ("The 2020 election was disputed.", "2020"),
    ("Polls close at 10pm.", "10pm"),
    ("The G7 leaders met on 14 June.", "14 June"),
]


def test_table_is_large_enough() -> None:
    assert len(CASES) + len(NONE) + len(TRAPS) >= 330


@pytest.mark.parametrize(
    ("text", "span", "fields"), CASES, ids=[f"{i}:{c[1]}" for i, c in enumerate(CASES)]
)
def test_more_news_quantity(scanner, text: str, span: str, fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)


@pytest.mark.parametrize("text", NONE)
def test_more_news_no_quantity(scanner, text: str) -> None:
    assert [text[q.start : q.end] for q in scanner.scan(text)] == []


@pytest.mark.parametrize(("text", "trap"), TRAPS, ids=[t[1] for t in TRAPS])
def test_more_news_trap(scanner, text: str, trap: str) -> None:
    trap_start = text.index(trap)
    trap_end = trap_start + len(trap)
    covering = [
        text[q.start : q.end]
        for q in scanner.scan(text)
        if q.start < trap_end and trap_start < q.end
    ]
    assert covering == []

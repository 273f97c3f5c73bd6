"""News-wire quantities (economy, weather, markets): our own sentences, written to find
gaps before the fixes. Decisions: "a year ago" / "a year earlier" after a sum dates it (no
rate); "up"/"down" after a verb ("knocked down trees") is no change of the quantity before
the verb."""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity, count

CASES: list[tuple[str, str, dict[str, Any]]] = [
    # an abbreviated scale keeps its dot while the sentence goes on (a headline, a lower-case
    # word), not at a sentence's end
    ("Honda to Recall 2.3 Mil. Cars over Airbag Fault", "2.3 Mil.",
     dict(value=2.3e6, unit=None, kind="count")),
    ("The mill ground 3.4 mln. tonnes of wheat.", "3.4 mln. tonnes",
     dict(value=3.4e6, unit="t", kg=3.4e9)),
    ("The fund raised 12 mln. The board approved it.", "12 mln", dict(value=12e6)),
    # a fraction of a point as a compound adjective moves a rate: percentage points
    ("Markets price in a half-point hike at the July meeting.", "half-point",
     dict(value=0.5, unit="percentage point", kind="percent")),
    ("The Dow rose 120 points while the VIX fell 0.5 points.", "0.5 points",
     dict(value=0.5, unit="point")),
    # a count of people who are no unnamed sources stays a count
    ("Riot police detained three people familiar to the organisers in Lima.", "three",
     dict(value=3, kind="count")),
    ("The central bank polled 34 economists, who saw inflation at 5.1%.", "34",
     dict(value=34, kind="count")),
    ("The cooperative has two sources of income and 900 members.", "two",
     dict(value=2, kind="count")),
    ("According to two ministers who asked not to be named, Chile and Peru objected to the "
     "text.", "two", dict(value=2, kind="count")),
    # a unit written out, then its own symbol in brackets: the symbol is in the span
    ("Yards in Korea won 4.1 million compensated gross tons (CGT) of orders in the quarter.",
     "4.1 million compensated gross tons (CGT)", dict(value=4.1e6, unit="CGT")),
    ("China's yards took 9.6 million CGT, or 61 percent of the total.", "9.6 million CGT",
     dict(value=9.6e6, unit="CGT")),
    # a bare scaled figure after a scaled measure of its sentence elides that unit
    ("Maize output is seen at 2.1 million tonnes, sorghum at 0.4 million and millet at 0.2 "
     "million.", "0.4 million", dict(value=4e5, unit="t", kind="mass", kg=4e8)),
    ("Farmers planted 1.9 million hectares of rapeseed, against 2.3 million last year.",
     "2.3 million", dict(value=2.3e6, unit="ha", kind="area")),
    ("The reservoir held 3.2 million cubic metres, down from 4.5 million in May.",
     "4.5 million", dict(value=4.5e6, kind="volume")),
    # not across a sentence, nor onto a figure that counts a noun of its own
    ("Exports reached 1.2 million tonnes. Some 3 million people work in the sector.",
     "Some 3 million", dict(value=3e6, unit=None, kind="count")),
    # the level after a change is of what changed, a price per unit of goods too
    ("Spot palladium rose 1.1% to $1,512.30 per ounce by 0930 GMT.", "$1,512.30",
     dict(value=1512.3, unit="USD", what="Spot palladium")),
    ("The Zeta share fell 2.3 percent on the Oslo Stock Exchange, to NOK 88.40.", "NOK 88.40",
     dict(value=88.4, unit="NOK", what="Zeta share")),
    # the subject before an apposition set off by commas, or before a bracketed acronym
    ("Holdings of the iShares Silver Trust, the largest silver-backed fund, fell 0.4% to "
     "14,820 tonnes.", "0.4%", dict(value=0.4, what="Holdings of the iShares Silver Trust")),
    ("Retail prices on the Nordic exchange (NPX) rose 6% in March.", "6%",
     dict(value=6, what="Retail prices", change="up")),
    ("Brazil shipped 11.9 million bags, down 18% from a year earlier.", "18%",
     dict(value=18, what="bags", change="down")),
    # a sum or measure a named figure reached; not the agent of a passive
    ("Net debt stood at $4.1 billion at the end of June.", "$4.1 billion",
     dict(value=4.1e9, unit="USD", what="Net debt")),
    ("Peak demand reached 41,320 megawatts on Monday.", "41,320 megawatts",
     dict(value=41320, unit="MW", what="Peak demand")),
    ("The coast was hit by a magnitude 6.1 quake in 1998.", "magnitude 6.1",
     dict(value=6.1, what=None)),
    ("Brazil's five-year credit default swaps, a gauge of the cost of insuring against "
     "default, fell 12 basis points to 164 on Tuesday.", "12 basis points",
     dict(value=12, what="Brazil's five-year credit default swaps", change="down")),
    # a bare level after a move in a unit whose level is written bare is in that unit
    ("Brazil's five-year credit default swaps, a gauge of the cost of insuring against "
     "default, fell 12 basis points to 164 on Tuesday.", "164",
     dict(value=164, unit="basis point", what="Brazil's five-year credit default swaps")),
    ("The Nikkei lost 120 points to 38,450.", "38,450",
     dict(value=38450, unit="point", what="Nikkei")),
    ("The pension contribution rate, now 18.6 per cent of gross wages, is expected to rise "
     "to 20.0 per cent in 2028.", "20.0 per cent",
     dict(value=20, what="pension contribution rate")),
    # a sum spent on, raised for or invested in the noun phrase after it; a converted amount
    # in brackets is of what the amount before it is
    ("The retailer plans to spend about Rs 2,300 crore on new stores next year.",
     "about Rs 2,300 crore", dict(unit="INR", what="new stores")),
    ("A 64-year-old runner has raised £98,000 for cancer research since 2001.", "£98,000",
     dict(value=98000, unit="GBP", what="cancer research")),
    ("Member states spent a combined 290 billion euros on defence in 2024.",
     "290 billion euros", dict(value=2.9e11, what="defence")),
    ("The insurer invested over SEK 450 million in its compliance work since 2022.",
     "over SEK 450 million", dict(value=4.5e8, what="compliance work")),
    ("The ministry spent $2 million in 2025.", "$2 million", dict(value=2e6, what=None)),
    ("Net profit rose 12% to 98.2 billion yen ($660 million) in the quarter.",
     "$660 million", dict(value=6.6e8, unit="USD", what="Net profit")),
    # the level a sum moved from is of what moved
    ("The trade surplus narrowed to 15.8 billion euros from 19.2 billion euros.",
     "19.2 billion euros", dict(value=1.92e10, unit="EUR", what="trade surplus")),
    # a count sharing the verb of a count in digits before it, the verb left out
    ("Of the detainees, 143 were remanded in custody and 58 released on bail.", "58",
     count(58)),
    ("In the final vote, 402 deputies voted in favour and 171 against.", "171", count(171)),
    # the goods a value is of, not the people owning them; its conversion is of them too
    ("Assets of the suspected smugglers worth 18.4 million liras (about $440,000) were "
     "frozen.", "18.4 million liras", dict(unit="TRY", what="Assets")),
    ("Assets of the suspected smugglers worth 18.4 million liras (about $440,000) were "
     "frozen.", "about $440,000", dict(unit="USD", what="Assets")),
    # a size written as a compound adjective is of the noun after it, and a count right
    # before it counts that noun
    ("A 400-kilovolt transmission line will connect the plant.", "400-kilovolt",
     dict(value=400, unit="kV", what="transmission line")),
    ("The fab will process 90,000 8-inch wafers a month.", "8-inch",
     dict(value=8, unit="in", what="wafers")),
    ("The fab will process 90,000 8-inch wafers a month.", "90,000",
     count(90000, what="wafers")),
    # a name set off by a comma before "at" and a share is what the share is of; not a
    # month or a function word
    ("Reserves are lowest in the Tagus, at 31.2 per cent, and highest in the Duero, at "
     "64.8 per cent.", "64.8 per cent", dict(value=64.8, what="Duero")),
    ("Rents rose fastest in Manitoba, at 4.2 per cent.", "4.2 per cent",
     dict(value=4.2, what="Manitoba")),
    ("In March, at 5 per cent, inflation peaked.", "5 per cent", dict(value=5, what=None)),
    # a number word counting a part of a set told before
    ("Of the 19 films in competition, four were directed by women.", "four",
     count(4, what="films")),
    ("The regulator also inspected five regional lenders, of which three were fined.", "three",
     count(3)),
    ("Eleven people, of whom six of Malian nationality, were detained.", "six", count(6)),
    ("Profits rose 12% to £1.1bn, compared with £980m a year ago.", "£980m",
     dict(value=980e6, unit="GBP", kind="money")),
    ("Revenue reached $4.2bn, up from $3.9bn a year earlier.", "$3.9bn",
     dict(value=3.9e9, unit="USD", kind="money")),
    ("He earns £45,000 a year as a nurse.", "£45,000",
     dict(value=45000, unit="GBP", kind="money")),
    ("Winds of 75 mph knocked down trees across the county.", "75 mph",
     dict(value=75, unit="mph", change=None)),
    ("Sales were 5% down on the month.", "5%", dict(value=5, unit="%", change="down")),
    ("A 3% pay rise was agreed.", "3%", dict(value=3, unit="%", change="up")),
    ("The deal values the company at C$2.3 billion.", "C$2.3 billion",
     dict(value=2.3e9, unit="CAD", kind="money")),
    ("The ministry approved a $1.5-billion loan.", "$1.5-billion",
     dict(value=1.5e9, unit="USD")),
    ("Output reached 10.5 million bpd in May.", "10.5 million bpd",
     dict(value=10.5e6, unit="bbl/d")),
    ("The yield on 10-year notes rose 12 bps to 4.3%.", "12 bps",
     dict(value=12, unit="basis point", change="up")),
    ("The Fed raised rates by 25bp in July.", "25bp", dict(value=25, unit="basis point")),
    ("The index gained 1.2pc on Friday.", "1.2pc", dict(value=1.2, unit="%")),
    ("The population is expected to hit 9.7 bln by 2050.", "9.7 bln", dict(value=9.7e9)),
    ("Revenue was 3.2 mln euros.", "3.2 mln euros", dict(value=3.2e6, unit="EUR")),
    ("Temperatures fell to minus 10 degrees.", "minus 10 degrees", dict(value=-10)),
    ("The ferry sails at 20 knots.", "20 knots", dict(value=20, unit="knot")),
    ("Wind speeds reached 150 km/h.", "150 km/h", dict(value=150, unit="km/h")),
    ("The solar farm will produce 1.2 GW.", "1.2 GW", dict(value=1.2, unit="GW")),
    ("Households used 2,700 kWh a year on average.", "2,700 kWh",
     dict(value=2700, unit="kWh")),
    ("Half a million people marched in the capital.", "Half a million",
     dict(value=5e5, what="people")),
    ("The company posted a loss of HK$3.4 billion.", "HK$3.4 billion",
     dict(value=3.4e9, unit="HKD", what="loss")),
    ("The storm brought 25 mm of rain.", "25 mm", dict(value=25, unit="mm", what="rain")),
    # a size after its noun: the noun after an article or a comma, not a verb
    ("He weighs 95kg and stands 1.92m tall.", "1.92m", dict(value=1.92, unit="m", what=None)),
    ("They found a tunnel 40 metres long under the border.", "40 metres",
     dict(value=40, unit="m", what="tunnel")),
    # a range whose first end is negative
    ("Night temperatures swing between minus 110 and 80 degrees Celsius.",
     "between minus 110 and 80 degrees Celsius", dict(low=-110, high=80, unit="°C",
                                                      qualifier="range")),
    ("Temperatures will range from -5 to 3C on Sunday.", "-5 to 3C",
     dict(low=-5, high=3, unit="°C", qualifier="range")),
    # a scale word inside a compound adjective of a measure
    ("The probe set off on a 3.1-billion-mile journey.", "3.1-billion-mile",
     dict(value=3.1e9, unit="mi")),
    ("The firm will build a 5-million-tonne plant.", "5-million-tonne",
     dict(value=5e6, unit="t")),
    # areas in feet and miles are named like km2 and m2
    ("The home has 2,150 square feet of floor space.", "2,150 square feet",
     dict(value=2150, unit="ft2")),
    ("The fire burned 12 square miles of forest.", "12 square miles", dict(value=12, unit="mi2")),
    # "the other four" counts the rest of a set named before
    ("Five of the nine members voted for the cut, while the other four wanted no change.",
     "four", dict(value=4, kind="count")),
    ("Six people were charged in the case. The other five have pleaded guilty.", "five",
     dict(value=5, kind="count", what="people")),
    # a bracketed conversion after another currency is in US dollars
    ("The agency approved the mission with a budget of €1.1 billion ($1.2 billion).",
     "$1.2 billion", dict(value=1.2e9, unit="USD")),
    # plain "dollars" in a text that writes its Australian ones out are US dollars
    ("Exports to Australia rose to 72.6 billion dollars, and wine sales reached 1.5 billion "
     "Australian dollars.", "72.6 billion dollars", dict(value=7.26e10, unit="USD")),
    # Chilean pesos written "$" (the Carabineros), and "millones" in a dot-grouped text
    ("Carabineros seized $12.300.000 in cash and drugs worth about $1.400 millones.",
     "$12.300.000", dict(value=1.23e7, unit="CLP")),
    ("Carabineros seized $12.300.000 in cash and drugs worth about $1.400 millones.",
     "about $1.400 millones", dict(value=1.4e9, unit="CLP", qualifier="about")),
    ("The court froze assets valued at 2,400,000 kwacha.", "2,400,000 kwacha",
     dict(value=2.4e6, unit="ZMW")),
    # a bare figure a count is compared with counts the same thing
    ("The number of countries with outbreaks rose to 41 from 27 a year earlier.", "27",
     dict(value=27, kind="count", what="countries")),
    ("Asia recorded more than 12,000 cases, compared with 816 in all of 2021.", "816",
     dict(value=816, kind="count", what="cases")),
    ("Each club will play 18 league games instead of 16.", "16",
     dict(value=16, kind="count", what="league games")),
    # "1.500 million" without dot groups in the text is 1.5 million
    ("The ministry spent 1.500 million euros on the bridge.", "1.500 million euros",
     dict(value=1.5e6, unit="EUR")),
]

# cents and their like are of the currency written beside them; "US cents" stay US
CASES += [
    ("The price of petrol rose by 12 cents to €1.85 a litre.", "12 cents",
     dict(value=0.12, unit="EUR", kind="money")),
    ("Shares in the lender fell 4 cents to A$3.10.", "4 cents",
     dict(value=0.04, unit="AUD", kind="money")),
    ("Sugar futures gained 0.4 US cents to 21.5 cents per lb.", "0.4 US cents",
     dict(value=0.004, unit="USD", kind="money")),
    ("The rupee fell 12 paise to 83.45 against the dollar.", "12 paise",
     dict(value=0.12, unit="INR", kind="money")),
    # oil and gas abbreviations that carry their million or thousand
    ("Global demand will grow by 1.1 mb/d next year, the agency said.", "1.1 mb/d",
     dict(value=1.1e6, unit="bbl/d")),
    ("OPEC+ agreed to add 411 kb/d in June.", "411 kb/d", dict(value=411e3, unit="bbl/d")),
    ("The terminal will export 5.2 Mtpa of LNG.", "5.2 Mtpa",
     dict(value=5.2, unit="Mt", kg=5.2e9)),
    # an exchange rate's currency named by its two words, one of them a shared word
    ("The Philippine peso closed at 58.15 to the dollar on Friday.", "58.15",
     dict(value=58.15, unit="PHP", kind="money")),
    # a change, then a level with a scale: the scale is the level's alone
    ("The number of unemployed rose by 50,000 to 1.5 million in March.", "50,000",
     dict(value=50000, kind="count")),
    ("The city's population grew by 300,000 to 5.2 million.", "5.2 million",
     dict(value=5.2e6, kind="count")),
    ("The Czech crown firmed to 25.1 per euro in early trade.", "25.1",
     dict(value=25.1, unit="CZK", kind="money")),
    # Gulf and Turkish symbols, bare dinars
    ("Kuwait's budget surplus hit KD 6.3 billion.", "KD 6.3 billion",
     dict(value=6.3e9, unit="KWD", kind="money")),
    ("The central bank sold TL 50 billion of bonds.", "TL 50 billion",
     dict(value=5e10, unit="TRY", kind="money")),
    ("Parliament approved a budget of 200 trillion dinars.", "200 trillion dinars",
     dict(value=2e14, unit="IQD", kind="money")),
    # a bare scaled figure after a sum of its sentence is in the sum's currency
    ("Operating profit rose to 263.9 billion yen from 240.1 billion a year earlier.",
     "240.1 billion", dict(value=2.401e11, unit="JPY", kind="money")),
    ("The club paid a fee of 100 million euros plus 20 million in add-ons.", "20 million",
     dict(value=2e7, unit="EUR", kind="money")),
    ("The firm has revenue of $5 billion and 2 billion users.", "2 billion",
     dict(value=2e9, unit=None, kind="count", what="users")),
    # a verb moving a named figure "to" a level: the bare number is that figure
    ("Rescuers found four more bodies, bringing the death toll to 45.", "45",
     dict(value=45, kind="count")),
    ("The chain opened 12 shops, taking its total to 310 across the country.", "310",
     dict(value=310, kind="count")),
    # "second" before a plural is the ordinal, no seconds
    ("It was his first stage win after three second places last year.", "three",
     dict(value=3, kind="count", what="second places")),
    # a year before "in" makes no ratio ("one in five"): the count after it stands
    ("The operation ran from 8 September to 5 October 2025 in 13 countries.", "13",
     dict(value=13, kind="count", what="countries")),
    # a year's figure compared in brackets
    ("Officers detected 1,064 drug crimes (in the same period of 2024 – 917).", "917",
     dict(value=917, kind="count")),
    ("The unit opened 412 cases (2024: 388).", "388", dict(value=388, kind="count")),
    # a count of firearms past their calibre (the calibre itself is no quantity)
    ("Officers recovered two 9mm pistols and a rifle from the car.", "two",
     dict(value=2, kind="count", what="pistols")),
    ("The team seized two .30 bore pistols along with 8 live cartridges.", "two",
     dict(value=2, kind="count", what="pistols")),
    ("Police seized three 12-gauge shotguns at the farm.", "three",
     dict(value=3, kind="count", what="shotguns")),
    # an adjective of frequency before the counted noun
    ("The airport handles 300 daily flights in summer.", "300",
     dict(value=300, kind="count", what="daily flights")),
    ("The app now has 500 million monthly active users.", "500 million",
     dict(value=5e8, kind="count", what="monthly active users")),
    # grain prices in fractions of their last digit; a whole number and a fraction
    ("CBOT corn futures settled at $4.45-1/4 a bushel.", "$4.45-1/4",
     dict(value=4.4525, unit="USD", kind="money")),
    ("Soybeans fell 12-3/4 cents to $11.80-1/2 a bushel.", "12-3/4 cents",
     dict(value=0.1275, unit="USD", kind="money")),
    ("Crews replaced a 3-1/2 inch water main.", "3-1/2 inch", dict(value=3.5, unit="in")),
    # one unit a price is given for is no amount
    ("Police found a kilogram of cocaine in the boot.", "a kilogram",
     dict(value=1, unit="kg")),
    # "by X to Y" after a change verb earlier in the clause: the change, then the level
    ("SovEcon raised its estimate for the country's barley harvest this season by 0.8 mln "
     "tons to 21.4 mln tons.", "0.8 mln tons", dict(value=8e5, unit="t", qualifier="exact")),
    ("SovEcon raised its estimate for the country's barley harvest this season by 0.8 mln "
     "tons to 21.4 mln tons.", "21.4 mln tons", dict(value=2.14e7, unit="t")),
    ("The agency cut its forecast for visitor numbers by 40,000 to 2.1 million.",
     "2.1 million", dict(value=2.1e6, qualifier="exact")),
    # a bracket after a verb of paying or offering is a range, not a change
    ("Gangs lure students online, offering from 2 to 4 million soums a week.",
     "2 to 4 million soums", dict(low=2e6, high=4e6, unit="UZS", qualifier="range")),
    ("Couriers were paid from $300 to $800 a trip, the court heard.", "$300 to $800",
     dict(low=300, high=800, unit="USD", qualifier="range")),
    ("Output rose from 3 to 5 million tonnes.", "5 million tonnes",
     dict(value=5e6, unit="t", qualifier="exact")),
    # a capital T after a scale word is tonnes; "pts" are points
    ("Kazakhstan sets 8 mln T wheat export cap for the season", "8 mln T",
     dict(value=8e6, unit="t", kg=8e9)),
    ("Nikkei sheds 412 pts as exporters slide", "412 pts", dict(value=412, unit="point")),
    # a bare level after a move in points is in points
    ("The Kospi fell 38.2 points, or 1.4 per cent, to close at 2,611.05.", "2,611.05",
     dict(value=2611.05, unit="point")),
    ("The FTSE 100 gained 52 points, when it hit a high of 8,402.3 on Friday.", "8,402.3",
     dict(value=8402.3, unit="point")),
    ("Hang Seng drops 300 points, Shanghai ends above 3,100", "above 3,100",
     dict(value=3100, unit="point", qualifier="more_than")),
    # bare degrees converted in brackets are the other scale
    ("The mercury hit 104 degrees (40 Celsius) in Phoenix on Tuesday.", "104 degrees",
     dict(value=104, unit="°F")),
    ("Temperatures dropped to 12 degrees (54 F) overnight.", "12 degrees",
     dict(value=12, unit="°C")),
    # an exchange rate's quote with an aside before its base currency
    ("The rupee rose 12 paise to close at 85.97 (provisional) against the US dollar.",
     "85.97", dict(value=85.97, unit="INR")),
    # "top" as a verb before a scaled figure; partitives with a possessive determiner
    ("Exports are expected to top $40 billion this year.", "$40 billion",
     dict(value=4e10, unit="USD")),
    ("Visitors are forecast to top 12 million in 2026.", "12 million", dict(value=1.2e7)),
    ("The line links 9 of its 14 county seats to the capital.", "9",
     dict(value=9, what="county seats")),
    # a unit's goods before a verb of change keep the unit no amount; a kilo found stays
    ("A kilo of cocaine cut with levamisole was found in the car.", "A kilo",
     dict(value=1, unit="kg")),
    ("POLICE ARREST 12 SUSPECTS IN DAWN RAIDS", "12", dict(value=12, what="SUSPECTS")),
    ("The five crew members, three Hondurans and two Guatemalans, were detained.", "five",
     dict(value=5, what="crew members")),
    # a bare scaled figure before a sum of its sentence is in that sum's currency
    ("Schools will receive an extra 1.8 billion, the sources said, while regions must find "
     "at least 3 billion euros.", "1.8 billion", dict(value=1.8e9, unit="EUR", kind="money")),
    ("The city has 2.4 million residents and a budget of 3 billion dollars.", "2.4 million",
     dict(value=2.4e6, unit=None, kind="count")),
    # a headline's toll of the injured or missing counts people
    ("Bus plunges into gorge: 7 dead, 19 injured", "19", dict(value=19)),
    ("At least 4 dead, 12 missing after landslide hits village", "12", dict(value=12)),
    # a sign opening a bracket after an amount is its change since the figure compared,
    # not a negative level (session 12 round 2, a customs list "1 083 kilos (-18 per cent)")
    ("Seizures so far this year: heroin 96 kilos (-22 per cent), cocaine 310 kilos "
     "(+35 per cent).", "-22 per cent", dict(value=22, unit="%", change="down")),
    ("Seizures so far this year: heroin 96 kilos (-22 per cent), cocaine 310 kilos "
     "(+35 per cent).", "+35 per cent", dict(value=35, unit="%", change="up")),
    ("Exports slipped to 3.1 billion euros (−4.2%) in May.", "−4.2%",
     dict(value=4.2, change="down")),
    # a list line's label names the counting unit of the figure after its colon
    ("Among the goods seized:\n- tablets of various kinds: 412 060\n- cocaine: 18 kilos",
     "412 060", dict(value=412060, unit="tablet")),
    ("Ecstasy pills: 12,400", "12,400", dict(value=12400, unit="pill")),
    # the figure of the period compared, in a bracket right after it
    ("Police recorded 35,871 offences, 4.1% fewer than in the previous year (37,405).",
     "37,405", dict(value=37405, kind="count")),
    ("The force made 2,904 arrests, up from a year earlier (2,611).", "2,611",
     dict(value=2611, kind="count")),
    # region names sharing the counted noun after "and"
    ("The operation ran in eight West and Central African countries.", "eight",
     dict(value=8, what="West and Central African countries")),
    ("Police from six East and Southern African countries took part.", "six",
     dict(value=6, what="East and Southern African countries")),
    # a group's size with no noun after it; the other members of a set told before
    ("A group of five had been hiking above the village when the slope gave way.", "five",
     dict(value=5, kind="count")),
    ("Two climbers were rescued. For the other three, a 61-year-old and his two sons, help "
     "came too late.", "three", dict(value=3, kind="count")),
    # volumes in cubic hectometres; rainfall per square metre is a rate of its own
    ("The basin's reservoirs hold 1,204 hm3, up 31 cubic hectometres in a week.", "1,204 hm3",
     dict(value=1204, unit="hm3", kind="volume")),
    ("The basin's reservoirs hold 1,204 hm3, up 31 cubic hectometres in a week.",
     "31 cubic hectometres", dict(value=31, unit="hm3")),
    ("Since October it has rained 512 litres per square metre in Valencia.",
     "512 litres per square metre", dict(value=512, unit="l/m2")),
    # a compound adjective after "per" is a size, no rate's base
    ("Freight rose to $3,412 per 40-foot container last week.", "40-foot",
     dict(value=40, unit="ft")),
    # a qualifier before the article of a share
    ("Markets priced in about a 60% chance of a cut in June.", "about a 60%",
     dict(value=60, unit="%", qualifier="about")),
    ("The fund now holds more than a 25% stake in the airline.", "more than a 25%",
     dict(value=25, qualifier="more_than")),
    # a text that groups thousands with commas writes "2.880%" with a decimal dot
    ("The 20-year yield rose to 2.880%, and the Nikkei closed at 39,210.35.", "2.880%",
     dict(value=2.88, unit="%")),
    # a part of a set named at the sentence's start, before any verb
    ("Of the 64 lots offered, 57 found buyers.", "57", dict(value=57, kind="count")),
    # the noun a measure is given "of"
    ("The storm had a central pressure of 960 hectopascals on Monday.", "960 hectopascals",
     dict(unit="hPa", what="central pressure")),
    ("Forecasters expect rainfall of up to 250 millimetres in the hills.",
     "up to 250 millimetres", dict(unit="mm", what="rainfall")),
    ("Maximum wind speeds of 45 metres per second were forecast.", "45 metres per second",
     dict(unit="m/s", what="speeds")),
    ("The offer price of $58 a share values the company at $8.4 billion.", "$58",
     dict(unit="USD", what="offer price")),
    ("The group posted annual sales of $9.6 billion last year.", "$9.6 billion",
     dict(unit="USD", what="sales")),
    ("Another 120 mm fell on top of 300 mm recorded last week.", "300 mm",
     dict(unit="mm", what=None)),
    # "one" before a singular noun of a person who broke the law
    ("One violator was detained, the others fled back across the river.", "One",
     dict(value=1, what="violator")),
    # hectolitres, written out or as "hl" after a scale
    ("France expects a harvest of 42.1 mn hl, below the five-year average.", "42.1 mn hl",
     dict(value=4.21e7, unit="hl", kind="volume", litres=4.21e9)),
    ("Spain's winemakers produced 31.4 million hectolitres last year.",
     "31.4 million hectolitres", dict(value=3.14e7, unit="hl")),
    # a signed percentage keeps its sign; its value is the magnitude, the sign the change
    ("Veneto 11.2 million hl (+7%), Apulia 9.8 million hl (-3%), Sicily flat.", "+7%",
     dict(value=7, unit="%", change="up")),
    ("Veneto 11.2 million hl (+7%), Apulia 9.8 million hl (-3%), Sicily flat.", "-3%",
     dict(value=3, unit="%", change="down")),
    ("Among the regions, Abruzzo fell most, at -6.5%, after the spring frosts.", "-6.5%",
     dict(value=6.5, change="down")),
    # points right beside a percentage are a move of it: percentage points
    ("The load factor rose to 87.3%, 2.1 points more than a year earlier.", "2.1 points",
     dict(value=2.1, unit="percentage point", kind="percent")),
    ("The unemployment rate fell 0.4 points to 6.8% in March.", "0.4 points",
     dict(unit="percentage point")),
    ("The Kospi lost 48 points, or 1.9%, to 2,471.", "48 points", dict(unit="point")),
    ("The Nikkei rose 1.1% while the Topix added 9 points.", "9 points", dict(unit="point")),
    # bare degrees of a temperature: Celsius, or Fahrenheit where Celsius cannot reach
    ("Temperatures topped 44 degrees in Seville on Sunday.", "44 degrees",
     dict(value=44, unit="°C")),
    ("The heat index in Dallas hit 108 degrees.", "108 degrees", dict(unit="°F")),
    ("The tanker turned 90 degrees to port.", "90 degrees", dict(unit="degree")),
    # "the ... area" or "region" after a yield or price: near that level
    ("Initial guidance for the 10-year tranche was in the 7.5% area.", "7.5% area",
     dict(value=7.5, qualifier="about")),
    ("Brent has held in the $82 region for a week.", "$82 region",
     dict(value=82, unit="USD", qualifier="about")),
    ("Police cordoned off the 3 km area around the plant.", "3 km", dict(qualifier="exact")),
    # a shared currency symbol goes by the country the text names
    ("Sri Lankan police seized Kerala cannabis worth Rs 18 million in Jaffna.",
     "Rs 18 million", dict(unit="LKR")),
    ("Nepal Police recovered Rs 4.5 million in cash from the suspects in Kathmandu.",
     "Rs 4.5 million", dict(unit="NPR")),
    ("The ADSU seized heroin valued at Rs 12 million at Port-Louis harbour.",
     "Rs 12 million", dict(unit="MUR")),
    ("Morocco's DGSN seized 2.3 tonnes of chira and 85,000 dirhams in Tangier.",
     "85,000 dirhams", dict(unit="MAD")),
    ("Dubai Police seized Dh 3 million in counterfeit notes.", "Dh 3 million",
     dict(unit="AED")),
    # pounds per tonne are a price in sterling, the span the sum alone
    ("Robusta coffee in London settled at 4,215 pounds a tonne.", "4,215 pounds",
     dict(value=4215, unit="GBP", kind="money")),
    ("The heaviest catfish weighed 64 pounds.", "64 pounds", dict(unit="lb", kind="mass")),
    # a scaled figure after a measure takes its unit across a change in percent between them
    ("Rioja produced 2.9 million hectolitres (+5%), Navarra 0.8 million (-2%).",
     "0.8 million", dict(value=8e5, unit="hl", kind="volume")),
    # a large bare figure is the level of its clause's subject
    ("Nigeria's population stood at 223,804,632 at the last count.", "223,804,632",
     dict(what="Nigeria's population")),
    ("The working-age population shrank to 72.1 million.", "72.1 million",
     dict(what="working-age population")),
    # an abbreviated trillion with its dot in a headline (session 18, our own wording)
    ("Japan Piracy Losses Hit 3.8 Tril. Yen", "3.8 Tril. Yen",
     dict(value=3.8e12, unit="JPY", kind="money")),
    ("The state lender wrote off 1.1 trn. rupees of bad loans.", "1.1 trn. rupees",
     dict(value=1.1e12, unit="INR")),
    # a bare whole number is the level of a counted measure its clause's subject names
    ("The number of dengue cases recorded this year has reached 287, the ministry said.",
     "287", count(287, what="dengue cases")),
    ("Last season's total was 262.", "262", count(262)),
    ("The tally of confirmed arrests stood at 46 by Friday evening.", "46",
     count(46, what="confirmed arrests")),
    ("The death toll from the floods has climbed to 57, officials said.", "57", count(57)),
    # the level after a change by an amount ("rose by 12 to 340")
    ("The number of infected farms rose by 12 to 340 in the week.", "340",
     count(340, what="infected farms")),
    # a subject with its acronym in brackets before an apposition; levels "little changed
    # at", "steady at", "left unchanged at"
    ("Skim milk powder (SMP), the second product by volume, fell 1.9% to $2,410 a tonne.",
     "1.9%", dict(value=1.9, what="Skim milk powder", change="down")),
    ("The Australian dollar was little changed at $0.6612 on Tuesday.", "$0.6612",
     dict(value=0.6612, unit="USD", what="Australian dollar")),
    ("The repo rate was left unchanged at 6.5 per cent for a fifth meeting.", "6.5 per cent",
     dict(value=6.5, what="repo rate")),
    ("The euro was steady at $1.0850 ahead of the data.", "$1.0850", dict(what="euro")),
    ("Peak power demand peaked at 243 GW on Friday.", "243 GW",
     dict(value=243, what="Peak power demand")),
    # initials ("U.S.") are one word of a subject and end no sentence
    ("Imports from Mexico rose 4.1% while shipments from the U.S. fell 2.6%.", "2.6%",
     dict(value=2.6, what="shipments", change="down")),
    ("U.K. house prices rose 0.3% in June.", "0.3%", dict(what="U.K. house prices")),
    # a subject's noun before a participle that opens its modifier ("visiting the island");
    # "before"/"after" join a subject's words ("profit before tax")
    ("The number of pilgrims visiting the shrine rose 15% to 1.2 million.", "15%",
     dict(value=15, what="pilgrims", change="up")),
    ("Profit before tax rose to 1.02 billion euros from 910 million euros.",
     "1.02 billion euros", dict(value=1.02e9, unit="EUR", what="Profit")),
    # a share joined by "and" to the share of a change before it, no subject between: of
    # the same thing
    ("Home prices climbed 0.4% month-on-month and 3.2% from a year earlier.", "3.2%",
     dict(value=3.2, what="Home prices")),
    ("Exports rose 5% and imports fell 3%.", "3%", dict(value=3, what="imports")),
    # the level a "was" level moved from is of its subject too (session 17 note)
    ("The rice harvest was 120,500 tonnes, up from 130,800 tonnes a year earlier.",
     "130,800 tonnes", dict(value=130800, unit="t", what="rice harvest")),
    ("Turnout was 61.2 percent, down from 66.0 percent in 2021.", "66.0 percent",
     dict(value=66, what="Turnout")),
    # a passive estimate is a level of its subject ("is estimated at", "is projected at")
    ("The soybean crop is estimated at around 171 mln tons.", "around 171 mln tons",
     dict(value=1.71e8, unit="t", what="soybean crop")),
    ("Insured losses were estimated at 2.4 billion euros.", "2.4 billion euros",
     dict(value=2.4e9, unit="EUR", what="Insured losses")),
    # a relative clause after a comma is about the noun before the comma
    ("The sculpture, which had been estimated at around $25 million, went unsold.",
     "around $25 million", dict(value=2.5e7, unit="USD", what="sculpture")),
    ("The deficit ratio, which was 3.4% in 2025, is seen falling.", "3.4%",
     dict(value=3.4, what="deficit ratio")),
    # a participle clause after the sentence's own clause is about its opening subject
    ("Gouda was the only cheese to gain at the auction, rising 2.2%.", "2.2%",
     dict(value=2.2, what="Gouda", change="up")),
    ("Shares of Norsk Hydro closed at NOK 61.20, falling 3%.", "3%",
     dict(value=3, what="Shares of Norsk Hydro", change="down")),
    # but after an amount the relative clause restates the amount
    ("Officers seized 2.1 tonnes of hashish in the port, which is 12 percent more than in "
     "2024.", "12 percent", dict(value=12, what="hashish")),
    # a number word counts the things a measure sizes ("two 20-foot containers")
    ("Inspectors opened two 40-foot containers at the terminal.", "two",
     count(2, what="containers")),
    # a part of a set joined by "and" to the part before it
    ("Of those detained, 18 were minors and 7 were foreign nationals.", "7",
     count(7, what="foreign nationals")),
    # a number glued to "m" after a sum of its sentence scaled alike is millions of that
    # currency, no metres
    ("The insurer booked 640m euros in claims, above the 585m analysts had pencilled in.",
     "585m", dict(value=5.85e8, unit="EUR", kind="money")),
    ("Operating profit reached £312m, against £280m in 2023 and 190m the year before.", "190m",
     dict(value=1.9e8, unit="GBP", kind="money")),
    ("The ferry sails 900m from the pier, the council said.", "900m",
     dict(value=900, unit="m", kind="length")),
    # speeds and energies in their own units
    ("Gusts reached 140 km/hr on the island before the storm weakened.", "140 km/hr",
     dict(value=140, unit="km/h")),
    ("The laser delivered 2.05 megajoules to the target in the experiment.", "2.05 megajoules",
     dict(value=2.05, unit="MJ")),
    ("Household use fell to 310 petajoules last winter.", "310 petajoules",
     dict(value=310, unit="PJ")),
    # a count before a maker's model: the noun after the model is counted
    ("The carrier signed for 45 Airbus A321neo jets at the air show.", "45",
     count(45, what="Airbus A321neo jets")),
    ("Norway will buy 54 Leopard 2 tanks from Germany.", "54", count(54)),
    ("The ministry bought 250 4x4 pickups for rural clinics.", "250",
     count(250, what="4x4 pickups")),
    # "N of M nouns": both count the noun
    ("The coalition won 312 of 650 seats in the election.", "312", count(312, what="seats")),
    # parts of a total named by their holders
    ("Infections rose in 14 of 20 districts, with Nairobi accounting for 212, followed by "
     "Mombasa with 96.", "96", count(96)),
    # currency symbols of their own
    ("Police recovered Nu. 25,300 in cash from the house.", "Nu. 25,300",
     dict(value=25300, unit="BTN", kind="money")),
    ("Traders were fined ZiG 2 500 each.", "ZiG 2 500", dict(value=2500, unit="ZWG")),
    ("Agents found D126,000 hidden in a bag at the border.", "D126,000",
     dict(value=126000, unit="GMD", kind="money")),
    # an -ing noun after "in" is when a price was quoted, not what it is of
    ("The shares fell 4% to $21.30 in early trading.", "$21.30",
     dict(value=21.3, unit="USD", what="shares")),
    # the level after a move in percent of a stock index its sentence names is in points
    ("Seoul's Kospi closed 1.4% lower at 2,611.85 on Thursday.", "2,611.85",
     dict(value=2611.85, unit="point", kind="other")),
    ("India's Nifty 50 index rose 0.6 per cent to 22,104.", "22,104",
     dict(value=22104, unit="point")),
    ("Shares of Infosys rose 2% to 1,520.", "1,520", count(1520)),
]

# what links of news-wire levels and sums: a level stated with "was at", a modal
# before a level verb, a year closing a verb's object, the level a change reached a few words
# later, a counted noun opened by a participle, a sum granted "for" a purpose, a figure a
# relative clause's verb of estimating puts "at", a sum sizing a noun in a headline
CASES += [
    # a copula and "at" before the level: the subject
    ("A month ago the reservoir was at 41.2 per cent.", "41.2 per cent", dict(what="reservoir")),
    ("The jobless rate is at 6.1% in the capital.", "6.1%", dict(what="jobless rate")),
    # a modal or a level verb's base form between the subject and its level
    ("The deficit should fall to 3.9% next year.", "3.9%", dict(what="deficit")),
    ("Analysts expect the policy rate to stay at 4.75 per cent until June.", "4.75 per cent",
     dict(what="policy rate")),
    # a year phrase closing the object of a verb of change
    ("The ministry trimmed its export forecast for 2027 to 41 million tonnes.",
     "41 million tonnes", dict(what="export forecast")),
    ("The bank lifted its growth outlook for fiscal 2026 to 2.4%.", "2.4%",
     dict(what="growth outlook")),
    # the level a change reached, a few words of place or time between
    ("The regulator cut the discount rate by 50 basis points to 7.25 per cent.",
     "7.25 per cent", dict(what="discount rate")),
    ("Copper exports fell 8.5% in January-March from a year earlier to 412,000 tonnes.",
     "412,000 tonnes", dict(what="Copper exports")),
    ("The benchmark index rose 21.4 points, or 1.1 per cent, to close at 1,934.20 points.",
     "1,934.20 points", dict(what="benchmark index")),
    ("The chain added 14 outlets in the quarter, taking its total to 312 across the country.",
     "312", dict(what="outlets")),
    # a counted noun after a participle or an -ing adjective, its plural a few words on
    ("Shelters now house 3,210 unaccompanied refugee children in the region.", "3,210",
     dict(what="unaccompanied refugee children")),
    ("Health workers will hand out 12.4 million long-lasting mosquito nets.", "12.4 million",
     dict(what="long-lasting mosquito nets")),
    # the noun before a relative clause whose verb of estimating puts the figure "at"
    ("Fares stay well below running costs, which the operator puts at about $80 million.",
     "about $80 million", dict(what="running costs")),
    ("Offshore wind, which the regulator estimates at 4.2GW, grew fastest.", "4.2GW",
     dict(what="Offshore wind")),
    ("The ministry has earmarked AZN 90 million for demining in 2027.", "AZN 90 million",
     dict(what="demining")),
    ("The firm invested CHF 600 million in manufacturing capacity last year.",
     "CHF 600 million", dict(what="manufacturing capacity")),
    # a headline drops the article before a sum that sizes its noun
    ("Coalition agrees €4.1 billion savings package\nThe parties signed on Friday.",
     "€4.1 billion", dict(what="savings package")),
    ("Developer fails to pay $12.6 million coupon\nThe grace period ended.", "$12.6 million",
     dict(what="coupon")),
    # a sum granted or set aside "for" its purpose
    ("The cabinet approved $40 million for flood defences.", "$40 million",
     dict(what="flood defences")),
    ("The council set aside €2.5 million for a new fire station.", "€2.5 million",
     dict(what="new fire station")),
    # no link to the words after the figure where they are a verb and its object ("placed winning
    # offers"), or a gerund's object; no level after a comma that opens a clause of its own
    ("The sale drew 64 registered buyers, of whom 25 placed winning offers.", "25",
     dict(what="registered buyers")),
    ("The state approved Rs 900 crore for upgrading its power grid.", "Rs 900 crore",
     dict(what=None)),
    # a clause of its own after a comma: no level of the change before it, but its own
    # subject (a headline's verb in -s, session 38)
    ("MAKMUR BANK PROFIT UP 6.2 PCT, LOAN RATIO EASES TO 1.37 PCT", "1.37 PCT",
     dict(what="LOAN RATIO")),
    # "up to" after a verb whose particle is "up" is still the qualifier before a load "of" goods;
    # a preposition before an article and a sized compound ("over a 1,400-km swath") is none
    ("The port aims to move up to 3.4 million tonnes of grain a year.", "up to 3.4 million tonnes",
     dict(qualifier="up_to", what="grain")),
    ("The jobless rate edged up to 4.1% in May.", "4.1%", dict(qualifier="exact")),
    ("The radar scans rainfall over a 900-km corridor.", "900-km",
     dict(qualifier="exact", value=900.0, unit="km")),
    ("Investors priced in about a 64% chance of a cut.", "about a 64%", dict(qualifier="about")),
]


NONE = [
    "Mumbai is a 20-million-strong city.",  # a scale word before no unit
    "The price of a litre of petrol is now the highest in Europe.",
    "He admitted he sold a kilo of the drug to an undercover officer.",
    # a winning margin is a match score, no quantity
    "Mumbai beat Gujarat Titans by 27 runs in the final.",
    "The visitors won by three wickets with an over to spare.",
    "The other two sides met on Monday.",  # "the other two" before a noun it does not count
    # corporal penalties are penalties, no quantities; weekends are durations
    "The offence is punishable by not less than six strokes of the cane.",
    "A court in Aceh sentenced the couple to 100 lashes each.",
    "The film stayed on top of the charts for three weekends.",
    # "The two ..." opening a sentence names a set told before, unless an apposition follows
    "The two persons arrested in the raid were brought before the court today.",
    "The nine defendants were arraigned on Monday.",
    # a section's number before a heading in capitals with a singular noun
    "4 CRIME PREVENTION",
    "7 BORDER SECURITY AND CUSTOMS CONTROL",
    # evenings and nights are durations, like days
    "The open-air screenings ran in ten evenings.",
    "He spent two nights in custody.",
    # a bound after a noun of people is their age
    "Almost all of the couriers detained were people under 30.",
    "Children under 12 travel free on weekend trains.",
    "The scheme is open to residents over 65.",
    "Those under 18 need a parent's consent.",
    "The working-age population between 15 and 64 shrank again.",
    # a listing's pager
    "Showing 3 of 214 news items",
    "Page 2 of 14",
    # fractions in words are no counts (guide); a day before a month of a translated
    # release's French, Spanish or Portuguese dateline is a date (session 17)
    "Almost two thirds of the resin came through the northern crossings.",
    "Nearly one fifth of the budget went to border posts.",
    "Yaoundé, le 26 mai 2025",
    "Montevideo, 14 de marzo de 2025",
    "Brasília, 3 de setembro de 2025",
]


# spans that must not be read, beside the quantities of their sentence
ABSENT = [
    # "one" before a counting unit or a point: one thing, no amount
    ("Health officials said only one dose is needed, and 4,000 people were vaccinated.",
     "one dose"),
    ("The Bears were one point from elimination before 62,000 fans.", "one point"),
    # the base a rate is given per, in any unit
    ("The board raised the wheat price to 2,425 rupees per 100 kg.", "100 kg"),
    ("The hatchback uses 4.9 litres per 100 km.", "100 km"),
    # a pager's own number
    ("Showing 3 of 214 news items. Police arrested 12 people.", "3"),
    # "one" before a singular noun counts a person only (guide): not "one pistol"
    ("Officers seized one pistol with 18 rounds of ammunition.", "one"),
    ("The crew dumped two pistols and one assault rifle overboard.", "one"),
    # a number or range before a noun of ages is an age (guide: ages are not annotated)
    ("The second phase covers 2.5 million girls in the 9-14 age group.", "9-14"),
    ("Joblessness in the 18 to 24 age bracket rose to 14.2 percent.", "18 to 24"),
    ("Those under 15 made up 11.2 percent of the population.", "under 15"),
    ("The population between 15 and 64 fell to 72.1 million.", "between 15 and 64"),
    # the one unit a price moves for is no amount
    ("A barrel of Brent rose 62 cents, or 0.8%, to $75.12.", "A barrel"),
    ("An ounce of gold fell $8 to $2,310 in early trade.", "An ounce"),
    # "the other two" of a set told before, no members named after it
    ("His role sets him apart from the other two, and his sentence of 12 years must reflect "
     "it. The court heard 3 witnesses.", "two"),
    # the base a rate is given per
    ("The bonds sold at 98.35 yen per 100 yen of face value.", "100 yen"),
    # the unnamed sources a story cites are no reported figure
    ("Jakarta will keep the nickel export ban until June, two industry sources said, after "
     "shipments of 1.4 million tonnes.", "two"),
    ("Peru's copper royalty will rise to 12%, according to three people familiar with the "
     "draft.", "three"),
    ("Four people with knowledge of the matter said Ghana would sell $1.5 billion of bonds.",
     "Four"),
    ("Five officials briefed on the plan said Manila would import 300,000 tonnes of rice.",
     "Five"),
    ("Two diplomatic sources in Nairobi said the talks with 14 donors had stalled.", "Two"),
]


@pytest.mark.parametrize(("text", "span"), ABSENT, ids=[c[1] for c in ABSENT])
def test_span_not_read(scanner, text: str, span: str) -> None:
    found = [text[q.start:q.end] for q in scanner.scan(text)]
    assert found and span not in found


@pytest.mark.parametrize("text", NONE)
def test_no_quantity(scanner, text: str) -> None:
    assert [text[q.start:q.end] for q in scanner.scan(text)] == []


@pytest.mark.parametrize(("text", "span", "fields"), CASES, ids=[c[1] for c in CASES])
def test_news_wire(scanner, text: str, span: str, fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)


# a quote after a currency word that is also a unit's ("pound"): the currency of that name of
# the country the text names (the pipeline passes the countries its places name)
COUNTRY_QUOTES = [
    ("Egypt's pound weakened to 48.5 against the dollar after the float.", {"EG": 1}, "48.5",
     dict(value=48.5, unit="EGP", kind="money")),
    ("In Beirut, the pound traded at 89,700 to the dollar on Monday.", {"LB": 1}, "89,700",
     dict(value=89700, unit="LBP", kind="money")),
    # a unit's symbol that a currency's own press writes after a sum: "KM" in a text about
    # Bosnia is the convertible mark when the figure is a sum (separators, a scale)
    ("SIPA officers seized 18.350 KM and 2.400 euros in cash in Sarajevo.", {"BA": 2},
     "18.350 KM", dict(value=18350.0, unit="BAM", kind="money")),
    # "P" is the Philippine peso's, the pula's in a text about Botswana
    ("Officials in Gaborone seized P 120,000 in cash.", {"BW": 1}, "P 120,000",
     dict(value=120000.0, unit="BWP", kind="money")),
    ("The lab was found 12 KM from Tuzla.", {"BA": 1}, "12 KM",
     dict(value=12.0, unit="km", kind="length")),
    ("The lorry drove 1,200 KM from Lyon to Milan.", {"FR": 1, "IT": 1}, "1,200 KM",
     dict(value=1200.0, unit="km", kind="length")),
    # session 35: a shared symbol is the currency of the country the text names most
    # a text about Bangladesh naming Singapore once: "$" stays the US dollar
    ("Petrobangla bought two LNG cargoes from Singapore-based traders at $11.85 per mmBtu, "
     "the Bangladesh energy ministry said. Bangladesh imports a third of its gas.",
     {"BD": 2, "SG": 1}, "$11.85", dict(value=11.85, unit="USD", kind="money")),
    # a text about Singapore: the Singapore dollar
    ("Singapore's customs seized duty-unpaid cigarettes worth $42,000 in Singapore.",
     {"SG": 2}, "$42,000", dict(value=42000.0, unit="SGD", kind="money")),
    # "SR" in a Seychelles text: the Seychelles rupee, the riyal's in a Saudi one
    ("The Seychelles federation awarded SR 40,000 to the winners in Victoria, Seychelles.",
     {"SC": 2}, "SR 40,000", dict(value=40000.0, unit="SCR", kind="money")),
    ("Saudi Arabia set aside SR 2 billion for the new stadium in Riyadh.", {"SA": 2},
     "SR 2 billion", dict(value=2e9, unit="SAR", kind="money")),
    # "K" with a scale in a Myanmar text: the kyat, the kwacha's in a Zambian one
    ("Myanmar police seized drugs worth K12.5 billion near Muse, Myanmar.", {"MM": 2},
     "K12.5 billion", dict(value=12.5e9, unit="MMK", kind="money")),
    ("Zambia's maize agency pays K3,200 per tonne in Lusaka, Zambia.", {"ZM": 2},
     "K3,200", dict(value=3200.0, unit="ZMW", kind="money")),
    # "Sh" is the shilling of the East African country the text names most
    ("The federation paid Sh12 million to the club in Dar es Salaam, Tanzania; a Kenya side "
     "also played.", {"TZ": 2, "KE": 1}, "Sh12 million",
     dict(value=12e6, unit="TZS", kind="money")),
    ("The shilling traded at Sh3,700 to the dollar in Kampala, Uganda.", {"UG": 2}, "Sh3,700",
     dict(value=3700.0, unit="UGX", kind="money")),
    ("Maize prices in Nairobi rose to Sh4,200 per bag, Kenya's ministry said.", {"KE": 1},
     "Sh4,200", dict(value=4200.0, unit="KES", kind="money")),
]


@pytest.mark.parametrize(("text", "countries", "span", "fields"), COUNTRY_QUOTES,
                         ids=[c[2] for c in COUNTRY_QUOTES])
def test_quote_in_named_country(scanner, text: str, countries: dict[str, int], span: str,
                                fields: dict[str, Any]) -> None:
    found = {text[q.start:q.end]: q.normalized()
             for q in scanner.scan(text, countries=lambda: countries)}
    assert span in found, f"{span!r} not among {list(found)}"
    for key, expected in fields.items():
        assert found[span].get(key) == expected, (key, found[span])

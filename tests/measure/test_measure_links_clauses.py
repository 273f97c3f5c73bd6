"""What a figure measures when its clause says so (measure/clause_links.py): what changed,
counts restated or compared, goods valued or sold, land under a crop. Our own sentences in
several publisher styles (agency annual figures, police blotter, wire copy, UN reports,
customs bulletins, prosecutors' releases)."""

from __future__ import annotations

import pytest
from quantity_checks import substance_mentions, whats_by_span

from pressparse.measure.scanner import SubstanceMention

# Substances the texts name, as the SUBSTANCE component would pass them (surface: name).
KNOWN = {"heroin": "heroin", "cocaine": "cocaine", "fentanyl": "fentanyl",
         "methamphetamine": "methamphetamine", "meth": "methamphetamine",
         "cannabis": "cannabis", "captagon": "captagon", "yaba": "methamphetamine",
         "shabu": "methamphetamine", "drugs": "drugs",
         "various narcotics": "drugs"}


def mentions(text: str) -> list[SubstanceMention]:
    return substance_mentions(text, KNOWN)


CHANGES = [
    # the subject of a verb of change, its measure noun dropped
    ("Seizures of heroin in the northern provinces rose by 14 per cent last year.",
     "14 per cent", "heroin seizures"),
    ("The number of registered drug offences fell 8.5% in 2024, the ministry said.", "8.5%",
     "registered drug offences"),
    ("Customs said the volume of seized cocaine, however, dropped by 22 percent.",
     "22 percent", "cocaine"),
    ("Methamphetamine seizures climbed 41 percent in the third quarter.", "41 percent",
     "methamphetamine seizures"),
    ("In the border districts the quantity of captagon seized rose by 38 percent.",
     "38 percent", "captagon"),
    ("Coca cultivation in the country fell by 2.6 % in 2024 to 89,755 hectares.", "2.6 %",
     "Coca cultivation"),
    ("Drug smuggling detections at the border rise 38.5% in first half", "38.5%",
     "Drug smuggling detections"),
    ("Tesla shares tumbled 12 percent to $180.", "12 percent", "Tesla shares"),
    ("Exports to China dropped 14.5% in October, the customs office said.", "14.5%",
     "Exports"),
    # a sum or count of change: what it changed
    ("The government plans to cut spending by $12 billion over five years.", "$12 billion",
     "spending"),
    ("Investigators said revenue fell by $3 million.", "$3 million", "revenue"),
    # a copula and a comparative after the figure
    ("The number of plants destroyed was 31 per cent lower than a year earlier.",
     "31 per cent", "plants"),
    # a comma before it: the amount the sentence gave just before
    ("Officers seized 2.4 tonnes of cocaine in 2024, 35 per cent more than in 2023.",
     "35 per cent", "cocaine"),
    ("The unit detected 1,146 drug-related crimes, 14 percent more than a year before.",
     "14 percent", "drug-related crimes"),
    ("Police intercepted 980 tons of various narcotics since March, an increase of 12 percent "
     "on the same period.", "12 percent", "drugs"),
    ("Agents arrested 1,480 suspects in drug cases, 14% more than in 2023.", "14%", "suspects"),
    # a bare measure noun or a pronoun: the amount of its kind named before
    ("Customs found 4.2 tonnes of cocaine at the port in May. Nine of the 23 people held "
     "were minors.\n\nThe quantity is 45 percent lower than a year ago.", "45 percent",
     "cocaine"),
    ("Rangers counted 1,900 cannabis plants on the ridge. It was 20 per cent more than in "
     "2023.", "20 per cent", "cannabis plants"),
    # a noun of change: what it is "in"
    ("Prosecutors reported a decrease of 11.8 percent in cases compared with 2024.",
     "11.8 percent", "cases"),
    ("A 4% drop in orders hit the shares.", "4%", "orders"),
    # the level reached after the change: what changed
    ("The number of drug users in the country grew by 3.5% to 2.1 million.", "2.1 million",
     "drug users"),
    ("Group revenue rose 5% to $3.2 billion in the quarter.", "$3.2 billion",
     "Group revenue"),
    ("Overdose deaths dropped by nearly 27 percent last year, to about 80,000.",
     "about 80,000", "Overdose deaths"),
    ("The number of registered addicts rose by 4% last year, to 18,300.", "18,300",
     "registered addicts"),
    # a level reached: what reached it
    ("Unemployment fell to 3.9% in May, while inflation eased to 2.1%.", "3.9%",
     "Unemployment"),
    ("Unemployment fell to 3.9% in May, while inflation eased to 2.1%.", "2.1%", "inflation"),
    # the same figure for another period, in brackets
    ("Police recorded 5,612 drug offences in 2024 (2023: 4,980).", "4,980", "drug offences"),
    ("Officers seized 24.6 tonnes of cocaine (previous year: 35.1 tonnes).", "35.1 tonnes",
     "cocaine"),
    # a modifier between the share and its noun of change; a verb taking that noun as its
    # object, its subject what changed (session 38)
    ("The lender reported a 21 per cent year-on-year rise in net interest income to Rs 930 "
     "crore.", "21 per cent", "net interest income"),
    ("The lender reported a 21 per cent year-on-year rise in net interest income to Rs 930 "
     "crore.", "Rs 930 crore", "net interest income"),
    ("Car sales posted a 7.4% annual drop in October.", "7.4%", "Car sales"),
    # a possessive's measure noun after "of" names no part: the subject (session 38)
    ("Pensions have lost 85 percent of their value since 2019.", "85 percent", "Pensions"),
    # a headline's verb of change in -s (session 38)
    ("Copper Slumps 2.4% as Chinese Demand Cools", "2.4%", "Copper"),
    # ... but a period or a measure is no thing that changed: the change is named
    ("The agency recorded an increase of 6% in the year.", "6%", "increase"),
]

COUNTS = [
    # "of which": the count before
    ("The police recorded 4,117 drug crimes, of which 2,693 were linked to sales.", "2,693",
     "drug crimes"),
    ("Across the country, 4,320 people were detained, of whom 312 were minors.", "312",
     "minors"),
    # "up from": the count the level rose from
    ("Today 24 countries have warning systems, up from 14 in 2019.", "14", "countries"),
    # "the number of X" reached a level
    ("The number of overdose deaths fell to 61 last year.", "61", "overdose deaths"),
    ("The total number of arrests rose to 1,540 by December.", "1,540", "arrests"),
    # a verb of change and "to" before a bare count: its subject (session 38)
    ("Burglaries fell to 412 in the first half, the police said.", "412", "Burglaries"),
    ("Dengue cases climb to 386 in coastal districts", "386", "Dengue cases"),
    ("The number of people who used drugs reached 316 million in 2023, up from 240 million "
     "a decade earlier.", "240 million", "people"),
    # a noun right after "of them" is what the part counts, unless several follow
    ("Troops arrested 1,126 suspects, 34 of them foreigners, in the raids.", "34",
     "foreigners"),
    ("Thirty-seven people were detained, nine of them organizers and chemists.", "nine",
     "people"),
    # pills inside a counted phrase: their substance
    ("RAB-15 recovered 2,40,000 pieces of yaba tablets near the border.", "2,40,000",
     "methamphetamine"),
    # adjectives joined by "and" share the noun after them
    ("About 1,200 servicemen and 150 units of military and special equipment took part.",
     "150", "units of military and special equipment"),
    # a number after "and" counts anew: no shared noun
    ("The drill drew 600 troops, 42 units of equipment and nine helicopters.", "42",
     "units of equipment"),
    ("Rescuers deployed 15 pieces of equipment and 3 boats to the flooded villages.", "15",
     "pieces of equipment"),
    # pills counted again without their substance: the pills counted before
    ("Agents seized 310,000 pills containing fentanyl in March. The suspects used encrypted "
     "apps, couriers and rented cars across four states, prosecutors said in the indictment "
     "unsealed on Tuesday. Investigators say the ring moved more than 1 million pills.",
     "more than 1 million pills", "fentanyl"),
]

MEASURED = [
    # seizures in general: drugs; a figure compared with it: the same; not the substance of
    # the paragraph before
    ("Police seized 2 tonnes of heroin in May.\n\nSeizures at the airport totalled 1,234 kg "
     "this year, against 980 kg last year.", "1,234 kg", "drugs"),
    ("Police seized 2 tonnes of heroin in May.\n\nSeizures at the airport totalled 1,234 kg "
     "this year, against 980 kg last year.", "980 kg", "drugs"),
    ("Officers seized 5 kg of heroin, compared with 3 kg of cocaine last year.", "3 kg",
     "cocaine"),
    # a subject with no noun read names nothing: the substance named before
    ("The quantity of stimulants (methamphetamine) seized reached approximately 1,195 kg.",
     "approximately 1,195 kg", "methamphetamine"),
    ("In 2024 the total quantity of drugs seized was approximately 1,650 kg.",
     "approximately 1,650 kg", "drugs"),
    ("Deputies collected 187 pounds of unwanted and expired medication on Saturday.",
     "187 pounds", "unwanted and expired medication"),
]

SHARES = [
    # a copula, an adverb between it and the share (session 16)
    ("The vote was void because turnout was only 38.2%, short of the quorum.", "38.2%",
     "turnout"),
    ("The jobless rate is still 6.4% in the north.", "6.4%", "jobless rate"),
    ("Police said 62 percent of those arrested were under 30.", "62 percent", "people"),
    ("Cannabis remained the most seized drug, accounting for 62 per cent of all seizures.",
     "62 per cent", "seizures"),
    # a possessive after "of" (session 38)
    ("The carrier will cut about 8% of its cabin crew by March.", "about 8%", "cabin crew"),
    ("Herders lost almost 40 percent of their cattle in the drought.", "almost 40 percent",
     "cattle"),
    ("The airline expects to cancel about 30% of its 420 daily flights.", "about 30%",
     "daily flights"),
]

RESTATED = [
    ("With the new batch, 1,027 of the province's 1,109 villages, or 92.6 percent, are now "
     "declared drug-free.", "92.6 percent", "villages"),
    ("Air cargo accounted for 264 cases (64%), passengers for 103.", "64%", "cases"),
]

VALUES = [
    # the goods a clause values: one substance named before, or several ("drugs")
    ("Officers found 468 kilograms of cocaine in the shipment. The drugs have an estimated "
     "street value of $46.8 million.", "$46.8 million", "cocaine"),
    ("About 1,350g of heroin, 1,020g of crystal meth and 96g of cannabis were seized. The drugs "
     "seized are estimated to be worth about $212,000.", "about $212,000", "drugs"),
    ("They held 46.2 kg of heroin and 40.2 kg of cannabis. The market value of the seized "
     "drugs is estimated at more than 2.5 million manats.", "more than 2.5 million manats",
     "drugs"),
    # what is sold for a sum
    ("According to the indictment, the pills were sold for $5 to $10 each.", "$5 to $10",
     "pills"),
    ("In the hill districts, yaba tablets from the east are sold for less than $1 each.",
     "less than $1", "methamphetamine tablets"),
    # a substance right after the sum
    ("P1.7-M SHABU SEIZED IN BUY-BUST", "P1.7-M", "methamphetamine"),
    ("Police announced a $2 million cocaine haul on Friday.", "$2 million", "cocaine"),
    # "in" before a count names no goods; "cash" after the sum
    ("SARS intercepts drugs worth R84 million in three incidents", "R84 million", "drugs"),
    ("Seized: 64 bars, two scales and $4,210 cash.", "$4,210", "cash"),
    # a sum received or paid is a payment
    ("The couriers received Rs.40,000 per trip from the gang.", "Rs.40,000", "payment"),
    ("The network paid $1,500 to $2,000 per crossing.", "$1,500 to $2,000", "payment"),
    ("The organiser paid each of them $1,500 per trip.", "$1,500", "payment"),
    ("The ring smuggled 3 tonnes of methamphetamine, earning more than A$60 million.",
     "more than A$60 million", "earnings"),
    # a sum of money totalling: cash
    ("Seized: 4. sums of money totalling approximately EUR 106,000; 5. eleven vehicles.",
     "approximately EUR 106,000", "cash"),
    # land under a crop named by the clause
    ("The survey estimates that poppy was grown on 47,100 hectares in 2023.",
     "47,100 hectares", "poppy"),
    ("Officials said coca was cultivated on some 12,000 hectares in the valley.",
     "some 12,000 hectares", "coca"),
]

# the object of a verb of change before "by"/"to" is what moved (not the clause's subject);
# a share written as the adjective of a noun after "a" sizes that noun (session 16)
MOVED = [
    ("Turkey's central bank raised its benchmark one-week repo rate by 250 basis points to "
     "42.5% on Thursday.", "250 basis points", "benchmark one-week repo rate"),
    ("Turkey's central bank raised its benchmark one-week repo rate by 250 basis points to "
     "42.5% on Thursday.", "42.5%", "benchmark one-week repo rate"),
    ("Reserve Bank of India cuts repo rate to 5.5%, surprises markets", "5.5%", "repo rate"),
    ("Bank Indonesia lowered the BI-Rate (BIR) by 25 basis points to 5.5 percent.",
     "25 basis points", "BI-Rate"),
    ("Toyota lifted its full-year sales forecast by 4% on Wednesday.", "4%",
     "full-year sales forecast"),
    ("Jefferies raised its price target on the shares to $212 from $190.", "$212",
     "price target on the shares"),
    ("The council wants to raise social housing spending to 4 per cent of its budget.",
     "4 per cent", "social housing spending"),
    ("The plan is a cut of the top corporate tax rate to 21% from 25%.", "21%",
     "top corporate tax rate"),
    ("The miner cut its workforce by 1,200 to 8,300 after the strike.", "1,200", "workforce"),
    ("Seoul slapped a 15 per cent import tariff on Chinese steel plates.", "15 per cent",
     "import tariff"),
    ("The fund bought a 9.9% stake in the lender last year.", "9.9%", "stake"),
    ("The working-age population shrank to 72.1 million in 2025.", "72.1 million",
     "working-age population"),
    # a longer object: its noun phrase, cut at its first preposition (session 38)
    ("The central bank lowered its inflation forecast for next year to 2.9 percent.",
     "2.9 percent", "inflation forecast"),
    ("The decree raises the ceiling for duty-free parcels sent by post from outside the "
     "bloc to 150 euros.", "150 euros", "ceiling"),
]

# the level a measure's clause reaches: its subject, also with a prepositional phrase that
# holds a year ("for 2026"), or a long one cut at its first preposition (session 17)
LEVELS = [
    ("Total floor area of new housing came to about 58.1 million square meters, down 5.5 pct.",
     "about 58.1 million square meters", "Total floor area of new housing"),
    ("Imports of steel products from China totaled 8.73 million tons in 2026.",
     "8.73 million tons", "Imports of steel products"),
    ("Wheat production in the southern region rose to 12.4 million tonnes this season.",
     "12.4 million tonnes", "Wheat production"),
    ("The province's high-speed rail network has grown to over 1,800 km since 2016.",
     "over 1,800 km", "province's high-speed rail network"),
    ("China's total mining quota for 2026 stood at 270,000 tonnes, up 5.9 percent.",
     "270,000 tonnes", "China's total mining quota"),
    ("China's total mining quota for 2026 stood at 270,000 tonnes, up 5.9 percent.",
     "5.9 percent", "China's total mining quota"),
    ("Harbour Timur Bhd's net profit for the first half of 2027 rose 6.1 per cent to RM412 "
     "million.", "6.1 per cent", "Harbour Timur Bhd's net profit"),
    ("The number of babies born in 2026 fell to about 668,000, the fewest on record.",
     "about 668,000", "babies born"),
    # the noun phrase a figure is "of": what it measures (not a record, an average, a period,
    # a change or a bare measure noun: UNLINKED)
    ("Shares closed at 4,215 yen, giving the company a market value of about 5.8 trillion yen.",
     "about 5.8 trillion yen", "market value"),
    ("The ICCO said it expected a global deficit of 150,000 tonnes in the 2026/27 season.",
     "150,000 tonnes", "global deficit"),
    ("Morocco expects a cereal harvest of 3.1 million tonnes this year, the ministry said.",
     "3.1 million tonnes", "cereal harvest"),
    ("Each of the carriers will have a cargo capacity of 174,000 cubic meters.",
     "174,000 cubic meters", "cargo capacity"),
    ("The riders covered the stage at an average speed of 39.8 km/h.", "39.8 km/h",
     "average speed"),
    ("The ministry set a primary surplus target of 0.25% of GDP for this year.", "0.25%",
     "primary surplus target"),
    # a change set off by a comma after a share: the share's; the level moved "from", past
    # the share between; a period after a month; "a record" between the verb and the level
    ("Headline inflation stood at 2.4 per cent in March, up 0.3 percentage point from "
     "February.", "0.3 percentage point", "Headline inflation"),
    ("Visitor spending for January to June 2026 amounted to RM41.2 billion, up 11.5 per cent "
     "from RM36.95 billion a year earlier.", "RM36.95 billion", "Visitor spending"),
    ("Visitor spending for January to June 2026 amounted to RM41.2 billion, up 11.5 per cent "
     "from RM36.95 billion a year earlier.", "RM41.2 billion", "Visitor spending"),
    ("In 2026 exports rose 4% to $3.1 billion, the customs office said.", "4%", "exports"),
    # an apposition after an abbreviated company name (session 38)
    ("Shares of Kestrel Mining Corp., the group's parent, fell 2.3 percent to 41.20 rand.",
     "2.3 percent", "Shares of Kestrel Mining Corp"),
    ("Online sales hit a record $8.2 billion over the holiday weekend.", "$8.2 billion",
     "Online sales"),
]

# the last resort (session 37): the subject of the figure's clause when its verb states a
# level or measure of it, an adverb after the noun, a figure, a date or a preposition inside
# the subject, an adverbial or a reporting verb before it; the level it moved to after it
CLAUSE_SUBJECTS = [
    ("The snow depth there reached 1.9 metres on Sunday, the agency said.", "1.9 metres",
     "snow depth"),
    ("Turnout among voters aged 18 to 24 jumped to 61.2% in the election.", "61.2%",
     "Turnout"),
    ("The central estimate of losses had fallen from £11.4 billion over the past year.",
     "£11.4 billion", "central estimate of losses"),
    ("The central estimate of losses had fallen from £11.4 billion to £9.7 billion.",
     "£9.7 billion", "central estimate of losses"),
    ("In 2026, wind farms generated 5.12 TWh, the grid operator said.", "5.12 TWh",
     "wind farms"),
    ("The agency said on Tuesday that the fuel subsidy was raised by 9 per cent to Rs 410 "
     "crore.", "Rs 410 crore", "fuel subsidy"),
    ("Average pay in the sector, the union's main concern, was $1,240 a month.", "$1,240",
     "Average pay"),
    # "come in at" a level; a headline's noun phrase "at" its level (session 38)
    ("The maize crop should come in at about 2.4 million tonnes this year.",
     "about 2.4 million tonnes", "maize crop"),
    ("Croatia's olive oil output at 5,600 tonnes after dry summer", "5,600 tonnes",
     "Croatia's olive oil output"),
    # a mass no substance names: the noun phrase before its verb of weighing (session 38)
    ("Rangers recovered three elephant tusks weighing 23 kg near the park gate.", "23 kg",
     "elephant tusks"),
    ("The probe carried four landers weighing a total of about 96 kg.", "about 96 kg",
     "landers"),
    ("Each sack weighs 50 kg.", "50 kg", "sack"),
    # a size written before a noun: the noun, a name's words before its head kept
    ("Engineers tested a 3,400-kilogram rover at the site.", "3,400-kilogram", "rover"),
    ("Dredging of the 42-kilometre Kalna channel will finish in May.", "42-kilometre",
     "Kalna channel"),
]

ALL = CHANGES + COUNTS + MEASURED + SHARES + RESTATED + VALUES + MOVED + LEVELS \
    + CLAUSE_SUBJECTS

UNLINKED = [
    # no clause names what: nothing invented
    ("Police said 40 percent was a record.", "40 percent"),
    ("The level was 12 percent at the end of the year.", "12 percent"),
    ("He sold them for $50 at the market.", "$50"),
    ("The figure stood at 2,120 last year.", "2,120"),
    # a verb of change with no object before "to": no moved thing, the subject's business;
    # nor a participle, an adverb, a period or a bare measure noun as its object
    ("They said it rose to 40 percent.", "40 percent"),
    ("A swell limited to 1.5 metres would spare the harbour.", "1.5 metres"),
    ("The ministry wants to raise the figure to 45 percent by 2030.", "45 percent"),
    ("Analysts expect it to ease further to around 3.1% next year.", "around 3.1%"),
    ("Shares slid 4%, taking their fall since March to 31%.", "31%"),
    # a noun before "of" that names no thing measured: a record, an idiom, a bare measure
    ("It beat the previous record of 6.31 million set in July 2019.", "6.31 million"),
    ("It fell on top of more than 400 mm already recorded since Sunday.", "more than 400 mm"),
    ("The salmon were smaller, with an average of 3,2 kilos a fish.", "3,2 kilos"),
    ("Searchers are combing an area of about 25 square kilometers.",
     "about 25 square kilometers"),
    # the last resort reads no agent's verb, no clause naming another thing, no pronoun
    ("The council approved $4 million in 2025.", "$4 million"),
    ("Officials hope the figure reaches 30 percent.", "30 percent"),
    ("They said it fell to 2.1 metres overnight.", "2.1 metres"),
    ("Police found a 5-kg bag of cocaine in the car.", "5-kg"),
    # "a"/"an" as a word sizes the noun after a share; not the last letter of a name
    ("Index weights: Malaysia 10% palm oil, Brazil 5% soybeans.", "10%"),
]


@pytest.mark.parametrize(("text", "span", "what"), ALL,
                         ids=[c[1] for c in ALL])
def test_what_from_the_clause(scanner, text: str, span: str, what: str) -> None:
    found = whats_by_span(scanner, text, KNOWN)
    assert span in found, f"{span!r} not among {list(found)}"
    assert found[span] == what


@pytest.mark.parametrize(("text", "span"), UNLINKED, ids=[c[1] for c in UNLINKED])
def test_no_what_when_the_clause_names_none(scanner, text: str, span: str) -> None:
    found = whats_by_span(scanner, text, KNOWN)
    assert span in found, f"{span!r} not among {list(found)}"
    assert found[span] is None


def test_of_which_count_takes_the_category_before(scanner) -> None:
    text = "Police recorded 4,117 drug crimes, of which 2,693 were linked to sales."
    found = {text[q.start:q.end]: q for q in scanner.scan(text, mentions(text))}
    assert found["2,693"].category == found["4,117"].category == "crimes"


def test_the_drug_is_no_precursor(scanner) -> None:
    text = ("Officers found 312 kg of amphetamine base and 1,450 litres of BMK. The base could "
            "make about 3 million doses of the drug.")
    found = [SubstanceMention(text.index("amphetamine"), text.index(" base"), "amphetamine",
                              "stimulant"),
             SubstanceMention(text.index("BMK"), text.index("BMK") + 3, "phenylacetone",
                              "precursor")]
    whats = {text[q.start:q.end]: q.what for q in scanner.scan(text, found)}
    assert whats["1,450 litres"] == "phenylacetone"
    assert whats["about 3 million doses"] == "amphetamine"

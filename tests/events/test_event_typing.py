"""Event types and names from cue words (data) and OPERATION entities."""

from __future__ import annotations

import pytest
from event_docs import build_doc, date_range, mass, operation, org, substance

from pressparse.events import assemble_events

NAMED = [
    # (text, name surface, normalized name, expected type)
    ('The regional anti-drug operation "Northern Shield" ended on Friday.',
     "Northern Shield", "Northern Shield", "operation"),
    ('Armenia hosted planning talks for the "Cooperation-2025" joint staff exercise.',
     "Cooperation-2025", "Cooperation-2025", "exercise"),
    ('Kyrgyzstan hosted the staff talks on the conduct of the "Unbreakable Union-2025" '
     "command-staff training of the peacekeeping forces.",
     "Unbreakable Union-2025", "Unbreakable Union-2025", "exercise"),
    ("Operation Pangea XVI targeted illegal online pharmacies in 90 countries.",
     "Pangea XVI", "Pangea XVI", "operation"),
    ('The "Border Watch" seminar for customs officers opened in Tashkent.',
     "Border Watch", "Border Watch", "training"),
    ('Police chiefs gathered for the "Silk Road Dialogue" conference in Xi\'an.',
     "Silk Road Dialogue", "Silk Road Dialogue", "meeting"),
    ('The anti-drug operation "Channel – Southern Gate" was summed up in Dushanbe.',
     "Channel – Southern Gate", "Channel-Southern Gate", "operation"),
    # a row of a list whose head line names the rows' kind, no word beside the name
    ("The programme includes two exercises:\n"
     '- with special forces units - "Barrier-2026", 8-10 September, Balykchy ground;\n'
     '- with the border guards - "Pass-2026", 10-12 September, the Tosor pass.',
     "Pass-2026", "Pass-2026", "exercise"),
    ("The project for customs officers comprised two courses:\n"
     '• "Port Watch-2026", 3 to 7 June, at the academy in Mombasa;\n'
     "• a study visit to the port of Durban.",
     "Port Watch-2026", "Port Watch-2026", "training"),
]


@pytest.mark.parametrize(("text", "surface", "name", "expected"), NAMED)
def test_named_event_type_from_the_word_next_to_the_name(
        nlp, rules, text: str, surface: str, name: str, expected: str) -> None:
    doc = build_doc(nlp, text, [(surface, "OPERATION", operation(name))])
    events = assemble_events(doc, rules)
    assert [(e["type"], e["name"]) for e in events] == [(expected, name)]


UNNAMED = [
    ("Customs officers seized 40 kg of heroin in a truck at the border post.", "seizure"),
    ("A two-week training course for border officers was held at the academy.", "training"),
    ("The heads of the drug control agencies met in Minsk to discuss cooperation.", "meeting"),
    ("Police of three provinces conducted a joint operation against drug couriers. "
     "Officers seized 12 kg of methamphetamine.", "operation"),
    ("The CSTO Secretary General told a news agency about the priorities of the organization.",
     "statement"),
    ("The regional court sentenced the leader of the smuggling ring to 15 years.", "other"),
    # a headline's court verb types the verdict over a trafficking word before its lead
    ("Court jails four couriers for heroin trafficking\nPORTVILLE, May 3 (Wire) --\n"
     "The district court today sentenced four couriers to ten years each, the prosecutor "
     "said.", "other"),
    ("A former customs officer was found guilty of drug trafficking on Monday and fined "
     "40,000 euros.", "other"),
    ("The ministry summed up the results of the year: 1,200 drug crimes were recorded.",
     "other"),
    ("A joint investigation has dismantled a network that shipped cocaine to Europe.",
     "operation"),
    ("Agents and soldiers uprooted 3,000 cannabis plants at four sites in the hills.",
     "operation"),
    ("Peacekeeping units practised convoy escort during command-staff exercises.", "exercise"),
    ("A staff training of the rapid reaction forces will take place in Bishkek next month.",
     "training"),
    ("Seizures of cocaine in Western Europe reached a record level, the agency warned in a "
     "statement on its website.", "statement"),
    # a warning or an appeal to the public is a statement (guide: "warnings")
    ("PUBLIC WARNING – SYNTHETIC CANNABINOIDS\nThe police wish to inform parents and young "
     "people that herbal mixtures sold in the town contain dangerous synthetic drugs.",
     "statement"),
    ("Police appeal to the public for information on drug dealing near the schools of the "
     "town.", "statement"),
    # destroying drugs seized earlier is no seizure of its own
    ("Seized narcotics set on fire in three cities\nDrugs seized over the previous twelve "
     "months were publicly destroyed today to mark the International Day against Drug "
     "Abuse.", "other"),
    ("Customs held a drug destruction ceremony at the incineration plant.", "other"),
    ("The drug control directorate incinerated 2,100 kilograms of narcotics from closed "
     "court cases at the landfill.", "other"),
    # a find told by its noun, no verb of seizing ("The find was made yesterday")
    ("Customs officers inspected a truck at the checkpoint. In two spare wheels, hashish was "
     "hidden. The find was made yesterday.", "seizure"),
    ("Summary of the week: the agency handled 19 cases, arrested 31 suspects and seized "
     "112.9 kg of methamphetamine.", "other"),
    # a communique of a week's operational results, however many operations it tells
    ("OPERATIONAL RESULTS OF 3 TO 9 MARCH\nArmy units carried out several operations that "
     "led to the arrest of 52 traffickers and the seizure of 9 quintals of kif.", "other"),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED)
def test_unnamed_event_type_from_the_lead(nlp, rules, text: str, expected: str) -> None:
    events = assemble_events(build_doc(nlp, text, []), rules)
    assert [e["type"] for e in events] == [expected]


HEADED = [
    # header lines under the title do not push the first body sentence out of the lead
    ("Record haul at the northern port\nNational Customs Service\nFOR IMMEDIATE RELEASE\n"
     "Monday, 3 March 2025\n\nPORTVILLE - A joint operation of customs and police ended "
     "this week. Officers seized 90 kg of cocaine in a container.", "operation"),
    ("New skills for border staff\nRegional Police Press Office\n12.05.2025\n\nA "
     "two-week training course for dog handlers opened at the academy. The trainees will "
     "later join the operation at the southern border.", "training"),
]


def test_event_word_inside_a_body_name_is_no_cue(nlp, rules) -> None:
    text = ("Officers of the Office of Field Operations found 40 kg of methamphetamine in a "
            "truck at the crossing.")
    doc = build_doc(nlp, text, [("Office of Field Operations", "ORG",
                                 org("Office of Field Operations"))])
    assert [e["type"] for e in assemble_events(doc, rules)] == ["seizure"]


@pytest.mark.parametrize(("text", "expected"), HEADED)
def test_lead_skips_header_lines(nlp, rules, text: str, expected: str) -> None:
    events = assemble_events(build_doc(nlp, text, []), rules)
    assert [e["type"] for e in events] == [expected]


@pytest.mark.parametrize("text", [
    "The weather in the capital was sunny and warm.",
    "",
    "Contacts: press office, phone 123-45-67.",
    # plain news read as a statement or a period's figures, with no word of law enforcement:
    # no event
    "The statistics office said on Friday that exports fell 7.5 per cent in the first "
    "quarter.",
    "The harvest of 2026 is estimated at 41 million hectolitres, the growers' association "
    "said in its annual report released on 31 July.",
])
def test_no_cue_no_event(nlp, rules, text: str) -> None:
    assert assemble_events(build_doc(nlp, text, []), rules) == []


def test_quoted_name_without_operation_entity(nlp, rules) -> None:
    text = ('On 14-16 May, Tajikistan hosted the joint exercise of reconnaissance units '
            '"Search-2025" of the rapid reaction forces.')
    events = assemble_events(build_doc(nlp, text, []), rules)
    assert [(e["type"], e["name"]) for e in events] == [("exercise", "Search-2025")]


def test_series_name_is_not_an_event(nlp, rules) -> None:
    text = ('The head of the agency answered questions about the "Harbour" series and about '
            "the drug market.")
    doc = build_doc(nlp, text, [("Harbour", "OPERATION", operation("Harbour"))])
    assert [(e["type"], e["name"]) for e in assemble_events(doc, rules)] == [
        ("statement", None)]


def test_plural_series_mention_is_not_an_event(nlp, rules) -> None:
    text = ('The head of the directorate answered questions: every year we take part in the '
            '"Harbour" operations with our partners.')
    doc = build_doc(nlp, text, [("Harbour", "OPERATION", operation("Harbour"))])
    assert [e["name"] for e in assemble_events(doc, rules)] == [None]


@pytest.mark.parametrize(("arrested", "searches", "expected"), [
    (31, None, "operation"), (2, None, "seizure"),
    # several premises searched on the day, with or without arrests: an action at several
    # places (guide, session 16)
    (2, "Officers searched seven flats in the district on 4 June.", "operation"),
    (0, "Officers searched seven flats in the district on 4 June.", "operation"),
])
def test_seizure_with_many_arrests_is_an_operation(nlp, rules, arrested: int,
                                                   searches: str | None,
                                                   expected: str) -> None:
    text = ("On 4 June police seized 1.5 tonnes of cocaine in the port"
            + (f" and arrested {arrested} people. " if arrested else ". ")
            + (searches or "") + " The investigation began in 2022.")
    entities = [
        ("4 June", "DATE", date_range("2025-06-04", "2025-06-04", "absolute")),
        ("1.5 tonnes", "QUANTITY", {"value": 1.5, "unit": "t", "kind": "mass", "kg": 1500,
                                    "qualifier": "exact", "what": "cocaine"}),
    ]
    if arrested:
        entities.append((f"{arrested} people", "QUANTITY", {
            "value": arrested, "kind": "count", "qualifier": "exact", "what": "people"}))
    if searches:
        entities.append(("seven", "QUANTITY", {"value": 7, "kind": "count",
                                               "qualifier": "exact", "what": "flats"}))
    doc = build_doc(nlp, text, entities)
    assert [e["type"] for e in assemble_events(doc, rules)] == [expected]


def test_far_event_word_types_a_quoted_name(nlp, rules) -> None:
    text = ('Belarus hosted the joint exercise of the reconnaissance units of the rapid '
            'reaction forces "Search-2025".')
    doc = build_doc(nlp, text, [("Search-2025", "OPERATION", operation("Search-2025"))])
    assert [(e["type"], e["name"]) for e in assemble_events(doc, rules)] == [
        ("exercise", "Search-2025")]


def test_two_named_events_in_one_item(nlp, rules) -> None:
    text = ('The operation "Harbour Watch" ended on Monday. The organizers also presented '
            'plans for the exercise "Steppe Guard-2026".')
    doc = build_doc(nlp, text, [("Harbour Watch", "OPERATION", operation("Harbour Watch")),
                                ("Steppe Guard-2026", "OPERATION",
                                 operation("Steppe Guard-2026"))])
    events = assemble_events(doc, rules)
    assert [(e["type"], e["name"]) for e in events] == [
        ("operation", "Harbour Watch"), ("exercise", "Steppe Guard-2026")]
    assert len({e["id"] for e in events}) == 2


def test_mentions_of_one_name_make_one_event(nlp, rules) -> None:
    text = ('The CSTO operation "Channel Centre" began on Monday. During "Channel-Centre", '
            "police seized heroin.")
    doc = build_doc(nlp, text, [
        ("Channel Centre", "OPERATION", operation("Channel-Centre")),
        ("Channel-Centre", "OPERATION", operation("Channel-Centre")),
        ("CSTO", "ORG", org("Collective Security Treaty Organization", "CSTO")),
    ])
    events = assemble_events(doc, rules)
    assert len(events) == 1
    assert events[0]["organizers"][0]["text"] == "CSTO"
    assert len([span for span in events[0]["evidence"]
                if text[span[0]:span[1]].startswith("Channel")]) == 2


def test_an_explainer_mentioning_operations_in_passing_has_no_event(nlp, rules) -> None:
    text = ("How the northern route works\nThe route runs from the northern provinces across "
            "the rivers into Central Asia. Traffickers use trucks and couriers. Routes change "
            "often.\n\nIn recent years, border operations have made the crossings harder.")
    assert assemble_events(build_doc(nlp, text, []), rules) == []


EXTENT_CASES = [
    # (text, date surface, its start and end, expected type)
    ("Police seized 40 kg of heroin and arrested two men in the port city.",
     "between 3 and 9 June", ("2024-06-03", "2024-06-09"), "seizure"),
    ("Between 3 and 9 June, police seized 40 kg of heroin and arrested two men in the city.",
     "3 and 9 June", ("2024-06-03", "2024-06-09"), "operation"),
    ("On 3 June, police carried out an operation and seized 40 kg of heroin in a truck.",
     "3 June", ("2024-06-03", "2024-06-03"), "seizure"),
    ("From 3 to 9 June, police carried out an operation and seized 40 kg of heroin.",
     "3 to 9 June", ("2024-06-03", "2024-06-09"), "operation"),
    # a calendar month of figures is a periodic summary, not one operation
    ("In February 2025, border guards seized 40 kg of heroin along the border.",
     "February 2025", ("2025-02-01", "2025-02-28", "month"), "other"),
]


@pytest.mark.parametrize(("text", "surface", "dates", "expected"), EXTENT_CASES)
def test_an_interdiction_type_follows_its_extent(nlp, rules, text: str, surface: str,
                                                 dates: tuple[str, ...], expected: str) -> None:
    entities = [("40 kg", "QUANTITY", mass(40, 40, "kg", what="heroin")),
                ("heroin", "SUBSTANCE", substance("heroin", "opioid"))]
    if surface in text:
        start, end, *precision = dates  # a calendar period gives its precision
        entities.append((surface, "DATE", {**date_range(start, end),
                                           "precision": precision[0] if precision else "day"}))
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert [e["type"] for e in events] == [expected]


REPORTED_FIGURES_CASES = [
    # (text, date surface, its start and end, expected type of the item's event)
    ("The Ministry of Finance presented the annual statistics of the customs service in "
     "Berlin on 24 March.", "24 March", ("2025-03-24", "2025-03-24"), "statement"),
    ("Global cocaine production hit a record, according to the annual report released on "
     "26 June by the agency.", "26 June", ("2025-06-26", "2025-06-26"), "statement"),
    ("Coca cultivation fell to 89,755 hectares in 2024, according to the annual monitoring "
     "report presented on 24 July by the commission. Eradication teams removed 25,107 "
     "hectares of crops during the year.", "24 July", ("2025-07-24", "2025-07-24"),
     "statement"),
    # the figures of a period stay a summary
    ("Customs statistics for the first quarter: officers seized 40 kg of heroin between "
     "1 January and 31 March.", "1 January and 31 March", ("2025-01-01", "2025-03-31"),
     "other"),
]


@pytest.mark.parametrize(("text", "surface", "dates", "expected"), REPORTED_FIGURES_CASES)
def test_a_figures_document_released_on_one_day_is_a_statement(
        nlp, rules, text: str, surface: str, dates: tuple[str, str], expected: str) -> None:
    entities = [(surface, "DATE", date_range(*dates))]
    if "40 kg" in text:
        entities += [("40 kg", "QUANTITY", mass(40, 40, "kg", what="heroin")),
                     ("heroin", "SUBSTANCE", substance("heroin", "opioid"))]
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert [e["type"] for e in events][:1] == [expected]


DIGEST_CASES = [
    # (text, expected type of the first event): a digest heading names no entry's event
    ("Weekly anti-drug roundup: regional police department\n1. On 7 April, officers of the "
     "district police stopped a car on the highway and found 40 kg of heroin in the trunk.",
     "seizure"),
    ("WEEKLY PRESS BULLETIN No. 27/2025\n(1) On Monday, customs officers at the airport "
     "arrested a passenger and seized 40 kg of heroin sewn into his suitcase.", "seizure"),
    # numbered section headings of one review are no entries
    ("Annual review of the drug police\n1. Overall results\nDuring the year the police "
     "seized 40 kg of heroin.", "other"),
]


@pytest.mark.parametrize(("text", "expected"), DIGEST_CASES)
def test_a_digest_heading_does_not_type_its_first_entry(nlp, rules, text: str,
                                                         expected: str) -> None:
    entities = [("40 kg", "QUANTITY", mass(40, 40, "kg", what="heroin")),
                ("heroin", "SUBSTANCE", substance("heroin", "opioid"))]
    events = assemble_events(build_doc(nlp, text, entities), rules)
    assert [e["type"] for e in events][:1] == [expected]


NAMED_EXTENT = [
    # one day, drugs seized, few arrests: one interdiction with a name
    ('Customs officers stopped a lorry of frozen peas on 4 May 2025 in an operation '
     'code-named "Green Peas" and found 240 kg of cocaine. Two drivers were arrested.',
     "4 May 2025", date_range("2025-05-04", "2025-05-04", "date"), "seizure"),
    # several days: an operation
    ('From 4 to 9 May 2025, customs officers checked lorries in an operation code-named '
     '"Green Peas" and found 240 kg of cocaine. Two drivers were arrested.',
     "4 to 9 May 2025", date_range("2025-05-04", "2025-05-09"), "operation"),
]


@pytest.mark.parametrize(("text", "date_surface", "date", "expected"), NAMED_EXTENT)
def test_named_operation_type_follows_its_extent(nlp, rules, text: str, date_surface: str,
                                                 date, expected: str) -> None:
    doc = build_doc(nlp, text, [
        ("Green Peas", "OPERATION", operation("Green Peas")),
        (date_surface, "DATE", date),
        ("240 kg", "QUANTITY", mass(240, 240, "kg", what="cocaine")),
        ("cocaine", "SUBSTANCE", substance("cocaine")),
    ])
    assert [(e["type"], e["name"]) for e in assemble_events(doc, rules)] == [
        (expected, "Green Peas")]


@pytest.mark.parametrize("text", [
    'Police seized 12 kg of heroin on Monday; the chief said the operation showed the worth '
    'of the "Clean Coast" information-sharing network.',
    'Police seized 12 kg of heroin on Monday. Tips came through the "Clean Coast" app.',
    'Police seized 12 kg of heroin on Monday, an operation backed by the "Clean Coast" '
    'programme.',
])
def test_name_of_a_network_or_programme_is_no_event(nlp, rules, text: str) -> None:
    doc = build_doc(nlp, text, [
        ("Clean Coast", "OPERATION", operation("Clean Coast")),
        ("12 kg", "QUANTITY", mass(12, 12, "kg", what="heroin")),
        ("heroin", "SUBSTANCE", substance("heroin")),
    ])
    assert "Clean Coast" not in [e["name"] for e in assemble_events(doc, rules)]


def test_a_statement_is_not_dated_by_a_running_total(nlp, rules) -> None:
    text = ("Police warn against drug sellers online\n8 March 2025\n\nPolice warned the public "
            "against accounts that sell drugs online. The force said its cyber unit had "
            "blocked 412 accounts since 1 January.")
    doc = build_doc(nlp, text, [
        ("8 March 2025", "DATE", date_range("2025-03-08", "2025-03-08", "date")),
        ("1 January", "DATE", {**date_range("2025-01-01", "2025-01-01", "date"),
                               "year_inferred": True}),
    ])
    events = assemble_events(doc, rules)
    assert [(e["type"], e["start_date"]) for e in events] == [("statement", "2025-03-08")]


@pytest.mark.parametrize(("raids", "expected"), [
    ("in two raids in Quetta and Pishin", "operation"),
    ("in 3 coordinated raids in Quetta", "operation"),
    ("in a raid in Quetta", "seizure"),
])
def test_counted_actions_of_one_day_are_an_operation(nlp, rules, raids: str,
                                                     expected: str) -> None:
    text = (f"Anti-narcotics officers recovered 126 kg of hashish {raids} on Saturday 4 "
            "October 2025 and arrested three suspects.")
    doc = build_doc(nlp, text, [
        ("126 kg", "QUANTITY", mass(126, 126, "kg", what="hashish")),
        ("hashish", "SUBSTANCE", substance("cannabis resin")),
        ("Saturday 4 October 2025", "DATE", date_range("2025-10-04", "2025-10-04", "date")),
    ])
    assert [e["type"] for e in assemble_events(doc, rules)] == [expected]


@pytest.mark.parametrize(("opening", "expected"), [
    ("In total, from 2 to 8 June 2025, police registered 31 drug crimes and seized", "other"),
    ("From 2 to 8 June 2025, police searched markets across the region and seized",
     "operation"),
])
def test_totals_of_a_period_are_a_results_summary(nlp, rules, opening: str,
                                                  expected: str) -> None:
    text = f"{opening} about 18 kg of narcotic drugs."
    doc = build_doc(nlp, text, [
        ("2 to 8 June 2025", "DATE", date_range("2025-06-02", "2025-06-08")),
        ("about 18 kg", "QUANTITY", mass(18, 18, "kg", "about", "narcotic drugs")),
    ])
    assert [e["type"] for e in assemble_events(doc, rules)] == [expected]

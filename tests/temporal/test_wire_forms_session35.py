"""Session 35 forms, classes of error on the spent news-wire sets (newswire15-27), tested in
our own wording:
- "a year earlier" / "a year ago" whose sentence (and the paragraph before) gives no date
  compares the stretch the story reports on: the latest stretch of days or months it gave,
  over by the reference and no comparison's baseline ("January-February ... against 4,710
  dollars a year earlier": January-February a year back), unless it gave a whole year first
  (a crop year's story: the year before);
- "a year earlier" after a year told relative to the reference in its own sentence ("this
  year ... from 1.75 tonnes a year earlier") is the year before that one;
- "the first N months of the (current) fiscal year" in a country whose financial year starts
  in another month is that many months from the start of the fiscal year in progress;
- "the year" after an ordinal that counts within it ("the first auction of the year", "the
  1,900,000th passenger of the year") is the year the story named, else the year in
  progress (the guide's session 31 rule);
- a live blog's day line ("Wednesday, 17 February") over entries told before the publication
  day: "this afternoon", "yesterday", "tomorrow" under it count from that day.
"""

from __future__ import annotations

import pytest
from date_paths import AbsentCase, ValueCase, found_by_component, publisher_style_tests, span
from spacy.language import Language

MAR = "2027-03-10"
MAY = "2027-05-12"
JUN = "2027-06-11"
FEB = "2027-02-18"

CASES: list[ValueCase] = [
    ("story_stretch", MAR, "Paraguay shipped 41,200 tonnes of soybeans in January-February, "
     "9% more than in the same period of 2026.\n\nThe average price was 412 dollars per "
     "tonne, against 398 dollars a year earlier.", "a year earlier",
     span("2026-01-01", "2026-02-28")),
    ("story_stretch", MAY, "Hydropower plants generated 4.1 TWh in the first quarter of 2027, "
     "less than in the first three months of last year, as reservoirs ran low in autumn "
     "2026.\n\nWind parks added 1.9 TWh, while solar output was almost double that of a year "
     "earlier.", "a year earlier", span("2026-01-01", "2026-03-31")),
    ("story_stretch", "2026-10-06", "The park drew 1.2 million visitors from May to September, "
     "the directorate said on Tuesday.\n\nParking fees brought in EUR 3.1 million, up from "
     "EUR 2.8 million a year earlier.", "a year earlier", span("2025-05-01", "2025-09-30")),
    ("yearly_story", "2026-05-21", "Brazil's 2026 coffee crop is put at 58 million bags, "
     "the agency said. Exports in Jan-Apr fell 12%.\n\nYields average 31.5 bags per "
     "hectare, against 29.8 bags a year earlier.", "a year earlier",
     span("2025-01-01", "2025-12-31")),
    ("sentence_year", JUN, "Growers expect lavender oil output to fall to about 90 tonnes "
     "this year from 104 tonnes a year earlier.", "a year earlier",
     span("2026-01-01", "2026-12-31")),
    ("sentence_year", JUN, "Seizures rose 8% in 2025 from a year earlier.", "a year earlier",
     span("2024-01-01", "2024-12-31")),
    ("day_line", FEB, "LIVE: Storm hits the coast\n\nThursday, 18 February\n\n08:10 - Ferries "
     "to Dover are cancelled.\n\nWednesday, 17 February\n\n22:40 - Forecasters say the "
     "gusts reached 110 km/h on the coast this afternoon.", "this afternoon",
     span("2027-02-17", "2027-02-17")),
    ("day_line", FEB, "LIVE: Storm hits the coast\n\nThursday, 18 February\n\n08:10 - Ferries "
     "to Dover are cancelled.\n\nWednesday, 17 February\n\n18:00 - The weather service "
     "issued an orange warning yesterday.", "yesterday", span("2027-02-16", "2027-02-16")),
    ("ordinal_of_year", "2027-01-06", "A 212-kilogram tuna fetched 98 million yen at the "
     "first auction of the year at the Osaka market on Tuesday.", "the year",
     span("2027-01-01", "2027-12-31")),
    ("ordinal_of_year", "2027-11-12", "Visitors from January to October reached 1.4 million. "
     "A couple from Porto were welcomed as the 1,400,000th visitor of the year.", "the year",
     span("2027-01-01", "2027-12-31")),
]

ABSENT: list[AbsentCase] = [
    ("ordinal_of_year", "2027-01-06", "He scored in the first minute of the second half.",
     "the second half"),
]

test_session35_value, test_session35_absent = publisher_style_tests(CASES, ABSENT)


# (group, DCT, text, span, expected): whole texts through the component, whose currency
# marks tell the country's financial year
FISCAL_CASES: list[tuple[str, str | None, str, str, dict[str, str]]] = [
    ("first_months", "2026-03-12", "The budget deficit narrowed to PKR 2.1 trillion in the first "
     "eight months of the fiscal year, the ministry said, and it expects PKR 3.3 trillion for "
     "FY26 as a whole.", "the first eight months of the fiscal year",
     span("2025-07-01", "2026-02-28")),
    ("first_months", "2026-11-03", "Customs collected Tk 31,200 crore in the first four months "
     "of the current fiscal year, against a target of Tk 1.2 lakh crore for FY2026-27.",
     "the first four months of the current fiscal year", span("2026-07-01", "2026-10-31")),
]


@pytest.mark.parametrize("case", FISCAL_CASES, ids=[f"{c[0]}: {c[3]}" for c in FISCAL_CASES])
def test_first_months_of_a_fiscal_year(nlp: Language,
                                       case: tuple[str, str | None, str, str, dict[str, str]]
                                       ) -> None:
    _group, reference, text, span_text, expected = case
    found = found_by_component(nlp, reference, text)
    assert span_text in found, (span_text, list(found))
    assert {name: found[span_text].get(name) for name in expected} == expected, found[span_text]

"""Session 10 fixes, by table: a stretch of months told without a year takes the tense of its
whole sentence, so a report around the turn of the year looks back (holdout11 first score:
a ticker item of "Dec. 30" counting "from January to November"); a day in the same kind of
sentence keeps the tense of its own clause. Every sentence is our own wording.
"""

from __future__ import annotations

from typing import Any

import pytest
from date_paths import (
    assert_absent_on_every_path,
    assert_value_on_every_path,
    found_by_component,
)
from spacy.language import Language

from pressparse.temporal.tagger import DateTagger


def _at(timex: str, start: str, end: str | None = None) -> dict[str, Any]:
    """The expected TIMEX3 value and calendar stretch."""
    return {"timex": timex, "start": start, "end": end or start}


# (group, DCT, text, span, expected)
CASES: list[tuple[str, str, str, str, dict[str, Any]]] = [
    # -- a stretch of months near the turn of the year: the sentence's past verb, however far
    ("year turn", "2025-12-30",
     "The customs authority said it recorded 412 drug smuggling attempts at the country's "
     "land, sea and air ports from January to November, fewer than a year before.",
     "January to November", _at("2025-01/2025-11", "2025-01-01", "2025-11-30")),
    ("year turn", "2025-12-29",
     "Port officials logged more than 3,100 container inspections across the eastern "
     "terminals and the free zone between February and November, the bureau said.",
     "February and November", _at("2025-02/2025-11", "2025-02-01", "2025-11-30")),
    ("year turn", "2026-01-03",
     "The coast guard intercepted 57 boats carrying migrants and contraband along the "
     "southern shoreline and outlying islands from March to December, the report said.",
     "March to December", _at("2025-03/2025-12", "2025-03-01", "2025-12-31")),
    ("year turn", "2025-12-31",
     "Inspectors seized some 2.4 tonnes of cannabis resin at border posts, ferry terminals "
     "and the two international airports in January-November, officials said.",
     "January-November", _at("2025-01/2025-11", "2025-01-01", "2025-11-30")),
    # -- future wording in the sentence still takes the coming stretch
    ("year turn", "2025-12-30",
     "The ministry will run the joint checks at ports and land crossings from January to "
     "March.",
     "January to March", _at("2026-01/2026-03", "2026-01-01", "2026-03-31")),
    # -- a day keeps its own clause's tense ("which falls on ...")
    ("own clause", "2026-02-20",
     "The finance ministry said on Tuesday that the government would pay the aid to about "
     "8.6 million households before the holiday, which falls on 20 March.",
     "20 March", _at("2026-03-20", "2026-03-20")),
    # -- a quote's attribution tells when it was said, not the tense of the words before it
    ("attribution", "2026-11-17",
     "\"Demand is cooling, and that leaves the bank room to wait through the winter,\" said "
     "an economist at a Toronto lender.",
     "the winter", _at("2026-WI", "2026-12-01", "2027-02-28")),
    ("attribution", "2026-11-03",
     "Grid operators should keep reserve plants on standby over the winter, the regulator's "
     "chair said.",
     "the winter", _at("2026-WI", "2026-12-01", "2027-02-28")),
    ("attribution", "2026-10-20",
     "The airline's schedule leaves little slack in December, she told reporters.",
     "December", _at("2026-12", "2026-12-01", "2026-12-31")),
    ("attribution", "2026-11-17",
     "Heating bills rose sharply in the winter, the agency said.",
     "the winter", _at("2025-WI", "2025-12-01", "2026-02-28")),
    # -- Taiwan's Republic of China era (ROC year + 1911), in date lines and running text
    ("roc era", "2025-10-06",
     "Date: 114-10-03    Unit: Southern Branch\nOfficers boarded the fishing boat at dawn.",
     "114-10-03", _at("2025-10-03", "2025-10-03")),
    ("roc era", "2025-01-02",
     "Release date 113/12/27 | Kinmen-Matsu-Penghu Branch", "113/12/27",
     _at("2024-12-27", "2024-12-27")),
    ("roc era", "2025-10-06",
     "The coast guard said the cargo was found on 114.09.28 during a routine patrol.",
     "114.09.28", _at("2025-09-28", "2025-09-28")),
    ("roc era", "2025-10-06", "The Chinese release is dated 民國114年10月3日 on the site.",
     "民國114年10月3日",
     _at("2025-10-03", "2025-10-03")),
    ("roc era", "2025-01-02", "Its notice of 民國113年2月5日 set out the new patrol zones.",
     "民國113年2月5日",
     _at("2024-02-05", "2024-02-05")),
]

# (group, DCT, text, span): numbers that look like an ROC date but are none
ROC_TRAPS: list[tuple[str, str, str, str]] = [
    ("count", "2025-10-06", "Officers seized 114 bags weighing 10 kg each on Friday.", "114"),
    ("id", "2025-10-06", "The case file 2025-114-10-03 was sent to prosecutors.", "114-10-03"),
    ("bad month", "2025-10-06", "Call the hotline on 114-15-03 for details.", "114-15-03"),
]


@pytest.mark.parametrize("case", ROC_TRAPS, ids=[f"{c[0]}: {c[3]}" for c in ROC_TRAPS])
def test_roc_lookalikes_are_no_dates(tagger: DateTagger, nlp: Language,
                                     case: tuple[str, str, str, str]) -> None:
    _group, reference, text, span = case
    assert_absent_on_every_path(tagger, nlp, reference, text, span)

# (group, DCT, text, span, expected): whole texts, run through the component, since the
# financial year a company reports is read from its own words ("the 52 weeks to February 28")
FISCAL_CASES: list[tuple[str, str, str, str, dict[str, Any]]] = [
    ("previous", "2026-04-16",
     "The grocer said pre-tax profit rose to £842 million in the 52 weeks to February 28, "
     "up from £738 million in the previous financial year.",
     "the previous financial year", _at("FY2025", "2024-03-01", "2025-02-28")),
    ("previous", "2026-04-16",
     "The grocer said pre-tax profit rose to £842 million in the 52 weeks to February 28, "
     "up from £738 million in the previous financial year.",
     "the 52 weeks to February 28", _at("2025-03/2026-02", "2025-03-01", "2026-02-28")),
    ("previous", "2026-05-21",
     "The fashion chain made an operating profit of £96m in the 52 weeks to January 31, "
     "compared with £81m in the previous fiscal year.",
     "the previous fiscal year", _at("FY2025", "2024-02-01", "2025-01-31")),
    ("previous", "2025-06-12",
     "The utility's fiscal year ended March 31, and revenue reached £1.9bn in the 52 weeks "
     "to March 31, against £1.7bn in the previous financial year.",
     "the previous financial year", _at("FY2024", "2023-04-01", "2024-03-31")),
    # a bare "the previous year" in the sentence that reported a financial year (session 14)
    ("previous", "2026-04-16",
     "The utility's fiscal year ends March 31, and its revenue in fiscal 2026 rose 4% from "
     "the previous year.",
     "the previous year", _at("FY2025", "2024-04-01", "2025-03-31")),
    ("previous", "2026-04-16",
     "The utility's fiscal year ends March 31, and its revenue in fiscal 2026 rose 4%. In "
     "2020, output fell 5% from the previous year.",
     "the previous year", _at("2019", "2019-01-01", "2019-12-31")),
    ("current", "2026-04-16",
     "Sales grew 4% in the 52 weeks to February 28 and the group expects growth to slow in "
     "the current financial year.",
     "the current financial year", _at("FY2027", "2026-03-01", "2027-02-28")),
]


@pytest.mark.parametrize("case", FISCAL_CASES, ids=[f"{c[0]}: {c[3]}" for c in FISCAL_CASES])
def test_financial_year_counted_from_the_one_reported(
        nlp: Language, case: tuple[str, str, str, str, dict[str, Any]]) -> None:
    _group, reference, text, span, expected = case
    found = found_by_component(nlp, reference, text)
    assert span in found, (span, list(found))
    assert {name: found[span].get(name) for name in expected} == expected, found[span]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}: {c[3]}" for c in CASES])
def test_session10_dates(tagger: DateTagger, nlp: Language,
                         case: tuple[str, str, str, str, dict[str, Any]]) -> None:
    _group, reference, text, span, expected = case
    assert_value_on_every_path(tagger, nlp, reference, text, span, expected)

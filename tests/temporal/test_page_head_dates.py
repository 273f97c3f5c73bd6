"""Which day a year-less or relative date of a multi-item page counts from: a date line of the
page's head (a mail's "Sent:" or "Date:" line) above the first item, a clipping's labelled
source-line cell ("SOURCE: ... | DATE: 24/11/2026 | p. 3"), a neighbour's latest written day
rather than the end of a year it names ("since the beginning of 2026"), and no year told in
future wording after the date ("plan to hold a joint exercise in 2027"). Every text is our own
wording."""

from __future__ import annotations

import pytest

import pressparse

_RULE = "-------------------------------------\n"
_CONTENTS = "".join(f"  {n}. A story of the bulletin number {n} about customs work\n"
                    for n in range(1, 9))

MAIL = ("From: Press Office <press@customs.example.org>\nSent: Thursday, 12 November 2026 "
        "09:15\nTo: media-list\nSubject: Customs bulletin No. 12\n\n"
        f"IN THIS ISSUE\n{_CONTENTS}\n{_RULE}"
        "1. Heroin found in a bus at the northern post\n\nOn 3 November, officers of the "
        "northern customs post found 4 kg of heroin hidden in the floor of a passenger bus. "
        f"The driver was detained.\n\n{_RULE}"
        "2. Meeting with the neighbouring service\n\nOn 6 November, the director received a "
        "delegation of the border service. The two sides plan to hold a joint exercise in "
        "2027.\n")

CHAIN = ("From: Press Service <press@customs.example.org>\nTo: Reporter "
         "<reporter@news.example.org>\nSubject: RE: truck with hashish\nDate: Thu, 19 Mar 2026 "
         "11:20:04 +0300\n\nHello,\n\n1. The truck was stopped at the western checkpoint on 16 "
         "March 2026. The driver was detained.\n2. Since the beginning of 2026 our officers "
         "have seized 40 kg of drugs.\n\nRegards,\nPress service\n\n"
         "On Wed, 18 Mar 2026 at 15:02, Reporter <reporter@news.example.org> wrote:\n"
         "> Could you tell me the date and the weight?\n>\n"
         "> On Wed, 18 Mar 2026 at 10:40, Press Service <press@customs.example.org> wrote:\n"
         "> > Hashish in a load of timber\n> >\n> > Customs officers stopped a truck arriving "
         "at the western checkpoint\n> > early on Monday and found 25 kg of hashish under the "
         "timber.\n")

CLIPPINGS = ("REGIONAL PRESS MONITOR  |  Daily clippings  |  Edition 30/11/2026\n"
             "______________________________\n"
             "[1] SOURCE: The Island Times (daily)  |  DATE: 24/11/2026  |  p. 3  |  Tone: "
             "neutral\nHEADLINE: Two men held with cannabis at the harbour\nSNIPPET: \"[...] "
             "Police officers arrested yesterday two men who were unloading 30 kg of cannabis "
             "at the fishing harbour [...]\"\n______________________________\n"
             "[2] SOURCE: Coast FM (radio)  |  DATE: 27/11/2026  |  online  |  Tone: "
             "neutral\nHEADLINE: Customs seize pills at the airport\nSNIPPET: \"[...] Customs "
             "officers seized 2,000 tramadol pills in the luggage of a passenger on Sunday "
             "[...]\"\n")

# (text, published, span, expected start)
CASES: list[tuple[str, str | None, str, str]] = [
    (MAIL, None, "3 November", "2026-11-03"),
    (MAIL, None, "6 November", "2026-11-06"),
    (CHAIN, None, "Monday", "2026-03-16"),
    (CLIPPINGS, "2026-11-30", "yesterday", "2026-11-23"),
    (CLIPPINGS, "2026-11-30", "Sunday", "2026-11-22"),
]


@pytest.mark.parametrize(("text", "published", "span", "start"), CASES)
def test_year_less_and_relative_dates_count_from_the_page_day(
        text: str, published: str | None, span: str, start: str) -> None:
    document = pressparse.extract(text, published=published)
    found = {entity.text: entity.normalized for item in document.items
             for entity in item.entities if entity.label == "DATE"}
    assert span in found, (span, list(found))
    assert found[span] is not None and found[span].get("start") == start, found[span]

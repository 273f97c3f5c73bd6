"""A release's own numbered parts against a digest's numbered entries: numbered paragraphs
or numbered headings under the release's running prose (a summary, then "The key
interventions were the following:") detail that one release and stay inside it, with the
closing appeal under them; numbered entries right under a digest's headline and period line
are items of their own, and so are a periodic report's cases under its summary ("WEEKLY
REPORT: ...", then "Main cases:"), the closing appeal staying in the last case
(samples/README.md, Items)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

PERIODIC_REPORT_CASES_UNDER_SUMMARY = Layout("periodic_report_cases_under_a_summary", (
    "POLICÍA DE INVESTIGACIONES DE CHILE\n"
    "Inicio | Noticias | Prensa\n"
    "WEEKLY REPORT: 38 ARRESTS AND 212 KG OF COCAINE BASE SEIZED IN THE NORTH\n"
    "Iquique, 9 March 2027\n\n"
    "During the week from 1 to 7 March, the anti-narcotics brigades of the Tarapacá region "
    "carried out controls on the roads and border crossings of the north of the country.\n\n"
    "In total 38 persons were arrested and 212 kg of cocaine base, 41 kg of marijuana and "
    "two pistols were seized.\n\n"
    "Main cases:\n\n"
    "1. On 2 March, at the Colchane crossing, officers found 96 kg of cocaine base in the "
    "fuel tank of a lorry coming from Bolivia. The driver was arrested.\n\n"
    "2. On Thursday, in Alto Hospicio, a search of a house led to the seizure of 41 kg of "
    "marijuana and two pistols; three residents were arrested.\n\n"
    "3. From 5 to 6 March, a patrol near Pozo Almonte stopped two vehicles carrying 116 kg "
    "of cocaine base in hidden compartments.\n\n"
    "The brigade asks citizens to report drug sales by calling 134.\n"
), [
    ("WEEKLY REPORT: 38 ARRESTS", "Main cases:",
     "WEEKLY REPORT: 38 ARRESTS AND 212 KG OF COCAINE BASE SEIZED IN THE NORTH"),
    ("1. On 2 March", "The driver was arrested.", None),
    ("2. On Thursday", "three residents were arrested.", None),
    ("3. From 5 to 6 March", "drug sales by calling 134.", None),
])

DATELINE_RELEASE_WITH_BRACKETED_NUMBERS = Layout("bracket_numbered_cases_under_a_dateline", (
    "NARCOTICS CONTROL COMMISSION INTERCEPTS TRAMADOL AND CANNABIS IN THREE REGIONS\n"
    "Accra, 14 April 2027 - The Narcotics Control Commission has seized more than two "
    "million tramadol tablets and 800 kg of cannabis in operations across three regions "
    "over the past fortnight.\n\n"
    "The key interventions were the following:\n\n"
    "(1) On 3 April, officers at Tema Port examined a container declared as spare parts and "
    "found 1.6 million tablets of tramadol.\n\n"
    "(2) On 6 April, in the Bono East Region, a team destroyed two farms of cannabis and "
    "seized 800 kg of dried leaves.\n\n"
    "(3) On 9 April, at Aflao, a courier was arrested with 400,000 tablets in a minibus.\n\n"
    "The Commission urges the public to share information on its toll-free line.\n"
), [
    ("NARCOTICS CONTROL COMMISSION", "on its toll-free line.",
     "NARCOTICS CONTROL COMMISSION INTERCEPTS TRAMADOL AND CANNABIS IN THREE REGIONS"),
])

COMMUNIQUE_WITH_NUMBERED_HEADINGS = Layout("numbered_headings_under_the_intro", (
    "PRESS STATEMENT No. 12/2027\n"
    "Ulaanbaatar, 21 May 2027\n"
    "The General Police Department informs the public of the results of its units in the "
    "fight against drug trafficking during the past two weeks.\n\n"
    "1. HEROIN IN A COAL TRUCK AT THE SOUTHERN BORDER\n"
    "On 12 May, customs and police officers inspected a truck returning empty from the "
    "border and found 6 kg of heroin in its cabin.\n\n"
    "2. CANNABIS FIELDS DESTROYED IN SELENGE\n"
    "From 14 to 16 May, district officers destroyed 9 hectares of wild cannabis.\n\n"
    "3. TWO DEALERS DETAINED IN THE CAPITAL\n"
    "On 18 May, two men were detained with 300 grams of methamphetamine.\n\n"
    "The Police Department thanks citizens for their information.\n"
), [
    ("PRESS STATEMENT No. 12/2027", "citizens for their information.",
     "PRESS STATEMENT No. 12/2027"),
])

DIGEST_ENTRIES_UNDER_ITS_HEADLINE = Layout("digest_entries_under_headline_and_period", (
    "Weekly drug incidents recorded by the Sri Lanka Police Narcotics Bureau\n"
    "Period: 1 – 7 June 2027\n\n"
    "1) 01.06.2027, Kandy. Officers arrested a trader with 2 kg of cannabis hidden in a "
    "load of vegetables at the market.\n\n"
    "2) 03.06.2027, Galle harbour. A fishing trawler was searched and 40 kg of heroin found "
    "in its ice hold; five crew members were detained.\n\n"
    "3) 06.06.2027, Jaffna. Navy personnel seized 120 kg of Kerala cannabis on the beach.\n"
), [  # (entry 1 stays under the digest's headline, as most gold digests have it)
    ("Weekly drug incidents", "at the market.",
     "Weekly drug incidents recorded by the Sri Lanka Police Narcotics Bureau"),
    ("2) 03.06.2027, Galle", "were detained.", None),
    ("3) 06.06.2027, Jaffna.", "cannabis on the beach.", None),
])

LAYOUTS = [PERIODIC_REPORT_CASES_UNDER_SUMMARY, DATELINE_RELEASE_WITH_BRACKETED_NUMBERS,
           COMMUNIQUE_WITH_NUMBERED_HEADINGS, DIGEST_ENTRIES_UNDER_ITS_HEADLINE]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS))
def test_numbered_parts_split_a_digest_not_a_release(
        layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)

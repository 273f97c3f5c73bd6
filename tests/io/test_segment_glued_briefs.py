"""Digests whose briefs are written with no blank line between them: each brief's headline
sits right under the sign-off of the brief above (desk initials, an editor's credit, the
agency's bracketed name) and over its own dateline's paragraph. Each brief is an item, its
sign-off inside it; a dateline may run into its sentence with no dash after the agency.
So is a release whose headline sits under the release above, over its "label - date"
posting line."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

from pressparse.io.segment import segment
from pressparse.io.segment_rules import line_kind, load_segment_rules

SLASHED_INITIALS_DIGEST = Layout("headline_under_slashed_initials", (
    "Agencia Andina de Noticias | English\n"
    "Home > Economy\n"
    "Peru: copper exports rise 8% in the first quarter\n\n"
    "Lima, 14 Apr (Andina) - Copper exports reached 4.1 billion dollars between January "
    "and March, the central bank said on Monday.\n"
    "Shipments to China accounted for almost two thirds of the total.\n"
    "RQ // LMT\n"
    "Chile: port of San Antonio handles record grain cargo\n\n"
    "Valparaiso, 13 Apr (Andina) - The port of San Antonio unloaded 92,000 tonnes of wheat "
    "from a single vessel, the port company said.\n"
    "The previous record, set in 2025, was 71,000 tonnes.\n"
    "JS // RQ\n"
), [
    ("Peru: copper exports", "RQ // LMT", "Peru: copper exports rise 8% in the first quarter"),
    ("Chile: port of San Antonio", "JS // RQ",
     "Chile: port of San Antonio handles record grain cargo"),
])

EDITED_BY_DIGEST = Layout("headline_under_editor_credit", (
    "Rastriya Samachar Samiti\n"
    "Nepal customs collect Rs 48 billion in four months\n\n"
    "Kathmandu, Nov. 17, 2027 (RSS) The Department of Customs collected Rs 48.2 billion in "
    "revenue in the first four months of the fiscal year, up 11 per cent.\n"
    "Imports of petroleum products contributed the largest share.\n"
    "Edited by Sunita Karki\n"
    "Tourist arrivals cross 90,000 in October\n\n"
    "Pokhara, Nov. 16, 2027 (RSS) Nepal received 91,400 foreign tourists in October, the "
    "highest monthly figure since 2019, the tourism board said.\n"
    "Visitors from India made up a third of arrivals.\n"
    "Edited by Ramesh Thapa\n"
), [
    ("Nepal customs collect", "Edited by Sunita Karki",
     "Nepal customs collect Rs 48 billion in four months"),
    ("Tourist arrivals cross", "Edited by Ramesh Thapa",
     "Tourist arrivals cross 90,000 in October"),
])

AGENCY_CREDIT_DIGEST = Layout("headline_under_agency_credit", (
    "Ghana News Agency - Regional briefs\n"
    "Tema port clears backlog of 3,000 containers\n\n"
    "Tema, March 2, 2027 (GNA) - The Ghana Ports and Harbours Authority said the backlog of "
    "3,000 containers at the Tema port had been cleared within ten days.\n"
    "(GNA) KA/AB\n"
    "Cocoa farmers in Ashanti receive new seedlings\n\n"
    "Kumasi, March 1, 2027 (GNA) - About 12,000 cocoa farmers in the Ashanti Region received "
    "free hybrid seedlings under the rehabilitation programme.\n"
    "(GNA) EO/AB\n"
), [
    ("Tema port clears", "(GNA) KA/AB", "Tema port clears backlog of 3,000 containers"),
    ("Cocoa farmers in Ashanti", "(GNA) EO/AB", "Cocoa farmers in Ashanti receive new seedlings"),
])

# a story's own subheading over a plain paragraph stays in it; its headline over its own
# dateline stays its title
ONE_STORY_WITH_SUBHEADING = Layout("one_story_subheading_no_dateline", (
    "Dhaka, Jan. 9, 2027 (BSS) Coast guards seized 2.1 million yaba tablets from a fishing "
    "trawler near Saint Martin's Island on Friday, officials said.\n\n"
    "How the tablets were hidden\n\n"
    "The tablets were packed in 21 bags hidden under ice in the fish hold, the coast guard "
    "said.\n"
), [
    ("Dhaka, Jan. 9, 2027 (BSS)", "the coast guard said.", None),
])

@pytest.mark.parametrize(("text", "place", "agency"), [
    ("Kathmandu, Nov. 17, 2027 (RSS) The Department of Customs collected revenue.",
     "Kathmandu", "RSS"),
    ("Chennai, Mar 5 (PTI) Benchmark indices closed higher on Tuesday.", "Chennai", "PTI"),
    ("Accra, 3 March 2027 (GNA) Police in the capital arrested two men.", "Accra", "GNA"),
])
def test_dateline_runs_into_its_sentence_after_the_agency(text: str, place: str,
                                                          agency: str) -> None:
    seg, = segment(text)
    assert (seg.dateline_place, seg.dateline_agency) == (place, agency)


def test_bracketed_day_name_without_dash_opens_no_dateline() -> None:
    text = "Police in Accra (Ghana) Arrested two men on Monday after a chase."
    assert segment(text)[0].dateline is None


# a news page's releases written with no blank line between them: each headline right
# under the last sentence of the release above, over its "label - date" posting line
LABEL_DASH_DATE_RELEASES = Layout("headline_over_label_dash_date", (
    "Uganda Police Force\n"
    "Home > Newsroom\n"
    "Two held with 40 kg of cannabis at Malaba border post\n"
    "Press statement – 3 March 2027\n"
    "Officers at the Malaba border post arrested two truck drivers after finding 40 kg of "
    "cannabis hidden in sacks of maize flour on Monday.\n"
    "The suspects are detained at Tororo Central Police Station.\n"
    "Heroin courier intercepted at Entebbe airport\n"
    "Press statement – 2 March 2027\n"
    "Aviation police intercepted a passenger arriving from Doha with 1.6 kg of heroin "
    "concealed in the lining of his suitcase.\n"
    "He will be charged under the Narcotic Drugs Act.\n"
), [
    ("Two held with 40 kg", "Tororo Central Police Station.",
     "Two held with 40 kg of cannabis at Malaba border post"),
    ("Heroin courier intercepted", "under the Narcotic Drugs Act.",
     "Heroin courier intercepted at Entebbe airport"),
])

NUMERIC_LABEL_DATE_RELEASES = Layout("headline_over_label_dash_numeric_date", (
    "Policia Nacional - Sala de prensa\n"
    "Cocaine found in a container of pineapples at Puerto Limon\n"
    "News - 14.05.2027\n"
    "Police officers found 310 packages of cocaine in a refrigerated container of pineapples "
    "bound for Rotterdam.\n"
    "Two port workers were arrested.\n"
    "Marijuana plantation destroyed in Talamanca\n"
    "News - 13.05.2027\n"
    "Officers uprooted 12,000 marijuana plants on a hillside plot in Talamanca.\n"
), [
    ("Cocaine found in a container", "Two port workers were arrested.",
     "Cocaine found in a container of pineapples at Puerto Limon"),
    ("Marijuana plantation destroyed", "on a hillside plot in Talamanca.",
     "Marijuana plantation destroyed in Talamanca"),
])

LAYOUTS = [SLASHED_INITIALS_DIGEST, EDITED_BY_DIGEST, AGENCY_CREDIT_DIGEST,
           ONE_STORY_WITH_SUBHEADING, LABEL_DASH_DATE_RELEASES, NUMERIC_LABEL_DATE_RELEASES]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS))
def test_glued_briefs(layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)


@pytest.mark.parametrize(("line", "kind"), [
    ("Media release - 28.11.2026", "date"),
    ("Press statement – 3 March 2027", "date"),
    ("News - 14.05.2027", "date"),
    ("Drug seizure at the port of Mombasa - 12.03.2026", "head"),  # a headline with its date
])
def test_label_dash_date_is_a_posting_line(line: str, kind: str) -> None:
    assert line_kind(line, load_segment_rules()) == kind

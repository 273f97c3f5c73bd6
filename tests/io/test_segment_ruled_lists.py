"""Item boundaries of lists of entries set apart by rules (session 30, texts invented in other
styles and countries than the spent sets that showed them): a rule opening a paragraph over
an entry's heading and text separates (only a banner framed by two rules stays one block);
a rule under a list's bullet line separates; the head over numbered entries each under a
rule (a newsletter's or a clipping digest's title, edition and client lines) is no item, and
neither is the footer under the last rule; a line written over every entry that is a rule
names no channel, and a repeated line over too few markers to make a layout is kept."""

from __future__ import annotations

import pytest
from layout_checks import item_texts

RULE = "-" * 48

# an e-mail newsletter: its head, then numbered entries each under a rule, no blank line
# between an entry and the rule under it; the last entry a bullet list; a footer under the
# last rule
NEWSLETTER_RULED_ENTRIES = (
    "PDI CHILE — BOLETÍN ANTINARCÓTICOS\n"
    "Edición N° 12  |  marzo 2027\n"
    "\n"
    f"{RULE}\n"
    "1. BRIGADA ANTINARCÓTICOS DE ARICA INCAUTA 210 KG DE MARIHUANA\n"
    "On 4 March 2027 detectives of the Arica anti-narcotics brigade stopped a truck at the "
    "Chacalluta border complex and found 210 kg of marijuana in its double floor.\n"
    f"{RULE}\n"
    "2. CURSO REGIONAL DE PERFILAMIENTO EN SANTIAGO\n"
    "From 8 to 12 March, 24 officers from Peru, Bolivia and Chile attended a profiling "
    "course at the PDI school in Santiago, funded by the European Union.\n"
    f"{RULE}\n"
    "3. EN CIFRAS: PRIMER TRIMESTRE\n"
    "• 1,4 toneladas de cocaína incautadas\n"
    "• 312 personas detenidas\n"
    "• 19 laboratorios desmantelados\n"
    f"{RULE}\n"
    "Darse de baja | Preferencias | Reenviar\n"
    "El boletín es financiado por la Unión Europea.\n"
)

# a media monitor's clipping digest: its head above a rule, then a source line (outlet,
# date, page) over each snippet, each entry under the same rule; the outlets' lines differ
# in shape (one has no page, one a longer outlet name), so no layout is induced from them
CLIPPING_DIGEST_RULED = (
    "NORDIC PRESS MONITOR  |  Morning clippings  |  Edition 14/05/2027\n"
    "Client: Customs intelligence desk  -  3 clippings  -  Keywords: kokain, hasj, beslag\n"
    "Snippets translated automatically. Internal use only.\n"
    f"{RULE}\n"
    "[1] SOURCE: Aftenposten (Oslo)  |  DATE: 13/05/2027  |  p. 6  |  Tone: neutral\n"
    "HEADLINE: Customs find 48 kg of cocaine in a banana container at Sydhavna\n"
    "SNIPPET: \"[...] Norwegian Customs found 48 kilograms of cocaine in a container of "
    "bananas from Ecuador at the port of Oslo on Tuesday [...]\"\n"
    f"{RULE}\n"
    "[2] SOURCE: Sydsvenskan (web)  |  DATE: 12/05/2027  |  online  |  Tone: neutral\n"
    "HEADLINE: Hashish in a trailer at the Öresund Bridge\n"
    "SNIPPET: \"[...] Swedish Customs seized 97 kilograms of hashish in a trailer at the "
    "toll station of the Öresund Bridge, and the driver was arrested [...]\"\n"
    f"{RULE}\n"
    "[3] SOURCE: Helsingin Sanomat / HS Digital Edition  |  DATE: 11/05/2027  |  Tone: neg\n"
    "HEADLINE: Court jails two for amphetamine smuggling from Estonia\n"
    "SNIPPET: \"[...] The Helsinki District Court sentenced two men to four and six years "
    "in prison for smuggling 31 kilograms of amphetamine by ferry from Tallinn [...]\"\n"
    f"{RULE}\n"
    "End of clippings  |  Next edition: 15/05/2027  |  Reply to change your keywords\n"
)

# a bulletin's title over its numbered cases, no rule between them: the title's item stays
BULLETIN_TITLE_OVER_CASES = (
    "WEEKLY BULLETIN: drug cases of the Police of the Kostanay Region\n"
    "1. On 3 May, officers of the Rudny city police department stopped a car on the "
    "Rudny–Kostanay road and found 2.1 kg of marijuana in its boot.\n"
    "2. On 5 May, in the village of Sarykol, district police found 14 cannabis bushes in "
    "the garden of a local resident; a criminal case has been opened.\n"
    "3. On 6 May, a 31-year-old man was detained in Kostanay with 12 grams of mephedrone "
    "packed for sale.\n"
)

# a banner framed by two rules over one release: no entry, one item
BANNER_OVER_RELEASE = (
    "==============================\n"
    "GUARDIA CIVIL — NOTA DE PRENSA\n"
    "==============================\n"
    "\n"
    "Cocaine seized in Algeciras\n"
    "\n"
    "Algeciras, 4 May 2027. Officers of the Guardia Civil found 1,200 kilograms of cocaine "
    "in a container of pineapples at the port of Algeciras. Three people were arrested.\n"
)


@pytest.mark.parametrize(("text", "openings", "last_end"), [
    (NEWSLETTER_RULED_ENTRIES, ["1. BRIGADA", "2. CURSO", "3. EN CIFRAS"],
     "• 19 laboratorios desmantelados"),
    (CLIPPING_DIGEST_RULED, ["[1] SOURCE: Aftenposten", "[2] SOURCE: Sydsvenskan",
                             "[3] SOURCE: Helsingin Sanomat"],
     "by ferry from Tallinn [...]\""),
    (BANNER_OVER_RELEASE, ["Cocaine seized in Algeciras"], "Three people were arrested."),
])
def test_entries_under_rules_open_items_without_head_or_footer(
        text: str, openings: list[str], last_end: str) -> None:
    items = item_texts(text)
    assert len(items) == len(openings)
    for item, opening in zip(items, openings, strict=True):
        assert item.startswith(opening)
        assert RULE not in item
    assert items[-1].endswith(last_end)


def test_a_bulletins_title_over_numbered_cases_without_rules_stays() -> None:
    items = item_texts(BULLETIN_TITLE_OVER_CASES)
    assert items[0].startswith("WEEKLY BULLETIN")
    assert items[-1].startswith("3. On 6 May")
